// Scoring the temporal tagger against hand-annotated gold (eval/time/): which gold expressions it finds (span
// overlap), whether their normalized values are right, and how many of its expressions in the annotated part of
// each article are not in the gold (see dunlin/evaluation/span_scoring.h for the files and the scoring).
#pragma once

#include <string>

#include "dunlin/evaluation/span_scoring.h"

namespace dunlin::time {

// Reads the gold of `gold_dir` and the corpus files it names from `corpus_dir`, runs the tagger on each article
// (story date from the CSV date column) and scores it; labels are normalized values ("2020-05-11", ...). Throws
// std::runtime_error with file:line on malformed input or a missing file.
evaluation::SpanEvalReport evaluate_time(const std::string& gold_dir, const std::string& corpus_dir);

}  // namespace dunlin::time
