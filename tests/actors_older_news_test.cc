// The shipped dictionaries on the actors of older news (1980s-2000s): armed movements, parties and leaders, found by
// their names and coded by the role they held on the story date.
#include "dunlin/actors/actor_dictionaries.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "actors_test_util.h"

namespace dunlin {
namespace {

using testing::contains;

std::vector<std::string> coded(const std::string& text, const std::string& date) {
  return testing::coded_mentions(text, date);
}

TEST(ActorArmedGroups, RebelMovementsByNameAndAcronym) {
  const auto m = coded("The Lord's Resistance Army, the MILF and Liberian Peace Council fighters clashed.", "1996-03-01");
  EXPECT_TRUE(contains(m, "Lord's Resistance Army=UGAREB"));
  EXPECT_TRUE(contains(m, "MILF=PHLREB"));
  EXPECT_TRUE(contains(m, "Liberian Peace Council=LBRREB"));
  EXPECT_TRUE(contains(coded("Kifaya activists marched.", "2005-05-01"), "Kifaya=EGYOPP"));
}

TEST(ActorArmedGroups, ARebelMovementThatTookPowerIsTheGovernmentAfterwards) {
  EXPECT_TRUE(contains(coded("The Rwandan Patriotic Front advanced.", "1994-05-01"), "Rwandan Patriotic Front=RWAREB"));
  EXPECT_TRUE(contains(coded("The Rwandan Patriotic Front advanced.", "2001-05-01"), "Rwandan Patriotic Front=RWAGOV"));
  EXPECT_TRUE(contains(coded("The CNDD-FDD said so.", "2003-01-10"), "CNDD-FDD=BDIREB"));
  EXPECT_TRUE(contains(coded("The CNDD-FDD said so.", "2010-01-10"), "CNDD-FDD=BDIGOV"));
  // A party in and out of government: Lithuania's Homeland Union.
  EXPECT_TRUE(contains(coded("The Homeland Union won.", "1998-01-01"), "Homeland Union=LTUGOV"));
  EXPECT_TRUE(contains(coded("The Homeland Union won.", "2004-01-01"), "Homeland Union=LTUOPP"));
}

TEST(ActorArmedGroups, LeadersOfThe1990sByTheirRoleOnTheDate) {
  EXPECT_TRUE(contains(coded("Nelson Mandela spoke in Soweto.", "1992-06-01"), "Nelson Mandela=ZAFOPP"));
  EXPECT_TRUE(contains(coded("Nelson Mandela spoke in Soweto.", "1997-06-01"), "Nelson Mandela=ZAFGOV"));
  EXPECT_TRUE(contains(coded("Nelson Mandela spoke in Soweto.", "2003-06-01"), "Nelson Mandela=ZAFELI"));
  // Rabin between his terms is a former official; Charles Taylor led a rebel movement before he was president.
  EXPECT_TRUE(contains(coded("Rabin arrived.", "1980-01-01"), "Rabin=ISRELI"));
  EXPECT_TRUE(contains(coded("Charles Taylor addressed his fighters.", "1992-01-01"), "Charles Taylor=LBRREB"));
  EXPECT_TRUE(contains(coded("Charles Taylor addressed his fighters.", "1999-01-01"), "Charles Taylor=LBRGOV"));
}

}  // namespace
}  // namespace dunlin
