// Lemmatizer: an exception dictionary plus learned suffix edit rules conditioned on the XPOS tag.
//
// Training turns every (form, XPOS, lemma) of a treebank into a rule "strip n bytes, append s" (applied to the
// lowercased or the original form) and counts the rules per (XPOS, form suffix of 0..7 bytes). At run time the
// longest known suffix context decides. Forms whose lemma the rules get wrong in training become exceptions, as do
// the irregular forms of WordNet's exception lists (verb.exc for VBD/VBN, noun.exc for NNS, adj.exc for JJR/JJS),
// which are baked into the model at training time so run time needs no WordNet.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dunlin/conllu/conllu.h"
#include "dunlin/nlp/model_file.h"
#include "dunlin/nlp/tagger.h"

namespace dunlin::nlp {

// Lemmas a word form may have as a regular verb or noun, most likely first: the form itself (lowercased), then its
// regular inflections undone (-ied/-ies -> y; -ed, -ing with a final e restored, bare, or a doubled consonant
// undone; -es, -s). For checking a lemma against a lexicon when the learned rules miss ("declined" -> "declin").
std::vector<std::string> regular_lemma_candidates(std::string_view form);

class Lemmatizer {
 public:
  // wordnet_dir: folder with WordNet's *.exc files ("" to skip); absent files are skipped.
  static Lemmatizer train(const std::vector<ConlluSentence>& train, const std::vector<std::string>& xpos_names,
                          const Log& log, const std::string& wordnet_dir = "/usr/share/wordnet");
  void save(ModelFileWriter& out) const;  // section "lemma"
  static Lemmatizer load(const ModelFile& file);

  // Appends the lemma of `form` tagged `xpos` (an id into the xpos names given at training) to `out`.
  void lemmatize(std::string_view form, uint16_t xpos, std::string& out) const;
  std::string lemma(std::string_view form, uint16_t xpos) const {
    std::string s;
    lemmatize(form, xpos, s);
    return s;
  }
  size_t num_exceptions() const { return exceptions_.size(); }

 private:
  struct Rule {
    uint8_t strip = 0;
    uint8_t keep_case = 0;
    std::string append;
  };
  bool apply_rules(std::string_view form, std::string_view lower, uint16_t xpos, std::string& out) const;
  static uint64_t context_key(uint16_t xpos, std::string_view lower_suffix);

  std::vector<Rule> rules_;
  std::unordered_map<uint64_t, uint32_t> context_rule_;    // (xpos, suffix) -> rule index
  std::unordered_map<std::string, std::string> exceptions_;  // form + '\t' + xpos id -> lemma (form as written,
                                                             // or lowercased when the written form is absent)
};

}  // namespace dunlin::nlp
