// `dunlin actors --top N`: the actors (CAMEO codes) in the most stored events, as source and as target.
#include <iostream>
#include <memory>
#include <string>

#include "commands.h"
#include "dunlin/store/export.h"
#include "dunlin/store/queries.h"
#include "store_options.h"

namespace dunlin::cli {
namespace {

struct ActorsArgs {
  std::string db = kDefaultDb;
  int top = 20;
};

void run(const ActorsArgs& args, int& status) {
  try {
    auto db = open_store_to_read(args.db);
    std::cout << "code,name,events,as_source,as_target\n";
    store::top_actors(db->connection(), args.top, [](const store::ActorCount& r) {
      std::cout << store::csv_field(r.code) << ',' << store::csv_field(r.name) << ',' << r.as_source + r.as_target
                << ',' << r.as_source << ',' << r.as_target << '\n';
    });
  } catch (const std::exception& e) {
    std::cerr << "dunlin actors: error: " << e.what() << '\n';
    status = 2;
  }
}

}  // namespace

void add_actors_command(CLI::App& app, int& status) {
  auto args = std::make_shared<ActorsArgs>();
  CLI::App* cmd = app.add_subcommand("actors", "The actors in the most stored events (CSV)");
  add_db_option(*cmd, args->db);
  cmd->add_option("--top", args->top, "How many")->check(CLI::PositiveNumber)->capture_default_str();
  cmd->callback([args, &status] { run(*args, status); });
}

}  // namespace dunlin::cli
