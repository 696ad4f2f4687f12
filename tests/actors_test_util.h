// Helpers for the actor tests: a simple tokenizer (white space, with leading/trailing punctuation split off) that
// fills a Document's token layer, and a scratch directory for dictionary files written by a test.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "dunlin/actors/actor_dictionaries.h"
#include "dunlin/document.h"

namespace dunlin::testing {

inline bool is_edge_punct(char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '(' || c == ')' || c == '"';
}

// "The Kremlin, said Peskov." -> The | Kremlin | , | said | Peskov | .
inline Document make_document(std::string text, std::string date = "") {
  Document doc;
  doc.text = std::move(text);
  doc.date = std::move(date);
  const std::string& t = doc.text;
  size_t i = 0;
  while (i < t.size()) {
    while (i < t.size() && t[i] == ' ') ++i;
    size_t end = i;
    while (end < t.size() && t[end] != ' ') ++end;
    if (end == i) break;
    size_t b = i, e = end;
    std::vector<std::pair<size_t, size_t>> tail;
    while (b < e && is_edge_punct(t[b])) {
      doc.tokens.add(static_cast<uint32_t>(b), static_cast<uint32_t>(b + 1), false);
      ++b;
    }
    // A final period stays on abbreviations that contain another one ("U.S.").
    const bool abbreviation = std::string_view(t).substr(b, e - b).find('.') < e - b - 1;
    while (e > b && is_edge_punct(t[e - 1]) && !(abbreviation && t[e - 1] == '.')) {
      tail.insert(tail.begin(), {e - 1, e});
      --e;
    }
    if (e > b) doc.tokens.add(static_cast<uint32_t>(b), static_cast<uint32_t>(e), tail.empty() && end < t.size());
    for (size_t k = 0; k < tail.size(); ++k)
      doc.tokens.add(static_cast<uint32_t>(tail[k].first), static_cast<uint32_t>(tail[k].second),
                     k + 1 == tail.size() && end < t.size());
    i = end;
  }
  return doc;
}

inline std::string mention_text(const Document& doc, uint32_t first, uint32_t end) {
  return std::string(doc.text.substr(doc.tokens.begin[first], doc.tokens.end[end - 1] - doc.tokens.begin[first]));
}

inline std::string data_dir() { return DUNLIN_SOURCE_DIR "/data/actors"; }

// The shipped actor dictionaries, loaded once.
inline const ActorDictionaries& shipped_actor_dictionaries() {
  static const ActorDictionaries d = ActorDictionaries::load(data_dir());
  return d;
}

// "text=CODE" for every mention the dictionaries find in the text on the date, in order.
inline std::vector<std::string> coded_mentions(const std::string& text, const std::string& date = "",
                                               const ActorDictionaries& dicts = shipped_actor_dictionaries()) {
  const Document doc = make_document(text, date);
  std::vector<std::string> out;
  for (const ActorMention& m : dicts.find_mentions(doc))
    out.push_back(mention_text(doc, m.first_token, m.end_token) + "=" + m.code);
  return out;
}

// A folder of actor dictionaries for resolver tests: the shipped countries, places and sectors with the tests' own
// small people and organization files (tests/data/actors/). One folder per process and name: ctest runs tests in
// parallel processes, and a folder shared by all of them would be rewritten while another reads it.
inline std::filesystem::path write_test_actor_dictionaries(const std::string& name) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(::testing::TempDir()) / (name + "-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  for (const char* f : {"countries.tsv", "places.tsv", "sectors.tsv"})
    fs::copy_file(fs::path(DUNLIN_SOURCE_DIR) / "data/actors" / f, dir / f, fs::copy_options::overwrite_existing);
  for (const char* f : {"people.tsv", "organizations.tsv"})
    fs::copy_file(fs::path(DUNLIN_TEST_DATA) / "actors" / f, dir / f, fs::copy_options::overwrite_existing);
  return dir;
}

inline bool contains(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

}  // namespace dunlin::testing
