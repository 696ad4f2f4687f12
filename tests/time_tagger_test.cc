// Tests of the temporal tagger: each form, normalized against a fixed story date; year rollover, weekdays, leap
// years, ambiguous numeric dates, and words that look like dates but are not.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "dunlin/time/temporal.h"

namespace dunlin::time {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// Every expression in `text` as "surface=value", normalized against `story` ("YYYY-MM-DD", or "" for undated).
std::vector<std::string> tag(std::string_view text, std::string_view story = "2019-03-14") {  // a Thursday
  std::optional<Day> day;
  if (!story.empty()) {
    const auto ymd = parse_iso_date(story);
    day = to_day(ymd->year, ymd->month, ymd->day);
  }
  std::vector<std::string> out;
  for (const TimeExpression& e : find_time_expressions(text, day))
    out.push_back(std::string(text.substr(e.span.begin, e.span.size())) + "=" + to_string(e.value));
  return out;
}

TEST(TimeTagger, AbsoluteDates) {
  EXPECT_THAT(tag("The jets reached the airbase on December 11, 2017, officials said."),
              ElementsAre("December 11, 2017=2017-12-11"));
  EXPECT_THAT(tag("They signed it on 11 December 2017."), ElementsAre("11 December 2017=2017-12-11"));
  EXPECT_THAT(tag("The deal dates from the 11th of December 2017."), ElementsAre("the 11th of December 2017=2017-12-11"));
  EXPECT_THAT(tag("The order was dated 2017-12-11."), ElementsAre("2017-12-11=2017-12-11"));
  EXPECT_THAT(tag("Fighting resumed in December 2017 and again in May of 2018."),
              ElementsAre("December 2017=2017-12", "May of 2018=2018-05"));
  EXPECT_THAT(tag("The law passed in 2018."), ElementsAre("2018=2018"));
  EXPECT_THAT(tag("Tuesday, October 8, 2019"), ElementsAre("Tuesday, October 8, 2019=2019-10-08"));
}

TEST(TimeTagger, MonthAndDayWithoutYearTakeTheMostRecentPastOccurrence) {
  EXPECT_THAT(tag("Talks collapsed on Dec. 11."), ElementsAre("Dec. 11=2018-12-11"));
  EXPECT_THAT(tag("The envoy arrived on March 2."), ElementsAre("March 2=2019-03-02"));
  EXPECT_THAT(tag("Protests started on May 2."), ElementsAre("May 2=2018-05-02"));
  EXPECT_THAT(tag("The council will vote on May 2."), ElementsAre("May 2=2019-05-02"));
  EXPECT_THAT(tag("Elections were held in March."), ElementsAre("March=2019-03"));
  // a day within 30 days after the story date is the coming one, even in a past-tense sentence
  EXPECT_THAT(tag("The vote, which was set for March 20, was cancelled."), ElementsAre("March 20=2019-03-20"));
  EXPECT_THAT(tag("The vote was held on April 20."), ElementsAre("April 20=2018-04-20"));
  EXPECT_THAT(tag("The ceasefire collapsed in April."), ElementsAre("April=2018-04"));
  EXPECT_THAT(tag("Elections are scheduled for April."), ElementsAre("April=2019-04"));
}

TEST(TimeTagger, YearRollover) {
  const char* story = "2020-01-03";  // a Friday
  EXPECT_THAT(tag("The strike began in December.", story), ElementsAre("December=2019-12"));
  EXPECT_THAT(tag("The strike began on December 28.", story), ElementsAre("December 28=2019-12-28"));
  EXPECT_THAT(tag("Parliament will reconvene in December.", story), ElementsAre("December=2020-12"));
  EXPECT_THAT(tag("Prices rose last month and will rise next month.", story),
              ElementsAre("last month=2019-12", "next month=2020-02"));
  EXPECT_THAT(tag("The bill failed last week.", story), ElementsAre("last week=2019-12-23/2019-12-29"));
  EXPECT_THAT(tag("The bill failed last year.", story), ElementsAre("last year=2019"));
  EXPECT_THAT(tag("The rebels attacked on Monday.", story), ElementsAre("Monday=2019-12-30"));
}

TEST(TimeTagger, Deictic) {
  EXPECT_THAT(tag("Troops left yesterday, return today and leave again tomorrow."),
              ElementsAre("yesterday=2019-03-13", "today=2019-03-14", "tomorrow=2019-03-15"));
  EXPECT_THAT(tag("Shelling continued overnight."), ElementsAre("overnight=2019-03-13/2019-03-14"));
  EXPECT_THAT(tag("Gunmen attacked a checkpoint last night."), ElementsAre("last night=2019-03-13"));
  EXPECT_THAT(tag("The minister spoke yesterday morning."), ElementsAre("yesterday morning=2019-03-13"));
}

TEST(TimeTagger, Weekdays) {
  EXPECT_THAT(tag("Police arrested him on Tuesday."), ElementsAre("Tuesday=2019-03-12"));
  EXPECT_THAT(tag("Police arrested him on Thursday."), ElementsAre("Thursday=2019-03-14"));  // the story day
  EXPECT_THAT(tag("Police arrested him on Friday."), ElementsAre("Friday=2019-03-08"));
  EXPECT_THAT(tag("The court will rule on Tuesday."), ElementsAre("Tuesday=2019-03-19"));
  EXPECT_THAT(tag("They met last Tuesday."), ElementsAre("last Tuesday=2019-03-12"));
  EXPECT_THAT(tag("They met last Thursday."), ElementsAre("last Thursday=2019-03-07"));
  EXPECT_THAT(tag("They meet next Tuesday."), ElementsAre("next Tuesday=2019-03-19"));
  EXPECT_THAT(tag("Rockets hit the base on Monday night."), ElementsAre("Monday night=2019-03-11"));
  EXPECT_THAT(tag("Tuesday's vote was close."), ElementsAre("Tuesday=2019-03-12"));
  EXPECT_THAT(tag("The minister said on Tuesday that he will resign."), ElementsAre("Tuesday=2019-03-12"));
  EXPECT_THAT(tag("Police arrested him on Tuesday.", "2019-10-08"), ElementsAre("Tuesday=2019-10-08"));
}

TEST(TimeTagger, WeeksMonthsYears) {
  EXPECT_THAT(tag("The talks failed last week."), ElementsAre("last week=2019-03-04/2019-03-10"));
  EXPECT_THAT(tag("The talks resume this week."), ElementsAre("this week=2019-03-11/2019-03-17"));
  EXPECT_THAT(tag("The talks resume next month."), ElementsAre("next month=2019-04"));
  EXPECT_THAT(tag("The army said earlier this month that it withdrew."),
              ElementsAre("earlier this month=2019-03-01/2019-03-14"));
  EXPECT_THAT(tag("Elections are due later this year."), ElementsAre("later this year=2019-03-14/2019-12-31"));
  EXPECT_THAT(tag("Turnout fell last year and rose this year."), ElementsAre("last year=2018", "this year=2019"));
  EXPECT_THAT(tag("The rally was held last weekend."), ElementsAre("last weekend=2019-03-09/2019-03-10"));
}

TEST(TimeTagger, Ago) {
  EXPECT_THAT(tag("The envoy arrived three days ago."), ElementsAre("three days ago=2019-03-11"));
  EXPECT_THAT(tag("The envoy arrived 3 days ago."), ElementsAre("3 days ago=2019-03-11"));
  EXPECT_THAT(tag("The envoy arrived two weeks ago."), ElementsAre("two weeks ago=2019-02-25/2019-03-03"));
  EXPECT_THAT(tag("The envoy arrived a month ago."), ElementsAre("a month ago=2019-02"));
  EXPECT_THAT(tag("The envoy arrived five years ago."), ElementsAre("five years ago=2014"));
}

TEST(TimeTagger, PastSpans) {
  EXPECT_THAT(tag("Over the past 10 days, 40 people died."), ElementsAre("the past 10 days=2019-03-04/2019-03-14"));
  EXPECT_THAT(tag("In the last two weeks prices doubled."), ElementsAre("the last two weeks=2019-02-28/2019-03-14"));
  EXPECT_THAT(tag("Prices doubled in the past year."), ElementsAre("the past year=2018-03-14/2019-03-14"));
}

TEST(TimeTagger, FuzzyParts) {
  EXPECT_THAT(tag("The offensive began in late April."), ElementsAre("late April=2018-04-21/2018-04-30"));
  EXPECT_THAT(tag("The offensive began in early 2019."), ElementsAre("early 2019=2019-01-01/2019-04-30"));
  EXPECT_THAT(tag("The offensive began in mid-March."), ElementsAre("mid-March=2019-03-11/2019-03-20"));
  EXPECT_THAT(tag("The offensive began at the end of May."), ElementsAre("the end of May=2018-05-21/2018-05-31"));
  EXPECT_THAT(tag("The offensive will begin at the end of May."),
              ElementsAre("the end of May=2019-05-21/2019-05-31"));
  EXPECT_THAT(tag("Growth slowed in the first half of 2019."),
              ElementsAre("the first half of 2019=2019-01-01/2019-06-30"));
  EXPECT_THAT(tag("Growth slowed in the third quarter of 2018."),
              ElementsAre("the third quarter of 2018=2018-07-01/2018-09-30"));
  EXPECT_THAT(tag("Troops arrived in late 2018."), ElementsAre("late 2018=2018-09-01/2018-12-31"));
  EXPECT_THAT(tag("Troops will leave by the end of the year."),
              ElementsAre("the end of the year=2019-09-01/2019-12-31"));
}

TEST(TimeTagger, FuzzyWeeksAndDecades) {
  EXPECT_THAT(tag("The law takes effect late this week."), ElementsAre("late this week=2019-03-14/2019-03-17"));
  EXPECT_THAT(tag("Talks resume early next week."), ElementsAre("early next week=2019-03-18/2019-03-20"));
  EXPECT_THAT(tag("The war of the 1990s ended."), ElementsAre("the 1990s=1990-01-01/1999-12-31"));
  EXPECT_THAT(tag("Prices rose in the late 1980s."), ElementsAre("the late 1980s=1987-01-01/1989-12-31"));
  EXPECT_THAT(tag("He owns 1990s cars and the 1995s vintage."), IsEmpty());
}

TEST(TimeTagger, Seasons) {
  EXPECT_THAT(tag("A vote is expected this spring."), ElementsAre("this spring=2019-03-01/2019-05-31"));
  EXPECT_THAT(tag("The camp flooded last winter."), ElementsAre("last winter=2018-12-01/2019-02-28"));
  EXPECT_THAT(tag("The camp flooded in the summer of 2016."), ElementsAre("the summer of 2016=2016-06-01/2016-08-31"));
  EXPECT_THAT(tag("The camp flooded in the summer."), ElementsAre("the summer=2018-06-01/2018-08-31"));
  EXPECT_THAT(tag("The Arab Spring began in Tunisia."), IsEmpty());
}

TEST(TimeTagger, LeapYears) {
  EXPECT_THAT(tag("The truce began on February 29, 2020."), ElementsAre("February 29, 2020=2020-02-29"));
  EXPECT_THAT(tag("The truce began on February 29, 2019."), IsEmpty());  // no such day
  EXPECT_THAT(tag("The truce began on February 29.", "2021-03-01"), ElementsAre("February 29=2020-02-29"));
  EXPECT_THAT(tag("The truce will begin on February 29.", "2019-03-01"), ElementsAre("February 29=2020-02-29"));
  EXPECT_THAT(tag("The truce began in late February.", "2020-03-05"),
              ElementsAre("late February=2020-02-21/2020-02-29"));
  EXPECT_THAT(tag("The truce began in late February.", "2019-03-05"),
              ElementsAre("late February=2019-02-21/2019-02-28"));
}

TEST(TimeTagger, NumericDatesOnlyWhenUnambiguous) {
  EXPECT_THAT(tag("Filed on 13/12/2017."), ElementsAre("13/12/2017=2017-12-13"));
  EXPECT_THAT(tag("Filed on 12/13/2017."), ElementsAre("12/13/2017=2017-12-13"));
  EXPECT_THAT(tag("Filed on 11/12/2017."), IsEmpty());
  EXPECT_THAT(tag("Filed on 31/02/2017."), IsEmpty());
}

TEST(TimeTagger, NoFalsePositives) {
  EXPECT_THAT(tag("Theresa May said the deal was dead."), IsEmpty());
  EXPECT_THAT(tag("Prime Minister Theresa May met Merkel in May."), ElementsAre("May=2018-05"));
  EXPECT_THAT(tag("May I ask a question? Officials may resign."), IsEmpty());
  EXPECT_THAT(tag("Thousands joined a protest march in the capital."), IsEmpty());
  EXPECT_THAT(tag("The March for Peace drew crowds."), IsEmpty());
  // A year before a plural noun reads as a count (so "In 2018 people were ..." without a comma is missed).
  EXPECT_THAT(tag("In 2018, people were evacuated, and 2018 people were hurt."), ElementsAre("2018=2018"));
  EXPECT_THAT(tag("A force of 2000 troops and 1500 police was sent."), IsEmpty());
  EXPECT_THAT(tag("Good Friday services were held. Voters flocked to the polls on Super Tuesday."), IsEmpty());
  EXPECT_THAT(tag("The boy, named August, was found."), IsEmpty());
  EXPECT_THAT(tag("Jan Kowalski and Dec Walsh spoke."), IsEmpty());
  EXPECT_THAT(tag("Inflation reached 2019 points; the index rose by 2.5 percent."), IsEmpty());
}

TEST(TimeTagger, FuzzyPartsOfModifiedMonths) {
  EXPECT_THAT(tag("Crowds have gathered since early this March."), ElementsAre("early this March=2019-03-01/2019-03-10"));
  EXPECT_THAT(tag("Crowds gathered in late last March."), ElementsAre("late last March=2018-03-21/2018-03-31"));
}

TEST(TimeTagger, WeekdayRanges) {
  // a Thursday story: "Wednesday" is yesterday, and "Friday" after it is tomorrow, not last Friday
  EXPECT_THAT(tag("Mourning lasts from Wednesday through Friday."),
              ElementsAre("Wednesday=2019-03-13", "Friday=2019-03-15"));
}

TEST(TimeTagger, FutureMarkers) {
  EXPECT_THAT(tag("The summit, slated for May 2, was cancelled."), ElementsAre("May 2=2019-05-02"));
  EXPECT_THAT(tag("The trial is anticipated to begin in June."), ElementsAre("June=2019-06"));
  EXPECT_THAT(tag("The minister is to step down in June."), ElementsAre("June=2019-06"));
}

TEST(TimeTagger, YearsAsModifiersAndOldYears) {
  EXPECT_THAT(tag("Turnout in the 2016 election was low."), ElementsAre("2016=2016"));
  EXPECT_THAT(tag("The treaty was signed in 1868."), ElementsAre("1868=1868"));
  EXPECT_THAT(tag("The 2000 soldiers left."), IsEmpty());
}

TEST(TimeTagger, DaysAnchoredOnTheLastMentionedDate) {
  EXPECT_THAT(tag("Talks began on March 2. That same day, rockets hit the port. The next day a truce held."),
              ElementsAre("March 2=2019-03-02", "That same day=2019-03-02", "The next day=2019-03-03"));
  EXPECT_THAT(tag("Voters went to the polls on March 10; ballots were printed two days earlier."),
              ElementsAre("March 10=2019-03-10", "two days earlier=2019-03-08"));
  EXPECT_THAT(tag("The previous day was calm."), IsEmpty());  // no anchor
  EXPECT_THAT(tag("On March 2 they met; the day before the vote they argued."), ElementsAre("March 2=2019-03-02"));
}

TEST(TimeTagger, UndatedStoriesKeepRelativeExpressionsUnresolved) {
  EXPECT_THAT(tag("The envoy arrived on Tuesday and left on December 11, 2017.", ""),
              ElementsAre("Tuesday=unresolved", "December 11, 2017=2017-12-11"));
}

TEST(TimeTagger, LayerOnTheDocument) {
  Document doc;
  doc.date = "2019-03-14";
  doc.text = "Rebels shelled the town on Tuesday. A truce will start on 20 March.";
  TemporalTagger{}.annotate(doc);
  ASSERT_EQ(doc.times.size(), 2u);
  EXPECT_EQ(doc.times.story_date_source, StoryDateSource::metadata);
  EXPECT_EQ(format_day(doc.times.story_day), "2019-03-14");
  EXPECT_EQ(doc.slice(doc.times.span[0]), "Tuesday");
  EXPECT_EQ(format_day(doc.times.first_day[0]), "2019-03-12");
  EXPECT_EQ(doc.times.kind[0], TimeKind::relative);
  EXPECT_EQ(doc.slice(doc.times.span[1]), "20 March");
  EXPECT_EQ(format_day(doc.times.first_day[1]), "2019-03-20");
  EXPECT_EQ(doc.times.precision[1], TimePrecision::day);
}

TEST(TimeTagger, ExpressionsMapOntoTokens) {
  Document doc;
  doc.date = "2019-03-14";
  doc.text = "Talks ended on Dec. 11, 2017 in Geneva.";
  // tokens as a tokenizer would cut them: Talks ended on Dec. 11 , 2017 in Geneva .
  const std::pair<uint32_t, uint32_t> cuts[] = {{0, 5}, {6, 11}, {12, 14}, {15, 19}, {20, 22}, {22, 23},
                                                {24, 28}, {29, 31}, {32, 38}, {38, 39}};
  for (auto [b, e] : cuts) doc.tokens.add(b, e, true);
  TemporalTagger{}.annotate(doc);
  ASSERT_EQ(doc.times.size(), 1u);
  EXPECT_EQ(token_range(doc.tokens, doc.times.span[0]), (std::pair<uint32_t, uint32_t>{3, 7}));
  EXPECT_EQ(token_range(doc.tokens, ByteSpan{5, 6}), (std::pair<uint32_t, uint32_t>{1, 1}));  // white space only
  EXPECT_EQ(token_range(TokenLayer{}, ByteSpan{0, 4}), (std::pair<uint32_t, uint32_t>{0, 0}));
}

// Random sequences of date-like words, numbers and punctuation: no crash, spans in bounds, in order, no overlap.
TEST(TimeTagger, RandomInputKeepsSpansSane) {
  const char* pieces[] = {"May", "may", "March", "2019", "11", "31", "29", "February", "Tuesday", "last", "next",
                          "the", "past", "early", "mid", "-", "late", "of", "end", "in", "on", "ago", "days", "two",
                          "a", "week", "/", "12", "13", ",", ".", "\n", "that", "day", "earlier", "half", "first",
                          "quarter", "spring", "winter", "this", "year", "\xE2\x80\x94", "\xFF", "0000", "99", "1st",
                          "will", "said", "through", "Friday", "overnight", "yesterday", "Dec", "th"};
  uint32_t seed = 12345;
  auto next = [&] { return seed = seed * 1664525u + 1013904223u; };
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int n = static_cast<int>(next() % 30);
    for (int k = 0; k < n; ++k) {
      text += pieces[next() % std::size(pieces)];
      if (next() % 4) text += ' ';
    }
    const std::optional<Day> story = round % 3 ? std::optional<Day>(to_day(2020, 2, 29) + round) : std::nullopt;
    uint32_t last_end = 0;
    for (const TimeExpression& e : find_time_expressions(text, story)) {
      ASSERT_LE(e.span.end, text.size()) << text;
      ASSERT_LT(e.span.begin, e.span.end) << text;
      ASSERT_GE(e.span.begin, last_end) << text;
      ASSERT_LE(e.value.first, e.value.last) << text;
      last_end = e.span.end;
    }
  }
}

TEST(TimeTagger, BadInputDoesNotCrash) {
  EXPECT_THAT(tag(""), IsEmpty());
  EXPECT_THAT(tag("\xEF\xBF\xBD on 99/99/9999 and 0000-00-00 and May 0 and 2019-02-30"), IsEmpty());
  EXPECT_THAT(tag("the past 999 years"), ElementsAre("the past 999 years=1020-03-14/2019-03-14"));
  EXPECT_THAT(tag("last"), IsEmpty());
}

}  // namespace
}  // namespace dunlin::time
