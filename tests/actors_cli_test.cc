// Tests of `dunlin dict check` and `dunlin dict find` through the built binary.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <string>
#include <sys/wait.h>

#include "actors_test_util.h"

namespace dunlin {
namespace {

struct RunResult {
  int status = -1;
  std::string output;  // standard output and standard error
};

RunResult run(const std::string& args) {
  RunResult r;
  const std::string command = std::string(DUNLIN_CLI) + " " + args + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return r;
  std::array<char, 4096> buffer;
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) r.output.append(buffer.data(), n);
  const int raw = pclose(pipe);
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return r;
}

TEST(DictCli, CheckPrintsCounts) {
  const RunResult r = run("dict check");
  EXPECT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find("people.tsv"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("312 CAMEO codes"), std::string::npos) << r.output;
}

TEST(DictCli, CheckReportsFileAndLineOfABadUserFile) {
  testing::ScratchDir user("cli-bad");
  user.write("people.tsv", "id\tnames\tcode\tfrom\n# comment\nx\tX Y\tSYRGOV\t2020-02-30\n");
  const RunResult r = run("dict check --dict " + user.path());
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.output.find("people.tsv:3: bad date '2020-02-30'"), std::string::npos) << r.output;
}

TEST(DictCli, FindPrintsMentionsWithDatedCodes) {
  const RunResult r = run("dict find 'Kremlin spokesman Dmitry Peskov met Netanyahu.' --date 2022-03-01");
  EXPECT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find("Kremlin\tseat\tRUSGOV"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("Dmitry Peskov\tperson\tRUSGOV"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("Netanyahu.\tperson\tISROPP"), std::string::npos) << r.output;
  EXPECT_EQ(run("dict find Syria --date 2022-13-01").status, 2);
}

}  // namespace
}  // namespace dunlin
