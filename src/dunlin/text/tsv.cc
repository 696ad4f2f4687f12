#include "dunlin/text/tsv.h"

#include <fstream>
#include <iterator>

#include "dunlin/text/utf8.h"

namespace dunlin {
namespace {

std::vector<std::string> split_tabs(std::string_view line) {
  std::vector<std::string> fields;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    fields.emplace_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

}  // namespace

TsvTable TsvTable::read(const std::string& path, const std::vector<std::string>& required_columns) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DataFileError(path + ": cannot open data file");
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return parse(text, path, required_columns);
}

TsvTable TsvTable::parse(std::string_view text, const std::string& name,
                         const std::vector<std::string>& required_columns) {
  TsvTable table;
  table.name_ = name;
  size_t line_number = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    if (!is_valid_utf8(line)) throw DataFileError(name + ":" + std::to_string(line_number) + ": invalid UTF-8");
    std::vector<std::string> fields = split_tabs(line);
    if (table.header_.empty()) {
      table.header_ = std::move(fields);
      for (const std::string& column : required_columns) table.column(column);
      continue;
    }
    if (fields.size() != table.header_.size()) {
      throw DataFileError(name + ":" + std::to_string(line_number) + ": expected " +
                          std::to_string(table.header_.size()) + " tab-separated fields, found " +
                          std::to_string(fields.size()));
    }
    table.rows_.push_back({line_number, std::move(fields)});
  }
  if (table.header_.empty()) throw DataFileError(name + ": no header line");
  return table;
}

size_t TsvTable::column(std::string_view column_name) const {
  for (size_t i = 0; i < header_.size(); ++i)
    if (header_[i] == column_name) return i;
  throw DataFileError(name_ + ": the header has no column '" + std::string(column_name) + "'");
}

void TsvTable::fail(const Row& row, const std::string& message) const {
  throw DataFileError(name_ + ":" + std::to_string(row.line) + ": " + message);
}

}  // namespace dunlin
