// `dunlin ingest PATH... [--db FILE] [--threads N]`: reads news, runs the pipeline on N workers and stores
// documents, sentences, actors, deduplicated events and their mentions in the event store (docs/store.md). Safe
// to re-run: stored documents are skipped, changed ones replaced, and a killed run resumes where its last batch
// committed. Progress on standard error (a live line on a terminal, a log line every 10 s otherwise).
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "commands.h"
#include "dunlin/actors/tsv.h"
#include "dunlin/pipeline.h"
#include "dunlin/store/ingest.h"
#include "input_options.h"
#include "store_options.h"

namespace dunlin::cli {
namespace {

struct IngestArgs {
  std::vector<std::string> inputs;
  std::string db = kDefaultDb;
  int threads = 0;
  size_t batch = 200;
  std::string date, dict, model_dir;
  InputFlags input;
};

class ProgressReporter {
 public:
  ProgressReporter() : terminal_(isatty(STDERR_FILENO) != 0) {}
  void operator()(const store::IngestProgress& p, bool final = false) {
    const auto now = std::chrono::steady_clock::now();
    const double since = std::chrono::duration<double>(now - last_).count();
    if (!final && since < (terminal_ ? 0.25 : 10.0)) return;
    last_ = now;
    const double s = std::max(p.seconds, 1e-9);
    char line[256];
    std::snprintf(line, sizeof line,
                  "ingest: %lld documents (%lld new, %lld replaced, %lld unchanged), %.1f docs/s, %.0f tokens/s, "
                  "%lld mentions, %lld new events, %lld failures",
                  static_cast<long long>(p.documents), static_cast<long long>(p.added),
                  static_cast<long long>(p.replaced), static_cast<long long>(p.unchanged), p.documents / s,
                  p.tokens / s, static_cast<long long>(p.mentions), static_cast<long long>(p.events),
                  static_cast<long long>(p.failures));
    if (terminal_)
      std::fprintf(stderr, "\r\033[K%s%s", line, final ? "\n" : "");
    else
      std::fprintf(stderr, "%s\n", line);
  }

 private:
  bool terminal_;
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

void run(const IngestArgs& args, int& status) {
  std::unique_ptr<Pipeline> pipeline;
  std::unique_ptr<store::Store> db;
  ReadOptions read_options;
  try {
    if (!args.date.empty() && date_from_iso(args.date) == kNoDate)
      throw std::invalid_argument("--date must be YYYY-MM-DD, not '" + args.date + "'");
    read_options = args.input.options();
    PipelineOptions options;
    options.model_dir = args.model_dir;
    options.user_dict = args.dict;
    pipeline = std::make_unique<Pipeline>(Pipeline::load(options));
    db = store::Store::open(args.db);
  } catch (const std::exception& e) {
    std::cerr << "dunlin ingest: error: " << e.what() << '\n';
    status = 2;
    return;
  }
  store::IngestOptions options;
  options.threads = args.threads > 0 ? args.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  options.batch_documents = std::max<size_t>(1, args.batch);

  const store::Source source = [&](const auto& document, const auto& failure) {
    read_inputs(
        args.inputs, read_options,
        [&](Document&& doc) {
          if (doc.date.empty()) doc.date = args.date;
          document(std::move(doc));
        },
        [&](const Problem& p) {
          if (p.severity == Problem::Severity::error) failure(p.file, p.byte_offset, p.message);
          std::cerr << p.to_string() << '\n';
        });
  };
  const store::Annotator annotate = [&](Document& doc) {
    pipeline->annotate(doc);
    return store::make_rows(doc, pipeline->cameo_codes());
  };
  ProgressReporter reporter;
  try {
    const store::IngestProgress done =
        store::ingest(*db, source, annotate, options, [&](const store::IngestProgress& p) { reporter(p); });
    reporter(done, true);
    const store::StoreCounts c = db->counts();
    std::cerr << "dunlin ingest: " << args.db << " now holds " << c.documents << " documents, " << c.events
              << " events, " << c.mentions << " mentions, " << c.failures << " failures\n";
    if (done.failures > 0) status = 1;
  } catch (const std::exception& e) {
    std::cerr << "\ndunlin ingest: error: " << e.what()
              << " (batches committed before the error are stored; run again to resume)\n";
    status = 2;
  }
}

}  // namespace

void add_ingest_command(CLI::App& app, int& status) {
  auto args = std::make_shared<IngestArgs>();
  CLI::App* cmd = app.add_subcommand(
      "ingest",
      "Code news and store documents, actors, events (deduplicated across articles) and their mentions in an "
      "event store; idempotent and resumable (docs/store.md)");
  cmd->add_option("inputs", args->inputs, "Files or folders to read; '-' reads standard input")->required();
  add_db_option(*cmd, args->db);
  cmd->add_option("--threads", args->threads, "Annotating workers (default: all cores)");
  cmd->add_option("--batch", args->batch, "Documents per transaction")->capture_default_str();
  cmd->add_option("--date", args->date,
                  "Story date (YYYY-MM-DD) for documents that carry none in their metadata or dateline");
  cmd->add_option("--dict", args->dict, "Folder of your own dictionary files (as for 'dunlin code')");
  cmd->add_option("--models", args->model_dir, "Folder with tagger.bin, parser.bin and ner.bin (default: models/)");
  args->input.add_to(*cmd);
  cmd->callback([args, &status] { run(*args, status); });
}

}  // namespace dunlin::cli
