// The Document: one article, its metadata, and the annotation layers that the pipeline's stages add.
//
// A document flows one way through the stages (read -> segment -> tag/parse -> entities -> actors -> events ...).
// Each stage reads the layers that earlier stages left and adds its own; no stage rewrites another's layer.
//
// Offsets. Inside the library every span is a pair of *byte* offsets into `text` (UTF-8), which makes slicing
// free. Everything that leaves the library (JSON, CoNLL-U misc, databases) reports *code point* offsets, so a
// Python or JavaScript user can slice the original text with them; `CodepointIndex` converts. `text` is the
// article as read, after invalid UTF-8 was replaced by U+FFFD (each replacement is reported by the reader).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dunlin {

struct ByteSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
};

// Tokens as parallel arrays (no per-token heap objects). A token's surface is text[begin, end).
struct TokenLayer {
  std::vector<uint32_t> begin;
  std::vector<uint32_t> end;
  std::vector<uint8_t> space_after;  // 1 when white space follows the token in the text

  size_t size() const { return begin.size(); }
  bool empty() const { return begin.empty(); }
  void clear() {
    begin.clear();
    end.clear();
    space_after.clear();
  }
  void add(uint32_t b, uint32_t e, bool space) {
    begin.push_back(b);
    end.push_back(e);
    space_after.push_back(space ? 1 : 0);
  }
};

// Sentences as token ranges [first_token, end_token), each inside one paragraph.
struct SentenceLayer {
  std::vector<uint32_t> first_token;
  std::vector<uint32_t> end_token;
  std::vector<uint32_t> paragraph;  // index into ParagraphLayer

  size_t size() const { return first_token.size(); }
  bool empty() const { return first_token.empty(); }
  void clear() {
    first_token.clear();
    end_token.clear();
    paragraph.clear();
  }
  void add(uint32_t first, uint32_t end, uint32_t para) {
    first_token.push_back(first);
    end_token.push_back(end);
    paragraph.push_back(para);
  }
};

// Paragraphs (and headlines, captions, list items: any block the reader or the text's blank lines separate),
// as byte spans of the text.
struct ParagraphLayer {
  std::vector<ByteSpan> span;
  size_t size() const { return span.size(); }
  bool empty() const { return span.empty(); }
  void clear() { span.clear(); }
};

// Temporal expressions (time/): where a date is said and what it means, normalized against the story date.
// Dates are days since 1970-01-01 in the proleptic Gregorian calendar; a value covers [first_day, last_day]
// (inclusive). An expression that cannot be anchored (a relative one in an undated story) has resolved = 0.
enum class TimePrecision : uint8_t { day, week, month, season, quarter, half_year, year, range };
enum class TimeKind : uint8_t { absolute, relative, fuzzy };
enum class StoryDateSource : uint8_t { undated, metadata, dateline };

struct TimeExpressionLayer {
  std::vector<ByteSpan> span;
  std::vector<int32_t> first_day;
  std::vector<int32_t> last_day;
  std::vector<TimePrecision> precision;
  std::vector<TimeKind> kind;
  std::vector<uint8_t> resolved;
  // The story date the values were anchored on (valid when story_date_source != undated).
  int32_t story_day = 0;
  StoryDateSource story_date_source = StoryDateSource::undated;

  size_t size() const { return span.size(); }
  bool empty() const { return span.empty(); }
  void clear() { *this = TimeExpressionLayer{}; }
};

struct Document {
  // Metadata. Empty when unknown; `date` is ISO 8601 ("2020-05-11" or "2020-05-11T09:30:00Z").
  std::string id;
  std::string url;
  std::string title;
  std::string outlet;
  std::string date;
  std::string language = "en";
  std::string source;  // where it was read from: a path, "path#record", or "-" for standard input

  std::string text;  // valid UTF-8

  // Layers, in the order the stages add them.
  ParagraphLayer paragraphs;
  TokenLayer tokens;
  SentenceLayer sentences;
  TimeExpressionLayer times;

  std::string_view slice(ByteSpan s) const { return std::string_view(text).substr(s.begin, s.end - s.begin); }
  std::string_view token_text(size_t i) const {
    return std::string_view(text).substr(tokens.begin[i], tokens.end[i] - tokens.begin[i]);
  }
  ByteSpan sentence_span(size_t s) const {
    const uint32_t first = sentences.first_token[s], last = sentences.end_token[s];
    if (first == last) return {};
    return {tokens.begin[first], tokens.end[last - 1]};
  }
};

}  // namespace dunlin
