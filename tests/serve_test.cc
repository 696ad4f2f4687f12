// `dunlin serve`: HTML escaping and highlighted evidence (pure functions), then the server itself on a loopback
// port over a small SQLite store: pages, JSON API, and the errors a user can cause (bad date, unknown event,
// missing store).
#include <gtest/gtest.h>
#include <httplib.h>

#include <nlohmann/json.hpp>
#include <thread>

#include "dunlin/resources.h"
#include "dunlin/serve/browse_server.h"
#include "dunlin/serve/html.h"
#include "dunlin/serve/pages.h"
#include "dunlin/store/document_rows.h"
#include "dunlin/store/store.h"
#include "cli_test_util.h"
#include "store_test_util.h"

namespace dunlin::serve {
namespace {

const CameoCodes& codes() {
  static const CameoCodes c = CameoCodes::load(find_resource("data/events/cameo.tsv").string());
  return c;
}

TEST(ServeHtml, EscapesTextAndEncodesQueries) {
  EXPECT_EQ(html_escape("<a href=\"x\">Tom & Jerry's</a>"),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
  EXPECT_EQ(url_encode("RUS GOV/é"), "RUS%20GOV%2F%C3%A9");
  EXPECT_EQ(query_string({{"actor", "RUS"}, {"root", ""}, {"since", "2020-05-01"}}), "?actor=RUS&since=2020-05-01");
  EXPECT_EQ(query_string({{"root", ""}}), "");
}

TEST(ServeHtml, HighlightMarksSpansInCodePoints) {
  // "Ankara" starts at code point 12 although "Ménétrier" takes 11 bytes for 9 code points.
  const std::string text = "Ménétrier & Ankara met.";
  EXPECT_EQ(highlight(text, {{0, 9, "source", "source FRA"}, {12, 18, "target", ""}}),
            "<mark class=\"source\" title=\"source FRA\">Ménétrier</mark> &amp; "
            "<mark class=\"target\">Ankara</mark> met.");
}

TEST(ServeHtml, HighlightNestedAndOverlappingMarksAndClipping) {
  // A target that holds a place, and a mark past the end that is clipped; an empty mark is dropped.
  const std::string text = "talks in Athens";
  EXPECT_EQ(highlight(text, {{0, 15, "target", ""}, {9, 40, "place", "place Athens"}, {3, 3, "verb", ""}}),
            "<mark class=\"target\">talks in </mark><mark class=\"target place\" title=\"place Athens\">Athens</mark>");
  EXPECT_EQ(highlight("a<b", {}), "a&lt;b");
}

TEST(ServePages, MentionEvidenceMarksTheRecordsSpansAndTheClaim) {
  // Spans are document code points; the sentence starts at 100.
  const auto record = nlohmann::json::parse(R"({
    "start": 100, "end": 131, "evidence": "Ankara accused Athens on Monday.", "cameo": "112", "date": "2021-06-07",
    "negated": true, "modality": "asserted",
    "source": {"start": 100, "end": 106, "code": "TURGOV"}, "verb": {"start": 107, "end": 114},
    "target": {"start": 115, "end": 121, "code": "GRCGOV"}, "date_text": {"start": 122, "end": 131},
    "location": {"start": 5, "end": 10, "name": "Izmir"},
    "attribution": {"speaker": {"text": "a diplomat", "code": "GRC"}, "cue": {"text": "said"}, "anonymous": true,
                    "stance": "deny"}})");
  const std::string html = mention_evidence(record);
  EXPECT_NE(html.find("<mark class=\"source\" title=\"source TURGOV\">Ankara</mark>"), std::string::npos) << html;
  EXPECT_NE(html.find("<mark class=\"verb\" title=\"CAMEO 112\">accused</mark>"), std::string::npos) << html;
  EXPECT_NE(html.find("<mark class=\"target\" title=\"target GRCGOV\">Athens</mark>"), std::string::npos) << html;
  EXPECT_NE(html.find("<mark class=\"date\" title=\"date 2021-06-07\">on Monday</mark>"), std::string::npos) << html;
  EXPECT_EQ(html.find("Izmir"), std::string::npos) << "a place outside the sentence is not marked";
  EXPECT_NE(html.find(">negated<"), std::string::npos);
  EXPECT_NE(html.find("claimed by <b>a diplomat</b> (GRC), anonymous"), std::string::npos) << html;
  EXPECT_NE(html.find("stance deny"), std::string::npos);
}

TEST(ServePages, APlaceThatIsTheTargetsCountryIsMarkedOnlyAsTheTarget) {
  const auto record = nlohmann::json::parse(R"({"start": 0, "end": 20, "evidence": "Athens praised Rome.",
    "source": {"start": 0, "end": 6, "code": "GRC"}, "verb": {"start": 7, "end": 14},
    "target": {"start": 15, "end": 19, "code": "ITA"},
    "location": {"start": 15, "end": 19, "name": "Italy", "source": "target_country"}})");
  const std::string html = mention_evidence(record);
  EXPECT_NE(html.find("<mark class=\"target\" title=\"target ITA\">Rome</mark>"), std::string::npos) << html;
  EXPECT_EQ(html.find("place"), std::string::npos) << html;
}

TEST(ServePages, DocumentReportListsEventsWithEvidenceAndQuotes) {
  const auto event = nlohmann::json::parse(R"({"start": 0, "end": 20, "evidence": "Athens praised Rome.",
    "cameo": "051", "cameo_name": "Praise or endorse", "date": "2021-06-01",
    "source": {"start": 0, "end": 6, "code": "GRC"}, "verb": {"start": 7, "end": 14},
    "target": {"start": 15, "end": 19, "code": "ITA"}})");
  const auto quote = nlohmann::json::parse(R"({"speaker": {"text": "A diplomat", "code": "GRCGOV"}, "anonymous": true,
    "cue": {"text": "said"}, "content": {"text": "the talks went well"}, "direct": true, "stance": "assert"})");
  const std::string html = document_report("Talks <resume>", "2021-06-01", "https://example.org/a?b=1&c=2",
                                           {event}, {quote});
  EXPECT_NE(html.find("<h2>Talks &lt;resume&gt;</h2>"), std::string::npos) << html;
  EXPECT_NE(html.find("href=\"https://example.org/a?b=1&amp;c=2\""), std::string::npos);
  EXPECT_NE(html.find("1 events, 1 quotes"), std::string::npos);
  EXPECT_NE(html.find("GRC → 051 Praise or endorse → ITA · 2021-06-01"), std::string::npos) << html;
  EXPECT_NE(html.find("<mark class=\"verb\" title=\"CAMEO 051\">praised</mark>"), std::string::npos);
  EXPECT_NE(html.find("<td>A diplomat [GRCGOV], anonymous</td><td>said</td><td>assert</td>"
                      "<td>“the talks went well”</td>"),
            std::string::npos)
      << html;
}

