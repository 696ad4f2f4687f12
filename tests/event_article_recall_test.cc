// Whole-article constructions of session 8 (issue #4, recall on unseen articles), on hand-written parses of our own
// sentences (docs/event-coding.md item 17): a plain pronoun is never its own clause's doer; a state's order to its own
// side is its own act; "found not guilty"; reactions drawn "from X"; event nouns with their doer and target; threats,
// decisions and pledges named by a noun; resolutions adopted; "prefer to"; a truce agreed; a gerund after "of" done
// by the object; verbs of perception are no light verbs; a verb marked by "of" is a misread noun; trade names BUS.
#include <gtest/gtest.h>

#include "actors_test_util.h"
#include "event_test_util.h"

namespace dunlin {
namespace {

using ArticleRecallTest = testing::CodedSentenceTest;
using testing::parsed_sentence;

TEST_F(ArticleRecallTest, APronounResolvedToItsOwnClausesDoerLeavesNoTarget) {
  // "The assembly passed a bill, but it was rejected by the senate.": the actor stage gave "it" the senate's entity
  // (one legislature); "it" cannot be the one who rejects it, so the rejection (120) keeps no target.
  doc_ = document_from_conllu({parsed_sentence(R"(The the DET 2 det
assembly assembly NOUN 3 nsubj
passed pass VERB 0 root
a a DET 5 det
bill bill NOUN 3 obj
, , PUNCT 10 punct
but but CCONJ 10 cc
it it PRON 10 nsubj:pass
was be AUX 10 aux:pass
rejected reject VERB 3 conj
by by ADP 13 case
the the DET 13 det
senate senate NOUN 10 obl:agent
. . PUNCT 3 punct)")});
  testing::add_actor(doc_, 1, "CHLLEG", 0);
  testing::add_actor(doc_, 7, "CHLLEG", 0);
  testing::add_actor(doc_, 12, "CHLLEG", 0);
  coder_->annotate(doc_);
  EXPECT_EQ(summary(doc_.events.events), "CHLLEG>-:120 ");
  // A reflexive is the doer: "The senate criticized itself." stays uncoded (no event of an actor on itself).
  doc_ = document_from_conllu({parsed_sentence(R"(The the DET 2 det
senate senate NOUN 3 nsubj
criticized criticize VERB 0 root
itself itself PRON 3 obj
. . PUNCT 3 punct)")});
  testing::add_actor(doc_, 1, "CHLLEG", 0);
  testing::add_actor(doc_, 3, "CHLLEG", 0);
  coder_->annotate(doc_);
  EXPECT_EQ(summary(doc_.events.events), "");
  // Two pronouns ("he would criticize him"): either may be the wrong one, so nothing is guessed.
  doc_ = document_from_conllu({parsed_sentence(R"(He he PRON 3 nsubj
would would AUX 3 aux
criticize criticize VERB 0 root
him he PRON 3 obj
. . PUNCT 3 punct)")});
  testing::add_actor(doc_, 0, "CHLGOV", 0);
  testing::add_actor(doc_, 3, "CHLGOV", 0);
  coder_->annotate(doc_);
  EXPECT_EQ(summary(doc_.events.events), "");
  // A possessor is no doer: "Their voters criticized them." ("their" and "them" one party) is no act of the party
  // on itself, and no event.
  doc_ = document_from_conllu({parsed_sentence(R"(Their their PRON 2 nmod:poss
voters voter NOUN 3 nsubj
criticized criticize VERB 0 root
them they PRON 3 obj
. . PUNCT 3 punct)")});
  testing::add_actor(doc_, 0, "CHLPTY", 0);
  testing::add_actor(doc_, 3, "CHLPTY", 0);
  coder_->annotate(doc_);
  EXPECT_EQ(summary(doc_.events.events), "");
}

TEST_F(ArticleRecallTest, AStatesOrderToItsOwnSideIsItsOwnAct) {
  // "The president instructed the ministries to investigate the contracts.": no actor is addressed (the
  // ministries are no actor here); the investigation (090) is the president's.
  EXPECT_EQ(coded(R"(The the DET 2 det
president president NOUN 3 nsubj
instructed instruct VERB 0 root
the the DET 5 det
ministries ministry NOUN 3 obj
to to PART 7 mark
investigate investigate VERB 3 xcomp
the the DET 9 det
contracts contract NOUN 7 obj
. . PUNCT 3 punct)", {{1, "PERGOV"}}),
            "PERGOV>-:090 ");
  // The parser's shape of it: the to-infinitive an adverbial clause, whose object is a clause ("to investigate who
  // sold the weapons"): investigating with no object is still an investigation.
  EXPECT_EQ(coded(R"(She she PRON 2 nsubj
directed direct VERB 0 root
the the DET 4 det
agencies agency NOUN 2 obj
to to PART 6 mark
investigate investigate VERB 2 advcl
who who PRON 8 nsubj
sold sell VERB 6 ccomp
the the DET 10 det
weapons weapon NOUN 8 obj
. . PUNCT 2 punct)", {{0, "PERGOV"}}),
            "PERGOV>-:090 ");
  // "The minister ordered the police to arrest the organizers.": the police are the minister's own side: the
  // arrest (173) is the government's, aimed at the organizers.
  const std::string order = R"(The the DET 2 det
minister minister NOUN 3 nsubj
ordered order VERB 0 root
the the DET 5 det
police police NOUN 3 obj
to to PART 7 mark
arrest arrest VERB 3 xcomp
the the DET 9 det
organizers organizer NOUN 7 obj
. . PUNCT 3 punct)";
  EXPECT_EQ(coded(order, {{1, "PERGOV"}, {4, "PERCOP"}, {8, "PERCVL"}}), "PERGOV>PERCVL:173 ");
  // A named department of the same government is its own side too ("instructed the Justice Department to ...").
  EXPECT_EQ(coded(R"(The the DET 2 det
president president NOUN 3 nsubj
instructed instruct VERB 0 root
the the DET 6 det
Justice Justice PROPN 6 compound
Department Department PROPN 3 obj
to to PART 8 mark
investigate investigate VERB 3 xcomp
the the DET 10 det
contracts contract NOUN 8 obj
. . PUNCT 3 punct)", {{1, "PERGOV"}, {5, "PERGOV"}}),
            "PERGOV>-:090 ");
  // Ordering another country's forces, or a court ordering anyone, stays a demand (10x) on the addressee.
  EXPECT_EQ(coded(order, {{1, "PERGOV"}, {4, "ECUCOP"}, {8, "PERCVL"}}), "PERGOV>ECUCOP:100 ");
  EXPECT_EQ(coded(R"(The the DET 2 det
court court NOUN 3 nsubj
ordered order VERB 0 root
the the DET 5 det
ministry ministry NOUN 3 obj
to to PART 7 mark
investigate investigate VERB 3 xcomp
the the DET 9 det
contracts contract NOUN 7 obj
. . PUNCT 3 punct)", {{1, "PERJUD"}, {4, "PERGOV"}}),
            "PERJUD>PERGOV:100 ");
}

TEST_F(ArticleRecallTest, FoundNotGuiltyIsNoFindingOfGuilt) {
  // "The jury found the mayor not guilty.": an acquittal; the finding of guilt (116) is negated.
  EXPECT_EQ(coded(R"(The the DET 2 det
jury jury NOUN 3 nsubj
found find VERB 0 root
the the DET 5 det
mayor mayor NOUN 3 obj
not not PART 7 advmod
guilty guilty ADJ 3 xcomp
. . PUNCT 3 punct)", {{1, "CHLJUD"}, {4, "CHLGOV"}}),
            "CHLJUD>CHLGOV:116!neg ");
  // Without "not", the finding of guilt.
  EXPECT_EQ(coded(R"(The the DET 2 det
jury jury NOUN 3 nsubj
found find VERB 0 root
the the DET 5 det
mayor mayor NOUN 3 obj
guilty guilty ADJ 3 xcomp
. . PUNCT 3 punct)", {{1, "CHLJUD"}, {4, "CHLGOV"}}),
            "CHLJUD>CHLGOV:116 ");
}

TEST_F(ArticleRecallTest, ReactionsASubjectDrawsAreDoneByTheFromPhrase) {
  // "The Peruvian government drew criticism from Chile.": Chile criticizes the government (111), as "faced
  // sanctions from X" is X's sanction.
  const std::string drew = R"(The the DET 3 det
Peruvian Peruvian ADJ 3 amod
government government NOUN 4 nsubj
drew draw VERB 0 root
criticism criticism NOUN 4 obj
from from ADP 7 case
Chile Chile PROPN 4 obl
. . PUNCT 4 punct)";
  EXPECT_EQ(coded(drew, {{2, "PERGOV"}, {6, "CHL"}}), "CHL>PERGOV:111 ");
  // With no actor in the from-phrase nobody is coded: the government that drew criticism did not criticize.
  EXPECT_EQ(coded(drew, {{2, "PERGOV"}}), "");
  // Nor when the verb is one of facing: "The government faced condemnation." is no condemnation by it.
  EXPECT_EQ(coded(R"(The the DET 2 det
government government NOUN 3 nsubj
faced face VERB 0 root
condemnation condemnation NOUN 3 obj
. . PUNCT 3 punct)", {{1, "PERGOV"}}),
            "");
}

TEST_F(ArticleRecallTest, AnEventNounWithItsDoerAndTargetIsAnEvent) {
  // "Chile's support for Peru angered Bolivia.": the possessor is the doer of the noun's act (051) on the phrase its
  // frame names (for:T).
  EXPECT_EQ(coded(R"(Chile Chile PROPN 3 nmod:poss
's 's PART 1 case
support support NOUN 6 nsubj
for for ADP 5 case
Peru Peru PROPN 3 nmod
angered anger VERB 0 root
Bolivia Bolivia PROPN 6 obj
. . PUNCT 6 punct)", {{0, "CHL"}, {4, "PER"}, {6, "BOL"}}),
            "CHL>PER:051 ");
  // "The arrest of the activist by the police was condemned.": the by-phrase is the doer (173), also where the
  // parser hangs it on the of-phrase.
  EXPECT_EQ(coded(R"(The the DET 2 det
arrest arrest NOUN 10 nsubj:pass
of of ADP 5 case
the the DET 5 det
activist activist NOUN 2 nmod
by by ADP 8 case
the the DET 8 det
police police NOUN 5 nmod
was be AUX 10 aux:pass
condemned condemn VERB 0 root
. . PUNCT 10 punct)", {{4, "CHLOPP"}, {7, "CHLCOP"}}),
            "CHLCOP>CHLOPP:173 ");
  // Not what a modifier says has not happened ("Chile's planned support for Peru"), nor a pronoun's ("its support
  // for Peru": the possessor may be anyone met before), nor a noun of appeal or intent.
  EXPECT_EQ(coded(R"(Chile Chile PROPN 4 nmod:poss
's 's PART 1 case
planned planned ADJ 4 amod
support support NOUN 7 nsubj
for for ADP 6 case
Peru Peru PROPN 4 nmod
angered anger VERB 0 root
Bolivia Bolivia PROPN 7 obj
. . PUNCT 7 punct)", {{0, "CHL"}, {5, "PER"}, {7, "BOL"}}),
            "");
  EXPECT_EQ(coded(R"(Its its PRON 2 nmod:poss
support support NOUN 5 nsubj
for for ADP 4 case
Peru Peru PROPN 2 nmod
angered anger VERB 0 root
Bolivia Bolivia PROPN 5 obj
. . PUNCT 5 punct)", {{0, "CHL"}, {3, "PER"}, {5, "BOL"}}),
            "");
}

TEST_F(ArticleRecallTest, PreferringToActIsADesire) {
  // "Chile said it would prefer to meet Peru.": a desire to do a coded act is an intent (036), as "wants to meet".
  EXPECT_EQ(coded(R"(Chile Chile PROPN 2 nsubj
said say VERB 0 root
it it PRON 5 nsubj
would would AUX 5 aux
prefer prefer VERB 2 ccomp
to to PART 7 mark
meet meet VERB 5 xcomp
Peru Peru PROPN 7 obj
. . PUNCT 2 punct)", {{0, "CHL"}, {2, "CHL"}, {7, "PER"}}),
            "CHL>PER:036 ");
}

TEST_F(ArticleRecallTest, AVerbMarkedByOfIsANounTheTaggerMisread) {
  // "The tax cut was one of her election promises.": "promises" tagged a verb with "of" as its marker is the noun.
  EXPECT_EQ(coded(R"(The the DET 3 det
tax tax NOUN 3 compound
cut cut NOUN 5 nsubj
was be AUX 5 cop
one one NUM 0 root
of of ADP 9 mark
her her PRON 8 nmod:poss
election election NOUN 9 nsubj
promises promise VERB 5 advcl
. . PUNCT 5 punct)", {{6, "CHLGOV"}}),
            "");
}

TEST_F(ArticleRecallTest, AResolutionAdoptedDoesWhatItSays) {
  // "The Peruvian congress adopted a resolution condemning Chile.": as a law passed, a resolution adopted (or a
  // motion passed) does what it says, with its makers as source (111).
  EXPECT_EQ(coded(R"(The the DET 3 det
Peruvian Peruvian ADJ 3 amod
congress congress NOUN 4 nsubj
adopted adopt VERB 0 root
a a DET 6 det
resolution resolution NOUN 4 obj
condemning condemn VERB 6 acl
Chile Chile PROPN 7 obj
. . PUNCT 4 punct)", {{2, "PERLEG"}, {7, "CHL"}}),
            "PERLEG>CHL:111 ");
  // Only once made: "proposed a resolution condemning Chile" condemns nobody yet.
  EXPECT_EQ(coded(R"(The the DET 3 det
Peruvian Peruvian ADJ 3 amod
congress congress NOUN 4 nsubj
proposed propose VERB 0 root
a a DET 6 det
resolution resolution NOUN 4 obj
condemning condemn VERB 6 acl
Chile Chile PROPN 7 obj
. . PUNCT 4 punct)", {{2, "PERLEG"}, {7, "CHL"}}),
            "");
}

TEST_F(ArticleRecallTest, AgreeingToATruceIsAnIntentToSettle) {
  // "The rebels agreed to a truce with the army.": 037 (as "agreed a ceasefire"), aimed at the other side.
  EXPECT_EQ(coded(R"(The the DET 2 det
rebels rebel NOUN 3 nsubj
agreed agree VERB 0 root
to to ADP 6 case
a a DET 6 det
truce truce NOUN 3 obl
with with ADP 9 case
the the DET 9 det
army army NOUN 6 nmod
. . PUNCT 3 punct)", {{1, "COLREB"}, {8, "COLMIL"}}),
            "COLREB>COLMIL:037 ");
}

TEST_F(ArticleRecallTest, AGerundAfterOfIsDoneByTheObject) {
  // "Chile accused Peru of attacking a Bolivian convoy.": Peru is said to attack (190), not Chile, besides the
  // accusation (112); an act one is accused of is alleged, not coded as done (hypothetical).
  EXPECT_EQ(coded(R"(Chile Chile PROPN 2 nsubj
accused accuse VERB 0 root
Peru Peru PROPN 2 obj
of of SCONJ 5 mark
attacking attack VERB 2 advcl
a a DET 8 det
Bolivian Bolivian ADJ 8 amod
convoy convoy NOUN 5 obj
. . PUNCT 2 punct)", {{0, "CHL"}, {2, "PER"}, {7, "BOL"}}),
            "CHL>PER:112 PER>BOL:190!hyp ");
}

TEST_F(ArticleRecallTest, AnActorsThreatOrDecisionToActIsCodedAsTheVerbWouldBe) {
  // "Chile's threat to attack Peru alarmed Bolivia.": Chile threatened to attack Peru (138), as "Chile threatened to
  // attack Peru"; the attack itself is not done.
  const std::string threat = R"(Chile Chile PROPN 3 nmod:poss
's 's PART 1 case
threat threat NOUN 7 nsubj
to to PART 5 mark
attack attack VERB 3 acl
Peru Peru PROPN 5 obj
alarmed alarm VERB 0 root
Bolivia Bolivia PROPN 7 obj
. . PUNCT 7 punct)";
  EXPECT_EQ(coded(threat, {{0, "CHL"}, {5, "PER"}, {7, "BOL"}}), "CHL>PER:190!hyp CHL>PER:138 ");
  // A pronoun's threat ("Its threat to attack Peru") is not coded: its antecedent may be anyone met before (the
  // attack stays a hypothetical act, as before).
  EXPECT_EQ(coded(R"(Its its PRON 2 nmod:poss
threat threat NOUN 6 nsubj
to to PART 4 mark
attack attack VERB 2 acl
Peru Peru PROPN 4 obj
alarmed alarm VERB 0 root
Bolivia Bolivia PROPN 6 obj
. . PUNCT 6 punct)", {{0, "CHL"}, {4, "PER"}, {6, "BOL"}}),
            "CHL>PER:190!hyp ");
}

TEST_F(ArticleRecallTest, AVerbOfPerceptionOrReportIsNoLightVerb) {
  // "The president heard the demands of the protesters.": no demand by the president (a light verb, "made
  // demands", would be one).
  EXPECT_EQ(coded(R"(The the DET 2 det
president president NOUN 3 nsubj
heard hear VERB 0 root
the the DET 5 det
demands demand NOUN 3 obj
of of ADP 8 case
the the DET 8 det
protesters protester NOUN 5 nmod
. . PUNCT 3 punct)", {{1, "CHLGOV"}, {7, "CHLCVL"}}),
            "");
  // "The envoy witnessed the attack on the convoy.": no attack by the envoy.
  EXPECT_EQ(coded(R"(The the DET 2 det
envoy envoy NOUN 3 nsubj
witnessed witness VERB 0 root
the the DET 5 det
attack attack NOUN 3 obj
on on ADP 8 case
the the DET 8 det
convoy convoy NOUN 5 nmod
. . PUNCT 3 punct)", {{1, "CHLGOV"}, {7, "PERMIL"}}),
            "");
  // A light verb keeps the noun's act: "The envoy made demands of the protesters." (100).
  EXPECT_EQ(coded(R"(The the DET 2 det
envoy envoy NOUN 3 nsubj
made make VERB 0 root
demands demand NOUN 3 obj
. . PUNCT 3 punct)", {{1, "CHLGOV"}}),
            "CHLGOV>-:100 ");
}

TEST_F(ArticleRecallTest, ACallingForSomeoneToResignIsNoResignation) {
  // "Protesters marched calling for the minister to resign.", as the parser gives it ("calling" a noun, "to resign"
  // hung on it): the resignation is what the call is about, not done; the march is a protest aimed at the minister.
  EXPECT_EQ(coded(R"(Protesters protester NOUN 2 nsubj
marched march VERB 0 root
calling calling NOUN 2 obl
for for ADP 6 case
the the DET 6 det
minister minister NOUN 3 nmod
to to PART 8 mark
resign resign VERB 3 acl
. . PUNCT 2 punct)", {{0, "CHLCVL"}, {5, "CHLGOV"}}),
            "CHLCVL>CHLGOV:141 CHLGOV>-:0831!hyp ");
}

TEST_F(ArticleRecallTest, ABareXcompRightAfterItsVerbCanBeTheObjectAFrameNames) {
  // "The government expressed regret over the deaths.", with "regret" tagged a bare verb: the object a frame of
  // "express" names (regret, 055: expressing regret apologizes).
  EXPECT_EQ(coded(R"(The the DET 2 det
government government NOUN 3 nsubj
expressed express VERB 0 root
regret regret VERB 3 xcomp
over over ADP 7 case
the the DET 7 det
deaths death NOUN 4 obl
. . PUNCT 3 punct)", {{1, "CHLGOV"}}),
            "CHLGOV>-:055 ");
  // Not a to-infinitive ("expressed to regret" is no object), nor a word no frame names.
  EXPECT_EQ(coded(R"(The the DET 2 det
government government NOUN 3 nsubj
expressed express VERB 0 root
surprise surprise VERB 3 xcomp
. . PUNCT 3 punct)", {{1, "CHLGOV"}}),
            "");
}

TEST_F(ArticleRecallTest, DecliningToSayIsDecliningComment) {
  // "The ministry declined to say whether talks were held.": refusing to speak declines comment (011), though a
  // plain "say" is no event of its own.
  EXPECT_EQ(coded(R"(The the DET 2 det
ministry ministry NOUN 3 nsubj
declined decline VERB 0 root
to to PART 5 mark
say say VERB 3 xcomp
whether whether SCONJ 9 mark
talks talk NOUN 9 nsubj:pass
were be AUX 9 aux:pass
held hold VERB 5 ccomp
. . PUNCT 3 punct)", {{1, "CHLGOV"}}),
            "CHLGOV>-:011 ");
}

TEST_F(ArticleRecallTest, FramesOnTalksMatchTheLemma) {
  // "Chile suspended talks with Peru.": the object's lemma is "talk"; suspending talks reduces relations (164), it
  // is no negotiation (046).
  EXPECT_EQ(coded(R"(Chile Chile PROPN 2 nsubj
suspended suspend VERB 0 root
talks talk NOUN 2 obj
with with ADP 5 case
Peru Peru PROPN 3 nmod
. . PUNCT 2 punct)", {{0, "CHL"}, {4, "PER"}}),
            "CHL>PER:164 ");
  // "Chile and Peru resumed talks.": a negotiation between the conjoined sides (046 each way).
  EXPECT_EQ(coded(R"(Chile Chile PROPN 4 nsubj
and and CCONJ 3 cc
Peru Peru PROPN 1 conj
resumed resume VERB 0 root
talks talk NOUN 4 obj
. . PUNCT 4 punct)", {{0, "CHL"}, {2, "PER"}}),
            "CHL>PER:046 PER>CHL:046 ");
  // "Chile and Peru brokered a truce.": mediation is between others, not between the mediators (045, no target).
  EXPECT_EQ(coded(R"(Chile Chile PROPN 4 nsubj
and and CCONJ 3 cc
Peru Peru PROPN 1 conj
brokered broker VERB 0 root
a a DET 6 det
truce truce NOUN 4 obj
. . PUNCT 4 punct)",
                  {{0, "CHL"}, {2, "PER"}}),
            "CHL>-:045 PER>-:045 ");
}

// A company named by its trade is a business (BUS), with the country of its modifier: "the Chilean airline", "a
// Japanese carmaker"; the plural "airlines" is left out (it is the last word of many names: "X Airlines flight 12").
TEST(ArticleRecallActors, CompaniesNamedByTheirTradeAreBusinesses) {
  const auto code_of = [](const std::string& phrase) {
    const Document doc = testing::make_document(phrase);
    std::vector<std::string_view> tokens;
    for (size_t i = 0; i < doc.tokens.size(); ++i) tokens.push_back(doc.token_text(i));
    const PhraseCode c = testing::shipped_actor_dictionaries().code_phrase(tokens, parse_date("2024-03-01"));
    return c.country + "/" + c.sector;
  };
  EXPECT_EQ(code_of("the Chilean airline"), "CHL/BUS");
  EXPECT_EQ(code_of("a Japanese carmaker"), "JPN/BUS");
  EXPECT_EQ(code_of("an Indian conglomerate"), "IND/BUS");
  EXPECT_EQ(code_of("Chilean airlines"), "CHL/");
  // People named by where they live are civilians: "Peruvian locals", "local residents".
  EXPECT_EQ(code_of("Peruvian locals"), "PER/CVL");
  EXPECT_EQ(code_of("local residents"), "/CVL");
}

}  // namespace
}  // namespace dunlin
