// The actor stage on hand-written parses: a country word the parser hung on the verb instead of the phrase after it,
// a name of several words used as a modifier, a body named by the person it serves.
#include "dunlin/actors/actor_resolver.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>

#include "actors_test_util.h"
#include "parse_fixture.h"

namespace dunlin {
namespace {

namespace fs = std::filesystem;

class ActorModifiersTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = testing::write_test_actor_dictionaries("dunlin_actor_modifiers");
    resolver_ = new ActorResolver(std::make_shared<ActorDictionaries>(ActorDictionaries::load(dir_.string())));
  }
  static void TearDownTestSuite() {
    delete resolver_;
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  // "head-token-text=CODE" for each actor, in text order.
  std::string resolve(const std::string& sentence) {
    Document doc = testing::parsed_document({sentence}, "2020-05-11");
    resolver_->annotate(doc);
    std::string out;
    for (const Actor& a : doc.actors.actors) out += std::string(doc.token_text(a.head)) + "=" + a.code + " ";
    return out;
  }

  static ActorResolver* resolver_;
  static fs::path dir_;
};
ActorResolver* ActorModifiersTest::resolver_ = nullptr;
fs::path ActorModifiersTest::dir_;

TEST_F(ActorModifiersTest, ADemonymHungOnTheVerbBelongsToThePhraseAfterIt) {
  // "Chilean Foreign Minister Ana Rojas will visit Peru": the parser made "Chilean" a clause of the verb.
  EXPECT_EQ(resolve(R"(Chilean Chilean ADJ 7 advcl
Foreign foreign ADJ 3 amod
Minister Minister PROPN 4 nmod:desc
Ana Ana PROPN 7 nsubj
Rojas Rojas PROPN 4 flat
will will AUX 7 aux
visit visit VERB 0 root
Peru Peru PROPN 7 obj)"),
            "Minister=CHLGOV Peru=PER ");
  // Hung where it belongs, the same code.
  EXPECT_EQ(resolve(R"(Chilean Chilean ADJ 3 amod
Foreign foreign ADJ 3 amod
Minister Minister PROPN 4 nmod:desc
Ana Ana PROPN 7 nsubj
Rojas Rojas PROPN 4 flat
will will AUX 7 aux
visit visit VERB 0 root
Peru Peru PROPN 7 obj)"),
            "Minister=CHLGOV Peru=PER ");
  // An adjective that names no country gives nothing ("Senior officials met Peru and Chile").
  EXPECT_EQ(resolve(R"(Senior senior ADJ 3 advcl
officials official NOUN 3 nsubj
met meet VERB 0 root
Peru Peru PROPN 3 obj
and and CCONJ 6 cc
Chile Chile PROPN 4 conj)"),
            "officials=GOV Peru=PER Chile=CHL ");
}

TEST_F(ActorModifiersTest, APossessorHungOnTheVerbBelongsToThePhraseAfterIt) {
  // "Peru's Cabinet met on Monday": "Peru's" made a possessor of "met".
  EXPECT_EQ(resolve(R"(Peru Peru PROPN 4 nmod:poss
's 's PART 1 case
Cabinet Cabinet PROPN 4 nsubj
met meet VERB 0 root
on on ADP 6 case
Monday Monday PROPN 4 obl)"),
            "Peru=PER Cabinet=PERGOV ");
}

TEST_F(ActorModifiersTest, ANameOfSeveralWordsUsedAsAModifierGivesThePhraseItsBody) {
  // "United Nations planes landed": the name's head "Nations" is the compound, whatever "United" was tagged.
  EXPECT_EQ(resolve(R"(United United ADJ 2 amod
Nations Nations PROPN 3 compound
planes plane NOUN 4 nsubj
landed land VERB 0 root)"),
            "planes=IGOUNO ");
  // Not as a possessor: "the United Nations' position" is no actor of its own, the body is.
  EXPECT_EQ(resolve(R"(the the DET 3 det
United United ADJ 3 amod
Nations Nations PROPN 5 nmod:poss
' ' PART 3 case
position position NOUN 6 nsubj
changed change VERB 0 root)"),
            "Nations=IGOUNO ");
}

TEST_F(ActorModifiersTest, ABodyOfANamedPersonIsOfThatPersonsCountry) {
  // "The government of President Putin protested": the government is Russia's (on the story date 2020-05-11).
  EXPECT_EQ(resolve(R"(The the DET 2 det
government government NOUN 6 nsubj
of of ADP 5 case
President President PROPN 5 nmod:desc
Putin Putin PROPN 2 nmod
protested protest VERB 0 root)"),
            "government=RUSGOV President=RUSGOV Putin=RUSGOV ");
}

TEST_F(ActorModifiersTest, ATitledNameOfACountryIsAPersonOfThatCountry) {
  // "King Tomas of Peru said he left": a name the dictionaries do not know, with a title and an of-country; "he"
  // stands for him.
  EXPECT_EQ(resolve(R"(King King PROPN 2 compound
Tomas Tomas PROPN 5 nsubj
of of ADP 4 case
Peru Peru PROPN 2 nmod
said say VERB 0 root
he he PRON 7 nsubj
left leave VERB 5 ccomp)"),
            "Tomas=PERGOV Peru=PER he=PERGOV ");
}

}  // namespace
}  // namespace dunlin
