// A guard on the event probes (session 9): the probe sentences of tests/data/events/probes.tsv (written for dunlin,
// one construction of political news each, with the events an analyst codes) go through the built `dunlin code`
// with the shipped models, and are scored as eval/events/score_probes.py scores them (its docstring and the file's
// header give the rules). The test fails when fewer probes are right, or fewer expected events found, than the
// coder reached when the guard was set; raise the floors when the coder improves.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli_test_util.h"

namespace dunlin {
namespace {

// Reached on 2026-11-27 (session 9) with the shipped models: see docs/event-coding.md, "Session 9: probes". 113 right
// until session 19, when "Ukraine's military" stopped being read as an adjective
// (Tagger::repair_adjective_after_possessive): the speaker found, "said Russian forces attacked" is now coded as a
// charge too, which that probe lists as spurious (docs/event-coding.md, "Session 19").
constexpr int kProbesRightFloor = 112;
constexpr int kEventsFoundFloor = 132;

struct Item {
  char kind = ' ';  // ' ' required, '!' forbidden, '?' allowed
  std::vector<std::string> sources, targets;
  std::string root;
};

struct Probe {
  std::string sentence;
  std::vector<Item> items;
};

struct Coded {
  std::string source, target, cameo;
};

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string part;
  std::istringstream in(s);
  while (std::getline(in, part, sep)) out.push_back(part);
  return out;
}

std::string trim(const std::string& s) {
  const size_t b = s.find_first_not_of(' '), e = s.find_last_not_of(' ');
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

// "!SRC>TGT:CAMEO" (alternatives separated by '|').
Item parse_item(std::string text) {
  Item item;
  if (!text.empty() && (text[0] == '!' || text[0] == '?')) {
    item.kind = text[0];
    text = text.substr(1);
  }
  const size_t colon = text.rfind(':'), arrow = text.find('>');
  EXPECT_NE(colon, std::string::npos) << text;
  EXPECT_NE(arrow, std::string::npos) << text;
  if (colon == std::string::npos || arrow == std::string::npos || arrow > colon) return item;
  item.sources = split(text.substr(0, arrow), '|');
  item.targets = split(text.substr(arrow + 1, colon - arrow - 1), '|');
  item.root = text.substr(colon + 1, 2);
  return item;
}

std::vector<Probe> read_probes(const std::string& path) {
  std::ifstream in(path);
  std::vector<Probe> probes;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    const std::vector<std::string> fields = split(line, '\t');
    EXPECT_EQ(fields.size(), 3u) << line;
    if (fields.size() != 3) continue;
    Probe p{fields[0], {}};
    if (fields[1] != "none")
      for (const std::string& item : split(fields[1], ';')) p.items.push_back(parse_item(trim(item)));
    probes.push_back(std::move(p));
  }
  return probes;
}

bool actor_matches(const std::vector<std::string>& written, const std::string& coded) {
  for (const std::string& w : written) {
    if (w == "-" || coded == "-") {
      if (w == coded) return true;
    } else if (coded.starts_with(w)) {
      return true;
    }
  }
  return false;
}

bool matches(const Item& item, const Coded& e) {
  return e.cameo.substr(0, 2) == item.root && actor_matches(item.sources, e.source) &&
         actor_matches(item.targets, e.target);
}

TEST(EventProbes, TheCoderKeepsWhatItReachedOnTheProbeSentences) {
  if (!std::filesystem::exists(DUNLIN_SOURCE_DIR "/models/tagger.bin"))
    GTEST_SKIP() << "models/tagger.bin is absent: train the models (models/README.md)";
  const std::vector<Probe> probes = read_probes(DUNLIN_TEST_DATA "/events/probes.tsv");
  ASSERT_GE(probes.size(), 120u);
  testing::TempDir dir;
  std::string input;
  for (size_t i = 0; i < probes.size(); ++i)
    input += nlohmann::json{{"id", "p" + std::to_string(i)}, {"date", "2023-09-15"}, {"text", probes[i].sentence}}
                 .dump() +
             "\n";
  const std::string path = dir.write("probes.jsonl", input);
  const testing::CommandResult r = testing::run_dunlin("code --format tsv --only events '" + path + "'");
  ASSERT_EQ(r.status, 0);

  // Columns: doc sentence date source target cameo goldstein quad_class negated verb evidence.
  std::map<size_t, std::vector<Coded>> coded;
  std::istringstream lines(r.out);
  std::string line;
  std::getline(lines, line);
  ASSERT_TRUE(line.starts_with("doc\tsentence\tdate\tsource\ttarget\tcameo")) << line;
  while (std::getline(lines, line)) {
    const std::vector<std::string> f = split(line, '\t');
    ASSERT_GE(f.size(), 9u) << line;
    if (f[8] == "yes") continue;  // negated (printed only on request)
    coded[std::stoul(f[0].substr(1))].push_back({f[3], f[4], f[5]});
  }

  int right = 0, found = 0, required = 0;
  for (size_t i = 0; i < probes.size(); ++i) {
    const std::vector<Coded>& events = coded[i];
    std::vector<bool> used(events.size(), false);
    int probe_found = 0, probe_required = 0;
    bool wrong = false;
    for (const Item& item : probes[i].items) {
      if (item.kind != ' ') continue;
      ++probe_required;
      for (size_t k = 0; k < events.size(); ++k)
        if (!used[k] && matches(item, events[k])) {
          used[k] = true;
          ++probe_found;
          break;
        }
    }
    for (char kind : {'!', '?'})
      for (const Item& item : probes[i].items) {
        if (item.kind != kind) continue;
        for (size_t k = 0; k < events.size(); ++k)
          if (!used[k] && matches(item, events[k])) {
            used[k] = true;
            if (kind == '!') wrong = true;
          }
      }
    for (bool u : used) wrong |= !u;
    wrong |= probe_found < probe_required;
    right += !wrong;
    found += probe_found;
    required += probe_required;
  }
  std::cout << "probes n=" << probes.size() << " right=" << right << " required=" << required << " found=" << found
            << "\n";
  EXPECT_GE(right, kProbesRightFloor) << "fewer probes right than the guard's floor: run eval/events/score_probes.py";
  EXPECT_GE(found, kEventsFoundFloor) << "fewer expected events found than the guard's floor";
}

}  // namespace
}  // namespace dunlin
