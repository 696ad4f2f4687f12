// The event coder on hand-written parses (so these tests do not depend on the parser's accuracy).
#include "dunlin/events/event_coder.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "dunlin/conllu/conllu_document.h"
#include "event_test_util.h"

namespace dunlin {
namespace {

using testing::parsed_sentence;

using EventCoderTest = testing::CodedSentenceTest;

TEST_F(EventCoderTest, AVisitNeedsSomeoneToVisit) {
  // visit / receive are T! frames: "visited Chile" is a visit, "visited the clinic" and "received surgery" are not.
  EXPECT_EQ(coded(R"(Peru Peru PROPN 2 nsubj
visited visit VERB 0 root
Chile Chile PROPN 2 obj
. . PUNCT 2 punct)", {{0, "PERGOV"}, {2, "CHL"}}),
            "PERGOV>CHL:042 ");
  EXPECT_EQ(coded(R"(Peru Peru PROPN 2 nsubj
visited visit VERB 0 root
the the DET 4 det
clinic clinic NOUN 2 obj
. . PUNCT 2 punct)", {{0, "PERGOV"}}),
            "");
  EXPECT_EQ(coded(R"(The the DET 2 det
mayor mayor NOUN 3 nsubj
received receive VERB 0 root
surgery surgery NOUN 3 obj
. . PUNCT 3 punct)", {{1, "PERGOV"}}),
            "");
  EXPECT_EQ(coded(R"(The the DET 2 det
mayor mayor NOUN 3 nsubj
received receive VERB 0 root
the the DET 5 det
envoy envoy NOUN 3 obj
. . PUNCT 3 punct)", {{1, "PERGOV"}, {4, "CHLGOV"}}),
            "PERGOV>CHLGOV:043 ");
}

TEST_F(EventCoderTest, APhraseOnTheLastConjunctOfTheObjectIsTheWholeObjects) {
  // "withdrew its envoys and staff from Peru" with "from Peru" hung on "staff": the phrase is the verb's (166).
  EXPECT_EQ(coded(R"(Chile Chile PROPN 2 nsubj
withdrew withdraw VERB 0 root
its its PRON 4 nmod:poss
envoys envoy NOUN 2 obj
and and CCONJ 6 cc
staff staff NOUN 4 conj
from from ADP 8 case
Peru Peru PROPN 6 nmod
. . PUNCT 2 punct)",
                  {{0, "CHLGOV"}, {7, "PER"}}),
            "CHLGOV>PER:166 ");
}

TEST_F(EventCoderTest, AttributingAnAttackToSomeoneAccusesThem) {
  // attribute verb to:T! 112: an accusation only when the to-phrase is an actor.
  EXPECT_EQ(coded(R"(Kenya Kenya PROPN 2 nsubj
attributed attribute VERB 0 root
the the DET 4 det
bombing bombing NOUN 2 obj
to to ADP 7 case
the the DET 7 det
rebels rebel NOUN 2 obl
. . PUNCT 2 punct)", {{0, "KENGOV"}, {6, "SOMREB"}}),
            "KENGOV>SOMREB:112 ");
  EXPECT_EQ(coded(R"(Kenya Kenya PROPN 2 nsubj
attributed attribute VERB 0 root
the the DET 4 det
shortage shortage NOUN 2 obj
to to ADP 7 case
the the DET 7 det
drought drought NOUN 2 obl
. . PUNCT 2 punct)", {{0, "KENGOV"}}),
            "");
}

TEST_F(EventCoderTest, SubjectVerbObject) {
  const auto ev = code(R"(Turkey Turkey PROPN 2 nsubj
criticized criticize VERB 0 root
Russia Russia PROPN 2 obj
. . PUNCT 2 punct)", {{0, "TUR"}, {2, "RUS"}});
  EXPECT_EQ(summary(ev), "TUR>RUS:111 ");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].predicate, 1u);
  EXPECT_NE(ev[0].frame.find("verb_frames.tsv:"), std::string::npos);
}

TEST_F(EventCoderTest, NegationIsMarked) {
  const auto ev = code(R"(Iran Iran PROPN 4 nsubj
did do AUX 4 aux
not not PART 4 advmod
attack attack VERB 0 root
Iraq Iraq PROPN 4 obj)", {{0, "IRN"}, {4, "IRQ"}});
  EXPECT_EQ(summary(ev), "IRN>IRQ:190!neg ");
}

TEST_F(EventCoderTest, PassiveTakesTheByPhraseAsSource) {
  const auto ev = code(R"(Spain Spain PROPN 3 nsubj:pass
was be AUX 3 aux:pass
criticized criticize VERB 0 root
by by ADP 5 case
Portugal Portugal PROPN 3 obl:agent)", {{0, "ESP"}, {4, "PRT"}});
  EXPECT_EQ(summary(ev), "PRT>ESP:111 ");
}

TEST_F(EventCoderTest, PrepositionGivesTheTarget) {
  const auto ev = code(R"(Chile Chile PROPN 2 nsubj
met meet VERB 0 root
with with ADP 4 case
Peru Peru PROPN 2 obl
in in ADP 6 case
Lima Lima PROPN 2 obl)", {{0, "CHL"}, {3, "PER"}});
  EXPECT_EQ(summary(ev), "CHL>PER:040 ");
}

TEST_F(EventCoderTest, LightVerbAndEventNoun) {
  auto ev = code(R"(Chile Chile PROPN 2 nsubj
held hold VERB 0 root
talks talk NOUN 2 obj
with with ADP 5 case
Peru Peru PROPN 3 nmod)", {{0, "CHL"}, {4, "PER"}});
  EXPECT_EQ(summary(ev), "CHL>PER:046 PER>CHL:046 ");
  EXPECT_EQ(ev[0].predicate, 2u) << "the noun carries the event";

  ev = code(R"(Poland Poland PROPN 2 nsubj
imposed impose VERB 0 root
sanctions sanction NOUN 2 obj
on on ADP 5 case
Belarus Belarus PROPN 2 obl)", {{0, "POL"}, {4, "BLR"}});
  EXPECT_EQ(summary(ev), "POL>BLR:163 ");
}

TEST_F(EventCoderTest, NounLinkingTwoSides) {
  const auto ev = code(R"(Talks talk NOUN 6 nsubj
between between ADP 3 case
Japan Japan PROPN 1 nmod
and and CCONJ 5 cc
China China PROPN 3 conj
resumed resume VERB 0 root)", {{2, "JPN"}, {4, "CHN"}});
  EXPECT_EQ(summary(ev), "JPN>CHN:046 CHN>JPN:046 ");
}

TEST_F(EventCoderTest, ConjoinedActorsGiveOneEventEach) {
  const auto ev = code(R"(Germany Germany PROPN 4 nsubj
and and CCONJ 3 cc
Austria Austria PROPN 1 conj
condemned condemn VERB 0 root
Hungary Hungary PROPN 4 obj)", {{0, "DEU"}, {2, "AUT"}, {4, "HUN"}});
  EXPECT_EQ(summary(ev), "DEU>HUN:111 AUT>HUN:111 ");
}

TEST_F(EventCoderTest, IntentAppealAndThreatCombineWithTheInnerEvent) {
  auto ev = code(R"(Egypt Egypt PROPN 2 nsubj
agreed agree VERB 0 root
to to PART 4 mark
meet meet VERB 2 xcomp
Jordan Jordan PROPN 4 obj)", {{0, "EGY"}, {4, "JOR"}});
  EXPECT_EQ(summary(ev), "EGY>JOR:036 ");

  ev = code(R"(France France PROPN 2 nsubj
urged urge VERB 0 root
Mali Mali PROPN 2 obj
to to PART 5 mark
release release VERB 2 xcomp
the the DET 7 det
hostages hostage NOUN 5 obj)", {{0, "FRA"}, {2, "MLI"}});
  EXPECT_EQ(summary(ev), "FRA>MLI:025 ");

  ev = code(R"(Greece Greece PROPN 2 nsubj
threatened threaten VERB 0 root
to to PART 4 mark
strike strike VERB 2 xcomp
Turkey Turkey PROPN 4 obj)", {{0, "GRC"}, {4, "TUR"}});
  EXPECT_EQ(summary(ev), "GRC>TUR:138 ");

  ev = code(R"(Cuba Cuba PROPN 2 nsubj
declined decline VERB 0 root
to to PART 4 mark
comment comment VERB 2 xcomp)", {{0, "CUB"}});
  EXPECT_EQ(summary(ev), "CUB>-:011 ");
}

TEST_F(EventCoderTest, DeniedContentIsNeverAPlainEvent) {
  const auto ev = code(R"(Kenya Kenya PROPN 2 nsubj
denied deny VERB 0 root
that that SCONJ 5 mark
Uganda Uganda PROPN 5 nsubj
attacked attack VERB 2 ccomp
Sudan Sudan PROPN 5 obj)", {{0, "KEN"}, {3, "UGA"}, {5, "SDN"}});
  EXPECT_EQ(summary(ev), "KEN>UGA:010 UGA>SDN:190!neg ");
}

TEST_F(EventCoderTest, ReportedSpeechCodesTheContentNotTheSaying) {
  const auto ev = code(R"(Kenya Kenya PROPN 2 nsubj
said say VERB 0 root
Uganda Uganda PROPN 4 nsubj
attacked attack VERB 2 ccomp
Sudan Sudan PROPN 4 obj)", {{0, "KEN"}, {2, "UGA"}, {4, "SDN"}});
  // No 010 for the saying; saying that another country used force charges it (112, see
  // SayingThatAnotherCountryUsedForceAccusesIt).
  EXPECT_EQ(summary(ev), "KEN>UGA:112 UGA>SDN:190 ");
}

TEST_F(EventCoderTest, AVerbOfSayingTheParserMisattachedStillSaysAClause) {
  // "Chile will help Peru, the Chilean minister said on Friday": "said" hung on "help" as an adverbial clause.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 3 nsubj
will will AUX 3 aux
help help VERB 0 root
Peru Peru PROPN 3 obj
, , PUNCT 9 punct
the the DET 8 det
Chilean Chilean ADJ 8 amod
minister minister NOUN 9 nsubj
said say VERB 3 advcl
on on ADP 11 case
Friday Friday PROPN 9 obl)", {{0, "CHL"}, {3, "PER"}, {7, "CHLGOV"}})),
            "CHL>PER:033 ");  // the intent to help, and no 010 for the saying
  // "Chile said on Friday it had closed the border": the content hung on the date word as a relative clause.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
said say VERB 0 root
on on ADP 4 case
Friday Friday PROPN 2 obl
it it PRON 7 nsubj
had have AUX 7 aux
closed close VERB 4 acl:relcl
the the DET 9 det
border border NOUN 7 obj)", {{0, "CHL"}, {4, "CHL"}})),
            "CHL>-:172 ");  // the closing, and no 010
  // "Chile said Peruvian jets bombed Arica": the content's subject made the object of "said", its verb a reduced
  // relative of it; an active one is the content (and one country saying another used force charges it).
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
said say VERB 0 root
Peruvian Peruvian ADJ 4 amod
jets jet NOUN 2 obj
bombed bomb VERB 4 acl VBD
Arica Arica PROPN 5 obj)", {{0, "CHL"}, {3, "PERMIL"}, {5, "CHLGOV"}})),
            "CHL>PERMIL:112 PERMIL>CHLGOV:195 ");
  // A statement with no clause is no event (plain statements are not coded since session 6): "Chile said so on
  // Friday" gives nothing.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
said say VERB 0 root
so so ADV 2 advmod
on on ADP 5 case
Friday Friday PROPN 2 obl)", {{0, "CHL"}})),
            "");
}

TEST_F(EventCoderTest, QuestionsAndModalsAreHypothetical) {
  auto ev = code(R"(Would would AUX 3 aux
Canada Canada PROPN 3 nsubj
sanction sanction VERB 0 root
Cuba Cuba PROPN 3 obj
? ? PUNCT 3 punct)", {{1, "CAN"}, {3, "CUB"}});
  EXPECT_EQ(summary(ev), "CAN>CUB:163!hyp ");

  ev = code(R"(Norway Norway PROPN 3 nsubj
will will AUX 3 aux
visit visit VERB 0 root
Sweden Sweden PROPN 3 obj)", {{0, "NOR"}, {3, "SWE"}});
  EXPECT_EQ(summary(ev), "NOR>SWE:036 ") << "a future visit is an intent to meet";

  ev = code(R"(Peru Peru PROPN 2 nsubj
wants want VERB 0 root
to to PART 4 mark
help help VERB 2 xcomp
Chile Chile PROPN 4 obj)", {{0, "PER"}, {4, "CHL"}});
  EXPECT_EQ(summary(ev), "PER>CHL:033 ") << "wanting to help states a willingness: an intent, not aid given";

  ev = code(R"(Peru Peru PROPN 2 nsubj
plans plan VERB 0 root
to to PART 4 mark
help help VERB 2 xcomp
Chile Chile PROPN 4 obj)", {{0, "PER"}, {4, "CHL"}});
  // (session 8: a plan to cooperate states the commitment CAMEO codes as an intent, 03x)
  EXPECT_EQ(summary(ev), "PER>CHL:033 ");
}

