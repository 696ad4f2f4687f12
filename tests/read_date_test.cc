// normalize_date: the date forms news pages use -> ISO 8601.
#include <gtest/gtest.h>

#include "dunlin/read/date_normalize.h"

namespace dunlin {
namespace {

TEST(NormalizeDate, Iso8601Forms) {
  EXPECT_EQ(normalize_date("2020-05-11"), "2020-05-11");
  EXPECT_EQ(normalize_date("  2020-05-11  "), "2020-05-11");
  EXPECT_EQ(normalize_date("2020-05-11T09:30:00Z"), "2020-05-11T09:30:00Z");
  EXPECT_EQ(normalize_date("2020-05-11T09:30:00.123Z"), "2020-05-11T09:30:00Z");
  EXPECT_EQ(normalize_date("2020-05-11T09:30"), "2020-05-11T09:30:00");
  EXPECT_EQ(normalize_date("2020-05-11T09:30:00+02:00"), "2020-05-11T09:30:00+02:00");
  EXPECT_EQ(normalize_date("2020-05-11 09:30:00+0200"), "2020-05-11T09:30:00+02:00");
  EXPECT_EQ(normalize_date("2020-05-11T09:30:00-05"), "2020-05-11T09:30:00-05:00");
  EXPECT_EQ(normalize_date("2020-05-11T09:30:00+00:00"), "2020-05-11T09:30:00Z");
  EXPECT_EQ(normalize_date("2020-05-11 09:30 UTC"), "2020-05-11T09:30:00Z");
  EXPECT_EQ(normalize_date("20200511"), "2020-05-11");
  EXPECT_EQ(normalize_date("2020/5/1"), "2020-05-01");
}

TEST(NormalizeDate, Rfc1123) {
  EXPECT_EQ(normalize_date("Mon, 11 May 2020 09:30:00 GMT"), "2020-05-11T09:30:00Z");
  EXPECT_EQ(normalize_date("Mon, 11 May 2020 09:30:00 +0000"), "2020-05-11T09:30:00Z");
  EXPECT_EQ(normalize_date("Mon, 11 May 2020 09:30:00 -0400"), "2020-05-11T09:30:00-04:00");
  EXPECT_EQ(normalize_date("Mon, 11 May 2020 09:30:00 EDT"), "2020-05-11T09:30:00-04:00");
  EXPECT_EQ(normalize_date("Mon, 11 May 2020 09:30:00 GMT+0530"), "2020-05-11T09:30:00+05:30");
}

TEST(NormalizeDate, WrittenDates) {
  EXPECT_EQ(normalize_date("May 11, 2020"), "2020-05-11");
  EXPECT_EQ(normalize_date("May 11 2020"), "2020-05-11");
  EXPECT_EQ(normalize_date("11 May 2020"), "2020-05-11");
  EXPECT_EQ(normalize_date("Monday, May 11th, 2020"), "2020-05-11");
  EXPECT_EQ(normalize_date("11 Mai 2020"), "");  // German month names are not recognized
  EXPECT_EQ(normalize_date("Sept. 3, 2021 4:05 pm"), "2021-09-03T16:05:00");
  EXPECT_EQ(normalize_date("Sep 3, 2021 12:05 a.m."), "2021-09-03T00:05:00");
  EXPECT_EQ(normalize_date("3 September 2021, 16:05 UTC"), "2021-09-03T16:05:00Z");
  EXPECT_EQ(normalize_date("DECEMBER 1, 1999"), "1999-12-01");
}

TEST(NormalizeDate, RejectsNonDatesAndImpossibleDates) {
  EXPECT_EQ(normalize_date(""), "");
  EXPECT_EQ(normalize_date("yesterday"), "");
  EXPECT_EQ(normalize_date("2021-02-29"), "");  // not a leap year
  EXPECT_EQ(normalize_date("2020-02-29"), "2020-02-29");
  EXPECT_EQ(normalize_date("2020-13-01"), "");
  EXPECT_EQ(normalize_date("2020-05-11T25:00:00Z"), "");
  EXPECT_EQ(normalize_date("2020-05-11T09:30:00+99:00"), "");
  EXPECT_EQ(normalize_date("May 2020"), "");  // no day
  EXPECT_EQ(normalize_date("May 11"), "");    // no year
  EXPECT_EQ(normalize_date("13 pm May 11 2020"), "");
  EXPECT_EQ(normalize_date("2020-05-11 and more"), "");
  EXPECT_EQ(normalize_date(std::string(200, '1')), "");
}

}  // namespace
}  // namespace dunlin
