// Calendar arithmetic on std::chrono's civil calendar (see calendar.h).
#include "dunlin/time/calendar.h"

#include <charconv>
#include <cstdio>

namespace dunlin::time {

namespace chr = std::chrono;

Day to_day(int year, unsigned month, unsigned day) {
  const chr::sys_days d{chr::year{year} / chr::month{month} / chr::day{day}};
  return static_cast<Day>(d.time_since_epoch().count());
}

Ymd to_ymd(Day d) {
  const chr::year_month_day ymd{chr::sys_days{chr::days{d}}};
  return {static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day())};
}

bool valid_date(int year, unsigned month, unsigned day) {
  if (year < -30000 || year > 30000 || month < 1 || month > 12 || day < 1 || day > 31) return false;
  return (chr::year{year} / chr::month{month} / chr::day{day}).ok();
}

bool is_leap_year(int year) { return chr::year{year}.is_leap(); }

unsigned days_in_month(int year, unsigned month) {
  return static_cast<unsigned>((chr::year{year} / chr::month{month} / chr::last).day());
}

unsigned weekday(Day d) { return chr::weekday{chr::sys_days{chr::days{d}}}.iso_encoding() - 1; }

namespace {
bool parse_digits(std::string_view s, size_t pos, size_t n, int& out) {
  if (pos + n > s.size()) return false;
  for (size_t i = pos; i < pos + n; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  std::from_chars(s.data() + pos, s.data() + pos + n, out);
  return true;
}
}  // namespace

std::optional<Ymd> parse_iso_date(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
    s.remove_suffix(1);
  int y = 0, m = 0, d = 0;
  if (!parse_digits(s, 0, 4, y)) return std::nullopt;
  if (s.size() == 4) return Ymd{y, 0, 0};
  if (s.size() < 7 || s[4] != '-' || !parse_digits(s, 5, 2, m) || m < 1 || m > 12) return std::nullopt;
  if (s.size() == 7) return Ymd{y, static_cast<unsigned>(m), 0};
  if (s.size() < 10 || s[7] != '-' || !parse_digits(s, 8, 2, d)) return std::nullopt;
  if (s.size() > 10 && s[10] != 'T' && s[10] != ' ' && s[10] != 't') return std::nullopt;
  if (!valid_date(y, static_cast<unsigned>(m), static_cast<unsigned>(d))) return std::nullopt;
  return Ymd{y, static_cast<unsigned>(m), static_cast<unsigned>(d)};
}

std::string format_day(Day d) {
  const Ymd x = to_ymd(d);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", x.year, x.month, x.day);
  return buf;
}

Period month_period(int year, unsigned month) {
  return {to_day(year, month, 1), to_day(year, month, days_in_month(year, month))};
}

Period year_period(int year) { return {to_day(year, 1, 1), to_day(year, 12, 31)}; }

Period week_period(Day d) {
  const Day monday = d - static_cast<Day>(weekday(d));
  return {monday, monday + 6};
}

void add_months(int& year, unsigned& month, int months) {
  int index = year * 12 + static_cast<int>(month) - 1 + months;
  year = index >= 0 ? index / 12 : -((-index + 11) / 12);
  month = static_cast<unsigned>(index - year * 12) + 1;
}

}  // namespace dunlin::time
