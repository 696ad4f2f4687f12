// NER decoding and document context: greedy and Viterbi models both learn the tiny hand-written set and keep
// their decoder and feature flags through a save/load round trip; Viterbi output is well formed on arbitrary
// input; IOB2 document markers are read; the document context labels a later lowercase mention of a name the
// document introduced earlier, and without the context it does not; recognize_document() gives what sentence-by-
// sentence recognition with one context gives; the two-pass (stacked) model learns the documents, labels an
// earlier lowercase mention from a later capitalized one, and keeps its flag and weights through a round trip;
// organisation keywords are recognized; the acronym features label an all-caps word that spells the initials of an
// organisation the document named before (and not one that does not), and both flags survive a round trip; the
// mean of perceptron models scores as the mean of their scores, and a bagged NER (--bag) learns the tiny set.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>

#include <unistd.h>

#include "dunlin/nlp/ner.h"
#include "nlp_test_util.h"

namespace dunlin::nlp {
namespace {

using testing::quick;
using testing::round_trip;

std::vector<std::string_view> views(const std::vector<std::string>& v) { return {v.begin(), v.end()}; }

NerResources no_lists(NerFeatureSet features) {
  NerResources r;
  r.gazetteer.iso_codes_dir = "";
  r.features = features;
  return r;
}

class NerDecoders : public ::testing::TestWithParam<NerFeatureSet> {};

TEST_P(NerDecoders, LearnTinyDataAndRoundTrip) {
  const auto train = read_iob2_file(DUNLIN_TEST_DATA "/nlp/tiny-ner.iob2");
  const Ner ner = Ner::train(train, nullptr, quick(12), nullptr, no_lists(GetParam()));
  EXPECT_EQ(ner.features().viterbi, GetParam().viterbi);
  for (const auto& s : train) EXPECT_EQ(ner.recognize(views(s.words)), spans_of_iob2(s.tags)) << s.id;
  ModelFileWriter w;
  ner.save(w);
  const Ner loaded = Ner::load(round_trip(w));
  EXPECT_EQ(loaded.features().viterbi, GetParam().viterbi);
  EXPECT_EQ(loaded.features().history, GetParam().history);
  EXPECT_EQ(loaded.features().sentence_case, GetParam().sentence_case);
  NerContext a, b;
  for (const auto& s : train) EXPECT_EQ(loaded.recognize(views(s.words), {}, &a), ner.recognize(views(s.words), {}, &b));
}

INSTANTIATE_TEST_SUITE_P(Ner, NerDecoders,
                         ::testing::Values(NerFeatureSet{false, false, false}, NerFeatureSet{true, false, false},
                                           NerFeatureSet{true, true, true}, NerFeatureSet{false, true, true}),
                         [](const ::testing::TestParamInfo<NerFeatureSet>& p) {
                           return std::string(p.param.viterbi ? "Viterbi" : "Greedy") +
                                  (p.param.history ? "WithDocumentContext" : "");
                         });

TEST(NerViterbi, SpansAreWellFormedOnArbitraryInput) {
  const auto train = read_iob2_file(DUNLIN_TEST_DATA "/nlp/tiny-ner.iob2");
  const Ner ner = Ner::train(train, nullptr, quick(8), nullptr, no_lists({}));
  std::vector<std::string> vocab;
  for (const auto& s : train) vocab.insert(vocab.end(), s.words.begin(), s.words.end());
  std::mt19937 rng(3);
  NerContext context;
  size_t entities = 0;
  for (int trial = 0; trial < 200; ++trial) {
    std::vector<std::string> words(1 + rng() % 12);
    for (auto& w : words) w = vocab[rng() % vocab.size()];
    const auto spans = ner.recognize(views(words), {}, &context);
    uint32_t last_end = 0;
    for (const auto& e : spans) {
      EXPECT_LT(e.first, e.end);
      EXPECT_LE(e.end, words.size());
      EXPECT_GE(e.first, last_end);  // sorted, no overlap
      last_end = e.end;
    }
    entities += spans.size();
  }
  EXPECT_GT(entities, 0u);  // names from the training words are found in the shuffled sentences
  EXPECT_TRUE(ner.recognize({}, {}, &context).empty());
}

TEST(NerDocuments, ReadsDocumentMarkers) {
  const auto docs = read_iob2_file(DUNLIN_TEST_DATA "/nlp/ner-documents.iob2");
  ASSERT_EQ(docs.size(), 32u);
  for (size_t s = 0; s < docs.size(); ++s) EXPECT_EQ(docs[s].doc_start, s % 2 == 0) << docs[s].id;
  // A file without document markers: every sentence stands alone.
  for (const auto& s : read_iob2_file(DUNLIN_TEST_DATA "/nlp/tiny-ner.iob2")) EXPECT_TRUE(s.doc_start) << s.id;
  // Two-column files: -DOCSTART- lines start documents.
  const auto path = std::filesystem::temp_directory_path() / ("dunlin-ner-docstart-" + std::to_string(::getpid()) + ".txt");
  {
    std::ofstream out(path);
    out << "-DOCSTART- O\n\nRain\tO\nfell\tO\n\nIt\tO\nstopped\tO\n\n-DOCSTART- O\n\nSun\tO\n";
  }
  const auto two = read_iob2_file(path.string());
  std::filesystem::remove(path);
  ASSERT_EQ(two.size(), 3u);
  EXPECT_TRUE(two[0].doc_start);
  EXPECT_FALSE(two[1].doc_start);
  EXPECT_TRUE(two[2].doc_start);
}

TEST(NerDocuments, ContextLabelsALaterLowercaseMention) {
  const auto train = read_iob2_file(DUNLIN_TEST_DATA "/nlp/ner-documents.iob2");
  const Ner ner = Ner::train(train, nullptr, quick(15), nullptr, no_lists({true, true, true}));
  // A name the training documents never used.
  const std::vector<std::string> first = {"We", "visited", "Pexoria", "."}, second = {"pexoria", "was", "warm", "."};
  NerContext context;
  EXPECT_EQ(ner.recognize(views(first), {}, &context), (std::vector<EntitySpan>{{2, 3, EntityLabel::LOC}}));
  EXPECT_GT(context.size(), 0u);
  EXPECT_EQ(ner.recognize(views(second), {}, &context), (std::vector<EntitySpan>{{0, 1, EntityLabel::LOC}}));
  // The same sentence opening a document of its own, or after an unrelated one, is not an entity.
  EXPECT_TRUE(ner.recognize(views(second)).empty());
  NerContext other;
  ner.recognize(views(std::vector<std::string>{"We", "stayed", "home", "."}), {}, &other);
  EXPECT_TRUE(ner.recognize(views(second), {}, &other).empty());
  context.clear();
  EXPECT_EQ(context.size(), 0u);
}

// The sentences of documents [first, end) of a sentence list.
std::vector<std::vector<std::string_view>> words_of(const std::vector<NerSentence>& s, size_t first, size_t end) {
  std::vector<std::vector<std::string_view>> out;
  for (size_t i = first; i < end; ++i) out.push_back(views(s[i].words));
  return out;
}

TEST(NerDocuments, RecognizeDocumentIsSentenceBySentenceWithOneContext) {
  const auto train = read_iob2_file(DUNLIN_TEST_DATA "/nlp/ner-documents.iob2");
  const Ner ner = Ner::train(train, nullptr, quick(15), nullptr, no_lists({true, true, true}));
  for (size_t d = 0; d + 1 < train.size(); d += 2) {  // two sentences per document
    const auto words = words_of(train, d, d + 2);
    const std::vector<std::span<const std::string_view>> sentences(words.begin(), words.end());
    const auto spans = ner.recognize_document(sentences);
    ASSERT_EQ(spans.size(), 2u);
    NerContext context;
    EXPECT_EQ(spans[0], ner.recognize(sentences[0], {}, &context)) << train[d].id;
    EXPECT_EQ(spans[1], ner.recognize(sentences[1], {}, &context)) << train[d + 1].id;
    EXPECT_EQ(spans[0], spans_of_iob2(train[d].tags)) << train[d].id;
    EXPECT_EQ(spans[1], spans_of_iob2(train[d + 1].tags)) << train[d + 1].id;
  }
  EXPECT_TRUE(ner.recognize_document({}).empty());
}

TEST(NerTwoPass, LearnsDocumentsAndRoundTrips) {
  const auto train = read_iob2_file(DUNLIN_TEST_DATA "/nlp/ner-documents.iob2");
  NerResources resources = no_lists({true, true, true, true});
  resources.stack_folds = 2;
  const Ner ner = Ner::train(train, nullptr, quick(15), nullptr, resources);
  EXPECT_TRUE(ner.features().two_pass);
  ModelFileWriter w;
  ner.save(w);
  const Ner loaded = Ner::load(round_trip(w));
  EXPECT_TRUE(loaded.features().two_pass);
  EXPECT_EQ(loaded.num_features(), ner.num_features());
  for (size_t d = 0; d + 1 < train.size(); d += 2) {
    const auto words = words_of(train, d, d + 2);
    const std::vector<std::span<const std::string_view>> sentences(words.begin(), words.end());
    const auto spans = ner.recognize_document(sentences);
    EXPECT_EQ(spans, loaded.recognize_document(sentences)) << train[d].id;
    EXPECT_EQ(spans[0], spans_of_iob2(train[d].tags)) << train[d].id;
    EXPECT_EQ(spans[1], spans_of_iob2(train[d + 1].tags)) << train[d + 1].id;
  }
  // The second pass sees the whole document: a lowercase mention before the capitalized one (a name the
  // training documents never used) is labelled too; the first pass alone cannot know it yet.
  const std::vector<std::string> first = {"pexoria", "was", "warm", "."}, second = {"We", "visited", "Pexoria", "."};
  const auto a = views(first), b = views(second);
  const std::vector<std::span<const std::string_view>> doc = {a, b};
  const auto spans = ner.recognize_document(doc);
  EXPECT_EQ(spans[1], (std::vector<EntitySpan>{{2, 3, EntityLabel::LOC}}));
  EXPECT_TRUE(ner.recognize(a).empty());
  EXPECT_EQ(spans[0], (std::vector<EntitySpan>{{0, 1, EntityLabel::LOC}}));
}

TEST(NerTwoPass, NeedsViterbiAndTwoFolds) {
  const auto train = read_iob2_file(DUNLIN_TEST_DATA "/nlp/tiny-ner.iob2");
  EXPECT_THROW(Ner::train(train, nullptr, quick(2), nullptr, no_lists({false, false, false, true})), std::invalid_argument);
  NerResources one_fold = no_lists({true, false, false, true});
  one_fold.stack_folds = 1;
  EXPECT_THROW(Ner::train(train, nullptr, quick(2), nullptr, one_fold), std::invalid_argument);
}

TEST(NerOrgKeywords, Kinds) {
  EXPECT_EQ(org_keyword_kind("Inc."), 1);
  EXPECT_EQ(org_keyword_kind("CORP"), 1);
  EXPECT_EQ(org_keyword_kind("Airlines"), 2);
  EXPECT_EQ(org_keyword_kind("university"), 3);
  EXPECT_EQ(org_keyword_kind("Ministry"), 4);
  EXPECT_EQ(org_keyword_kind("Party"), 5);
  EXPECT_EQ(org_keyword_kind("Times"), 6);
  EXPECT_EQ(org_keyword_kind("table"), 0);
  EXPECT_EQ(org_keyword_kind(""), 0);
  EXPECT_EQ(org_keyword_kind("a-very-long-word-that-is-no-keyword-at-all"), 0);
}

TEST(NerAcronyms, LabelsTheInitialsOfAnEarlierName) {
  const auto train = read_iob2_file(DUNLIN_TEST_DATA "/nlp/ner-acronyms.iob2");
  NerFeatureSet features{true, true, true, false, true, true};
  const Ner ner = Ner::train(train, nullptr, quick(15), nullptr, no_lists(features));
  for (size_t d = 0; d + 1 < train.size(); d += 2) {
    NerContext context;
    EXPECT_EQ(ner.recognize(views(train[d].words), {}, &context), spans_of_iob2(train[d].tags)) << train[d].id;
    EXPECT_EQ(ner.recognize(views(train[d + 1].words), {}, &context), spans_of_iob2(train[d + 1].tags)) << train[d + 1].id;
  }
  // A name and initials the training documents never used: ORG after the name, O after another name.
  const std::vector<std::string> name = {"The", "Quorvel", "Natic", "Union", "issued", "a", "report", "."};
  const std::vector<std::string> other = {"The", "Bellam", "Crae", "Board", "issued", "a", "report", "."};
  const std::vector<std::string> acronym = {"QNU", "staff", "were", "pleased", "."};
  NerContext context;
  EXPECT_EQ(ner.recognize(views(name), {}, &context), (std::vector<EntitySpan>{{1, 4, EntityLabel::ORG}}));
  EXPECT_EQ(ner.recognize(views(acronym), {}, &context), (std::vector<EntitySpan>{{0, 1, EntityLabel::ORG}}));
  NerContext context2;
  EXPECT_EQ(ner.recognize(views(other), {}, &context2), (std::vector<EntitySpan>{{1, 4, EntityLabel::ORG}}));
  EXPECT_TRUE(ner.recognize(views(acronym), {}, &context2).empty());
  // Flags and weights survive a round trip.
  ModelFileWriter w;
  ner.save(w);
  const Ner loaded = Ner::load(round_trip(w));
  EXPECT_TRUE(loaded.features().org_keywords);
  EXPECT_TRUE(loaded.features().acronyms);
  NerContext a, b;
  for (const auto& s : {name, acronym}) EXPECT_EQ(loaded.recognize(views(s), {}, &a), ner.recognize(views(s), {}, &b));
  // The acronym features read the document context: a model without it is refused.
  EXPECT_THROW(Ner::train(train, nullptr, quick(2), nullptr, no_lists({true, false, true, false, false, true})),
               std::invalid_argument);
}

TEST(PerceptronMean, ScoresAreTheMeanOfTheModelsScores) {
  PerceptronTrainer a(3), b(3);
  const std::vector<uint64_t> f1 = {11, 12}, f2 = {12, 13};
  a.update(f1, 0, 1);
  a.update(f2, 2, 0);
  b.update(f2, 1, 2);
  b.update(f2, 1, 2);
  const std::vector<PerceptronModel> models = {a.compile(), b.compile()};
  const PerceptronModel m = PerceptronModel::mean(models);
  EXPECT_EQ(m.num_classes(), 3);
  EXPECT_EQ(m.num_features(), 3u);  // keys 11, 12, 13: the union
  for (const auto& f : {f1, f2, std::vector<uint64_t>{13}, std::vector<uint64_t>{99}}) {
    float sa[3] = {0, 0, 0}, sb[3] = {0, 0, 0}, sm[3] = {0, 0, 0};
    models[0].score(f, sa);
    models[1].score(f, sb);
    m.score(f, sm);
    for (int c = 0; c < 3; ++c) EXPECT_NEAR(sm[c], (sa[c] + sb[c]) / 2, 1e-3) << c;
  }
  EXPECT_THROW(PerceptronModel::mean({}), std::invalid_argument);
  const std::vector<PerceptronModel> mixed = {a.compile(), PerceptronTrainer(4).compile()};
  EXPECT_THROW(PerceptronModel::mean(mixed), std::invalid_argument);
}

TEST(NerBag, MeanOfSeveralRunsLearnsTinyData) {
  const auto train = read_iob2_file(DUNLIN_TEST_DATA "/nlp/ner-documents.iob2");
  NerResources resources = no_lists({true, true, true});
  resources.bag = 3;
  const Ner ner = Ner::train(train, nullptr, quick(15), nullptr, resources);
  for (size_t d = 0; d + 1 < train.size(); d += 2) {
    NerContext context;
    EXPECT_EQ(ner.recognize(views(train[d].words), {}, &context), spans_of_iob2(train[d].tags)) << train[d].id;
    EXPECT_EQ(ner.recognize(views(train[d + 1].words), {}, &context), spans_of_iob2(train[d + 1].tags)) << train[d + 1].id;
  }
  resources.features.two_pass = true;
  EXPECT_THROW(Ner::train(train, nullptr, quick(2), nullptr, resources), std::invalid_argument);
  resources.features.two_pass = false;
  resources.bag = 0;
  EXPECT_THROW(Ner::train(train, nullptr, quick(2), nullptr, resources), std::invalid_argument);
}

}  // namespace
}  // namespace dunlin::nlp
