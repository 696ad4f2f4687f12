// The sentence splitter's trainer: it must learn a boundary cue that no rule knows, from examples alone.
#include <gtest/gtest.h>

#include "dunlin/segment/evaluation.h"
#include "dunlin/segment/segmenter.h"
#include "dunlin/segment/sentence_trainer.h"

namespace dunlin {
namespace {

// Documents where "~~" ends a sentence even before a lower-case word, and "++" never does.
std::vector<GoldDocument> synthetic(int n, uint32_t seed) {
  const char* words[] = {"talks", "ended", "they", "left", "envoys", "met", "again", "later", "aid", "came"};
  std::vector<GoldDocument> docs;
  uint32_t state = seed;
  auto pick = [&] {
    state = state * 1103515245u + 12345u;
    return words[(state >> 16) % 10];
  };
  for (int d = 0; d < n; ++d) {
    GoldDocument g;
    std::string& text = g.doc.text;
    for (int s = 0; s < 4; ++s) {
      if (s > 0) text += ' ';
      const uint32_t begin = static_cast<uint32_t>(text.size());
      text += pick();
      text += ' ';
      text += pick();
      text += " ++ ";
      text += pick();
      text += " ~~";
      g.sentences.push_back({begin, static_cast<uint32_t>(text.size())});
    }
    docs.push_back(std::move(g));
  }
  return docs;
}

TEST(SentenceTrainer, LearnsACueTheRulesDoNotKnow) {
  const auto rules = std::make_shared<const TokenizerRules>(TokenizerRules::load_default());
  SentenceTrainOptions options;
  options.bits = 12;
  options.epochs = 3;
  int epochs_seen = 0;
  const SentenceModel model =
      train_sentence_model(rules, synthetic(200, 7), options, [&](int, const SentenceModel&) { ++epochs_seen; });
  EXPECT_EQ(epochs_seen, 3);
  ASSERT_EQ(model.weights.size(), 4096u);

  const std::vector<GoldDocument> held_out = synthetic(20, 99);  // other word sequences, same pattern
  const Segmenter trained(rules, SplitMethod::model, std::make_shared<const SentenceModel>(model));
  const Segmenter by_rules(rules, SplitMethod::rules, nullptr);
  EXPECT_DOUBLE_EQ(evaluate_segmenter(trained, held_out).sentences.f1(), 100.0);
  EXPECT_LT(evaluate_segmenter(by_rules, held_out).sentences.f1(), 50.0);
}

}  // namespace
}  // namespace dunlin
