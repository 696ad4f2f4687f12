// CoNLL-U (Universal Dependencies) sentences: reading treebanks for training and evaluation, writing parses.
#pragma once

#include <istream>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

namespace dunlin {

// One syntactic word (a line with an integer ID).
struct ConlluWord {
  std::string form, lemma, upos, xpos, feats;
  int head = -1;  // 0 = root, -1 = "_"
  std::string deprel, deps, misc;
  bool space_after() const { return misc.find("SpaceAfter=No") == std::string::npos; }
};

// A multiword token line ("3-4 don't"): words [first, last] (1-based word IDs) written as one surface token.
struct ConlluMultiwordToken {
  int first = 0, last = 0;
  std::string form, misc;
  bool space_after() const { return misc.find("SpaceAfter=No") == std::string::npos; }
};

struct ConlluSentence {
  std::vector<std::string> comments;  // without the leading "# "
  std::vector<ConlluWord> words;      // words[i] has ID i + 1; empty nodes (8.1) are skipped
  std::vector<ConlluMultiwordToken> multiword_tokens;

  // Value of a "# key = value" comment, or "" (with *found false) when absent.
  std::string comment_value(const std::string& key, bool* found = nullptr) const;
  bool starts_document() const;   // "# newdoc"
  bool starts_paragraph() const;  // "# newpar" (or "# newdoc")
};

class ConlluError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Reads sentences one at a time. Throws ConlluError naming the source and line on malformed input.
class ConlluReader {
 public:
  ConlluReader(std::istream& in, std::string source_name);
  bool next(ConlluSentence& sentence);  // false at end of input

 private:
  std::istream& in_;
  std::string source_;
  size_t line_number_ = 0;
};

// Reads a whole file; throws ConlluError (cannot open, malformed line).
std::vector<ConlluSentence> read_conllu_file(const std::string& path);

// Writes one sentence (comments, multiword tokens, words) followed by a blank line.
void write_conllu(std::ostream& out, const ConlluSentence& sentence);

}  // namespace dunlin
