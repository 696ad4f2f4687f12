// The actor stage on constructions the event probes (session 9, tests/data/events/probes.tsv) found coded wrongly,
// on hand-written parses: an organisation before a head that takes its modifier's sector, a definite institution in
// an article's first sentence, and the sector rows "counterpart" and "suicide bomber".
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "dunlin/actors/actor_resolver.h"
#include "actors_test_util.h"
#include "parse_fixture.h"

namespace dunlin {
namespace {

namespace fs = std::filesystem;

class ActorProbeConstructionsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = testing::write_test_actor_dictionaries("dunlin_actor_probes");
    // An invented armed group of the tests' own, with a sector of its own (INS).
    std::ofstream(dir_ / "organizations.tsv", std::ios::app) << "red_hand\tRed Hand|Red Hand Brigade\tCHLINS\t\t\tarmed group\t\n";
    resolver_ = new ActorResolver(std::make_shared<ActorDictionaries>(ActorDictionaries::load(dir_.string())));
  }
  static void TearDownTestSuite() {
    delete resolver_;
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  // "head-token-text=CODE" for each actor of the document, in text order.
  std::string resolve(const std::vector<std::string>& sentences) {
    Document doc = testing::parsed_document(sentences, "2023-09-15");
    resolver_->annotate(doc);
    std::string out;
    for (const Actor& a : doc.actors.actors) out += std::string(doc.token_text(a.head)) + "=" + a.code + " ";
    return out;
  }

  static ActorResolver* resolver_;
  static fs::path dir_;
};
ActorResolver* ActorProbeConstructionsTest::resolver_ = nullptr;
fs::path ActorProbeConstructionsTest::dir_;

TEST_F(ActorProbeConstructionsTest, AnOrganisationBeforeARoleWordGivesItsFullCode) {
  // "UN officials visited Chad": officials take the sector of what names them, here the UN's whole code.
  EXPECT_EQ(resolve({R"(UN UN PROPN 2 compound
officials official NOUN 3 nsubj
visited visit VERB 0 root
Chad Chad PROPN 3 obj)"}),
            "officials=IGOUNO Chad=TCD ");
  // "A UN suicide bomber" is absurd but shows the row: a suicide bomber takes the sector of the group named.
  EXPECT_EQ(resolve({R"(a a DET 4 det
UN UN PROPN 4 compound
suicide suicide NOUN 4 compound
bomber bomber NOUN 5 nsubj
struck strike VERB 0 root)"}),
            "bomber=IGOUNO ");
  // Unnamed, a suicide bomber is an unidentified armed attacker (UAF), of the sentence's one country.
  EXPECT_EQ(resolve({R"(a a DET 3 det
suicide suicide NOUN 3 compound
bomber bomber NOUN 4 nsubj
struck struck VERB 0 root
in in ADP 6 case
Chad Chad PROPN 4 obl)"}),
            "bomber=TCDUAF Chad=TCD ");
  // A head that is no sector word, with the organisation in a compound, is the organisation's: "a UN resolution".
  EXPECT_EQ(resolve({R"(Peru Peru PROPN 2 nsubj
vetoed veto VERB 0 root
a a DET 5 det
UN UN PROPN 5 compound
resolution resolution NOUN 2 obj)"}),
            "Peru=PER resolution=IGOUNO ");
}

TEST_F(ActorProbeConstructionsTest, ACounterpartIsAnOfficial) {
  // "Peru's minister met his Chilean counterpart": a counterpart of a minister is a government official.
  EXPECT_EQ(resolve({R"(Peru Peru PROPN 3 nmod:poss
's 's PART 1 case
minister minister NOUN 4 nsubj
met meet VERB 0 root
his his PRON 7 nmod:poss
Chilean Chilean ADJ 7 amod
counterpart counterpart NOUN 4 obj)"}),
            "Peru=PER minister=PERGOV his=PERGOV counterpart=CHLGOV ");
}

TEST_F(ActorProbeConstructionsTest, ADefiniteInstitutionInTheFirstSentenceIsOfItsSentencesCountry) {
  // "Chilean opposition leaders called on the government to resign": no one met before is "the government"; the
  // sentence names one country, so it is Chile's.
  EXPECT_EQ(resolve({R"(Chilean Chilean ADJ 3 amod
opposition opposition NOUN 3 compound
leaders leader NOUN 4 nsubj
called call VERB 0 root
on on ADP 7 case
the the DET 7 det
government government NOUN 4 obl)"}),
            "leaders=CHLOPP government=CHLGOV ");
  // "Chilean police arrested the rebels": likewise an armed side.
  EXPECT_EQ(resolve({R"(Chilean Chilean ADJ 2 amod
police police NOUN 3 nsubj
arrested arrest VERB 0 root
the the DET 5 det
rebels rebel NOUN 3 obj)"}),
            "police=CHLCOP rebels=CHLREB ");
  // Not people in general ("the civilians") nor a legislature addressed ("proposed to the Senate"): no country.
  EXPECT_EQ(resolve({R"(Chilean Chilean ADJ 2 amod
police police NOUN 3 nsubj
freed free VERB 0 root
the the DET 5 det
civilians civilian NOUN 3 obj)"}),
            "police=CHLCOP civilians=CVL ");
  // Two countries in the sentence: no guess.
  EXPECT_EQ(resolve({R"(Chile Chile PROPN 2 nsubj
urged urge VERB 0 root
Peru Peru PROPN 2 obj
and and CCONJ 7 cc
the the DET 7 det
government government NOUN 3 conj)"}),
            "Chile=CHL Peru=PER government=GOV ");
}

TEST_F(ActorProbeConstructionsTest, AnArmedGroupsFightersAreTheGroups) {
  // "Red Hand fighters attacked Peru": the group's own code (CHLINS), not generic rebels of Chile (CHLREB).
  EXPECT_EQ(resolve({R"(Red Red PROPN 2 compound
Hand Hand PROPN 3 compound
fighters fighter NOUN 4 nsubj
attacked attack VERB 0 root
Peru Peru PROPN 4 obj)"}),
            "fighters=CHLINS Peru=PER ");
  // A word of another sector that does not take its modifier's keeps it: "Red Hand tanks" are military (MIL) of
  // the group's country.
  EXPECT_EQ(resolve({R"(Red Red PROPN 2 compound
Hand Hand PROPN 3 compound
tanks tank NOUN 4 nsubj
shelled shell VERB 0 root
Peru Peru PROPN 4 obj)"}),
            "tanks=CHLMIL Peru=PER ");
}

}  // namespace
}  // namespace dunlin
