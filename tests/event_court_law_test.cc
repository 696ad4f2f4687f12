// Court, law, clemency, investigation and resignation stories (session 7), on hand-written parses: how an analyst
// codes them in CAMEO (data/events/cameo.tsv): sentencing 173, a finding of guilt 116, investigations 090 with the
// investigated actor in the noun's phrase, resignations 0831 with no target, bills proposed 034, laws coded by what
// they do with their makers as source, pardons 056 to the one pardoned, impeachment 112; a private person (a CVL
// name with no known role) is a target, never a source.
#include <gtest/gtest.h>

#include "event_test_util.h"

namespace dunlin {
namespace {

using CourtLawTest = testing::CodedSentenceTest;

TEST_F(CourtLawTest, ACourtSentencesConvictsAndCharges) {
  // "A judge sentenced Rivas to ten years.": a prison term is 173 (CAMEO's note on 116 sends detained individuals
  // there).
  EXPECT_EQ(coded(R"(A a DET 2 det
judge judge NOUN 3 nsubj
sentenced sentence VERB 0 root
Rivas Rivas PROPN 3 obj
to to ADP 7 case
ten ten NUM 7 nummod
years year NOUN 3 obl
. . PUNCT 3 punct)", {{1, "CHLJUD"}, {3, "CHLCVL"}}),
            "CHLJUD>CHLCVL:173 ");
  // "The jury convicted the company.": a finding of guilt (116).
  EXPECT_EQ(coded(R"(The the DET 2 det
jury jury NOUN 3 nsubj
convicted convict VERB 0 root
the the DET 5 det
company company NOUN 3 obj
. . PUNCT 3 punct)", {{1, "CHLJUD"}, {4, "CHLBUS"}}),
            "CHLJUD>CHLBUS:116 ");
  // "The court ruled against the government.": found liable (116), CAMEO's ruling against a non-individual.
  EXPECT_EQ(coded(R"(The the DET 2 det
court court NOUN 3 nsubj
ruled rule VERB 0 root
against against ADP 6 case
the the DET 6 det
government government NOUN 3 obl
. . PUNCT 3 punct)", {{1, "CHLJUD"}, {5, "CHLGOV"}}),
            "CHLJUD>CHLGOV:116 ");
  // "Prosecutors charged the mayor with fraud.": a charge accuses (112, the gold sets' convention).
  EXPECT_EQ(coded(R"(Prosecutors prosecutor NOUN 2 nsubj
charged charge VERB 0 root
the the DET 4 det
mayor mayor NOUN 2 obj
with with ADP 6 case
fraud fraud NOUN 2 obl
. . PUNCT 2 punct)", {{0, "CHLJUD"}, {3, "CHLGOV"}}),
            "CHLJUD>CHLGOV:112 ");
}

TEST_F(CourtLawTest, APrivatePersonIsATargetButNoSource) {
  // "Rivas accused the mayor of fraud.": a person with no role is no political source.
  EXPECT_EQ(coded(R"(Rivas Rivas PROPN 2 nsubj
accused accuse VERB 0 root
the the DET 4 det
mayor mayor NOUN 2 obj
of of ADP 6 case
fraud fraud NOUN 2 obl
. . PUNCT 2 punct)", {{0, "CHLCVL"}, {3, "CHLGOV"}}),
            "");
  // Nor is a company the dictionaries do not know ("Vexa said it was cooperating": the actor stage's BUS name).
  EXPECT_EQ(coded(R"(Vexa Vexa PROPN 2 nsubj
accused accuse VERB 0 root
the the DET 4 det
mayor mayor NOUN 2 obj
. . PUNCT 2 punct)", {{0, "CHLBUS"}, {3, "CHLGOV"}}),
            "");
  // Protesters (a common noun) stay sources.
  EXPECT_EQ(coded(R"(Protesters protester NOUN 2 nsubj
accused accuse VERB 0 root
the the DET 4 det
mayor mayor NOUN 2 obj
. . PUNCT 2 punct)", {{0, "CHLCVL"}, {3, "CHLGOV"}}),
            "CHLCVL>CHLGOV:112 ");
}

TEST_F(CourtLawTest, AnInvestigationIsIntoItsTarget) {
  // "The ministry opened an investigation into the company."
  EXPECT_EQ(coded(R"(The the DET 2 det
ministry ministry NOUN 3 nsubj
opened open VERB 0 root
an a DET 5 det
investigation investigation NOUN 3 obj
into into ADP 8 case
the the DET 8 det
company company NOUN 5 nmod
. . PUNCT 3 punct)", {{1, "CHLGOV"}, {7, "CHLBUS"}}),
            "CHLGOV>CHLBUS:090 ");
}

TEST_F(CourtLawTest, AResignationIsTheResignersWithNoTarget) {
  // "The minister announced her resignation after protests by students.": 0831, not aimed at the students.
  EXPECT_EQ(coded(R"(The the DET 2 det
minister minister NOUN 3 nsubj
announced announce VERB 0 root
her her PRON 5 nmod:poss
resignation resignation NOUN 3 obj
after after ADP 7 case
protests protest NOUN 3 obl
by by ADP 9 case
students student NOUN 7 nmod
. . PUNCT 3 punct)", {{1, "CHLGOV"}, {3, "CHLGOV"}, {8, "CHLEDU"}}),
            "CHLGOV>-:0831 ");
  // "The minister stood down.", "The president relinquished power.": resignations too.
  EXPECT_EQ(coded(R"(The the DET 2 det
minister minister NOUN 3 nsubj
stood stand VERB 0 root
down down ADP 3 compound:prt
. . PUNCT 3 punct)", {{1, "CHLGOV"}}),
            "CHLGOV>-:0831 ");
  EXPECT_EQ(coded(R"(The the DET 2 det
president president NOUN 3 nsubj
relinquished relinquish VERB 0 root
power power NOUN 3 obj
. . PUNCT 3 punct)", {{1, "CHLGOV"}}),
            "CHLGOV>-:0831 ");
  // "The president accepted the minister's resignation.": the president does not resign.
  EXPECT_EQ(coded(R"(The the DET 2 det
president president NOUN 3 nsubj
accepted accept VERB 0 root
the the DET 5 det
minister minister NOUN 7 nmod:poss
's 's PART 5 case
resignation resignation NOUN 3 obj
. . PUNCT 3 punct)", {{1, "CHLGOV"}, {4, "CHLGOV"}}),
            "");
}

TEST_F(CourtLawTest, BillsAndLaws) {
  // "The senator sent the bill to Congress.": proposing legislation is an intent to reform (034), aimed at no one.
  EXPECT_EQ(coded(R"(The the DET 2 det
senator senator NOUN 3 nsubj
sent send VERB 0 root
the the DET 5 det
bill bill NOUN 3 obj
to to ADP 7 case
Congress Congress PROPN 3 obl
. . PUNCT 3 punct)", {{1, "CHLLEG"}, {6, "CHLLEG"}}),
            "CHLLEG>-:034 ");
  // "The senate passed a bill legalizing abortion.": the law's act (0833) is its makers'.
  EXPECT_EQ(coded(R"(The the DET 2 det
senate senate NOUN 3 nsubj
passed pass VERB 0 root
a a DET 5 det
bill bill NOUN 3 obj
legalizing legalize VERB 5 acl VBG
abortion abortion NOUN 6 obj
. . PUNCT 3 punct)", {{1, "CHLLEG"}}),
            "CHLLEG>-:0833 ");
  // "The governor signed a bill which bans protests.": the ban (172) is the governor's.
  EXPECT_EQ(coded(R"(The the DET 2 det
governor governor NOUN 3 nsubj
signed sign VERB 0 root
a a DET 5 det
bill bill NOUN 3 obj
which which PRON 7 nsubj
bans ban VERB 5 acl:relcl
protests protest NOUN 7 obj
. . PUNCT 3 punct)", {{1, "CHLGOV"}}),
            "CHLGOV>-:172 ");
  // A bill only introduced does nothing yet: "introduced a bill legalizing abortion" is the proposal alone.
  EXPECT_EQ(coded(R"(The the DET 2 det
senator senator NOUN 3 nsubj
introduced introduce VERB 0 root
a a DET 5 det
bill bill NOUN 3 obj
legalizing legalize VERB 5 acl VBG
abortion abortion NOUN 6 obj
. . PUNCT 3 punct)", {{1, "CHLLEG"}}),
            "CHLLEG>-:034 ");
  // "The House adopted three articles of impeachment against the president.": the articles stand for the impeachment.
  EXPECT_EQ(coded(R"(The the DET 2 det
House House PROPN 3 nsubj
adopted adopt VERB 0 root
three three NUM 5 nummod
articles article NOUN 3 obj
of of ADP 7 case
impeachment impeachment NOUN 5 nmod
against against ADP 10 case
the the DET 10 det
president president NOUN 5 nmod
. . PUNCT 3 punct)", {{1, "USALEG"}, {9, "USAGOV"}}),
            "USALEG>USAGOV:112 ");
}

TEST_F(CourtLawTest, APardonGoesToWhomItIsGranted) {
  // "The president granted Rivas a pardon.", as the parser gives it: two objects, the first the recipient.
  EXPECT_EQ(coded(R"(The the DET 2 det
president president NOUN 3 nsubj
granted grant VERB 0 root
Rivas Rivas PROPN 3 obj
a a DET 6 det
pardon pardon NOUN 3 obj
. . PUNCT 3 punct)", {{1, "CHLGOV"}, {3, "CHLCVL"}}),
            "CHLGOV>CHLCVL:056 ");
  // With an indirect object, as UD has it.
  EXPECT_EQ(coded(R"(The the DET 2 det
president president NOUN 3 nsubj
granted grant VERB 0 root
Rivas Rivas PROPN 3 iobj
a a DET 6 det
pardon pardon NOUN 3 obj
. . PUNCT 3 punct)", {{1, "CHLGOV"}, {3, "CHLCVL"}}),
            "CHLGOV>CHLCVL:056 ");
  // "The president granted Rivas a full pardon.", with the parser's xcomp for the pardon.
  EXPECT_EQ(coded(R"(The the DET 2 det
president president NOUN 3 nsubj
granted grant VERB 0 root
Rivas Rivas PROPN 3 obj
a a DET 7 det
full full ADJ 7 amod
pardon pardon NOUN 3 xcomp
. . PUNCT 3 punct)", {{1, "CHLGOV"}, {3, "CHLCVL"}}),
            "CHLGOV>CHLCVL:056 ");
  // Granting asylum keeps its own code (075), with the same recipient.
  EXPECT_EQ(coded(R"(The the DET 2 det
governor governor NOUN 3 nsubj
granted grant VERB 0 root
Rivas Rivas PROPN 3 obj
asylum asylum NOUN 3 obj
. . PUNCT 3 punct)", {{1, "CHLGOV"}, {3, "PERCVL"}}),
            "CHLGOV>PERCVL:075 ");
}

TEST_F(CourtLawTest, PromisingPenaltiesThreatens) {
  // "The minister promised tough penalties for the protesters.": a threat (130); promising aid stays 033.
  EXPECT_EQ(coded(R"(The the DET 2 det
minister minister NOUN 3 nsubj
promised promise VERB 0 root
tough tough ADJ 5 amod
penalties penalty NOUN 3 obj
for for ADP 8 case
the the DET 8 det
protesters protester NOUN 5 nmod
. . PUNCT 3 punct)", {{1, "CHLGOV"}, {7, "CHLCVL"}}),
            "CHLGOV>CHLCVL:130 ");
  EXPECT_EQ(coded(R"(The the DET 2 det
minister minister NOUN 3 nsubj
promised promise VERB 0 root
aid aid NOUN 3 obj
. . PUNCT 3 punct)", {{1, "CHLGOV"}}),
            "CHLGOV>-:033 ");
}

TEST_F(CourtLawTest, FoundGuiltyIsAFindingOfGuilt) {
  // "A jury found the mayor guilty.": 'guilty' a secondary predicate of 'found' (116).
  EXPECT_EQ(coded(R"(A a DET 2 det
jury jury NOUN 3 nsubj
found find VERB 0 root
the the DET 5 det
mayor mayor NOUN 3 obj
guilty guilty ADJ 3 xcomp
. . PUNCT 3 punct)", {{1, "CHLJUD"}, {4, "CHLGOV"}}),
            "CHLJUD>CHLGOV:116 ");
  // "The mayor was found guilty by a jury.", with the by-phrase hung on 'guilty' as the parser does.
  EXPECT_EQ(coded(R"(The the DET 2 det
mayor mayor NOUN 4 nsubj:pass
was be AUX 4 aux:pass
found find VERB 0 root
guilty guilty ADJ 4 xcomp
by by ADP 8 case
a a DET 8 det
jury jury NOUN 5 obl
. . PUNCT 4 punct)", {{1, "CHLGOV"}, {7, "CHLJUD"}}),
            "CHLJUD>CHLGOV:116 ");
  // The parser's "found [the mayor]/compound [guilty]/obj".
  EXPECT_EQ(coded(R"(A a DET 2 det
jury jury NOUN 3 nsubj
found find VERB 0 root
the the DET 6 det
mayor mayor NOUN 6 compound
guilty guilty NOUN 3 obj
. . PUNCT 3 punct)", {{1, "CHLJUD"}, {4, "CHLGOV"}}),
            "CHLJUD>CHLGOV:116 ");
  // Finding something else is no event: "The jury found the evidence weak."
  EXPECT_EQ(coded(R"(The the DET 2 det
jury jury NOUN 3 nsubj
found find VERB 0 root
the the DET 5 det
evidence evidence NOUN 3 obj
weak weak ADJ 3 xcomp
. . PUNCT 3 punct)", {{1, "CHLJUD"}}),
            "");
}

TEST_F(CourtLawTest, BansMadeLawAndWarrants) {
  // "The governor signed the ban.": a ban made law (172); "issued a warrant for the opposition leader" (173).
  EXPECT_EQ(coded(R"(The the DET 2 det
governor governor NOUN 3 nsubj
signed sign VERB 0 root
the the DET 5 det
ban ban NOUN 3 obj
. . PUNCT 3 punct)", {{1, "CHLGOV"}}),
            "CHLGOV>-:172 ");
  EXPECT_EQ(coded(R"(The the DET 2 det
judge judge NOUN 3 nsubj
issued issue VERB 0 root
a a DET 5 det
warrant warrant NOUN 3 obj
for for ADP 8 case
the the DET 8 det
leader leader NOUN 5 nmod
. . PUNCT 3 punct)", {{1, "CHLJUD"}, {7, "CHLOPP"}}),
            "CHLJUD>CHLOPP:173 ");
}

TEST_F(CourtLawTest, AnAnnouncedOrOfferedResignationIsTheResignation) {
  // "The minister will resign.", "The minister offered to resign.": 0831 (the gold sets' convention).
  EXPECT_EQ(coded(R"(The the DET 2 det
minister minister NOUN 4 nsubj
will will AUX 4 aux
resign resign VERB 0 root
. . PUNCT 4 punct)", {{1, "CHLGOV"}}),
            "CHLGOV>-:0831 ");
  EXPECT_EQ(coded(R"(The the DET 2 det
minister minister NOUN 3 nsubj
offered offer VERB 0 root
to to PART 5 mark
resign resign VERB 3 xcomp
. . PUNCT 3 punct)", {{1, "CHLGOV"}}),
            "CHLGOV>-:0831 ");
  // Agreeing to resign stays CAMEO's commitment to yield (03).
  EXPECT_EQ(coded(R"(The the DET 2 det
minister minister NOUN 3 nsubj
agreed agree VERB 0 root
to to PART 5 mark
resign resign VERB 3 xcomp
. . PUNCT 3 punct)", {{1, "CHLGOV"}}),
            "CHLGOV>-:035 ");
}

TEST_F(CourtLawTest, AConspiracyOrPlotIsAnAttemptNotTheAct) {
  // "The general conspired to attack the rebels.": the attack is not done (an attempt: hypothetical), and no
  // threat is coded (a plot is no public threat).
  EXPECT_EQ(coded(R"(The the DET 2 det
general general NOUN 3 nsubj
conspired conspire VERB 0 root
to to PART 5 mark
attack attack VERB 3 xcomp
the the DET 7 det
rebels rebel NOUN 5 obj
. . PUNCT 3 punct)", {{1, "CHLMIL"}, {6, "CHLREB"}}),
            "CHLMIL>CHLREB:190!hyp ");
}

TEST_F(CourtLawTest, AnActorsOfferOrDecisionToResignIsTheResignation) {
  // "The president declined the minister's offer to resign.": the minister's offer to resign is coded as her
  // resignation (0831, as "offered to resign"), besides the president's refusal (120).
  EXPECT_EQ(coded(R"(The the DET 2 det
president president NOUN 3 nsubj
declined decline VERB 0 root
the the DET 5 det
minister minister NOUN 7 nmod:poss
's 's PART 5 case
offer offer NOUN 3 obj
to to PART 9 mark
resign resign VERB 7 acl
. . PUNCT 3 punct)", {{1, "CHLGOV"}, {4, "PERGOV"}}),
            "CHLGOV>PERGOV:120 PERGOV>-:0831 ");
  // "The party noted the minister's decision to step down.": 0831 too.
  EXPECT_EQ(coded(R"(The the DET 2 det
party party NOUN 3 nsubj
noted note VERB 0 root
the the DET 5 det
minister minister NOUN 7 nmod:poss
's 's PART 5 case
decision decision NOUN 3 obj
to to PART 9 mark
step step VERB 7 acl
down down ADP 9 compound:prt
. . PUNCT 3 punct)", {{1, "CHLPTY"}, {4, "CHLGOV"}}),
            "CHLGOV>-:0831 ");
  // "The minister's offer to meet the rebels was welcomed.": an offer of another act stays what the noun is about,
  // a meeting not held (hypothetical).
  EXPECT_EQ(coded(R"(The the DET 2 det
minister minister NOUN 4 nmod:poss
's 's PART 2 case
offer offer NOUN 9 nsubj:pass
to to PART 6 mark
meet meet VERB 4 acl
the the DET 8 det
rebels rebel NOUN 6 obj
was be AUX 9 aux:pass
welcomed welcome VERB 0 root
. . PUNCT 9 punct)", {{1, "CHLGOV"}, {7, "CHLREB"}}),
            "CHLGOV>CHLREB:040!hyp ");
}

TEST_F(CourtLawTest, ApprovingABudgetEndorsesItAndARelativeClauseNamesNoTarget) {
  // "The president will not approve a budget that funds a wall on the border with Peru.": a refusal (120) aimed at
  // no one the relative clause names.
  EXPECT_EQ(coded(R"(The the DET 2 det
president president NOUN 5 nsubj
will will AUX 5 aux
not not PART 5 advmod
approve approve VERB 0 root
a a DET 7 det
budget budget NOUN 5 obj
that that PRON 9 nsubj
funds fund VERB 7 acl:relcl
a a DET 11 det
wall wall NOUN 9 obj
on on ADP 14 case
the the DET 14 det
border border NOUN 11 nmod
with with ADP 16 case
Peru Peru PROPN 14 nmod
. . PUNCT 5 punct)", {{1, "CHLGOV"}, {15, "PER"}}),
            "CHLGOV>-:120 ");
  // "The senate approved the plan." endorses it (051).
  EXPECT_EQ(coded(R"(The the DET 2 det
senate senate NOUN 3 nsubj
approved approve VERB 0 root
the the DET 5 det
plan plan NOUN 3 obj
. . PUNCT 3 punct)", {{1, "CHLLEG"}}),
            "CHLLEG>-:051 ");
}

TEST_F(CourtLawTest, ChoosingAPersonEndorsesThem) {
  // "The party chose Soto as its leader." endorses Soto (051); "chose the date" names no one.
  EXPECT_EQ(coded(R"(The the DET 2 det
party party NOUN 3 nsubj
chose choose VERB 0 root
Soto Soto PROPN 3 obj
as as ADP 7 case
its its PRON 7 nmod:poss
leader leader NOUN 3 obl
. . PUNCT 3 punct)", {{1, "CHLPTY"}, {3, "CHLGOV"}}),
            "CHLPTY>CHLGOV:051 ");
  EXPECT_EQ(coded(R"(The the DET 2 det
party party NOUN 3 nsubj
chose choose VERB 0 root
the the DET 5 det
date date NOUN 3 obj
. . PUNCT 3 punct)", {{1, "CHLPTY"}}),
            "");
}

TEST_F(CourtLawTest, TearGasIsRepressionAndImpeachmentProceedingsAccuse) {
  // "Police fired tear gas at protesters.": violent repression (175), not combat (193).
  EXPECT_EQ(coded(R"(Police police NOUN 2 nsubj
fired fire VERB 0 root
tear tear NOUN 4 compound
gas gas NOUN 2 obj
at at ADP 6 case
protesters protester NOUN 2 obl
. . PUNCT 2 punct)", {{0, "CHLCOP"}, {5, "CHLCVL"}}),
            "CHLCOP>CHLCVL:175 ");
  // "Lawmakers began impeachment proceedings against the governor.": the proceedings are the impeachment (112).
  EXPECT_EQ(coded(R"(Lawmakers lawmaker NOUN 2 nsubj
began begin VERB 0 root
impeachment impeachment NOUN 4 compound
proceedings proceedings NOUN 2 obj
against against ADP 7 case
the the DET 7 det
governor governor NOUN 4 nmod
. . PUNCT 2 punct)", {{0, "CHLLEG"}, {6, "CHLGOV"}}),
            "CHLLEG>CHLGOV:112 ");
}

TEST_F(CourtLawTest, FormerBeforeATitledObjectIsNoSecondaryPredicate) {
  // "The senator endorsed former President Soto.", as the parser gives it: "former" an xcomp of the verb and the
  // name an obl of "former" without a preposition. The name is the object.
  EXPECT_EQ(coded(R"(The the DET 2 det
senator senator NOUN 3 nsubj
endorsed endorse VERB 0 root
former former ADJ 3 xcomp
President President PROPN 6 nmod:desc
Soto Soto PROPN 4 obl
. . PUNCT 3 punct)", {{1, "CHLLEG"}, {5, "CHLELI"}}),
            "CHLLEG>CHLELI:051 ");
}

TEST_F(CourtLawTest, ADesireToWorkWithSomeoneIsAnIntentToCooperate) {
  // "Chile expressed a desire to work with Peru.": 030, aimed at Peru.
  EXPECT_EQ(coded(R"(Chile Chile PROPN 2 nsubj
expressed express VERB 0 root
a a DET 4 det
desire desire NOUN 2 obj
to to PART 6 mark
work work VERB 4 acl
with with ADP 8 case
Peru Peru PROPN 6 obl
. . PUNCT 2 punct)", {{0, "CHL"}, {7, "PER"}}),
            "CHL>PER:030 ");
}

}  // namespace
}  // namespace dunlin
