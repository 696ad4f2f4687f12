// The deduplication rule: when two event mentions (from different sentences or articles) describe one real-world
// event. Explained with examples in docs/store.md. Pure functions, so the rule is tested on its own.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace dunlin::store {

// Date ranges whose gap is at most this many days still match ("on Monday" in one report, "on Tuesday" in a
// report that dated the same strike by its publication day).
inline constexpr int32_t kDateWindowDays = 1;
// A mention dated only coarsely (a range longer than this: "in March", "this year") matches only an event with
// exactly the same range, so that a vague mention never swallows the precise events of its month or year.
inline constexpr int32_t kCoarseRangeDays = 7;

struct DayRange {
  int32_t first = 0, last = 0;  // inclusive, days since 1970-01-01
  int32_t length() const { return last - first + 1; }
};

// The same CAMEO root: two reports of one happening often code it differently within the root ("criticized" 111
// and "accused" 112; "shelled" 194 and "bombed" 195), while actors and dates already pin the happening down.
// "111" and "112" match, "19" and "1951" match, "19" and "18" do not.
bool cameo_compatible(std::string_view a, std::string_view b);

// Both undated, or both dated with ranges that overlap or are at most kDateWindowDays apart; when either range is
// coarse (longer than kCoarseRangeDays) only the same range matches.
bool dates_compatible(const std::optional<DayRange>& a, const std::optional<DayRange>& b);

// Places match when either is unknown or both name the same place (today: a country code).
bool places_compatible(std::string_view a, std::string_view b);

}  // namespace dunlin::store
