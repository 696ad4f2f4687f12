// Scoring the temporal tagger against hand-annotated gold (eval/time/): which gold expressions it finds (span
// overlap), whether their normalized values are right, and how many of its expressions in the annotated part of
// each article are not in the gold. The articles come from a CSV corpus with header url,date,title,text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dunlin::time {

struct TimeEvalItem {
  std::string file;
  int row = 0;
  uint32_t begin = 0, end = 0;  // byte offsets into the article text
  std::string gold_value;
  std::string system_value;  // "" when no system expression overlaps the gold span
};

struct TimeEvalReport {
  std::vector<TimeEvalItem> items;       // one per gold expression
  std::vector<TimeEvalItem> spurious;    // system expressions in scope overlapping no gold expression
  size_t gold = 0, found = 0, correct = 0, system = 0;
  double recall() const { return gold ? double(found) / gold : 0; }
  double value_accuracy() const { return found ? double(correct) / found : 0; }     // among found
  double end_to_end() const { return gold ? double(correct) / gold : 0; }           // correct / all gold
  double precision() const { return system ? double(system - spurious.size()) / system : 0; }
  std::string to_string() const;  // a readable summary with every error
};

// One CSV record per row after the header; fields per RFC 4180 (quotes, doubled quotes, newlines in quotes).
// Throws std::runtime_error naming the file and byte offset on an unterminated quote.
std::vector<std::vector<std::string>> read_csv(const std::string& path);

// Reads `gold_dir`/docs.tsv and gold.tsv and the corpus files they name from `corpus_dir`, runs the tagger on
// each article (story date from the CSV date column) and scores it. Throws std::runtime_error with file:line on
// malformed input or a missing file.
TimeEvalReport evaluate_time(const std::string& gold_dir, const std::string& corpus_dir);

}  // namespace dunlin::time
