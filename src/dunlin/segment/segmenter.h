// The segmentation stage: paragraphs, tokens and sentences for a Document.
#pragma once

#include <filesystem>
#include <memory>
#include <string_view>

#include "dunlin/document.h"
#include "dunlin/segment/rules.h"
#include "dunlin/segment/sentence_splitter.h"
#include "dunlin/segment/tokenizer.h"

namespace dunlin {

struct SegmenterOptions {
  SplitMethod method = SplitMethod::model;
  std::filesystem::path data_dir;    // holds abbreviations.txt etc.; empty: find_resource("data/segment/...")
  std::filesystem::path model_path;  // empty: find_resource("models/segment/sentences.bin")
};

class Segmenter {
 public:
  // Loads the data files (and the model); throws SegmentDataError naming the file and line on bad data.
  explicit Segmenter(const SegmenterOptions& options = {});
  Segmenter(std::shared_ptr<const TokenizerRules> rules, SplitMethod method,
            std::shared_ptr<const SentenceModel> model);

  // Adds the paragraphs (unless the reader already set them), tokens and sentences layers. Thread-safe.
  void annotate(Document& doc) const;

  const Tokenizer& tokenizer() const { return tokenizer_; }
  const SentenceSplitter& splitter() const { return splitter_; }

 private:
  Tokenizer tokenizer_;
  SentenceSplitter splitter_;
};

// Paragraphs are separated by blank lines (lines of white space only); each span is trimmed of white space.
void find_paragraphs(std::string_view text, ParagraphLayer& out);

}  // namespace dunlin
