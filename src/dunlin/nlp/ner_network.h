// A window network for named entities (Collobert et al. 2011, "window approach"): each word of a five-word window
// around the word being labelled is read as its embedding (initialised from pretrained vectors such as GloVe), a
// case-and-shape class (with the sentence's capitalization), its UPOS, its three-letter suffix and the name-list
// matches over it (NerGazetteer bits, an embedding bag); the concatenation goes through one hidden layer of rectified
// linear units to a softmax over the NER's thirteen BILOU classes. Trained on each word's gold class (cross entropy,
// AdaGrad, dropout on the hidden layer, word dropout for unknown words). The recognizer (ner.h) adds a weight times
// the network's log-probabilities to its perceptron's per-word scores before Viterbi decoding.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dunlin/nlp/model_file.h"
#include "dunlin/nlp/parser_network.h"
#include "dunlin/nlp/tagger.h"

namespace dunlin::nlp {

struct NerNetworkOptions {
  int hidden = 128;
  int word_dim = 100;  // used when no pretrained vectors are given
  int shape_dim = 8, tag_dim = 8, suffix_dim = 16, gazetteer_dim = 16;
  int epochs = 10;
  float learning_rate = 0.02f;  // AdaGrad
  float dropout = 0.3f;         // on the hidden layer
  uint64_t seed = 1;
  size_t pretrained_words = 50000;  // pretrained words kept beyond those of the training data (the file's first ones)
  float unknown_alpha = 0.25f;      // word dropout: a word seen c times is trained as unknown with p = a / (a + c)
  Log log;
};

class NerNetwork {
 public:
  static constexpr int kClasses = 13;  // the NER's BILOU classes (ner.cc)
  static constexpr int kWindow = 2;    // words on each side
  static constexpr int kPositions = 2 * kWindow + 1;

  // One labelled sentence: its words, UPOS (as uint8_t; empty when the recognizer has no tagger), the name-list
  // bits of each word (NerGazetteer::match) and each word's gold BILOU class.
  struct Example {
    std::vector<std::string_view> words;
    std::vector<uint8_t> upos;
    std::vector<uint64_t> gazetteer;
    std::vector<int> classes;
  };
  // Trains on the examples; after every epoch dev_score (when given) scores the network (higher is better) and the
  // best epoch is kept.
  static NerNetwork train(const std::vector<Example>& train, const WordVectors* vectors,
                          const NerNetworkOptions& options,
                          const std::function<double(const NerNetwork&)>& dev_score = {});

  // log p(class | window) of every word: out gets words.size() x kClasses values.
  void log_probabilities(std::span<const std::string_view> words, std::span<const uint8_t> upos,
                         std::span<const uint64_t> gazetteer, std::vector<float>& out) const;

  void save(ByteWriter& w) const;
  static NerNetwork load(ByteReader& r);

  size_t vocabulary_size() const { return words_.size(); }
  int hidden_size() const { return hidden_; }

 private:
  friend struct NerNetworkTrainer;
  // The table ids of one sentence's words, with kWindow padding words (id 0 in every table) on each side.
  struct Ids {
    std::vector<int> word, shape, tag, suffix;
    std::vector<uint64_t> gazetteer;
  };
  Ids ids(std::span<const std::string_view> words, std::span<const uint8_t> upos,
          std::span<const uint64_t> gazetteer) const;
  int token_size() const { return word_dim_ + shape_dim_ + tag_dim_ + suffix_dim_ + gazetteer_dim_; }
  int input_size() const { return kPositions * token_size(); }
  // The token vector of padded position j of ids: its embeddings concatenated, the name-list bits' rows summed.
  void token_vector(const Ids& ids, size_t j, float* out) const;

  std::vector<std::string> words_;  // id -> word key (0: padding, 1: unknown)
  std::unordered_map<std::string, int> word_ids_;
  int hidden_ = 0, word_dim_ = 0, shape_dim_ = 0, tag_dim_ = 0, suffix_dim_ = 0, gazetteer_dim_ = 0;
  // Parameters: embedding tables (a row per id), the hidden layer (input-major: input_size() rows of hidden_
  // weights), the output layer (kClasses rows of hidden_ weights).
  std::vector<float> word_emb_, shape_emb_, tag_emb_, suffix_emb_, gazetteer_emb_, w1_, b1_, w2_, b2_;
};

}  // namespace dunlin::nlp
