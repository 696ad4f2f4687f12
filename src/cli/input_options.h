// Command-line options shared by every command that reads news files: --input-format, the JSON Lines field names
// and the document size limit.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <tuple>

#include "dunlin/read/reader.h"

namespace dunlin::cli {

struct InputFlags {
  std::string format = "auto";
  JsonlFieldNames fields;
  size_t max_bytes = size_t{64} << 20;

  void add_to(CLI::App& cmd) {
    cmd.add_option("--input-format", format, "auto, text, html, jsonl or warc (auto: from the file name)")
        ->check(CLI::IsMember({"auto", "text", "txt", "html", "jsonl", "warc"}))
        ->capture_default_str();
    for (auto [flag, field, what] : {std::tuple{"--jsonl-id-field", &fields.id, "document id"},
                                     {"--jsonl-text-field", &fields.text, "text"},
                                     {"--jsonl-title-field", &fields.title, "title"},
                                     {"--jsonl-date-field", &fields.date, "date"},
                                     {"--jsonl-url-field", &fields.url, "URL"},
                                     {"--jsonl-outlet-field", &fields.outlet, "outlet"}})
      cmd.add_option(flag, *field, std::string("JSON Lines: the field holding the ") + what)->capture_default_str();
    cmd.add_option("--max-document-bytes", max_bytes, "Skip (and report) documents larger than this")
        ->capture_default_str();
  }
  ReadOptions options() const {
    ReadOptions o;
    o.format = parse_input_format(format);
    o.jsonl_fields = fields;
    o.max_document_bytes = max_bytes;
    return o;
  }
};

}  // namespace dunlin::cli
