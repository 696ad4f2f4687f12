// Event constructions common in whole news articles (session 6), on hand-written parses: speech acts named by a
// noun that "came from" actors or "were made by" them, reduced passive relatives ("the raid, carried out by X"),
// and the frames for voting, questioning, co-sponsoring, withdrawn permits, alerts and resisting.
#include <gtest/gtest.h>

#include "event_test_util.h"

namespace dunlin {
namespace {

using ArticleConstructionsTest = testing::CodedSentenceTest;

TEST_F(ArticleConstructionsTest, ASpeechActNounComesFromItsSpeakers) {
  // "Messages of condolence have come from Chile and the UN envoy.": each actor of the from-phrase condoles.
  EXPECT_EQ(coded(R"(Messages message NOUN 5 nsubj
of of ADP 3 case
condolence condolence NOUN 1 nmod
have have AUX 5 aux
come come VERB 0 root
from from ADP 7 case
Chile Chile PROPN 5 obl
and and CCONJ 11 cc
the the DET 11 det
UN UN PROPN 11 compound
envoy envoy NOUN 7 conj
. . PUNCT 5 punct)", {{6, "CHL"}, {10, "IGOUNO"}}),
            "CHL>-:018 IGOUNO>-:018 ");
  // The parser's split of a long list: a second phrase without a preposition right after the from-phrase.
  EXPECT_EQ(coded(R"(Words word NOUN 5 nsubj
of of ADP 3 case
condemnation condemnation NOUN 1 nmod
have have AUX 5 aux
come come VERB 0 root
from from ADP 7 case
Chile Chile PROPN 5 obl
, , PUNCT 9 punct
Peru Peru PROPN 5 obl
. . PUNCT 5 punct)", {{6, "CHL"}, {8, "PER"}}),
            "CHL>-:111 PER>-:111 ");
  // Letters that came from a country are no event: "letter" alone names no act.
  EXPECT_EQ(coded(R"(Letters letter NOUN 3 nsubj
have have AUX 3 aux
come come VERB 0 root
from from ADP 5 case
Chile Chile PROPN 3 obl)", {{4, "CHL"}}),
            "");
}

TEST_F(ArticleConstructionsTest, APassiveLightVerbGivesItsNounsEventToTheByPhrase) {
  // "Attributions of blame were made by Oman.": Oman accuses (112), no target named.
  EXPECT_EQ(coded(R"(Attributions attribution NOUN 6 nsubj:pass
of of ADP 3 case
blame blame NOUN 1 nmod
were be AUX 6 aux:pass
then then ADV 6 advmod
made make VERB 0 root
by by ADP 8 case
Oman Oman PROPN 6 obl:agent
. . PUNCT 6 punct)", {{7, "OMN"}}),
            "OMN>-:112 ");
  // A verb that is no light verb does not lend its subject's noun: "Attributions were reported by Oman".
  EXPECT_EQ(coded(R"(Attributions attribution NOUN 3 nsubj:pass
were be AUX 3 aux:pass
reported report VERB 0 root
by by ADP 5 case
Oman Oman PROPN 3 obl:agent)", {{4, "OMN"}}),
            "");
}

TEST_F(ArticleConstructionsTest, AReducedPassiveRelativeIsDoneByItsByPhrase) {
  // "Chile condemned the sanctions imposed by Peru on Bolivia.": Peru sanctions Bolivia.
  const std::string imposed = R"(Chile Chile PROPN 2 nsubj _
condemned condemn VERB 0 root VBD
the the DET 4 det _
sanctions sanction NOUN 2 obj NNS
imposed impose VERB 4 acl VBN
by by ADP 7 case _
Peru Peru PROPN 5 obl:agent NNP
on on ADP 9 case _
Bolivia Bolivia PROPN 5 obl NNP
. . PUNCT 2 punct _)";
  // (Chile condemns what Peru did: Peru is the target of the condemnation.)
  EXPECT_EQ(coded(imposed, {{0, "CHL"}, {6, "PER"}, {8, "BOL"}}), "CHL>PER:111 PER>BOL:163 ");
  // A thing named after a country does not act: "victims killed by the Peru Airlines crash".
  EXPECT_EQ(coded(R"(Chile Chile PROPN 2 nsubj _
counted count VERB 0 root VBD
victims victim NOUN 2 obj NNS
killed kill VERB 3 acl VBN
by by ADP 8 case _
the the DET 8 det _
Peru Peru PROPN 8 compound NNP
crash crash NOUN 4 obl:agent NN)", {{0, "CHL"}, {7, "PER"}}),
            "");
}

TEST_F(ArticleConstructionsTest, VotingQuestioningAndSponsoring) {
  // "Senators voted for Smith." endorses Smith; "voted for the bill" names no actor: no event.
  EXPECT_EQ(coded(R"(Senators senator NOUN 2 nsubj
voted vote VERB 0 root
for for ADP 4 case
Smith Smith PROPN 2 obl)", {{0, "USALEG"}, {3, "USAGOV"}}),
            "USALEG>USAGOV:051 ");
  EXPECT_EQ(coded(R"(Senators senator NOUN 2 nsubj
voted vote VERB 0 root
for for ADP 5 case
the the DET 5 det
bill bill NOUN 2 obl)", {{0, "USALEG"}}),
            "");
  // "Two senators questioned the president's authority.": criticism of the president; questioning a suspect is not.
  EXPECT_EQ(coded(R"(Two two NUM 2 nummod
senators senator NOUN 3 nsubj
questioned question VERB 0 root
the the DET 5 det
president president NOUN 7 nmod:poss
's 's PART 5 case
authority authority NOUN 3 obj)", {{1, "USALEG"}, {4, "USAGOV"}}),
            "USALEG>USAGOV:111 ");
  EXPECT_EQ(coded(R"(Police police NOUN 2 nsubj
questioned question VERB 0 root
the the DET 4 det
suspect suspect NOUN 2 obj)", {{0, "USACOP"}, {3, "USACVL"}}),
            "");
  // "The bill was co-sponsored by two senators.": an intent to reform (034).
  EXPECT_EQ(coded(R"(The the DET 2 det
bill bill NOUN 4 nsubj:pass
was be AUX 4 aux:pass
co-sponsored co-sponsor VERB 0 root
by by ADP 7 case
two two NUM 7 nummod
senators senator NOUN 4 obl:agent)", {{6, "USALEG"}}),
            "USALEG>-:034 ");
}

TEST_F(ArticleConstructionsTest, PermitsAlertsAndResistance) {
  // "Norway suspended the airline's permit.": a sanction (163) on the airline.
  EXPECT_EQ(coded(R"(Norway Norway PROPN 2 nsubj
suspended suspend VERB 0 root
the the DET 4 det
airline airline NOUN 6 nmod:poss
's 's PART 4 case
permit permit NOUN 2 obj)", {{0, "NOR"}, {3, "RUSBUS"}}),
            "NOR>RUSBUS:163 ");
  // "The minister ordered a heightened alert.": raising the alert status (152).
  EXPECT_EQ(coded(R"(The the DET 2 det
minister minister NOUN 3 nsubj
ordered order VERB 0 root
a a DET 6 det
heightened heightened ADJ 6 amod
alert alert NOUN 3 obj)", {{1, "NORGOV"}}),
            "NORGOV>-:152 ");
  // "The president resisted.": a rejection (120).
  EXPECT_EQ(coded(R"(The the DET 2 det
president president NOUN 3 nsubj
resisted resist VERB 0 root
. . PUNCT 3 punct)", {{1, "NORGOV"}}),
            "NORGOV>-:120 ");
}

TEST_F(ArticleConstructionsTest, ABanOnAForeignActorIsASanction) {
  // "Norway banned the Chilean airline.": 163; "Norway banned the opposition party.": its own people, 172.
  EXPECT_EQ(coded(R"(Norway Norway PROPN 2 nsubj
banned ban VERB 0 root
the the DET 5 det
Chilean Chilean ADJ 5 amod
airline airline NOUN 2 obj)", {{0, "NOR"}, {4, "CHLBUS"}}),
            "NOR>CHLBUS:163 ");
  EXPECT_EQ(coded(R"(Norway Norway PROPN 2 nsubj
banned ban VERB 0 root
the the DET 5 det
opposition opposition NOUN 5 compound
party party NOUN 2 obj)", {{0, "NOR"}, {4, "NOROPP"}}),
            "NOR>NOROPP:172 ");
}

TEST_F(ArticleConstructionsTest, AllegedBeforeANounIsNoAllegation) {
  // "Chile protested over alleged Peruvian spying.": the parser's conj "alleged" is a hedge, not Chile alleging.
  EXPECT_EQ(coded(R"(Chile Chile PROPN 2 nsubj
protested protest VERB 0 root
over over ADV 4 advmod
alleged allege VERB 2 conj
Peruvian Peruvian ADJ 6 amod
spying spying NOUN 4 obj)", {{0, "CHL"}, {4, "PER"}}),
            "CHL>PER:114 ");  // an official complaint about the spying (protest verb T 114)
  // "Chile alleged Peruvian spying.": an allegation.
  EXPECT_EQ(coded(R"(Chile Chile PROPN 2 nsubj
alleged allege VERB 0 root
Peruvian Peruvian ADJ 4 amod
spying spying NOUN 2 obj)", {{0, "CHL"}, {2, "PER"}}),
            "CHL>PER:112 ");
}

TEST_F(ArticleConstructionsTest, CallingSomethingByACondemningWordDisapprovesOfIt) {
  // "Peru called the raid a cowardly crime.": disapproval (111), no actor named in the object.
  EXPECT_EQ(coded(R"(Peru Peru PROPN 2 nsubj
called call VERB 0 root
the the DET 4 det
raid raid NOUN 2 obj
a a DET 7 det
cowardly cowardly ADJ 7 amod
crime crime NOUN 2 xcomp)", {{0, "PER"}}),
            "PER>-:111 ");
  // "Peru described Chile's plan as a non-starter.": a rejection (120) of Chile's plan.
  EXPECT_EQ(coded(R"(Peru Peru PROPN 2 nsubj
described describe VERB 0 root
Chile Chile PROPN 5 nmod:poss
's 's PART 3 case
plan plan NOUN 2 obj
as as ADP 8 case
a a DET 8 det
non-starter non-starter NOUN 2 obl)", {{0, "PER"}, {2, "CHL"}}),
            "PER>CHL:120 ");
  // A neutral name is no event: "Peru called the raid a military operation".
  EXPECT_EQ(coded(R"(Peru Peru PROPN 2 nsubj
called call VERB 0 root
the the DET 4 det
raid raid NOUN 2 obj
a a DET 7 det
military military ADJ 7 amod
operation operation NOUN 2 xcomp)", {{0, "PER"}}),
            "");
  // Not calling it a crime is no disapproval.
  EXPECT_EQ(coded(R"(Peru Peru PROPN 4 nsubj
did do AUX 4 aux
not not PART 4 advmod
call call VERB 0 root
the the DET 6 det
raid raid NOUN 4 obj
a a DET 8 det
crime crime NOUN 4 xcomp)", {{0, "PER"}}),
            "PER>-:111!neg ");
}

TEST_F(ArticleConstructionsTest, CallingSomeoneByAWordOfPraisePraisesThem) {
  // "Peru called Chile's president an honest man.": praise (051) of the president.
  EXPECT_EQ(coded(R"(Peru Peru PROPN 2 nsubj
called call VERB 0 root
Chile Chile PROPN 5 nmod:poss
's 's PART 3 case
president president NOUN 2 obj
an a DET 8 det
honest honest ADJ 8 amod
man man NOUN 2 xcomp)", {{0, "PER"}, {4, "CHLGOV"}}),
            "PER>CHLGOV:051 ");
  // "Peru described the minister as a model of integrity.": the word may sit one phrase down.
  EXPECT_EQ(coded(R"(Peru Peru PROPN 2 nsubj
described describe VERB 0 root
the the DET 4 det
minister minister NOUN 2 obj
as as ADP 7 case
a a DET 7 det
model model NOUN 2 obl
of of ADP 9 case
integrity integrity NOUN 7 nmod)", {{0, "PER"}, {3, "PERGOV"}}),
            "PER>PERGOV:051 ");
}

TEST_F(ArticleConstructionsTest, SayingThatAnActorIsWhatALabelNamesCallsItSo) {
  // "Peru said the minister is a model of integrity.": praise (051) of the minister, as "called him a model of ...".
  EXPECT_EQ(coded(R"(Peru Peru PROPN 2 nsubj
said say VERB 0 root
the the DET 4 det
minister minister NOUN 7 nsubj
is be AUX 7 cop
a a DET 7 det
model model NOUN 2 ccomp
of of ADP 9 case
integrity integrity NOUN 7 nmod
. . PUNCT 2 punct)", {{0, "PER"}, {3, "PERGOV"}}),
            "PER>PERGOV:051 ");
  // "Peru said the rebels are criminals.": disapproval (111).
  EXPECT_EQ(coded(R"(Peru Peru PROPN 2 nsubj
said say VERB 0 root
the the DET 4 det
rebels rebel NOUN 6 nsubj
are be AUX 6 cop
criminals criminal NOUN 2 ccomp
. . PUNCT 2 punct)", {{0, "PER"}, {3, "PERREB"}}),
            "PER>PERREB:111 ");
  // "Peru said the rebels are the perpetrators.": naming the doer of a crime accuses (112).
  EXPECT_EQ(coded(R"(Peru Peru PROPN 2 nsubj
said say VERB 0 root
the the DET 4 det
rebels rebel NOUN 7 nsubj
are be AUX 7 cop
the the DET 7 det
perpetrators perpetrator NOUN 2 ccomp
. . PUNCT 2 punct)", {{0, "PER"}, {3, "PERREB"}}),
            "PER>PERREB:112 ");
  // "Peru said the rebels are not criminals.": negated.
  EXPECT_EQ(coded(R"(Peru Peru PROPN 2 nsubj
said say VERB 0 root
the the DET 4 det
rebels rebel NOUN 7 nsubj
are be AUX 7 cop
not not PART 7 advmod
criminals criminal NOUN 2 ccomp
. . PUNCT 2 punct)", {{0, "PER"}, {3, "PERREB"}}),
            "PER>PERREB:111!neg ");
  // "The minister said he is honest.": a pronoun may be the speaker himself; not coded.
  EXPECT_EQ(coded(R"(The the DET 2 det
minister minister NOUN 3 nsubj
said say VERB 0 root
he he PRON 6 nsubj
is be AUX 6 cop
honest honest ADJ 3 ccomp
. . PUNCT 3 punct)", {{1, "PERGOV"}, {3, "PERGOV"}}),
            "");
  // "Peru said the talks are a farce.": the subject is no actor; not coded.
  EXPECT_EQ(coded(R"(Peru Peru PROPN 2 nsubj
said say VERB 0 root
the the DET 4 det
talks talk NOUN 7 nsubj
are be AUX 7 cop
a a DET 7 det
farce farce NOUN 2 ccomp
. . PUNCT 2 punct)", {{0, "PER"}}),
            "");
}

TEST_F(ArticleConstructionsTest, APassiveVerbsSubjectIsNoAgentWhateverItsLabel) {
  // "The ten people on board were killed.": the parser made "people" an nsubj and "board" the nsubj:pass; the
  // people were killed, they did not kill.
  EXPECT_EQ(coded(R"(The the DET 3 det
ten ten NUM 3 nummod
people people NOUN 7 nsubj
on on ADP 7 mark
board board NOUN 7 nsubj:pass
were be AUX 7 aux:pass
killed kill VERB 0 root
. . PUNCT 7 punct)", {{2, "PERCVL"}}),
            "");
  // The same with a by-phrase: the army killed them.
  EXPECT_EQ(coded(R"(The the DET 3 det
ten ten NUM 3 nummod
people people NOUN 7 nsubj
on on ADP 7 mark
board board NOUN 7 nsubj:pass
were be AUX 7 aux:pass
killed kill VERB 0 root
by by ADP 10 case
the the DET 10 det
army army NOUN 7 obl:agent
. . PUNCT 7 punct)", {{2, "PERCVL"}, {9, "PERMIL"}}),
            "PERMIL>-:190 ");
}

TEST_F(ArticleConstructionsTest, TheMeetingASayingTookPlaceInIsAnEvent) {
  // "The president said in a meeting with the minister that the plan works.": the president met the minister (040).
  EXPECT_EQ(coded(R"(The the DET 2 det
president president NOUN 3 nsubj
said say VERB 0 root
in in ADP 6 case
a a DET 6 det
meeting meeting NOUN 3 obl
with with ADP 9 case
the the DET 9 det
minister minister NOUN 6 nmod
that that SCONJ 13 mark
the the DET 12 det
plan plan NOUN 13 nsubj
works work VERB 3 ccomp
. . PUNCT 3 punct)", {{1, "PERGOV"}, {8, "PERGOV"}}),
            "PERGOV>PERGOV:040 ");
  // "The president smiled at restraint by Chile in talks with the rebels.": only a saying's setting is read so
  // (here the talks may be Chile's).
  EXPECT_EQ(coded(R"(The the DET 2 det
president president NOUN 3 nsubj
smiled smile VERB 0 root
at at ADP 5 case
restraint restraint NOUN 3 obl
by by ADP 7 case
Chile Chile PROPN 5 nmod
in in ADP 9 case
talks talk NOUN 3 obl
with with ADP 12 case
the the DET 12 det
rebels rebel NOUN 9 nmod
. . PUNCT 3 punct)", {{1, "PERGOV"}, {6, "CHL"}, {11, "CHLREB"}}),
            "");
}

TEST_F(ArticleConstructionsTest, NotUntilSaysWhenTheActCameNotThatItDidNot) {
  // "Peru did not recognize the government until July.": Peru recognized it in July (054, not negated).
  EXPECT_EQ(coded(R"(Peru Peru PROPN 4 nsubj
did do AUX 4 aux
not not PART 4 advmod
recognize recognize VERB 0 root
the the DET 6 det
government government NOUN 4 obj
until until ADP 8 case
July July PROPN 4 obl
. . PUNCT 4 punct)", {{0, "PER"}, {5, "CHLGOV"}}),
            "PER>CHLGOV:054 ");
  // "Peru did not recognize the government.": negated.
  EXPECT_EQ(coded(R"(Peru Peru PROPN 4 nsubj
did do AUX 4 aux
not not PART 4 advmod
recognize recognize VERB 0 root
the the DET 6 det
government government NOUN 4 obj
. . PUNCT 4 punct)", {{0, "PER"}, {5, "CHLGOV"}}),
            "PER>CHLGOV:054!neg ");
  // "Peru never recognized the government until July.": "never" stays a negation.
  EXPECT_EQ(coded(R"(Peru Peru PROPN 3 nsubj
never never ADV 3 advmod
recognized recognize VERB 0 root
the the DET 5 det
government government NOUN 3 obj
until until ADP 7 case
July July PROPN 3 obl
. . PUNCT 3 punct)", {{0, "PER"}, {4, "CHLGOV"}}),
            "PER>CHLGOV:054!neg ");
}

TEST_F(ArticleConstructionsTest, InsistingThatSomethingBeIsADemand) {
  // "The minister insists that the budget include funds.": "insist" is also a verb of saying, but a that-clause in
  // the subjunctive after it is demanded (100).
  EXPECT_EQ(coded(R"(The the DET 2 det
minister minister NOUN 3 nsubj
insists insist VERB 0 root
that that SCONJ 7 mark
the the DET 6 det
budget budget NOUN 7 nsubj
include include VERB 3 ccomp
funds fund NOUN 7 obj)", {{1, "KENGOV"}}),
            "KENGOV>-:100 ");
}

TEST_F(ArticleConstructionsTest, AllegingThatAnActorDoesSomethingAccusesIt) {
  // "The mayor alleged the government is hiding figures.": an accusation (112) of the government, though hiding
  // figures has no frame; the parser made "government" the object of "alleged".
  EXPECT_EQ(coded(R"(The the DET 2 det
mayor mayor NOUN 3 nsubj
alleged allege VERB 0 root
the the DET 5 det
government government NOUN 3 obj
is be AUX 7 aux
hiding hide VERB 3 ccomp
figures figure NOUN 7 obj)", {{1, "KENGOV"}, {4, "KENGOV"}}),
            "KENGOV>KENGOV:112 ");
  // "The mayor alleged, in a letter, the ministry had hidden figures.": the clause after an aside, parsed as a
  // parataxis, is what is alleged all the same.
  EXPECT_EQ(coded(R"(The the DET 2 det
mayor mayor NOUN 3 nsubj
alleged allege VERB 0 root
, , PUNCT 7 punct
in in ADP 7 case
a a DET 7 det
letter letter NOUN 3 obl
, , PUNCT 12 punct
the the DET 10 det
ministry ministry NOUN 12 nsubj
had have AUX 12 aux
hidden hide VERB 3 parataxis
figures figure NOUN 12 obj)",
                  {{1, "KENGOV"}, {9, "KENGOV"}}),
            "KENGOV>KENGOV:112 ");
  // "The mayor said the government is hiding figures.": saying is no accusation.
  EXPECT_EQ(coded(R"(The the DET 2 det
mayor mayor NOUN 3 nsubj
said say VERB 0 root
the the DET 5 det
government government NOUN 7 nsubj
is be AUX 7 aux
hiding hide VERB 3 ccomp
figures figure NOUN 7 obj)", {{1, "KENGOV"}, {4, "KENGOV"}}),
            "");
}

