// CSV reader: one article per row of an RFC 4180 file with a header row (quoted fields may hold commas, line
// breaks and doubled quotes). The columns for text, title, date, id, URL and outlet are named by options or found
// from common column names; rows in a legacy charset (windows-1252 by default) are converted to UTF-8 with ICU.
// Streamed from a buffered (possibly gzip) InputStream; a bad row is reported with its line and skipped.
#include <time.h>

#include <array>
#include <cstring>
#include <filesystem>

#include "dunlin/read/charset.h"
#include "dunlin/read/csv_records.h"
#include "dunlin/read/date_normalize.h"
#include "dunlin/read/stream_readers.h"
#include "dunlin/text/ascii.h"
#include "dunlin/text/utf8.h"

namespace dunlin {
namespace {

std::string trim_lower(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return ascii_lower(s);
}

// Column names recognized when no column is named, most specific first (docs/input-formats.md).
constexpr std::array<const char*, 11> kTextNames = {"text",         "content",   "body",      "article_content",
                                                    "article_text", "article",   "full_text", "fulltext",
                                                    "article_body", "maintext",  "story"};
constexpr std::array<const char*, 4> kTitleNames = {"title", "article_title", "headline", "heading"};
constexpr std::array<const char*, 9> kDateNames = {"date",          "published",   "published_date",
                                                   "publish_date",  "pub_date",    "publication_date",
                                                   "date_published", "published_at", "pubdate"};
constexpr std::array<const char*, 6> kIdNames = {"id", "doc_id", "document_id", "article_id", "unit_id", "guid"};
constexpr std::array<const char*, 5> kUrlNames = {"url", "link", "article_url", "source_url", "uri"};
constexpr std::array<const char*, 6> kOutletNames = {"outlet", "source", "publisher", "site_name", "site",
                                                     "newspaper"};

// The column for one field: the named one (-2 when it does not exist), none ("none"), or the first column with a
// known name (-1 when there is none).
template <size_t N>
int find_column(const std::vector<std::string>& header, const std::string& named,
                const std::array<const char*, N>& known) {
  if (named == "none") return -1;
  if (!named.empty()) {
    const std::string want = trim_lower(named);
    for (size_t i = 0; i < header.size(); ++i)
      if (header[i] == want) return static_cast<int>(i);
    return -2;
  }
  for (const char* name : known)
    for (size_t i = 0; i < header.size(); ++i)
      if (header[i] == name) return static_cast<int>(i);
  return -1;
}

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

std::string iso_date(int y, int m, int d) {
  if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m) || y < 1 || y > 9999) return {};
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// M/D/Y, M/D/YY (D/M/Y when the first number is over 12); "" when `s` is no such date.
std::string slash_date(std::string_view s) {
  int parts[3] = {0, 0, 0};
  int digits[3] = {0, 0, 0};
  int k = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      if (++digits[k] > 4) return {};
      parts[k] = parts[k] * 10 + (c - '0');
    } else if ((c == '/' || c == '.' || c == '-') && k < 2 && digits[k] > 0) {
      ++k;
    } else {
      return {};
    }
  }
  if (k != 2 || digits[0] > 2 || digits[1] > 2 || (digits[2] != 2 && digits[2] != 4)) return {};
  int year = parts[2];
  if (digits[2] == 2) year += year < 69 ? 2000 : 1900;  // as strptime's %y
  return parts[0] > 12 ? iso_date(year, parts[1], parts[0]) : iso_date(year, parts[0], parts[1]);
}

// A date with a strptime format; "" when it does not match the whole value.
std::string formatted_date(const std::string& value, const std::string& format) {
  struct tm tm {};
  tm.tm_mday = 1;
  const char* end = strptime(value.c_str(), format.c_str(), &tm);
  if (!end) return {};
  while (*end == ' ') ++end;
  if (*end) return {};
  std::string date = iso_date(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
  if (!date.empty() && (tm.tm_hour || tm.tm_min || tm.tm_sec)) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", tm.tm_hour, tm.tm_min, tm.tm_sec);
    date += buf;
  }
  return date;
}

std::string csv_date(std::string_view raw, const std::string& format) {
  std::string value(raw);
  while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.pop_back();
  value.erase(0, std::min(value.size(), value.find_first_not_of(" \t")));
  if (value.empty()) return {};
  std::string iso = format.empty() ? normalize_date(value) : formatted_date(value, format);
  if (iso.empty() && format.empty()) iso = slash_date(value);
  return iso.empty() ? value : iso;  // an unrecognized date is kept as written
}

}  // namespace

bool parse_csv(std::string_view text, std::vector<std::vector<std::string>>& records, std::string& error) {
  InputStream in;
  in.open_memory(text);
  CsvRecordReader reader(in, text.size() + 1);
  CsvRecord r;
  records.clear();
  while (reader.next(r)) {
    if (!r.error.empty()) {
      error = "line " + std::to_string(r.line) + ": " + r.error;
      return false;
    }
    records.push_back(std::move(r.fields));
  }
  return true;
}

