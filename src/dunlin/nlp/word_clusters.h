// Word clusters for the NER's features, induced from unlabelled text by exchange clustering (Kneser & Ney 1993)
// with the two-sided predictive class-bigram objective of Uszkoreit & Brants (2008): a word's cluster should
// predict well which words come before and after it. Several clusterings of different sizes (e.g. 64, 256, 1024)
// give coarse-to-fine features, as the prefixes of Brown clusters do. Deterministic given the text: words are
// visited in frequency order and start in cluster (rank mod k).
//
// Or from pre-trained word vectors (e.g. GloVe, `word v1 ... vd` per line): spherical k-means (Dhillon & Modha
// 2001) on the unit vectors of the most frequent words, k-means++ seeding with a fixed seed, one clustering per size.
//
// Only the table (word -> cluster ids) is kept, in the model file or a TSV "word<TAB>id<TAB>id...".
// WordVectorCodes (below): the same vectors binarized per dimension, for the NER's vector features.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dunlin/nlp/model_file.h"

namespace dunlin::nlp {

struct ClusterOptions {
  std::vector<int> sizes = {64, 256, 1024};  // one clustering per size, each at most 65535
  int iterations = 8;                        // exchange passes over the vocabulary
  int min_count = 2;                         // words seen fewer times are not clustered
  size_t max_context = 8000;                 // most frequent words kept as contexts; the rest share one
  std::function<void(const std::string&)> log;
};

struct EmbeddingClusterOptions {
  std::vector<int> sizes = {64, 256, 1024};  // one clustering per size, each at most 65535
  size_t max_words = 200000;                 // the file's first words (GloVe files are in frequency order)
  int iterations = 10;                       // Lloyd passes at most (fewer when under 0.1% of words move)
  uint64_t seed = 1;                         // k-means++ seeding
  std::function<void(const std::string&)> log;
};

class WordClusters {
 public:
  // sentences: tokenized text, words as written (clusters are case-sensitive; lookup falls back to lowercase).
  static WordClusters induce(const std::vector<std::vector<std::string>>& sentences, const ClusterOptions& options);

  // Spherical k-means over the vectors of a text file, one word per line: `word v1 ... vd`, fields separated by
  // spaces (a word2vec header line "count dims" is skipped). Words are stored with digits folded to 0; of words
  // that fold alike the first is kept. Deterministic given the file and options. Throws std::runtime_error
  // naming file:line on a malformed line (wrong number of values, a bad number, a zero vector).
  static WordClusters from_embeddings(const std::string& path, const EmbeddingClusterOptions& options);

  int levels() const { return levels_; }
  size_t size() const { return index_.size(); }
  // The word's cluster id at each level (levels() values), or nullptr when the word (and its lowercase form)
  // was not clustered.
  const uint16_t* find(std::string_view word) const;

  void write_tsv(const std::string& path) const;
  static WordClusters read_tsv(const std::string& path);  // throws std::runtime_error naming file:line
  void save(ByteWriter& w) const;
  static WordClusters load(ByteReader& r);

 private:
  const uint16_t* find_exact(std::string_view word) const;
  int levels_ = 0;
  std::vector<std::string> words_;  // for write_tsv (empty after load: the model keeps only hashes)
  std::unordered_map<uint64_t, uint32_t> index_;  // word hash -> row
  std::vector<uint16_t> ids_;                     // row * levels_ + level
};

// Binarized word vectors (Guo, Che, Wang & Liu 2014, "Revisiting embedding features for simple semi-supervised
// learning"): each dimension of a word's unit-length vector becomes +1 when above the mean of that dimension's
// positive values over the vocabulary, -1 when below the mean of its negative values, else 0. The NER uses the
// non-zero dimensions as sparse features (a quantised form of the real-valued vector that a linear model can use).
// Only 64-bit word hashes and 2 bits per dimension are kept (in the model file).
class WordVectorCodes {
 public:
  // The file's first max_words words (`word v1 ... vd` per line, as WordClusters::from_embeddings reads them;
  // digits folded to 0, the first of words that fold alike kept). Throws std::runtime_error naming file:line.
  static WordVectorCodes from_embeddings(const std::string& path, size_t max_words);
  int dims() const { return dims_; }
  size_t size() const { return index_.size(); }
  // The word's row (as written, digits folded, then lowercased), or nullptr. code(row, d): 0, 1 (+) or 2 (-).
  const uint8_t* find(std::string_view word) const;
  static int code(const uint8_t* row, int d) { return (row[d >> 2] >> (2 * (d & 3))) & 3; }

  void save(ByteWriter& w) const;
  static WordVectorCodes load(ByteReader& r);

 private:
  const uint8_t* find_exact(std::string_view word) const;
  int dims_ = 0;
  size_t row_bytes_ = 0;                          // (dims_ + 3) / 4
  std::unordered_map<uint64_t, uint32_t> index_;  // word hash -> row
  std::vector<uint8_t> codes_;                    // row * row_bytes_, 2 bits per dimension
};

}  // namespace dunlin::nlp
