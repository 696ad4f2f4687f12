// The event coder's readings that depend on who acts or what is used, on hand-written parses: negotiations and
// clashes go both ways, violence by protesters is a riot and against them repression, "troops withdrew" is a
// military withdrawal, travel warnings reduce relations, rockets and missiles are heavy weapons.
#include <gtest/gtest.h>

#include "event_test_util.h"

namespace dunlin {
namespace {

using EventReadingsTest = testing::CodedSentenceTest;

TEST_F(EventReadingsTest, NegotiationsGoBothWaysAMeetingDoesNot) {
  EXPECT_EQ(coded(R"(Norway Norway PROPN 2 nsubj
held hold VERB 0 root
talks talk NOUN 2 obj
with with ADP 6 case
the the DET 6 det
envoy envoy NOUN 3 nmod
. . PUNCT 2 punct)", {{0, "NOR"}, {5, "SDNGOV"}}),
            "NOR>SDNGOV:046 SDNGOV>NOR:046 ");
  // Meeting someone is not meeting them back in the suites' and CAMEO's sense: one event.
  EXPECT_EQ(coded(R"(Norway Norway PROPN 2 nsubj
met meet VERB 0 root
with with ADP 5 case
the the DET 5 det
envoy envoy NOUN 2 obl
. . PUNCT 2 punct)", {{0, "NOR"}, {4, "SDNGOV"}}),
            "NOR>SDNGOV:040 ");
  // Talks that did not happen go neither way.
  EXPECT_EQ(coded(R"(Norway Norway PROPN 4 nsubj
did do AUX 4 aux
not not PART 4 advmod
hold hold VERB 0 root
talks talk NOUN 4 obj
with with ADP 7 case
Sudan Sudan PROPN 5 nmod)", {{0, "NOR"}, {6, "SDN"}}),
            "NOR>SDN:046!neg SDN>NOR:046!neg ");
}

TEST_F(EventReadingsTest, ViolenceByProtestersIsARiot) {
  const std::string stormed = R"(Angry angry ADJ 2 amod
protesters protester NOUN 3 nsubj
stormed storm VERB 0 root
the the DET 6 det
Danish Danish ADJ 6 amod
embassy embassy NOUN 3 obj
. . PUNCT 3 punct)";
  EXPECT_EQ(coded(stormed, {{1, "PAKCVL"}, {5, "DNKGOV"}}), "PAKCVL>DNKGOV:145 ");
  // The same act by soldiers is military force.
  std::string by_soldiers = stormed;
  by_soldiers.replace(by_soldiers.find("protesters protester"), 20, "soldiers soldier");
  EXPECT_EQ(coded(by_soldiers, {{1, "PAKMIL"}, {5, "DNKGOV"}}), "PAKMIL>DNKGOV:190 ");
  // A clash takes two: police fighting demonstrators repress them (175), the demonstrators riot (145); two armed
  // sides fight each other (190).
  const std::string clashed = R"(Police police NOUN 2 nsubj
clashed clash VERB 0 root
with with ADP 4 case
demonstrators demonstrator NOUN 2 obl
in in ADP 6 case
Lahore Lahore PROPN 2 obl
. . PUNCT 2 punct)";
  EXPECT_EQ(coded(clashed, {{0, "PAKCOP"}, {3, "PAKCVL"}}), "PAKCOP>PAKCVL:175 PAKCVL>PAKCOP:145 ");
  std::string with_rebels = clashed;
  with_rebels.replace(with_rebels.find("demonstrators demonstrator"), 26, "rebels rebel");
  EXPECT_EQ(coded(with_rebels, {{0, "PAKCOP"}, {3, "PAKREB"}}), "PAKCOP>PAKREB:190 PAKREB>PAKCOP:190 ");
  // Rockets are warfare, whoever fires them.
  EXPECT_EQ(coded(R"(Demonstrators demonstrator NOUN 2 nsubj
fired fire VERB 0 root
rockets rocket NOUN 2 obj
at at ADP 6 case
the the DET 6 det
barracks barracks NOUN 2 obl
. . PUNCT 2 punct)", {{0, "LBYCVL"}, {5, "LBYMIL"}}),
            "LBYCVL>LBYMIL:194 ");
}

TEST_F(EventReadingsTest, RocketsAndMissilesAreHeavyWeaponsRiflesAreNot) {
  EXPECT_EQ(coded(R"(The the DET 2 det
militia militia NOUN 3 nsubj
launched launch VERB 0 root
missiles missile NOUN 3 obj
at at ADP 6 case
Israel Israel PROPN 4 nmod
. . PUNCT 3 punct)", {{1, "LBNUAF"}, {5, "ISR"}}),
            "LBNUAF>ISR:194 ");
  EXPECT_EQ(coded(R"(The the DET 2 det
militia militia NOUN 3 nsubj
fired fire VERB 0 root
at at ADP 5 case
police police NOUN 3 obl
. . PUNCT 3 punct)", {{1, "LBNUAF"}, {4, "LBNCOP"}}),
            "LBNUAF>LBNCOP:193 ");
}

