// CSV record reader (see csv_records.h).
#include "dunlin/read/csv_records.h"

#include <cstring>
#include <limits>
#include <stdexcept>
#include <string_view>

namespace dunlin {

bool CsvRecordReader::next(CsvRecord& r) {
  r.fields.assign(1, std::string());
  r.error.clear();
  r.too_long = false;
  r.line = line_;
  r.offset = in_.offset();
  enum class State { field_start, unquoted, quoted, after_quote } state = State::field_start;
  size_t bytes = 0;
  bool any = false;
  auto append = [&](std::string_view s) {
    bytes += s.size();
    if (bytes > max_bytes_) r.too_long = true;
    if (!r.too_long) r.fields.back().append(s);
  };
  for (;;) {
    if (in_.fill(1) == 0) {
      if (!any) return false;
      if (state == State::quoted && r.error.empty())
        r.error = "a quoted field is not closed (the file ends inside it)";
      return true;
    }
    const std::string_view buf = in_.buffered();
    size_t i = 0;
    while (i < buf.size()) {
      any = true;
      const char c = buf[i];
      if (state == State::quoted) {
        // Copy up to the next quote in one piece, counting the line breaks inside the field.
        const void* q = std::memchr(buf.data() + i, '"', buf.size() - i);
        const size_t end = q ? static_cast<size_t>(static_cast<const char*>(q) - buf.data()) : buf.size();
        const std::string_view chunk = buf.substr(i, end - i);
        for (char ch : chunk) line_ += ch == '\n';
        append(chunk);
        i = end;
        if (q) {
          state = State::after_quote;
          ++i;
        }
        continue;
      }
      if (c == ',') {
        r.fields.emplace_back();
        state = State::field_start;
        ++i;
        continue;
      }
      if (c == '\n' || c == '\r') {
        ++line_;
        in_.consume(i + 1);
        if (c == '\r' && in_.fill(1) > 0 && in_.buffered()[0] == '\n') in_.consume(1);
        return true;
      }
      if (state == State::field_start && c == '"') {
        state = State::quoted;
        ++i;
        continue;
      }
      if (state == State::after_quote) {
        if (c == '"') {  // a doubled quote inside a quoted field
          append("\"");
          state = State::quoted;
          ++i;
          continue;
        }
        if (r.error.empty())
          r.error = std::string("unexpected character '") + (c >= 32 && c < 127 ? std::string(1, c) : "\\x..") +
                    "' after the closing quote of field " + std::to_string(r.fields.size());
        state = State::unquoted;
      }
      // Unquoted text up to the next separator or line end (a quote inside it is kept as written).
      size_t end = i;
      while (end < buf.size() && buf[end] != ',' && buf[end] != '\n' && buf[end] != '\r') ++end;
      append(buf.substr(i, end - i));
      state = State::unquoted;
      i = end;
    }
    in_.consume(buf.size());
  }
}

std::vector<std::vector<std::string>> read_csv_file(const std::string& path) {
  InputStream in;
  std::string error;
  if (!in.open(path, error)) throw std::runtime_error(path + ": " + error);
  CsvRecordReader reader(in, std::numeric_limits<size_t>::max());
  std::vector<std::vector<std::string>> rows;
  CsvRecord r;
  bool header = true;
  while (reader.next(r)) {
    if (!r.error.empty()) throw std::runtime_error(path + ":" + std::to_string(r.line) + ": " + r.error);
    if (header) {
      header = false;
      continue;
    }
    if (r.fields.size() == 1 && r.fields[0].empty()) continue;  // a blank line
    rows.push_back(std::move(r.fields));
  }
  return rows;
}

}  // namespace dunlin
