// The reported-speech parse repairs (src/dunlin/nlp/parse_repair.h) on sentences written for these tests.
#include "dunlin/nlp/parse_repair.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

namespace dunlin::nlp {
namespace {

const std::vector<std::string> kRelations = {
    "root",      "nsubj",  "obj",        "iobj",     "ccomp",        "acl",       "acl:relcl", "appos", "conj",
    "cc",        "punct",  "compound",   "det",      "amod",         "obl",       "case",      "aux",   "flat",
    "nmod:desc", "nummod", "obl:agent",  "aux:pass", "compound:prt", "advcl",     "mark",      "dep",   "xcomp",
    "cop",       "nmod",   "nsubj:pass", "csubj",    "advmod",       "nmod:poss", "fixed"};

// Lines "form lemma UPOS XPOS head relation"; repaired, then printed back as "form:head:relation" per word.
struct Sentence {
  std::vector<std::string> form, lemma, upos, xpos;
  std::vector<uint32_t> heads;
  std::vector<uint16_t> labels;
};

Sentence read(const std::string& lines) {
  Sentence s;
  std::istringstream in(lines);
  std::string f, l, u, x, r;
  uint32_t h;
  while (in >> f >> l >> u >> x >> h >> r) {
    s.form.push_back(f), s.lemma.push_back(l), s.upos.push_back(u), s.xpos.push_back(x), s.heads.push_back(h);
    const auto it = std::find(kRelations.begin(), kRelations.end(), r);
    EXPECT_NE(it, kRelations.end()) << r;
    s.labels.push_back(static_cast<uint16_t>(it - kRelations.begin()));
  }
  return s;
}

std::string repaired(const std::string& lines, int* changed = nullptr) {
  Sentence s = read(lines);
  auto views = [](const std::vector<std::string>& v) { return std::vector<std::string_view>(v.begin(), v.end()); };
  const auto f = views(s.form), l = views(s.lemma), u = views(s.upos), x = views(s.xpos);
  const int n = repair_reported_speech(f, l, u, x, s.heads, s.labels, kRelations);
  if (changed) *changed = n;
  std::string out;
  for (size_t i = 0; i < s.form.size(); ++i)
    out += s.form[i] + ":" + std::to_string(s.heads[i]) + ":" + kRelations[s.labels[i]] + " ";
  return out;
}

TEST(ParseRepair, ANounObjectWithAParticipleAfterAVerbOfSayingIsTheReportedClause) {
  // "The agency said rebel gunners shot down two helicopters": "gunners" was said's object, "shot" its modifier.
  EXPECT_EQ(repaired(R"(The the DET DT 2 det
agency agency NOUN NN 3 nsubj
said say VERB VBD 0 root
rebel rebel NOUN NN 5 compound
gunners gunner NOUN NNS 3 obj
shot shoot VERB VBN 5 acl
down down ADP RP 6 compound:prt
two two NUM CD 9 nummod
helicopters helicopter NOUN NNS 5 conj)"),
            "The:2:det agency:3:nsubj said:0:root rebel:5:compound gunners:6:nsubj shot:3:ccomp down:6:compound:prt "
            "two:9:nummod helicopters:6:obj ");
}

TEST(ParseRepair, AnAuxiliaryTakesNoSubjectOrAdverbOfItsOwn) {
  // "Officials admitted their army had \"mistakenly\" hit a school": the subject and the adverb hung on "had".
  EXPECT_EQ(repaired(R"(Officials official NOUN NNS 2 nsubj
admitted admit VERB VBD 0 root
their their PRON PRP$ 4 nmod:poss
army army NOUN NN 5 nsubj
had have AUX VBD 7 aux
mistakenly mistakenly ADV RB 5 advmod
hit hit VERB VBN 2 ccomp
a a DET DT 9 det
school school NOUN NN 7 obj)"),
            "Officials:2:nsubj admitted:0:root their:4:nmod:poss army:7:nsubj had:7:aux mistakenly:7:advmod "
            "hit:2:ccomp a:9:det school:7:obj ");
}

TEST(ParseRepair, ASpeechActAfterACommaOnANounOfTheContentIsTheSpeakers) {
  // "Oslo confirmed its navy had seized a tanker, blaming smugglers": the parser hung "blaming" on "tanker" (a
  // tanker blames nobody); it is Oslo's next act, beside what was confirmed.
  EXPECT_EQ(repaired(R"(Oslo Oslo PROPN NNP 2 nsubj
confirmed confirm VERB VBD 0 root
its its PRON PRP$ 4 nmod:poss
navy navy NOUN NN 6 nsubj
had have AUX VBD 6 aux
seized seize VERB VBN 2 ccomp
a a DET DT 8 det
tanker tanker NOUN NN 6 obj
, , PUNCT , 10 punct
blaming blame VERB VBG 8 acl
smugglers smuggler NOUN NNS 10 obj)"),
            "Oslo:2:nsubj confirmed:0:root its:4:nmod:poss navy:6:nsubj had:6:aux seized:2:ccomp a:8:det "
            "tanker:6:obj ,:10:punct blaming:2:advcl smugglers:10:obj ");
}

TEST(ParseRepair, ASecondSubjectAfterACommaInAListIsAConjunct) {
  // "Chile, Peru and Bolivia condemned the raid": the parser gave the verb two subjects, Chile and Peru, and hung
  // Bolivia on Peru; the three are one list.
  EXPECT_EQ(repaired(R"(Chile Chile PROPN NNP 6 nsubj
, , PUNCT , 1 punct
Peru Peru PROPN NNP 6 nsubj
and and CCONJ CC 5 cc
Bolivia Bolivia PROPN NNP 3 conj
condemned condemn VERB VBD 0 root
the the DET DT 8 det
raid raid NOUN NN 6 obj)"),
            "Chile:6:nsubj ,:1:punct Peru:1:conj and:5:cc Bolivia:1:conj condemned:0:root the:8:det raid:6:obj ");
}

TEST(ParseRepair, ATitleAndItsNameReadAsTwoSubjectsAreOne) {
  // "Ally Chile signed the pact": the parser made "Ally" and "Chile" two subjects of "signed"; the name is the
  // subject and the noun before it its title.
  EXPECT_EQ(repaired(R"(Ally ally NOUN NN 3 nsubj
Chile Chile PROPN NNP 3 nsubj
signed sign VERB VBD 0 root
the the DET DT 5 det
pact pact NOUN NN 3 obj)"),
            "Ally:2:nmod:desc Chile:3:nsubj signed:0:root the:5:det pact:3:obj ");
  // "The cabinet of Premier Ana Ruiz resigned": the title hung inside the first subject, the name split off as a
  // second one; the name takes the title's place and preposition.
  EXPECT_EQ(repaired(R"(The the DET DT 2 det
cabinet cabinet NOUN NN 7 nsubj
of of ADP IN 4 case
Premier premier PROPN NNP 2 nmod
Ana Ana PROPN NNP 7 nsubj
Ruiz Ruiz PROPN NNP 5 flat
resigned resign VERB VBD 0 root)"),
            "The:2:det cabinet:7:nsubj of:5:case Premier:5:nmod:desc Ana:2:nmod Ruiz:5:flat resigned:0:root ");
}

TEST(ParseRepair, ANameThatOpensARelativeClauseOrFollowsAPluralIsNoTitledName) {
  // "The crowds Lima filmed cheered": the name is the subject of a relative clause without a pronoun (a verb
  // follows it); "The protesters Ana met ..." likewise with a plural before the name. Both left alone.
  const std::string relative = R"(The the DET DT 2 det
crowds crowd NOUN NNS 5 nsubj
Lima Lima PROPN NNP 5 nsubj
filmed film VERB VBD 2 acl:relcl
cheered cheer VERB VBD 0 root)";
  int changed = -1;
  repaired(relative, &changed);
  EXPECT_EQ(changed, 0);
  const std::string plural = R"(The the DET DT 2 det
voters voter NOUN NNS 4 nsubj
Lima Lima PROPN NNP 4 nsubj
cheered cheer VERB VBD 0 root)";
  repaired(plural, &changed);
  EXPECT_EQ(changed, 0);
}

