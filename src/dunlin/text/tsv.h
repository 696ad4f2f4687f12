// Tab-separated data files (dictionaries users read and extend): '#' comment lines, blank lines ignored, one header
// line naming the columns, then rows. Errors name the file and line.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace dunlin {

class DataFileError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class TsvTable {
 public:
  struct Row {
    size_t line = 0;  // 1-based line number in the file
    std::vector<std::string> fields;
  };

  // Reads `path`; `required_columns` must all appear in the header (in any order, other columns allowed).
  // Throws DataFileError ("path:line: what is wrong") on a missing file, missing header or column, a row with the
  // wrong number of fields, or invalid UTF-8.
  static TsvTable read(const std::string& path, const std::vector<std::string>& required_columns);
  // The same from text already in memory; `name` stands for the path in errors.
  static TsvTable parse(std::string_view text, const std::string& name,
                        const std::vector<std::string>& required_columns);

  const std::string& name() const { return name_; }
  const std::vector<Row>& rows() const { return rows_; }
  // Index of a column in each row's fields (throws DataFileError if absent).
  size_t column(std::string_view name) const;
  // "path:line: message", for errors about a row's content.
  [[noreturn]] void fail(const Row& row, const std::string& message) const;

 private:
  std::string name_;
  std::vector<std::string> header_;
  std::vector<Row> rows_;
};

}  // namespace dunlin
