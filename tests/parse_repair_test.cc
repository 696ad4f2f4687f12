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
    "root",      "nsubj",  "obj",       "iobj",     "ccomp",        "acl",   "acl:relcl", "appos", "conj",
    "cc",        "punct",  "compound",  "det",      "amod",         "obl",   "case",      "aux",   "flat",
    "nmod:desc", "nummod", "obl:agent", "aux:pass", "compound:prt", "advcl", "mark"};

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

}  // namespace
}  // namespace dunlin::nlp
