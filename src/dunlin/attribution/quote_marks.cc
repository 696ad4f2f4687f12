// Pairing quotation marks into quoted spans (see quote_marks.h).
#include "dunlin/attribution/quote_marks.h"

#include <algorithm>
#include <string_view>

namespace dunlin {
namespace {

enum class Mark { none, open, close, either, single_open, single_close };

Mark mark_of(std::string_view s) {
  if (s == "\"") return Mark::either;
  if (s == "\xE2\x80\x9C" || s == "\xE2\x80\x9E" || s == "\xC2\xAB" || s == "``") return Mark::open;   // “ „ « ``
  if (s == "\xE2\x80\x9D" || s == "\xC2\xBB" || s == "''") return Mark::close;                          // ” » ''
  if (s == "\xE2\x80\x98") return Mark::single_open;                                                      // ‘
  if (s == "\xE2\x80\x99") return Mark::single_close;                                                     // ’
  return Mark::none;
}

}  // namespace

bool is_quote_mark(std::string_view s) { return mark_of(s) != Mark::none || s == "'"; }

std::vector<QuoteSpan> find_quotes(const Document& doc) {
  std::vector<QuoteSpan> out;
  const size_t n_sent = doc.sentences.size();
  bool open = false;
  QuoteSpan current;
  bool single_open = false;
  QuoteSpan single;
  uint32_t last_token = 0;  // last token of the previous paragraph
  for (size_t s = 0; s < n_sent; ++s) {
    const uint32_t first = doc.sentences.first_token[s], end = doc.sentences.end_token[s];
    if (first == end) continue;
    const bool new_paragraph = s > 0 && doc.sentences.paragraph[s] != doc.sentences.paragraph[s - 1];
    if (new_paragraph) {
      single_open = false;
      if (open) {
        const Mark m = mark_of(doc.token_text(first));
        if (m == Mark::open || m == Mark::either) {
          ++current.paragraphs;  // the quote goes on: the mark re-opens it
        } else {
          current.end = last_token + 1;  // unclosed: it ends with its paragraph
          out.push_back(current);
          open = false;
        }
      }
    }
    for (uint32_t t = first; t < end; ++t) {
      const Mark m = mark_of(doc.token_text(t));
      if (m == Mark::none) continue;
      if (new_paragraph && t == first && open && current.paragraphs > 1 && current.open < first) continue;
      if (m == Mark::single_open && open && !single_open) {
        single = QuoteSpan{t, t + 1, t + 1, false, true, 1};
        single_open = true;
      } else if (m == Mark::single_close && single_open) {
        single.end = t;
        single.closed = true;
        out.push_back(single);
        single_open = false;
      } else if ((m == Mark::open || m == Mark::either) && !open) {
        current = QuoteSpan{t, t + 1, t + 1, false, false, 1};
        open = true;
      } else if ((m == Mark::close || m == Mark::either) && open) {
        current.end = t;
        current.closed = true;
        out.push_back(current);
        open = false;
        single_open = false;
      }
    }
    last_token = end - 1;
  }
  if (open) {
    current.end = last_token + 1;
    out.push_back(current);
  }
  std::sort(out.begin(), out.end(), [](const QuoteSpan& a, const QuoteSpan& b) { return a.open < b.open; });
  return out;
}

}  // namespace dunlin
