// Hash maps and sets of std::string that are searched with a std::string_view, building no key string per lookup.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace dunlin {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;
template <class V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;
template <class V>
using StringMultimap = std::unordered_multimap<std::string, V, StringHash, std::equal_to<>>;

}  // namespace dunlin
