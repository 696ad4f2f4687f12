// The phrase matcher: key normalization (utf8proc) and a hashed trie with leftmost-longest matching.
#include "dunlin/actors/phrase_matcher.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>

#include "dunlin/text/utf8.h"

namespace dunlin {
namespace {

bool is_apostrophe(char32_t c) {
  return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x02BB || c == 0x02BE || c == 0x02BF ||
         c == 0x0060 || c == 0x00B4 || c == 0x2032 || c == 0xFF07;
}

// Characters that separate keys inside a token: hyphens and dashes, slashes, and any other punctuation or symbol.
bool is_separator(char32_t c) {
  if (c < 0x80) return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.');
  const utf8proc_category_t cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  switch (cat) {
    case UTF8PROC_CATEGORY_PD: case UTF8PROC_CATEGORY_PS: case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF: case UTF8PROC_CATEGORY_PO: case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_SM:
    case UTF8PROC_CATEGORY_SC: case UTF8PROC_CATEGORY_SK: case UTF8PROC_CATEGORY_SO: case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF:
      return true;
    default:
      return false;
  }
}

// One key being built: lower-cased text plus what is needed to recognise a short acronym.
struct Piece {
  std::string text;
  int upper = 0;  // ASCII upper-case letters seen
  int other = 0;  // anything else that is part of the key (lower-case letters, digits, non-ASCII letters)

  void add_ascii(char ch) {
    if (ch >= 'A' && ch <= 'Z') {
      ++upper;
      text += static_cast<char>(ch - 'A' + 'a');
    } else {
      ++other;
      text += ch;
    }
  }
  void finish(std::vector<std::string>& out) {
    // A possessive or trailing apostrophe was kept as '\'' so far; drop "'s" at the end, then every apostrophe.
    if (text.size() >= 2 && text.compare(text.size() - 2, 2, "'s") == 0) {
      text.resize(text.size() - 2);
      --other;
    }
    std::erase(text, '\'');
    if (!text.empty()) {
      // Two or three capitals alone ("US", "U.S.", "WHO", "IS") are an acronym: its key keeps its capitals, so it
      // never matches the lower-case word ("us", "who", "is").
      if (other == 0 && upper >= 2 && upper <= 3)
        for (char& c : text) c = static_cast<char>(c - 'a' + 'A');
      out.push_back(std::move(text));
    }
    text.clear();
    upper = other = 0;
  }
};

}  // namespace

void append_token_keys(std::string_view token, std::vector<std::string>& out) {
  Piece piece;
  size_t pos = 0;
  while (pos < token.size()) {
    const unsigned char byte = static_cast<unsigned char>(token[pos]);
    if (byte < 0x80) {
      ++pos;
      const char ch = static_cast<char>(byte);
      if (ch == '.') continue;
      if (ch == '\'' || ch == '`') piece.text += '\'';
      else if (is_separator(byte)) piece.finish(out);
      else piece.add_ascii(ch);
      continue;
    }
    const char32_t c = decode_utf8(token, pos);
    if (is_apostrophe(c)) {
      piece.text += '\'';
      continue;
    }
    if (is_separator(c)) {
      piece.finish(out);
      continue;
    }
    // Decompose, drop combining marks, case-fold, compatibility-map ("É" -> "e", "ﬁ" -> "fi").
    utf8proc_int32_t buffer[16];
    int boundclass = UTF8PROC_BOUNDCLASS_START;
    const utf8proc_ssize_t n = utf8proc_decompose_char(
        static_cast<utf8proc_int32_t>(c), buffer, 16,
        static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK),
        &boundclass);
    if (n < 0 || n > 16) {
      append_utf8(piece.text, c);
      ++piece.other;
      continue;
    }
    for (utf8proc_ssize_t k = 0; k < n; ++k) {
      const char32_t d = static_cast<char32_t>(buffer[k]);
      if (d < 0x80) piece.add_ascii(static_cast<char>(d));
      else {
        append_utf8(piece.text, d);
        ++piece.other;
      }
    }
  }
  piece.finish(out);
}

