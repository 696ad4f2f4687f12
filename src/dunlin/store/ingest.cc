// Batch ingestion with N workers and one ordered writer (see ingest.h).
#include "dunlin/store/ingest.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace dunlin::store {
namespace {

struct Work {
  uint64_t seq = 0;
  Document doc;
};

// What the writer receives, in input order: a document's rows, or a failure.
struct Result {
  bool skipped = false;  // already stored (IngestOptions::already_stored): nothing to write
  bool failed = false;
  DocumentRows rows;
  std::string source;
  int64_t position = -1;
  std::string reason;
};

}  // namespace

IngestProgress ingest(Store& store, const Source& source, const Annotator& annotate, const IngestOptions& options,
                      const std::function<void(const IngestProgress&)>& progress) {
  using Clock = std::chrono::steady_clock;
  const auto started = Clock::now();
  const int threads = std::max(1, options.threads);
  const uint64_t capacity = static_cast<uint64_t>(threads) * std::max<size_t>(1, options.in_flight_per_thread);

  std::mutex mu;
  std::condition_variable work_ready, result_ready, space_free;
  std::deque<Work> work;
  std::map<uint64_t, Result> results;
  uint64_t next_seq = 0, written = 0;
  bool input_done = false, aborted = false;
  std::exception_ptr writer_error, source_error;
  IngestProgress stats;

  auto worker = [&] {
    for (;;) {
      Work item;
      {
        std::unique_lock lock(mu);
        work_ready.wait(lock, [&] { return !work.empty() || input_done || aborted; });
        if (aborted || work.empty()) return;
        item = std::move(work.front());
        work.pop_front();
      }
      Result r;
      try {
        r.rows = annotate(item.doc);
      } catch (const std::exception& e) {
        r.failed = true;
        r.source = item.doc.source;
        r.reason = e.what();
      }
      std::lock_guard lock(mu);
      results.emplace(item.seq, std::move(r));
      result_ready.notify_all();
    }
  };

  auto writer = [&] {
    bool in_batch = false;
    size_t batch = 0;
    auto batch_started = Clock::now();
    try {
      for (;;) {
        Result r;
        {
          std::unique_lock lock(mu);
          result_ready.wait(lock, [&] { return results.count(written) || (input_done && written == next_seq); });
          if (!results.count(written)) break;
          auto node = results.extract(written);
          r = std::move(node.mapped());
        }
        if (!in_batch) {
          store.begin_batch();
          in_batch = true;
          batch = 0;
          batch_started = Clock::now();
        }
        if (r.skipped) {
          ++stats.unchanged;
        } else if (r.failed) {
          store.add_failure(r.source, r.position, r.reason);
          ++stats.failures;
        } else {
          const PutResult put = store.put(r.rows);
          if (put.kind == PutResult::Kind::added) ++stats.added;
          if (put.kind == PutResult::Kind::replaced) ++stats.replaced;
          if (put.kind == PutResult::Kind::unchanged) ++stats.unchanged;
          stats.tokens += r.rows.tokens;
          if (put.kind != PutResult::Kind::unchanged) stats.mentions += static_cast<int64_t>(put.mentions);
          stats.events += static_cast<int64_t>(put.new_events);
        }
        ++stats.documents;
        ++batch;
        if (batch >= options.batch_documents ||
            std::chrono::duration<double>(Clock::now() - batch_started).count() >= options.batch_seconds) {
          store.commit_batch();
          in_batch = false;
        }
        stats.seconds = std::chrono::duration<double>(Clock::now() - started).count();
        if (progress) progress(stats);
        std::lock_guard lock(mu);
        ++written;
        space_free.notify_all();
      }
      if (in_batch) store.commit_batch();
    } catch (...) {
      if (in_batch) store.rollback_batch();
      std::lock_guard lock(mu);
      writer_error = std::current_exception();
      aborted = true;
      work_ready.notify_all();
      space_free.notify_all();
    }
  };

  std::vector<std::thread> pool;
  for (int i = 0; i < threads; ++i) pool.emplace_back(worker);
  std::thread writer_thread(writer);

  // The reader runs on the calling thread and waits while `capacity` documents are in flight.
  auto admit = [&](std::unique_lock<std::mutex>& lock) {
    space_free.wait(lock, [&] { return next_seq - written < capacity || aborted; });
    return !aborted;
  };
  try {
    source(
        [&](Document&& doc) {
          const bool skip = options.already_stored && options.already_stored(doc);
          std::unique_lock lock(mu);
          if (!admit(lock)) return;
          if (skip) {
            Result r;
            r.skipped = true;
            results.emplace(next_seq++, std::move(r));
            result_ready.notify_all();
            return;
          }
          work.push_back(Work{next_seq++, std::move(doc)});
          work_ready.notify_one();
        },
        [&](std::string where, int64_t position, std::string reason) {
          std::unique_lock lock(mu);
          if (!admit(lock)) return;
          Result r;
          r.failed = true;
          r.source = std::move(where);
          r.position = position;
          r.reason = std::move(reason);
          results.emplace(next_seq++, std::move(r));
          result_ready.notify_all();
        });
  } catch (...) {
    source_error = std::current_exception();  // what was read so far is still stored
  }
  {
    std::lock_guard lock(mu);
    input_done = true;
    work_ready.notify_all();
    result_ready.notify_all();
  }
  for (auto& t : pool) t.join();
  writer_thread.join();
  if (writer_error) std::rethrow_exception(writer_error);
  if (source_error) std::rethrow_exception(source_error);
  stats.seconds = std::chrono::duration<double>(Clock::now() - started).count();
  if (progress) progress(stats);
  return stats;
}

}  // namespace dunlin::store
