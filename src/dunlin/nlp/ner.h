// Named entity recognizer: PER / ORG / LOC spans (UNER labels), a BILOU averaged-perceptron tagger with word,
// affix, shape, context and previous-label features, UPOS features, word-cluster features (exchange clusters
// induced from unlabelled text, word_clusters.h) and name-list features (ner_gazetteer.h: ISO 3166, WordNet proper
// names, GeoNames cities, first names, dunlin's actor dictionaries). Decoding is either greedy (left to right,
// two previous labels) or Viterbi over a first-order model trained as a structured perceptron (Collins 2002), with
// BILOU transition constraints in both. Optional document features (NerContext) carry the labels the recognizer
// gave each word form in earlier sentences of the same document (Ratinov & Roth 2009); an optional second pass
// (stacking) reads the first pass's labels of the same word form anywhere in the document. Optional organisation-
// keyword and acronym features, optional binarized word-vector features (WordVectorCodes); a model may be the mean
// of several training runs (NerResources::bag). Clusters, vector codes and name lists are baked into the model at
// training time; run time needs only the model file.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dunlin/document.h"
#include "dunlin/nlp/model_file.h"
#include "dunlin/nlp/ner_gazetteer.h"
#include "dunlin/nlp/perceptron.h"
#include "dunlin/nlp/tagger.h"
#include "dunlin/nlp/word_clusters.h"

namespace dunlin::nlp {

// A sentence of an IOB2 file: words and their tags as written ("B-PER", "I-LOC", "O").
struct NerSentence {
  std::string id;  // "# sent_id" when present
  bool doc_start = false;  // first sentence of a document ("# newdoc", -DOCSTART-; every sentence of files without)
  std::vector<std::string> words;
  std::vector<std::string> tags;
};

// Reads UNER-style IOB2 (ID, word, tag, ... per line; blank line between sentences; '#' comments) or two-column
// "word tag" files (tab or space separated; IO or BIO tags; -DOCSTART- lines skipped). Tags other than B-/I- PER,
// ORG, LOC (e.g. OTH, MISC, the draft train file's stray "B-O") are mapped to O; CrossNER's fine types are mapped
// (person/politician -> PER, organisation/politicalparty -> ORG, country/location -> LOC). Throws
// std::runtime_error naming file:line on malformed input.
std::vector<NerSentence> read_iob2_file(const std::string& path);

struct EntitySpan {
  uint32_t first, end;  // word range [first, end)
  EntityLabel label;
  friend bool operator==(const EntitySpan&, const EntitySpan&) = default;
};
// Spans of an IOB2 tag sequence (an I- without a matching open entity starts one, as in seqeval/conlleval).
std::vector<EntitySpan> spans_of_iob2(const std::vector<std::string>& tags);

// Which decoder and optional feature groups a model uses (stored in the model).
struct NerFeatureSet {
  bool viterbi = true;        // first-order structured perceptron + Viterbi; false: greedy, two previous labels
  bool history = true;        // document features: labels given to the same word form earlier in the document
  bool sentence_case = true;  // the sentence's capitalization pattern (all lowercase, all caps, headline, normal)
  // A second pass over the whole document (stacking, Krishnan & Manning 2006): a second model whose features add,
  // instead of the history, the labels the first pass gave the same word form elsewhere in the document, before
  // and after. Needs viterbi; recognize_document() runs both passes. Not better on UNER EWT dev (models/README.md).
  bool two_pass = false;
  // Organisation keyword features (org_keyword_kind()): the kind of a word such as "Inc", "University", "Ministry",
  // "Party", and, per word, the nearest such keyword to its right and left inside the same capitalized run
  // ("Acme Widget Corp", "University of Florida"), with the distance.
  bool org_keywords = false;
  // Acronym features: an all-caps word ("CPA", "HANO") that spells the initials of a run of capitalized words earlier
  // in the sentence or the document ("Coalition Provisional Authority", "Housing Authority of New Orleans"), with
  // the label the recognizer gave that run in an earlier sentence. Needs history (the document context).
  bool acronyms = false;
  // Binarized word-vector features (WordVectorCodes, Guo et al. 2014): each non-zero dimension of the word's code
  // (dimension, sign) as a feature; vector_context: also the previous and next words' codes. Need
  // NerResources::vectors.
  bool vectors = false;
  bool vector_context = false;
};

// The organisation-keyword kind of a word (case is ignored): 0 none, 1 company suffix (inc, corp, ltd, llc), 2
// business head (bank, airlines, group, motors), 3 education / health (university, college, hospital), 4
// government (ministry, department, agency, council), 5 political / civic (party, union, association, league),
// 6 media / sports / religious (times, news, club, church).
int org_keyword_kind(std::string_view word);

// What a model is built from besides the labelled sentences.
struct NerResources {
  NerGazetteerSources gazetteer;  // name lists (default: ISO 3166 from Debian iso-codes only)
  WordClusters clusters;          // empty: no cluster features
  WordVectorCodes vectors;        // binarized word vectors, for features.vectors
  NerFeatureSet features;
  // Training data clean-up (off by default: not better on UNER EWT dev): a one-word entity that the name lists
  // know only as a demonym ("Israeli", "Afghans") is taken as O, UNER's convention (nationalities are not
  // PER/ORG/LOC; some extra sets tag them LOC).
  bool demonyms_as_o = false;
  // two_pass: the second model is trained on first-pass labels of the training documents, each predicted by a
  // first-pass model trained without its fold (jackknifing; a document given twice falls in one fold).
  int stack_folds = 4;
  // Parameter mixing: the first pass is trained `bag` times (seeds seed, seed + 1, ...: different document orders)
  // and the mean of the averaged weights is kept. Not with two_pass.
  int bag = 1;
};

// What the recognizer remembers of the earlier sentences of one document: per lowercased word form, how often it
// was labelled O / PER / ORG / LOC and whether it was seen capitalized inside a sentence. Give recognize() the same
// context for every sentence of a document, in order, and a fresh one (or clear()) for the next document. Not
// shared between threads.
class NerContext {
 public:
  void clear() {
    seen_.clear();
    acronyms_.clear();
  }
  size_t size() const { return seen_.size(); }