TEST(ServePages, DayRangesAndEmptyTables) {
  EXPECT_EQ(day_range(std::nullopt, std::nullopt), "undated");
  EXPECT_EQ(day_range(18393, 18393), "2020-05-11");
  EXPECT_EQ(day_range(18393, 18395), "2020-05-11 – 2020-05-13");
  EXPECT_NE(events_table({}, codes()).find("No stored event"), std::string::npos);
  EXPECT_EQ(dyads_chart({}), "");
}

// A server on a free loopback port over a store with two articles, stopped when the test ends.
class ServeServer : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = store_test::temp_db("serve");
    auto s = store::Store::open(db_);
    s->begin_batch();
    s->put(store::make_rows(store_test::make_doc("a.txt", "Outlet A", {"Russia condemned Syria .", "Moscow met Ankara ."},
                                                 {{0, "Russia", "Syria", "condemned", "111", "2020-05-10"},
                                                  {1, "Moscow", "Ankara", "met", "040", "2020-05-12"}}),
                           codes()));
    s->put(store::make_rows(store_test::quoted("b.txt", "Latakia", "SY"), codes()));
    s->commit_batch();
    start(db_);
  }
  void start(const std::string& db) {
    server_ = std::make_unique<BrowseServer>(db, codes());
    port_ = server_->bind("127.0.0.1", 0);
    thread_ = std::thread([this] { server_->run(); });
    client_ = std::make_unique<httplib::Client>("127.0.0.1", port_);
  }
  void TearDown() override {
    if (server_) server_->stop();
    if (thread_.joinable()) thread_.join();
  }
  httplib::Result get(const std::string& path) { return client_->Get(path); }

  std::string db_;
  std::unique_ptr<BrowseServer> server_;
  std::thread thread_;
  int port_ = 0;
  std::unique_ptr<httplib::Client> client_;
};

