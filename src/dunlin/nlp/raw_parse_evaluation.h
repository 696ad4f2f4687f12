// Scoring tags and parses from raw text (the system's own segmentation) the way the CoNLL 2018 shared task does,
// simplified: system and gold words are aligned through their surface tokens (a token whose character span matches
// a gold token exactly; the words of a multiword token align by position when both sides split it into as many
// words), and UPOS, UAS and LAS are F1 scores over aligned words: precision over the system's words, recall over
// the gold words. UAS needs the word's head to align to the gold head (or both to be roots); LAS also the relation.
#pragma once

#include "dunlin/document.h"
#include "dunlin/segment/evaluation.h"

namespace dunlin::nlp {

struct RawParseScores {
  SpanCounts words, upos, uas, las;
  RawParseScores& operator+=(const RawParseScores& o) {
    words += o.words;
    upos += o.upos;
    uas += o.uas;
    las += o.las;
    return *this;
  }
};

// `system` is gold.doc's text segmented, tagged and parsed by the system.
RawParseScores score_raw_parse(const GoldDocument& gold, const Document& system);

}  // namespace dunlin::nlp
