// The feed-forward network parser: feature positions, forward pass, training (AdaGrad, dynamic oracle), model IO.
#include "dunlin/nlp/parser_network.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <functional>
#include <limits>
#include <map>
#include <numeric>
#include <random>
#include <sstream>
#include <stdexcept>

#include "dunlin/nlp/arc_hybrid.h"
#include "dunlin/nlp/network_math.h"
#include "dunlin/nlp/word_features.h"

namespace dunlin::nlp {
namespace {

using arc_hybrid::Config;
using arc_hybrid::Transitions;

// Reserved ids of every table: an absent position, an unknown value and (words and tags) the root.
constexpr int kAbsent = 0, kUnknown = 1, kRoot = 2, kFirstId = 3;
constexpr int kDistances = 12;  // 0 = no s0 or b0, then b0 - s0 = 1 .. 10, and 11 for more
constexpr uint32_t kNetworkVersion = 1;

std::string word_key(std::string_view form) { return normalize_word(form, true); }

// The twenty positions: s0 s1 s2 b0 b1 b2, lc1(s0) rc1(s0) lc1(s1) rc1(s1) lc1(b0) (the eleven whose words are read),
// lc2(s0) rc2(s0) lc2(s1) rc2(s1) lc2(b0), lc1(lc1(s0)) rc1(rc1(s0)) lc1(lc1(s1)) rc1(rc1(s1)). Tags at all twenty,
// arc labels at the fourteen children. -1 = absent.
void positions(const Config& c, int (&p)[ParserNetwork::kTagSlots]) {
  const auto lc1 = [&](int i) { return i < 0 ? -1 : c.lc1[i]; };
  const auto rc1 = [&](int i) { return i < 0 ? -1 : c.rc1[i]; };
  const auto lc2 = [&](int i) { return i < 0 ? -1 : c.lc2[i]; };
  const auto rc2 = [&](int i) { return i < 0 ? -1 : c.rc2[i]; };
  const int s0 = c.s(0), s1 = c.s(1), b0 = c.buf(0);
  const int v[ParserNetwork::kTagSlots] = {
      s0,      s1,      c.s(2),  b0,      c.buf(1), c.buf(2), lc1(s0),      rc1(s0),      lc1(s1),      rc1(s1),
      lc1(b0), lc2(s0), rc2(s0), lc2(s1), rc2(s1),  lc2(b0),  lc1(lc1(s0)), rc1(rc1(s0)), lc1(lc1(s1)), rc1(rc1(s1))};
  std::copy(std::begin(v), std::end(v), std::begin(p));
}

// ids[0] is the root's; word i of the sentence is ids[i].
ParserNetwork::Features features_of(const Config& c, const std::vector<int>& word_ids,
                                    const std::vector<int>& tag_ids) {
  ParserNetwork::Features f;
  int p[ParserNetwork::kTagSlots];
  positions(c, p);
  for (int k = 0; k < ParserNetwork::kTagSlots; ++k) {
    if (k < ParserNetwork::kWordSlots) f.word[k] = p[k] < 0 ? kAbsent : word_ids[p[k]];
    f.tag[k] = p[k] < 0 ? kAbsent : tag_ids[p[k]];
  }
  for (int k = 0; k < ParserNetwork::kLabelSlots; ++k) {
    const int i = p[ParserNetwork::kTagSlots - ParserNetwork::kLabelSlots + k];
    f.label[k] = i < 0 ? kAbsent : 1 + c.label[i];
  }
  const int s0 = c.s(0), b0 = c.buf(0);
  f.distance = s0 < 0 || b0 < 0 ? 0 : std::min(b0 - s0, kDistances - 1);
  return f;
}

// Eight floats as one value (GCC and Clang vector extensions): one AVX register in the x86-64-v3 variants, two SSE
// registers in the others. Read through memcpy, which needs no alignment; passed by reference, as the two variants
// would pass it by value differently.
using Float8 = float __attribute__((vector_size(32)));
[[gnu::always_inline]] inline void add8(Float8& sum, const float* p) {
  Float8 v;
  std::memcpy(&v, p, sizeof v);
  sum += v;
}
[[gnu::always_inline]] inline void add_product8(Float8& sum, const float* a, const Float8& b) {
  Float8 v;
  std::memcpy(&v, a, sizeof v);
  sum += v * b;
}
[[gnu::always_inline]] inline float sum8(const Float8& v) {
  return ((v[0] + v[1]) + (v[2] + v[3])) + ((v[4] + v[5]) + (v[6] + v[7]));
}

// Eight 16-bit integers, widened to eight 32-bit ones and added.
using Short8 = int16_t __attribute__((vector_size(16)));
using Int8 = int32_t __attribute__((vector_size(32)));
[[gnu::always_inline]] inline void add_widened8(Int8& sum, const int16_t* p) {
  Short8 v;
  std::memcpy(&v, p, sizeof v);
  sum += __builtin_convertvector(v, Int8);
}

// hidden = relu(scale x the sum of the rows): the sums exact, in 32-bit integers, sixty-four units at a time held in
// registers while the rows stream past.
DUNLIN_VECTOR_CLONES void hidden_layer(const int16_t* const* rows, int count, int n, float scale, float* hidden) {
  int j = 0;
  for (; j + 64 <= n; j += 64) {
    Int8 a[8] = {};
    for (int r = 0; r < count; ++r) {
      const int16_t* row = rows[r] + j;
      for (int t = 0; t < 8; ++t) add_widened8(a[t], row + 8 * t);
    }
    for (int t = 0; t < 8; ++t)
      for (int l = 0; l < 8; ++l) hidden[j + 8 * t + l] = a[t][l] > 0 ? static_cast<float>(a[t][l]) * scale : 0;
  }
  for (; j < n; ++j) {
    int32_t sum = 0;
    for (int r = 0; r < count; ++r) sum += rows[r][j];
    hidden[j] = sum > 0 ? static_cast<float>(sum) * scale : 0;
  }
}

// scores[k] = bias[k] + w[k] . hidden (w: a row of n weights per class) for each k in classes: four classes at a
// time, one load of the hidden layer serving four rows of weights.
DUNLIN_VECTOR_CLONES void output_layer(const float* w, const float* bias, const float* hidden, int n,
                                       std::span<const int> classes, float* scores) {
  size_t i = 0;
  if (n % 8 == 0)
    for (; i + 4 <= classes.size(); i += 4) {
      const float* row[4];
      for (int c = 0; c < 4; ++c) row[c] = w + static_cast<size_t>(classes[i + c]) * n;
      Float8 part[4] = {};
      for (int j = 0; j < n; j += 8) {
        Float8 h = {};
        add8(h, hidden + j);
        for (int c = 0; c < 4; ++c) add_product8(part[c], row[c] + j, h);
      }
      for (int c = 0; c < 4; ++c) scores[classes[i + c]] = bias[classes[i + c]] + sum8(part[c]);
    }
  for (; i < classes.size(); ++i)
    scores[classes[i]] = bias[classes[i]] + dot16(w + static_cast<size_t>(classes[i]) * n, hidden, n);
}

// The same for four vectors at once (x[v]: n values, out[v]: width values): each row of the matrix is read once for
// the four, sixteen outputs of each at a time.
DUNLIN_VECTOR_CLONES void four_vectors_times_matrix(const float* const* x, int n, const float* w, int width,
                                                    float* const* out) {
  int j = 0;
  for (; j + 16 <= width; j += 16) {
    Float8 acc[4][2] = {};
    for (int i = 0; i < n; ++i) {
      Float8 lo = {}, hi = {};
      add8(lo, w + static_cast<size_t>(i) * width + j);
      add8(hi, w + static_cast<size_t>(i) * width + j + 8);
      for (int v = 0; v < 4; ++v) {
        const float xv = x[v][i];
        acc[v][0] += lo * xv;
        acc[v][1] += hi * xv;
      }
    }
    for (int v = 0; v < 4; ++v) std::memcpy(out[v] + j, acc[v], sizeof acc[v]);
  }
  for (; j < width; ++j)
    for (int v = 0; v < 4; ++v) {
      float s = 0;
      for (int i = 0; i < n; ++i) s += x[v][i] * w[static_cast<size_t>(i) * width + j];
      out[v][j] = s;
    }
}

// out[j] = sum over i of w[j * stride + i] * x[i], for j < rows (one block of the hidden layer's weights).
DUNLIN_VECTOR_CLONES void project(const float* w, size_t stride, int rows, const float* x, int n, float* out) {
  for (int j = 0; j < rows; ++j) out[j] = dot16(w + static_cast<size_t>(j) * stride, x, n);
}

constexpr int kCachedWords = 6000;  // words whose rows are precomputed at load (the first ids: see train())

}  // namespace

WordVectors WordVectors::read_text(const std::string& path, size_t max_words) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read word vectors " + path);
  WordVectors v;
  std::string line;
  size_t line_no = 0;
  while (v.words.size() < max_words && std::getline(in, line)) {
    ++line_no;
    std::istringstream fields(line);
    std::string word;
    fields >> word;
    std::vector<float> values;
    float x;
    while (fields >> x) values.push_back(x);
    if (word.empty() || values.empty() || !fields.eof())
      throw std::runtime_error(path + ":" + std::to_string(line_no) + ": not a word followed by numbers");
    if (v.dim == 0) v.dim = static_cast<int>(values.size());
    if (static_cast<int>(values.size()) != v.dim)
      throw std::runtime_error(path + ":" + std::to_string(line_no) + ": " + std::to_string(values.size()) +
                               " values, the first line has " + std::to_string(v.dim));
    v.words.push_back(word);
    v.values.insert(v.values.end(), values.begin(), values.end());
  }
  return v;
}

