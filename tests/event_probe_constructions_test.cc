// Event constructions the probe sentences (session 9, tests/data/events/probes.tsv) found coded wrongly, on
// hand-written parses: a subject list whose first member the parser took for a vocative, a with-phrase hung on the
// means of a phone call, people in the street who protest, a body suspending a member, a court barring a candidate,
// and an event noun whose doer is the country adjective before it or a by-phrase under its of-phrase.
#include <gtest/gtest.h>

#include "event_test_util.h"

namespace dunlin {
namespace {

using ProbeConstructionsTest = testing::CodedSentenceTest;

TEST_F(ProbeConstructionsTest, AVocativeFirstMemberOfASubjectListIsASubject) {
  // "Chile, Peru and Bolivia condemned Ecuador": Chile taken for a vocative.
  EXPECT_EQ(coded(R"(Chile Chile PROPN 6 vocative
, , PUNCT 1 punct
Peru Peru PROPN 6 nsubj
and and CCONJ 5 cc
Bolivia Bolivia PROPN 3 conj
condemned condemn VERB 0 root
Ecuador Ecuador PROPN 6 obj
. . PUNCT 6 punct)", {{0, "CHL"}, {2, "PER"}, {4, "BOL"}, {6, "ECU"}}),
            "PER>ECU:111 BOL>ECU:111 CHL>ECU:111 ");
  // A vocative before a lone subject is a vocative ("Chile, Peru condemned Ecuador" is too rare to guess).
  EXPECT_EQ(coded(R"(Chile Chile PROPN 4 vocative
, , PUNCT 1 punct
Peru Peru PROPN 4 nsubj
condemned condemn VERB 0 root
Ecuador Ecuador PROPN 4 obj)", {{0, "CHL"}, {2, "PER"}, {4, "ECU"}}),
            "PER>ECU:111 ");
}

TEST_F(ProbeConstructionsTest, AWithPhraseHungOnThePhoneIsTheCallsPartner) {
  // "Peru's president spoke by telephone with Chile's president": 041, with the phrase under "telephone".
  EXPECT_EQ(coded(R"(President President PROPN 3 nsubj
Rojas Rojas PROPN 1 flat
spoke speak VERB 0 root
by by ADP 5 case
telephone telephone NOUN 3 obl
with with ADP 7 case
Vidal Vidal PROPN 5 nmod
. . PUNCT 3 punct)", {{0, "PERGOV"}, {6, "CHLGOV"}}),
            "PERGOV>CHLGOV:041 ");
  // Not any noun's with-phrase: "spoke by the river with Vidal" is no phone call (and speaking is no event).
  EXPECT_EQ(coded(R"(President President PROPN 3 nsubj
Rojas Rojas PROPN 1 flat
spoke speak VERB 0 root
by by ADP 6 case
the the DET 6 det
river river NOUN 3 obl
with with ADP 8 case
Vidal Vidal PROPN 6 nmod
. . PUNCT 3 punct)", {{0, "PERGOV"}, {7, "CHLGOV"}}),
            "");
}

TEST_F(ProbeConstructionsTest, PeopleWhoProtestAgainstSomeoneDemonstrate) {
  const std::string rallied = R"(Protesters protester NOUN 2 nsubj
rallied rally VERB 0 root
against against ADP 5 case
the the DET 5 det
government government NOUN 2 obl
. . PUNCT 2 punct)";
  EXPECT_EQ(coded(rallied, {{0, "PERCVL"}, {4, "PERGOV"}}), "PERCVL>PERGOV:141 ");
  // An official who rallies others against someone still does that (113); an official protest is a complaint (114).
  EXPECT_EQ(coded(rallied, {{0, "CHLGOV"}, {4, "PERGOV"}}), "CHLGOV>PERGOV:113 ");
  EXPECT_EQ(coded(R"(Farmers farmer NOUN 2 nsubj
protested protest VERB 0 root
against against ADP 4 case
Chile Chile PROPN 2 obl
. . PUNCT 2 punct)", {{0, "PERAGR"}, {3, "CHL"}}),
            "PERAGR>CHL:141 ");
  EXPECT_EQ(coded(R"(Peru Peru PROPN 2 nsubj
protested protest VERB 0 root
against against ADP 4 case
Chile Chile PROPN 2 obl
. . PUNCT 2 punct)", {{0, "PER"}, {3, "CHL"}}),
            "PER>CHL:114 ");
}

TEST_F(ProbeConstructionsTest, ABodySuspendsAMemberAndACourtBarsACandidate) {
  // "The union suspended Peru from its activities": reduce relations (160).
  EXPECT_EQ(coded(R"(The the DET 2 det
union union NOUN 3 nsubj
suspended suspend VERB 0 root
Peru Peru PROPN 3 obj
from from ADP 7 case
its its PRON 7 nmod:poss
activities activity NOUN 3 obl
. . PUNCT 3 punct)", {{1, "IGOAFU"}, {3, "PER"}}),
            "IGOAFU>PER:160 ");
  // Suspending what is no actor from something is not this frame: "suspended the ban from Monday".
  EXPECT_EQ(coded(R"(Peru Peru PROPN 2 nsubj
suspended suspend VERB 0 root
the the DET 4 det
ban ban NOUN 2 obj
from from ADP 6 case
Monday Monday PROPN 2 obl)", {{0, "PER"}}),
            "");
  // "The court barred the candidate from running": 172 on a domestic actor.
  EXPECT_EQ(coded(R"(The the DET 2 det
court court NOUN 3 nsubj
barred bar VERB 0 root
the the DET 5 det
candidate candidate NOUN 3 obj
from from SCONJ 7 mark
running run VERB 3 advcl
. . PUNCT 3 punct)", {{1, "PERJUD"}, {4, "PEROPP"}}),
            "PERJUD>PEROPP:172 ");
}

TEST_F(ProbeConstructionsTest, AnEventNounsDoerIsTheCountryBeforeItOrTheByPhraseUnderItsOfPhrase) {
  // "The Russian shelling of Ukraine killed civilians": the actor stage codes "The Russian shelling" as Russia's
  // (a country and no sector, headed by the noun); the shelling is Russia's act on Ukraine (194).
  EXPECT_EQ(coded(R"(The the DET 3 det
Russian Russian ADJ 3 amod
shelling shelling NOUN 0 root
of of ADP 5 case
Ukraine Ukraine PROPN 3 nmod
. . PUNCT 3 punct)", {{2, "RUS"}, {4, "UKR"}}),
            "RUS>UKR:194 ");
  // Not when the noun's actor has a sector (the phrase names a body, not a country's act): "the Russian army's ...".
  EXPECT_EQ(coded(R"(The the DET 3 det
Russian Russian ADJ 3 amod
shelling shelling NOUN 0 root
of of ADP 5 case
Ukraine Ukraine PROPN 3 nmod
. . PUNCT 3 punct)", {{2, "RUSMIL"}, {4, "UKR"}}),
            "");
  // "The expulsion of Russian diplomats by Norway was announced": the by-phrase under the of-phrase (166).
  EXPECT_EQ(coded(R"(The the DET 2 det
expulsion expulsion NOUN 9 nsubj:pass
of of ADP 5 case
Russian Russian ADJ 5 amod
diplomats diplomat NOUN 2 nmod
by by ADP 7 case
Norway Norway PROPN 5 nmod
was be AUX 9 aux:pass
announced announce VERB 0 root
. . PUNCT 9 punct)", {{4, "RUSGOV"}, {6, "NOR"}}),
            "NOR>RUSGOV:166 ");
}

}  // namespace
}  // namespace dunlin
