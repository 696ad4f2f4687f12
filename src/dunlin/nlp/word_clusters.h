// Word clusters for the NER's features, induced from unlabelled text by exchange clustering (Kneser & Ney 1993)
// with the two-sided predictive class-bigram objective of Uszkoreit & Brants (2008): a word's cluster should
// predict well which words come before and after it. Several clusterings of different sizes (e.g. 64, 256, 1024)
// give coarse-to-fine features, as the prefixes of Brown clusters do. Deterministic given the text: words are
// visited in frequency order and start in cluster (rank mod k).
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

class WordClusters {
 public:
  // sentences: tokenized text, words as written (clusters are case-sensitive; lookup falls back to lowercase).
  static WordClusters induce(const std::vector<std::vector<std::string>>& sentences, const ClusterOptions& options);

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
