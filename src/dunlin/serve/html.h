// Small pieces of HTML writing for the browse pages: escaping, query strings, and a sentence with marked spans
// (the evidence of an event with its source, verb, target, date and place highlighted).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dunlin/text/markup.h"  // html_escape

namespace dunlin::serve {

// A URL query component: unreserved characters kept, everything else (UTF-8 bytes included) as %XX.
std::string url_encode(std::string_view text);

// "?actor=RUS&root=11" from (name, value) pairs; pairs with an empty value are left out ("" when none is left).
std::string query_string(const std::vector<std::pair<std::string, std::string>>& params);

// A span of `text` to mark, in Unicode code points from the start of `text`; `label` becomes the title (tooltip).
struct Mark {
  size_t start = 0, end = 0;
  std::string css_class;  // "source", "target", "verb", "date", "place"
  std::string label;
};

// `text` escaped, each stretch covered by marks wrapped in <mark class="..." title="...">. Marks may nest or
// overlap (a target "his counterpart in Athens" holds the place "Athens"): every stretch gets the classes of all
// the marks over it. Marks outside the text are clipped; empty ones are dropped. Invalid UTF-8 is escaped byte by
// byte as it is (the stored text is valid UTF-8).
std::string highlight(std::string_view text, const std::vector<Mark>& marks);

}  // namespace dunlin::serve
