// The attribution stage on one-sentence constructions, as a table: each row is a sentence parsed by hand (the
// sentence it stands for in the comment above it), how many records the tagger must find on it, and for each
// record the fields it must have (a field left out is not checked). Each row runs as its own test, named by
// the construction; the multi-sentence cases, actors, events and other checks are in attribution_test.cc.
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "attribution_test_util.h"

namespace dunlin::attribution_test {
namespace {

// What one record must have; an unset field is not checked.
struct Expected {
  std::optional<std::string> cue = std::nullopt, lemma = std::nullopt, speaker = std::nullopt,
                             content = std::nullopt, outlet = std::nullopt;
  std::optional<Stance> stance = std::nullopt;
  std::optional<bool> anonymous = std::nullopt, direct = std::nullopt;
};

struct Row {
  const char* name;    // the construction (the test's name)
  const char* conllu;  // one sentence, one word a line: form lemma UPOS head deprel [XPOS]
  size_t count;        // how many records
  std::vector<Expected> records;
};

// gtest prints a failing row by its name, not its bytes.
void PrintTo(const Row& row, std::ostream* out) { *out << row.name; }

const Row kRows[] = {
    {"TrailingCueInsideTheSpeakersPhrase",
     // The pact bans "all arms sales," a Dutch foreign ministry spokeswoman stated.   ("stated" parsed as the
     // noun's modifier)
     R"(The the DET 2 det
pact pact NOUN 3 nsubj
bans ban VERB 0 root
" " PUNCT 7 punct
all all DET 7 det
arms arm NOUN 7 compound
sales sale NOUN 3 obj
, , PUNCT 14 punct
" " PUNCT 14 punct
a a DET 14 det
Dutch Dutch ADJ 14 amod
foreign foreign ADJ 13 amod
ministry ministry NOUN 14 compound
spokeswoman spokeswoman NOUN 3 obl
stated state VERB 14 acl
. . PUNCT 3 punct)",
     1,
     {{.cue = "stated", .speaker = "a Dutch foreign ministry spokeswoman", .content = "all arms sales"}}},
    {"FirstPersonAndGenericCuesInsideAQuoteAreNotAttributions",
     // Lee said, "We can say that it failed, and those who think it worked are wrong."
     // only Lee's statement
     R"(Lee Lee PROPN 2 nsubj
said say VERB 0 root
, , PUNCT 8 punct
" " PUNCT 8 punct
We we PRON 8 nsubj
can can AUX 8 aux
say say VERB 2 ccomp
that that SCONJ 10 mark
it it PRON 10 nsubj
failed fail VERB 8 ccomp
, , PUNCT 20 punct
and and CCONJ 20 cc
those that PRON 20 nsubj
who who PRON 15 nsubj
think think VERB 13 acl:relcl
it it PRON 17 nsubj
worked work VERB 15 ccomp
are be AUX 19 cop
wrong wrong ADJ 10 conj
. . PUNCT 2 punct
" " PUNCT 2 punct)",
     1,
     {{.cue = "said", .speaker = "Lee"}}},
    {"ContinuedByNotingIsOneAttributionAndNoEvidenceIsADenial",
     // He continued by noting that there was no evidence of fraud.
     R"(He he PRON 2 nsubj
continued continue VERB 0 root
by by SCONJ 4 mark
noting note VERB 2 advcl
that that SCONJ 7 mark
there there PRON 7 expl
was be VERB 4 ccomp
no no DET 9 det
evidence evidence NOUN 7 nsubj
of of ADP 11 case
fraud fraud NOUN 9 nmod
. . PUNCT 2 punct)",
     1,
     {{.cue = "noting", .stance = Stance::deny}}},
    {"AWhistleBlowersComplaintIsAnonymous",
     // Russia attacked Turkey, according to a whistle-blower complaint.
     R"(Russia Russia PROPN 2 nsubj
attacked attack VERB 0 root
Turkey Turkey PROPN 2 obj
, , PUNCT 11 punct
according accord VERB 11 case
to to ADP 5 fixed
a a DET 11 det
whistle whistle NOUN 10 compound
- - PUNCT 10 punct
blower blower NOUN 11 compound
complaint complaint NOUN 2 obl
. . PUNCT 2 punct)",
     1,
     {{.speaker = "a whistle - blower complaint", .anonymous = true}}},
    {"TitleAndNameParsedAsTwoSubjectsOfTheVerbACueHangsOn",
     // Foreign Minister Ann Lee posted a note, saying talks failed.
     R"(Foreign foreign ADJ 2 amod
Minister Minister PROPN 5 nsubj
Ann Ann PROPN 5 nsubj
Lee Lee PROPN 3 flat
posted post VERB 0 root
a a DET 7 det
note note NOUN 5 obj
, , PUNCT 9 punct
saying say VERB 5 advcl
talks talk NOUN 11 nsubj
failed fail VERB 9 ccomp
. . PUNCT 5 punct)",
     1,
     {{.speaker = "Foreign Minister Ann Lee"}}},
    {"FutureNegationIsNoDenial",
     R"(Ivanov Ivanov PROPN 2 nsubj
said say VERB 0 root
Russia Russia PROPN 7 nsubj
would would AUX 7 aux
not not PART 7 advmod
ever ever ADV 7 advmod
attend attend VERB 2 ccomp
. . PUNCT 2 punct)",
     1,
     {{.stance = Stance::assert}}},
    {"ItIsUnclearWhetherHasNoSpeaker",
     R"(It it PRON 3 expl
is be AUX 3 cop
unclear unclear ADJ 0 root
whether whether SCONJ 6 mark
Russia Russia PROPN 6 nsubj
attacked attack VERB 3 csubj
Turkey Turkey PROPN 6 obj
. . PUNCT 3 punct)",
     1,
     {{.speaker = "-", .content = "Russia attacked Turkey", .stance = Stance::uncertain}}},
    {"NoTruthInsideSaidIsADenial",
     R"(The the DET 2 det
ministry ministry NOUN 3 nsubj
said say VERB 0 root
there there PRON 5 expl
is be VERB 3 ccomp
no no DET 7 det
truth truth NOUN 5 nsubj
to to ADP 10 case
the the DET 10 det
reports report NOUN 7 nmod
. . PUNCT 3 punct)",
     1,
     {{.cue = "said", .stance = Stance::deny}}},
    {"NamedSpokesmanIsNotAnonymous",
     R"(Kremlin Kremlin PROPN 2 compound
spokesman spokesman NOUN 4 compound
Dmitry Dmitry PROPN 4 compound
Peskov Peskov PROPN 5 nsubj
said say VERB 0 root
that that SCONJ 8 mark
talks talk NOUN 8 nsubj
continue continue VERB 5 ccomp
. . PUNCT 5 punct)",
     1,
     {{.speaker = "Kremlin spokesman Dmitry Peskov", .anonymous = false}}},
    {"SpeakerInQuotationMarksIsNoContent",
     R"(“ “ PUNCT 3 punct
Four four NUM 3 nummod
people people NOUN 8 nsubj
familiar familiar ADJ 3 amod
with with ADP 6 case
talks talk NOUN 4 obl
” ” PUNCT 3 punct
said say VERB 0 root
that that SCONJ 11 mark
Putin Putin PROPN 11 nsubj
insisted insist VERB 8 ccomp
. . PUNCT 8 punct)",
     1,
     {{.speaker = "Four people familiar with talks", .content = "Putin insisted", .anonymous = true, .direct = false}}},
    {"InterviewWithGivesTheOutlet",
     R"(Assad Assad PROPN 2 nsubj
said say VERB 0 root
in in ADP 5 case
an a DET 5 det
interview interview NOUN 2 obl
with with ADP 7 case
RT RT PROPN 5 nmod
that that SCONJ 10 mark
talks talk NOUN 10 nsubj
failed fail VERB 2 ccomp
. . PUNCT 2 punct)",
     1,
     {{.content = "talks failed", .outlet = "RT"}}},
    {"VerbsWithoutContentAreNoAttribution",
     R"(Russia Russia PROPN 2 nsubj
maintained maintain VERB 0 root
ties tie NOUN 2 obj
with with ADP 5 case
Syria Syria PROPN 2 obl
. . PUNCT 2 punct)",
     0,
     {}},
    {"QuoteAfterTheColonOfADenialIsAsserted",
     R"(Ivanov Ivanov PROPN 2 nsubj
denied deny VERB 0 root
Russia Russia PROPN 4 nsubj
talked talk VERB 2 ccomp
: : PUNCT 8 punct
“ “ PUNCT 8 punct
We we PRON 8 nsubj
stayed stay VERB 4 parataxis
. . PUNCT 8 punct
” ” PUNCT 8 punct)",
     2,
     {{.content = "Russia talked", .stance = Stance::deny},
      {.content = "We stayed", .stance = Stance::assert, .direct = true}}},
    {"CyclicInputParseDoesNotHang",
     // A malformed CoNLL-U parse ("is" headed by itself, a two-word cycle): the stage must finish.
     R"(Damascus Damascus PROPN 3 nsubj
has have AUX 3 aux
denied deny VERB 0 root
reports report NOUN 3 obj
that that SCONJ 8 mark
the the DET 7 det
Kremlin Kremlin PROPN 9 nsubj
is be AUX 8 cop
concerned concerned ADJ 10 acl
. . PUNCT 9 punct)",
     1,
     {{.stance = Stance::deny}}},
    {"RelativeClauseParsedAsTheComplementBeforeTheVerb",
     // Some of the farmers we met said they were angry.   ("met" parsed as a complement of "said")
     R"(Some some DET 6 nsubj DT
of of ADP 4 case IN
the the DET 4 det DT
farmers farmer NOUN 1 nmod NNS
we we PRON 6 nsubj PRP
met meet VERB 7 ccomp VBD
said say VERB 0 root VBD
they they PRON 10 nsubj PRP
were be AUX 10 cop VBD
angry angry ADJ 7 ccomp JJ
. . PUNCT 7 punct .)",
     1,
     {{.speaker = "Some of the farmers", .content = "they were angry", .anonymous = true}}},
    {"QuantifierBeforeTheVerbIsItsSubject",
     // One farmer said prices fell and several said they would sell.   ("several" parsed as a modifier of "said")
     R"(One one NUM 2 nummod CD
farmer farmer NOUN 3 nsubj NN
said say VERB 0 root VBD
prices price NOUN 5 nsubj NNS
fell fall VERB 3 ccomp VBD
and and CCONJ 8 cc CC
several several ADJ 8 amod JJ
said say VERB 5 conj VBD
they they PRON 11 nsubj PRP
would would AUX 11 aux MD
sell sell VERB 8 ccomp VB
. . PUNCT 3 punct .)",
     2,
     {{.speaker = "One farmer"}, {.speaker = "several", .content = "they would sell"}}},
    {"AccordingToAWordTaggedAsAVerbAndWhoSaidAfterIt",
     // The fire began at noon, according to police, who said two men ran away.
     R"(The the DET 2 det DT
fire fire NOUN 3 nsubj NN
began begin VERB 0 root VBD
at at ADP 5 case IN
noon noon NOUN 3 obl NN
, , PUNCT 7 punct ,
according accord VERB 3 advcl VBG
to to PART 9 mark TO
police police VERB 7 xcomp VB
, , PUNCT 12 punct ,
who who PRON 12 nsubj WP
said say VERB 7 advcl:relcl VBD
two two NUM 14 nummod CD
men man NOUN 15 nsubj NNS
ran run VERB 12 ccomp VBD
away away ADV 15 advmod RB
. . PUNCT 3 punct .)",
     2,
     {{.cue = "according to", .speaker = "police"},
      {.cue = "said", .speaker = "police", .content = "two men ran away"}}},
    {"CueInAClauseBeforeTheMainOneReportsOnlyItsClause",
     // When announcing the curfew on Monday, Ruiz urged calm in the city.
     R"(When when ADV 2 advmod WRB
announcing announce VERB 9 advcl VBG
the the DET 4 det DT
curfew curfew NOUN 2 obj NN
on on ADP 6 case IN
Monday Monday PROPN 2 obl NNP
, , PUNCT 2 punct ,
Ruiz Ruiz PROPN 9 nsubj NNP
urged urge VERB 0 root VBD
calm calm NOUN 9 obj NN
in in ADP 13 case IN
the the DET 13 det DT
city city NOUN 9 obl NN
. . PUNCT 9 punct .)",
     0,
     {}},
    {"ADateParsedAsTheObjectOfATrailingCueIsNoObject",
     // "We won," Lee tweeted yesterday.
     R"(" " PUNCT 3 punct ``
We we PRON 3 nsubj PRP
won win VERB 0 root VBD
, , PUNCT 3 punct ,
" " PUNCT 3 punct ''
Lee Lee PROPN 7 nsubj NNP
tweeted tweet VERB 3 parataxis VBD
yesterday yesterday NOUN 7 obj NN
. . PUNCT 3 punct .)",
     1,
     {{.speaker = "Lee", .content = "We won"}}},
    {"AnEstimatedNumberIsNoStatement",
     // An estimated 200 people came.
     R"(An a DET 4 det DT
estimated estimate VERB 4 amod VBN
200 200 NUM 4 nummod CD
people people NOUN 5 nsubj NNS
came come VERB 0 root VBD
. . PUNCT 5 punct .)",
     0,
     {}},
    {"TimePhraseParsedAsTheSubjectBetweenTheSpeakerAndTheCue",
     // Ana Ruiz, a port official, on Tuesday told reporters the ship sank.   ("Tuesday" parsed as the subject)
     R"(Ana Ana PROPN 0 root NNP
Ruiz Ruiz PROPN 1 flat NNP
, , PUNCT 6 punct ,
a a DET 6 det DT
port port NOUN 6 compound NN
official official NOUN 1 appos NN
, , PUNCT 10 punct ,
on on ADP 10 mark IN
Tuesday Tuesday PROPN 10 nsubj NNP
told tell VERB 1 advcl:relcl VBD
reporters reporter NOUN 10 obj NNS
the the DET 13 det DT
ship ship NOUN 14 nsubj NN
sank sink VERB 10 ccomp VBD
. . PUNCT 1 punct .)",
     1,
     {{.speaker = "Ana Ruiz", .content = "the ship sank", .outlet = "reporters"}}},
    {"AParticipleBeforeAPrepositionIsAReducedRelativeNotAPastTense",
     // The site noted the signal received from Lima.
     R"(The the DET 2 det DT
site site NOUN 3 nsubj NN
noted note VERB 0 root VBD
the the DET 5 det DT
signal signal NOUN 3 obj NN
received receive VERB 5 acl VBN
from from ADP 8 case IN
Lima Lima PROPN 6 obl NNP
. . PUNCT 3 punct .)",
     0,
     {}},
    {"VerbOfSayingTaggedAsANounAfterTheOpeningNounPhrase_1",
     // The council's statement read: "We will reopen the bridge next week."   ("read" tagged a noun, the root)
     R"(The the DET 2 det DT
council council NOUN 4 nmod:poss NN
's 's PART 2 case POS
statement statement NOUN 5 compound NN
read read NOUN 0 root NN
: : PUNCT 10 punct :
" " PUNCT 10 punct ``
We we PRON 10 nsubj PRP
will will AUX 10 aux MD
reopen reopen VERB 5 appos VB
the the DET 12 det DT
bridge bridge NOUN 10 obj NN
next next ADJ 14 amod JJ
week week NOUN 10 obl:unmarked NN
. . PUNCT 10 punct .
" " PUNCT 10 punct '')",
     1,
     {{.cue = "read", .speaker = "The council 's statement", .content = "We will reopen the bridge next week"}}},
    {"VerbOfSayingTaggedAsANounAfterTheOpeningNounPhrase_2",
     // The notice posted by the ministry read "Schools stay closed."   (a participle modifier inside the phrase)
     R"(The the DET 2 det DT
notice notice NOUN 0 root NN
posted post VERB 2 acl VBN
by by ADP 7 case IN
the the DET 7 det DT
ministry ministry PROPN 7 compound NNP
read read NOUN 3 obl:agent NN
" " PUNCT 7 punct ``
Schools school NOUN 3 obj NNS
stay stay VERB 9 acl VBP
closed close VERB 10 xcomp VBN
. . PUNCT 2 punct .
" " PUNCT 2 punct '')",
     1,
     {{.speaker = "The notice posted by the ministry", .content = "Schools stay closed"}}},
    {"VerbOfSayingTaggedAsANounAfterTheOpeningNounPhrase_3",
     // Police reports show a rise.   (a noun "reports" followed by no clause of its own: no attribution)
     R"(Police police NOUN 2 compound NN
reports report NOUN 3 nsubj NNS
show show VERB 0 root VBP
a a DET 5 det DT
rise rise NOUN 3 obj NN
. . PUNCT 3 punct .)",
     0,
     {}},
    {"GerundModifierInsideASaidClauseIsNoVerbOfTheClause",
     // The mayor said a plan allowing cars into the town marked a mistake.   (parsed as an object with modifiers)
     R"(The the DET 2 det DT
mayor mayor NOUN 3 nsubj NN
said say VERB 0 root VBD
a a DET 5 det DT
plan plan NOUN 3 obj NN
allowing allow VERB 5 acl VBG
cars car NOUN 6 obj NNS
into into ADP 10 case IN
the the DET 10 det DT
town town NOUN 6 obl NN
marked mark VERB 10 acl VBD
a a DET 13 det DT
mistake mistake NOUN 11 obj NN
. . PUNCT 3 punct .)",
     1,
     {{.speaker = "The mayor", .content = "a plan allowing cars into the town marked a mistake"}}},
    {"ParentheticalAccordingToEndsAtItsClosingComma",
     // The firm, according to two people close to it, plans to cut jobs.   (the verb misparsed as a noun conjunct)
     R"(The the DET 2 det DT
firm firm NOUN 0 root NN
, , PUNCT 7 punct ,
according accord VERB 7 case VBG
to to ADP 4 fixed IN
two two NUM 7 nummod CD
people people NOUN 2 nmod NNS
close close ADJ 7 amod JJ
to to ADP 10 case IN
it it PRON 8 obl PRP
, , PUNCT 12 punct ,
plans plan NOUN 10 conj NNS
to to PART 14 mark TO
cut cut VERB 12 acl VB
jobs job NOUN 14 obj NNS
. . PUNCT 2 punct .)",
     1,
     {{.speaker = "two people close to it", .content = "plans to cut jobs"}}},
    {"NewVerbsOfSayingNeedAClause_1",
     // The defence countered that the tape was fake.
     R"(The the DET 2 det DT
defence defence NOUN 3 nsubj NN
countered counter VERB 0 root VBD
that that SCONJ 8 mark IN
the the DET 6 det DT
tape tape NOUN 8 nsubj NN
was be AUX 8 cop VBD
fake fake ADJ 3 ccomp JJ
. . PUNCT 3 punct .)",
     1,
     {{.cue = "countered", .content = "the tape was fake"}}},
    {"NewVerbsOfSayingNeedAClause_2",
     // The minister highlighted the need for roads.   (a plain object: no attribution)
     R"(The the DET 2 det DT
minister minister NOUN 3 nsubj NN
highlighted highlight VERB 0 root VBD
the the DET 5 det DT
need need NOUN 3 obj NN
for for ADP 7 case IN
roads road NOUN 5 nmod NNS
. . PUNCT 3 punct .)",
     0,
     {}},
    {"SentenceInitialAskedIsNoStatementAndMistaggedReadAfterAnAdverbial_1",
     // Asked whether he would quit, Lee replied: "Never."   ("Asked" parsed as the root)
     R"(Asked ask VERB 0 root VBD
whether whether SCONJ 5 mark IN
he he PRON 5 nsubj PRP
would would AUX 5 aux MD
quit quit VERB 8 advcl VB
, , PUNCT 5 punct ,
Lee Lee PROPN 8 nsubj NNP
replied reply VERB 1 ccomp VBD
: : PUNCT 11 punct :
" " PUNCT 11 punct ``
Never never ADV 8 parataxis RB
. . PUNCT 11 punct .
" " PUNCT 11 punct '')",
     1,
     {{.cue = "replied", .speaker = "Lee"}}},
    {"SentenceInitialAskedIsNoStatementAndMistaggedReadAfterAnAdverbial_2",
     // On Monday, the board's note read: "Closed."
     R"(On on ADP 2 case IN
Monday Monday PROPN 0 root NNP
, , PUNCT 2 punct ,
the the DET 5 det DT
board board NOUN 7 nmod:poss NN
's 's PART 5 case POS
note note NOUN 8 compound NN
read read NOUN 2 appos NN
: : PUNCT 11 punct :
" " PUNCT 11 punct ``
Closed close VERB 8 appos VBN
. . PUNCT 11 punct .
" " PUNCT 11 punct '')",
     1,
     {{.speaker = "the board 's note", .content = "Closed"}}},
    {"ClauseCommaSpeakerCueAtTheEndOfTheSentence_1",
     // Hundreds were held, rights group Amnesty said in a report.   (the cue parsed as an adverbial clause)
     // one attribution on the verb, none on the medium noun
     R"(Hundreds hundred NOUN 3 nsubj:pass NNS
were be AUX 3 aux:pass VBD
held hold VERB 0 root VBN
, , PUNCT 6 punct ,
rights right NOUN 6 compound NNS
group group NOUN 7 nmod:desc NN
Amnesty Amnesty PROPN 8 nsubj NNP
said say VERB 3 advcl VBD
in in ADP 11 case IN
a a DET 11 det DT
report report NOUN 8 obl NN
. . PUNCT 8 punct .)",
     1,
     {{.cue = "said", .speaker = "rights group Amnesty", .content = "Hundreds were held"}}},
    {"ClauseCommaSpeakerCueAtTheEndOfTheSentence_2",
     // The ship sank, broadcaster NHK reported, citing the coast guard.   (the cue parsed as a relative clause)
     // the citing phrase is part of the chain, not an attribution of its own
     R"(The the DET 2 det DT
ship ship NOUN 3 nsubj NN
sank sink VERB 0 root VBD
, , PUNCT 6 punct ,
broadcaster broadcaster NOUN 3 obl NN
NHK NHK PROPN 7 nsubj NNP
reported report VERB 5 acl:relcl VBD
, , PUNCT 9 punct ,
citing cite VERB 3 advcl VBG
the the DET 12 det DT
coast coast NOUN 12 compound NN
guard guard NOUN 9 obj NN
. . PUNCT 3 punct .)",
     1,
     {{.cue = "reported", .speaker = "the coast guard", .content = "The ship sank", .outlet = "broadcaster NHK"}}},
    {"ClauseCommaSpeakerCueAtTheEndOfTheSentence_3",
     // Cases fell, Health Minister Ann Hunt stated.   (tagged a participle, the name's last word an auxiliary)
     R"(Cases case NOUN 2 nsubj NNS
fell fall VERB 0 root VBD
, , PUNCT 8 punct ,
Health Health PROPN 5 compound NNP
Minister Minister PROPN 7 compound NNP
Ann Ann PROPN 7 compound NNP
Hunt hunt NOUN 8 aux:pass NN
stated state VERB 2 ccomp VBN
. . PUNCT 2 punct .)",
     1,
     {{.speaker = "Health Minister Ann Hunt", .content = "Cases fell"}}},
    {"ClauseCommaSpeakerCueAtTheEndOfTheSentence_4",
     // Officials counted forty dead, the highest toll reported.   (a participle modifying the noun: nothing)
     R"(Officials official NOUN 2 nsubj NNS
counted count VERB 0 root VBD
forty forty NUM 4 nummod CD
dead dead NOUN 2 obj NN
, , PUNCT 9 punct ,
the the DET 8 det DT
highest high ADJ 8 amod JJS
toll toll NOUN 4 appos NN
reported report VERB 8 acl VBN
. . PUNCT 2 punct .)",
     0,
     {}},
    {"ClauseCommaSpeakerCueAtTheEndOfTheSentence_5",
     // After the talks ended, the minister added.   (a subordinate clause before the comma: no content)
     R"(After after SCONJ 4 mark IN
the the DET 3 det DT
talks talk NOUN 4 nsubj NNS
ended end VERB 8 advcl VBD
, , PUNCT 4 punct ,
the the DET 7 det DT
minister minister NOUN 8 nsubj NN
added add VERB 0 root VBD
. . PUNCT 8 punct .)",
     0,
     {}},
    {"ClauseAfterALongerAdverbialAQuantifierSubjectAndAnIntransitivePastTense_1",
     // Lee said in an interview with the paper he was ready.   (the clause parsed as an object's modifier)
     R"(Lee Lee PROPN 2 nsubj NNP
said say VERB 0 root VBD
in in ADP 5 case IN
an a DET 5 det DT
interview interview NOUN 2 obl NN
with with ADP 8 case IN
the the DET 8 det DT
paper paper NOUN 5 nmod NN
he he PRON 8 nmod PRP
was be AUX 11 cop VBD
ready ready ADJ 9 acl JJ
. . PUNCT 2 punct .)",
     1,
     {{.content = "he was ready"}}},
    {"ClauseAfterALongerAdverbialAQuantifierSubjectAndAnIntransitivePastTense_2",
     // Time reported some were angry.   ("some" a determiner with no noun)
     R"(Time Time PROPN 2 nsubj NNP
reported report VERB 0 root VBD
some some DET 2 obj DT
were be AUX 5 cop VBD
angry angry ADJ 3 amod JJ
. . PUNCT 2 punct .)",
     1,
     {{.content = "some were angry"}}},
    {"ClauseAfterALongerAdverbialAQuantifierSubjectAndAnIntransitivePastTense_3",
     // Media reported a block of flats collapsed in the city.   (a past tense before a preposition, no other verb)
     R"(Media media NOUN 2 nsubj NNS
reported report VERB 0 root VBD
a a DET 4 det DT
block block NOUN 2 obj NN
of of ADP 6 case IN
flats flat NOUN 4 nmod NNS
collapsed collapse VERB 6 acl VBN
in in ADP 10 case IN
the the DET 10 det DT
city city NOUN 7 obl NN
. . PUNCT 2 punct .)",
     1,
     {{.content = "a block of flats collapsed in the city"}}},
    {"ClauseAfterALongerAdverbialAQuantifierSubjectAndAnIntransitivePastTense_4",
     // The singer died, his family reported.   (a possessive opens the speaker; the cue parsed as a relative clause)
     R"(The the DET 2 det DT
singer singer NOUN 3 nsubj NN
died die VERB 0 root VBD
, , PUNCT 6 punct ,
his his PRON 6 nmod:poss PRP$
family family NOUN 7 nsubj NN
reported report VERB 3 acl:relcl VBN
. . PUNCT 3 punct .)",
     1,
     {{.speaker = "his family", .content = "The singer died"}}},
    // --- Constructions of the session-4 development batch (wikinews_dev5) and of sentences probed in session 4.
    {"RelativePronounIsTheSubjectOfWhatIsSaid",
     // The plan, which officials say will cost millions, was approved.
     R"(The the DET 2 det DT
plan plan NOUN 12 nsubj:pass NN
, , PUNCT 12 punct ,
which which PRON 6 obj WDT
officials official NOUN 6 nsubj NNS
say say VERB 12 ccomp VBP
will will AUX 8 aux MD
cost cost VERB 12 nsubj:pass VB
millions million NOUN 8 obj NNS
, , PUNCT 8 punct ,
was be AUX 12 aux:pass VBD
approved approve VERB 0 root VBN
. . PUNCT 12 punct .)",
     1,
     {{.cue = "say", .speaker = "officials", .content = "will cost millions"}}},
    {"ParticipleAfterAnAdverbAndAClosingQuoteIsSaidByTheVerbBefore",
     // Lee said, "The road is closed," also noting, "It may reopen soon."
     // ("noting" hung on the verb of the quote it introduces)
     R"(Lee Lee PROPN 2 nsubj NNP
said say VERB 0 root VBD
, , PUNCT 8 punct ,
" " PUNCT 8 punct ``
The the DET 6 det DT
road road NOUN 8 nsubj NN
is be AUX 8 cop VBZ
closed closed ADJ 2 ccomp JJ
, , PUNCT 8 punct ,
" " PUNCT 8 punct ''
also also ADV 12 advmod RB
noting note VERB 17 advcl VBG
, , PUNCT 12 punct ,
" " PUNCT 17 punct ``
It it PRON 17 nsubj PRP
may may AUX 17 aux MD
reopen reopen VERB 8 ccomp VB
soon soon ADV 17 advmod RB
. . PUNCT 17 punct .
" " PUNCT 17 punct '')",
     2,
     {{.cue = "said", .speaker = "Lee"}, {.cue = "noting", .speaker = "Lee", .content = "It may reopen soon"}}},
    {"ParticipleHungOnAConjunctAfterASubordinateClauseIsSaidByTheMainClause",
     // Experts called the deal risky, as prices are high and margins are thin, while noting demand is strong.
     // ("noting" hung on the conjunct "thin", whose subject is "margins")
     R"(Experts expert NOUN 2 nsubj NNS
called call VERB 0 root VBD
the the DET 4 det DT
deal deal NOUN 2 obj NN
risky risky ADJ 2 xcomp JJ
, , PUNCT 10 punct ,
as as SCONJ 10 mark IN
prices price NOUN 10 nsubj NNS
are be AUX 10 cop VBP
high high ADJ 2 advcl JJ
and and CCONJ 14 cc CC
margins margin NOUN 14 nsubj NNS
are be AUX 14 cop VBP
thin thin ADJ 2 conj JJ
, , PUNCT 17 punct ,
while while SCONJ 17 mark IN
noting note VERB 14 advcl VBG
demand demand NOUN 20 nsubj NN
is be AUX 20 cop VBZ
strong strong ADJ 17 ccomp JJ
. . PUNCT 2 punct .)",
     1,
     {{.cue = "noting", .speaker = "Experts", .content = "demand is strong"}}},
    {"ParticipleHungOnAGerundAfterAPrepositionIsSaidByTheMainClause",
     // The leader accused the government of lying, saying the figures were false.
     // ("saying" hung on "lying", the modifier of "the government")
     R"(The the DET 2 det DT
leader leader NOUN 3 nsubj NN
accused accuse VERB 0 root VBD
the the DET 5 det DT
government government NOUN 3 obj NN
of of SCONJ 7 mark IN
lying lie VERB 5 acl VBG
, , PUNCT 9 punct ,
saying say VERB 7 advcl VBG
the the DET 11 det DT
figures figure NOUN 13 nsubj NNS
were be AUX 13 cop VBD
false false ADJ 9 ccomp JJ
. . PUNCT 3 punct .)",
     1,
     {{.cue = "saying", .speaker = "The leader", .content = "the figures were false"}}},
    {"PointedOutIsAVerbOfSaying",
     // Lee pointed out that the road was closed.
     R"(Lee Lee PROPN 2 nsubj NNP
pointed point VERB 0 root VBD
out out ADP 2 compound:prt RP
that that SCONJ 8 mark IN
the the DET 6 det DT
road road NOUN 8 nsubj NN
was be AUX 8 cop VBD
closed closed ADJ 2 ccomp JJ
. . PUNCT 2 punct .)",
     1,
     {{.cue = "pointed", .speaker = "Lee", .content = "the road was closed"}}},
    {"ADateOpeningAnAccordingToPhraseIsNotTheSource",
     // According to a May 3, 2020 UN report, the camp holds 900 people.
     R"(According accord VERB 5 case VBG
to to ADP 1 fixed IN
a a DET 5 det DT
May May PROPN 5 nmod:unmarked NNP
3 3 NUM 13 obl CD
, , PUNCT 5 punct ,
2020 2020 NUM 5 nmod:unmarked CD
UN UN PROPN 9 compound NNP
report report NOUN 13 nsubj NN
, , PUNCT 13 punct ,
the the DET 12 det DT
camp camp NOUN 13 nsubj NN
holds hold VERB 0 root VBZ
900 900 NUM 15 nummod CD
people people NOUN 13 obj NNS
. . PUNCT 13 punct .)",
     1,
     {{.cue = "According to", .speaker = "UN report"}}},
    {"NotJustIsNoDenial",
     // Lee said the plan did not just cut costs but saved lives.
     R"(Lee Lee PROPN 2 nsubj NNP
said say VERB 0 root VBD
the the DET 4 det DT
plan plan NOUN 8 nsubj NN
did do AUX 8 aux VBD
not not PART 8 advmod RB
just just ADV 8 advmod RB
cut cut VERB 2 ccomp VB
costs cost NOUN 8 obj NNS
but but CCONJ 12 cc CC
saved save VERB 12 amod VBN
lives life NOUN 9 conj NNS
. . PUNCT 2 punct .)",
     1,
     {{.cue = "said", .speaker = "Lee", .stance = Stance::assert}}},
    {"AnInfinitiveOnANounIsNoStatement",
     // The judge issued an order to say that the firm must pay.
     R"(The the DET 2 det DT
judge judge NOUN 3 nsubj NN
issued issue VERB 0 root VBD
an a DET 5 det DT
order order NOUN 3 obj NN
to to PART 7 mark TO
say say VERB 5 acl VB
that that SCONJ 12 mark IN
the the DET 10 det DT
firm firm NOUN 12 nsubj NN
must must AUX 12 aux MD
pay pay VERB 7 ccomp VB
. . PUNCT 3 punct .)",
     0,
     {}},
    {"QuoteThenASpeakerWithForThenTheCue",
     // "It is too early to say," a spokeswoman for the hospital told the agency.
     // ("told" parsed as the modifier of "spokeswoman")
     R"(" " PUNCT 5 punct ``
It it PRON 5 expl PRP
is be AUX 5 cop VBZ
too too ADV 5 advmod RB
early early ADJ 0 root JJ
to to PART 7 mark TO
say say VERB 5 advcl VB
, , PUNCT 11 punct ,
" " PUNCT 11 punct ''
a a DET 11 det DT
spokeswoman spokeswoman NOUN 7 ccomp NN
for for ADP 14 case IN
the the DET 14 det DT
hospital hospital NOUN 11 nmod NN
told tell VERB 11 acl VBD
the the DET 17 det DT
agency agency NOUN 15 iobj NN
. . PUNCT 5 punct .)",
     1,
     {{.cue = "told", .speaker = "a spokeswoman", .content = "It is too early to say"}}},
    {"NounPhraseWithForBeforeAVerbTheParseGaveNoSubject",
     // A spokeswoman for the port said the ship sank.
     // (the phrase parsed as an oblique)
     R"(A a DET 2 det DT
spokeswoman spokeswoman NOUN 6 obl NN
for for ADP 5 case IN
the the DET 5 det DT
port port NOUN 2 nmod NN
said say VERB 0 root VBD
the the DET 8 det DT
ship ship NOUN 9 nsubj NN
sank sink VERB 6 ccomp VBD
. . PUNCT 6 punct .)",
     1,
     {{.cue = "said", .speaker = "A spokeswoman for the port", .content = "the ship sank"}}},
    {"CitingInsideReportedContentIsNoAttributionOfItsOwn",
     // The report said that the river had risen, citing data from the weather service.
     R"(The the DET 2 det DT
report report NOUN 3 nsubj NN
said say VERB 0 root VBD
that that SCONJ 8 mark IN
the the DET 6 det DT
river river NOUN 8 nsubj NN
had have AUX 8 aux VBD
risen rise VERB 3 ccomp VBN
, , PUNCT 10 punct ,
citing cite VERB 8 advcl VBG
data data NOUN 10 obj NN
from from ADP 15 case IN
the the DET 15 det DT
weather weather NOUN 15 compound NN
service service NOUN 10 obl NN
. . PUNCT 3 punct .)",
     1,
     {{.cue = "said", .speaker = "The report"}}},
    {"NotImmediatelyClearWhetherIsUncertain",
     // It was not immediately clear whether the men were related.
     R"(It it PRON 5 nsubj PRP
was be AUX 5 cop VBD
not not PART 5 advmod RB
immediately immediately ADV 5 advmod RB
clear clear ADJ 0 root JJ
whether whether SCONJ 10 mark IN
the the DET 8 det DT
men man NOUN 10 nsubj NNS
were be AUX 10 cop VBD
related related ADJ 5 advcl JJ
. . PUNCT 5 punct .)",
     1,
     {{.cue = "was not immediately clear whether", .speaker = "-", .stance = Stance::uncertain}}},
    {"ThatAfterADayParsedAsARelativeClauseOpensTheContent",
     // The minister said on Monday that the border would reopen.
     // ("that" parsed as the object of a relative clause on "Monday")
     R"(The the DET 2 det DT
minister minister NOUN 3 nsubj NN
said say VERB 0 root VBD
on on ADP 5 case IN
Monday Monday PROPN 3 obl NNP
that that SCONJ 10 obj IN
the the DET 8 det DT
border border NOUN 10 nsubj NN
would would AUX 10 aux MD
reopen reopen VERB 5 acl:relcl VB
. . PUNCT 3 punct .)",
     1,
     {{.cue = "said", .speaker = "The minister", .content = "the border would reopen"}}},
    {"ParticipleAfterTheObjectIsSaidByTheSubject",
     // The prime minister announced a lockdown, saying schools would close for two weeks.
     // ("saying" parsed as the modifier of "a lockdown")
     R"(The the DET 3 det DT
prime prime ADJ 3 amod JJ
minister minister NOUN 4 nsubj NN
announced announce VERB 0 root VBD
a a DET 6 det DT
lockdown lockdown NOUN 4 obj NN
, , PUNCT 8 punct ,
saying say VERB 6 acl VBG
schools school NOUN 11 nsubj NNS
would would AUX 11 aux MD
close close VERB 8 ccomp VB
for for ADP 14 case IN
two two NUM 14 nummod CD
weeks week NOUN 11 obl NNS
. . PUNCT 4 punct .)",
     1,
     {{.cue = "saying", .speaker = "The prime minister", .content = "schools would close for two weeks"}}},
    {"ParticipleHungOnAControlledInfinitiveIsSaidByTheMainSubject",
     // The mayor urged residents to stay at home, stressing that the measures were temporary.
     // ("stressing" hung on "stay", whose understood subject is "residents")
     R"(The the DET 2 det DT
mayor mayor NOUN 3 nsubj NN
urged urge VERB 0 root VBD
residents resident NOUN 3 obj NNS
to to PART 6 mark TO
stay stay VERB 4 acl VB
at at ADP 8 case IN
home home NOUN 6 obl NN
, , PUNCT 10 punct ,
stressing stress VERB 6 advcl VBG
that that SCONJ 15 mark IN
the the DET 13 det DT
measures measure NOUN 15 nsubj NNS
were be AUX 15 cop VBD
temporary temporary ADJ 10 ccomp JJ
. . PUNCT 3 punct .)",
     1,
     {{.cue = "stressing", .speaker = "The mayor", .content = "the measures were temporary", .anonymous = false}}},
    {"HyphenatedTitleParsedAsAComplementAfterTheClause",
     // The WHO has warned that the virus could spread to more countries, its director-general said.
     // ("general" tagged an adjective and parsed as the complement of "said"; the fixture joins tokens with spaces)
     R"(The the DET 2 det DT
WHO who PRON 4 nsubj WP
has have AUX 4 aux VBZ
warned warn VERB 0 root VBN
that that SCONJ 9 mark IN
the the DET 7 det DT
virus virus NOUN 9 nsubj NN
could could AUX 9 aux MD
spread spread VERB 4 ccomp VB
to to ADP 12 case IN
more more ADJ 12 amod JJR
countries country NOUN 9 obl NNS
, , PUNCT 17 punct ,
its its PRON 17 nmod:poss PRP$
director director NOUN 17 compound NN
- - PUNCT 15 punct HYPH
general general ADJ 18 ccomp JJ
said say VERB 4 conj VBD
. . PUNCT 4 punct .)",
     2,
     {{.cue = "warned", .speaker = "The WHO"},
      {.cue = "said",
       .speaker = "its director - general",
       .content = "The WHO has warned that the virus could spread to more countries"}}},
    {"ByPhoneIsAMediumNotAnAgent",
     // A spokeswoman said by phone that the office was closed.
     // ("said" parsed as a participle with "phone" as its agent)
     R"(A a DET 2 det DT
spokeswoman spokeswoman NOUN 0 root NN
said say VERB 2 acl VBN
by by ADP 5 case IN
phone phone NOUN 3 obl:agent NN
that that SCONJ 10 mark IN
the the DET 8 det DT
office office NOUN 10 nsubj NN
was be AUX 10 cop VBD
closed closed ADJ 3 ccomp JJ
. . PUNCT 2 punct .)",
     1,
     {{.cue = "said", .speaker = "A spokeswoman", .content = "the office was closed"}}},
    {"CueParsedAsAnAdverbialClauseOfWhatItSays",
     // The airport authority, however, said flights would resume on Friday.
     // ("said" parsed as an adverbial clause of "resume", whose subject is "flights")
     R"(The the DET 3 det DT
airport airport NOUN 3 compound NN
authority authority NOUN 0 root NN
, , PUNCT 10 punct ,
however however ADV 7 advmod RB
, , PUNCT 5 punct ,
said say VERB 10 advcl VBN
flights flight NOUN 10 nsubj NNS
would would AUX 10 aux MD
resume resume VERB 3 acl:relcl VB
on on ADP 12 case IN
Friday Friday PROPN 10 obl NNP
. . PUNCT 3 punct .)",
     1,
     {{.cue = "said", .speaker = "The airport authority", .content = "flights would resume on Friday"}}},
    {"VerbTaggedAsANounAfterAnAsideSetOffByCommas",
     // The document, dated March 3, states that the land belongs to the state.
     // ("states" tagged a plural noun)
     R"(The the DET 2 det DT
document document NOUN 0 root NN
, , PUNCT 2 punct ,
dated date VERB 3 xcomp VBN
March March PROPN 6 nmod:unmarked NNP
3 3 NUM 8 nummod CD
, , PUNCT 6 punct ,
states state NOUN 4 obj NNS
that that SCONJ 12 mark IN
the the DET 11 det DT
land land NOUN 12 nsubj NN
belongs belong VERB 8 acl VBZ
to to ADP 15 case IN
the the DET 15 det DT
state state NOUN 12 obl NN
. . PUNCT 4 punct .)",
     1,
     {{.cue = "states", .lemma = "state", .speaker = "The document", .content = "the land belongs to the state"}}},
    {"NegatedPastInADirectQuoteIsNoDenial",
     // "We did not expect this," admitted the coach.
     R"(" " PUNCT 5 punct ``
We we PRON 5 nsubj PRP
did do AUX 5 aux VBD
not not PART 5 advmod RB
expect expect VERB 9 ccomp VB
this this PRON 5 obj DT
, , PUNCT 5 punct ,
" " PUNCT 5 punct ''
admitted admit VERB 0 root VBD
the the DET 11 det DT
coach coach NOUN 9 obj NN
. . PUNCT 9 punct .)",
     1,
     {{.cue = "admitted",
       .speaker = "the coach",
       .content = "We did not expect this",
       .stance = Stance::assert,
       .direct = true}}},
    {"ClauseParsedIntoTheSpeakersPhraseIsCutAtTheComma",
     // Turnout was 48%, the lowest since 1990, the commission said.
     // ("Turnout" and "commission" both parsed as subjects of "said")
     R"(Turnout Turnout PROPN 13 nsubj NNP
was be AUX 13 cop VBD
48 48 NUM 4 nummod CD
% % SYM 13 ccomp NN
, , PUNCT 7 punct ,
the the DET 7 det DT
lowest low ADJ 13 ccomp JJS
since since ADP 9 case IN
1990 1990 NUM 7 obl CD
, , PUNCT 7 punct ,
the the DET 12 det DT
commission commission NOUN 13 nsubj NN
said say VERB 0 root VBD
. . PUNCT 13 punct .)",
     1,
     {{.cue = "said", .speaker = "the commission"}}},
    {"AnEstimateIsNoStatement",
     // Organisers estimated the crowd at 50,000, while police put it at 12,000.
     R"(Organisers organiser NOUN 2 nsubj NNS
estimated estimate VERB 0 root VBD
the the DET 4 det DT
crowd crowd NOUN 2 obj NN
at at ADP 6 case IN
50,000 50000 NUM 4 nmod CD
, , PUNCT 10 punct ,
while while SCONJ 10 mark IN
police police NOUN 10 nsubj NNS
put put VERB 2 advcl VBD
it it PRON 10 obj PRP
at at ADP 13 case IN
12,000 12000 NUM 10 obl CD
. . PUNCT 2 punct .)",
     0,
     {}},
    {"NameWithARoleWhoseVerbWasParsedAsTheRolesModifier",
     // Kerry Lam, a spokeswoman, said by phone that the office was closed.
     // ("said" parsed as a participle modifying "spokeswoman", "phone" as its agent)
     R"(Kerry Kerry PROPN 0 root NNP
Lam Lam PROPN 1 flat NNP
, , PUNCT 5 punct ,
a a DET 5 det DT
spokeswoman spokeswoman NOUN 1 appos NN
, , PUNCT 7 punct ,
said say VERB 5 acl VBN
by by ADP 9 case IN
phone phone NOUN 7 obl:agent NN
that that SCONJ 14 mark IN
the the DET 12 det DT
office office NOUN 14 nsubj NN
was be AUX 14 cop VBD
closed closed ADJ 7 ccomp JJ
. . PUNCT 1 punct .)",
     1,
     {{.cue = "said", .speaker = "Kerry Lam", .content = "the office was closed", .anonymous = false}}},
    // --- Session 5: precision (records that are no attributions, and speakers the parse gave to another verb).
    {"BannerSayingIsNoSpeaker",
     // Marchers carried a banner from the nurses' union saying "Hands off".   (a display is not a speaker, even
     // with an organisation in its phrase)
     R"(Marchers marcher NOUN 2 nsubj NNS
carried carry VERB 0 root VBD
a a DET 4 det DT
banner banner NOUN 2 obj NN
from from ADP 9 case IN
the the DET 7 det DT
nurses nurse NOUN 9 nmod:poss NNS
' 's PART 7 case POS
union union NOUN 4 nmod NN
saying say VERB 2 advcl VBG
" " PUNCT 12 punct ``
Hands hand NOUN 10 obj NNS
off off ADP 12 advmod RP
" " PUNCT 12 punct ''
. . PUNCT 2 punct .)",
     0,
     {}},
    {"PlacardSaidIsNoSpeaker",
     // One placard said "No cuts".
     R"(One one NUM 2 nummod CD
placard placard NOUN 3 nsubj NN
said say VERB 0 root VBD
" " PUNCT 6 punct ``
No no DET 6 det DT
cuts cut NOUN 3 ccomp NNS
" " PUNCT 6 punct ''
. . PUNCT 3 punct .)",
     0,
     {}},
    {"CuesInsideAQuoteBelongToTheQuotedSpeaker",
     // The mayor said, "He is saying that the plan failed, and someone says 'we lost'."
     // (one attribution: the mayor's; "he is saying" paraphrases inside the quote, "someone says" is generic)
     R"(The the DET 2 det DT
mayor mayor NOUN 3 nsubj NN
said say VERB 0 root VBD
, , PUNCT 8 punct ,
" " PUNCT 8 punct ``
He he PRON 8 nsubj PRP
is be AUX 8 aux VBZ
saying say VERB 3 ccomp VBG
that that SCONJ 12 mark IN
the the DET 11 det DT
plan plan NOUN 12 nsubj NN
failed fail VERB 8 ccomp VBD
, , PUNCT 16 punct ,
and and CCONJ 16 cc CC
someone someone PRON 16 nsubj NN
says say VERB 8 conj VBZ
' ' PUNCT 16 punct ''
we we PRON 19 nsubj PRP
lost lose VERB 16 ccomp VBD
' ' PUNCT 19 punct ''
. . PUNCT 3 punct .
" " PUNCT 3 punct '')",
     1,
     {{.cue = "said", .speaker = "The mayor", .direct = true}}},
    {"AcknowledgedAPlainNounIsAnAct",
     // The ministry acknowledged the delay.
     R"(The the DET 2 det DT
ministry ministry PROPN 3 nsubj NNP
acknowledged acknowledge VERB 0 root VBD
the the DET 5 det DT
delay delay NOUN 3 obj NN
. . PUNCT 3 punct .)",
     0,
     {}},
    {"ConfirmedWithAClauseIsAStatement",
     // The army confirmed that two soldiers died.
     R"(The the DET 2 det DT
army army NOUN 3 nsubj NN
confirmed confirm VERB 0 root VBD
that that SCONJ 7 mark IN
two two NUM 6 nummod CD
soldiers soldier NOUN 7 nsubj NNS
died die VERB 3 ccomp VBD
. . PUNCT 3 punct .)",
     1,
     {{.cue = "confirmed", .speaker = "The army", .content = "two soldiers died", .stance = Stance::assert}}},
    {"WonderIsAStateOfMind",
     // Analysts wonder whether the plan will work.
     R"(Analysts analyst NOUN 2 nsubj NNS
wonder wonder VERB 0 root VBP
whether whether SCONJ 7 mark IN
the the DET 5 det DT
plan plan NOUN 7 nsubj NN
will will AUX 7 aux MD
work work VERB 2 ccomp VB
. . PUNCT 2 punct .)",
     0,
     {}},
    {"SpokeWithSomeoneIsNoStatement",
     // Lee spoke with Kim and the talks went well.   ("went" parsed as the complement of "spoke")
     R"(Lee Lee PROPN 2 nsubj NNP
spoke speak VERB 0 root VBD
with with ADP 4 case IN
Kim Kim PROPN 2 obl NNP
and and CCONJ 8 cc CC
the the DET 7 det DT
talks talk NOUN 8 nsubj NNS
went go VERB 2 ccomp VBD
well well ADV 8 advmod RB
. . PUNCT 2 punct .)",
     0,
     {}},
    {"PassiveWithAPlainBeAuxiliaryHasNoSpeaker",
     // As of Friday, the winner had not yet been announced, according to the paper.   ("been" parsed as a plain
     // auxiliary, "winner" as an active subject: the paper's report, not the winner's announcement)
     R"(As as ADP 3 case IN
of of ADP 1 fixed IN
Friday Friday PROPN 11 obl NNP
, , PUNCT 3 punct ,
the the DET 6 det DT
winner winner NOUN 11 nsubj NN
had have AUX 11 aux VBD
not not PART 11 advmod RB
yet yet ADV 11 advmod RB
been be AUX 11 aux VBN
announced announce VERB 0 root VBN
, , PUNCT 16 punct ,
according accord VERB 16 case VBG
to to ADP 13 fixed IN
the the DET 16 det DT
paper paper NOUN 11 obl NN
. . PUNCT 11 punct .)",
     1,
     {{.cue = "according to", .speaker = "the paper"}}},
    {"ConjunctCueWithoutAndIsSaidByThePhraseBeforeIt",
     // Reuters reported on Monday a bank source, whom it did not name, said the deal had failed.
     // ("said" parsed as a conjunct of "name": the source speaks, not "it" nor Reuters)
     R"(Reuters Reuters PROPN 2 nsubj NNP
reported report VERB 0 root VBD
on on ADP 4 case IN
Monday Monday PROPN 2 obl NNP
a a DET 7 det DT
bank bank NOUN 7 compound NN
source source NOUN 2 obl:unmarked NN
, , PUNCT 13 punct ,
whom whom PRON 13 obj WP
it it PRON 13 nsubj PRP
did do AUX 13 aux VBD
not not PART 13 advmod RB
name name VERB 2 parataxis VB
, , PUNCT 15 punct ,
said say VERB 13 conj VBD
the the DET 17 det DT
deal deal NOUN 19 nsubj NN
had have AUX 19 aux VBD
failed fail VERB 15 ccomp VBN
. . PUNCT 2 punct .)",
     2,
     {{.cue = "reported", .speaker = "Reuters"},
      {.cue = "said", .speaker = "a bank source", .content = "the deal had failed", .anonymous = true}}},
    {"SuggestedANounWithARelativeClauseAfterAPreposition",
     // He suggested a plan, in which both sides would give up land and would keep their troops.   (a noun
     // phrase with a relative clause, not a clause)
     R"(He he PRON 2 nsubj PRP
suggested suggest VERB 0 root VBD
a a DET 4 det DT
plan plan NOUN 2 obj NN
, , PUNCT 11 punct ,
in in ADP 7 case IN
which which PRON 11 obl WDT
both both DET 9 det DT
sides side NOUN 11 nsubj NNS
would would AUX 11 aux MD
give give VERB 4 acl:relcl VB
up up ADP 11 compound:prt RP
land land NOUN 11 obj NN
and and CCONJ 16 cc CC
would would AUX 16 aux MD
keep keep VERB 11 conj VB
their their PRON 18 nmod:poss PRP$
troops troop NOUN 16 obj NNS
. . PUNCT 2 punct .)",
     0,
     {}},
    {"ParticipleParsedAsParataxisIsNoCueOnTheClauseBefore",
     // The firm did not release figures, telling the paper the review continues.   ("telling" parsed as a
     // parataxis of "release", its clause as an object and a modifier: the firm tells, and what it did not
     // release is not what it says)
     R"(The the DET 2 det DT
firm firm NOUN 5 nsubj NN
did do AUX 5 aux VBD
not not PART 5 advmod RB
release release VERB 0 root VB
figures figure NOUN 5 obj NNS
, , PUNCT 8 punct ,
telling tell VERB 5 parataxis VBG
the the DET 10 det DT
paper paper NOUN 8 iobj NN
the the DET 12 det DT
review review NOUN 8 obj NN
continues continue VERB 12 acl VBZ
. . PUNCT 5 punct .)",
     1,
     {{.cue = "telling",
       .speaker = "The firm",
       .content = "the review continues",
       .outlet = "the paper",
       .stance = Stance::assert}}},
    {"AgentlessPassiveIsNoAttribution",
     // He was told that the plan had failed.   (who told him is not said)
     R"(He he PRON 3 nsubj:pass PRP
was be AUX 3 aux:pass VBD
told tell VERB 0 root VBN
that that SCONJ 8 mark IN
the the DET 6 det DT
plan plan NOUN 8 nsubj NN
had have AUX 8 aux VBD
failed fail VERB 3 ccomp VBN
. . PUNCT 3 punct .)",
     0,
     {}},
    {"RelativePronounParsedAsTheSubjectOfAPhraseCue",
     // The minister, who was asked about the strike, declined to comment.   ("declined" parsed as a conjunct
     // of the relative clause)
     R"(The the DET 2 det DT
minister minister NOUN 0 root NN
, , PUNCT 6 punct ,
who who PRON 6 nsubj:pass WP
was be AUX 6 aux:pass VBD
asked ask VERB 2 acl:relcl VBN
about about ADP 9 case IN
the the DET 9 det DT
strike strike NOUN 6 obl NN
, , PUNCT 11 punct ,
declined decline VERB 6 conj VBN
to to PART 13 mark TO
comment comment VERB 11 xcomp VB
. . PUNCT 2 punct .)",
     1,
     {{.cue = "declined to comment", .speaker = "The minister", .stance = Stance::no_comment}}},
    {"ReportedAPlainObjectInARelativeClauseBeforeTheCue",
     // The newspaper, which first reported the story, said the minister had resigned.   ("the story, said ..."
     // is no clause: one attribution, the newspaper's "said")
     R"(The the DET 2 det DT
newspaper newspaper NOUN 10 nsubj NN
, , PUNCT 6 punct ,
which which PRON 6 nsubj WDT
first first ADV 6 advmod RB
reported report VERB 2 acl:relcl VBD
the the DET 8 det DT
story story NOUN 6 obj NN
, , PUNCT 2 punct ,
said say VERB 0 root VBD
the the DET 12 det DT
minister minister NOUN 14 nsubj NN
had have AUX 14 aux VBD
resigned resign VERB 10 ccomp VBN
. . PUNCT 10 punct .)",
     1,
     {{.cue = "said", .content = "the minister had resigned"}}},
    {"GerundAfterAdmittedIsContent",
     // Two guards admitted taking the keys.
     R"(Two two NUM 2 nummod CD
guards guard NOUN 3 nsubj NNS
admitted admit VERB 0 root VBD
taking take VERB 3 xcomp VBG
the the DET 6 det DT
keys key NOUN 4 obj NNS
. . PUNCT 3 punct .)",
     1,
     {{.cue = "admitted", .speaker = "Two guards", .content = "taking the keys", .stance = Stance::assert}}},
    {"AppositionSplitFromTheOpeningNounPhrase",
     // The group's leader, Tom Diaz, told the crowd that they would march again.   (the role parsed as an
     // adverbial, the name as the subject)
     R"(The the DET 2 det DT
group group NOUN 4 nmod:poss NN
's 's PART 2 case POS
leader leader NOUN 9 obl NN
, , PUNCT 4 punct ,
Tom Tom PROPN 9 nsubj NNP
Diaz Diaz PROPN 6 flat NNP
, , PUNCT 6 punct ,
told tell VERB 0 root VBD
the the DET 11 det DT
crowd crowd NOUN 9 iobj NN
that that SCONJ 15 mark IN
they they PRON 15 nsubj PRP
would would AUX 15 aux MD
march march VERB 9 ccomp VB
again again ADV 15 advmod RB
. . PUNCT 9 punct .)",
     1,
     {{.cue = "told",
       .speaker = "The group 's leader , Tom Diaz",
       .content = "they would march again",
       .outlet = "the crowd"}}},
    {"TimePhraseBeforeAnAppositionIsNoPartOfTheSpeaker",
     // Yesterday morning, Ana Ruiz, the mayor, said the roads would reopen.
     R"(Yesterday yesterday NOUN 2 compound NN
morning morning NOUN 10 obl:tmod NN
, , PUNCT 5 punct ,
Ana Ana PROPN 5 compound NNP
Ruiz Ruiz PROPN 10 nsubj NNP
, , PUNCT 8 punct ,
the the DET 8 det DT
mayor mayor NOUN 5 appos NN
, , PUNCT 5 punct ,
said say VERB 0 root VBD
the the DET 12 det DT
roads road NOUN 14 nsubj NNS
would would AUX 14 aux MD
reopen reopen VERB 10 ccomp VB
. . PUNCT 10 punct .)",
     1,
     {{.cue = "said", .speaker = "Ana Ruiz , the mayor", .content = "the roads would reopen"}}},
    {"PluralNounTaggedAsAVerbBeforeAModal",
     // Further charges may be filed in the next weeks, police said.   ("charges" tagged as the verb of the
     // sentence: one attribution, the police's)
     R"(Further further ADV 2 advmod RB
charges charge VERB 0 root VBZ
may may AUX 5 aux MD
be be AUX 5 cop VB
filed filed ADJ 12 ccomp JJ
in in ADP 9 case IN
the the DET 9 det DT
next next ADJ 9 amod JJ
weeks week NOUN 5 obl NNS
, , PUNCT 9 punct ,
police police NOUN 12 nsubj NNS
said say VERB 2 ccomp VBD
. . PUNCT 2 punct .)",
     1,
     {{.cue = "said", .speaker = "police"}}},
    {"EvidenceSuggestsItDoesNotSay",
     // Polls suggest the party will lose its majority.
     R"(Polls poll NOUN 2 nsubj NNS
suggest suggest VERB 0 root VBP
the the DET 4 det DT
party party NOUN 6 nsubj NN
will will AUX 6 aux MD
lose lose VERB 2 ccomp VB
its its PRON 8 nmod:poss PRP$
majority majority NOUN 6 obj NN
. . PUNCT 2 punct .)",
     0,
     {}},
    {"AddresseeBeforeAClauseWithoutThat",
     // Kim told reporters Lee had lied.   (the clause parsed as a relative clause on the addressee)
     R"(Kim Kim PROPN 2 nsubj NNP
told tell VERB 0 root VBD
reporters reporter NOUN 2 iobj NNS
Lee Lee PROPN 6 nsubj NNP
had have AUX 6 aux VBD
lied lie VERB 3 acl:relcl VBN
. . PUNCT 2 punct .)",
     1,
     {{.cue = "told", .speaker = "Kim", .content = "Lee had lied", .outlet = "reporters"}}},
    {"NotBelievingIsNoDenial",
     // Residents said they did not believe the mayor.   (a state of mind, not an event said not to have happened)
     R"(Residents resident NOUN 2 nsubj NNS
said say VERB 0 root VBD
they they PRON 6 nsubj PRP
did do AUX 6 aux VBD
not not PART 6 advmod RB
believe believe VERB 2 ccomp VB
the the DET 8 det DT
mayor mayor NOUN 6 obj NN
. . PUNCT 2 punct .)",
     1,
     {{.cue = "said", .speaker = "Residents", .stance = Stance::assert}}},
    {"SaidSoInAStatementSaysNothing",
     // They said so in a joint statement.   (no content: neither the verb nor the medium is an attribution)
     R"(They they PRON 2 nsubj PRP
said say VERB 0 root VBD
so so ADV 7 advmod RB
in in ADP 7 case IN
a a DET 7 det DT
joint joint ADJ 7 amod JJ
statement statement NOUN 2 obl NN
. . PUNCT 2 punct .)",
     0,
     {}},
    {"YetToSayIsNoComment",
     // Lee has yet to say whether he will run.
     R"(Lee Lee PROPN 2 nsubj NNP
has have VERB 0 root VBZ
yet yet ADV 2 advmod RB
to to PART 5 mark TO
say say VERB 2 xcomp VB
whether whether SCONJ 9 mark IN
he he PRON 9 nsubj PRP
will will AUX 9 aux MD
run run VERB 5 ccomp VB
. . PUNCT 2 punct .)",
     1,
     {{.cue = "yet to say", .speaker = "Lee", .stance = Stance::no_comment}}},
    {"QuotingALineIsNoSource",
     // Lee resigned, quoting a line from a poem.   (what is cited cannot speak: no attribution)
     R"(Lee Lee PROPN 2 nsubj NNP
resigned resign VERB 0 root VBD
, , PUNCT 4 punct ,
quoting quote VERB 2 advcl VBG
a a DET 6 det DT
line line NOUN 4 obj NN
from from ADP 9 case IN
a a DET 9 det DT
poem poem NOUN 4 obl NN
. . PUNCT 2 punct .)",
     0,
     {}},
    {"CitingAnOfficialIsASource",
     // The army withdrew, citing officials.
     R"(The the DET 2 det DT
army army NOUN 3 nsubj NN
withdrew withdraw VERB 0 root VBD
, , PUNCT 5 punct ,
citing cite VERB 3 advcl VBG
officials official NOUN 5 obj NNS
. . PUNCT 3 punct .)",
     1,
     {{.cue = "citing", .speaker = "officials", .outlet = "The army", .anonymous = true}}},
    {"SourcesCloseToSomeoneAreTheSpeaker",
     // Sources close to the minister said the plan was dead.   (the minister parsed as the subject)
     R"(Sources source NOUN 0 root NNS
close close ADJ 6 mark JJ
to to ADP 5 case IN
the the DET 5 det DT
minister minister NOUN 6 nsubj NN
said say VERB 1 acl VBD
the the DET 8 det DT
plan plan NOUN 10 nsubj NN
was be AUX 10 cop VBD
dead dead ADJ 6 ccomp JJ
. . PUNCT 1 punct .)",
     1,
     {{.cue = "said", .speaker = "Sources close to the minister", .content = "the plan was dead", .anonymous = true}}},
    {"QuantifierOfARelativeClauseIsNoSpeaker",
     // Residents of the village, many of whom lost their homes, said aid was slow.
     R"(Residents resident NOUN 0 root NNS
of of ADP 4 case IN
the the DET 4 det DT
village village NOUN 1 nmod NN
, , PUNCT 1 punct ,
many many ADJ 9 nsubj JJ
of of ADP 8 case IN
whom whom PRON 6 nmod WP
lost lose VERB 1 parataxis VBD
their their PRON 11 nmod:poss PRP$
homes home NOUN 9 obj NNS
, , PUNCT 13 punct ,
said say VERB 9 conj VBD
aid aid NOUN 16 nsubj NN
was be AUX 16 cop VBD
slow slow ADJ 13 ccomp JJ
. . PUNCT 1 punct .)",
     1,
     {{.cue = "said", .speaker = "Residents of the village", .content = "aid was slow"}}},
    {"AStatementNamedButNotGivenIsNoContent",
     // Lee read a statement outside the court.
     R"(Lee Lee PROPN 2 nsubj NNP
read read VERB 0 root VBD
a a DET 4 det DT
statement statement NOUN 2 obj NN
outside outside ADP 7 case IN
the the DET 7 det DT
court court NOUN 4 nmod NN
. . PUNCT 2 punct .)",
     0,
     {}},
    {"AStrayQuotationMarkOpensNoQuote",
     // Lee called the plan "a failure, and Kim said the deal was off.   (a mark left open at the end of the
     // paragraph: Kim's statement is not inside anyone's quote)
     R"(Lee Lee PROPN 2 nsubj NNP
called call VERB 0 root VBD
the the DET 4 det DT
plan plan NOUN 2 obj NN
" " PUNCT 7 punct ``
a a DET 7 det DT
failure failure NOUN 2 obl:unmarked NN
, , PUNCT 11 punct ,
and and CCONJ 11 cc CC
Kim Kim PROPN 11 nsubj NNP
said say VERB 2 conj VBD
the the DET 13 det DT
deal deal NOUN 15 nsubj NN
was be AUX 15 cop VBD
off off ADV 11 ccomp RB
. . PUNCT 2 punct .)",
     1,
     {{.cue = "said", .speaker = "Kim", .content = "the deal was off"}}},
    {"AllegedAfterAPrepositionTaggedAsAnAdverb",
     // The union sued the firm over alleged safety failures.   ("over" tagged as an adverb)
     R"(The the DET 2 det DT
union union NOUN 3 nsubj NN
sued sue VERB 0 root VBD
the the DET 5 det DT
firm firm NOUN 3 obj NN
over over ADV 7 advmod RB
alleged allege VERB 3 advcl VBD
safety safety NOUN 9 compound NN
failures failure NOUN 7 obj NNS
. . PUNCT 3 punct .)",
     0,
     {}},
    {"AccordingToOpeningTheSentenceWithAnAcronymTaggedAsAPronoun",
     // According to the World Health Organization (WHO), cases fell in May.   (the clause hung on the
     // organisation, "WHO" tagged as the pronoun)
     R"(According accord VERB 6 case VBG
to to ADP 1 fixed IN
the the DET 6 det DT
World World PROPN 6 compound NNP
Health Health PROPN 6 compound NNP
Organization Organization PROPN 0 root NNP
( ( PUNCT 12 punct -LRB-
WHO who PRON 12 obj WP
) ) PUNCT 8 punct -RRB-
, , PUNCT 8 punct ,
cases case NOUN 12 nsubj NNS
fell fall VERB 6 acl:relcl VBD
in in ADP 14 case IN
May May PROPN 12 obl NNP
. . PUNCT 6 punct .)",
     1,
     {{.cue = "According to", .speaker = "the World Health Organization ( WHO )", .content = "cases fell in May"}}},
    {"RelativeClauseOnTheSpeakerParsedAsASecondComplement",
     // Kim, whose son was hurt in the attack, said she wanted justice.
     R"(Kim Kim PROPN 6 vocative NNP
, , PUNCT 1 punct ,
whose whose PRON 4 nmod:poss WP$
son son NOUN 6 nsubj:pass NN
was be AUX 6 aux:pass VBD
hurt hurt VERB 11 ccomp VBN
in in ADP 9 case IN
the the DET 9 det DT
attack attack NOUN 6 obl NN
, , PUNCT 6 punct ,
said say VERB 0 root VBD
she she PRON 13 nsubj PRP
wanted want VERB 11 ccomp VBD
justice justice NOUN 13 obj NN
. . PUNCT 11 punct .)",
     1,
     {{.cue = "said", .speaker = "Kim", .content = "she wanted justice"}}},
    {"SaidNothingThatIsNoContent",
     // The minister said nothing that we did not already know.
     R"(The the DET 2 det DT
minister minister NOUN 3 nsubj NN
said say VERB 0 root VBD
nothing nothing PRON 3 obj NN
that that PRON 10 obj WDT
we we PRON 10 nsubj PRP
did do AUX 10 aux VBD
not not PART 10 advmod RB
already already ADV 10 advmod RB
know know VERB 4 acl:relcl VB
. . PUNCT 3 punct .)",
     0,
     {}},
    {"ConjunctOfAPassiveIsSaidByItsSubjectNotTheAgent",
     // Kim was asked by reporters about the deal and said it was off.
     R"(Kim Kim PROPN 3 nsubj:pass NNP
was be AUX 3 aux:pass VBD
asked ask VERB 0 root VBN
by by ADP 5 case IN
reporters reporter NOUN 3 obl:agent NNS
about about ADP 8 case IN
the the DET 8 det DT
deal deal NOUN 3 obl NN
and and CCONJ 10 cc CC
said say VERB 3 conj VBD
it it PRON 13 nsubj PRP
was be AUX 13 cop VBD
off off ADV 10 ccomp RB
. . PUNCT 3 punct .)",
     1,
     {{.cue = "said", .speaker = "Kim", .content = "it was off"}}},
    {"ALetterFromSomeoneIsTheirsNotTheReceivers",
     // The minister received a letter from Lee saying the deal was off.
     R"(The the DET 2 det DT
minister minister NOUN 3 nsubj NN
received receive VERB 0 root VBD
a a DET 5 det DT
letter letter NOUN 3 obj NN
from from ADP 7 case IN
Lee Lee PROPN 5 nmod NNP
saying say VERB 5 acl VBG
the the DET 10 det DT
deal deal NOUN 8 obj NN
was be AUX 12 cop VBD
off off ADV 3 advmod RB
. . PUNCT 3 punct .)",
     1,
     {{.cue = "saying", .speaker = "Lee", .content = "the deal was off"}}},
    {"RejectingCallsIsAnAct",
     // Kim rejected calls to resign.   (a refusal, not a denial of what someone said)
     R"(Kim Kim PROPN 2 nsubj NNP
rejected reject VERB 0 root VBD
calls call NOUN 2 obj NNS
to to PART 5 mark TO
resign resign VERB 3 acl VB
. . PUNCT 2 punct .)",
     0,
     {}},
    {"ANegatedVerbOfSayingReportsNoStatement",
     // Lee never said he would resign.
     R"(Lee Lee PROPN 3 nsubj NNP
never never ADV 3 advmod RB
said say VERB 0 root VBD
he he PRON 6 nsubj PRP
would would AUX 6 aux MD
resign resign VERB 3 ccomp VB
. . PUNCT 3 punct .)",
     0,
     {}},
    {"DidNotDenyIsNoDenial",
     // Lee did not deny that he had met Kim.
     R"(Lee Lee PROPN 4 nsubj NNP
did do AUX 4 aux VBD
not not PART 4 advmod RB
deny deny VERB 0 root VB
that that SCONJ 8 mark IN
he he PRON 8 nsubj PRP
had have AUX 8 aux VBD
met meet VERB 4 ccomp VBN
Kim Kim PROPN 8 obj NNP
. . PUNCT 4 punct .)",
     1,
     {{.cue = "not deny", .speaker = "Lee", .stance = Stance::no_comment}}},
    // --- Session 6: recall on new text (dev6 and sentences written to probe news constructions).
    {"ClauseBeforeAfterALeadingPrepositionalPhrase",
     // In the town of Ulm, the river rose by two metres, local media reported.   (the clause opens with a
     // prepositional phrase set off by a comma)
     R"(In in ADP 3 case IN
the the DET 3 det DT
town town NOUN 8 obl NN
of of ADP 5 case IN
Ulm Ulm PROPN 3 nmod NNP
, , PUNCT 3 punct ,
the the DET 7 det DT
river river NOUN 8 nsubj NN
rose rise VERB 0 root VBD
by by ADP 12 case IN
two two NUM 12 nummod CD
metres metre NOUN 8 obl NNS
, , PUNCT 16 punct ,
local local ADJ 15 amod JJ
media media NOUN 16 nsubj NNS
reported report VERB 8 advcl VBD
. . PUNCT 8 punct .)",
     1,
     {{.cue = "reported", .speaker = "local media", .content = "In the town of Ulm , the river rose by two metres"}}},
    {"ClauseBeforeWithATimeWordAfterTheCue",
     // Ana Ruiz, a member of the council, died of cancer, the government announced yesterday.   ("announced"
     // tagged a participle and hung on "died" as its complement)
     R"(Ana Ana PROPN 10 nsubj NNP
Ruiz Ruiz PROPN 1 flat NNP
, , PUNCT 6 punct ,
a a DET 6 det DT
member member NOUN 1 appos NN
of of ADP 9 case IN
the the DET 9 det DT
council council NOUN 6 nmod NN
, , PUNCT 1 punct ,
died die VERB 0 root VBD
of of ADP 12 case IN
cancer cancer NOUN 10 obl NN
, , PUNCT 16 punct ,
the the DET 15 det DT
government government NOUN 16 nsubj NN
announced announce VERB 10 ccomp VBN
yesterday yesterday NOUN 16 obl:unmarked NN
. . PUNCT 10 punct .)",
     1,
     {{.cue = "announced",
       .speaker = "the government",
       .content = "Ana Ruiz , a member of the council , died of cancer"}}},
    {"CapitalizedSaidNextToANameIsNoCue",
     // Qaboos overthrew his father, Sultan Said bin Taimur, in 1970.   (the name "Said" tagged as the verb)
     R"(Qaboos Qaboos PROPN 2 nsubj NNP
overthrew overthrow VERB 7 ccomp VBD
his his PRON 4 nmod:poss PRP$
father father NOUN 2 obj NN
, , PUNCT 7 punct ,
Sultan Sultan PROPN 7 nsubj NNP
Said say VERB 0 root VBD
bin bin PROPN 7 obj NNP
Taimur Taimur PROPN 8 flat NNP
, , PUNCT 12 punct ,
in in ADP 12 case IN
1970 1970 NUM 7 obl CD
. . PUNCT 7 punct .)",
     0,
     {}},
    {"ARelativeThatIsNoThatClauseOfTheAddressee",
     // The senators accused the firm of fraud, threatening to call a hearing that would expose it.   (blame, and
     // "that" opens a relative clause on "hearing")
     R"(The the DET 2 det DT
senators senator NOUN 3 nsubj NNS
accused accuse VERB 0 root VBD
the the DET 5 det DT
firm firm NOUN 3 obj NN
of of ADP 7 case IN
fraud fraud NOUN 3 obl NN
, , PUNCT 9 punct ,
threatening threaten VERB 3 advcl VBG
to to PART 11 mark TO
call call VERB 9 xcomp VB
a a DET 13 det DT
hearing hearing NOUN 11 obj NN
that that PRON 16 nsubj WDT
would would AUX 16 aux MD
expose expose VERB 13 acl:relcl VB
it it PRON 16 obj PRP
. . PUNCT 3 punct .)",
     0,
     {}},
    {"AccordingToANameHungOnItsFirstPart",
     // According to Johns Hopkins University, ten people have died.   ("according" hung on "Hopkins")
     R"(According accord VERB 4 case VBG
to to ADP 1 fixed TO
Johns Johns PROPN 4 compound NNP
Hopkins Hopkins PROPN 5 compound NNP
University University PROPN 10 obl NNP
, , PUNCT 5 punct ,
ten ten NUM 8 nummod CD
people people NOUN 10 nsubj NNS
have have AUX 10 aux VBP
died die VERB 0 root VBN
. . PUNCT 10 punct .)",
     1,
     {{.cue = "According to", .speaker = "Johns Hopkins University", .content = "ten people have died"}}},
    {"AVerbParsedAsAnAppositionIsSaidByTheWordBeforeIt",
     // In the video, someone, apparently the mayor, says the money was paid.   ("says" parsed as an apposition of
     // "someone")
     R"(In in ADP 3 case IN
the the DET 3 det DT
video video NOUN 5 obl NN
, , PUNCT 3 punct ,
someone someone PRON 0 root NN
, , PUNCT 9 punct ,
apparently apparently ADV 9 advmod RB
the the DET 9 det DT
mayor mayor NOUN 5 appos NN
, , PUNCT 11 punct ,
says say VERB 5 appos VBZ
the the DET 13 det DT
money money NOUN 15 nsubj:pass NN
was be AUX 15 aux:pass VBD
paid pay VERB 11 ccomp VBN
. . PUNCT 5 punct .)",
     1,
     {{.cue = "says", .speaker = "someone", .content = "the money was paid", .anonymous = true}}},
    {"ANameTaggedAsAnAdverbIsTheSubject",
     // Núñez added that the army would stay.   (the accented name tagged as an adverb)
     R"(Núñez núñez ADV 2 advmod RB
added add VERB 0 root VBD
that that SCONJ 7 mark IN
the the DET 5 det DT
army army NOUN 7 nsubj NN
would would AUX 7 aux MD
stay stay VERB 2 ccomp VB
. . PUNCT 2 punct .)",
     1,
     {{.cue = "added", .speaker = "Núñez", .content = "the army would stay"}}},
    {"APastTenseTaggedAsAnAdjectiveBeforeAQuote",
     // The mayor elaborated, "We need more buses."   ("elaborated" tagged an adjective)
     R"(The the DET 2 det DT
mayor mayor NOUN 3 nsubj NN
elaborated elaborated ADJ 0 root JJ
, , PUNCT 3 punct ,
" " PUNCT 7 punct ``
We we PRON 7 nsubj PRP
need need VERB 3 parataxis VBP
more more ADJ 9 amod JJR
buses bus NOUN 7 obj NNS
. . PUNCT 3 punct .
" " PUNCT 3 punct '')",
     1,
     {{.cue = "elaborated", .lemma = "elaborate", .speaker = "The mayor", .content = "We need more buses"}}},
    {"RuledThatIsAStatementOfTheCourt",
     // The court ruled that the ban was unlawful.
     R"(The the DET 2 det DT
court court NOUN 3 nsubj NN
ruled rule VERB 0 root VBD
that that SCONJ 8 mark IN
the the DET 6 det DT
ban ban NOUN 8 nsubj NN
was be AUX 8 cop VBD
unlawful unlawful ADJ 3 ccomp JJ
. . PUNCT 3 punct .)",
     1,
     {{.cue = "ruled", .speaker = "The court", .content = "the ban was unlawful"}}},
    {"RuledWithAnObjectIsAnAct",
     // The king ruled the country for forty years.
     R"(The the DET 2 det DT
king king NOUN 3 nsubj NN
ruled rule VERB 0 root VBD
the the DET 5 det DT
country country NOUN 3 obj NN
for for ADP 8 case IN
forty forty NUM 8 nummod CD
years year NOUN 3 obl NNS
. . PUNCT 3 punct .)",
     0,
     {}},
    {"UnnamedProsecutorsAreAnonymous",
     // Prosecutors said the men had fled.
     R"(Prosecutors prosecutor NOUN 2 nsubj NNS
said say VERB 0 root VBD
the the DET 4 det DT
men man NOUN 6 nsubj NNS
had have AUX 6 aux VBD
fled flee VERB 2 ccomp VBN
. . PUNCT 2 punct .)",
     1,
     {{.cue = "said", .speaker = "Prosecutors", .anonymous = true}}},
    {"AGerundParsedAsAnAdverbialClauseIsWhatIsReported",
     // Some reported hearing shots near the port.   ("hearing" parsed as an adverbial clause of "reported")
     R"(Some some DET 0 root DT
reported report VERB 1 acl VBN
hearing hear VERB 2 advcl VBG
shots shot NOUN 3 obj NNS
near near ADP 7 case IN
the the DET 7 det DT
port port NOUN 3 obl NN
. . PUNCT 1 punct .)",
     1,
     {{.cue = "reported", .speaker = "Some", .content = "hearing shots near the port"}}},
    {"AnApproximatedNumberOpensTheClauseAfterTheVerb",
     // Police said about 300 people were hurt.   (parsed as an object "about 300 people" and a clause on it)
     R"(Police police NOUN 2 nsubj NNS
said say VERB 0 root VBD
about about ADV 4 advmod RB
300 300 NUM 5 nummod CD
people people NOUN 2 obj NNS
were be AUX 7 aux:pass VBD
hurt hurt VERB 5 acl VBN
. . PUNCT 2 punct .)",
     1,
     {{.cue = "said", .speaker = "Police", .content = "about 300 people were hurt"}}},
    {"APlainPresentAfterAPluralPhraseTaggedAsANoun",
     // Estimates by the ministry state ten thousand people leave each year.   ("state" tagged a noun)
     R"(Estimates estimate NOUN 7 nsubj NNS
by by ADP 5 case IN
the the DET 5 det DT
ministry ministry NOUN 5 compound NN
state state NOUN 1 nmod NN
ten ten NUM 7 nummod CD
thousand thousand NUM 8 nummod CD
people people NOUN 9 nsubj NNS
leave leave VERB 0 root VBP
each each DET 11 det DT
year year NOUN 9 obl:unmarked NN
. . PUNCT 9 punct .)",
     1,
     {{.cue = "state",
       .lemma = "state",
       .speaker = "Estimates by the ministry",
       .content = "ten thousand people leave each year"}}},
    {"ASingularNounPhraseBeforeAPlainStateIsNoSpeaker",
     // The police state grew stronger each year.   (a noun, not a verb of saying)
     R"(The the DET 3 det DT
police police NOUN 3 compound NNS
state state NOUN 4 nsubj NN
grew grow VERB 0 root VBD
stronger strong ADJ 4 xcomp JJR
each each DET 7 det DT
year year NOUN 4 obl:unmarked NN
. . PUNCT 4 punct .)",
     0,
     {}},
    {"AnOpeningParticipleIsSaidByTheNextSpeaker",
     // Saying "prices rose," Mayor Ana Ruiz added, "We act."   (the parse made "Saying" the root and hung
     // the rest on the quoted verb)
     R"(Saying say VERB 0 root VBG
" " PUNCT 4 punct ``
prices price NOUN 4 nsubj NNS
rose rise VERB 1 ccomp VBD
, , PUNCT 4 punct ,
" " PUNCT 4 punct ''
Mayor Mayor PROPN 8 compound NNP
Ana Ana PROPN 10 nsubj NNP
Ruiz Ruiz PROPN 8 flat NNP
added add VERB 4 parataxis VBD
, , PUNCT 14 punct ,
" " PUNCT 14 punct ``
We we PRON 14 nsubj PRP
act act VERB 10 parataxis VBP
. . PUNCT 1 punct .
" " PUNCT 1 punct '')",
     2,
     {{.cue = "Saying", .speaker = "Mayor Ana Ruiz"},
      {.cue = "added", .speaker = "Mayor Ana Ruiz", .content = "We act"}}},
    {"AComplementizerParsedAsTheObjectOpensTheContent",
     // Ruiz acknowledged that the army had made mistakes.   ("that" parsed as the object, the clause as a
     // relative clause on it)
     R"(Ruiz Ruiz PROPN 2 nsubj NNP
acknowledged acknowledge VERB 0 root VBD
that that SCONJ 2 obj IN
the the DET 5 det DT
army army NOUN 7 nsubj NN
had have AUX 7 aux VBD
made make VERB 3 acl:relcl VBN
mistakes mistake NOUN 7 obj NNS
. . PUNCT 2 punct .)",
     1,
     {{.cue = "acknowledged", .speaker = "Ruiz", .content = "the army had made mistakes"}}},
    {"AGerundWithAPossessiveBeforeTheVerbIsTheSpeaker",
     // The court's ruling said the law was void.   ("ruling" tagged a gerund and parsed as a clause before the verb)
     R"(The the DET 2 det DT
court court NOUN 4 nmod:poss NN
's 's PART 2 case POS
ruling rule VERB 5 ccomp VBG
said say VERB 0 root VBD
the the DET 7 det DT
law law NOUN 9 nsubj NN
was be AUX 9 cop VBD
void void ADJ 5 ccomp JJ
. . PUNCT 5 punct .)",
     1,
     {{.cue = "said", .speaker = "The court 's ruling", .content = "the law was void"}}},
    {"APassiveWithItsAgentAndAnInfinitive",
     // The three suspects were reported by state media to have escaped.   (who reports is the agent)
     R"(The the DET 3 det DT
three three NUM 3 nummod CD
suspects suspect NOUN 5 nsubj:pass NNS
were be AUX 5 aux:pass VBD
reported report VERB 0 root VBN
by by ADP 8 case IN
state state NOUN 8 compound NN
media media NOUN 5 obl:agent NNS
to to PART 11 mark TO
have have AUX 11 aux VB
escaped escape VERB 5 xcomp VBN
. . PUNCT 5 punct .)",
     1,
     {{.cue = "reported", .speaker = "state media", .content = "to have escaped"}}},
    {"APassiveInfinitiveWithoutAnAgentIsNoAttribution",
     // The two men were reported to have fled.   (the annotation guidelines: who reports is not said)
     R"(The the DET 3 det DT
two two NUM 3 nummod CD
men man NOUN 5 nsubj:pass NNS
were be AUX 5 aux:pass VBD
reported report VERB 0 root VBN
to to PART 8 mark TO
have have AUX 8 aux VB
fled flee VERB 5 xcomp VBN
. . PUNCT 5 punct .)",
     0,
     {}},
    {"AThatClauseAfterAnAdverbialWithAParticiple",
     // Ruiz said in a televised address that the city would reopen.   (the clause hung on the adverbial's noun)
     R"(Ruiz Ruiz PROPN 2 nsubj NNP
said say VERB 0 root VBD
in in ADP 6 case IN
a a DET 6 det DT
televised televise VERB 6 amod VBN
address address NOUN 2 obl NN
that that SCONJ 11 mark IN
the the DET 9 det DT
city city NOUN 11 nsubj NN
would would AUX 11 aux MD
reopen reopen VERB 6 acl VB
. . PUNCT 2 punct .)",
     1,
     {{.cue = "said", .speaker = "Ruiz", .content = "the city would reopen"}}},
    {"AskedNotToBeNamedIsARequestNotAStatement",
     // Two aides, who asked not to be named, said talks had stalled.   (only "said")
     R"(Two two NUM 2 nummod CD
aides aide NOUN 12 nsubj NNS
, , PUNCT 5 punct ,
who who PRON 5 nsubj WP
asked ask VERB 2 acl:relcl VBD
not not PART 9 advmod RB
to to PART 9 mark TO
be be AUX 9 aux:pass VB
named name VERB 5 ccomp VBN
, , PUNCT 5 punct ,
said say VERB 0 root VBD
talks talk NOUN 14 nsubj NNS
had have AUX 14 aux VBD
stalled stall VERB 12 ccomp VBN
. . PUNCT 12 punct .)",
     1,
     {{.cue = "said", .speaker = "Two aides", .anonymous = true}}},
    {"AVerbOfSayingCoordinatedInsideAnotherOnesClause",
     // The union claims the port is unsafe and says workers will strike.   ("says" parsed as a conjunct of
     // "unsafe": the union says it, not the port)
     R"(The the DET 2 det DT
union union NOUN 3 nsubj NN
claims claim VERB 0 root VBZ
the the DET 5 det DT
port port NOUN 7 nsubj NN
is be AUX 7 cop VBZ
unsafe unsafe ADJ 3 ccomp JJ
and and CCONJ 9 cc CC
says say VERB 7 conj VBZ
workers worker NOUN 12 nsubj NNS
will will AUX 12 aux MD
strike strike VERB 9 ccomp VB
. . PUNCT 3 punct .)",
     2,
     {{.cue = "claims", .speaker = "The union"},
      {.cue = "says", .speaker = "The union", .content = "workers will strike"}}},
    {"ACoordinatedVerbOfSayingKeepsANamedSubjectOfTheClause",
     // The paper revealed that Lee took the blame but did not say why.   (Lee did not say, not the paper)
     R"(The the DET 2 det DT
paper paper NOUN 3 nsubj NN
revealed reveal VERB 0 root VBD
that that SCONJ 6 mark IN
Lee Lee PROPN 6 nsubj NNP
took take VERB 3 ccomp VBD
the the DET 8 det DT
blame blame NOUN 6 obj NN
but but CCONJ 12 cc CC
did do AUX 12 aux VBD
not not PART 12 advmod RB
say say VERB 6 conj VB
why why ADV 12 advmod WRB
. . PUNCT 3 punct .)",
     2,
     {{.cue = "revealed", .speaker = "The paper"}, {.cue = "not say", .speaker = "Lee", .stance = Stance::no_comment}}},
    {"DescribedWithAGerundAfterANameAndAnAside",
     // Tom Diaz, of the town council, described seeing ten bodies.   ("described" parsed as a modifier of the
     // council: the name speaks)
     R"(Tom Tom PROPN 0 root NNP
Diaz Diaz PROPN 1 flat NNP
, , PUNCT 7 punct ,
of of ADP 7 case IN
the the DET 7 det DT
town town NOUN 7 compound NN
council council NOUN 1 nmod NN
, , PUNCT 9 punct ,
described describe VERB 7 acl VBN
seeing see VERB 9 xcomp VBG
ten ten NUM 12 nummod CD
bodies body NOUN 10 obj NNS
. . PUNCT 1 punct .)",
     1,
     {{.cue = "described", .speaker = "Tom Diaz", .content = "seeing ten bodies"}}},
    {"DescribedAsIsNoStatement",
     // The minister described the attack as cowardly.
     R"(The the DET 2 det DT
minister minister NOUN 3 nsubj NN
described describe VERB 0 root VBD
the the DET 5 det DT
attack attack NOUN 3 obj NN
as as ADP 7 case IN
cowardly cowardly ADJ 3 obl JJ
. . PUNCT 3 punct .)",
     0,
     {}},
    {"APassiveGerundAfterTheVerb",
     // The agency has reported being told that ten died.   ("being told" opens with its auxiliary)
     R"(The the DET 2 det DT
agency agency NOUN 4 nsubj NN
has have AUX 4 aux VBZ
reported report VERB 0 root VBN
being be AUX 6 aux:pass VBG
told tell VERB 4 xcomp VBN
that that SCONJ 9 mark IN
ten ten NUM 9 nsubj CD
died die VERB 6 ccomp VBD
. . PUNCT 4 punct .)",
     1,
     {{.cue = "reported", .speaker = "The agency", .content = "being told that ten died"}}},
    {"ASentenceInitialNameTaggedAsAnAdverb",
     // Ruiz went on to say that the vote was stolen.   ("Ruiz" tagged as an adverb)
     R"(Ruiz ruiz ADV 2 advmod RB
went go VERB 0 root VBD
on on ADV 2 advmod RB
to to PART 5 mark TO
say say VERB 2 advcl VB
that that SCONJ 10 mark IN
the the DET 8 det DT
vote vote NOUN 10 nsubj:pass NN
was be AUX 10 aux:pass VBD
stolen steal VERB 5 ccomp VBN
. . PUNCT 2 punct .)",
     1,
     {{.cue = "say", .speaker = "Ruiz", .content = "the vote was stolen"}}},
    {"ASentenceInitialAdverbIsNoSpeaker",
     // Later went on to say that the vote was stolen.   (an adverb that opens sentences: no speaker)
     R"(Later later ADV 2 advmod RB
went go VERB 0 root VBD
on on ADV 2 advmod RB
to to PART 5 mark TO
say say VERB 2 advcl VB
that that SCONJ 10 mark IN
the the DET 8 det DT
vote vote NOUN 10 nsubj:pass NN
was be AUX 10 aux:pass VBD
stolen steal VERB 5 ccomp VBN
. . PUNCT 2 punct .)",
     1,
     {{.cue = "say", .speaker = "-"}}},
    {"AQuoteThenANameWithItsAgeAndTheCue",
     // "The vote was stolen," Ruiz, 54, told reporters.   (the cue parsed as a parataxis of the name)
     R"(" " PUNCT 5 punct ``
The the DET 3 det DT
vote vote NOUN 5 nsubj:pass NN
was be AUX 5 aux:pass VBD
stolen steal VERB 0 root VBN
, , PUNCT 5 punct ,
" " PUNCT 8 punct ''
Ruiz Ruiz PROPN 5 parataxis NNP
, , PUNCT 10 punct ,
54 54 NUM 8 appos CD
, , PUNCT 12 punct ,
told tell VERB 8 parataxis VBD
reporters reporter NOUN 12 iobj NNS
. . PUNCT 8 punct .)",
     1,
     {{.cue = "told", .speaker = "Ruiz", .content = "The vote was stolen"}}},
    {"ClauseBeforeWithTheAddresseeAfterTheCue",
     // The vote was stolen, Ruiz's lawyer told reporters.
     R"(The the DET 2 det DT
vote vote NOUN 4 nsubj:pass NN
was be AUX 4 aux:pass VBD
stolen steal VERB 0 root VBN
, , PUNCT 4 punct ,
Ruiz Ruiz PROPN 8 nmod:poss NNP
's 's PART 6 case POS
lawyer lawyer NOUN 9 nsubj NN
told tell VERB 4 advcl:relcl VBD
reporters reporter NOUN 9 iobj NNS
. . PUNCT 4 punct .)",
     1,
     {{.cue = "told", .speaker = "Ruiz 's lawyer", .content = "The vote was stolen"}}},
    {"ClauseBeforeWithALongAdverbialAfterTheCue",
     // The vote was stolen, Ruiz claimed in an interview with the BBC on Monday.
     R"(The the DET 2 det DT
vote vote NOUN 4 nsubj:pass NN
was be AUX 4 aux:pass VBD
stolen steal VERB 7 advcl VBN
, , PUNCT 4 punct ,
Ruiz Ruiz PROPN 7 nsubj NNP
claimed claim VERB 0 root VBD
in in ADP 10 case IN
an a DET 10 det DT
interview interview NOUN 7 obl NN
with with ADP 13 case IN
the the DET 13 det DT
BBC BBC PROPN 10 nmod NNP
on on ADP 15 case IN
Monday Monday PROPN 7 obl NNP
. . PUNCT 7 punct .)",
     1,
     {{.cue = "claimed", .speaker = "Ruiz", .content = "The vote was stolen"}}},
    {"DescribedAsWithAQuoteIsNoStatement",
     // He described the plan as "a disaster for farmers."   (a characterization, even with a quote)
     R"(He he PRON 2 nsubj PRP
described describe VERB 0 root VBD
the the DET 4 det DT
plan plan NOUN 2 obj NN
as as ADP 8 case IN
" " PUNCT 8 punct ``
a a DET 8 det DT
disaster disaster NOUN 2 obl NN
for for ADP 10 case IN
farmers farmer NOUN 8 nmod NNS
. . PUNCT 2 punct .
" " PUNCT 2 punct '')",
     0,
     {}},
    {"ADateOpeningTheSentenceParsedIntoTheSpeaker",
     // On Friday witnesses reported the river rose to 40.   (the speaker parsed as the head of "On Friday ...")
     R"(On on ADP 3 case IN
Friday Friday PROPN 3 compound NNP
witnesses witness NOUN 4 obl NNS
reported report VERB 0 root VBD
the the DET 6 det DT
river river NOUN 7 nsubj NN
rose rise VERB 4 ccomp VBD
to to ADP 9 case IN
40 40 NUM 7 obl CD
. . PUNCT 4 punct .)",
     1,
     {{.cue = "reported", .speaker = "witnesses", .content = "the river rose to 40", .anonymous = true}}},
    {"AParticipleBetweenANumberAndANounIsNoCue",
     // The league listed on Monday, 14 confirmed transfers on the website.   ("confirmed" parsed as a verb with
     // the number as its subject)
     R"(The the DET 2 det DT
league league NOUN 3 nsubj NN
listed list VERB 0 root VBD
on on ADP 5 case IN
Monday Monday PROPN 3 obl NNP
, , PUNCT 8 punct ,
14 14 NUM 8 nsubj CD
confirmed confirm VERB 3 parataxis VBD
transfers transfer NOUN 8 obj NNS
on on ADP 12 case IN
the the DET 12 det DT
website website NOUN 9 nmod NN
. . PUNCT 3 punct .)",
     0,
     {}},
    {"AClauseCoordinatedWithTheCueIsNotItsContent",
     // The club confirmed its first signing and the rival had its first loss.
     R"(The the DET 2 det DT
club club NOUN 3 nsubj NN
confirmed confirm VERB 0 root VBD
its its PRON 6 nmod:poss PRP$
first first ADJ 6 amod JJ
signing signing NOUN 3 obj NN
and and CCONJ 10 cc CC
the the DET 9 det DT
rival rival NOUN 10 nsubj NN
had have VERB 3 conj VBD
its its PRON 13 nmod:poss PRP$
first first ADJ 13 amod JJ
loss loss NOUN 10 obj NN
. . PUNCT 3 punct .)",
     0,
     {}},
    {"ReportsInThePluralWithNoIssuerAreAnonymous",
     // Reports said the bridge was closed.
     R"(Reports report NOUN 2 nsubj NNS
said say VERB 0 root VBD
the the DET 4 det DT
bridge bridge NOUN 6 nsubj NN
was be AUX 6 cop VBD
closed closed ADJ 2 ccomp JJ
. . PUNCT 2 punct .)",
     1,
     {{.cue = "said", .speaker = "Reports", .anonymous = true}}},
    {"ReportsNamingTheirIssuerAreNotAnonymous",
     // Government reports said the bridge was closed.
     R"(Government government NOUN 2 compound NN
reports report NOUN 3 nsubj NNS
said say VERB 0 root VBD
the the DET 5 det DT
bridge bridge NOUN 7 nsubj NN
was be AUX 7 cop VBD
closed closed ADJ 3 ccomp JJ
. . PUNCT 3 punct .)",
     1,
     {{.cue = "said", .speaker = "Government reports", .anonymous = false}}},
    {"TrailingCueParsedAsAConjunctWithNoAnd",
     // The total passed a million, the ministry said.   ("said" parsed as a conjunct of "passed")
     R"(The the DET 2 det DT
total total NOUN 3 nsubj NN
passed pass VERB 0 root VBD
a a DET 5 det DT
million million NUM 3 obj CD
, , PUNCT 8 punct ,
the the DET 8 det DT
ministry ministry NOUN 9 nsubj NN
said say VERB 3 conj VBD
. . PUNCT 3 punct .)",
     1,
     {{.cue = "said", .speaker = "the ministry", .content = "The total passed a million"}}},
    {"AParticipleAfterAQuoteAnotherVerbIntroducedAddsNoStatement",
     // Lee wrote of the town, "It was a hard year", recalling the flood.
     R"(Lee Lee PROPN 2 nsubj NNP
wrote write VERB 0 root VBD
of of ADP 5 case IN
the the DET 5 det DT
town town NOUN 2 obl NN
, , PUNCT 5 punct ,
" " PUNCT 12 punct ''
It it PRON 12 nsubj PRP
was be AUX 12 cop VBD
a a DET 12 det DT
hard hard ADJ 12 amod JJ
year year NOUN 2 obl:unmarked NN
" " PUNCT 12 punct ''
, , PUNCT 15 punct ,
recalling recall VERB 12 advcl VBG
the the DET 17 det DT
flood flood NOUN 15 obj NN
. . PUNCT 2 punct .)",
     1,
     {{.cue = "wrote", .speaker = "Lee", .content = "It was a hard year"}}},
    {"ASubjectInsideARelativeClauseBeforeTheCueIsNotTheSpeaker",
     // Chef Ann Lee, who paid for Kim to cook in Paris, stated "He was calm and patient."   (the cue hung on the
     // relative clause's verb, whose subject is Kim)
     R"(Chef Chef PROPN 0 root NNP
Ann Ann PROPN 1 flat NNP
Lee Lee PROPN 1 flat NNP
, , PUNCT 6 punct ,
who who PRON 6 nsubj WP
paid pay VERB 1 parataxis VBD
for for ADP 10 mark IN
Kim Kim PROPN 10 nsubj NNP
to to PART 10 mark TO
cook cook VERB 6 ccomp VB
in in ADP 12 case IN
Paris Paris PROPN 10 obl NNP
, , PUNCT 14 punct ,
stated state VERB 10 advcl VBN
" " PUNCT 18 punct ``
He he PRON 18 nsubj PRP
was be AUX 18 cop VBD
calm calm ADJ 14 ccomp JJ
and and CCONJ 20 cc CC
patient patient ADJ 18 conj JJ
. . PUNCT 18 punct .
" " PUNCT 18 punct '')",
     1,
     {{.cue = "stated", .speaker = "Chef Ann Lee"}}},
    {"APassiveDenialWithItsAgentAfterAByTakenForAnAdverb",
     // The claim was denied by Ana Ruiz, the lawyer of the singer.
     R"(The the DET 2 det DT
claim claim NOUN 4 nsubj:pass NN
was be AUX 4 aux:pass VBD
denied deny VERB 0 root VBN
by by ADP 4 advmod IN
Ana Ana PROPN 5 obj NNP
Ruiz Ruiz PROPN 6 flat NNP
, , PUNCT 10 punct ,
the the DET 10 det DT
lawyer lawyer NOUN 6 appos NN
of of ADP 13 case IN
the the DET 13 det DT
singer singer NOUN 10 nmod NN
. . PUNCT 4 punct .)",
     1,
     {{.cue = "denied", .content = "The claim", .stance = Stance::deny}}},
    {"APassiveActWithItsAgentIsNoStatement",
     // The bill was dismissed by the senate.
     R"(The the DET 2 det DT
bill bill NOUN 4 nsubj:pass NN
was be AUX 4 aux:pass VBD
dismissed dismiss VERB 0 root VBN
by by ADP 6 case IN
the the DET 6 det DT
senate senate NOUN 4 obl:agent NN
. . PUNCT 4 punct .)",
     0,
     {}},
    {"WentOnToSayWithTheParticleTakenForAnAdverb",
     // Lee went on to say, "The town will recover."
     R"(Lee Lee PROPN 2 nsubj NNP
went go VERB 0 root VBD
on on ADV 2 advmod RB
to to PART 5 mark TO
say say VERB 2 xcomp VB
, , PUNCT 11 punct ,
" " PUNCT 11 punct ``
The the DET 9 det DT
town town NOUN 11 nsubj NN
will will AUX 11 aux MD
recover recover VERB 5 ccomp VB
. . PUNCT 11 punct .
" " PUNCT 11 punct '')",
     1,
     {{.cue = "say", .speaker = "Lee", .content = "The town will recover"}}},
    {"AGerundPhraseAsTheSubjectOfWhatIsSaid",
     // Ruiz said closing the port after the storm would hurt every family in the valley.   (the gerund parsed as
     // a complement of "said", the clause's verb as a second one)
     R"(Ruiz Ruiz PROPN 2 nsubj NNP
said say VERB 0 root VBD
closing close VERB 2 xcomp VBG
the the DET 5 det DT
port port NOUN 3 obj NN
after after ADP 8 case IN
the the DET 8 det DT
storm storm NOUN 5 nmod NN
would would AUX 10 aux MD
hurt hurt VERB 3 advcl VB
every every DET 12 det DT
family family NOUN 10 obj NN
in in ADP 15 case IN
the the DET 15 det DT
valley valley NOUN 12 nmod NN
. . PUNCT 2 punct .)",
     1,
     {{.cue = "said",
       .speaker = "Ruiz",
       .content = "closing the port after the storm would hurt every family in the valley"}}},
    {"ANameBeforeOfParsedAsAClauseMarker",
     // Mayor Ana Ruiz of the Green Party sent a letter on Monday stating she had resigned.   ("of" parsed
     // as a marker, the party as the subject of "sent")
     R"(Mayor Mayor PROPN 0 root NNP
Ana Ana PROPN 1 flat NNP
Ruiz Ruiz PROPN 1 flat NNP
of of ADP 8 mark IN
the the DET 8 det DT
Green Green PROPN 7 compound NNP
Party Party PROPN 8 nsubj NNP
sent send VERB 1 acl VBD
a a DET 10 det DT
letter letter NOUN 8 obj NN
on on ADP 12 case IN
Monday Monday PROPN 8 obl NNP
stating state VERB 8 advcl VBG
she she PRON 16 nsubj PRP
had have AUX 16 aux VBD
resigned resign VERB 13 ccomp VBN
. . PUNCT 1 punct .)",
     1,
     {{.cue = "stating", .speaker = "Mayor Ana Ruiz", .content = "she had resigned"}}},
    {"AReducedRelativeParsedAsTheMainVerb",
     // Doctors treating victims in the capital reported that the toxin was unusual.   ("treating" parsed as the
     // main verb, the cue hung on it)
     R"(Doctors doctor NOUN 2 nsubj NNS
treating treat VERB 0 root VBG
victims victim NOUN 2 obj NNS
in in ADP 6 case IN
the the DET 6 det DT
capital capital NOUN 3 nmod NN
reported report VERB 2 parataxis VBD
that that SCONJ 12 mark IN
the the DET 10 det DT
toxin toxin NOUN 12 nsubj NN
was be AUX 12 cop VBD
unusual unusual ADJ 7 ccomp JJ
. . PUNCT 2 punct .)",
     1,
     {{.cue = "reported", .speaker = "Doctors", .content = "the toxin was unusual"}}},
    {"ContinuingBeforeANounIsNoCue",
     // In the week, continuing strikes delayed the deliveries.   ("continue" reports only a quote)
     R"(In in ADP 3 case IN
the the DET 3 det DT
week week NOUN 0 root NN
, , PUNCT 3 punct ,
continuing continue VERB 4 advcl VBG
strikes strike NOUN 5 obj NNS
delayed delay VERB 9 amod VBN
the the DET 9 det DT
deliveries delivery NOUN 6 conj NNS
. . PUNCT 3 punct .)",
     0,
     {}},
    {"ALongAdverbialAsideBeforeTheCue",
     // The spokesman Tom Diaz, when asked whether the audit had shown who else in the office might have seen
     // files, told the paper the rules had been kept.   (the cue hung inside the aside)
     R"(The the DET 2 det DT
spokesman spokesman NOUN 0 root NN
Tom Tom PROPN 2 appos NNP
Diaz Diaz PROPN 3 flat NNP
, , PUNCT 7 punct ,
when when ADV 7 advmod WRB
asked ask VERB 2 parataxis VBD
whether whether SCONJ 12 mark IN
the the DET 10 det DT
audit audit NOUN 12 nsubj NN
had have AUX 12 aux VBD
shown show VERB 7 ccomp VBN
who who PRON 20 nsubj WP
else else ADV 13 advmod RB
in in ADP 17 case IN
the the DET 17 det DT
office office NOUN 13 nmod NN
might might AUX 20 aux MD
have have AUX 20 aux VB
seen see VERB 12 ccomp VBN
files file NOUN 20 obj NNS
, , PUNCT 23 punct ,
told tell VERB 20 advcl VBD
the the DET 25 det DT
paper paper NOUN 23 obj NN
the the DET 27 det DT
rules rule NOUN 30 nsubj:pass NNS
had have AUX 30 aux VBD
been be AUX 30 aux:pass VBN
kept keep VERB 23 ccomp VBN
. . PUNCT 2 punct .)",
     1,
     {{.cue = "told", .speaker = "Diaz", .content = "the rules had been kept", .outlet = "the paper"}}},
    {"APastStateSaidNotToHoldIsADenial",
     // Officials said he was not present at the hearing.
     R"(Officials official NOUN 2 nsubj NNS
said say VERB 0 root VBD
he he PRON 6 nsubj PRP
was be AUX 6 cop VBD
not not PART 6 advmod RB
present present ADJ 2 ccomp JJ
at at ADP 9 case IN
the the DET 9 det DT
hearing hearing NOUN 6 obl NN
. . PUNCT 2 punct .)",
     1,
     {{.cue = "said", .speaker = "Officials", .stance = Stance::deny}}},
    {"APastStateOfMindSaidNotToHoldIsNoDenial",
     // Officials said he was not aware of the plan.
     R"(Officials official NOUN 2 nsubj NNS
said say VERB 0 root VBD
he he PRON 6 nsubj PRP
was be AUX 6 cop VBD
not not PART 6 advmod RB
aware aware ADJ 2 ccomp JJ
of of ADP 9 case IN
the the DET 9 det DT
plan plan NOUN 6 obl NN
. . PUNCT 2 punct .)",
     1,
     {{.cue = "said", .speaker = "Officials", .stance = Stance::assert}}},
    {"AnAsideThatIsTheNameSpeaks",
     // One of the survey's authors, the economist Ann Lee, told the paper the figures were rough.   (the name parsed
     // into the aside with no link to the cue)
     R"(One one NUM 0 root CD
of of ADP 6 case IN
the the DET 4 det DT
survey survey NOUN 6 nmod:poss NN
's 's PART 4 case POS
authors author NOUN 1 nmod NNS
, , PUNCT 11 punct ,
the the DET 11 det DT
economist economist NOUN 11 compound NN
Ann Ann PROPN 11 compound NNP
Lee Lee PROPN 1 appos NNP
, , PUNCT 13 punct ,
told tell VERB 1 parataxis VBD
the the DET 15 det DT
paper paper NOUN 13 iobj NN
the the DET 17 det DT
figures figure NOUN 19 nsubj NNS
were be AUX 19 cop VBD
rough rough ADJ 13 ccomp JJ
. . PUNCT 1 punct .)",
     1,
     {{.cue = "told", .speaker = "the economist Ann Lee", .content = "the figures were rough"}}},
    {"AnAppositionWithPrepositionalPhrasesAfterTheName",
     // Lead author Tom Diaz, a doctoral student at the University of Leeds, said, "The sample is small."   ("Lead"
     // read as a verb, the name as its object)
     R"(Lead lead VERB 15 ccomp VB
author author NOUN 3 nmod:desc NN
Tom Tom PROPN 1 obj NNP
Diaz Diaz PROPN 3 flat NNP
, , PUNCT 8 punct ,
a a DET 8 det DT
doctoral doctoral ADJ 8 amod JJ
student student NOUN 3 appos NN
at at ADP 11 case IN
the the DET 11 det DT
University University PROPN 8 nmod NNP
of of ADP 13 case IN
Leeds Leeds PROPN 11 nmod NNP
, , PUNCT 1 punct ,
said say VERB 0 root VBD
, , PUNCT 21 punct ,
" " PUNCT 21 punct ``
The the DET 19 det DT
sample sample NOUN 21 nsubj NN
is be AUX 21 cop VBZ
small small ADJ 15 ccomp JJ
. . PUNCT 21 punct .
" " PUNCT 21 punct '')",
     1,
     {{.cue = "said", .speaker = "Lead author Tom Diaz", .content = "The sample is small"}}},
    {"AClauseAfterTheVerbWithAnIntransitiveParticiple",
     // Biologists reported horned beaks evolved at least 9 times in finches.   ("evolved" cannot be a passive
     // participle: a past tense)
     R"(Biologists biologist NOUN 2 nsubj NNS
reported report VERB 0 root VBD
horned horned ADJ 4 amod JJ
beaks beak NOUN 2 obj NNS
evolved evolve VERB 4 acl VBN
at at ADP 7 case IN
least least ADJ 8 nmod JJS
9 9 NUM 9 nummod CD
times time NOUN 5 obl:unmarked NNS
in in ADP 11 case IN
finches finch NOUN 5 obl NNS
. . PUNCT 2 punct .)",
     1,
     {{.cue = "reported", .speaker = "Biologists", .content = "horned beaks evolved at least 9 times in finches"}}},
    {"AClauseAfterTheVerbWithParticiplesModifyingItsSubject",
     // The clinic reported the count of recorded injured patients included 12 children.
     R"(The the DET 2 det DT
clinic clinic NOUN 3 nsubj NN
reported report VERB 0 root VBD
the the DET 5 det DT
count count NOUN 3 obj NN
of of ADP 9 case IN
recorded record VERB 9 amod VBN
injured injure VERB 9 amod VBN
patients patient NOUN 5 nmod NNS
included include VERB 9 acl VBN
12 12 NUM 12 nummod CD
children child NOUN 10 obj NNS
. . PUNCT 3 punct .)",
     1,
     {{.cue = "reported",
       .speaker = "The clinic",
       .content = "the count of recorded injured patients included 12 children"}}},
    {"AnOrganisationsDataSpeakForIt",
     // The count passed two million, Leeds University (LU) data indicated.
     R"(The the DET 2 det DT
count count NOUN 3 nsubj NN
passed pass VERB 0 root VBD
two two NUM 5 compound CD
million million NUM 3 obj CD
, , PUNCT 13 punct ,
Leeds Leeds PROPN 8 compound NNP
University University PROPN 12 compound NNP
( ( PUNCT 10 punct -LRB-
LU LU PROPN 8 appos NNP
) ) PUNCT 10 punct -RRB-
data data NOUN 13 nsubj NN
indicated indicate VERB 3 parataxis VBD
. . PUNCT 3 punct .)",
     1,
     {{.cue = "indicated", .content = "The count passed two million"}}},
    {"DataWithNoIssuerDoNotSpeak",
     // The count passed two million, the data indicated.
     R"(The the DET 2 det DT
count count NOUN 3 nsubj NN
passed pass VERB 0 root VBD
two two NUM 5 compound CD
million million NUM 3 obj CD
, , PUNCT 9 punct ,
the the DET 8 det DT
data data NOUN 9 nsubj NN
indicated indicate VERB 3 parataxis VBD
. . PUNCT 3 punct .)",
     0,
     {}},
    {"AnAcronymInBracketsAfterATrailingSpeaker",
     // The match has ended, the World Chess League (WCL) announced yesterday.
     R"(The the DET 2 det DT
match match NOUN 4 nsubj NN
has have AUX 4 aux VBZ
ended end VERB 0 root VBN
, , PUNCT 13 punct ,
the the DET 9 det DT
World World PROPN 9 compound NNP
Chess Chess PROPN 9 compound NNP
League League PROPN 13 nsubj NNP
( ( PUNCT 11 punct -LRB-
WCL WCL PROPN 9 appos NNP
) ) PUNCT 11 punct -RRB-
announced announce VERB 4 parataxis VBD
yesterday yesterday NOUN 13 obl:tmod NN
. . PUNCT 4 punct .)",
     1,
     {{.cue = "announced", .speaker = "the World Chess League ( WCL )", .content = "The match has ended"}}},
    {"AClauseAfterTheVerbWhosePastTenseIsFollowedBySubordinateClause",
     // The park service said several huts burned before the crews were sent in.   ("burned" read as a
     // participle modifying "acres")
     R"(The the DET 3 det DT
park park NOUN 3 compound NN
service service NOUN 4 nsubj NN
said say VERB 0 root VBD
several several ADJ 6 amod JJ
huts hut NOUN 4 obj NNS
burned burn VERB 6 acl VBN
before before ADP 12 mark IN
the the DET 10 det DT
crews crew NOUN 12 nsubj:pass NNS
were be AUX 12 aux:pass VBD
sent send VERB 7 advcl VBN
in in ADP 12 compound:prt RP
. . PUNCT 4 punct .)",
     1,
     {{.cue = "said", .speaker = "The park service", .content = "several huts burned before the crews were sent in"}}},
    {"ASpokespersonForACompanyParsedWithTheCompanyAsTheSubject",
     // A spokesperson for Acme Buses said the driver was not hurt.
     R"(A a DET 2 det DT
spokesperson spokesperson NOUN 6 nsubj NN
for for ADP 6 mark IN
Acme Acme PROPN 6 nsubj NNP
Buses Buses PROPN 4 flat NNP
said say VERB 0 root VBD
the the DET 8 det DT
driver driver NOUN 11 nsubj:pass NN
was be AUX 11 aux:pass VBD
not not PART 11 advmod RB
hurt hurt VERB 6 ccomp VBN
. . PUNCT 6 punct .)",
     1,
     {{.cue = "said", .anonymous = true}}},
    {"ASentenceInitialAdjectiveReadAsAVerbBeforeTheSpeaker",
     // Initial accounts stated the parcel held a clock.
     R"(Initial initial VERB 0 root VB
accounts account NOUN 1 obj NNS
stated state VERB 1 xcomp VBD
the the DET 5 det DT
parcel parcel NOUN 6 nsubj NN
held hold VERB 3 ccomp VBD
a a DET 8 det DT
clock clock NOUN 6 obj NN
. . PUNCT 1 punct .)",
     1,
     {{.cue = "stated", .speaker = "Initial accounts", .content = "the parcel held a clock", .anonymous = true}}},
    {"APrepositionalAsideBetweenTheSpeakerAndTheCue",
     // Engineers, following a review, stated it was a fault.   (the cue parsed with no subject)
     R"(Engineers engineer NOUN 0 root NNS
, , PUNCT 3 punct ,
following follow VERB 5 case VBG
a a DET 5 det DT
review review NOUN 1 nmod NN
, , PUNCT 7 punct ,
stated state VERB 1 parataxis VBD
it it PRON 11 nsubj PRP
was be AUX 11 cop VBD
a a DET 11 det DT
fault fault NOUN 7 ccomp NN
. . PUNCT 1 punct .)",
     1,
     {{.cue = "stated", .speaker = "Engineers", .content = "it was a fault"}}},
    {"AClauseAfterTheVerbsAdverbialAndAComma",
     // The broadcaster reported in mid-2018, 40 branches had shut over the winter.
     R"(The the DET 2 det DT
broadcaster broadcaster NOUN 3 nsubj NN
reported report VERB 0 root VBD
in in ADP 5 case IN
mid-2018 mid-2018 PROPN 3 obl NNP
, , PUNCT 10 punct ,
40 40 NUM 8 nummod CD
branches branch NOUN 10 nsubj NNS
had have AUX 10 aux VBD
shut shut VERB 3 parataxis VBN
over over ADP 13 case IN
the the DET 13 det DT
winter winter NOUN 10 obl NN
. . PUNCT 3 punct .)",
     1,
     {{.cue = "reported", .speaker = "The broadcaster", .content = "40 branches had shut over the winter"}}},
    {"AConjunctCueWithItsSubjectLostSpeaksForTheCueBeforeIt",
     // Ann Lee explained that the firm held a small share, and stated they want to stay.   ("stated" parsed as a
     // conjunct of the noun "share")
     R"(Ann Ann PROPN 3 nsubj NNP
Lee Lee PROPN 1 flat NNP
explained explain VERB 0 root VBD
that that SCONJ 7 mark IN
the the DET 6 det DT
firm firm NOUN 7 nsubj NN
held hold VERB 3 ccomp VBD
a a DET 10 det DT
small small ADJ 10 amod JJ
share share NOUN 7 obj NN
, , PUNCT 13 punct ,
and and CCONJ 13 cc CC
stated state VERB 10 conj VBD
they they PRON 15 nsubj PRP
want want VERB 13 ccomp VBP
to to PART 17 mark TO
stay stay VERB 15 xcomp VB
. . PUNCT 3 punct .)",
     2,
     {{.cue = "explained", .speaker = "Ann Lee"},
      {.cue = "stated", .speaker = "Ann Lee", .content = "they want to stay"}}},
    {"ASemicolonEndsTheClauseAfterTheVerb",
     // The bank announced closing the branch in May; and in 2015 sold its offices.   (an act announced: no
     // statement)
     R"(The the DET 2 det DT
bank bank NOUN 3 nsubj NN
announced announce VERB 0 root VBD
closing close VERB 3 xcomp VBG
the the DET 6 det DT
branch branch NOUN 4 obj NN
in in ADP 8 case IN
May May PROPN 4 obl NNP
; ; PUNCT 13 punct ,
and and CCONJ 13 cc CC
in in ADP 12 case IN
2015 2015 NUM 13 obl CD
sold sell VERB 3 conj VBD
its its PRON 15 nmod:poss PRP$
offices office NOUN 13 obj NNS
. . PUNCT 3 punct .)",
     0,
     {}},
    {"AVerbOfSayingTaggedAsANounAfterAPossessive",
     // Its handbook notes that the office is shut.
     R"(Its its PRON 3 nmod:poss PRP$
handbook handbook NOUN 3 compound NN
notes note NOUN 8 nsubj NNS
that that SCONJ 8 mark IN
the the DET 6 det DT
office office NOUN 8 nsubj NN
is be AUX 8 cop VBZ
shut shut ADJ 0 root JJ
. . PUNCT 8 punct .)",
     1,
     {{.cue = "notes", .speaker = "Its handbook", .content = "the office is shut"}}},
    {"WithoutSpecifyingSaysNothing",
     // The council said the pool was open, without specifying whether lifeguards were there.
     R"(The the DET 2 det DT
council council NOUN 3 nsubj NN
said say VERB 0 root VBD
the the DET 5 det DT
pool pool NOUN 7 nsubj NN
was be AUX 7 cop VBD
open open ADJ 3 ccomp JJ
, , PUNCT 10 punct ,
without without SCONJ 10 mark IN
specifying specify VERB 7 advcl VBG
whether whether SCONJ 14 mark IN
lifeguards lifeguard NOUN 14 nsubj NNS
were be AUX 14 cop VBD
there there ADV 10 advmod RB
. . PUNCT 3 punct .)",
     1,
     {{.cue = "said", .speaker = "The council"}}},
    {"APluralNounAfterANumberTaggedAsAVerbIsNoCue",
     // Guns were sold in ten states that allow it.   ("states" tagged as a verb with the number as its subject)
     R"(Guns gun NOUN 3 nsubj:pass NNS
were be AUX 3 aux:pass VBD
sold sell VERB 0 root VBN
in in ADP 6 case IN
ten ten NUM 6 nsubj CD
states state VERB 3 advcl VBZ
that that SCONJ 8 mark IN
allow allow VERB 6 ccomp VBP
it it PRON 8 obj PRP
. . PUNCT 3 punct .)",
     0,
     {}},
    {"AnInvertedSpeakerWithTheNameInApposition",
     // "This wait is long," said his sister, Mira Haddad, after the hearing.   (the speaker parsed as the clause's
     // object)
     R"(" " PUNCT 5 punct ``
This this DET 3 det DT
wait wait NOUN 5 nsubj NN
is be AUX 5 cop VBZ
long long ADJ 8 ccomp JJ
, , PUNCT 5 punct ,
" " PUNCT 5 punct ''
said say VERB 0 root VBD
his his PRON 10 nmod:poss PRP$
sister sister NOUN 8 obj NN
, , PUNCT 12 punct ,
Mira Mira PROPN 10 appos NNP
Haddad Haddad PROPN 12 flat NNP
, , PUNCT 17 punct ,
after after ADP 17 case IN
the the DET 17 det DT
hearing hearing NOUN 8 obl NN
. . PUNCT 8 punct .)",
     1,
     {{.cue = "said", .speaker = "his sister , Mira Haddad"}}},
    {"DisagreeingWithAQuoteIsADenial",
     // Ann Lee of Leeds University disagreed with the study: "The samples are small."
     R"(Ann Ann PROPN 6 nsubj NNP
Lee Lee PROPN 1 flat NNP
of of ADP 5 case IN
Leeds Leeds PROPN 5 compound NNP
University University PROPN 1 nmod NNP
disagreed disagree VERB 0 root VBD
with with ADP 9 case IN
the the DET 9 det DT
study study NOUN 6 obl NN
: : PUNCT 15 punct :
" " PUNCT 15 punct ``
The the DET 13 det DT
samples sample NOUN 15 nsubj NNS
are be AUX 15 cop VBP
small small ADJ 6 parataxis JJ
. . PUNCT 15 punct .
" " PUNCT 15 punct '')",
     1,
     {{.cue = "disagreed", .speaker = "Ann Lee of Leeds University", .stance = Stance::deny}}},
    {"ReportsDatedButWithNoIssuerAreAnonymous",
     // Reports as of Monday said the road was shut.
     R"(Reports report NOUN 5 nsubj NNS
as as ADP 4 case IN
of of ADP 2 fixed IN
Monday Monday PROPN 1 nmod NNP
said say VERB 0 root VBD
the the DET 7 det DT
road road NOUN 9 nsubj NN
was be AUX 9 cop VBD
shut shut ADJ 5 ccomp JJ
. . PUNCT 5 punct .)",
     1,
     {{.cue = "said", .speaker = "Reports as of Monday", .anonymous = true}}},
    // --- Session 9: sentence-final reporting clauses and speakers with hyphenated or prepositional modifiers.
    {"HyphenatedModifierInTheSpeakerAfterTheClause",
     // Two men were taken from the village, the Britain-based monitoring group said on Friday.   ("said" parsed as a
     // participle on "group"; the hyphenated word is one word of the speaker's phrase)
     R"(Two two NUM 2 nummod CD
men man NOUN 4 nsubj:pass NNS
were be AUX 4 aux:pass VBD
taken take VERB 0 root VBN
from from ADP 7 case IN
the the DET 7 det DT
village village NOUN 4 obl NN SpaceAfter=No
, , PUNCT 14 punct ,
the the DET 14 det DT
Britain Britain PROPN 12 obl:unmarked NNP SpaceAfter=No
- - PUNCT 10 punct HYPH SpaceAfter=No
based base VERB 14 amod VBN
monitoring monitoring NOUN 14 compound NN
group group NOUN 7 appos NN
said say VERB 14 acl VBN
on on ADP 17 case IN
Friday Friday PROPN 15 obl NNP SpaceAfter=No
. . PUNCT 4 punct .)",
     1,
     {{.cue = "said",
       .speaker = "the Britain-based monitoring group",
       .content = "Two men were taken from the village"}}},
    {"ReportingClauseOnTheLastOfTwoJoinedClauses",
     // Rebels control most of the province and the army has lost three towns in a week, activists say.   (the cue
     // a conjunct of the second clause: both clauses are what is said)
     R"(Rebels rebel NOUN 2 nsubj NNS
control control VERB 0 root VB
most most ADJ 2 obj JJS
of of ADP 6 case IN
the the DET 6 det DT
province province NOUN 3 nmod NN
and and CCONJ 11 cc CC
the the DET 9 det DT
army army NOUN 11 nsubj NN
has have AUX 11 aux VBZ
lost lose VERB 2 conj VBN
three three NUM 13 nummod CD
towns town NOUN 11 obj NNS
in in ADP 16 case IN
a a DET 16 det DT
week week NOUN 11 obl NN SpaceAfter=No
, , PUNCT 19 punct ,
activists activist NOUN 19 nsubj NNS
say say VERB 11 conj VBP SpaceAfter=No
. . PUNCT 19 punct .)",
     1,
     {{.cue = "say",
       .speaker = "activists",
       .content = "Rebels control most of the province and the army has lost three towns in a week",
       .anonymous = true}}},
    {"FirstConjunctOfTheContentsSubjectParsedAsObject",
     // The opposition says Moscow and its allies want to win the war by emptying the towns.
     R"(The the DET 2 det DT
opposition opposition NOUN 3 nsubj NN
says say VERB 0 root VBZ
Moscow moscow NOUN 3 obj NN
and and CCONJ 7 cc CC
its its PRON 7 nmod:poss PRP$
allies ally NOUN 8 nsubj NNS
want want VERB 3 ccomp VBP
to to PART 10 mark TO
win win VERB 8 xcomp VB
the the DET 12 det DT
war war NOUN 10 obj NN
by by SCONJ 14 mark IN
emptying empty VERB 10 advcl VBG
the the DET 16 det DT
towns town NOUN 14 obj NNS SpaceAfter=No
. . PUNCT 3 punct .)",
     1,
     {{.cue = "says",
       .speaker = "The opposition",
       .content = "Moscow and its allies want to win the war by emptying the towns"}}},
    {"AdverbAndDateBeforeAHyphenatedName",
     // Also on Monday Liwa al-Fajr said it had downed a drone near the town.   (the day parsed as the subject)
     R"(Also also ADV 8 advmod RB
on on ADP 8 mark IN
Monday Monday PROPN 8 nsubj NNP
Liwa Liwa PROPN 3 flat NNP
al al PROPN 3 flat NNP SpaceAfter=No
- - PUNCT 7 punct HYPH SpaceAfter=No
Fajr Fajr PROPN 3 flat NNP
said say VERB 0 root VBD
it it PRON 11 nsubj PRP
had have AUX 11 aux VBD
downed down VERB 8 ccomp VBN
a a DET 13 det DT
drone drone NOUN 11 obj NN
near near ADP 16 case IN
the the DET 16 det DT
town town NOUN 13 nmod NN SpaceAfter=No
. . PUNCT 8 punct .)",
     1,
     {{.cue = "said", .speaker = "Liwa al-Fajr", .content = "it had downed a drone near the town"}}},
    {"SourceInAGroupAfterTheClause",
     // A fighter was killed near the camp, a source in Liwa al-Fajr told the paper.
     R"(A a DET 2 det DT
fighter fighter NOUN 4 nsubj:pass NN
was be AUX 4 aux:pass VBD
killed kill VERB 0 root VBN
near near ADP 7 case IN
the the DET 7 det DT
camp camp NOUN 4 obl NN SpaceAfter=No
, , PUNCT 10 punct ,
a a DET 10 det DT
source source NOUN 16 nsubj NN
in in ADP 12 case IN
Liwa Liwa PROPN 10 nmod NNP
al al PROPN 12 flat NNP SpaceAfter=No
- - PUNCT 13 punct HYPH SpaceAfter=No
Fajr Fajr PROPN 12 flat NNP
told tell VERB 4 advcl VBD
the the DET 18 det DT
paper paper NOUN 16 obj NN SpaceAfter=No
. . PUNCT 4 punct .)",
     1,
     {{.cue = "told",
       .speaker = "a source in Liwa al-Fajr",
       .content = "A fighter was killed near the camp",
       .anonymous = true}}},
    {"PeopleFamiliarWithTheMatterSpeak",
     // Two officials familiar with the matter told the agency the sanctions would stay.   (the object of "with"
     // parsed as the subject)
     R"(Two two NUM 2 nummod CD
officials official NOUN 7 obl:unmarked NNS
familiar familiar ADJ 7 mark JJ
with with ADP 6 case IN
the the DET 6 det DT
matter matter NOUN 7 nsubj NN
told tell VERB 0 root VBD
the the DET 9 det DT
agency agency NOUN 7 iobj NN
the the DET 11 det DT
sanctions sanction NOUN 13 nsubj NNS
would would AUX 13 aux MD
stay stay VERB 7 ccomp VB SpaceAfter=No
. . PUNCT 7 punct .)",
     1,
     {{.cue = "told",
       .speaker = "Two officials familiar with the matter",
       .content = "the sanctions would stay",
       .anonymous = true}}},
    {"RoleBeforeTheNameParsedAsAComplement",
     // The firm's chief executive, Sam Ortiz, said on Wednesday that profits had fallen.
     R"(The the DET 2 det DT
firm firm NOUN 5 nmod:poss NN SpaceAfter=No
's 's PART 2 case POS
chief chief ADJ 5 amod JJ
executive executive ADJ 10 ccomp JJ SpaceAfter=No
, , PUNCT 7 punct ,
Sam Sam PROPN 10 nsubj NNP
Ortiz Ortiz PROPN 7 flat NNP SpaceAfter=No
, , PUNCT 7 punct ,
said say VERB 0 root VBD
on on ADP 12 case IN
Wednesday Wednesday PROPN 10 obl NNP
that that PRON 16 obj WDT
profits profit NOUN 16 nsubj NNS
had have AUX 16 aux VBD
fallen fall VERB 12 acl:relcl VBN SpaceAfter=No
. . PUNCT 10 punct .)",
     1,
     {{.cue = "said", .speaker = "Sam Ortiz", .content = "profits had fallen"}}},
    {"QuotedByAnOutletAsSaying",
     // Ortiz was quoted by the paper as saying that jobs would be cut.   (the passive's subject speaks, its agent
     // reports)
     R"(Ortiz Ortiz PROPN 3 nsubj:pass NNP
was be AUX 3 aux:pass VBD
quoted quote VERB 0 root VBN
by by ADP 6 case IN
the the DET 6 det DT
paper paper NOUN 3 obl:agent NN
as as SCONJ 8 mark IN
saying say VERB 3 advcl VBG
that that SCONJ 13 mark IN
jobs job NOUN 13 nsubj:pass NNS
would would AUX 13 aux MD
be be AUX 13 aux:pass VB
cut cut VERB 8 ccomp VBN SpaceAfter=No
. . PUNCT 3 punct .)",
     1,
     {{.cue = "saying", .speaker = "Ortiz", .content = "jobs would be cut", .outlet = "the paper"}}},
    {"InvertedSpeakerTaggedAsAnAdjective",
     // "It was terrible," said one resident, who did not want to be named.   ("resident" tagged as an adjective)
     R"(" " PUNCT 4 punct `` SpaceAfter=No
It it PRON 4 nsubj PRP
was be AUX 4 cop VBD
terrible terrible ADJ 7 ccomp JJ SpaceAfter=No
, , PUNCT 4 punct , SpaceAfter=No
" " PUNCT 4 punct ''
said say VERB 0 root VBD
one one NUM 7 obj CD
resident resident ADJ 8 amod JJ SpaceAfter=No
, , PUNCT 14 punct ,
who who PRON 14 nsubj WP
did do AUX 14 aux VBD
not not PART 14 advmod RB
want want VERB 9 parataxis VB
to to PART 17 mark TO
be be AUX 17 aux:pass VB
named name VERB 14 xcomp VBN SpaceAfter=No
. . PUNCT 7 punct .)",
     1,
     {{.cue = "said", .speaker = "one resident", .content = "It was terrible", .anonymous = true}}},
    {"ReportedToHaveSaid",
     // The minister is reported to have said that the army would withdraw.   (a perfect infinitive under a passive
     // verb of report: a statement made; "is reported to be planning" is none)
     R"(The the DET 2 det DT
minister minister NOUN 4 nsubj:pass NN
is be AUX 4 aux:pass VBZ
reported report VERB 0 root VBN
to to PART 7 mark TO
have have AUX 7 aux VB
said say VERB 4 xcomp VBN
that that SCONJ 12 mark IN
the the DET 10 det DT
army army NOUN 12 nsubj NN
would would AUX 12 aux MD
withdraw withdraw VERB 7 ccomp VB SpaceAfter=No
. . PUNCT 4 punct .)",
     1,
     {{.cue = "said", .speaker = "The minister", .content = "the army would withdraw"}}},
    {"ThatRightAfterTheCueParsedAsAComplement",
     // The president, in a speech to parliament, warned that the country faced "difficult months ahead".   ("that"
     // parsed as a complement, the clause after it as noun phrases)
     R"(The the DET 2 det DT
president president NOUN 10 nsubj NN SpaceAfter=No
, , PUNCT 6 punct ,
in in ADP 6 case IN
a a DET 6 det DT
speech speech NOUN 2 nmod NN
to to ADP 8 case IN
parliament parliament NOUN 6 nmod NN SpaceAfter=No
, , PUNCT 2 punct ,
warned warn VERB 0 root VBD
that that SCONJ 10 xcomp IN
the the DET 13 det DT
country country NOUN 11 obj NN
faced face VERB 13 acl VBN
" " PUNCT 17 punct `` SpaceAfter=No
difficult difficult ADJ 17 amod JJ
months month NOUN 14 obj NNS
ahead ahead ADV 17 advmod RB SpaceAfter=No
" " PUNCT 17 punct '' SpaceAfter=No
. . PUNCT 10 punct .)",
     1,
     {{.cue = "warned",
       .speaker = "The president, in a speech to parliament",
       .content = "the country faced \"difficult months ahead\""}}},
    {"ThatAfterAnAdverbialWithAParticiple",
     // The group claimed in a video released online that it had captured two soldiers.
     R"(The the DET 2 det DT
group group NOUN 3 nsubj NN
claimed claim VERB 0 root VBD
in in ADP 6 case IN
a a DET 6 det DT
video video NOUN 3 obl NN
released release VERB 6 acl VBN
online online SCONJ 12 mark IN
that that SCONJ 12 mark IN
it it PRON 12 nsubj PRP
had have AUX 12 aux VBD
captured capture VERB 7 advcl VBN
two two NUM 14 nummod CD
soldiers soldier NOUN 12 obj NNS SpaceAfter=No
. . PUNCT 3 punct .)",
     1,
     {{.cue = "claimed", .speaker = "The group", .content = "it had captured two soldiers"}}},
    {"ConcededWithTheClausesSubjectParsedAsObject",
     // The defence minister conceded the operation had not gone as planned.
     R"(The the DET 3 det DT
defence defence NOUN 3 compound NN
minister minister NOUN 4 nsubj NN
conceded concede VERB 0 root VBD
the the DET 6 det DT
operation operation NOUN 4 obj NN
had have AUX 9 aux VBD
not not PART 9 advmod RB
gone go VERB 6 acl VBN
as as ADP 11 mark IN
planned plan VERB 9 advcl VBN SpaceAfter=No
. . PUNCT 4 punct .)",
     1,
     {{.cue = "conceded", .speaker = "The defence minister", .content = "the operation had not gone as planned"}}},
    {"AccordingToARoleWithTheNameInApposition",
     // According to the company's spokeswoman, Anna Berg, the plant will reopen next month.   (the name parsed
     // apart from the role: still the speaker's phrase, and named)
     R"(According accord VERB 6 case VBG
to to ADP 1 fixed IN
the the DET 4 det DT
company company NOUN 6 nmod:poss NN SpaceAfter=No
's 's PART 4 case POS
spokeswoman spokeswoman NOUN 14 obl NN SpaceAfter=No
, , PUNCT 6 punct ,
Anna Anna PROPN 14 vocative NNP
Berg Berg PROPN 8 flat NNP SpaceAfter=No
, , PUNCT 8 punct ,
the the DET 12 det DT
plant plant NOUN 14 nsubj NN
will will AUX 14 aux MD
reopen reopen VERB 0 root VB
next next ADJ 16 amod JJ
month month NOUN 14 obl:unmarked NN SpaceAfter=No
. . PUNCT 14 punct .)",
     1,
     {{.cue = "According to",
       .speaker = "the company's spokeswoman, Anna Berg",
       .content = "the plant will reopen next month",
       .anonymous = false}}},
    {"AccordingToHungOnTheSubject",
     // The rebels, according to a local monitor, have withdrawn from the town.   (the phrase hung on "rebels": it
     // speaks for the clause; a content is one stretch of text, here the part after the phrase)
     R"(The the DET 2 det DT
rebels rebel NOUN 11 nsubj NNS SpaceAfter=No
, , PUNCT 8 punct ,
according accord VERB 8 case VBG
to to ADP 4 fixed IN
a a DET 8 det DT
local local ADJ 8 amod JJ
monitor monitor NOUN 2 nmod NN SpaceAfter=No
, , PUNCT 8 punct ,
have have AUX 11 aux VBP
withdrawn withdraw VERB 0 root VBN
from from ADP 14 case IN
the the DET 14 det DT
town town NOUN 11 obl NN SpaceAfter=No
. . PUNCT 11 punct .)",
     1,
     {{.cue = "according to", .speaker = "a local monitor", .content = "have withdrawn from the town"}}},
    {"PassiveReportWithAgentAndThatClause",
     // It was reported by local media that the dam had burst.   (the clause hung on the agent: the speaker's
     // phrase ends before its complementizer)
     R"(It it PRON 3 nsubj:pass PRP
was be AUX 3 aux:pass VBD
reported report VERB 0 root VBN
by by ADP 6 case IN
local local ADJ 6 amod JJ
media media NOUN 3 obl:agent NN
that that PRON 11 mark WDT
the the DET 9 det DT
dam dam NOUN 11 nsubj NN
had have AUX 11 aux VBD
burst burst NOUN 6 acl NN SpaceAfter=No
. . PUNCT 3 punct .)",
     1,
     {{.cue = "reported", .speaker = "local media", .content = "the dam had burst"}}},
    {"PartialQuoteEndingTheContentKeepsItsClosingMark",
     // The actress wrote that she was "heartbroken".
     R"(The the DET 2 det DT
actress actress NOUN 3 nsubj NN
wrote write VERB 0 root VBD
that that SCONJ 8 mark IN
she she PRON 8 nsubj PRP
was be AUX 8 cop VBD
" " PUNCT 8 punct `` SpaceAfter=No
heartbroken heartbroken ADJ 3 ccomp JJ SpaceAfter=No
" " PUNCT 3 punct '' SpaceAfter=No
. . PUNCT 3 punct .)",
     1,
     {{.cue = "wrote", .speaker = "The actress", .content = "she was \"heartbroken\""}}},
    {"QuoteBeforeASpeakerWithAnApposition",
     // "It is a disgrace," Maria Soto, a resident, said.   (the speaker parsed into the quote's clause: the quote
     // is what is said)
     R"(" " PUNCT 5 punct `` SpaceAfter=No
It it PRON 5 nsubj PRP
is be AUX 5 cop VBZ
a a DET 5 det DT
disgrace disgrace NOUN 14 ccomp NN SpaceAfter=No
, , PUNCT 5 punct , SpaceAfter=No
" " PUNCT 5 punct ''
Maria Maria PROPN 5 appos NNP
Soto Soto PROPN 8 flat NNP SpaceAfter=No
, , PUNCT 12 punct ,
a a DET 12 det DT
resident resident NOUN 5 appos NN SpaceAfter=No
, , PUNCT 5 punct ,
said say VERB 0 root VBD SpaceAfter=No
. . PUNCT 14 punct .)",
     1,
     {{.cue = "said", .speaker = "Maria Soto", .content = "It is a disgrace", .direct = true}}},
    {"ColonAfterAParataxisCue",
     // Asked whether he would resign, Grant replied: "Absolutely not."   (the cue parsed as a parataxis of the
     // opening participle; what follows the colon is what is said)
     R"(Asked ask VERB 0 root VBD
whether whether SCONJ 5 mark IN
he he PRON 5 nsubj PRP
would would AUX 5 aux MD
resign resign VERB 8 advcl VB SpaceAfter=No
, , PUNCT 5 punct ,
Grant Grant PROPN 8 nsubj NNP
replied reply VERB 1 parataxis VBD SpaceAfter=No
: : PUNCT 8 punct :
" " PUNCT 9 goeswith `` SpaceAfter=No
Absolutely absolutely ADV 10 advmod RB
not not PART 11 goeswith RB SpaceAfter=No
. . PUNCT 12 punct . SpaceAfter=No
" " PUNCT 12 punct '')",
     1,
     {{.cue = "replied", .speaker = "Grant", .content = "Absolutely not", .direct = true}}},
    {"RemainsUnclearHowIsUncertain",
     // It remains unclear how many people were on board.
     R"(It it PRON 2 nsubj PRP
remains remain VERB 0 root VBZ
unclear unclear ADJ 6 amod JJ
how how ADV 5 advmod WRB
many many ADJ 6 amod JJ
people people NOUN 9 nsubj NNS
were be AUX 9 cop VBD
on on ADP 9 case IN
board board NOUN 2 ccomp NN SpaceAfter=No
. . PUNCT 2 punct .)",
     1,
     {{.cue = "remains unclear how", .stance = Stance::uncertain}}},
    {"NothingToDoWithIsADenial",
     // The envoy said Moscow had nothing to do with the attack.
     R"(The the DET 2 det DT
envoy envoy NOUN 3 nsubj NN
said say VERB 0 root VBD
Moscow Moscow PROPN 5 nsubj NNP
had have VERB 3 ccomp VBD
nothing nothing PRON 5 obj NN
to to PART 8 mark TO
do do VERB 6 acl VB
with with ADP 11 case IN
the the DET 11 det DT
attack attack NOUN 8 obl NN SpaceAfter=No
. . PUNCT 3 punct .)",
     1,
     {{.cue = "said",
       .speaker = "The envoy",
       .content = "Moscow had nothing to do with the attack",
       .stance = Stance::deny}}},
    {"MediumOfAClauseWithItsOwnVerbOfSaying",
     // In a press conference after the race, the winner thanked her team and said she was happy.   (one
     // attribution: the joined verb of saying's, not a second one for the medium)
     R"(In in ADP 4 case IN
a a DET 4 det DT
press press NOUN 4 compound NN
conference conference NOUN 11 obl NN
after after ADP 7 case IN
the the DET 7 det DT
race race NOUN 4 nmod NN SpaceAfter=No
, , PUNCT 4 punct ,
the the DET 10 det DT
winner winner NOUN 11 nsubj NN
thanked thank VERB 0 root VBD
her her PRON 13 nmod:poss PRP$
team team NOUN 11 obj NN
and and CCONJ 15 cc CC
said say VERB 11 conj VBD
she she PRON 18 nsubj PRP
was be AUX 18 cop VBD
happy happy ADJ 15 ccomp JJ SpaceAfter=No
. . PUNCT 11 punct .)",
     1,
     {{.cue = "said", .speaker = "the winner", .content = "she was happy"}}},
    {"QuoteSplitByItsCue",
     // "We will rebuild," the mayor said, "and we will be stronger."   (the second part goes on with the speaker)
     R"(" " PUNCT 4 punct `` SpaceAfter=No
We we PRON 4 nsubj PRP
will will AUX 4 aux MD
rebuild rebuild VERB 9 ccomp VB SpaceAfter=No
, , PUNCT 4 punct , SpaceAfter=No
" " PUNCT 4 punct ``
the the DET 8 det DT
mayor mayor NOUN 9 nsubj NN
said say VERB 0 root VBD SpaceAfter=No
, , PUNCT 9 punct ,
" " PUNCT 16 punct '' SpaceAfter=No
and and CCONJ 16 cc CC
we we PRON 16 nsubj PRP
will will AUX 16 aux MD
be be AUX 16 cop VB
stronger strong ADV 9 conj RBR SpaceAfter=No
. . PUNCT 16 punct . SpaceAfter=No
" " PUNCT 16 punct '')",
     2,
     {{.cue = "said", .speaker = "the mayor", .content = "We will rebuild", .direct = true},
      {.cue = "said", .speaker = "the mayor", .content = "and we will be stronger", .direct = true}}},
    {"ReportingClauseBeforeAnAdverbialOfTheClause",
     // Fighting broke out again on Thursday, residents said, despite a truce.   (what follows the cue belongs to
     // the clause before the speaker)
     R"(Fighting fight VERB 9 advcl VBG
broke break VERB 1 xcomp VBD
out out ADP 2 compound:prt RP
again again ADV 2 advmod RB
on on ADP 6 case IN
Thursday Thursday PROPN 2 obl NNP SpaceAfter=No
, , PUNCT 9 punct ,
residents resident NOUN 9 nsubj NNS
said say VERB 0 root VBD SpaceAfter=No
, , PUNCT 13 punct ,
despite despite ADP 13 case IN
a a DET 13 det DT
truce truce NOUN 9 obl NN SpaceAfter=No
. . PUNCT 9 punct .)",
     1,
     {{.cue = "said", .speaker = "residents", .content = "Fighting broke out again on Thursday", .anonymous = true}}},
    {"AddresseeParsedIntoTheClause",
     // The chief executive of the state-owned oil company, Hassan Rahimi, told shareholders that output would rise.
     // ("executive" read as an adjective; "shareholders that output" parsed as the clause's subject)
     R"(The the DET 3 det DT
chief chief ADJ 3 amod JJ
executive executive ADJ 0 root JJ
of of ADP 10 case IN
the the DET 10 det DT
state state NOUN 8 compound NN SpaceAfter=No
- - PUNCT 6 punct HYPH SpaceAfter=No
owned own VERB 10 amod VBN
oil oil NOUN 10 compound NN
company company NOUN 3 nmod NN SpaceAfter=No
, , PUNCT 12 punct ,
Hassan Hassan PROPN 10 appos NNP
Rahimi Rahimi PROPN 12 flat NNP SpaceAfter=No
, , PUNCT 10 punct ,
told tell VERB 3 parataxis VBD
shareholders shareholder NOUN 20 nsubj NNS
that that PRON 18 nsubj WDT
output output VERB 16 acl:relcl VBP
would would AUX 20 aux MD
rise rise VERB 15 ccomp VB SpaceAfter=No
. . PUNCT 3 punct .)",
     1,
     {{.cue = "told", .content = "output would rise", .outlet = "shareholders"}}},
    {"ObjectOfAVerbOfPerceptionSpeaks",
     // The interview, broadcast on Sunday, saw the prince deny any wrongdoing.
     R"(The the DET 2 det DT
interview interview NOUN 8 nsubj NN SpaceAfter=No
, , PUNCT 4 punct ,
broadcast broadcast NOUN 2 appos NN
on on ADP 6 case IN
Sunday Sunday PROPN 4 nmod NNP SpaceAfter=No
, , PUNCT 2 punct ,
saw see VERB 0 root VBD
the the DET 10 det DT
prince prince NOUN 8 obj NN
deny deny VERB 8 xcomp VBP
any any DET 13 det DT
wrongdoing wrongdoing NOUN 11 obj NN SpaceAfter=No
. . PUNCT 8 punct .)",
     1,
     {{.cue = "deny", .speaker = "the prince", .content = "any wrongdoing", .stance = Stance::deny}}},
    {"ClaimThatWithTheMainPredicateParsedInsideIt",
     // The president's claim that the election was rigged has been rejected by the courts.
     R"(The the DET 2 det DT
president president NOUN 4 nmod:poss NN SpaceAfter=No
's 's PART 2 case POS
claim claim NOUN 0 root NN
that that PRON 9 mark WDT
the the DET 7 det DT
election election NOUN 9 nsubj:pass NN
was be AUX 9 aux:pass VBD
rigged rig VERB 4 acl:relcl VBN
has have AUX 12 aux VBZ
been be AUX 12 aux:pass VBN
rejected reject VERB 9 ccomp VBN
by by ADP 15 case IN
the the DET 15 det DT
courts court NOUN 12 obl:agent NNS SpaceAfter=No
. . PUNCT 4 punct .)",
     1,
     {{.cue = "claim", .speaker = "The president's", .content = "the election was rigged"}}},
    {"MediumOfACharacterizationIsNoAttribution",
     // In an interview on Sunday, the senator called the plan a disaster.   ("called X Y" is not counted)
     R"(In in ADP 3 case IN
an a DET 3 det DT
interview interview NOUN 9 obl NN
on on ADP 5 case IN
Sunday Sunday PROPN 3 nmod NNP SpaceAfter=No
, , PUNCT 3 punct ,
the the DET 8 det DT
senator senator NOUN 9 nsubj NN
called call VERB 0 root VBD
the the DET 11 det DT
plan plan NOUN 9 obj NN
a a DET 13 det DT
disaster disaster NOUN 9 xcomp NN SpaceAfter=No
. . PUNCT 9 punct .)",
     0,
     {}},
    {"MediumOfAnActLeftUndoneIsNoAttribution",
     // The league did not name the player in its announcement.
     R"(The the DET 2 det DT
league league NOUN 5 nsubj NN
did do AUX 5 aux VBD
not not PART 5 advmod RB
name name VERB 0 root VB
the the DET 7 det DT
player player NOUN 5 obj NN
in in ADP 10 case IN
its its PRON 10 nmod:poss PRP$
announcement announcement NOUN 5 obl NN SpaceAfter=No
. . PUNCT 5 punct .)",
     0,
     {}},
    {"AdverbBetweenTheSpeakerAndACueReadAsAParticiple",
     // The referee later told reporters he had not seen the incident.   ("told" read as a participle on
     // "reporters": the phrase before the adverb speaks)
     R"(The the DET 2 det DT
referee referee NOUN 0 root NN
later late ADV 4 advmod RBR
told tell VERB 5 amod VBN
reporters reporter NOUN 2 nmod NNS
he he PRON 9 nsubj PRP
had have AUX 9 aux VBD
not not PART 9 advmod RB
seen see VERB 5 acl:relcl VBN
the the DET 11 det DT
incident incident NOUN 9 obj NN SpaceAfter=No
. . PUNCT 2 punct .)",
     1,
     {{.cue = "told", .speaker = "The referee", .content = "he had not seen the incident"}}},
    {"ThatClauseAfterTheCuesAdverbialKeepsItsStance",
     // The ministry said on Tuesday that its planes had not struck the town.   (the clause hung on the day: a past
     // act said not to have happened is a denial, as with a plain "said that")
     R"(The the DET 2 det DT
ministry ministry PROPN 3 nsubj NNP
said say VERB 0 root VBD
on on ADP 5 case IN
Tuesday Tuesday PROPN 3 obl NNP
that that PRON 11 mark WDT
its its PRON 8 nmod:poss PRP$
planes plane NOUN 11 nsubj NNS
had have AUX 11 aux VBD
not not PART 11 advmod RB
struck strike VERB 5 acl:relcl VBN
the the DET 13 det DT
town town NOUN 11 obj NN SpaceAfter=No
. . PUNCT 3 punct .)",
     1,
     {{.cue = "said",
       .speaker = "The ministry",
       .content = "its planes had not struck the town",
       .stance = Stance::deny}}},
    {"WentOnToAddParsedAsAnAdverbialClause",
     // She went on to add "we will be back," before leaving.   (the infinitive parsed as an adverbial clause: the
     // act is done, no purpose)
     R"(She she PRON 2 nsubj PRP
went go VERB 0 root VBD
on on ADV 2 advmod RB
to to PART 5 mark TO
add add VERB 2 advcl VB
" " PUNCT 10 punct `` SpaceAfter=No
we we PRON 10 nsubj PRP
will will AUX 10 aux MD
be be AUX 10 cop VB
back back ADV 5 obj RB SpaceAfter=No
, , PUNCT 10 punct , SpaceAfter=No
" " PUNCT 10 punct ''
before before SCONJ 14 mark IN
leaving leave VERB 5 advcl VBG SpaceAfter=No
. . PUNCT 2 punct .)",
     1,
     {{.cue = "add", .speaker = "She", .content = "we will be back", .direct = true}}},
    {"MistaggedCueAfterASemicolonAndAnAdverb",
     // The office is shut for the holiday; however, its guide notes that permits are renewed online.   ("notes"
     // tagged as a plural noun; the speaker's phrase starts after the semicolon and the adverb)
     R"(The the DET 2 det DT
office office NOUN 4 nsubj NN
is be AUX 4 cop VBZ
shut shut ADJ 0 root JJ
for for ADP 7 case IN
the the DET 7 det DT
holiday holiday NOUN 4 obl NN SpaceAfter=No
; ; PUNCT 13 punct ,
however however ADV 13 advmod RB SpaceAfter=No
, , PUNCT 9 punct ,
its its PRON 13 nmod:poss PRP$
guide guide NOUN 13 compound NN
notes note NOUN 4 obl NNS
that that PRON 17 mark WDT
permits permit NOUN 17 nsubj:pass NNS
are be AUX 17 aux:pass VBP
renewed renew VERB 13 acl:relcl VBN
online online ADV 17 advmod RB SpaceAfter=No
. . PUNCT 4 punct .)",
     1,
     {{.cue = "notes", .speaker = "its guide", .content = "permits are renewed online"}}},
    {"QuoteAfterAColonIsSaidByTheClausesSubject",
     // The president opposed the proposal: "It is a colonial idea."   (no verb of saying: the quote the colon opens
     // is the subject's)
     R"(The the DET 2 det DT
president president NOUN 3 nsubj NN
opposed oppose VERB 0 root VBD
the the DET 5 det DT
proposal proposal NOUN 3 obj NN SpaceAfter=No
: : PUNCT 12 punct :
" " PUNCT 12 punct `` SpaceAfter=No
It it PRON 12 nsubj PRP
is be AUX 12 cop VBZ
a a DET 12 det DT
colonial colonial ADJ 12 amod JJ
idea idea NOUN 5 appos NN SpaceAfter=No
. . PUNCT 12 punct . SpaceAfter=No
" " PUNCT 12 punct '')",
     1,
     {{.cue = "opposed", .speaker = "The president", .content = "It is a colonial idea", .direct = true}}},
    {"ClauseSubjectParsedAsTheCuesObject",
     // The lawyer cautioned reform would take years.   (the clause's subject parsed as the verb's object, the
     // clause left without one: the content opens with it)
     R"(The the DET 2 det DT
lawyer lawyer NOUN 3 nsubj NN
cautioned caution VERB 0 root VBD
reform reform NOUN 3 obj NN
would would AUX 6 aux MD
take take VERB 3 ccomp VB
years year NOUN 6 obj NNS SpaceAfter=No
. . PUNCT 3 punct .)",
     1,
     {{.cue = "cautioned", .speaker = "The lawyer", .content = "reform would take years"}}},
    {"NotReachedForCommentIsNoComment",
     // The governor's office could not be reached for comment.   (the passive subject is the one who gave none)
     R"(The the DET 2 det DT
governor governor NOUN 4 nmod:poss NN SpaceAfter=No
's 's PART 2 case POS
office office NOUN 8 nsubj:pass NN
could could AUX 8 aux MD
not not PART 8 advmod RB
be be AUX 8 aux:pass VB
reached reach VERB 0 root VBN
for for ADP 10 case IN
comment comment NOUN 8 obl NN
. . PUNCT 8 punct .)",
     1,
     {{.cue = "not be reached for comment", .speaker = "The governor's office", .stance = Stance::no_comment}}},
    {"AccordingToOnTheParticipleAfterAClause",
     // Drones struck the depot, killing two guards, according to a monitor.   (the source speaks for the clause)
     R"(Drones drone NOUN 2 nsubj NNS
struck strike VERB 0 root VBD
the the DET 4 det DT
depot depot NOUN 2 obj NN SpaceAfter=No
, , PUNCT 6 punct ,
killing kill VERB 2 advcl VBG
two two NUM 8 nummod CD
guards guard NOUN 6 obj NNS SpaceAfter=No
, , PUNCT 13 punct ,
according accord VERB 13 case VBG
to to ADP 10 fixed IN
a a DET 13 det DT
monitor monitor NOUN 6 obl NN SpaceAfter=No
. . PUNCT 2 punct .)",
     1,
     {{.cue = "according to", .speaker = "a monitor", .content = "Drones struck the depot, killing two guards"}}},
    {"TwoSubjectsOfTheCueTheLaterSpeaks",
     // Opposition leader Ana Ruiz was among those detained, her party said.   (the parser gave "said" both
     // subjects and the copula)
     R"(Opposition opposition NOUN 2 compound NN
leader leader NOUN 12 nsubj NN
Ana Ana PROPN 2 appos NNP
Ruiz Ruiz PROPN 3 flat NNP
was be AUX 12 cop VBD
among among ADP 7 case IN
those those PRON 12 det DT
detained detain VERB 12 ccomp VBN SpaceAfter=No
, , PUNCT 8 punct ,
her her PRON 11 nmod:poss PRP$
party party NOUN 12 nsubj NN
said say VERB 0 root VBD SpaceAfter=No
. . PUNCT 12 punct .)",
     1,
     {{.cue = "said", .speaker = "her party", .content = "Opposition leader Ana Ruiz was among those detained"}}},
    {"ContentSaidNotToBeTrueIsDenied",
     // The ministry said the report is not true.   (present: no past event said not to have happened)
     R"(The the DET 2 det DT
ministry ministry NOUN 3 nsubj NN
said say VERB 0 root VBD
the the DET 5 det DT
report report NOUN 8 nsubj NN
is be AUX 8 cop VBZ
not not PART 8 advmod RB
true true ADJ 3 ccomp JJ SpaceAfter=No
. . PUNCT 3 punct .)",
     1,
     {{.cue = "said", .speaker = "The ministry", .stance = Stance::deny}}},
    {"NotTrueOnItsOwnIsNoAttribution",
     // That is not true.
     R"(That that PRON 4 nsubj DT
is be AUX 4 cop VBZ
not not PART 4 advmod RB
true true ADJ 0 root JJ SpaceAfter=No
. . PUNCT 4 punct .)",
     0,
     {}},
    {"ARelativeClauseOnWhatWasTalkedAboutIsNoContent",
     // The mayor tweeted about the floods that followed the storm.
     R"(The the DET 2 det DT
mayor mayor NOUN 3 nsubj NN
tweeted tweet VERB 0 root VBD
about about ADP 6 case IN
the the DET 6 det DT
floods flood NOUN 3 obl NNS
that that PRON 8 nsubj WDT
followed follow VERB 6 acl:relcl VBD
the the DET 10 det DT
storm storm NOUN 8 obj NN SpaceAfter=No
. . PUNCT 3 punct .)",
     0,
     {}},
    {"AgreeingWithAClauseStatesIt",
     // The judge agreed the files were secret.
     R"(The the DET 2 det DT
judge judge NOUN 3 nsubj NN
agreed agree VERB 0 root VBD
the the DET 5 det DT
files file NOUN 7 nsubj NNS
were be AUX 7 cop VBD
secret secret ADJ 3 ccomp JJ SpaceAfter=No
. . PUNCT 3 punct .)",
     1,
     {{.cue = "agreed", .speaker = "The judge", .content = "the files were secret"}}},
    {"AgreeingToActStatesNothing",
     // The envoys agreed to meet again.
     R"(The the DET 2 det DT
envoys envoy NOUN 3 nsubj NNS
agreed agree VERB 0 root VBD
to to PART 5 mark TO
meet meet VERB 3 xcomp VB
again again ADV 5 advmod RB SpaceAfter=No
. . PUNCT 3 punct .)",
     0,
     {}},
    {"ClaimingLivesIsADeathToll",
     // The blast claimed the lives of four guards injured two others.   (a comma lost, as wire copy often does)
     R"(The the DET 2 det DT
blast blast NOUN 3 nsubj NN
claimed claim VERB 0 root VBD
the the DET 5 det DT
lives life NOUN 9 nsubj NNS
of of ADP 8 case IN
four four NUM 8 nummod CD
guards guard NOUN 5 nmod NNS
injured injure VERB 3 ccomp VBD
two two NUM 11 nummod CD
others other NOUN 9 obj NNS SpaceAfter=No
. . PUNCT 3 punct .)",
     0,
     {}},
    {"ADayIsNoSpeaker",
     // After Mondays reports the monitor called for a truce.   (the apostrophe lost; the parser hung the main clause
     // on "reports" as if it were what they said)
     R"(After after ADP 3 case IN
Mondays Monday PROPN 3 nmod:poss NNP
reports report NOUN 0 root NNS
the the DET 5 det DT
monitor monitor NOUN 6 nsubj NN
called call VERB 3 ccomp VBD
for for ADP 9 case IN
a a DET 9 det DT
truce truce NOUN 6 obl NN SpaceAfter=No
. . PUNCT 3 punct .)",
     0,
     {}},
    {"ThatParsedAsAPronounAfterTheAddresseeOpensTheContent",
     // A source at the police station told the reporter that gunmen stationed in the hills fired shells at the
     // village.   (a long subject in the content: "that" read as a pronoun in apposition to the addressee)
     R"(A a DET 2 det DT
source source NOUN 7 nsubj NN
at at ADP 6 case IN
the the DET 6 det DT
police police NOUN 6 compound NN
station station NOUN 2 nmod NN
told tell VERB 0 root VBD
the the DET 9 det DT
reporter reporter NOUN 7 iobj NN
that that PRON 9 appos WDT
gunmen gunman NOUN 10 obj NNS
stationed station VERB 11 acl VBN
in in ADP 15 case IN
the the DET 15 det DT
hills hill NOUN 12 obl NNS
fired fire VERB 17 amod VBD
shells shell NOUN 12 obj NNS
at at ADP 20 case IN
the the DET 20 det DT
village village NOUN 17 nmod NN SpaceAfter=No
. . PUNCT 7 punct .)",
     1,
     {{.cue = "told",
       .speaker = "A source at the police station",
       .content = "gunmen stationed in the hills fired shells at the village"}}},
    {"ThatParsedAsAModifierOfTheDayOpensTheContent",
     // The agency reporter said Monday that militants hiding in the orchards shelled the town.
     R"(The the DET 3 det DT
agency agency NOUN 3 compound NN
reporter reporter NOUN 4 nsubj NN
said say VERB 0 root VBD
Monday Monday PROPN 4 obl:unmarked NNP
that that SCONJ 5 nmod IN
militants militant NOUN 6 obj NNS
hiding hide VERB 7 acl VBG
in in ADP 11 case IN
the the DET 11 det DT
orchards orchard NOUN 8 obl NNS
shelled shell VERB 11 acl VBD
the the DET 14 det DT
town town NOUN 12 obj NN SpaceAfter=No
. . PUNCT 4 punct .)",
     1,
     {{.cue = "said",
       .speaker = "The agency reporter",
       .content = "militants hiding in the orchards shelled the town"}}},
    {"ThatAsAPronounObjectOpensNoContent",
     // He said that in a speech on Monday.
     R"(He he PRON 2 nsubj PRP
said say VERB 0 root VBD
that that PRON 2 obj DT
in in ADP 6 case IN
a a DET 6 det DT
speech speech NOUN 2 obl NN
on on ADP 8 case IN
Monday Monday PROPN 2 obl NNP SpaceAfter=No
. . PUNCT 2 punct .)",
     0,
     {}},
    {"WhatTheSpeakerClaimedWasIsAClaim",
     // Troops shelled the suburbs in what two groups claimed was a gas attack.
     R"(Troops troop NOUN 2 nsubj NNS
shelled shell VERB 0 root VBD
the the DET 4 det DT
suburbs suburb NOUN 2 obj NNS
in in ADP 13 case IN
what what PRON 13 nsubj WP
two two NUM 8 nummod CD
groups group NOUN 9 nsubj NNS
claimed claim VERB 6 acl:relcl VBD
was be AUX 13 cop VBD
a a DET 13 det DT
gas gas NOUN 13 compound NN
attack attack NOUN 2 obl NN SpaceAfter=No
. . PUNCT 2 punct .)",
     1,
     {{.cue = "claimed", .speaker = "two groups", .content = "was a gas attack"}}},
    {"WhatOpeningASubjectIsNoClaim",
     // What you say is hurtful.
     R"(What what PRON 5 nsubj WP
you you PRON 3 nsubj PRP
say say VERB 1 acl:relcl VBP
is be AUX 5 cop VBZ
hurtful hurtful ADJ 0 root JJ SpaceAfter=No
. . PUNCT 5 punct .)",
     0,
     {}},
    {"ThatAfterAParticipleOfTheMediumOpensTheContent",
     // Human Rights Watch says in a study released Monday that it counted 40 deaths.   (the clause hung on "issued",
     // and "Rights" parsed as the verb's object, as the shipped parser does)
     R"(Human human ADJ 2 amod JJ
Rights right NOUN 4 obj NNS
Watch Watch PROPN 4 nsubj NNP
says say VERB 0 root VBZ
in in ADP 7 case IN
a a DET 7 det DT
study study NOUN 4 obl NN
released release VERB 7 acl VBN
Monday Monday PROPN 8 obl:unmarked NNP
that that SCONJ 12 mark IN
it it PRON 12 nsubj PRP
counted count VERB 8 ccomp VBD
40 40 NUM 14 nummod CD
deaths death NOUN 12 obj NNS SpaceAfter=No
. . PUNCT 4 punct .)",
     1,
     {{.cue = "says", .content = "it counted 40 deaths"}}},
    {"ParticipleOfSayingHungOnANounInsideWhatIsSaid",
     // The monitor said that rockets struck a base of the coalition adding that five died.   (the comma before
     // "adding" lost, the participle hung on the last noun)
     R"(The the DET 2 det DT
monitor monitor NOUN 3 nsubj NN
said say VERB 0 root VBD
that that SCONJ 6 mark IN
rockets rocket NOUN 6 nsubj NNS
struck strike VERB 3 ccomp VBD
a a DET 8 det DT
base base NOUN 6 obj NN
of of ADP 11 case IN
the the DET 11 det DT
coalition coalition NOUN 8 nmod NN
adding add VERB 11 acl VBG
that that SCONJ 15 mark IN
five five NUM 15 nsubj CD
died die VERB 12 ccomp VBD SpaceAfter=No
. . PUNCT 3 punct .)",
     2,
     {{.cue = "said", .speaker = "The monitor"}, {.cue = "adding", .speaker = "The monitor", .content = "five died"}}},
    {"ParticipleOfSayingHungOnTheSubjectOfWhatIsReported",
     // SANA also reported the fire saying a bus had exploded.   ("fire" parsed as the subject of the clause)
     R"(SANA SANA PROPN 3 nsubj NNP
also also ADV 3 advmod RB
reported report VERB 0 root VBD
the the DET 5 det DT
fire fire NOUN 10 nsubj NN
saying say VERB 5 acl VBG
a a DET 8 det DT
bus bus NOUN 6 obj NN
had have AUX 10 aux VBD
exploded explode VERB 3 ccomp VBN SpaceAfter=No
. . PUNCT 3 punct .)",
     2,
     {{.cue = "reported", .speaker = "SANA"}, {.cue = "saying", .speaker = "SANA"}}},
    {"ASubordinateClauseAfterTheObjectIsNoContent",
     // The team noted two theories, though Dr. Lee has offered a third.   (the object is no subject of a clause)
     R"(The the DET 2 det DT
team team NOUN 3 nsubj NN
noted note VERB 0 root VBD
two two NUM 5 nummod CD
theories theory NOUN 3 obj NNS
, , PUNCT 11 punct ,
though though SCONJ 11 mark IN
Dr. Dr. PROPN 9 compound NNP
Lee Lee PROPN 11 nsubj NNP
has have AUX 11 aux VBZ
offered offer VERB 3 advcl VBN
a a DET 13 det DT
third third NOUN 11 obj NN SpaceAfter=No
. . PUNCT 3 punct .)",
     0,
     {}},
    {"AtWhichPointIsNoCue",
     // Prices held until May, at which point they fell.   ("point" tagged as a verb)
     R"(Prices price NOUN 2 nsubj NNS
held hold VERB 0 root VBD
until until ADP 4 case IN
May May PROPN 2 obl NNP
, , PUNCT 8 punct ,
at at ADP 7 case IN
which which DET 8 obl WDT
point point VERB 2 advcl:relcl VBP
they they PRON 10 nsubj PRP
fell fall VERB 8 ccomp VBD SpaceAfter=No
. . PUNCT 2 punct .)",
     0,
     {}},
    {"AJournalsNameIsNoDocumentThatSays",
     // The team published a paper in Marine Reports, a journal, describing the decline.
     R"(The the DET 2 det DT
team team NOUN 3 nsubj NN
published publish VERB 0 root VBD
a a DET 5 det DT
paper paper NOUN 3 obj NN
in in ADP 8 case IN
Marine Marine PROPN 8 compound NNP
Reports report NOUN 3 obl NNS
, , PUNCT 11 punct ,
a a DET 11 det DT
journal journal NOUN 8 appos NN
, , PUNCT 13 punct ,
describing describe VERB 11 acl VBG
the the DET 15 det DT
decline decline NOUN 13 obj NN SpaceAfter=No
. . PUNCT 3 punct .)",
     0,
     {}},
    {"CitingBeforeTheSubjectIsWhatTheSpeakerCites",
     // Citing a test, the notice claimed the tool broke the law.
     R"(Citing cite VERB 7 advcl VBG
a a DET 3 det DT
test test NOUN 1 obj NN
, , PUNCT 1 punct ,
the the DET 6 det DT
notice notice NOUN 7 nsubj NN
claimed claim VERB 0 root VBD
the the DET 9 det DT
tool tool NOUN 10 nsubj NN
broke break VERB 7 ccomp VBD
the the DET 12 det DT
law law NOUN 10 obj NN SpaceAfter=No
. . PUNCT 7 punct .)",
     1,
     {{.cue = "claimed", .speaker = "the notice", .content = "the tool broke the law"}}},
    {"SayingOneWillGiveNoCommentIsNoComment",
     // The owner said he would not give any comment.
     R"(The the DET 2 det DT
owner owner NOUN 3 nsubj NN
said say VERB 0 root VBD
he he PRON 7 nsubj PRP
would would AUX 7 aux MD
not not PART 7 advmod RB
give give VERB 3 ccomp VB
any any DET 9 det DT
comment comment NOUN 7 obj NN SpaceAfter=No
. . PUNCT 3 punct .)",
     1,
     {{.cue = "said", .speaker = "The owner", .stance = Stance::no_comment}}},
    {"SayingOneCannotGuaranteeWhetherIsUncertain",
     // He said he can not guarantee whether it will work.
     R"(He he PRON 2 nsubj PRP
said say VERB 0 root VBD
he he PRON 6 nsubj PRP
can can AUX 6 aux MD
not not PART 6 advmod RB
guarantee guarantee VERB 2 ccomp VB
whether whether SCONJ 10 mark IN
it it PRON 10 nsubj PRP
will will AUX 10 aux MD
work work VERB 6 ccomp VB SpaceAfter=No
. . PUNCT 2 punct .)",
     1,
     {{.cue = "said", .speaker = "He", .stance = Stance::uncertain}}},
    {"ParticipleWithoutASpeakerInsideWhatIsSaidGoesOnWithItsSpeaker",
     // The governor said the blast served the aims of "armed groups" including rebels adding that two guards died.
     // (the participle hung on a quote mark: no subject to be found up the tree)
     R"(The the DET 2 det DT
governor governor NOUN 3 nsubj NN
said say VERB 0 root VBD
the the DET 5 det DT
blast blast NOUN 6 nsubj NN
served serve VERB 3 ccomp VBD
the the DET 8 det DT
aims aim NOUN 6 obj NNS
of of ADP 12 case IN
" " PUNCT 12 punct `` SpaceAfter=No
armed armed ADJ 12 amod JJ
groups group NOUN 8 nmod NNS SpaceAfter=No
" " PUNCT 12 punct ''
including include VERB 13 advcl VBG
rebels rebel NOUN 14 obj NNS
adding add VERB 14 xcomp VBG
that that SCONJ 20 mark IN
two two NUM 19 nummod CD
guards guard NOUN 20 nsubj NNS
died die VERB 16 ccomp VBD SpaceAfter=No
. . PUNCT 3 punct .)",
     2,
     {{.cue = "said", .speaker = "The governor"},
      {.cue = "adding", .speaker = "The governor", .content = "two guards died"}}},
    {"ADaysClaimWithoutItsApostropheIsNoAttribution",
     // Tuesdays claim of the attack would be grave.   (the apostrophe lost: "claim" read as a verb, the day its
     // subject)
     R"(Tuesdays Tuesday PROPN 2 nsubj NNPS
claim claim VERB 0 root VBP
of of ADP 5 case IN
the the DET 5 det DT
attack attack NOUN 2 obl NN
would would AUX 8 aux MD
be be AUX 8 cop VB
grave grave ADJ 2 ccomp JJ SpaceAfter=No
. . PUNCT 2 punct .)",
     0,
     {}},
    {"ParticipleMadeThePredicateOfACopulaGoesOnWithTheOuterSpeaker",
     // The monitor said two guards were among the dead adding that jets struck the town.
     R"(The the DET 2 det DT
monitor monitor NOUN 3 nsubj NN
said say VERB 0 root VBD
two two NUM 5 nummod CD
guards guard NOUN 10 nsubj NNS
were be AUX 10 cop VBD
among among ADP 9 case IN
the the DET 9 det DT
dead dead ADJ 10 amod JJ
adding add VERB 3 ccomp VBG
that that SCONJ 13 mark IN
jets jet NOUN 13 nsubj NNS
struck strike VERB 10 ccomp VBD
the the DET 15 det DT
town town NOUN 13 obj NN SpaceAfter=No
. . PUNCT 3 punct .)",
     2,
     {{.cue = "said", .speaker = "The monitor"},
      {.cue = "adding", .speaker = "The monitor", .content = "jets struck the town"}}},
    {"AGerundModifyingANounIsNoVerbOfTheClause",
     // The reporter said the units with the supporting forces destroyed three vehicles.   (the clause parsed as
     // the verb's object and a modifier of "forces")
     R"(The the DET 2 det DT
reporter reporter NOUN 3 nsubj NN
said say VERB 0 root VBD
the the DET 5 det DT
units unit NOUN 3 obj NNS
with with ADP 9 case IN
the the DET 9 det DT
supporting support VERB 9 amod VBG
forces force NOUN 5 nmod NNS
destroyed destroy VERB 9 acl VBD
three three NUM 12 nummod CD
vehicles vehicle NOUN 10 obj NNS SpaceAfter=No
. . PUNCT 3 punct .)",
     1,
     {{.cue = "said",
       .speaker = "The reporter",
       .content = "the units with the supporting forces destroyed three vehicles"}}},
    {"AQuoteRightAfterTheAddresseeIsTheContentAndAnOpeningParticipleIsNot",
     // Asked about the claim, the senator told the host "No, it is not true."   (no comma before the quote; the
     // parse hung the verb of saying on the participle that sets the scene)
     R"(Asked ask VERB 0 root VBN
about about ADP 4 case IN
the the DET 4 det DT
claim claim NOUN 1 obl NN SpaceAfter=No
, , PUNCT 4 punct ,
the the DET 7 det DT
senator senator NOUN 8 nsubj NN
told tell VERB 1 parataxis VBD
the the DET 10 det DT
host host NOUN 8 obj NN
" " PUNCT 17 punct `` SpaceAfter=No
No no INTJ 17 discourse UH SpaceAfter=No
, , PUNCT 12 punct ,
it it PRON 17 nsubj PRP
is be AUX 17 cop VBZ
not not PART 17 advmod RB
true true ADJ 8 xcomp JJ SpaceAfter=No
. . PUNCT 17 punct . SpaceAfter=No
" " PUNCT 17 punct '')",
     1,
     {{.cue = "told", .speaker = "the senator", .content = "No, it is not true", .stance = Stance::deny}}},
    {"AQuoteAfterTheVerbIsTheContentNotTheClauseItHangsOn",
     // When asked about the case, Lee told the host "It is false."   (the verb of saying parsed as a parataxis of
     // the clause before it)
     R"(When when ADV 2 advmod WRB
asked ask VERB 0 root VBN
about about ADP 5 case IN
the the DET 5 det DT
case case NOUN 2 obl NN SpaceAfter=No
, , PUNCT 2 punct ,
Lee Lee PROPN 8 nsubj NNP
told tell VERB 2 parataxis VBD
the the DET 10 det DT
host host NOUN 8 obj NN
" " PUNCT 14 punct `` SpaceAfter=No
It it PRON 14 nsubj PRP
is be AUX 14 cop VBZ
false false ADJ 8 xcomp JJ SpaceAfter=No
. . PUNCT 14 punct . SpaceAfter=No
" " PUNCT 14 punct '')",
     1,
     {{.cue = "told", .speaker = "Lee", .content = "It is false", .stance = Stance::deny}}},
    {"NotRulingOutLeavesTheMatterOpen",
     // The officers did not rule out the chance that someone set the fire.   (neither asserted nor denied)
     R"(The the DET 2 det DT
officers officer NOUN 5 nsubj NNS
did do AUX 5 aux VBD
not not PART 5 advmod RB
rule rule VERB 0 root VB
out out ADP 5 compound:prt RP
the the DET 8 det DT
chance chance NOUN 5 obj NN
that that SCONJ 11 mark IN
someone someone PRON 11 nsubj NN
set set VERB 8 acl VBD
the the DET 13 det DT
fire fire NOUN 11 obj NN SpaceAfter=No
. . PUNCT 5 punct .)",
     1,
     {{.cue = "not rule out", .speaker = "The officers", .stance = Stance::uncertain}}},
    {"AnIndefiniteMonitorIsAnonymous",
     // Shelling killed four people, a monitor said.   (an unnamed monitor: anonymous)
     R"(Shelling shelling NOUN 2 nsubj NN
killed kill VERB 8 ccomp VBD
four four NUM 4 nummod CD
people people NOUN 2 obj NNS SpaceAfter=No
, , PUNCT 8 punct ,
a a DET 7 det DT
monitor monitor NOUN 8 nsubj NN
said say VERB 0 root VBD SpaceAfter=No
. . PUNCT 8 punct .)",
     1,
     {{.cue = "said", .speaker = "a monitor", .anonymous = true}}},
    {"TheMonitorIsOneNamedBefore",
     // Shelling killed four people, the monitor said.   (the one the article named: not anonymous)
     R"(Shelling shelling NOUN 2 nsubj NN
killed kill VERB 8 ccomp VBD
four four NUM 4 nummod CD
people people NOUN 2 obj NNS SpaceAfter=No
, , PUNCT 8 punct ,
the the DET 7 det DT
monitor monitor NOUN 8 nsubj NN
said say VERB 0 root VBD SpaceAfter=No
. . PUNCT 8 punct .)",
     1,
     {{.cue = "said", .speaker = "the monitor", .anonymous = false}}},
    {"AccordingToWithoutItsCommaEndsWhereTheClauseSubjectBegins",
     // According to a report by the Press Union at least 12 reporters have been detained this year.   (the clause
     // hung on the source's phrase as a relative clause without a relative word)
     R"(According accord VERB 4 case VBG
to to ADP 1 fixed IN
a a DET 4 det DT
report report NOUN 0 root NN
by by ADP 8 case IN
the the DET 8 det DT
Press Press PROPN 8 compound NNP
Union Union PROPN 4 nmod NNP
at at ADP 10 case IN
least least ADJ 11 nmod JJS
12 12 NUM 12 nummod CD
reporters reporter NOUN 15 nsubj:pass NNS
have have AUX 15 aux VBP
been be AUX 15 aux:pass VBN
detained detain VERB 4 acl:relcl VBN
this this DET 17 det DT
year year NOUN 15 obl:tmod NN SpaceAfter=No
. . PUNCT 4 punct .)",
     1,
     {{.cue = "According to",
       .speaker = "a report by the Press Union",
       .content = "at least 12 reporters have been detained this year"}}},
    {"AccordingToWithoutItsCommaAfterADateline",
     // 4 May 2016 According to the city hospital four people died.   (a dateline before the phrase)
     R"(4 4 NUM 0 root CD
May May PROPN 1 nmod:unmarked NNP
2016 2016 NUM 1 nmod:unmarked CD
According accord VERB 8 case VBG
to to ADP 4 fixed IN
the the DET 8 det DT
city city NOUN 8 compound NN
hospital hospital NOUN 1 appos NN
four four NUM 10 nummod CD
people people NOUN 11 nsubj NNS
died die VERB 8 acl:relcl VBD SpaceAfter=No
. . PUNCT 1 punct .)",
     1,
     {{.cue = "According to", .speaker = "the city hospital", .content = "four people died"}}},
    {"AParticipleHungOnAnAdverbIsSaidByTheVerbsSubject",
     // Medics put the toll higher saying that 40 had died.   (the comma lost; "saying" parsed on "higher")
     R"(Medics medic NOUN 2 nsubj NNS
put put VERB 0 root VBD
the the DET 4 det DT
toll toll NOUN 2 obj NN
higher high ADJ 2 advmod JJR
saying say VERB 5 advcl VBG
that that SCONJ 10 mark IN
40 40 NUM 10 nsubj CD
had have AUX 10 aux VBD
died die VERB 6 ccomp VBN SpaceAfter=No
. . PUNCT 2 punct .)",
     1,
     {{.cue = "saying", .speaker = "Medics", .content = "40 had died"}}},
    {"ASubjectFoundInsideTheQuoteIsNoSpeaker",
     // The raid was "a reply to the shelling" Omar Haddad of the Hama group told Tass.   (the comma lost; the parse
     // made "shelling", inside the quote, the subject of "told")
     R"(The the DET 2 det DT
raid raid NOUN 6 nsubj NN
was be AUX 6 cop VBD
" " PUNCT 6 punct ``
a a DET 6 det DT
reply reply NOUN 0 root NN
to to ADP 9 case IN
the the DET 9 det DT
shelling shelling NOUN 17 nsubj NN
" " PUNCT 12 punct ''
Omar Omar PROPN 12 compound NNP
Haddad Haddad PROPN 9 appos NNP
of of ADP 16 case IN
the the DET 16 det DT
Hama Hama PROPN 16 compound NNP
group group NOUN 12 nmod NN
told tell VERB 6 acl:relcl VBD
Tass Tass PROPN 17 iobj NNP SpaceAfter=No
. . PUNCT 6 punct .)",
     1,
     {{.cue = "told", .speaker = "Omar Haddad of the Hama group"}}},
    {"ASpeakerAfterAQuoteStartsAfterItsClosingMark",
     // "Rebels fled the town" spokesman Tom Hale said.   (the comma lost, the quote's end parsed into the speaker's
     // phrase)
     R"(" " PUNCT 3 punct ``
Rebels rebel NOUN 3 nsubj NNS
fled flee VERB 10 ccomp VBD
the the DET 5 det DT
town town NOUN 9 compound NN
" " PUNCT 9 punct ''
spokesman spokesman NOUN 9 compound NN
Tom Tom PROPN 9 compound NNP
Hale Hale PROPN 10 nsubj NNP
said say VERB 0 root VBD SpaceAfter=No
. . PUNCT 10 punct .)",
     1,
     {{.cue = "said", .speaker = "spokesman Tom Hale"}}},
    {"DenyingSomethingGrantedIsNoDenial",
     // The party sought a second nomination, thereby denying ballot access to its rival.   (withholding, not a
     // statement)
     R"(The the DET 2 det DT
party party NOUN 3 nsubj NN
sought seek VERB 0 root VBD
a a DET 6 det DT
second second ADJ 6 amod JJ
nomination nomination NOUN 3 obj NN SpaceAfter=No
, , PUNCT 9 punct ,
thereby thereby ADV 9 advmod RB
denying deny VERB 3 advcl VBG
ballot ballot NOUN 11 compound NN
access access NOUN 9 obj NN
to to ADP 14 case IN
its its PRON 14 nmod:poss PRP$
rival rival NOUN 9 obl NN SpaceAfter=No
. . PUNCT 3 punct .)",
     0,
     {}},
    {"ClauseBeforeWithTheSpeakerParsedIntoTheClause",
     // The attack came after days of calm, local residents have said.   (the speaker parsed as a modifier of
     // "days", the verb's auxiliary between the speaker and the cue)
     R"(The the DET 2 det DT
attack attack NOUN 3 nsubj NN
came come VERB 12 ccomp VBD
after after ADP 5 case IN
days day NOUN 3 obl NNS
of of ADP 10 case IN
calm calm ADJ 10 amod JJ
, , PUNCT 7 punct ,
local local ADJ 10 amod JJ
residents resident NOUN 5 nmod NNS
have have AUX 12 aux VBP
said say VERB 0 root VBN
. . PUNCT 12 punct .)",
     1,
     {{.cue = "said",
       .speaker = "local residents",
       .content = "The attack came after days of calm",
       .anonymous = true}}},
    {"AnActivityThatContinuesIsNoStatement",
     // Work continues today clearing the rubble.   ("clearing" parsed as a complement clause of "continues")
     R"(Work work NOUN 2 nsubj NN
continues continue VERB 0 root VBZ
today today NOUN 2 obl:unmarked NN
clearing clear VERB 2 ccomp VBG
the the DET 6 det DT
rubble rubble NOUN 4 obj NN
. . PUNCT 2 punct .)",
     0,
     {}},
    {"AccordingToAMeasureIsNoSource",
     // The monitor sorts the jets according to their type and flight paths.
     R"(The the DET 2 det DT
monitor monitor NOUN 3 nsubj NN
sorts sort VERB 0 root VBZ
the the DET 5 det DT
jets jet NOUN 3 obj NNS
according accord VERB 12 case VBG
to to ADP 6 fixed IN
their their PRON 9 nmod:poss PRP$
type type NOUN 12 compound NN
and and CCONJ 11 cc CC
flight flight NOUN 9 conj NN
paths path NOUN 3 obl NNS
. . PUNCT 3 punct .)",
     0,
     {}},
    {"AParticipleOfSayingOnAThingIsSaidByTheSubject",
     // The Observatory put the toll higher saying "at least 40 people" had died.   ("saying" hung on the object)
     R"(The the DET 2 det DT
Observatory Observatory PROPN 3 nsubj NNP
put put VERB 0 root VBD
the the DET 6 det DT
toll toll NOUN 6 compound NN
higher higher NOUN 3 obj NN
saying say VERB 6 acl VBG
" " PUNCT 12 punct ``
at at ADP 10 case IN
least least ADJ 11 nmod JJS
40 40 NUM 12 nummod CD
people people NOUN 15 nsubj NNS
" " PUNCT 12 punct ''
had have AUX 15 aux VBD
died die VERB 7 ccomp VBN
. . PUNCT 3 punct .)",
     1,
     {{.cue = "saying", .speaker = "The Observatory"}}},
    {"ANameBeforeItsRoleWithoutACommaIsNotAnonymous",
     // Omar Haddad a local activist confirmed that troops killed the villagers.   (the role parsed as the head)
     R"(Omar Omar PROPN 2 compound NNP
Haddad Haddad PROPN 5 compound NNP
a a DET 5 det DT
local local ADJ 5 amod JJ
activist activist NOUN 6 nsubj NN
confirmed confirm VERB 0 root VBD
that that SCONJ 9 mark IN
troops troop NOUN 9 nsubj NNS
killed kill VERB 6 ccomp VBD
the the DET 11 det DT
villagers villager NOUN 9 obj NNS
. . PUNCT 6 punct .)",
     1,
     {{.cue = "confirmed", .speaker = "Omar Haddad a local activist", .anonymous = false}}},
    {"OneMedicIsAnonymous",
     // "The wards are full" one medic told AFP.
     R"(" " PUNCT 5 punct ``
The the DET 3 det DT
wards ward NOUN 5 nsubj NNS
are be AUX 5 cop VBP
full full ADJ 9 ccomp JJ
" " PUNCT 5 punct ''
one one NUM 8 nummod CD
medic medic NOUN 9 nsubj NN
told tell VERB 0 root VBD
AFP AFP PROPN 9 iobj NNP
. . PUNCT 9 punct .)",
     1,
     {{.cue = "told", .speaker = "one medic", .anonymous = true}}},
    {"AnAbbreviationAtTheEndOfTheSentenceKeepsItsFullStop",
     // Ten people died, according to the U.N.   (the tokenizer splits the full stop off, as UD does)
     R"(Ten ten NUM 2 nummod CD
people people NOUN 3 nsubj NNS
died die VERB 0 root VBD SpaceAfter=No
, , PUNCT 8 punct ,
according accord VERB 8 case VBG
to to ADP 5 fixed IN
the the DET 8 det DT
U.N U.N PROPN 3 obl NNP SpaceAfter=No
. . PUNCT 3 punct .)",
     1,
     {{.cue = "according to", .speaker = "the U.N."}}},
    {"ADashedAsideInsideWhatIsSaid",
     // Activists say the advance - some of it foreign-made - has boosted the group.   (the object and a parataxis)
     R"(Activists activist NOUN 2 nsubj NNS
say say VERB 0 root VBP
the the DET 4 det DT
advance advance NOUN 2 obj NN
- - PUNCT 14 punct :
some some DET 14 nsubj DT
of of ADP 8 case IN
it it PRON 6 nmod PRP
foreign foreign ADJ 11 amod JJ SpaceAfter=No
- - PUNCT 11 punct HYPH SpaceAfter=No
made make VERB 6 amod VBN
- - PUNCT 14 punct :
has have AUX 14 aux VBZ
boosted boost VERB 2 parataxis VBN
the the DET 16 det DT
group group NOUN 14 obj NN
. . PUNCT 2 punct .)",
     1,
     {{.cue = "say",
       .speaker = "Activists",
       .content = "the advance - some of it foreign-made - has boosted the group"}}},
    {"ANounObjectWithAClauseOfTimeIsNoContent",
     // The ministry reported the arrival of 150 fighters after they were seen at the border.
     R"(The the DET 2 det DT
ministry ministry NOUN 3 nsubj NN
reported report VERB 0 root VBD
the the DET 5 det DT
arrival arrival NOUN 3 obj NN
of of ADP 8 case IN
150 150 NUM 8 nummod CD
fighters fighter NOUN 5 nmod NNS
after after SCONJ 12 mark IN
they they PRON 12 nsubj:pass PRP
were be AUX 12 aux:pass VBD
seen see VERB 3 advcl VBN
at at ADP 15 case IN
the the DET 15 det DT
border border NOUN 12 obl NN
. . PUNCT 3 punct .)",
     0,
     {}},
    {"NotSpecifyingADetailIsNoComment",
     // The surgeon did not specify a date.   (a detail left out, not a refusal to comment)
     R"(The the DET 2 det DT
surgeon surgeon NOUN 5 nsubj NN
did do AUX 5 aux VBD
not not PART 5 advmod RB
specify specify VERB 0 root VB
a a DET 7 det DT
date date NOUN 5 obj NN
. . PUNCT 5 punct .)",
     0,
     {}},
    {"ANamedBodyWithoutADeterminerIsNotAnonymous",
     // Karama rights group said ten people had died.   ("a rights group said" is anonymous)
     R"(Karama Karama PROPN 3 compound NNP
rights right NOUN 3 compound NNS
group group NOUN 4 nsubj NN
said say VERB 0 root VBD
ten ten NUM 6 nummod CD
people people NOUN 8 nsubj NNS
had have AUX 8 aux VBD
died die VERB 4 ccomp VBN
. . PUNCT 4 punct .)",
     1,
     {{.cue = "said", .speaker = "Karama rights group", .anonymous = false}}},
    {"ARelativeClauseWithoutThatIsNoContent",
     // The militants declared a buffer zone across the valleys they hold.   (no verb of its own after "they hold")
     R"(The the DET 2 det DT
militants militant NOUN 3 nsubj NNS
declared declare VERB 0 root VBD
a a DET 6 det DT
buffer buffer NOUN 6 compound NN
zone zone NOUN 3 obj NN
across across ADP 9 case IN
the the DET 9 det DT
valleys valley NOUN 6 nmod NNS
they they PRON 11 nsubj PRP
hold hold VERB 9 acl:relcl VBP
. . PUNCT 3 punct .)",
     0,
     {}},
    {"TheClausesOwnVerbAfterARelativeWithoutThat",
     // The mayor said the bridge they built has collapsed.   (parsed with the bridge as the object)
     R"(The the DET 2 det DT
mayor mayor NOUN 3 nsubj NN
said say VERB 0 root VBD
the the DET 5 det DT
bridge bridge NOUN 3 obj NN
they they PRON 7 nsubj PRP
built build VERB 5 acl:relcl VBD
has have AUX 9 aux VBZ
collapsed collapse VERB 3 parataxis VBN
. . PUNCT 3 punct .)",
     1,
     {{.cue = "said", .speaker = "The mayor", .content = "the bridge they built has collapsed"}}},
    {"WhomAVerbOfTellingTellsIsNoRelativeClause",
     // The driver told reporters he lost control.   (parsed with "reporters" as the object and "lost" a relative)
     R"(The the DET 2 det DT
driver driver NOUN 3 nsubj NN
told tell VERB 0 root VBD
reporters reporter NOUN 3 obj NNS
he he PRON 6 nsubj PRP
lost lose VERB 4 acl:relcl VBD
control control NOUN 6 obj NN
. . PUNCT 3 punct .)",
     1,
     {{.cue = "told", .speaker = "The driver", .content = "he lost control"}}},
    {"ANounOfSayingWithAClauseWithoutThatIsContent",
     // Moscow denied accusations it had bombed the clinic.   (the clause parsed as a relative clause on the noun)
     R"(Moscow Moscow PROPN 2 nsubj NNP
denied deny VERB 0 root VBD
accusations accusation NOUN 2 obj NNS
it it PRON 6 nsubj PRP
had have AUX 6 aux VBD
bombed bomb VERB 3 acl:relcl VBN
the the DET 8 det DT
clinic clinic NOUN 6 obj NN
. . PUNCT 2 punct .)",
     1,
     {{.cue = "denied",
       .speaker = "Moscow",
       .content = "accusations it had bombed the clinic",
       .stance = Stance::deny}}},
    {"AccordingToANameIsASourceEvenWhenItsFirstWordIsAMeasure",
     // Ten aid workers were hurt, according to Plan International.
     R"(Ten ten NUM 3 nummod CD
aid aid NOUN 3 compound NN
workers worker NOUN 5 nsubj:pass NNS
were be AUX 5 aux:pass VBD
hurt hurt VERB 0 root VBN
, , PUNCT 10 punct ,
according accord VERB 10 case VBG
to to ADP 7 fixed IN
Plan Plan PROPN 10 compound NNP
International International PROPN 5 obl NNP
. . PUNCT 5 punct .)",
     1,
     {{.cue = "according to", .speaker = "Plan International"}}},
};

