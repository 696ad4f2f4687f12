// HTML escaping, query strings and marked spans for the browse pages.
#include "dunlin/serve/html.h"

#include <algorithm>
#include <set>

#include "dunlin/text/utf8.h"

namespace dunlin::serve {

std::string url_encode(std::string_view text) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
        c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::string query_string(const std::vector<std::pair<std::string, std::string>>& params) {
  std::string out;
  for (const auto& [name, value] : params) {
    if (value.empty()) continue;
    out += out.empty() ? '?' : '&';
    out += url_encode(name) + '=' + url_encode(value);
  }
  return out;
}

std::string highlight(std::string_view text, const std::vector<Mark>& marks) {
  // Byte offset of every code point boundary, so marks in code points can cut the text.
  std::vector<size_t> byte_at;
  for (size_t pos = 0; pos < text.size();) {
    byte_at.push_back(pos);
    decode_utf8(text, pos);
  }
  const size_t length = byte_at.size();
  byte_at.push_back(text.size());

  // Cut the text at every mark boundary; each piece is covered by the same marks throughout.
  std::set<size_t> cuts = {0, length};
  std::vector<Mark> kept;
  for (Mark m : marks) {
    m.end = std::min(m.end, length);
    if (m.start >= m.end) continue;
    cuts.insert(m.start);
    cuts.insert(m.end);
    kept.push_back(std::move(m));
  }
  std::string out;
  for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
    const size_t from = *it, to = *std::next(it);
    const std::string piece = html_escape(text.substr(byte_at[from], byte_at[to] - byte_at[from]));
    std::string classes, labels;
    for (const Mark& m : kept) {
      if (m.start > from || m.end < to) continue;
      if (classes.find(m.css_class) == std::string::npos) classes += (classes.empty() ? "" : " ") + m.css_class;
      if (!m.label.empty()) labels += (labels.empty() ? "" : "; ") + m.label;
    }
    if (classes.empty()) {
      out += piece;
    } else {
      out += "<mark class=\"" + html_escape(classes) + "\"";
      if (!labels.empty()) out += " title=\"" + html_escape(labels) + "\"";
      out += ">" + piece + "</mark>";
    }
  }
  return out;
}

}  // namespace dunlin::serve
