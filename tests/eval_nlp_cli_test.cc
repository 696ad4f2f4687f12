// `dunlin eval ner|parse --model FILE` through the built binary: the model given is scored, and the copy of that
// component in the model folder is not read (it may be of another version).
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

struct CliRun {
  int status;
  std::string out;
};

CliRun run(const std::string& command) {
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return {-1, ""};
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
  const int raw = pclose(pipe);
  return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, out};
}

TEST(EvalNlpCli, ModelGivenReplacesTheFoldersCopy) {
  namespace fs = std::filesystem;
  const fs::path models = fs::path(DUNLIN_SOURCE_DIR) / "models";
  if (!fs::exists(models / "tagger.bin") || !fs::exists(models / "ner.bin"))
    GTEST_SKIP() << "the shipped models are needed (models/tagger.bin, models/ner.bin)";
  const fs::path dir = fs::temp_directory_path() / ("dunlin-eval-cli-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::copy_file(models / "tagger.bin", dir / "tagger.bin", fs::copy_options::overwrite_existing);
  std::ofstream(dir / "ner.bin") << "not a model";  // a broken copy in the folder
  const std::string gold = std::string(DUNLIN_TEST_DATA) + "/nlp/tiny-ner.iob2";
  const std::string cli = DUNLIN_CLI;
  const CliRun given = run(cli + " eval ner --gold " + gold + " --models " + dir.string() + " --model " +
                           (models / "ner.bin").string());
  EXPECT_EQ(given.status, 0) << given.out;
  EXPECT_NE(given.out.find("ner_f1="), std::string::npos) << given.out;
  const CliRun folder = run(cli + " eval ner --gold " + gold + " --models " + dir.string());
  EXPECT_NE(folder.status, 0) << "the folder's broken ner.bin is read without --model";
  EXPECT_NE(folder.out.find("ner.bin"), std::string::npos) << folder.out;
  fs::remove_all(dir);
}

}  // namespace
