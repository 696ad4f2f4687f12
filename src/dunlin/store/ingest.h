// Batch ingestion: documents flow from a reader through N annotating workers to one writer that stores them in
// input order (so a run's result never depends on the number of threads), one transaction per batch. Memory is
// bounded by the number of documents in flight, whatever the corpus size.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "dunlin/document.h"
#include "dunlin/store/document_rows.h"
#include "dunlin/store/store.h"

namespace dunlin::store {

struct IngestOptions {
  int threads = 1;
  size_t batch_documents = 200;     // commit after this many documents ...
  double batch_seconds = 2.0;       // ... or this many seconds, whichever comes first
  size_t in_flight_per_thread = 8;  // documents read ahead per worker
  // When set, called on the reading thread for each document as read: true when a document with the same
  // content is already stored, which is then counted as unchanged without being annotated (a re-run over a
  // stored corpus only reads and hashes it). Documents stored but not yet committed are not seen; the writer
  // still finds those unchanged.
  std::function<bool(const Document&)> already_stored;
};

struct IngestProgress {
  int64_t documents = 0;  // read (or failed) and written
  int64_t added = 0, replaced = 0, unchanged = 0;
  int64_t failures = 0;
  int64_t tokens = 0;    // of every document annotated (also the unchanged ones)
  int64_t events = 0, mentions = 0;  // stored: new events, and mentions of new or replaced documents
  double seconds = 0;
};

// Turns a document into rows (annotating it first); throws on failure, whose message becomes the failure reason.
using Annotator = std::function<DocumentRows(Document&)>;
// Feeds the ingester: calls `document` for each document read and `failure` for each input that could not be
// read (source, byte position or -1, reason), from one thread.
using Source = std::function<void(const std::function<void(Document&&)>& document,
                                  const std::function<void(std::string, int64_t, std::string)>& failure)>;

// Runs the ingestion. `progress` is called from the writer thread after each batch commit and at the end.
// A StoreError from the writer stops the run and is rethrown (the current batch is rolled back).
IngestProgress ingest(Store& store, const Source& source, const Annotator& annotate, const IngestOptions& options,
                      const std::function<void(const IngestProgress&)>& progress = {});

}  // namespace dunlin::store
