// The tokenizer's data files: loading, validation errors with file:line, user extensions, the sentence model file.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "dunlin/resources.h"
#include "dunlin/segment/rules.h"
#include "dunlin/segment/segmenter.h"
#include "dunlin/segment/sentence_splitter.h"

namespace dunlin {
namespace {
namespace fs = std::filesystem;

// A copy of data/segment in a fresh temporary folder, so a test can break or extend one file.
class DataDir : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dunlin-segment-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    const fs::path src = find_resource("data/segment/abbreviations.txt").parent_path();
    for (const auto& e : fs::directory_iterator(src)) fs::copy_file(e.path(), dir_ / e.path().filename());
  }
  void TearDown() override { fs::remove_all(dir_); }
  void write(const std::string& name, const std::string& content) { std::ofstream(dir_ / name) << content; }
  void append(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name, std::ios::app) << content;
  }
  std::string load_error() {
    try {
      TokenizerRules::load(dir_);
    } catch (const SegmentDataError& e) {
      return e.what();
    }
    return "";
  }
  fs::path dir_;
};

TEST_F(DataDir, DefaultFilesLoad) {
  const TokenizerRules r = TokenizerRules::load(dir_);
  EXPECT_EQ(r.abbreviation("Gen."), AbbreviationKind::title);
  EXPECT_EQ(r.abbreviation("etc."), AbbreviationKind::other);
  EXPECT_EQ(r.abbreviation("Etc."), AbbreviationKind::other);  // lower-case entries match capitalised words
  EXPECT_EQ(r.abbreviation("No."), AbbreviationKind::title);
  EXPECT_EQ(r.abbreviation("no."), AbbreviationKind::none);  // but not the other way round
  EXPECT_TRUE(r.hyphen_prefixes.count("non"));
}

TEST_F(DataDir, MalformedLinesNameFileAndLine) {
  write("abbreviations.txt", "# comment\nabbreviation\tkind\nMr.\ttitle\nGov\ttitle\n");
  EXPECT_EQ(load_error(),
            (dir_ / "abbreviations.txt").string() + ":4: an abbreviation must end with its period: \"Gov\"");
  write("abbreviations.txt", "abbreviation\tkind\nMr.\tboss\n");
  EXPECT_EQ(load_error(), (dir_ / "abbreviations.txt").string() + ":2: unknown kind \"boss\" (use title or other)");
  write("abbreviations.txt", "abbreviation\tkind\nMr.\ttitle\nMr.\tother\n");
  EXPECT_EQ(load_error(), (dir_ / "abbreviations.txt").string() + ":3: duplicate abbreviation \"Mr.\"");
  write("abbreviations.txt", "abbr\tkind\n");
  EXPECT_EQ(load_error(),
            (dir_ / "abbreviations.txt").string() + ":1: expected the header line \"abbreviation<TAB>kind\"");
  write("abbreviations.txt", "abbreviation\tkind\nMr.\n");
  EXPECT_EQ(load_error(), (dir_ / "abbreviations.txt").string() + ":2: expected 2 tab-separated columns, found 1");
}

TEST_F(DataDir, MalformedClitics) {
  write("clitics.txt", "kind\tform\tparts\nword\tcannot\tcan nut\n");
  EXPECT_EQ(load_error(), (dir_ / "clitics.txt").string() + ":2: the parts \"can nut\" do not spell \"cannot\"");
  write("clitics.txt", "kind\tform\tparts\nprefix\tun\t-\n");
  EXPECT_EQ(load_error(), (dir_ / "clitics.txt").string() + ":2: unknown kind \"prefix\" (use suffix or word)");
}

TEST_F(DataDir, MissingFileIsAnError) {
  fs::remove(dir_ / "units.txt");
  EXPECT_EQ(load_error(), (dir_ / "units.txt").string() + ": cannot open file");
}

TEST_F(DataDir, UsersCanExtendTheLists) {
  append("abbreviations.txt", "Gen'l.\ttitle\n");
  append("clitics.txt", "word\tdunno\tdun no\n");
  append("hyphen_prefixes.txt", "self\n");
  const auto rules = std::make_shared<const TokenizerRules>(TokenizerRules::load(dir_));
  const Segmenter seg(rules, SplitMethod::rules, nullptr);
  Document d;
  d.text = "Gen'l. Marek said dunno about self-rule.";
  seg.annotate(d);
  std::vector<std::string> toks;
  for (size_t i = 0; i < d.tokens.size(); ++i) toks.emplace_back(d.token_text(i));
  EXPECT_EQ(toks, (std::vector<std::string>{"Gen'l.", "Marek", "said", "dun", "no", "about", "self-rule", "."}));
}

TEST_F(DataDir, ModelFileErrors) {
  write("bad.bin", "not a model at all");
  try {
    SentenceModel::load(dir_ / "bad.bin");
    FAIL() << "no error";
  } catch (const SegmentDataError& e) {
    EXPECT_EQ(std::string(e.what()), (dir_ / "bad.bin").string() + ": byte 0: not a dunlin sentence model (bad magic)");
  }
  SentenceModel m;
  m.bits = 10;
  m.weights.assign(1024, 0.0f);
  m.weights[7] = 1.5f;
  m.save(dir_ / "ok.bin");
  const SentenceModel back = SentenceModel::load(dir_ / "ok.bin");
  EXPECT_EQ(back.bits, 10u);
  EXPECT_EQ(back.weights[7], 1.5f);
  // Truncated: the header promises one weight that is not there.
  std::string bytes;
  {
    std::ifstream in(dir_ / "ok.bin", std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  write("short.bin", bytes.substr(0, bytes.size() - 3));
  EXPECT_THROW(SentenceModel::load(dir_ / "short.bin"), SegmentDataError);
}

TEST(Resources, MissingResourceNamesWhereItLooked) {
  try {
    find_resource("data/segment/no-such-list.txt");
    FAIL() << "no error";
  } catch (const ResourceError& e) {
    EXPECT_NE(std::string(e.what()).find("no-such-list.txt"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("DUNLIN_HOME"), std::string::npos);
  }
}

}  // namespace
}  // namespace dunlin
