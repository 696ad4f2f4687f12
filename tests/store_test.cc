// The event store against a real SQLite file and a real PostgreSQL server (skipped when there is none): idempotent re-ingest, replacement of changed documents, the
// deduplication rule and its counts, failures, crash safety (a child process killed mid-batch), and ordered
// multi-threaded ingestion.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <nlohmann/json.hpp>
#include <thread>

#include "dunlin/resources.h"
#include "dunlin/store/dedup.h"
#include "dunlin/store/ingest.h"
#include "dunlin/store/queries.h"
#include "dunlin/store/sqlite_connection.h"
#include "dunlin/store/store.h"
#include "store_test_util.h"

namespace dunlin::store {
namespace {

using store_test::EventSpec;
using store_test::make_doc;
using store_test::quoted;

class StoreBackend : public store_test::BackendTest {};
class IngestBackend : public store_test::BackendTest {};
INSTANTIATE_TEST_SUITE_P(Backends, StoreBackend, ::testing::Values("sqlite", "postgresql"),
                         store_test::backend_name);
INSTANTIATE_TEST_SUITE_P(Backends, IngestBackend, ::testing::Values("sqlite", "postgresql"),
                         store_test::backend_name);

const CameoCodes& codes() {
  static const CameoCodes c = CameoCodes::load(find_resource("data/events/cameo.tsv").string());
  return c;
}

PutResult put(Store& s, const Document& doc) {
  s.begin_batch();
  const PutResult r = s.put(make_rows(doc, codes()));
  s.commit_batch();
  return r;
}

int64_t scalar(Store& s, const std::string& sql) {
  auto q = s.connection().prepare(sql);
  EXPECT_TRUE(q->step()) << sql;
  return q->int64(0);
}

// Every event as "source target cameo first_day mentions sources articles", in id order: the store's content.
std::vector<std::string> event_dump(Store& s) {
  auto q = s.connection().prepare(
      "SELECT source_code, target_code, cameo, COALESCE(first_day, -1), num_mentions, num_sources, num_articles "
      "FROM events ORDER BY id");
  std::vector<std::string> out;
  while (q->step())
    out.push_back(q->text(0) + " " + q->text(1) + " " + q->text(2) + " " + std::to_string(q->int64(3)) + " " +
                  std::to_string(q->int64(4)) + " " + std::to_string(q->int64(5)) + " " + std::to_string(q->int64(6)));
  return out;
}

Document condemn(const std::string& source, const std::string& outlet, const std::string& date,
                 const std::string& cameo = "111") {
  return make_doc(source, outlet, {"Russia condemned Syria on Sunday .", "Moscow also met Ankara ."},
                  {{0, "Russia", "Syria", "condemned", cameo, date}, {1, "Moscow", "Ankara", "met", "040", date}});
}

TEST_P(StoreBackend, ReingestAddsNothing) {
  auto s = Store::open(target("reingest"));
  const Document doc = condemn("a.txt", "Outlet A", "2020-05-10");
  EXPECT_EQ(put(*s, doc).kind, PutResult::Kind::added);
  const StoreCounts before = s->counts();
  EXPECT_EQ(before.documents, 1);
  EXPECT_EQ(before.sentences, 2);
  EXPECT_EQ(before.actors, 4);
  EXPECT_EQ(before.events, 2);
  EXPECT_EQ(before.mentions, 2);
  const PutResult again = put(*s, doc);
  EXPECT_EQ(again.kind, PutResult::Kind::unchanged);
  EXPECT_EQ(s->counts(), before);
  // The same content read from another place is the same document.
  Document copy = doc;
  copy.source = "copy/a.txt";
  EXPECT_EQ(put(*s, copy).kind, PutResult::Kind::unchanged);
  EXPECT_EQ(s->counts(), before);
}

TEST_P(StoreBackend, ChangedDocumentReplacesItsRows) {
  auto s = Store::open(target("replace"));
  put(*s, condemn("a.txt", "Outlet A", "2020-05-10"));
  put(*s, condemn("b.txt", "Outlet B", "2020-05-10"));
  EXPECT_EQ(scalar(*s, "SELECT num_articles FROM events WHERE cameo = '111'"), 2);
  // a.txt now reports something else: its mentions go, the shared event keeps b.txt's mention only.
  const Document changed = make_doc("a.txt", "Outlet A", {"Turkey accused rebels ."},
                                    {{0, "Turkey", "rebels", "accused", "112", "2020-05-12"}});
  EXPECT_EQ(put(*s, changed).kind, PutResult::Kind::replaced);
  const StoreCounts c = s->counts();
  EXPECT_EQ(c.documents, 2);
  EXPECT_EQ(c.sentences, 3);
  EXPECT_EQ(c.mentions, 3);
  EXPECT_EQ(c.events, 3);
  EXPECT_EQ(scalar(*s, "SELECT num_mentions FROM events WHERE cameo = '111'"), 1);
  EXPECT_EQ(scalar(*s, "SELECT num_articles FROM events WHERE cameo = '111'"), 1);
  EXPECT_EQ(scalar(*s, "SELECT COUNT(*) FROM mentions m JOIN documents d ON d.id = m.document_id "
                       "WHERE d.doc_key = 'a.txt' AND m.cameo = '111'"),
            0);
  // b.txt is replaced too: the event it alone supported disappears.
  put(*s, make_doc("b.txt", "Outlet B", {"Turkey accused rebels ."},
                   {{0, "Turkey", "rebels", "accused", "112", "2020-05-12"}}));
  EXPECT_EQ(scalar(*s, "SELECT COUNT(*) FROM events WHERE cameo IN ('111', '040')"), 0);
  EXPECT_EQ(scalar(*s, "SELECT num_articles FROM events WHERE cameo = '112'"), 2);
}

TEST_P(StoreBackend, DeduplicatesAcrossArticles) {
  auto s = Store::open(target("dedup"));
  put(*s, condemn("a.txt", "Outlet A", "2020-05-10", "111"));
  put(*s, condemn("b.txt", "Outlet B", "2020-05-11", "112"));  // one day later, same root
  put(*s, condemn("c.txt", "Outlet A", "2020-05-10", "110"));  // same outlet as a.txt
  // One event for the condemnation: 3 mentions, 3 articles, 2 outlets; one for the meeting.
  EXPECT_EQ(s->counts().events, 2);
  EXPECT_EQ(scalar(*s, "SELECT num_mentions FROM events WHERE root = '11'"), 3);
  EXPECT_EQ(scalar(*s, "SELECT num_articles FROM events WHERE root = '11'"), 3);
  EXPECT_EQ(scalar(*s, "SELECT num_sources FROM events WHERE root = '11'"), 2);

  put(*s, condemn("d.txt", "Outlet C", "2020-05-13", "111"));  // three days later: another happening
  put(*s, condemn("e.txt", "Outlet C", "2020-05-10", "193"));  // another root
  put(*s, make_doc("f.txt", "Outlet C", {"Syria condemned Russia ."},
                   {{0, "Syria", "Russia", "condemned", "111", "2020-05-10"}}));  // reversed dyad
  EXPECT_EQ(scalar(*s, "SELECT COUNT(*) FROM events WHERE root = '11'"), 3);
  EXPECT_EQ(scalar(*s, "SELECT COUNT(*) FROM events WHERE root = '19'"), 1);

  // Two mentions in one article's sentences are one event with one article.
  put(*s, make_doc("g.txt", "Outlet D", {"Turkey accused rebels .", "Turkey blamed rebels ."},
                   {{0, "Turkey", "rebels", "accused", "112", "2020-06-01"},
                    {1, "Turkey", "rebels", "blamed", "112", "2020-06-01"}}));
  EXPECT_EQ(scalar(*s, "SELECT num_mentions FROM events WHERE source_code = 'TUR'"), 2);
  EXPECT_EQ(scalar(*s, "SELECT num_articles FROM events WHERE source_code = 'TUR'"), 1);
}

TEST_P(StoreBackend, NegatedAndHypotheticalMentionsNeverCount) {
  auto s = Store::open(target("negated"));
  put(*s, make_doc("a.txt", "A", {"Russia did not condemn Syria .", "Russia would condemn Syria ."},
                   {{0, "Russia", "Syria", "condemn", "111", "2020-05-10", 1, true},
                    {1, "Russia", "Syria", "condemn", "111", "2020-05-10", 1, false, true}}));
  EXPECT_EQ(s->counts().mentions, 2);
  EXPECT_EQ(s->counts().events, 0);
  EXPECT_EQ(scalar(*s, "SELECT COUNT(*) FROM mentions WHERE event_id IS NULL"), 2);
  put(*s, condemn("b.txt", "B", "2020-05-10"));
  EXPECT_EQ(scalar(*s, "SELECT num_mentions FROM events WHERE root = '11'"), 1);
}

TEST_P(StoreBackend, CoarseAndMissingDates) {
  auto s = Store::open(target("dates"));
  put(*s, condemn("a.txt", "A", "2020-05-10"));
  Document month = make_doc("b.txt", "B", {"Russia condemned Syria in May ."},
                            {{0, "Russia", "Syria", "condemned", "111", "2020-05-01", 31}});
  put(*s, month);
  put(*s, make_doc("c.txt", "C", {"Russia condemned Syria in May ."},
                   {{0, "Russia", "Syria", "condemned", "111", "2020-05-01", 31}}));
  put(*s, make_doc("d.txt", "D", {"Russia condemned Syria ."}, {{0, "Russia", "Syria", "condemned", "111", ""}}));
  put(*s, make_doc("e.txt", "E", {"Russia condemned Syria ."}, {{0, "Russia", "Syria", "condemned", "111", ""}}));
  // The day-dated event, the May event (two mentions), the undated event (two mentions).
  EXPECT_EQ(scalar(*s, "SELECT COUNT(*) FROM events WHERE root = '11'"), 3);
  EXPECT_EQ(scalar(*s, "SELECT num_mentions FROM events WHERE root = '11' AND last_day - first_day = 30"), 2);
  EXPECT_EQ(scalar(*s, "SELECT num_mentions FROM events WHERE root = '11' AND first_day IS NULL"), 2);
}

TEST(DocumentRows, ActorsWithoutANameAreNamedByTheirFirstMention) {
  // "The rebels" repeats the actor of "rebels" (one entity, no canonical name): the second event is named by the
  // first mention's words, as a quote by "he" is named by the person's first mention.
  std::map<std::string, std::string> codes_by_word = store_test::default_codes();
  codes_by_word["Rebels"] = "SYRREB";
  Document doc = make_doc("a.txt", "A", {"Rebels attacked Damascus .", "The rebels shelled Damascus ."},
                          {{0, "Rebels", "Damascus", "attacked", "190", "2020-05-09"},
                           {1, "rebels", "Damascus", "shelled", "194", "2020-05-10"}},
                          codes_by_word);
  for (Actor& a : doc.actors.actors)
    if (a.code == "SYRREB") a.name.clear();
  doc.actors.actors[2].entity = doc.actors.actors[0].entity;
  const DocumentRows rows = make_rows(doc, codes());
  ASSERT_EQ(rows.mentions.size(), 2u);
  EXPECT_EQ(rows.mentions[0].source_name, "Rebels");
  EXPECT_EQ(rows.mentions[1].source_name, "Rebels");    // not "rebels", the words of its own mention
  EXPECT_EQ(rows.mentions[1].target_name, "Damascus");  // a canonical name wins
}

TEST(Dedup, Rule) {
  EXPECT_TRUE(cameo_compatible("193", "1931"));
  EXPECT_TRUE(cameo_compatible("111", "112"));
  EXPECT_TRUE(cameo_compatible("19", "1951"));
  EXPECT_FALSE(cameo_compatible("112", "0112"));
  EXPECT_FALSE(cameo_compatible("19", "18"));
  EXPECT_FALSE(cameo_compatible("1", "1"));
  EXPECT_TRUE(dates_compatible(DayRange{10, 10}, DayRange{11, 11}));
  EXPECT_FALSE(dates_compatible(DayRange{10, 10}, DayRange{12, 12}));
  EXPECT_TRUE(dates_compatible(DayRange{10, 16}, DayRange{16, 16}));
  EXPECT_FALSE(dates_compatible(DayRange{0, 30}, DayRange{10, 10}));
  EXPECT_TRUE(dates_compatible(DayRange{0, 30}, DayRange{0, 30}));
  EXPECT_TRUE(dates_compatible(std::nullopt, std::nullopt));
  EXPECT_FALSE(dates_compatible(std::nullopt, DayRange{1, 1}));
  EXPECT_TRUE(places_compatible("", "SYR"));
  EXPECT_FALSE(places_compatible("TUR", "SYR"));
}

TEST_P(StoreBackend, QuotesAndPlacesAreStoredAndLinked) {
  auto s = Store::open(target("quotes"));
  put(*s, quoted("a.txt", "Idlib", "SY"));
  StoreCounts c = s->counts();
  EXPECT_EQ(c.attributions, 1);
  EXPECT_EQ(c.places, 1);
  EXPECT_EQ(scalar(*s, "SELECT COUNT(*) FROM mentions m JOIN attributions q ON q.id = m.attribution_id "
                       "WHERE q.speaker_text = 'Peskov' AND q.cue = 'said' AND q.stance = 'assert'"),
            1);
  EXPECT_EQ(scalar(*s, "SELECT COUNT(*) FROM events WHERE place_name = 'Idlib' AND place_country = 'SY' "
                       "AND place_lat > 35 AND place_lon < 37"),
            1);
  EXPECT_EQ(scalar(*s, "SELECT COUNT(*) FROM places WHERE text = 'Idlib' AND start_cp = 38 AND end_cp = 43"), 1);
  EXPECT_EQ(scalar(*s, "SELECT COUNT(*) FROM mentions WHERE place = 0"), 1);

  // The same condemnation placed in another country is another event; one without a place joins the first.
  put(*s, quoted("b.txt", "Ankara", "TR"));
  put(*s, quoted("c.txt", "", ""));
  EXPECT_EQ(scalar(*s, "SELECT COUNT(*) FROM events WHERE root = '11'"), 2);
  EXPECT_EQ(scalar(*s, "SELECT num_articles FROM events WHERE place_country = 'SY'"), 2);

  std::vector<QuoteView> found;
  list_quotes(s->connection(), QuoteFilter{"peskov", "", "", -1}, [&](const QuoteView& q) { found.push_back(q); });
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].doc_id, "a.txt");
  EXPECT_EQ(found[0].speaker_name, "Peskov");
  EXPECT_EQ(found[0].content, "Russia condemned Syria in Idlib .");
  EXPECT_EQ(found[0].events, 1);
  EXPECT_EQ(nlohmann::json::parse(found[0].record).at("type"), "quote");
  found.clear();
  list_quotes(s->connection(), QuoteFilter{"Lavrov", "", "", -1}, [&](const QuoteView& q) { found.push_back(q); });
  EXPECT_TRUE(found.empty());
  list_quotes(s->connection(), QuoteFilter{"", "2020-05-11", "", -1}, [&](const QuoteView& q) { found.push_back(q); });
  EXPECT_TRUE(found.empty());  // the documents are dated 2020-05-10

