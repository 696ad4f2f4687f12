// Scoring segmentation against a UD treebank the way the CoNLL 2018 shared task script does: the raw text is
// rebuilt from the CoNLL-U, the system segments it, and tokens (surface tokens: a multiword token counts once)
// and sentences are compared as character spans that ignore white space; precision, recall and F1 count the
// spans that match exactly.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "dunlin/conllu/conllu.h"
#include "dunlin/document.h"

namespace dunlin {

class Segmenter;

// A document rebuilt from a treebank: its text (paragraphs separated by a blank line, sentences by a space
// unless the last token says SpaceAfter=No) and the gold spans as byte offsets into the text.
struct GoldWord {
  uint32_t token = 0;   // index of its surface token in GoldDocument::tokens
  uint16_t part = 0;    // its place among the words of that token (a multiword token has several)
  std::string upos, deprel;
  int64_t head = -1;    // document-global index of the head word in GoldDocument::words, -1 for the root
};

struct GoldDocument {
  Document doc;
  std::vector<ByteSpan> tokens;  // surface tokens
  std::vector<ByteSpan> sentences;
  std::vector<GoldWord> words;   // syntactic words, for scoring tags and parses from raw text
};

// Groups sentences into documents at "# newdoc" (the first sentence always starts one) and paragraphs at
// "# newpar".
std::vector<GoldDocument> gold_documents(const std::vector<ConlluSentence>& sentences);

struct SpanCounts {
  size_t gold = 0, system = 0, correct = 0;
  double precision() const { return system ? 100.0 * correct / system : 0.0; }
  double recall() const { return gold ? 100.0 * correct / gold : 0.0; }
  double f1() const { return gold + system ? 200.0 * correct / (gold + system) : 0.0; }
  SpanCounts& operator+=(const SpanCounts& o) {
    gold += o.gold;
    system += o.system;
    correct += o.correct;
    return *this;
  }
};

struct SegmentationScores {
  SpanCounts tokens, sentences;
  SegmentationScores& operator+=(const SegmentationScores& o) {
    tokens += o.tokens;
    sentences += o.sentences;
    return *this;
  }
};

// The system's surface tokens (fused tokens merged) and sentences as byte spans.
std::vector<ByteSpan> surface_tokens(const Document& doc);
std::vector<ByteSpan> sentence_spans(const Document& doc);

// Scores a segmented copy of gold.doc against the gold spans.
SegmentationScores score_segmentation(const GoldDocument& gold, const Document& system);

// Segments every document with `segmenter` and adds up the scores.
SegmentationScores evaluate_segmenter(const Segmenter& segmenter, const std::vector<GoldDocument>& gold);

}  // namespace dunlin
