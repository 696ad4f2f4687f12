// Tests of `dunlin dict check` and `dunlin dict find` through the built binary.
#include <gtest/gtest.h>

#include <string>

#include "actors_test_util.h"
#include "cli_test_util.h"

namespace dunlin {
namespace {

// `dunlin ARGS` with standard error merged into the output.
testing::CommandResult run(const std::string& args) { return testing::run_dunlin(args, testing::Stderr::merge); }

TEST(DictCli, CheckPrintsCounts) {
  const testing::CommandResult r = run("dict check");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("people.tsv"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("312 CAMEO codes"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("verb_frames.tsv"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("cues.tsv"), std::string::npos) << r.out;
}

TEST(DictCli, CheckValidatesTheEventAndAttributionFilesToo) {
  testing::TempDir user;
  user.write("verb_frames.tsv", "lemma\tkind\tframe\tcameo\nmeet\tverb\twith:T\t040\nmeet\tverb\twith:T\t046\n");
  testing::CommandResult r = run("dict check --dict " + user.path());
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find("verb_frames.tsv:3: the same lemma, kind and frame as line 2"), std::string::npos) << r.out;
  testing::TempDir cues;
  cues.write("cues.tsv", "cue\tkind\tstance\tobject\nsay\tverb\tshout\tclause\n");
  r = run("dict check --dict " + cues.path());
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find("cues.tsv:2"), std::string::npos) << r.out;
}

TEST(DictCli, CheckReportsFileAndLineOfABadUserFile) {
  testing::TempDir user;
  user.write("people.tsv", "id\tnames\tcode\tfrom\n# comment\nx\tX Y\tSYRGOV\t2020-02-30\n");
  const testing::CommandResult r = run("dict check --dict " + user.path());
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find("people.tsv:3: bad date '2020-02-30'"), std::string::npos) << r.out;
}

TEST(DictCli, FindPrintsMentionsWithDatedCodes) {
  const testing::CommandResult r = run("dict find 'Kremlin spokesman Dmitry Peskov met Netanyahu.' --date 2022-03-01");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("Kremlin\tseat\tRUSGOV"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Dmitry Peskov\tperson\tRUSGOV"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Netanyahu.\tperson\tISROPP"), std::string::npos) << r.out;
  EXPECT_EQ(run("dict find Syria --date 2022-13-01").status, 2);
}

}  // namespace
}  // namespace dunlin
