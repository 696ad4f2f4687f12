// Session 8 readings, on hand-written parses (sentences written for these tests): the purpose of a meeting is no
// second meeting, occupying a place by force is 192, money given is economic aid (071), asking for aid is 023,
// a lone indirect object is the object, attending an event held elsewhere is a visit (042), and a by-phrase the
// parser hung on a date word still names the doer.
#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "event_test_util.h"

namespace dunlin {
namespace {

using ActsAndSlipsTest = testing::CodedSentenceTest;

TEST_F(ActsAndSlipsTest, ThePurposeOfAMeetingIsNoSecondMeeting) {
  // "The Chilean envoy met the Peruvian president on Monday to discuss the border.": one meeting (040), the
  // discussion is what it was about.
  EXPECT_EQ(coded(R"(The the DET 3 det
Chilean Chilean ADJ 3 amod
envoy envoy NOUN 4 nsubj
met meet VERB 0 root
the the DET 7 det
Peruvian Peruvian ADJ 7 amod
president president NOUN 4 obj
on on ADP 9 case
Monday Monday PROPN 4 obl
to to PART 11 mark
discuss discuss VERB 4 advcl
the the DET 13 det
border border NOUN 11 obj
. . PUNCT 4 punct)", {{2, "CHLGOV"}, {6, "PERGOV"}}),
            "CHLGOV>PERGOV:040 ");
  // "The Chilean envoy stayed in Lima to discuss the border.": staying is no consultation, so the discussion is
  // the only one coded.
  EXPECT_EQ(coded(R"(The the DET 3 det
Chilean Chilean ADJ 3 amod
envoy envoy NOUN 4 nsubj
stayed stay VERB 0 root
in in ADP 6 case
Lima Lima PROPN 4 obl
to to PART 8 mark
discuss discuss VERB 4 advcl
the the DET 10 det
border border NOUN 8 obj
. . PUNCT 4 punct)", {{2, "CHLGOV"}}),
            "CHLGOV>-:040 ");
}

TEST_F(ActsAndSlipsTest, SeizingAPlaceOccupiesTerritory) {
  // "Rebels seized the town on Sunday.": occupying territory (192), not confiscating property (171).
  EXPECT_EQ(coded(R"(Rebels rebel NOUN 2 nsubj
seized seize VERB 0 root
the the DET 4 det
town town NOUN 2 obj
on on ADP 6 case
Sunday Sunday PROPN 2 obl
. . PUNCT 2 punct)", {{0, "COLREB"}}),
            "COLREB>-:192 ");
  // "The rebels took control of the province.": the same.
  EXPECT_EQ(coded(R"(The the DET 2 det
rebels rebel NOUN 3 nsubj
took take VERB 0 root
control control NOUN 3 obj
of of ADP 7 case
the the DET 7 det
province province NOUN 4 nmod
. . PUNCT 3 punct)", {{1, "COLREB"}}),
            "COLREB>-:192 ");
  // "Police seized the weapons.": goods seized are still property (171).
  EXPECT_EQ(coded(R"(Police police NOUN 2 nsubj
seized seize VERB 0 root
the the DET 4 det
weapons weapon NOUN 2 obj
. . PUNCT 2 punct)", {{0, "COLCOP"}}),
            "COLCOP>-:171 ");
}

TEST_F(ActsAndSlipsTest, MoneyGivenIsEconomicAid) {
  // "The rebels received money from the Venezuelan government.": Venezuela aids the rebels (071).
  EXPECT_EQ(coded(R"(The the DET 2 det
rebels rebel NOUN 3 nsubj
received receive VERB 0 root
money money NOUN 3 obj
from from ADP 8 case
the the DET 8 det
Venezuelan Venezuelan ADJ 8 amod
government government NOUN 3 obl
. . PUNCT 3 punct)", {{1, "COLREB"}, {7, "VENGOV"}}),
            "VENGOV>COLREB:071 ");
  // "Venezuela provided funds to the rebels.": the same, said the other way.
  EXPECT_EQ(coded(R"(Venezuela Venezuela PROPN 2 nsubj
provided provide VERB 0 root
funds fund NOUN 2 obj
to to ADP 6 case
the the DET 6 det
rebels rebel NOUN 2 obl
. . PUNCT 2 punct)", {{0, "VEN"}, {5, "COLREB"}}),
            "VEN>COLREB:071 ");
}

TEST_F(ActsAndSlipsTest, ALoneIndirectObjectIsTheObject) {
  // "Bolivia asked Brazil for a loan.": the parser's iobj is whom Bolivia asks; a loan is economic aid (0231).
  EXPECT_EQ(coded(R"(Bolivia Bolivia PROPN 2 nsubj
asked ask VERB 0 root
Brazil Brazil PROPN 2 iobj
for for ADP 6 case
a a DET 6 det
loan loan NOUN 2 obl
. . PUNCT 2 punct)", {{0, "BOL"}, {2, "BRA"}}),
            "BOL>BRA:0231 ");
  // "Bolivia asked Brazil for an explanation.": a plain request (020).
  EXPECT_EQ(coded(R"(Bolivia Bolivia PROPN 2 nsubj
asked ask VERB 0 root
Brazil Brazil PROPN 2 iobj
for for ADP 6 case
an a DET 6 det
explanation explanation NOUN 2 obl
. . PUNCT 2 punct)", {{0, "BOL"}, {2, "BRA"}}),
            "BOL>BRA:020 ");
  // "Bolivia appealed to the United Nations for help.": an appeal for aid (023).
  EXPECT_EQ(coded(R"(Bolivia Bolivia PROPN 2 nsubj
appealed appeal VERB 0 root
to to ADP 5 case
the the DET 5 det
UN UN PROPN 2 obl
for for ADP 7 case
help help NOUN 2 obl
. . PUNCT 2 punct)", {{0, "BOL"}, {4, "IGOUNO"}}),
            "BOL>IGOUNO:023 ");
}

TEST_F(ActsAndSlipsTest, AttendingAnEventHeldElsewhereIsAVisit) {
  // "The Chilean president attended the Lima games.": a visit (042) to the country of the place named.
  EXPECT_EQ(coded(R"(The the DET 3 det
Chilean Chilean ADJ 3 amod
president president NOUN 4 nsubj
attended attend VERB 0 root
the the DET 7 det
Lima Lima PROPN 7 compound
games game NOUN 4 obj
. . PUNCT 4 punct)", {{2, "CHLGOV"}, {5, "PERGOV"}}),
            "CHLGOV>PERGOV:042 ");
  // "The Chilean president attended a concert.": no frame for a concert, no event.
  EXPECT_EQ(coded(R"(The the DET 3 det
Chilean Chilean ADJ 3 amod
president president NOUN 4 nsubj
attended attend VERB 0 root
a a DET 6 det
concert concert NOUN 4 obj
. . PUNCT 4 punct)", {{2, "CHLGOV"}}),
            "");
}

TEST_F(ActsAndSlipsTest, ADoerHungOnADateWordStillActs) {
  // "There were ten Chilean soldiers killed by Peru today.": "Peru today" parsed as one phrase headed by the date
  // word; Peru is still the doer of the reduced passive.
  EXPECT_EQ(coded(R"(There there PRON 2 expl EX
were be VERB 0 root VBD
ten ten NUM 5 nummod CD
Chilean Chilean ADJ 5 amod JJ
soldiers soldier NOUN 2 nsubj NNS
killed kill VERB 5 acl VBN
by by ADP 9 case IN
Peru Peru PROPN 9 compound NNP
today today NOUN 6 obl:agent NN
. . PUNCT 2 punct .)", {{4, "CHLMIL"}, {7, "PER"}}),
            "PER>CHLMIL:190 ");
}

TEST_F(ActsAndSlipsTest, AnEventNounWithItsDoerInAnExistential) {
  // "There was an attack by Peru on Chile.": Peru attacked Chile (190).
  const std::string attack = R"(There there PRON 2 expl
was be VERB 0 root
an a DET 4 det
attack attack NOUN 2 nsubj
by by ADP 6 case
Peru Peru PROPN 4 nmod
on on ADP 8 case
Chile Chile PROPN 4 nmod
. . PUNCT 2 punct)";
  EXPECT_EQ(coded(attack, {{5, "PER"}, {7, "CHL"}}), "PER>CHL:190 ");
  // "There was no attack by Peru on Chile.": negated.
  std::string none = attack;
  none.replace(none.find("an a DET"), 8, "no no DET");
  EXPECT_EQ(coded(none, {{5, "PER"}, {7, "CHL"}}), "PER>CHL:190!neg ");
  // "Bolivia condemned the attack by Peru on Chile.": the condemnation (its phrase gives the target), and the
  // attack the sentence takes as given (an event noun with its doer and target, session 8's event nouns).
  EXPECT_EQ(coded(R"(Bolivia Bolivia PROPN 2 nsubj
condemned condemn VERB 0 root
the the DET 4 det
attack attack NOUN 2 obj
by by ADP 6 case
Peru Peru PROPN 4 nmod
on on ADP 8 case
Chile Chile PROPN 4 nmod
. . PUNCT 2 punct)", {{0, "BOL"}, {5, "PER"}, {7, "CHL"}}),
            "BOL>PER:111 PER>CHL:190 ");
}

TEST_F(ActsAndSlipsTest, ASentenceParsedAsOneNounPhraseStillHasItsDoer) {
  // "Peru fired rockets at Chile." parsed as a noun phrase ("Peru/compound fired/amod rockets/root"), the actor
  // stage's phrase "Peru fired rockets" headed by the object: Peru still fires at Chile (194).
  doc_ = document_from_conllu({testing::parsed_sentence(R"(Peru Peru PROPN 3 compound NNP
fired fire VERB 3 amod VBN
rockets rocket NOUN 0 root NNS
at at ADP 5 case IN
Chile Chile PROPN 3 nmod NNP
. . PUNCT 3 punct .)")});
  Actor phrase;
  phrase.first_token = 0;
  phrase.end_token = 3;
  phrase.head = 2;
  phrase.code = phrase.country = "PER";
  phrase.entity = 0;
  doc_.actors.actors.push_back(phrase);
  testing::add_actor(doc_, 4, "CHL", 1);
  coder_->annotate(doc_);
  EXPECT_EQ(summary(doc_.events.events), "PER>CHL:194 ");
}

TEST_F(ActsAndSlipsTest, AProtestToAGovernmentIsAComplaintAndHangingKills) {
  // "Peru protested to Chile over the fishing zone.": an official complaint (114), not a demonstration (140).
  EXPECT_EQ(coded(R"(Peru Peru PROPN 2 nsubj
protested protest VERB 0 root
to to ADP 4 case
Chile Chile PROPN 2 obl
over over ADP 8 case
the the DET 8 det
fishing fishing NOUN 8 compound
zone zone NOUN 2 obl
. . PUNCT 2 punct)", {{0, "PER"}, {3, "CHL"}}),
            "PER>CHL:114 ");
  // "Chile hanged two rebels.": an execution, coded as killing (1823).
  EXPECT_EQ(coded(R"(Chile Chile PROPN 2 nsubj
hanged hang VERB 0 root
two two NUM 4 nummod
rebels rebel NOUN 2 obj
. . PUNCT 2 punct)", {{0, "CHL"}, {3, "CHLREB"}}),
            "CHL>CHLREB:1823 ");
  // "Chile hanged a banner.": no actor hanged, no event.
  EXPECT_EQ(coded(R"(Chile Chile PROPN 2 nsubj
hanged hang VERB 0 root
a a DET 4 det
banner banner NOUN 2 obj
. . PUNCT 2 punct)", {{0, "CHL"}}),
            "");
}

TEST_F(ActsAndSlipsTest, MoreVerbsOfTheCodebooksRoots) {
  // "Peru chastised / mocked Chile" criticize (111), "entreated" appeals (020), "cautioned" threatens (130),
  // "honoured" praises (051).
  const std::string sentence = R"(Peru Peru PROPN 2 nsubj
VERB LEMMA VERB 0 root
Chile Chile PROPN 2 obj
. . PUNCT 2 punct)";
  for (const auto& [form, lemma, code] :
       std::vector<std::tuple<std::string, std::string, std::string>>{{"chastised", "chastise", "111"},
                                                                      {"mocked", "mock", "111"},
                                                                      {"entreated", "entreat", "020"},
                                                                      {"cautioned", "caution", "130"},
                                                                      {"honoured", "honour", "051"}}) {
    std::string s = sentence;
    s.replace(s.find("VERB LEMMA"), 10, form + " " + lemma);
    EXPECT_EQ(coded(s, {{0, "PER"}, {2, "CHL"}}), "PER>CHL:" + code + " ") << form;
  }
}

TEST_F(ActsAndSlipsTest, ADemandWhoseContentTheParserMadeANounPhrase) {
  // "Peru demanded that the Chilean government end curbs on the press.", parsed with "that" as the head of the
  // content and "end" as a noun: a demand (100) on the Chilean government all the same.
  EXPECT_EQ(coded(R"(Peru Peru PROPN 2 nsubj
demanded demand VERB 0 root
that that SCONJ 2 xcomp
the the DET 8 det
Chilean Chilean ADJ 6 amod
government government NOUN 7 compound
end end NOUN 8 compound
curbs curb NOUN 3 obj
on on ADP 11 case
the the DET 11 det
press press NOUN 8 nmod
. . PUNCT 2 punct)", {{0, "PER"}, {5, "CHLGOV"}}),
            "PER>CHLGOV:100 ");
}

TEST_F(ActsAndSlipsTest, ConjoinedSidesArePartnersNotTheTopic) {
  // "Peru and Chile signed an agreement on the migrants.": an agreement (057) between the two, each way; the
  // migrants are its topic, no side of it.
  EXPECT_EQ(coded(R"(Peru Peru PROPN 4 nsubj
and and CCONJ 3 cc
Chile Chile PROPN 1 conj
signed sign VERB 0 root
an a DET 6 det
agreement agreement NOUN 4 obj
on on ADP 9 case
the the DET 9 det
migrants migrant NOUN 6 nmod
. . PUNCT 4 punct)", {{0, "PER"}, {2, "CHL"}, {8, "VENREF"}}),
            "PER>CHL:057 CHL>PER:057 ");
  // "Peru and Chile will cooperate against smuggling.": an intent to cooperate, each way (032).
  EXPECT_EQ(coded(R"(Peru Peru PROPN 5 nsubj
and and CCONJ 3 cc
Chile Chile PROPN 1 conj
will will AUX 5 aux
cooperate cooperate VERB 0 root
against against ADP 7 case
smuggling smuggling NOUN 5 obl
. . PUNCT 5 punct)", {{0, "PER"}, {2, "CHL"}}),
            "PER>CHL:032 CHL>PER:032 ");
}

TEST_F(ActsAndSlipsTest, APlanToCooperateIsAnIntentAndBeggingAppeals) {
  // "Peru plans to visit Chile.": a stated plan to visit is CAMEO's intent to meet (036).
  EXPECT_EQ(coded(R"(Peru Peru PROPN 2 nsubj
plans plan VERB 0 root
to to PART 4 mark
visit visit VERB 2 xcomp
Chile Chile PROPN 4 obj
. . PUNCT 2 punct)", {{0, "PER"}, {4, "CHL"}}),
            "PER>CHL:036 ");
  // "Peru begged Chile to return the boats.": an appeal (02x) to Chile, who would return them.
  const std::vector<Event>& events = code(R"(Peru Peru PROPN 2 nsubj
begged beg VERB 0 root
Chile Chile PROPN 2 obj
to to PART 5 mark
return return VERB 2 xcomp
the the DET 7 det
boats boat NOUN 5 obj
. . PUNCT 2 punct)", {{0, "PER"}, {2, "CHL"}});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(source(events[0]), "PER");
  EXPECT_EQ(target(events[0]), "CHL");
  EXPECT_EQ(events[0].cameo.substr(0, 2), "02");
}

TEST_F(ActsAndSlipsTest, TradedAccusationsAndExchangedFireGoBothWays) {
  // "Peru and Chile traded accusations.": each accuses the other (112).
  EXPECT_EQ(coded(R"(Peru Peru PROPN 4 nsubj
and and CCONJ 3 cc
Chile Chile PROPN 1 conj
traded trade VERB 0 root
accusations accusation NOUN 4 obj
. . PUNCT 4 punct)", {{0, "PER"}, {2, "CHL"}}),
            "PER>CHL:112 CHL>PER:112 ");
  // "Peruvian troops exchanged fire with Chilean soldiers.": fighting, each way (190).
  EXPECT_EQ(coded(R"(Peruvian Peruvian ADJ 2 amod
troops troops NOUN 3 nsubj
exchanged exchange VERB 0 root
fire fire NOUN 3 obj
with with ADP 7 case
Chilean Chilean ADJ 7 amod
soldiers soldier NOUN 3 obl
. . PUNCT 3 punct)", {{1, "PERMIL"}, {6, "CHLMIL"}}),
            "PERMIL>CHLMIL:190 CHLMIL>PERMIL:190 ");
}

TEST_F(ActsAndSlipsTest, AConversationIsAConsultationAndByTelephoneACall) {
  // "The Peruvian minister held a telephone conversation with the Chilean president.": a call (041).
  const std::string held = R"(The the DET 3 det
Peruvian Peruvian ADJ 3 amod
minister minister NOUN 4 nsubj
held hold VERB 0 root
a a DET 7 det
telephone telephone NOUN 7 compound
conversation conversation NOUN 4 obj
with with ADP 11 case
the the DET 11 det
Chilean Chilean ADJ 11 amod
president president NOUN 7 nmod
. . PUNCT 4 punct)";
  EXPECT_EQ(coded(held, {{2, "PERGOV"}, {10, "CHLGOV"}}), "PERGOV>CHLGOV:041 ");
  // Without "telephone": a consultation (040).
  std::string plain = held;
  plain.replace(plain.find("telephone telephone NOUN 7 compound"), 35, "long long ADJ 7 amod");
  EXPECT_EQ(coded(plain, {{2, "PERGOV"}, {10, "CHLGOV"}}), "PERGOV>CHLGOV:040 ");
}

TEST_F(ActsAndSlipsTest, ExpelledFromACountryIsExpelledByIt) {
  // "Peruvian diplomats were expelled from Chile.": Chile expels them (166).
  const std::string expelled = R"(Peruvian Peruvian ADJ 2 amod
diplomats diplomat NOUN 4 nsubj:pass
were be AUX 4 aux:pass
expelled expel VERB 0 root
from from ADP 6 case
Chile Chile PROPN 4 obl
. . PUNCT 4 punct)";
  EXPECT_EQ(coded(expelled, {{1, "PERGOV"}, {5, "CHL"}}), "CHL>PERGOV:166 ");
  // "... expelled from the university": no country, no doer.
  EXPECT_EQ(coded(expelled, {{1, "PERGOV"}, {5, "CHLEDU"}}), "");
}

