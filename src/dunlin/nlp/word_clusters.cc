// Word clusters (see word_clusters.h): exchange clustering of text (counting, the exchange passes), spherical
// k-means of word vectors, the table's file formats.
#include "dunlin/nlp/word_clusters.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <limits>
#include <numeric>
#include <random>
#include <sstream>
#include <stdexcept>

#include "dunlin/nlp/hash.h"
#include "dunlin/nlp/word_features.h"

namespace dunlin::nlp {
namespace {

// Words are clustered with their digits folded to 0 ("1984" and "2020" are one word).
std::string fold_digits(std::string_view w) {
  std::string s(w);
  for (char& c : s)
    if (c >= '0' && c <= '9') c = '0';
  return s;
}

// The lookup both tables share: the word with its digits folded to 0, else its normalized form.
template <typename Row, typename FindExact>
const Row* find_folded(std::string_view word, const FindExact& find_exact) {
  const std::string folded = fold_digits(word);
  if (const Row* p = find_exact(folded)) return p;
  return find_exact(normalize_word(folded, false));
}

// x log x, tabulated for small counts.
class XLogX {
 public:
  XLogX() : table_(1u << 20) {
    for (size_t i = 1; i < table_.size(); ++i) table_[i] = static_cast<double>(i) * std::log(static_cast<double>(i));
  }
  double operator()(uint64_t x) const {
    return x < table_.size() ? table_[x] : static_cast<double>(x) * std::log(static_cast<double>(x));
  }

