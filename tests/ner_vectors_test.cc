// Binarized word vectors (WordVectorCodes, Guo et al. 2014) and the NER's vector features: each dimension is +
// above the mean of its positive values, - below the mean of its negative values, else 0; lookup folds digits
// and falls back to lowercase; the codes survive a model round trip; an NER trained with them on a tiny hand-written
// set recognizes its sentences, loads back with the same output, and bad flag combinations are refused.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "cli_test_util.h"
#include "dunlin/nlp/model_file.h"
#include "dunlin/nlp/ner.h"
#include "dunlin/nlp/word_clusters.h"

namespace dunlin::nlp {
namespace {


// Three dimensions. Dimension 0: positives 0.9, 0.8, 0.1 (mean 0.6), negatives -0.5, -0.1 (mean -0.3).
const char* kVectors =
    "paris 0.9 0.1 0.1\n"
    "london 0.8 0.2 -0.1\n"
    "said 0.1 -0.9 0.2\n"
    "the -0.5 0.3 0.8\n"
    "2020 -0.1 0.5 -0.6\n"
    "1999 0.7 0.7 0.7\n";  // folds to 0000 like 2020, which comes first: skipped

TEST(WordVectorCodes, SignsAgainstTheMeansOfPositiveAndNegativeValues) {
  const dunlin::testing::TempDir dir;  // a folder of its own: tests of other builds may run at the same time
  const auto path = dir.write("vectors.txt", kVectors);
  const WordVectorCodes wv = WordVectorCodes::from_embeddings(path, 100);
  ASSERT_EQ(wv.dims(), 3);
  EXPECT_EQ(wv.size(), 5u);
  // The vectors are scaled to unit length first; dimension 0 of paris (0.98) and london (0.97) is above the mean
  // of the positive values, said's (0.11) is not; the's (-0.53) is below the mean of the negative values.
  const uint8_t* paris = wv.find("Paris");  // through the lowercase form
  ASSERT_NE(paris, nullptr);
  EXPECT_EQ(WordVectorCodes::code(paris, 0), 1);
  EXPECT_EQ(WordVectorCodes::code(wv.find("london"), 0), 1);
  EXPECT_EQ(WordVectorCodes::code(wv.find("said"), 0), 0);
  EXPECT_EQ(WordVectorCodes::code(wv.find("the"), 0), 2);
  EXPECT_EQ(WordVectorCodes::code(wv.find("said"), 1), 0);  // dimension 1's only negative value is its own mean
  EXPECT_EQ(WordVectorCodes::code(wv.find("2020"), 1), 1);
  EXPECT_EQ(WordVectorCodes::code(wv.find("the"), 2), 1);
  EXPECT_EQ(WordVectorCodes::code(wv.find("2020"), 2), 2);
  EXPECT_EQ(wv.find("1984"), wv.find("2020"));  // digits folded
  EXPECT_EQ(wv.find("berlin"), nullptr);

  ByteWriter w;
  wv.save(w);
  const std::string bytes = w.take();
  ByteReader r(bytes, "memory");
  const WordVectorCodes loaded = WordVectorCodes::load(r);
  EXPECT_EQ(loaded.dims(), 3);
  EXPECT_EQ(loaded.size(), wv.size());
  for (const char* word : {"paris", "london", "said", "the", "2020"})
    for (int d = 0; d < 3; ++d)
      EXPECT_EQ(WordVectorCodes::code(loaded.find(word), d), WordVectorCodes::code(wv.find(word), d)) << word << d;
}

TEST(WordVectorCodes, BadFileNamesTheLine) {
  const dunlin::testing::TempDir dir;
  const auto path = dir.write("bad.txt", "paris 0.9 0.1\nlondon 0.8 x\n");
  try {
    WordVectorCodes::from_embeddings(path, 100);
    FAIL() << "expected a runtime_error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(":2:"), std::string::npos) << e.what();
  }
}

// Vectors for the words of tests/data/nlp/tiny-ner.iob2: person names, places and organisations on their own
// axes, other words on a fourth, with some noise so that every dimension has positive and negative values.
std::string tiny_ner_vectors() {
  const std::vector<std::pair<std::string, int>> words = {
      {"amr", 0},    {"ana", 0},    {"maria", 0},  {"tunde", 0},     {"nabil", 0},  {"silva", 0},   {"lopez", 0},
      {"cairo", 1},  {"chile", 1},  {"lagos", 1},  {"lisbon", 1},    {"yemen", 1},  {"oxfam", 2},   {"reuters", 2},
      {"bank", 2},   {"nations", 2}, {"united", 2}, {"world", 2},    {"police", 3}, {"officials", 3}, {"the", 3},
      {"aid", 3},    {"arrested", 3}, {"in", 3},    {"leads", 3},    {"met", 3},    {"praised", 3}, {"quoted", 3},
      {"sent", 3},   {"to", 3},     {"kofi", 0},   {"accra", 1}};
  std::string text;
  for (size_t i = 0; i < words.size(); ++i) {
    text += words[i].first;
    for (int d = 0; d < 4; ++d) text += d == words[i].second ? " 0.9" : (i + d) % 2 ? " -0.2" : " 0.1";
    text += '\n';
  }
  return text;
}

TEST(Ner, TrainsWithVectorCodesAndRoundTrips) {
  const auto train = read_iob2_file(DUNLIN_TEST_DATA "/nlp/tiny-ner.iob2");
  const dunlin::testing::TempDir dir;
  const auto path = dir.write("vectors.txt", tiny_ner_vectors());
  NerResources res;
  res.gazetteer.iso_codes_dir = "";
  res.vectors = WordVectorCodes::from_embeddings(path, 1000);
  res.features.vectors = true;
  res.features.vector_context = true;
  TrainOptions o;
  o.epochs = 10;
  const Ner ner = Ner::train(train, nullptr, o, nullptr, res);
  EXPECT_TRUE(ner.features().vectors);
  EXPECT_EQ(ner.vector_words(), res.vectors.size());
  for (const auto& s : train) {
    const std::vector<std::string_view> words(s.words.begin(), s.words.end());
    EXPECT_EQ(ner.recognize(words), spans_of_iob2(s.tags)) << s.id;
  }
  ModelFileWriter w;
  ner.save(w);
  const Ner loaded = Ner::load(ModelFile::parse(w.serialize(), "memory"));
  EXPECT_TRUE(loaded.features().vectors && loaded.features().vector_context);
  EXPECT_EQ(loaded.vector_words(), ner.vector_words());
  for (const auto& s : train) {
    const std::vector<std::string_view> words(s.words.begin(), s.words.end());
    EXPECT_EQ(loaded.recognize(words), ner.recognize(words)) << s.id;
  }
  // Words never seen in training, known only through their vectors: the same output after the round trip.
  const std::vector<std::string_view> unseen = {"Kofi", "met", "officials", "in", "Accra", "."};
  EXPECT_EQ(loaded.recognize(unseen), ner.recognize(unseen));

  // A model without vector features keeps no codes.
  NerResources plain = res;
  plain.features.vectors = plain.features.vector_context = false;
  EXPECT_EQ(Ner::train(train, nullptr, o, nullptr, plain).vector_words(), 0u);
}

TEST(Ner, VectorFeaturesNeedVectors) {
  const auto train = read_iob2_file(DUNLIN_TEST_DATA "/nlp/tiny-ner.iob2");
  NerResources res;
  res.gazetteer.iso_codes_dir = "";
  res.features.vectors = true;  // but no vectors
  TrainOptions o;
  o.epochs = 1;
  EXPECT_THROW(Ner::train(train, nullptr, o, nullptr, res), std::invalid_argument);
  res.features.vectors = false;
  res.features.vector_context = true;
  EXPECT_THROW(Ner::train(train, nullptr, o, nullptr, res), std::invalid_argument);
}

// `dunlin train ner --vectors FILE --vector-context` writes a model that keeps the codes; --vector-context alone
// is refused.
TEST(NerCli, TrainsWithVectorsAndRefusesContextWithout) {
  const dunlin::testing::TempDir dir;
  const std::string vectors = dir.write("vectors.txt", tiny_ner_vectors());
  const std::string train = DUNLIN_TEST_DATA "/nlp/tiny-ner.iob2";
  const std::string model = dir.path() + "/ner.bin";
  const auto ok = dunlin::testing::run_dunlin("train ner --train '" + train + "' --iso-codes '' --epochs 3 --vectors '" +
                                                  vectors + "' --vector-context -o '" + model + "'",
                                              dunlin::testing::Stderr::merge);
  ASSERT_EQ(ok.status, 0) << ok.out;
  EXPECT_NE(ok.out.find("vector codes of 32 words, 4 dimensions"), std::string::npos) << ok.out;
  const Ner loaded = Ner::load(ModelFile::read(model));
  EXPECT_TRUE(loaded.features().vectors && loaded.features().vector_context);
  EXPECT_EQ(loaded.vector_words(), 32u);
  const auto bad = dunlin::testing::run_dunlin("train ner --train '" + train + "' --iso-codes '' --vector-context -o '" +
                                                   dir.path() + "/bad.bin'",
                                               dunlin::testing::Stderr::merge);
  EXPECT_NE(bad.status, 0);
  EXPECT_NE(bad.out.find("--vector-context needs --vectors"), std::string::npos) << bad.out;
}

}  // namespace
}  // namespace dunlin::nlp
