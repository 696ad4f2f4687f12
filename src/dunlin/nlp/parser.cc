// The arc-hybrid perceptron parser: configuration, features, dynamic oracle, training and greedy decoding.
#include "dunlin/nlp/parser.h"

#include <algorithm>
#include <limits>
#include <map>
#include <numeric>
#include <random>
#include <stdexcept>
#include <unordered_map>

#include "dunlin/nlp/arc_hybrid.h"
#include "dunlin/nlp/hash.h"
#include "dunlin/nlp/mst.h"
#include "dunlin/nlp/word_features.h"

namespace dunlin::nlp {
namespace {
using arc_hybrid::Config;
using arc_hybrid::oracle_costs;
using arc_hybrid::Transitions;

constexpr uint64_t kNone = 0x7F4A7C159E3779B9ULL;  // feature value of an absent position
constexpr uint64_t kRootWord = 0x3C6EF372FE94F82BULL;

// Per-sentence hashed word and tag values, index 0 = root.
struct Tokens {
  std::vector<uint64_t> w, p, u, s3;  // lowercased word, XPOS, UPOS, last 3 bytes of the lowercased word
  std::vector<uint64_t> a;            // the word's XPOS ambiguity class (feature set 3; kNone when unknown)
  // Feature set 4: the word's cluster at the coarsest, a middle and the finest level of the table (64, 256 and 1024
  // clusters for the GloVe table), each value distinct per level; unclustered words share one value per level.
  std::vector<uint64_t> cc, cm, cf;
  // Running counts over words 1..i (index 0 = root = 0): commas/semicolons/colons, and verbs (UPOS VERB).
  std::vector<uint16_t> punct, verbs;
};

constexpr uint64_t kUnknownClass = 0x6A09E667F3BCC909ULL;

Tokens hash_tokens(std::span<const std::string_view> words, std::span<const std::string_view> upos,
                   std::span<const std::string_view> xpos,
                   const std::unordered_map<uint64_t, uint64_t>* ambiguity = nullptr,
                   const WordClusters* clusters = nullptr) {
  Tokens t;
  const size_t n = words.size();
  t.w.resize(n + 1), t.p.resize(n + 1), t.u.resize(n + 1), t.s3.resize(n + 1);
  t.w[0] = kRootWord, t.p[0] = kRootWord + 1, t.u[0] = kRootWord + 2, t.s3[0] = kRootWord + 3;
  if (ambiguity) {
    t.a.resize(n + 1), t.punct.resize(n + 1), t.verbs.resize(n + 1);
    t.a[0] = kRootWord + 4;
  }
  const int levels = clusters ? clusters->levels() : 0;
  if (levels > 0) {
    t.cc.resize(n + 1), t.cm.resize(n + 1), t.cf.resize(n + 1);
    t.cc[0] = kRootWord + 5, t.cm[0] = kRootWord + 6, t.cf[0] = kRootWord + 7;
  }
  for (size_t i = 0; i < n; ++i) {
    if (levels > 0) {
      // (level << 32) | (id + 1); id + 1 = 0 for an unclustered word.
      const uint16_t* c = clusters->find(words[i]);
      auto id = [c](int level) { return (uint64_t{1} + static_cast<uint64_t>(level)) << 32 | (c ? c[level] + 1u : 0u); };
      t.cc[i + 1] = id(0), t.cm[i + 1] = id(levels / 2), t.cf[i + 1] = id(levels - 1);
    }
    const std::string lower = normalize_word(words[i], true);
    t.w[i + 1] = hash_string(lower);
    t.s3[i + 1] = hash_string(suffix(lower, 3)) + 11;
    t.p[i + 1] = hash_string(xpos[i]);
    t.u[i + 1] = hash_string(upos[i]) + 7;
    if (ambiguity) {
      const auto it = ambiguity->find(t.w[i + 1]);
      t.a[i + 1] = it == ambiguity->end() ? kUnknownClass : it->second;
      const std::string_view w = words[i];
      t.punct[i + 1] = static_cast<uint16_t>(t.punct[i] + (w == "," || w == ";" || w == ":" || w == "--"));
      t.verbs[i + 1] = static_cast<uint16_t>(t.verbs[i] + (upos[i] == "VERB"));
    }
  }
  return t;
}

// The ambiguity classes: for each lowercased word seen at least 3 times in the training data, a hash of the set of
// XPOS tags that cover >= 5% of its uses (with jackknifed tags: what the tagger tends to say for it). Lets the
// parser discount a predicted tag that is often wrong for this word (e.g. VBD/VBN, IN/RP).
std::unordered_map<uint64_t, uint64_t> ambiguity_classes(const std::vector<ConlluSentence>& sentences) {
  std::unordered_map<uint64_t, std::map<std::string, int>> seen;
  for (const auto& s : sentences)
    for (const auto& w : s.words) seen[hash_string(normalize_word(w.form, true))][w.xpos]++;
  std::unordered_map<uint64_t, uint64_t> out;
  for (const auto& [word, counts] : seen) {
    int total = 0;
    for (const auto& [tag, n] : counts) total += n;
    if (total < 3) continue;
    uint64_t h = 0x5be0cd19137e2179ULL;
    for (const auto& [tag, n] : counts)  // std::map: sorted, so the hash is deterministic
      if (n * 20 >= total) h = mix64(h ^ hash_string(tag));
    out[word] = h;
  }
  return out;
}

// Feature sets: 1 = the Zhang & Nivre-style set below; 2 adds UPOS and suffix templates (robustness to XPOS
// errors and unknown words); 3 adds tag-uncertainty templates (each word's XPOS ambiguity class, stored in the
// model, with its predicted tag), what lies between s0 and n0 and between s1 and s0 (punctuation, verbs) and a few
// more lexicalized child templates; 4 = set 2 + word-cluster templates (Koo, Carreras & Collins 2008: the cluster
// ids of s0, s1, n0, n1 and of the nearest children, alone, with their own tag and with the other word's tag or
// cluster). A model records the set it was trained with.
void extract(const Config& c, const Tokens& t, uint32_t feature_set, std::vector<uint64_t>& f) {
  f.clear();
  const int s0 = c.s(0), s1 = c.s(1), s2 = c.s(2), n0 = c.buf(0), n1 = c.buf(1), n2 = c.buf(2);
  auto W = [&](int i) { return i < 0 ? kNone : t.w[i]; };
  auto P = [&](int i) { return i < 0 ? kNone : t.p[i]; };
  auto U = [&](int i) { return i < 0 ? kNone : t.u[i]; };
  auto L = [&](int i) { return i < 0 ? kNone : static_cast<uint64_t>(c.label[i] + 2); };
  auto lc1 = [&](int i) { return i < 0 ? -1 : c.lc1[i]; };
  auto lc2 = [&](int i) { return i < 0 ? -1 : c.lc2[i]; };
  auto rc1 = [&](int i) { return i < 0 ? -1 : c.rc1[i]; };
  auto rc2 = [&](int i) { return i < 0 ? -1 : c.rc2[i]; };
  const uint64_t s0w = W(s0), s0p = P(s0), n0w = W(n0), n0p = P(n0), n1w = W(n1), n1p = P(n1), n2w = W(n2),
                 n2p = P(n2), s1w = W(s1), s1p = P(s1), s2p = P(s2);
  uint32_t k = 0;
  // Single positions.
  f.push_back(feat(k++, 0));
  f.push_back(feat(k++, s0w));
  f.push_back(feat(k++, s0p));
  f.push_back(feat(k++, s0w, s0p));
  f.push_back(feat(k++, n0w));
  f.push_back(feat(k++, n0p));
  f.push_back(feat(k++, n0w, n0p));
  f.push_back(feat(k++, n1w));
  f.push_back(feat(k++, n1p));
  f.push_back(feat(k++, n1w, n1p));
  f.push_back(feat(k++, n2w));
  f.push_back(feat(k++, n2p));
  f.push_back(feat(k++, n2w, n2p));
  f.push_back(feat(k++, s1w));
  f.push_back(feat(k++, s1p));
  f.push_back(feat(k++, s1w, s1p));
  f.push_back(feat(k++, s2p));
  f.push_back(feat(k++, U(s0), U(n0)));
  // Pairs.
  f.push_back(feat(k++, feat(0, s0w, s0p), n0w, n0p));
  f.push_back(feat(k++, s0w, s0p, n0w));
  f.push_back(feat(k++, s0w, n0w, n0p));
  f.push_back(feat(k++, s0w, s0p, n0p));
  f.push_back(feat(k++, s0p, n0w, n0p));
  f.push_back(feat(k++, s0w, n0w));
  f.push_back(feat(k++, s0p, n0p));
  f.push_back(feat(k++, n0p, n1p));
  f.push_back(feat(k++, s1p, s0p));
  f.push_back(feat(k++, s1w, s0w));
  f.push_back(feat(k++, s1w, s0p));
  f.push_back(feat(k++, s1p, s0w));
  f.push_back(feat(k++, s1p, n0p));
  f.push_back(feat(k++, s1w, n0w));
  // Triples.
  f.push_back(feat(k++, n0p, n1p, n2p));
  f.push_back(feat(k++, s0p, n0p, n1p));
  f.push_back(feat(k++, s1p, s0p, n0p));
  f.push_back(feat(k++, s2p, s1p, s0p));
  f.push_back(feat(k++, s0p, P(lc1(s0)), n0p));
  f.push_back(feat(k++, s0p, P(rc1(s0)), n0p));
  f.push_back(feat(k++, s0p, n0p, P(lc1(n0))));
  f.push_back(feat(k++, s1p, P(rc1(s1)), s0p));
  f.push_back(feat(k++, s1p, P(lc1(s1)), s0p));
  f.push_back(feat(k++, s1p, s0p, P(lc1(s0))));
  f.push_back(feat(k++, s1p, s0p, P(rc1(s0))));
  f.push_back(feat(k++, s1w, s0p, n0p));
  f.push_back(feat(k++, s1p, s0w, n0p));
  f.push_back(feat(k++, s1p, s0p, n0w));
  // Distance (s0-n0 and s1-s0), capped.
  auto dist = [](int a, int b) -> uint64_t {
    if (a < 0 || b < 0) return 99;
    const int d = std::abs(b - a);
    return static_cast<uint64_t>(d > 10 ? 10 + (d > 20) : d);
  };
  const uint64_t d0 = dist(s0, n0), d1 = dist(s1, s0);
  f.push_back(feat(k++, s0w, d0));
  f.push_back(feat(k++, s0p, d0));
  f.push_back(feat(k++, n0w, d0));
  f.push_back(feat(k++, n0p, d0));
  f.push_back(feat(k++, feat(1, s0w, n0w), d0));
  f.push_back(feat(k++, s0p, n0p, d0));
  f.push_back(feat(k++, s1p, s0p, d1));
  f.push_back(feat(k++, s1w, s0w, d1));
  // Valency.
  auto VL = [&](int i) { return i < 0 ? kNone : static_cast<uint64_t>(c.nl[i]); };
  auto VR = [&](int i) { return i < 0 ? kNone : static_cast<uint64_t>(c.nr[i]); };
  f.push_back(feat(k++, s0w, VR(s0)));
  f.push_back(feat(k++, s0p, VR(s0)));
  f.push_back(feat(k++, s0w, VL(s0)));
  f.push_back(feat(k++, s0p, VL(s0)));
  f.push_back(feat(k++, n0w, VL(n0)));
  f.push_back(feat(k++, n0p, VL(n0)));
  f.push_back(feat(k++, s1p, VR(s1)));
  f.push_back(feat(k++, s1p, VL(s1)));
  // Children: words, tags, labels.
  for (const int x : {lc1(s0), rc1(s0), lc1(n0), rc1(s1), lc1(s1)}) {
    f.push_back(feat(k++, W(x)));
    f.push_back(feat(k++, P(x)));
    f.push_back(feat(k++, L(x)));
  }
  for (const int x : {lc2(s0), rc2(s0), lc2(n0), rc2(s1)}) {
    f.push_back(feat(k++, W(x)));
    f.push_back(feat(k++, P(x)));
    f.push_back(feat(k++, L(x)));
  }
  f.push_back(feat(k++, s0p, P(lc1(s0)), P(lc2(s0))));
  f.push_back(feat(k++, s0p, P(rc1(s0)), P(rc2(s0))));
  f.push_back(feat(k++, n0p, P(lc1(n0)), P(lc2(n0))));
  f.push_back(feat(k++, s1p, P(rc1(s1)), P(rc2(s1))));
  f.push_back(feat(k++, s0p, L(lc1(s0)), L(rc1(s0))));
  f.push_back(feat(k++, s1p, L(rc1(s1)), s0p));
  // Label sets.
  auto LS = [&](int i, bool left) { return i < 0 ? kNone : (left ? c.lset[i] : c.rset[i]) + 3; };
  f.push_back(feat(k++, s0w, LS(s0, false)));
  f.push_back(feat(k++, s0p, LS(s0, false)));
  f.push_back(feat(k++, s0w, LS(s0, true)));
  f.push_back(feat(k++, s0p, LS(s0, true)));
  f.push_back(feat(k++, n0w, LS(n0, true)));
  f.push_back(feat(k++, n0p, LS(n0, true)));
  f.push_back(feat(k++, s1p, LS(s1, false)));
  // Lexical context around s0 and n0 in the sentence.
  f.push_back(feat(k++, n0p, P(n0 > 0 ? n0 - 1 : -1)));
  f.push_back(feat(k++, s0p, P(s0 > 0 && s0 < c.n ? s0 + 1 : -1)));
  f.push_back(feat(k++, s0p, P(s0 > 1 ? s0 - 1 : -1), n0p));
  if (feature_set < 2) return;
  auto S3 = [&](int i) { return i < 0 ? kNone : t.s3[i]; };
  const uint64_t s0u = U(s0), n0u = U(n0), s1u = U(s1), n1u = U(n1);
  f.push_back(feat(k++, s0u));
  f.push_back(feat(k++, n0u));
  f.push_back(feat(k++, s1u, s0u));
  f.push_back(feat(k++, s1u, s0u, n0u));
  f.push_back(feat(k++, s0u, n0u, n1u));
  f.push_back(feat(k++, n0u, n1u, U(n2)));
  f.push_back(feat(k++, s0u, n0w));
  f.push_back(feat(k++, s0w, n0u));
  f.push_back(feat(k++, s1w, s0u));
  f.push_back(feat(k++, s1u, s0w));
  f.push_back(feat(k++, s0u, n0u, d0));
  f.push_back(feat(k++, s1u, s0u, d1));
  f.push_back(feat(k++, s0u, U(lc1(s0)), U(rc1(s0))));
  f.push_back(feat(k++, n0u, U(lc1(n0)), L(lc1(n0))));
  f.push_back(feat(k++, s1u, U(rc1(s1)), L(rc1(s1))));
  f.push_back(feat(k++, S3(s0)));
  f.push_back(feat(k++, S3(n0)));
  f.push_back(feat(k++, S3(s0), n0p));
  f.push_back(feat(k++, s0p, S3(n0)));
  f.push_back(feat(k++, n0w, n1w));
  f.push_back(feat(k++, s0w, n1w));
  if (feature_set == 4) {
    // Word clusters: coarse (CC), middle (CM), fine (CF) levels.
    auto CC = [&](int i) { return i < 0 ? kNone : t.cc[i]; };
    auto CM = [&](int i) { return i < 0 ? kNone : t.cm[i]; };
    auto CF = [&](int i) { return i < 0 ? kNone : t.cf[i]; };
    const uint64_t s0m = CM(s0), n0m = CM(n0), s1m = CM(s1), s0c = CC(s0), n0c = CC(n0), s1c = CC(s1);
    f.push_back(feat(k++, CF(s0)));
    f.push_back(feat(k++, CF(n0)));
    f.push_back(feat(k++, CF(s1)));
    f.push_back(feat(k++, CF(n1)));
    f.push_back(feat(k++, s0m, s0p));
    f.push_back(feat(k++, n0m, n0p));
    f.push_back(feat(k++, s1m, s1p));
    f.push_back(feat(k++, CM(n1), n1p));
    f.push_back(feat(k++, s0m, n0p));
    f.push_back(feat(k++, s0p, n0m));
    f.push_back(feat(k++, s0m, n0m));
    f.push_back(feat(k++, s0c, n0c));
    f.push_back(feat(k++, s0c, n0c, d0));
    f.push_back(feat(k++, CF(s0), n0u));
    f.push_back(feat(k++, s0u, CF(n0)));
    f.push_back(feat(k++, s1m, s0p));
    f.push_back(feat(k++, s1p, s0m));
    f.push_back(feat(k++, s1c, s0c));
    f.push_back(feat(k++, s0c, n0c, CC(n1)));
    f.push_back(feat(k++, s0p, CM(lc1(s0))));
    f.push_back(feat(k++, s0p, CM(rc1(s0))));
    f.push_back(feat(k++, n0p, CM(lc1(n0))));
    f.push_back(feat(k++, s1p, CM(rc1(s1))));
    return;
  }
  if (feature_set < 3) return;
  // Tag uncertainty: the words' ambiguity classes with their predicted tags.
  auto A = [&](int i) { return i < 0 ? kNone : t.a[i]; };
  const uint64_t s0a = A(s0), n0a = A(n0), s1a = A(s1);
  f.push_back(feat(k++, s0a, s0p));
  f.push_back(feat(k++, n0a, n0p));
  f.push_back(feat(k++, s1a, s1p));
  f.push_back(feat(k++, s0a, n0a));
  f.push_back(feat(k++, s0p, n0a, n0p));
  f.push_back(feat(k++, s0a, s0p, n0p));
  f.push_back(feat(k++, s1p, s0a, s0p));
  f.push_back(feat(k++, A(n1), n1p, n0p));
  // What lies between s0 and n0 (and s1 and s0): punctuation and verbs, capped at 3.
  auto between = [&](const std::vector<uint16_t>& count, int a, int b) -> uint64_t {
    if (a < 0 || b < 0) return 9;
    const int lo = std::min(a, b), hi = std::max(a, b);
    return static_cast<uint64_t>(std::min(3, count[hi - 1] - count[lo]));
  };
  const uint64_t p0 = between(t.punct, s0, n0), v0 = between(t.verbs, s0, n0);
  const uint64_t p1 = between(t.punct, s1, s0), v1 = between(t.verbs, s1, s0);
  f.push_back(feat(k++, s0p, n0p, p0 * 4 + v0));
  f.push_back(feat(k++, s0u, n0u, p0 * 4 + v0));
  f.push_back(feat(k++, s1p, s0p, p1 * 4 + v1));
  f.push_back(feat(k++, s0w, n0p, p0));
  f.push_back(feat(k++, s1u, s0u, p1 * 4 + v1));
  // More lexicalized child templates.
  f.push_back(feat(k++, n0w, L(lc1(n0))));
  f.push_back(feat(k++, s0w, L(rc1(s0))));
  f.push_back(feat(k++, s0w, W(rc1(s0))));
  f.push_back(feat(k++, n0w, W(lc1(n0))));
  f.push_back(feat(k++, W(s2), s2p));
  f.push_back(feat(k++, n0p, n1p, P(c.buf(3))));
}

std::vector<std::string_view> column(const ConlluSentence& s, int which) {
  std::vector<std::string_view> v;
  v.reserve(s.words.size());
  for (const auto& w : s.words) v.push_back(which == 0 ? std::string_view(w.form)
                                            : which == 1 ? std::string_view(w.upos)
                                                         : std::string_view(w.xpos));
  return v;
}


// Beam search (decoding and global training). All arc-hybrid derivations of a sentence take 2n transitions, so the
// states of a beam stay in step. A state's feature vector is extracted and scored once and shared by all its
// candidate transitions.
struct BeamItem {
  Config c{0};
  double score = 0;
  int node = -1;      // training: the last transition's node in BeamTrace::nodes (-1 = none yet)
  bool gold = false;  // training: reached by the gold transitions only
};

struct Candidate {
  double score;
  int item, cls;
};

// Training bookkeeping: the history of every kept state (so a prefix's features can be replayed), the gold path
// (the best-scoring zero/min-cost transitions of the dynamic oracle, a latent gold derivation that also covers
// non-projective trees), and the step where the best state beats the gold prefix by the most.
struct BeamTrace {
  struct Node {
    int parent;
    uint32_t begin, end;  // the features of the state the transition was taken from, in `features`
    int cls;
  };
  const std::vector<int>* gold_heads = nullptr;
  const std::vector<int>* gold_labels = nullptr;
  std::vector<uint64_t> features;
  std::vector<Node> nodes;
  Config gold{0};
  double gold_score = 0;
  int gold_node = -1;
  std::vector<uint8_t> gold_in_stack;
  std::vector<int> cost;
  double max_violation = 0;
  int violation_best = -1, violation_gold = -1;  // node chains to update at the max-violation step
};

// Runs a beam of `width` over the sentence; score(features, out) adds each transition's score to out (zeroed by
// the caller). Returns the best final configuration. With a trace, also follows and records the gold path.
template <class ScoreFn>
Config beam_search(int n, const Tokens& tok, uint32_t feature_set, int width, const Transitions& t, int root_label,
                   const ScoreFn& score, BeamTrace* trace) {
  const int nclasses = t.count();
  std::vector<BeamItem> cur(1), next(static_cast<size_t>(width));
  cur.reserve(static_cast<size_t>(width));
  cur[0].c = Config(n);
  cur[0].gold = trace != nullptr;
  size_t live = 1;
  std::vector<float> scores(static_cast<size_t>(width) * nclasses), gold_scores(nclasses);
  std::vector<uint32_t> fbegin(width), fend(width);
  std::vector<uint64_t> f;
  std::vector<Candidate> cands;
  if (trace) {
    trace->gold = Config(n);
    trace->gold_in_stack.assign(static_cast<size_t>(n) + 1, 0);
    trace->gold_in_stack[0] = 1;
  }
  while (!cur[0].c.terminal()) {
    cands.clear();
    int gold_item = -1;
    for (size_t i = 0; i < live; ++i) {
      const Config& c = cur[i].c;
      float* sc = scores.data() + i * nclasses;
      extract(c, tok, feature_set, f);
      std::fill(sc, sc + nclasses, 0.0f);
      score(f, sc);
      if (trace) {
        fbegin[i] = static_cast<uint32_t>(trace->features.size());
        trace->features.insert(trace->features.end(), f.begin(), f.end());
        fend[i] = static_cast<uint32_t>(trace->features.size());
        if (cur[i].gold) gold_item = static_cast<int>(i);
      }
      for (int k = 0; k < nclasses; ++k)
        if (c.valid(k, t, root_label)) cands.push_back({cur[i].score + sc[k], static_cast<int>(i), k});
    }
    int gold_cls = -1;
    if (trace) {  // the gold path's next transition: the best-scoring one of minimum cost
      BeamTrace& tr = *trace;
      uint32_t gb, ge;
      const float* gs;
      if (gold_item >= 0) {
        gb = fbegin[gold_item], ge = fend[gold_item], gs = scores.data() + gold_item * nclasses;
      } else {
        extract(tr.gold, tok, feature_set, f);
        std::fill(gold_scores.begin(), gold_scores.end(), 0.0f);
        score(f, gold_scores.data());
        gb = static_cast<uint32_t>(tr.features.size());
        tr.features.insert(tr.features.end(), f.begin(), f.end());
        ge = static_cast<uint32_t>(tr.features.size());
        gs = gold_scores.data();
      }
      oracle_costs(tr.gold, t, root_label, *tr.gold_heads, *tr.gold_labels, tr.gold_in_stack, tr.cost);
      const int min_cost = *std::min_element(tr.cost.begin(), tr.cost.end());
      for (int k = 0; k < nclasses; ++k)
        if (tr.cost[k] == min_cost && (gold_cls < 0 || gs[k] > gs[gold_cls])) gold_cls = k;
      tr.gold_score += gs[gold_cls];
      tr.nodes.push_back({tr.gold_node, gb, ge, gold_cls});
      tr.gold_node = static_cast<int>(tr.nodes.size()) - 1;
      if (Transitions::is_shift(gold_cls)) tr.gold_in_stack[tr.gold.b] = 1;
      else tr.gold_in_stack[tr.gold.s(0)] = 0;
      tr.gold.apply(gold_cls, t);
    }
    const size_t keep = std::min(cands.size(), static_cast<size_t>(width));
    std::partial_sort(cands.begin(), cands.begin() + static_cast<std::ptrdiff_t>(keep), cands.end(),
                      [](const Candidate& a, const Candidate& b) {
                        if (a.score != b.score) return a.score > b.score;
                        return a.item != b.item ? a.item < b.item : a.cls < b.cls;
                      });
    for (size_t j = 0; j < keep; ++j) {
      const Candidate& cd = cands[j];
      BeamItem& it = next[j];
      it.c = cur[cd.item].c;
      it.c.apply(cd.cls, t);
      it.score = cd.score;
      if (trace) {
        it.gold = cur[cd.item].gold && cd.cls == gold_cls;
        trace->nodes.push_back({cur[cd.item].node, fbegin[cd.item], fend[cd.item], cd.cls});
        it.node = static_cast<int>(trace->nodes.size()) - 1;
      }
    }
    std::swap(cur, next);
    if (next.size() < static_cast<size_t>(width)) next.resize(static_cast<size_t>(width));
    live = keep;
    // A violation: the best state is not gold and scores at least as high as the gold prefix (ties count, or
    // zero weights would never be updated).
    if (trace && !cur[0].gold && cur[0].score >= trace->gold_score &&
        (trace->violation_best < 0 || cur[0].score - trace->gold_score > trace->max_violation)) {
      trace->max_violation = cur[0].score - trace->gold_score;
      trace->violation_best = cur[0].node;
      trace->violation_gold = trace->gold_node;
    }
  }
  return std::move(cur[0].c);
}

}  // namespace

void Parser::parse(std::span<const std::string_view> words, std::span<const std::string_view> upos,
                   std::span<const std::string_view> xpos, std::span<uint32_t> heads,
                   std::span<uint16_t> labels) const {
  if (words.empty()) return;
  if (members_.empty()) parse_single(words, upos, xpos, heads, labels, nullptr);
  else parse_ensemble(words, upos, xpos, heads, labels);
}

void Parser::parse_single(std::span<const std::string_view> words, std::span<const std::string_view> upos,
                          std::span<const std::string_view> xpos, std::span<uint32_t> heads,
                          std::span<uint16_t> labels, float* confidence) const {
  const int n = static_cast<int>(words.size());
  if (n == 0) return;
  if (right_to_left_) {  // parse the reversed sentence; word i is reversed word n + 1 - i
    std::vector<std::string_view> rw(words.rbegin(), words.rend()), ru(upos.rbegin(), upos.rend()),
        rx(xpos.rbegin(), xpos.rend());
    std::vector<uint32_t> rh(n);
    std::vector<uint16_t> rl(n);
    std::vector<float> rc(confidence ? n : 0);
    decode(rw, ru, rx, rh, rl, confidence ? rc.data() : nullptr);
    for (int j = 0; j < n; ++j) {
      const int i = n - 1 - j;  // 0-based original index of reversed word j
      heads[i] = rh[j] == 0 ? 0 : static_cast<uint32_t>(n + 1 - static_cast<int>(rh[j]));
      labels[i] = rl[j];
      if (confidence) confidence[i] = rc[j];
    }
    return;
  }
  decode(words, upos, xpos, heads, labels, confidence);
}

void Parser::decode(std::span<const std::string_view> words, std::span<const std::string_view> upos,
                    std::span<const std::string_view> xpos, std::span<uint32_t> heads, std::span<uint16_t> labels,
                    float* confidence) const {
  const int n = static_cast<int>(words.size());
  const Transitions t{static_cast<int>(labels_->size())};
  const Tokens tok = hash_tokens(words, upos, xpos, feature_set_ == 3 ? &ambiguity_ : nullptr, clusters_.get());
  if (beam_ > 1 && !confidence) {
    const Config c = beam_search(
        n, tok, feature_set_, beam_, t, root_label_,
        [this](const std::vector<uint64_t>& f, float* scores) { model_.score(f, scores); }, nullptr);
    for (int i = 1; i <= n; ++i) {
      heads[i - 1] = static_cast<uint32_t>(c.head[i]);
      labels[i - 1] = static_cast<uint16_t>(c.label[i]);
    }
    return;
  }
  Config c(n);
  std::vector<uint64_t> f;
  std::vector<float> scores(t.count());
  ParserNetwork::Sentence network_ids;
  ParserNetwork::Scratch scratch;
  std::vector<int> candidates;  // the transitions the network scores (valid ones, the perceptron's best first)
  if (network_) network_ids = network_->prepare(words, xpos);
  // 0 = shift, 1 = left arc, 2 = right arc.
  auto kind = [&t](int k) { return Transitions::is_shift(k) ? 0 : t.is_left(k) ? 1 : 2; };
  while (!c.terminal()) {
    extract(c, tok, feature_set_, f);
    std::fill(scores.begin(), scores.end(), 0.0f);
    model_.score(f, scores.data());
    int best = -1;
    if (network_) {
      // The network rescores the perceptron's network_candidates_ best valid transitions (all of them when
      // margins are wanted), and the best of those is taken; unless the perceptron is sure: one valid transition,
      // or its best leads the next by network_margin_ or more.
      const size_t keep = confidence || network_candidates_ == 0 ? t.count() : network_candidates_;
      candidates.clear();
      for (int k = 0; k < t.count(); ++k) {  // kept best first (ties: the lower class first)
        if (!c.valid(k, t, root_label_)) continue;
        if (candidates.size() == keep && scores[k] <= scores[candidates.back()]) continue;
        if (candidates.size() == keep) candidates.pop_back();
        size_t i = candidates.size();
        candidates.push_back(k);
        for (; i > 0 && scores[candidates[i - 1]] < scores[k]; --i) candidates[i] = candidates[i - 1];
        candidates[i] = k;
      }
      const bool sure = candidates.size() == 1 || (candidates.size() > 1 && network_margin_ > 0 && !confidence &&
                                                   scores[candidates[0]] - scores[candidates[1]] >= network_margin_);
      if (sure) {
        best = candidates[0];
      } else {
        network_->add_scores(c, network_ids, network_weight_, scores.data(), scratch, candidates);
        for (int k : candidates)
          if (best < 0 || scores[k] > scores[best] || (scores[k] == scores[best] && k < best)) best = k;
      }
    } else {
      for (int k = 0; k < t.count(); ++k)
        if (c.valid(k, t, root_label_) && (best < 0 || scores[k] > scores[best])) best = k;
    }
    if (confidence && !Transitions::is_shift(best)) {
      // The arc's margin over the best transition of another kind (another label would give the same arc).
      float rival = -std::numeric_limits<float>::infinity();
      const int bk = kind(best);
      for (int k = 0; k < t.count(); ++k)
        if (kind(k) != bk && scores[k] > rival && c.valid(k, t, root_label_)) rival = scores[k];
      confidence[c.s(0) - 1] = rival == -std::numeric_limits<float>::infinity() ? kForcedArc : scores[best] - rival;
    }
    c.apply(best, t);
  }
  for (int i = 1; i <= n; ++i) {
    heads[i - 1] = static_cast<uint32_t>(c.head[i]);
    labels[i - 1] = static_cast<uint16_t>(c.label[i]);
  }
}

void Parser::parse_ensemble(std::span<const std::string_view> words, std::span<const std::string_view> upos,
                            std::span<const std::string_view> xpos, std::span<uint32_t> heads,
                            std::span<uint16_t> labels) const {
  const size_t n = words.size();
  const size_t m = ensemble_size();
  std::vector<uint32_t> mh(m * n);
  std::vector<uint16_t> ml(m * n);
  std::vector<float> mc(m * n);
  std::vector<WeightedArc> arcs;
  arcs.reserve(m * n);
  for (size_t k = 0; k < m; ++k) {
    const Parser& p = k == 0 ? *this : *members_[k - 1];
    p.parse_single(words, upos, xpos, std::span(mh).subspan(k * n, n), std::span(ml).subspan(k * n, n),
                   mc.data() + k * n);
    for (size_t i = 0; i < n; ++i) {
      float& v = mc[k * n + i];
      v = weights_[k] * vote(v);
      arcs.push_back({static_cast<int>(mh[k * n + i]), static_cast<int>(i + 1), v});
    }
  }
  const std::vector<int> tree = maximum_spanning_tree(static_cast<int>(n), arcs);
  for (size_t i = 0; i < n; ++i) {
    // The label of the strongest vote for the chosen head (the primary's arc if no tree came out: cannot happen,
    // each member's own tree spans the words).
    const uint32_t h = tree.empty() ? mh[i] : static_cast<uint32_t>(tree[i + 1]);
    float best = -1;
    heads[i] = h;
    labels[i] = ml[i];
    for (size_t k = 0; k < m; ++k)
      if (mh[k * n + i] == h && mc[k * n + i] > best) best = mc[k * n + i], labels[i] = ml[k * n + i];
  }
}
void Parser::parse(ConlluSentence& sentence) const {
  const auto words = column(sentence, 0), upos = column(sentence, 1), xpos = column(sentence, 2);
  std::vector<uint32_t> heads(words.size());
  std::vector<uint16_t> labels(words.size());
  parse(words, upos, xpos, heads, labels);
  for (size_t i = 0; i < words.size(); ++i) {
    sentence.words[i].head = static_cast<int>(heads[i]);
    sentence.words[i].deprel = (*labels_)[labels[i]];
  }
}

namespace {

// The sentence read right to left: word i of n becomes word n + 1 - i, heads renumbered alike (root stays 0).
ConlluSentence reversed(const ConlluSentence& s) {
  ConlluSentence r;
  const int n = static_cast<int>(s.words.size());
  r.words.assign(s.words.rbegin(), s.words.rend());
  for (ConlluWord& w : r.words)
    if (w.head > 0 && w.head <= n) w.head = n + 1 - w.head;
  return r;
}

}  // namespace

Parser Parser::train(const std::vector<ConlluSentence>& train_in, const std::vector<ConlluSentence>* dev,
                     const TrainOptions& options, uint32_t feature_set,
                     const std::function<void(int epoch, const Parser&)>& after_epoch) {
  if (feature_set < 1 || feature_set > kMaxFeatureSet)
    throw std::invalid_argument("unknown parser feature set " + std::to_string(feature_set));
  if ((feature_set == kClusterFeatureSet) != (options.clusters != nullptr && options.clusters->levels() > 0))
    throw std::invalid_argument("parser feature set 4, and only it, needs a word-cluster table (--clusters)");
  if (options.right_to_left && options.beam > 1)
    throw std::invalid_argument("right-to-left parsers are greedy (no --beam)");
  std::vector<ConlluSentence> reversed_train;
  if (options.right_to_left) {
    reversed_train.reserve(train_in.size());
    for (const auto& s : train_in) reversed_train.push_back(reversed(s));
  }
  const std::vector<ConlluSentence>& train = options.right_to_left ? reversed_train : train_in;
  Parser p;
  p.right_to_left_ = options.right_to_left;  // dev sentences are parsed (and so reversed) by p.parse
  p.feature_set_ = feature_set;
  p.beam_ = std::max(1, options.beam);
  if (feature_set == 3) p.ambiguity_ = ambiguity_classes(train);
  if (feature_set == kClusterFeatureSet) p.clusters_ = std::make_shared<const WordClusters>(*options.clusters);
  auto names = std::make_shared<std::vector<std::string>>();
  std::map<std::string, int> label_id;
  for (const auto& s : train)
    for (const auto& w : s.words)
      if (!label_id.count(w.deprel)) label_id.emplace(w.deprel, 0);
  if (!label_id.count("root")) label_id.emplace("root", 0);
  for (auto& [name, id] : label_id) {  // sorted: deterministic
    id = static_cast<int>(names->size());
    names->push_back(name);
  }
  p.labels_ = names;
  p.root_label_ = label_id["root"];
  const Transitions t{static_cast<int>(names->size())};
  PerceptronTrainer trainer(t.count());
  std::vector<size_t> order;
  for (size_t i = 0; i < train.size(); ++i) {
    bool ok = !train[i].words.empty();
    for (const auto& w : train[i].words) ok = ok && w.head >= 0 && w.head <= static_cast<int>(train[i].words.size());
    if (ok) order.push_back(i);
  }
  std::mt19937_64 rng(options.seed);
  std::vector<uint64_t> f;
  std::vector<float> scores(t.count());
  std::vector<int> cost;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    size_t steps = 0, errors = 0;
    for (size_t si : order) {
      const ConlluSentence& s = train[si];
      const int n = static_cast<int>(s.words.size());
      std::vector<int> gh(n + 1, -1), gl(n + 1, -1);
      for (int i = 1; i <= n; ++i) {
        gh[i] = s.words[i - 1].head;
        gl[i] = label_id[s.words[i - 1].deprel];
      }
      const Tokens tok =
          hash_tokens(column(s, 0), column(s, 1), column(s, 2), p.feature_set_ == 3 ? &p.ambiguity_ : nullptr,
                      p.clusters_.get());
      if (options.beam > 1) {  // global training: one max-violation update per sentence
        BeamTrace tr;
        tr.gold_heads = &gh, tr.gold_labels = &gl;
        beam_search(
            n, tok, p.feature_set_, options.beam, t, p.root_label_,
            [&trainer](const std::vector<uint64_t>& fv, float* sc) { trainer.score(fv, sc); }, &tr);
        ++steps;
        if (tr.violation_best >= 0) {
          ++errors;
          for (int k = tr.violation_gold; k >= 0; k = tr.nodes[k].parent) {
            const auto& nd = tr.nodes[k];
            trainer.add(std::span(tr.features).subspan(nd.begin, nd.end - nd.begin), nd.cls, 1.0f);
          }
          for (int k = tr.violation_best; k >= 0; k = tr.nodes[k].parent) {
            const auto& nd = tr.nodes[k];
            trainer.add(std::span(tr.features).subspan(nd.begin, nd.end - nd.begin), nd.cls, -1.0f);
          }
        }
        trainer.tick();
        continue;
      }
      Config c(n);
      std::vector<uint8_t> in_stack(n + 1, 0);
      in_stack[0] = 1;
      while (!c.terminal()) {
        extract(c, tok, p.feature_set_, f);
        std::fill(scores.begin(), scores.end(), 0.0f);
        trainer.score(f, scores.data());
        oracle_costs(c, t, p.root_label_, gh, gl, in_stack, cost);
        int guess = -1, gold = -1, min_cost = std::numeric_limits<int>::max();
        for (int k = 0; k < t.count(); ++k)
          if (cost[k] < min_cost) min_cost = cost[k];
        for (int k = 0; k < t.count(); ++k) {
          if (cost[k] == std::numeric_limits<int>::max()) continue;
          if (guess < 0 || scores[k] > scores[guess]) guess = k;
          if (cost[k] == min_cost && (gold < 0 || scores[k] > scores[gold])) gold = k;
        }
        trainer.update(f, gold, cost[guess] == min_cost ? gold : guess);
        ++steps;
        int next = gold;
        if (cost[guess] != min_cost) {
          ++errors;
          if (epoch > 1 && rng() % 10 != 0) next = guess;  // explore: follow the model's mistake
        } else {
          next = guess;
        }
        if (Transitions::is_shift(next)) in_stack[c.b] = 1;
        else in_stack[c.s(0)] = 0;
        c.apply(next, t);
      }
    }
    std::string line = "parser epoch " + std::to_string(epoch) + (options.beam > 1 ? ": sentences updated " : ": transition errors ") +
                       std::to_string(100.0 * errors / std::max<size_t>(steps, 1)) + "%";
    if (dev && options.log && (epoch == options.epochs || epoch % 2 == 0)) {
      p.model_ = trainer.compile();
      const arc_hybrid::AttachmentScores score = arc_hybrid::attachment_scores(p, *dev);
      line += ", dev UAS " + std::to_string(score.uas) + " LAS " + std::to_string(score.las);
    }
    if (options.log) options.log(line);
    if (after_epoch && epoch < options.epochs) {
      p.model_ = trainer.compile();
      after_epoch(epoch, p);
    }
  }
  p.model_ = trainer.compile();
  if (after_epoch) after_epoch(options.epochs, p);
  return p;
}