class AttributionTable : public AttributionTest, public ::testing::WithParamInterface<Row> {
 protected:
  std::string describe(const std::vector<Attribution>& q) const {
    std::ostringstream out;
    for (size_t i = 0; i < q.size(); ++i)
      out << "\n  [" << i << "] cue '" << cue(q[i]) << "' (" << q[i].cue_lemma << ") speaker '" << speaker(q[i])
          << "' content '" << content(q[i]) << "' outlet '" << outlet(q[i]) << "' " << stance_name(q[i].stance)
          << (q[i].anonymous ? " anonymous" : "") << (q[i].direct ? " direct" : "");
    return out.str();
  }
};

TEST_P(AttributionTable, FindsTheExpectedRecords) {
  const Row& row = GetParam();
  const auto& q = tag({{row.conllu}});
  const std::string found = "found:" + describe(q);
  ASSERT_EQ(q.size(), row.count) << found;
  for (size_t i = 0; i < row.records.size(); ++i) {
    const Expected& e = row.records[i];
    const Attribution& a = q[i];
    SCOPED_TRACE("record " + std::to_string(i) + "; " + found);
    if (e.cue) {
      EXPECT_EQ(cue(a), *e.cue);
    }
    if (e.lemma) {
      EXPECT_EQ(a.cue_lemma, *e.lemma);
    }
    if (e.speaker) {
      EXPECT_EQ(speaker(a), *e.speaker);
    }
    if (e.content) {
      EXPECT_EQ(content(a), *e.content);
    }
    if (e.outlet) {
      EXPECT_EQ(outlet(a), *e.outlet);
    }
    if (e.stance) {
      EXPECT_EQ(stance_name(a.stance), std::string(stance_name(*e.stance)));
    }
    if (e.anonymous) {
      EXPECT_EQ(a.anonymous, *e.anonymous);
    }
    if (e.direct) {
      EXPECT_EQ(a.direct, *e.direct);
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Constructions, AttributionTable, ::testing::ValuesIn(kRows),
                         [](const ::testing::TestParamInfo<Row>& row) { return std::string(row.param.name); });

}  // namespace
}  // namespace dunlin::attribution_test
