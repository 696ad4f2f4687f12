// The event store (see store.h; the rules are in docs/store.md).
#include "dunlin/store/store.h"

#include <algorithm>
#include <chrono>
#include <ctime>

#include "dunlin/store/chunked_statement.h"
#include "dunlin/store/dedup.h"
#include "dunlin/store/schema.h"
#include "dunlin/store/postgres_connection.h"
#include "dunlin/store/sqlite_connection.h"

namespace dunlin::store {

std::string utc_now_iso() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

bool is_postgres_target(const std::string& target) {
  return target.starts_with("postgresql://") || target.starts_with("postgres://");
}

struct Store::Statements {
  std::unique_ptr<Statement> by_hash_or_key, document_events, delete_document, insert_document, dated_candidates,
      coarse_candidates, undated_candidates, insert_event, delete_if_empty, insert_failure;
  // A document's rows of one table are written with a few multi-row statements (chunked_statement.h).
  std::unique_ptr<ChunkedStatement> sentences, actors, attributions, places, mentions, recount;
};

std::unique_ptr<Store> Store::open(const std::string& target, bool read_only) {
  if (is_postgres_target(target)) return std::make_unique<Store>(open_postgres(target, read_only), read_only);
  return std::make_unique<Store>(open_sqlite(target, read_only), read_only);
}

Store::Store(std::unique_ptr<Connection> connection, bool read_only) : db_(std::move(connection)) {
  if (read_only) {
    std::string version;
    try {
      auto get = db_->prepare("SELECT value FROM meta WHERE key = 'schema_version'");
      if (get->step()) version = get->text(0);
    } catch (const StoreError&) {
    }
    if (version.empty()) throw StoreError("not a dunlin event store (it has no schema version; see docs/store.md)");
    if (version != std::to_string(kSchemaVersion))
      throw StoreError("the store has schema version " + version + ", this dunlin reads version " +
                       std::to_string(kSchemaVersion));
    return;
  }
  db_->begin();
  try {
    db_->exec(schema_sql(db_->backend()));
    auto get = db_->prepare("SELECT value FROM meta WHERE key = 'schema_version'");
    if (get->step()) {
      const std::string version = get->text(0);
      get->reset();
      if (version != std::to_string(kSchemaVersion))
        throw StoreError("the database has schema version " + version + ", this dunlin writes version " +
                         std::to_string(kSchemaVersion));
    } else {
      get->reset();
      db_->prepare("INSERT INTO meta (key, value) VALUES ('schema_version', ?)")->bind(1, kSchemaVersion).run();
    }
    db_->commit();
  } catch (...) {
    db_->rollback();
    throw;
  }
  prepare_writes();
}

Store::~Store() = default;

void Store::prepare_writes() {
  st_ = std::make_unique<Statements>();
  Statements& s = *st_;
  s.by_hash_or_key = db_->prepare("SELECT id, content_hash FROM documents WHERE content_hash = ? OR doc_key = ?");
  s.document_events =
      db_->prepare("SELECT DISTINCT event_id FROM mentions WHERE document_id = ? AND event_id IS NOT NULL");
  s.delete_document = db_->prepare("DELETE FROM documents WHERE id = ?");
  s.insert_document = db_->prepare(
      "INSERT INTO documents (content_hash, doc_key, doc_id, url, title, outlet, date, source, tokens, ingested_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
  auto insert = [&](const std::string& head, int params, const std::string& tail = "") {
    return std::make_unique<ChunkedStatement>(
        *db_, [=](size_t n) { return head + " VALUES " + ChunkedStatement::values(n, params) + tail; }, params);
  };
  s.sentences = insert("INSERT INTO sentences (document_id, idx, paragraph, start_cp, end_cp, text)", 6);
  s.actors = insert(
      "INSERT INTO actors (document_id, idx, entity, code, country, sector, name, text, start_cp, end_cp)", 10);
  s.attributions = insert(
      "INSERT INTO attributions (document_id, idx, sentence, speaker_actor, speaker_code, speaker_name, "
      "speaker_text, cue, content, content_start, content_end, direct, stance, anonymous, parent, record)",
      16, " RETURNING idx, id");
  s.places = insert(
      "INSERT INTO places (document_id, idx, name, country, admin1, lat, lon, geonames_id, precision, found_by, "
      "text, start_cp, end_cp)",
      13);
  s.mentions = insert(
      "INSERT INTO mentions (event_id, document_id, idx, sentence, source_actor, target_actor, source_code, "
      "target_code, cameo, verb, verb_start, verb_end, negated, modality, first_day, last_day, date_precision, "
      "frame, place, attribution_id, record)",
      21);
  const std::string candidates =
      "SELECT id, cameo, first_day, last_day, place_country FROM events "
      "WHERE source_code = ? AND target_code = ? AND root = ? AND ";
  // A precise mention can only match a precise event, whose first day lies within the window (dedup.h).
  s.dated_candidates = db_->prepare(candidates + "first_day BETWEEN ? AND ? ORDER BY id");
  s.coarse_candidates = db_->prepare(candidates + "first_day = ? AND last_day = ? ORDER BY id");
  s.undated_candidates = db_->prepare(candidates + "first_day IS NULL ORDER BY id");
  s.insert_event = db_->prepare(
      "INSERT INTO events (source_code, source_country, source_sector, source_name, target_code, target_country, "
      "target_sector, target_name, cameo, root, goldstein, quad_class, first_day, last_day, date_precision, "
      "first_document_id, place_name, place_country, place_lat, place_lon) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
  s.recount = std::make_unique<ChunkedStatement>(
      *db_,
      [](size_t n) {
        std::string ids = ChunkedStatement::values(n, 1);  // "(?), (?)" -> "?, ?"
        std::string list;
        for (char c : ids)
          if (c != '(' && c != ')') list += c;
        return "UPDATE events SET "
               "num_mentions = (SELECT COUNT(*) FROM mentions m WHERE m.event_id = events.id), "
               "num_articles = (SELECT COUNT(DISTINCT m.document_id) FROM mentions m WHERE m.event_id = events.id), "
               "num_sources = (SELECT COUNT(DISTINCT COALESCE(d.outlet, 'doc:' || d.id)) FROM mentions m "
               "JOIN documents d ON d.id = m.document_id WHERE m.event_id = events.id) "
               "WHERE id IN (" + list + ")";
      },
      1);
  s.delete_if_empty = db_->prepare("DELETE FROM events WHERE id = ? AND num_mentions = 0");
  s.insert_failure = db_->prepare(
      "INSERT INTO failures (source, position, reason, seen_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING");
}

void Store::begin_batch() { db_->begin(); }
void Store::commit_batch() { db_->commit(); }
void Store::rollback_batch() { db_->rollback(); }

int64_t Store::find_or_create_event(const MentionRow& m, int64_t document_id, size_t& new_events) {
  Statements& s = *st_;
  const std::string root = m.cameo.substr(0, 2);
  std::optional<DayRange> range;
  if (m.first_day) range = DayRange{*m.first_day, *m.last_day};
  Statement* q;
  if (!range) {
    q = s.undated_candidates.get();
  } else if (range->length() > kCoarseRangeDays) {
    q = s.coarse_candidates.get();
    q->bind(4, range->first).bind(5, range->last);
  } else {
    q = s.dated_candidates.get();
    q->bind(4, range->first - kDateWindowDays - kCoarseRangeDays).bind(5, range->last + kDateWindowDays);
  }
  q->bind(1, m.source_code).bind(2, m.target_code).bind(3, root);
  int64_t found = 0;
  while (q->step()) {
    std::optional<DayRange> event_range;
    if (!q->is_null(2)) event_range = DayRange{static_cast<int32_t>(q->int64(2)), static_cast<int32_t>(q->int64(3))};
    if (cameo_compatible(q->text(1), m.cameo) && dates_compatible(event_range, range) &&
        places_compatible(q->text(4), m.place_country)) {
      found = q->int64(0);
      break;
    }
  }
  q->reset();
  if (found) return found;

  Statement& e = *s.insert_event;
  e.bind(1, m.source_code).bind_text_or_null(2, m.source_country).bind_text_or_null(3, m.source_sector);
  e.bind_text_or_null(4, m.source_name).bind(5, m.target_code).bind_text_or_null(6, m.target_country);
  e.bind_text_or_null(7, m.target_sector).bind_text_or_null(8, m.target_name).bind(9, m.cameo).bind(10, root);
  e.bind(11, m.goldstein).bind(12, m.quad_class);
  e.bind(13, m.first_day).bind(14, m.last_day).bind_text_or_null(15, m.date_precision).bind(16, document_id);
  e.bind_text_or_null(17, m.place_name).bind_text_or_null(18, m.place_country).bind(19, m.place_lat);
  e.bind(20, m.place_lon);
  if (!e.step()) throw StoreError("inserting an event returned no id");
  const int64_t id = e.int64(0);
  e.reset();
  ++new_events;
  return id;
}

void Store::recount(const std::vector<int64_t>& events, bool may_empty) {
  st_->recount->run(events, [](Statement& st, int base, int64_t id) { st.bind(base + 1, id); });
  if (may_empty)
    for (int64_t id : events) st_->delete_if_empty->bind(1, id).run();
}

PutResult Store::put(const DocumentRows& rows) {
  if (!st_) throw StoreError("the store was opened read-only");
  Statements& s = *st_;
  PutResult result;
  // One lookup for both keys: the same content (unchanged), or the same document with new content (replaced).
  int64_t old = 0;
  s.by_hash_or_key->bind(1, rows.content_hash).bind(2, rows.key);
  while (s.by_hash_or_key->step()) {
    if (s.by_hash_or_key->text(1) == rows.content_hash) {
      result.kind = PutResult::Kind::unchanged;
      result.document_id = s.by_hash_or_key->int64(0);
      s.by_hash_or_key->reset();
      return result;
    }
    old = s.by_hash_or_key->int64(0);
  }
  s.by_hash_or_key->reset();

  std::vector<int64_t> touched;
  if (old) {
    s.document_events->bind(1, old);
    while (s.document_events->step()) touched.push_back(s.document_events->int64(0));
    s.document_events->reset();
    s.delete_document->bind(1, old).run();  // sentences, actors, places, mentions, attributions go with it
    result.kind = PutResult::Kind::replaced;
  }

  Statement& d = *s.insert_document;
  d.bind(1, rows.content_hash).bind(2, rows.key).bind_text_or_null(3, rows.id).bind_text_or_null(4, rows.url);
  d.bind_text_or_null(5, rows.title).bind_text_or_null(6, rows.outlet).bind_text_or_null(7, rows.date);
  d.bind(8, rows.source).bind(9, rows.tokens).bind(10, utc_now_iso());
  if (!d.step()) throw StoreError("inserting a document returned no id");
  const int64_t doc = d.int64(0);
  d.reset();
  result.document_id = doc;

  auto index_or_null = [](int32_t i) { return i >= 0 ? std::optional<int64_t>(i) : std::nullopt; };
  s.sentences->run(rows.sentences, [&](Statement& q, int b, const SentenceRow& r) {
    q.bind(b + 1, doc).bind(b + 2, r.index).bind(b + 3, r.paragraph).bind(b + 4, r.start).bind(b + 5, r.end);
    q.bind(b + 6, r.text);
  });
  s.actors->run(rows.actors, [&](Statement& q, int b, const ActorRow& a) {
    q.bind(b + 1, doc).bind(b + 2, a.index).bind(b + 3, a.entity).bind(b + 4, a.code);
    q.bind_text_or_null(b + 5, a.country).bind_text_or_null(b + 6, a.sector).bind_text_or_null(b + 7, a.name);
    q.bind(b + 8, a.text).bind(b + 9, a.start).bind(b + 10, a.end);
  });
  std::vector<int64_t> attribution_ids(rows.attributions.size(), 0);
  s.attributions->run(
      rows.attributions,
      [&](Statement& q, int b, const AttributionRow& a) {
        q.bind(b + 1, doc).bind(b + 2, a.index).bind(b + 3, a.sentence).bind(b + 4, index_or_null(a.speaker_actor));
        q.bind_text_or_null(b + 5, a.speaker_code).bind_text_or_null(b + 6, a.speaker_name);
        q.bind_text_or_null(b + 7, a.speaker_text).bind_text_or_null(b + 8, a.cue).bind_text_or_null(b + 9, a.content);
        q.bind(b + 10, a.content_start).bind(b + 11, a.content_end).bind(b + 12, a.direct).bind(b + 13, a.stance);
        q.bind(b + 14, a.anonymous).bind(b + 15, index_or_null(a.parent)).bind(b + 16, a.record);
      },
      [&](Statement& q) {  // RETURNING idx, id
        const int64_t idx = q.int64(0);
        if (idx >= 0 && static_cast<size_t>(idx) < attribution_ids.size()) attribution_ids[idx] = q.int64(1);
      });
  s.places->run(rows.places, [&](Statement& q, int b, const PlaceRow& p) {
    q.bind(b + 1, doc).bind(b + 2, p.index).bind(b + 3, p.name).bind_text_or_null(b + 4, p.country);
    q.bind_text_or_null(b + 5, p.admin1).bind(b + 6, p.lat).bind(b + 7, p.lon).bind(b + 8, p.geonames_id);
    q.bind(b + 9, p.precision).bind(b + 10, p.found_by).bind_text_or_null(b + 11, p.text).bind(b + 12, p.start);
    q.bind(b + 13, p.end);
  });
  // Events first (a mention may join an event an earlier mention of this document created), then the mentions.
  std::vector<std::optional<int64_t>> event_of(rows.mentions.size());
  for (size_t i = 0; i < rows.mentions.size(); ++i) {
    const MentionRow& m = rows.mentions[i];
    if (!m.countable() || m.cameo.size() < 2) continue;
    event_of[i] = find_or_create_event(m, doc, result.new_events);
    touched.push_back(*event_of[i]);
  }
  s.mentions->run(rows.mentions, [&](Statement& q, int b, const MentionRow& m) {
    const size_t i = static_cast<size_t>(&m - rows.mentions.data());
    q.bind(b + 1, event_of[i]).bind(b + 2, doc).bind(b + 3, m.index).bind(b + 4, m.sentence);
    q.bind(b + 5, index_or_null(m.source_actor)).bind(b + 6, index_or_null(m.target_actor));
    q.bind(b + 7, m.source_code).bind(b + 8, m.target_code).bind(b + 9, m.cameo).bind(b + 10, m.verb);
    q.bind(b + 11, m.verb_start).bind(b + 12, m.verb_end).bind(b + 13, m.negated);
    q.bind(b + 14, m.hypothetical ? "hypothetical" : "asserted").bind(b + 15, m.first_day).bind(b + 16, m.last_day);
    q.bind_text_or_null(b + 17, m.date_precision).bind_text_or_null(b + 18, m.frame);
    q.bind(b + 19, index_or_null(m.place));
    q.bind(b + 20, m.attribution >= 0 ? std::optional<int64_t>(attribution_ids[static_cast<size_t>(m.attribution)])
                                      : std::nullopt);
    q.bind(b + 21, m.record);
  });
  result.mentions = rows.mentions.size();
  std::sort(touched.begin(), touched.end());
  touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
  recount(touched, /*may_empty=*/old != 0);
  return result;
}

void Store::add_failure(const std::string& source, int64_t position, const std::string& reason) {
  if (!st_) throw StoreError("the store was opened read-only");
  st_->insert_failure->bind(1, source).bind(2, position).bind(3, reason).bind(4, utc_now_iso()).run();
}

bool Store::has_content(const std::string& content_hash) {
  if (!has_content_) has_content_ = db_->prepare("SELECT 1 FROM documents WHERE content_hash = ?");
  const bool found = has_content_->bind(1, content_hash).step();
  has_content_->reset();
  return found;
}

StoreCounts Store::counts() {
  auto q = db_->prepare(
      "SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM sentences), (SELECT COUNT(*) FROM actors), "
      "(SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM mentions), (SELECT COUNT(*) FROM attributions), "
      "(SELECT COUNT(*) FROM places), (SELECT COUNT(*) FROM failures)");
  StoreCounts c;
  if (q->step()) {
    c.documents = q->int64(0);
    c.sentences = q->int64(1);
    c.actors = q->int64(2);
    c.events = q->int64(3);
    c.mentions = q->int64(4);
    c.attributions = q->int64(5);
    c.places = q->int64(6);
    c.failures = q->int64(7);
  }
  q->reset();
  return c;
}

}  // namespace dunlin::store
