// Quotation marks: pairs them into quoted spans over the tokens of a Document, paragraph by paragraph.
//
// Double marks (straight ", curly “ ”, low „, guillemets « », TeX `` '') make quotes; curly single marks ‘ ’ make
// quotes only inside a double quote (nested quotes: a straight ' is an apostrophe too often to count). A quote
// left open at the end of a paragraph continues when the next paragraph opens with a mark (the convention for
// quotes over several paragraphs); otherwise it ends with its paragraph.
#pragma once

#include <cstdint>
#include <vector>

#include "dunlin/document.h"

namespace dunlin {

struct QuoteSpan {
  uint32_t open = 0;         // the opening mark's token
  uint32_t first = 0;        // first token inside
  uint32_t end = 0;          // one past the last token inside (the closing mark's token, when there is one)
  bool closed = false;       // ended by a closing mark (not by the end of a paragraph)
  bool nested = false;       // a single-mark quote inside a double one
  uint32_t paragraphs = 1;   // how many paragraphs it spans
};

// True when token text `s` is a quotation mark of any kind.
bool is_quote_mark(std::string_view s);

// All quotes of the document, ordered by their opening mark.
std::vector<QuoteSpan> find_quotes(const Document& doc);

}  // namespace dunlin
