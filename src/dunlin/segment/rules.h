// The tokenizer's dictionaries (abbreviations, clitics, hyphen prefixes, emoticons, units), read from the TSV
// files in data/segment/. Every file has a header line and # comments; a bad line is reported as
// "path:line: message".
#pragma once

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dunlin/text/string_hash.h"

namespace dunlin {

class SegmentDataError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

enum class AbbreviationKind : uint8_t { none, title, other };

struct TokenizerRules {
  // Abbreviations with their final period. Entries in lower case also match the capitalised form.
  StringMap<AbbreviationKind> abbreviations;
  // Clitic suffixes in lower case with a straight apostrophe ("n't", "'s").
  std::vector<std::string> clitic_suffixes;
  // Words split into parts ("cannot" -> {3, 3}): lower case, straight apostrophe -> byte lengths of the parts.
  StringMap<std::vector<uint8_t>> word_splits;
  // A quick filter before the word_splits lookup: for each pair of first letters, the lengths that occur.
  std::vector<uint32_t> split_lengths = std::vector<uint32_t>(27 * 27, 0);
  static size_t letter_pair(std::string_view key) {
    auto code = [](char c) -> size_t { return c >= 'a' && c <= 'z' ? static_cast<size_t>(c - 'a') : 26; };
    return code(key[0]) * 27 + code(key[1]);
  }
  bool may_split(std::string_view key) const {
    return key.size() >= 2 && key.size() < 32 && (split_lengths[letter_pair(key)] >> key.size() & 1u);
  }
  StringSet hyphen_prefixes;  // lower case
  StringSet emoticons;
  StringSet units;  // lower case: "pm", "mm", "k"

  // Reads the files from `dir` (abbreviations.txt, clitics.txt, hyphen_prefixes.txt, emoticons.txt, units.txt).
  // Throws SegmentDataError("path:line: message") on a malformed line, SegmentDataError on a missing file.
  static TokenizerRules load(const std::filesystem::path& dir);
  // The files found by find_resource("data/segment/...").
  static TokenizerRules load_default();

  // Each file on its own (used by load; public so a user can check one file).
  void load_abbreviations(const std::filesystem::path& path);
  void load_clitics(const std::filesystem::path& path);
  void load_hyphen_prefixes(const std::filesystem::path& path);
  void load_emoticons(const std::filesystem::path& path);
  void load_units(const std::filesystem::path& path);

  AbbreviationKind abbreviation(std::string_view word_with_period) const;
};

}  // namespace dunlin
