// Dependency parser: transition-based (arc-hybrid, the root at the stack bottom and attached last), an averaged
// perceptron over a Zhang & Nivre (2011)-style rich feature set. Greedy models are trained with the dynamic oracle
// of Goldberg & Nivre (2013) with exploration; beam models (TrainOptions::beam > 1) are trained globally with
// max-violation updates (Huang, Fayong & Guo 2012) and decode with the same beam. Predicts labelled UD relations
// including subtypes (nsubj:pass, obl:agent, ...). Produces projective trees; non-projective training trees are
// learned as well as the oracle allows (minimum-cost transitions).
//
// A parser may read the sentence right to left (TrainOptions::right_to_left: trained and run on the reversed
// sentence, arcs mapped back), and a model file may hold an ensemble of greedy parsers (e.g. left-to-right and
// right-to-left) combined by reparsing (Sagae & Lavie 2006): every parser's arcs vote, weighted by the parser's
// weight and the score margin of the transition that made the arc, and the maximum spanning tree over the votes
// (Chu-Liu/Edmonds, src/dunlin/nlp/mst.h) is the parse; each word's label comes from the strongest vote for its
// chosen head.
//
// A greedy left-to-right parser may also carry a feed-forward network parser (parser_network.h) whose transition
// scores, times a weight, are added to the perceptron's at every step (Parser::with_network).
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dunlin/conllu/conllu.h"
#include "dunlin/nlp/model_file.h"
#include "dunlin/nlp/parser_network.h"
#include "dunlin/nlp/perceptron.h"
#include "dunlin/nlp/tagger.h"
#include "dunlin/nlp/word_clusters.h"

namespace dunlin::nlp {

class Parser {
 public:
  // Trains on the words' forms, UPOS and XPOS as given (use retag/jackknife_tags first for predicted tags).
  // feature_set: 1 to 4 (see extract() in parser.cc); 3 (kLatestFeatureSet) is the default of `train parser`.
  // Set 4 = set 2 + word-cluster templates: needs options.clusters (the table is baked into the model).
  static constexpr uint32_t kLatestFeatureSet = 3;
  static constexpr uint32_t kClusterFeatureSet = 4;
  static constexpr uint32_t kMaxFeatureSet = 4;
  // after_epoch (optional) is called after each epoch with the model averaged so far (e.g. to save snapshots).
  static Parser train(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>* dev,
                      const TrainOptions& options, uint32_t feature_set = kLatestFeatureSet,
                      const std::function<void(int epoch, const Parser&)>& after_epoch = {});
  // Sections "parser", "parserbm" (beam models), "parserdr" (right-to-left models), "parsens" (the other members
  // of an ensemble: older builds read the "parser" member alone).
  void save(ModelFileWriter& out) const;
  static Parser load(const ModelFile& file);

  // An ensemble of greedy parsers combined by reparsing (see the top of this file): members[0] becomes the primary
  // model (the one older builds read). Weights scale each member's votes (default 1 each). The members must share
  // the label set; their own members, if any, are dropped. Throws std::invalid_argument otherwise.
  static Parser ensemble(const std::vector<Parser>& members, std::vector<float> weights = {});
  size_t ensemble_size() const { return 1 + members_.size(); }
  // How an ensemble weighs an arc (see vote()): base + min(margin, cap), base + forced for an arc no other
  // transition could have replaced; times the member's weight.
  struct Vote {
    float base = 1, cap = 0, forced = 0;
  };
  Vote vote_parameters() const { return {vote_base_, vote_cap_, vote_forced_}; }
  void set_vote_parameters(const Vote& v) { vote_base_ = v.base, vote_cap_ = v.cap, vote_forced_ = v.forced; }
  bool right_to_left() const { return right_to_left_; }

  // A greedy left-to-right parser whose transition scores are its own plus weight x a feed-forward network's
  // (parser_network.h; the two must share the label set, else std::invalid_argument). candidates > 0: at each
  // step the network scores only the perceptron's that many best valid transitions, and the best of those is
  // taken (fewer rows of its output layer to compute); 0: all of them. margin > 0: the network is not asked
  // when the perceptron's best valid transition leads the next by that much or more (in the perceptron's score
  // units: tune it on a development set); 0: always asked. Stored with the model (sections "parsenet" and
  // "parsecmb").
  static Parser with_network(Parser parser, ParserNetwork network, float weight, int candidates = 0, float margin = 0);
  bool has_network() const { return network_ != nullptr; }
  float network_weight() const { return network_weight_; }
  void set_network_weight(float w) { network_weight_ = w; }
  int network_candidates() const { return network_candidates_; }
  void set_network_candidates(int k) { network_candidates_ = k; }
  float network_margin() const { return network_margin_; }
  void set_network_margin(float m) { network_margin_ = m; }