TEST_F(EventCoderTest, DenialTargetsTheFirstOtherSideActorAfterTheVerb) {
  // "Kenya denied reports, from Ugandan media, ..." parsed loosely: the content is not a ccomp.
  const auto ev = code(R"(Kenya Kenya PROPN 2 nsubj
denied deny VERB 0 root
reports report NOUN 2 obj
from from ADP 5 case
Uganda Uganda PROPN 2 obl)", {{0, "KEN"}, {4, "UGA"}});
  EXPECT_EQ(summary(ev), "KEN>UGA:010 ");
}

TEST_F(EventCoderTest, TargetFoundInsideTheObjectPhrase) {
  const auto ev = code(R"(Chile Chile PROPN 2 nsubj
blocked block VERB 0 root
the the DET 4 det
plan plan NOUN 2 obj
of of ADP 6 case
Peru Peru PROPN 4 nmod)", {{0, "CHL"}, {5, "PER"}});
  EXPECT_EQ(summary(ev), "CHL>PER:120 ");
}

TEST_F(EventCoderTest, TwoSubjectsOfOneVerbAreBothSources) {
  const auto ev = code(R"(Chile Chile PROPN 4 nsubj
and and CCONJ 4 cc
Peru Peru PROPN 4 nsubj
condemned condemn VERB 0 root
Bolivia Bolivia PROPN 4 obj)", {{0, "CHL"}, {2, "PER"}, {4, "BOL"}});
  EXPECT_EQ(summary(ev), "CHL>BOL:111 PER>BOL:111 ");
}

TEST_F(EventCoderTest, SourceInsideAGroupPhraseAndNounTargetInsideTheObject) {
  // "A group of Chilean envoys held their first meeting with Peru."
  const auto ev = code(R"(A a DET 2 det
group group NOUN 6 nsubj
of of ADP 5 case
Chilean Chilean ADJ 5 amod
envoys envoy NOUN 2 nmod
held hold VERB 0 root
their their PRON 9 nmod:poss
first first ADJ 9 amod
meeting meeting NOUN 6 obj
with with ADP 11 case
Peru Peru PROPN 9 nmod)", {{4, "CHLGOV"}, {10, "PER"}});
  EXPECT_EQ(summary(ev), "CHLGOV>PER:040 ");
}

TEST_F(EventCoderTest, AdjectiveGovernsAnInfinitive) {
  // "Peru is ready to help Chile."
  const auto ev = code(R"(Peru Peru PROPN 3 nsubj
is be AUX 3 cop
ready ready ADJ 0 root
to to PART 5 mark
help help VERB 3 xcomp
Chile Chile PROPN 5 obj)", {{0, "PER"}, {5, "CHL"}});
  EXPECT_EQ(summary(ev), "PER>CHL:033 ");
}

TEST_F(EventCoderTest, LemmatizerMissesAreRecoveredFromTheForm) {
  // A lemmatizer that gave "blam" for "blamed" must not lose the event.
  const auto ev = code(R"(Chile Chile PROPN 2 nsubj
blamed blam VERB 0 root
Peru Peru PROPN 2 obj)", {{0, "CHL"}, {2, "PER"}});
  EXPECT_EQ(summary(ev), "CHL>PER:112 ");
}

TEST_F(EventCoderTest, DenyingAnActOfOnesOwnSideDeniesResponsibility) {
  // "Kenya denied that its troops shelled Sudan": 016, not the plain statement 010 of the test above.
  auto ev = code(R"(Kenya Kenya PROPN 2 nsubj
denied deny VERB 0 root
that that SCONJ 6 mark
its its PRON 5 nmod:poss
troops troop NOUN 6 nsubj
shelled shell VERB 2 ccomp
Sudan Sudan PROPN 6 obj)", {{0, "KEN"}, {4, "KENMIL"}, {6, "SDN"}});
  EXPECT_EQ(summary(ev), "KEN>SDN:016 KENMIL>SDN:194!neg ");
  // "Kenya denied supplying arms to Uganda": the denier is the doer of the gerund.
  ev = code(R"(Kenya Kenya PROPN 2 nsubj
denied deny VERB 0 root
supplying supply VERB 2 xcomp
arms arm NOUN 3 obj
to to ADP 6 case
Uganda Uganda PROPN 3 obl)", {{0, "KEN"}, {5, "UGA"}});
  EXPECT_EQ(summary(ev).substr(0, 12), "KEN>UGA:016 ");
  // "Kenya denied funding for the dam": a gerund with no object of its own is no act denied.
  ev = code(R"(Kenya Kenya PROPN 2 nsubj
denied deny VERB 0 root
funding fund VERB 2 xcomp
for for ADP 6 case
the the DET 6 det
dam dam NOUN 3 obl)", {{0, "KEN"}});
  EXPECT_EQ(summary(ev), "KEN>-:010 ");
}

TEST_F(EventCoderTest, ASourcesTermsForSpeakingAreNoEvent) {
  // "The official, who declined to be identified, left": no refusal (120) by the official.
  EXPECT_EQ(summary(code(R"(The the DET 2 det
official official NOUN 9 nsubj
, , PUNCT 5 punct
who who PRON 5 nsubj
declined decline VERB 2 acl:relcl
to to PART 8 mark
be be AUX 8 aux:pass
identified identify VERB 5 xcomp
left leave VERB 0 root)",
                         {{1, "KENGOV"}})),
            "");
  // "The official, who asked not to be named, left": no appeal (020), also with the clause hung as adverbial.
  EXPECT_EQ(summary(code(R"(The the DET 2 det
official official NOUN 10 nsubj
, , PUNCT 5 punct
who who PRON 5 nsubj
asked ask VERB 2 acl:relcl
not not PART 9 advmod
to to PART 9 mark
be be AUX 9 aux:pass
named name VERB 5 advcl
left leave VERB 0 root)",
                         {{1, "KENGOV"}})),
            "");
}

TEST_F(EventCoderTest, CallingSomethingByAWordIsNoTelephoneCall) {
  // 'Chile called the sanctions "unjust"', the adjective hung on the noun: a criticism (111), never a call (041).
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
called call VERB 0 root
the the DET 4 det
sanctions sanction NOUN 2 obj
unjust unjust ADJ 4 amod)",
                         {{0, "CHL"}})),
            "CHL>-:111 ");
  // "Chile called the meeting": no one on the other end of the line.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
called call VERB 0 root
the the DET 4 det
meeting meeting NOUN 2 obj)",
                         {{0, "CHL"}})),
            "");
  // "Chile called Peru": a call.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
called call VERB 0 root
Peru Peru PROPN 2 obj)",
                         {{0, "CHL"}, {2, "PER"}})),
            "CHL>PER:041 ");
}

TEST_F(EventCoderTest, AVowToKeepUpOrReturnForceIsAThreat) {
  // "Chile vowed to keep attacking Peru": the act kept up is what is vowed, a threat (13x), and no attack happens.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
vowed vow VERB 0 root
to to PART 4 mark
keep keep VERB 2 xcomp
attacking attack VERB 4 xcomp
Peru Peru PROPN 5 obj)",
                         {{0, "CHL"}, {5, "PER"}})),
            "CHL>PER:138 ");
  // "Chile vowed to retaliate": striking back is force.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
vowed vow VERB 0 root
to to PART 4 mark
retaliate retaliate VERB 2 xcomp)",
                         {{0, "CHL"}})),
            "CHL>-:138 ");
}

TEST_F(EventCoderTest, AnActWarnedAgainstIsNotDone) {
  // "Chile warned Peru against supplying arms to Bolivia": a warning (13x), and no supply.
  const std::string ev = summary(code(R"(Chile Chile PROPN 2 nsubj
warned warn VERB 0 root
Peru Peru PROPN 2 obj
against against SCONJ 5 mark
supplying supply VERB 2 advcl
arms arm NOUN 5 obj
to to ADP 8 case
Bolivia Bolivia PROPN 5 obl)",
                                      {{0, "CHL"}, {2, "PER"}, {7, "BOL"}}));
  EXPECT_NE(ev.find("CHL>PER:130 "), std::string::npos) << ev;
  EXPECT_NE(ev.find("BOL:072!hyp"), std::string::npos) << ev;  // never printed as done
  EXPECT_EQ(ev.find("BOL:072 "), std::string::npos) << ev;
}

TEST_F(EventCoderTest, ANameAndADemonymConjoinedBeforeTheNounAreTwoSides) {
  // "U.S. and British warplanes struck Yemen": one strike each.
  EXPECT_EQ(summary(code(R"(U.S. U.S. PROPN 4 compound
and and CCONJ 3 cc
British British ADJ 1 conj
warplanes warplane NOUN 5 nsubj
struck strike VERB 0 root
Yemen Yemen PROPN 5 obj)",
                         {{3, "USAMIL"}, {2, "GBRMIL"}, {5, "YEM"}})),
            "USAMIL>YEM:190 GBRMIL>YEM:190 ");
}

TEST_F(EventCoderTest, AFurtherStatementIsNoPurpose) {
  // "Chile admitted the strike, blaming Peru": the admission is not aimed at Peru (the blame is).
  const std::string ev = summary(code(R"(Chile Chile PROPN 2 nsubj
admitted admit VERB 0 root
the the DET 4 det
strike strike NOUN 2 obj
blaming blame VERB 2 advcl
Peru Peru PROPN 5 obj)",
                                      {{0, "CHL"}, {5, "PER"}}));
  EXPECT_NE(ev.find("CHL>-:015"), std::string::npos) << ev;
  EXPECT_EQ(ev.find("CHL>PER:015"), std::string::npos) << ev;
}

TEST_F(EventCoderTest, ADenialCoversEveryConjoinedVerb) {
  // "Kenya denied that Uganda attacked Sudan and shelled Chad."
  const auto ev = code(R"(Kenya Kenya PROPN 2 nsubj
denied deny VERB 0 root
that that SCONJ 5 mark
Uganda Uganda PROPN 5 nsubj
attacked attack VERB 2 ccomp
Sudan Sudan PROPN 5 obj
and and CCONJ 8 cc
shelled shell VERB 5 conj
Chad Chad PROPN 8 obj)", {{0, "KEN"}, {3, "UGA"}, {5, "SDN"}, {8, "TCD"}});
  EXPECT_EQ(summary(ev), "KEN>UGA:010 UGA>SDN:190!neg UGA>TCD:194!neg ");
}

TEST_F(EventCoderTest, ThreatsDemandsAndAppealsKeepTheirInnerNot) {
  // "Chile warned Peru not to attack Bolivia."
  auto ev = code(R"(Chile Chile PROPN 2 nsubj
warned warn VERB 0 root
Peru Peru PROPN 2 obj
not not PART 6 advmod
to to PART 6 mark
attack attack VERB 2 xcomp
Bolivia Bolivia PROPN 6 obj)", {{0, "CHL"}, {2, "PER"}, {6, "BOL"}});
  EXPECT_EQ(summary(ev), "CHL>BOL:138 ");
  // "Chile vowed to attack Peru": an intent to do harm is a threat.
  ev = code(R"(Chile Chile PROPN 2 nsubj
vowed vow VERB 0 root
to to PART 4 mark
attack attack VERB 2 xcomp
Peru Peru PROPN 4 obj)", {{0, "CHL"}, {4, "PER"}});
  EXPECT_EQ(summary(ev), "CHL>PER:138 ");
}

TEST_F(EventCoderTest, DemandThatAndCallOnAddressTheOneWhoIsToAct) {
  // "Chile demanded that Peru withdraw troops."
  auto ev = code(R"(Chile Chile PROPN 2 nsubj
demanded demand VERB 0 root
that that SCONJ 5 mark
Peru Peru PROPN 5 nsubj
withdraw withdraw VERB 2 ccomp
troops troop NOUN 5 obj)", {{0, "CHL"}, {3, "PER"}});
  EXPECT_EQ(summary(ev), "CHL>PER:105 ") << "one demand; the withdrawal did not happen";
  // "Chile called on Peru to withdraw troops."
  ev = code(R"(Chile Chile PROPN 2 nsubj
called call VERB 0 root
on on ADP 4 case
Peru Peru PROPN 2 obl
to to PART 6 mark
withdraw withdraw VERB 2 xcomp
troops troop NOUN 6 obj)", {{0, "CHL"}, {3, "PER"}});
  EXPECT_EQ(summary(ev), "CHL>PER:025 ");
}

TEST_F(EventCoderTest, NoNegatesUnlessTheFrameNamesTheObject) {
  auto ev = code(R"(Chile Chile PROPN 2 nsubj
held hold VERB 0 root
no no DET 4 det
talks talk NOUN 2 obj
with with ADP 6 case
Peru Peru PROPN 4 nmod)", {{0, "CHL"}, {5, "PER"}});
  EXPECT_EQ(summary(ev), "CHL>PER:046!neg PER>CHL:046!neg ");
  ev = code(R"(Chile Chile PROPN 2 nsubj
offered offer VERB 0 root
no no DET 4 det
comment comment NOUN 2 obj)", {{0, "CHL"}});
  EXPECT_EQ(summary(ev), "CHL>-:011 ");
}

