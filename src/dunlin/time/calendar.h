// Calendar arithmetic for temporal normalization: civil dates as day numbers (days since 1970-01-01, proleptic
// Gregorian, via std::chrono), ISO 8601 parsing and formatting, and the period helpers (weeks, months, seasons)
// that the temporal tagger's rules are written with.
#pragma once

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dunlin::time {

using Day = int32_t;  // days since 1970-01-01

struct Ymd {
  int year = 0;
  unsigned month = 0;  // 1..12
  unsigned day = 0;    // 1..31
};

Day to_day(int year, unsigned month, unsigned day);  // the date must be valid
Ymd to_ymd(Day d);
bool valid_date(int year, unsigned month, unsigned day);  // false for Feb 29 in a common year, Apr 31, ...
bool is_leap_year(int year);
unsigned days_in_month(int year, unsigned month);
unsigned weekday(Day d);  // 0 = Monday ... 6 = Sunday (ISO order)

// English month and weekday names, lower case: kMonthNames[m - 1] names month m, kWeekdayNames[weekday(d)] day d.
inline constexpr std::array<std::string_view, 12> kMonthNames = {"january", "february", "march",     "april",
                                                                 "may",     "june",     "july",      "august",
                                                                 "september", "october", "november", "december"};
inline constexpr std::array<std::string_view, 7> kWeekdayNames = {"monday", "tuesday",  "wednesday", "thursday",
                                                                  "friday", "saturday", "sunday"};
inline bool is_month_name(std::string_view lower) {
  return std::find(kMonthNames.begin(), kMonthNames.end(), lower) != kMonthNames.end();
}
inline bool is_weekday_name(std::string_view lower) {
  return std::find(kWeekdayNames.begin(), kWeekdayNames.end(), lower) != kWeekdayNames.end();
}

// "2019-01-04", "2019-01-04T09:30:00Z", "2019-01-04 09:30" -> the date; "2019-01" and "2019" give a partial
// Ymd (day or month 0). Returns nullopt for anything else or an invalid date.
std::optional<Ymd> parse_iso_date(std::string_view s);
std::string format_day(Day d);  // "2019-01-04"

// Periods as inclusive day ranges.
struct Period {
  Day first = 0;
  Day last = 0;
};
Period month_period(int year, unsigned month);
Period year_period(int year);
Period week_period(Day d);  // the Monday..Sunday week containing d
// Adds `months` calendar months to (year, month).
void add_months(int& year, unsigned& month, int months);

}  // namespace dunlin::time
