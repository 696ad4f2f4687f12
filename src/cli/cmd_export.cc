// `dunlin export --format gdelt|plover|csv|jsonl`: the whole event store, streamed to standard output (or a file):
// the GDELT 2.0 event table, PLOVER JSON Lines (POLECAT's field names), CSV, or the mentions as JSON Lines.
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include "commands.h"
#include "dunlin/resources.h"
#include "dunlin/store/export.h"
#include "store_options.h"

namespace dunlin::cli {
namespace {

struct ExportArgs {
  std::string db = kDefaultDb;
  std::string format = "csv";
  std::string output;
};

void run(const ExportArgs& args, int& status) {
  try {
    auto db = open_store_to_read(args.db);
    const CameoCodes codes = CameoCodes::load(find_resource("data/events/cameo.tsv").string());
    std::ofstream file;
    if (!args.output.empty()) {
      file.open(args.output, std::ios::binary);
      if (!file) throw std::runtime_error(args.output + ": cannot write");
    }
    std::ostream& out = args.output.empty() ? std::cout : file;
    const store::ExportStats stats =
        store::write_export(db->connection(), store::parse_export_format(args.format), codes, out);
    out.flush();
    if (!out) throw std::runtime_error("writing the export failed");
    std::cerr << "dunlin export: " << stats.rows << " rows";
    if (stats.skipped > 0)
      std::cerr << "; " << stats.skipped << " events left out (CAMEO 01, 02 and bare 08 have no single PLOVER type)";
    std::cerr << '\n';
  } catch (const std::exception& e) {
    std::cerr << "dunlin export: error: " << e.what() << '\n';
    status = 2;
  }
}

}  // namespace

void add_export_command(CLI::App& app, int& status) {
  auto args = std::make_shared<ExportArgs>();
  CLI::App* cmd = app.add_subcommand(
      "export", "Export the event store: gdelt (GDELT 2.0 event table, TSV), plover (JSON Lines), csv, jsonl");
  add_db_option(*cmd, args->db);
  cmd->add_option("--format", args->format, "gdelt, plover, csv or jsonl")
      ->check(CLI::IsMember({"gdelt", "plover", "csv", "jsonl"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", args->output, "Write to this file instead of standard output");
  cmd->callback([args, &status] { run(*args, status); });
}

}  // namespace dunlin::cli
