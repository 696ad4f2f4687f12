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

TEST_F(ProbeConstructionsTest, ARelativeClauseHungOnTheMainVerbIsAboutTheNounBeforeTheComma) {
  // "Chile, which invaded Peru, holds ...": the parser made the relative clause a parataxis of "holds".
  EXPECT_EQ(coded(R"(Chile Chile PROPN 6 nsubj
, , PUNCT 1 punct
which which PRON 4 nsubj
invaded invade VERB 6 parataxis
Peru Peru PROPN 4 obj
holds hold VERB 0 root
land land NOUN 6 obj
. . PUNCT 6 punct)", {{0, "CHL"}, {4, "PER"}}),
            "CHL>PER:192 ");
}

TEST_F(ProbeConstructionsTest, TwoNounsOfOnePhraseSplitIntoTwoSubjectsAreOneSource) {
  // "The Chilean defence/nsubj ministry/nsubj denied responsibility": the actor stage coded both words; one event.
  EXPECT_EQ(coded(R"(The the DET 3 det
Chilean Chilean ADJ 3 amod
defence defence NOUN 5 nsubj
ministry ministry PROPN 5 nsubj
denied deny VERB 0 root
responsibility responsibility NOUN 5 obj
. . PUNCT 5 punct)", {{2, "CHLGOV"}, {3, "CHLGOV"}}),
            "CHLGOV>-:016 ");
  // Two subjects apart are two sides: "Chile, Peru agreed ..." keeps both (the rule the split must not break).
  EXPECT_EQ(coded(R"(Chile Chile PROPN 4 nsubj
and and CCONJ 3 cc
Peru Peru PROPN 4 nsubj
condemned condemn VERB 0 root
Bolivia Bolivia PROPN 4 obj)", {{0, "CHL"}, {2, "PER"}, {4, "BOL"}}),
            "CHL>BOL:111 PER>BOL:111 ");
}

TEST_F(ProbeConstructionsTest, AnAgreementOfTwoSidesAboutTheirOwnThingIsBetweenThem) {
  // "Chile and Peru agreed to restore their pact": "their" (resolved by the actor stage to the two sides: here to
  // Chile's entity) points back at the subjects; the agreement is between them, one event each way.
  const std::string words = R"(Chile Chile PROPN 4 nsubj
and and CCONJ 3 cc
Peru Peru PROPN 1 conj
agreed agree VERB 0 root
to to PART 6 mark
restore restore VERB 4 xcomp
their their PRON 8 nmod:poss
pact pact NOUN 6 obj
. . PUNCT 4 punct)";
  doc_ = document_from_conllu({testing::parsed_sentence(words)});
  testing::add_actor(doc_, 0, "CHLGOV", 0);
  testing::add_actor(doc_, 2, "PERGOV", 1);
  testing::add_actor(doc_, 6, "CHLGOV", 0);
  coder_->annotate(doc_);
  EXPECT_EQ(summary(doc_.events.events), "CHLGOV>PERGOV:030 PERGOV>CHLGOV:030 ");
  // A target of its own stays the target: "... to restore their pact with Bolivia" is not about that.
  EXPECT_EQ(coded(R"(Chile Chile PROPN 4 nsubj
and and CCONJ 3 cc
Peru Peru PROPN 1 conj
agreed agree VERB 0 root
to to PART 6 mark
meet meet VERB 4 xcomp
Bolivia Bolivia PROPN 6 obj
. . PUNCT 4 punct)", {{0, "CHLGOV"}, {2, "PERGOV"}, {6, "BOL"}}),
            "CHLGOV>BOL:036 PERGOV>BOL:036 ");
}

TEST_F(ProbeConstructionsTest, TheSeatOfAnInternationalBodyNamedAsThePlaceIsNoTarget) {
  // "Chile and Peru agreed to meet in Brussels": Brussels (coded as the EU) is where; the meeting is between the
  // two sides.
  EXPECT_EQ(coded(R"(Chile Chile PROPN 4 nsubj
and and CCONJ 3 cc
Peru Peru PROPN 1 conj
agreed agree VERB 0 root
to to PART 6 mark
meet meet VERB 4 xcomp
in in ADP 8 case
Brussels Brussels PROPN 6 obl
. . PUNCT 4 punct)", {{0, "CHL"}, {2, "PER"}, {7, "IGOEUREEC"}}),
            "CHL>PER:036 PER>CHL:036 ");
  // A capital so named stays the target of an act that names no other: "imposed a curfew in Santiago".
  EXPECT_EQ(coded(R"(Chile Chile PROPN 2 nsubj
imposed impose VERB 0 root
a a DET 4 det
curfew curfew NOUN 2 obj
in in ADP 6 case
Santiago Santiago PROPN 2 obl
. . PUNCT 2 punct)", {{0, "CHLGOV"}, {5, "CHLGOV"}}).substr(0, 11),
            "CHLGOV>CHLG");
}

