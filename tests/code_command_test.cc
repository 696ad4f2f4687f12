// `dunlin code` end to end: the shipped models and dictionaries on the example article written for dunlin.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "cli_test_util.h"
#include "dunlin/text/utf8.h"

namespace dunlin {
namespace {

using testing::CommandResult;
using testing::run_dunlin;
using testing::Stderr;

bool have_models() { return std::filesystem::exists(DUNLIN_SOURCE_DIR "/models/tagger.bin"); }

const std::string kExample = DUNLIN_SOURCE_DIR "/examples/envoys-2021-06-01.txt";

// The code points [start, end) of `text`.
std::string slice_code_points(const std::string& text, size_t start, size_t end) {
  std::string out;
  size_t index = 0;
  for (size_t pos = 0; pos < text.size() && index < end; ++index) {
    const size_t before = pos;
    decode_utf8(text, pos);
    if (index >= start) out.append(text, before, pos - before);
  }
  return out;
}

TEST(CodeCommand, EventsCarryEvidenceThatTheOffsetsPointTo) {
  if (!have_models()) GTEST_SKIP() << "models/tagger.bin is absent: train the models (models/README.md)";
  const CommandResult r = run_dunlin("code --only events '" + kExample + "'");
  ASSERT_EQ(r.status, 0);
  const std::string& out = r.out;
  // The document text as the reader gives it: after the header lines.
  std::ifstream in(kExample);
  std::string file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string text = file.substr(file.find("\n\n") + 2);
  std::istringstream lines(out);
  std::string line;
  int events = 0;
  bool consult = false;
  while (std::getline(lines, line)) {
    const auto e = nlohmann::json::parse(line);
    ++events;
    EXPECT_EQ(e["type"], "event");
    EXPECT_EQ(slice_code_points(text, e["start"], e["end"]), e["evidence"].get<std::string>());
    EXPECT_EQ(slice_code_points(text, e["verb"]["start"], e["verb"]["end"]), e["verb"]["text"].get<std::string>());
    ASSERT_TRUE(e["source"].is_object());
    EXPECT_EQ(slice_code_points(text, e["source"]["start"], e["source"]["end"]), e["source"]["text"].get<std::string>());
    EXPECT_FALSE(e["negated"].get<bool>()) << "negated events are printed only on request";
    EXPECT_EQ(e["root"].get<std::string>(), e["cameo"].get<std::string>().substr(0, 2));
    EXPECT_TRUE(e["goldstein"].is_number());
    EXPECT_TRUE(e["date"].is_string());
    // The frame row is cited the same on every machine, not by this checkout's absolute path.
    EXPECT_EQ(e["frame"].get<std::string>().rfind("data/events/verb_frames.tsv:", 0), 0u) << e["frame"];
    if (e["verb"]["lemma"] == "meet" && e["source"]["country"] == "TUR" && e["target"].is_object() &&
        e["target"]["country"] == "GRC" && e["root"] == "04")
      consult = true;
  }
  EXPECT_GE(events, 4);
  EXPECT_TRUE(consult) << "Cavusoglu met with Dendias: TUR -> GRC consult\n" << out;
}

TEST(CodeCommand, QuotesNameTheirSpeaker) {
  if (!have_models()) GTEST_SKIP() << "models/tagger.bin is absent: train the models (models/README.md)";
  const CommandResult r = run_dunlin("code --only quotes '" + kExample + "'");
  ASSERT_EQ(r.status, 0);
  const std::string& out = r.out;
  std::istringstream lines(out);
  std::string line;
  bool dendias = false;
  while (std::getline(lines, line)) {
    const auto q = nlohmann::json::parse(line);
    EXPECT_EQ(q["type"], "quote");
    if (q["speaker"].is_object() && q["speaker"]["text"].get<std::string>().find("Dendias") != std::string::npos &&
        q["stance"] == "assert" && q["direct"] == true)
      dendias = true;
  }
  EXPECT_TRUE(dendias) << "\"We want dialogue, not confrontation,\" Dendias told reporters.\n" << out;
}

TEST(CodeCommand, TableAndExplainedParse) {
  if (!have_models()) GTEST_SKIP() << "models/tagger.bin is absent: train the models (models/README.md)";
  const CommandResult tsv_run = run_dunlin("code --format tsv '" + kExample + "'");
  ASSERT_EQ(tsv_run.status, 0);
  const std::string& tsv = tsv_run.out;
  EXPECT_EQ(tsv.rfind("doc\tsentence\tdate\tsource\ttarget\tcameo", 0), 0u);
  const CommandResult conllu_run = run_dunlin("code --format conllu '" + kExample + "'");
  ASSERT_EQ(conllu_run.status, 0);
  const std::string& conllu = conllu_run.out;
  EXPECT_EQ(conllu.rfind("# newdoc id = ", 0), 0u) << "the document's id opens its first sentence";
  EXPECT_NE(conllu.find("Actor=TURGOV"), std::string::npos);
  EXPECT_NE(conllu.find("Event="), std::string::npos);
}

TEST(CodeCommand, UserFramesOverrideAndAreCitedByTheirPath) {
  if (!have_models()) GTEST_SKIP() << "models/tagger.bin is absent: train the models (models/README.md)";
  testing::TempDir dir;
  const std::string doc = dir.write("doc.txt", "Date: 2021-03-01\n\nFrench President Emmanuel Macron praised the "
                                               "German government on Monday.\n");
  std::string r = run_dunlin("code --only events '" + doc + "'").out;
  EXPECT_NE(r.find("\"cameo\":\"051\""), std::string::npos) << r;
  // A user's row for the same lemma, kind and requirements replaces the built-in one.
  dir.write("verb_frames.tsv", "lemma\tkind\tframe\tcameo\npraise\tverb\tT\t0213\n");
  r = run_dunlin("code --only events --dict '" + dir.path() + "' '" + doc + "'").out;
  EXPECT_NE(r.find("\"cameo\":\"0213\""), std::string::npos) << r;
  EXPECT_NE(r.find("\"frame\":\"" + dir.path() + "/verb_frames.tsv:2\""), std::string::npos) << r;
}

TEST(CodeCommand, BadArgumentsAndMissingModelsAreClearErrors) {
  CommandResult r = run_dunlin("code --date 11/05/2020 '" + kExample + "'", Stderr::merge);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find("--date"), std::string::npos) << r.out;
  r = run_dunlin("code --models /nonexistent/models '" + kExample + "'", Stderr::merge);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find("/nonexistent/models"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace dunlin
