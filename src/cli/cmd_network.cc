// `dunlin network [--level country|actor] [--since D] [--until D] [--root NN] [--format csv|graphml|json]`: the
// actor network of a store, one directed edge per actor pair with its events by quad class and Goldstein sum.
#include <iostream>
#include <memory>
#include <string>

#include "commands.h"
#include "dunlin/store/network.h"
#include "dunlin/store/queries.h"
#include "store_options.h"

namespace dunlin::cli {
namespace {

struct NetworkArgs {
  std::string db = kDefaultDb;
  std::string level = "country", since, until, root, format = "csv";
  int64_t min_events = 1;
};

void run(const NetworkArgs& args, int& status) {
  try {
    store::NetworkQuery q;
    q.level = store::parse_network_level(args.level);
    q.since = store::parse_filter_day(args.since, "--since");
    q.until = store::parse_filter_day(args.until, "--until");
    q.root = store::parse_filter_root(args.root, "--root");
    q.min_events = args.min_events;
    auto db = open_store_to_read(args.db);
    const int64_t edges =
        store::write_network(db->connection(), q, store::parse_network_format(args.format), std::cout);
    std::cerr << "dunlin network: " << edges << " edge" << (edges == 1 ? "" : "s") << '\n';
  } catch (const std::exception& e) {
    std::cerr << "dunlin network: error: " << e.what() << '\n';
    status = 2;
  }
}

}  // namespace

void add_network_command(CLI::App& app, int& status) {
  auto args = std::make_shared<NetworkArgs>();
  CLI::App* cmd = app.add_subcommand("network",
                                     "The actor network of a store: who acts on whom, how often, "
                                     "cooperation or conflict (edge list, GraphML or JSON)");
  add_db_option(*cmd, args->db);
  cmd->add_option("--level", args->level, "country (RUS -> SYR) or actor (RUSGOV -> SYRREB)")
      ->check(CLI::IsMember({"country", "actor"}))
      ->capture_default_str();
  cmd->add_option("--since", args->since, "Events on or after this day (YYYY-MM-DD)");
  cmd->add_option("--until", args->until, "Events on or before this day (YYYY-MM-DD)");
  cmd->add_option("--root", args->root, "Only this CAMEO root (\"19\": fight)");
  cmd->add_option("--min-events", args->min_events, "Leave out edges with fewer events")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  cmd->add_option("--format", args->format, "csv (edge list), graphml (Gephi, igraph, networkx) or json (node-link)")
      ->check(CLI::IsMember({"csv", "graphml", "json"}))
      ->capture_default_str();
  cmd->callback([args, &status] { run(*args, status); });
}

}  // namespace dunlin::cli
