// Small ASCII helpers shared by the stages: case folding that does not depend on the locale (non-ASCII bytes, as in
// UTF-8 sequences, are left alone) and membership in a short word list.
#pragma once

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>

namespace dunlin {

inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

inline bool is_one_of(std::string_view s, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), s) != set.end();
}

}  // namespace dunlin
