// Dependency parser: transition-based (arc-hybrid, the root at the stack bottom and attached last), an averaged
// perceptron over a Zhang & Nivre (2011)-style rich feature set. Greedy models are trained with the dynamic oracle
// of Goldberg & Nivre (2013) with exploration; beam models (TrainOptions::beam > 1) are trained globally with
// max-violation updates (Huang, Fayong & Guo 2012) and decode with the same beam. Predicts labelled UD relations
// including subtypes (nsubj:pass, obl:agent, ...). Produces projective trees; non-projective training trees are
// learned as well as the oracle allows (minimum-cost transitions).
#pragma once

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
#include "dunlin/nlp/perceptron.h"
#include "dunlin/nlp/tagger.h"

namespace dunlin::nlp {

class Parser {
 public:
  // Trains on the words' forms, UPOS and XPOS as given (use retag/jackknife_tags first for predicted tags).
  // feature_set: 1, 2 or 3 (kLatestFeatureSet; older sets only for comparisons; see extract() in parser.cc).
  static constexpr uint32_t kLatestFeatureSet = 3;
  // after_epoch (optional) is called after each epoch with the model averaged so far (e.g. to save snapshots).
  static Parser train(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>* dev,
                      const TrainOptions& options, uint32_t feature_set = kLatestFeatureSet,
                      const std::function<void(int epoch, const Parser&)>& after_epoch = {});
  void save(ModelFileWriter& out) const;  // sections "parser" and (beam models) "parserbm"
  static Parser load(const ModelFile& file);

  // Parses one sentence. heads[i] is the 1-based index of word i's head (0 = root); labels[i] an id into
  // label_names(). All spans have the sentence's length.
  void parse(std::span<const std::string_view> words, std::span<const std::string_view> upos,
             std::span<const std::string_view> xpos, std::span<uint32_t> heads, std::span<uint16_t> labels) const;
  // Parses a CoNLL-U sentence in place (HEAD and DEPREL), using its FORM, UPOS and XPOS.
  void parse(ConlluSentence& sentence) const;

  const std::shared_ptr<const std::vector<std::string>>& label_names() const { return labels_; }

  // Beam width used by parse() (1 = greedy). Stored in the model (the width it was trained with); may be changed
  // to trade accuracy for speed.
  int beam_width() const { return beam_; }
  void set_beam_width(int width) { beam_ = width < 1 ? 1 : width; }

  // Drops weights below min_abs (a size/speed against accuracy trade-off; see models/README.md).
  void prune(float min_abs) { model_.prune(min_abs); }
  size_t num_features() const { return model_.num_features(); }

 private:
  std::shared_ptr<const std::vector<std::string>> labels_;
  int root_label_ = 0;
  uint32_t feature_set_ = kLatestFeatureSet;  // see extract() in parser.cc; stored in the model
  int beam_ = 1;
  std::unordered_map<uint64_t, uint64_t> ambiguity_;  // word hash -> XPOS ambiguity class (feature set >= 3)
  PerceptronModel model_;
};

// Replaces UPOS and XPOS of every word by the tagger's prediction.
void retag(std::vector<ConlluSentence>& sentences, const Tagger& tagger);
// Jackknifing: splits the sentences into k folds, trains a tagger on k-1 of them and tags the k-th.
void jackknife_tags(std::vector<ConlluSentence>& sentences, int k, const TrainOptions& tagger_options,
                    const Log& log);

}  // namespace dunlin::nlp
