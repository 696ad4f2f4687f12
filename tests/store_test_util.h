// Test documents for the event store, built by hand (whitespace tokens, one paragraph per sentence, actors and
// events filled in code: no NLP models needed), and fresh stores to put them in, SQLite or PostgreSQL.
#pragma once

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "dunlin/document.h"
#include "dunlin/store/postgres_connection.h"
#include "dunlin/time/calendar.h"

namespace dunlin::store_test {

struct EventSpec {
  int sentence = 0;
  std::string source, target;  // words of the sentence ("" for none); their codes come from `codes`
  std::string verb;            // a word of the sentence
  std::string cameo;
  std::string date;            // "2020-05-10" or "" (undated)
  int days = 1;                // length of the date range
  bool negated = false;
  bool hypothetical = false;
};

inline std::map<std::string, std::string> default_codes() {
  return {{"Russia", "RUS"}, {"Moscow", "RUSGOV"}, {"Syria", "SYR"}, {"Damascus", "SYRGOV"},
          {"Turkey", "TUR"}, {"Ankara", "TURGOV"}, {"rebels", "SYRREB"}};
}

// A document with one paragraph per sentence; `source` is where it was "read from" (its key, having no URL).
inline Document make_doc(const std::string& source, const std::string& outlet, const std::vector<std::string>& sentences,
                         const std::vector<EventSpec>& events,
                         const std::map<std::string, std::string>& codes = default_codes()) {
  Document doc;
  doc.id = source;
  doc.source = source;
  doc.outlet = outlet;
  doc.date = "2020-05-10";
  std::vector<std::vector<uint32_t>> sentence_tokens;
  for (size_t s = 0; s < sentences.size(); ++s) {
    if (s) doc.text += "\n\n";
    const uint32_t para_begin = static_cast<uint32_t>(doc.text.size());
    const uint32_t first = static_cast<uint32_t>(doc.tokens.size());
    size_t i = 0;
    const std::string& t = sentences[s];
    while (i < t.size()) {
      while (i < t.size() && t[i] == ' ') ++i;
      size_t j = i;
      while (j < t.size() && t[j] != ' ') ++j;
      if (j > i) {
        const uint32_t base = para_begin;
        doc.tokens.add(base + static_cast<uint32_t>(i), base + static_cast<uint32_t>(j), j < t.size());
      }
      i = j;
    }
    doc.text += t;
    doc.paragraphs.span.push_back({para_begin, static_cast<uint32_t>(doc.text.size())});
    doc.sentences.add(first, static_cast<uint32_t>(doc.tokens.size()), static_cast<uint32_t>(s));
  }
  auto token_of = [&](int s, const std::string& word) -> uint32_t {
    for (uint32_t k = doc.sentences.first_token[s]; k < doc.sentences.end_token[s]; ++k)
      if (doc.token_text(k) == word) return k;
    throw std::invalid_argument("no word '" + word + "' in sentence " + std::to_string(s));
  };
  auto actor_of = [&](int s, const std::string& word) -> int32_t {
    if (word.empty()) return -1;
    const uint32_t k = token_of(s, word);
    for (size_t a = 0; a < doc.actors.actors.size(); ++a)
      if (doc.actors.actors[a].head == k) return static_cast<int32_t>(a);
    Actor a;
    a.first_token = k;
    a.end_token = k + 1;
    a.head = k;
    a.code = codes.at(word);
    a.country = a.code.substr(0, 3);
    a.sector = a.code.size() > 3 ? a.code.substr(3) : "";
    a.name = word;
    a.entity = static_cast<uint32_t>(doc.actors.actors.size());
    doc.actors.actors.push_back(a);
    return static_cast<int32_t>(doc.actors.actors.size() - 1);
  };
  for (const EventSpec& spec : events) {
    Event e;
    e.sentence = static_cast<uint32_t>(spec.sentence);
    e.predicate = token_of(spec.sentence, spec.verb);
    e.source = actor_of(spec.sentence, spec.source);
    e.target = actor_of(spec.sentence, spec.target);
    e.cameo = spec.cameo;
    e.negated = spec.negated;
    e.modality = spec.hypothetical ? Modality::hypothetical : Modality::asserted;
    e.frame = "test";
    if (!spec.date.empty()) {
      const auto ymd = time::parse_iso_date(spec.date);
      e.dated = true;
      e.first_day = time::to_day(ymd->year, ymd->month, ymd->day);
      e.last_day = e.first_day + spec.days - 1;
    }
    doc.events.events.push_back(e);
  }
  return doc;
}

// "Peskov said Russia condemned Syria in PLACE ." with the quote and the event's place filled by hand.
inline Document quoted(const std::string& source, const std::string& place, const std::string& country) {
  Document doc = make_doc(source, "Outlet " + source, {"Peskov said Russia condemned Syria in " + place + " ."},
                          {{0, "Russia", "Syria", "condemned", "111", "2020-05-10"}});
  Attribution a;
  a.sentence = 0;
  a.speaker_first = 0;
  a.speaker_end = 1;
  a.speaker_head = 0;
  a.cue_first = 1;
  a.cue_end = 2;
  a.cue_lemma = "say";
  a.content = {doc.tokens.begin[2], doc.tokens.end[doc.tokens.size() - 1]};
  a.stance = Stance::assert;
  a.rule = "test";
  doc.attributions.attributions.push_back(a);
  doc.events.events[0].attribution = 0;
  if (!place.empty()) {
    PlaceMention m;
    m.first_token = m.head = static_cast<uint32_t>(doc.tokens.size() - 2);
    m.end_token = m.first_token + 1;
    m.name = place;
    m.country = country;
    m.has_coordinates = true;
    m.lat = 35.9;
    m.lon = 36.6;
    doc.places.mentions.push_back(m);
    doc.events.events[0].location = 0;
  }
  return doc;
}

// A fresh file path under the test temporary directory (any old file and its WAL removed).
inline std::string temp_db(const std::string& name) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "dunlin_store_test";
  std::filesystem::create_directories(dir);
  const std::string path = (dir / (name + "-" + std::to_string(::getpid()) + ".db")).string();
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  return path;
}

