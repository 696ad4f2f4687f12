// A feed-forward neural network dependency parser (Chen & Manning 2014), on the arc-hybrid transition system the
// perceptron parser uses (src/dunlin/nlp/arc_hybrid.h): the words, tags and arc labels at twenty positions of the
// stack, the buffer and the nearest children are looked up in embedding tables (the words' initialised from
// pretrained vectors such as GloVe), concatenated, fed through one hidden layer of rectified linear units, and a
// linear layer scores every transition. Trained greedily with the dynamic oracle and exploration (Goldberg & Nivre
// 2013; Kiperwasser & Goldberg 2016 for networks): the loss is the negative log of the probability mass the
// network puts on the transitions of minimum cost. AdaGrad, dropout on the hidden layer, word dropout for unknown
// words.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dunlin/conllu/conllu.h"
#include "dunlin/nlp/arc_hybrid.h"
#include "dunlin/nlp/model_file.h"
#include "dunlin/nlp/tagger.h"

namespace dunlin::nlp {

// Pretrained word vectors from a text file: one word and its values per line, space-separated (GloVe's format,
// word2vec's text format without its header line). Words are kept in file order (frequency order for GloVe).
struct WordVectors {
  int dim = 0;
  std::vector<std::string> words;
  std::vector<float> values;  // words.size() * dim
  // Reads the first max_words lines. Throws std::runtime_error naming the file and line on a malformed line.
  static WordVectors read_text(const std::string& path, size_t max_words);
};

struct NetworkOptions {
  int hidden = 256;
  int word_dim = 100;  // used when no pretrained vectors are given
  int tag_dim = 32, label_dim = 32, distance_dim = 16;
  int epochs = 12;
  float learning_rate = 0.02f;  // AdaGrad
  float dropout = 0.3f;         // on the hidden layer
  int batch = 64;               // transitions per update
  uint64_t seed = 1;
  size_t pretrained_words = 30000;  // pretrained words kept beyond those of the treebank (the file's first ones)
  float unknown_alpha = 0.25f;      // word dropout: a word seen c times is trained as unknown with p = a / (a + c)
  Log log;
};

class ParserNetwork {
 public:
  // Trains on the words' forms and XPOS as given (predicted tags: see jackknife_tags in parser.h). dev, when
  // given, is parsed after every epoch; the epoch with the best dev UAS is kept.
  static ParserNetwork train(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>* dev,
                             const WordVectors* vectors, const NetworkOptions& options);
  // heads[i]: 1-based head of word i (0 = root); labels[i]: an index into label_names().
  void parse(std::span<const std::string_view> words, std::span<const std::string_view> xpos, std::span<uint32_t> heads,
             std::span<uint16_t> labels) const;
  void parse(ConlluSentence& sentence) const;  // HEAD and DEPREL from FORM and XPOS

  // Scoring inside another parser's decoder (Parser adds these scores to its own): the sentence's word and tag ids
  // (index 0 = the root), then weight x the network's score of each transition class in a configuration, added
  // to scores (the same transition classes as arc_hybrid::Transitions over label_names()): of the classes listed
  // in `only`, or of every class.
  struct Sentence {
    std::vector<int> word, tag;
    // Per token (0 = the root): its word's hidden-layer rows, one per word slot (kWordSlots x hidden size): in the
    // network's table for frequent words, else in `computed`, each row computed when a configuration first reads
    // it (bit k of pending: slot k not computed yet). The pointers point into `computed`, so a Sentence moves but
    // is not copied.
    Sentence() = default;
    Sentence(Sentence&&) = default;
    Sentence& operator=(Sentence&&) = default;
    Sentence(const Sentence&) = delete;
    Sentence& operator=(const Sentence&) = delete;
    std::vector<const int16_t*> word_rows;
    std::vector<int16_t> computed;
    std::vector<uint16_t> pending;
    std::vector<float> row;  // a row before it is rounded to 16 bits
  };
  Sentence prepare(std::span<const std::string_view> words, std::span<const std::string_view> xpos) const;
  struct Scratch {
    std::vector<float> input, hidden, scores;
  };
  void add_scores(const arc_hybrid::Config& c, Sentence& s, float weight, float* scores, Scratch& scratch,
                  std::span<const int> only = {}) const;
  const std::vector<std::string>& label_names() const { return labels_; }
  int root_label() const { return root_label_; }
  // How many of the most frequent words have their hidden-layer rows computed once, at load (6,000 unless set):
  // more is faster and takes kWordSlots x hidden size x 2 bytes per word. The rows keep the scale set at load (from
  // the first 6,000 words' rows), so values of rarer words beyond twice the largest of those are clamped.
  void precompute_words(int count);

