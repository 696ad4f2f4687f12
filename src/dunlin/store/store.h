// The event store: documents, sentences, actors, deduplicated events with their mentions, attributions and
// failures, in an SQLite file or a PostgreSQL database (schema and rules in docs/store.md). One writer at a time; any number of readers.
//
//   auto store = Store::open("dunlin.db");
//   store->begin_batch();
//   store->put(make_rows(doc, codes));  // idempotent: the same content again changes nothing
//   store->commit_batch();              // a batch is one transaction: all of it or none of it is stored
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "dunlin/store/document_rows.h"
#include "dunlin/store/sql.h"

namespace dunlin::store {

inline constexpr int kSchemaVersion = 2;  // 2: attributions filled, places table, mentions.place

struct PutResult {
  enum class Kind { added, replaced, unchanged } kind = Kind::added;
  int64_t document_id = 0;
  size_t new_events = 0;  // events this document created (the others joined existing events)
  size_t mentions = 0;
};

struct StoreCounts {
  int64_t documents = 0, sentences = 0, actors = 0, events = 0, mentions = 0, attributions = 0, places = 0,
          failures = 0;
  friend bool operator==(const StoreCounts&, const StoreCounts&) = default;
};

class Store {
 public:
  // `target`: a file path (SQLite, created when absent) or a PostgreSQL URI ("postgresql://user@host/db"). Creates the schema when the database is new; throws
  // StoreError when it holds another schema version or cannot be opened.
  static std::unique_ptr<Store> open(const std::string& target, bool read_only = false);
  explicit Store(std::unique_ptr<Connection> connection, bool read_only = false);
  ~Store();

  void begin_batch();
  void commit_batch();
  void rollback_batch();  // never throws

  // Stores one document, inside a batch. A document with the same content hash as a stored one changes nothing;
  // one with the same key (URL, else source) but new content replaces the old one's rows.
  PutResult put(const DocumentRows& rows);
  // Records a document or file that could not be read or annotated; the same failure twice is stored once.
  void add_failure(const std::string& source, int64_t position, const std::string& reason);

  // Whether a document with this content hash is stored (committed, as this connection sees it). Works on a
  // read-only store too, so that a second connection can answer it while another writes.
  bool has_content(const std::string& content_hash);

  StoreCounts counts();
  Connection& connection() { return *db_; }

 private:
  void prepare_writes();
  int64_t find_or_create_event(const MentionRow& m, int64_t document_id, size_t& new_events);
  // Recomputes the events' counts; with `may_empty` (a document was replaced) deletes those left without mentions.
  void recount(const std::vector<int64_t>& events, bool may_empty);

  std::unique_ptr<Connection> db_;
  struct Statements;
  std::unique_ptr<Statements> st_;
  std::unique_ptr<Statement> has_content_;
};

// True for "postgresql://..." and "postgres://..." targets.
bool is_postgres_target(const std::string& target);

// "2020-05-11T09:30:00Z" for now (UTC), as stored in documents.ingested_at and failures.seen_at.
std::string utc_now_iso();

}  // namespace dunlin::store
