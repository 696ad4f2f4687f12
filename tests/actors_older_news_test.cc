// The shipped dictionaries on the actors of older news (1980s-2000s): armed movements, parties and leaders, found by
// their names and coded by the role they held on the story date.
#include "dunlin/actors/actor_dictionaries.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "actors_test_util.h"

namespace dunlin {
namespace {

// "text=CODE" for every mention of the text on the date.
std::vector<std::string> coded(const std::string& text, const std::string& date) {
  static const ActorDictionaries d = ActorDictionaries::load(testing::data_dir());
  const Document doc = testing::make_document(text, date);
  std::vector<std::string> out;
  for (const ActorMention& m : d.find_mentions(doc))
    out.push_back(testing::mention_text(doc, m.first_token, m.end_token) + "=" + m.code);
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

TEST(ActorArmedGroups, RebelMovementsByNameAndAcronym) {
  const auto m = coded("The Lord's Resistance Army, the MILF and Liberian Peace Council fighters clashed.", "1996-03-01");
  EXPECT_TRUE(has(m, "Lord's Resistance Army=UGAREB"));
  EXPECT_TRUE(has(m, "MILF=PHLREB"));
  EXPECT_TRUE(has(m, "Liberian Peace Council=LBRREB"));
  EXPECT_TRUE(has(coded("Kifaya activists marched.", "2005-05-01"), "Kifaya=EGYOPP"));
}

TEST(ActorArmedGroups, ARebelMovementThatTookPowerIsTheGovernmentAfterwards) {
  EXPECT_TRUE(has(coded("The Rwandan Patriotic Front advanced.", "1994-05-01"), "Rwandan Patriotic Front=RWAREB"));
  EXPECT_TRUE(has(coded("The Rwandan Patriotic Front advanced.", "2001-05-01"), "Rwandan Patriotic Front=RWAGOV"));
  EXPECT_TRUE(has(coded("The CNDD-FDD said so.", "2003-01-10"), "CNDD-FDD=BDIREB"));
  EXPECT_TRUE(has(coded("The CNDD-FDD said so.", "2010-01-10"), "CNDD-FDD=BDIGOV"));
  // A party in and out of government: Lithuania's Homeland Union.
  EXPECT_TRUE(has(coded("The Homeland Union won.", "1998-01-01"), "Homeland Union=LTUGOV"));
  EXPECT_TRUE(has(coded("The Homeland Union won.", "2004-01-01"), "Homeland Union=LTUOPP"));
}

TEST(ActorArmedGroups, LeadersOfThe1990sByTheirRoleOnTheDate) {
  EXPECT_TRUE(has(coded("Nelson Mandela spoke in Soweto.", "1992-06-01"), "Nelson Mandela=ZAFOPP"));
  EXPECT_TRUE(has(coded("Nelson Mandela spoke in Soweto.", "1997-06-01"), "Nelson Mandela=ZAFGOV"));
  EXPECT_TRUE(has(coded("Nelson Mandela spoke in Soweto.", "2003-06-01"), "Nelson Mandela=ZAFELI"));
  // Rabin between his terms is a former official; Charles Taylor led a rebel movement before he was president.
  EXPECT_TRUE(has(coded("Rabin arrived.", "1980-01-01"), "Rabin=ISRELI"));
  EXPECT_TRUE(has(coded("Charles Taylor addressed his fighters.", "1992-01-01"), "Charles Taylor=LBRREB"));
  EXPECT_TRUE(has(coded("Charles Taylor addressed his fighters.", "1999-01-01"), "Charles Taylor=LBRGOV"));
}

}  // namespace
}  // namespace dunlin
