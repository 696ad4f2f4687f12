// Charset sniffing (BOM, <meta>) and conversion to UTF-8 with ICU's converters.
#include "dunlin/text/ascii.h"
#include "dunlin/read/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <cctype>
#include <memory>

namespace dunlin {
namespace {

// The value after "charset=" in `s` (quotes and separators removed), or "".
std::string charset_after(std::string_view s) {
  const std::string l = ascii_lower(s);
  const size_t at = l.find("charset");
  if (at == std::string::npos) return {};
  size_t i = at + 7;
  while (i < l.size() && (l[i] == ' ' || l[i] == '\t')) ++i;
  if (i >= l.size() || l[i] != '=') return {};
  ++i;
  while (i < l.size() && (l[i] == ' ' || l[i] == '"' || l[i] == '\'')) ++i;
  size_t j = i;
  while (j < l.size() && (std::isalnum(static_cast<unsigned char>(l[j])) || l[j] == '-' || l[j] == '_' ||
                          l[j] == ':' || l[j] == '.'))
    ++j;
  return l.substr(i, j - i);
}

}  // namespace

std::string charset_from_content_type(std::string_view content_type) { return charset_after(content_type); }

std::string sniff_html_charset(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return "utf-8";
  if (bytes.substr(0, 2) == "\xFF\xFE") return "utf-16le";
  if (bytes.substr(0, 2) == "\xFE\xFF") return "utf-16be";
  const std::string head = ascii_lower(bytes.substr(0, 4096));
  // Each <meta ...> tag: either a charset attribute, or http-equiv content-type with charset= in its content.
  for (size_t at = head.find("<meta"); at != std::string::npos; at = head.find("<meta", at + 5)) {
    const size_t close = head.find('>', at);
    const std::string_view tag = std::string_view(head).substr(at, close == std::string::npos ? std::string::npos
                                                                                              : close - at);
    std::string cs = charset_after(tag);
    if (!cs.empty()) return cs;
  }
  return {};
}

std::string canonical_charset(std::string_view label) {
  std::string l = ascii_lower(label);
  if (l == "utf-8" || l == "utf8" || l == "unicode-1-1-utf-8" || l == "x-unicode20utf8") return "utf-8";
  if (l == "iso-8859-1" || l == "iso8859-1" || l == "latin1" || l == "latin-1" || l == "l1" || l == "us-ascii" ||
      l == "ascii" || l == "cp1252" || l == "windows-1252" || l == "x-cp1252" || l == "iso_8859-1")
    return "windows-1252";
  return l;
}

bool convert_to_utf8(std::string_view bytes, const std::string& charset, std::string& out) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> from(ucnv_open(charset.c_str(), &status), ucnv_close);
  if (U_FAILURE(status) || !from) return false;
  status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> to(ucnv_open("UTF-8", &status), ucnv_close);
  if (U_FAILURE(status) || !to) return false;
  // Unmappable input bytes become U+FFFD.
  status = U_ZERO_ERROR;
  ucnv_setToUCallBack(from.get(), UCNV_TO_U_CALLBACK_SUBSTITUTE, nullptr, nullptr, nullptr, &status);

  out.clear();
  out.reserve(bytes.size() + bytes.size() / 2);
  UChar pivot[4096];
  UChar* pivot_source = pivot;
  UChar* pivot_target = pivot;
  const char* source = bytes.data();
  const char* source_limit = bytes.data() + bytes.size();
  char chunk[16384];
  for (;;) {
    char* target = chunk;
    status = U_ZERO_ERROR;
    ucnv_convertEx(to.get(), from.get(), &target, chunk + sizeof chunk, &source, source_limit, pivot,
                   &pivot_source, &pivot_target, pivot + 4096, /*reset=*/false, /*flush=*/true, &status);
    out.append(chunk, static_cast<size_t>(target - chunk));
    if (status == U_BUFFER_OVERFLOW_ERROR) continue;
    return U_SUCCESS(status);
  }
}

}  // namespace dunlin