TEST_F(ProbeConstructionsTest, AnExerciseTwoSidesHoldIsMilitaryCooperation) {
  // "Chile and Peru held naval exercises": 062 between them; one side alone shows force (150).
  EXPECT_EQ(coded(R"(Chile Chile PROPN 4 nsubj
and and CCONJ 3 cc
Peru Peru PROPN 1 conj
held hold VERB 0 root
naval naval ADJ 6 amod
exercises exercise NOUN 4 obj
. . PUNCT 4 punct)", {{0, "CHL"}, {2, "PER"}}),
            "CHL>PER:062 PER>CHL:062 ");
  EXPECT_EQ(coded(R"(Chile Chile PROPN 2 nsubj
held hold VERB 0 root
naval naval ADJ 4 amod
exercises exercise NOUN 2 obj
. . PUNCT 2 punct)", {{0, "CHL"}}),
            "CHL>-:150 ");
}

TEST_F(ProbeConstructionsTest, SpeakingToThePressIsNoConsultation) {
  // "The minister spoke to reporters": no 040 with the press.
  const std::string words = R"(The the DET 2 det
minister minister NOUN 3 nsubj
spoke speak VERB 0 root
to to ADP 5 case
reporters reporter NOUN 3 obl
. . PUNCT 3 punct)";
  EXPECT_EQ(coded(words, {{1, "PERGOV"}, {4, "PERMED"}}), "");
  // To an official it is: "spoke to the envoy".
  EXPECT_EQ(coded(words, {{1, "PERGOV"}, {4, "CHLGOV"}}), "PERGOV>CHLGOV:040 ");
}

TEST_F(ProbeConstructionsTest, ASuicideBombersAttackIsABombing) {
  // "A Chilean suicide bomber attacked a police station": 183, not 190.
  const std::string words = R"(A a DET 4 det
Chilean Chilean ADJ 4 amod
suicide suicide NOUN 4 compound
bomber bomber NOUN 5 nsubj
attacked attack VERB 0 root
a a DET 8 det
police police NOUN 8 compound
station station NOUN 5 obj
. . PUNCT 5 punct)";
  doc_ = document_from_conllu({testing::parsed_sentence(words)});
  Actor bomber;
  bomber.first_token = 0;
  bomber.end_token = 4;
  bomber.head = 3;
  bomber.code = "CHLUAF";
  bomber.country = "CHL";
  bomber.sector = "UAF";
  bomber.entity = 0;
  doc_.actors.actors.push_back(bomber);
  testing::add_actor(doc_, 7, "CHLCOP", 1);
  coder_->annotate(doc_);
  EXPECT_EQ(summary(doc_.events.events), "CHLUAF>CHLCOP:183 ");
  // A bomber aircraft's attack stays a military one.
  EXPECT_EQ(coded(R"(A a DET 3 det
Chilean Chilean ADJ 3 amod
bomber bomber NOUN 4 nsubj
attacked attack VERB 0 root
Peru Peru PROPN 4 obj
. . PUNCT 4 punct)", {{2, "CHLMIL"}, {4, "PER"}}),
            "CHLMIL>PER:190 ");
}

TEST_F(ProbeConstructionsTest, InsistingWithNothingInsistedOnIsASaying) {
  // "Police never arrested the mayor, officials insisted" (the parser's relative clause): no demand (the arrest is
  // coded negated, as every coded event under "never").
  EXPECT_EQ(coded(R"(Police police NOUN 3 nsubj
never never ADV 3 advmod
arrested arrest VERB 0 root
the the DET 5 det
mayor mayor NOUN 3 obj
, , PUNCT 7 punct
officials official NOUN 8 nsubj
insisted insist VERB 5 acl:relcl
. . PUNCT 3 punct)", {{0, "PERCOP"}, {4, "PERGOV"}, {6, "PERGOV"}}),
            "PERCOP>PERGOV:173!neg ");
  // Insisting on something is a demand: "Chile insisted on talks".
  EXPECT_EQ(coded(R"(Chile Chile PROPN 2 nsubj
insisted insist VERB 0 root
on on ADP 4 case
talks talk NOUN 2 obl
. . PUNCT 2 punct)", {{0, "CHL"}}),
            "CHL>-:100 ");
}

