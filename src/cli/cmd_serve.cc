// `dunlin serve [--db FILE] [--host H] [--port P]`: a read-only web view of an event store (docs/browse.md):
// events with highlighted evidence, dyads, quotes, actors, and the same as JSON under /api/. Stops on Ctrl-C.
#include <pthread.h>

#include <csignal>
#include <iostream>
#include <memory>
#include <string>
#include <thread>

#include "commands.h"
#include "dunlin/resources.h"
#include "dunlin/serve/browse_server.h"
#include "store_options.h"

namespace dunlin::cli {
namespace {

struct ServeArgs {
  std::string db = kDefaultDb;
  std::string host = "127.0.0.1";
  int port = 8080;
};

void run(const ServeArgs& args, int& status) {
  try {
    open_store_to_read(args.db);  // a missing or foreign file is an error now, not on the first page
    serve::BrowseServer server(args.db, CameoCodes::load(find_resource("data/events/cameo.tsv").string()));
    // SIGINT and SIGTERM are blocked in every thread and taken by one that stops the server.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
    const int port = server.bind(args.host, args.port);
    std::thread waiter([&] {
      int signal = 0;
      sigwait(&stop_signals, &signal);
      server.stop();
    });
    std::cerr << "dunlin serve: " << args.db << " on http://" << args.host << ':' << port << "/ (Ctrl-C stops)\n";
    server.run();
    pthread_kill(waiter.native_handle(), SIGTERM);  // wakes the waiter if the server stopped by itself
    waiter.join();
    std::cerr << "dunlin serve: stopped\n";
  } catch (const std::exception& e) {
    std::cerr << "dunlin serve: error: " << e.what() << '\n';
    status = 2;
  }
}

}  // namespace

void add_serve_command(CLI::App& app, int& status) {
  auto args = std::make_shared<ServeArgs>();
  CLI::App* cmd = app.add_subcommand("serve",
                                     "Browse an event store in a web browser (events with their evidence, "
                                     "dyads, quotes, actors; JSON under /api/)");
  add_db_option(*cmd, args->db);
  cmd->add_option("--host", args->host, "Address to listen on (127.0.0.1: this machine only)")->capture_default_str();
  cmd->add_option("--port", args->port, "Port (0: any free port, printed on start)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  cmd->callback([args, &status] { run(*args, status); });
}

}  // namespace dunlin::cli