  void save(ModelFileWriter& out) const;  // section "parsenet"
  static ParserNetwork load(const ModelFile& file);

  // The sizes of the network (for reports).
  size_t vocabulary_size() const { return word_ids_.size(); }
  int hidden_size() const { return hidden_; }

  // Internal: the indices the network reads for one configuration (public for the training code in the .cc).
  static constexpr int kWordSlots = 11, kTagSlots = 20, kLabelSlots = 14;
  static_assert(kWordSlots <= 16, "Sentence::pending keeps one bit per word slot in 16 bits");
  struct Features {
    int word[kWordSlots], tag[kTagSlots], label[kLabelSlots], distance;
  };

 private:
  int input_size() const {
    return kWordSlots * word_dim_ + kTagSlots * tag_dim_ + kLabelSlots * label_dim_ + distance_dim_;
  }
  int classes() const { return 1 + 2 * static_cast<int>(labels_.size()); }
  int word_id(std::string_view form) const;
  int tag_id(std::string_view xpos) const;
  // Scores of every transition (no softmax) for one feature set; hidden: the hidden layer's output (size hidden_).
  void forward(const Features& f, float* hidden, float* scores, std::vector<float>& input) const;
  void gather(const Features& f, float* input) const;
  // The hidden layer's input from every embedding row, precomputed and rounded to 16 bits: hidden = relu(sum of one
  // row per slot), the bias folded into the distance rows. Tags, labels and distances whole; words for the first
  // cached_words_ ids (the most frequent: see train()), the others per sentence in prepare(). Built by train() and
  // load().
  void build_tables();
  void word_row(int id, int slot, float* out) const;  // the row of hidden_ floats of one word id in one slot
  const int16_t* word_row(Sentence& s, int token, int slot) const;  // computed if pending
  // The rows of the first count word ids, given to `use` a word at a time (kWordSlots rows each), computed four
  // words at a time.
  void each_word_rows(int count, const std::function<void(int, std::span<const float>)>& use) const;
  // Rows are kept as 16-bit integers, value / row_scale_ rounded (see build_tables()).
  void quantize(std::span<const float> values, int16_t* out) const;
  std::vector<int16_t> quantize(const std::vector<float>& values) const;
  void fast_scores(const arc_hybrid::Config& c, Sentence& s, std::span<const int> wanted, float* hidden,
                   float* scores) const;
  // The network's scores of the listed transition classes into scratch.scores (indexed by class): through the
  // tables when prepare() built the sentence's word rows, else the plain forward pass (which scores every class).
  void score(const arc_hybrid::Config& c, Sentence& s, std::span<const int> wanted, Scratch& scratch) const;
  std::vector<int16_t> tag_rows_, label_rows_, distance_rows_, cached_word_rows_;
  float row_scale_ = 1;
  std::vector<float> word_projection_;  // kWordSlots x word_dim_ x hidden_: the word slots' weights, transposed
  int cached_words_ = 0;
  std::vector<int> all_classes_;  // 0, 1, ..., classes() - 1

  std::vector<std::string> labels_, tags_, words_;
  std::unordered_map<std::string, int> word_ids_, tag_ids_;
  int root_label_ = 0;
  int hidden_ = 0, word_dim_ = 0, tag_dim_ = 0, label_dim_ = 0, distance_dim_ = 0;
  // Parameters: embedding tables (row per id) and the two layers (row-major: w1_ is hidden_ x input_size()).
  std::vector<float> word_emb_, tag_emb_, label_emb_, distance_emb_, w1_, b1_, w2_, b2_;

  friend struct NetworkTrainer;
};

}  // namespace dunlin::nlp