TEST_F(ProbeConstructionsTest, UsingChemicalWeaponsIsMassViolence) {
  // "Chile used chemical weapons against Peru": "chemical" (an adjective) joins the noun, 204.
  EXPECT_EQ(coded(R"(Chile Chile PROPN 2 nsubj
used use VERB 0 root
chemical chemical ADJ 4 amod
weapons weapon NOUN 2 obj
against against ADP 6 case
Peru Peru PROPN 2 obl
. . PUNCT 2 punct)", {{0, "CHLGOV"}, {5, "PER"}}),
            "CHLGOV>PER:204 ");
  // Any other adjective does not: "used old weapons against Peru" is no 204 (and "use" alone codes nothing).
  EXPECT_EQ(coded(R"(Chile Chile PROPN 2 nsubj
used use VERB 0 root
old old ADJ 4 amod
weapons weapon NOUN 2 obj
against against ADP 6 case
Peru Peru PROPN 2 obl
. . PUNCT 2 punct)", {{0, "CHLGOV"}, {5, "PER"}}),
            "");
}

TEST_F(ProbeConstructionsTest, ACountryWordTakenForTheHeadOfAPersonsPhraseStandsForThePerson) {
  // "Rojas met with Chilean Prime Minister Vidal": the parser made "Chilean" (PROPN) the head, the name its nmod.
  EXPECT_EQ(coded(R"(Rojas Rojas PROPN 2 nsubj
met meet VERB 0 root
with with ADP 4 case
Chilean Chilean PROPN 2 obl
Prime Prime ADJ 6 amod
Minister Minister PROPN 7 nmod:desc
Vidal Vidal PROPN 4 nmod
. . PUNCT 2 punct)", {{0, "PERGOV"}, {3, "CHL"}, {6, "CHLGOV"}}),
            "PERGOV>CHLGOV:040 ");
  // A phrase with a preposition is another actor: "met with Chile of all countries" keeps Chile.
  EXPECT_EQ(coded(R"(Rojas Rojas PROPN 2 nsubj
met meet VERB 0 root
with with ADP 4 case
Chile Chile PROPN 2 obl
after after ADP 6 case
Vidal Vidal PROPN 4 nmod
. . PUNCT 2 punct)", {{0, "PERGOV"}, {3, "CHL"}, {5, "CHLGOV"}}),
            "PERGOV>CHL:040 ");
}

TEST_F(ProbeConstructionsTest, AParticipleOfTheHarmAnAttackDidIsNoSecondAttack) {
  // "Chile shelled Peru's army, killing three soldiers and wounding five": one attack (194), not three.
  const std::string shelled = R"(Chile Chile PROPN 2 nsubj NNP
shelled shell VERB 0 root VBD
Peru Peru PROPN 5 nmod:poss NNP
's 's PART 3 case POS
army army NOUN 2 obj NN
, , PUNCT 7 punct ,
killing kill VERB 2 advcl VBG
three three NUM 9 nummod CD
soldiers soldier NOUN 7 obj NNS
and and CCONJ 11 cc CC
wounding wound VERB 7 conj VBG
five five NUM 11 obj CD
. . PUNCT 2 punct .)";
  EXPECT_EQ(coded(shelled, {{0, "CHL"}, {4, "PERMIL"}, {8, "PERMIL"}}), "CHL>PERMIL:194 ");
  // A killing that is the sentence's own act stays one: "Chile killed three soldiers".
  EXPECT_EQ(coded(R"(Chile Chile PROPN 2 nsubj NNP
killed kill VERB 0 root VBD
three three NUM 4 nummod CD
soldiers soldier NOUN 2 obj NNS
. . PUNCT 2 punct .)", {{0, "CHL"}, {3, "PERMIL"}}),
            "CHL>PERMIL:190 ");
}

TEST_F(ProbeConstructionsTest, ConjoinedCountryAdjectivesAreOneSideEach) {
  // "The Chilean and Peruvian governments condemned Bolivia": the actor stage gives "Peruvian" an actor of its own;
  // both condemn.
  const std::string words = R"(The the DET 5 det
Chilean Chilean ADJ 5 amod
and and CCONJ 4 cc
Peruvian Peruvian ADJ 2 conj
governments government NOUN 6 nsubj
condemned condemn VERB 0 root
Bolivia Bolivia PROPN 6 obj
. . PUNCT 6 punct)";
  EXPECT_EQ(coded(words, {{4, "CHLGOV"}, {3, "PERGOV"}, {6, "BOL"}}), "CHLGOV>BOL:111 PERGOV>BOL:111 ");
  // And two sides holding exercises together cooperate (062) with each other.
  EXPECT_EQ(coded(R"(Chilean Chilean ADJ 4 amod
and and CCONJ 3 cc
Peruvian Peruvian ADJ 1 conj
warships warship NOUN 5 nsubj
held hold VERB 0 root
exercises exercise NOUN 5 obj
. . PUNCT 5 punct)", {{3, "CHLMIL"}, {2, "PERMIL"}}),
            "CHLMIL>PERMIL:062 PERMIL>CHLMIL:062 ");
}

}  // namespace
}  // namespace dunlin