int ParserNetwork::word_id(std::string_view form) const {
  const auto it = word_ids_.find(word_key(form));
  return it == word_ids_.end() ? kUnknown : it->second;
}

int ParserNetwork::tag_id(std::string_view xpos) const {
  const auto it = tag_ids_.find(std::string(xpos));
  return it == tag_ids_.end() ? kUnknown : it->second;
}

void ParserNetwork::gather(const Features& f, float* x) const {
  for (int k = 0; k < kWordSlots; ++k, x += word_dim_)
    std::copy_n(word_emb_.data() + static_cast<size_t>(f.word[k]) * word_dim_, word_dim_, x);
  for (int k = 0; k < kTagSlots; ++k, x += tag_dim_)
    std::copy_n(tag_emb_.data() + static_cast<size_t>(f.tag[k]) * tag_dim_, tag_dim_, x);
  for (int k = 0; k < kLabelSlots; ++k, x += label_dim_)
    std::copy_n(label_emb_.data() + static_cast<size_t>(f.label[k]) * label_dim_, label_dim_, x);
  std::copy_n(distance_emb_.data() + static_cast<size_t>(f.distance) * distance_dim_, distance_dim_, x);
}

void ParserNetwork::forward(const Features& f, float* hidden, float* scores, std::vector<float>& input) const {
  const int d = input_size();
  input.resize(d);
  gather(f, input.data());
  for (int j = 0; j < hidden_; ++j) {
    const float s = b1_[j] + dot(w1_.data() + static_cast<size_t>(j) * d, input.data(), d);
    hidden[j] = s > 0 ? s : 0;
  }
  const int m = classes();
  for (int k = 0; k < m; ++k) {
    scores[k] = b2_[k] + dot(w2_.data() + static_cast<size_t>(k) * hidden_, hidden, hidden_);
  }
}