TEST(ParseRepair, AfterAVerbOfNamingTheOneNamedIsTheObject) {
  // "Quito called the rebels bandits": the parser compounded "the rebels" onto "bandits".
  EXPECT_EQ(repaired(R"(Quito Quito PROPN NNP 2 nsubj
called call VERB VBD 0 root
the the DET DT 4 det
rebels rebel NOUN NNS 5 compound
bandits bandit NOUN NNS 2 obj)"),
            "Quito:2:nsubj called:0:root the:4:det rebels:2:obj bandits:2:xcomp ");
  // "Quito labelled the group a gang": the parser made "the group" an indirect object; naming gives nothing.
  EXPECT_EQ(repaired(R"(Quito Quito PROPN NNP 2 nsubj
labelled label VERB VBD 0 root
the the DET DT 4 det
group group NOUN NN 2 iobj
a a DET DT 6 det
gang gang NOUN NN 2 obj)"),
            "Quito:2:nsubj labelled:0:root the:4:det group:2:obj a:6:det gang:2:xcomp ");
}

TEST(ParseRepair, TheSubjectAfterAnOpeningDayIsNoConjunctOfTheDay) {
  // "On Monday, Ana Ruiz, the mayor of Selva, closed the port": the parser hung the name on the day as a conjunct and
  // took the apposition for the subject.
  const std::string tail = R"(
closed close VERB VBD 0 root
the the DET DT 13 det
port port NOUN NN 11 obj)";
  const std::string repaired_tree =
      "On:2:case Monday:11:obl ,:5:punct Ana:5:compound Ruiz:11:nsubj ,:8:punct the:8:det mayor:5:appos "
      "of:10:case Selva:8:nmod closed:0:root the:13:det port:11:obj ";
  // The parser's tree but for the mayor's row: the apposition taken for the subject, or hung on the day too.
  const auto parsed = [&](const std::string& mayor_row) {
    return R"(On on ADP IN 2 case
Monday Monday PROPN NNP 11 obl
, , PUNCT , 5 punct
Ana Ana PROPN NNP 5 compound
Ruiz Ruiz PROPN NNP 2 conj
, , PUNCT , 8 punct
the the DET DT 8 det
)" + mayor_row +
           R"(
of of ADP IN 10 case
Selva Selva PROPN NNP 8 nmod)" +
           tail;
  };
  EXPECT_EQ(repaired(parsed("mayor mayor NOUN NN 11 nsubj")), repaired_tree);
  EXPECT_EQ(repaired(parsed("mayor mayor NOUN NN 2 appos")), repaired_tree);
  // A list of days is no subject: the verb has its own subject, not an apposition right after the conjunct.
  int changed = -1;
  repaired(R"(On on ADP IN 2 case
Monday Monday PROPN NNP 7 obl
, , PUNCT , 4 punct
Tuesday Tuesday PROPN NNP 2 conj
the the DET DT 6 det
army army NOUN NN 7 nsubj
closed close VERB VBD 0 root
the the DET DT 9 det
port port NOUN NN 7 obj)",
           &changed);
  EXPECT_EQ(changed, 0);
}

TEST(ParseRepair, AfterSayAParticipleWithoutObjectIsTheReportedVerb) {
  // "The council said the drone crashed in a field": "drone" was said's object, "crashed" a participle on it.
  EXPECT_EQ(repaired(R"(The the DET DT 2 det
council council NOUN NN 3 nsubj
said say VERB VBD 0 root
the the DET DT 5 det
drone drone NOUN NN 3 obj
crashed crash VERB VBN 5 acl
in in ADP IN 9 case
a a DET DT 9 det
field field NOUN NN 6 obl)"),
            "The:2:det council:3:nsubj said:0:root the:5:det drone:6:nsubj crashed:3:ccomp in:9:case a:9:det "
            "field:6:obl ");
  // Not after "claim", whose noun object may be an act ("claimed the raid staged near the city").
  int changed = -1;
  repaired(R"(The the DET DT 2 det
group group NOUN NN 3 nsubj
claimed claim VERB VBD 0 root
the the DET DT 5 det
raid raid NOUN NN 3 obj
staged stage VERB VBN 5 acl
near near ADP IN 9 case
the the DET DT 9 det
city city NOUN NN 6 obl)",
           &changed);
  EXPECT_EQ(changed, 0);
}

TEST(ParseRepair, AnOpeningParticipleThatTookTheSpeakerIsAnAdverbialClause) {
  // "Speaking to Tass Anna Petrova said the talks failed": "Speaking" the subject of "said", the speaker inside its
  // phrase with "to" and the outlet hung on her.
  EXPECT_EQ(repaired(R"(Speaking speak VERB VBG 6 csubj
to to ADP IN 4 case
Tass Tass PROPN NNP 4 nmod:desc
Anna Anna PROPN NNP 1 obl
Petrova Petrova PROPN NNP 4 flat
said say VERB VBD 0 root
the the DET DT 8 det
talks talk NOUN NNS 9 nsubj
failed fail VERB VBD 6 ccomp)"),
            "Speaking:6:advcl to:3:case Tass:1:obl Anna:6:nsubj Petrova:4:flat said:0:root the:8:det talks:9:nsubj "
            "failed:6:ccomp ");
  // A verb with a subject of its own keeps the participle as it is.
  int changed = -1;
  repaired(R"(Speaking speak VERB VBG 5 advcl
to to ADP IN 3 case
Tass Tass PROPN NNP 1 obl
she she PRON PRP 5 nsubj
said say VERB VBD 0 root
the the DET DT 7 det
talks talk NOUN NNS 8 nsubj
failed fail VERB VBD 5 ccomp)",
           &changed);
  EXPECT_EQ(changed, 0);
}

