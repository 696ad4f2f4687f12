// Scoring place resolution against hand-annotated gold (eval/place/): which gold place mentions the place tagger
// finds (span overlap) and whether it resolves them to the right gazetteer entry, plus the mentions it reports in
// the annotated part of each article that the gold does not have (see dunlin/evaluation/span_scoring.h for the
// files and the scoring).
//
// Labels name a gazetteer entry the same way in gold and system output: "gn:<GeoNames id>" for GeoNames cities,
// "country:<ISO alpha-2>", "iso:<ISO 3166-2>" for provinces, "extra:<alpha-2>:<name>" for our hand-written air
// bases and regions (data/place/extra-places.tsv).
#pragma once

#include <string>
#include <vector>

#include "dunlin/evaluation/span_scoring.h"
#include "dunlin/place/gazetteer.h"

namespace dunlin::place {

// The label of gazetteer entry `index` (see above).
std::string place_label(const GeoNamesGazetteer& g, uint32_t index);

// Reads `gold_dir`/docs.tsv and gold.tsv and the CSV files they name in `corpus_dir`, segments each article,
// runs the NLP models of `model_dir` when it is not empty (tagger.bin, parser.bin, ner.bin), then the place
// tagger with `gazetteer_path` and `not_places_path`, and scores it. Throws std::runtime_error with file:line on
// malformed input or a missing file.
evaluation::SpanEvalReport evaluate_places(const std::string& gold_dir, const std::string& corpus_dir,
                                           const std::string& gazetteer_path, const std::string& not_places_path,
                                           const std::string& model_dir = "");

}  // namespace dunlin::place
