// The tokenizer: splits text into tokens following the conventions of UD English EWT (see docs/segmentation.md).
//
// A hand-written scanner over UTF-8 bytes (no regular expressions): white space separates chunks, and each chunk
// is split into words, numbers, punctuation, URLs, e-mail addresses, @handles, #hashtags and emoticons.
// Contractions become several tokens marked as one multiword token ("don't" -> "do" + "n't"), hyphenated
// compounds are split ("long-term" -> "long" "-" "term") except after a listed prefix ("e-mail"), and listed
// abbreviations keep their period ("Mr.", "U.S."). Tokens are always substrings of the text.
#pragma once

#include <array>
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

namespace detail {
constexpr std::array<CharClass, 128> make_ascii_table() {
  std::array<CharClass, 128> t{};
  for (int c = 0; c < 128; ++c) {
    CharClass k = CharClass::other;
    if (c <= 32 || c == 127)
      k = CharClass::space;  // controls count as white space
    else if (c >= 'a' && c <= 'z')
      k = CharClass::lower;
    else if (c >= 'A' && c <= 'Z')
      k = CharClass::upper;
    else if (c >= '0' && c <= '9')
      k = CharClass::digit;
    else if (c == '$' || c == '+' || c == '<' || c == '=' || c == '>' || c == '^' || c == '`' || c == '|' || c == '~')
      k = CharClass::symbol;
    else
      k = CharClass::punct;
    t[c] = k;
  }
  return t;
}
inline constexpr std::array<CharClass, 128> kAsciiClass = make_ascii_table();
CharClass char_class_slow(std::string_view text, size_t pos, size_t& len);
}  // namespace detail

// Class of the code point that starts at text[pos]; `len` receives its length in bytes. ASCII is a table lookup
// (inline); other code points go through utf8proc's general category.
inline CharClass char_class_at(std::string_view text, size_t pos, size_t& len) {
  const unsigned char c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) {
    len = 1;
    return detail::kAsciiClass[c];
  }
  return detail::char_class_slow(text, pos, len);
}

}  // namespace dunlin