TEST(ParseRepair, ANounObjectBeforeAnAuxiliaryIsTheReportedSubject) {
  // "The agency said four guards were among the dead": "guards" said's object, "were" a copula of "dead", whose
  // parse hung it elsewhere.
  EXPECT_EQ(repaired(R"(The the DET DT 2 det
agency agency NOUN NN 3 nsubj
said say VERB VBD 0 root
four four NUM CD 5 nummod
guards guard NOUN NNS 3 obj
were be AUX VBD 9 cop
among among ADP IN 9 case
the the DET DT 9 det
dead dead NOUN NN 5 nmod)"),
            "The:2:det agency:3:nsubj said:0:root four:5:nummod guards:9:nsubj were:9:cop among:9:case the:9:det "
            "dead:3:ccomp ");
  // Never a cycle: a clause head above the verb of saying stays where it is.
  int changed = -1;
  repaired(R"(Germany Germany PROPN NNP 2 nsubj
asked ask VERB VBD 9 csubj
for for ADP IN 4 case
access access NOUN NN 2 obl
saying say VERB VBG 4 acl
the the DET DT 7 det
truce truce NOUN NN 5 obj
is be AUX VBZ 9 cop
enough enough ADJ JJ 0 root)",
           &changed);
  EXPECT_EQ(changed, 0);
}

TEST(ParseRepair, ASecondSubjectAfterARelativeClauseBelongsToTheClause) {
  // "The monitor which covers the war said S": "war" was a second subject of "said".
  EXPECT_EQ(repaired(R"(The the DET DT 2 det
monitor monitor NOUN NN 7 nsubj
which which PRON WDT 4 nsubj
covers cover VERB VBZ 2 acl:relcl
the the DET DT 6 det
war war NOUN NN 7 nsubj
said say VERB VBD 0 root
rebels rebel NOUN NNS 9 nsubj
fled flee VERB VBD 7 ccomp)"),
            "The:2:det monitor:7:nsubj which:4:nsubj covers:2:acl:relcl the:6:det war:4:obj said:0:root "
            "rebels:9:nsubj fled:7:ccomp ");
}

TEST(ParseRepair, APlaceThatLostItsCommaBeforeTheSpeakerIsAPhraseOfPlace) {
  // "In Hama state radio later said S": "In Hama state radio" one phrase of place.
  EXPECT_EQ(repaired(R"(In in ADP IN 4 case
Hama Hama PROPN NNP 4 compound
state state NOUN NN 4 compound
radio radio NOUN NN 6 obl
later later ADV RB 6 advmod
said say VERB VBD 0 root
troops troop NOUN NNS 8 nsubj
withdrew withdraw VERB VBD 6 ccomp)"),
            "In:2:case Hama:6:obl state:4:compound radio:6:nsubj later:6:advmod said:0:root troops:8:nsubj "
            "withdrew:6:ccomp ");
  // A name after the place is the place's ("In New York ..."): left alone.
  int changed = -1;
  repaired(R"(In in ADP IN 4 case
New New PROPN NNP 3 compound
York York PROPN NNP 4 compound
radio radio NOUN NN 5 obl
said say VERB VBD 0 root
troops troop NOUN NNS 7 nsubj
withdrew withdraw VERB VBD 5 ccomp)",
           &changed);
  EXPECT_EQ(changed, 0);
}

TEST(ParseRepair, APrepositionTakesNoObject) {
  // "The envoy met on Friday with Omar Haddad, a rebel leader.": "with" was read as a mark on the full stop and
  // "Omar" as its object.
  EXPECT_EQ(repaired(R"(The the DET DT 2 det
envoy envoy NOUN NN 3 nsubj
met meet VERB VBD 0 root
on on ADP IN 5 case
Friday Friday PROPN NNP 3 obl
with with ADP IN 13 mark
Omar Omar PROPN NNP 6 obj
Haddad Haddad PROPN NNP 7 flat
, , PUNCT , 12 punct
a a DET DT 12 det
rebel rebel NOUN NN 12 compound
leader leader NOUN NN 7 appos
. . PUNCT . 3 punct)"),
            "The:2:det envoy:3:nsubj met:0:root on:5:case Friday:3:obl with:7:case Omar:3:obl Haddad:7:flat ,:12:punct "
            "a:12:det rebel:12:compound leader:7:appos .:3:punct ");
  // "a deal brokered [by] Russia": the agent of a passive participle.
  EXPECT_EQ(repaired(R"(a a DET DT 2 det
deal deal NOUN NN 0 root
brokered broker VERB VBN 2 acl
by by ADP IN 3 advmod
Russia Russia PROPN NNP 4 obj)"),
            "a:2:det deal:0:root brokered:2:acl by:5:case Russia:3:obl:agent ");
  // "The envoy received the thanks of Omar Haddad": the name hung on "of" (read as a modifier of the noun, or as
  // part of it) is the noun's modifier, with "of" its case marker.
  for (const char* of : {"nmod", "fixed"}) {
    EXPECT_EQ(repaired(std::string(R"(The the DET DT 2 det
envoy envoy NOUN NN 3 nsubj
received receive VERB VBD 0 root
the the DET DT 5 det
thanks thanks NOUN NNS 3 obj
of of ADP IN 5 )") + of +
                       R"(
Omar Omar PROPN NNP 6 appos
Haddad Haddad PROPN NNP 7 flat)"),
              "The:2:det envoy:3:nsubj received:0:root the:5:det thanks:3:obj of:7:case Omar:5:nmod Haddad:7:flat ")
        << of;
  }
  // "instead of Homs": "of" is part of "instead of", and the name hung on it stays (the rule is for a preposition
  // read as part of a noun).
  const std::string instead = R"(Aid aid NOUN NN 2 nsubj
went go VERB VBD 0 root
to to ADP IN 4 case
Idlib Idlib PROPN NNP 2 obl
instead instead ADV RB 2 advmod
of of ADP IN 5 fixed
Homs Homs PROPN NNP 6 appos)";
  EXPECT_EQ(repaired(instead),
            "Aid:2:nsubj went:0:root to:4:case Idlib:2:obl instead:2:advmod of:5:fixed Homs:6:appos ");
}

TEST(ParseRepair, AClauseReadAsASecondSubjectOfTheVerbOfSaying) {
  // "Shells killed two guards on Friday a monitor said": "Shells" and "monitor" both subjects of "said", "killed" a
  // participle on "Shells".
  EXPECT_EQ(repaired(R"(Shells shell NOUN NNS 9 nsubj
killed kill VERB VBD 1 acl
two two NUM CD 4 nummod
guards guard NOUN NNS 2 obj
on on ADP IN 6 case
Friday Friday PROPN NNP 2 obl
a a DET DT 8 det
monitor monitor NOUN NN 9 nsubj
said say VERB VBD 0 root)"),
            "Shells:2:nsubj killed:9:ccomp two:4:nummod guards:2:obj on:6:case Friday:2:obl a:8:det monitor:9:nsubj "
            "said:0:root ");
}

