// Helpers for the segmentation tests: one Segmenter per method, built from the repository's data and model.
#pragma once

#include <string>
#include <vector>

#include "dunlin/document.h"
#include "dunlin/segment/segmenter.h"

namespace dunlin::testing {

inline const Segmenter& model_segmenter() {
  static const Segmenter s(SegmenterOptions{SplitMethod::model, {}, {}});
  return s;
}
inline const Segmenter& rules_segmenter() {
  static const Segmenter s(SegmenterOptions{SplitMethod::rules, {}, {}});
  return s;
}

inline Document segment(const std::string& text, const Segmenter& seg = model_segmenter()) {
  Document d;
  d.text = text;
  seg.annotate(d);
  return d;
}

// The tokens of `text`, each as its text.
inline std::vector<std::string> tokens(const std::string& text) {
  const Document d = segment(text);
  std::vector<std::string> out;
  for (size_t i = 0; i < d.tokens.size(); ++i) out.emplace_back(d.token_text(i));
  return out;
}

// The sentences of `text`, each as its tokens joined by single spaces.
inline std::vector<std::string> sentences(const std::string& text, const Segmenter& seg = model_segmenter()) {
  const Document d = segment(text, seg);
  std::vector<std::string> out;
  for (size_t s = 0; s < d.sentences.size(); ++s) {
    std::string line;
    for (uint32_t t = d.sentences.first_token[s]; t < d.sentences.end_token[s]; ++t) {
      if (!line.empty()) line += ' ';
      line += d.token_text(t);
    }
    out.push_back(line);
  }
  return out;
}

}  // namespace dunlin::testing