TEST_F(EventCoderTest, PhrasalVerbsAreNotTheirBareVerb) {
  // "Chile called off the talks": not a telephone call (041), and no frame says what calling off is.
  const auto ev = code(R"(Chile Chile PROPN 2 nsubj
called call VERB 0 root
off off ADP 2 compound:prt
the the DET 5 det
talks talk NOUN 2 obj)", {{0, "CHL"}});
  EXPECT_EQ(summary(ev), "") << "no frame names 'call off' yet";
}

TEST_F(EventCoderTest, NoFrameNoEvent) {
  const auto ev = code(R"(Chile Chile PROPN 2 nsubj
celebrated celebrate VERB 0 root
its its PRON 4 nmod:poss
anniversary anniversary NOUN 2 obj)", {{0, "CHL"}});
  EXPECT_EQ(summary(ev), "");
}

TEST_F(EventCoderTest, ConverseVerbsTurnTheNounsEventAround) {
  // "Oman received a phone call from Qatar": Qatar called Oman.
  auto ev = code(R"(Oman Oman PROPN 2 nsubj
received receive VERB 0 root
a a DET 5 det
phone phone NOUN 5 compound
call call NOUN 2 obj
from from ADP 7 case
Qatar Qatar PROPN 5 nmod)", {{0, "OMN"}, {6, "QAT"}});
  EXPECT_EQ(summary(ev), "QAT>OMN:041 ");
  EXPECT_EQ(ev[0].predicate, 4u) << "the noun carries the event";

  // "Cuba faced new sanctions from Canada", the from-phrase hung on the verb.
  ev = code(R"(Cuba Cuba PROPN 2 nsubj
faced face VERB 0 root
new new ADJ 4 amod
sanctions sanction NOUN 2 obj
from from ADP 6 case
Canada Canada PROPN 2 obl)", {{0, "CUB"}, {5, "CAN"}});
  EXPECT_EQ(summary(ev), "CAN>CUB:163 ");

  // A parse that heads the phrase with its preposition still gives the doer: "received the embrace of Iraq".
  ev = code(R"(Jordan Jordan PROPN 2 nsubj
received receive VERB 0 root
the the DET 4 det
embrace embrace NOUN 2 obj
of of ADP 4 nmod
Iraq Iraq PROPN 5 obj)", {{0, "JOR"}, {5, "IRQ"}});
  EXPECT_EQ(summary(ev), "IRQ>JOR:040 ");

  // "Rebels received weapons from Peru": arms are military aid (072).
  ev = code(R"(rebels rebel NOUN 2 nsubj
received receive VERB 0 root
weapons weapon NOUN 2 obj
from from ADP 5 case
Peru Peru PROPN 3 nmod)", {{0, "CHLREB"}, {4, "PER"}});
  EXPECT_EQ(summary(ev), "PER>CHLREB:072 ");

  // Without an actor in the from-phrase the verb keeps its own frame: "Oman received the envoy" hosts a visit.
  ev = code(R"(Oman Oman PROPN 2 nsubj
received receive VERB 0 root
the the DET 4 det
envoy envoy NOUN 2 obj)", {{0, "OMN"}, {3, "QATGOV"}});
  EXPECT_EQ(summary(ev), "OMN>QATGOV:043 ");
}

TEST_F(EventCoderTest, LinkingNounSideNamedOnlyThroughThePossessive) {
  // "a split between the king and his brother, the prince": "his" is the king, the other side is the prince.
  Document doc = document_from_conllu({parsed_sentence(R"(a a DET 2 det
split split NOUN 0 root
between between ADP 5 case
the the DET 5 det
king king NOUN 2 nmod
and and CCONJ 8 cc
his his PRON 8 nmod:poss
brother brother NOUN 5 conj
, , PUNCT 5 punct
the the DET 11 det
prince prince NOUN 9 appos)")});
  testing::add_actor(doc, 4, "JORGOV", 0);
  testing::add_actor(doc, 6, "JORGOV", 0);
  testing::add_actor(doc, 10, "JORELI", 1);
  coder_->annotate(doc);
  ASSERT_EQ(doc.events.size(), 1u) << "the king is one side once, not once per mention";
  EXPECT_EQ(doc.actors.actors[doc.events.events[0].source].code, "JORGOV");
  EXPECT_EQ(doc.actors.actors[doc.events.events[0].target].code, "JORELI");
  EXPECT_EQ(doc.events.events[0].cameo, "160");
}

TEST_F(EventCoderTest, UserDictionaryAddsFrames) {
  const std::string dir = ::testing::TempDir() + "/dunlin_user_dict";
  std::filesystem::create_directories(dir);
  std::ofstream(dir + "/verb_frames.tsv") << "lemma\tkind\tframe\tcameo\ncelebrate\tverb\twith:T\t017\n";
  const EventCoder custom = EventCoder::load(DUNLIN_SOURCE_DIR "/data/events", dir);
  Document doc = document_from_conllu({parsed_sentence(R"(Chile Chile PROPN 2 nsubj
celebrated celebrate VERB 0 root
with with ADP 4 case
Peru Peru PROPN 2 obl)")});
  testing::add_actor(doc, 0, "CHL", 0);
  testing::add_actor(doc, 3, "PER", 1);
  custom.annotate(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events.events[0].cameo, "017");
  EXPECT_THROW(EventCoder::load(DUNLIN_SOURCE_DIR "/data/events", dir + "/missing"), std::exception);
}

TEST_F(EventCoderTest, WouldInReportedSpeechIsTheReportedFuture) {
  // "said it would meet" reports "will meet": an intent to meet (036), not a hypothetical.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
said say VERB 0 root
it it PRON 5 nsubj
would would AUX 5 aux
meet meet VERB 2 ccomp
Peru Peru PROPN 5 obj
. . PUNCT 2 punct)", {{0, "CHL"}, {2, "CHL"}, {5, "PER"}})),
            "CHL>PER:036 ");
  // On its own, "would" is still hypothetical.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 3 nsubj
would would AUX 3 aux
meet meet VERB 0 root
Peru Peru PROPN 3 obj)", {{0, "CHL"}, {3, "PER"}})),
            "CHL>PER:040!hyp ");
}

TEST_F(EventCoderTest, AnInfinitiveParsedAsAdverbialClauseIsStillTheComplement) {
  EXPECT_EQ(summary(code(R"(Bolivia Bolivia PROPN 2 nsubj
threatened threaten VERB 0 root
on on ADP 4 case
Monday Monday PROPN 2 obl
to to PART 6 mark
attack attack VERB 2 advcl
Peru Peru PROPN 6 obj)", {{0, "BOL"}, {6, "PER"}})),
            "BOL>PER:138 ");
}

TEST_F(EventCoderTest, AParticipleWithAComplementHungOnItsSubjectIsActive) {
  // The parser made "threatened" a reduced relative of "parliament"; with a to-infinitive it is active.
  EXPECT_EQ(summary(code(R"(The the DET 2 det
parliament parliament NOUN 0 root
threatened threaten VERB 2 acl
to to PART 5 mark
attack attack VERB 3 xcomp
Peru Peru PROPN 5 obj
. . PUNCT 2 punct)", {{1, "BOLLEG"}, {5, "PER"}})),
            "BOLLEG>PER:138 ");
}

TEST_F(EventCoderTest, APronounTakenForAnExpletiveIsTheSubject) {
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
says say VERB 0 root
it it PRON 5 expl
is be AUX 5 cop
ready ready ADJ 2 ccomp
to to PART 7 mark
meet meet VERB 5 xcomp
Peru Peru PROPN 7 obj)", {{0, "CHL"}, {2, "CHL"}, {7, "PER"}})),
            "CHL>PER:036 ");
}

TEST_F(EventCoderTest, AGovernedEventFindsItsTargetInTheInnerPhrases) {
  // "cut ties" names no target: Peru, inside the object, is it. The lemmatizer left "ties": the object lemma is
  // undone to "tie" like a verb's.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
threatened threaten VERB 0 root
to to PART 4 mark
cut cut VERB 2 xcomp
ties ties NOUN 4 obj
with with ADP 7 case
Peru Peru PROPN 5 nmod)", {{0, "CHL"}, {6, "PER"}})),
            "CHL>PER:131 ");
}

TEST_F(EventCoderTest, WhatOneActorSaysAnotherMustDoIsADemand) {
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
said say VERB 0 root
that that SCONJ 6 mark
Peru Peru PROPN 6 nsubj
must must AUX 6 aux
release release VERB 2 ccomp
the the DET 8 det
prisoners prisoner NOUN 6 obj)", {{0, "CHL"}, {3, "PER"}})),
            "CHL>PER:105 ");
  // An obligation the speaker puts on itself ("it" is Chile: one entity) is no demand.
  doc_ = document_from_conllu({parsed_sentence(R"(Chile Chile PROPN 2 nsubj
said say VERB 0 root
it it PRON 5 nsubj
must must AUX 5 aux
release release VERB 2 ccomp
prisoners prisoner NOUN 5 obj)")});
  testing::add_actor(doc_, 0, "CHL", 0);
  testing::add_actor(doc_, 2, "CHL", 0);
  coder_->annotate(doc_);
  EXPECT_EQ(summary(doc_.events.events), "CHL>-:084!hyp ");
}

TEST_F(EventCoderTest, WillNotCooperateIsARefusal) {
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 4 nsubj
will will AUX 4 aux
not not PART 4 advmod
meet meet VERB 0 root
Peru Peru PROPN 4 obj)", {{0, "CHL"}, {4, "PER"}})),
            "CHL>PER:125 ");
  // A threat negated stays negated: "will not attack" is no attack and no refusal.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 4 nsubj
will will AUX 4 aux
not not PART 4 advmod
attack attack VERB 0 root
Peru Peru PROPN 4 obj)", {{0, "CHL"}, {4, "PER"}})),
            "CHL>PER:190!neg ");
}

TEST_F(EventCoderTest, APartOfAnActorIsThatActor) {
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
shelled shell VERB 0 root
part part NOUN 2 obj
of of ADP 5 case
Peru Peru PROPN 3 nmod)", {{0, "CHL"}, {4, "PER"}})),
            "CHL>PER:194 ");
}

TEST_F(EventCoderTest, AVerbHungOnARootNounHasThatNounAsSubject) {
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 3 nmod:poss
's 's PART 1 case
leader leader NOUN 0 root
today today NOUN 5 obl:unmarked
rejected reject VERB 3 advcl
Peru Peru PROPN 8 nmod:poss
's 's PART 6 case
proposal proposal NOUN 5 obj)", {{2, "CHLGOV"}, {5, "PER"}})),
            "CHLGOV>PER:125 ");
  // Through a date word: "President X on Thursday lifted the curfew".
  EXPECT_EQ(summary(code(R"(Ruto Ruto PROPN 0 root
on on ADP 3 case
Thursday Thursday PROPN 1 nmod
lifted lift VERB 3 acl
the the DET 6 det
curfew curfew NOUN 4 obj)", {{0, "KENGOV"}})),
            "KENGOV>-:0813 ");
}

TEST_F(EventCoderTest, APastFormReadAsAnAdjectiveOfTheRootNounsObjectIsThePredicate) {
  // "Chilean tanks shelled villages of Peru": "shelled" an amod of "villages", the object of the root "tanks".
  EXPECT_EQ(summary(code(R"(Chilean Chilean ADJ 2 amod
tanks tank NOUN 0 root
shelled shell VERB 4 amod
villages village NOUN 2 obj
of of ADP 6 case
Peru Peru PROPN 4 nmod)", {{1, "CHLMIL"}, {5, "PER"}})),
            "CHLMIL>PER:194 ");
  // The object made a bare third conjunct of the root: "Chilean tanks and jets shelled positions of Peru".
  EXPECT_EQ(summary(code(R"(Chilean Chilean ADJ 2 amod
tanks tank NOUN 0 root
and and CCONJ 4 cc
jets jet NOUN 2 conj
shelled shell VERB 6 amod
positions position NOUN 2 conj
of of ADP 8 case
Peru Peru PROPN 6 nmod)", {{1, "CHLMIL"}, {7, "PER"}})),
            "CHLMIL>PER:194 ");
  // The object made the root, the subject its nsubj: "Chile reduced aid supplies to Peru".
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 4 nsubj
reduced reduce VERB 4 amod
aid aid NOUN 4 compound
supplies supply NOUN 0 root)", {{0, "CHL"}})),
            "CHL>-:162 ");
  // With a verb at the root the adjective reading stands: "Peru rebuilt shelled villages" codes no shelling.
  EXPECT_EQ(summary(code(R"(Peru Peru PROPN 2 nsubj
rebuilt rebuild VERB 0 root
shelled shell VERB 4 amod
villages village NOUN 2 obj)", {{0, "PER"}})),
            "");
}

TEST_F(EventCoderTest, AVerblessSentencesFirstParticipleHasTheRootNounAsSubject) {
  // "Thousands of Bolivians demonstrated on Sunday": "demonstrated" (tagged VBN) an acl of "Thousands"; thousands
  // of X is X.
  EXPECT_EQ(summary(code(R"(Thousands thousand NOUN 0 root
of of ADP 3 case
Bolivians Bolivian PROPN 1 nmod
demonstrated demonstrate VERB 1 acl VBN
on on ADP 6 case
Sunday Sunday PROPN 4 obl)", {{2, "BOL"}})),
            "BOL>-:141 ");
  // A by-phrase makes it a passive: "Hundreds of Bolivians displaced by floods" codes nothing for the Bolivians.
  EXPECT_EQ(summary(code(R"(Hundreds hundred NOUN 0 root
of of ADP 3 case
Bolivians Bolivian PROPN 1 nmod
demonstrated demonstrate VERB 1 acl VBN
by by ADP 6 case
police police NOUN 4 obl)", {{2, "BOL"}})),
            "");
}

TEST_F(EventCoderTest, AProtestIsAimedAtWhomItsPurposeNames) {
  // "Chilean farmers staged a strike to demand the resignation of Lagos": the strike's target is Lagos.
  const auto ev = code(R"(Chilean Chilean ADJ 2 amod
farmers farmer NOUN 3 nsubj
staged stage VERB 0 root
a a DET 5 det
strike strike NOUN 3 obj
to to PART 7 mark
demand demand VERB 3 advcl
the the DET 9 det
resignation resignation NOUN 7 obj
of of ADP 11 case
Lagos Lagos PROPN 9 nmod)", {{1, "CHLAGR"}, {10, "CHLGOV"}});
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(source(ev[0]), "CHLAGR");
  EXPECT_EQ(target(ev[0]), "CHLGOV");
  EXPECT_EQ(ev[0].cameo.substr(0, 2), "14");
}

TEST_F(EventCoderTest, ACompoundModifierMakesANounOfItsOwn) {
  // "staged a hunger strike" is 142; "staged a strike" stays 143.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
staged stage VERB 0 root
a a DET 5 det
hunger hunger NOUN 5 compound
strike strike NOUN 2 obj)", {{0, "CHL"}})),
            "CHL>-:142 ");
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
staged stage VERB 0 root
a a DET 4 det
strike strike NOUN 2 obj)", {{0, "CHL"}})),
            "CHL>-:143 ");
}

