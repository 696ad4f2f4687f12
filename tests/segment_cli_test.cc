// Runs the dunlin binary: `dunlin segment` output formats, problems and exit codes, `dunlin eval segment`.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "cli_test_util.h"

namespace {

using CliRun = dunlin::testing::CommandResult;
using dunlin::testing::run_command;

const std::string kCli = DUNLIN_CLI;
const std::string kData = std::string(DUNLIN_TEST_DATA) + "/segment";

TEST(SegmentCli, JsonLinesWithCodePointOffsets) {
  const CliRun r = run_command(kCli + " segment " + kData + "/article.txt");
  ASSERT_EQ(r.status, 0) << r.out;
  std::istringstream lines(r.out);
  std::string line;
  ASSERT_TRUE(std::getline(lines, line));
  EXPECT_FALSE(std::getline(lines, line)) << "one JSON line per document";
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["id"], "article.txt");
  EXPECT_EQ(j["metadata"]["title"], "Ministers meet in Oslo");
  EXPECT_EQ(j["metadata"]["date"], "2022-06-01");
  const auto& sentences = j["sentences"];
  ASSERT_EQ(sentences.size(), 4u);
  EXPECT_EQ(sentences[0]["text"], "OSLO, June 1 (Example Wire) -");  // the dateline is a sentence of its own
  EXPECT_EQ(sentences[1]["text"], "Norway's minister didn't attend.");
  EXPECT_EQ(sentences[2]["text"], "Mr. Berg said \"no.\"");
  EXPECT_EQ(sentences[3]["text"], "Zoë Ågren spoke later.");
  EXPECT_EQ(sentences[3]["paragraph"], 1);
  // The text is "OSLO ... \"no.\"\n\nZoë Ågren spoke later.": code point offsets, not bytes.
  const int para2 = sentences[3]["start"];
  EXPECT_EQ(para2, 84);
  const auto& toks = sentences[3]["tokens"];
  ASSERT_EQ(toks.size(), 5u);
  EXPECT_EQ(toks[0]["text"], "Zoë");
  EXPECT_EQ(toks[0]["start"], 84);
  EXPECT_EQ(toks[0]["end"], 87);
  EXPECT_EQ(toks[1]["start"], 88);  // 89 in bytes
  EXPECT_EQ(toks[1]["end"], 93);
  EXPECT_EQ(sentences[3]["end"], 106);  // 108 in bytes
  // "didn't" is two words of one multiword token.
  const auto& first = sentences[1]["tokens"];
  bool found = false;
  for (size_t k = 0; k + 1 < first.size(); ++k)
    if (first[k]["text"] == "did") {
      found = true;
      EXPECT_EQ(first[k]["fused"], true);
      EXPECT_EQ(first[k + 1]["text"], "n't");
    }
  EXPECT_TRUE(found);
}

TEST(SegmentCli, ConlluOutput) {
  const CliRun r = run_command(kCli + " segment --format conllu " + kData + "/article.txt");
  ASSERT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("# newdoc id = article.txt\n# newpar\n# sent_id = article.txt-1\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("# text = Mr. Berg said \"no.\"\n"), std::string::npos);
  EXPECT_NE(r.out.find("didn't\t_\t_\t_\t_\t_\t_\t_\t_\n"), std::string::npos);
  EXPECT_NE(r.out.find("\tattend\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"), std::string::npos);
}

TEST(SegmentCli, TextOutput) {
  const CliRun r = run_command(kCli + " segment --format text --splitter rules " + kData + "/article.txt");
  ASSERT_EQ(r.status, 0);
  EXPECT_EQ(r.out,
            "OSLO , June 1 ( Example Wire ) -\n"
            "Norway 's minister did n't attend .\n"
            "Mr. Berg said \" no . \"\n"
            "Zoë Ågren spoke later .\n\n");
}

TEST(SegmentCli, MissingFileFailsWithStatusOneAndOthersAreStillRead) {
  const CliRun r = run_command(kCli + " segment --format text " + kData + "/no-such-file.txt " + kData + "/article.txt 2>&1");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("no-such-file.txt"), std::string::npos);
  EXPECT_NE(r.out.find("Zoë Ågren spoke later ."), std::string::npos);
}

TEST(SegmentCli, UsageErrorsExitTwo) {
  EXPECT_EQ(run_command(kCli + " segment --format yaml " + kData + "/article.txt 2>/dev/null").status, 2);
  EXPECT_EQ(run_command(kCli + " segment 2>/dev/null").status, 2);
  EXPECT_EQ(run_command(kCli + " segment --data-dir /nonexistent " + kData + "/article.txt 2>/dev/null").status, 2);
}

TEST(SegmentCli, HelpExplainsTheFlags) {
  const CliRun r = run_command(kCli + " segment --help");
  EXPECT_EQ(r.status, 0);
  for (const char* flag : {"--format", "--input-format", "--splitter", "--data-dir", "--model"})
    EXPECT_NE(r.out.find(flag), std::string::npos) << flag;
  const CliRun e = run_command(kCli + " eval segment --help");
  EXPECT_NE(e.out.find("--conllu"), std::string::npos);
}

TEST(SegmentCli, EvalPrintsOneSummaryLine) {
  const CliRun r = run_command(kCli + " eval segment --conllu " + kData + "/two-docs.conllu");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("\ntokens_p=100.00 tokens_r=100.00 tokens_f1=100.00 sentences_p=100.00 sentences_r=100.00 "
                       "sentences_f1=100.00\n"),
            std::string::npos)
      << r.out;
}

}  // namespace
