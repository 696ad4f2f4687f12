// JSON Lines reader: one article per line ({"id": ..., "text": ..., "title": ..., "date": ..., "url": ...,
// "outlet": ...}, field names configurable), read line by line from a buffered (possibly gzip) stream.
#include <filesystem>
#include <nlohmann/json.hpp>

#include "dunlin/read/date_normalize.h"
#include "dunlin/read/stream_readers.h"
#include "dunlin/text/utf8.h"

namespace dunlin {

bool parse_jsonl_record(std::string_view line, const JsonlFieldNames& fields, Document& out, std::string& error) {
  const nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    // Parse again with exceptions only to get the parser's message (bad lines are rare).
    try {
      const nlohmann::json again = nlohmann::json::parse(line);
      (void)again;
      error = "invalid JSON";
    } catch (const nlohmann::json::parse_error& e) {
      std::string what = e.what();
      const size_t at = what.find("] ");
      error = "invalid JSON: " + (at == std::string::npos ? what : what.substr(at + 2));
    }
    return false;
  }
  if (!j.is_object()) {
    error = "the line is JSON but not an object";
    return false;
  }
  const auto text = j.find(fields.text);
  if (text == j.end()) {
    error = "no \"" + fields.text + "\" field";
    return false;
  }
  if (!text->is_string()) {
    error = "the \"" + fields.text + "\" field is not a string";
    return false;
  }
  out.text = normalize_newlines(text->get_ref<const std::string&>());
  auto get = [&](const std::string& name, std::string& dst) {
    if (name.empty()) return;
    const auto it = j.find(name);
    if (it == j.end()) return;
    if (it->is_string()) dst = it->get<std::string>();
    else if (it->is_number_integer()) dst = std::to_string(it->get<int64_t>());  // numeric ids
  };
  get(fields.id, out.id);
  get(fields.title, out.title);
  get(fields.url, out.url);
  get(fields.outlet, out.outlet);
  std::string date;
  get(fields.date, date);
  if (!date.empty()) {
    const std::string iso = normalize_date(date);
    out.date = iso.empty() ? date : iso;  // an unrecognized date is kept as written
  }
  return true;
}

void read_jsonl_stream(InputStream& in, const std::string& name, const ReadOptions& options,
                       const DocumentSink& on_document, const ProblemSink& on_problem, ReadStats& stats) {
  std::string line;
  std::string error;
  bool too_long = false;
  size_t line_number = 0;
  const std::string base = name == "-" ? std::string("stdin") : std::filesystem::path(name).filename().string();
  std::vector<size_t> bad;
  for (;;) {
    const int64_t line_start = in.offset();
    if (!in.read_line(line, options.max_document_bytes, too_long)) {
      if (const StreamError* e = in.error()) {
        on_problem({Problem::Severity::error, name, e->compressed_offset >= 0 ? e->compressed_offset : e->offset,
                    e->message + " (after line " + std::to_string(line_number) + ")"});
        ++stats.failed_documents;
        if (in.resume()) continue;
      }
      break;
    }
    ++line_number;
    if (!in.last_line_complete() && in.error()) {  // the line was cut by corrupt or truncated gzip data
      const StreamError* e = in.error();
      on_problem({Problem::Severity::error, name, e->compressed_offset >= 0 ? e->compressed_offset : e->offset,
                  e->message + " (line " + std::to_string(line_number) + " is lost)"});
      ++stats.failed_documents;
      // Reading goes on at the next gzip member (concatenated .gz files start at a line start); the lines
      // lost inside the corrupt member are not counted, so later line numbers count the lines actually read.
      if (in.resume()) continue;
      break;
    }
    if (too_long) {
      on_problem({Problem::Severity::error, name, line_start,
                  "line " + std::to_string(line_number) + ": longer than the limit of " +
                      std::to_string(options.max_document_bytes) + " bytes; skipped"});
      ++stats.failed_documents;
      continue;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;  // blank lines are allowed
    // Invalid UTF-8 is repaired before parsing (the JSON parser would reject the whole line).
    if (!is_valid_utf8(line)) {
      bad.clear();
      line = repair_utf8(line, &bad);
      on_problem({Problem::Severity::warning, name, line_start + static_cast<int64_t>(bad.front()),
                  "line " + std::to_string(line_number) + ": invalid UTF-8 replaced by U+FFFD (" +
                      std::to_string(bad.size()) + " sequence" + (bad.size() == 1 ? "" : "s") +
                      ", first at this offset)"});
    }
    Document doc;
    if (!parse_jsonl_record(line, options.jsonl_fields, doc, error)) {
      on_problem({Problem::Severity::error, name, line_start,
                  "line " + std::to_string(line_number) + ": " + error + "; skipped"});
      ++stats.failed_documents;
      continue;
    }
    if (doc.text.find_first_not_of(" \t\n") == std::string::npos) {
      on_problem({Problem::Severity::error, name, line_start,
                  "line " + std::to_string(line_number) + ": empty text; skipped"});
      ++stats.failed_documents;
      continue;
    }
    if (doc.id.empty()) doc.id = base + ":" + std::to_string(line_number);
    doc.source = name + "#" + std::to_string(line_number);
    ++stats.documents;
    on_document(std::move(doc));
  }
}

}  // namespace dunlin
