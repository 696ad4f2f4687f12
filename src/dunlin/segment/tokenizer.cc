// The tokenizer's scanner. See tokenizer.h and docs/segmentation.md for the conventions.
#include "dunlin/segment/tokenizer.h"

#include <utf8proc.h>

#include <array>

#include "dunlin/text/utf8.h"

namespace dunlin {
namespace {

constexpr const std::array<CharClass, 128>& kAscii = detail::kAsciiClass;

inline bool is_alnum(CharClass c) {
  return c == CharClass::lower || c == CharClass::upper || c == CharClass::letter || c == CharClass::digit;
}
inline bool is_letter(CharClass c) { return c == CharClass::lower || c == CharClass::upper || c == CharClass::letter; }

constexpr std::string_view kRightQuote = "\xE2\x80\x99";  // ’
constexpr std::string_view kLeftQuote = "\xE2\x80\x98";   // ‘

inline bool has_at(std::string_view s, size_t pos, std::string_view what) {
  if (s.size() < pos + what.size() || s[pos] != what[0]) return false;
  for (size_t i = 1; i < what.size(); ++i)
    if (s[pos + i] != what[i]) return false;
  return true;
}

inline char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Scans one span of text and appends its tokens.
class Scanner {
 public:
  Scanner(const TokenizerRules& rules, std::string_view text, TokenLayer& out)
      : rules_(rules), text_(text), out_(out) {}

  void run(size_t begin, size_t end) {
    size_t p = begin;
    while (p < end) {
      size_t len;
      if (cls(p, len) == CharClass::space) {
        p += len;
        continue;
      }
      size_t q = p + len;
      while (q < end && cls(q, len) != CharClass::space) q += len;
      chunk(p, q);
      p = q;
    }
  }

 private:
  const TokenizerRules& rules_;
  std::string_view text_;
  TokenLayer& out_;

  CharClass cls(size_t pos, size_t& len) const {
    const unsigned char c = static_cast<unsigned char>(text_[pos]);
    if (c < 0x80) {
      len = 1;
      return kAscii[c];
    }
    return char_class_at(text_, pos, len);
  }
  CharClass cls(size_t pos) const {
    size_t len;
    return cls(pos, len);
  }
  // Class of the code point that ends at `pos` (exclusive).
  CharClass cls_before(size_t pos) const {
    size_t b = pos - 1;
    while (b > 0 && (static_cast<unsigned char>(text_[b]) & 0xC0) == 0x80) --b;
    return cls(b);
  }

  void emit(size_t b, size_t e, bool fused = false) {
    const bool space = e >= text_.size() || cls(e) == CharClass::space;
    out_.add(static_cast<uint32_t>(b), static_cast<uint32_t>(e), space, fused);
  }

  void chunk(size_t s, size_t e) {
    const CharClass first = cls(s);
    if (!is_alnum(first) && e - s <= 8 && rules_.emoticons.count(text_.substr(s, e - s))) {
      emit(s, e);
      return;
    }
    if (e - s >= 5 && url_or_email(s, e)) return;
    size_t p = s;
    while (p < e) p = next_token(p, s, e);
  }

