#include "dunlin/read/reader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <stdexcept>
#include <system_error>

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

// Reads a whole file; false (with a problem reported) when it cannot be opened or read.
bool slurp(const std::string& path, std::string& out, const ProblemSink& on_problem) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    on_problem({Problem::Severity::error, path, -1, "cannot open file: " + std::error_code(errno, std::generic_category()).message()});
    return false;
  }
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) {
    on_problem({Problem::Severity::error, path, static_cast<int64_t>(out.size()), "read error"});
    return false;
  }
  return true;
}

// A NUL byte in the first 8 KiB marks a binary file (images, archives, executables), which is no article.
bool looks_binary(std::string_view bytes) {
  return bytes.substr(0, 8192).find('\0') != std::string_view::npos;
}

void read_text_input(const std::string& name, std::string_view bytes, const ReadOptions& options,
                     const DocumentSink& on_document, const ProblemSink& on_problem, ReadStats& stats) {
  if (bytes.empty()) {
    on_problem({Problem::Severity::error, name, 0, "empty file"});
    ++stats.failed_documents;
    return;
  }
  if (looks_binary(bytes)) {
    on_problem({Problem::Severity::error, name, static_cast<int64_t>(bytes.substr(0, 8192).find('\0')),
                "binary file (NUL byte): not a text article; use --input-format if this is wrong"});
    ++stats.failed_documents;
    return;
  }
  if (bytes.size() > options.max_document_bytes) {
    on_problem({Problem::Severity::error, name, static_cast<int64_t>(options.max_document_bytes),
                "document too large (" + std::to_string(bytes.size()) + " bytes; the limit is " +
                    std::to_string(options.max_document_bytes) + ")"});
    ++stats.failed_documents;
    return;
  }
  Document doc;
  if (!read_text_document(bytes, name, doc, on_problem)) {
    ++stats.failed_documents;
    return;
  }
  if (doc.id.empty()) doc.id = name == "-" ? std::string("stdin") : fs::path(name).filename().string();
  ++stats.documents;
  on_document(std::move(doc));
}

void read_one(const std::string& name, std::string_view bytes, const ReadOptions& options,
              const DocumentSink& on_document, const ProblemSink& on_problem, ReadStats& stats) {
  const InputFormat format = options.format == InputFormat::automatic ? format_from_path(name) : options.format;
  switch (format) {
    case InputFormat::automatic:
    case InputFormat::text:
      read_text_input(name, bytes, options, on_document, on_problem, stats);
      return;
    case InputFormat::html:
    case InputFormat::jsonl:
    case InputFormat::warc:
      on_problem({Problem::Severity::error, name, -1, "this input format is not supported yet"});
      ++stats.failed_documents;
      return;
  }
}

void read_path(const std::string& path, const ReadOptions& options, const DocumentSink& on_document,
               const ProblemSink& on_problem, ReadStats& stats) {
  std::string bytes;
  if (path == "-") {
    ++stats.files;
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    read_one("-", bytes, options, on_document, on_problem, stats);
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
  ++stats.files;
  if (!slurp(path, bytes, on_problem)) {
    ++stats.failed_documents;
    return;
  }
  read_one(path, bytes, options, on_document, on_problem, stats);
}

}  // namespace

InputFormat parse_input_format(std::string_view name) {
  if (name == "auto") return InputFormat::automatic;
  if (name == "text" || name == "txt") return InputFormat::text;
  if (name == "html") return InputFormat::html;
  if (name == "jsonl") return InputFormat::jsonl;
  if (name == "warc") return InputFormat::warc;
  throw std::invalid_argument("unknown input format '" + std::string(name) +
                              "' (expected auto, text, html, jsonl or warc)");
}

InputFormat format_from_path(std::string_view path) {
  if (ends_with(path, ".html") || ends_with(path, ".htm") || ends_with(path, ".xhtml")) return InputFormat::html;
  if (ends_with(path, ".jsonl") || ends_with(path, ".ndjson") || ends_with(path, ".jsonl.gz")) return InputFormat::jsonl;
  if (ends_with(path, ".warc") || ends_with(path, ".warc.gz")) return InputFormat::warc;
  return InputFormat::text;
}

ReadStats read_inputs(const std::vector<std::string>& paths, const ReadOptions& options,
                      const DocumentSink& on_document, const ProblemSink& on_problem) {
  ReadStats stats;
  ProblemSink sink = [&](const Problem& p) {
    if (p.severity == Problem::Severity::warning) ++stats.warnings;
    if (on_problem) on_problem(p);
  };
  for (const std::string& path : paths) read_path(path, options, on_document, sink, stats);
  return stats;
}

}  // namespace dunlin
