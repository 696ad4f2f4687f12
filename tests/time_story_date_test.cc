// Tests of the story date: metadata first, else the dateline; never today's date.
#include <gtest/gtest.h>

#include "dunlin/time/temporal.h"

namespace dunlin::time {
namespace {

Document doc_with(std::string date, std::string text) {
  Document d;
  d.date = std::move(date);
  d.text = std::move(text);
  return d;
}

TEST(TimeStoryDate, MetadataWins) {
  const StoryDate s = story_date(doc_with("2020-05-11T09:30:00Z", "Friday, January 4, 2019\n\nThe talks ended."));
  ASSERT_TRUE(s.day);
  EXPECT_EQ(format_day(*s.day), "2020-05-11");
  EXPECT_EQ(s.source, StoryDateSource::metadata);
}

TEST(TimeStoryDate, DatelineWithWeekdayAndYear) {
  const std::string text = "Tuesday, October 8, 2019 \n\nThe minister resigned on Monday.";
  const StoryDate s = story_date(doc_with("", text));
  ASSERT_TRUE(s.day);
  EXPECT_EQ(format_day(*s.day), "2019-10-08");
  EXPECT_EQ(s.source, StoryDateSource::dateline);
  EXPECT_EQ(text.substr(s.dateline.begin, s.dateline.size()), "Tuesday, October 8, 2019");
}

TEST(TimeStoryDate, WireDatelineTakesTheYearFromPartialMetadata) {
  const StoryDate s = story_date(doc_with("2018", "DAMASCUS, May 11 (Reuters) - Shelling hit the city's outskirts."));
  ASSERT_TRUE(s.day);
  EXPECT_EQ(format_day(*s.day), "2018-05-11");
}

TEST(TimeStoryDate, WireDatelineWithoutAnyYearIsUndated) {
  const StoryDate s = story_date(doc_with("", "DAMASCUS, May 11 (Reuters) - Shelling hit the city's outskirts."));
  EXPECT_FALSE(s.day);
  EXPECT_EQ(s.source, StoryDateSource::undated);
}

TEST(TimeStoryDate, NoDateAnywhereIsUndatedAndRelativeExpressionsStayUnresolved) {
  Document d = doc_with("", "Officials said yesterday that talks would resume.");
  TemporalTagger{}.annotate(d);
  EXPECT_EQ(d.times.story_date_source, StoryDateSource::undated);
  ASSERT_EQ(d.times.size(), 1u);
  EXPECT_EQ(d.times.resolved[0], 0);
}

TEST(TimeStoryDate, DateDeepInTheTextIsNotADateline) {
  const StoryDate s = story_date(doc_with("", "Officials met for hours.\nThey had first met on May 2, 2017."));
  EXPECT_FALSE(s.day);
}

TEST(TimeStoryDate, BadMetadataFallsBackToTheDateline) {
  const StoryDate s = story_date(doc_with("not a date", "11 December 2017 - Troops withdrew."));
  ASSERT_TRUE(s.day);
  EXPECT_EQ(format_day(*s.day), "2017-12-11");
}

}  // namespace
}  // namespace dunlin::time
