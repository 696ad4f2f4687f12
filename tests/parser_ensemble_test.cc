// Parser ensembles by reparsing: the Chu-Liu/Edmonds maximum spanning tree on hand-made arc sets (a cycle to
// contract, the single-root constraint, checked against brute force on small graphs), right-to-left parsers (the
// same as a left-to-right parser trained and run on reversed sentences), and ensemble model files (round trip,
// the primary readable by older builds, label sets checked, corrupt sections rejected).
#include <gtest/gtest.h>

#include <cstring>
#include <functional>
#include <random>

#include "dunlin/nlp/mst.h"
#include "dunlin/nlp/parser.h"
#include "nlp_test_util.h"

namespace dunlin::nlp {
namespace {

using testing::labelled_correct;
using testing::quick;
using testing::round_trip;
using testing::word_count;

const std::string kTiny = DUNLIN_TEST_DATA "/nlp/tiny-treebank.conllu";

TEST(MaximumSpanningTree, ContractsACycle) {
  // Best incoming arcs 2 -> 1 and 1 -> 2 form a cycle; entering it at 1 from the root (5 replacing 10) beats
  // entering at 2 (3 replacing 10).
  const std::vector<WeightedArc> arcs = {{0, 1, 5}, {0, 2, 3}, {1, 2, 10}, {2, 1, 10}, {2, 3, 8}, {1, 3, 1}};
  EXPECT_EQ(maximum_spanning_tree(3, arcs), (std::vector<int>{-1, 0, 1, 2}));
}

TEST(MaximumSpanningTree, OneWordOnTheRootUnlessAskedOtherwise) {
  const std::vector<WeightedArc> arcs = {{0, 1, 10}, {0, 2, 10}, {1, 2, 1}, {2, 1, 2}};
  EXPECT_EQ(maximum_spanning_tree(2, arcs, false), (std::vector<int>{-1, 0, 0}));
  EXPECT_EQ(maximum_spanning_tree(2, arcs, true), (std::vector<int>{-1, 2, 0}));  // 10 + 2 beats 10 + 1
}

TEST(MaximumSpanningTree, DuplicateArcsAddUpAndMissingHeadsFail) {
  // Two votes of 1 for 0 -> 1 outweigh one of 1.5 for 2 -> 1.
  const std::vector<WeightedArc> arcs = {{0, 1, 1}, {0, 1, 1}, {2, 1, 1.5}, {1, 2, 1}, {0, 2, 0.5}};
  EXPECT_EQ(maximum_spanning_tree(2, arcs), (std::vector<int>{-1, 0, 1}));
  const std::vector<WeightedArc> no_head_for_3 = {{0, 1, 1}, {1, 2, 1}};
  EXPECT_TRUE(maximum_spanning_tree(3, no_head_for_3).empty());
  const std::vector<WeightedArc> only_a_cycle = {{1, 2, 1}, {2, 1, 1}};
  EXPECT_TRUE(maximum_spanning_tree(2, only_a_cycle).empty());
}

// Every head assignment of n words, the trees among them, the best weight.
double brute_force_best(int n, const std::vector<double>& s, bool single_root) {
  double best = -1e300;
  std::vector<int> h(n + 1, 0);
  std::function<void(int)> rec = [&](int d) {
    if (d > n) {
      int roots = 0;
      double w = 0;
      for (int i = 1; i <= n; ++i) {
        roots += h[i] == 0;
        if (s[h[i] * (n + 1) + i] < -1e200) return;
        w += s[h[i] * (n + 1) + i];
        int v = i, steps = 0;  // reaches the root without a cycle
        while (v != 0 && steps <= n) v = h[v], ++steps;
        if (v != 0) return;
      }
      if (single_root && roots != 1) return;
      best = std::max(best, w);
      return;
    }
    for (int x = 0; x <= n; ++x)
      if (x != d) h[d] = x, rec(d + 1);
  };
  rec(1);
  return best;
}

TEST(MaximumSpanningTree, MatchesBruteForceOnRandomGraphs) {
  std::mt19937 rng(11);
  for (int trial = 0; trial < 300; ++trial) {
    const int n = 2 + static_cast<int>(rng() % 4);  // 2..5 words
    const bool single_root = trial % 2 == 0;
    std::vector<double> s((n + 1) * (n + 1), -1e300);
    std::vector<WeightedArc> arcs;
    for (int d = 1; d <= n; ++d)
      for (int h = 0; h <= n; ++h)
        if (h != d && (h == 0 || rng() % 3 != 0)) {  // root arcs always exist: some tree does
          const double w = static_cast<double>(rng() % 20);
          s[h * (n + 1) + d] = w;
          arcs.push_back({h, d, w});
        }
    const std::vector<int> heads = maximum_spanning_tree(n, arcs, single_root);
    const double best = brute_force_best(n, s, single_root);
    if (best < -1e200) {  // two words reachable only from the root: no single-rooted tree
      EXPECT_TRUE(heads.empty()) << "trial " << trial;
      continue;
    }
    ASSERT_EQ(heads.size(), static_cast<size_t>(n + 1)) << "trial " << trial;
    double w = 0;
    int roots = 0;
    for (int d = 1; d <= n; ++d) {
      ASSERT_GT(s[heads[d] * (n + 1) + d], -1e200) << "chose an absent arc";
      w += s[heads[d] * (n + 1) + d];
      roots += heads[d] == 0;
      int v = d, steps = 0;
      while (v != 0 && steps <= n) v = heads[v], ++steps;
      ASSERT_EQ(v, 0) << "a cycle in trial " << trial;
    }
    if (single_root) {
      EXPECT_EQ(roots, 1);
    }
    EXPECT_DOUBLE_EQ(w, best) << "trial " << trial;
  }
}

ConlluSentence reversed(const ConlluSentence& s) {
  ConlluSentence r;
  const int n = static_cast<int>(s.words.size());
  r.words.assign(s.words.rbegin(), s.words.rend());
  for (ConlluWord& w : r.words)
    if (w.head > 0) w.head = n + 1 - w.head;
  return r;
}

TEST(Parser, RightToLeftIsALeftToRightParserOfTheReversedSentence) {
  const auto train = read_conllu_file(kTiny);
  TrainOptions o = quick(15);
  o.right_to_left = true;
  const Parser rtl = Parser::train(train, nullptr, o);
  EXPECT_TRUE(rtl.right_to_left());
  EXPECT_EQ(labelled_correct(rtl, train), word_count(train)) << "converges on the tiny treebank";

  std::vector<ConlluSentence> backwards;
  for (const auto& s : train) backwards.push_back(reversed(s));
  const Parser ltr_of_reversed = Parser::train(backwards, nullptr, quick(15));
  // A sentence unlike the training data: both parse it alike, arcs mapped back.
  ConlluSentence s;
  const char* words[][3] = {{"Officials", "NOUN", "NNS"}, {"said", "VERB", "VBD"}, {"the", "DET", "DT"},
                            {"rebels", "NOUN", "NNS"},    {"were", "AUX", "VBD"},  {"not", "PART", "RB"},
                            {"attacked", "VERB", "VBN"},  {"by", "ADP", "IN"},     {"the", "DET", "DT"},
                            {"army", "NOUN", "NN"},       {".", "PUNCT", "."}};
  for (const auto& w : words) {
    ConlluWord cw;
    cw.form = w[0], cw.upos = w[1], cw.xpos = w[2];
    s.words.push_back(cw);
  }
  for (const auto& sentence : [&] {
         auto all = train;
         all.push_back(s);
         return all;
       }()) {
    ConlluSentence a = sentence, b = reversed(sentence);
    rtl.parse(a);
    ltr_of_reversed.parse(b);
    const ConlluSentence back = reversed(b);
    for (size_t i = 0; i < a.words.size(); ++i) {
      EXPECT_EQ(a.words[i].head, back.words[i].head) << "word " << i + 1;
      EXPECT_EQ(a.words[i].deprel, back.words[i].deprel) << "word " << i + 1;
    }
  }

  ModelFileWriter w;
  rtl.save(w);
  const ModelFile f = round_trip(w);
  EXPECT_TRUE(f.has("parserdr"));
  const Parser loaded = Parser::load(f);
  EXPECT_TRUE(loaded.right_to_left());
  EXPECT_EQ(labelled_correct(loaded, train), word_count(train));
  ModelFileWriter lw;
  ltr_of_reversed.save(lw);
  EXPECT_FALSE(round_trip(lw).has("parserdr")) << "left-to-right files keep their old layout";
}

TEST(ParserEnsemble, CombinesBothDirectionsAndRoundTrips) {
  const auto train = read_conllu_file(kTiny);
  const Parser ltr = Parser::train(train, nullptr, quick(15));
  TrainOptions o = quick(15);
  o.right_to_left = true;
  const Parser rtl = Parser::train(train, nullptr, o);
  Parser both = Parser::ensemble({ltr, rtl}, {1.0f, 0.9f});
  both.set_vote_parameters({1.0f, 5.0f, 2.0f});
  EXPECT_EQ(both.ensemble_size(), 2u);
  EXPECT_EQ(labelled_correct(both, train), word_count(train));

  ModelFileWriter w;
  both.save(w);
  const ModelFile f = round_trip(w);
  const Parser loaded = Parser::load(f);
  EXPECT_EQ(loaded.ensemble_size(), 2u);
  EXPECT_FALSE(loaded.right_to_left());
  EXPECT_EQ(loaded.vote_parameters().cap, 5.0f);
  EXPECT_EQ(loaded.vote_parameters().forced, 2.0f);
  ModelFileWriter again;
  loaded.save(again);
  EXPECT_EQ(again.serialize(), w.serialize()) << "save(load(x)) == x";

  // The "parser" section is the left-to-right member exactly as a one-parser file holds it (what older builds
  // read): the file layout is magic (8), version (4), count (4), sections, CRC (4).
  ModelFileWriter alone;
  ltr.save(alone);
  const std::string one = alone.serialize();
  EXPECT_NE(w.serialize().find(one.substr(16, one.size() - 20)), std::string::npos);
}

TEST(ParserEnsemble, IdenticalMembersParseAsOne) {
  const auto train = read_conllu_file(kTiny);
  const Parser p = Parser::train(train, nullptr, quick(3));  // undertrained: makes mistakes
  for (const Parser::Vote v : {Parser::Vote{1, 0, 0}, Parser::Vote{0, 50, 10}}) {
    Parser twice = Parser::ensemble({p, p});
    twice.set_vote_parameters(v);
    for (const auto& gold : train) {
      ConlluSentence a = gold, b = gold;
      p.parse(a);
      twice.parse(b);
      for (size_t i = 0; i < a.words.size(); ++i) {
        EXPECT_EQ(a.words[i].head, b.words[i].head);
        EXPECT_EQ(a.words[i].deprel, b.words[i].deprel);
      }
    }
  }
}

TEST(ParserEnsemble, RejectsMismatchedMembersAndCorruptSections) {
  const auto train = read_conllu_file(kTiny);
  const Parser p = Parser::train(train, nullptr, quick(1));
  std::vector<ConlluSentence> relabelled = train;
  relabelled[0].words[0].deprel = "det:predet";  // a label the other model does not have
  const Parser q = Parser::train(relabelled, nullptr, quick(1));
  EXPECT_THROW(Parser::ensemble({p, q}), std::invalid_argument);
  EXPECT_THROW(Parser::ensemble({p}), std::invalid_argument);
  EXPECT_THROW(Parser::ensemble({p, p}, {1.0f}), std::invalid_argument);

  ModelFileWriter valid;
  Parser::ensemble({p, p}).save(valid);
  EXPECT_NO_THROW(Parser::load(round_trip(valid)));
  // The plain parser's "parser" section (file layout: magic 8, version 4, count 4, then tag 8, size 8, payload)
  // with an ensemble section claiming 99 members.
  ModelFileWriter plain;
  p.save(plain);
  const std::string one = plain.serialize();
  uint64_t size = 0;
  std::memcpy(&size, one.data() + 24, 8);
  ByteWriter bad;
  bad.u32(1);                          // ensemble section version
  bad.f32(1), bad.f32(0), bad.f32(0);  // vote parameters
  bad.f32(1);                          // the primary's weight
  bad.u32(99);                         // member count
  ModelFileWriter corrupt;
  corrupt.add("parser", one.substr(32, size));
  corrupt.add("parsens", bad.take());
  EXPECT_NO_THROW(Parser::load(round_trip(plain)));
  try {
    Parser::load(round_trip(corrupt));
    FAIL() << "loaded an ensemble of 99 members";
  } catch (const ModelError& e) {
    EXPECT_NE(std::string(e.what()).find("bad ensemble member count 99"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace dunlin::nlp
