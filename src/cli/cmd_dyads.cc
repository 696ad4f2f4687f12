// `dunlin dyads --source RUS --target SYR --by day|week|month`: a dyad's events over time from the event store,
// one row per period (empty periods included): events per quad class, Goldstein sum and mean. CSV or JSON.
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "commands.h"
#include "dunlin/store/export.h"
#include "dunlin/store/queries.h"
#include "store_options.h"

namespace dunlin::cli {
namespace {

struct DyadArgs {
  std::string db = kDefaultDb;
  std::string source, target, by = "month", format = "csv";
};

void run(const DyadArgs& args, int& status) {
  try {
    auto db = open_store_to_read(args.db);
    store::DyadQuery q{args.source, args.target, store::parse_period(args.by)};
    if (args.format == "csv") std::cout << "period," << store::tally_csv_header() << '\n';
    const int64_t undated = store::dyad_series(db->connection(), q, [&](const store::DyadRow& r) {
      if (args.format == "json") {
        nlohmann::json j = {{"period", r.period}};
        store::add_tally_json(j, r);
        std::cout << j.dump() << '\n';
      } else {
        std::cout << r.period << ',' << store::tally_csv(r) << '\n';
      }
    });
    if (undated > 0)
      std::cerr << "dunlin dyads: " << undated << " matching event" << (undated == 1 ? " has" : "s have")
                << " no date and " << (undated == 1 ? "is" : "are") << " not in the series\n";
  } catch (const std::exception& e) {
    std::cerr << "dunlin dyads: error: " << e.what() << '\n';
    status = 2;
  }
}

}  // namespace

void add_dyads_command(CLI::App& app, int& status) {
  auto args = std::make_shared<DyadArgs>();
  CLI::App* cmd = app.add_subcommand(
      "dyads", "A dyad's events over time from the event store: counts per quad class, Goldstein sum and mean");
  add_db_option(*cmd, args->db);
  cmd->add_option("--source", args->source, "Source actor code or code prefix (RUS matches RUSGOV, RUSMIL...)");
  cmd->add_option("--target", args->target, "Target actor code or code prefix");
  cmd->add_option("--by", args->by, "Period")->check(CLI::IsMember({"day", "week", "month"}))->capture_default_str();
  cmd->add_option("--format", args->format, "csv or json (JSON Lines, one object per period)")
      ->check(CLI::IsMember({"csv", "json"}))
      ->capture_default_str();
  cmd->callback([args, &status] { run(*args, status); });
}

}  // namespace dunlin::cli
