// Scoring the spans a stage finds in news articles against hand-annotated gold (eval/time/, eval/place/). The gold
// names its articles by corpus file and row (docs.tsv: file, row, date, scope byte, note; the corpus is a CSV file
// with header url,date,title,text, like the Wikinews files of ../shared/data/news/) and lists gold spans with a
// label (gold.tsv: file, row, begin byte, end byte, ..., label in the seventh column). A system span matches a gold
// span when they overlap; its label is then right or wrong. System spans before the article's scope byte are not
// scored (that part of the article is not annotated).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dunlin::evaluation {

struct GoldSpan {
  uint32_t begin = 0, end = 0;  // byte offsets into the article text
  std::string label;
};

struct GoldArticle {
  std::string file;    // corpus file name
  uint32_t row = 0;    // record index after the header
  uint32_t scope = 0;  // the annotated part starts at this byte
  std::string date, text;
  std::vector<GoldSpan> spans;
};

// Reads `gold_dir`/docs.tsv and gold.tsv (each gold row has `gold_columns` fields) and the corpus files they name
// in `corpus_dir`. Throws std::runtime_error naming the file and line on malformed input, a missing file, a row the
// corpus does not have, a date that differs from the corpus's, or a span outside its article.
std::vector<GoldArticle> read_gold_articles(const std::string& gold_dir, const std::string& corpus_dir,
                                            size_t gold_columns);

struct SystemSpan {
  uint32_t begin = 0, end = 0;  // byte offsets into the article text
  std::string label;
  std::string text;  // what to show when reading the errors ("" for nothing)
};

struct SpanEvalItem {
  std::string file;
  uint32_t row = 0;
  uint32_t begin = 0, end = 0;
  std::string gold;    // the gold label ("" for spurious items)
  std::string system;  // the first overlapping system span's label, "" when none overlaps
  std::string text;    // that system span's text
};

struct SpanEvalReport {
  std::vector<SpanEvalItem> items;     // one per gold span
  std::vector<SpanEvalItem> spurious;  // system spans in scope overlapping no gold span
  size_t gold = 0, found = 0, correct = 0, system = 0;

  double recall() const { return gold ? double(found) / gold : 0; }
  double accuracy() const { return found ? double(correct) / found : 0; }  // right labels among found
  double end_to_end() const { return gold ? double(correct) / gold : 0; }  // right labels among all gold
  double precision() const { return system ? double(system - spurious.size()) / system : 0; }

  // Scores the system spans of one article.
  void add(const GoldArticle& article, const std::vector<SystemSpan>& system_spans);
  // A readable summary and every error; `label_name` says what the label is ("value", "resolution").
  std::string to_string(std::string_view label_name) const;
};

}  // namespace dunlin::evaluation