TEST(ParseRepair, APassiveParticipleWithItsAgentStaysAModifier) {
  // "She said the money sent by the bank never arrived" is not repaired here: "sent" has its agent.
  int changed = -1;
  repaired(R"(She she PRON PRP 2 nsubj
said say VERB VBD 0 root
the the DET DT 4 det
money money NOUN NN 2 obj
sent send VERB VBN 4 acl
by by ADP IN 8 case
the the DET DT 8 det
bank bank NOUN NN 5 obl:agent)",
           &changed);
  EXPECT_EQ(changed, 0);
}

TEST(ParseRepair, ANameHungOnAVerbOfSayingAsIndirectObjectIsTheReportedSubject) {
  // "The aide said Minister Ruiz and Governor Pei would meet": "Ruiz" was said's indirect object.
  EXPECT_EQ(repaired(R"(The the DET DT 2 det
aide aide NOUN NN 3 nsubj
said say VERB VBD 0 root
Minister Minister PROPN NNP 5 nmod:desc
Ruiz Ruiz PROPN NNP 3 iobj
and and CCONJ CC 7 cc
Governor Governor PROPN NNP 8 nmod:desc
Pei Pei PROPN NNP 10 nsubj
would would AUX MD 10 aux
meet meet VERB VB 3 ccomp)"),
            "The:2:det aide:3:nsubj said:0:root Minister:5:nmod:desc Ruiz:10:nsubj and:7:cc Governor:8:nmod:desc "
            "Pei:5:conj would:10:aux meet:3:ccomp ");
}

TEST(ParseRepair, AVerbOfSayingOnAnAppositionIsTheSentencesVerb) {
  // "The Monitor, a London-based group, said ...": "said" was a relative clause of "group" without a subject.
  EXPECT_EQ(repaired(R"(The the DET DT 2 det
Monitor Monitor PROPN NNP 0 root
, , PUNCT , 5 punct
a a DET DT 5 det
group group NOUN NN 2 appos
, , PUNCT , 7 punct
said say VERB VBD 5 acl:relcl
talks talk NOUN NNS 9 nsubj
failed fail VERB VBD 7 ccomp
. . PUNCT . 2 punct)"),
            "The:2:det Monitor:7:nsubj ,:5:punct a:5:det group:2:appos ,:7:punct said:0:root talks:9:nsubj "
            "failed:7:ccomp .:7:punct ");
  // A relative clause with its own pronoun stays one: "..., a group which said ...".
  int changed = -1;
  repaired(R"(The the DET DT 2 det
Monitor Monitor PROPN NNP 0 root
, , PUNCT , 5 punct
a a DET DT 5 det
group group NOUN NN 2 appos
, , PUNCT , 8 punct
which which PRON WDT 8 nsubj
said say VERB VBD 5 acl:relcl)",
           &changed);
  EXPECT_EQ(changed, 0);
}

TEST(ParseRepair, OfTwoComplementsTheOneOpenedByAsIsAnAdverbialClause) {
  // "Tanks shelled the town, the ministry said, as envoys met": "met" was a second complement of "said".
  EXPECT_EQ(repaired(R"(Tanks tank NOUN NNS 2 nsubj
shelled shell VERB VBD 6 ccomp
the the DET DT 4 det
town town NOUN NN 2 obj
ministry ministry NOUN NN 6 nsubj
said say VERB VBD 0 root
as as SCONJ IN 9 mark
envoys envoy NOUN NNS 9 nsubj
met meet VERB VBD 6 ccomp)"),
            "Tanks:2:nsubj shelled:6:ccomp the:4:det town:2:obj ministry:6:nsubj said:0:root as:9:mark "
            "envoys:9:nsubj met:6:advcl ");
  // A quote that opens with "Although" is what is said when it is the only complement.
  int changed = -1;
  repaired(R"(She she PRON PRP 2 nsubj
said say VERB VBD 0 root
although although SCONJ IN 5 mark
it it PRON PRP 5 nsubj
rained rain VERB VBD 2 ccomp)",
           &changed);
  EXPECT_EQ(changed, 0);
}

TEST(ParseRepair, ASpeechActWithoutSubjectInsideWhatIsSaidIsTheSpeakersNext) {
  // "She said talks failed and denied that envoys left": "denied" was a conjunct inside the content.
  EXPECT_EQ(repaired(R"(She she PRON PRP 2 nsubj
said say VERB VBD 0 root
talks talk NOUN NNS 4 nsubj
failed fail VERB VBD 2 ccomp
and and CCONJ CC 6 cc
denied deny VERB VBD 4 conj
that that SCONJ IN 9 mark
envoys envoy NOUN NNS 9 nsubj
left leave VERB VBD 6 ccomp)"),
            "She:2:nsubj said:0:root talks:4:nsubj failed:2:ccomp and:6:cc denied:2:conj that:9:mark envoys:9:nsubj "
            "left:6:ccomp ");
  // A conjunct with a subject of its own stays in the content: "She said talks failed and envoys denied it".
  int changed = -1;
  repaired(R"(She she PRON PRP 2 nsubj
said say VERB VBD 0 root
talks talk NOUN NNS 4 nsubj
failed fail VERB VBD 2 ccomp
and and CCONJ CC 7 cc
envoys envoy NOUN NNS 7 nsubj
denied deny VERB VBD 4 conj)",
           &changed);
  EXPECT_EQ(changed, 0);
}

TEST(ParseRepair, AVerbOfSayingReadAsARelativeClauseOnTheSubjectIsTheSentencesVerb) {
  // "The Kurdish Council said at least 12 guards were hurt": "said" a reduced relative clause on "Council", which
  // left "hurt" two subjects.
  EXPECT_EQ(repaired(R"(The the DET DT 3 det
Kurdish Kurdish ADJ JJ 3 amod
Council Council PROPN NNP 10 nsubj:pass
said say VERB VBN 3 acl
at at ADP IN 6 case
least least ADJ JJS 7 nmod
12 12 NUM CD 8 nummod
guards guard NOUN NNS 10 nsubj:pass
were be AUX VBD 10 aux:pass
hurt hurt VERB VBN 0 root
. . PUNCT . 10 punct)"),
            "The:3:det Kurdish:3:amod Council:4:nsubj said:0:root at:6:case least:7:nmod 12:8:nummod "
            "guards:10:nsubj:pass were:10:aux:pass hurt:4:ccomp .:4:punct ");
  // A real reduced relative leaves one subject: "The sum said to be missing was found".
  int changed = -1;
  repaired(R"(The the DET DT 2 det
sum sum NOUN NN 8 nsubj:pass
said say VERB VBN 2 acl
to to PART TO 6 mark
be be AUX VB 6 cop
missing missing ADJ JJ 3 xcomp
was be AUX VBD 8 aux:pass
found find VERB VBN 0 root)",
           &changed);
  EXPECT_EQ(changed, 0);
}

