// Reading dunlin's dictionary files: UTF-8 TSV with a required header line, '#' comment lines and blank lines,
// validated at load time. Every error names the file and the line ("data/actors/people.tsv:12: bad date ...").
#pragma once

#include <cstdint>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace dunlin {

// Thrown by every dictionary loader; what() is "file:line: message" (or "file: message" without a line).
class DictionaryError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct TsvRow {
  size_t line = 0;                  // 1-based line number in the file
  std::vector<std::string> fields;  // trimmed; as many as the header has columns
};

class TsvTable {
 public:
  // Reads `path`. The first line that is neither blank nor a '#' comment is the header. Every column in the
  // header must be one of `required` or `optional`, every `required` column must be present, and no column may
  // appear twice. A row may have fewer fields than the header (missing trailing fields are empty) but not more.
  // Throws DictionaryError.
  static TsvTable read(const std::string& path, std::initializer_list<std::string_view> required,
                       std::initializer_list<std::string_view> optional = {});
  // Same, from text in memory (`path` is only used in messages).
  static TsvTable parse(std::string_view text, const std::string& path,
                        std::initializer_list<std::string_view> required,
                        std::initializer_list<std::string_view> optional = {});

  const std::string& path() const { return path_; }
  bool has_column(std::string_view name) const { return column_index(name) != kAbsent; }
  // The field of `row` in column `name`, "" when the column is absent from this file.
  std::string_view get(const TsvRow& row, std::string_view name) const;
  // Throws DictionaryError("path:line: message").
  [[noreturn]] void fail(const TsvRow& row, const std::string& message) const;
  [[noreturn]] void fail(size_t line, const std::string& message) const;

  std::vector<TsvRow> rows;

 private:
  static constexpr size_t kAbsent = static_cast<size_t>(-1);
  size_t column_index(std::string_view name) const;
  std::string path_;
  std::vector<std::string> columns_;
};

// Splits a '|'-separated list, trimming each item and dropping empty ones.
std::vector<std::string> split_list(std::string_view field, char separator = '|');

// A calendar date as YYYYMMDD (20200511), so that dates compare as integers. 0 = unknown.
using DateInt = int32_t;
inline constexpr DateInt kNoDate = 0;

// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (years 1800-2199). A partial date stands for its first day, or for its
// last day when `end_of_period` is true ("2024-12" -> 20241231). Returns kNoDate when the text is not a valid date.
DateInt parse_date(std::string_view text, bool end_of_period = false);

// The date at the start of an ISO 8601 date or date-time ("2020-05-11T09:30:00Z" -> 20200511), kNoDate if none.
DateInt date_from_iso(std::string_view iso);

// "2020-05-11"
std::string format_date(DateInt date);

// True for three upper-case ASCII letters.
bool is_code3(std::string_view s);

}  // namespace dunlin
