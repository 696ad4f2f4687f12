// `dunlin eval ner|parse --model FILE` through the built binary: the model given is scored, and the copy of that
// component in the model folder is not read (it may be of another version); `eval ner --output` writes the word,
// gold and predicted tag of every word of a multi-document file.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "cli_test_util.h"

namespace dunlin {
namespace {

const std::filesystem::path kModels = std::filesystem::path(DUNLIN_SOURCE_DIR) / "models";

bool have_ner_models() {
  return std::filesystem::exists(kModels / "tagger.bin") && std::filesystem::exists(kModels / "ner.bin");
}

TEST(EvalNlpCli, ModelGivenReplacesTheFoldersCopy) {
  namespace fs = std::filesystem;
  const fs::path models = kModels;
  if (!have_ner_models()) GTEST_SKIP() << "the shipped models are needed (models/tagger.bin, models/ner.bin)";
  const testing::TempDir dir;
  ASSERT_FALSE(dir.path().empty());
  fs::copy_file(models / "tagger.bin", fs::path(dir.path()) / "tagger.bin");
  dir.write("ner.bin", "not a model");  // a broken copy in the folder
  const std::string eval =
      std::string("eval ner --gold ") + DUNLIN_TEST_DATA + "/nlp/tiny-ner.iob2" + " --models " + dir.path();
  using testing::Stderr;
  const testing::CommandResult given =
      testing::run_dunlin(eval + " --model " + (models / "ner.bin").string(), Stderr::merge);
  EXPECT_EQ(given.status, 0) << given.out;
  EXPECT_NE(given.out.find("ner_f1="), std::string::npos) << given.out;
  const testing::CommandResult folder = testing::run_dunlin(eval, Stderr::merge);
  EXPECT_NE(folder.status, 0) << "the folder's broken ner.bin is read without --model";
  EXPECT_NE(folder.out.find("ner.bin"), std::string::npos) << folder.out;
}

TEST(EvalNlpCli, NerOutputListsEveryWordWithGoldAndPrediction) {
  namespace fs = std::filesystem;
  const fs::path models = kModels;
  if (!have_ner_models()) GTEST_SKIP() << "the shipped models are needed (models/tagger.bin, models/ner.bin)";
  const testing::TempDir dir;
  ASSERT_FALSE(dir.path().empty());
  const std::string gold = std::string(DUNLIN_TEST_DATA) + "/nlp/ner-documents.iob2";
  const std::string out = (fs::path(dir.path()) / "pred.tsv").string();
  const testing::CommandResult r = testing::run_dunlin(
      "eval ner --gold " + gold + " --models " + models.string() + " --output " + out, testing::Stderr::merge);
  const std::string& log = r.out;
  ASSERT_EQ(r.status, 0) << log;
  EXPECT_NE(log.find("ner_f1="), std::string::npos) << log;
  // The gold file's words and tags, in order, against the output's first two columns.
  std::vector<std::string> expected, got;
  std::ifstream g(gold), o(out);
  ASSERT_TRUE(o) << out;
  for (std::string line; std::getline(g, line);)
    if (!line.empty() && line[0] != '#') {
      std::istringstream f(line);
      std::string id, word, tag;
      f >> id >> word >> tag;
      expected.push_back(word + " " + tag);
    }
  size_t sentences = 0;
  for (std::string line; std::getline(o, line);) {
    if (line.rfind("# sent_id = ", 0) == 0) ++sentences;
    if (line.empty() || line[0] == '#') continue;
    std::istringstream f(line);
    std::string word, tag, predicted;
    f >> word >> tag >> predicted;
    EXPECT_TRUE(predicted == "O" || predicted.rfind("B-", 0) == 0 || predicted.rfind("I-", 0) == 0) << line;
    got.push_back(word + " " + tag);
  }
  EXPECT_EQ(got, expected);
  EXPECT_EQ(sentences, 32u);
}

// `train parser-network`, `train parser-combine` and `eval parse --network-weight` through the built binary, on
// the tiny treebank: the combined file is scored, weight 0 and one candidate (stored or given) score as the
// perceptron alone, a weight for a parser without a network and a network file given as the perceptron are errors
// naming the problem.
TEST(EvalNlpCli, NetworkParserTrainsCombinesAndIsScored) {
  namespace fs = std::filesystem;
  if (!std::filesystem::exists(kModels / "tagger.bin"))
    GTEST_SKIP() << "the shipped tagger is needed (models/tagger.bin)";
  const testing::TempDir dir;
  ASSERT_FALSE(dir.path().empty());
  const std::string tiny = std::string(DUNLIN_TEST_DATA) + "/nlp/tiny-treebank.conllu";
  const std::string perceptron = (fs::path(dir.path()) / "perceptron.bin").string();
  const std::string network = (fs::path(dir.path()) / "network.bin").string();
  const std::string combined = (fs::path(dir.path()) / "combined.bin").string();
  using testing::Stderr;
  auto r = testing::run_dunlin("train parser --train " + tiny + " --epochs 5 -o " + perceptron, Stderr::merge);
  ASSERT_EQ(r.status, 0) << r.out;
  r = testing::run_dunlin(
      "train parser-network --train " + tiny + " --dev " + tiny + " --epochs 3 --hidden 16 -o " + network,
      Stderr::merge);
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("dev UAS"), std::string::npos) << r.out;
  r = testing::run_dunlin("train parser-combine " + perceptron + " " + network + " --weight 2 -o " + combined,
                          Stderr::merge);
  ASSERT_EQ(r.status, 0) << r.out;
  const std::string eval = "eval parse --gold " + tiny + " --models " + kModels.string() + " --model ";
  const auto score = [](const std::string& out) {
    const size_t at = out.find("uas=");
    return at == std::string::npos ? std::string() : out.substr(at);
  };
  const auto with = testing::run_dunlin(eval + combined, Stderr::merge);
  ASSERT_EQ(with.status, 0) << with.out;
  EXPECT_FALSE(score(with.out).empty()) << with.out;
  const auto silent = testing::run_dunlin(eval + combined + " --network-weight 0", Stderr::merge);
  const auto alone = testing::run_dunlin(eval + perceptron, Stderr::merge);
  ASSERT_EQ(silent.status, 0) << silent.out;
  EXPECT_EQ(score(silent.out), score(alone.out)) << "weight 0 is the perceptron alone";
  const auto one = testing::run_dunlin(eval + combined + " --network-candidates 1", Stderr::merge);
  ASSERT_EQ(one.status, 0) << one.out;
  EXPECT_EQ(score(one.out), score(alone.out)) << "one candidate is the perceptron's own choice";
  const auto never = testing::run_dunlin(eval + combined + " --network-margin 0.000001", Stderr::merge);
  ASSERT_EQ(never.status, 0) << never.out;
  EXPECT_EQ(score(never.out), score(alone.out)) << "a margin the perceptron always reaches: the network is not asked";
  const std::string narrowed = (fs::path(dir.path()) / "narrowed.bin").string();
  r = testing::run_dunlin(
      "train parser-combine " + perceptron + " " + network + " --weight 2 --candidates 1 -o " + narrowed,
      Stderr::merge);
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(score(testing::run_dunlin(eval + narrowed, Stderr::merge).out), score(alone.out));
  const auto no_network = testing::run_dunlin(eval + perceptron + " --network-weight 1", Stderr::merge);
  EXPECT_NE(no_network.status, 0);
  EXPECT_NE(no_network.out.find("no network"), std::string::npos) << no_network.out;
  const auto swapped =
      testing::run_dunlin("train parser-combine " + network + " " + perceptron + " -o " + combined, Stderr::merge);
  EXPECT_NE(swapped.status, 0);
  EXPECT_NE(swapped.out.find("network.bin"), std::string::npos) << swapped.out;
}

}  // namespace
}  // namespace dunlin
