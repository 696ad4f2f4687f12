// The sentence splitter: layout rules, candidate positions, and the perceptron or rule decision at each.
#include "dunlin/segment/sentence_splitter.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstring>
#include <fstream>

#include "dunlin/segment/tokenizer.h"

namespace dunlin {
namespace {

constexpr char kMagic[8] = {'D', 'U', 'N', 'S', 'E', 'N', 'T', '1'};

// Cheap combination of feature parts; the final index uses Fibonacci hashing (multiply, keep the top bits).
inline uint64_t combine(uint64_t a, uint64_t b) {
  return (a ^ (b + 0x9E3779B97F4A7C15ull + (a << 6) + (a >> 2))) * 0xFF51AFD7ED558CCDull;
}

uint64_t fnv(std::string_view s) {
  uint64_t h = 0xCBF29CE484222325ull;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    h *= 0x100000001B3ull;
  }
  return h;
}

bool is_final_punct(std::string_view t) {
  if (t.empty()) return false;
  if (t == "\xE2\x80\xA6") return true;  // …
  for (char c : t)
    if (c != '.' && c != '!' && c != '?') return false;
  return true;
}

bool is_closer(std::string_view t) {
  return t == "\"" || t == "'" || t == ")" || t == "]" || t == "}" || t == "''" || t == "\xE2\x80\x9D" /* ” */ ||
         t == "\xE2\x80\x99" /* ’ */ || t == "\xC2\xBB" /* » */ || t == "\xE2\x80\x99\xE2\x80\x99";
}

bool is_bullet(std::string_view t) {
  return t == "-" || t == "*" || t == "\xE2\x80\xA2" /* • */ || t == "\xC2\xB7" /* · */ || t == "\xE2\x80\x93" ||
         t == "\xE2\x80\x94" || t == "\xE2\x96\xAA" /* ▪ */ || t == ">";
}

// Class of the first and the last code point of a token.
CharClass first_class(std::string_view t) {
  size_t len;
  return char_class_at(t, 0, len);
}
CharClass last_class(std::string_view t) {
  size_t b = t.size() - 1;
  while (b > 0 && (static_cast<unsigned char>(t[b]) & 0xC0) == 0x80) --b;
  size_t len;
  return char_class_at(t, b, len);
}
bool alnum(CharClass c) {
  return c == CharClass::lower || c == CharClass::upper || c == CharClass::letter || c == CharClass::digit;
}

// A token's shape: one character per run of a class (doubled when the run is longer than one), punctuation as
// itself: "Hello" -> "Xxx", "U.S." -> "X.X.", "1,000" -> "d,dd", "IBM" -> "XX".
uint64_t shape_hash(std::string_view t) {
  char buf[12];
  size_t n = 0;
  char last = 0;
  int run = 0;
  for (size_t i = 0; i < t.size() && n < sizeof buf;) {
    size_t len;
    const CharClass k = char_class_at(t, i, len);
    char c;
    switch (k) {
      case CharClass::upper:
        c = 'X';
        break;
      case CharClass::lower:
        c = 'x';
        break;
      case CharClass::letter:
        c = 'L';
        break;
      case CharClass::digit:
        c = 'd';
        break;
      default:
        c = len == 1 ? t[i] : (k == CharClass::punct ? 'p' : 's');
        break;
    }
    if (c == last) {
      if (++run == 2) buf[n++] = c;
    } else {
      buf[n++] = c;
      last = c;
      run = 1;
    }
    i += len;
  }
  return fnv(std::string_view(buf, n)) ^ 0x5A5Aull;
}

// A boundary after a word with no punctuation at all ("... the United States | Joe Biden won") must be this sure:
// such boundaries are common in EWT's web text but nearly always wrong in news. Chosen on EWT dev (0, 2, 5, 10:
// 5 was best there, and it removes most of these splits in edited news text).
constexpr float kBareBoundaryMargin = 5.0f;
// Likewise, a sentence that would start with a lower-case word ("... [ ... ] so I have to"): common in EWT, rare
// in news. Chosen on EWT dev (0, 2, 5, 10: 88.91, 89.03, 88.80, 88.28).
constexpr float kLowerStartMargin = 2.0f;

enum Template : uint64_t {
  kBias = 1,
  kW0,
  kW1,
  kWm1,
  kW2,
  kS0,
  kS1,
  kSm1,
  kS2,
  kW0S1,
  kS0S1,
  kW0W1,
  kWm1W0,
  kS0W1,
  kSpaceS1,
  kSince,
  kAbbrS1,
  kWm1W0S1,
  kSm1S0S1,
  kW1S2,
  kSinceS0,
  kLeft,
  kSinceS1,
  kAbbrW1
};

uint32_t bucket(uint32_t n) {
  if (n <= 3) return n;
  if (n <= 6) return 4;
  if (n <= 10) return 5;
  if (n <= 20) return 6;
  if (n <= 40) return 7;
  return 8;
}

const std::array<std::string_view, 24> kOpeners = {"The", "He",    "She",  "It",   "They", "We",   "I",     "But",
                                                   "And", "In",    "This", "That", "A",    "An",   "There", "His",
                                                   "Her", "Their", "Our",  "You",  "If",   "When", "Its",   "On"};

bool is_dash(std::string_view t) {
  return t == "-" || t == "--" || t == "\xE2\x80\x94" /* — */ || t == "\xE2\x80\x93" /* – */;
}

// A word in capitals of at least three letters: "GENEVA", "LISBON".
bool all_caps_word(std::string_view t) {
  if (t.size() < 3) return false;
  for (size_t i = 0; i < t.size();) {
    size_t len;
    if (char_class_at(t, i, len) != CharClass::upper) return false;
    i += len;
  }
  return true;
}

// A news dateline ends in a dash: "GENEVA, March 4 (Example Wire) -". No sentence ends at such a dash, except the
// dateline at the top of a story (dateline_end).
bool dateline_dash(const Document& doc, uint32_t start, uint32_t i) {
  return i - start < 12 && is_dash(doc.token_text(i)) && all_caps_word(doc.token_text(start));
}

// A wire dateline opening a paragraph ("ANKARA, March 2 (Reuters) -", "BEIRUT (AP) --", "SAN JOSE, Costa Rica,
// Dec. 3 -"): a word in capitals, then only capitalised words, numbers, commas, periods and one parenthesis, ending
// in a dash set off by spaces with text after it. It is no part of the first clause (its subject would begin
// "ANKARA, March 2 (Reuters) - Turkish Defence Minister ..."), so it is a sentence of its own. Returns the token
// after the dash, or 0 when the paragraph opens with no dateline.
uint32_t dateline_end(const Document& doc, uint32_t first, uint32_t end) {
  auto text = [&](uint32_t t) { return doc.token_text(t); };
  auto capitalised = [](std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; };
  auto number = [](std::string_view w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (end - first < 4 || !all_caps_word(text(first))) return 0;
  bool open = false;
  for (uint32_t t = first + 1; t < end && t < first + 14; ++t) {
    const std::string_view w = text(t);
    if (is_dash(w)) {
      if (!doc.tokens.space_after[t - 1] || !doc.tokens.space_after[t]) return 0;  // the hyphen of "US-led"
      const std::string_view before = text(t - 1);
      return !open && (before == ")" || number(before) || capitalised(before)) && t + 1 < end ? t + 1 : 0;
    }
    if (w == "(" || w == ")") {
      if (open == (w == "(")) return 0;
      open = !open;
    } else if (!(w == "," || w == "." || number(w) || capitalised(w))) {
      return 0;
    }
  }
  return 0;
}

}  // namespace

bool is_dateline_sentence(const Document& doc, size_t s) {
  const SentenceLayer& sl = doc.sentences;
  if (s >= sl.size() || sl.paragraph[s] >= 2 || (s > 0 && sl.paragraph[s - 1] == sl.paragraph[s])) return false;
  const uint32_t first = sl.first_token[s], end = sl.end_token[s];
  if (end <= first || end >= doc.tokens.size() || !is_dash(doc.token_text(end - 1))) return false;
  return dateline_end(doc, first, end + 1) == end;
}

SentenceModel SentenceModel::load(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  const std::string name = path.string();
  if (!in) throw SegmentDataError(name + ": cannot open model file");
  char magic[8];
  uint32_t header[2];
  if (!in.read(magic, 8) || std::memcmp(magic, kMagic, 8) != 0)
    throw SegmentDataError(name + ": byte 0: not a dunlin sentence model (bad magic)");
  if (!in.read(reinterpret_cast<char*>(header), sizeof header))
    throw SegmentDataError(name + ": byte 8: truncated header");
  SentenceModel m;
  m.bits = header[0];
  if (m.bits < 8 || m.bits > 26) throw SegmentDataError(name + ": byte 8: bad table size 2^" + std::to_string(m.bits));
  m.weights.assign(size_t{1} << m.bits, 0.0f);
  for (uint32_t k = 0; k < header[1]; ++k) {
    uint32_t index;
    float w;
    if (!in.read(reinterpret_cast<char*>(&index), 4) || !in.read(reinterpret_cast<char*>(&w), 4))
      throw SegmentDataError(name + ": byte " + std::to_string(16 + 8 * size_t{k}) + ": truncated weights");
    if (index >= m.weights.size())
      throw SegmentDataError(name + ": byte " + std::to_string(16 + 8 * size_t{k}) + ": weight index out of range");
    m.weights[index] = w;
  }
  return m;
}

void SentenceModel::save(const std::filesystem::path& path) const {
  std::ofstream out(path, std::ios::binary);
  if (!out) throw SegmentDataError(path.string() + ": cannot write model file");
  uint32_t count = 0;
  for (float w : weights) count += w != 0.0f;
  out.write(kMagic, 8);
  out.write(reinterpret_cast<const char*>(&bits), 4);
  out.write(reinterpret_cast<const char*>(&count), 4);
  for (uint32_t i = 0; i < weights.size(); ++i) {
    if (weights[i] == 0.0f) continue;
    out.write(reinterpret_cast<const char*>(&i), 4);
    out.write(reinterpret_cast<const char*>(&weights[i]), 4);
  }
  if (!out) throw SegmentDataError(path.string() + ": write error");
}

SentenceSplitter::SentenceSplitter(std::shared_ptr<const TokenizerRules> rules, SplitMethod method,
                                   std::shared_ptr<const SentenceModel> model)
    : rules_(std::move(rules)), method_(method), model_(std::move(model)) {
  if (method_ == SplitMethod::model && !model_) throw SegmentDataError("the model splitter needs a model");
}

uint32_t SentenceSplitter::wrap_width(const Document& doc, ByteSpan paragraph) {
  uint32_t widest = 0, start = paragraph.begin;
  for (uint32_t i = paragraph.begin; i <= paragraph.end; ++i) {
    if (i == paragraph.end || doc.text[i] == '\n') {
      widest = std::max(widest, i - start);
      start = i + 1;
    }
  }
  return widest;
}

bool SentenceSplitter::hard_break(const Document& doc, uint32_t i, uint32_t widest) {
  const uint32_t gap_b = doc.tokens.end[i], gap_e = doc.tokens.begin[i + 1];
  const std::string_view text(doc.text);
  if (text.substr(gap_b, gap_e - gap_b).find('\n') == std::string_view::npos) return false;
  if (widest < 50) return true;  // short lines only: a list, headlines, an address block
  const size_t line_start = text.rfind('\n', gap_b == 0 ? 0 : gap_b - 1);
  const size_t len = gap_b - (line_start == std::string_view::npos ? 0 : line_start + 1);
  if (len * 4 < size_t{widest} * 3) return true;  // clearly shorter than the wrap width: the line ended on purpose
  const std::string_view next = doc.token_text(i + 1);
  if (is_bullet(next)) return true;
  return false;
}

bool SentenceSplitter::is_candidate(const Document& doc, uint32_t i) const {
  if (doc.tokens.fused_with_next[i]) return false;  // never inside "do|n't"
  const std::string_view t = doc.token_text(i), n = doc.token_text(i + 1);
  if (!alnum(last_class(t))) return true;
  const CharClass f = first_class(n);
  return f != CharClass::lower && f != CharClass::letter;
}

void SentenceSplitter::features(const Document& doc, uint32_t first, uint32_t end, uint32_t i, uint32_t since,
                                uint32_t bits, HashCache& cache, uint32_t* out) const {
  auto slot = [&](int64_t k) -> size_t {
    const size_t s = static_cast<size_t>(k) & 7;
    if (cache.token[s] != static_cast<uint32_t>(k)) {
      const std::string_view t = doc.token_text(static_cast<size_t>(k));
      cache.token[s] = static_cast<uint32_t>(k);
      cache.shape[s] = shape_hash(t);
      cache.word[s] = t.size() > 20 ? cache.shape[s] : fnv(t);
    }
    return s;
  };
  auto word = [&](int64_t k) -> uint64_t {
    if (k < first) return 0x1111;
    if (k >= end) return 0x2222;
    return cache.word[slot(k)];
  };
  auto shape = [&](int64_t k) -> uint64_t {
    if (k < first) return 0x3333;
    if (k >= end) return 0x4444;
    return cache.shape[slot(k)];
  };
  const std::string_view t0 = doc.token_text(i);
  uint64_t abbr = 0;
  if (t0.size() > 1 && t0.back() == '.') {
    const AbbreviationKind k = rules_->abbreviation(t0);
    size_t len;
    abbr = k == AbbreviationKind::title                                              ? 1
           : k == AbbreviationKind::other                                            ? 2
           : (char_class_at(t0, 0, len) == CharClass::upper && len + 1 == t0.size()) ? 3
                                                                                     : 4;
  }
  const uint64_t w0 = word(i), w1 = word(int64_t{i} + 1), wm1 = word(int64_t{i} - 1), w2 = word(int64_t{i} + 2);
  const uint64_t s0 = shape(i), s1 = shape(int64_t{i} + 1), sm1 = shape(int64_t{i} - 1), s2 = shape(int64_t{i} + 2);
  const uint64_t sb = bucket(since), left = bucket(end - i - 1), space = doc.tokens.space_after[i];
  const int shift = 64 - static_cast<int>(bits);
  size_t n = 0;
  auto add = [&](uint64_t h) { out[n++] = static_cast<uint32_t>(((h ^ (h >> 29)) * 0x9E3779B97F4A7C15ull) >> shift); };
  add(kBias);
  add(combine(kW0, w0));
  add(combine(kW1, w1));
  add(combine(kWm1, wm1));
  add(combine(kW2, w2));
  add(combine(kS0, s0));
  add(combine(kS1, s1));
  add(combine(kSm1, sm1));
  add(combine(kS2, s2));
  add(combine(combine(kW0S1, w0), s1));
  add(combine(combine(kS0S1, s0), s1));
  add(combine(combine(kW0W1, w0), w1));
  add(combine(combine(kWm1W0, wm1), w0));
  add(combine(combine(kS0W1, s0), w1));
  add(combine(combine(kSpaceS1, space), s1));
  add(combine(kSince, sb));
  add(combine(combine(kAbbrS1, abbr), s1));
  add(combine(combine(combine(kWm1W0S1, wm1), w0), s1));
  add(combine(combine(combine(kSm1S0S1, sm1), s0), s1));
  add(combine(combine(kW1S2, w1), s2));
  add(combine(combine(kSinceS0, sb), s0));
  add(combine(kLeft, left));
  add(combine(combine(kSinceS1, sb), s1));
  add(combine(combine(kAbbrW1, abbr), w1));
  assert(n == kFeatures);
}

bool SentenceSplitter::abbreviation_before_opener(const Document& doc, uint32_t i) const {
  const std::string_view p = doc.token_text(i);
  if (p.size() < 2 || p.back() != '.') return false;
  if (rules_->abbreviation(p) == AbbreviationKind::title) return false;
  size_t len;
  if (char_class_at(p, 0, len) == CharClass::upper && len + 1 == p.size()) return false;  // an initial
  return std::find(kOpeners.begin(), kOpeners.end(), doc.token_text(i + 1)) != kOpeners.end();
}

// closes[k - first] = 1 when token k closes something: a bracket, a typographic closing quote, or a straight
// quote (" or a lone ') that closes the one opened before it in the paragraph.
std::vector<uint8_t> closing_tokens(const Document& doc, uint32_t first, uint32_t end) {
  std::vector<uint8_t> closes(end - first, 0);
  bool double_open = false, single_open = false;
  for (uint32_t k = first; k < end; ++k) {
    const std::string_view t = doc.token_text(k);
    if (t == "\"") {
      closes[k - first] = double_open;
      double_open = !double_open;
    } else if (t == "'" && !(k > first && doc.tokens.fused_with_next[k - 1])) {
      closes[k - first] = single_open;
      single_open = !single_open;
    } else {
      closes[k - first] = is_closer(t);
    }
  }
  return closes;
}

bool SentenceSplitter::rule_boundary(const Document& doc, uint32_t first, uint32_t end, uint32_t i,
                                     const std::vector<uint8_t>& closes) const {
  const std::string_view t = doc.token_text(i);
  // The end of the punctuation group: a closing quote or bracket directly after . ? ! carries the boundary.
  if (i + 1 < end && closes[i + 1 - first] && (is_final_punct(t) || closes[i - first])) return false;
  uint32_t k = i;
  while (k > first && closes[k - first]) --k;
  const std::string_view p = doc.token_text(k);
  if (i + 1 >= end) return true;
  const std::string_view next = doc.token_text(i + 1);
  const CharClass f = first_class(next);
  if (is_final_punct(p)) return f != CharClass::lower;
  return k == i && abbreviation_before_opener(doc, i);
}

// A full stop, ? or ! followed by closing quotes or brackets, then a common sentence opener: 'out.' She added.
bool SentenceSplitter::quote_before_opener(const Document& doc, uint32_t first, uint32_t i,
                                           const std::vector<uint8_t>& closes) const {
  if (!closes[i - first]) return false;
  uint32_t k = i;
  while (k > first && closes[k - first]) --k;
  return k < i && is_final_punct(doc.token_text(k)) &&
         std::find(kOpeners.begin(), kOpeners.end(), doc.token_text(i + 1)) != kOpeners.end();
}

void SentenceSplitter::split(Document& doc, uint32_t first, uint32_t end, uint32_t paragraph) const {
  if (first >= end) return;
  const ByteSpan para = doc.paragraphs.span[paragraph];
  // Line breaks matter only when the paragraph has any.
  const bool has_lines =
      std::string_view(doc.text).substr(para.begin, para.size()).find('\n') != std::string_view::npos;
  const uint32_t widest = has_lines ? wrap_width(doc, para) : 0;
  uint32_t feats[kFeatures];
  HashCache cache;
  const std::vector<uint8_t> closes = closing_tokens(doc, first, end);
  uint32_t start = first;
  // Datelines open a story: its first two paragraphs (a title may come first).
  const uint32_t dateline = paragraph < 2 ? dateline_end(doc, first, end) : 0;
  for (uint32_t i = first; i + 1 < end; ++i) {
    bool boundary = (has_lines && hard_break(doc, i, widest)) || i + 1 == dateline;
    if (!boundary && is_candidate(doc, i)) {
      if (method_ == SplitMethod::rules) {
        boundary = rule_boundary(doc, first, end, i, closes);
      } else {
        features(doc, first, end, i, i - start + 1, model_->bits, cache, feats);
        float score = 0;
        for (uint32_t f : feats) score += model_->weights[f];
        // The treebank has few abbreviations or quotes at the end of a sentence; news has many ("... in the U.S.
        // The", "'... out.' She added").
        const bool bare = alnum(last_class(doc.token_text(i)));
        const bool lower_next = first_class(doc.token_text(i + 1)) == CharClass::lower;
        boundary = score > (bare ? kBareBoundaryMargin : lower_next ? kLowerStartMargin : 0.0f) || abbreviation_before_opener(doc, i) ||
                   quote_before_opener(doc, first, i, closes);
      }
      if (boundary && dateline_dash(doc, start, i)) boundary = false;
    }
    if (boundary) {
      doc.sentences.add(start, i + 1, paragraph);
      start = i + 1;
    }
  }
  doc.sentences.add(start, end, paragraph);
}

}  // namespace dunlin
