// The sentence splitter: groups the tokens of one paragraph into sentences.
//
// Hard boundaries come from the layout: the end of a paragraph, and a line break that is not mere wrapping (a
// short line such as a headline, a photo caption, a list item or a dateline on its own line). Inside a line, a
// boundary may follow any "candidate" token: one that does not end in a letter or digit (". ! ? … ) ” :") or one
// that is followed by a capitalised word, a digit or a symbol. Two methods decide at the candidates:
//   - model: an averaged perceptron over features of the surrounding tokens (words, shapes, abbreviation kinds,
//     distance from the last boundary), trained on UD English EWT train by `dunlin train-segmenter`;
//     the model is models/segment/sentences.bin (feature hashing, sparse weights).
//   - rules: a full stop, ? or ! (with the closing quotes and brackets after it) ends a sentence unless the next
//     word is lower case; a title abbreviation (Mr., Gen.) or an initial (J.) never does; another abbreviation
//     (U.S., etc.) only before a common sentence opener ("The", "He", ...).
// In both methods, an abbreviation before a common opener ends a sentence, so does . ? ! with closing quotes
// before a common opener ('"We will." She left'), and a news dateline ("GENEVA, March 4
// (Example Wire) -") never ends one at its dash.
// See docs/segmentation.md for the measured comparison.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "dunlin/document.h"
#include "dunlin/segment/rules.h"

namespace dunlin {

// The perceptron's weights: a table of 2^bits floats indexed by hashed features.
struct SentenceModel {
  uint32_t bits = 16;
  std::vector<float> weights;  // size 2^bits

  // Binary file: "DUNSENT1", uint32 bits, uint32 count, then count (uint32 index, float weight) pairs,
  // little-endian. Throws SegmentDataError naming the file on any inconsistency.
  static SentenceModel load(const std::filesystem::path& path);
  void save(const std::filesystem::path& path) const;
};

enum class SplitMethod { model, rules };

// True when sentence s is a wire dateline set apart at the top of a story ("ANKARA, March 2 (Reuters) -"): no
// clause, so later stages find no actor in it (the place stage reads its city as the dateline).
bool is_dateline_sentence(const Document& doc, size_t s);

class SentenceSplitter {
 public:
  SentenceSplitter(std::shared_ptr<const TokenizerRules> rules, SplitMethod method,
                   std::shared_ptr<const SentenceModel> model);

  // Adds the sentences of the tokens [first, end) of paragraph `paragraph` to doc.sentences.
  void split(Document& doc, uint32_t first, uint32_t end, uint32_t paragraph) const;

  SplitMethod method() const { return method_; }

  // Training support (used by the trainer and its tests) ------------------------------------------------------
  // True when a sentence may end after token i (i + 1 < end): see the header comment.
  bool is_candidate(const Document& doc, uint32_t i) const;
  // True when a line break between token i and i + 1 ends the sentence whatever the words say.
  // `widest` is the paragraph's longest line in bytes, from wrap_width().
  static bool hard_break(const Document& doc, uint32_t i, uint32_t widest);
  static uint32_t wrap_width(const Document& doc, ByteSpan paragraph);
  // Word and shape hashes of the last few tokens seen: neighbouring candidates share most of their tokens.
  struct HashCache {
    uint32_t token[8] = {UINT32_MAX, UINT32_MAX, UINT32_MAX, UINT32_MAX,
                         UINT32_MAX, UINT32_MAX, UINT32_MAX, UINT32_MAX};
    uint64_t word[8] = {}, shape[8] = {};
  };
  // The hashed features of a candidate boundary after token i in [first, end); `since` = tokens since the last
  // boundary (i - sentence start + 1). Writes kFeatures indices into the weight table to `out`.
  static constexpr size_t kFeatures = 24;
  void features(const Document& doc, uint32_t first, uint32_t end, uint32_t i, uint32_t since, uint32_t bits,
                HashCache& cache, uint32_t* out) const;
  // `closes` marks the tokens of [first, end) that close a quote or bracket (see closing_tokens in the .cc).
  bool rule_boundary(const Document& doc, uint32_t first, uint32_t end, uint32_t i,
                     const std::vector<uint8_t>& closes) const;
  bool quote_before_opener(const Document& doc, uint32_t first, uint32_t i, const std::vector<uint8_t>& closes) const;
  // An abbreviation that keeps its period (not a title such as "Gen.", not an initial) followed by a common
  // sentence opener ("the U.S. The ..."): a boundary in both methods.
  bool abbreviation_before_opener(const Document& doc, uint32_t i) const;

 private:
  std::shared_ptr<const TokenizerRules> rules_;
  SplitMethod method_;
  std::shared_ptr<const SentenceModel> model_;
};

}  // namespace dunlin
