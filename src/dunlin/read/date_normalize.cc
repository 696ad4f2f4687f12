// normalize_date: a small hand-written parser for the date forms news pages use (see date_normalize.h).
#include "dunlin/read/date_normalize.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <optional>
#include <vector>

namespace dunlin {
namespace {

struct DateTime {
  int year = 0, month = 0, day = 0;
  bool has_time = false;
  int hour = 0, minute = 0, second = 0;
  bool has_zone = false;
  int zone_minutes = 0;  // offset east of UTC
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool valid(const DateTime& d) {
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d.year < 1000 || d.year > 9999 || d.month < 1 || d.month > 12 || d.day < 1) return false;
  if (d.day > kDays[d.month - 1] || (d.month == 2 && d.day == 29 && !leap(d.year))) return false;
  if (d.has_time && (d.hour > 23 || d.minute > 59 || d.second > 60)) return false;
  if (d.has_zone && (d.zone_minutes < -14 * 60 || d.zone_minutes > 14 * 60)) return false;
  return true;
}

std::string format(const DateTime& d) {
  char buf[64];
  if (!d.has_time) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
  }
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", d.year, d.month, d.day, d.hour, d.minute,
                d.second);
  std::string out = buf;
  if (d.has_zone) {
    if (d.zone_minutes == 0) {
      out += 'Z';
    } else {
      const int m = d.zone_minutes < 0 ? -d.zone_minutes : d.zone_minutes;
      std::snprintf(buf, sizeof buf, "%c%02d:%02d", d.zone_minutes < 0 ? '-' : '+', m / 60, m % 60);
      out += buf;
    }
  }
  return out;
}

// Reads exactly `n` digits at s[i]; advances i.
std::optional<int> digits(std::string_view s, size_t& i, size_t n) {
  if (i + n > s.size()) return std::nullopt;
  int v = 0;
  for (size_t k = 0; k < n; ++k) {
    if (!is_digit(s[i + k])) return std::nullopt;
    v = v * 10 + (s[i + k] - '0');
  }
  i += n;
  return v;
}

// Reads 1 to `max` digits.
std::optional<int> some_digits(std::string_view s, size_t& i, size_t max) {
  size_t n = 0;
  int v = 0;
  while (i + n < s.size() && n < max && is_digit(s[i + n])) v = v * 10 + (s[i + n++] - '0');
  if (n == 0 || (i + n < s.size() && is_digit(s[i + n]))) return std::nullopt;
  i += n;
  return v;
}

// "+hh:mm", "+hhmm", "+hh", "Z" at s[i]; advances i.
bool parse_offset(std::string_view s, size_t& i, int& minutes) {
  if (i < s.size() && (s[i] == 'Z' || s[i] == 'z')) {
    ++i;
    minutes = 0;
    return true;
  }
  if (i >= s.size() || (s[i] != '+' && s[i] != '-')) return false;
  const int sign = s[i] == '-' ? -1 : 1;
  size_t j = i + 1;
  auto hh = digits(s, j, 2);
  if (!hh) return false;
  int mm = 0;
  if (j < s.size() && s[j] == ':') ++j;
  if (j < s.size() && is_digit(s[j])) {
    auto m = digits(s, j, 2);
    if (!m) return false;
    mm = *m;
  }
  minutes = sign * (*hh * 60 + mm);
  i = j;
  return true;
}

// "hh:mm[:ss[.fff]]" at s[i]; advances i.
bool parse_clock(std::string_view s, size_t& i, DateTime& d) {
  size_t j = i;
  auto h = some_digits(s, j, 2);
  if (!h || j >= s.size() || s[j] != ':') return false;
  ++j;
  auto m = digits(s, j, 2);
  if (!m) return false;
  int sec = 0;
  if (j < s.size() && s[j] == ':') {
    ++j;
    auto sc = digits(s, j, 2);
    if (!sc) return false;
    sec = *sc;
    if (j < s.size() && (s[j] == '.' || s[j] == ',')) {
      ++j;
      while (j < s.size() && is_digit(s[j])) ++j;
    }
  }
  d.has_time = true;
  d.hour = *h;
  d.minute = *m;
  d.second = sec;
  i = j;
  return true;
}

std::optional<int> zone_name(std::string_view w) {
  static constexpr std::pair<std::string_view, int> kZones[] = {
      {"gmt", 0},        {"utc", 0},        {"ut", 0},         {"z", 0},         {"est", -5 * 60},
      {"edt", -4 * 60},  {"cst", -6 * 60},  {"cdt", -5 * 60},  {"mst", -7 * 60}, {"mdt", -6 * 60},
      {"pst", -8 * 60},  {"pdt", -7 * 60}};
  for (const auto& [name, off] : kZones)
    if (w == name) return off;
  return std::nullopt;
}

