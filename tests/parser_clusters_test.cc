// Parser feature set 4 (set 2 + word-cluster templates, the cluster table baked into the model): it trains on a
// tiny hand-written treebank, survives a save/load round trip, refuses a missing or unwanted table; and the shipped
// parser model file (feature set 2) still loads, re-saves to the same bytes and parses hand-written sentences as
// recorded in tests/data/nlp/shipped-parser-golden.conllu.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "dunlin/nlp/parser.h"
#include "dunlin/nlp/pipeline.h"
#include "nlp_test_util.h"

namespace dunlin::nlp {
namespace {

using testing::quick;
using testing::round_trip;

const std::string kTiny = DUNLIN_TEST_DATA "/nlp/tiny-treebank.conllu";
const std::string kClusters = DUNLIN_TEST_DATA "/nlp/tiny-clusters.tsv";
const std::string kGolden = DUNLIN_TEST_DATA "/nlp/shipped-parser-golden.conllu";

TrainOptions with_clusters(int epochs, const WordClusters& clusters) {
  TrainOptions o = quick(epochs);
  o.clusters = &clusters;
  return o;
}

TEST(ParserClusters, FeatureSet4ConvergesOnTinyTreebankAndRoundTrips) {
  const auto train = read_conllu_file(kTiny);
  const WordClusters clusters = WordClusters::read_tsv(kClusters);
  ASSERT_EQ(clusters.levels(), 3);
  const Parser p = Parser::train(train, nullptr, with_clusters(15, clusters), Parser::kClusterFeatureSet);
  EXPECT_EQ(p.feature_set(), 4u);
  EXPECT_EQ(p.clustered_words(), clusters.size());
  ModelFileWriter w;
  p.save(w);
  const Parser loaded = Parser::load(round_trip(w));
  EXPECT_EQ(loaded.feature_set(), 4u);
  EXPECT_EQ(loaded.clustered_words(), clusters.size());
  EXPECT_EQ(loaded.num_features(), p.num_features());
  size_t las = 0, n = 0;
  for (const auto& gold : train) {
    ConlluSentence a = gold, b = gold;
    p.parse(a);
    loaded.parse(b);
    for (size_t i = 0; i < a.words.size(); ++i, ++n) {
      EXPECT_EQ(a.words[i].head, b.words[i].head);
      EXPECT_EQ(a.words[i].deprel, b.words[i].deprel);
      las += a.words[i].head == gold.words[i].head && a.words[i].deprel == gold.words[i].deprel;
    }
  }
  EXPECT_EQ(las, n) << "training LAS should reach 100% on the tiny treebank";
  // Saving the loaded model gives the same bytes (the table is kept as hashes + ids).
  ModelFileWriter again;
  loaded.save(again);
  EXPECT_EQ(again.serialize(), w.serialize());
}

TEST(ParserClusters, TheClustersChangeTheModel) {
  // The same training with another table (every word in one cluster) gives other weights: the templates are live.
  const auto train = read_conllu_file(kTiny);
  const WordClusters clusters = WordClusters::read_tsv(kClusters);
  const std::string flat_path = (std::filesystem::temp_directory_path() / "dunlin-flat-clusters.tsv").string();
  {
    std::ifstream in(kClusters);
    std::ofstream out(flat_path);
    std::string line;
    while (std::getline(in, line)) out << line.substr(0, line.find('\t')) << "\t0\t0\t0\n";
  }
  const WordClusters flat = WordClusters::read_tsv(flat_path);
  std::filesystem::remove(flat_path);
  ModelFileWriter a, b;
  Parser::train(train, nullptr, with_clusters(3, clusters), 4).save(a);
  Parser::train(train, nullptr, with_clusters(3, flat), 4).save(b);
  EXPECT_NE(a.serialize(), b.serialize());
}

TEST(ParserClusters, FeatureSet4NeedsATableAndOnlyItTakesOne) {
  const auto train = read_conllu_file(kTiny);
  const WordClusters clusters = WordClusters::read_tsv(kClusters);
  EXPECT_THROW(Parser::train(train, nullptr, quick(1), 4), std::invalid_argument);
  EXPECT_THROW(Parser::train(train, nullptr, with_clusters(1, clusters), 2), std::invalid_argument);
  EXPECT_THROW(Parser::train(train, nullptr, with_clusters(1, clusters), 5), std::invalid_argument);
}

TEST(ParserClusters, TruncatedClusterTableInAModelFileIsAClearError) {
  const auto train = read_conllu_file(kTiny);
  const WordClusters clusters = WordClusters::read_tsv(kClusters);
  ModelFileWriter w;
  Parser::train(train, nullptr, with_clusters(1, clusters), 4).save(w);
  std::string bytes = w.serialize();
  // Cut the file inside the parser section, after its header: a clear ModelError, not a crash.
  bytes.resize(bytes.size() / 2);
  EXPECT_THROW(Parser::load(ModelFile::parse(bytes, "cut")), ModelError);
}

// The shipped parser (feature set 2): loads, re-saves byte for byte, parses as recorded.
std::string shipped_parser_path() { return default_model_dir() + "/parser.bin"; }

TEST(ParserClusters, ShippedParserFileIsReadAndWrittenUnchanged) {
  const std::string path = shipped_parser_path();
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no shipped parser at " << path;
  const Parser p = Parser::load(ModelFile::read(path));
  EXPECT_LE(p.feature_set(), 3u);
  EXPECT_EQ(p.clustered_words(), 0u);
  ModelFileWriter w;
  p.save(w);
  std::ifstream in(path, std::ios::binary);
  std::stringstream file;
  file << in.rdbuf();
  EXPECT_EQ(w.serialize(), file.str()) << "the shipped parser model does not re-save to the same bytes";
}

TEST(ParserClusters, ShippedParserParsesAsRecorded) {
  const std::string path = shipped_parser_path();
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no shipped parser at " << path;
  const Parser p = Parser::load(ModelFile::read(path));
  const auto golden = read_conllu_file(kGolden);
  ASSERT_GE(golden.size(), 5u);
  for (const auto& g : golden) {
    ConlluSentence s = g;
    for (auto& w : s.words) w.head = -1, w.deprel = "_";
    p.parse(s);
    for (size_t i = 0; i < s.words.size(); ++i) {
      EXPECT_EQ(s.words[i].head, g.words[i].head) << g.comment_value("sent_id") << " word " << i + 1;
      EXPECT_EQ(s.words[i].deprel, g.words[i].deprel) << g.comment_value("sent_id") << " word " << i + 1;
    }
  }
}

}  // namespace
}  // namespace dunlin::nlp
