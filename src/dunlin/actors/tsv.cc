// Reading dunlin's dictionary TSV files with file:line errors, and the small parsers they share.
#include "dunlin/actors/tsv.h"

#include <cstdio>
#include <fstream>
#include <sstream>

#include "dunlin/text/utf8.h"

namespace dunlin {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

bool contains(std::initializer_list<std::string_view> list, std::string_view name) {
  for (std::string_view x : list)
    if (x == name) return true;
  return false;
}

}  // namespace

TsvTable TsvTable::read(const std::string& path, std::initializer_list<std::string_view> required,
                        std::initializer_list<std::string_view> optional) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DictionaryError(path + ": cannot open file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return parse(buffer.str(), path, required, optional);
}

TsvTable TsvTable::parse(std::string_view text, const std::string& path,
                         std::initializer_list<std::string_view> required,
                         std::initializer_list<std::string_view> optional) {
  TsvTable table;
  table.path_ = path;
  bool have_header = false;
  size_t line_number = 0;
  size_t pos = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;  // a byte order mark some editors write
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!is_valid_utf8(line)) table.fail(line_number, "invalid UTF-8");
    if (trim(line).empty() || trim(line).front() == '#') continue;

    std::vector<std::string> fields;
    size_t start = 0;
    while (true) {
      const size_t tab = line.find('\t', start);
      fields.emplace_back(trim(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start)));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }

    if (!have_header) {
      for (const std::string& name : fields) {
        if (name.empty()) table.fail(line_number, "empty column name in the header");
        if (!contains(required, name) && !contains(optional, name)) {
          std::string known;
          for (std::string_view x : required) known += (known.empty() ? "" : ", ") + std::string(x);
          for (std::string_view x : optional) known += (known.empty() ? "" : ", ") + std::string(x);
          table.fail(line_number, "unknown column '" + name + "' (known columns: " + known + ")");
        }
        for (const std::string& seen : table.columns_)
          if (seen == name) table.fail(line_number, "column '" + name + "' appears twice in the header");
        table.columns_.push_back(name);
      }
      for (std::string_view name : required)
        if (table.column_index(name) == kAbsent)
          table.fail(line_number, "missing required column '" + std::string(name) + "' in the header");
      have_header = true;
      continue;
    }
    if (fields.size() > table.columns_.size())
      table.fail(line_number, "row has " + std::to_string(fields.size()) + " fields but the header has " +
                                  std::to_string(table.columns_.size()) + " columns");
    fields.resize(table.columns_.size());
    table.rows.push_back(TsvRow{line_number, std::move(fields)});
  }
  if (!have_header) throw DictionaryError(path + ": no header line");
  return table;
}

size_t TsvTable::column_index(std::string_view name) const {
  for (size_t i = 0; i < columns_.size(); ++i)
    if (columns_[i] == name) return i;
  return kAbsent;
}

std::string_view TsvTable::get(const TsvRow& row, std::string_view name) const {
  const size_t i = column_index(name);
  if (i == kAbsent || i >= row.fields.size()) return {};
  return row.fields[i];
}

void TsvTable::fail(const TsvRow& row, const std::string& message) const { fail(row.line, message); }

void TsvTable::fail(size_t line, const std::string& message) const {
  throw DictionaryError(path_ + ":" + std::to_string(line) + ": " + message);
}

std::vector<std::string> split_list(std::string_view field, char separator) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= field.size()) {
    size_t end = field.find(separator, start);
    if (end == std::string_view::npos) end = field.size();
    std::string_view item = trim(field.substr(start, end - start));
    if (!item.empty()) out.emplace_back(item);
    start = end + 1;
  }
  return out;
}

namespace {

bool parse_digits(std::string_view s, int& out) {
  if (s.empty()) return false;
  out = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  return true;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

DateInt parse_date(std::string_view text, bool end_of_period) {
  int year = 0, month = 0, day = 0;
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return kNoDate;
  if (!parse_digits(text.substr(0, 4), year) || year < 1800 || year > 2199) return kNoDate;
  if (text.size() == 4) return year * 10000 + (end_of_period ? 1231 : 101);
  if (text[4] != '-' || text.substr(5, 2).size() != 2 || !parse_digits(text.substr(5, 2), month) || month < 1 ||
      month > 12)
    return kNoDate;
  if (text.size() == 7) return year * 10000 + month * 100 + (end_of_period ? days_in_month(year, month) : 1);
  if (text[7] != '-' || !parse_digits(text.substr(8, 2), day) || day < 1 || day > days_in_month(year, month))
    return kNoDate;
  return year * 10000 + month * 100 + day;
}

DateInt date_from_iso(std::string_view iso) {
  if (iso.size() < 10) return kNoDate;
  if (iso.size() > 10 && iso[10] != 'T' && iso[10] != ' ') return kNoDate;
  return parse_date(iso.substr(0, 10));
}

std::string format_date(DateInt date) {
  if (date == kNoDate) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date / 10000, date / 100 % 100, date % 100);
  return buf;
}

bool is_code3(std::string_view s) {
  if (s.size() != 3) return false;
  for (char c : s)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

}  // namespace dunlin
