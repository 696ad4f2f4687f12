// Event dates: the temporal expression of the event's own clause (or of a clause governing it), else the story date.
#include "dunlin/time/event_dater.h"

#include <gtest/gtest.h>

#include "dunlin/time/calendar.h"
#include "dunlin/time/temporal.h"
#include "parse_fixture.h"

namespace dunlin {
namespace {

std::string date_of_event(Document& doc, uint32_t predicate) {
  time::TemporalTagger().annotate(doc);
  Event e;
  e.predicate = predicate;
  doc.events.events = {e};
  time::EventDater().annotate(doc);
  const Event& dated = doc.events.events[0];
  if (!dated.dated) return "undated";
  return time::format_day(dated.first_day) + ".." + time::format_day(dated.last_day);
}

TEST(EventDater, ADateInARelativeClauseDoesNotDateTheMainEvent) {
  // "Chile blocked the plan launched in 2018."
  Document doc = testing::parsed_document({R"(Chile Chile PROPN 2 nsubj
blocked block VERB 0 root
the the DET 4 det
plan plan NOUN 2 obj
launched launch VERB 4 acl
in in ADP 7 case
2018 2018 NUM 5 obl)"}, "2021-06-01");
  EXPECT_EQ(date_of_event(doc, 1), "2021-06-01..2021-06-01");
}

TEST(EventDater, ADateInACopularRelativeClauseOfTheSubjectDoesNotDateTheEvent) {
  // "Vidal, who was envoy until December, criticized the plan."
  Document doc = testing::parsed_document({R"(Vidal Vidal PROPN 10 nsubj
, , PUNCT 6 punct
who who PRON 6 nsubj
was be AUX 6 cop
the the DET 6 det
envoy envoy NOUN 1 acl:relcl
until until ADP 8 case
December December PROPN 6 obl
, , PUNCT 6 punct
criticized criticize VERB 0 root
the the DET 12 det
plan plan NOUN 10 obj)"}, "2021-06-01");
  EXPECT_EQ(date_of_event(doc, 9), "2021-06-01..2021-06-01");
}

TEST(EventDater, TheSayingDatesWhatWasSaid) {
  // "Peru said on Tuesday that Chile blocked the plan."
  Document doc = testing::parsed_document({R"(Peru Peru PROPN 2 nsubj
said say VERB 0 root
on on ADP 4 case
Tuesday Tuesday PROPN 2 obl
that that SCONJ 7 mark
Chile Chile PROPN 7 nsubj
blocked block VERB 2 ccomp
the the DET 9 det
plan plan NOUN 7 obj)"}, "2021-06-03");  // a Thursday
  EXPECT_EQ(date_of_event(doc, 6), "2021-06-01..2021-06-01");
}

TEST(EventDater, UndatedStoryGivesUndatedEvents) {
  Document doc = testing::parsed_document({R"(Chile Chile PROPN 2 nsubj
blocked block VERB 0 root
the the DET 4 det
plan plan NOUN 2 obj)"});
  EXPECT_EQ(date_of_event(doc, 1), "undated");
}

}  // namespace
}  // namespace dunlin
