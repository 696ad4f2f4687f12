// The NLP model file: section round trip, and clear errors for missing, corrupt, truncated and mismatched files.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <fstream>

#include "dunlin/nlp/model_file.h"
#include "dunlin/nlp/perceptron.h"

namespace dunlin::nlp {
namespace {

std::string temp_path(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("dunlin_test_" + std::to_string(::getpid()) + "_" + name)).string();
}

std::string sample_file() {
  ModelFileWriter w;
  ByteWriter a;
  a.u32(7);
  a.str("seven");
  a.array(std::vector<uint16_t>{1, 2, 3});
  w.add("alpha", a.take());
  ByteWriter b;
  b.f32(2.5f);
  w.add("beta", b.take());
  return w.serialize();
}

void expect_error_containing(const std::function<void()>& f, const std::string& needle) {
  try {
    f();
    ADD_FAILURE() << "expected a ModelError containing '" << needle << "'";
  } catch (const ModelError& e) {
    EXPECT_NE(std::string(e.what()).find(needle), std::string::npos) << e.what();
  }
}

TEST(ModelFile, SectionsRoundTrip) {
  const std::string path = temp_path("roundtrip.bin");
  ModelFile::parse(sample_file(), "x");  // parses
  {
    std::ofstream out(path, std::ios::binary);
    const std::string bytes = sample_file();
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  const ModelFile f = ModelFile::read(path);
  EXPECT_TRUE(f.has("alpha"));
  EXPECT_TRUE(f.has("beta"));
  EXPECT_FALSE(f.has("gamma"));
  ByteReader a = f.section("alpha");
  EXPECT_EQ(a.u32(), 7u);
  EXPECT_EQ(a.str(), "seven");
  EXPECT_EQ(a.array<uint16_t>(), (std::vector<uint16_t>{1, 2, 3}));
  EXPECT_TRUE(a.at_end());
  ByteReader b = f.section("beta");
  EXPECT_EQ(b.f32(), 2.5f);
  expect_error_containing([&] { b.u32(); }, "section beta: truncated");
  expect_error_containing([&] { f.section("gamma"); }, path + ": model has no section 'gamma'");
  std::filesystem::remove(path);
}

TEST(ModelFile, MissingFileNamesThePath) {
  expect_error_containing([] { ModelFile::read("/nonexistent/dir/model.bin"); }, "/nonexistent/dir/model.bin: cannot open");
}

TEST(ModelFile, CorruptByteFailsTheChecksum) {
  std::string bytes = sample_file();
  bytes[30] ^= 0x40;
  expect_error_containing([&] { ModelFile::parse(bytes, "corrupt.bin"); }, "corrupt.bin: checksum mismatch");
}

TEST(ModelFile, TruncatedFileIsRejected) {
  const std::string bytes = sample_file();
  for (size_t keep : {size_t{0}, size_t{10}, size_t{25}, bytes.size() - 1}) {
    try {
      ModelFile::parse(bytes.substr(0, keep), "short.bin");
      ADD_FAILURE() << "accepted a file truncated to " << keep << " bytes";
    } catch (const ModelError& e) {
      EXPECT_EQ(std::string(e.what()).rfind("short.bin: ", 0), 0u) << e.what();
    }
  }
}

TEST(ModelFile, WrongMagicAndVersion) {
  std::string bytes = sample_file();
  expect_error_containing([&] { ModelFile::parse("hello world, not a model", "text.bin"); },
                          "text.bin: not a dunlin model file");
  bytes[8] = 99;  // version field
  expect_error_containing([&] { ModelFile::parse(bytes, "future.bin"); }, "future.bin: model format version 99");
}

TEST(Perceptron, LearnsAndSurvivesSaveLoad) {
  // Three classes, each signalled by its own feature; feature 100 is shared noise.
  PerceptronTrainer t(3);
  for (int epoch = 0; epoch < 5; ++epoch)
    for (int c = 0; c < 3; ++c) {
      const std::vector<uint64_t> f = {static_cast<uint64_t>(2 * c + 1), 101};
      float s[3] = {0, 0, 0};
      t.score(f, s);
      t.update(f, c, static_cast<int>(std::max_element(s, s + 3) - s));
    }
  const PerceptronModel m = t.compile();
  ByteWriter w;
  m.save(w);
  const std::string bytes = w.take();
  ByteReader r(bytes, "perceptron");
  const PerceptronModel loaded = PerceptronModel::load(r);
  for (int c = 0; c < 3; ++c) {
    const std::vector<uint64_t> f = {static_cast<uint64_t>(2 * c + 1), 101};
    float a[3] = {0, 0, 0}, b[3] = {0, 0, 0};
    m.score(f, a);
    loaded.score(f, b);
    EXPECT_EQ(std::max_element(a, a + 3) - a, c);
    for (int k = 0; k < 3; ++k) EXPECT_EQ(a[k], b[k]);
  }
  // An out-of-range class id is caught at load.
  ByteWriter bad;
  bad.u32(3);
  bad.f32(1.0f);
  bad.array(std::vector<uint64_t>{1});
  bad.array(std::vector<uint32_t>{0, 1});
  bad.array(std::vector<uint16_t>{5});
  bad.array(std::vector<int16_t>{1});
  const std::string bad_bytes = bad.take();
  ByteReader rb(bad_bytes, "bad.bin: section x");
  expect_error_containing([&] { PerceptronModel::load(rb); }, "bad.bin: section x: perceptron class id out of range");
}

TEST(Perceptron, DenseAndSparseRowsScoreTheirWeights) {
  // 30 classes: `wide` has a weight for every class (stored as a dense row at load), `narrow` for two (a sparse
  // run); a third key is absent. One instance, so the averaged weights are the weights themselves.
  constexpr int kClasses = 30;
  const uint64_t wide = 0x9E3779B97F4A7C15ULL, narrow = 0xC2B2AE3D27D4EB4FULL, absent = 0x165667B19E3779F9ULL;
  PerceptronTrainer t(kClasses);
  for (int c = 0; c < kClasses; ++c) t.add(std::vector<uint64_t>{wide}, c, static_cast<float>(c + 1));
  t.add(std::vector<uint64_t>{narrow}, 3, -2.0f);
  t.add(std::vector<uint64_t>{narrow}, 7, 5.0f);
  t.tick();
  PerceptronModel m = t.compile();
  for (const bool pruned : {false, true}) {
    if (pruned) m.prune(1.5f);  // drops wide's weight for class 0 (1.0): the row stays dense
    float s[kClasses] = {};
    m.score(std::vector<uint64_t>{wide, narrow, absent}, s);
    for (int c = 0; c < kClasses; ++c) {
      const float want = (pruned && c == 0 ? 0.0f : c + 1.0f) + (c == 3 ? -2.0f : c == 7 ? 5.0f : 0.0f);
      EXPECT_NEAR(s[c], want, 1e-3) << "class " << c << (pruned ? " (pruned)" : "");
    }
    float only_absent[kClasses] = {};
    m.score(std::vector<uint64_t>{absent}, only_absent);
    for (const float v : only_absent) EXPECT_EQ(v, 0.0f);
  }
}

}  // namespace
}  // namespace dunlin::nlp