void Parser::save_model(ByteWriter& w) const {
  w.strings(*labels_);
  w.u32(static_cast<uint32_t>(root_label_));
  w.u32(feature_set_);
  if (feature_set_ == 3) w.u64_map(ambiguity_);
  if (feature_set_ == kClusterFeatureSet) clusters_->save(w);
  model_.save(w);
}

// What a stored combination may hold (load() and with_network() refuse the rest).
constexpr float kMaxNetworkWeight = 1e6f, kMaxNetworkMargin = 1e30f;
constexpr uint32_t kMaxNetworkCandidates = 65536;

Parser Parser::load_model(ByteReader& r) {
  Parser p;
  auto names = std::make_shared<std::vector<std::string>>(r.strings());
  if (names->empty() || names->size() > 1000) r.fail("bad label count");
  p.labels_ = names;
  p.root_label_ = static_cast<int>(r.u32());
  if (p.root_label_ >= static_cast<int>(names->size())) r.fail("root label out of range");
  p.feature_set_ = r.u32();
  if (p.feature_set_ < 1 || p.feature_set_ > kMaxFeatureSet)
    r.fail("unknown parser feature set " + std::to_string(p.feature_set_) + " (this build reads 1 to " +
           std::to_string(kMaxFeatureSet) + "; retrain the parser or update dunlin)");
  if (p.feature_set_ == 3) p.ambiguity_ = r.u64_map(1u << 24, "parser ambiguity table");
  if (p.feature_set_ == kClusterFeatureSet) {
    auto clusters = std::make_shared<WordClusters>(WordClusters::load(r));
    if (clusters->levels() < 1) r.fail("parser feature set 4 without word clusters");
    p.clusters_ = std::move(clusters);
  }
  p.model_ = PerceptronModel::load(r);
  if (p.model_.num_classes() != 1 + 2 * static_cast<int>(names->size())) r.fail("class count mismatch");
  return p;
}