TEST_F(EventCoderTest, WantingAnActorToActIsAnAppeal) {
  // "Chile wants Peru to release the prisoners": an appeal to Peru; "Chile wants to meet Peru" an intent to meet.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
wants want VERB 0 root
Peru Peru PROPN 2 obj
to to PART 5 mark
release release VERB 2 xcomp
the the DET 7 det
prisoners prisoner NOUN 5 obj)", {{0, "CHL"}, {2, "PER"}})),
            "CHL>PER:025 ");
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
wants want VERB 0 root
to to PART 4 mark
meet meet VERB 2 xcomp
Peru Peru PROPN 4 obj)", {{0, "CHL"}, {4, "PER"}})),
            "CHL>PER:036 ");
}

TEST_F(EventCoderTest, TheSourcesOwnForcesAreWhatIsMovedNotTheTarget) {
  // "Chile strengthened its forces in Bolivia": aimed at Bolivia, not at Chile's own military.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
strengthened strengthen VERB 0 root
its its PRON 4 nmod:poss
forces force NOUN 2 obj
in in ADP 6 case
Bolivia Bolivia PROPN 4 nmod)", {{0, "CHL"}, {3, "CHLMIL"}, {5, "BOL"}})),
            "CHL>BOL:154 ");
  // With nothing else named there is no target (AStateActsWithItsOwnForcesNotOnThem).
  // Anywhere inside the object's phrase: "Peru received a mission of its own monitors from the OAS".
  EXPECT_EQ(summary(code(R"(Peru Peru PROPN 2 nsubj
received receive VERB 0 root
a a DET 4 det
mission mission NOUN 2 obj
of of ADP 6 case
monitors monitor NOUN 4 nmod
from from ADP 9 case
the the DET 9 det
OAS OAS PROPN 2 obl)", {{0, "PER"}, {5, "PERELI"}, {8, "IGOOAS"}})),
            "PER>IGOOAS:0862 ");
}

TEST_F(EventCoderTest, AParticleTheParserMisreadAndAMeasureOfSomething) {
  // "Chile handed over 300 tonnes of food to Bolivia": "over" hung on the number, "tonnes of food" is food.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
handed hand VERB 0 root
over over ADV 4 advmod
300 300 NUM 5 nummod
tonnes tonne NOUN 2 obj
of of ADP 7 case
food food NOUN 5 nmod
to to ADP 9 case
Bolivia Bolivia PROPN 2 obl)", {{0, "CHL"}, {8, "BOL"}})),
            "CHL>BOL:073 ");
  // "Chile handed over two suspects to Peru": "over" made the case of "suspects"; the phrase is the object.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
handed hand VERB 0 root
over over ADP 5 case
two two NUM 5 nummod
suspects suspect NOUN 2 obl
to to ADP 7 case
Peru Peru PROPN 5 nmod)", {{0, "CHL"}, {6, "PER"}})),
            "CHL>PER:084 ");
  // A verb with no frame for that particle keeps its preposition: "fought over the border" is no "fight over".
  const auto ev = code(R"(Chile Chile PROPN 2 nsubj
fought fight VERB 0 root
over over ADP 5 case
the the DET 5 det
border border NOUN 2 obl
with with ADP 7 case
Peru Peru PROPN 2 obl)", {{0, "CHL"}, {6, "PER"}});
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(target(ev[0]), "PER");
}

TEST_F(EventCoderTest, AGenericHeadNounIsWhatItsModifierNames) {
  // "Chile ended mediation efforts between Peru and Bolivia": ending mediation, 165.
  const auto ev = code(R"(Chile Chile PROPN 2 nsubj
ended end VERB 0 root
mediation mediation NOUN 4 compound
efforts effort NOUN 2 obj
between between ADP 6 case
Peru Peru PROPN 4 nmod)", {{0, "CHL"}, {5, "PER"}});
  EXPECT_EQ(summary(ev), "CHL>PER:165 ");
}

TEST_F(EventCoderTest, ACountrylessTargetGivesWayToTheActorItsPhraseNames) {
  // "Chile boycotted official contacts with Peru": "contacts" read as a GOV actor, Peru is the target.
  doc_ = document_from_conllu({parsed_sentence(R"(Chile Chile PROPN 2 nsubj
boycotted boycott VERB 0 root
official official ADJ 4 amod
contacts contact NOUN 2 obj
with with ADP 6 case
Peru Peru PROPN 4 nmod)")});
  testing::add_actor(doc_, 0, "CHL", 0);
  testing::add_actor(doc_, 3, "GOV", 1);
  testing::add_actor(doc_, 5, "PER", 2);
  doc_.actors.actors[1].country.clear();  // a sector without a country
  doc_.actors.actors[1].sector = "GOV";
  coder_->annotate(doc_);
  EXPECT_EQ(summary(doc_.events.events), "CHL>PER:143 ");
}

TEST_F(EventCoderTest, DeclaringOrReiteratingThatAnotherMustActIsADemand) {
  // "Chile reiterated that Peru must release the prisoners": a demand on Peru (105), not a statement (010).
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
reiterated reiterate VERB 0 root
that that SCONJ 6 mark
Peru Peru PROPN 6 nsubj
must must AUX 6 aux
release release VERB 2 ccomp
the the DET 8 det
prisoners prisoner NOUN 6 obj)", {{0, "CHL"}, {3, "PER"}})),
            "CHL>PER:105 ");
}

TEST_F(EventCoderTest, AHyphenatedReVerbIsTheVerbDoneAgain) {
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
re-opened re-open VERB 0 root
its its PRON 4 nmod:poss
border border NOUN 2 obj
to to ADP 6 case
Peru Peru PROPN 2 obl)", {{0, "CHL"}, {5, "PER"}})),
            "CHL>PER:086 ");
}

TEST_F(EventCoderTest, AnIntentToInvestigateIsNoThreat) {
  // "Chile vowed to examine the sites in Peru": the announced examination (090) aimed at Peru, not a threat (130).
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
vowed vow VERB 0 root
to to PART 4 mark
examine examine VERB 2 xcomp
the the DET 6 det
sites site NOUN 4 obj
in in ADP 8 case
Peru Peru PROPN 4 obl)", {{0, "CHL"}, {7, "PER"}})),
            "CHL>PER:090 ");
  // An intent to do harm stays a threat.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
vowed vow VERB 0 root
to to PART 4 mark
attack attack VERB 2 xcomp
Peru Peru PROPN 4 obj)", {{0, "CHL"}, {4, "PER"}})),
            "CHL>PER:138 ");
}

TEST_F(EventCoderTest, WantingAnActNoFrameCodesIsNoEvent) {
  // "Chile wants to be admired": no intent to cooperate is coded from a desire for something uncoded.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
wants want VERB 0 root
to to PART 5 mark
be be AUX 5 aux:pass
admired admire VERB 2 xcomp)", {{0, "CHL"}})),
            "");
  // "they wanted me to change": a pronoun addressee makes it an appeal (no actor target).
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
wanted want VERB 0 root
me me PRON 2 obj
to to PART 5 mark
change change VERB 2 xcomp)", {{0, "CHL"}})),
            "CHL>-:020 ");
}

TEST_F(EventCoderTest, ABareConjunctAfterAnotherVerbIsNoPredicate) {
  // "An order made the vaccine free for women, considered childbearing age": "considered" no event.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 0 root
made make VERB 3 amod
rules rule NOUN 1 conj
, , PUNCT 5 punct
considered consider VERB 6 amod
age age NOUN 1 conj)", {{0, "CHL"}})),
            "");
}

TEST_F(EventCoderTest, ConjoinedSidesThatMeetMeetEachOther) {
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 4 nsubj
and and CCONJ 3 cc
Peru Peru PROPN 1 conj
met meet VERB 0 root
yesterday yesterday NOUN 4 obl:tmod)", {{0, "CHL"}, {2, "PER"}})),
            "CHL>PER:040 PER>CHL:040 ");
  // Conjoined sides that condemn condemn nobody in particular.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 4 nsubj
and and CCONJ 3 cc
Peru Peru PROPN 1 conj
protested protest VERB 0 root)", {{0, "CHL"}, {2, "PER"}})),
            "CHL>-:140 PER>-:140 ");
}

TEST_F(EventCoderTest, APassiveSubjectDoesWhatItIsScheduledTo) {
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 3 nsubj:pass
is be AUX 3 aux:pass
scheduled schedule VERB 0 root
to to PART 5 mark
visit visit VERB 3 xcomp
Peru Peru PROPN 5 obj)", {{0, "CHL"}, {5, "PER"}})),
            "CHL>PER:042 ");
}

TEST_F(EventCoderTest, AThreatIsAimedAtWhomItsConditionIsPutTo) {
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
threatened threaten VERB 0 root
to to PART 4 mark
strike strike VERB 2 xcomp
unless unless SCONJ 7 mark
Peru Peru PROPN 7 nsubj
withdrew withdraw VERB 4 advcl)", {{0, "CHL"}, {5, "PER"}})),
            "CHL>PER:130 ");
}