TEST_F(ActsAndSlipsTest, WhatOneIsAccusedOfIsNotEstablished) {
  // "Peru accused Chile of arming the rebels.": the accusation (112) is coded; the arming is alleged, not a fact.
  const std::string accused = R"(Peru Peru PROPN 2 nsubj
accused accuse VERB 0 root
Chile Chile PROPN 2 obj
of of SCONJ 5 mark
arming arm VERB 2 advcl
the the DET 7 det
rebels rebel NOUN 5 obj
. . PUNCT 2 punct)";
  // Only the accusation is asserted; the arming, if coded at all, is marked hypothetical.
  const auto asserted = [&](const std::vector<Event>& events) {
    std::string out;
    for (const Event& e : events)
      if (e.modality != Modality::hypothetical && !e.negated) out += source(e) + ">" + target(e) + ":" + e.cameo + " ";
    return out;
  };
  EXPECT_EQ(asserted(code(accused, {{0, "PER"}, {2, "CHL"}, {6, "PERREB"}})), "PER>CHL:112 ");
  // The same with the act hung on the accused ("Chile/obj of arming/acl").
  std::string hung = accused;
  hung.replace(hung.find("arming arm VERB 2 advcl"), 23, "arming arm VERB 3 acl");
  EXPECT_EQ(asserted(code(hung, {{0, "PER"}, {2, "CHL"}, {6, "PERREB"}})), "PER>CHL:112 ");
}