namespace {
constexpr uint32_t kEnsembleVersion = 1;
constexpr uint32_t kMaxEnsembleMembers = 8;
}  // namespace

void Parser::save(ModelFileWriter& out) const {
  ByteWriter w;
  save_model(w);
  out.add("parser", w.take());
  if (beam_ > 1) {  // a section of its own: greedy models keep the file layout older builds read
    ByteWriter b;
    b.u32(static_cast<uint32_t>(beam_));
    out.add("parserbm", b.take());
  }
  if (right_to_left_) {
    ByteWriter d;
    d.u32(1);
    out.add("parserdr", d.take());
  }
  if (!members_.empty()) {
    // Older builds ignore this section and parse with the primary ("parser") alone.
    ByteWriter e;
    e.u32(kEnsembleVersion);
    e.f32(vote_base_), e.f32(vote_cap_), e.f32(vote_forced_);
    e.f32(weights_[0]);
    e.u32(static_cast<uint32_t>(members_.size()));
    for (size_t k = 0; k < members_.size(); ++k) {
      e.f32(weights_[k + 1]);
      e.u32(members_[k]->right_to_left_ ? 1 : 0);
      members_[k]->save_model(e);
    }
    out.add("parsens", e.take());
  }
  if (network_) {  // older builds ignore both sections and parse with the perceptron alone
    network_->save(out);
    ByteWriter c;
    c.f32(network_weight_);
    c.u32(static_cast<uint32_t>(network_candidates_));
    c.f32(network_margin_);
    out.add("parsecmb", c.take());
  }
}

