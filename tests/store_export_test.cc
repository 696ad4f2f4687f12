// Queries and exports of the event store, each read back by a parser: GDELT TSV (61 columns), PLOVER JSON Lines,
// CSV (RFC 4180, with quoted fields), JSON Lines of mentions; dyad series, top actors, event filters.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>

#include "dunlin/resources.h"
#include "dunlin/store/export.h"
#include "dunlin/store/network.h"
#include "dunlin/store/queries.h"
#include "dunlin/store/store.h"
#include "store_test_util.h"

namespace dunlin::store {
namespace {

using store_test::make_doc;

class StoreExportBackend : public store_test::BackendTest {};
class StoreQueriesBackend : public store_test::BackendTest {};
INSTANTIATE_TEST_SUITE_P(Backends, StoreExportBackend, ::testing::Values("sqlite", "postgresql"),
                         store_test::backend_name);
INSTANTIATE_TEST_SUITE_P(Backends, StoreQueriesBackend, ::testing::Values("sqlite", "postgresql"),
                         store_test::backend_name);

const CameoCodes& codes() {
  static const CameoCodes c = CameoCodes::load(find_resource("data/events/cameo.tsv").string());
  return c;
}

// A small store: RUS -> SYR in May and July 2020 (none in June), a meeting, a quoted name with a comma.
std::unique_ptr<Store> sample_store(const std::string& target) {
  auto s = Store::open(target);
  std::map<std::string, std::string> c = store_test::default_codes();
  s->begin_batch();
  auto add = [&](Document doc) { s->put(make_rows(doc, codes())); };
  add(make_doc("a.txt", "Outlet A", {"Russia condemned Syria .", "Moscow met Ankara ."},
               {{0, "Russia", "Syria", "condemned", "111", "2020-05-10"},
                {1, "Moscow", "Ankara", "met", "040", "2020-05-10"}}));
  add(make_doc("b.txt", "Outlet B", {"Russia bombed Syria ."}, {{0, "Russia", "Syria", "bombed", "195", "2020-05-20"}}));
  add(make_doc("c.txt", "Outlet B", {"Russia bombed Syria again ."},
               {{0, "Russia", "Syria", "bombed", "195", "2020-05-21"}}));  // joins b.txt's event
  add(make_doc("d.txt", "Outlet C", {"Russia praised Syria .", "Russia yielded to Syria ."},
               {{0, "Russia", "Syria", "praised", "051", "2020-07-02"},
                {1, "Russia", "Syria", "yielded", "08", "2020-07-02"}}));
  Document quoted = make_doc("e.txt", "Outlet \"E\", Ltd", {"Damascus accused rebels ."},
                             {{0, "Damascus", "rebels", "accused", "112", "2020-07-03"}});
  quoted.actors.actors[0].name = "Government of Syria, \"Damascus\"";
  quoted.url = "https://example.org/news?id=5,6";
  add(quoted);
  s->commit_batch();
  return s;
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out(1);
  for (char c : s) {
    if (c == sep)
      out.emplace_back();
    else
      out.back() += c;
  }
  return out;
}

// RFC 4180 records (quoted fields may hold commas, quotes and line breaks).
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row(1);
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        row.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        row.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row.emplace_back();
    } else if (c == '\n') {
      rows.push_back(row);
      row.assign(1, "");
    } else {
      row.back() += c;
    }
  }
  EXPECT_FALSE(quoted);
  return rows;
}

std::string export_text(Store& s, ExportFormat f, ExportStats* stats = nullptr, const EventFilter& filter = {}) {
  std::ostringstream out;
  const ExportStats st = write_export(s.connection(), f, codes(), out, filter);
  if (stats) *stats = st;
  return out.str();
}