TEST_F(EventReadingsTest, TroopsThatWithdrawAreAMilitaryWithdrawal) {
  // "Turkish troops withdrew from Iraq" says what "Turkey withdrew its troops from Iraq" says.
  EXPECT_EQ(coded(R"(Turkish Turkish ADJ 2 amod
troops troops NOUN 3 nsubj
withdrew withdraw VERB 0 root
from from ADP 5 case
Iraq Iraq PROPN 3 obl
. . PUNCT 3 punct)", {{1, "TURMIL"}, {4, "IRQ"}}),
            "TURMIL>IRQ:087 ");
  // "Hundreds of troops" are troops.
  EXPECT_EQ(coded(R"(Hundreds hundred NOUN 5 nsubj
of of ADP 4 case
Turkish Turkish ADJ 4 amod
troops troops NOUN 1 nmod
withdrew withdraw VERB 0 root
from from ADP 7 case
Iraq Iraq PROPN 5 obl)", {{3, "TURMIL"}, {6, "IRQ"}}),
            "TURMIL>IRQ:087 ");
  // A country that withdraws from a body or a treaty reduces relations.
  EXPECT_EQ(coded(R"(Turkey Turkey PROPN 2 nsubj
withdrew withdraw VERB 0 root
from from ADP 5 case
the the DET 5 det
alliance alliance NOUN 2 obl)", {{0, "TUR"}, {4, "IGO"}}),
            "TUR>IGO:166 ");
  // "The embassy closed" as "closed the embassy".
  EXPECT_EQ(coded(R"(The the DET 3 det
Dutch Dutch ADJ 3 amod
embassy embassy NOUN 4 nsubj
closed close VERB 0 root
. . PUNCT 4 punct)", {{2, "NLDGOV"}}),
            "NLDGOV>-:161 ");
}

TEST_F(EventReadingsTest, ATravelWarningReducesRelationsWithTheCountryNamed) {
  EXPECT_EQ(coded(R"(The the DET 3 det
foreign foreign ADJ 3 amod
ministry ministry NOUN 5 nsubj
has have AUX 5 aux
advised advise VERB 0 root
against against ADP 7 case
travel travel NOUN 5 obl
to to ADP 9 case
Mali Mali PROPN 7 nmod
. . PUNCT 5 punct)", {{2, "CANGOV"}, {8, "MLI"}}),
            "CANGOV>MLI:160 ");
  EXPECT_EQ(coded(R"(Japan Japan PROPN 2 nsubj
issued issue VERB 0 root
a a DET 5 det
travel travel NOUN 5 compound
warning warning NOUN 2 obj
for for ADP 7 case
Haiti Haiti PROPN 5 nmod
. . PUNCT 2 punct)", {{0, "JPN"}, {6, "HTI"}}),
            "JPN>HTI:160 ");
  // Advising against a plan is no travel warning (and no event).
  EXPECT_EQ(coded(R"(Japan Japan PROPN 2 nsubj
advised advise VERB 0 root
against against ADP 5 case
the the DET 5 det
plan plan NOUN 2 obl
. . PUNCT 2 punct)", {{0, "JPN"}}),
            "");
}

// "a threat to boycott the games" is no boycott done, also when the parser hangs the infinitive on the verb before
// the noun ("issued a threat to boycott": "boycott" an adverbial clause of "issued").
TEST_F(EventReadingsTest, AnInfinitiveRightAfterANounOfIntentIsNotDone) {
  EXPECT_EQ(coded(R"(Peru Peru PROPN 2 nsubj
repeated repeat VERB 0 root
its its PRON 4 nmod:poss
threat threat NOUN 2 obj
to to PART 6 mark
boycott boycott VERB 2 advcl
the the DET 8 det
summit summit NOUN 6 obj
. . PUNCT 2 punct)", {{0, "PER"}}),
            "PER>-:143!hyp ");
}

// "took part in N" is N, as "participated in N" is; a killing, massacre or assassination named by a noun is coded
// as the verb would be.
TEST_F(EventReadingsTest, TakingPartInAnEventNounIsThatEvent) {
  const std::string words = R"(Militiamen militiaman NOUN 2 nsubj
took take VERB 0 root
part part NOUN 2 obj
in in ADP 6 case
the the DET 6 det
massacre massacre NOUN 2 obl
of of ADP 9 case
the the DET 9 det
villagers villager NOUN 6 nmod
. . PUNCT 2 punct)";
  EXPECT_EQ(coded(words, {{0, "SDNUAF"}, {8, "SDNCVL"}}), "SDNUAF>SDNCVL:202 ");
  // "took the part of X" (sided with X) is no event noun's event.
  EXPECT_EQ(coded(R"(Chad Chad PROPN 2 nsubj
took take VERB 0 root
the the DET 4 det
part part NOUN 2 obj
of of ADP 6 case
Libya Libya PROPN 4 nmod
in in ADP 9 case
the the DET 9 det
assassination assassination NOUN 2 obl
. . PUNCT 2 punct)", {{0, "TCD"}, {5, "LBY"}}),
            "");
  EXPECT_EQ(coded(R"(Gunmen gunman NOUN 2 nsubj
carried carry VERB 0 root
out out ADP 2 compound:prt
the the DET 5 det
assassination assassination NOUN 2 obj
of of ADP 8 case
a a DET 8 det
mayor mayor NOUN 5 nmod
. . PUNCT 2 punct)", {{0, "UAF"}, {7, "MEXGOV"}}),
            "UAF>MEXGOV:186 ");
}