TEST_F(ServeServer, EventsPageListsAndFilters) {
  auto all = get("/");
  ASSERT_TRUE(all) << "no answer from the server";
  EXPECT_EQ(all->status, 200);
  EXPECT_NE(all->get_header_value("Content-Type").find("text/html"), std::string::npos);
  EXPECT_NE(all->body.find("111 Criticize or denounce"), std::string::npos) << all->body;
  EXPECT_NE(all->body.find("040 Consult"), std::string::npos);
  auto filtered = get("/?root=04&since=2020-05-11");
  ASSERT_TRUE(filtered);
  EXPECT_EQ(filtered->body.find("111 Criticize"), std::string::npos);
  EXPECT_NE(filtered->body.find("040 Consult"), std::string::npos);
  EXPECT_NE(filtered->body.find("value=\"2020-05-11\""), std::string::npos) << "the form shows the filter back";
}

TEST_F(ServeServer, EventPageHighlightsEveryMention) {
  auto api = get("/api/events?root=11");
  ASSERT_TRUE(api);
  const auto events = nlohmann::json::parse(api->body);
  ASSERT_GE(events.size(), 1u);
  const int64_t id = events[0]["id"];
  auto page = get("/events/" + std::to_string(id));
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("<mark class=\"source\" title=\"source RUS\">Russia</mark>"), std::string::npos)
      << page->body;
  EXPECT_NE(page->body.find("<mark class=\"verb\" title=\"CAMEO 111\">condemned</mark>"), std::string::npos);
  EXPECT_NE(page->body.find("<mark class=\"target\" title=\"target SYR\">Syria</mark>"), std::string::npos);
  EXPECT_NE(page->body.find("claimed by <b>Peskov</b>"), std::string::npos) << "the quoted article's mention";
  EXPECT_NE(page->body.find("stated by the article"), std::string::npos) << "the unquoted article's mention";
  auto detail = get("/api/events/" + std::to_string(id));
  ASSERT_TRUE(detail);
  const auto j = nlohmann::json::parse(detail->body);
  EXPECT_EQ(j["cameo_name"], "Criticize or denounce");
  EXPECT_EQ(j["mentions"].size(), 2u);
  EXPECT_EQ(j["mentions"][0]["record"]["verb"]["text"], "condemned");
}