// ISO 8601 and the compact / slashed variants. The whole string must be consumed.
std::optional<DateTime> parse_iso(std::string_view s) {
  DateTime d;
  size_t i = 0;
  auto y = digits(s, i, 4);
  if (!y) return std::nullopt;
  d.year = *y;
  if (i < s.size() && (s[i] == '-' || s[i] == '/')) {
    const char sep = s[i++];
    auto m = some_digits(s, i, 2);
    if (!m || i >= s.size() || s[i] != sep) return std::nullopt;
    ++i;
    auto dd = some_digits(s, i, 2);
    if (!dd) return std::nullopt;
    d.month = *m;
    d.day = *dd;
  } else {
    auto m = digits(s, i, 2);
    auto dd = m ? digits(s, i, 2) : std::nullopt;
    if (!dd) return std::nullopt;
    d.month = *m;
    d.day = *dd;
  }
  if (i == s.size()) return d;
  if (s[i] != 'T' && s[i] != 't' && s[i] != ' ') return std::nullopt;
  ++i;
  if (!parse_clock(s, i, d)) return std::nullopt;
  while (i < s.size() && s[i] == ' ') ++i;
  if (i == s.size()) return d;
  int off = 0;
  if (parse_offset(s, i, off)) {
    d.has_zone = true;
    d.zone_minutes = off;
  } else {
    size_t j = i;
    std::string w;
    while (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j]))) w += lower(s[j++]);
    auto z = zone_name(w);
    if (!z) return std::nullopt;
    d.has_zone = true;
    d.zone_minutes = *z;
    i = j;
  }
  return i == s.size() ? std::optional<DateTime>(d) : std::nullopt;
}

int month_from_word(std::string_view w) {
  static constexpr std::string_view kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                                 "july",    "august",   "september", "october", "november", "december"};
  if (w.size() < 3) return 0;
  for (int m = 0; m < 12; ++m) {
    if (w.size() <= kMonths[m].size() && kMonths[m].substr(0, w.size()) == w) return m + 1;
  }
  if (w == "sept") return 9;
  return 0;
}

bool is_weekday(std::string_view w) {
  static constexpr std::string_view kDays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                               "friday", "saturday", "sunday"};
  if (w.size() < 3) return false;
  for (auto d : kDays)
    if (w.size() <= d.size() && d.substr(0, w.size()) == w) return true;
  return w == "tues" || w == "thur" || w == "thurs";
}

// Written dates: words, numbers and a clock in any of the usual orders.
std::optional<DateTime> parse_written(std::string_view s) {
  DateTime d;
  int day = 0;
  bool pm = false, am = false;
  size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == ' ' || c == ',' || c == '.' || c == '\t') {
      ++i;
      continue;
    }
    if (std::isalpha(static_cast<unsigned char>(c))) {
      std::string w;
      while (i < s.size() && std::isalpha(static_cast<unsigned char>(s[i]))) w += lower(s[i++]);
      if (const int m = month_from_word(w); m && !d.month) {
        d.month = m;
      } else if (is_weekday(w) || w == "at" || w == "on" || w == "of") {
      } else if (w == "am" || w == "a" || w == "pm" || w == "p") {
        (w[0] == 'p' ? pm : am) = true;
        if (i < s.size() && s[i] == '.') ++i;
        if (w.size() == 1 && i < s.size() && (s[i] == 'm' || s[i] == 'M')) ++i;
      } else if (auto z = zone_name(w); z && d.has_time && !d.has_zone) {
        d.has_zone = true;
        d.zone_minutes = *z;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) {  // "GMT+0200"
          int off = 0;
          if (!parse_offset(s, i, off)) return std::nullopt;
          d.zone_minutes = off;
        }
      } else {
        return std::nullopt;
      }
      continue;
    }
    if ((c == '+' || c == '-') && d.has_time && !d.has_zone) {
      int off = 0;
      if (!parse_offset(s, i, off)) return std::nullopt;
      d.has_zone = true;
      d.zone_minutes = off;
      continue;
    }
    if (is_digit(c)) {
      size_t j = i;
      if (!d.has_time && parse_clock(s, j, d)) {
        i = j;
        continue;
      }
      auto n = some_digits(s, i, 4);
      if (!n) return std::nullopt;
      const size_t len = static_cast<size_t>(i - j);
      if (len == 4) {
        if (d.year) return std::nullopt;
        d.year = *n;
      } else if (!day) {
        day = *n;
        // ordinal suffix: 1st, 2nd, 3rd, 11th
        if (i + 1 < s.size()) {
          const char a = lower(s[i]), b = lower(s[i + 1]);
          if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h'))
            i += 2;
        }
      } else {
        return std::nullopt;
      }
      continue;
    }
    return std::nullopt;
  }
  if (!d.year || !d.month || !day) return std::nullopt;
  d.day = day;
  if (pm || am) {
    if (!d.has_time || d.hour < 1 || d.hour > 12) return std::nullopt;
    if (pm && d.hour != 12) d.hour += 12;
    if (am && d.hour == 12) d.hour = 0;
  }
  return d;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string normalize_date(std::string_view text) {
  const std::string_view s = trim(text);
  if (s.empty() || s.size() > 80) return {};
  std::optional<DateTime> d = parse_iso(s);
  if (!d) d = parse_written(s);
  if (!d || !valid(*d)) return {};
  return format(*d);
}

}  // namespace dunlin