  // Replacing a document replaces its quotes and places; an unchanged one adds nothing.
  put(*s, quoted("a.txt", "Idlib", "SY"));
  EXPECT_EQ(s->counts().attributions, 3);
  put(*s, make_doc("a.txt", "Outlet a.txt", {"Turkey accused rebels ."},
                   {{0, "Turkey", "rebels", "accused", "112", "2020-05-12"}}));
  c = s->counts();
  EXPECT_EQ(c.attributions, 2);
  EXPECT_EQ(c.places, 1);
}

TEST_P(StoreBackend, ManyRowsPerDocumentAreWrittenInChunks) {
  // 100 sentences, 200 actors, 100 mentions: multi-row statements of 64 + 32 + 4 rows (chunked_statement.h).
  std::vector<std::string> sentences;
  std::vector<EventSpec> events;
  for (int i = 0; i < 100; ++i) {
    sentences.push_back("Russia met Syria " + std::to_string(i) + " .");
    events.push_back({i, "Russia", "Syria", "met", "040", "2020-05-10"});
  }
  auto s = Store::open(target("chunks"));
  const PutResult r = put(*s, make_doc("long.txt", "Outlet L", sentences, events));
  EXPECT_EQ(r.mentions, 100u);
  EXPECT_EQ(r.new_events, 1u);
  const StoreCounts c = s->counts();
  EXPECT_EQ(c.sentences, 100);
  EXPECT_EQ(c.actors, 200);
  EXPECT_EQ(c.mentions, 100);
  EXPECT_EQ(c.events, 1);
  EXPECT_EQ(scalar(*s, "SELECT num_mentions FROM events"), 100);
  // Every row is stored with its own values, in its place.
  EXPECT_EQ(scalar(*s, "SELECT COUNT(*) FROM sentences WHERE text = 'Russia met Syria ' || idx || ' .'"), 100);
  EXPECT_EQ(scalar(*s, "SELECT COUNT(*) FROM mentions WHERE sentence = idx AND source_actor = 2 * idx"), 100);
  EXPECT_EQ(scalar(*s, "SELECT COUNT(*) FROM actors WHERE (idx % 2 = 0 AND text = 'Russia') OR "
                       "(idx % 2 = 1 AND text = 'Syria')"),
            200);
  EXPECT_EQ(put(*s, make_doc("long.txt", "Outlet L", sentences, events)).kind, PutResult::Kind::unchanged);
  EXPECT_EQ(s->counts(), c);
}