 private:
  std::vector<double> table_;
};

using Contexts = std::vector<std::pair<uint32_t, uint32_t>>;  // (context id, count)

// One exchange clustering of `counts.size()` words into `k` clusters; returns each word's cluster.
std::vector<uint16_t> exchange(const std::vector<uint64_t>& counts, const std::vector<Contexts>& left,
                               const std::vector<Contexts>& right, size_t num_contexts, int k, int iterations,
                               const std::function<void(const std::string&)>& log) {
  const size_t v = counts.size();
  const size_t c_n = static_cast<size_t>(k);
  const XLogX f;
  std::vector<uint16_t> cluster(v);
  for (size_t w = 0; w < v; ++w) cluster[w] = static_cast<uint16_t>(w % c_n);  // frequent words apart
  std::vector<uint32_t> nl(num_contexts * c_n, 0), nr(num_contexts * c_n, 0);
  std::vector<uint64_t> size(c_n, 0);
  for (size_t w = 0; w < v; ++w) {
    for (const auto& [ctx, n] : left[w]) nl[ctx * c_n + cluster[w]] += n;
    for (const auto& [ctx, n] : right[w]) nr[ctx * c_n + cluster[w]] += n;
    size[cluster[w]] += counts[w];
  }
  std::vector<double> delta(c_n);
  for (int it = 1; it <= iterations; ++it) {
    size_t moves = 0;
    for (size_t w = 0; w < v; ++w) {
      const uint16_t old = cluster[w];
      for (const auto& [ctx, n] : left[w]) nl[ctx * c_n + old] -= n;
      for (const auto& [ctx, n] : right[w]) nr[ctx * c_n + old] -= n;
      size[old] -= counts[w];
      // Gain of putting w into c: sum over contexts of f(N(ctx,c)+n) - f(N(ctx,c)), both sides, minus
      // 2 (f(N(c)+n_w) - f(N(c))).
      for (size_t c = 0; c < c_n; ++c) delta[c] = -2.0 * (f(size[c] + counts[w]) - f(size[c]));
      for (const auto* side : {&left[w], &right[w]}) {
        const std::vector<uint32_t>& table = side == &left[w] ? nl : nr;
        for (const auto& [ctx, n] : *side) {
          const uint32_t* row = &table[ctx * c_n];
          for (size_t c = 0; c < c_n; ++c) delta[c] += f(uint64_t{row[c]} + n) - f(row[c]);
        }
      }
      size_t best = old;
      for (size_t c = 0; c < c_n; ++c)
        if (delta[c] > delta[best] + 1e-9) best = c;
      if (best != old) ++moves;
      cluster[w] = static_cast<uint16_t>(best);
      for (const auto& [ctx, n] : left[w]) nl[ctx * c_n + best] += n;
      for (const auto& [ctx, n] : right[w]) nr[ctx * c_n + best] += n;
      size[best] += counts[w];
    }
    if (log) log("clusters " + std::to_string(k) + ": pass " + std::to_string(it) + ", " + std::to_string(moves) + " moves");
    if (moves * 1000 < v) break;
  }
  return cluster;
}


// Word vectors read from a text file, each row scaled to unit length.
struct Vectors {
  size_t dims = 0;
  std::vector<std::string> words;  // digits folded
  std::vector<float> data;         // row-major, words.size() * dims
};

Vectors read_vectors(const std::string& path, size_t max_words) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open");
  Vectors v;
  std::unordered_map<std::string, uint32_t> seen;
  std::string line;
  std::vector<std::string_view> fields;
  std::vector<float> row;
  size_t line_no = 0;
  while (v.words.size() < max_words && std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    fields.clear();
    for (size_t i = 0; i < line.size();) {
      while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
      size_t j = i;
      while (j < line.size() && line[j] != ' ' && line[j] != '\t') ++j;
      if (j > i) fields.emplace_back(line.data() + i, j - i);
      i = j;
    }
    if (fields.empty()) continue;
    const auto where = path + ":" + std::to_string(line_no) + ": ";
    auto is_count = [](std::string_view f) {
      return !f.empty() && std::all_of(f.begin(), f.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (line_no == 1 && fields.size() == 2 && is_count(fields[0]) && is_count(fields[1])) continue;  // word2vec
    if (fields.size() < 2) throw std::runtime_error(where + "expected a word and its vector");
    if (v.dims == 0) v.dims = fields.size() - 1;
    if (fields.size() - 1 != v.dims)
      throw std::runtime_error(where + "expected " + std::to_string(v.dims) + " values after the word, found " +
                               std::to_string(fields.size() - 1));
    row.assign(v.dims, 0.0f);
    double norm = 0;
    for (size_t d = 0; d < v.dims; ++d) {
      const std::string_view f = fields[d + 1];
      const auto [end, ec] = std::from_chars(f.data(), f.data() + f.size(), row[d]);
      if (ec != std::errc() || end != f.data() + f.size() || !std::isfinite(row[d]))
        throw std::runtime_error(where + "bad number '" + std::string(f) + "'");
      norm += double{row[d]} * row[d];
    }
    if (norm <= 0) throw std::runtime_error(where + "zero vector for '" + std::string(fields[0]) + "'");
    std::string word = fold_digits(fields[0]);
    if (!seen.emplace(word, static_cast<uint32_t>(v.words.size())).second) continue;  // "1984" after "2000"
    const double scale = 1.0 / std::sqrt(norm);
    for (float x : row) v.data.push_back(static_cast<float>(x * scale));
    v.words.push_back(std::move(word));
  }
  if (in.bad()) throw std::runtime_error(path + ": read failed");
  if (v.words.empty()) throw std::runtime_error(path + ": no word vectors");
  return v;
}

float dot(const float* a, const float* b, size_t d) {
  float acc[8] = {0, 0, 0, 0, 0, 0, 0, 0};  // eight partial sums, so the compiler can vectorize
  size_t i = 0;
  for (; i + 8 <= d; i += 8)
    for (size_t l = 0; l < 8; ++l) acc[l] += a[i + l] * b[i + l];
  float s = 0;
  for (; i < d; ++i) s += a[i] * b[i];
  for (float x : acc) s += x;
  return s;
}

// Spherical k-means of the unit rows of `v` into k clusters: k-means++ seeding (Arthur & Vassilvitskii 2007,
// distance 1 - cosine), then Lloyd passes maximizing the cosine to the normalized cluster mean.
std::vector<uint16_t> spherical_kmeans(const Vectors& v, size_t k, int iterations, uint64_t seed,
                                       const std::function<void(const std::string&)>& log) {
  const size_t n = v.words.size(), d = v.dims;
  k = std::min(k, n);
  std::mt19937_64 rng(seed * 0x9E3779B97F4A7C15ull + k);
  auto uniform = [&rng] { return static_cast<double>(rng() >> 11) * (1.0 / 9007199254740992.0); };
  auto x = [&](size_t i) { return &v.data[i * d]; };

  // Seeding; centroids are kept transposed (dims x k) so that one word's scores against all of them vectorize.
  std::vector<size_t> centre{static_cast<size_t>(rng() % n)};
  std::vector<double> dist(n);
  for (size_t i = 0; i < n; ++i) dist[i] = std::max(0.0, 1.0 - dot(x(i), x(centre[0]), d));
  while (centre.size() < k) {
    double total = 0;
    for (double w : dist) total += w;
    size_t pick = n - 1;
    if (total > 0) {
      double r = uniform() * total;
      for (size_t i = 0; i < n; ++i)
        if ((r -= dist[i]) < 0) {
          pick = i;
          break;
        }
    } else {
      pick = centre.size();  // all words on the chosen centres already: any distinct word
    }
    centre.push_back(pick);
    const float* c = x(pick);
    for (size_t i = 0; i < n; ++i) dist[i] = std::min(dist[i], std::max(0.0, 1.0 - dot(x(i), c, d)));
  }
  std::vector<float> ct(d * k);
  for (size_t c = 0; c < k; ++c)
    for (size_t j = 0; j < d; ++j) ct[j * k + c] = x(centre[c])[j];

  std::vector<uint16_t> cluster(n, 0);
  std::vector<float> best_score(n), scores(k);
  std::vector<double> sum(k * d);
  std::vector<size_t> members(k);
  for (int it = 1; it <= iterations; ++it) {
    size_t moves = 0;
    for (size_t i = 0; i < n; ++i) {
      std::fill(scores.begin(), scores.end(), 0.0f);
      const float* xi = x(i);
      for (size_t j = 0; j < d; ++j) {
        const float xj = xi[j];
        const float* row = &ct[j * k];
        for (size_t c = 0; c < k; ++c) scores[c] += xj * row[c];
      }
      size_t best = 0;
      for (size_t c = 1; c < k; ++c)
        if (scores[c] > scores[best]) best = c;
      if (it == 1 || best != cluster[i]) ++moves;
      cluster[i] = static_cast<uint16_t>(best);
      best_score[i] = scores[best];
    }
    if (log) log("kmeans " + std::to_string(k) + ": pass " + std::to_string(it) + ", " + std::to_string(moves) + " moves");
    if (it == iterations || (it > 1 && moves * 1000 < n)) break;
    // New centroids: the normalized means; an empty cluster takes the word farthest from its own centroid.
    std::fill(sum.begin(), sum.end(), 0.0);
    std::fill(members.begin(), members.end(), 0);
    for (size_t i = 0; i < n; ++i) {
      ++members[cluster[i]];
      for (size_t j = 0; j < d; ++j) sum[cluster[i] * d + j] += x(i)[j];
    }
    std::vector<size_t> far;
    for (size_t c = 0; c < k; ++c) {
      double norm = 0;
      for (size_t j = 0; j < d; ++j) norm += sum[c * d + j] * sum[c * d + j];
      if (members[c] == 0 || norm <= 0) {
        if (far.empty()) {
          far.resize(n);
          std::iota(far.begin(), far.end(), size_t{0});
          std::stable_sort(far.begin(), far.end(), [&](size_t a, size_t b) { return best_score[a] > best_score[b]; });
        }
        const size_t w = far.back();
        far.pop_back();
        for (size_t j = 0; j < d; ++j) ct[j * k + c] = x(w)[j];
        continue;
      }
      const double scale = 1.0 / std::sqrt(norm);
      for (size_t j = 0; j < d; ++j) ct[j * k + c] = static_cast<float>(sum[c * d + j] * scale);
    }
  }
  return cluster;
}

}  // namespace

WordClusters WordClusters::induce(const std::vector<std::vector<std::string>>& sentences,
                                  const ClusterOptions& options) {
  if (options.sizes.empty()) throw std::invalid_argument("word clusters: no cluster sizes");
  for (int k : options.sizes)
    if (k < 2 || k > 65535) throw std::invalid_argument("word clusters: sizes must be in 2..65535");
  std::unordered_map<std::string, uint64_t> freq;
  for (const auto& s : sentences)
    for (const auto& w : s) ++freq[fold_digits(w)];
  std::vector<std::pair<std::string, uint64_t>> vocab;
  for (auto& [w, n] : freq)
    if (n >= static_cast<uint64_t>(options.min_count)) vocab.emplace_back(w, n);
  std::sort(vocab.begin(), vocab.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  std::unordered_map<std::string, uint32_t> id;
  for (size_t i = 0; i < vocab.size(); ++i) id.emplace(vocab[i].first, static_cast<uint32_t>(i));
  const size_t ctx_words = std::min(options.max_context, vocab.size());
  const uint32_t rare_ctx = static_cast<uint32_t>(ctx_words), edge_ctx = rare_ctx + 1;
  const size_t num_contexts = ctx_words + 2;

  // (word, context) pairs per side, then run-length counted.
  std::vector<uint64_t> lpairs, rpairs;
  std::vector<int64_t> ids;
  for (const auto& s : sentences) {
    ids.clear();
    for (const auto& w : s) {
      const auto it = id.find(fold_digits(w));
      ids.push_back(it == id.end() ? int64_t{-1} : static_cast<int64_t>(it->second));
    }
    auto ctx = [&](long j) -> uint32_t {
      if (j < 0 || j >= static_cast<long>(ids.size())) return edge_ctx;
      return ids[j] >= 0 && static_cast<size_t>(ids[j]) < ctx_words ? static_cast<uint32_t>(ids[j]) : rare_ctx;
    };
    for (long i = 0; i < static_cast<long>(ids.size()); ++i) {
      if (ids[i] < 0) continue;
      lpairs.push_back(static_cast<uint64_t>(ids[i]) << 32 | ctx(i - 1));
      rpairs.push_back(static_cast<uint64_t>(ids[i]) << 32 | ctx(i + 1));
    }
  }
  auto group = [&](std::vector<uint64_t>& pairs) {
    std::sort(pairs.begin(), pairs.end());
    std::vector<Contexts> out(vocab.size());
    for (size_t i = 0; i < pairs.size();) {
      size_t j = i;
      while (j < pairs.size() && pairs[j] == pairs[i]) ++j;
      out[pairs[i] >> 32].emplace_back(static_cast<uint32_t>(pairs[i] & 0xFFFFFFFFu), static_cast<uint32_t>(j - i));
      i = j;
    }
    pairs = {};
    return out;
  };
  const auto left = group(lpairs), right = group(rpairs);
  std::vector<uint64_t> counts(vocab.size());
  for (size_t i = 0; i < vocab.size(); ++i) counts[i] = vocab[i].second;
  if (options.log)
    options.log("clusters: " + std::to_string(vocab.size()) + " words seen >= " + std::to_string(options.min_count) +
                " times, " + std::to_string(num_contexts) + " contexts");

  WordClusters wc;
  wc.levels_ = static_cast<int>(options.sizes.size());
  wc.ids_.assign(vocab.size() * options.sizes.size(), 0);
  for (size_t l = 0; l < options.sizes.size(); ++l) {
    const int k = static_cast<int>(std::min<size_t>(static_cast<size_t>(options.sizes[l]), std::max<size_t>(vocab.size(), 1)));
    const auto cl = exchange(counts, left, right, num_contexts, k, options.iterations, options.log);
    for (size_t w = 0; w < vocab.size(); ++w) wc.ids_[w * wc.levels_ + l] = cl[w];
  }
  for (size_t i = 0; i < vocab.size(); ++i) {
    wc.words_.push_back(vocab[i].first);
    wc.index_.emplace(hash_string(vocab[i].first), static_cast<uint32_t>(i));
  }
  return wc;
}

WordClusters WordClusters::from_embeddings(const std::string& path, const EmbeddingClusterOptions& options) {
  if (options.sizes.empty()) throw std::invalid_argument("word clusters: no cluster sizes");
  for (int k : options.sizes)
    if (k < 2 || k > 65535) throw std::invalid_argument("word clusters: sizes must be in 2..65535");
  if (options.max_words == 0) throw std::invalid_argument("word clusters: max_words must be positive");
  const Vectors v = read_vectors(path, options.max_words);
  if (options.log)
    options.log("clusters: " + std::to_string(v.words.size()) + " words of " + std::to_string(v.dims) +
                " dimensions from " + path);
  WordClusters wc;
  wc.levels_ = static_cast<int>(options.sizes.size());
  wc.ids_.assign(v.words.size() * options.sizes.size(), 0);
  for (size_t l = 0; l < options.sizes.size(); ++l) {
    const auto cl = spherical_kmeans(v, static_cast<size_t>(options.sizes[l]), std::max(options.iterations, 1),
                                     options.seed, options.log);
    for (size_t w = 0; w < v.words.size(); ++w) wc.ids_[w * wc.levels_ + l] = cl[w];
  }
  for (size_t i = 0; i < v.words.size(); ++i) {
    wc.words_.push_back(v.words[i]);
    wc.index_.emplace(hash_string(v.words[i]), static_cast<uint32_t>(i));
  }
  return wc;
}

const uint16_t* WordClusters::find_exact(std::string_view word) const {
  const auto it = index_.find(hash_string(word));
  return it == index_.end() ? nullptr : &ids_[size_t{it->second} * levels_];
}

const uint16_t* WordClusters::find(std::string_view word) const {
  if (index_.empty()) return nullptr;
  return find_folded<uint16_t>(word, [&](std::string_view w) { return find_exact(w); });
}

void WordClusters::write_tsv(const std::string& path) const {
  std::ofstream out(path);
  if (!out) throw std::runtime_error(path + ": cannot write");
  for (size_t i = 0; i < words_.size(); ++i) {
    out << words_[i];
    for (int l = 0; l < levels_; ++l) out << '\t' << ids_[i * levels_ + l];
    out << '\n';
  }
  if (!out) throw std::runtime_error(path + ": write failed");
}

WordClusters WordClusters::read_tsv(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open");
  WordClusters wc;
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    std::vector<std::string> fields;
    std::stringstream ss(line);
    std::string field;
    while (std::getline(ss, field, '\t')) fields.push_back(field);
    const auto where = path + ":" + std::to_string(line_no) + ": ";
    if (fields.size() < 2) throw std::runtime_error(where + "expected a word and cluster ids");
    if (wc.levels_ == 0) wc.levels_ = static_cast<int>(fields.size() - 1);
    if (fields.size() - 1 != static_cast<size_t>(wc.levels_)) throw std::runtime_error(where + "wrong number of ids");
    if (!wc.index_.emplace(hash_string(fields[0]), static_cast<uint32_t>(wc.words_.size())).second)
      throw std::runtime_error(where + "duplicate word '" + fields[0] + "'");
    for (size_t l = 1; l < fields.size(); ++l) {
      char* end = nullptr;
      const unsigned long v = std::strtoul(fields[l].c_str(), &end, 10);
      if (end == fields[l].c_str() || *end != '\0' || v > 65535) throw std::runtime_error(where + "bad cluster id");
      wc.ids_.push_back(static_cast<uint16_t>(v));
    }
    wc.words_.push_back(fields[0]);
  }
  return wc;
}

void WordClusters::save(ByteWriter& w) const {
  std::vector<std::pair<uint64_t, uint32_t>> rows(index_.begin(), index_.end());
  std::sort(rows.begin(), rows.end());
  std::vector<uint64_t> keys;
  std::vector<uint16_t> ids;
  for (const auto& [key, row] : rows) {
    keys.push_back(key);
    for (int l = 0; l < levels_; ++l) ids.push_back(ids_[size_t{row} * levels_ + l]);
  }
  w.u32(static_cast<uint32_t>(levels_));
  w.array(keys);
  w.array(ids);
}

WordClusters WordClusters::load(ByteReader& r) {
  WordClusters wc;
  const uint32_t levels = r.u32();
  if (levels > 16) r.fail("corrupt word clusters (levels)");
  wc.levels_ = static_cast<int>(levels);
  const auto keys = r.array<uint64_t>();
  wc.ids_ = r.array<uint16_t>();
  if (wc.ids_.size() != keys.size() * levels) r.fail("corrupt word clusters (sizes)");
  wc.index_.reserve(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) wc.index_.emplace(keys[i], static_cast<uint32_t>(i));
  return wc;
}

WordVectorCodes WordVectorCodes::from_embeddings(const std::string& path, size_t max_words) {
  if (max_words == 0) throw std::invalid_argument("word vector codes: max_words must be positive");
  const Vectors v = read_vectors(path, max_words);
  if (v.dims > 1024) throw std::runtime_error(path + ": more than 1024 dimensions");
  WordVectorCodes wv;
  wv.dims_ = static_cast<int>(v.dims);
  wv.row_bytes_ = (v.dims + 3) / 4;
  // Per dimension, the mean of the positive values and the mean of the negative values (Guo et al. 2014).
  std::vector<double> pos_sum(v.dims, 0), neg_sum(v.dims, 0);
  std::vector<size_t> pos_n(v.dims, 0), neg_n(v.dims, 0);
  const size_t n = v.words.size();
  for (size_t w = 0; w < n; ++w)
    for (size_t d = 0; d < v.dims; ++d) {
      const float x = v.data[w * v.dims + d];
      if (x > 0) pos_sum[d] += x, ++pos_n[d];
      else if (x < 0) neg_sum[d] += x, ++neg_n[d];
    }
  std::vector<float> hi(v.dims), lo(v.dims);
  for (size_t d = 0; d < v.dims; ++d) {
    hi[d] = pos_n[d] ? static_cast<float>(pos_sum[d] / double(pos_n[d])) : std::numeric_limits<float>::infinity();
    lo[d] = neg_n[d] ? static_cast<float>(neg_sum[d] / double(neg_n[d])) : -std::numeric_limits<float>::infinity();
  }
  wv.codes_.assign(n * wv.row_bytes_, 0);
  for (size_t w = 0; w < n; ++w) {
    uint8_t* row = &wv.codes_[w * wv.row_bytes_];
    for (size_t d = 0; d < v.dims; ++d) {
      const float x = v.data[w * v.dims + d];
      const int c = x > hi[d] ? 1 : x < lo[d] ? 2 : 0;
      row[d >> 2] = static_cast<uint8_t>(row[d >> 2] | (c << (2 * (d & 3))));
    }
    wv.index_.emplace(hash_string(v.words[w]), static_cast<uint32_t>(w));
  }
  return wv;
}

const uint8_t* WordVectorCodes::find_exact(std::string_view word) const {
  const auto it = index_.find(hash_string(word));
  return it == index_.end() ? nullptr : &codes_[size_t{it->second} * row_bytes_];
}

const uint8_t* WordVectorCodes::find(std::string_view word) const {
  if (index_.empty()) return nullptr;
  return find_folded<uint8_t>(word, [&](std::string_view w) { return find_exact(w); });
}

void WordVectorCodes::save(ByteWriter& w) const {
  std::vector<std::pair<uint64_t, uint32_t>> rows(index_.begin(), index_.end());
  std::sort(rows.begin(), rows.end());
  std::vector<uint64_t> keys;
  std::vector<uint8_t> codes;
  for (const auto& [key, row] : rows) {
    keys.push_back(key);
    codes.insert(codes.end(), codes_.begin() + static_cast<long>(size_t{row} * row_bytes_),
                 codes_.begin() + static_cast<long>((size_t{row} + 1) * row_bytes_));
  }
  w.u32(static_cast<uint32_t>(dims_));
  w.array(keys);
  w.array(codes);
}

WordVectorCodes WordVectorCodes::load(ByteReader& r) {
  WordVectorCodes wv;
  const uint32_t dims = r.u32();
  if (dims > 1024) r.fail("corrupt word vector codes (dimensions)");
  wv.dims_ = static_cast<int>(dims);
  wv.row_bytes_ = (dims + 3) / 4;
  const auto keys = r.array<uint64_t>();
  wv.codes_ = r.array<uint8_t>();
  if (wv.codes_.size() != keys.size() * wv.row_bytes_ || (dims == 0 && !keys.empty()))
    r.fail("corrupt word vector codes (sizes)");
  wv.index_.reserve(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) wv.index_.emplace(keys[i], static_cast<uint32_t>(i));
  return wv;
}

}  // namespace dunlin::nlp
