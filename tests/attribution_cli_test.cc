// `dunlin code --only quotes|events` through the built binary: quote records on an article written for this test
// (needs the shipped models: skipped when models/tagger.bin is absent), and the flag's validation (no models).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "cli_test_util.h"

namespace dunlin {
namespace {

using testing::CommandResult;
using testing::run_dunlin;
TEST(AttributionCli, OnlyRejectsOtherValues) {
  const CommandResult r = run_dunlin("code --only verbs -");
  EXPECT_NE(r.status, 0);
}

TEST(AttributionCli, OnlyQuotesPrintsQuoteRecords) {
  if (!std::filesystem::exists(DUNLIN_SOURCE_DIR "/models/tagger.bin"))
    GTEST_SKIP() << "models/tagger.bin is absent: the shipped models are needed to parse";
  // One file per process: test runs of other checkouts may share the temp folder.
  const std::filesystem::path file =
      std::filesystem::temp_directory_path() / ("dunlin-attribution-cli-" + std::to_string(getpid()) + ".txt");
  {
    std::ofstream out(file);
    out << "Foreign Minister Sergei Lavrov said on Monday that Russia would keep its troops in Syria.\n\n"
           "\"We will not leave our allies,\" Lavrov told reporters in Moscow.\n\n"
           "The Turkish foreign ministry declined to comment.\n";
  }
  const CommandResult quotes = run_dunlin("code --only quotes " + file.string());
  const CommandResult events = run_dunlin("code --only events --include-hypothetical " + file.string());
  std::filesystem::remove(file);
  ASSERT_EQ(quotes.status, 0);
  std::istringstream lines(quotes.out);
  std::string line;
  int n = 0;
  bool no_comment = false, lavrov = false;
  while (std::getline(lines, line)) {
    const auto q = nlohmann::json::parse(line);
    EXPECT_EQ(q["type"], "quote");
    ++n;
    if (q["stance"] == "no_comment") no_comment = true;
    if (q["speaker"]["text"].is_string() && q["speaker"]["text"].get<std::string>().find("Lavrov") != std::string::npos)
      lavrov = true;
  }
  EXPECT_GE(n, 2);
  EXPECT_TRUE(no_comment);
  EXPECT_TRUE(lavrov);
  std::istringstream event_lines(events.out);
  while (std::getline(event_lines, line)) EXPECT_EQ(nlohmann::json::parse(line)["type"], "event");
}

TEST(AttributionCli, ASpeakerMetBeforeIsResolvedToTheWholeFirstMention) {
  if (!std::filesystem::exists(DUNLIN_SOURCE_DIR "/models/tagger.bin"))
    GTEST_SKIP() << "models/tagger.bin is absent: the shipped models are needed to parse";
  const std::filesystem::path file =
      std::filesystem::temp_directory_path() / ("dunlin-attribution-resolved-" + std::to_string(getpid()) + ".txt");
  {
    std::ofstream out(file);
    out << "Date: 2021-03-02\n\n"
           "Russian Foreign Minister Sergei Lavrov arrived in Ankara on Tuesday for a day of talks.\n\n"
           "The Russian minister said the talks had gone well.\n";
  }
  const CommandResult quotes = run_dunlin("code --only quotes " + file.string());
  std::filesystem::remove(file);
  ASSERT_EQ(quotes.status, 0);
  std::istringstream lines(quotes.out);
  std::string line;
  bool seen = false;
  while (std::getline(lines, line)) {
    const auto q = nlohmann::json::parse(line);
    if (q["speaker"]["text"] != "The Russian minister") continue;
    seen = true;
    EXPECT_EQ(q["speaker"]["code"], "RUSGOV");
    EXPECT_EQ(q["speaker"]["name"], "Sergei Lavrov");
    EXPECT_EQ(q["speaker"]["resolved"], "Foreign Minister Sergei Lavrov");
  }
  EXPECT_TRUE(seen) << quotes.out;
}

TEST(AttributionCli, ADatelineIsNoActorButGivesTheStoryItsCountry) {
  if (!std::filesystem::exists(DUNLIN_SOURCE_DIR "/models/tagger.bin"))
    GTEST_SKIP() << "models/tagger.bin is absent: the shipped models are needed to parse";
  const std::filesystem::path file =
      std::filesystem::temp_directory_path() / ("dunlin-attribution-dateline-" + std::to_string(getpid()) + ".txt");
  {
    std::ofstream out(file);
    out << "Date: 2024-03-14\n\n"
           "KYIV, March 14 (Example Wire) - The governor said the night had been calm.\n\n"
           "Kyiv did not comment on the report.\n";
  }
  const CommandResult quotes = run_dunlin("code --only quotes " + file.string());
  std::filesystem::remove(file);
  ASSERT_EQ(quotes.status, 0);
  std::istringstream lines(quotes.out);
  std::string line;
  int n = 0;
  while (std::getline(lines, line)) {
    const auto q = nlohmann::json::parse(line);
    ++n;
    // Neither the speaker nor the actor it is resolved to is the dateline ("KYIV, March 14 (Example Wire").
    EXPECT_EQ(q["speaker"]["text"].get<std::string>().find("March"), std::string::npos) << line;
    if (!q["speaker"]["resolved"].is_null()) {
      EXPECT_EQ(q["speaker"]["resolved"].get<std::string>().find("March"), std::string::npos) << line;
    }
    if (q["speaker"]["text"] == "The governor") {
      EXPECT_EQ(q["speaker"]["code"], "UKRGOV");
    }
  }
  EXPECT_EQ(n, 2) << quotes.out;
}

}  // namespace
}  // namespace dunlin
