// A guard on the held-out attribution probes (session 9): the sentences of tests/data/attribution/probes_heldout.tsv
// (written for dunlin before it ran on them, each with the attributions an annotator records) go through the built
// `dunlin code --only quotes` with the shipped models, one document each, and are scored as
// eval/attribution/score_probes.py scores them (its docstring and the file's header give the rules). The test fails
// when fewer probes are right, or fewer expected records found, than when the guard was set; raise the floors when
// the stage improves. The probes measure; rules are not written from them.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli_test_util.h"

namespace dunlin {
namespace {

// Reached on 2026-11-27 (session 9) with the shipped models at the end of that session's probe work (see
// docs/attribution.md, "Session 9").
constexpr int kProbesRightFloor = 37;
constexpr int kRecordsFoundFloor = 31;

struct Expected {
  size_t cue_start = 0, cue_end = 0;  // byte offsets into the sentence (the probes are ASCII: = code points)
  std::string head, stance;
};

struct Probe {
  std::string sentence;
  std::vector<Expected> expected;
};

std::vector<Probe> read_probes(const std::string& path) {
  std::ifstream in(path);
  std::vector<Probe> probes;
  std::string line;
  bool header = false;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (!header) {
      header = true;
      continue;
    }
    const size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    Probe p{line.substr(0, tab), {}};
    const std::string expected = line.substr(tab + 1);
    if (expected != "none") {
      std::istringstream records(expected);
      std::string record;
      while (std::getline(records, record, '|')) {
        std::map<std::string, std::string> fields;
        std::istringstream parts(record);
        std::string part;
        while (std::getline(parts, part, ';')) {
          const size_t b = part.find_first_not_of(' '), e = part.find_last_not_of(' '), eq = part.find('=');
          if (b == std::string::npos || eq == std::string::npos) continue;
          fields[part.substr(b, eq - b)] = part.substr(eq + 1, e - eq);
        }
        Expected x;
        x.cue_start = p.sentence.find(fields["cue"]);
        x.cue_end = x.cue_start + fields["cue"].size();
        x.head = fields["head"];
        x.stance = fields["stance"];
        p.expected.push_back(x);
      }
    }
    probes.push_back(p);
  }
  return probes;
}

bool speaker_has(const std::string& speaker, const std::string& head) {
  if (head == "-") return speaker == "-";
  std::string words = speaker;
  for (char& c : words)
    if (c == ',') c = ' ';
  std::istringstream in(words);
  std::string w;
  while (in >> w)
    if (w == head) return true;
  return false;
}

TEST(AttributionProbes, HeldOutProbesStayAsGoodAsWhenTheGuardWasSet) {
  const auto probes = read_probes(std::string(DUNLIN_TEST_DATA) + "/attribution/probes_heldout.tsv");
  ASSERT_EQ(probes.size(), 40u);
  for (const Probe& p : probes) {
    for (unsigned char c : p.sentence) ASSERT_LT(c, 128) << "probes must be ASCII: " << p.sentence;
    for (const Expected& e : p.expected) ASSERT_NE(e.cue_start, std::string::npos) << p.sentence;
  }
  testing::TempDir dir;
  std::string jsonl;
  for (size_t i = 0; i < probes.size(); ++i)
    jsonl += nlohmann::json{{"id", std::to_string(i)}, {"text", probes[i].sentence}, {"date", "2020-01-01"}}.dump() + "\n";
  const std::string input = dir.write("probes.jsonl", jsonl);
  const auto result = testing::run_dunlin("code --only quotes '" + input + "'");
  ASSERT_EQ(result.status, 0);
  // Per probe, one record per distinct cue span.
  std::map<size_t, std::map<std::pair<size_t, size_t>, nlohmann::json>> predicted;
  std::istringstream lines(result.out);
  for (std::string line; std::getline(lines, line);) {
    const auto q = nlohmann::json::parse(line);
    const std::pair<size_t, size_t> cue{q["cue"]["start"].get<size_t>(), q["cue"]["end"].get<size_t>()};
    predicted[std::stoul(q["doc"].get<std::string>())].emplace(cue, q);
  }
  int right = 0, found = 0;
  for (size_t i = 0; i < probes.size(); ++i) {
    std::vector<nlohmann::json> preds;
    for (const auto& [cue, q] : predicted[i]) preds.push_back(q);
    std::vector<bool> used(preds.size(), false);
    bool ok = true;
    for (const Expected& e : probes[i].expected) {
      bool hit = false;
      for (size_t k = 0; k < preds.size() && !hit; ++k) {
        const auto& q = preds[k];
        const size_t s = q["cue"]["start"], t = q["cue"]["end"];
        const std::string speaker = q["speaker"].is_object() ? q["speaker"]["text"].get<std::string>() : "-";
        if (used[k] || !(s < e.cue_end && e.cue_start < t) || !speaker_has(speaker, e.head) ||
            q["stance"].get<std::string>() != e.stance)
          continue;
        used[k] = hit = true;
      }
      found += hit;
      ok &= hit;
    }
    for (bool u : used) ok &= u;
    right += ok;
  }
  EXPECT_GE(right, kProbesRightFloor);
  EXPECT_GE(found, kRecordsFoundFloor);
}

}  // namespace
}  // namespace dunlin