TEST_P(StoreExportBackend, GdeltHas61ColumnsPerRow) {
  auto s = sample_store(target("gdelt"));
  const auto rows = lines(export_text(*s, ExportFormat::gdelt));
  ASSERT_EQ(rows.size(), 6u);  // 111, 040, 195 (two mentions), 051, 08, 112
  for (const std::string& row : rows) EXPECT_EQ(split(row, '\t').size(), 61u) << row;
  bool found = false;
  for (const std::string& row : rows) {
    const auto f = split(row, '\t');
    if (f[26] != "195") continue;
    found = true;
    EXPECT_EQ(f[1], "20200520");   // SQLDATE
    EXPECT_EQ(f[2], "202005");     // MonthYear
    EXPECT_EQ(f[3], "2020");       // Year
    EXPECT_EQ(f[5], "RUS");        // Actor1Code
    EXPECT_EQ(f[7], "RUS");        // Actor1CountryCode
    EXPECT_EQ(f[15], "SYR");       // Actor2Code
    EXPECT_EQ(f[25], "1");         // IsRootEvent: in the first paragraph
    EXPECT_EQ(f[27], "195");       // EventBaseCode
    EXPECT_EQ(f[28], "19");        // EventRootCode
    EXPECT_EQ(f[29], "4");         // QuadClass
    EXPECT_EQ(f[31], "2");         // NumMentions
    EXPECT_EQ(f[32], "1");         // NumSources (both in Outlet B)
    EXPECT_EQ(f[33], "2");         // NumArticles
    EXPECT_EQ(f[59].size(), 14u);  // DATEADDED YYYYMMDDHHMMSS
  }
  EXPECT_TRUE(found);
}

TEST_P(StoreExportBackend, PloverJsonLinesParse) {
  auto s = sample_store(target("plover"));
  ExportStats stats;
  const auto rows = lines(export_text(*s, ExportFormat::plover, &stats));
  // 111 and 112 ACCUSE, 040 CONSULT, 195 ASSAULT, 051 SUPPORT; the bare root 08 maps to CONCEDE|RETREAT: left out.
  EXPECT_EQ(static_cast<int64_t>(rows.size()), stats.rows);
  EXPECT_EQ(stats.rows, 5);
  EXPECT_EQ(stats.skipped, 1);
  for (const std::string& row : rows) {
    const auto j = nlohmann::json::parse(row);
    EXPECT_TRUE(is_plover_event_type(j.at("event_type").get<std::string>())) << row;
    EXPECT_TRUE(j.at("contexts").is_array());
    EXPECT_TRUE(j.contains("actor_country") && j.contains("recipient_country") && j.contains("event_mode"));
    if (j["cameo"] == "195") {
      EXPECT_EQ(j["event_type"], "ASSAULT");
      EXPECT_EQ(j["actor_country"], "RUS");
      EXPECT_EQ(j["recipient_country"], "SYR");
      EXPECT_EQ(j["event_date"], "2020-05-20");
      EXPECT_EQ(j["num_mentions"], 2);
    }
  }
}

TEST_P(StoreExportBackend, CsvReadsBackWithQuotedFields) {
  auto s = sample_store(target("csv"));
  const auto rows = parse_csv(export_text(*s, ExportFormat::csv));
  ASSERT_EQ(rows.size(), 7u);  // header + 6 events
  const size_t columns = rows[0].size();
  EXPECT_EQ(rows[0][0], "event_id");
  for (const auto& r : rows) EXPECT_EQ(r.size(), columns);
  bool quoted = false;
  for (const auto& r : rows)
    if (r[5] == "Government of Syria, \"Damascus\"") {
      quoted = true;
      EXPECT_EQ(r.back(), "https://example.org/news?id=5,6");
      EXPECT_EQ(r[12], "112");
    }
  EXPECT_TRUE(quoted);
}

TEST_P(StoreExportBackend, JsonlIsTheCodeRecordPlusItsEvent) {
  auto s = sample_store(target("jsonl"));
  const auto rows = lines(export_text(*s, ExportFormat::jsonl));
  ASSERT_EQ(rows.size(), 7u);  // every mention of every event
  int in_bombing = 0;
  for (const std::string& row : rows) {
    const auto j = nlohmann::json::parse(row);
    EXPECT_EQ(j["type"], "event");
    EXPECT_TRUE(j.contains("evidence") && j.contains("source") && j.contains("verb"));
    EXPECT_GT(j["event"]["id"].get<int64_t>(), 0);
    if (j["cameo"] == "195") {
      ++in_bombing;
      EXPECT_EQ(j["event"]["num_articles"], 2);
    }
  }
  EXPECT_EQ(in_bombing, 2);
}