TEST_P(StoreBackend, FailuresAreStoredOnce) {
  auto s = Store::open(target("failures"));
  for (int run = 0; run < 2; ++run) {
    s->begin_batch();
    s->add_failure("bad.html", 120, "no text");
    s->commit_batch();
  }
  EXPECT_EQ(s->counts().failures, 1);
}

TEST_P(StoreBackend, RejectsAnotherSchemaVersion) {
  const std::string path = target("version");
  { auto s = Store::open(path); }
  { Store::open(path)->connection().exec("UPDATE meta SET value = '999' WHERE key = 'schema_version'"); }
  EXPECT_THROW(Store::open(path), StoreError);
  EXPECT_THROW(Store::open(path, /*read_only=*/true), StoreError);
  const std::string empty = target("empty");
  if (GetParam() == "sqlite") { open_sqlite(empty)->exec("CREATE TABLE t (x INTEGER)"); }
  EXPECT_THROW(Store::open(empty, /*read_only=*/true), StoreError);  // not a dunlin store
}

// A corpus of generated articles for the ingestion tests: a few dyads, several outlets, dates over two weeks.
std::vector<Document> corpus(int n) {
  const char* verbs[] = {"condemned", "met", "accused", "attacked"};
  const char* cameos[] = {"111", "040", "112", "190"};
  std::vector<Document> docs;
  for (int i = 0; i < n; ++i) {
    const int v = i % 4;
    const std::string day = "2020-05-" + std::string(i % 14 < 9 ? "0" : "") + std::to_string(1 + i % 14);
    docs.push_back(make_doc("doc" + std::to_string(i) + ".txt", "Outlet " + std::to_string(i % 3),
                            {std::string("Russia ") + verbs[v] + " Syria .", "Turkey accused rebels today ."},
                            {{0, "Russia", "Syria", verbs[v], cameos[v], day},
                             {1, "Turkey", "rebels", "accused", "112", day}}));
  }
  return docs;
}