  // A URL ("https://...", "www...") or an e-mail address is one token, without the punctuation around it.
  bool url_or_email(size_t s, size_t e) {
    size_t core_b = s;
    // Leading quotes and brackets.
    while (core_b < e) {
      size_t len;
      const CharClass k = cls(core_b, len);
      const bool opener = k == CharClass::punct || text_[core_b] == '<';
      if (!opener || text_[core_b] == '@' || text_[core_b] == '#') break;
      core_b += len;
    }
    if (core_b >= e) return false;
    const std::string_view core = text_.substr(core_b, e - core_b);
    const size_t scheme = core.find("://");
    bool is_url = scheme != std::string_view::npos && scheme > 0;
    size_t prefix_end = core_b;  // text glued before the scheme ("Source:https://...") is tokenized as usual
    if (is_url) {
      size_t b = scheme;
      while (b > 0 && ((core[b - 1] >= 'a' && core[b - 1] <= 'z') || (core[b - 1] >= 'A' && core[b - 1] <= 'Z'))) --b;
      if (b == scheme) return false;
      prefix_end = core_b + b;
    }
    if (!is_url && core.size() > 4) {
      is_url =
          lower_ascii(core[0]) == 'w' && lower_ascii(core[1]) == 'w' && lower_ascii(core[2]) == 'w' && core[3] == '.';
    }
    if (!is_url) return email(s, e);
    // Trailing punctuation; a closing bracket stays when the URL opened one.
    size_t core_e = e;
    const bool has_open_paren = core.find('(') != std::string_view::npos;
    while (core_e > core_b) {
      size_t b = core_e - 1;
      while (b > core_b && (static_cast<unsigned char>(text_[b]) & 0xC0) == 0x80) --b;
      const char ch = text_[b];
      const CharClass k = cls(b);
      if ((k != CharClass::punct && ch != '>') || ch == '/' || ch == '#' || ch == '_' || ch == '%' || ch == '&' ||
          ch == '-')
        break;
      if (ch == ')' && has_open_paren) break;
      core_e = b;
    }
    if (core_e - prefix_end < 4) return false;
    for (size_t p = s; p < core_b;) {
      size_t len;
      cls(p, len);
      emit(p, p + len);
      p += len;
    }
    for (size_t p = core_b; p < prefix_end;) p = next_token(p, core_b, prefix_end);
    emit(prefix_end, core_e);
    for (size_t p = core_e; p < e;) p = next_token(p, core_e, e);
    return true;
  }

  // An e-mail address inside the chunk [s, e): the local part is the run of [A-Za-z0-9._%+-] before the '@'
  // ("jo...@example.com" is how some archives hide addresses), the domain needs a dot followed by a letter.
  // What surrounds the address (quotes, brackets, a name glued to it) is tokenized as usual.
  bool email(size_t s, size_t e) {
    const size_t at = text_.substr(s, e - s).find('@');
    if (at == std::string_view::npos) return false;
    auto local = [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
             c == '%' || c == '+' || c == '-';
    };
    auto domain = [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
    };
    size_t b = s + at;
    while (b > s && local(text_[b - 1])) --b;
    while (b < s + at && !((text_[b] >= 'a' && text_[b] <= 'z') || (text_[b] >= 'A' && text_[b] <= 'Z') ||
                           (text_[b] >= '0' && text_[b] <= '9')))
      ++b;  // the local part starts with a letter or digit
    size_t end = s + at + 1;
    while (end < e && domain(text_[end])) ++end;
    while (end > s + at + 1 && (text_[end - 1] == '.' || text_[end - 1] == '-')) --end;  // "mail me at x@y.org."
    if (b == s + at || end == s + at + 1) return false;
    const size_t dot = text_.substr(s + at, end - s - at).rfind('.');
    if (dot == std::string_view::npos || s + at + dot + 1 >= end || !is_letter(cls(s + at + dot + 1))) return false;
    for (size_t p = s; p < b;) p = next_token(p, s, b);
    emit(b, end);
    for (size_t p = end; p < e;) p = next_token(p, end, e);
    return true;
  }