TEST_F(EventCoderTest, AConditionalThreatInReportedSpeechIsAThreat) {
  // "Canada may cut aid to Haiti if the vote is delayed, an official said": the if-clause hung on "said".
  EXPECT_EQ(summary(code(R"(Canada Canada PROPN 3 nsubj
may may AUX 3 aux
cut cut VERB 16 ccomp
aid aid NOUN 3 obj
to to ADP 6 case
Haiti Haiti PROPN 3 obl
if if SCONJ 11 mark
the the DET 9 det
vote vote NOUN 11 nsubj:pass
is be AUX 11 aux:pass
delayed delay VERB 16 advcl
, , PUNCT 11 punct
an a DET 15 det
official official NOUN 15 amod
official official NOUN 16 nsubj
said say VERB 0 root
. . PUNCT 16 punct)", {{0, "CAN"}, {5, "HTI"}, {14, "CANGOV"}})),
            "CAN>HTI:131 ");
  // Without the condition it stays a hypothetical act.
  EXPECT_EQ(summary(code(R"(Canada Canada PROPN 3 nsubj
may may AUX 3 aux
cut cut VERB 8 ccomp
aid aid NOUN 3 obj
to to ADP 6 case
Haiti Haiti PROPN 3 obl
an a DET 7 det
official official NOUN 8 nsubj
said say VERB 0 root)", {{0, "CAN"}, {5, "HTI"}, {7, "CANGOV"}})),
            "CAN>HTI:162!hyp ");
}

TEST_F(EventCoderTest, APhraseNamingTheActIsCodedThroughItsNoun) {
  // "Greek troops remained on alert near the border": raised alert status; "remained on duty" is nothing.
  EXPECT_EQ(summary(code(R"(Greek Greek ADJ 2 amod
troops troops NOUN 3 nsubj
remained remain VERB 0 root
on on ADP 5 case
alert alert NOUN 3 obl
near near ADP 8 case
the the DET 8 det
border border NOUN 3 obl)", {{1, "GRCMIL"}})),
            "GRCMIL>-:152 ");
  EXPECT_EQ(summary(code(R"(Greek Greek ADJ 2 amod
troops troops NOUN 3 nsubj
remained remain VERB 0 root
on on ADP 5 case
duty duty NOUN 3 obl)", {{1, "GRCMIL"}})),
            "");
  // "Kenyan police took two Somali traders into custody": an arrest of the object.
  EXPECT_EQ(summary(code(R"(Kenyan Kenyan ADJ 2 amod
police police NOUN 3 nsubj
took take VERB 0 root
two two NUM 6 nummod
Somali Somali ADJ 6 amod
traders trader NOUN 3 obj
into into ADP 8 case
custody custody NOUN 3 obl)", {{1, "KENCOP"}, {5, "SOM"}})),
            "KENCOP>SOM:173 ");
  // "Nurses in Chile went on strike": a strike.
  EXPECT_EQ(summary(code(R"(Nurses nurse NOUN 4 nsubj
in in ADP 3 case
Chile Chile PROPN 1 nmod
went go VERB 0 root
on on ADP 6 case
strike strike NOUN 4 obl)", {{0, "CHLHLH"}})),
            "CHLHLH>-:143 ");
}

TEST_F(EventCoderTest, AnIndirectObjectBeforeAnInfinitiveIsTheObject) {
  // "Greece will allow Albanian migrants to return home": the parser's iobj is what "allow" is about.
  EXPECT_EQ(summary(code(R"(Greece Greece PROPN 3 nsubj
will will AUX 3 aux
allow allow VERB 0 root
Albanian Albanian ADJ 5 amod
migrants migrant NOUN 3 iobj
to to PART 7 mark
return return VERB 3 xcomp
home home ADV 7 advmod)", {{0, "GRC"}, {4, "ALBREF"}})),
            "GRC>ALBREF:035 ");
}

TEST_F(EventCoderTest, AnInfinitiveAfterANounOfIntentIsNotAnAct) {
  // "The Chilean threat to boycott the summit angered Peru" (as the parser reads it: the threat at the root,
  // coded CHL, "boycott" its acl): no boycott happened; "Chile boycotted the summit" did.
  EXPECT_EQ(summary(code(R"(The the DET 3 det
Chilean Chilean ADJ 3 amod
threat threat NOUN 0 root
to to PART 5 mark
boycott boycott VERB 3 acl
the the DET 7 det
summit summit NOUN 5 obj
angered anger VERB 7 acl
Peru Peru PROPN 8 xcomp)", {{2, "CHL"}, {8, "PER"}})),
            "CHL>PER:143!hyp ");
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
boycotted boycott VERB 0 root
the the DET 4 det
summit summit NOUN 2 obj)", {{0, "CHL"}})),
            "CHL>-:143 ");
}

TEST_F(EventCoderTest, APhraseOfOppositionNamesTheTargetBeforeThePlace) {
  // "Students blocked roads in Lima in defiance of Peruvian police": aimed at the police, not at Lima.
  EXPECT_EQ(summary(code(R"(Students student NOUN 2 nsubj
blocked block VERB 0 root
roads road NOUN 2 obj
in in ADP 5 case
Lima Lima PROPN 2 obl
in in ADP 7 case
defiance defiance NOUN 2 obl
of of ADP 10 case
Peruvian Peruvian ADJ 10 amod
police police NOUN 7 nmod)", {{0, "PERCVL"}, {4, "PERGOV"}, {9, "PERCOP"}})),
            "PERCVL>PERCOP:144 ");
  // Without it the place is still the first actor in the clause's phrases.
  EXPECT_EQ(summary(code(R"(Students student NOUN 2 nsubj
blocked block VERB 0 root
roads road NOUN 2 obj
in in ADP 5 case
Lima Lima PROPN 2 obl)", {{0, "PERCVL"}, {4, "PERGOV"}})),
            "PERCVL>PERGOV:144 ");
}

TEST_F(EventCoderTest, APurposeClauseOfAFutureActIsNotASecondEvent) {
  // "Chile will meet Peru to discuss trade with Bolivia": an intent to meet (036); the discussion is its purpose.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 3 nsubj
will will AUX 3 aux
meet meet VERB 0 root
Peru Peru PROPN 3 obj
to to PART 6 mark
discuss discuss VERB 3 advcl
trade trade NOUN 6 obj
with with ADP 9 case
Bolivia Bolivia PROPN 6 obl)", {{0, "CHL"}, {3, "PER"}, {8, "BOL"}})),
            "CHL>PER:036 CHL>BOL:040!hyp ");
  // In the past both happened.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
met meet VERB 0 root
Peru Peru PROPN 2 obj
to to PART 5 mark
discuss discuss VERB 2 advcl
trade trade NOUN 5 obj
with with ADP 8 case
Bolivia Bolivia PROPN 5 obl)", {{0, "CHL"}, {2, "PER"}, {7, "BOL"}})),
            "CHL>PER:040 CHL>BOL:040 ");
}

TEST_F(EventCoderTest, AParticipleWhoseConjunctHasAnObjectIsActive) {
  // "Doctors from two French charities donated and delivered 20 tonnes of medicine to a hospital in Kabul", as the
  // parser reads it: "donated" an acl of "charities", "delivered" its conjunct with the object.
  EXPECT_EQ(summary(code(R"(Doctors doctor NOUN 0 root
from from ADP 5 case
two two NUM 5 nummod
French French ADJ 5 amod
charities charity NOUN 1 nmod
donated donate VERB 5 acl
and and CCONJ 8 cc
delivered deliver VERB 6 conj
20 20 NUM 10 nummod
tonnes tonne NOUN 8 obj
of of ADP 12 case
medicine medicine NOUN 10 nmod
to to ADP 15 case
a a DET 15 det
hospital hospital NOUN 8 obl)", {{0, "HLH"}, {4, "FRANGO"}, {14, "AFGHLH"}})),
            // "donated" shares the object and to-phrase of "delivered": the donation (070) and the delivery of
            // medicine (073).
            "FRANGO>AFGHLH:070 FRANGO>AFGHLH:073 ");
}

TEST_F(EventCoderTest, SayingAClauseIsNoStatementEventOfItsOwn) {
  // "Chile criticized Peru, Chilean officials said": the criticism only, not also a 010 by the officials.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
criticized criticize VERB 0 root
Peru Peru PROPN 2 obj
, , PUNCT 7 punct
Chilean Chilean ADJ 6 amod
officials official NOUN 7 nsubj
said say VERB 2 parataxis)", {{0, "CHL"}, {2, "PER"}, {5, "CHLGOV"}})),
            "CHL>PER:111 ");
  // "Chilean officials said Peru had held elections": the content has no frame; still no 010.
  EXPECT_EQ(summary(code(R"(Chilean Chilean ADJ 2 amod
officials official NOUN 3 nsubj
said say VERB 0 root
Peru Peru PROPN 6 nsubj
had have AUX 6 aux
held hold VERB 3 ccomp
elections election NOUN 6 obj)", {{1, "CHLGOV"}, {3, "PER"}})),
            "");
  // With no clause for its content the saying is no event either (session 6: plain statements are not coded; the
  // saying is the attribution layer's quote).
  EXPECT_EQ(summary(code(R"(Chilean Chilean ADJ 2 amod
officials official NOUN 3 nsubj
said say VERB 0 root
so so ADV 3 advmod)", {{1, "CHLGOV"}})),
            "");
}

TEST_F(EventCoderTest, TheAddresseeOfAnAppealMayBeParsedAsIndirectObject) {
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
asked ask VERB 0 root
Peru Peru PROPN 2 iobj
to to PART 5 mark
help help VERB 2 xcomp
Bolivia Bolivia PROPN 5 obj)", {{0, "CHL"}, {2, "PER"}, {5, "BOL"}})),
            "CHL>PER:023 ");
}

TEST_F(EventCoderTest, APassiveSubjectsPhraseHoldsTheTarget) {
  EXPECT_EQ(summary(code(R"(Evidence evidence NOUN 5 nsubj:pass
against against ADP 3 case
Peru Peru PROPN 1 nmod
was be AUX 5 aux:pass
presented present VERB 0 root
by by ADP 7 case
Chile Chile PROPN 5 obl:agent)", {{2, "PER"}, {6, "CHL"}})),
            "CHL>PER:112 ");
}

TEST_F(EventCoderTest, ATitleParsedAsADescriptionOfTheNameCodesTheName) {
  // "Judge Ana Ruiz opened an investigation of Peru's minister": the dictionary coded the title "Judge".
  EXPECT_EQ(summary(code(R"(Judge Judge PROPN 2 nmod:desc
Ana Ana PROPN 4 nsubj
Ruiz Ruiz PROPN 2 flat
opened open VERB 0 root
an a DET 6 det
investigation investigation NOUN 4 obj
of of ADP 9 case
Peru Peru PROPN 9 nmod:poss
minister minister NOUN 6 nmod)", {{0, "CHLJUD"}, {8, "PERGOV"}})),
            "CHLJUD>PERGOV:090 ");
}

TEST_F(EventCoderTest, AnActorParsedAsABareNounAdverbialFirstIsTheSubject) {
  // "A Chilean minister threatened Peru": the subject parsed as obl:unmarked.
  EXPECT_EQ(summary(code(R"(A a DET 3 det
Chilean Chilean ADJ 3 amod
minister minister NOUN 4 obl:unmarked
threatened threaten VERB 0 root
Peru Peru PROPN 4 obj)", {{2, "CHLGOV"}, {4, "PER"}})),
            "CHLGOV>PER:130 ");
  // Not a date or a noun after the verb: "Peru met on Monday Chile" has no such subject.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 obj
criticized criticize VERB 0 root
Monday Monday PROPN 2 obl:unmarked
Peru Peru PROPN 2 obl:unmarked)", {{0, "CHL"}, {3, "PER"}})),
            "");
}

TEST_F(EventCoderTest, AnActiveConjunctOfAPassiveVerbSharesThePassiveSubject) {
  // "The minister was accused by Peru and will resign": the minister resigns (an announced resignation is coded as
  // the resignation, 0831, since session 7).
  EXPECT_EQ(summary(code(R"(The the DET 2 det
minister minister NOUN 4 nsubj:pass
was be AUX 4 aux:pass
accused accuse VERB 0 root
by by ADP 6 case
Peru Peru PROPN 4 obl:agent
and and CCONJ 9 cc
will will AUX 9 aux
resign resign VERB 4 conj VB)", {{1, "CHLGOV"}, {5, "PER"}})),
            "PER>CHLGOV:112 CHLGOV>-:0831 ");
  // A participle conjunct with no auxiliary of its own is passive too: "was arrested by police and charged".
  EXPECT_EQ(summary(code(R"(Ruiz Ruiz PROPN 3 nsubj:pass
was be AUX 3 aux:pass
arrested arrest VERB 0 root
by by ADP 5 case
police police NOUN 3 obl:agent
and and CCONJ 7 cc
jailed jail VERB 3 conj VBN)", {{0, "PEROPP"}, {4, "PERCOP"}})).find("PEROPP>"),
            std::string::npos)
      << "Ruiz is jailed, not the jailer";
}

TEST_F(EventCoderTest, APastFormHungOnItsObjectAfterAnActorsPhraseIsThePredicate) {
  // "Chilean police in Arica seized rifles from Peruvian smugglers": "seized" an amod of "rifles".
  EXPECT_EQ(summary(code(R"(Chilean Chilean ADJ 2 amod
police police NOUN 0 root
in in ADP 4 case
Arica Arica PROPN 2 nmod
seized seize VERB 6 amod VBN
rifles rifle NOUN 2 conj
from from ADP 9 case
Peruvian Peruvian ADJ 9 amod
smugglers smuggler NOUN 6 nmod)", {{1, "CHLCOP"}, {8, "PERCRM"}})),
            "CHLCOP>PERCRM:171 ");
  // After a hyphen or a possessive it is an adjective: "Chilean-backed militias", "Peru's newly released
  // prisoners" code no backing or release.
  EXPECT_EQ(summary(code(R"(Chilean Chilean ADJ 4 amod
- - PUNCT 1 punct
backed back VERB 4 amod VBN
militias militia NOUN 0 root)", {{0, "CHL"}})),
            "");
  EXPECT_EQ(summary(code(R"(Peru Peru PROPN 5 nmod:poss
's 's PART 1 case
newly newly ADV 4 advmod
released release VERB 5 amod VBN
prisoners prisoner NOUN 0 root)", {{0, "PER"}, {4, "PERCVL"}})),
            "");
}

TEST_F(EventCoderTest, APassiveSubjectOfAVerbWithAnObjectAndNoPassiveAuxiliaryActs) {
  // "Chilean guards beat Peruvian migrants": the parser made "guards" nsubj:pass of "beat".
  EXPECT_EQ(summary(code(R"(Chilean Chilean ADJ 2 amod
guards guard NOUN 3 nsubj:pass
beat beat VERB 0 root VBD
Peruvian Peruvian ADJ 5 amod
migrants migrant NOUN 3 obj)", {{1, "CHLCOP"}, {4, "PERCVL"}})),
            "CHLCOP>PERCVL:182 ");
}

TEST_F(EventCoderTest, BeingOpposedToSomethingIsOpposingIt) {
  // "Peru is opposed to Chilean mediation": a rejection of mediation (126) aimed at Chile.
  EXPECT_EQ(summary(code(R"(Peru Peru PROPN 3 nsubj:pass
is be AUX 3 aux:pass
opposed oppose VERB 0 root VBN
to to ADP 6 case
Chilean Chilean ADJ 6 amod
mediation mediation NOUN 3 obl)", {{0, "PER"}, {4, "CHL"}})),
            "PER>CHL:126 ");
  // With a by-phrase it is a passive: "Peru is opposed by Chile" -> Chile opposes Peru.
  EXPECT_EQ(summary(code(R"(Peru Peru PROPN 3 nsubj:pass
is be AUX 3 aux:pass
opposed oppose VERB 0 root VBN
by by ADP 5 case
Chile Chile PROPN 3 obl:agent)", {{0, "PER"}, {4, "CHL"}})),
            "CHL>PER:110 ");
}

TEST_F(EventCoderTest, AHarmfulActOnAConditionIsAThreat) {
  // "Chile may impose sanctions on Peru if talks fail": a threat (131, the threat code of root 16).
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 3 nsubj
may may AUX 3 aux
impose impose VERB 0 root
sanctions sanction NOUN 3 obj
on on ADP 6 case
Peru Peru PROPN 3 obl
if if SCONJ 9 mark
talks talk NOUN 9 nsubj
fail fail VERB 3 advcl)", {{0, "CHL"}, {5, "PER"}})),
            "CHL>PER:131 ");
  // Without a condition a "may" stays a hypothetical.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 3 nsubj
may may AUX 3 aux
impose impose VERB 0 root
sanctions sanction NOUN 3 obj
on on ADP 6 case
Peru Peru PROPN 3 obl)", {{0, "CHL"}, {5, "PER"}})),
            "CHL>PER:163!hyp ");
}

TEST_F(EventCoderTest, NotGivingPermissionIsARefusalAndItsPurposeIsNotRealized) {
  // "Chile said it would not give permission to Peru to help Bolivia": a refusal to yield (124) aimed at Peru; the
  // help is only what the permission was for.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
said say VERB 0 root
it it PRON 6 nsubj
would would AUX 6 aux
not not PART 6 advmod
give give VERB 2 ccomp
permission permission NOUN 6 obj
to to ADP 9 case
Peru Peru PROPN 6 obl
to to PART 11 mark
help help VERB 6 advcl
Bolivia Bolivia PROPN 11 obj)", {{0, "CHL"}, {2, "CHL"}, {8, "PER"}, {11, "BOL"}})),
            "CHL>PER:124 CHL>BOL:070!hyp ");
}

TEST_F(EventCoderTest, ClaimingThatAnotherDidHarmAccusesIt) {
  // "Chile claimed that Peru had shelled Arica": an accusation (112) of Peru, and the shelling as reported.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
claimed claim VERB 0 root
that that SCONJ 6 mark
Peru Peru PROPN 6 nsubj
had have AUX 6 aux
shelled shell VERB 2 ccomp
Arica Arica PROPN 6 obj)", {{0, "CHL"}, {3, "PER"}, {6, "CHLGOV"}})),
            "CHL>PER:112 PER>CHLGOV:194 ");
  // "Said" reports without accusing when the speaker is of the doer's own country ("Peru said that Peruvian
  // troops had shelled Arica") ...
  EXPECT_EQ(summary(code(R"(Peru Peru PROPN 2 nsubj
said say VERB 0 root
that that SCONJ 7 mark
Peruvian Peruvian ADJ 5 amod
troops troops NOUN 7 nsubj
had have AUX 7 aux
shelled shell VERB 2 ccomp
Arica Arica PROPN 7 obj)", {{0, "PER"}, {4, "PERMIL"}, {7, "CHLGOV"}})),
            "PERMIL>CHLGOV:194 ");
}

TEST_F(EventCoderTest, SayingThatAnotherCountryUsedForceAccusesIt) {
  // "Chile said that Peru had shelled Arica": one country saying another used force charges it (112).
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
said say VERB 0 root
that that SCONJ 6 mark
Peru Peru PROPN 6 nsubj
had have AUX 6 aux
shelled shell VERB 2 ccomp
Arica Arica PROPN 6 obj)", {{0, "CHL"}, {3, "PER"}, {6, "CHLGOV"}})),
            "CHL>PER:112 PER>CHLGOV:194 ");
  // Not what media report ("Chilean radio said ...") ...
  EXPECT_EQ(summary(code(R"(Chilean Chilean ADJ 2 amod
radio radio NOUN 3 nsubj
said say VERB 0 root
Peru Peru PROPN 5 nsubj
shelled shell VERB 3 ccomp
Arica Arica PROPN 5 obj)", {{1, "CHLMED"}, {3, "PER"}, {5, "CHLGOV"}})),
            "PER>CHLGOV:194 ");
  // ... nor a report attributed after its content ("Peru shelled Arica, Bolivian officials said") ...
  EXPECT_EQ(summary(code(R"(Peru Peru PROPN 2 nsubj
shelled shell VERB 7 ccomp
Arica Arica PROPN 2 obj
, , PUNCT 7 punct
Bolivian Bolivian ADJ 6 amod
officials official NOUN 7 nsubj
said say VERB 0 root)", {{0, "PER"}, {2, "CHLGOV"}, {5, "BOLGOV"}})),
            "PER>CHLGOV:194 ");
  // ... nor a milder act than force ("Chile said Peru had expelled its diplomats": 166, no charge).
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
said say VERB 0 root
Peru Peru PROPN 5 nsubj
had have AUX 5 aux
expelled expel VERB 2 ccomp
its its PRON 7 nmod:poss
diplomats diplomat NOUN 5 obj)", {{0, "CHL"}, {2, "PER"}, {6, "CHLGOV"}})),
            "PER>CHLGOV:166 ");
}

TEST_F(EventCoderTest, APastFormHungOnAPlaceInTheSubjectsPhraseHasTheRootNounAsSubject) {
  // "Police in a Tunisian town arrested two Libyan smugglers": "arrested" hung on "town" (coded TUN by its
  // adjective); a place does not arrest, the police do.
  EXPECT_EQ(summary(code(R"(Police police NOUN 0 root
in in ADP 5 case
a a DET 5 det
Tunisian Tunisian ADJ 5 amod
town town NOUN 1 nmod
arrested arrest VERB 5 acl VBN
two two NUM 9 nummod
Libyan Libyan ADJ 9 amod
smugglers smuggler NOUN 6 obj)", {{0, "TUNCOP"}, {4, "TUN"}, {8, "LBYCRM"}})),
            "TUNCOP>LBYCRM:173 ");
  // An actor with a sector in the phrase is no place: "Police from the Tunisian army arrested ..." hung on "army"
  // keeps the army as the doer.
  EXPECT_EQ(summary(code(R"(Police police NOUN 0 root
from from ADP 5 case
the the DET 5 det
Tunisian Tunisian ADJ 5 amod
army army NOUN 1 nmod
arrested arrest VERB 5 acl VBN
two two NUM 9 nummod
Libyan Libyan ADJ 9 amod
smugglers smuggler NOUN 6 obj)", {{0, "TUNCOP"}, {4, "TUNMIL"}, {8, "LBYCRM"}})),
            "TUNMIL>LBYCRM:173 ");
}

TEST_F(EventCoderTest, APastFormHungOnANounInsideTheSubjectsParticiplePhraseHasTheRootNounAsSubject) {
  // "Chilean jets using guided bombs killed 4 Peruvians": "killed" an acl of "bombs", the object of "using".
  EXPECT_EQ(summary(code(R"(Chilean Chilean ADJ 2 amod
jets jet NOUN 0 root
using use VERB 2 acl VBG
guided guide VERB 5 amod VBN
bombs bomb NOUN 3 obj
killed kill VERB 5 acl VBN
4 4 NUM 8 nummod
Peruvians Peruvian PROPN 6 obj)", {{1, "CHLMIL"}, {7, "PER"}})),
            "CHLMIL>PER:190 ");
  // Not across a finite verb: in "Chilean jets saw bombs killed ..." the bombs stay the doer (no actor).
  EXPECT_EQ(summary(code(R"(Chilean Chilean ADJ 2 amod
jets jet NOUN 0 root
saw see VERB 2 acl VBD
bombs bomb NOUN 3 obj
killed kill VERB 4 acl VBN
Peruvians Peruvian PROPN 5 obj)", {{1, "CHLMIL"}, {5, "PER"}})),
            "");
}

TEST_F(EventCoderTest, AllowingAnotherToActYieldsToIt) {
  // "Chile will allow Peru to free the prisoners": an intent to yield (035) to Peru; Peru is the one to free them
  // (object control), and the release is not yet done. "Chile allowed the return of inspectors" is the inspectors'
  // own row (0862).
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 3 nsubj
will will AUX 3 aux
allow allow VERB 0 root
Peru Peru PROPN 3 obj
to to PART 6 mark
free free VERB 3 xcomp
the the DET 8 det
prisoners prisoner NOUN 6 obj)", {{0, "CHL"}, {3, "PER"}, {7, "CHLCVL"}})),
            "CHL>PER:035 PER>CHLCVL:084!hyp ");
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
allowed allow VERB 0 root
the the DET 4 det
return return NOUN 2 obj
of of ADP 7 case
UN UN PROPN 7 compound
inspectors inspector NOUN 4 nmod)", {{0, "CHL"}, {6, "IGOUNO"}})),
            "CHL>IGOUNO:0862 ");
}

TEST_F(EventCoderTest, AnActNamingNoTargetIsAimedAtWhomItsPurposeNames) {
  // "Chile deployed ships to protect Peru": the deployment (154) is for Peru.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
deployed deploy VERB 0 root
ships ship NOUN 2 obj
to to PART 5 mark
protect protect VERB 2 advcl
Peru Peru PROPN 5 obj)", {{0, "CHL"}, {5, "PER"}})),
            "CHL>PER:154 CHL>PER:074 ");
}

TEST_F(EventCoderTest, EngagingInAnActivityIsThatActivity) {
  // "Chilean forces were engaged in ethnic cleansing against Peruvians": mass expulsion by ethnicity (203).
  EXPECT_EQ(summary(code(R"(Chilean Chilean ADJ 2 amod
forces force NOUN 4 nsubj:pass
were be AUX 4 aux:pass
engaged engage VERB 0 root VBN
in in ADP 7 case
ethnic ethnic ADJ 7 amod
cleansing cleansing NOUN 4 obl
against against ADP 9 case
Peruvians Peruvian PROPN 7 nmod)", {{1, "CHLMIL"}, {8, "PER"}})),
            "CHLMIL>PER:203 ");
  // Active: "Chile engaged in talks with Peru".
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
engaged engage VERB 0 root VBD
in in ADP 4 case
talks talk NOUN 2 obl
with with ADP 6 case
Peru Peru PROPN 4 nmod)", {{0, "CHL"}, {5, "PER"}})),
            "CHL>PER:046 PER>CHL:046 ");
}

