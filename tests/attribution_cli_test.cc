// `dunlin code --only quotes|events` through the built binary: quote records on an article written for this test
// (needs the shipped models: skipped when models/tagger.bin is absent), and the flag's validation (no models).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli_test_util.h"

namespace dunlin {
namespace {

using testing::CommandResult;
using testing::run_dunlin;

#define REQUIRE_SHIPPED_MODELS()                                        \
  if (!std::filesystem::exists(DUNLIN_SOURCE_DIR "/models/tagger.bin")) \
  GTEST_SKIP() << "models/tagger.bin is absent: the shipped models are needed to parse"

// The quote records (parsed) of `dunlin code --only quotes` on an article written to a temporary file (one per
// process and test name: test runs of other checkouts may share the temp folder).
std::vector<nlohmann::json> quotes_of(const std::string& article, const std::string& name) {
  const std::filesystem::path file =
      std::filesystem::temp_directory_path() / ("dunlin-attribution-" + name + "-" + std::to_string(getpid()) + ".txt");
  std::ofstream(file) << article;
  const CommandResult r = run_dunlin("code --only quotes " + file.string());
  std::filesystem::remove(file);
  EXPECT_EQ(r.status, 0) << r.out;
  std::vector<nlohmann::json> out;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) out.push_back(nlohmann::json::parse(line));
  return out;
}
TEST(AttributionCli, OnlyRejectsOtherValues) {
  const CommandResult r = run_dunlin("code --only verbs -");
  EXPECT_NE(r.status, 0);
}

TEST(AttributionCli, OnlyQuotesPrintsQuoteRecords) {
  REQUIRE_SHIPPED_MODELS();
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
  REQUIRE_SHIPPED_MODELS();
  bool seen = false;
  for (const auto& q :
       quotes_of("Date: 2021-03-02\n\n"
                 "Russian Foreign Minister Sergei Lavrov arrived in Ankara on Tuesday for a day of talks.\n\n"
                 "The Russian minister said the talks had gone well.\n",
                 "resolved")) {
    if (q["speaker"]["text"] != "The Russian minister") continue;
    seen = true;
    EXPECT_EQ(q["speaker"]["code"], "RUSGOV");
    EXPECT_EQ(q["speaker"]["name"], "Sergei Lavrov");
    EXPECT_EQ(q["speaker"]["resolved"], "Foreign Minister Sergei Lavrov");
  }
  EXPECT_TRUE(seen);
}

TEST(AttributionCli, CopyThatLostItsCommasKeepsItsSpeakers) {
  REQUIRE_SHIPPED_MODELS();
  // Scraped wire copy often loses the comma between what is said and who said it.
  const auto quotes = quotes_of(
      "Date: 2016-05-03\n\n"
      "Three shells landed near a school in the east of the city on Monday a hospital and a rescue group said.\n\n"
      "Fighters stormed two checkpoints south of the town said the Syrian Observatory for Human Rights.\n\n"
      "The convoy turned back before dawn he added.\n",
      "commas");
  std::vector<std::string> seen;
  for (const auto& q : quotes)
    seen.push_back(q["speaker"]["text"].get<std::string>() + " | " + q["content"]["text"].get<std::string>());
  EXPECT_EQ(seen, (std::vector<std::string>{
                      "a hospital and a rescue group | Three shells landed near a school in the east of the city on "
                      "Monday",
                      "the Syrian Observatory for Human Rights | Fighters stormed two checkpoints south of the town",
                      "he | The convoy turned back before dawn"}));
}

TEST(AttributionCli, AParticipleOnWhatWasSentIsSaidBySender) {
  REQUIRE_SHIPPED_MODELS();
  // The message and the reasoning are what was sent; the commander and the mayor speak.
  std::vector<std::string> speakers;
  for (const auto& q : quotes_of("Date: 2016-05-03\n\n"
                                 "The commander sent a voice message assuring residents that the city would hold.\n\n"
                                 "The mayor posted her reasons saying the bridge was unsafe.\n",
                                 "sender"))
    speakers.push_back(q["cue"]["text"].get<std::string>() + " | " + q["speaker"]["text"].get<std::string>());
  EXPECT_EQ(speakers, (std::vector<std::string>{"assuring | The commander", "saying | The mayor"}));
}

TEST(AttributionCli, ADatelineIsNoActorButGivesTheStoryItsCountry) {
  REQUIRE_SHIPPED_MODELS();
  const auto quotes = quotes_of(
      "Date: 2024-03-14\n\n"
      "KYIV, March 14 (Example Wire) - The governor said the night had been calm.\n\n"
      "Kyiv did not comment on the report.\n",
      "dateline");
  EXPECT_EQ(quotes.size(), 2u);
  for (const auto& q : quotes) {
    // Neither the speaker nor the actor it is resolved to is the dateline ("KYIV, March 14 (Example Wire").
    EXPECT_EQ(q["speaker"]["text"].get<std::string>().find("March"), std::string::npos) << q;
    if (!q["speaker"]["resolved"].is_null()) {
      EXPECT_EQ(q["speaker"]["resolved"].get<std::string>().find("March"), std::string::npos) << q;
    }
    if (q["speaker"]["text"] == "The governor") {
      EXPECT_EQ(q["speaker"]["code"], "UKRGOV");
    }
  }
}

}  // namespace
}  // namespace dunlin
