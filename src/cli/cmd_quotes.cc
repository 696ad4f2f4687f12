// `dunlin quotes --speaker Peskov [--since DATE] [--until DATE]`: stored quotes and claims (the attributions
// table) whose speaker matches, as CSV (one row per quote) or JSON Lines (the `dunlin code` quote record with its
// document's URL and date), from an SQLite or PostgreSQL store.
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

struct QuotesArgs {
  std::string db = kDefaultDb;
  std::string speaker, since, until, format = "csv";
  int64_t limit = -1;
};

void run(const QuotesArgs& args, int& status) {
  try {
    store::parse_filter_day(args.since, "--since");
    store::parse_filter_day(args.until, "--until");
    auto db = open_store_to_read(args.db);
    store::QuoteFilter filter{args.speaker, args.since, args.until, args.limit};
    if (args.format == "csv")
      std::cout << "quote_id,doc_id,date,outlet,url,speaker,speaker_code,speaker_text,cue,stance,direct,anonymous,"
                   "events,content\n";
    store::list_quotes(db->connection(), filter, [&](const store::QuoteView& q) {
      if (args.format == "jsonl") {
        nlohmann::json j = nlohmann::json::parse(q.record, nullptr, /*allow_exceptions=*/false);
        if (j.is_discarded()) j = nlohmann::json::object();
        j["quote_id"] = q.id;
        j["url"] = q.url.empty() ? nlohmann::json(nullptr) : nlohmann::json(q.url);
        j["date"] = q.date.empty() ? nlohmann::json(nullptr) : nlohmann::json(q.date);
        j["events"] = q.events;
        std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        return;
      }
      std::cout << q.id << ',' << store::csv_field(q.doc_id) << ',' << store::csv_field(q.date) << ',' << store::csv_field(q.outlet)
                << ',' << store::csv_field(q.url) << ',' << store::csv_field(q.speaker_name) << ',' << store::csv_field(q.speaker_code)
                << ',' << store::csv_field(q.speaker_text) << ',' << store::csv_field(q.cue) << ',' << q.stance << ','
                << (q.direct ? 1 : 0) << ',' << (q.anonymous ? 1 : 0) << ',' << q.events << ','
                << store::csv_field(q.content) << '\n';
    });
  } catch (const std::exception& e) {
    std::cerr << "dunlin quotes: error: " << e.what() << '\n';
    status = 2;
  }
}

}  // namespace

void add_quotes_command(CLI::App& app, int& status) {
  auto args = std::make_shared<QuotesArgs>();
  CLI::App* cmd = app.add_subcommand(
      "quotes", "Stored quotes and claims whose speaker matches (who said what, where, with the events inside)");
  add_db_option(*cmd, args->db);
  cmd->add_option("--speaker", args->speaker,
                  "A part of the speaker's name or words (Peskov, 'foreign ministry') or an actor code prefix (RUSGOV)");
  cmd->add_option("--since", args->since, "Quotes in documents dated on or after this day (YYYY-MM-DD)");
  cmd->add_option("--until", args->until, "Quotes in documents dated on or before this day (YYYY-MM-DD)");
  cmd->add_option("--limit", args->limit, "At most this many quotes");
  cmd->add_option("--format", args->format, "csv, or jsonl (the `dunlin code` quote records)")
      ->check(CLI::IsMember({"csv", "jsonl"}))
      ->capture_default_str();
  cmd->callback([args, &status] { run(*args, status); });
}

}  // namespace dunlin::cli
