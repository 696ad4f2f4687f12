// Word clusters from pre-trained word vectors (WordClusters::from_embeddings, `dunlin train clusters
// --embeddings`): spherical k-means on a tiny hand-written vector file puts each group of similar vectors in one
// cluster and the groups apart, is deterministic, folds digits and looks capitalized words up lowercased;
// malformed files are refused with file:line errors. A tagger trained with a cluster table keeps it in its model
// file and tags the same after a round trip; `train parser --jackknife` trains its fold taggers with the clusters of
// the --tagger model.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <set>
#include <stdexcept>
#include <string>

#include "cli_test_util.h"
#include "dunlin/nlp/tagger.h"
#include "dunlin/nlp/word_clusters.h"
#include "nlp_test_util.h"

namespace dunlin::nlp {
namespace {

const std::string kData = DUNLIN_TEST_DATA "/nlp/";

EmbeddingClusterOptions options(std::vector<int> sizes) {
  EmbeddingClusterOptions o;
  o.sizes = std::move(sizes);
  return o;
}

// The fixture's four groups: countries, first names, reporting verbs, years.
const std::vector<std::vector<std::string>> kGroups = {
    {"france", "germany", "spain"}, {"john", "mary", "peter"}, {"said", "told", "announced"}, {"2020"}};

uint16_t id(const WordClusters& wc, const std::string& word, int level) {
  const uint16_t* p = wc.find(word);
  if (p == nullptr) throw std::runtime_error("not clustered: " + word);
  return p[level];
}

TEST(EmbeddingClusters, SimilarVectorsShareAClusterAndGroupsStayApart) {
  const WordClusters wc = WordClusters::from_embeddings(kData + "tiny-vectors.txt", options({4, 2}));
  ASSERT_EQ(wc.levels(), 2);
  EXPECT_EQ(wc.size(), 10u);  // "1984" folds to "0000" like "2020", which comes first and is kept
  for (int level = 0; level < 2; ++level)
    for (const auto& group : kGroups)
      for (const auto& w : group) EXPECT_EQ(id(wc, w, level), id(wc, group[0], level)) << w << " level " << level;
  // Four clusters for four well-separated groups: each its own.
  for (size_t a = 0; a < kGroups.size(); ++a)
    for (size_t b = a + 1; b < kGroups.size(); ++b)
      EXPECT_NE(id(wc, kGroups[a][0], 0), id(wc, kGroups[b][0], 0)) << kGroups[a][0] << " / " << kGroups[b][0];
  // Two clusters: both used.
  std::set<uint16_t> coarse;
  for (const auto& group : kGroups) coarse.insert(id(wc, group[0], 1));
  EXPECT_EQ(coarse.size(), 2u);
  // Lookup as the NER does it: any year, capitalized words through their lowercase form.
  EXPECT_EQ(id(wc, "1999", 0), id(wc, "2020", 0));
  EXPECT_EQ(id(wc, "France", 0), id(wc, "france", 0));
  EXPECT_EQ(id(wc, "JOHN", 0), id(wc, "john", 0));
  EXPECT_EQ(wc.find("lagos"), nullptr);
}

TEST(EmbeddingClusters, DeterministicCappedAndRoundTrips) {
  const WordClusters a = WordClusters::from_embeddings(kData + "tiny-vectors.txt", options({3, 5}));
  const WordClusters b = WordClusters::from_embeddings(kData + "tiny-vectors.txt", options({3, 5}));
  const dunlin::testing::TempDir tmp;
  const auto path = tmp.path() + "/clusters.tsv";
  a.write_tsv(path);
  const WordClusters from_tsv = WordClusters::read_tsv(path);
  std::remove(path.c_str());
  for (const auto& group : kGroups)
    for (const auto& w : group)
      for (int level = 0; level < 2; ++level) {
        EXPECT_EQ(id(b, w, level), id(a, w, level)) << w;
        EXPECT_EQ(id(from_tsv, w, level), id(a, w, level)) << w;
      }
  auto capped = options({2});
  capped.max_words = 4;
  const WordClusters first4 = WordClusters::from_embeddings(kData + "tiny-vectors.txt", capped);
  EXPECT_EQ(first4.size(), 4u);
  EXPECT_NE(first4.find("john"), nullptr);
  EXPECT_EQ(first4.find("mary"), nullptr);
  // More clusters than words: every word its own.
  capped.sizes = {100};
  EXPECT_NE(id(WordClusters::from_embeddings(kData + "tiny-vectors.txt", capped), "france", 0),
            id(WordClusters::from_embeddings(kData + "tiny-vectors.txt", capped), "john", 0));
}

std::string error_of(const std::string& file) {
  try {
    WordClusters::from_embeddings(kData + file, options({2}));
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "no error";
}

TEST(EmbeddingClusters, MalformedFilesNameFileAndLine) {
  const std::string bad = error_of("bad-number-vectors.txt");
  EXPECT_NE(bad.find("bad-number-vectors.txt:2: bad number '0.2x'"), std::string::npos) << bad;
  // The word2vec header line "3 4" is skipped; line 4 has three values where the others have four.
  const std::string shortrow = error_of("short-row-vectors.txt");
  EXPECT_NE(shortrow.find("short-row-vectors.txt:4: expected 4 values after the word, found 3"), std::string::npos)
      << shortrow;
  const std::string missing = error_of("no-such-vectors.txt");
  EXPECT_NE(missing.find("no-such-vectors.txt: cannot open"), std::string::npos) << missing;
  EXPECT_THROW(WordClusters::from_embeddings(kData + "tiny-vectors.txt", options({1})), std::invalid_argument);
}

TEST(EmbeddingClusters, TrainClustersCommandWritesTheTable) {
  const dunlin::testing::TempDir tmp;
  const auto out = tmp.path() + "/clusters.tsv";
  const auto r = dunlin::testing::run_command("'" DUNLIN_CLI "' train clusters --embeddings '" + kData +
                                              "tiny-vectors.txt' --sizes 4,2 -o '" + out + "' 2>&1");
  ASSERT_EQ(r.status, 0) << r.out;
  const WordClusters wc = WordClusters::read_tsv(out);
  std::remove(out.c_str());
  ASSERT_EQ(wc.levels(), 2);
  EXPECT_EQ(wc.size(), 10u);
  EXPECT_EQ(id(wc, "mary", 0), id(wc, "peter", 0));
  EXPECT_NE(id(wc, "mary", 0), id(wc, "spain", 0));
  const auto bad = dunlin::testing::run_command("'" DUNLIN_CLI "' train clusters --embeddings '" + kData +
                                                "bad-number-vectors.txt' -o '" + out + "' 2>&1");
  EXPECT_NE(bad.status, 0);
  EXPECT_NE(bad.out.find("bad-number-vectors.txt:2:"), std::string::npos) << bad.out;
}

TEST(EmbeddingClusters, TaggerKeepsItsClustersInTheModelFile) {
  const auto train = read_conllu_file(DUNLIN_TEST_DATA "/nlp/tiny-treebank.conllu");
  const WordClusters wc = WordClusters::from_embeddings(kData + "tiny-vectors.txt", options({4, 2}));
  TrainOptions o = dunlin::nlp::testing::quick(10);
  o.clusters = &wc;
  const Tagger t = Tagger::train(train, nullptr, o, "");
  ModelFileWriter w;
  t.save(w);
  const ModelFile file = dunlin::nlp::testing::round_trip(w);
  EXPECT_TRUE(file.has("tagclust"));
  const Tagger loaded = Tagger::load(file);
  EXPECT_EQ(loaded.clusters().size(), wc.size());
  size_t ok = 0, n = 0;
  for (const auto& s : train) {
    const auto tags = t.tag(s);
    EXPECT_EQ(loaded.tag(s), tags);
    for (size_t i = 0; i < tags.size(); ++i, ++n) ok += s.words[i].upos == upos_name(t.upos(tags[i]));
  }
  EXPECT_EQ(ok, n);  // converges on the tiny treebank with the cluster features too
  ModelFileWriter plain;
  Tagger::train(train, nullptr, dunlin::nlp::testing::quick(2), "").save(plain);
  EXPECT_FALSE(dunlin::nlp::testing::round_trip(plain).has("tagclust"));
}

TEST(EmbeddingClusters, JackknifeTaggersOfTrainParserUseTheTaggersClusters) {
  // (A folder of its own: fixed names under /tmp collide with another checkout's tests running at the same time.)
  const dunlin::testing::TempDir tmp;
  const std::filesystem::path dir = tmp.path();
  const auto table = (dir / "clusters.tsv").string();
  const auto clustered = (dir / "tagger_clusters.bin").string();
  const auto plain = (dir / "tagger_plain.bin").string();
  const auto parser = (dir / "parser.bin").string();
  const std::string cli = "'" DUNLIN_CLI "' ";
  const std::string treebank = "'" DUNLIN_TEST_DATA "/nlp/tiny-treebank.conllu'";
  auto run = [](const std::string& command) {
    const auto r = dunlin::testing::run_command(command + " 2>&1");
    EXPECT_EQ(r.status, 0) << command << "\n" << r.out;
    return r.out;
  };
  run(cli + "train clusters --embeddings '" + kData + "tiny-vectors.txt' --sizes 4,2 -o '" + table + "'");
  run(cli + "train tagger --train " + treebank + " --epochs 2 --clusters '" + table + "' -o '" + clustered + "'");
  run(cli + "train tagger --train " + treebank + " --epochs 2 -o '" + plain + "'");
  const std::string jk = "train parser --train " + treebank + " --jackknife 2 --tagger-epochs 2 --epochs 1 -o '" +
                         parser + "' --tagger ";
  const std::string with = run(cli + jk + "'" + clustered + "'");
  EXPECT_NE(with.find("jackknife taggers with the tagger's 10 clustered words"), std::string::npos) << with;
  const std::string without = run(cli + jk + "'" + plain + "'");
  EXPECT_EQ(without.find("clustered words"), std::string::npos) << without;
  EXPECT_NE(without.find("jackknife fold 2/2"), std::string::npos) << without;
}

}  // namespace
}  // namespace dunlin::nlp