TEST_P(StoreQueriesBackend, DyadSeriesByMonthFillsGaps) {
  auto s = sample_store(target("dyads"));
  std::vector<DyadRow> rows;
  const int64_t undated = dyad_series(s->connection(), {"RUS", "SYR", Period::month},
                                      [&](const DyadRow& r) { rows.push_back(r); });
  EXPECT_EQ(undated, 0);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].period, "2020-05");
  EXPECT_EQ(rows[0].events, 2);  // 111 and 195 (the RUSGOV -> TURGOV meeting is another dyad)
  EXPECT_EQ(rows[0].quad[2], 1);
  EXPECT_EQ(rows[0].quad[3], 1);
  EXPECT_DOUBLE_EQ(rows[0].goldstein_sum, codes().find("111")->goldstein + codes().find("195")->goldstein);
  EXPECT_EQ(rows[1].period, "2020-06");
  EXPECT_EQ(rows[1].events, 0);
  EXPECT_EQ(rows[2].period, "2020-07");
  EXPECT_EQ(rows[2].events, 2);
  std::vector<DyadRow> weeks;
  dyad_series(s->connection(), {"RUS", "SYR", Period::week}, [&](const DyadRow& r) { weeks.push_back(r); });
  EXPECT_EQ(weeks.front().period, "2020-05-04");  // the Monday of 2020-05-10's week
  EXPECT_EQ(weeks.size(), 9u);                   // 4 May .. 29 June: nine weeks
}

TEST_P(StoreQueriesBackend, TopActorsAndEventFilters) {
  auto s = sample_store(target("actors"));
  std::vector<ActorCount> top;
  top_actors(s->connection(), 2, [&](const ActorCount& r) { top.push_back(r); });
  ASSERT_EQ(top.size(), 2u);
  EXPECT_EQ(top[0].code, "RUS");
  EXPECT_EQ(top[0].as_source, 4);
  EXPECT_EQ(top[0].name, "Russia");
  EXPECT_EQ(top[1].code, "SYR");
  EXPECT_EQ(top[1].as_target, 4);

  auto count = [&](EventFilter f) {
    int n = 0;
    list_events(s->connection(), f, [&](const EventView&) { ++n; });
    return n;
  };
  auto filter = [](const std::string& actor, std::optional<int32_t> since, std::optional<int32_t> until,
                   const std::string& root, int64_t limit = -1) {
    EventFilter f;
    f.actor = actor;
    f.since = since;
    f.until = until;
    f.root = root;
    f.limit = limit;
    return f;
  };
  EXPECT_EQ(count({}), 6);
  EXPECT_EQ(count(filter("RUS", {}, {}, "")), 5);       // RUS and RUSGOV
  EXPECT_EQ(count(filter("damascus", {}, {}, "")), 1);  // by name
  EXPECT_EQ(count(filter("", time::to_day(2020, 7, 1), {}, "")), 3);
  EXPECT_EQ(count(filter("", {}, {}, "19")), 1);
  EXPECT_EQ(count(filter("RUS", {}, time::to_day(2020, 5, 31), "11")), 1);
  EXPECT_EQ(count(filter("", {}, {}, "", 2)), 2);
}

