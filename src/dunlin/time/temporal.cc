// The temporal tagger: a rule-based recognizer over the word scanner's words and the normalization rules stated
// in temporal.h.
#include "dunlin/time/temporal.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <unordered_map>

#include "dunlin/time/word_scanner.h"

namespace dunlin::time {
namespace {

// ---- Lexicon ---------------------------------------------------------------------------------------------------

enum class Cat : uint8_t {
  none,
  month,        // january..december, value 1..12
  month_abbr,   // jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec
  weekday,      // monday..sunday, value 0..6
  unit,         // day(s)=1, week(s)=2, month(s)=3, year(s)=4, weekend(s)=5
  season,       // spring=1, summer=2, autumn/fall=3, winter=4
  number_word,  // a/an/one..twenty, thirty
  ordinal_word, // first..fourth
  deictic,      // today=0, yesterday=-1, tomorrow=1, tonight=2, overnight=3
  modifier,     // last=1, this=2, next=3, past=4, coming=5
  fuzzy,        // early=1, mid=2, late=3, earlier=4, later=5
  edge,         // beginning/start=1, middle=2, end=3
  part_of_day,  // morning, afternoon, evening, night
  half,
  quarter,
};

struct Lex {
  Cat cat = Cat::none;
  int8_t value = 0;
};

const std::unordered_map<std::string_view, Lex>& lexicon() {
  static const std::unordered_map<std::string_view, Lex> table = [] {
    std::unordered_map<std::string_view, Lex> t;
    for (int i = 0; i < 12; ++i) t[kMonthNames[i]] = {Cat::month, static_cast<int8_t>(i + 1)};
    const std::pair<const char*, int> abbr[] = {{"jan", 1}, {"feb", 2},  {"mar", 3},  {"apr", 4},  {"jun", 6},
                                                {"jul", 7}, {"aug", 8},  {"sep", 9},  {"sept", 9}, {"oct", 10},
                                                {"nov", 11}, {"dec", 12}};
    for (auto [w, m] : abbr) t[w] = {Cat::month_abbr, static_cast<int8_t>(m)};
    for (int i = 0; i < 7; ++i) t[kWeekdayNames[i]] = {Cat::weekday, static_cast<int8_t>(i)};
    const std::pair<const char*, int> units[] = {{"day", 1},   {"days", 1},   {"week", 2},    {"weeks", 2},
                                                 {"month", 3}, {"months", 3}, {"year", 4},    {"years", 4},
                                                 {"weekend", 5}, {"weekends", 5}};
    for (auto [w, u] : units) t[w] = {Cat::unit, static_cast<int8_t>(u)};
    const std::pair<const char*, int> seasons[] = {
        {"spring", 1}, {"summer", 2}, {"autumn", 3}, {"fall", 3}, {"winter", 4}};
    for (auto [w, s] : seasons) t[w] = {Cat::season, static_cast<int8_t>(s)};
    const char* numbers[] = {"zero",  "one",   "two",    "three",    "four",     "five",    "six",
                             "seven", "eight", "nine",   "ten",      "eleven",   "twelve",  "thirteen",
                             "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
    for (int i = 1; i <= 20; ++i) t[numbers[i]] = {Cat::number_word, static_cast<int8_t>(i)};
    t["thirty"] = {Cat::number_word, 30};
    t["a"] = {Cat::number_word, 1};
    t["an"] = {Cat::number_word, 1};
    t["first"] = {Cat::ordinal_word, 1};
    t["second"] = {Cat::ordinal_word, 2};
    t["third"] = {Cat::ordinal_word, 3};
    t["fourth"] = {Cat::ordinal_word, 4};
    t["today"] = {Cat::deictic, 0};
    t["yesterday"] = {Cat::deictic, -1};
    t["tomorrow"] = {Cat::deictic, 1};
    t["tonight"] = {Cat::deictic, 2};
    t["overnight"] = {Cat::deictic, 3};
    t["last"] = {Cat::modifier, 1};
    t["this"] = {Cat::modifier, 2};
    t["next"] = {Cat::modifier, 3};
    t["past"] = {Cat::modifier, 4};
    t["coming"] = {Cat::modifier, 5};
    t["early"] = {Cat::fuzzy, 1};
    t["mid"] = {Cat::fuzzy, 2};
    t["late"] = {Cat::fuzzy, 3};
    t["earlier"] = {Cat::fuzzy, 4};
    t["later"] = {Cat::fuzzy, 5};
    t["beginning"] = {Cat::edge, 1};
    t["start"] = {Cat::edge, 1};
    t["middle"] = {Cat::edge, 2};
    t["end"] = {Cat::edge, 3};
    for (const char* p : {"morning", "afternoon", "evening", "night"}) t[p] = {Cat::part_of_day, 0};
    t["half"] = {Cat::half, 0};
    t["quarter"] = {Cat::quarter, 0};
    return t;
  }();
  return table;
}

bool one_of(std::string_view w, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// Prepositions and modifiers after which a bare month name or a bare year is a date.
bool date_trigger(std::string_view w) {
  return one_of(w, {"in", "on", "since", "until", "till", "by", "during", "from", "to", "through", "throughout",
                    "before", "after", "of", "around", "between", "circa", "and", "or", "early", "late", "mid",
                    "last", "this", "next", "until", "within", "for"});
}

// ---- Matcher ---------------------------------------------------------------------------------------------------

struct Match {
  size_t first = 0, end = 0;  // word range
  TimeValue value;
  TimeKind kind = TimeKind::absolute;
  Ymd stated;
  int weekday = -1;  // a bare weekday ("Friday", "on Friday"), for ranges such as "Wednesday through Friday"
};

class Matcher {
 public:
  Matcher(std::string_view text, std::optional<Day> story) : text_(text), scan_(scan_words(text)), story_(story) {
    const auto& lex = lexicon();
    lex_.resize(scan_.words.size());
    for (size_t i = 0; i < scan_.words.size(); ++i) {
      const Word& w = scan_.words[i];
      if (w.type != WordType::alpha) continue;
      const auto it = lex.find(scan_.lower_of(w));
      if (it != lex.end()) lex_[i] = it->second;
    }
    if (story_) story_ymd_ = to_ymd(*story_);
  }

  std::vector<TimeExpression> run() {
    std::vector<TimeExpression> out;
    const size_t n = scan_.words.size();
    size_t previous_end = 0;
    int previous_weekday = -1;
    for (size_t i = 0; i < n;) {
      Match m;
      if (match_at(i, m)) {
        // "Wednesday through Friday": the second weekday is the first such day after the first one.
        if (m.weekday >= 0 && previous_weekday >= 0 && !out.empty() && m.first == previous_end + 1 &&
            (one_of(lw(previous_end), {"through", "to", "until", "till", "and", "thru"}) ||
             punct(previous_end, '-')) && out.back().value.resolved) {
          const Day from = out.back().value.first;
          const Day d = from + 1 + (m.weekday - static_cast<int>(weekday(from + 1)) + 7) % 7;
          m.value = day_value(d);
        }
        previous_end = m.end;
        previous_weekday = m.weekday;
        if (m.value.resolved && m.value.precision == TimePrecision::day && m.value.first == m.value.last)
          last_day_ = m.value.first;
        TimeExpression e;
        e.span = {scan_.words[m.first].begin, scan_.words[m.end - 1].end};
        e.value = m.value;
        e.kind = m.kind;
        e.stated = m.stated;
        out.push_back(e);
        i = m.end;
      } else {
        ++i;
      }
    }
    return out;
  }

 private:
  // ---- word access ----
  size_t size() const { return scan_.words.size(); }
  std::string_view lw(size_t i) const { return i < size() ? scan_.lower_of(scan_.words[i]) : std::string_view(); }
  const Word& word(size_t i) const { return scan_.words[i]; }
  Cat cat(size_t i) const { return i < size() ? lex_[i].cat : Cat::none; }
  int val(size_t i) const { return lex_[i].value; }
  bool is(size_t i, std::string_view w) const { return i < size() && lw(i) == w; }
  bool punct(size_t i, char c) const {
    return i < size() && word(i).type == WordType::punct && word(i).end - word(i).begin == 1 && text_[word(i).begin] == c;
  }
  bool title_or_caps(size_t i) const { return word(i).capitalized; }
  // Word i directly follows word i-1 with no space ("mid-March": "-" then "March").
  bool glued(size_t i) const { return i < size() && !word(i).space_before; }

  int number(size_t i, int max_digits = 4) const {  // digits word -> value, else -1
    if (i >= size() || word(i).type != WordType::digits) return -1;
    const auto s = lw(i);
    if (s.size() > static_cast<size_t>(max_digits)) return -1;
    int v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
  }
  // "11", "11th", "1st", "22nd", "3rd" -> day of month 1..31, else -1.
  int day_number(size_t i) const {
    if (i >= size()) return -1;
    const Word& w = word(i);
    auto s = lw(i);
    if (w.type == WordType::alnum) {
      if (s.size() < 3) return -1;
      const auto suffix = s.substr(s.size() - 2);
      if (!one_of(suffix, {"st", "nd", "rd", "th"})) return -1;
      s.remove_suffix(2);
      if (s.empty() || s.size() > 2 || !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return -1;
    } else if (w.type != WordType::digits || s.size() > 2) {
      return -1;
    }
    int v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v >= 1 && v <= 31 ? v : -1;
  }
  int year_number(size_t i, int lo = 1000, int hi = 2999) const {
    if (i >= size() || word(i).type != WordType::digits || lw(i).size() != 4) return -1;
    const int y = number(i);
    return y >= lo && y <= hi ? y : -1;
  }
  // A number of units: digits (1..999) or a number word.
  int count(size_t i) const {
    if (cat(i) == Cat::number_word) return val(i);
    const int v = number(i, 3);
    return v >= 1 ? v : -1;
  }

  // A month name at i (full name, or an abbreviation with an optional "."); returns the month and sets `end`.
  // Month names must be capitalised ("march" is a verb or a noun); an abbreviation must be followed by a number.
  int month_at(size_t i, size_t& end) const {
    if (i >= size()) return 0;
    if (cat(i) == Cat::month && word(i).capitalized) {
      end = i + 1;
      return val(i);
    }
    if (cat(i) == Cat::month_abbr && word(i).capitalized) {
      end = i + 1;
      if (punct(end, '.') && glued(end)) ++end;
      if (day_number(end) > 0 || year_number(end) > 0) return val(i);
    }
    return 0;
  }

  // A capitalised month name that is a person's name or a verb ("Theresa May said", "May I"): "May" after a
  // capitalised word that is not the sentence's first word, or before "'s".
  bool month_is_name(size_t i) const {
    if (lw(i) != "may") return false;
    if (i > 0 && word(i - 1).type == WordType::alpha && word(i - 1).capitalized && !sentence_start(i - 1) &&
        !date_trigger(lw(i - 1)))
      return true;
    if (i + 2 < size() && (punct(i + 1, '\'') || lw(i + 1) == "\xE2\x80\x99") && lw(i + 2) == "s") return true;
    return false;
  }

  bool sentence_start(size_t i) const {
    if (i == 0 || word(i).newline_before) return true;
    const Word& p = word(i - 1);
    if (p.type != WordType::punct) return false;
    const char c = text_[p.begin];
    return c == '.' || c == '!' || c == '?' || c == '"' || c == ':';
  }

  // ---- tense ----
  // +1 future, -1 past, 0 unknown: the nearest marker before the expression within its sentence, else after.
  int marker(size_t i) const {
    const auto w = lw(i);
    if (one_of(w, {"will", "shall", "would", "scheduled", "planned", "plans", "plan", "expected", "expects",
                   "due", "upcoming", "intends", "ll", "slated", "anticipated", "poised", "forthcoming"}))
      return 1;
    if ((w == "is" || w == "are") && is(i + 1, "to")) return 1;  // "is to step down"
    if (w == "won" && i + 1 < size() && word(i + 1).type == WordType::punct && glued(i + 1)) return 1;  // won't
    if ((w == "set" || w == "going") && is(i + 1, "to")) return 1;
    if (one_of(w, {"was", "were", "had", "did", "said", "ago", "told", "took", "came", "went", "began", "met",
                   "held", "fled", "hit", "killed", "left", "made", "gave", "won", "lost", "found"}))
      return -1;
    if (word(i).type == WordType::alpha && w.size() >= 5 && w.ends_with("ed")) return -1;
    return 0;
  }
  bool boundary(size_t i) const {
    if (word(i).newline_before) return true;
    if (word(i).type != WordType::punct) return false;
    const char c = text_[word(i).begin];
    return c == '.' || c == '!' || c == '?' || c == ';';
  }
  bool future(size_t first, size_t end) const {
    for (size_t k = first, steps = 0; k > 0 && steps < 25; ++steps) {
      if (word(k).newline_before) break;
      --k;
      if (boundary(k)) break;
      if (const int m = marker(k)) return m > 0;
    }
    for (size_t k = end, steps = 0; k < size() && steps < 12; ++k, ++steps) {
      if (boundary(k)) break;
      if (const int m = marker(k)) return m > 0;
    }
    return false;
  }

  // ---- values ----
  TimeValue unresolved(TimePrecision p) const { return {0, 0, p, false}; }
  static TimeValue value(Period p, TimePrecision prec) { return {p.first, p.last, prec, true}; }
  static TimeValue day_value(Day d) { return {d, d, TimePrecision::day, true}; }

  // The year of month `m` (day `d`, 0 = whole month) without a stated year: see the conventions in temporal.h.
  int infer_year(unsigned m, unsigned d, bool fut) const {
    const Ymd s = story_ymd_;
    const bool on_or_before = m < s.month || (m == s.month && (d == 0 || d <= s.day));
    const bool on_or_after = m > s.month || (m == s.month && (d == 0 || d >= s.day));
    if (fut) return on_or_after ? s.year : s.year + 1;
    return on_or_before ? s.year : s.year - 1;
  }
  // Month `m`, day `d` (0 = month), year `y` (0 = infer) -> value.
  TimeValue month_day_value(int y, unsigned m, unsigned d, bool fut) const {
    if (y == 0) {
      if (!story_) return unresolved(d ? TimePrecision::day : TimePrecision::month);
      y = infer_year(m, d, fut);
      // A day up to 30 days after the story date is that coming day, whatever the tense: news does not name a
      // day almost a year back without its year ("the debate, slated for October 15" in an October 12 story).
      if (d && !fut && y < story_ymd_.year + 1 && valid_date(y + 1, m, d)) {
        const Day ahead = to_day(y + 1, m, d);
        if (ahead > *story_ && ahead - *story_ <= 30) y += 1;
      }
      if (d && !valid_date(y, m, d)) {  // Feb 29 resolved into a common year: take the nearest leap year's
        for (int k = 1; k < 8 && !valid_date(y, m, d); ++k) y += fut ? 1 : -1;
      }
    }
    if (d) return day_value(to_day(y, m, d));
    return value(month_period(y, m), TimePrecision::month);
  }
  static TimeValue fuzzy_month(int y, unsigned m, int part) {  // part 1 early, 2 mid, 3 late
    const unsigned last = days_in_month(y, m);
    const unsigned a = part == 1 ? 1 : part == 2 ? 11 : 21;
    const unsigned b = part == 1 ? 10 : part == 2 ? 20 : last;
    return {to_day(y, m, a), to_day(y, m, b), TimePrecision::range, true};
  }
  static TimeValue fuzzy_year(int y, int part) {
    const unsigned a = part == 1 ? 1 : part == 2 ? 5 : 9;
    return {to_day(y, a, 1), to_day(y, a + 3, days_in_month(y, a + 3)), TimePrecision::range, true};
  }
  static TimeValue season_value(int y, int season) {  // winter y = December y .. February y+1
    if (season == 4) return {to_day(y, 12, 1), to_day(y + 1, 2, days_in_month(y + 1, 2)), TimePrecision::season, true};
    const unsigned a = static_cast<unsigned>(3 * season);
    return {to_day(y, a, 1), to_day(y, a + 2, days_in_month(y, a + 2)), TimePrecision::season, true};
  }
  // The season of the story's year named by "this <season>" (winter: the one containing the story date, or next).
  int this_season_year(int season) const {
    if (season == 4 && story_ymd_.month <= 2) return story_ymd_.year - 1;
    return story_ymd_.year;
  }
  // Weekday `wd` relative to the story date: mode -1 last (strictly before), +1 next (strictly after),
  // 0 by tense (on or before / on or after).
  Day weekday_day(int wd, int mode, bool fut) const {
    const Day s = *story_;
    const int today = static_cast<int>(weekday(s));
    int back = (today - wd + 7) % 7, fwd = (wd - today + 7) % 7;
    if (mode < 0) return s - (back == 0 ? 7 : back);
    if (mode > 0) return s + (fwd == 0 ? 7 : fwd);
    return fut ? s + fwd : s - back;
  }

  // ---- the patterns ----
  bool match_at(size_t i, Match& m) {
    const Word& w = word(i);
    if (w.type == WordType::punct) return false;
    m.first = i;
    return match_decade(i, m) || match_fuzzy(i, m) || match_part_of_year(i, m) || match_absolute(i, m) || match_relative(i, m) ||
           match_anaphoric(i, m) || match_bare_month(i, m) || match_season(i, m) || match_bare_year(i, m);
  }

  // "the 1990s", "the early 2000s", "the late 1980s": a decade (or its first/middle/last part: years 0-3, 4-6,
  // 7-9) as a range.
  bool match_decade(size_t i, Match& m) {
    if (!is(i, "the")) return false;
    size_t k = i + 1;
    int part = 0;
    if (cat(k) == Cat::fuzzy && val(k) <= 3) part = val(k++);
    if (k >= size() || word(k).type != WordType::alnum) return false;
    const auto w = lw(k);
    if (w.size() != 5 || w[4] != 's' || w[3] != '0' ||
        !std::all_of(w.begin(), w.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }))
      return false;
    const int y = (w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10;
    if (y < 1000) return false;
    const int a = part == 0 ? y : part == 1 ? y : part == 2 ? y + 4 : y + 7;
    const int b = part == 0 ? y + 9 : part == 1 ? y + 3 : part == 2 ? y + 6 : y + 9;
    return set(m, i, k + 1, {to_day(a, 1, 1), to_day(b, 12, 31), TimePrecision::range, true},
               part ? TimeKind::fuzzy : TimeKind::absolute);
  }

  // Days named relative to the last date mentioned: "that day", "that same day", "that date", "the previous
  // day", "the next day", "the following day", "two days earlier", "three days later". Without an earlier
  // day-precision date there is no anchor and nothing is matched. ("the day before the vote" is relative to an
  // event, not to a date, and is left alone.)
  bool match_anaphoric(size_t i, Match& m) {
    if (!last_day_) return false;
    const Day a = *last_day_;
    if (is(i, "that") || (is(i, "the") && is(i + 1, "same"))) {
      size_t k = i + 1;
      if (is(k, "same") || is(k, "very")) ++k;
      if ((is(k, "day") || is(k, "date")) && !(cat(k + 1) == Cat::part_of_day))
        return set(m, i, k + 1, day_value(a), TimeKind::relative);
      return false;
    }
    if (is(i, "the") && is(i + 2, "day") && one_of(lw(i + 1), {"previous", "next", "following"}))
      return set(m, i, i + 3, day_value(a + (is(i + 1, "previous") ? -1 : 1)), TimeKind::relative);
    if (is(i, "the") && is(i + 1, "day") && (is(i + 2, "before") || is(i + 2, "after")) &&
        (i + 3 >= size() || word(i + 3).type == WordType::punct))
      return set(m, i, i + 3, day_value(a + (is(i + 2, "before") ? -1 : 1)), TimeKind::relative);
    if (const int n = count(i); n > 0 && cat(i + 1) == Cat::unit && val(i + 1) == 1 &&
                                (is(i + 2, "earlier") || is(i + 2, "later")))
      return set(m, i, i + 3, day_value(a + (is(i + 2, "earlier") ? -n : n)), TimeKind::relative);
    return false;
  }

  // A month expression for fuzzy/edge phrases: MONTH [YEAR] -> (y or 0, m); or YEAR -> (y, 0).
  bool month_or_year(size_t i, int& y, unsigned& mo, size_t& end) const {
    size_t e = 0;
    if (const int mm = month_at(i, e)) {
      mo = static_cast<unsigned>(mm);
      y = 0;
      if (punct(e, ',') && year_number(e + 1) > 0) ++e;
      if (const int yy = year_number(e); yy > 0) {
        y = yy;
        ++e;
      }
      end = e;
      return true;
    }
    if (const int yy = year_number(i, 1800, 2200); yy > 0) {
      y = yy;
      mo = 0;
      end = i + 1;
      return true;
    }
    return false;
  }

  // "the end of"/"the beginning of" + this/last/next year|month.
  bool relative_period(size_t i, int& y, unsigned& mo, size_t& end) const {
    if (!story_ || cat(i) != Cat::modifier || cat(i + 1) != Cat::unit) return false;
    const int mod = val(i), unit = val(i + 1);
    if (mod == 4 || mod == 5 || (unit != 3 && unit != 4)) return false;
    const int delta = mod == 1 ? -1 : mod == 3 ? 1 : 0;
    y = story_ymd_.year;
    mo = 0;
    if (unit == 3) {
      mo = story_ymd_.month;
      add_months(y, mo, delta);
    } else {
      y += delta;
    }
    end = i + 2;
    return true;
  }

  bool match_fuzzy(size_t i, Match& m) {
    size_t k = i;
    if (is(k, "the")) ++k;
    int part = 0;
    if (cat(k) == Cat::fuzzy && val(k) <= 3) {
      part = val(k);
      ++k;
      if (punct(k, '-') && glued(k)) ++k;
    } else if (cat(k) == Cat::edge && is(k + 1, "of")) {
      part = val(k);
      k += 2;
      if (is(k, "the") && cat(k + 1) == Cat::unit && (val(k + 1) == 3 || val(k + 1) == 4) && story_) {
        // "the end of the year" / "the end of the month": the story's year or month
        int y = story_ymd_.year;
        unsigned mo = val(k + 1) == 3 ? story_ymd_.month : 0;
        return finish_fuzzy(m, i, k + 2, y, mo, part, TimeKind::fuzzy);
      }
    } else if (cat(k) == Cat::fuzzy && val(k) >= 4 && cat(k + 1) == Cat::modifier && val(k + 1) == 2 &&
               cat(k + 2) == Cat::unit && val(k + 2) >= 2 && val(k + 2) <= 4 && k == i) {
      // "earlier this week|month|year", "later this ..."
      if (!story_) return set(m, i, k + 3, unresolved(TimePrecision::range), TimeKind::fuzzy);
      Period p = period_of(val(k + 2), 0);
      if (val(k) == 4) p.last = *story_;
      else p.first = *story_;
      return set(m, i, k + 3, value(p, TimePrecision::range), TimeKind::fuzzy);
    } else {
      return false;
    }
    int y = 0;
    unsigned mo = 0;
    size_t end = 0;
    if (month_or_year(k, y, mo, end)) {
      if (mo && y == 0) {
        if (!story_) return set(m, i, end, unresolved(TimePrecision::range), TimeKind::fuzzy);
        y = infer_year(mo, 0, future(i, end));
      }
      return finish_fuzzy(m, i, end, y, mo, part, TimeKind::fuzzy);
    }
    if (relative_period(k, y, mo, end)) return finish_fuzzy(m, i, end, y, mo, part, TimeKind::fuzzy);
    if (story_ && cat(k) == Cat::modifier && val(k) <= 3 && cat(k + 1) == Cat::unit && val(k + 1) == 2 &&
        lw(k + 1) == "week") {
      // "late this week", "early next week": Monday-Wednesday, Tuesday-Thursday, Thursday-Sunday
      const Period w = period_of(2, val(k) == 1 ? -1 : val(k) == 3 ? 1 : 0);
      const Period p = part == 1 ? Period{w.first, w.first + 2} : part == 2 ? Period{w.first + 1, w.first + 3}
                                                                            : Period{w.first + 3, w.last};
      return set(m, i, k + 2, value(p, TimePrecision::range), TimeKind::fuzzy);
    }
    if (story_ && cat(k) == Cat::modifier && val(k) <= 3 && cat(k + 1) == Cat::month && word(k + 1).capitalized) {
      // "early this June", "late last March"
      mo = static_cast<unsigned>(val(k + 1));
      return finish_fuzzy(m, i, k + 2, modified_month_year(val(k), mo), mo, part, TimeKind::fuzzy);
    }
    return false;
  }
  // The year of "last March" (the most recent March before this month), "this March", "next March".
  int modified_month_year(int mod, unsigned mo) const {
    const int y = story_ymd_.year;
    if (mod == 1) return mo < story_ymd_.month ? y : y - 1;
    if (mod == 3 || mod == 5) return mo > story_ymd_.month ? y : y + 1;
    return y;
  }
  bool finish_fuzzy(Match& m, size_t first, size_t end, int y, unsigned mo, int part, TimeKind kind) {
    return set(m, first, end, mo ? fuzzy_month(y, mo, part) : fuzzy_year(y, part), kind);
  }

  // "the first half of 2019", "the third quarter of 2018", "the second half of the year".
  bool match_part_of_year(size_t i, Match& m) {
    size_t k = i;
    if (is(k, "the")) ++k;
    if (cat(k) != Cat::ordinal_word || (cat(k + 1) != Cat::half && cat(k + 1) != Cat::quarter) || !is(k + 2, "of"))
      return false;
    const int ord = val(k);
    const bool half = cat(k + 1) == Cat::half;
    if (half && ord > 2) return false;
    k += 3;
    int y = year_number(k, 1800, 2200);
    size_t end = k + 1;
    if (y < 0) {
      unsigned mo = 0;
      if (is(k, "the") && is(k + 1, "year") && story_) {
        y = story_ymd_.year;
        end = k + 2;
      } else if (!relative_period(k, y, mo, end) || mo != 0) {
        return false;
      }
    }
    const unsigned months = half ? 6 : 3;
    const unsigned a = (static_cast<unsigned>(ord) - 1) * months + 1, b = a + months - 1;
    return set(m, i, end, {to_day(y, a, 1), to_day(y, b, days_in_month(y, b)),
                           half ? TimePrecision::half_year : TimePrecision::quarter, true},
               TimeKind::fuzzy);
  }

  bool set(Match& m, size_t first, size_t end, TimeValue v, TimeKind kind) {
    m.first = first;
    m.end = end;
    m.value = v;
    m.kind = kind;
    return true;
  }

  Period period_of(int unit, int delta) const {  // unit 2 week, 3 month, 4 year, 5 weekend; delta in units
    const Day s = *story_;
    if (unit == 2) {
      const Period p = week_period(s + 7 * delta);
      return p;
    }
    if (unit == 3) {
      int y = story_ymd_.year;
      unsigned mo = story_ymd_.month;
      add_months(y, mo, delta);
      return month_period(y, mo);
    }
    if (unit == 4) return year_period(story_ymd_.year + delta);
    // weekend: this = the Saturday-Sunday containing the story date or the next one; last = the one before it
    const Day sat = s + ((5 - static_cast<int>(weekday(s)) + 7) % 7) - (weekday(s) == 6 ? 7 : 0);
    return {sat + 7 * delta, sat + 7 * delta + 1};
  }

  // ---- absolute dates ----
  bool match_absolute(size_t i, Match& m) {
    size_t k = i;
    // an optional weekday before a date: "Tuesday, October 8, 2019"
    if (cat(k) == Cat::weekday && word(k).capitalized) {
      size_t k2 = k + 1;
      if (punct(k2, ',')) ++k2;
      Match inner;
      if (absolute_date(k2, inner) && inner.value.precision == TimePrecision::day) {
        inner.first = i;
        m = inner;
        return true;
      }
      return false;
    }
    return absolute_date(k, m);
  }

  bool absolute_date(size_t i, Match& m) {
    if (i >= size()) return false;
    // ISO 2017-12-11
    if (const int y = year_number(i); y > 0 && punct(i + 1, '-') && glued(i + 1) && glued(i + 2) &&
                                      lw(i + 2).size() == 2 && punct(i + 3, '-') && glued(i + 3) && glued(i + 4) &&
                                      lw(i + 4).size() == 2) {
      const int mo = number(i + 2), d = number(i + 4);
      if (mo < 1 || !valid_date(y, static_cast<unsigned>(mo), static_cast<unsigned>(d))) return false;
      m.stated = {y, static_cast<unsigned>(mo), static_cast<unsigned>(d)};
      return set(m, i, i + 5, day_value(to_day(y, mo, d)), TimeKind::absolute);
    }
    // numeric 11/12/2017: only when unambiguous
    if (word(i).type == WordType::digits && lw(i).size() <= 2 && punct(i + 1, '/') && glued(i + 1) &&
        glued(i + 2) && number(i + 2) > 0 && lw(i + 2).size() <= 2 && punct(i + 3, '/') && glued(i + 3) &&
        glued(i + 4) && year_number(i + 4) > 0 && !(i + 5 < size() && glued(i + 5) && punct(i + 5, '/'))) {
      const int a = number(i), b = number(i + 2), y = year_number(i + 4);
      int mo = 0, d = 0;
      if (a == b) mo = d = a;
      else if (a > 12 && b <= 12) { d = a; mo = b; }
      else if (b > 12 && a <= 12) { mo = a; d = b; }
      if (mo == 0 || !valid_date(y, static_cast<unsigned>(mo), static_cast<unsigned>(d))) return false;
      m.stated = {y, static_cast<unsigned>(mo), static_cast<unsigned>(d)};
      return set(m, i, i + 5, day_value(to_day(y, mo, d)), TimeKind::absolute);
    }
    size_t e = 0;
    // MONTH DAY [, YEAR] | MONTH [of|,] YEAR
    if (const int mo = month_at(i, e); mo > 0 && !month_is_name(i)) {
      if (const int d = day_number(e); d > 0 && !(punct(e + 1, ':') || (punct(e + 1, '.') && number(e + 2) >= 0))) {
        size_t end = e + 1;
        int y = 0;
        const size_t yk = punct(end, ',') ? end + 1 : end;
        if (const int yy = year_number(yk); yy > 0) {
          y = yy;
          end = yk + 1;
        }
        return finish_date(m, i, end, y, static_cast<unsigned>(mo), static_cast<unsigned>(d));
      }
      size_t yk = e;
      if (is(yk, "of") || punct(yk, ',')) ++yk;
      if (const int yy = year_number(yk); yy > 0) {
        m.stated = {yy, static_cast<unsigned>(mo), 0};
        return set(m, i, yk + 1, value(month_period(yy, mo), TimePrecision::month), TimeKind::absolute);
      }
      return false;
    }
    // [the] DAY [of] MONTH [[,] YEAR]
    size_t k = i;
    if (is(k, "the") && day_number(k + 1) > 0 && word(k + 1).type == WordType::alnum) ++k;
    if (const int d = day_number(k); d > 0) {
      size_t mk = k + 1;
      if (is(mk, "of")) ++mk;
      if (const int mo = month_at(mk, e); mo > 0) {
        size_t end = e;
        int y = 0;
        const size_t yk = punct(end, ',') ? end + 1 : end;
        if (const int yy = year_number(yk); yy > 0) {
          y = yy;
          end = yk + 1;
        }
        return finish_date(m, i, end, y, static_cast<unsigned>(mo), static_cast<unsigned>(d));
      }
    }
    return false;
  }
  bool finish_date(Match& m, size_t first, size_t end, int y, unsigned mo, unsigned d) {
    if (y && !valid_date(y, mo, d)) return false;
    if (!y && !valid_date(2000, mo, d)) return false;  // no year: any day that exists in a leap year
    m.stated = {y, mo, d};
    const TimeValue v = month_day_value(y, mo, d, y == 0 && future(first, end));
    return set(m, first, end, v, y ? TimeKind::absolute : TimeKind::relative);
  }

  // ---- relative expressions ----
  bool match_relative(size_t i, Match& m) {
    const Cat c = cat(i);
    if (c == Cat::deictic) {
      const int v = val(i);
      size_t end = i + 1;
      if (v == 3) {  // overnight
        if (!story_) return set(m, i, end, unresolved(TimePrecision::range), TimeKind::relative);
        return set(m, i, end, {*story_ - 1, *story_, TimePrecision::range, true}, TimeKind::relative);
      }
      if (v != 2 && cat(end) == Cat::part_of_day) ++end;  // "yesterday morning"
      if (!story_) return set(m, i, end, unresolved(TimePrecision::day), TimeKind::relative);
      return set(m, i, end, day_value(*story_ + (v == 2 ? 0 : v)), TimeKind::relative);
    }
    if (c == Cat::weekday && word(i).capitalized) {
      // "Good Friday", "Super Tuesday": a weekday after a capitalised word inside a sentence is a name
      if (i > 0 && !word(i).newline_before && word(i - 1).type == WordType::alpha && word(i - 1).capitalized &&
          !date_trigger(lw(i - 1)) && cat(i - 1) != Cat::deictic)
        return false;
      size_t end = i + 1;
      if (cat(end) == Cat::part_of_day) ++end;  // "Monday night"
      m.weekday = val(i);
      if (!story_) return set(m, i, end, unresolved(TimePrecision::day), TimeKind::relative);
      return set(m, i, end, day_value(weekday_day(val(i), 0, future(i, end))), TimeKind::relative);
    }
    if (c == Cat::modifier) return match_modified(i, m);
    if (is(i, "the") && cat(i + 1) == Cat::modifier && (val(i + 1) == 1 || val(i + 1) == 4)) {
      return match_past_span(i, i + 2, m);
    }
    // N units ago
    if (const int n = count(i); n > 0 && cat(i + 1) == Cat::unit && val(i + 1) <= 4 && is(i + 2, "ago")) {
      const int unit = val(i + 1);
      if (!story_) return set(m, i, i + 3, unresolved(TimePrecision::day), TimeKind::relative);
      const Day s = *story_;
      TimeValue v;
      if (unit == 1) v = day_value(s - n);
      else if (unit == 2) v = value(week_period(s - 7 * n), TimePrecision::week);
      else if (unit == 3) v = value(period_of(3, -n), TimePrecision::month);
      else v = value(year_period(story_ymd_.year - n), TimePrecision::year);
      return set(m, i, i + 3, v, TimeKind::relative);
    }
    return false;
  }

  // "the past 10 days", "the last two weeks", "the past week": a range ending on the story date.
  bool match_past_span(size_t first, size_t k, Match& m) {
    int n = 1;
    if (const int c = count(k); c > 0 && !is(k, "a") && !is(k, "an")) {
      n = c;
      ++k;
    }
    if (cat(k) != Cat::unit || val(k) > 4) return false;
    const int unit = val(k);
    if (!story_) return set(m, first, k + 1, unresolved(TimePrecision::range), TimeKind::relative);
    const Day s = *story_;
    Day from = s;
    if (unit == 1) from = s - n;
    else if (unit == 2) from = s - 7 * n;
    else {
      Ymd y = story_ymd_;
      int yy = y.year;
      unsigned mo = y.month;
      add_months(yy, mo, unit == 3 ? -n : -12 * n);
      const unsigned d = std::min(y.day, days_in_month(yy, mo));
      from = to_day(yy, mo, d);
    }
    return set(m, first, k + 1, {from, s, TimePrecision::range, true}, TimeKind::relative);
  }

  // last/this/next/past/coming + weekday | unit | month | season
  bool match_modified(size_t i, Match& m) {
    const int mod = val(i);
    const size_t k = i + 1;
    const Cat c = cat(k);
    if (mod == 4) {  // "past" without "the": "over past week" is rare; only "past N units"
      if (count(k) > 0 && !is(k, "a")) return match_past_span(i, k, m);
      return false;
    }
    if (c == Cat::weekday && word(k).capitalized) {
      size_t end = k + 1;
      if (cat(end) == Cat::part_of_day) ++end;
      if (!story_) return set(m, i, end, unresolved(TimePrecision::day), TimeKind::relative);
      const int mode = mod == 1 ? -1 : (mod == 3 || mod == 5) ? 1 : 0;
      return set(m, i, end, day_value(weekday_day(val(k), mode, future(i, end))), TimeKind::relative);
    }
    if (mod == 1 && is(k, "night")) {
      if (!story_) return set(m, i, k + 1, unresolved(TimePrecision::day), TimeKind::relative);
      return set(m, i, k + 1, day_value(*story_ - 1), TimeKind::relative);
    }
    if (mod == 2 && cat(k) == Cat::part_of_day) {  // "this morning"
      if (!story_) return set(m, i, k + 1, unresolved(TimePrecision::day), TimeKind::relative);
      return set(m, i, k + 1, day_value(*story_), TimeKind::relative);
    }
    if (c == Cat::unit && val(k) >= 2 && (lw(k).back() != 's')) {
      const int unit = val(k);
      const int delta = mod == 1 ? -1 : (mod == 3 || mod == 5) ? 1 : 0;
      const TimePrecision p = unit == 2 ? TimePrecision::week
                              : unit == 3 ? TimePrecision::month
                              : unit == 4 ? TimePrecision::year
                                          : TimePrecision::range;
      if (!story_) return set(m, i, k + 1, unresolved(p), TimeKind::relative);
      return set(m, i, k + 1, value(period_of(unit, delta), p), TimeKind::relative);
    }
    if (c == Cat::month && word(k).capitalized) {
      const unsigned mo = static_cast<unsigned>(val(k));
      if (!story_) return set(m, i, k + 1, unresolved(TimePrecision::month), TimeKind::relative);
      return set(m, i, k + 1, value(month_period(modified_month_year(mod, mo), mo), TimePrecision::month),
                 TimeKind::relative);
    }
    if (c == Cat::season && (lw(k) != "fall" || mod != 4)) {
      const int season = val(k);
      if (!story_) return set(m, i, k + 1, unresolved(TimePrecision::season), TimeKind::relative);
      int y = this_season_year(season);
      if (mod == 1) --y;
      else if (mod == 3 || mod == 5) ++y;
      return set(m, i, k + 1, season_value(y, season), TimeKind::relative);
    }
    return false;
  }

  // A bare month after a preposition ("in March", "since May"): the month of the most recent/next occurrence.
  bool match_bare_month(size_t i, Match& m) {
    if (cat(i) != Cat::month || !word(i).capitalized || i == 0 || !date_trigger(lw(i - 1))) return false;
    if (i + 1 < size() && word(i + 1).type == WordType::digits) return false;  // "February 30", "May 0": no date
    if (lw(i) == "may" && month_is_name(i)) return false;
    // "in May" followed by a verb-like word is most often a person ("... in May said"): reject "May" + "said".
    if (lw(i) == "may" && (is(i + 1, "said") || is(i + 1, "says") || is(i + 1, "told"))) return false;
    if (word(i).all_caps && !is(i - 1, "in")) return false;
    return set(m, i, i + 1, month_day_value(0, static_cast<unsigned>(val(i)), 0, future(i, i + 1)),
               TimeKind::relative);
  }

  // "spring 2019", "the summer of 2018", "in the autumn"
  bool match_season(size_t i, Match& m) {
    size_t k = i;
    if (is(k, "the")) ++k;
    if (cat(k) != Cat::season) return false;
    const int season = val(k);
    size_t yk = k + 1;
    if (is(yk, "of")) ++yk;
    if (const int y = year_number(yk, 1800, 2200); y > 0) return set(m, i, yk + 1, season_value(y, season), TimeKind::absolute);
    if (k == i + 1 && i > 0 && one_of(lw(i - 1), {"in", "during", "by", "since", "until", "over"}) &&
        lw(k) != "fall") {
      if (!story_) return set(m, i, k + 1, unresolved(TimePrecision::season), TimeKind::relative);
      int y = this_season_year(season);
      const TimeValue here = season_value(y, season);
      const bool fut = future(i, k + 1);
      if (!fut && here.first > *story_) y -= 1;
      if (fut && here.last < *story_) y += 1;
      return set(m, i, k + 1, season_value(y, season), TimeKind::relative);
    }
    return false;
  }

  // "in 2018", "since 2011": a four-digit year after a preposition, not a count ("in 2018 people" is rare, but
  // "of 2000 troops" is common: a following plural noun rejects it).
  bool match_bare_year(size_t i, Match& m) {
    const int y = year_number(i, 1500, 2100);
    if (y < 0 || i == 0) return false;
    // after a preposition ("in 1868"), "the year 2019", or "the" before a noun ("the 2020 election")
    const bool trigger = date_trigger(lw(i - 1)) || (lw(i - 1) == "year" && is(i - 2, "the")) ||
                         (lw(i - 1) == "the" && i + 1 < size() && word(i + 1).type == WordType::alpha);
    if (!trigger) return false;
    if (i + 1 < size()) {
      if (glued(i + 1) && (punct(i + 1, '%') || ((punct(i + 1, '.') || punct(i + 1, '-') || punct(i + 1, '/')) &&
                                                 number(i + 2) >= 0)))
        return false;  // "2019.5", "2019-02-30", "2019/20"
      const Word& n = word(i + 1);
      if (n.type == WordType::alpha && !n.capitalized) {
        const auto w = lw(i + 1);
        if (w.size() >= 3 && w.back() == 's' && !one_of(w, {"was", "has", "is", "this", "its", "his", "as", "thus", "plus", "whereas", "us"}))
          return false;
        if (one_of(w, {"people", "men", "women", "children", "police", "personnel", "staff", "troops", "km",
                       "miles", "metres", "meters", "feet"}))
          return false;
      }
    }
    m.stated = {y, 0, 0};
    return set(m, i, i + 1, value(year_period(y), TimePrecision::year), TimeKind::absolute);
  }

  std::string_view text_;
  ScannedText scan_;
  std::vector<Lex> lex_;
  std::optional<Day> story_;
  Ymd story_ymd_;
  std::optional<Day> last_day_;  // the last day-precision date mentioned so far: the anchor of "that day"
};

}  // namespace

const char* to_string(TimePrecision p) {
  switch (p) {
    case TimePrecision::day: return "day";
    case TimePrecision::week: return "week";
    case TimePrecision::month: return "month";
    case TimePrecision::season: return "season";
    case TimePrecision::quarter: return "quarter";
    case TimePrecision::half_year: return "half_year";
    case TimePrecision::year: return "year";
    case TimePrecision::range: return "range";
  }
  return "?";
}

const char* to_string(TimeKind k) {
  switch (k) {
    case TimeKind::absolute: return "absolute";
    case TimeKind::relative: return "relative";
    case TimeKind::fuzzy: return "fuzzy";
  }
  return "?";
}

std::string to_string(const TimeValue& v) {
  if (!v.resolved) return "unresolved";
  const std::string a = format_day(v.first);
  switch (v.precision) {
    case TimePrecision::day:
      if (v.first == v.last) return a;
      break;
    case TimePrecision::month: return a.substr(0, 7);
    case TimePrecision::year: return a.substr(0, 4);
    default: break;
  }
  return a + "/" + format_day(v.last);
}

std::vector<TimeExpression> find_time_expressions(std::string_view text, std::optional<Day> story_day) {
  return Matcher(text, story_day).run();
}

StoryDate story_date(const Document& doc) {
  StoryDate out;
  const Ymd meta = doc.date.empty() ? Ymd{} : parse_iso_date(doc.date).value_or(Ymd{});  // year 0: none
  if (meta.day != 0) {
    out.day = to_day(meta.year, meta.month, meta.day);
    out.source = StoryDateSource::metadata;
    return out;
  }
  // The dateline: the first line of the text, within its first 160 bytes.
  std::string_view text = doc.text;
  size_t start = 0;
  while (start < text.size() && (text[start] == '\n' || text[start] == ' ' || text[start] == '\t' || text[start] == '\r'))
    ++start;
  size_t stop = text.find('\n', start);
  if (stop == std::string_view::npos) stop = text.size();
  stop = std::min(stop, start + 160);
  const std::string_view line = text.substr(start, stop - start);
  for (const TimeExpression& e : find_time_expressions(line, std::nullopt)) {
    if (e.stated.month == 0 || e.stated.day == 0) continue;
    int y = e.stated.year;
    if (y == 0) y = meta.year;
    if (y == 0 || !valid_date(y, e.stated.month, e.stated.day)) return out;  // a dateline without a year: undated
    out.day = to_day(y, e.stated.month, e.stated.day);
    out.source = StoryDateSource::dateline;
    out.dateline = {static_cast<uint32_t>(start + e.span.begin), static_cast<uint32_t>(start + e.span.end)};
    return out;
  }
  return out;
}

std::pair<uint32_t, uint32_t> token_range(const TokenLayer& tokens, ByteSpan span) {
  // first token ending after the span's begin, first token beginning at or after the span's end
  const auto first = std::upper_bound(tokens.end.begin(), tokens.end.end(), span.begin) - tokens.end.begin();
  const auto end = std::lower_bound(tokens.begin.begin(), tokens.begin.end(), span.end) - tokens.begin.begin();
  if (end <= first) return {static_cast<uint32_t>(first), static_cast<uint32_t>(first)};
  return {static_cast<uint32_t>(first), static_cast<uint32_t>(end)};
}

void TemporalTagger::annotate(Document& doc) const {
  const StoryDate sd = story_date(doc);
  TimeExpressionLayer& layer = doc.times;
  layer.clear();
  layer.story_date_source = sd.source;
  layer.story_day = sd.day.value_or(0);
  for (const TimeExpression& e : find_time_expressions(doc.text, sd.day)) {
    layer.span.push_back(e.span);
    layer.first_day.push_back(e.value.first);
    layer.last_day.push_back(e.value.last);
    layer.precision.push_back(e.value.precision);
    layer.kind.push_back(e.kind);
    layer.resolved.push_back(e.value.resolved ? 1 : 0);
  }
}

}  // namespace dunlin::time