TEST(ParseRepair, AParticipleAfterTheSubjectReadAsTheVerbIsAModifierOfTheSubject) {
  // "A dossier published Friday by the inquiry claimed the guards fired first": "published" the root, "claimed"
  // its adverbial clause.
  EXPECT_EQ(repaired(R"(A a DET DT 2 det
dossier dossier NOUN NN 3 nsubj
published publish VERB VBN 0 root
Friday Friday PROPN NNP 3 obj
by by ADP IN 7 case
the the DET DT 7 det
inquiry inquiry NOUN NN 3 obl:agent
claimed claim VERB VBD 3 advcl
the the DET DT 10 det
guards guard NOUN NNS 11 nsubj
fired fire VERB VBD 8 ccomp
first first ADV RB 11 dep
. . PUNCT . 3 punct)"),
            "A:2:det dossier:8:nsubj published:2:acl Friday:3:obl by:7:case the:7:det inquiry:3:obl:agent "
            "claimed:0:root the:10:det guards:11:nsubj fired:8:ccomp first:11:dep .:8:punct ");
  // A verb with an object is the verb ("The army shelled the town killed ..." aside), and a comma makes a list of
  // acts: "The army advanced, took the town" stays as it is.
  int changed = -1;
  repaired(R"(The the DET DT 2 det
army army NOUN NN 3 nsubj
advanced advance VERB VBD 0 root
, , PUNCT , 5 punct
took take VERB VBD 3 conj
the the DET DT 7 det
town town NOUN NN 5 obj)",
           &changed);
  EXPECT_EQ(changed, 0);
  repaired(R"(The the DET DT 2 det
army army NOUN NN 3 nsubj
reported report VERB VBD 0 root
gains gain NOUN NNS 3 obj
claimed claim VERB VBD 3 conj)",
           &changed);
  EXPECT_EQ(changed, 0);
}

// Lines "form lemma UPOS XPOS" (no tree needed): where find_speaker_break puts the comma, as
// "comma speaker_first-speaker_end verb" (1-based), or "none".
std::string speaker_break(const std::string& lines) {
  std::vector<std::string> form, lemma, upos, xpos;
  std::istringstream in(lines);
  for (std::string f, l, u, x; in >> f >> l >> u >> x;)
    form.push_back(f), lemma.push_back(l), upos.push_back(u), xpos.push_back(x);
  auto views = [](const std::vector<std::string>& v) { return std::vector<std::string_view>(v.begin(), v.end()); };
  const SpeakerBreak at = find_speaker_break(views(form), views(lemma), views(upos), views(xpos));
  if (at.comma == 0) return "none";
  return std::to_string(at.comma) + " " + std::to_string(at.speaker_first) + "-" + std::to_string(at.speaker_end) +
         " " + std::to_string(at.verb);
}

TEST(SpeakerBreak, ASpeakerAfterTheReportedClauseWithoutItsComma) {
  // "Two guards died in the blast a monitor has said."
  EXPECT_EQ(speaker_break(R"(Two two NUM CD
guards guard NOUN NNS
died die VERB VBD
in in ADP IN
the the DET DT
blast blast NOUN NN
a a DET DT
monitor monitor NOUN NN
has have AUX VBZ
said say VERB VBN
. . PUNCT .)"),
            "7 7-9 10");
  // "... on Friday a clinic and a rescue group said": both conjuncts are the speaker.
  EXPECT_EQ(speaker_break(R"(Smoke smoke NOUN NN
covered cover VERB VBD
the the DET DT
market market NOUN NN
on on ADP IN
Friday Friday PROPN NNP
a a DET DT
clinic clinic NOUN NN
and and CCONJ CC
a a DET DT
rescue rescue NOUN NN
group group NOUN NN
said say VERB VBD
. . PUNCT .)"),
            "7 7-13 13");
  // A name opens where its capitalized words do: "... in the north of the capital Tass reported."
  EXPECT_EQ(speaker_break(R"(Shells shell NOUN NNS
hit hit VERB VBD
a a DET DT
depot depot NOUN NN
in in ADP IN
the the DET DT
north north NOUN NN
of of ADP IN
the the DET DT
capital capital NOUN NN
Tass Tass PROPN NNP
reported report VERB VBD
. . PUNCT .)"),
            "11 11-12 12");
  // "... he added."
  EXPECT_EQ(speaker_break(R"(The the DET DT
convoy convoy NOUN NN
turned turn VERB VBD
back back ADV RB
he he PRON PRP
added add VERB VBD
. . PUNCT .)"),
            "5 5-6 6");
}

TEST(SpeakerBreak, AVerbThatGoesOnWithWhatWasSaidAfterASubjectPronoun) {
  // "The fighters are few in number he continued."
  EXPECT_EQ(speaker_break(R"(The the DET DT
fighters fighter NOUN NNS
are be AUX VBP
few few ADJ JJ
in in ADP IN
number number NOUN NN
he he PRON PRP
continued continue VERB VBD
. . PUNCT .)"),
            "7 7-8 8");
  // ... but not after a noun: "Shells hit the villages and the shelling continued." is no saying.
  EXPECT_EQ(speaker_break(R"(Shells shell NOUN NNS
hit hit VERB VBD
the the DET DT
villages village NOUN NNS
and and CCONJ CC
the the DET DT
shelling shelling NOUN NN
continued continue VERB VBD
. . PUNCT .)"),
            "none");
}

TEST(SpeakerBreak, AHyphenatedModifierIsInsideTheSpeakersPhrase) {
  // "Militiamen were killed by a rebel unit the London-based watchdog said."
  EXPECT_EQ(speaker_break(R"(Militiamen militiaman NOUN NNS
were be AUX VBD
killed kill VERB VBN
by by ADP IN
a a DET DT
rebel rebel NOUN NN
unit unit NOUN NN
the the DET DT
London London PROPN NNP
- - PUNCT HYPH
based base VERB VBN
watchdog watchdog NOUN NN
said say VERB VBD
. . PUNCT .)"),
            "8 8-13 13");
}

TEST(SpeakerBreak, AnAdverbBetweenTheAuxiliaryAndTheVerb) {
  // "Two guards died a monitor has also said."
  EXPECT_EQ(speaker_break(R"(Two two NUM CD
guards guard NOUN NNS
died die VERB VBD
a a DET DT
monitor monitor NOUN NN
has have AUX VBZ
also also ADV RB
said say VERB VBN
. . PUNCT .)"),
            "4 4-6 8");
}

TEST(SpeakerBreak, HyphensAreInsideWords) {
  // "... in north-western Syria a monitor said."
  EXPECT_EQ(speaker_break(R"(Raids raid NOUN NNS
hit hit VERB VBD
a a DET DT
town town NOUN NN
in in ADP IN
north north NOUN NN
- - PUNCT HYPH
western western ADJ JJ
Syria Syria PROPN NNP
a a DET DT
monitor monitor NOUN NN
said say VERB VBD
. . PUNCT .)"),
            "10 10-12 12");
  // '"We held," Harbour director Mei-lin Ho said.': the comma is there, before the hyphenated name.
  EXPECT_EQ(speaker_break(R"(" " PUNCT ``
We we PRON PRP
held hold VERB VBD
, , PUNCT ,
" " PUNCT ''
Harbour Harbour PROPN NNP
director director NOUN NN
Mei Mei PROPN NNP
- - PUNCT HYPH
lin lin PROPN NNP
Ho Ho PROPN NNP
said say VERB VBD
. . PUNCT .)"),
            "none");
}

