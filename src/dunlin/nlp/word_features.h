// Small string helpers shared by the taggers and the parser: ASCII lowercasing, digit folding, word shapes.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace dunlin::nlp {

// Lowercase (ASCII letters only; other bytes kept), digits folded to '0' when `fold_digits`.
inline std::string normalize_word(std::string_view w, bool fold_digits) {
  std::string s(w);
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    else if (fold_digits && c >= '0' && c <= '9') c = '0';
  }
  return s;
}

// "Obama" -> "Xx", "U.S." -> "X.X.", "2020" -> "d", "e-mail" -> "x-x": X upper, x lower, d digit, u non-ASCII
// byte run, other characters kept; runs of the same class are collapsed.
inline std::string word_shape(std::string_view w) {
  std::string s;
  for (unsigned char c : w) {
    char k;
    if (c >= 'A' && c <= 'Z') k = 'X';
    else if (c >= 'a' && c <= 'z') k = 'x';
    else if (c >= '0' && c <= '9') k = 'd';
    else if (c >= 0x80) k = 'u';
    else k = static_cast<char>(c);
    if (s.empty() || s.back() != k || !(k == 'X' || k == 'x' || k == 'd' || k == 'u')) s.push_back(k);
  }
  if (s.size() > 12) s.resize(12);
  return s;
}

// The last n bytes (whole string if shorter), not splitting a UTF-8 sequence when avoidable.
inline std::string_view suffix(std::string_view w, size_t n) {
  if (w.size() <= n) return w;
  size_t b = w.size() - n;
  while (b > 0 && (static_cast<unsigned char>(w[b]) & 0xC0) == 0x80) --b;
  return w.substr(b);
}
inline std::string_view prefix(std::string_view w, size_t n) {
  if (w.size() <= n) return w;
  size_t e = n;
  while (e < w.size() && (static_cast<unsigned char>(w[e]) & 0xC0) == 0x80) ++e;
  return w.substr(0, e);
}

// The capitalization of a sentence, from its words that start with an ASCII letter: 0 too few of them (under three)
// to say, 1 all lowercase, 2 mostly all-caps (60% or more), 3 mostly capitalized (70% or more: a headline), 4
// ordinary.
inline int sentence_case(std::span<const std::string_view> words) {
  const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  const auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  size_t alpha = 0, upper_initial = 0, all_caps = 0;
  for (std::string_view w : words) {
    if (w.empty() || !(upper(w[0]) || lower(w[0]))) continue;
    ++alpha;
    if (upper(w[0])) ++upper_initial;
    bool any_lower = false;
    for (char c : w) any_lower = any_lower || lower(c);
    if (w.size() > 1 && !any_lower) ++all_caps;
  }
  if (alpha < 3) return 0;
  if (upper_initial == 0) return 1;
  if (all_caps * 10 >= alpha * 6) return 2;
  if (upper_initial * 10 >= alpha * 7) return 3;
  return 4;
}

inline bool is_capitalized(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }
// A double quote mark as the tokenizer writes it (straight, curly, or PTB's `` and ''); not a single "'", which is
// also a possessive's apostrophe.
inline bool is_double_quote_mark(std::string_view w) {
  return w == "\"" || w == "\u201C" || w == "\u201D" || w == "``" || w == "''";
}

}  // namespace dunlin::nlp