// With `failures`, doc7.txt fails to annotate and a file fails to read.
IngestProgress ingest_corpus(Store& s, const std::vector<Document>& docs, int threads, size_t batch,
                             bool failures = true) {
  IngestOptions options;
  options.threads = threads;
  options.batch_documents = batch;
  options.batch_seconds = 1e9;
  return ingest(
      s,
      [&](const auto& document, const auto& failure) {
        for (const Document& d : docs) document(Document(d));
        if (failures) failure("broken.warc", 4096, "truncated record");
      },
      [&](Document& d) {
        if (failures && d.source == "doc7.txt") throw std::runtime_error("annotator failed");
        return make_rows(d, codes());
      },
      options);
}

TEST_P(IngestBackend, SameResultWhateverTheThreads) {
  const std::vector<Document> docs = corpus(60);
  auto one = Store::open(target("threads1"));
  auto three = Store::open(target("threads3"));
  const IngestProgress p = ingest_corpus(*one, docs, 1, 7);
  ingest_corpus(*three, docs, 3, 5);
  EXPECT_EQ(p.documents, 61);
  EXPECT_EQ(p.added, 59);
  EXPECT_EQ(p.failures, 2);
  EXPECT_EQ(one->counts(), three->counts());
  EXPECT_EQ(event_dump(*one), event_dump(*three));
  EXPECT_EQ(one->counts().failures, 2);
  EXPECT_EQ(scalar(*one, "SELECT COUNT(*) FROM failures WHERE source = 'doc7.txt' AND reason = 'annotator failed'"), 1);
  // Again: nothing new.
  const StoreCounts before = one->counts();
  const IngestProgress again = ingest_corpus(*one, docs, 2, 7);
  EXPECT_EQ(again.unchanged, 59);
  EXPECT_EQ(one->counts(), before);
}

