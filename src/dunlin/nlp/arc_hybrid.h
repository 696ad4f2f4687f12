// The arc-hybrid transition system (Kuhlmann, Gomez-Rodriguez & Satta 2011) shared by dunlin's parsers: the
// transition classes, a parser configuration and the dynamic oracle of Goldberg & Nivre (2013).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "dunlin/conllu/conllu.h"

namespace dunlin::nlp::arc_hybrid {

// Transition classes: 0 = SHIFT, 1 + l = LEFT(l) (s0 <- b0), 1 + L + l = RIGHT(l) (s1 -> s0).
struct Transitions {
  int num_labels;
  int count() const { return 1 + 2 * num_labels; }
  static bool is_shift(int c) { return c == 0; }
  bool is_left(int c) const { return c >= 1 && c <= num_labels; }
  int label(int c) const { return is_left(c) ? c - 1 : c - 1 - num_labels; }
};

// A parser configuration over words 1..n (0 is the root).
struct Config {
  std::vector<int> stack;
  int b = 1, n = 0;
  std::vector<int> head, label, lc1, lc2, rc1, rc2, nl, nr;
  std::vector<uint64_t> lset, rset;  // label sets of left / right dependents (bitsets)

  explicit Config(int words) : n(words) {
    const size_t m = static_cast<size_t>(words) + 1;
    stack.reserve(m);
    stack.push_back(0);
    head.assign(m, -1);
    label.assign(m, -1);
    lc1.assign(m, -1), lc2.assign(m, -1), rc1.assign(m, -1), rc2.assign(m, -1);
    nl.assign(m, 0), nr.assign(m, 0);
    lset.assign(m, 0), rset.assign(m, 0);
  }
  bool terminal() const { return b > n && stack.size() == 1; }
  int s(size_t k) const { return stack.size() > k ? stack[stack.size() - 1 - k] : -1; }
  int buf(int k) const { return b + k <= n ? b + k : -1; }

  bool valid(int c, const Transitions& t, int root_label) const {
    if (Transitions::is_shift(c)) return b <= n;
    const int l = t.label(c);
    if (t.is_left(c)) return b <= n && stack.size() > 1 && l != root_label;
    if (stack.size() < 2) return false;
    if (stack.size() == 2) return b > n && l == root_label;  // s1 is the root: only at the end
    return l != root_label;
  }
  void attach(int h, int d, int l) {
    head[d] = h;
    label[d] = l;
    if (d < h) {
      lc2[h] = lc1[h], lc1[h] = d, ++nl[h];
      lset[h] |= uint64_t{1} << (l & 63);
    } else {
      rc2[h] = rc1[h], rc1[h] = d, ++nr[h];
      rset[h] |= uint64_t{1} << (l & 63);
    }
  }
  void apply(int c, const Transitions& t) {
    if (Transitions::is_shift(c)) {
      stack.push_back(b++);
    } else if (t.is_left(c)) {
      attach(b, stack.back(), t.label(c));
      stack.pop_back();
    } else {
      const int s0 = stack.back();
      stack.pop_back();
      attach(stack.back(), s0, t.label(c));
    }
  }
};

// Dynamic-oracle cost of each transition class (Goldberg & Nivre 2013, arc-hybrid), given gold heads and labels
// (1-based, index 0 unused) and which words are on the stack. Invalid classes get cost INT_MAX.
void oracle_costs(const Config& c, const Transitions& t, int root_label, const std::vector<int>& gh,
                  const std::vector<int>& gl, const std::vector<uint8_t>& in_stack, std::vector<int>& cost);

// UAS and LAS in percent (punctuation included) of a parser (anything with parse(ConlluSentence&)) on gold
// sentences: the progress report of training.
struct AttachmentScores {
  double uas = 0, las = 0;
};
template <typename P>
AttachmentScores attachment_scores(const P& parser, const std::vector<ConlluSentence>& gold) {
  size_t uas = 0, las = 0, total = 0;
  for (const ConlluSentence& g : gold) {
    ConlluSentence s = g;
    parser.parse(s);
    for (size_t i = 0; i < s.words.size(); ++i, ++total)
      if (s.words[i].head == g.words[i].head) {
        ++uas;
        las += s.words[i].deprel == g.words[i].deprel;
      }
  }
  return {100.0 * uas / (total ? total : 1), 100.0 * las / (total ? total : 1)};
}

}  // namespace dunlin::nlp::arc_hybrid