  // Emits the token that starts at p inside the chunk [s, e) and returns where the next one starts.
  size_t next_token(size_t p, size_t s, size_t e) {
    size_t len;
    const CharClass k = cls(p, len);
    if (is_alnum(k)) return word(p, p, e);
    const char ch = text_[p];
    if ((ch == '@' || ch == '#') && p + 1 < e && is_letter(cls(p + 1))) return word(p, p + 1, e);
    if (ch == '.' && p + 1 < e && cls(p + 1) == CharClass::digit && (p == s || !is_alnum(cls_before(p))))
      return word(p, p + 1, e);  // ".5"
    auto run_of = [&](auto pred) {
      size_t q = p + 1;
      while (q < e && pred(text_[q])) ++q;
      emit(p, q);
      return q;
    };
    // ".doc", ".com" written alone: a file extension or domain is one token.
    if (ch == '.' && p == s && p + 1 < e && cls(p + 1) == CharClass::lower) return word(p, p + 1, e);
    // A clitic written apart: "Jones 's".
    if (ch == '\'' || has_at(text_, p, kRightQuote)) {
      const size_t alen = ch == '\'' ? 1 : 3;
      size_t q = p + alen;
      char buf[4] = {'\'', 0, 0, 0};
      size_t m = 1;
      while (q < e && m < 4 && cls(q) == CharClass::lower) buf[m++] = text_[q++];
      if (m > 1 && (q == e || cls(q) == CharClass::punct)) {
        for (const std::string& suffix : rules_.clitic_suffixes)
          if (suffix == std::string_view(buf, m)) {
            emit(p, q);
            return q;
          }
      }
    }
    switch (ch) {
      case '.':
        // ".?" and ".!" are one token; "..." and "?" are two.
        if (p + 1 < e && text_[p + 1] != '.') return run_of([](char c) { return c == '!' || c == '?'; });
        return run_of([](char c) { return c == '.'; });
      case '!':
      case '?':
        return run_of([](char c) { return c == '!' || c == '?'; });
      case '-':
      case '=':
        return run_of([](char c) { return c == '-' || c == '='; });
      case '*':
      case '$':
      case '_':
      case '~':
      case '+':
      case '#':
      case '<':
      case '>':
      case '|':
      case '^':
      case '`':
      case '\'':
        return run_of([ch](char c) { return c == ch; });
      default:
        break;
    }
    // ’’ and ‘‘ (typographic double quotes typed as two single ones) are one token.
    if ((has_at(text_, p, kRightQuote) || has_at(text_, p, kLeftQuote)) && p + 6 <= e &&
        (has_at(text_, p + 3, kRightQuote) || has_at(text_, p + 3, kLeftQuote))) {
      emit(p, p + 6);
      return p + 6;
    }
    emit(p, p + len);
    return p + len;
  }

  // A word, number, handle or hashtag starting at p (scan from `from`), inside the chunk ending at e.
  size_t word(size_t p, size_t from, size_t e) {
    size_t q = from;
    bool has_hyphen = false;
    int lower_in_segment = 0;
    CharClass prev = CharClass::space;
    while (q < e) {
      size_t len;
      const CharClass k = cls(q, len);
      if (is_alnum(k)) {
        lower_in_segment += k == CharClass::lower;
        prev = k;
        q += len;
        continue;
      }
      const char ch = text_[q];
      size_t next_len = 0;
      const CharClass next = q + len < e ? cls(q + len, next_len) : CharClass::space;
      if (ch == '.' && is_alnum(next)) {
        // "end.The" (a missing space after a full stop) is two words; "U.S", "1.5", "example.com" are one.
        if (lower_in_segment >= 2 && next == CharClass::upper) break;
        lower_in_segment = 0;
        prev = CharClass::punct;
        q += 1;
        continue;
      }
      if ((ch == ',' || ch == ':' || ch == '/') && prev == CharClass::digit && next == CharClass::digit) {
        prev = CharClass::punct;
        q += 1;
        continue;
      }
      if (ch == '-' && is_alnum(next) && prev != CharClass::space) {
        has_hyphen = true;
        lower_in_segment = 0;
        prev = CharClass::punct;
        q += 1;
        continue;
      }
      if (ch == '/' && is_letter(prev) && q - from == 1 &&
          (next == CharClass::space ||
           (is_alnum(next) && (q + 1 + next_len >= e || !is_alnum(cls(q + 1 + next_len)))))) {
        // "b/c", "w/o", "w/": a single letter, a slash and at most one more character.
        q += next == CharClass::space ? 1 : 1 + next_len;
        break;
      }
      if ((ch == '\'' || ch == '`' || has_at(text_, q, kRightQuote)) && is_letter(prev) && is_letter(next)) {
        prev = CharClass::punct;
        q += len;
        continue;
      }
      if ((ch == '&' || ch == '_' || ch == '@') && is_alnum(next) && prev != CharClass::space) {
        prev = CharClass::punct;
        q += 1;
        continue;
      }
      break;
    }
    // A final period that belongs to the word: listed abbreviations, dotted initials (U.S., e.g.), initials (J.).
    size_t tok_end = q;
    // "Inc.." (one period for the word, one for the sentence) keeps one; "etc..." is the word and an ellipsis.
    if (q < e && text_[q] == '.' && !(q + 2 < e && text_[q + 1] == '.' && text_[q + 2] == '.') && keeps_period(p, q))
      tok_end = q + 1;
    // A plural possessive: "the ministers' meeting".
    size_t apostrophe_len = 0;
    if (tok_end == q && q < e && (text_[q] == '\'' || has_at(text_, q, kRightQuote)) && q - p >= 3 &&
        (text_[q - 1] == 's' || text_[q - 1] == 'S')) {
      const size_t alen = text_[q] == '\'' ? 1 : 3;
      if (q + alen == e && e + 1 < text_.size() && text_[e] == ' ') {
        const CharClass after = cls(e + 1);
        if (after == CharClass::lower || after == CharClass::digit) apostrophe_len = alen;
      }
    }
    if (has_hyphen) {
      hyphenated(p, q, tok_end);
    } else {
      piece(p, q, tok_end, apostrophe_len > 0);
    }
    if (apostrophe_len) {
      emit(q, q + apostrophe_len);
      return q + apostrophe_len;
    }
    return tok_end;
  }

