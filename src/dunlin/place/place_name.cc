// Place name normalization with utf8proc (see place_name.h).
#include "dunlin/place/place_name.h"

#include <utf8proc.h>

#include <cstdlib>

namespace dunlin::place {

namespace {

// The same result for ASCII input, without utf8proc's allocation (most names in English news are ASCII).
std::string normalize_ascii(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool pending_space = false;
  for (const char ch : name) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (c == '\'' || c == '`') continue;
    const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!alnum) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
  }
  return out;
}

}  // namespace

std::string normalize_place_name(std::string_view name) {
  bool ascii = true;
  for (const char c : name) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) return normalize_ascii(name);
  utf8proc_uint8_t* mapped = nullptr;
  const auto options = static_cast<utf8proc_option_t>(UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                                      UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
  const utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(name.data()),
                                          static_cast<utf8proc_ssize_t>(name.size()), &mapped, options);
  if (n < 0) return {};
  std::string out;
  out.reserve(static_cast<size_t>(n));
  bool pending_space = false;
  for (utf8proc_ssize_t i = 0; i < n;) {
    utf8proc_int32_t cp = 0;
    const utf8proc_ssize_t len = utf8proc_iterate(mapped + i, n - i, &cp);
    if (len <= 0) break;
    const bool apostrophe = cp == '\'' || cp == '`' || cp == 0xB4 || cp == 0x2018 || cp == 0x2019 ||
                            cp == 0x02BB || cp == 0x02BC || cp == 0x02BE || cp == 0x02BF || cp == 0x2032;
    if (!apostrophe) {
      const utf8proc_category_t cat = utf8proc_category(cp);
      const bool alnum = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
                         (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
      if (!alnum) {
        pending_space = !out.empty();
      } else {
        if (pending_space) out += ' ';
        pending_space = false;
        out.append(reinterpret_cast<const char*>(mapped + i), static_cast<size_t>(len));
      }
    }
    i += len;
  }
  std::free(mapped);
  return out;
}

}  // namespace dunlin::place