// The PostgreSQL server of the tests (scripts/test starts one and sets DUNLIN_TEST_POSTGRES to its URI), or ""
// with `why` set when there is none.
inline std::string postgres_server(std::string& why) {
  const char* uri = std::getenv("DUNLIN_TEST_POSTGRES");
  if (!uri || !*uri) {
    why = "DUNLIN_TEST_POSTGRES is not set (scripts/test starts a PostgreSQL server and sets it)";
    return "";
  }
  try {
    store::open_postgres(uri);
  } catch (const std::exception& e) {
    why = std::string("cannot connect to DUNLIN_TEST_POSTGRES: ") + e.what();
    return "";
  }
  return uri;
}

// A fresh, empty store for a test: an SQLite file, or a new database on the PostgreSQL server (the server's URI
// with its database name replaced).
inline std::string fresh_target(const std::string& backend, const std::string& name) {
  if (backend == "sqlite") return temp_db(name);
  std::string why;
  const std::string server = postgres_server(why);
  if (server.empty()) throw std::runtime_error(why);
  std::string db = "dunlin_test_" + name + "_" + std::to_string(::getpid());
  for (char& c : db)
    if (c == '-') c = '_';
  auto admin = store::open_postgres(server);
  admin->exec("DROP DATABASE IF EXISTS " + db);
  admin->exec("CREATE DATABASE " + db);
  const size_t query = server.find('?');
  const size_t slash = server.rfind('/', query == std::string::npos ? server.size() : query);
  return server.substr(0, slash + 1) + db + (query == std::string::npos ? "" : server.substr(query));
}

}  // namespace dunlin::store_test

// Store tests run once per backend: TEST_P(BackendTest, ...) with `target(name)` as the store; the PostgreSQL
// run skips, saying why, when no server is available.
#include <gtest/gtest.h>

namespace dunlin::store_test {

inline std::string backend_name(const ::testing::TestParamInfo<std::string>& p) { return p.param; }

class BackendTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    std::string why;
    if (GetParam() == "postgresql" && postgres_server(why).empty()) GTEST_SKIP() << "PostgreSQL store test: " << why;
  }
  std::string target(const std::string& name) const { return fresh_target(GetParam(), name); }
};

}  // namespace dunlin::store_test