Parser Parser::load(const ModelFile& file) {
  ByteReader r = file.section("parser");
  Parser p = load_model(r);
  if (file.has("parserbm")) {
    ByteReader b = file.section("parserbm");
    const uint32_t width = b.u32();
    if (width < 1 || width > 256) b.fail("bad beam width " + std::to_string(width));
    p.beam_ = static_cast<int>(width);
  }
  if (file.has("parserdr")) {
    ByteReader d = file.section("parserdr");
    const uint32_t direction = d.u32();
    if (direction > 1) d.fail("bad parser direction " + std::to_string(direction));
    p.right_to_left_ = direction == 1;
  }
  if (file.has("parsens")) {
    ByteReader e = file.section("parsens");
    const uint32_t version = e.u32();
    if (version != kEnsembleVersion)
      e.fail("unknown parser ensemble version " + std::to_string(version) + " (this build reads " +
             std::to_string(kEnsembleVersion) + ")");
    p.vote_base_ = e.f32(), p.vote_cap_ = e.f32(), p.vote_forced_ = e.f32();
    auto finite = [](float x) { return x == x && x > -1e30f && x < 1e30f; };
    if (!finite(p.vote_base_) || !finite(p.vote_cap_) || !finite(p.vote_forced_)) e.fail("bad vote parameters");
    p.weights_.push_back(e.f32());
    const uint32_t count = e.u32();
    if (count < 1 || count >= kMaxEnsembleMembers) e.fail("bad ensemble member count " + std::to_string(count));
    for (uint32_t k = 0; k < count; ++k) {
      p.weights_.push_back(e.f32());
      const uint32_t direction = e.u32();
      if (direction > 1) e.fail("bad parser direction " + std::to_string(direction));
      Parser m = load_model(e);
      m.right_to_left_ = direction == 1;
      if (*m.labels_ != *p.labels_ || m.root_label_ != p.root_label_) e.fail("ensemble members with different labels");
      m.labels_ = p.labels_;
      p.members_.push_back(std::make_shared<const Parser>(std::move(m)));
    }
    for (const float wt : p.weights_)
      if (!finite(wt) || wt < 0) e.fail("bad ensemble weight");
  }
  if (file.has("parsecmb")) {
    ByteReader c = file.section("parsecmb");
    const float weight = c.f32();
    if (!(weight >= 0 && weight < kMaxNetworkWeight)) c.fail("bad network weight");
    // (Session 17's files end after the weight: every transition rescored, always.)
    const uint32_t candidates = c.at_end() ? 0 : c.u32();
    if (candidates > kMaxNetworkCandidates) c.fail("bad network candidate count");
    const float margin = c.at_end() ? 0.0f : c.f32();
    if (!(margin >= 0 && margin < kMaxNetworkMargin)) c.fail("bad network margin");
    p = with_network(std::move(p), ParserNetwork::load(file), weight, static_cast<int>(candidates), margin);
  }
  return p;
}

