// Temporal expressions: the story date of a document, and a recognizer + normalizer of the dates an article
// mentions ("December 11, 2017", "last Tuesday", "three days ago", "late April"), each anchored on the story date.
//
// Conventions (the rules a reader of the output needs to know):
// - Story date: the metadata date; else the dateline at the top of the text ("DAMASCUS, May 11 (Reuters) -",
//   "Tuesday, October 8, 2019"). A dateline without a year takes the year from a partial metadata date ("2019"),
//   else the story is undated. Never today's date: relative expressions in an undated story stay unresolved.
// - Tense: the nearest tense marker before the expression in its sentence decides (will, would, 'll, shall,
//   scheduled, planned, expected, due, upcoming, set to, going to -> future; was, were, had, did, said, ago, an
//   -ed verb -> past); with none before, the nearest one after; with none at all, past (news reports the past).
// - A weekday ("on Tuesday", "Tuesday night") is the most recent such day on or before the story date in the past
//   tense ("on Tuesday" in a Tuesday story is the story day), the next one on or after it in the future tense.
//   "last Tuesday" is the most recent Tuesday strictly before the story date, "next Tuesday" the first one after.
// - A month or a month+day without a year is its most recent occurrence on or before the story date (so "in
//   December" in a January story is the previous December), or its next occurrence in the future tense. One
//   exception: a month+day up to 30 days after the story date is that coming day whatever the tense (news does
//   not name a day eleven months back without its year).
// - Fuzzy parts of a month: early = days 1-10, mid = 11-20, late = 21-end ("the beginning of" = early, "the
//   middle of" = mid, "the end of" = late). Of a year: early = January-April, mid = May-August, late =
//   September-December. Of a week: early = Monday-Wednesday, mid = Tuesday-Thursday, late = Thursday-Sunday. Of
//   a decade ("the early 1990s"): years 0-3, 4-6, 7-9. Halves and quarters of a year are calendar ones.
// - Seasons are meteorological, northern hemisphere: spring March-May, summer June-August, autumn (fall)
//   September-November, winter December-February; "winter 2019" is the winter that begins in December 2019.
//   "this spring" is the spring of the story's year (for winter: the one containing the story date, or the next).
// - Weeks run Monday-Sunday. "last week" is the calendar week before the story's week; "the past week" and "the
//   past 10 days" are ranges ending on the story date. "N days ago" is a day, "N weeks ago" the week containing
//   the day 7N days back, "N months ago" a month, "N years ago" a year.
// - "overnight" is the night before the story date: the range [story date - 1, story date].
// - Numeric dates: "2017-12-11" always; "11/12/2017" only when unambiguous (one part > 12, or both equal).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dunlin/document.h"
#include "dunlin/time/calendar.h"

namespace dunlin::time {

struct TimeValue {
  Day first = 0;  // inclusive
  Day last = 0;   // inclusive
  TimePrecision precision = TimePrecision::day;
  bool resolved = false;  // false: the expression is relative or lacks a year and the story is undated
  friend bool operator==(const TimeValue&, const TimeValue&) = default;
};

// Canonical value: "2017-12-11" (day), "2017-12" (month), "2017" (year), "2019-04-21/2019-04-30" (any other
// precision), "unresolved".
std::string to_string(const TimeValue& v);
const char* to_string(TimePrecision p);
const char* to_string(TimeKind k);

struct TimeExpression {
  ByteSpan span;
  TimeValue value;
  TimeKind kind = TimeKind::absolute;
  // What the text itself states of an absolute date (0 = not stated): "May 11" -> {0, 5, 11}.
  Ymd stated;
};

struct StoryDate {
  std::optional<Day> day;  // nullopt: undated
  StoryDateSource source = StoryDateSource::undated;
  ByteSpan dateline;  // the dateline's date in the text, when one was read
};

// The document's story date (see the conventions above).
StoryDate story_date(const Document& doc);

// All temporal expressions in `text`, left to right, without overlaps, normalized against `story_day`.
std::vector<TimeExpression> find_time_expressions(std::string_view text, std::optional<Day> story_day);

// The tokens [first, end) of `tokens` (sorted, non-overlapping) that overlap `span`: maps an expression found on
// the raw text onto the tokenizer's tokens. first == end when none overlaps.
std::pair<uint32_t, uint32_t> token_range(const TokenLayer& tokens, ByteSpan span);

// The pipeline stage: fills Document::times (story date + expressions). Stateless, thread-safe.
class TemporalTagger {
 public:
  void annotate(Document& doc) const;
};

}  // namespace dunlin::time