TEST_F(ArticleConstructionsTest, BackingAnArmedGroupIsAid) {
  // "Oman backs the rebels.": material support (070); "Oman backs the president.": an endorsement (051).
  EXPECT_EQ(coded(R"(Oman Oman PROPN 2 nsubj
backs back VERB 0 root
the the DET 4 det
rebels rebel NOUN 2 obj)", {{0, "OMN"}, {3, "YEMREB"}}),
            "OMN>YEMREB:070 ");
  EXPECT_EQ(coded(R"(Oman Oman PROPN 2 nsubj
backs back VERB 0 root
the the DET 4 det
president president NOUN 2 obj)", {{0, "OMN"}, {3, "YEMGOV"}}),
            "OMN>YEMGOV:051 ");
}

TEST_F(ArticleConstructionsTest, SupportingEndorsesAnActorOrWhatAnActorProposed) {
  // "Oman supported Peru's plan." endorses Peru (051); "The mayor supported minority rights." names no actor.
  EXPECT_EQ(coded(R"(Oman Oman PROPN 2 nsubj
supported support VERB 0 root
Peru Peru PROPN 5 nmod:poss
's 's PART 3 case
plan plan NOUN 2 obj)", {{0, "OMN"}, {2, "PER"}}),
            "OMN>PER:051 ");
  EXPECT_EQ(coded(R"(The the DET 2 det
mayor mayor NOUN 3 nsubj
supported support VERB 0 root
minority minority NOUN 5 compound
rights right NOUN 3 obj)", {{1, "PERGOV"}}),
            "");
}