Parser Parser::with_network(Parser parser, ParserNetwork network, float weight, int candidates, float margin) {
  if (network.label_names() != *parser.labels_)
    throw std::invalid_argument("the parser network has another label set than the parser");
  if (parser.beam_ > 1 || parser.right_to_left_ || !parser.members_.empty())
    throw std::invalid_argument("a network combines with a greedy left-to-right parser only");
  if (!(weight >= 0 && weight < kMaxNetworkWeight))
    throw std::invalid_argument("the network weight must be >= 0 and < " + std::to_string(kMaxNetworkWeight));
  if (candidates < 0 || candidates > static_cast<int>(kMaxNetworkCandidates))
    throw std::invalid_argument("the network candidate count must be 0 to " + std::to_string(kMaxNetworkCandidates));
  if (!(margin >= 0 && margin < kMaxNetworkMargin))
    throw std::invalid_argument("the network margin must be >= 0 and finite");
  parser.network_candidates_ = candidates;
  parser.network_margin_ = margin;
  parser.network_ = std::make_shared<const ParserNetwork>(std::move(network));
  parser.network_weight_ = weight;
  return parser;
}

Parser Parser::ensemble(const std::vector<Parser>& members, std::vector<float> weights) {
  if (members.size() < 2 || members.size() > kMaxEnsembleMembers)
    throw std::invalid_argument("an ensemble needs 2 to " + std::to_string(kMaxEnsembleMembers) + " parsers");
  if (weights.empty()) weights.assign(members.size(), 1.0f);
  if (weights.size() != members.size()) throw std::invalid_argument("one weight per ensemble member");
  for (const float wt : weights)
    if (!(wt >= 0)) throw std::invalid_argument("ensemble weights must be >= 0");
  Parser p = members[0];
  p.members_.clear();
  p.beam_ = 1;
  p.weights_ = std::move(weights);
  for (size_t k = 1; k < members.size(); ++k) {
    if (*members[k].labels_ != *p.labels_ || members[k].root_label_ != p.root_label_)
      throw std::invalid_argument("ensemble member " + std::to_string(k + 1) + " has another label set");
    Parser m = members[k];
    m.members_.clear();
    m.weights_.clear();
    m.beam_ = 1;
    m.labels_ = p.labels_;
    p.members_.push_back(std::make_shared<const Parser>(std::move(m)));
  }
  return p;
}

