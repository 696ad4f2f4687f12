// Part-of-speech tagger: a greedy left-to-right averaged perceptron predicting UPOS and XPOS together (one class
// per UPOS+XPOS pair seen in training), with word, affix, shape, context-word, ambiguity-class and previous-tag
// features. Optionally two passes: the second also sees the first pass's tags of the words to the right.
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
#include "dunlin/document.h"
#include "dunlin/nlp/model_file.h"
#include "dunlin/nlp/perceptron.h"
#include "dunlin/nlp/word_clusters.h"

namespace dunlin::nlp {

using Log = std::function<void(const std::string&)>;

struct TrainOptions {
  int epochs = 10;
  uint32_t seed = 1;
  // Parser only: beam width. 1 = greedy, trained with the dynamic oracle and exploration; > 1 = beam search, trained
  // globally (structured perceptron with max-violation updates, Huang et al. 2012); the model decodes with it.
  int beam = 1;
  // Tagger only: 2 = a second left-to-right pass whose features add the first pass's tags of the words to the right
  // (and of the word itself); its training sees jackknifed first-pass tags (4 folds).
  int tagger_passes = 1;
  // Parser only: train a right-to-left parser (the same model over the reversed sentence; its arcs are mapped back
  // at parse time). Stored in the model.
  bool right_to_left = false;
  // Tagger, and parser feature set 4: word-cluster features (the table is baked into the model); null: none.
  const WordClusters* clusters = nullptr;
  Log log;  // progress lines (may be empty)
};

// "NOUN" -> Upos::NOUN; false when unknown.
bool parse_upos(std::string_view name, Upos& out);

class TaggerFeatures;  // the features of one sentence (tagger.cc)

class Tagger {
 public:
  // wordnet_dir: WordNet's index.* and *.exc files, read at training time into a word -> possible-POS lexicon
  // stored in the model ("" or absent files: no lexicon).
  static Tagger train(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>* dev,
                      const TrainOptions& options, const std::string& wordnet_dir = "/usr/share/wordnet");
  void save(ModelFileWriter& out) const;  // section "tagger" (and "tagger2" for a two-pass model)
  static Tagger load(const ModelFile& file);

  // Tags one sentence; tags.size() == words.size().
  void tag(std::span<const std::string_view> words, std::span<uint16_t> tags) const;
  std::vector<uint16_t> tag(const ConlluSentence& sentence) const;

  size_t num_tags() const { return upos_.size(); }
  // True when the lexicon baked in at training (WordNet) knows the lowercase word as a verb; false without one.
  bool is_verb_lemma(std::string_view lower) const;
  bool has_lexicon() const { return !lexicon_.empty(); }
  Upos upos(uint16_t tag) const { return upos_[tag]; }
  uint16_t xpos(uint16_t tag) const { return xpos_[tag]; }
  const std::shared_ptr<const std::vector<std::string>>& xpos_names() const { return xpos_names_; }

  // Drops weights below min_abs (a size/speed against accuracy trade-off; see models/README.md).
  void prune(float min_abs) {
    model_.prune(min_abs);
    if (two_pass_) second_.prune(min_abs);
  }
  size_t num_features() const { return model_.num_features() + second_.num_features(); }
  int passes() const { return two_pass_ ? 2 : 1; }
  // The word-cluster table baked in at training (empty: the model has no cluster features).
  const WordClusters& clusters() const { return clusters_; }