TEST_F(EventCoderTest, APlanToDoHarmIsAThreat) {
  // "Chile plans to impose sanctions on Peru": a stated intention to sanction (163) threatens it (1312), as "will"
  // does; "Chile plans to visit Peru" is an intent to meet (036, session 8: CAMEO's "indicate willingness or
  // commitment to meet, visit"), not a visit made.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
plans plan VERB 0 root
to to PART 4 mark
impose impose VERB 2 xcomp
sanctions sanction NOUN 4 obj
on on ADP 7 case
Peru Peru PROPN 4 obl)", {{0, "CHL"}, {6, "PER"}})),
            "CHL>PER:131 ");
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
plans plan VERB 0 root
to to PART 4 mark
visit visit VERB 2 xcomp
Peru Peru PROPN 4 obj)", {{0, "CHL"}, {4, "PER"}})),
            "CHL>PER:036 ");
}

TEST_F(EventCoderTest, CommonCameoVerbsAndNouns) {
  // "Chilean dockers shunned work to protest against Peru": shunning work is a strike (143).
  EXPECT_EQ(summary(code(R"(Chilean Chilean ADJ 2 amod
dockers docker NOUN 3 nsubj
shunned shun VERB 0 root
work work NOUN 3 obj)", {{1, "CHLLAB"}})),
            "CHLLAB>-:143 ");
  // "Chile shunned Peru": a rejection (120).
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
shunned shun VERB 0 root
Peru Peru PROPN 2 obj)", {{0, "CHL"}, {2, "PER"}})),
            "CHL>PER:120 ");
  // "Chile put its troops on alert": raising the alert status (152).
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
put put VERB 0 root
its its PRON 4 nmod:poss
troops troop NOUN 2 obj
on on ADP 6 case
alert alert NOUN 2 obl)", {{0, "CHL"}})),
            "CHL>-:152 ");
  // "Chile carried out a raid on Peru": the noun's row (190) through the light verb.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
carried carry VERB 0 root
out out ADP 2 compound:prt
a a DET 5 det
raid raid NOUN 2 obj
on on ADP 7 case
Peru Peru PROPN 5 nmod)", {{0, "CHL"}, {6, "PER"}})),
            "CHL>PER:190 ");
  // "Chilean miners demanded autonomy from Santiago": a demand for political change (104) put to the from-phrase.
  EXPECT_EQ(summary(code(R"(Chilean Chilean ADJ 2 amod
miners miner NOUN 3 nsubj
demanded demand VERB 0 root
autonomy autonomy NOUN 3 obj
from from ADP 6 case
Santiago Santiago PROPN 3 obl)", {{1, "CHLLAB"}, {5, "CHLGOV"}})),
            "CHLLAB>CHLGOV:104 ");
}