TEST_P(IngestBackend, StoredDocumentsAreSkippedBeforeAnnotation) {
  const std::vector<Document> docs = corpus(30);
  const std::string path = target("skip");
  auto s = Store::open(path);
  auto lookup = Store::open(path, /*read_only=*/true);  // a second connection, as `dunlin ingest` opens
  std::atomic<int> annotated{0};
  IngestOptions options;
  options.threads = 2;
  options.batch_documents = 8;
  options.already_stored = [&](const Document& d) { return lookup->has_content(content_hash(d)); };
  auto run = [&] {
    return ingest(
        *s, [&](const auto& document, const auto&) { for (const Document& d : docs) document(Document(d)); },
        [&](Document& d) {
          ++annotated;
          return make_rows(d, codes());
        },
        options);
  };
  const IngestProgress first = run();
  EXPECT_EQ(first.added, 30);
  EXPECT_EQ(annotated.load(), 30);
  const StoreCounts before = s->counts();
  const IngestProgress second = run();
  EXPECT_EQ(second.documents, 30);
  EXPECT_EQ(second.unchanged, 30);
  EXPECT_EQ(second.added, 0);
  EXPECT_EQ(annotated.load(), 30);  // none annotated again
  EXPECT_EQ(s->counts(), before);
}

// A child process stores the corpus, committing every 10 documents, and is killed (SIGKILL) halfway through a
// batch. The file holds exactly the committed batches; a re-run completes it to what a clean run stores.
TEST_P(IngestBackend, KilledMidBatchThenResumed) {
  const std::vector<Document> docs = corpus(40);
  const std::string path = target("crash");
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    auto s = Store::open(path);
    s->begin_batch();
    for (int i = 0; i < 25; ++i) {
      s->put(make_rows(docs[i], codes()));
      if (i % 10 == 9) {
        s->commit_batch();
        s->begin_batch();
      }
    }
    ::kill(::getpid(), SIGKILL);  // documents 20..24 are in an open transaction
    _exit(0);
  }
  int wstatus = 0;
  ASSERT_EQ(waitpid(child, &wstatus, 0), child);
  ASSERT_TRUE(WIFSIGNALED(wstatus) && WTERMSIG(wstatus) == SIGKILL);
  {
    auto s = Store::open(path);
    EXPECT_EQ(s->counts().documents, 20);
    EXPECT_EQ(scalar(*s, "SELECT COUNT(*) FROM mentions"), 40);
  }
  auto resumed = Store::open(path);
  ingest_corpus(*resumed, docs, 2, 10, false);
  auto clean = Store::open(target("crash-clean"));
  ingest_corpus(*clean, docs, 2, 10, false);
  EXPECT_EQ(resumed->counts(), clean->counts());
  EXPECT_EQ(event_dump(*resumed), event_dump(*clean));
}

// The same, killed at an arbitrary moment by its parent while ingest() runs on two workers.
TEST_P(IngestBackend, KilledAtAnyMomentThenResumed) {
  const std::vector<Document> docs = corpus(400);
  const std::string path = target("crash-any");
  { Store::open(path); }  // the schema exists before the child starts
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    auto s = Store::open(path);
    ingest_corpus(*s, docs, 2, 3);
    _exit(0);
  }
  // Wait until some batches are in, then kill.
  for (int i = 0; i < 2000; ++i) {
    auto s = Store::open(path, /*read_only=*/true);
    if (s->counts().documents >= 30) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  ::kill(child, SIGKILL);
  int wstatus = 0;
  ASSERT_EQ(waitpid(child, &wstatus, 0), child);
  auto resumed = Store::open(path);
  const int64_t before = resumed->counts().documents;
  EXPECT_GE(before, 30);
  ingest_corpus(*resumed, docs, 2, 10);
  auto clean = Store::open(target("crash-any-clean"));
  ingest_corpus(*clean, docs, 2, 10);
  EXPECT_EQ(resumed->counts(), clean->counts());
  EXPECT_EQ(event_dump(*resumed), event_dump(*clean));
}

}  // namespace
}  // namespace dunlin::store
