// `dunlin events [--actor NAME|CODE] [--since DATE] [--until DATE] [--root NN]`: stored events (one row per
// real-world event, with its mention counts) that match, as CSV or any export format.
#include <iostream>
#include <memory>
#include <string>

#include "commands.h"
#include "dunlin/resources.h"
#include "dunlin/store/export.h"
#include "dunlin/store/queries.h"
#include "store_options.h"

namespace dunlin::cli {
namespace {

struct EventsArgs {
  std::string db = kDefaultDb;
  std::string actor, since, until, root, format = "csv";
  int64_t limit = -1;
};

void run(const EventsArgs& args, int& status) {
  try {
    store::EventFilter filter;
    filter.actor = args.actor;
    filter.since = store::parse_filter_day(args.since, "--since");
    filter.until = store::parse_filter_day(args.until, "--until");
    filter.root = store::parse_filter_root(args.root, "--root");
    filter.limit = args.limit;
    auto db = open_store_to_read(args.db);
    const CameoCodes codes = CameoCodes::load(find_resource("data/events/cameo.tsv").string());
    store::write_export(db->connection(), store::parse_export_format(args.format), codes, std::cout, filter);
  } catch (const std::exception& e) {
    std::cerr << "dunlin events: error: " << e.what() << '\n';
    status = 2;
  }
}

}  // namespace

void add_events_command(CLI::App& app, int& status) {
  auto args = std::make_shared<EventsArgs>();
  CLI::App* cmd = app.add_subcommand("events", "Stored events that match a filter, with their mention counts");
  add_db_option(*cmd, args->db);
  cmd->add_option("--actor", args->actor, "An actor code or code prefix (RUS, RUSGOV) or a part of a name (Putin)");
  cmd->add_option("--since", args->since, "Events on or after this day (YYYY-MM-DD)");
  cmd->add_option("--until", args->until, "Events on or before this day (YYYY-MM-DD)");
  cmd->add_option("--root", args->root, "CAMEO root code (\"11\": disapprove)");
  cmd->add_option("--limit", args->limit, "At most this many events");
  cmd->add_option("--format", args->format, "csv, jsonl (the mentions), gdelt or plover")
      ->check(CLI::IsMember({"csv", "jsonl", "gdelt", "plover"}))
      ->capture_default_str();
  cmd->callback([args, &status] { run(*args, status); });
}

}  // namespace dunlin::cli
