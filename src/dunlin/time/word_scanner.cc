// The word scanner (see word_scanner.h).
#include "dunlin/time/word_scanner.h"

#include "dunlin/text/utf8.h"

namespace dunlin::time {
namespace {

enum class Cls { space, newline, letter, digit, punct };

Cls classify(std::string_view text, size_t pos, size_t& next) {
  const unsigned char c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) {
    next = pos + 1;
    if (c == '\n') return Cls::newline;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return Cls::space;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return Cls::letter;
    if (c >= '0' && c <= '9') return Cls::digit;
    return Cls::punct;
  }
  next = pos;
  const char32_t cp = decode_utf8(text, next);
  if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x3000) return Cls::space;
  if (cp == 0x2028 || cp == 0x2029) return Cls::newline;
  if ((cp >= 0xA1 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x206F)) return Cls::punct;
  return Cls::letter;
}

}  // namespace

ScannedText scan_words(std::string_view text) {
  ScannedText out;
  out.lower.assign(text);
  for (char& c : out.lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  out.words.reserve(text.size() / 5 + 1);
  bool space = false, newline = false;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t next = pos;
    const Cls cls = classify(text, pos, next);
    if (cls == Cls::space || cls == Cls::newline) {
      space = true;
      newline = newline || cls == Cls::newline;
      pos = next;
      continue;
    }
    Word w;
    w.begin = static_cast<uint32_t>(pos);
    w.space_before = space;
    w.newline_before = newline;
    space = newline = false;
    if (cls == Cls::punct) {
      w.end = static_cast<uint32_t>(next);
      w.type = WordType::punct;
      out.words.push_back(w);
      pos = next;
      continue;
    }
    bool letters = false, digits = false, lower_letter = false;
    int upper_letters = 0;
    size_t end = pos;
    Cls c = cls;
    for (;;) {  // a run of letters and digits ("11th" and "F16" are one word)
      if (c == Cls::letter) {
        letters = true;
        const char ch = text[end];
        if (ch >= 'A' && ch <= 'Z') ++upper_letters;
        else lower_letter = true;  // lower-case or non-ASCII letter
      } else {
        digits = true;
      }
      end = next;
      if (end >= text.size()) break;
      c = classify(text, end, next);
      if (c != Cls::letter && c != Cls::digit) break;
    }
    w.end = static_cast<uint32_t>(end);
    w.type = letters && digits ? WordType::alnum : (letters ? WordType::alpha : WordType::digits);
    const char first = text[pos];
    w.capitalized = first >= 'A' && first <= 'Z';
    w.all_caps = upper_letters >= 2 && !lower_letter;
    out.words.push_back(w);
    pos = end;
  }
  return out;
}

}  // namespace dunlin::time
