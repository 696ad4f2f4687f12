#include "dunlin/syntax_tree.h"

#include <algorithm>

namespace dunlin {

SyntaxTree::SyntaxTree(const Document& doc) : doc_(doc) {
  const size_t n = doc.syntax.head.size();
  // Heads as given, except that a head outside the document, or one that closes a cycle (malformed input parses),
  // makes the token a root, so that every walk up or down the tree ends.
  head_.resize(n);
  for (size_t t = 0; t < n; ++t) head_[t] = doc.syntax.head[t] < n ? doc.syntax.head[t] : kNone;
  std::vector<uint32_t> seen_from(n, kNone);  // the walk that last visited a token
  for (size_t start = 0; start < n; ++start) {
    uint32_t t = static_cast<uint32_t>(start);
    while (t != kNone && seen_from[t] == kNone) {
      seen_from[t] = static_cast<uint32_t>(start);
      const uint32_t h = head_[t];
      if (h != kNone && seen_from[h] == start) {  // back on this walk's own path: a cycle
        head_[t] = kNone;
        break;
      }
      t = h;
    }
  }
  child_begin_.assign(n + 1, 0);
  for (size_t t = 0; t < n; ++t)
    if (head_[t] != kNone) ++child_begin_[head_[t] + 1];
  for (size_t t = 0; t < n; ++t) child_begin_[t + 1] += child_begin_[t];
  children_.resize(child_begin_[n]);
  std::vector<uint32_t> fill(child_begin_.begin(), child_begin_.end() - 1);
  for (size_t t = 0; t < n; ++t)  // in token order, so children are sorted
    if (head_[t] != kNone) children_[fill[head_[t]]++] = static_cast<uint32_t>(t);
}

uint32_t SyntaxTree::child(uint32_t t, std::string_view rel) const {
  for (uint32_t c : children(t))
    if (deprel(c) == rel) return c;
  return kNone;
}

uint32_t SyntaxTree::child_base(uint32_t t, std::string_view rel) const {
  for (uint32_t c : children(t))
    if (base_deprel(c) == rel) return c;
  return kNone;
}

std::string_view SyntaxTree::case_marker(uint32_t t) const {
  for (uint32_t c : children(t))
    if (deprel(c) == "case") return lemma(c);
  // A preposition the parser hung on a word in front of the head ("with President Obama": "with" on "President").
  for (uint32_t c : children(t)) {
    if (c > t) break;
    for (uint32_t g : children(c))
      if (deprel(g) == "case" && g < c) return lemma(g);
  }
  return {};
}

std::pair<uint32_t, uint32_t> SyntaxTree::subtree_span(uint32_t t) const {
  uint32_t first = t, last = t;
  std::vector<uint32_t> stack{t};
  // A malformed input parse may have a cycle: a subtree never has more nodes than the document has tokens.
  size_t visited = 0;
  while (!stack.empty() && visited++ < doc_.syntax.head.size()) {
    const uint32_t u = stack.back();
    stack.pop_back();
    first = std::min(first, u);
    last = std::max(last, u);
    for (uint32_t c : children(u)) stack.push_back(c);
  }
  while (first < t && upos(first) == Upos::PUNCT) ++first;
  while (last > t && upos(last) == Upos::PUNCT) --last;
  return {first, last + 1};
}

std::pair<uint32_t, uint32_t> SyntaxTree::phrase_span(uint32_t t) const {
  auto [first, end] = subtree_span(t);
  uint32_t linker_word = kNone;  // the last linker left out: its fixed words ("according [to]/fixed") go too
  while (first < t) {
    const std::string_view rel = base_deprel(first);
    const bool linker = head(first) == t && (rel == "case" || rel == "cc" || rel == "mark");
    const bool fixed_part = linker_word != kNone && head(first) == linker_word && rel == "fixed";
    if (!linker && !fixed_part && upos(first) != Upos::PUNCT) break;
    if (linker) linker_word = first;
    ++first;
  }
  return {first, end};
}

std::vector<uint32_t> SyntaxTree::with_conjuncts(uint32_t t) const {
  std::vector<uint32_t> out{t};
  for (size_t i = 0; i < out.size() && out.size() <= doc_.syntax.head.size(); ++i)
    for (uint32_t c : children(out[i]))
      if (deprel(c) == "conj") out.push_back(c);
  return out;
}

bool SyntaxTree::mostly_lower_case(uint32_t first, uint32_t end, uint32_t except) const {
  int lower = 0, upper = 0;
  for (uint32_t t = first; t < end; ++t) {
    const std::string_view w = text(t);
    if (t == except || w.empty()) continue;
    if (w[0] >= 'a' && w[0] <= 'z') ++lower;
    else if (w[0] >= 'A' && w[0] <= 'Z') ++upper;
  }
  return lower > upper;
}

}  // namespace dunlin