 private:
  friend class Ner;
  friend class NerFeatures;
  friend class NerPassTrainer;
  // lower: the hashes of the words' lowercased, digit-folded forms (the keys of seen_).
  void remember(std::span<const std::string_view> words, std::span<const uint64_t> lower, const std::vector<int>& classes,
                bool acronyms);
  struct Seen {
    uint16_t count[4] = {0, 0, 0, 0};  // O, PER, ORG, LOC
    bool capitalized_inside = false;   // capitalized at a position other than the sentence's first
  };
  std::unordered_map<uint64_t, Seen> seen_;  // hash of the lowercased, digit-folded form
  // Acronyms: hash of the initials of a run of capitalized words (acronym_runs()) -> 1 + the run's label
  // (0 O, 1 + EntityLabel) given to the run's last word. Filled only for models with the acronym features.
  std::unordered_map<uint64_t, uint8_t> acronyms_;
};

class Ner {
 public:
  // tagger: when given, the model also uses UPOS features (the tagger tags the training data; at run time pass
  // the tags to recognize()).
  static Ner train(const std::vector<NerSentence>& train, const std::vector<NerSentence>* dev,
                   const TrainOptions& options, const Tagger* tagger, const NerResources& resources);
  // The same with only the ISO 3166 names of gazetteer_dir (Debian iso-codes JSON folder; "" for none).
  static Ner train(const std::vector<NerSentence>& train, const std::vector<NerSentence>* dev,
                   const TrainOptions& options, const Tagger* tagger = nullptr,
                   const std::string& gazetteer_dir = "/usr/share/iso-codes/json");
  void save(ModelFileWriter& out) const;  // section "ner"
  static Ner load(const ModelFile& file);

  // upos: one Upos per word (as uint8_t), required when uses_tags(). context: the document's earlier sentences
  // (read, then updated with this sentence's labels); nullptr: the sentence is a document of its own.
  // With a two-pass model this runs the first pass only; use recognize_document() for both.
  std::vector<EntitySpan> recognize(std::span<const std::string_view> words, std::span<const uint8_t> upos = {},
                                    NerContext* context = nullptr) const;
  // All sentences of one document (upos: one span per sentence, or empty when !uses_tags()): the first pass
  // sentence by sentence with a document context, then, for a two-pass model, the second pass. Spans per sentence.
  std::vector<std::vector<EntitySpan>> recognize_document(std::span<const std::span<const std::string_view>> sentences,
                                                          std::span<const std::span<const uint8_t>> upos = {}) const;
  // UNER's span conventions the model misses, applied to its spans by recognize() and recognize_document(): a place
  // span that is a known place and a known country or region run together is two places; a place inside a run of
  // capitalized words headed by an organisation word is part of that ORG; a nationality word alone is no place; a
  // title before a person's name is no part of the name; "Surname, Firstname" is one person; a planet is no person
  // or place.
  std::vector<EntitySpan> follow_span_conventions(std::span<const std::string_view> words,
                                                  std::vector<EntitySpan> spans) const;
  const NerFeatureSet& features() const { return features_; }
  bool uses_tags() const { return uses_tags_; }
  size_t gazetteer_size() const { return gazetteer_.size(); }
  size_t clustered_words() const { return clusters_.size(); }
  size_t vector_words() const { return vectors_.size(); }

  // Drops weights below min_abs (a size/speed against accuracy trade-off; see models/README.md).
  void prune(float min_abs) {
    model_.prune(min_abs);
    pairs_.prune(min_abs);
    if (features_.two_pass) {
      model2_.prune(min_abs);
      pairs2_.prune(min_abs);
    }
    build_vector_table();
  }
  size_t num_features() const {
    return model_.num_features() + pairs_.num_features() + model2_.num_features() + pairs2_.num_features();
  }

 private:
  friend class NerFeatures;
  NerGazetteer gazetteer_;
  WordClusters clusters_;
  WordVectorCodes vectors_;  // features_.vectors only
  // features_.vectors only: the first pass's weights of every vector feature (position: word, previous, next;
  // dimension; code) per class, read from model_, so that decoding adds them by index instead of hashing up to
  // 3 x dims features per word. Empty while training (the trainer's weights are scored through the hash).
  std::vector<float> vector_table_;
  void build_vector_table();
  bool uses_tags_ = false;
  NerFeatureSet features_;
  PerceptronModel model_;  // label-free features (Viterbi) or all features (greedy), per class
  PerceptronModel pairs_;  // Viterbi only: transition features, per (previous class, class) pair
  PerceptronModel model2_, pairs2_;  // two_pass only: the second pass's weights
  // The first pass over a document: BILOU classes per sentence.
  std::vector<std::vector<int>> first_pass(std::span<const std::span<const std::string_view>> sentences,
                                           std::span<const std::span<const uint8_t>> upos) const;
};

}  // namespace dunlin::nlp
