// The tokenizer: splits text into tokens following the conventions of UD English EWT (see docs/segmentation.md).
//
// A hand-written scanner over UTF-8 bytes (no regular expressions): white space separates chunks, and each chunk
// is split into words, numbers, punctuation, URLs, e-mail addresses, @handles, #hashtags and emoticons.
// Contractions become several tokens marked as one multiword token ("don't" -> "do" + "n't"), hyphenated
// compounds are split ("long-term" -> "long" "-" "term") except after a listed prefix ("e-mail"), and listed
// abbreviations keep their period ("Mr.", "U.S."). Tokens are always substrings of the text.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>

#include "dunlin/document.h"
#include "dunlin/segment/rules.h"

namespace dunlin {

class Tokenizer {
 public:
  explicit Tokenizer(std::shared_ptr<const TokenizerRules> rules) : rules_(std::move(rules)) {}

  // Appends the tokens of text[begin, end) to `out` (offsets are into `text`). Thread-safe.
  void tokenize(std::string_view text, uint32_t begin, uint32_t end, TokenLayer& out) const;

  const TokenizerRules& rules() const { return *rules_; }

 private:
  std::shared_ptr<const TokenizerRules> rules_;
};

// Character classes used by the tokenizer and the sentence splitter.
enum class CharClass : uint8_t {
  space,
  lower,
  upper,
  letter /* other letters and marks */,
  digit,
  punct,
  symbol,
  other
};

// Class of the code point that starts at text[pos]; `len` receives its length in bytes.
CharClass char_class_at(std::string_view text, size_t pos, size_t& len);

}  // namespace dunlin