  // Parses one sentence. heads[i] is the 1-based index of word i's head (0 = root); labels[i] an id into
  // label_names(). All spans have the sentence's length.
  void parse(std::span<const std::string_view> words, std::span<const std::string_view> upos,
             std::span<const std::string_view> xpos, std::span<uint32_t> heads, std::span<uint16_t> labels) const;
  // Parses a CoNLL-U sentence in place (HEAD and DEPREL), using its FORM, UPOS and XPOS.
  void parse(ConlluSentence& sentence) const;

  const std::shared_ptr<const std::vector<std::string>>& label_names() const { return labels_; }

  // Beam width used by parse() (1 = greedy; ensembles always decode their members greedily). Stored in the model (the width it was trained with); may be changed
  // to trade accuracy for speed.
  int beam_width() const { return beam_; }
  void set_beam_width(int width) { beam_ = width < 1 ? 1 : width; }

  // Drops weights below min_abs (a size/speed against accuracy trade-off; see models/README.md).
  void prune(float min_abs) { model_.prune(min_abs); }
  size_t num_features() const { return model_.num_features(); }
  uint32_t feature_set() const { return feature_set_; }
  // Words in the baked-in cluster table (feature set 4; 0 otherwise).
  size_t clustered_words() const { return clusters_ ? clusters_->size() : 0; }

 private:
  // One member's parse: heads, labels and, per word, the confidence of its arc (the margin of the transition that
  // made it over the best transition that would not have; kForcedArc when no other transition was valid).
  void parse_single(std::span<const std::string_view> words, std::span<const std::string_view> upos,
                    std::span<const std::string_view> xpos, std::span<uint32_t> heads, std::span<uint16_t> labels,
                    float* confidence) const;
  // decode(): the greedy (or beam) parse in the words' own order; parse_single() reverses them first for a
  // right-to-left model.
  void decode(std::span<const std::string_view> words, std::span<const std::string_view> upos,
              std::span<const std::string_view> xpos, std::span<uint32_t> heads, std::span<uint16_t> labels,
              float* confidence) const;
  void parse_ensemble(std::span<const std::string_view> words, std::span<const std::string_view> upos,
                      std::span<const std::string_view> xpos, std::span<uint32_t> heads,
                      std::span<uint16_t> labels) const;
  void save_model(ByteWriter& w) const;  // labels, root, feature set, ambiguity classes or clusters, weights
  static Parser load_model(ByteReader& r);

  std::shared_ptr<const std::vector<std::string>> labels_;
  int root_label_ = 0;
  uint32_t feature_set_ = kLatestFeatureSet;  // see extract() in parser.cc; stored in the model
  int beam_ = 1;
  bool right_to_left_ = false;
  // Ensemble vote of an arc of confidence c: vote_base_ + min(c, vote_cap_), or vote_base_ + vote_forced_ for a
  // forced arc; times the member's weight. Stored in the model.
  static constexpr float kForcedArc = -1.0f;
  float vote(float c) const { return vote_base_ + (c == kForcedArc ? vote_forced_ : std::min(c, vote_cap_)); }
  float vote_base_ = 1.0f, vote_cap_ = 0.0f, vote_forced_ = 0.0f;
  // Ensemble: the other members (read-only, shared by copies) and every member's vote weight (this one's first).
  std::vector<std::shared_ptr<const Parser>> members_;
  std::vector<float> weights_;
  std::unordered_map<uint64_t, uint64_t> ambiguity_;  // word hash -> XPOS ambiguity class (feature set 3)
  std::shared_ptr<const WordClusters> clusters_;       // feature set 4 (read-only, shared by copies)
  std::shared_ptr<const ParserNetwork> network_;       // scores added to the perceptron's (read-only, shared)
  float network_weight_ = 0;
  int network_candidates_ = 0;
  float network_margin_ = 0;
  PerceptronModel model_;
};

// Replaces UPOS and XPOS of every word by the tagger's prediction.
void retag(std::vector<ConlluSentence>& sentences, const Tagger& tagger);
// Jackknifing: splits the sentences into k folds, trains a tagger on k-1 of them and tags the k-th.
void jackknife_tags(std::vector<ConlluSentence>& sentences, int k, const TrainOptions& tagger_options,
                    const Log& log);

}  // namespace dunlin::nlp