TEST(SpeakerBreak, WireSpeakersWithoutTheirComma) {
  // "... near the port a naval source told Tass.": after "told" is whom it was told.
  EXPECT_EQ(speaker_break(R"(Mines mine NOUN NNS
were be AUX VBD
found find VERB VBN
near near ADP IN
the the DET DT
port port NOUN NN
a a DET DT
naval naval ADJ JJ
source source NOUN NN
told tell VERB VBD
Tass Tass PROPN NNP
. . PUNCT .)"),
            "7 7-10 10");
  // "... on Friday police said": a bare noun after a word of time.
  EXPECT_EQ(speaker_break(R"(A a DET DT
bomb bomb NOUN NN
hit hit VERB VBD
a a DET DT
bus bus NOUN NN
on on ADP IN
Friday Friday PROPN NNP
police police NOUN NNS
said say VERB VBD
. . PUNCT .)"),
            "8 8-9 9");
  // "... killed four Xinhua news agency reported": a name with its common nouns after it.
  EXPECT_EQ(speaker_break(R"(The the DET DT
blast blast NOUN NN
killed kill VERB VBD
four four NUM CD
Xinhua Xinhua PROPN NNP
news news NOUN NN
agency agency NOUN NN
reported report VERB VBD
. . PUNCT .)"),
            "5 5-8 8");
  // "... on Monday Kurdish Red Crescent (KRC) said": past the acronym in brackets, and not from "Monday".
  EXPECT_EQ(speaker_break(R"(Aid aid NOUN NN
reached reach VERB VBD
the the DET DT
camp camp NOUN NN
on on ADP IN
Monday Monday PROPN NNP
Kurdish Kurdish ADJ JJ
Red Red PROPN NNP
Crescent Crescent PROPN NNP
( ( PUNCT -LRB-
KRC KRC PROPN NNP
) ) PUNCT -RRB-
said say VERB VBD
. . PUNCT .)"),
            "7 7-13 13");
}

TEST(SpeakerBreak, ARoleNounBeforeABodyAPossessiveAndAPluralAfterAPlace) {
  // "... near the bridge a guard at Hama Police Command told Tass.": the role noun and its preposition open the
  // speaker, not the name after them.
  EXPECT_EQ(speaker_break(R"(Shells shell NOUN NNS
hit hit VERB VBD
a a DET DT
road road NOUN NN
near near ADP IN
the the DET DT
bridge bridge NOUN NN
a a DET DT
source source NOUN NN
at at ADP IN
Hama Hama PROPN NNP
Police Police PROPN NNP
Command Command PROPN NNP
told tell VERB VBD
Tass Tass PROPN NNP
. . PUNCT .)"),
            "8 8-14 14");
  // "... at noon (0900 GMT) an activist with the opposition Hama Media Centre told AFP": the role noun wins over the
  // name after it, and a bracket closes the clause's words.
  EXPECT_EQ(speaker_break(R"(Jets jet NOUN NNS
hit hit VERB VBD
Hama Hama PROPN NNP
at at ADP IN
noon noon NOUN NN
( ( PUNCT -LRB-
0900 0900 NUM CD
GMT GMT PROPN NNP
) ) PUNCT -RRB-
an a DET DT
activist activist NOUN NN
with with ADP IN
the the DET DT
opposition opposition NOUN NN
Hama Hama PROPN NNP
Media Media PROPN NNP
Centre Centre PROPN NNP
told tell VERB VBD
AFP AFP PROPN NNP
. . PUNCT .)"),
            "10 10-18 18");
  // '"Jets hit Hama" Omar Haddad a spokesman for the Hama Media Centre told AFP': the name before the role noun,
  // after the closing quote mark, opens the speaker.
  EXPECT_EQ(speaker_break(R"(" " PUNCT ``
Jets jet NOUN NNS
hit hit VERB VBD
Hama Hama PROPN NNP
" " PUNCT ''
Omar Omar PROPN NNP
Haddad Haddad PROPN NNP
a a DET DT
spokesman spokesman NOUN NN
for for ADP IN
the the DET DT
Hama Hama PROPN NNP
Media Media PROPN NNP
Centre Centre PROPN NNP
told tell VERB VBD
AFP AFP PROPN NNP
. . PUNCT .)"),
            "6 6-15 15");
  // "... the head of the monitoring group Omar Haddad said": a definite role noun before a name is not the head.
  EXPECT_EQ(speaker_break(R"(Jets jet NOUN NNS
hit hit VERB VBD
Hama Hama PROPN NNP
the the DET DT
head head NOUN NN
of of ADP IN
the the DET DT
monitoring monitor VERB VBG
group group NOUN NN
Omar Omar PROPN NNP
Haddad Haddad PROPN NNP
said say VERB VBD
. . PUNCT .)"),
            "10 10-12 12");
  // "... is alarmed by the fighting his spokesman said on Friday.": a possessive opens the phrase.
  EXPECT_EQ(speaker_break(R"(The the DET DT
envoy envoy NOUN NN
is be AUX VBZ
alarmed alarm VERB VBN
by by ADP IN
the the DET DT
fighting fighting NOUN NN
his his PRON PRP$
spokesman spokesman NOUN NN
said say VERB VBD
on on ADP IN
Friday Friday PROPN NNP
. . PUNCT .)"),
            "8 8-10 10");
  // "... in the hills west of Idlib local sources told X.": a plural after the place that ends a phrase.
  EXPECT_EQ(speaker_break(R"(Two two NUM CD
guards guard NOUN NNS
died die VERB VBD
west west ADV RB
of of ADP IN
Idlib Idlib PROPN NNP
local local ADJ JJ
sources source NOUN NNS
told tell VERB VBD
Tass Tass PROPN NNP
. . PUNCT .)"),
            "7 7-9 9");
  // Not a singular after a place ("... west of Idlib local source told X" is left alone).
  EXPECT_EQ(speaker_break(R"(Two two NUM CD
guards guard NOUN NNS
died die VERB VBD
west west ADV RB
of of ADP IN
Idlib Idlib PROPN NNP
local local ADJ JJ
source source NOUN NN
told tell VERB VBD
Tass Tass PROPN NNP
. . PUNCT .)"),
            "none");
}

TEST(ParseRepair, ANameBeforeItsAppositionIsTheSubject) {
  // '"The shelter was hit," said Omar Haddad a local volunteer.' with the name as the indirect object and the
  // apposition as the subject.
  EXPECT_EQ(repaired(R"(Shelters shelter NOUN NNS 2 nsubj
burned burn VERB VBD 3 ccomp
said say VERB VBD 0 root
Omar Omar PROPN NNP 3 iobj
Haddad Haddad PROPN NNP 4 flat
a a DET DT 8 det
local local ADJ JJ 8 amod
volunteer volunteer NOUN NN 3 nsubj)"),
            "Shelters:2:nsubj burned:3:ccomp said:0:root Omar:3:nsubj Haddad:4:flat a:8:det local:8:amod "
            "volunteer:4:appos ");
  // Not when the noun phrase is definite ("said Omar the volunteer"): left as parsed.
  int changed = -1;
  repaired(R"(Shelters shelter NOUN NNS 2 nsubj
burned burn VERB VBD 3 ccomp
said say VERB VBD 0 root
Omar Omar PROPN NNP 3 iobj
the the DET DT 6 det
volunteer volunteer NOUN NN 3 nsubj)",
           &changed);
  EXPECT_EQ(changed, 0);
}

