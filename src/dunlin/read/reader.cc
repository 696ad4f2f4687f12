#include "dunlin/read/reader.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <stdexcept>
#include <system_error>

#include "dunlin/read/date_normalize.h"
#include "dunlin/read/input_stream.h"
#include "dunlin/read/stream_readers.h"

namespace dunlin {
namespace fs = std::filesystem;

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    char a = s[s.size() - suffix.size() + i];
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
    if (a != suffix[i]) return false;
  }
  return true;
}

// A NUL byte in the first 8 KiB marks a binary file (images, archives, executables), which is no article.
bool looks_binary(std::string_view bytes) {
  return bytes.substr(0, 8192).find('\0') != std::string_view::npos;
}

// The format of standard input (or any input without a telling name), from its first bytes (after gzip
// decompression): "WARC/" -> warc, "{" -> jsonl, an HTML start -> html, else text.
InputFormat sniff_format(std::string_view head) {
  const size_t first = head.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return InputFormat::text;
  head.remove_prefix(first);
  if (head.rfind("\xEF\xBB\xBF", 0) == 0) head.remove_prefix(3);
  if (head.rfind("WARC/", 0) == 0) return InputFormat::warc;
  if (head.rfind("{", 0) == 0) return InputFormat::jsonl;
  std::string lower(head.substr(0, 64));
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower.rfind("<!doctype html", 0) == 0 || lower.rfind("<html", 0) == 0 || lower.rfind("<head", 0) == 0 ||
      lower.rfind("<!--", 0) == 0 || lower.rfind("<meta", 0) == 0)
    return InputFormat::html;
  return InputFormat::text;
}

// Text and HTML: one document per file, read whole (up to the size limit) and then parsed.
void read_whole_document(InputStream& in, InputFormat format, const std::string& name, const ReadOptions& options,
                         const DocumentSink& on_document, const ProblemSink& on_problem, ReadStats& stats) {
  std::string bytes;
  const size_t limit = options.max_document_bytes;
  in.read_exact(bytes, limit + 1);
  if (const StreamError* e = in.error()) {
    on_problem({Problem::Severity::error, name, e->compressed_offset >= 0 ? e->compressed_offset : e->offset,
                e->message});
    ++stats.failed_documents;
    return;
  }
  if (bytes.size() > limit) {
    on_problem({Problem::Severity::error, name, static_cast<int64_t>(limit),
                "document too large (more than the limit of " + std::to_string(limit) + " bytes); skipped"});
    ++stats.failed_documents;
    return;
  }
  Document doc;
  const bool ok = format == InputFormat::html ? read_html_document(bytes, name, doc, on_problem)
                                              : read_text_document(bytes, name, doc, on_problem);
  if (!ok) {
    ++stats.failed_documents;
    return;
  }
  if (doc.id.empty()) doc.id = name == "-" ? std::string("stdin") : fs::path(name).filename().string();
  ++stats.documents;
  on_document(std::move(doc));
}

// One file or standard input, in any format: the stream is opened once (gzip is undone transparently) and the
// format's reader streams from it, so JSON Lines and WARC files of any size are never held in memory.
void read_stream(const std::string& name, const ReadOptions& options, const DocumentSink& on_document,
                 const ProblemSink& on_problem, ReadStats& stats) {
  ++stats.files;
  InputStream in;
  std::string open_error;
  if (!in.open(name, open_error)) {
    on_problem({Problem::Severity::error, name, -1, open_error});
    ++stats.failed_documents;
    return;
  }
  const size_t head_size = in.fill(8192);
  const std::string_view head = in.buffered().substr(0, head_size);
  if (head.empty()) {
    if (const StreamError* e = in.error())
      on_problem({Problem::Severity::error, name, e->compressed_offset >= 0 ? e->compressed_offset : e->offset,
                  e->message});
    else
      on_problem({Problem::Severity::error, name, 0, "empty file"});
    ++stats.failed_documents;
    return;
  }
  InputFormat format = options.format;
  if (format == InputFormat::automatic) format = name == "-" ? sniff_format(head) : format_from_path(name);
  // WARC blocks may hold binary payloads; every other format is text, so a NUL byte means a wrong file.
  if (format == InputFormat::warc ? head.find_first_not_of(" \t\r\n") == std::string_view::npos ||
                                        head.substr(head.find_first_not_of(" \t\r\n"), 5) != "WARC/"
                                  : looks_binary(head)) {
    const int64_t at = format == InputFormat::warc ? 0 : static_cast<int64_t>(head.find('\0'));
    on_problem({Problem::Severity::error, name, at,
                format == InputFormat::warc
                    ? std::string("not a WARC file (it does not start with a 'WARC/1.x' line)")
                    : std::string("binary file (NUL byte): not a text article; use --input-format if this is wrong")});
    ++stats.failed_documents;
    return;
  }
  switch (format) {
    case InputFormat::jsonl:
      read_jsonl_stream(in, name, options, on_document, on_problem, stats);
      return;
    case InputFormat::csv:
      read_csv_stream(in, name, options, on_document, on_problem, stats);
      return;
    case InputFormat::warc:
      read_warc_stream(in, name, options, on_document, on_problem, stats);
      return;
    case InputFormat::html:
    case InputFormat::text:
    case InputFormat::automatic:
      read_whole_document(in, format == InputFormat::html ? InputFormat::html : InputFormat::text, name, options,
                          on_document, on_problem, stats);
      return;
  }
}

