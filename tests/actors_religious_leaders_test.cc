// The shipped dictionaries on religious leaders: popes by name and date (the Holy See, coded as the religious
// leader), and the Catholic hierarchy's titles as a sector.
#include "dunlin/actors/actor_dictionaries.h"

#include <gtest/gtest.h>

#include "actors_test_util.h"

namespace dunlin {
namespace {

using testing::contains;
using testing::coded_mentions;

TEST(ActorReligiousLeaders, PopesByNameOnTheirDates) {
  EXPECT_TRUE(contains(coded_mentions("Pope Francis prayed for the victims.", "2019-01-28"), "Pope Francis=VATREL"));
  EXPECT_TRUE(contains(coded_mentions("Benedict XVI visited Madrid.", "2011-08-18"), "Benedict XVI=VATREL"));
  // After his papacy a pope is coded as a former leader of the Vatican (ELI).
  EXPECT_TRUE(contains(coded_mentions("Benedict XVI wrote a letter.", "2018-02-01"), "Benedict XVI=VATELI"));
  EXPECT_TRUE(contains(coded_mentions("The archbishop spoke.", "2019-01-28"), "archbishop=REL"));
}

}  // namespace
}  // namespace dunlin
