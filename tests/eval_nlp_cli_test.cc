// `dunlin eval ner|parse --model FILE` through the built binary: the model given is scored, and the copy of that
// component in the model folder is not read (it may be of another version).
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "cli_test_util.h"

namespace dunlin {
namespace {

TEST(EvalNlpCli, ModelGivenReplacesTheFoldersCopy) {
  namespace fs = std::filesystem;
  const fs::path models = fs::path(DUNLIN_SOURCE_DIR) / "models";
  if (!fs::exists(models / "tagger.bin") || !fs::exists(models / "ner.bin"))
    GTEST_SKIP() << "the shipped models are needed (models/tagger.bin, models/ner.bin)";
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

}  // namespace
}  // namespace dunlin
