// The feed-forward network parser: it learns the tiny hand-written treebank, starting from pretrained vectors or
// not; the precomputed tables it parses with give the scores of the plain forward pass; its model file survives a
// round trip and refuses corruption; combined with the perceptron parser it parses as both do and keeps its weight
// in the file; word vector files are read with clear errors.
#include "dunlin/nlp/parser_network.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <functional>

#include "dunlin/nlp/parser.h"
#include "nlp_test_util.h"

namespace dunlin::nlp {
namespace {

using testing::labelled_correct;
using testing::quick;
using testing::round_trip;
using testing::word_count;

const std::string kTiny = DUNLIN_TEST_DATA "/nlp/tiny-treebank.conllu";
const std::string kVectors = DUNLIN_TEST_DATA "/nlp/tiny-vectors.txt";

NetworkOptions small_network(int epochs) {
  NetworkOptions o;
  o.hidden = 48;
  o.word_dim = 16;
  o.tag_dim = 8, o.label_dim = 8, o.distance_dim = 4;
  o.epochs = epochs;
  o.learning_rate = 0.05f;
  o.dropout = 0.0f;
  o.batch = 8;
  o.unknown_alpha = 0.0f;
  o.seed = 3;
  return o;
}

TEST(ParserNetwork, LearnsTheTinyTreebank) {
  const auto train = read_conllu_file(kTiny);
  const ParserNetwork untrained = ParserNetwork::train(train, nullptr, nullptr, small_network(0));
  const ParserNetwork net = ParserNetwork::train(train, nullptr, nullptr, small_network(40));
  EXPECT_LT(labelled_correct(untrained, train), word_count(train) / 2);
  EXPECT_EQ(labelled_correct(net, train), word_count(train)) << "training LAS should reach 100% on the tiny treebank";
  // With pretrained vectors (4 dimensions: the word embeddings take the file's size).
  const WordVectors vectors = WordVectors::read_text(kVectors, 100);
  ASSERT_GT(vectors.words.size(), 3u);
  const ParserNetwork with_vectors = ParserNetwork::train(train, nullptr, &vectors, small_network(40));
  EXPECT_EQ(labelled_correct(with_vectors, train), word_count(train));
}

TEST(ParserNetwork, TablesScoreAsThePlainForwardPass) {
  const auto train = read_conllu_file(kTiny);
  NetworkOptions options = small_network(5);
  options.hidden = 100;  // a block of 64 hidden units, then 36 one by one
  ParserNetwork net = ParserNetwork::train(train, nullptr, nullptr, options);
  const std::vector<std::string_view> words = {"Rebels", "attacked", "an", "unseen", "convoy", "."};
  const std::vector<std::string_view> xpos = {"NNS", "VBD", "DT", "JJ", "NN", "."};
  // With every word's rows in the table (the tiny treebank's vocabulary is small), then with none: each row
  // computed when a configuration first reads it.
  for (const int precomputed : {1 << 20, 0}) {
    net.precompute_words(precomputed);
    ParserNetwork::Sentence fast = net.prepare(words, xpos);
    ASSERT_EQ(fast.word_rows.size(), words.size() + 1);
    ParserNetwork::Sentence plain = net.prepare(words, xpos);
    plain.word_rows.clear();  // scored through the plain forward pass
    const arc_hybrid::Transitions t{static_cast<int>(net.label_names().size())};
    arc_hybrid::Config c(static_cast<int>(words.size()));
    ParserNetwork::Scratch scratch;
    std::vector<float> a(t.count()), b(t.count());
    int steps = 0;
    while (!c.terminal()) {  // along the network's own parse, arcs included
      std::fill(a.begin(), a.end(), 0.0f), std::fill(b.begin(), b.end(), 0.0f);
      net.add_scores(c, fast, 1.0f, a.data(), scratch);
      net.add_scores(c, plain, 1.0f, b.data(), scratch);
      int best = -1;
      for (int k = 0; k < t.count(); ++k) {
        EXPECT_NEAR(a[k], b[k], 1e-3f * (1 + std::fabs(b[k]))) << "class " << k << " at step " << steps;
        if (c.valid(k, t, net.root_label()) && (best < 0 || b[k] > b[best])) best = k;
      }
      // Only some classes (scored one by one, the hidden size being no multiple of 8): the others untouched.
      const std::vector<int> some = {2, 0, static_cast<int>(t.count()) - 1};
      std::vector<float> only(t.count(), 0.0f);
      net.add_scores(c, fast, 1.0f, only.data(), scratch, some);
      for (int k = 0; k < t.count(); ++k)
        if (std::find(some.begin(), some.end(), k) != some.end())
          EXPECT_NEAR(only[k], b[k], 1e-3f * (1 + std::fabs(b[k]))) << "class " << k;
        else
          EXPECT_EQ(only[k], 0.0f) << "class " << k;
      c.apply(best, t);
      ++steps;
    }
    EXPECT_EQ(steps, 2 * static_cast<int>(words.size()));
  }
}

TEST(ParserNetwork, RoundTripsAndRefusesCorruptFiles) {
  const auto train = read_conllu_file(kTiny);
  const ParserNetwork net = ParserNetwork::train(train, nullptr, nullptr, small_network(10));
  ModelFileWriter w;
  net.save(w);
  const ParserNetwork loaded = ParserNetwork::load(round_trip(w));
  ModelFileWriter again;
  loaded.save(again);
  EXPECT_EQ(again.serialize(), w.serialize()) << "save(load(x)) == x";
  EXPECT_EQ(labelled_correct(loaded, train), labelled_correct(net, train));

  // A section cut short, and a layer of the wrong size, are errors naming the file, not crashes.
  {
    ModelFileWriter one;
    net.save(one);
    const ModelFile f = round_trip(one);
    ByteReader r = f.section("parsenet");
    std::string bytes;
    while (!r.at_end()) bytes.push_back(static_cast<char>(r.u8()));
    ModelFileWriter cut;
    cut.add("parsenet", bytes.substr(0, bytes.size() / 2));
    EXPECT_THROW(ParserNetwork::load(round_trip(cut)), ModelError);
    ModelFileWriter shifted;
    std::string changed = bytes;
    changed[4 + 4] ^= 0x01;  // the label count's low byte: every later field is misread
    shifted.add("parsenet", changed);
    EXPECT_THROW(ParserNetwork::load(round_trip(shifted)), ModelError);
  }
  ModelFileWriter none;
  none.add("other", "x");
  EXPECT_THROW(ParserNetwork::load(round_trip(none)), ModelError);
}

TEST(ParserNetwork, CombinesWithThePerceptronParser) {
  const auto train = read_conllu_file(kTiny);
  const Parser perceptron = Parser::train(train, nullptr, quick(15));
  const ParserNetwork net = ParserNetwork::train(train, nullptr, nullptr, small_network(40));
  const Parser both = Parser::with_network(perceptron, net, 2.5f);
  EXPECT_TRUE(both.has_network());
  EXPECT_EQ(labelled_correct(both, train), word_count(train));

  ModelFileWriter w;
  both.save(w);
  const Parser loaded = Parser::load(round_trip(w));
  EXPECT_TRUE(loaded.has_network());
  EXPECT_EQ(loaded.network_weight(), 2.5f);
  ModelFileWriter again;
  loaded.save(again);
  EXPECT_EQ(again.serialize(), w.serialize());
  // Weight 0 is the perceptron alone.
  Parser silent = loaded;
  silent.set_network_weight(0);
  for (const auto& gold : train) {
    ConlluSentence a = gold, b = gold;
    silent.parse(a);
    perceptron.parse(b);
    for (size_t i = 0; i < a.words.size(); ++i) EXPECT_EQ(a.words[i].head, b.words[i].head);
  }
  // The perceptron section alone is what an older build reads.
  ModelFileWriter alone;
  perceptron.save(alone);
  const std::string one = alone.serialize();
  EXPECT_NE(w.serialize().find(one.substr(16, one.size() - 20)), std::string::npos);
}

TEST(ParserNetwork, IsAskedOnlyAboutThePerceptronsBestTransitionsWhenUnsure) {
  const auto train = read_conllu_file(kTiny);
  const Parser weak = Parser::train(train, nullptr, quick(1));
  const ParserNetwork net = ParserNetwork::train(train, nullptr, nullptr, small_network(40));
  ASSERT_LT(labelled_correct(weak, train), word_count(train)) << "the test needs a perceptron the network corrects";
  const Parser all = Parser::with_network(weak, net, 100.0f);
  EXPECT_EQ(all.network_candidates(), 0);
  EXPECT_EQ(labelled_correct(all, train), word_count(train));
  const auto same_parses = [&](const Parser& a, const Parser& b) {
    for (const auto& gold : train) {
      ConlluSentence x = gold, y = gold;
      a.parse(x);
      b.parse(y);
      for (size_t i = 0; i < x.words.size(); ++i)
        if (x.words[i].head != y.words[i].head || x.words[i].deprel != y.words[i].deprel) return false;
    }
    return true;
  };
  // One candidate: the perceptron's own choice. As many as there are transitions: all of them.
  EXPECT_TRUE(same_parses(Parser::with_network(weak, net, 100.0f, 1), weak));
  EXPECT_TRUE(same_parses(Parser::with_network(weak, net, 100.0f, 1000), all));
  // A margin the perceptron's best always reaches: the network is never asked. One it never reaches: always.
  EXPECT_TRUE(same_parses(Parser::with_network(weak, net, 100.0f, 0, 1e-6f), weak));
  EXPECT_TRUE(same_parses(Parser::with_network(weak, net, 100.0f, 0, 1e20f), all));
  // Stored with the model.
  ModelFileWriter w;
  Parser::with_network(weak, net, 100.0f, 3, 12.5f).save(w);
  const Parser loaded = Parser::load(round_trip(w));
  EXPECT_EQ(loaded.network_candidates(), 3);
  EXPECT_EQ(loaded.network_margin(), 12.5f);
  EXPECT_THROW(Parser::with_network(weak, net, 1.0f, -1), std::invalid_argument);
  EXPECT_THROW(Parser::with_network(weak, net, 1.0f, 0, -1.0f), std::invalid_argument);
}

TEST(ParserNetwork, RefusesAnotherLabelSetAndBadWeights) {
  const auto train = read_conllu_file(kTiny);
  const Parser perceptron = Parser::train(train, nullptr, quick(3));
  std::vector<ConlluSentence> renamed = train;
  for (auto& s : renamed)
    for (auto& w : s.words)
      if (w.deprel == "det") w.deprel = "det:art";
  const ParserNetwork other = ParserNetwork::train(renamed, nullptr, nullptr, small_network(1));
  EXPECT_THROW(Parser::with_network(perceptron, other, 1.0f), std::invalid_argument);
  const ParserNetwork net = ParserNetwork::train(train, nullptr, nullptr, small_network(1));
  EXPECT_THROW(Parser::with_network(perceptron, net, -1.0f), std::invalid_argument);
  EXPECT_THROW(Parser::with_network(perceptron, net, 1.0f, 100000), std::invalid_argument);
  EXPECT_THROW(Parser::with_network(perceptron, net, 1.0f, 0, INFINITY), std::invalid_argument);
  // The combination's section as files hold it: weight, candidates, margin; session 17's files end after the
  // weight (all transitions, always asked); values out of range are refused by name.
  const auto file_with = [&](const std::function<void(ByteWriter&)>& fill) {
    ModelFileWriter w;
    perceptron.save(w);
    net.save(w);
    ByteWriter c;
    fill(c);
    w.add("parsecmb", c.take());
    return round_trip(w);
  };
  const Parser old = Parser::load(file_with([](ByteWriter& c) { c.f32(2.0f); }));
  EXPECT_EQ(old.network_weight(), 2.0f);
  EXPECT_EQ(old.network_candidates(), 0);
  EXPECT_EQ(old.network_margin(), 0.0f);
  const auto refused = [&](const std::function<void(ByteWriter&)>& fill, const std::string& why) {
    try {
      Parser::load(file_with(fill));
      ADD_FAILURE() << "should be refused: " << why;
    } catch (const std::exception& e) {
      EXPECT_NE(std::string(e.what()).find(why), std::string::npos) << e.what();
    }
  };
  refused([](ByteWriter& c) { c.f32(2.0f), c.u32(70000), c.f32(0.0f); }, "bad network candidate count");
  refused([](ByteWriter& c) { c.f32(2.0f), c.u32(8), c.f32(-1.0f); }, "bad network margin");
  refused([](ByteWriter& c) { c.f32(2.0f), c.u32(8), c.f32(NAN); }, "bad network margin");
}

TEST(WordVectors, ReadsTextAndNamesBadLines) {
  const WordVectors v = WordVectors::read_text(kVectors, 3);
  EXPECT_EQ(v.words.size(), 3u);
  EXPECT_EQ(v.values.size(), 3u * v.dim);
  try {
    WordVectors::read_text(DUNLIN_TEST_DATA "/nlp/short-row-vectors.txt", 100);
    FAIL() << "a short row should be an error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("short-row-vectors.txt:"), std::string::npos) << e.what();
  }
  try {
    WordVectors::read_text(DUNLIN_TEST_DATA "/nlp/bad-number-vectors.txt", 100);
    FAIL() << "a word in place of a number should be an error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("bad-number-vectors.txt:"), std::string::npos) << e.what();
  }
  EXPECT_THROW(WordVectors::read_text("/nonexistent/vectors.txt", 10), std::runtime_error);
}

}  // namespace
}  // namespace dunlin::nlp