 private:
  friend class TaggerFeatures;
  std::vector<Upos> upos_;        // per tag class
  std::vector<uint16_t> xpos_;    // per tag class
  std::shared_ptr<const std::vector<std::string>> xpos_names_;
  std::unordered_map<uint64_t, uint64_t> ambiguity_;  // word hash -> hash of the set of classes seen with it
  std::unordered_map<uint64_t, uint8_t> lexicon_;     // lowercase word hash -> WordNet POS bits (n v a r, inflected)
  // Per class: 1 for a closed-class tag (AUX, DET, PRON, ADP, CCONJ, SCONJ, PART). A word the treebank showed under
  // three times (it has no ambiguity class) that WordNet knows as a noun, verb, adjective or adverb never gets one:
  // "the chemical weapons watchdog said" read "watchdog" as an auxiliary.
  std::vector<uint8_t> closed_class_;
  void mark_closed_classes();
  uint16_t lexicon_mask(std::string_view lower) const;
  // The XPOS name ("VBD", "MD") of tag class `tag`.
  std::string_view xpos_name(uint16_t tag) const { return (*xpos_names_)[xpos_[tag]]; }
  // A past form of a verb WordNet knows: -ed on a verb stem, or an irregular past or participle ("shot").
  bool past_form(std::string_view lower) const;
  // A sentence tagged with no verb at all gets one (see tagger.cc).
  void repair_verbless(const TaggerFeatures& fx, std::span<const std::string_view> words,
                       std::span<uint16_t> tags) const;
  // A past tense read as a participle right after the sentence's subject gets its finite tag (see tagger.cc).
  void repair_subject_participle(const TaggerFeatures& fx, std::span<const std::string_view> words,
                                 std::span<uint16_t> tags) const;
  // A past form right after a subject pronoun is its verb, not an adjective (see tagger.cc).
  void repair_pronoun_subject(const TaggerFeatures& fx, std::span<const std::string_view> words,
                              std::span<uint16_t> tags) const;
  // A capitalized word read as a verb inside a name, before the name's own verb, is part of the name (see tagger.cc).
  void repair_verb_in_name(const TaggerFeatures& fx, std::span<const std::string_view> words,
                           std::span<uint16_t> tags) const;
  // After "do", "does" or "did" and a negation, a word WordNet knows as a verb is its base form (see tagger.cc).
  void repair_after_do_not(const TaggerFeatures& fx, std::span<const std::string_view> words,
                           std::span<uint16_t> tags) const;
  // After a modal and adverbs, a word WordNet knows as a verb read as an adjective, adverb or noun, with no verb
  // after it: the verb (see tagger.cc).
  void repair_after_modal(const TaggerFeatures& fx, std::span<const std::string_view> words,
                          std::span<uint16_t> tags) const;
  // After "have" and adverbs, a past form read as a noun or adjective: the participle (see tagger.cc).
  void repair_participle_after_have(const TaggerFeatures& fx, std::span<const std::string_view> words,
                                    std::span<uint16_t> tags) const;
  // After a form of "use", a bare verb form before a noun: the noun's modifier (see tagger.cc).
  void repair_noun_after_use(std::span<const std::string_view> words, std::span<uint16_t> tags) const;
  // A past tense between an article, possessive or preposition (numbers between allowed) and a noun: the noun's
  // participle modifier (see tagger.cc).
  void repair_participle_before_noun(std::span<const std::string_view> words, std::span<uint16_t> tags) const;
  // An adjective between a possessive and a finite verb or modal: the subject's noun (see tagger.cc).
  void repair_adjective_after_possessive(std::span<const std::string_view> words, std::span<uint16_t> tags) const;
  // A sentence that ends in a name and "reports" or "says" read as a noun: the verb (see tagger.cc).
  void repair_final_reports(const TaggerFeatures& fx, std::span<const std::string_view> words,
                            std::span<uint16_t> tags) const;
  // A past form after the subject of a clause opened by "as", "when", "after" ..., before "to" and a verb: the
  // clause's verb (see tagger.cc).
  void repair_subordinate_clause_verb(const TaggerFeatures& fx, std::span<const std::string_view> words,
                                      std::span<uint16_t> tags) const;
  // The class of the tag with this UPOS and XPOS (VERB "VBD", PROPN "NNP"), or -1 when the model has none.
  int tag_class(Upos upos, std::string_view xpos) const;
  // Trains one pass's weights (first = jackknifed first-pass tags per sentence for the second pass, else null).
  static PerceptronModel train_pass(const Tagger& t, const std::vector<ConlluSentence>& train,
                                    const std::vector<std::vector<uint16_t>>& gold,
                                    const std::vector<ConlluSentence>* dev, const TrainOptions& options,
                                    const std::vector<std::vector<uint16_t>>* first, const std::string& name);
  PerceptronModel model_;
  bool two_pass_ = false;
  PerceptronModel second_;  // the second pass (two_pass_)
  WordClusters clusters_;   // empty: no cluster features
};

}  // namespace dunlin::nlp