TEST_F(ActsAndSlipsTest, GivingUpAProgrammeYields) {
  // "Peru gave up its claim.": yielding (080).
  EXPECT_EQ(coded(R"(Peru Peru PROPN 2 nsubj
gave give VERB 0 root
up up ADP 2 compound:prt
its its PRON 5 nmod:poss
claim claim NOUN 2 obj
. . PUNCT 2 punct)", {{0, "PER"}}),
            "PER>-:080 ");
  // "Peru gave up hope.": no event.
  EXPECT_EQ(coded(R"(Peru Peru PROPN 2 nsubj
gave give VERB 0 root
up up ADP 2 compound:prt
hope hope NOUN 2 obj
. . PUNCT 2 punct)", {{0, "PER"}}),
            "");
}

TEST_F(ActsAndSlipsTest, ALightVerbsEventNounKeepsItsOwnPhrases) {
  // "Peru carried out air strikes against the rebels.", the against-phrase hung on the noun: an aerial attack (195)
  // on the rebels.
  EXPECT_EQ(coded(R"(Peru Peru PROPN 2 nsubj
carried carry VERB 0 root
out out ADP 2 compound:prt
air air NOUN 5 compound
strikes strike NOUN 2 obj
against against ADP 8 case
the the DET 8 det
rebels rebel NOUN 5 nmod
. . PUNCT 2 punct)", {{0, "PER"}, {7, "PERREB"}}),
            "PER>PERREB:195 ");
}

