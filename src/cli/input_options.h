// Command-line options shared by every command that reads news files: --input-format, the JSON Lines field names,
// the CSV column names, charset and date format, and the document size limit.
#pragma once

#include <CLI/CLI.hpp>
#include <stdexcept>
#include <string>
#include <tuple>

#include "dunlin/read/charset.h"
#include "dunlin/read/reader.h"

namespace dunlin::cli {

struct InputFlags {
  std::string format = "auto";
  JsonlFieldNames fields;
  CsvColumns csv_columns;
  std::string csv_encoding, csv_date_format;
  size_t max_bytes = size_t{64} << 20;

  void add_to(CLI::App& cmd) {
    cmd.add_option("--input-format", format, "auto, text, html, jsonl, csv or warc (auto: from the file name)")
        ->check(CLI::IsMember({"auto", "text", "txt", "html", "jsonl", "csv", "warc"}))
        ->capture_default_str();
    for (auto [flag, field, what] : {std::tuple{"--jsonl-id-field", &fields.id, "document id"},
                                     {"--jsonl-text-field", &fields.text, "text"},
                                     {"--jsonl-title-field", &fields.title, "title"},
                                     {"--jsonl-date-field", &fields.date, "date"},
                                     {"--jsonl-url-field", &fields.url, "URL"},
                                     {"--jsonl-outlet-field", &fields.outlet, "outlet"}})
      cmd.add_option(flag, *field, std::string("JSON Lines: the field holding the ") + what)->capture_default_str();
    for (auto [flag, column, what] : {std::tuple{"--csv-id-column", &csv_columns.id, "document id"},
                                      {"--csv-text-column", &csv_columns.text, "text"},
                                      {"--csv-title-column", &csv_columns.title, "title"},
                                      {"--csv-date-column", &csv_columns.date, "date"},
                                      {"--csv-url-column", &csv_columns.url, "URL"},
                                      {"--csv-outlet-column", &csv_columns.outlet, "outlet"}})
      cmd.add_option(flag, *column,
                     std::string("CSV: the column holding the ") + what +
                         " (default: found from common column names; 'none': do not read it)");
    cmd.add_option("--csv-encoding", csv_encoding,
                   "CSV: the files' charset, e.g. cp1252 (default: UTF-8, rows that are not UTF-8 as windows-1252)");
    cmd.add_option("--csv-date-format", csv_date_format,
                   "CSV: strptime format of the date column, e.g. %d/%m/%Y (default: ISO, written and M/D/Y dates)");
    cmd.add_option("--max-document-bytes", max_bytes, "Skip (and report) documents larger than this")
        ->capture_default_str();
  }
  ReadOptions options() const {
    ReadOptions o;
    o.format = parse_input_format(format);
    o.jsonl_fields = fields;
    o.csv_columns = csv_columns;
    o.csv_encoding = csv_encoding;
    std::string probe;
    if (!csv_encoding.empty() && !convert_to_utf8("", canonical_charset(csv_encoding), probe))
      throw std::invalid_argument("--csv-encoding: unknown charset '" + csv_encoding + "'");
    o.csv_date_format = csv_date_format;
    o.max_document_bytes = max_bytes;
    return o;
  }
};

}  // namespace dunlin::cli