std::vector<std::string> phrase_keys(std::string_view phrase) {
  std::vector<std::string> keys;
  size_t pos = 0;
  while (pos < phrase.size()) {
    while (pos < phrase.size() && (phrase[pos] == ' ' || phrase[pos] == '\t')) ++pos;
    size_t end = pos;
    while (end < phrase.size() && phrase[end] != ' ' && phrase[end] != '\t') ++end;
    if (end > pos) append_token_keys(phrase.substr(pos, end - pos), keys);
    pos = end;
  }
  if (keys.size() > 1 && keys.front() == "the") keys.erase(keys.begin());
  return keys;
}

bool PhraseMatcher::add(std::string_view phrase, uint32_t payload) { return add_keys(phrase_keys(phrase), payload); }

bool PhraseMatcher::add_keys(const std::vector<std::string>& keys, uint32_t payload) {
  if (keys.empty()) return false;
  uint32_t node = 0;
  for (const std::string& key : keys) {
    auto [it, inserted_key] = key_ids_.try_emplace(key, static_cast<uint32_t>(key_ids_.size()));
    auto [child, inserted] = edges_.try_emplace(edge(node, it->second), static_cast<uint32_t>(node_payloads_.size()));
    if (inserted) node_payloads_.emplace_back();
    node = child->second;
  }
  std::vector<uint32_t>& payloads = node_payloads_[node];
  if (payloads.empty()) ++phrase_count_;
  if (std::find(payloads.begin(), payloads.end(), payload) == payloads.end()) payloads.push_back(payload);
  return true;
}

uint32_t PhraseMatcher::key_id(const std::string& key) const {
  const auto it = key_ids_.find(key);
  return it == key_ids_.end() ? kUnknown : it->second;
}

std::vector<PhraseMatcher::Match> PhraseMatcher::find(std::span<const std::string_view> tokens) const {
  // Keys of the whole input, each remembering its token and whether it is the token's first / last key.
  struct Key {
    uint32_t id, lower_id, token;  // lower_id: the lower-case form of an acronym key ("AL" -> "al"), else kUnknown
    bool first, last;
  };
  std::vector<Key> keys;
  keys.reserve(tokens.size() + tokens.size() / 4);
  std::vector<std::string> pieces;
  for (uint32_t t = 0; t < tokens.size(); ++t) {
    pieces.clear();
    append_token_keys(tokens[t], pieces);
    for (size_t k = 0; k < pieces.size(); ++k) {
      uint32_t lower = kUnknown;
      const std::string& p = pieces[k];
      if (!p.empty() && p[0] >= 'A' && p[0] <= 'Z') {
        std::string low = p;
        for (char& c : low) c = static_cast<char>(c - 'A' + 'a');
        lower = key_id(low);
      }
      keys.push_back({key_id(p), lower, t, k == 0, k + 1 == pieces.size()});
    }
  }

  std::vector<Match> matches;
  size_t i = 0;
  while (i < keys.size()) {
    uint32_t node = 0;
    size_t best_end = 0;  // one past the last key of the longest match from i
    uint32_t best_node = 0;
    for (size_t j = i; j < keys.size(); ++j) {
      // An acronym in the text ("AL", "UN") matches an acronym entry first, else an ordinary lower-case entry
      // (so capitals in a headline still match "al-Assad"); a lower-case word never matches an acronym entry.
      auto it = keys[j].id == kUnknown ? edges_.end() : edges_.find(edge(node, keys[j].id));
      if (it == edges_.end() && keys[j].lower_id != kUnknown) it = edges_.find(edge(node, keys[j].lower_id));
      if (it == edges_.end()) break;
      node = it->second;
      if (!node_payloads_[node].empty()) {
        best_end = j + 1;
        best_node = node;
      }
    }
    if (best_end == 0) {
      ++i;
      continue;
    }
    Match m;
    m.first_token = keys[i].token;
    m.end_token = keys[best_end - 1].token + 1;
    m.partial = !keys[i].first || !keys[best_end - 1].last;
    m.payloads = node_payloads_[best_node];
    matches.push_back(m);
    i = best_end;
  }
  return matches;
}

}  // namespace dunlin
