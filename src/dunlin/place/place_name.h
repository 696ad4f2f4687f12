// Normalized place names: the lookup key of the gazetteer. "Deir ez-Zor", "DEIR EZ ZOR" and "Deir ez‑Zor" all
// become "deir ez zor"; "Ḩamāh" becomes "hamah"; "Ma‘arrat an Nu‘mān" becomes "maarrat an numan".
#pragma once

#include <string>
#include <string_view>

namespace dunlin::place {

// Compatibility decomposition, accents stripped, case folded (utf8proc); apostrophes and ayin/hamza marks
// (' ’ ‘ ʻ ʼ ʿ ʾ ` ´) removed; every other character that is not a letter or digit becomes a space; runs of
// spaces collapse; no leading or trailing space. Invalid UTF-8 yields "".
std::string normalize_place_name(std::string_view name);

}  // namespace dunlin::place