TEST_F(EventCoderTest, AWeaponFiredByAnActorMakesThatActorTheAgent) {
  // "The Chilean base was hit by a missile fired by Peruvian troops": Peru hit the base, one event; the firing is
  // its means, not a second attack without a target.
  EXPECT_EQ(summary(code(R"(The the DET 3 det
Chilean Chilean ADJ 3 amod
base base NOUN 5 nsubj:pass
was be AUX 5 aux:pass
hit hit VERB 0 root VBN
by by ADP 8 case
a a DET 8 det
missile missile NOUN 5 obl:agent
fired fire VERB 8 acl VBN
by by ADP 12 case
Peruvian Peruvian ADJ 12 amod
troops troops NOUN 9 obl:agent)",
                         {{2, "CHLMIL"}, {11, "PERMIL"}})),
            "PERMIL>CHLMIL:190 ");
  // A weapon with no doer named stays no actor: nothing is coded.
  EXPECT_EQ(summary(code(R"(The the DET 3 det
Chilean Chilean ADJ 3 amod
base base NOUN 5 nsubj:pass
was be AUX 5 aux:pass
hit hit VERB 0 root VBN
by by ADP 8 case
a a DET 8 det
missile missile NOUN 5 obl:agent)",
                         {{2, "CHLMIL"}})),
            "");
}

TEST_F(EventCoderTest, WhatIsSuspectedOrBelievedIsNotEstablished) {
  // "Peru is suspected to have supplied arms to Chile": the supply is not coded as done.
  EXPECT_EQ(summary(code(R"(Peru Peru PROPN 3 nsubj:pass
is be AUX 3 aux:pass
suspected suspect VERB 0 root
to to PART 6 mark
have have AUX 6 aux
supplied supply VERB 3 xcomp
arms arm NOUN 6 obj
to to ADP 9 case
Chile Chile PROPN 6 obl)",
                         {{0, "PER"}, {8, "CHL"}})),
            "PER>CHL:072!hyp ");
  // A suspected attribute is no suspected act: the parser's "Raids believed to be Peruvian/nsubj killed/xcomp ten
  // Chileans" still reports a killing as done.
  EXPECT_EQ(summary(code(R"(Raids raid NOUN 0 root
believed believe VERB 1 acl
to to PART 6 mark
be be AUX 6 cop
Peruvian Peruvian PROPN 6 nsubj
killed kill VERB 2 xcomp
ten ten NUM 8 nummod
Chileans Chilean PROPN 6 obj)",
                         {{4, "PER"}, {7, "CHL"}})),
            "PER>CHL:190 ");
}

TEST_F(EventCoderTest, ClaimingSomeoneToBeAnEnemyAgentAccusesThem) {
  // "Chilean police arrested ten Peruvians, claiming them to be spies": an accusation (112) besides the arrest.
  EXPECT_EQ(summary(code(R"(Chilean Chilean ADJ 2 amod
police police NOUN 3 nsubj
arrested arrest VERB 0 root
ten ten NUM 5 nummod
Peruvians Peruvian PROPN 3 obj
, , PUNCT 7 punct
claiming claim VERB 3 advcl
them they PRON 7 obj
to to PART 11 mark
be be AUX 11 cop
spies spy NOUN 7 xcomp)",
                         {{1, "CHLCOP"}, {4, "PER"}, {7, "PER"}})),
            "CHLCOP>PER:173 CHLCOP>PER:112 ");
}

TEST_F(EventCoderTest, ADemandFromSomeoneIsAddressedToThem) {
  // "Chile demanded from Peru to publish the report": the demand is put to Peru.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
demanded demand VERB 0 root
from from ADP 4 case
Peru Peru PROPN 2 obl
to to PART 6 mark
publish publish VERB 2 advcl
the the DET 8 det
report report NOUN 6 obj)",
                         {{0, "CHL"}, {3, "PER"}})),
            "CHL>PER:100 ");
}

TEST_F(EventCoderTest, WhoseCustodySomeoneIsTakenIntoArrestsThem) {
  // Rebels taken into custody, that of the Chilean army ("X were taken into the custody of Y"): the army
  // arrests them (173).
  EXPECT_EQ(summary(code(R"(The the DET 2 det
rebels rebel NOUN 4 nsubj:pass
were be AUX 4 aux:pass
taken take VERB 0 root
into into ADP 7 case
the the DET 7 det
custody custody NOUN 4 obl
of of ADP 11 case
the the DET 11 det
Chilean Chilean ADJ 11 amod
army army NOUN 7 nmod)",
                         {{1, "CHLREB"}, {10, "CHLMIL"}})),
            "CHLMIL>CHLREB:173 ");
  // "taken into police custody": the compound names the keeper.
  EXPECT_EQ(summary(code(R"(Two two NUM 3 nummod
Chilean Chilean ADJ 3 amod
activists activist NOUN 5 nsubj:pass
were be AUX 5 aux:pass
taken take VERB 0 root
into into ADP 8 case
police police NOUN 8 compound
custody custody NOUN 5 obl)",
                         {{2, "CHLOPP"}, {6, "CHLCOP"}})),
            "CHLCOP>CHLOPP:173 ");
}

TEST_F(EventCoderTest, ConjoinedSidesCallEachOtherAndRepresentativesOfSidesMeet) {
  // "Chile and Peru spoke by telephone": a call between the two (041), one event each way.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 4 nsubj
and and CCONJ 3 cc
Peru Peru PROPN 1 conj
spoke speak VERB 0 root
by by ADP 6 case
telephone telephone NOUN 4 obl)",
                         {{0, "CHL"}, {2, "PER"}})),
            "CHL>PER:041 PER>CHL:041 ");
  // "The leaders of Chile and Peru met": the plural representatives of conjoined sides are those sides.
  EXPECT_EQ(summary(code(R"(The the DET 2 det
leaders leader NOUN 7 nsubj NNS
of of ADP 4 case
Chile Chile PROPN 2 nmod
and and CCONJ 6 cc
Peru Peru PROPN 4 conj
met meet VERB 0 root)",
                         {{1, "CHLGOV"}, {3, "CHL"}, {5, "PER"}})),
            "CHLGOV>PER:040 PER>CHLGOV:040 ");
  // One leader of one side meets no one named: no partner is made up.
  EXPECT_EQ(summary(code(R"(The the DET 2 det
leader leader NOUN 5 nsubj NN
of of ADP 4 case
Chile Chile PROPN 2 nmod
met meet VERB 0 root)",
                         {{1, "CHLGOV"}, {3, "CHL"}})),
            "CHLGOV>-:040 ");
}

TEST_F(EventCoderTest, SidesThatActOnEachOtherActOnEachOther) {
  // "Chile and Peru accused each other of violations": each accuses the other (112), whatever the act.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 4 nsubj
and and CCONJ 3 cc
Peru Peru PROPN 1 conj
accused accuse VERB 0 root
each each DET 4 obj
other other ADJ 5 fixed)",
                         {{0, "CHL"}, {2, "PER"}})),
            "CHL>PER:112 PER>CHL:112 ");
  // One side alone accusing "each other" has no one to accuse.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
accused accuse VERB 0 root
each each DET 2 obj
other other ADJ 3 fixed)",
                         {{0, "CHL"}})),
            "CHL>-:112 ");
}

TEST_F(EventCoderTest, AProsecutionIsLegalActionAndAPromisedOneAThreat) {
  // "Chile will pursue the prosecution of Peru's minister": announcing harm to come threatens it (13x).
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 3 nsubj
will will AUX 3 aux
pursue pursue VERB 0 root
the the DET 5 det
prosecution prosecution NOUN 3 obj
of of ADP 9 case
Peru Peru PROPN 9 nmod:poss
's 's PART 7 case
minister minister NOUN 5 nmod)",
                         {{0, "CHL"}, {8, "PERGOV"}})),
            "CHL>PERGOV:137 ");
  // "Chile began the prosecution of the minister": legal action (173).
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
began begin VERB 0 root
the the DET 4 det
prosecution prosecution NOUN 2 obj
of of ADP 7 case
the the DET 7 det
minister minister NOUN 4 nmod)",
                         {{0, "CHL"}, {6, "PERGOV"}})),
            "CHL>PERGOV:173 ");
}

TEST_F(EventCoderTest, ShootingDownAnAircraftIsForceAgainstItsOwner) {
  // "Chile shot down a Peruvian drone": military force (190), not small-arms fire (193) as "shot at" is; so is
  // "Chile downed a Peruvian drone".
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
shot shoot VERB 0 root
down down ADP 2 compound:prt
a a DET 6 det
Peruvian Peruvian ADJ 6 amod
drone drone NOUN 2 obj)",
                         {{0, "CHL"}, {5, "PERMIL"}})),
            "CHL>PERMIL:190 ");
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
downed down VERB 0 root
a a DET 5 det
Peruvian Peruvian ADJ 5 amod
drone drone NOUN 2 obj)",
                         {{0, "CHL"}, {4, "PERMIL"}})),
            "CHL>PERMIL:190 ");
}

TEST_F(EventCoderTest, WhatIsTheTargetOfAnEventNounIsItsTarget) {
  // "The Peruvian army was the target of Chilean strikes": the strikes' target is the army, as in "Chilean strikes
  // on the Peruvian army".
  EXPECT_EQ(summary(code(R"(The the DET 3 det
Peruvian Peruvian ADJ 3 amod
army army NOUN 6 nsubj
was be AUX 6 cop
the the DET 6 det
target target NOUN 0 root
of of ADP 9 case
Chilean Chilean ADJ 9 amod
strikes strike NOUN 6 nmod NNS)",
                         {{2, "PERMIL"}, {8, "CHL"}})),
            "CHL>PERMIL:190 ");
  // "Peru has been the subject of US sanctions": a name before the noun is its doer too.
  EXPECT_EQ(summary(code(R"(Peru Peru PROPN 5 nsubj
has have AUX 5 aux
been be AUX 5 cop
the the DET 5 det
subject subject NOUN 0 root
of of ADP 8 case
US US PROPN 8 compound
sanctions sanction NOUN 5 nmod NNS)",
                         {{0, "PER"}, {7, "USA"}})),
            "USA>PER:163 ");
}

TEST_F(EventCoderTest, AnEventNounWhoseModifiersMakeItAnActorIsThatActorsAct) {
  // "Chilean army shelling of Peruvian troops continued": the actor stage codes "Chilean army shelling" as the
  // Chilean military's phrase (headed by the noun); the shelling is its act. "Chile approved army shelling of
  // Peruvian troops": an act approved (asked for, planned, opposed) is not done.
  const auto coded_with_phrase = [&](const std::string& words, const Actors& actors, uint32_t phrase_head,
                                     uint32_t phrase_first) {
    doc_ = document_from_conllu({testing::parsed_sentence(words)});
    uint32_t entity = 0;
    for (const auto& [t, c] : actors) {
      testing::add_actor(doc_, t, c, entity++);
      if (t == phrase_head) doc_.actors.actors.back().first_token = phrase_first;
    }
    coder_->annotate(doc_);
    return summary(doc_.events.events);
  };
  EXPECT_EQ(coded_with_phrase(R"(Chilean Chilean ADJ 3 amod
army army NOUN 3 compound
shelling shelling NOUN 7 nsubj
of of ADP 6 case
Peruvian Peruvian ADJ 6 amod
troops troop NOUN 3 nmod NNS
continued continue VERB 0 root
. . PUNCT 7 punct)",
                              {{2, "CHLMIL"}, {5, "PERMIL"}}, 2, 0),
            "CHLMIL>PERMIL:194 ");
  EXPECT_EQ(coded_with_phrase(R"(Chile Chile PROPN 2 nsubj
approved approve VERB 0 root
army army NOUN 4 compound
shelling shelling NOUN 2 obj
of of ADP 7 case
Peruvian Peruvian ADJ 7 amod
troops troop NOUN 4 nmod NNS
. . PUNCT 2 punct)",
                              {{0, "CHL"}, {3, "CHLMIL"}, {6, "PERMIL"}}, 3, 2),
            "");
}

TEST_F(EventCoderTest, HarmDoneInAnAttackIsTheAttackersAct) {
  // "Ten Peruvian civilians were killed in a Chilean strike": as "killed by a Chilean strike", Chile killed them.
  EXPECT_EQ(summary(code(R"(Ten ten NUM 3 nummod CD
Peruvian Peruvian ADJ 3 amod JJ
civilians civilian NOUN 5 nsubj:pass NNS
were be AUX 5 aux:pass VBD
killed kill VERB 0 root VBN
in in ADP 9 case IN
a a DET 9 det DT
Chilean Chilean ADJ 9 amod JJ
strike strike NOUN 5 obl NN
. . PUNCT 5 punct .)",
                         {{2, "PERCVL"}, {8, "CHL"}})),
            "CHL>PERCVL:190 ");
  // "The toll rose to twelve Peruvian civilians killed in Chilean strikes": a reduced passive too.
  EXPECT_EQ(summary(code(R"(The the DET 2 det DT
toll toll NOUN 3 nsubj NN
rose rise VERB 0 root VBD
to to ADP 7 case IN
twelve twelve NUM 7 nummod CD
Peruvian Peruvian ADJ 7 amod JJ
civilians civilian NOUN 3 obl NNS
killed kill VERB 7 acl VBN
in in ADP 11 case IN
Chilean Chilean ADJ 11 amod JJ
strikes strike NOUN 8 obl NNS
. . PUNCT 3 punct .)",
                         {{6, "PERCVL"}, {10, "CHL"}})),
            "CHL>PERCVL:190 ");
}