void read_path(const std::string& path, const ReadOptions& options, const DocumentSink& on_document,
               const ProblemSink& on_problem, ReadStats& stats) {
  if (path == "-") {
    read_stream("-", options, on_document, on_problem, stats);
    return;
  }
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    on_problem({Problem::Severity::error, path, -1, "no such file or directory"});
    ++stats.failed_documents;
    return;
  }
  if (fs::is_directory(status)) {
    std::vector<std::string> files;
    for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      const std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') {  // hidden files and folders (.git, .DS_Store) are no articles
        if (it->is_directory()) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file()) files.push_back(it->path().string());
    }
    if (ec) on_problem({Problem::Severity::error, path, -1, "cannot list directory: " + ec.message()});
    std::sort(files.begin(), files.end());
    for (const std::string& file : files) read_path(file, options, on_document, on_problem, stats);
    return;
  }
  read_stream(path, options, on_document, on_problem, stats);
}

}  // namespace

InputFormat parse_input_format(std::string_view name) {
  if (name == "auto") return InputFormat::automatic;
  if (name == "text" || name == "txt") return InputFormat::text;
  if (name == "html") return InputFormat::html;
  if (name == "jsonl") return InputFormat::jsonl;
  if (name == "warc") return InputFormat::warc;
  if (name == "csv") return InputFormat::csv;
  throw std::invalid_argument("unknown input format '" + std::string(name) +
                              "' (expected auto, text, html, jsonl, csv or warc)");
}

InputFormat format_from_path(std::string_view path) {
  if (ends_with(path, ".gz")) path.remove_suffix(3);  // x.warc.gz, x.jsonl.gz, x.csv.gz, x.html.gz, x.txt.gz
  if (ends_with(path, ".html") || ends_with(path, ".htm") || ends_with(path, ".xhtml")) return InputFormat::html;
  if (ends_with(path, ".jsonl") || ends_with(path, ".ndjson")) return InputFormat::jsonl;
  if (ends_with(path, ".warc")) return InputFormat::warc;
  if (ends_with(path, ".csv")) return InputFormat::csv;
  return InputFormat::text;
}

ReadStats read_inputs(const std::vector<std::string>& paths, const ReadOptions& options,
                      const DocumentSink& on_document, const ProblemSink& on_problem) {
  ReadStats stats;
  ProblemSink sink = [&](const Problem& p) {
    if (p.severity == Problem::Severity::warning) ++stats.warnings;
    if (on_problem) on_problem(p);
  };
  // A date no reader could read is kept as written; the story is then dated from its dateline, if it has one.
  // Say so once per document, or a mistyped date column silently undates the whole input.
  // (A year or a year and month alone, "2020" or "2020-05", is read as such: it dates a dateline's day and month.)
  const auto year_or_month = [](std::string_view d) {
    const auto digits = [&](size_t from, size_t n) {
      return std::all_of(d.begin() + from, d.begin() + from + n, [](char c) { return c >= '0' && c <= '9'; });
    };
    return (d.size() == 4 && digits(0, 4)) || (d.size() == 7 && digits(0, 4) && d[4] == '-' && digits(5, 2));
  };
  DocumentSink checked = [&](Document&& doc) {
    if (!doc.date.empty() && !year_or_month(doc.date) && normalize_date(doc.date).empty())
      sink({Problem::Severity::warning, doc.source.empty() ? doc.id : doc.source, -1,
            "document '" + doc.id + "': date '" + doc.date +
                "' is not a date dunlin reads (such as 2020-05-11 or 11 May 2020); the story date is taken from its "
                "dateline, if it has one"});
    on_document(std::move(doc));
  };
  for (const std::string& path : paths) read_path(path, options, checked, sink, stats);
  return stats;
}

}  // namespace dunlin
