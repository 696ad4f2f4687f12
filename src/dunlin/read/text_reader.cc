#include <algorithm>
#include <cctype>

#include "dunlin/text/ascii.h"
#include "dunlin/read/reader.h"
#include "dunlin/text/utf8.h"

namespace dunlin {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Sets the field that a header key names; false when the key is not a header key.
bool set_header_field(std::string_view key, std::string_view value, Document& doc) {
  const std::string k = ascii_lower(key);
  std::string* field = k == "title" ? &doc.title
                       : k == "date" ? &doc.date
                       : k == "url" ? &doc.url
                       : k == "outlet" ? &doc.outlet
                       : k == "id" ? &doc.id
                                   : nullptr;
  if (!field) return false;
  *field = std::string(value);
  return true;
}

// Parses the header block if the text starts with one; returns the byte offset where the body starts (0 when
// there is no header). A header is a run of "Key: value" lines with known keys, ended by a blank line.
size_t parse_header(std::string_view text, Document& doc) {
  Document tmp;
  size_t pos = 0;
  int lines = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) return 0;  // a header must be followed by a blank line and a body
    std::string_view line = trim(text.substr(pos, eol - pos));
    if (line.empty()) {
      if (lines == 0) return 0;
      doc.title = std::move(tmp.title);
      doc.date = std::move(tmp.date);
      doc.url = std::move(tmp.url);
      doc.outlet = std::move(tmp.outlet);
      if (!tmp.id.empty()) doc.id = std::move(tmp.id);
      return eol + 1;
    }
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon > 10) return 0;
    if (!set_header_field(trim(line.substr(0, colon)), trim(line.substr(colon + 1)), tmp)) return 0;
    ++lines;
    pos = eol + 1;
  }
  return 0;
}

}  // namespace

std::string normalize_newlines(std::string_view text) {
  std::string out;
  size_t i = text.find('\r');
  if (i == std::string_view::npos) i = text.size();
  out.reserve(text.size());
  out.assign(text.substr(0, i));  // fast path: everything before the first \r is copied at once
  for (; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out.push_back(text[i]);
    }
  }
  while (!out.empty() && std::isspace(static_cast<unsigned char>(out.back()))) out.pop_back();
  return out;
}

bool read_text_document(std::string_view bytes, const std::string& source, Document& out,
                        const ProblemSink& on_problem) {
  std::vector<size_t> bad;
  std::string text = repair_utf8(bytes, &bad);
  if (!bad.empty() && on_problem) {
    on_problem({Problem::Severity::warning, source, static_cast<int64_t>(bad.front()),
                "invalid UTF-8 replaced by U+FFFD (" + std::to_string(bad.size()) + " sequence" +
                    (bad.size() == 1 ? "" : "s") + ", first at this offset)"});
  }
  // Drop a byte order mark.
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  text = normalize_newlines(text);
  out.source = source;
  const size_t body = parse_header(text, out);
  size_t start = body;
  while (start < text.size() && std::isspace(static_cast<unsigned char>(text[start]))) ++start;
  out.text = text.substr(start);
  if (out.text.empty()) {
    if (on_problem) on_problem({Problem::Severity::error, source, -1, "empty document: no text to read"});
    return false;
  }
  return true;
}

}  // namespace dunlin
