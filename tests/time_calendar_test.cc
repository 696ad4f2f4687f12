// Tests of the calendar helpers behind temporal normalization.
#include <gtest/gtest.h>

#include "dunlin/time/calendar.h"

namespace dunlin::time {
namespace {

TEST(TimeCalendar, DayNumbersRoundTrip) {
  EXPECT_EQ(to_day(1970, 1, 1), 0);
  EXPECT_EQ(to_day(2000, 3, 1) - to_day(2000, 2, 28), 2);  // 2000 is a leap year (divisible by 400)
  EXPECT_EQ(to_day(1900, 3, 1) - to_day(1900, 2, 28), 1);  // 1900 is not
  for (Day d = to_day(2015, 12, 25); d < to_day(2021, 1, 5); d += 37) {
    const Ymd x = to_ymd(d);
    EXPECT_EQ(to_day(x.year, x.month, x.day), d);
  }
  EXPECT_EQ(format_day(to_day(2020, 2, 29)), "2020-02-29");
}

TEST(TimeCalendar, LeapYearsAndValidity) {
  EXPECT_TRUE(is_leap_year(2020));
  EXPECT_FALSE(is_leap_year(2019));
  EXPECT_FALSE(is_leap_year(2100));
  EXPECT_TRUE(valid_date(2020, 2, 29));
  EXPECT_FALSE(valid_date(2019, 2, 29));
  EXPECT_FALSE(valid_date(2019, 4, 31));
  EXPECT_FALSE(valid_date(2019, 13, 1));
  EXPECT_EQ(days_in_month(2024, 2), 29u);
  EXPECT_EQ(days_in_month(2023, 2), 28u);
}

TEST(TimeCalendar, WeekdaysAndWeeks) {
  EXPECT_EQ(weekday(to_day(2019, 3, 14)), 3u);  // a Thursday
  EXPECT_EQ(weekday(to_day(2017, 12, 11)), 0u);  // a Monday
  const Period w = week_period(to_day(2019, 3, 14));
  EXPECT_EQ(format_day(w.first), "2019-03-11");
  EXPECT_EQ(format_day(w.last), "2019-03-17");
}

TEST(TimeCalendar, AddMonthsCrossesYears) {
  int y = 2019;
  unsigned m = 1;
  add_months(y, m, -1);
  EXPECT_EQ(y, 2018);
  EXPECT_EQ(m, 12u);
  add_months(y, m, 14);
  EXPECT_EQ(y, 2020);
  EXPECT_EQ(m, 2u);
}

TEST(TimeCalendar, ParsesIsoDates) {
  auto d = parse_iso_date("2020-05-11T09:30:00Z");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->year, 2020);
  EXPECT_EQ(d->month, 5u);
  EXPECT_EQ(d->day, 11u);
  d = parse_iso_date("2019");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->month, 0u);
  EXPECT_FALSE(parse_iso_date("2019-02-30"));
  EXPECT_FALSE(parse_iso_date("May 2019"));
  EXPECT_FALSE(parse_iso_date(""));
}

}  // namespace
}  // namespace dunlin::time