ParserNetwork::Sentence ParserNetwork::prepare(std::span<const std::string_view> words,
                                               std::span<const std::string_view> xpos) const {
  Sentence s;
  s.word.assign(words.size() + 1, kRoot);
  s.tag.assign(words.size() + 1, kRoot);
  for (size_t i = 1; i <= words.size(); ++i) {
    s.word[i] = word_id(words[i - 1]);
    s.tag[i] = tag_id(xpos[i - 1]);
  }
  if (tag_rows_.empty()) return s;  // (a network being trained: scored through forward())
  const size_t block = static_cast<size_t>(kWordSlots) * hidden_;
  size_t uncached = 0;
  for (int id : s.word) uncached += id >= cached_words_;
  s.computed.resize(uncached * block);
  s.word_rows.resize(s.word.size());
  s.pending.assign(s.word.size(), 0);
  const int16_t* next = s.computed.data();
  for (size_t i = 0; i < s.word.size(); ++i) {
    if (s.word[i] < cached_words_) {
      s.word_rows[i] = cached_word_rows_.data() + static_cast<size_t>(s.word[i]) * block;
    } else {
      s.word_rows[i] = next;
      s.pending[i] = (1u << kWordSlots) - 1;
      next += block;
    }
  }
  return s;
}

void ParserNetwork::word_row(int id, int slot, float* out) const {
  vector_times_matrix(word_emb_.data() + static_cast<size_t>(id) * word_dim_, word_dim_,
                      word_projection_.data() + static_cast<size_t>(slot) * word_dim_ * hidden_, hidden_, out);
}

const int16_t* ParserNetwork::word_row(Sentence& s, int token, int slot) const {
  const int16_t* row = s.word_rows[token] + static_cast<size_t>(slot) * hidden_;
  if (s.pending[token] >> slot & 1) {
    s.row.resize(hidden_);
    word_row(s.word[token], slot, s.row.data());
    quantize(s.row, s.computed.data() + (row - s.computed.data()));
    s.pending[token] &= static_cast<uint16_t>(~(1u << slot));
  }
  return row;
}

void ParserNetwork::quantize(std::span<const float> values, int16_t* out) const {
  const float inverse = 1 / row_scale_;
  for (size_t i = 0; i < values.size(); ++i)
    out[i] = static_cast<int16_t>(std::clamp(std::nearbyint(values[i] * inverse), -32767.0f, 32767.0f));
}

std::vector<int16_t> ParserNetwork::quantize(const std::vector<float>& values) const {
  std::vector<int16_t> q(values.size());
  quantize(values, q.data());
  return q;
}

