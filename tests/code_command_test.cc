// `dunlin code` end to end: the shipped models and dictionaries on the example article written for dunlin.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "dunlin/text/utf8.h"

namespace dunlin {
namespace {

std::string run(const std::string& command, int& status) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return out;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  const int raw = pclose(pipe);
  status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return out;
}

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
  int status = 0;
  const std::string out = run("'" DUNLIN_CLI "' code --only events '" + kExample + "' 2>/dev/null", status);
  ASSERT_EQ(status, 0);
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
    if (e["verb"]["lemma"] == "meet" && e["source"]["country"] == "TUR" && e["target"].is_object() &&
        e["target"]["country"] == "GRC" && e["root"] == "04")
      consult = true;
  }
  EXPECT_GE(events, 4);
  EXPECT_TRUE(consult) << "Cavusoglu met with Dendias: TUR -> GRC consult\n" << out;
}

TEST(CodeCommand, QuotesNameTheirSpeaker) {
  if (!have_models()) GTEST_SKIP() << "models/tagger.bin is absent: train the models (models/README.md)";
  int status = 0;
  const std::string out = run("'" DUNLIN_CLI "' code --only quotes '" + kExample + "' 2>/dev/null", status);
  ASSERT_EQ(status, 0);
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
  int status = 0;
  const std::string tsv = run("'" DUNLIN_CLI "' code --format tsv '" + kExample + "' 2>/dev/null", status);
  ASSERT_EQ(status, 0);
  EXPECT_EQ(tsv.rfind("doc\tsentence\tdate\tsource\ttarget\tcameo", 0), 0u);
  const std::string conllu = run("'" DUNLIN_CLI "' code --format conllu '" + kExample + "' 2>/dev/null", status);
  ASSERT_EQ(status, 0);
  EXPECT_NE(conllu.find("Actor=TURGOV"), std::string::npos);
  EXPECT_NE(conllu.find("Event="), std::string::npos);
}

TEST(CodeCommand, BadArgumentsAndMissingModelsAreClearErrors) {
  int status = 0;
  std::string out = run("'" DUNLIN_CLI "' code --date 11/05/2020 '" + kExample + "' 2>&1", status);
  EXPECT_EQ(status, 2);
  EXPECT_NE(out.find("--date"), std::string::npos) << out;
  out = run("'" DUNLIN_CLI "' code --models /nonexistent/models '" + kExample + "' 2>&1", status);
  EXPECT_EQ(status, 2);
  EXPECT_NE(out.find("/nonexistent/models"), std::string::npos) << out;
}

}  // namespace
}  // namespace dunlin
