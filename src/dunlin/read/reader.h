// Readers: turn files of news (plain text, HTML, JSON Lines, CSV, WARC; files, directories, standard input) into
// Documents. A reader never throws on bad input: every problem is reported with its file and position, and the
// other documents are still read.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dunlin/document.h"
#include "dunlin/problem.h"

namespace dunlin {

enum class InputFormat { automatic, text, html, jsonl, warc, csv };

// "auto", "text", "html", "jsonl", "warc", "csv" -> format; throws std::invalid_argument on anything else.
InputFormat parse_input_format(std::string_view name);
// The format a path's name implies (".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".warc", ".csv", else text), after
// removing a ".gz" suffix (gzip input is decompressed whatever the format).
InputFormat format_from_path(std::string_view path);

struct JsonlFieldNames {
  std::string id = "id";
  std::string text = "text";
  std::string title = "title";
  std::string date = "date";
  std::string url = "url";
  std::string outlet = "outlet";
};

// The CSV columns that hold each field of a document. Empty: found from the header's column names (case-
// insensitive; docs/input-formats.md lists them: text, content, body, article_content, ...); "none": not read
// even when a column of a known name exists.
struct CsvColumns {
  std::string id, text, title, date, url, outlet;
};

struct ReadOptions {
  InputFormat format = InputFormat::automatic;
  JsonlFieldNames jsonl_fields;
  CsvColumns csv_columns;
  // CSV: the charset of the files (any ICU converter name whose ASCII bytes are ASCII: "windows-1252",
  // "iso-8859-15", "utf-8"). Empty: UTF-8, and a row whose bytes are not valid UTF-8 is read as windows-1252.
  std::string csv_encoding;
  // CSV: strptime format of the date column ("%d/%m/%Y"). Empty: the forms normalize_date knows, and
  // M/D/Y or M/D/YY (month first, as en-US spreadsheets write it; D/M/Y when the first number is over 12).
  std::string csv_date_format;
  // A single document (or JSON line, or WARC record) larger than this is skipped with an error.
  size_t max_document_bytes = size_t{64} << 20;
};

struct ReadStats {
  size_t files = 0;
  size_t documents = 0;        // handed to on_document
  size_t failed_documents = 0;  // documents or files lost to an error
  size_t warnings = 0;
};

using DocumentSink = std::function<void(Document&&)>;

// Reads each path in order: a regular file, a directory (recursively, files sorted by name, hidden files skipped),
// or "-" for standard input. The format is ReadOptions::format, else the file name's (format_from_path), else for
// standard input the first bytes' (WARC/, {, <html ...). Gzip input is decompressed. Documents go to
// `on_document` as they are read (JSON Lines and WARC files are streamed, never held whole in memory); problems
// to `on_problem`. One bad document or file never stops the others.
ReadStats read_inputs(const std::vector<std::string>& paths, const ReadOptions& options,
                      const DocumentSink& on_document, const ProblemSink& on_problem);

// Plain text: one article. Optional header lines ("Title:", "Date:", "URL:", "Outlet:", "ID:") before a blank line
// set the metadata; the rest is the text. `source` names the input in problems and in Document::source.
// Invalid UTF-8 is replaced by U+FFFD and reported as a warning with its byte offset.
bool read_text_document(std::string_view bytes, const std::string& source, Document& out,
                        const ProblemSink& on_problem);

// HTML page: the main article text (boilerplate such as navigation, scripts, related-link, share and comment
// boxes dropped; one paragraph per block element, paragraphs separated by "\n\n") and the page's metadata
// (title, publication date normalized to ISO 8601, outlet, canonical URL). The page is converted to UTF-8 from
// the charset that `http_charset` (a Content-Type header's charset, when known) or the page itself declares.
// Returns false (with an error reported) when the page holds no text. See docs/input-formats.md.
bool read_html_document(std::string_view bytes, const std::string& source, Document& out,
                        const ProblemSink& on_problem, std::string_view http_charset = {});

// One JSON Lines record -> Document. False with `error` set when the line is not a JSON object or its text field
// is missing or not a string. Metadata fields that are present but not strings are ignored. `id` stays empty when
// the record has none.
bool parse_jsonl_record(std::string_view line, const JsonlFieldNames& fields, Document& out, std::string& error);

// Splits CSV text (RFC 4180: comma-separated, fields in double quotes may hold commas, line breaks and doubled
// quotes "") into records. False with `error` set at the first malformed record (a character after a closing
// quote, a quoted field not closed). For tests and small inputs; files are streamed by read_inputs.
bool parse_csv(std::string_view text, std::vector<std::vector<std::string>>& records, std::string& error);

// Normalizes line ends (\r\n, \r -> \n) and trims trailing white space of the text; keeps blank lines, which mark
// paragraphs.
std::string normalize_newlines(std::string_view text);

}  // namespace dunlin