// Targeting or hitting someone is force, with sanctions it is a sanction, "hit out at" criticizes; burning
// property destroys it, burning a flag demonstrates.
TEST_F(EventReadingsTest, HittingTargetingAndBurning) {
  const std::string targeted = R"(Jets jet NOUN 2 nsubj
targeted target VERB 0 root
rebel rebel NOUN 4 compound
positions position NOUN 2 obj
. . PUNCT 2 punct)";
  EXPECT_EQ(coded(targeted, {{0, "TURMIL"}, {3, "SYRREB"}}), "TURMIL>SYRREB:190 ");
  EXPECT_EQ(coded(R"(Canada Canada PROPN 2 nsubj
targeted target VERB 0 root
Russian Russian ADJ 4 amod
banks bank NOUN 2 obj
with with ADP 6 case
sanctions sanction NOUN 2 obl
. . PUNCT 2 punct)", {{0, "CAN"}, {3, "RUSBUS"}}),
            "CAN>RUSBUS:163 ");
  EXPECT_EQ(coded(R"(Ankara Ankara PROPN 2 nsubj
hit hit VERB 0 root
out out ADP 2 compound:prt
at at ADP 5 case
Athens Athens PROPN 2 obl
. . PUNCT 2 punct)", {{0, "TURGOV"}, {4, "GRCGOV"}}),
            "TURGOV>GRCGOV:111 ");
  EXPECT_EQ(coded(R"(Students student NOUN 2 nsubj
burned burn VERB 0 root
a a DET 5 det
French French ADJ 5 amod
flag flag NOUN 2 obj
. . PUNCT 2 punct)", {{0, "MLIEDU"}, {4, "FRA"}}),
            "MLIEDU>FRA:141 ");
  // Burned by a crowd, a building is a riot.
  EXPECT_EQ(coded(R"(A a DET 2 det
crowd crowd NOUN 3 nsubj
burned burn VERB 0 root
the the DET 6 det
party party NOUN 6 compound
offices office NOUN 3 obj
. . PUNCT 3 punct)", {{1, "KENCVL"}, {5, "KENPTY"}}),
            "KENCVL>KENPTY:145 ");
}

// Weapons given, sent or supplied are military aid (072), whatever they are called; food is humanitarian aid.
TEST_F(EventReadingsTest, WeaponsGivenAreMilitaryAid) {
  const std::string gave = R"(Iran Iran PROPN 2 nsubj
gave give VERB 0 root
rifles rifle NOUN 2 obj
to to ADP 6 case
the the DET 6 det
militia militia NOUN 2 obl
. . PUNCT 2 punct)";
  EXPECT_EQ(coded(gave, {{0, "IRN"}, {5, "IRQUAF"}}), "IRN>IRQUAF:072 ");
  std::string sent = gave;
  sent.replace(sent.find("gave give"), 9, "sent send");
  EXPECT_EQ(coded(sent, {{0, "IRN"}, {5, "IRQUAF"}}), "IRN>IRQUAF:072 ");
  sent.replace(sent.find("rifles rifle"), 12, "food food");
  EXPECT_EQ(coded(sent, {{0, "IRN"}, {5, "IRQUAF"}}), "IRN>IRQUAF:073 ");
}

// Whom one consults is no actor of a clause below the consultation ("to discuss efforts to counter the rebels":
// the rebels are countered, not consulted); a purpose clause still names the target of other acts.
TEST_F(EventReadingsTest, TheTopicOfADiscussionIsNotItsPartner) {
  EXPECT_EQ(coded(R"(Oman Oman PROPN 2 nsubj
met meet VERB 0 root
with with ADP 4 case
Iran Iran PROPN 2 obl
to to PART 6 mark
discuss discuss VERB 2 advcl
efforts effort NOUN 6 obj
to to PART 9 mark
counter counter VERB 7 acl
the the DET 11 det
rebels rebel NOUN 9 obj
. . PUNCT 2 punct)", {{0, "OMN"}, {3, "IRN"}, {10, "YEMREB"}}),
            "OMN>IRN:040 ");  // (session 8: the discussion is the meeting's purpose, no second 040)
}

}  // namespace
}  // namespace dunlin