TEST(ParseRepair, AVerbOfSayingOnANounWithItsPrepositionalPhraseAsSubject) {
  // "Planes were lost and the Council for Civil Rights said the base was hit." with "said" a relative clause on
  // "Council", "Rights" its subject and "for" its marker: the Council speaks, the verb is the conjunct.
  EXPECT_EQ(repaired(R"(Planes plane NOUN NNS 3 nsubj:pass
were be AUX VBD 3 aux:pass
lost lose VERB VBN 0 root
and and CCONJ CC 6 cc
the the DET DT 6 det
Council council NOUN NN 3 conj
for for ADP IN 10 mark
Civil civil ADJ JJ 9 amod
Rights right NOUN NNS 10 nsubj
said say VERB VBD 6 acl:relcl
the the DET DT 12 det
base base NOUN NN 14 nsubj:pass
was be AUX VBD 14 aux:pass
hit hit VERB VBN 10 ccomp
. . PUNCT . 6 punct)"),
            "Planes:3:nsubj:pass were:3:aux:pass lost:0:root and:10:cc the:6:det Council:10:nsubj for:9:case "
            "Civil:9:amod Rights:6:nmod said:3:conj the:12:det base:14:nsubj:pass was:14:aux:pass hit:10:ccomp "
            ".:10:punct ");
  // Not a name after the preposition ("the director of Acme Ann Lee said"): the name is the speaker.
  int changed = -1;
  repaired(R"(the the DET DT 2 det
director director NOUN NN 0 root
of of ADP IN 6 mark
Acme Acme PROPN NNP 6 compound
Ann Ann PROPN NNP 6 compound
Lee Lee PROPN NNP 7 nsubj
said say VERB VBD 2 acl:relcl
it it PRON PRP 9 nsubj
failed fail VERB VBD 7 ccomp)",
           &changed);
  EXPECT_EQ(changed, 0);
}

TEST(SpeakerBreak, ASpeakerAfterTheVerbAtTheEnd) {
  // "Gunmen raided the post near the border said the Kurdish Observatory."
  EXPECT_EQ(speaker_break(R"(Gunmen gunman NOUN NNS
raided raid VERB VBD
the the DET DT
post post NOUN NN
near near ADP IN
the the DET DT
border border NOUN NN
said say VERB VBD
the the DET DT
Kurdish Kurdish ADJ JJ
Observatory Observatory PROPN NNP
. . PUNCT .)"),
            "8 9-12 8");
  // Not a subject after a pronoun: "... when we say hot weather."
  EXPECT_EQ(speaker_break(R"(That that PRON DT
is be AUX VBZ
what what PRON WP
we we PRON PRP
mean mean VERB VBP
when when ADV WRB
we we PRON PRP
say say VERB VBP
hot hot ADJ JJ
weather weather NOUN NN
. . PUNCT .)"),
            "none");
}

TEST(SpeakerBreak, SaidReadAsAParticipleAfterItsSpeaker) {
  // "Rebels executed four men accused of spying a monitor said on Monday." with "said" tagged VBN.
  EXPECT_EQ(speaker_break(R"(Rebels rebel NOUN NNS
executed execute VERB VBD
four four NUM CD
men man NOUN NNS
accused accuse VERB VBN
of of SCONJ IN
spying spy VERB VBG
a a DET DT
monitor monitor NOUN NN
said say VERB VBN
on on ADP IN
Monday Monday PROPN NNP
. . PUNCT .)"),
            "8 8-10 10");
  // A passive stays one: "... the words were said on Monday."
  EXPECT_EQ(speaker_break(R"(He he PRON PRP
repeated repeat VERB VBD
what what PRON WP
the the DET DT
words word NOUN NNS
were be AUX VBD
said say VERB VBN
on on ADP IN
Monday Monday PROPN NNP
. . PUNCT .)"),
            "none");
}

TEST(SpeakerBreak, ANameAfterAPlaceThatEndsWhatIsSaid) {
  // "The strike hit a depot in Qasrin neighborhood Karim Nassar told Reuters." : the name alone speaks, not
  // "Qasrin neighborhood Karim Nassar", which would leave "in" ending what is said.
  EXPECT_EQ(speaker_break(R"(The the DET DT
strike strike NOUN NN
hit hit VERB VBD
a a DET DT
depot depot NOUN NN
in in ADP IN
Qasrin Qasrin PROPN NNP
neighborhood neighborhood NOUN NN
Karim Karim PROPN NNP
Nassar Nassar PROPN NNP
told tell VERB VBD
Reuters Reuters PROPN NNP
. . PUNCT .)"),
            "9 9-11 11");
  // Not a name whose first word the tagger took for an adjective: "... known as the White Helmets said."
  EXPECT_EQ(speaker_break(R"(Nine nine NUM CD
died die VERB VBD
the the DET DT
group group NOUN NN
known know VERB VBN
as as ADP IN
the the DET DT
White white ADJ JJ
Helmets Helmet PROPN NNP
said say VERB VBD
. . PUNCT .)"),
            "none");
}

TEST(SpeakerBreak, AParticiplePhraseAfterTheVerbIsLeftOut) {
  // "Shelters were hit in strikes that may breach the law the United Nations said without naming anyone."
  EXPECT_EQ(speaker_break(R"(Shelters shelter NOUN NNS
were be AUX VBD
hit hit VERB VBN
in in ADP IN
strikes strike NOUN NNS
that that PRON WDT
may may AUX MD
breach breach VERB VB
the the DET DT
law law NOUN NN
the the DET DT
United United PROPN NNP
Nations Nations PROPN NNPS
said say VERB VBD
without without SCONJ IN
naming name VERB VBG
anyone anyone PRON NN
. . PUNCT .)"),
            "11 11-14 14");
  // "The aim is not to blame anyone Ortiz said declining to name the attackers."
  EXPECT_EQ(speaker_break(R"(The the DET DT
aim aim NOUN NN
is be AUX VBZ
not not PART RB
to to PART TO
blame blame VERB VB
anyone anyone PRON NN
Ortiz Ortiz PROPN NNP
said say VERB VBD
declining decline VERB VBG
to to PART TO
name name VERB VB
the the DET DT
attackers attacker NOUN NNS
. . PUNCT .)"),
            "8 8-9 9");
  // A name opens at a capital, past a singular noun between capitals, not a plural one: "... to shield the Syrian
  // villagers Nasri said without elaborating." names Nasri alone.
  EXPECT_EQ(speaker_break(R"(It it PRON PRP
could could AUX MD
shield shield VERB VB
the the DET DT
Syrian Syrian ADJ JJ
villagers villager NOUN NNS
Nasri Nasri PROPN NNP
said say VERB VBD
without without SCONJ IN
elaborating elaborate VERB VBG
. . PUNCT .)"),
            "7 7-8 8");
}

