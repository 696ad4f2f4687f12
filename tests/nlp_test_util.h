// Helpers shared by the NLP model tests: quick training options and a model file round trip in memory.
#pragma once

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

}  // namespace dunlin::nlp::testing