  bool keeps_period(size_t p, size_t q) const {
    const std::string_view w = text_.substr(p, q + 1 - p);
    if (rules_.abbreviation(w) != AbbreviationKind::none) return true;
    // A single capital letter: an initial.
    size_t len;
    if (cls(p, len) == CharClass::upper && p + len == q) return true;
    // Single letters separated by periods: U.S, e.g, a.m, U.S.A
    if (q - p < 3) return false;
    size_t i = p;
    while (i < q) {
      const CharClass k = cls(i, len);
      if (!is_letter(k)) return false;
      i += len;
      if (i == q) return true;
      if (text_[i] != '.') return false;
      ++i;
    }
    return false;
  }

  // Splits a hyphenated word at its hyphens, except after a listed prefix and in dates and phone numbers.
  void hyphenated(size_t b, size_t e, size_t tok_end) {
    bool numeric = true;
    int groups = 1;
    size_t first_len = 0, second_len = 0, cur = 0;
    for (size_t i = b; i < e; ++i) {
      const char c = text_[i];
      if (c == '-') {
        if (groups == 1) first_len = cur;
        if (groups == 2) second_len = cur;
        ++groups;
        cur = 0;
      } else if (c >= '0' && c <= '9') {
        ++cur;
      } else {
        numeric = false;
        break;
      }
    }
    if (numeric) {
      if (groups == 2) second_len = cur;
      // 2020-05-11, 1-800-555-0100, 555-0100 stay whole; ranges such as 1990-1995 or 5-10 are split.
      if (groups >= 3 || (groups == 2 && first_len == 3 && second_len == 4)) {
        emit(b, tok_end);
        return;
      }
    }
    size_t start = b;
    bool first = true;
    for (size_t i = b; i < e; ++i) {
      if (text_[i] != '-') continue;
      if (first && i - start <= 16) {
        char buf[16];
        for (size_t j = start; j < i; ++j) buf[j - start] = lower_ascii(text_[j]);
        first = false;
        if (rules_.hyphen_prefixes.count(std::string_view(buf, i - start))) continue;
      }
      first = false;
      piece(start, i, i, false);
      emit(i, i + 1);
      start = i + 1;
    }
    piece(start, e, tok_end, false);
  }

