// Character sets of web pages: finding the charset a page declares and converting it to UTF-8 with ICU.
#pragma once

#include <string>
#include <string_view>

namespace dunlin {

// The charset named by a byte order mark, or else by <meta charset=...> / <meta http-equiv="Content-Type"
// content="...; charset=..."> in the first 4 KiB of the page; "" when none. The name is returned as written
// (lower-cased, quotes removed).
std::string sniff_html_charset(std::string_view bytes);

// The charset parameter of a MIME Content-Type value ("text/html; charset=ISO-8859-1" -> "iso-8859-1"), or "".
std::string charset_from_content_type(std::string_view content_type);

// Canonical label for the few charsets that need special treatment: "utf-8" for its aliases; "windows-1252" for
// "iso-8859-1", "latin1" and "us-ascii" (which browsers, following the WHATWG Encoding standard, decode as
// windows-1252); else the label itself.
std::string canonical_charset(std::string_view label);

// Converts `bytes` from `charset` to UTF-8 with ICU. Bytes that are invalid in the charset become U+FFFD. False
// when ICU does not know the charset.
bool convert_to_utf8(std::string_view bytes, const std::string& charset, std::string& out);

}  // namespace dunlin