void ParserNetwork::each_word_rows(int count, const std::function<void(int, std::span<const float>)>& use) const {
  const size_t block = static_cast<size_t>(kWordSlots) * hidden_;
  std::vector<float> rows(4 * block);
  for (int id = 0; id < count; id += 4) {
    const int m = std::min(4, count - id);
    const float* x[4];
    for (int v = 0; v < 4; ++v)  // (past the end: the last word again, not used)
      x[v] = word_emb_.data() + static_cast<size_t>(id + std::min(v, m - 1)) * word_dim_;
    for (int k = 0; k < kWordSlots; ++k) {
      float* out[4];
      for (int v = 0; v < 4; ++v) out[v] = rows.data() + v * block + static_cast<size_t>(k) * hidden_;
      four_vectors_times_matrix(x, word_dim_, word_projection_.data() + static_cast<size_t>(k) * word_dim_ * hidden_,
                                hidden_, out);
    }
    for (int v = 0; v < m; ++v) use(id + v, std::span<const float>(rows.data() + v * block, block));
  }
}

void ParserNetwork::build_tables() {
  const int d = input_size(), h = hidden_;
  const size_t tag_base = static_cast<size_t>(kWordSlots) * word_dim_;
  const size_t label_base = tag_base + static_cast<size_t>(kTagSlots) * tag_dim_;
  const size_t distance_base = label_base + static_cast<size_t>(kLabelSlots) * label_dim_;
  const size_t tags = tags_.size(), label_ids = labels_.size() + 1;
  std::vector<float> tag_rows(kTagSlots * tags * h), label_rows(kLabelSlots * label_ids * h),
      distance_rows(static_cast<size_t>(kDistances) * h);
  for (int k = 0; k < kTagSlots; ++k)
    for (size_t t = 0; t < tags; ++t)
      project(w1_.data() + tag_base + static_cast<size_t>(k) * tag_dim_, d, h, tag_emb_.data() + t * tag_dim_, tag_dim_,
              tag_rows.data() + (k * tags + t) * h);
  for (int k = 0; k < kLabelSlots; ++k)
    for (size_t l = 0; l < label_ids; ++l)
      project(w1_.data() + label_base + static_cast<size_t>(k) * label_dim_, d, h, label_emb_.data() + l * label_dim_,
              label_dim_, label_rows.data() + (k * label_ids + l) * h);
  for (int v = 0; v < kDistances; ++v) {
    float* row = distance_rows.data() + static_cast<size_t>(v) * h;
    project(w1_.data() + distance_base, d, h, distance_emb_.data() + static_cast<size_t>(v) * distance_dim_,
            distance_dim_, row);
    for (int j = 0; j < h; ++j) row[j] += b1_[j];
  }
  word_projection_.assign(static_cast<size_t>(kWordSlots) * word_dim_ * h, 0.0f);
  for (int k = 0; k < kWordSlots; ++k)
    for (int i = 0; i < word_dim_; ++i)
      for (int j = 0; j < h; ++j)
        word_projection_[(static_cast<size_t>(k) * word_dim_ + i) * h + j] =
            w1_[static_cast<size_t>(j) * d + k * word_dim_ + i];
  all_classes_.resize(classes());
  std::iota(all_classes_.begin(), all_classes_.end(), 0);
  // The rows in 16 bits: the largest value of the tables and of the precomputed words' rows at half the range,
  // which leaves room for the rows of rarer words, computed later (clamped beyond it).
  // (The words' rows are computed twice, for the scale and then to keep, rather than held in 32 bits meanwhile.)
  float largest = 0;
  for (const auto* table : {&tag_rows, &label_rows, &distance_rows})
    for (float v : *table) largest = std::max(largest, std::fabs(v));
  each_word_rows(std::clamp(kCachedWords, kFirstId, static_cast<int>(words_.size())),
                 [&](int, std::span<const float> rows) {
                   for (float v : rows) largest = std::max(largest, std::fabs(v));
                 });
  row_scale_ = largest > 0 ? largest / 16384 : 1.0f;
  tag_rows_ = quantize(tag_rows);
  label_rows_ = quantize(label_rows);
  distance_rows_ = quantize(distance_rows);
  precompute_words(kCachedWords);
}

void ParserNetwork::precompute_words(int count) {
  cached_words_ = std::clamp(count, kFirstId, static_cast<int>(words_.size()));
  const size_t block = static_cast<size_t>(kWordSlots) * hidden_;
  cached_word_rows_.assign(static_cast<size_t>(cached_words_) * block, 0);
  each_word_rows(cached_words_, [&](int id, std::span<const float> rows) {
    quantize(rows, cached_word_rows_.data() + static_cast<size_t>(id) * block);
  });
}