TEST_F(EventCoderTest, DesignatingAsALabelIsCallingSo) {
  // "The ministry designated the group as a terrorist organization": an accusation (111), as "called the group a
  // terrorist organization" is.
  EXPECT_EQ(summary(code(R"(The the DET 2 det
ministry ministry NOUN 3 nsubj
designated designate VERB 0 root
the the DET 5 det
group group NOUN 3 obj
as as ADP 9 case
a a DET 9 det
terrorist terrorist NOUN 9 compound
organization organization NOUN 3 obl)", {{1, "CHLGOV"}, {4, "CHLREB"}})),
            "CHLGOV>CHLREB:111 ");
}

TEST_F(EventCoderTest, APassiveGerundIsDoneToTheMainClausesSubject) {
  // "Peruvian journalists were injured after being attacked by Chilean protesters": the protesters attacked the
  // journalists (CAMEO codes civilians' violence as a violent protest, 145).
  EXPECT_EQ(summary(code(R"(Peruvian Peruvian ADJ 2 amod JJ
journalists journalist NOUN 4 nsubj:pass NNS
were be AUX 4 aux:pass VBD
injured injure VERB 0 root VBN
after after SCONJ 7 mark IN
being be AUX 7 aux:pass VBG
attacked attack VERB 4 advcl VBN
by by ADP 9 case IN
protesters protester NOUN 7 obl:agent NNS)",
                         {{1, "PERMED"}, {8, "CHLCVL"}})),
            "CHLCVL>PERMED:145 ");
}

TEST_F(EventCoderTest, EngagingSomeoneInAFirefightIsFighting) {
  // "Rebels engaged peacekeepers in a firefight": the object is the target, the in-phrase names the act.
  const auto rows = R"(Rebels rebel NOUN 2 nsubj NNS
engaged engage VERB 0 root VBD
peacekeepers peacekeeper NOUN 2 obj NNS
in in ADP 6 case IN
a a DET 6 det DT
firefight firefight NOUN 2 obl NN
. . PUNCT 2 punct .)";
  EXPECT_EQ(summary(code(rows, {{0, "SYRREB"}, {2, "IGOUNOMIL"}})), "SYRREB>IGOUNOMIL:190 ");
  // Engaging someone in talks is negotiating with them (both ways, as talks are); engaging someone in a hobby is
  // no event.
  const auto talks = R"(Rebels rebel NOUN 2 nsubj NNS
engaged engage VERB 0 root VBD
peacekeepers peacekeeper NOUN 2 obj NNS
in in ADP 5 case IN
talks talk NOUN 2 obl NNS
. . PUNCT 2 punct .)";
  EXPECT_EQ(summary(code(talks, {{0, "SYRREB"}, {2, "IGOUNOMIL"}})), "SYRREB>IGOUNOMIL:046 IGOUNOMIL>SYRREB:046 ");
  const auto hobby = R"(Rebels rebel NOUN 2 nsubj NNS
engaged engage VERB 0 root VBD
peacekeepers peacekeeper NOUN 2 obj NNS
in in ADP 5 case IN
football football NOUN 2 obl NN
. . PUNCT 2 punct .)";
  EXPECT_EQ(summary(code(hobby, {{0, "SYRREB"}, {2, "IGOUNOMIL"}})), "");
}

TEST_F(EventCoderTest, AssurancesReceivedGivenDoubtedOrBroken) {
  // "Farmers received assurances from the government": the government assures the farmers (030), not a visit
  // the farmers host (043).
  const auto received = R"(Farmers farmer NOUN 2 nsubj NNS
received receive VERB 0 root VBD
assurances assurance NOUN 2 obj NNS
from from ADP 6 case IN
the the DET 6 det DT
government government NOUN 3 nmod NN
. . PUNCT 2 punct .)";
  EXPECT_EQ(summary(code(received, {{0, "GEOCVL"}, {5, "GEOGOV"}})), "GEOGOV>GEOCVL:030 ");
  const auto gave = R"(Moscow Moscow PROPN 2 nsubj NNP
gave give VERB 0 root VBD
guarantees guarantee NOUN 2 obj NNS
to to ADP 5 case IN
Kiev Kiev PROPN 2 obl NNP
. . PUNCT 2 punct .)";
  EXPECT_EQ(summary(code(gave, {{0, "RUSGOV"}, {4, "UKRGOV"}})), "RUSGOV>UKRGOV:030 ");
  // Doubting assurances gives none; breaking one defies it (128).
  const auto doubted = R"(Kiev Kiev PROPN 2 nsubj NNP
doubted doubt VERB 0 root VBD
the the DET 4 det DT
assurances assurance NOUN 2 obj NNS
of of ADP 6 case IN
Moscow Moscow PROPN 4 nmod NNP
. . PUNCT 2 punct .)";
  EXPECT_EQ(summary(code(doubted, {{0, "UKRGOV"}, {5, "RUSGOV"}})), "");
  const auto broke = R"(Moscow Moscow PROPN 2 nsubj NNP
broke break VERB 0 root VBD
its its PRON 4 nmod:poss PRP$
promise promise NOUN 2 obj NN
to to ADP 6 case IN
Kiev Kiev PROPN 4 nmod NNP
. . PUNCT 2 punct .)";
  EXPECT_EQ(summary(code(broke, {{0, "RUSGOV"}, {5, "UKRGOV"}})), "RUSGOV>UKRGOV:128 ");
}

TEST_F(EventCoderTest, SeekingToCooperateIsAnIntentTryingToHelpOrHarmIsAnActNotDone) {
  // "Chile is seeking to deepen ties with Peru": an effort to cooperate states the will to (032, as a plan does).
  const auto seek = R"(Chile Chile PROPN 3 nsubj NNP
is be AUX 3 aux VBZ
seeking seek VERB 0 root VBG
to to PART 5 mark TO
deepen deepen VERB 3 xcomp VB
ties tie NOUN 5 obj NNS
with with ADP 8 case IN
Peru Peru PROPN 5 obl NNP
. . PUNCT 3 punct .)";
  EXPECT_EQ(summary(code(seek, {{0, "CHL"}, {7, "PER"}})), "CHL>PER:032 ");
  // Trying to attack someone or to help them is an act not (yet) done (hypothetical), and no statement of intent.
  const auto attack = R"(Chile Chile PROPN 3 nsubj NNP
is be AUX 3 aux VBZ
trying try VERB 0 root VBG
to to PART 5 mark TO
attack attack VERB 3 xcomp VB
Peru Peru PROPN 5 obj NNP
. . PUNCT 3 punct .)";
  EXPECT_EQ(summary(code(attack, {{0, "CHL"}, {5, "PER"}})), "CHL>PER:190!hyp ");
  const auto help = R"(Chile Chile PROPN 3 nsubj NNP
is be AUX 3 aux VBZ
trying try VERB 0 root VBG
to to PART 5 mark TO
help help VERB 3 xcomp VB
Peru Peru PROPN 5 obj NNP
. . PUNCT 3 punct .)";
  EXPECT_EQ(summary(code(help, {{0, "CHL"}, {5, "PER"}})), "CHL>PER:070!hyp ");
}

TEST_F(EventCoderTest, AStateActsWithItsOwnForcesNotOnThem) {
  // "Chile deployed troops": the troops are what Chile acts with (154, no target), not its target.
  const auto deployed = R"(Chile Chile PROPN 2 nsubj NNP
deployed deploy VERB 0 root VBD
troops troop NOUN 2 obj NNS
. . PUNCT 2 punct .)";
  EXPECT_EQ(summary(code(deployed, {{0, "CHL"}, {2, "CHLMIL"}})), "CHL>-:154 ");
  // Another country's troops stay the target; so do the army's bases that rebels take.
  EXPECT_EQ(summary(code(deployed, {{0, "CHL"}, {2, "PERMIL"}})), "CHL>PERMIL:154 ");
  const auto took = R"(Rebels rebel NOUN 2 nsubj NNS
took take VERB 0 root VBD
military military ADJ 4 amod JJ
bases base NOUN 2 obj NNS
. . PUNCT 2 punct .)";
  EXPECT_EQ(summary(code(took, {{0, "CHLREB"}, {3, "CHLMIL"}})), "CHLREB>CHLMIL:192 ");
}

TEST_F(EventCoderTest, BreakingACeasefireAgreementViolatesTheCeasefire) {
  // "Rebels breached the truce agreement": a ceasefire agreement is a ceasefire (196), not any agreement (128).
  const auto truce = R"(Rebels rebel NOUN 2 nsubj NNS
breached breach VERB 0 root VBD
the the DET 5 det DT
truce truce NOUN 5 compound NN
agreement agreement NOUN 2 obj NN
. . PUNCT 2 punct .)";
  EXPECT_EQ(summary(code(truce, {{0, "SYRREB"}})), "SYRREB>-:196 ");
  const auto trade = R"(Rebels rebel NOUN 2 nsubj NNS
breached breach VERB 0 root VBD
the the DET 5 det DT
trade trade NOUN 5 compound NN
agreement agreement NOUN 2 obj NN
. . PUNCT 2 punct .)";
  EXPECT_EQ(summary(code(trade, {{0, "SYRREB"}})), "SYRREB>-:128 ");
  // Blaming someone for breaking one accuses them (112); the breach is alleged, not established.
  const auto blamed = R"(Officials official NOUN 2 nsubj NNS
blamed blame VERB 0 root VBD
rebels rebel NOUN 2 obj NNS
for for SCONJ 5 mark IN
breaking break VERB 2 advcl VBG
the the DET 7 det DT
truce truce NOUN 5 obj NN
. . PUNCT 2 punct .)";
  EXPECT_EQ(summary(code(blamed, {{0, "SYRGOV"}, {2, "SYRREB"}})), "SYRGOV>SYRREB:112 SYRREB>-:196!hyp ");
}

TEST_F(EventCoderTest, RepellingAnAttackAndDroppingBombsAreForceAndAReportsSourceIsNoTarget) {
  // "Troops repelled an offensive by rebels": the offensive's doer is the target (190).
  const auto repelled = R"(Troops troop NOUN 2 nsubj NNS
repelled repel VERB 0 root VBD
an a DET 4 det DT
offensive offensive NOUN 2 obj NN
by by ADP 6 case IN
rebels rebel NOUN 4 nmod NNS
. . PUNCT 2 punct .)";
  EXPECT_EQ(summary(code(repelled, {{0, "SYRMIL"}, {5, "SYRREB"}})), "SYRMIL>SYRREB:190 ");
  // "Helicopters dropped bombs on the town, according to activists": aerial bombing (195), and the activists who
  // report it are not what it was aimed at.
  const auto dropped = R"(Helicopters helicopter NOUN 2 nsubj NNS
dropped drop VERB 0 root VBD
bombs bomb NOUN 2 obj NNS
on on ADP 6 case IN
the the DET 6 det DT
town town NOUN 2 obl NN
, , PUNCT 10 punct ,
according accord VERB 10 case VBG
to to ADP 8 fixed IN
activists activist NOUN 2 obl NNS
. . PUNCT 2 punct .)";
  EXPECT_EQ(summary(code(dropped, {{0, "SYRMIL"}, {9, "SYROPP"}})), "SYRMIL>-:195 ");
  const auto shelled = R"(Troops troop NOUN 2 nsubj NNS
shelled shell VERB 0 root VBD
the the DET 4 det DT
town town NOUN 2 obj NN
, , PUNCT 8 punct ,
according accord VERB 8 case VBG
to to ADP 6 fixed IN
activists activist NOUN 2 obl NNS
. . PUNCT 2 punct .)";
  EXPECT_EQ(summary(code(shelled, {{0, "SYRMIL"}, {7, "SYROPP"}})), "SYRMIL>-:194 ");
}

TEST_F(EventCoderTest, BeingToldOneMustBeReadyToActIsADemand) {
  // "Chile said Peru must be ready to negotiate with Bolivia": a demand on Peru to negotiate (106), as "Chile said
  // Peru must negotiate" is; Peru's readiness is not coded as an intent of Peru's.
  EXPECT_EQ(summary(code(R"(Chile Chile PROPN 2 nsubj
said say VERB 0 root
Peru Peru PROPN 6 nsubj
must must AUX 6 aux
be be AUX 6 cop
ready ready ADJ 2 ccomp
to to PART 8 mark
negotiate negotiate VERB 6 xcomp
with with ADP 10 case
Bolivia Bolivia PROPN 8 obl)", {{0, "CHL"}, {2, "PER"}, {9, "BOL"}})),
            "CHL>PER:106 ");
}

}  // namespace
}  // namespace dunlin
