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

}  // namespace dunlin::nlp