TEST(SpeakerBreak, APluralOfSpeakersWithItsModifiers) {
  // "Strikes caused dozens of injuries aid agencies said.": the noun before the plural, not the one before it.
  EXPECT_EQ(speaker_break(R"(Strikes strike NOUN NNS
caused cause VERB VBD
dozens dozen NOUN NNS
of of ADP IN
injuries injury NOUN NNS
aid aid NOUN NN
agencies agency NOUN NNS
said say VERB VBD
. . PUNCT .)"),
            "6 6-8 8");
  // "The leaders discussed security issues Turkish presidential sources said.": its adjectives, not the nouns before
  // them.
  EXPECT_EQ(speaker_break(R"(The the DET DT
leaders leader NOUN NNS
discussed discuss VERB VBD
security security NOUN NN
issues issue NOUN NNS
Turkish Turkish ADJ JJ
presidential presidential ADJ JJ
sources source NOUN NNS
said say VERB VBD
. . PUNCT .)"),
            "6 6-9 9");
  // "A child was killed in the town local activists and rescue groups said.": both conjuncts.
  EXPECT_EQ(speaker_break(R"(A a DET DT
child child NOUN NN
was be AUX VBD
killed kill VERB VBN
in in ADP IN
the the DET DT
town town NOUN NN
local local ADJ JJ
activists activist NOUN NNS
and and CCONJ CC
rescue rescue NOUN NN
groups group NOUN NNS
said say VERB VBD
. . PUNCT .)"),
            "8 8-13 13");
}

TEST(SpeakerBreak, OnlyTheLastVerbOfSayingAndItsOwnPhraseCount) {
  // "He said declining oil prices had hurt the economy a minister told Reuters.": "declining" is no participle
  // phrase after "said" ("declining" takes "to"); the break is before "a minister".
  EXPECT_EQ(speaker_break(R"(He he PRON PRP
said say VERB VBD
declining decline VERB VBG
oil oil NOUN NN
prices price NOUN NNS
had have AUX VBD
hurt hurt VERB VBN
the the DET DT
economy economy NOUN NN
a a DET DT
minister minister NOUN NN
told tell VERB VBD
Reuters Reuters PROPN NNP
. . PUNCT .)"),
            "10 10-12 12");
  // "said" as a participle after a noun with no phrase of time after it is a participle: "The president repeated
  // the words said by his predecessor."
  EXPECT_EQ(speaker_break(R"(The the DET DT
president president NOUN NN
repeated repeat VERB VBD
the the DET DT
words word NOUN NNS
said say VERB VBN
by by ADP IN
his his PRON PRP$
predecessor predecessor NOUN NN
. . PUNCT .)"),
            "none");
  // A plural of speakers right after a noun goes before a phrase opened further back: "Government shelling killed
  // two children local activists said."
  EXPECT_EQ(speaker_break(R"(Government government NOUN NN
shelling shelling NOUN NN
killed kill VERB VBD
two two NUM CD
children child NOUN NNS
local local ADJ JJ
activists activist NOUN NNS
said say VERB VBD
. . PUNCT .)"),
            "6 6-8 8");
}

TEST(SpeakerBreak, SentencesThatLostNoComma) {
  // A comma or quote mark before the speaker's words: '"We held," Harbour coach Ann Lee said.'
  EXPECT_EQ(speaker_break(R"(" " PUNCT ``
We we PRON PRP
held hold VERB VBD
, , PUNCT ,
" " PUNCT ''
Harbour Harbour PROPN NNP
coach coach NOUN NN
Ann Ann PROPN NNP
Lee Lee PROPN NNP
said say VERB VBD
. . PUNCT .)"),
            "none");
  // A relative clause without "that" and a verb that takes a noun: "It was a move the army denied."
  EXPECT_EQ(speaker_break(R"(It it PRON PRP
was be AUX VBD
a a DET DT
move move NOUN NN
the the DET DT
army army NOUN NN
denied deny VERB VBD
. . PUNCT .)"),
            "none");
  // A passive, an object pronoun: "... and had the photos added.", "They let us say it."
  EXPECT_EQ(speaker_break(R"(Readers reader NOUN NNS
send send VERB VBP
pictures picture NOUN NNS
and and CCONJ CC
the the DET DT
editors editor NOUN NNS
were be AUX VBD
added add VERB VBN
. . PUNCT .)"),
            "none");
  EXPECT_EQ(speaker_break(R"(Readers reader NOUN NNS
send send VERB VBP
pictures picture NOUN NNS
to to ADP IN
get get VERB VB
them they PRON PRP
added add VERB VBD
. . PUNCT .)"),
            "none");
  // Inside an open quotation: '"Nobody doubts it -- even the mayor said so.'
  EXPECT_EQ(speaker_break(R"(" " PUNCT ``
Nobody nobody PRON NN
doubts doubt VERB VBZ
it it PRON PRP
the the DET DT
mayor mayor NOUN NN
said say VERB VBD
. . PUNCT .)"),
            "none");
}

TEST(SpeakerBreak, AttachSpeakerHangsTheClauseAndTheSpeakerOnTheVerb) {
  // "Rockets hit a school on Monday a clinic and a rescue group said", as the parser read it with the comma put
  // in: "clinic" an apposition of "Monday", "group" the verb's subject, "Monday" its object. "Monday" hangs on the
  // clause unspecified (the clause has its object), "clinic" heads the speaker, "group" is its conjunct.
  Sentence s = read(R"(Rockets rocket NOUN NNS 2 nsubj
hit hit VERB VBD 12 ccomp
a a DET DT 4 det
school school NOUN NN 2 obj
on on ADP IN 6 case
Monday Monday PROPN NNP 12 obj
a a DET DT 8 det
clinic clinic NOUN NN 6 appos
and and CCONJ CC 11 cc
a a DET DT 11 det
group group NOUN NN 12 nsubj
said say VERB VBD 0 root
. . PUNCT . 12 punct)");
  const std::vector<std::string_view> upos(s.upos.begin(), s.upos.end());
  SpeakerBreak at;
  at.comma = 7, at.speaker_first = 7, at.speaker_end = 12, at.verb = 12;
  EXPECT_GT(attach_speaker(at, upos, s.heads, s.labels, kRelations), 0);
  std::string out;
  for (size_t i = 0; i < s.form.size(); ++i)
    out += s.form[i] + ":" + std::to_string(s.heads[i]) + ":" + kRelations[s.labels[i]] + " ";
  EXPECT_EQ(out,
            "Rockets:2:nsubj hit:12:ccomp a:4:det school:2:obj on:6:case Monday:2:dep a:8:det clinic:12:nsubj "
            "and:11:cc a:11:det group:8:conj said:0:root .:12:punct ");
}

}  // namespace
}  // namespace dunlin::nlp