TEST_F(ArticleConstructionsTest, AVerbInsideAnOrganizationsNameIsNoPredicate) {
  // "The Committee to Protect Farmers reports new deaths in the north.": "Protect" is a word of the name.
  const std::string name = R"(The the DET 2 det
Committee committee NOUN 0 root
to to PART 4 mark
Protect protect VERB 2 acl
Farmers farmer NOUN 4 obj
reports report VERB 2 acl
new new ADJ 8 amod
deaths death NOUN 6 obj
in in ADP 11 case
the the DET 11 det
north north NOUN 6 obl)";
  EXPECT_EQ(coded(name, {{1, "NGO"}, {4, "KENCVL"}}), "");
  // Lower case, the same words are a clause: "a committee to protect farmers" protects them (074).
  std::string clause = name;
  clause.replace(clause.find("Protect protect"), 7, "protect");
  EXPECT_EQ(coded(clause, {{1, "NGO"}, {4, "KENCVL"}}), "NGO>KENCVL:074 ");
  // In a headline most words are capitalized: no name is read there.
  EXPECT_EQ(coded(R"(Kenya Kenya PROPN 2 nsubj
Protects protect VERB 0 root
Farmers farmer NOUN 2 obj)", {{0, "KEN"}, {2, "KENCVL"}}),
            "KEN>KENCVL:074 ");
}

TEST_F(ArticleConstructionsTest, ARemarkWithAClauseIsReportedSpeechNotAStatementEvent) {
  // "The minister remarked that the vote was fair.": the remark's content is a clause: no plain statement (010),
  // as for "said that"; "The minister remarked on the vote." is a plain statement: no event either.
  EXPECT_EQ(coded(R"(The the DET 2 det
minister minister NOUN 3 nsubj
remarked remark VERB 0 root
that that SCONJ 8 mark
the the DET 6 det
vote vote NOUN 8 nsubj
was be AUX 8 cop
fair fair ADJ 3 ccomp)", {{1, "KENGOV"}}),
            "");
  EXPECT_EQ(coded(R"(The the DET 2 det
minister minister NOUN 3 nsubj
remarked remark VERB 0 root
on on ADP 6 case
the the DET 6 det
vote vote NOUN 3 obl)", {{1, "KENGOV"}}),
            "");
}

}  // namespace
}  // namespace dunlin