TEST_F(ActsAndSlipsTest, ThePurposeOfAnActOnlyAllowedIsNotDone) {
  // "Peru let Chilean jets use its bases to strike the rebels.": neither the use nor the strike is done.
  const std::vector<Event>& events = code(R"(Peru Peru PROPN 2 nsubj
let let VERB 0 root
Chilean Chilean ADJ 4 amod
jets jet NOUN 2 obj
use use VERB 2 xcomp
its its PRON 7 nmod:poss
bases base NOUN 5 obj
to to PART 9 mark
strike strike VERB 5 advcl
the the DET 11 det
rebels rebel NOUN 9 obj
. . PUNCT 2 punct)", {{0, "PER"}, {3, "CHLMIL"}, {10, "PERREB"}});
  int strikes = 0;
  for (const Event& e : events)
    if (e.cameo.starts_with("19")) {
      ++strikes;
      EXPECT_EQ(e.modality, Modality::hypothetical) << summary(events);
    }
  EXPECT_EQ(strikes, 1) << summary(events);
}

TEST_F(ActsAndSlipsTest, TalkingByTelephoneIsACall) {
  // "Peru's president spoke to the Chilean president by telephone.": a call (041); without "by telephone" 040.
  const std::string spoke = R"(Peru Peru PROPN 3 nmod:poss
's 's PART 1 case
president president NOUN 4 nsubj
spoke speak VERB 0 root
to to ADP 8 case
the the DET 8 det
Chilean Chilean ADJ 8 amod
president president NOUN 4 obl
by by ADP 10 case
telephone telephone NOUN 4 obl
. . PUNCT 4 punct)";
  EXPECT_EQ(coded(spoke, {{2, "PERGOV"}, {7, "CHLGOV"}}), "PERGOV>CHLGOV:041 ");
  std::string in_person = spoke;
  in_person.replace(in_person.find("telephone telephone NOUN"), 24, "boat boat NOUN");
  EXPECT_EQ(coded(in_person, {{2, "PERGOV"}, {7, "CHLGOV"}}), "PERGOV>CHLGOV:040 ");
}

}  // namespace
}  // namespace dunlin