void read_csv_stream(InputStream& in, const std::string& name, const ReadOptions& options,
                     const DocumentSink& on_document, const ProblemSink& on_problem, ReadStats& stats) {
  auto error = [&](int64_t at, std::string message) {
    on_problem({Problem::Severity::error, name, at, std::move(message)});
    ++stats.failed_documents;
  };
  CsvRecordReader reader(in, options.max_document_bytes);
  CsvRecord row;
  if (!reader.next(row) || !row.error.empty() || row.too_long) {
    error(0, row.error.empty() ? std::string("no header row") : "the header row is malformed: " + row.error);
    return;
  }
  std::vector<std::string> header;
  for (std::string& h : row.fields) header.push_back(trim_lower(h));
  if (header[0].rfind("\xEF\xBB\xBF", 0) == 0) header[0].erase(0, 3);  // byte order mark

  const CsvColumns& named = options.csv_columns;
  std::string columns;
  for (const std::string& h : header) columns += (columns.empty() ? "" : ", ") + h;
  struct Field {
    const char* what;
    const char* flag;
    const std::string& named;
    int column;
  };
  Field fields[] = {
      {"text", "--csv-text-column", named.text, find_column(header, named.text, kTextNames)},
      {"title", "--csv-title-column", named.title, find_column(header, named.title, kTitleNames)},
      {"date", "--csv-date-column", named.date, find_column(header, named.date, kDateNames)},
      {"id", "--csv-id-column", named.id, find_column(header, named.id, kIdNames)},
      {"url", "--csv-url-column", named.url, find_column(header, named.url, kUrlNames)},
      {"outlet", "--csv-outlet-column", named.outlet, find_column(header, named.outlet, kOutletNames)},
  };
  for (const Field& f : fields) {
    if (f.column == -2) {
      error(0, std::string("no column '") + f.named + "' for the " + f.what + " (the header has: " + columns + ")");
      return;
    }
  }
  if (fields[0].column < 0) {
    error(0, "no text column: name it with --csv-text-column (the header has: " + columns + ")");
    return;
  }

  const std::string base = name == "-" ? std::string("stdin") : std::filesystem::path(name).filename().string();
  const std::string explicit_charset = options.csv_encoding.empty() ? std::string()
                                                                    : canonical_charset(options.csv_encoding);
  bool warned_charset = false;
  std::vector<size_t> bad;
  // A field's bytes as UTF-8: converted from the named charset, else UTF-8 with windows-1252 for rows that are
  // not valid UTF-8. False when the named charset is unknown to ICU.
  auto decode = [&](std::string& field, const CsvRecord& r) {
    if (explicit_charset == "utf-8" || (explicit_charset.empty() && is_valid_utf8(field))) {
      if (!is_valid_utf8(field)) {
        bad.clear();
        field = repair_utf8(field, &bad);
        on_problem({Problem::Severity::warning, name, r.offset,
                    "line " + std::to_string(r.line) + ": invalid UTF-8 replaced by U+FFFD"});
      }
      return true;
    }
    std::string out;
    if (!convert_to_utf8(field, explicit_charset.empty() ? "windows-1252" : explicit_charset, out)) return false;
    if (explicit_charset.empty() && !warned_charset) {
      warned_charset = true;
      on_problem({Problem::Severity::warning, name, r.offset,
                  "line " + std::to_string(r.line) +
                      ": not valid UTF-8; this row and later such rows are read as windows-1252 (name the "
                      "charset with --csv-encoding)"});
    }
    field = std::move(out);
    return true;
  };

  while (reader.next(row)) {
    const std::string where = "line " + std::to_string(row.line) + ": ";
    if (row.fields.size() == 1 && row.fields[0].empty() && row.error.empty()) continue;  // blank line
    if (!row.error.empty()) {
      error(row.offset, where + row.error + "; row skipped");
      continue;
    }
    if (row.too_long) {
      error(row.offset, where + "longer than the limit of " + std::to_string(options.max_document_bytes) +
                            " bytes; row skipped");
      continue;
    }
    if (row.fields.size() != header.size()) {
      error(row.offset, where + std::to_string(row.fields.size()) + " fields where the header has " +
                            std::to_string(header.size()) + "; row skipped");
      continue;
    }
    std::string value[6];
    bool ok = true;
    for (size_t f = 0; f < 6 && ok; ++f) {
      if (fields[f].column < 0) continue;
      value[f] = std::move(row.fields[static_cast<size_t>(fields[f].column)]);
      ok = decode(value[f], row);
    }
    if (!ok) {
      error(0, "unknown charset '" + options.csv_encoding + "' (--csv-encoding)");
      return;
    }
    Document doc;
    doc.text = normalize_newlines(value[0]);
    if (doc.text.find_first_not_of(" \t\n") == std::string::npos) {
      error(row.offset, where + "empty text; row skipped");
      continue;
    }
    doc.title = std::move(value[1]);
    doc.date = csv_date(value[2], options.csv_date_format);
    doc.id = std::move(value[3]);
    doc.url = std::move(value[4]);
    doc.outlet = std::move(value[5]);
    if (doc.id.empty()) doc.id = base + ":" + std::to_string(row.line);
    doc.source = name + "#" + std::to_string(row.line);
    ++stats.documents;
    on_document(std::move(doc));
  }
  if (const StreamError* e = in.error())
    error(e->compressed_offset >= 0 ? e->compressed_offset : e->offset,
          e->message + " (the rows after it are lost)");
}

}  // namespace dunlin