void retag(std::vector<ConlluSentence>& sentences, const Tagger& tagger) {
  for (auto& s : sentences) {
    const auto tags = tagger.tag(s);
    for (size_t i = 0; i < tags.size(); ++i) {
      s.words[i].upos = upos_name(tagger.upos(tags[i]));
      s.words[i].xpos = (*tagger.xpos_names())[tagger.xpos(tags[i])];
    }
  }
}

void jackknife_tags(std::vector<ConlluSentence>& sentences, int k, const TrainOptions& tagger_options,
                    const Log& log) {
  std::vector<ConlluSentence> tagged = sentences;
  TrainOptions quiet = tagger_options;
  quiet.log = nullptr;
  for (int fold = 0; fold < k; ++fold) {
    std::vector<ConlluSentence> rest, held;
    std::vector<size_t> held_index;
    for (size_t i = 0; i < sentences.size(); ++i) {
      if (static_cast<int>(i % k) == fold) {
        held.push_back(sentences[i]);
        held_index.push_back(i);
      } else {
        rest.push_back(sentences[i]);
      }
    }
    const Tagger t = Tagger::train(rest, nullptr, quiet);
    retag(held, t);
    size_t ok = 0, n = 0;
    for (size_t j = 0; j < held.size(); ++j) {
      for (size_t w = 0; w < held[j].words.size(); ++w, ++n) ok += held[j].words[w].upos == sentences[held_index[j]].words[w].upos;
      tagged[held_index[j]] = std::move(held[j]);
    }
    if (log) log("jackknife fold " + std::to_string(fold + 1) + "/" + std::to_string(k) + ": UPOS " +
                 std::to_string(100.0 * ok / std::max<size_t>(n, 1)));
  }
  sentences = std::move(tagged);
}

}  // namespace dunlin::nlp
