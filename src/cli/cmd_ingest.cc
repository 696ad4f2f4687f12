// `dunlin ingest PATH... [--db FILE] [--threads N]`: reads news, runs the pipeline on N workers and stores
// documents, sentences, actors, deduplicated events and their mentions in the event store (docs/store.md). Safe
// to re-run: stored documents are skipped, changed ones replaced, and a killed run resumes where its last batch
// committed. Progress on standard error (a live line on a terminal, a log line every 10 s otherwise), with an ETA
// from the share of the input's bytes read so far.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "commands.h"
#include "dunlin/pipeline.h"
#include "dunlin/store/ingest.h"
#include "input_options.h"
#include "pipeline_options.h"
#include "store_options.h"

namespace dunlin::cli {
namespace {

struct IngestArgs {
  std::vector<std::string> inputs;
  std::string db = kDefaultDb;
  int threads = 0;
  size_t batch = 200;
  PipelineFlags pipeline;
  InputFlags input;
};

// How much of the input has been read, for the ETA: the bytes of the files finished plus, in the file being
// read, the text of its documents so far (a good measure for CSV and JSON Lines; for one-article files the
// file is finished at its one document). Written by the reading thread, read by the writer's progress callback.
class InputMeter {
 public:
  explicit InputMeter(const std::vector<std::string>& inputs) {
    namespace fs = std::filesystem;
    std::error_code ec;
    for (const std::string& path : inputs) {
      if (path == "-") {
        total_ = -1;  // standard input: size unknown
        return;
      }
      if (fs::is_directory(path, ec)) {
        for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
          if (it->is_regular_file(ec)) add(it->path().string(), static_cast<int64_t>(it->file_size(ec)));
      } else {
        add(path, static_cast<int64_t>(fs::file_size(path, ec)));
      }
    }
  }
  // A document (or a failure) from `source`: "path", "path#record".
  void saw(const std::string& source, size_t text_bytes) {
    std::string file = source;
    if (!sizes_.count(file) && file.rfind('#') != std::string::npos) file.erase(file.rfind('#'));
    if (file != current_) {
      done_ += size_of(current_);
      current_ = file;
      partial_ = 0;
    }
    partial_ = std::min(size_of(current_), partial_ + static_cast<int64_t>(text_bytes));
    read_.store(done_ + partial_, std::memory_order_relaxed);
  }
  // A failure in `file`: a file that failed before any of its documents was read is counted as read.
  void failed(const std::string& file) {
    if (file == current_ || !sizes_.count(file)) return;
    saw(file, static_cast<size_t>(size_of(file)));
  }
  // Share of the input read, or -1 when unknown.
  double fraction() const {
    return total_ > 0 ? std::min(1.0, static_cast<double>(read_.load(std::memory_order_relaxed)) / total_) : -1;
  }

 private:
  void add(const std::string& file, int64_t size) {
    if (size <= 0 || std::filesystem::path(file).filename().string().rfind('.', 0) == 0) return;
    sizes_[file] = size;
    total_ += size;
  }
  int64_t size_of(const std::string& file) const {
    const auto it = sizes_.find(file);
    return it == sizes_.end() ? 0 : it->second;
  }
  std::map<std::string, int64_t> sizes_;
  int64_t total_ = 0, done_ = 0, partial_ = 0;
  std::string current_;
  std::atomic<int64_t> read_{0};
};

std::string duration_text(double seconds) {
  const long long s = static_cast<long long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) std::snprintf(buf, sizeof buf, "%lldh%02lldm", s / 3600, s / 60 % 60);
  else if (s >= 60) std::snprintf(buf, sizeof buf, "%lldm%02llds", s / 60, s % 60);
  else std::snprintf(buf, sizeof buf, "%llds", s);
  return buf;
}

class ProgressReporter {
 public:
  explicit ProgressReporter(const InputMeter& meter) : meter_(meter), terminal_(isatty(STDERR_FILENO) != 0) {}
  void operator()(const store::IngestProgress& p, bool final = false) {
    const auto now = std::chrono::steady_clock::now();
    const double since = std::chrono::duration<double>(now - last_).count();
    if (!final && since < (terminal_ ? 0.25 : 10.0)) return;
    last_ = now;
    const double s = std::max(p.seconds, 1e-9);
    const double f = meter_.fraction();
    std::string eta;
    if (final) eta = ", " + duration_text(p.seconds);
    else if (f >= 0.005 && f < 1) eta = ", " + std::to_string(static_cast<int>(f * 100)) + "% ETA " +
                                         duration_text(p.seconds * (1 - f) / f);
    char line[320];
    std::snprintf(line, sizeof line,
                  "ingest: %lld documents (%lld new, %lld replaced, %lld unchanged), %.1f docs/s, %.0f tokens/s, "
                  "%lld mentions, %lld new events, %lld failures%s",
                  static_cast<long long>(p.documents), static_cast<long long>(p.added),
                  static_cast<long long>(p.replaced), static_cast<long long>(p.unchanged), p.documents / s,
                  p.tokens / s, static_cast<long long>(p.mentions), static_cast<long long>(p.events),
                  static_cast<long long>(p.failures), eta.c_str());
    if (terminal_)
      std::fprintf(stderr, "\r\033[K%s%s", line, final ? "\n" : "");
    else
      std::fprintf(stderr, "%s\n", line);
  }

 private:
  const InputMeter& meter_;
  bool terminal_;
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

void run(const IngestArgs& args, int& status) {
  std::unique_ptr<Pipeline> pipeline;
  std::unique_ptr<store::Store> db;
  ReadOptions read_options;
  try {
    read_options = args.input.options();
    pipeline = args.pipeline.load_pipeline();
    db = store::Store::open(args.db);
  } catch (const std::exception& e) {
    std::cerr << "dunlin ingest: error: " << e.what() << '\n';
    status = 2;
    return;
  }
  store::IngestOptions options;
  // Documents already stored are recognized by their content hash on a second connection, before annotation.
  std::unique_ptr<store::Store> lookup;
  try {
    lookup = store::Store::open(args.db, /*read_only=*/true);
  } catch (const std::exception& e) {
    std::cerr << "dunlin ingest: error: " << e.what() << '\n';
    status = 2;
    return;
  }
  options.already_stored = [&](const Document& doc) { return lookup->has_content(store::content_hash(doc)); };
  options.threads = args.threads > 0 ? args.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  options.batch_documents = std::max<size_t>(1, args.batch);

  InputMeter meter(args.inputs);
  const store::Source source = [&](const auto& document, const auto& failure) {
    read_inputs(
        args.inputs, read_options,
        [&](Document&& doc) {
          meter.saw(doc.source, doc.text.size());
          args.pipeline.fill_date(doc);
          document(std::move(doc));
        },
        [&](const Problem& p) {
          if (p.severity == Problem::Severity::error) {
            meter.failed(p.file);
            failure(p.file, p.byte_offset, p.message);
          }
          std::cerr << p.to_string() << '\n';
        });
  };
  const store::Annotator annotate = [&](Document& doc) {
    pipeline->annotate(doc);
    return store::make_rows(doc, pipeline->cameo_codes());
  };
  ProgressReporter reporter(meter);
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
  args->pipeline.add_to(*cmd);
  args->input.add_to(*cmd);
  cmd->callback([args, &status] { run(*args, status); });
}

}  // namespace dunlin::cli