void ParserNetwork::fast_scores(const Config& c, Sentence& s, std::span<const int> wanted, float* hidden,
                                float* scores) const {
  int p[kTagSlots];
  positions(c, p);
  const size_t tags = tags_.size(), label_ids = labels_.size() + 1, h = hidden_;
  const int16_t* rows[kWordSlots + kTagSlots + kLabelSlots + 1];
  int r = 0;
  const int s0 = c.s(0), b0 = c.buf(0);
  rows[r++] = distance_rows_.data() + (s0 < 0 || b0 < 0 ? 0 : std::min(b0 - s0, kDistances - 1)) * h;
  for (int k = 0; k < kWordSlots; ++k)
    rows[r++] = p[k] < 0 ? cached_word_rows_.data() + (static_cast<size_t>(kAbsent) * kWordSlots + k) * h
                         : word_row(s, p[k], k);
  for (int k = 0; k < kTagSlots; ++k)
    rows[r++] = tag_rows_.data() + (k * tags + (p[k] < 0 ? kAbsent : s.tag[p[k]])) * h;
  for (int k = 0; k < kLabelSlots; ++k) {
    const int i = p[kTagSlots - kLabelSlots + k];
    rows[r++] = label_rows_.data() + (k * label_ids + (i < 0 ? kAbsent : 1 + c.label[i])) * h;
  }
  hidden_layer(rows, r, hidden_, row_scale_, hidden);
  output_layer(w2_.data(), b2_.data(), hidden, hidden_, wanted, scores);
}

void ParserNetwork::score(const Config& c, Sentence& s, std::span<const int> wanted, Scratch& scratch) const {
  scratch.hidden.resize(hidden_);
  scratch.scores.resize(classes());
  if (s.word_rows.empty())
    forward(features_of(c, s.word, s.tag), scratch.hidden.data(), scratch.scores.data(), scratch.input);
  else
    fast_scores(c, s, wanted, scratch.hidden.data(), scratch.scores.data());
}

void ParserNetwork::add_scores(const Config& c, Sentence& s, float weight, float* scores, Scratch& scratch,
                               std::span<const int> only) const {
  const std::span<const int> wanted = only.empty() ? std::span<const int>(all_classes_) : only;
  score(c, s, wanted, scratch);
  for (int k : wanted) scores[k] += weight * scratch.scores[k];
}

void ParserNetwork::parse(std::span<const std::string_view> words, std::span<const std::string_view> xpos,
                          std::span<uint32_t> heads, std::span<uint16_t> labels) const {
  const int n = static_cast<int>(words.size());
  if (n == 0) return;
  Sentence ids = prepare(words, xpos);
  const Transitions t{static_cast<int>(labels_.size())};
  Config c(n);
  Scratch scratch;
  while (!c.terminal()) {
    score(c, ids, all_classes_, scratch);
    const std::vector<float>& scores = scratch.scores;
    int best = -1;
    for (int k = 0; k < t.count(); ++k)
      if (c.valid(k, t, root_label_) && (best < 0 || scores[k] > scores[best])) best = k;
    c.apply(best, t);
  }
  for (int i = 1; i <= n; ++i) {
    heads[i - 1] = static_cast<uint32_t>(c.head[i]);
    labels[i - 1] = static_cast<uint16_t>(c.label[i]);
  }
}

void ParserNetwork::parse(ConlluSentence& sentence) const {
  std::vector<std::string_view> words, xpos;
  for (const auto& w : sentence.words) words.push_back(w.form), xpos.push_back(w.xpos);
  std::vector<uint32_t> heads(words.size());
  std::vector<uint16_t> labels(words.size());
  parse(words, xpos, heads, labels);
  for (size_t i = 0; i < words.size(); ++i) {
    sentence.words[i].head = static_cast<int>(heads[i]);
    sentence.words[i].deprel = labels_[labels[i]];
  }
}

struct NetworkTrainer {
  static ParserNetwork train(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>* dev,
                             const WordVectors* vectors, const NetworkOptions& o);
};

ParserNetwork ParserNetwork::train(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>* dev,
                                   const WordVectors* vectors, const NetworkOptions& options) {
  return NetworkTrainer::train(train, dev, vectors, options);
}

