// The event coder on hand-written parses: a purpose clause the parser hung on the verb's object; conjoined verbs
// that share an object and its phrases; an object the parser made the subject of the clause after it; and some
// common verbs of force and restriction.

#include <gtest/gtest.h>

#include "event_test_util.h"

namespace dunlin {
namespace {

using EventArgumentsTest = testing::CodedSentenceTest;

TEST_F(EventArgumentsTest, APurposeHungOnAThingIsTheDoersPurpose) {
  // "Police used tear gas to disperse the protesters": the parser hung "to disperse" on "gas"; gas does not act.
  EXPECT_EQ(coded(R"(Police police NOUN 2 nsubj
used use VERB 0 root
tear tear NOUN 4 compound
gas gas NOUN 2 obj
to to PART 6 mark
disperse disperse VERB 4 acl
the the DET 8 det
protesters protester NOUN 6 obj
. . PUNCT 2 punct)", {{0, "KENCOP"}, {7, "KENCVL"}}),
            "KENCOP>KENCVL:175 ");
  // Of an act still to come it is not done yet ("will use tear gas to disperse": no dispersal).
  EXPECT_EQ(coded(R"(Police police NOUN 3 nsubj
will will AUX 3 aux
use use VERB 0 root
tear tear NOUN 5 compound
gas gas NOUN 3 obj
to to PART 7 mark
disperse disperse VERB 5 acl
the the DET 9 det
protesters protester NOUN 7 obj
. . PUNCT 3 punct)", {{0, "KENCOP"}, {8, "KENCVL"}}),
            "KENCOP>KENCVL:175!hyp ");
}

TEST_F(EventArgumentsTest, APurposeHungOnAnEventNounIsTheDoersPurpose) {
  // "Farmers gathered for a march to protest Peru's tax": the march's purpose is the farmers'. (Farmers who protest
  // demonstrate, 141; an official complaint, 114, is an official's: session 9.)
  EXPECT_EQ(coded(R"(Farmers farmer NOUN 2 nsubj
gathered gather VERB 0 root
for for ADP 5 case
a a DET 5 det
march march NOUN 2 obl
to to PART 7 mark
protest protest VERB 5 acl
Peru Peru PROPN 10 nmod:poss
's 's PART 8 case
tax tax NOUN 7 obj
. . PUNCT 2 punct)", {{0, "PERAGR"}, {7, "PER"}}),
            "PERAGR>PER:141 ");
}

TEST_F(EventArgumentsTest, AnActorObjectStillDoesWhatItsClauseSays) {
  // "Chile sent envoys to criticize Peru": the envoys are actors and do the criticizing; the sending is no event.
  EXPECT_EQ(coded(R"(Chile Chile PROPN 2 nsubj
sent send VERB 0 root
envoys envoy NOUN 2 obj
to to PART 5 mark
criticize criticize VERB 3 acl
Peru Peru PROPN 5 obj
. . PUNCT 2 punct)", {{0, "CHL"}, {2, "CHLGOV"}, {5, "PER"}}),
            "CHLGOV>PER:111 ");
}

TEST_F(EventArgumentsTest, ConjoinedVerbsShareTheObjectAndPhrasesOfTheSecond) {
  // "Churches donated and shipped blankets to Haiti": the donation goes to Haiti too.
  EXPECT_EQ(coded(R"(Churches church NOUN 2 nsubj
donated donate VERB 0 root
and and CCONJ 4 cc
shipped ship VERB 2 conj
blankets blanket NOUN 4 obj
to to ADP 7 case
Haiti Haiti PROPN 4 obl
. . PUNCT 2 punct)", {{0, "USANGO"}, {6, "HTI"}}),
            "USANGO>HTI:070 ");
  // Not when the second verb has a subject of its own ("churches donated and the army shipped blankets to Haiti").
  EXPECT_EQ(coded(R"(Churches church NOUN 2 nsubj
donated donate VERB 0 root
and and CCONJ 6 cc
the the DET 5 det
army army NOUN 6 nsubj
shipped ship VERB 2 conj
blankets blanket NOUN 6 obj
to to ADP 9 case
Haiti Haiti PROPN 6 obl
. . PUNCT 2 punct)", {{0, "USANGO"}, {4, "USAMIL"}, {8, "HTI"}}),
            "");
}

TEST_F(EventArgumentsTest, AnObjectParsedAsTheNextClausesSubjectIsTheObject) {
  // "Peru cancelled a visit to Chile after a curfew was imposed", as the parser may read it: "visit" the passive
  // subject of "imposed". Cancelling a visit reduces relations (160); the target is in the object's phrase.
  EXPECT_EQ(coded(R"(Peru Peru PROPN 2 nsubj
cancelled cancel VERB 0 root
a a DET 4 det
visit visit NOUN 11 nsubj:pass
to to ADP 6 case
Chile Chile PROPN 4 nmod
after after ADP 9 case
a a DET 9 det
curfew curfew NOUN 4 nmod
was be AUX 11 aux:pass
imposed impose VERB 2 ccomp
. . PUNCT 2 punct)", {{0, "PER"}, {5, "CHL"}}),
            "PER>CHL:160 ");
  // A verb of saying takes the clause: "Peru said a visit to Chile was cancelled" codes no act of Peru's.
  EXPECT_EQ(coded(R"(Peru Peru PROPN 2 nsubj
said say VERB 0 root
a a DET 4 det
visit visit NOUN 8 nsubj:pass
to to ADP 6 case
Chile Chile PROPN 4 nmod
was be AUX 8 aux:pass
cancelled cancel VERB 2 ccomp
. . PUNCT 2 punct)", {{0, "PER"}, {5, "CHL"}}),
            "");
}

TEST_F(EventArgumentsTest, CommonVerbsOfForceAndRestriction) {
  // "Rebels burned two churches": destroying property (1712); burning an effigy is a protest (141), not that.
  EXPECT_EQ(coded(R"(Rebels rebel NOUN 2 nsubj
burned burn VERB 0 root
two two NUM 4 nummod
churches church NOUN 2 obj
. . PUNCT 2 punct)", {{0, "UGAREB"}}),
            "UGAREB>-:1712 ");
  EXPECT_EQ(coded(R"(Rebels rebel NOUN 2 nsubj
burned burn VERB 0 root
an a DET 4 det
effigy effigy NOUN 2 obj
. . PUNCT 2 punct)", {{0, "UGAREB"}}),
            "UGAREB>-:141 ");
  // "The army battled rebels" (190); "the junta revoked the licences of two papers" (172);
  // "the government disbanded its militias" demobilizes them (0873).
  EXPECT_EQ(coded(R"(The the DET 2 det
army army NOUN 3 nsubj
battled battle VERB 0 root
rebels rebel NOUN 3 obj
. . PUNCT 3 punct)", {{1, "UGAMIL"}, {3, "UGAREB"}}),
            "UGAMIL>UGAREB:190 ");
  EXPECT_EQ(coded(R"(The the DET 2 det
junta junta NOUN 3 nsubj
revoked revoke VERB 0 root
the the DET 5 det
licences licence NOUN 3 obj
of of ADP 8 case
two two NUM 8 nummod
papers paper NOUN 5 nmod
. . PUNCT 3 punct)", {{1, "MMRGOV"}, {7, "MMRMED"}}),
            "MMRGOV>MMRMED:172 ");
  EXPECT_EQ(coded(R"(The the DET 2 det
government government NOUN 3 nsubj
disbanded disband VERB 0 root
its its PRON 5 nmod:poss
militias militia NOUN 3 obj
. . PUNCT 3 punct)", {{1, "SDNGOV"}}),
            "SDNGOV>-:0873 ");
}

TEST_F(EventArgumentsTest, ThrowingStonesIsAViolentProtest) {
  // "Youths threw stones at the police" (145, at the police); "youths threw a party" is no event.
  EXPECT_EQ(coded(R"(Youths youth NOUN 2 nsubj
threw throw VERB 0 root
stones stone NOUN 2 obj
at at ADP 6 case
the the DET 6 det
police police NOUN 2 obl
. . PUNCT 2 punct)", {{0, "PSECVL"}, {5, "ISRCOP"}}),
            "PSECVL>ISRCOP:145 ");
  EXPECT_EQ(coded(R"(Youths youth NOUN 2 nsubj
threw throw VERB 0 root
a a DET 4 det
party party NOUN 2 obj
. . PUNCT 2 punct)", {{0, "PSECVL"}}),
            "");
}

TEST_F(EventArgumentsTest, ConcessionsToTheOpposition) {
  // "The junta legalized opposition parties" eases the ban on them (0812); "the government acceded to the demands
  // of the strikers" accedes to demands for reform (083), aimed at the strikers.
  EXPECT_EQ(coded(R"(The the DET 2 det
junta junta NOUN 3 nsubj
legalized legalize VERB 0 root
opposition opposition NOUN 5 compound
parties party NOUN 3 obj
. . PUNCT 3 punct)", {{1, "MMRGOV"}, {4, "MMROPP"}}),
            "MMRGOV>MMROPP:0812 ");
  EXPECT_EQ(coded(R"(The the DET 2 det
government government NOUN 3 nsubj
acceded accede VERB 0 root
to to ADP 6 case
the the DET 6 det
demands demand NOUN 3 obl
of of ADP 9 case
the the DET 9 det
strikers striker NOUN 6 nmod
. . PUNCT 3 punct)", {{1, "BOLGOV"}, {8, "BOLLAB"}}),
            "BOLGOV>BOLLAB:083 ");
}

TEST_F(EventArgumentsTest, ContentHungOnQuotedIsReportedSpeech) {
  // "Peru was quoted as saying it would meet Chile", the content hung on "quoted": "would" is the reported "will",
  // an intent to meet (036), not a hypothetical.
  EXPECT_EQ(coded(R"(Peru Peru PROPN 3 nsubj:pass
was be AUX 3 aux:pass
quoted quote VERB 0 root
as as SCONJ 5 mark
saying say VERB 3 advcl
it it PRON 8 nsubj
would would AUX 8 aux
meet meet VERB 3 ccomp
Chile Chile PROPN 8 obj
. . PUNCT 3 punct)", {{0, "PER"}, {5, "PER"}, {8, "CHL"}}),
            "PER>CHL:036 ");
}

}  // namespace
}  // namespace dunlin
