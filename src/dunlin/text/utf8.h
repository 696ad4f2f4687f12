// UTF-8 helpers: validation with repair, decoding, and byte -> code point offset conversion.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dunlin {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes the code point at `pos` and advances `pos`. Invalid or truncated sequences yield U+FFFD and advance
// by one byte. `pos` must be < s.size().
char32_t decode_utf8(std::string_view s, size_t& pos);

// Appends the UTF-8 encoding of `cp` (U+FFFD for surrogates and values past U+10FFFF).
void append_utf8(std::string& out, char32_t cp);

// Returns `in` with every invalid sequence (bad lead byte, bad continuation, overlong form, surrogate, past
// U+10FFFF, truncated at the end) replaced by U+FFFD. The byte offsets in `in` of the bad sequences are appended
// to `bad_offsets` when it is given. Fast path: valid input is copied once.
std::string repair_utf8(std::string_view in, std::vector<size_t>* bad_offsets = nullptr);

// True when `s` is valid UTF-8.
bool is_valid_utf8(std::string_view s);

// Converts byte offsets of a valid UTF-8 text to code point offsets in O(1) + a short scan, with one counter per
// 64-byte block (memory: text size / 16).
class CodepointIndex {
 public:
  explicit CodepointIndex(std::string_view text);
  // `byte` must lie on a code point boundary, 0 <= byte <= text size.
  uint32_t operator()(uint32_t byte) const;

 private:
  std::string_view text_;
  std::vector<uint32_t> block_start_;  // code points before each 64-byte block
};

}  // namespace dunlin
