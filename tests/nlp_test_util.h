// Helpers shared by the NLP model tests: quick training options and a model file round trip in memory.
#pragma once

#include <vector>

#include "dunlin/conllu/conllu.h"
#include "dunlin/nlp/model_file.h"
#include "dunlin/nlp/tagger.h"

namespace dunlin::nlp::testing {

// A few epochs with a fixed seed: enough for the tiny fixtures to converge.
inline TrainOptions quick(int epochs) {
  TrainOptions o;
  o.epochs = epochs;
  o.seed = 7;
  return o;
}

// Serializes the model file and parses it back, as a save and load would.
inline ModelFile round_trip(const ModelFileWriter& w) { return ModelFile::parse(w.serialize(), "memory"); }

// How many words a parser (anything with parse(ConlluSentence&)) gives their gold head and label.
template <typename P>
size_t labelled_correct(const P& parser, const std::vector<ConlluSentence>& sentences) {
  size_t ok = 0;
  for (const auto& gold : sentences) {
    ConlluSentence s = gold;
    parser.parse(s);
    for (size_t i = 0; i < s.words.size(); ++i)
      ok += s.words[i].head == gold.words[i].head && s.words[i].deprel == gold.words[i].deprel;
  }
  return ok;
}

inline size_t word_count(const std::vector<ConlluSentence>& sentences) {
  size_t n = 0;
  for (const auto& s : sentences) n += s.words.size();
  return n;
}

}  // namespace dunlin::nlp::testing