ParserNetwork NetworkTrainer::train(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>* dev,
                                    const WordVectors* vectors, const NetworkOptions& o) {
  ParserNetwork net;
  std::mt19937_64 rng(o.seed);
  // Labels (sorted, deterministic), tags and words of the treebank.
  std::map<std::string, int> label_id, tag_count;
  std::unordered_map<std::string, int> word_count;
  for (const auto& s : train)
    for (const auto& w : s.words) {
      label_id.emplace(w.deprel, 0);
      ++tag_count[w.xpos];
      ++word_count[word_key(w.form)];
    }
  label_id.emplace("root", 0);
  for (auto& [name, id] : label_id) id = static_cast<int>(net.labels_.size()), net.labels_.push_back(name);
  net.root_label_ = label_id["root"];
  net.tags_ = {"<absent>", "<unknown>", "<root>"};
  for (const auto& [tag, count] : tag_count)
    net.tag_ids_[tag] = static_cast<int>(net.tags_.size()), net.tags_.push_back(tag);
  net.words_ = {"<absent>", "<unknown>", "<root>"};
  // The most frequent words first, as the pretrained file orders them (GloVe's counts come from Wikipedia and
  // newswire, nearer to news than the treebank's), then the treebank's other words by count (ties alphabetical):
  // the first ids are the words whose hidden-layer rows are computed once at load (see build_tables()).
  std::unordered_map<std::string, size_t> vector_row;
  if (vectors)
    for (size_t i = 0; i < vectors->words.size(); ++i) vector_row.emplace(word_key(vectors->words[i]), i);
  std::vector<std::string> treebank_words;
  for (const auto& [w, count] : word_count) treebank_words.push_back(w);
  const auto rank = [&](const std::string& w) {
    const auto it = vector_row.find(w);
    return it == vector_row.end() ? std::numeric_limits<size_t>::max() : it->second;
  };
  std::sort(treebank_words.begin(), treebank_words.end(), [&](const std::string& a, const std::string& b) {
    const size_t ra = rank(a), rb = rank(b);
    if (ra != rb) return ra < rb;
    const int ca = word_count.at(a), cb = word_count.at(b);
    return ca != cb ? ca > cb : a < b;
  });
  auto add_word = [&](const std::string& w) {
    if (net.word_ids_.emplace(w, static_cast<int>(net.words_.size())).second) net.words_.push_back(w);
  };
  // Pretrained words the treebank lacks go in at their rank among the treebank's (before the words no pretrained
  // vector has).
  std::vector<std::string> vocabulary;
  size_t next_pretrained = 0;
  const size_t pretrained_limit = vectors ? std::min(vectors->words.size(), o.pretrained_words) : 0;
  for (const auto& w : treebank_words) {
    if (word_count[w] < 2 && !vector_row.count(w)) continue;
    for (; next_pretrained < pretrained_limit && next_pretrained < rank(w); ++next_pretrained)
      vocabulary.push_back(word_key(vectors->words[next_pretrained]));
    vocabulary.push_back(w);
  }
  for (; next_pretrained < pretrained_limit; ++next_pretrained)
    vocabulary.push_back(word_key(vectors->words[next_pretrained]));
  for (const auto& w : vocabulary) add_word(w);

  net.hidden_ = o.hidden;
  net.word_dim_ = vectors ? vectors->dim : o.word_dim;
  net.tag_dim_ = o.tag_dim, net.label_dim_ = o.label_dim, net.distance_dim_ = o.distance_dim;
  const int d = net.input_size(), h = net.hidden_, m = net.classes();
  net.word_emb_.resize(net.words_.size() * net.word_dim_);
  fill_uniform(net.word_emb_, 0.01f, rng);
  size_t pretrained = 0;
  if (vectors)
    for (size_t id = kFirstId; id < net.words_.size(); ++id)
      if (const auto it = vector_row.find(net.words_[id]); it != vector_row.end()) {
        std::copy_n(vectors->values.data() + it->second * vectors->dim, vectors->dim,
                    net.word_emb_.data() + id * net.word_dim_);
        ++pretrained;
      }
  net.tag_emb_.resize(net.tags_.size() * net.tag_dim_);
  net.label_emb_.resize((1 + net.labels_.size()) * net.label_dim_);
  net.distance_emb_.resize(kDistances * net.distance_dim_);
  for (auto* v : {&net.tag_emb_, &net.label_emb_, &net.distance_emb_}) fill_uniform(*v, 0.1f, rng);
  net.w1_.resize(static_cast<size_t>(h) * d);
  fill_uniform(net.w1_, std::sqrt(6.0f / (d + h)), rng);
  net.b1_.assign(h, 0.01f);
  net.w2_.resize(static_cast<size_t>(m) * h);
  fill_uniform(net.w2_, std::sqrt(6.0f / (h + m)), rng);
  net.b2_.assign(m, 0.0f);
  if (o.log)
    o.log("parser network: " + std::to_string(net.words_.size()) + " words (" + std::to_string(pretrained) +
          " pretrained), " + std::to_string(net.tags_.size()) + " tags, " + std::to_string(net.labels_.size()) +
          " labels, input " + std::to_string(d) + ", hidden " + std::to_string(h) + ", " + std::to_string(m) +
          " transitions");

  Slot words(net.word_emb_, net.word_dim_), tags(net.tag_emb_, net.tag_dim_), labels(net.label_emb_, net.label_dim_),
      distances(net.distance_emb_, net.distance_dim_), w1(net.w1_), b1(net.b1_), w2(net.w2_), b2(net.b2_);
  Slot* all[] = {&words, &tags, &labels, &distances, &w1, &b1, &w2, &b2};

  const Transitions t{static_cast<int>(net.labels_.size())};
  std::vector<size_t> order;
  for (size_t i = 0; i < train.size(); ++i) {
    bool ok = !train[i].words.empty();
    for (const auto& w : train[i].words) ok = ok && w.head >= 0 && w.head <= static_cast<int>(train[i].words.size());
    if (ok) order.push_back(i);
  }
  std::vector<float> input(d), hidden(h), pre(h), scores(m), g(m), dh(h), dx(d);
  std::vector<uint8_t> keep(h);
  std::vector<int> cost;
  std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
  const float keep_scale = 1.0f / (1.0f - o.dropout);
  ParserNetwork best = net;
  double best_uas = -1;
  size_t pending = 0;
  for (int epoch = 1; epoch <= o.epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    size_t steps = 0, errors = 0;
    double loss = 0;
    for (size_t si : order) {
      const ConlluSentence& s = train[si];
      const int n = static_cast<int>(s.words.size());
      std::vector<int> gh(n + 1, -1), gl(n + 1, -1), wid(n + 1, kRoot), tid(n + 1, kRoot);
      for (int i = 1; i <= n; ++i) {
        const auto& w = s.words[i - 1];
        gh[i] = w.head;
        gl[i] = label_id[w.deprel];
        const std::string key = word_key(w.form);
        const auto it = net.word_ids_.find(key);
        const int count = word_count[key];
        wid[i] = it == net.word_ids_.end() || uniform(rng) < o.unknown_alpha / (o.unknown_alpha + count) ? kUnknown
                                                                                                         : it->second;
        tid[i] = net.tag_id(w.xpos);
      }
      Config c(n);
      std::vector<uint8_t> in_stack(n + 1, 0);
      in_stack[0] = 1;
      while (!c.terminal()) {
        const ParserNetwork::Features f = features_of(c, wid, tid);
        net.gather(f, input.data());
        for (int j = 0; j < h; ++j) {
          const float a = net.b1_[j] + dot(net.w1_.data() + static_cast<size_t>(j) * d, input.data(), d);
          pre[j] = a;
          keep[j] = uniform(rng) >= o.dropout;
          hidden[j] = a > 0 && keep[j] ? a * keep_scale : 0;
        }
        for (int k = 0; k < m; ++k) {
          scores[k] = net.b2_[k] + dot(net.w2_.data() + static_cast<size_t>(k) * h, hidden.data(), h);
        }
        arc_hybrid::oracle_costs(c, t, net.root_label_, gh, gl, in_stack, cost);
        int min_cost = std::numeric_limits<int>::max(), guess = -1, gold = -1;
        float top = -std::numeric_limits<float>::infinity();
        for (int k = 0; k < m; ++k)
          if (cost[k] != std::numeric_limits<int>::max()) {
            min_cost = std::min(min_cost, cost[k]);
            top = std::max(top, scores[k]);
          }
        // Softmax over the valid transitions; the loss is -log of the mass on the minimum-cost ones.
        double z = 0, z_gold = 0;
        for (int k = 0; k < m; ++k) {
          if (cost[k] == std::numeric_limits<int>::max()) {
            g[k] = 0;
            continue;
          }
          g[k] = std::exp(scores[k] - top);
          z += g[k];
          if (cost[k] == min_cost) z_gold += g[k];
          if (guess < 0 || scores[k] > scores[guess]) guess = k;
          if (cost[k] == min_cost && (gold < 0 || scores[k] > scores[gold])) gold = k;
        }
        loss -= std::log(z_gold / z);
        for (int k = 0; k < m; ++k) {
          if (cost[k] == std::numeric_limits<int>::max()) continue;
          const float p = static_cast<float>(g[k] / z);
          g[k] = cost[k] == min_cost ? p - static_cast<float>(g[k] / z_gold) : p;
        }
        // Backward.
        std::fill(dh.begin(), dh.end(), 0.0f);
        for (int k = 0; k < m; ++k) {
          if (g[k] == 0) continue;
          const float gk = g[k];
          const float* w = net.w2_.data() + static_cast<size_t>(k) * h;
          float* gw = w2.grad.data() + static_cast<size_t>(k) * h;
          for (int j = 0; j < h; ++j) {
            gw[j] += gk * hidden[j];
            dh[j] += gk * w[j];
          }
          b2.grad[k] += gk;
        }
        std::fill(dx.begin(), dx.end(), 0.0f);
        for (int j = 0; j < h; ++j) {
          if (!(pre[j] > 0 && keep[j])) continue;
          const float dj = dh[j] * keep_scale;
          const float* w = net.w1_.data() + static_cast<size_t>(j) * d;
          float* gw = w1.grad.data() + static_cast<size_t>(j) * d;
          for (int i = 0; i < d; ++i) {
            gw[i] += dj * input[i];
            dx[i] += dj * w[i];
          }
          b1.grad[j] += dj;
        }
        const float* x = dx.data();
        for (int k = 0; k < ParserNetwork::kWordSlots; ++k, x += net.word_dim_) {
          float* r = words.row_grad(f.word[k]);
          for (int i = 0; i < net.word_dim_; ++i) r[i] += x[i];
        }
        for (int k = 0; k < ParserNetwork::kTagSlots; ++k, x += net.tag_dim_) {
          float* r = tags.row_grad(f.tag[k]);
          for (int i = 0; i < net.tag_dim_; ++i) r[i] += x[i];
        }
        for (int k = 0; k < ParserNetwork::kLabelSlots; ++k, x += net.label_dim_) {
          float* r = labels.row_grad(f.label[k]);
          for (int i = 0; i < net.label_dim_; ++i) r[i] += x[i];
        }
        float* r = distances.row_grad(f.distance);
        for (int i = 0; i < net.distance_dim_; ++i) r[i] += x[i];
        if (++pending == static_cast<size_t>(o.batch)) {
          for (Slot* sl : all) sl->update(o.learning_rate);
          pending = 0;
        }
        ++steps;
        int next = guess;
        if (cost[guess] != min_cost) {
          ++errors;
          if (epoch == 1 || rng() % 10 == 0) next = gold;  // explore from the second epoch: follow the mistake
        }
        if (Transitions::is_shift(next))
          in_stack[c.b] = 1;
        else
          in_stack[c.s(0)] = 0;
        c.apply(next, t);
      }
    }
    std::string line = "parser network epoch " + std::to_string(epoch) + ": loss " +
                       std::to_string(loss / std::max<size_t>(steps, 1)) + ", transition errors " +
                       std::to_string(100.0 * errors / std::max<size_t>(steps, 1)) + "%";
    if (dev) {
      const arc_hybrid::AttachmentScores score = arc_hybrid::attachment_scores(net, *dev);
      line += ", dev UAS " + std::to_string(score.uas) + " LAS " + std::to_string(score.las);
      if (score.uas > best_uas) best_uas = score.uas, best = net;
    }
    if (o.log) o.log(line);
  }
  ParserNetwork out = dev ? best : net;
  out.build_tables();
  return out;
}

