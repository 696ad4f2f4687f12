// Trains the sentence splitter's averaged perceptron on a treebank (UD English EWT train): the text is rebuilt
// from the CoNLL-U, tokenized by dunlin's own tokenizer, and every candidate position is an example labelled by
// whether a gold sentence ends there.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "dunlin/segment/evaluation.h"
#include "dunlin/segment/sentence_splitter.h"

namespace dunlin {

struct SentenceTrainOptions {
  int epochs = 6;
  uint32_t bits = 16;
  uint64_t seed = 20210304;
};

// Called after each epoch with the epoch number (1-based) and the averaged model so far.
using EpochCallback = std::function<void(int epoch, const SentenceModel& model)>;

SentenceModel train_sentence_model(std::shared_ptr<const TokenizerRules> rules, const std::vector<GoldDocument>& train,
                                   const SentenceTrainOptions& options, const EpochCallback& after_epoch = {});

}  // namespace dunlin
