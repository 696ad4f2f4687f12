// The store commands as users run them: dyads, actors, events and export on a store built in the test, and (with
// the shipped NLP models) ingest of a few articles written for the test, twice.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <vector>
#include <nlohmann/json.hpp>

#include "dunlin/resources.h"
#include "dunlin/store/store.h"
#include "cli_test_util.h"
#include "store_test_util.h"

namespace dunlin::store {
namespace {

using Output = dunlin::testing::CommandResult;
Output run_cli(const std::string& args) { return dunlin::testing::run_dunlin(args); }

std::string built_store() {
  const std::string path = store_test::temp_db("cli");
  const CameoCodes codes = CameoCodes::load(find_resource("data/events/cameo.tsv").string());
  auto s = Store::open(path);
  s->begin_batch();
  s->put(make_rows(store_test::make_doc("a.txt", "A", {"Russia condemned Syria ."},
                                        {{0, "Russia", "Syria", "condemned", "111", "2020-05-10"}}),
                   codes));
  s->put(make_rows(store_test::make_doc("b.txt", "B", {"Russia bombed Syria ."},
                                        {{0, "Russia", "Syria", "bombed", "195", "2020-07-01"}}),
                   codes));
  s->commit_batch();
  return path;
}

TEST(StoreCli, QueriesAndExports) {
  const std::string db = built_store();
  Output dyads = run_cli("dyads --db " + db + " --source RUS --target SYR --by month");
  EXPECT_EQ(dyads.status, 0);
  EXPECT_EQ(dyads.out,
            "period,events,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,goldstein_sum,"
            "goldstein_mean\n2020-05,1,0,0,1,0,-2.0,-2.00\n2020-06,0,0,0,0,0,0.0,\n2020-07,1,0,0,0,1,-10.0,-10.00\n");
  Output json = run_cli("dyads --db " + db + " --source RUS --target SYR --by month --format json");
  EXPECT_EQ(json.status, 0);
  EXPECT_EQ(nlohmann::json::parse(json.out.substr(0, json.out.find('\n')))["verbal_conflict"], 1);

  Output actors = run_cli("actors --db " + db + " --top 1");
  EXPECT_EQ(actors.out, "code,name,events,as_source,as_target\nRUS,Russia,2,2,0\n");

  Output events = run_cli("events --db " + db + " --actor russia --since 2020-06-01 --root 19");
  EXPECT_EQ(events.status, 0);
  EXPECT_NE(events.out.find(",195,19,"), std::string::npos) << events.out;
  EXPECT_EQ(std::count(events.out.begin(), events.out.end(), '\n'), 2);

  for (const char* format : {"gdelt", "plover", "csv", "jsonl"}) {
    Output e = run_cli(std::string("export --db ") + db + " --format " + format);
    EXPECT_EQ(e.status, 0) << format;
    EXPECT_EQ(std::count(e.out.begin(), e.out.end(), '\n'), std::string(format) == "csv" ? 3 : 2) << format;
  }
  EXPECT_EQ(run_cli("dyads --db /nonexistent/dunlin.db").status, 2);
}

// Needs the shipped models: three short articles written for this test, ingested twice.
TEST(StoreCli, QuotesBySpeaker) {
  const std::string path = store_test::temp_db("cli-quotes");
  {
    const CameoCodes codes = CameoCodes::load(find_resource("data/events/cameo.tsv").string());
    auto s = Store::open(path);
    s->begin_batch();
    s->put(make_rows(store_test::quoted("a.txt", "Idlib", "SY"), codes));
    s->commit_batch();
  }
  Output csv = run_cli("quotes --db " + path + " --speaker PESKOV");
  ASSERT_EQ(csv.status, 0);
  EXPECT_EQ(csv.out,
            "quote_id,doc_id,date,outlet,url,speaker,speaker_code,speaker_text,cue,stance,direct,anonymous,events,"
            "content\n1,a.txt,2020-05-10,Outlet a.txt,,Peskov,,Peskov,said,assert,0,0,1,Russia condemned Syria in "
            "Idlib .\n");
  Output jsonl = run_cli("quotes --db " + path + " --speaker peskov --format jsonl");
  ASSERT_EQ(jsonl.status, 0);
  const nlohmann::json j = nlohmann::json::parse(jsonl.out);
  EXPECT_EQ(j.at("type"), "quote");
  EXPECT_EQ(j.at("speaker").at("text"), "Peskov");
  EXPECT_EQ(j.at("content").at("text"), "Russia condemned Syria in Idlib .");
  EXPECT_EQ(j.at("events"), 1);
  Output none = run_cli("quotes --db " + path + " --speaker Lavrov");
  EXPECT_EQ(none.out.find('\n'), none.out.size() - 1);  // the header only
}

TEST(StoreCli, IngestEndToEnd) {
  if (!std::filesystem::exists(std::string(DUNLIN_SOURCE_DIR) + "/models/tagger.bin"))
    GTEST_SKIP() << "models/tagger.bin is absent: the end-to-end ingest test needs the shipped NLP models";
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("dunlin_store_cli_news-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "one.txt") << "Title: Ministers meet\nDate: 2021-03-02\n\n"
                                    "Turkish Foreign Minister Mevlut Cavusoglu met Greek Foreign Minister Nikos "
                                    "Dendias in Ankara on Monday.\n";
  std::ofstream(dir / "two.txt") << "Title: Talks\nDate: 2021-03-02\n\n"
                                    "Greece and Turkey held talks in Ankara on Monday, officials said.\n";
  std::ofstream(dir / "three.txt") << "Title: Strike\nDate: 2021-03-05\n\n"
                                      "Russian warplanes bombed rebel positions in Idlib on Thursday.\n";
  const std::string db = store_test::temp_db("cli-ingest");
  Output first = run_cli("ingest --db " + db + " --threads 2 " + dir.string());
  EXPECT_EQ(first.status, 0);
  StoreCounts c1, c2;
  { c1 = Store::open(db, true)->counts(); }
  EXPECT_EQ(c1.documents, 3);
  Output second = run_cli("ingest --db " + db + " " + dir.string());
  EXPECT_EQ(second.status, 0);
  { c2 = Store::open(db, true)->counts(); }
  EXPECT_EQ(c1, c2);
}

TEST(StoreCli, IngestCsvRecordsBadRowsAsFailures) {
  if (!std::filesystem::exists(std::string(DUNLIN_SOURCE_DIR) + "/models/tagger.bin"))
    GTEST_SKIP() << "models/tagger.bin is absent: the ingest test needs the shipped NLP models";
  const std::string csv = std::string(DUNLIN_TEST_DATA) + "/read/news.csv";
  const std::string db = store_test::temp_db("cli-csv");
  EXPECT_EQ(run_cli("ingest --db " + db + " --threads 1 " + csv).status, 1);  // 1: some rows failed
  auto s = Store::open(db, true);
  const StoreCounts c = s->counts();
  EXPECT_EQ(c.documents, 4);
  EXPECT_EQ(c.failures, 3);
  auto q = s->connection().prepare("SELECT position, reason FROM failures ORDER BY position");
  std::vector<std::string> reasons;
  while (q->step()) reasons.push_back(std::to_string(q->int64(0)) + " " + q->text(1).substr(0, 7));
  EXPECT_EQ(reasons, (std::vector<std::string>{"387 line 6:", "484 line 7:", "540 line 8:"}));
  auto d = s->connection().prepare("SELECT doc_id, date, outlet FROM documents ORDER BY id");
  std::vector<std::string> docs;
  while (d->step()) docs.push_back(d->text(0) + " " + d->text(1) + " " + d->text(2));
  EXPECT_EQ(docs, (std::vector<std::string>{"101 2021-03-02 Wire One", "102 2021-03-03 Wire One",
                                            "106 2017-04-05 Wire Three", "107 2020-12-25 Wire Three"}));
  // Again: nothing new, and the failures are not stored twice.
  run_cli("ingest --db " + db + " " + csv);
  EXPECT_EQ(Store::open(db, true)->counts(), c);
}

}  // namespace
}  // namespace dunlin::store
