// Averaged perceptron training for the sentence splitter (lazy averaging, fixed-seed shuffles).
#include "dunlin/segment/sentence_trainer.h"

#include <algorithm>
#include <random>
#include <unordered_set>

#include "dunlin/segment/segmenter.h"

namespace dunlin {
namespace {

struct Example {
  uint32_t first_feature, end_feature;
  bool boundary;
};

}  // namespace

SentenceModel train_sentence_model(std::shared_ptr<const TokenizerRules> rules, const std::vector<GoldDocument>& train,
                                   const SentenceTrainOptions& options, const EpochCallback& after_epoch) {
  const Tokenizer tokenizer(rules);
  const SentenceSplitter splitter(rules, SplitMethod::rules, nullptr);  // for the feature extractor
  std::vector<uint32_t> features;
  std::vector<Example> examples;
  for (const GoldDocument& g : train) {
    Document d;
    d.text = g.doc.text;
    find_paragraphs(d.text, d.paragraphs);
    std::unordered_set<uint32_t> gold_ends;
    for (ByteSpan s : g.sentences) gold_ends.insert(s.end);
    for (uint32_t p = 0; p < d.paragraphs.size(); ++p) {
      const uint32_t first = static_cast<uint32_t>(d.tokens.size());
      tokenizer.tokenize(d.text, d.paragraphs.span[p].begin, d.paragraphs.span[p].end, d.tokens);
      const uint32_t end = static_cast<uint32_t>(d.tokens.size());
      uint32_t start = first;
      SentenceSplitter::HashCache cache;
      for (uint32_t i = first; i + 1 < end; ++i) {
        const bool gold = gold_ends.count(d.tokens.end[i]) > 0;
        if (splitter.is_candidate(d, i)) {
          const uint32_t f0 = static_cast<uint32_t>(features.size());
          features.resize(features.size() + SentenceSplitter::kFeatures);
          splitter.features(d, first, end, i, i - start + 1, options.bits, cache, features.data() + f0);
          examples.push_back({f0, static_cast<uint32_t>(features.size()), gold});
        }
        if (gold) start = i + 1;
      }
    }
  }
  const size_t size = size_t{1} << options.bits;
  std::vector<float> w(size, 0.0f);
  std::vector<double> u(size, 0.0);  // sum of c * update, for averaging
  double c = 1;
  std::mt19937_64 rng(options.seed);
  std::vector<uint32_t> order(examples.size());
  for (uint32_t k = 0; k < order.size(); ++k) order[k] = k;
  SentenceModel model;
  model.bits = options.bits;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (uint32_t k : order) {
      const Example& e = examples[k];
      float score = 0;
      for (uint32_t f = e.first_feature; f < e.end_feature; ++f) score += w[features[f]];
      if ((score > 0) != e.boundary) {
        const float y = e.boundary ? 1.0f : -1.0f;
        for (uint32_t f = e.first_feature; f < e.end_feature; ++f) {
          w[features[f]] += y;
          u[features[f]] += c * y;
        }
      }
      c += 1;
    }
    model.weights.assign(size, 0.0f);
    for (size_t i = 0; i < size; ++i) {
      const double avg = w[i] - u[i] / c;
      // Round tiny weights to zero: they change nothing and would bloat the file.
      model.weights[i] = std::abs(avg) < 1e-3 ? 0.0f : static_cast<float>(avg);
    }
    if (after_epoch) after_epoch(epoch, model);
  }
  return model;
}

}  // namespace dunlin