TEST_P(StoreQueriesBackend, ActorNetworkByCountryAndByActor) {
  auto s = sample_store(target("network"));
  auto edges = [&](const NetworkQuery& q) {
    std::vector<NetworkEdge> out;
    actor_network(s->connection(), q, [&](const NetworkEdge& e) { out.push_back(e); });
    return out;
  };
  // Countries: RUS -> SYR holds 111, 195 (two mentions, one event), 051 and 08: one event per quad class.
  const auto countries = edges({});
  ASSERT_EQ(countries.size(), 3u);
  EXPECT_EQ(countries[0].source + ">" + countries[0].target, "RUS>SYR");
  EXPECT_EQ(countries[0].events, 4);
  EXPECT_EQ(std::vector<int64_t>(countries[0].quad, countries[0].quad + 4), (std::vector<int64_t>{1, 1, 1, 1}));
  double sum = 0;
  for (const char* c : {"111", "195", "051", "08"}) sum += codes().find(c)->goldstein;
  EXPECT_DOUBLE_EQ(countries[0].goldstein_sum, sum);
  EXPECT_EQ(countries[1].source + ">" + countries[1].target, "RUS>TUR");  // ties by source, then target
  EXPECT_EQ(countries[2].source + ">" + countries[2].target, "SYR>SYR");  // one country's actors among themselves
  NetworkQuery by_actor;
  by_actor.level = NetworkLevel::actor;
  const auto actors = edges(by_actor);
  ASSERT_EQ(actors.size(), 3u);
  EXPECT_EQ(actors[1].source + ">" + actors[1].target, "RUSGOV>TURGOV");
  EXPECT_EQ(actors[2].source + ">" + actors[2].target, "SYRGOV>SYRREB");
  NetworkQuery fights;
  fights.root = "19";
  ASSERT_EQ(edges(fights).size(), 1u);
  EXPECT_EQ(edges(fights)[0].events, 1);
  NetworkQuery july;
  july.since = time::to_day(2020, 7, 1);
  EXPECT_EQ(edges(july)[0].events, 2);  // 051 and 08; the 112 of July 3 is SYR -> SYR
  NetworkQuery strong;
  strong.min_events = 2;
  EXPECT_EQ(edges(strong).size(), 1u);
}

TEST_P(StoreQueriesBackend, ActorNetworkFormatsReadBack) {
  auto s = sample_store(target("network_formats"));
  std::ostringstream csv, graphml, json;
  EXPECT_EQ(write_network(s->connection(), {}, NetworkFormat::csv, csv), 3);
  const auto rows = lines(csv.str());
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0], "source,target,events,verbal_cooperation,material_cooperation,verbal_conflict,"
                     "material_conflict,goldstein_sum,goldstein_mean");
  EXPECT_EQ(rows[1].substr(0, 18), "RUS,SYR,4,1,1,1,1,");
  write_network(s->connection(), {}, NetworkFormat::graphml, graphml);
  const std::string g = graphml.str();
  EXPECT_EQ(g.rfind("<?xml", 0), 0u);
  EXPECT_NE(g.find("<graph id=\"dunlin\" edgedefault=\"directed\">"), std::string::npos);
  EXPECT_NE(g.find("<node id=\"TUR\"/>"), std::string::npos);
  EXPECT_NE(g.find("<edge source=\"RUS\" target=\"SYR\"><data key=\"events\">4</data>"), std::string::npos) << g;
  EXPECT_NE(g.find("</graphml>"), std::string::npos);
  write_network(s->connection(), {}, NetworkFormat::json, json);
  const auto j = nlohmann::json::parse(json.str());
  EXPECT_EQ(j["directed"], true);
  EXPECT_EQ(j["nodes"].size(), 3u);  // RUS, SYR, TUR
  ASSERT_EQ(j["links"].size(), 3u);
  EXPECT_EQ(j["links"][0]["source"], "RUS");
  EXPECT_EQ(j["links"][0]["material_conflict"], 1);
  EXPECT_THROW(parse_network_format("gexf"), std::invalid_argument);
  EXPECT_THROW(parse_network_level("city"), std::invalid_argument);
}

TEST(StoreFilters, RootsAndDaysAreCheckedAndNormalized) {
  EXPECT_EQ(parse_filter_root("", "--root"), "");
  EXPECT_EQ(parse_filter_root("4", "--root"), "04");
  EXPECT_EQ(parse_filter_root("19", "--root"), "19");
  for (const char* bad : {"0", "21", "abc", "011", "-1"}) {
    try {
      parse_filter_root(bad, "--root");
      ADD_FAILURE() << bad << " was taken as a root";
    } catch (const std::invalid_argument& e) {
      EXPECT_NE(std::string(e.what()).find("--root must be a CAMEO root code from 01 to 20, not '" + std::string(bad)),
                std::string::npos)
          << e.what();
    }
  }
  EXPECT_EQ(parse_filter_day("", "--since"), std::nullopt);
  EXPECT_EQ(parse_filter_day("2020-05-11", "--since"), time::to_day(2020, 5, 11));
  EXPECT_THROW(parse_filter_day("2020-05", "--since"), std::invalid_argument);
}

}  // namespace
}  // namespace dunlin::store
