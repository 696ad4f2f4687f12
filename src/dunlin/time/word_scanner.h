// A small, fast word scanner over raw UTF-8 text for the temporal tagger: letter/digit runs and single
// punctuation code points with their byte spans. It does not depend on the tokenizer (segment/), and its spans are
// byte offsets into the text, so an expression found with it maps onto tokens by offset.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dunlin::time {

enum class WordType : uint8_t { alpha, digits, alnum, punct };

struct Word {
  uint32_t begin = 0;
  uint32_t end = 0;
  WordType type = WordType::punct;
  bool space_before = false;    // white space separates it from the previous word
  bool newline_before = false;  // a line break separates it from the previous word
  bool capitalized = false;     // first letter is an upper-case ASCII letter
  bool all_caps = false;        // every letter is upper-case ASCII (and there are at least two)
};

struct ScannedText {
  std::string lower;  // the text with ASCII letters lower-cased (same byte offsets)
  std::vector<Word> words;
  std::string_view lower_of(const Word& w) const {
    return std::string_view(lower).substr(w.begin, w.end - w.begin);
  }
};

// Scans `text` (valid UTF-8; invalid bytes are treated as letters). Non-ASCII code points in the Latin-1
// punctuation block (U+00A1..U+00BF) and General Punctuation (U+2000..U+206F) are punctuation, U+00A0 and
// U+2000..U+200B are spaces; other non-ASCII code points are letters.
ScannedText scan_words(std::string_view text);

}  // namespace dunlin::time