TEST_F(ServeServer, DyadsQuotesAndActors) {
  auto dyads = get("/api/dyads?source=RUS&target=SYR&by=day");
  ASSERT_TRUE(dyads);
  const auto d = nlohmann::json::parse(dyads->body);
  ASSERT_EQ(d["periods"].size(), 1u);
  EXPECT_EQ(d["periods"][0]["period"], "2020-05-10");
  EXPECT_EQ(d["periods"][0]["quad"][2], 1);  // verbal conflict
  auto chart = get("/dyads?source=RUS&target=SYR");
  ASSERT_TRUE(chart);
  EXPECT_NE(chart->body.find("<svg"), std::string::npos);
  EXPECT_NE(chart->body.find("class=\"q3\""), std::string::npos);
  auto quotes = get("/api/quotes?speaker=Peskov");
  ASSERT_TRUE(quotes);
  const auto q = nlohmann::json::parse(quotes->body);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0]["events"], 1);
  auto network = get("/network?level=actor");
  ASSERT_TRUE(network);
  EXPECT_NE(network->body.find("<a href=\"/dyads?source=RUS&amp;target=SYR\">1</a>"), std::string::npos)
      << network->body;
  auto edges = get("/api/network");
  ASSERT_TRUE(edges);
  EXPECT_EQ(nlohmann::json::parse(edges->body)[0]["source"], "RUS");
  auto actors = get("/actors");
  ASSERT_TRUE(actors);
  EXPECT_NE(actors->body.find("<a href=\"/?actor=RUS\">RUS</a>"), std::string::npos) << actors->body;
}

TEST_F(ServeServer, UserErrorsGetClearAnswers) {
  auto bad_day = get("/?since=2020-13-01");
  ASSERT_TRUE(bad_day);
  EXPECT_EQ(bad_day->status, 400);
  EXPECT_NE(bad_day->body.find("since must be YYYY-MM-DD, not &#39;2020-13-01&#39;"), std::string::npos)
      << bad_day->body;
  auto bad_api = get("/api/events?limit=lots");
  ASSERT_TRUE(bad_api);
  EXPECT_EQ(bad_api->status, 400);
  EXPECT_EQ(nlohmann::json::parse(bad_api->body)["status"], 400);
  auto bad_period = get("/api/dyads?by=fortnight");
  ASSERT_TRUE(bad_period);
  EXPECT_EQ(bad_period->status, 400);
  auto unknown = get("/events/987654");
  ASSERT_TRUE(unknown);
  EXPECT_EQ(unknown->status, 404);
  auto nowhere = get("/no/such/page");
  ASSERT_TRUE(nowhere);
  EXPECT_EQ(nowhere->status, 404);
}

TEST_F(ServeServer, AStoreThatCannotBeReadIsAServerErrorNotACrash) {
  TearDown();
  start(db_ + ".missing");
  auto page = get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 500);
  EXPECT_NE(page->body.find(".missing"), std::string::npos) << "the error names the store: " << page->body;
}

// A stop() that comes before the server's loop has begun is not lost (it used to be: run() then never returned).
TEST(ServeLifecycle, AStopBeforeOrWhileStartingIsNotLost) {
  {
    BrowseServer server("unused.db", codes());
    server.bind("127.0.0.1", 0);
    server.stop();
    server.run();  // returns at once
  }
  for (int i = 0; i < 20; ++i) {  // stop() racing the loop's start on another thread
    BrowseServer server("unused.db", codes());
    server.bind("127.0.0.1", 0);
    std::thread t([&] { server.run(); });
    server.stop();
    t.join();
  }
}

TEST(ServeCli, CodeWritesAStandAloneHtmlReport) {
  const std::string article = std::string(DUNLIN_SOURCE_DIR) + "/examples/envoys-2021-06-01.txt";
  const auto r = dunlin::testing::run_dunlin("code --format html " + article);
  ASSERT_EQ(r.status, 0);
  EXPECT_EQ(r.out.rfind("<!doctype html>", 0), 0u);
  EXPECT_EQ(r.out.find("<nav>"), std::string::npos) << "a stand-alone report has no server navigation";
  EXPECT_NE(r.out.find("<section><h2>"), std::string::npos);
  EXPECT_NE(r.out.find("<mark class=\"verb\""), std::string::npos);
  EXPECT_NE(r.out.find("</html>"), std::string::npos);
}

TEST(ServeCli, AMissingStoreIsAnErrorBeforeServing) {
  const auto r = dunlin::testing::run_dunlin("serve --port 0 --db /nonexistent/dunlin-serve-test.db", dunlin::testing::Stderr::merge);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find("/nonexistent/dunlin-serve-test.db: no such store"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace dunlin::serve
