// The place evaluation: the committed gold files are well formed (always), and the place tagger without models
// resolves at least 85% of the held-out gold mentions it finds (needs ../shared and data/place/gazetteer.bin;
// skipped without them).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "dunlin/place/place_eval.h"

namespace dunlin::place {
namespace {

const std::string kEval = DUNLIN_SOURCE_DIR "/eval/place";

TEST(PlaceEval, GoldFilesAreWellFormed) {
  const std::regex label(R"((gn:[0-9]+|country:[A-Z]{2}|iso:[A-Z]{2}-[A-Z0-9]{1,3}|extra:[A-Z]{2}:.+))");
  size_t mentions = 0;
  for (const char* split : {"dev", "test"}) {
    std::ifstream in(kEval + "/" + split + "/gold.tsv");
    ASSERT_TRUE(in) << split;
    std::string line;
    bool header = true;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      if (header) {
        header = false;
        continue;
      }
      std::vector<std::string> f;
      std::stringstream s(line);
      for (std::string x; std::getline(s, x, '\t');) f.push_back(x);
      ASSERT_EQ(f.size(), 8u) << line;
      EXPECT_TRUE(std::regex_match(f[6], label)) << line;
      EXPECT_LT(std::stoul(f[2]), std::stoul(f[3])) << line;
      EXPECT_LE(std::stoul(f[4]), std::stoul(f[2])) << line;  // code points never outnumber bytes
      ++mentions;
    }
  }
  EXPECT_GE(mentions, 40u);
}

TEST(PlaceEval, HeldOutResolutionAccuracy) {
  const std::string corpus = DUNLIN_SHARED_DIR "/data/news/wikinews-2019-2021";
  const std::string gazetteer = DUNLIN_SOURCE_DIR "/data/place/gazetteer.bin";
  if (!std::filesystem::exists(corpus + "/wikinews_2020.csv")) GTEST_SKIP() << corpus << " is absent";
  if (!std::filesystem::exists(gazetteer)) GTEST_SKIP() << gazetteer << " is absent (scripts/build-gazetteer)";
  const evaluation::SpanEvalReport r =
      evaluate_places(kEval + "/test", corpus, gazetteer, DUNLIN_SOURCE_DIR "/data/place/not-places.tsv");
  EXPECT_GE(r.gold, 40u);
  EXPECT_GE(r.accuracy(), 0.85) << r.to_string("resolution");
  EXPECT_GE(r.recall(), 0.70) << r.to_string("resolution");
}

}  // namespace
}  // namespace dunlin::place