void ParserNetwork::save(ModelFileWriter& out) const {
  ByteWriter w;
  w.u32(kNetworkVersion);
  w.strings(labels_);
  w.u32(static_cast<uint32_t>(root_label_));
  w.strings(tags_);
  w.strings(words_);
  for (int v : {hidden_, word_dim_, tag_dim_, label_dim_, distance_dim_}) w.u32(static_cast<uint32_t>(v));
  for (const auto* v : {&word_emb_, &tag_emb_, &label_emb_, &distance_emb_, &w1_, &b1_, &w2_, &b2_}) w.array(*v);
  out.add("parsenet", w.take());
}

ParserNetwork ParserNetwork::load(const ModelFile& file) {
  ByteReader r = file.section("parsenet");
  ParserNetwork net;
  if (r.u32() != kNetworkVersion) r.fail("unsupported parser network version");
  net.labels_ = r.strings();
  net.root_label_ = static_cast<int>(r.u32());
  net.tags_ = r.strings();
  net.words_ = r.strings();
  for (int* v : {&net.hidden_, &net.word_dim_, &net.tag_dim_, &net.label_dim_, &net.distance_dim_})
    *v = static_cast<int>(r.u32());
  for (auto* v :
       {&net.word_emb_, &net.tag_emb_, &net.label_emb_, &net.distance_emb_, &net.w1_, &net.b1_, &net.w2_, &net.b2_})
    *v = r.array<float>();
  const auto size_is = [&](const std::vector<float>& v, size_t n, const char* what) {
    if (v.size() != n) r.fail(std::string("corrupt parser network (") + what + " size)");
  };
  if (net.labels_.empty() || net.root_label_ >= static_cast<int>(net.labels_.size()) || net.hidden_ <= 0 ||
      net.hidden_ > 65536 || net.word_dim_ <= 0 || net.word_dim_ > 4096 || net.tag_dim_ <= 0 || net.tag_dim_ > 4096 ||
      net.label_dim_ <= 0 || net.label_dim_ > 4096 || net.distance_dim_ <= 0 || net.distance_dim_ > 4096 ||
      net.tags_.size() < kFirstId || net.words_.size() < kFirstId)
    r.fail("corrupt parser network (sizes)");
  size_is(net.word_emb_, net.words_.size() * net.word_dim_, "word embeddings");
  size_is(net.tag_emb_, net.tags_.size() * net.tag_dim_, "tag embeddings");
  size_is(net.label_emb_, (1 + net.labels_.size()) * net.label_dim_, "label embeddings");
  size_is(net.distance_emb_, static_cast<size_t>(kDistances) * net.distance_dim_, "distance embeddings");
  size_is(net.w1_, static_cast<size_t>(net.hidden_) * net.input_size(), "hidden layer");
  size_is(net.b1_, net.hidden_, "hidden bias");
  size_is(net.w2_, static_cast<size_t>(net.classes()) * net.hidden_, "output layer");
  size_is(net.b2_, net.classes(), "output bias");
  for (size_t i = kFirstId; i < net.tags_.size(); ++i) net.tag_ids_[net.tags_[i]] = static_cast<int>(i);
  for (size_t i = kFirstId; i < net.words_.size(); ++i) net.word_ids_[net.words_[i]] = static_cast<int>(i);
  net.build_tables();
  return net;
}

}  // namespace dunlin::nlp