  // "5pm" -> "5" "pm", "7:30PM" -> "7:30" "PM": a number and a listed unit written together.
  bool split_unit(size_t b, size_t e, size_t tok_end, bool fused_after) {
    size_t j = b;
    while (j < e && ((text_[j] >= '0' && text_[j] <= '9') || ((text_[j] == ',' || text_[j] == '.' || text_[j] == ':') &&
                                                              j + 1 < e && text_[j + 1] >= '0' && text_[j + 1] <= '9')))
      ++j;
    if (j == e || e - j > 8) return false;
    char buf[8];
    for (size_t k = j; k < e; ++k) {
      const char c = lower_ascii(text_[k]);
      if (c < 'a' || c > 'z') return false;
      buf[k - j] = c;
    }
    if (!rules_.units.count(std::string_view(buf, e - j))) return false;
    emit(b, j);
    emit(j, tok_end, fused_after);
    return true;
  }

  // A word without hyphens: splits clitics ("do|n't", "Russia|'s") and listed fused words ("can|not").
  // The token ends at tok_end (after a kept period); `fused_after` marks a possessive apostrophe that follows.
  void piece(size_t b, size_t e, size_t tok_end, bool fused_after) {
    const size_t n = e - b;
    if (text_[b] >= '0' && text_[b] <= '9' && n >= 2 && split_unit(b, e, tok_end, fused_after)) return;
    if (n >= 2 && n <= 24) {
      // Lower case with straight apostrophes, and where each normalised byte came from.
      char buf[24];
      uint8_t from[25];
      size_t m = 0;
      bool apostrophe = false;
      for (size_t i = b; i < e;) {
        from[m] = static_cast<uint8_t>(i - b);
        if (has_at(text_, i, kRightQuote)) {
          buf[m++] = '\'';
          apostrophe = true;
          i += 3;
        } else {
          if (text_[i] == '\'') apostrophe = true;
          buf[m++] = lower_ascii(text_[i]);
          i += 1;
        }
      }
      from[m] = static_cast<uint8_t>(n);
      const std::string_view key(buf, m);
      auto it = rules_.may_split(key) ? rules_.word_splits.find(key) : rules_.word_splits.end();
      if (it != rules_.word_splits.end()) {
        size_t at = 0;
        const auto& parts = it->second;
        for (size_t k = 0; k < parts.size(); ++k) {
          const size_t pb = b + from[at];
          at += parts[k];
          const bool last = k + 1 == parts.size();
          emit(pb, last ? tok_end : b + from[at], !last || fused_after);
        }
        return;
      }
      if (apostrophe) {
        for (const std::string& suffix : rules_.clitic_suffixes) {
          if (m > suffix.size() && key.substr(m - suffix.size()) == suffix) {
            const size_t split = b + from[m - suffix.size()];
            if (!is_letter(cls_before(split))) continue;
            emit(b, split, true);
            emit(split, tok_end, fused_after);
            return;
          }
        }
      }
    }
    emit(b, tok_end, fused_after);
  }
};

}  // namespace

CharClass detail::char_class_slow(std::string_view text, size_t pos, size_t& len) {
  size_t p = pos;
  const char32_t cp = decode_utf8(text, p);
  len = p - pos;
  if (cp == 0x200B || cp == 0xFEFF) return CharClass::space;  // zero-width space, stray byte order mark
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
      return CharClass::upper;
    case UTF8PROC_CATEGORY_LL:
      return CharClass::lower;
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      return CharClass::letter;
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return CharClass::digit;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
      return CharClass::space;
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
      return CharClass::punct;
    case UTF8PROC_CATEGORY_SM:
    case UTF8PROC_CATEGORY_SC:
    case UTF8PROC_CATEGORY_SK:
    case UTF8PROC_CATEGORY_SO:
      return CharClass::symbol;
    default:
      return CharClass::other;
  }
}

void Tokenizer::tokenize(std::string_view text, uint32_t begin, uint32_t end, TokenLayer& out) const {
  Scanner(*rules_, text, out).run(begin, end);
}

}  // namespace dunlin
