// The actor stage on hand-written parses: phrase codes, appositions, names met again, definite descriptions.
#include "dunlin/actors/actor_resolver.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>

#include "dunlin/syntax_tree.h"
#include "actors_test_util.h"
#include "parse_fixture.h"

namespace dunlin {
namespace {

namespace fs = std::filesystem;
using testing::parsed_document;

class ActorResolverTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = testing::write_test_actor_dictionaries("dunlin_actor_dicts");
    resolver_ = new ActorResolver(std::make_shared<ActorDictionaries>(ActorDictionaries::load(dir_.string())));
  }
  static void TearDownTestSuite() {
    delete resolver_;
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  // "head-token-text=CODE" for each actor, in text order.
  std::string resolve(const std::vector<std::string>& sentences, const std::string& date = "2020-05-11") {
    doc_ = parsed_document(sentences, date);
    resolver_->annotate(doc_);
    std::string out;
    for (const Actor& a : doc_.actors.actors) out += std::string(doc_.token_text(a.head)) + "=" + a.code + " ";
    return out;
  }
  const Actor* actor_at(std::string_view head_text, size_t nth = 0) const {
    for (const Actor& a : doc_.actors.actors)
      if (doc_.token_text(a.head) == head_text && nth-- == 0) return &a;
    return nullptr;
  }

  static ActorResolver* resolver_;
  static fs::path dir_;
  Document doc_;
};
ActorResolver* ActorResolverTest::resolver_ = nullptr;
fs::path ActorResolverTest::dir_;

TEST_F(ActorResolverTest, CountryAndSectorFromThePhrase) {
  EXPECT_EQ(resolve({R"(Russian Russian ADJ 3 amod
State State PROPN 3 compound
outlets outlet NOUN 4 nsubj
criticized criticize VERB 0 root
Syria Syria PROPN 8 nmod:poss
's 's PART 5 case
Assad Assad PROPN 8 compound
regime regime NOUN 4 obj
. . PUNCT 4 punct)"}),
            "outlets=RUSMED Syria=SYR regime=SYRGOV ");
}

// "from the Syrian to the Lebanese side": a demonym with a determiner whose noun was left out stands for its country;
// a demonym that modifies a noun is no actor of its own, nor one without a determiner ("spoke in Syrian").
TEST_F(ActorResolverTest, ADemonymStandingForItsNounIsTheCountry) {
  EXPECT_EQ(resolve({R"(The the DET 3 det
Syrian Syrian ADJ 3 amod
army army NOUN 4 nsubj
moved move VERB 0 root
from from ADP 7 case
the the DET 7 det
Lebanese Lebanese ADJ 4 obl
to to ADP 10 case
the the DET 10 det
Jordanian Jordanian ADJ 7 nmod
side side NOUN 4 obl
. . PUNCT 4 punct)"}),
            "army=SYRMIL Lebanese=LBN Jordanian=JOR ");
  EXPECT_EQ(resolve({R"(Officials official NOUN 2 nsubj
spoke speak VERB 0 root
in in ADP 4 case
Syrian Syrian ADJ 2 obl
. . PUNCT 2 punct)"}),
            "Officials=GOV ");
}

// "Its foreign ministry" takes the country of the earlier "Norway", whether the parser hangs "Its" on the phrase or,
// as it sometimes does, on the verb; a possessive inside the object does not give the subject a country.
TEST_F(ActorResolverTest, APossessivePronounGivesTheSubjectItsCountry) {
  const std::string first = R"(Norway Norway PROPN 2 nsubj
protested protest VERB 0 root
. . PUNCT 2 punct)";
  EXPECT_EQ(resolve({first, R"(Its its PRON 3 nmod:poss
foreign foreign ADJ 3 amod
ministry ministry NOUN 4 nsubj
complained complain VERB 0 root)"}),
            "Norway=NOR Its=NOR ministry=NORGOV ");
  EXPECT_EQ(resolve({first, R"(Its its PRON 4 nmod:poss
foreign foreign ADJ 3 amod
ministry ministry PROPN 4 nsubj
complained complain VERB 0 root)"}),
            "Norway=NOR Its=NOR ministry=NORGOV ");
  EXPECT_EQ(resolve({first, R"(The the DET 2 det
ministry ministry NOUN 3 nsubj
praised praise VERB 0 root
its its PRON 5 nmod:poss
staff staff NOUN 3 obj)"}),
            "Norway=NOR ministry=NORGOV its=NORGOV ");  // "its" is the ministry itself (of the article's country)
}

// Two sentences that make a story about Peru.
const std::string kPeruClosed = R"(Peru Peru PROPN 2 nsubj
closed close VERB 0 root
the the DET 4 det
border border NOUN 2 obj
. . PUNCT 2 punct)";
const std::string kPeruProtested = R"(Peru Peru PROPN 2 nsubj
protested protest VERB 0 root
. . PUNCT 2 punct)";

// "Peru closed the border. Peru protested. The army arrested students.": a sector phrase whose sentence names no
// country takes the country the article's earlier sentences named most often (ties: the latest named).
TEST_F(ActorResolverTest, ACountrylessActorTakesTheCountryEarlierSentencesNamedMost) {
  const std::string& closed = kPeruClosed;
  const std::string& protested = kPeruProtested;
  const std::string arrested = R"(The the DET 2 det
army army NOUN 3 nsubj
arrested arrest VERB 0 root
students student NOUN 3 obj
. . PUNCT 3 punct)";
  EXPECT_EQ(resolve({closed, protested, arrested}), "Peru=PER Peru=PER army=PERMIL students=PEREDU ");
  // Alone, the sentence gives no country: there is no earlier sentence (the peer suites' case).
  EXPECT_EQ(resolve({arrested}), "army=MIL students=EDU ");
  const std::string chile = R"(Chile Chile PROPN 2 nsubj
protested protest VERB 0 root
. . PUNCT 2 punct)";
  // Chile named three times against Peru's two.
  EXPECT_EQ(resolve({closed, protested, chile, chile, chile, arrested}),
            "Peru=PER Peru=PER Chile=CHL Chile=CHL Chile=CHL army=CHLMIL students=CHLEDU ");
}

TEST_F(ActorResolverTest, KnownPersonAndSeat) {
  EXPECT_EQ(resolve({R"(Kremlin Kremlin PROPN 4 compound
spokesman spokesman NOUN 4 compound
Dmitry Dmitry PROPN 4 compound
Peskov Peskov PROPN 5 nsubj
spoke speak VERB 0 root)"}),
            "Peskov=RUSGOV ");
  const Actor* peskov = actor_at("Peskov");
  ASSERT_NE(peskov, nullptr);
  EXPECT_EQ(peskov->name, "Dmitry Peskov");
  EXPECT_EQ(resolve({R"(Moscow Moscow PROPN 2 nsubj
spoke speak VERB 0 root)"}), "Moscow=RUSGOV ");
}

TEST_F(ActorResolverTest, DatesDecideAPersonsCode) {
  const std::string s = R"(Assad Assad PROPN 2 nsubj
spoke speak VERB 0 root)";
  EXPECT_EQ(resolve({s}, "2020-05-11"), "Assad=SYRGOV ");
  EXPECT_EQ(resolve({s}, "2025-06-01"), "Assad=SYRELI ") << "out of office: an elite, not the government";
}

TEST_F(ActorResolverTest, AppositionCodesAnUnknownNameAndTheSurnameFindsItAgain) {
  const std::string first = R"(Alexander Alexander PROPN 7 nsubj
Shumilin Shumilin PROPN 1 flat
, , PUNCT 6 punct
a a DET 6 det
former former ADJ 6 amod
diplomat diplomat NOUN 1 appos
spoke speak VERB 0 root)";
  const std::string again = R"(Shumilin Shumilin PROPN 2 nsubj
left leave VERB 0 root)";
  EXPECT_EQ(resolve({first, again}), "Alexander=ELI diplomat=ELI Shumilin=ELI ");
  const std::string with_country = R"(Alexander Alexander PROPN 8 nsubj
Shumilin Shumilin PROPN 1 flat
, , PUNCT 7 punct
a a DET 7 det
former former ADJ 7 amod
Russian Russian ADJ 7 amod
diplomat diplomat NOUN 1 appos
spoke speak VERB 0 root)";
  EXPECT_EQ(resolve({with_country, again}), "Alexander=RUSELI diplomat=RUSELI Shumilin=RUSELI ");
  EXPECT_EQ(actor_at("Alexander")->entity, actor_at("Shumilin")->entity);
}

TEST_F(ActorResolverTest, TheSameRoleNounIsTheSameOneEvenWithoutACountry) {
  // The mayor spoke. The UN envoy spoke. The mayor left.   (the second mayor is the first, not the envoy met in
  // between, although nothing gave the mayor a country)
  const std::string mayor = R"(The the DET 2 det
mayor mayor NOUN 3 nsubj
spoke speak VERB 0 root)";
  const std::string envoy = R"(The the DET 3 det
UN UN PROPN 3 compound
envoy envoy NOUN 4 nsubj
spoke speak VERB 0 root)";
  const std::string again = R"(The the DET 2 det
mayor mayor NOUN 3 nsubj
left leave VERB 0 root)";
  resolve({mayor, envoy, again});
  ASSERT_NE(actor_at("mayor", 1), nullptr);
  EXPECT_EQ(actor_at("mayor", 1)->code, "GOV");
  EXPECT_EQ(actor_at("mayor", 1)->entity, actor_at("mayor", 0)->entity);
  ASSERT_NE(actor_at("envoy"), nullptr);
  EXPECT_NE(actor_at("envoy")->entity, actor_at("mayor", 0)->entity);
}

TEST_F(ActorResolverTest, DefiniteDescriptionIsTheActorMetBefore) {
  const std::string first = R"(A a DET 3 det
pro-Assad pro-Assad ADJ 3 amod
official official NOUN 4 nsubj
spoke speak VERB 0 root)";
  const std::string later = R"(The the DET 2 det
official official NOUN 3 nsubj
insisted insist VERB 0 root)";
  EXPECT_EQ(resolve({first, later}), "official=SYRGOV official=SYRGOV ");
  EXPECT_EQ(actor_at("official", 0)->entity, actor_at("official", 1)->entity);
}

// "The government" is not the official met before (a body is no person), and "X, of the city council" is a member
// of the council, another actor than the council itself.
TEST_F(ActorResolverTest, ADefiniteBodyIsNoPersonAndAMemberIsNotTheBody) {
  EXPECT_EQ(resolve({R"(Kenya Kenya PROPN 2 nsubj
mourned mourn VERB 0 root)", R"(John John PROPN 0 root
Mbeki Mbeki PROPN 1 flat
, , PUNCT 7 punct
of of ADP 7 case
the the DET 7 det
city city NOUN 7 compound
council council NOUN 1 nmod
spoke speak VERB 1 conj)", R"(Mbeki Mbeki PROPN 2 nsubj
blamed blame VERB 0 root
the the DET 4 det
government government NOUN 2 obj)"}),
            "Kenya=KEN John=KENGOV council=KENGOV Mbeki=KENGOV government=KENGOV ");
  EXPECT_EQ(actor_at("John")->entity, actor_at("Mbeki")->entity);
  EXPECT_NE(actor_at("John")->entity, actor_at("council")->entity);
  EXPECT_NE(actor_at("Mbeki")->entity, actor_at("government")->entity);
}

// "X Y, director of news for the Kenyan army": a member of the body the role's for / at / with / of phrase names,
// met again by the surname; also when the parser hung the phrase on the name itself.
TEST_F(ActorResolverTest, ANameWithARoleInABodyIsAMemberOfTheBody) {
  const std::string kenya = R"(Kenya Kenya PROPN 2 nsubj
mourned mourn VERB 0 root)";
  const std::string later = R"(Ruiz Ruiz PROPN 2 nsubj
thanked thank VERB 0 root
Uganda Uganda PROPN 2 obj)";
  const auto introduced = [](const char* council_head) {
    return std::string(R"(Ana Ana PROPN 11 nsubj
Ruiz Ruiz PROPN 1 flat
, , PUNCT 4 punct
director director NOUN 1 appos
of of ADP 6 case
news news NOUN 4 nmod
for for ADP 10 case
the the DET 10 det
city city NOUN 10 compound
council council NOUN )") +
           council_head + R"( nmod
spoke speak VERB 0 root)";
  };
  EXPECT_EQ(resolve({kenya, introduced("4"), later}), "Kenya=KEN Ana=KENGOV council=KENGOV Ruiz=KENGOV Uganda=UGA ");
  EXPECT_NE(actor_at("Ana")->entity, actor_at("council")->entity);
  EXPECT_EQ(actor_at("Ana")->entity, actor_at("Ruiz")->entity);
  EXPECT_EQ(resolve({kenya, introduced("1"), later}), "Kenya=KEN Ana=KENGOV council=KENGOV Ruiz=KENGOV Uganda=UGA ");
}

// "Kenya and Uganda ... the two countries": the pair named together last is two actors, one on the noun and one on
// "two" (or "both"); "the two governments" are the pair's governments. "both sides" is no such reference.
TEST_F(ActorResolverTest, TheTwoCountriesAreThePairNamedTogetherBefore) {
  const std::string pair = R"(Kenya Kenya PROPN 4 nsubj
and and CCONJ 3 cc
Uganda Uganda PROPN 1 conj
met meet VERB 0 root)";
  EXPECT_EQ(resolve({pair, R"(The the DET 3 det
two two NUM 3 nummod
countries country NOUN 4 nsubj
agreed agree VERB 0 root)"}),
            "Kenya=KEN Uganda=UGA two=UGA countries=KEN ");
  ASSERT_NE(actor_at("countries"), nullptr);
  ASSERT_NE(actor_at("two"), nullptr);
  EXPECT_EQ(actor_at("countries")->entity, actor_at("Kenya")->entity);
  EXPECT_EQ(actor_at("two")->entity, actor_at("Uganda")->entity);
  EXPECT_EQ(resolve({pair, R"(Both both DET 2 det
governments government NOUN 3 nsubj
agreed agree VERB 0 root)"}),
            "Kenya=KEN Uganda=UGA Both=UGAGOV governments=KENGOV ");
  EXPECT_EQ(resolve({pair, R"(Both both DET 2 det
sides side NOUN 3 nsubj
agreed agree VERB 0 root)"}),
            "Kenya=KEN Uganda=UGA ");
}

// A capital's possessive on a name the dictionaries do not know is the place's, not its government's: "Nairobi's
// Veterinary College" is no KENGOV, while "Nairobi's envoy" is.
TEST_F(ActorResolverTest, ACitysCollegeIsNoGovernment) {
  EXPECT_EQ(resolve({R"(Nairobi Nairobi PROPN 4 nmod:poss
's 's PART 1 case
Veterinary Veterinary PROPN 4 compound
College College PROPN 5 nsubj
opened open VERB 0 root)"}),
            "Nairobi=KENGOV ");
  EXPECT_EQ(resolve({R"(Nairobi Nairobi PROPN 3 nmod:poss
's 's PART 1 case
envoy envoy NOUN 4 nsubj
spoke speak VERB 0 root)"}),
            "Nairobi=KENGOV envoy=KENGOV ");
}

// A person met again keeps the country found for them before, not the one country a later sentence names.
TEST_F(ActorResolverTest, APersonMetAgainKeepsTheirCountry) {
  EXPECT_EQ(resolve({R"(Kenya Kenya PROPN 2 nsubj
mourned mourn VERB 0 root)", R"(Otieno Otieno PROPN 5 nsubj
, , PUNCT 4 punct
the the DET 4 det
minister minister NOUN 1 appos
spoke speak VERB 0 root)", R"(Otieno Otieno PROPN 2 nsubj
thanked thank VERB 0 root
Uganda Uganda PROPN 2 obj)"}),
            "Kenya=KEN Otieno=KENGOV minister=KENGOV Otieno=KENGOV Uganda=UGA ");
}

TEST_F(ActorResolverTest, AnActorWithoutCountryTakesThePlaceItIsIn) {
  EXPECT_EQ(resolve({R"(Opposition opposition NOUN 2 compound
parties party NOUN 5 nsubj
in in ADP 4 case
Malawi Malawi PROPN 2 nmod
marched march VERB 0 root
. . PUNCT 5 punct)"}),
            "parties=MWIOPP Malawi=MWI ");
  // A country the phrase names itself is kept; only the place of a country-less actor is read.
  EXPECT_EQ(resolve({R"(Kenyan Kenyan ADJ 2 amod
students student NOUN 5 nsubj
in in ADP 4 case
Malawi Malawi PROPN 2 nmod
marched march VERB 0 root)"}),
            "students=KENEDU Malawi=MWI ");
}

TEST_F(ActorResolverTest, ADemonymTakenForANameInACompoundIsStillADemonym) {
  EXPECT_EQ(resolve({R"(Peru Peru PROPN 2 nsubj
rejected reject VERB 0 root
a a DET 5 det
Chilean Chilean PROPN 5 compound
appeal appeal NOUN 2 obj
. . PUNCT 2 punct)"}),
            "Peru=PER appeal=CHL ");
  // A country name used as a modifier in a compound: "a Chile request".
  EXPECT_EQ(resolve({R"(Peru Peru PROPN 2 nsubj
rejected reject VERB 0 root
a a DET 5 det
Chile Chile PROPN 5 compound
request request NOUN 2 obj
. . PUNCT 2 punct)"}),
            "Peru=PER request=CHL ");
  // And an organisation's: "a UN resolution".
  EXPECT_EQ(resolve({R"(Peru Peru PROPN 2 nsubj
vetoed veto VERB 0 root
a a DET 5 det
UN UN PROPN 5 compound
resolution resolution NOUN 2 obj)"}),
            "Peru=PER resolution=IGOUNO ");
}

TEST_F(ActorResolverTest, ASectorPhraseSplitOffFromTheActorBeforeItTakesItsCountry) {
  // "Chile defence ministers met": the parser made "Chile" the root and the ministers a phrase of their own.
  EXPECT_EQ(resolve({R"(Chile Chile PROPN 0 root
defence defence NOUN 3 compound
ministers minister NOUN 4 nsubj
met meet VERB 1 appos)"}),
            "Chile=CHL ministers=CHLGOV ");
  // After a word that is no actor it stays country-less (two countries named: no single one to give).
  EXPECT_EQ(resolve({R"(On on ADP 2 case
Monday Monday PROPN 4 obl
officials official NOUN 4 nsubj
met meet VERB 0 root
in in ADP 6 case
Lima Lima PROPN 4 obl
and and CCONJ 8 cc
Quito Quito PROPN 6 conj)"}),
            "officials=GOV Lima=PERGOV Quito=ECUGOV ");
}

TEST_F(ActorResolverTest, EthnicPeopleAreCodedByTheCountryTheyLiveIn) {
  EXPECT_EQ(resolve({R"(Ethnic ethnic ADJ 2 amod
Peruvians Peruvian PROPN 6 nsubj NNPS
in in ADP 5 case
northern northern ADJ 5 amod
Chile Chile PROPN 2 nmod
protested protest VERB 0 root)"}),
            "Peruvians=CHL Chile=CHL ");
  // Without "ethnic" a demonym in a place is a foreigner there.
  EXPECT_EQ(resolve({R"(Peruvians Peruvian PROPN 4 nsubj NNPS
in in ADP 3 case
Chile Chile PROPN 1 nmod
protested protest VERB 0 root)"}),
            "Peruvians=PER Chile=CHL ");
}

TEST_F(ActorResolverTest, ATitleHungOnANameIsTheNamedPerson) {
  // "President Assad": the parser made the title a description of the name; out of office on the story date the
  // person is ELI, and so is the title.
  resolve({R"(President President PROPN 2 nmod:desc
Assad Assad PROPN 3 nsubj
spoke speak VERB 0 root)"}, "2025-06-01");
  ASSERT_NE(actor_at("President"), nullptr);
  ASSERT_NE(actor_at("Assad"), nullptr);
  EXPECT_EQ(actor_at("President")->code, "SYRELI");
  EXPECT_EQ(actor_at("President")->entity, actor_at("Assad")->entity);
}

TEST_F(ActorResolverTest, ADefiniteDescriptionWithACountryIsThePersonOfThatCountryUnderThatTitle) {
  // Russian President Vladimir Putin spoke. Russian Defence Minister Ivan Orlov left. The Russian leader smiled. The
  // Russian minister nodded. The Turkish minister frowned.   (the leader is the president, the minister is Orlov,
  // the Turkish minister is someone else)
  const std::string putin = R"(Russian Russian ADJ 4 amod
President President PROPN 4 compound
Vladimir Vladimir PROPN 4 compound
Putin Putin PROPN 5 nsubj
spoke speak VERB 0 root)";
  const std::string orlov = R"(Russian Russian ADJ 5 amod
Defence Defence PROPN 3 compound
Minister Minister PROPN 5 compound
Ivan Ivan PROPN 5 compound
Orlov Orlov PROPN 6 nsubj
left leave VERB 0 root)";
  const std::string leader = R"(The the DET 3 det
Russian Russian ADJ 3 amod
leader leader NOUN 4 nsubj
smiled smile VERB 0 root)";
  const std::string minister = R"(The the DET 3 det
Russian Russian ADJ 3 amod
minister minister NOUN 4 nsubj
nodded nod VERB 0 root)";
  const std::string turkish = R"(The the DET 3 det
Turkish Turkish ADJ 3 amod
minister minister NOUN 4 nsubj
frowned frown VERB 0 root)";
  resolve({putin, orlov, leader, minister, turkish});
  ASSERT_NE(actor_at("Putin"), nullptr);
  ASSERT_NE(actor_at("leader"), nullptr);
  EXPECT_EQ(actor_at("leader")->entity, actor_at("Putin")->entity);
  EXPECT_EQ(actor_at("leader")->name, "Vladimir Putin");
  ASSERT_NE(actor_at("minister", 0), nullptr);
  ASSERT_NE(actor_at("Orlov"), nullptr);
  EXPECT_EQ(actor_at("minister", 0)->entity, actor_at("Orlov")->entity);
  ASSERT_NE(actor_at("minister", 1), nullptr);
  EXPECT_EQ(actor_at("minister", 1)->code, "TURGOV");
  EXPECT_NE(actor_at("minister", 1)->entity, actor_at("Orlov")->entity);
}

TEST_F(ActorResolverTest, ATitleHungOnANameSpansTheName) {
  // "Senator Maria Lopez spoke": the actor as written is the whole titled name, not the title alone.
  resolve({R"(Senator Senator PROPN 2 nmod:desc
Maria Maria PROPN 4 nsubj
Lopez Lopez PROPN 2 flat
spoke speak VERB 0 root)"});
  const Actor* senator = actor_at("Senator");
  ASSERT_NE(senator, nullptr);
  EXPECT_EQ(testing::mention_text(doc_, senator->first_token, senator->end_token), "Senator Maria Lopez");
}

TEST_F(ActorResolverTest, AKnownNameAfterATitleTheParserMadeTheHeadIsThePerson) {
  // "Pres. Vladimir Putin spoke": the parser hung the name on the abbreviated title as flat words.
  resolve({R"(Pres. Pres. PROPN 4 nsubj
Vladimir Vladimir PROPN 1 flat
Putin Putin PROPN 1 flat
spoke speak VERB 0 root)"});
  ASSERT_NE(actor_at("Pres."), nullptr);
  EXPECT_EQ(actor_at("Pres.")->code, "RUSGOV");
  EXPECT_EQ(actor_at("Pres.")->name, "Vladimir Putin");
}

TEST_F(ActorResolverTest, AnAcronymIsTheActorWhoseInitialsItSpells) {
  // The Syrian Free Patriotic Army fought. The SFPA withdrew.
  resolve({R"(The the DET 5 det
Syrian Syrian ADJ 5 amod
Free Free PROPN 5 compound
Patriotic Patriotic PROPN 5 compound
Army Army PROPN 6 nsubj
fought fight VERB 0 root)",
           R"(The the DET 2 det
SFPA SFPA PROPN 3 nsubj
withdrew withdraw VERB 0 root)"});
  ASSERT_NE(actor_at("Army"), nullptr);
  ASSERT_NE(actor_at("SFPA"), nullptr);
  EXPECT_EQ(actor_at("SFPA")->entity, actor_at("Army")->entity);
  EXPECT_EQ(actor_at("SFPA")->code, actor_at("Army")->code);
}

TEST_F(ActorResolverTest, TheFirstWordOfAnOrganisationsNameIsThatOrganisation) {
  // The Iranian airline Pars Air flew. Pars 's permit lapsed.
  resolve({R"(The the DET 3 det
Iranian Iranian ADJ 3 amod
airline airline NOUN 6 nsubj
Pars Pars PROPN 3 appos
Air Air PROPN 4 flat
flew fly VERB 0 root)",
           R"(Pars Pars PROPN 3 nmod:poss
's 's PART 1 case
permit permit NOUN 4 nsubj
lapsed lapse VERB 0 root)"});
  ASSERT_NE(actor_at("airline"), nullptr);
  ASSERT_NE(actor_at("Pars", 1), nullptr);  // (the second "Pars": the first is the apposition)
  EXPECT_EQ(actor_at("Pars", 1)->entity, actor_at("airline")->entity);
  EXPECT_EQ(actor_at("Pars", 1)->code, "IRNBUS");
  // The Iranian Pars Air airline flew. Pars lapsed.   (a run that is a compound of a common noun qualifies it:
  // its first word alone is not taken for the organisation)
  resolve({R"(The the DET 4 det
Iranian Iranian ADJ 4 amod
Pars Pars PROPN 4 compound
Air Air PROPN 4 compound
airline airline NOUN 5 nsubj
flew fly VERB 0 root)",
           R"(Pars Pars PROPN 2 nsubj
lapsed lapse VERB 0 root)"});
  ASSERT_NE(actor_at("airline"), nullptr);
  EXPECT_EQ(actor_at("Pars"), nullptr);
}

TEST_F(ActorResolverTest, TheGroupIsTheOneGroupNamedJustBefore) {
  // The rebels seized the town. The group spoke.   (one group before: it)
  const std::string rebels = R"(The the DET 2 det
rebels rebel NOUN 3 nsubj
seized seize VERB 0 root
the the DET 5 det
town town NOUN 3 obj)";
  const std::string group = R"(The the DET 2 det
group group NOUN 3 nsubj
spoke speak VERB 0 root)";
  resolve({rebels, group});
  ASSERT_NE(actor_at("group"), nullptr);
  EXPECT_EQ(actor_at("group")->entity, actor_at("rebels")->entity);
  // The rebels seized the town. The militants fled. The group spoke.   (two groups: neither)
  resolve({rebels, R"(The the DET 2 det
militants militant NOUN 3 nsubj
fled flee VERB 0 root)",
           group});
  ASSERT_NE(actor_at("militants"), nullptr);
  EXPECT_EQ(actor_at("group"), nullptr);
}

TEST_F(ActorResolverTest, AirDefencesAreTheMilitary) {
  EXPECT_EQ(resolve({R"(Syrian Syrian ADJ 3 amod
air air NOUN 3 compound
defences defence NOUN 4 nsubj
fired fire VERB 0 root)"}),
            "defences=SYRMIL ");
}

TEST_F(ActorResolverTest, ARoleNounTaggedAnAdjectiveIsStillTheRole) {
  // A French official spoke. The official, who asked for anonymity, left.   ("official" tagged an adjective)
  resolve({R"(A a DET 3 det
French French ADJ 3 amod
official official NOUN 4 nsubj
spoke speak VERB 0 root)",
           R"(The the DET 2 det
official official ADJ 7 nsubj
, , PUNCT 4 punct
who who PRON 4 nsubj
asked ask VERB 2 acl:relcl
, , PUNCT 4 punct
left leave VERB 0 root)"});
  ASSERT_NE(actor_at("official", 1), nullptr);
  EXPECT_EQ(actor_at("official", 1)->code, "FRAGOV");
  EXPECT_EQ(actor_at("official", 1)->entity, actor_at("official", 0)->entity);
}

TEST_F(ActorResolverTest, AnEmbassyIsNoPersonMetBefore) {
  // A French spokesman spoke. The embassy closed.   (the embassy is a body, not the spokesman)
  resolve({R"(A a DET 3 det
French French ADJ 3 amod
spokesman spokesman NOUN 4 nsubj
spoke speak VERB 0 root)",
           R"(The the DET 2 det
embassy embassy NOUN 3 nsubj
closed close VERB 0 root)"});
  ASSERT_NE(actor_at("spokesman"), nullptr);
  ASSERT_NE(actor_at("embassy"), nullptr);
  EXPECT_NE(actor_at("embassy")->entity, actor_at("spokesman")->entity);
}

TEST_F(ActorResolverTest, AnInternationalBodyIsAPlaceToComeFrom) {
  EXPECT_EQ(resolve({R"(Observers observer NOUN 5 nsubj
from from ADP 4 case
the the DET 4 det
UN UN PROPN 1 nmod
arrived arrive VERB 0 root)"}),
            "Observers=IGOELI UN=IGOUNO ");
}

TEST_F(ActorResolverTest, ASentenceThatNamesOneCountryGivesItToItsCountrylessActors) {
  EXPECT_EQ(resolve({R"(Kenyan Kenyan ADJ 2 amod
police police NOUN 3 nsubj
dispersed disperse VERB 0 root
protesters protester NOUN 3 obj
. . PUNCT 3 punct)"}),
            "police=KENCOP protesters=KENCVL ");
  // Two countries: no guess.
  EXPECT_EQ(resolve({R"(Kenyan Kenyan ADJ 2 amod
police police NOUN 3 nsubj
dispersed disperse VERB 0 root
protesters protester NOUN 3 obj
near near ADP 6 case
Uganda Uganda PROPN 3 obl)"}),
            "police=KENCOP protesters=CVL Uganda=UGA ");
  // A definite description points back to someone met before: no guess either.
  EXPECT_EQ(resolve({R"(Kenyan Kenyan ADJ 2 amod
police police NOUN 3 nsubj
dispersed disperse VERB 0 root
the the DET 5 det
protesters protester NOUN 3 obj)"}),
            "police=KENCOP protesters=CVL ");
}

// An article about one country: an official or body known by its sector alone, and "he" for it, in a later sentence
// that names no two countries, is of the country the earlier sentences named most often.
TEST_F(ActorResolverTest, ACountrylessOfficialTakesTheCountryTheArticleIsAbout) {
  EXPECT_EQ(resolve({R"(Kenya Kenya PROPN 2 nsubj
mourned mourn VERB 0 root
. . PUNCT 2 punct)", R"(The the DET 2 det
army army NOUN 3 nsubj
patrolled patrol VERB 0 root
the the DET 5 det
streets street NOUN 3 obj)", R"(He he PRON 2 nsubj
urged urge VERB 0 root
calm calm NOUN 2 obj)"}),
            "Kenya=KEN army=KENMIL ");
  // The first sentence names no country yet: no guess; a later sentence naming two countries: no guess either.
  EXPECT_EQ(resolve({R"(The the DET 2 det
army army NOUN 3 nsubj
patrolled patrol VERB 0 root)", R"(Kenya Kenya PROPN 2 nsubj
mourned mourn VERB 0 root)", R"(The the DET 2 det
army army NOUN 3 nsubj
fought fight VERB 0 root
near near ADP 5 case
Uganda Uganda PROPN 3 obl
and and CCONJ 7 cc
Somalia Somalia PROPN 5 conj)"}),
            "army=MIL Kenya=KEN army=MIL Uganda=UGA Somalia=SOM ");
}

TEST_F(ActorResolverTest, ACountryHungOnADateWordIsStillAnActor) {
  EXPECT_EQ(resolve({R"(Norway Norway PROPN 2 compound
today today NOUN 3 nsubj
accepted accept VERB 0 root
the the DET 5 det
plan plan NOUN 3 obj)"}),
            "Norway=NOR ");
}

TEST_F(ActorResolverTest, ConjoinedAdjectivesGiveOneActorEach) {
  EXPECT_EQ(resolve({R"(the the DET 5 det
Russian Russian ADJ 5 amod
and and CCONJ 4 cc
Syrian Syrian ADJ 2 conj
leadership leadership NOUN 6 nsubj
met meet VERB 0 root)"}),
            "Syrian=SYRGOV leadership=RUSGOV ");
}

TEST_F(ActorResolverTest, PronounTakesTheLatestPerson) {
  EXPECT_EQ(resolve({R"(Putin Putin PROPN 2 nsubj
spoke speak VERB 0 root)", R"(He he PRON 2 nsubj
left leave VERB 0 root)"}),
            "Putin=RUSGOV He=RUSGOV ");
  EXPECT_EQ(actor_at("Putin")->entity, actor_at("He")->entity);
}

TEST_F(ActorResolverTest, TheyStandsForSeveralPeopleAsSubject) {
  // "Chilean leaders said they would leave": the leaders (people, but plural and the subject).
  EXPECT_EQ(resolve({R"(Chilean Chilean ADJ 2 amod
leaders leader NOUN 3 nsubj
said say VERB 0 root
they they PRON 5 nsubj
left leave VERB 3 ccomp)"}),
            "leaders=CHLGOV they=CHLGOV ");
  // Plural people as an object are not taken: "Chilean police arrested ministers when they ...": the police.
  EXPECT_EQ(resolve({R"(Chilean Chilean ADJ 2 amod
police police NOUN 3 nsubj
arrested arrest VERB 0 root
ministers minister NOUN 3 obj
when when ADV 7 advmod
they they PRON 7 nsubj
left leave VERB 3 advcl)"}),
            "police=CHLCOP ministers=CHLGOV they=CHLCOP ");
}

TEST_F(ActorResolverTest, ARegionOrCityGivesItsCountryButIsNoActor) {
  // data/actors/places.tsv: as a modifier, as the place an actor is in, as the place of an office.
  EXPECT_EQ(resolve({R"(Rakhine Rakhine PROPN 2 compound
rebels rebel NOUN 3 nsubj
fired fire VERB 0 root
. . PUNCT 3 punct)"}),
            "rebels=MMRREB ");
  EXPECT_EQ(resolve({R"(Shanghai Shanghai PROPN 2 compound
authorities authority NOUN 3 nsubj
closed close VERB 0 root
schools school NOUN 3 obj)"}),
            "authorities=CHNGOV schools=CHNEDU ");
  EXPECT_EQ(resolve({R"(Protesters protester NOUN 4 nsubj
in in ADP 3 case
Mosul Mosul PROPN 1 nmod
marched march VERB 0 root)"}),
            "Protesters=IRQCVL ");
  EXPECT_EQ(resolve({R"(The the DET 2 det
governor governor NOUN 5 nsubj
of of ADP 4 case
Kano Kano PROPN 2 nmod
spoke speak VERB 0 root)"}),
            "governor=NGAGOV ");
  EXPECT_EQ(resolve({R"(Aleppo Aleppo PROPN 2 nsubj
fell fall VERB 0 root)"}),
            "");
}

// "troops near Aleppo", "police at a checkpoint in Kandahar", "officials of the province of Idlib": the place an
// actor is near, at or around, also one phrase further down, gives a sector phrase its country; here without it
// "officials" would take the sentence's only country, Turkey's.
TEST_F(ActorResolverTest, APlaceNearOrAroundAnActorOrOnePhraseDownGivesItsCountry) {
  EXPECT_EQ(resolve({R"(Troops troops NOUN 4 nsubj
near near ADP 3 case
Aleppo Aleppo PROPN 1 nmod
fired fire VERB 0 root)"}),
            "Troops=SYRMIL ");
  EXPECT_EQ(resolve({R"(Police police NOUN 7 nsubj
at at ADP 4 case
a a DET 4 det
checkpoint checkpoint NOUN 1 nmod
in in ADP 6 case
Kandahar Kandahar PROPN 4 nmod
arrested arrest VERB 0 root)"}),
            "Police=AFGCOP ");
  EXPECT_EQ(resolve({R"(Officials official NOUN 7 nsubj
of of ADP 4 case
the the DET 4 det
province province NOUN 1 nmod
of of ADP 6 case
Idlib Idlib PROPN 4 nmod
met meet VERB 0 root
Turkish Turkish ADJ 9 amod
envoys envoy NOUN 7 obj)"}),
            "Officials=SYRGOV envoys=TURGOV ");
}

// "mourned the shootings in Mosul": the place of a harm done to people there stands for its country's people, as
// "the bombing in Kabul" (a capital) does; the place of anything else stays no actor.
TEST_F(ActorResolverTest, ThePlaceOfAHarmStandsForItsCountry) {
  EXPECT_EQ(resolve({R"(Chile Chile PROPN 2 nsubj
mourned mourn VERB 0 root
the the DET 4 det
shootings shooting NOUN 2 obj
in in ADP 6 case
Mosul Mosul PROPN 4 nmod)"}),
            "Chile=CHL Mosul=IRQ ");
  EXPECT_EQ(resolve({R"(Chile Chile PROPN 2 nsubj
opened open VERB 0 root
a a DET 4 det
school school NOUN 2 obj
in in ADP 6 case
Mosul Mosul PROPN 4 nmod)"}),
            "Chile=CHL school=IRQEDU ");  // Mosul gives the school its country, and is no actor
}

TEST_F(ActorResolverTest, AnOfficeOfTheCountryItsOfPhraseNames) {
  EXPECT_EQ(resolve({R"(Putin Putin PROPN 2 nsubj
met meet VERB 0 root
the the DET 4 det
president president NOUN 2 obj
of of ADP 6 case
Georgia Georgia PROPN 4 nmod)"}),
            "Putin=RUSGOV president=GEOGOV Georgia=GEO ");
  // "A spokesperson for Assad visited Georgia": an office serving a known person is of that person's country, even
  // in a sentence that names another country.
  EXPECT_EQ(resolve({R"(A a DET 2 det
spokesperson spokesperson NOUN 5 nsubj
for for ADP 4 case
Assad Assad PROPN 2 nmod
visited visit VERB 0 root
Georgia Georgia PROPN 5 obj)"}),
            "spokesperson=SYRGOV Assad=SYRGOV Georgia=GEO ");
}

TEST_F(ActorResolverTest, AGenericGroupNounNamedByAnOrganization) {
  // "the UN group left": the organization the compound names (the tests' organizations know only the UN).
  EXPECT_EQ(resolve({R"(The the DET 3 det
UN UN PROPN 3 compound
group group NOUN 4 nsubj
left leave VERB 0 root)"}),
            "group=IGOUNO ");
}

TEST_F(ActorResolverTest, ACountryModifierAloneDoesNotMakeAnActor) {
  EXPECT_EQ(resolve({R"(Russia Russia PROPN 3 nmod:poss
's 's PART 1 case
initiative initiative NOUN 4 nsubj
failed fail VERB 0 root)"}),
            "Russia=RUS ");
}

TEST_F(ActorResolverTest, ItStandsForAnInstitution) {
  EXPECT_EQ(resolve({R"(The the DET 2 det
army army NOUN 3 nsubj
said say VERB 0 root
it it PRON 5 nsubj
left leave VERB 3 ccomp)"}),
            "army=MIL it=MIL ");
}

TEST_F(ActorResolverTest, NoParseNoActors) {
  Document doc;
  doc.text = "Russia spoke.";
  resolver_->annotate(doc);
  EXPECT_TRUE(doc.actors.empty());
}

}  // namespace
}  // namespace dunlin

namespace dunlin {
namespace {

TEST(SyntaxTree, CyclesAreBrokenSoEveryWalkEnds) {
  Document doc = testing::parsed_document({"a a X 2 dep\nb b X 3 dep\nc c X 1 dep\nd d X 0 root"});
  SyntaxTree tree(doc);
  for (uint32_t t = 0; t < 4; ++t) {
    uint32_t up = t;
    int steps = 0;
    while (up != SyntaxTree::kNone && steps < 10) up = tree.head(up), ++steps;
    EXPECT_LT(steps, 10) << "token " << t;
  }
  EXPECT_EQ(tree.subtree_span(3), (std::pair<uint32_t, uint32_t>{3, 4}));
}

TEST(SyntaxTree, PhraseSpanLeavesOutTheWordsThatLinkItToTheClause) {
  // "The village was shelled by Syrian troops and the militia ."
  Document doc = testing::parsed_document({R"(The the DET 2 det
village village NOUN 4 nsubj:pass
was be AUX 4 aux:pass
shelled shell VERB 0 root
by by ADP 7 case
Syrian Syrian ADJ 7 amod
troops troop NOUN 4 obl:agent
and and CCONJ 10 cc
the the DET 10 det
militia militia NOUN 7 conj
. . PUNCT 4 punct)"});
  SyntaxTree tree(doc);
  EXPECT_EQ(tree.subtree_span(6), (std::pair<uint32_t, uint32_t>{4, 10}));  // "by Syrian troops and the militia"
  EXPECT_EQ(tree.phrase_span(6), (std::pair<uint32_t, uint32_t>{5, 10}));   // "Syrian troops and the militia"
  EXPECT_EQ(tree.phrase_span(9), (std::pair<uint32_t, uint32_t>{8, 10}));   // "the militia", not "and the militia"
  EXPECT_EQ(tree.phrase_span(1), (std::pair<uint32_t, uint32_t>{0, 2}));    // nothing to leave out
  // "... , according to the mayor": the linker's fixed word goes with it.
  Document according = testing::parsed_document({R"(Calm calm ADJ 0 root
, , PUNCT 6 punct
according accord VERB 6 case
to to ADP 3 fixed
the the DET 6 det
mayor mayor NOUN 1 obl)"});
  SyntaxTree t2(according);
  EXPECT_EQ(t2.phrase_span(5), (std::pair<uint32_t, uint32_t>{4, 6}));  // "the mayor"
}

TEST(SyntaxTree, HeadsOutsideTheDocumentAreRoots) {
  Document doc = testing::parsed_document({"a a X 9 dep\nb b X 1 dep"});
  SyntaxTree tree(doc);
  EXPECT_EQ(tree.head(0), SyntaxTree::kNone);
  EXPECT_EQ(tree.head(1), 0u);
  EXPECT_EQ(tree.children(0).size(), 1u);
}

// Session 7: a name the dictionaries and the text give no role, tagged a person by the NER, is a private person
// (CVL) of the article's country; a name under a title stays the titled actor, and its surname met again is that
// actor.
TEST_F(ActorResolverTest, ANameWithNoRoleIsAPrivatePersonOfTheArticlesCountry) {
  const std::string first = R"(Chilean Chilean ADJ 2 amod
police police NOUN 3 nsubj
arrested arrest VERB 0 root
Tomas Tomas PROPN 3 obj
Rivas Rivas PROPN 4 flat
. . PUNCT 3 punct)";
  const std::string second = R"(A a DET 2 det
judge judge NOUN 3 nsubj
sentenced sentence VERB 0 root
Rivas Rivas PROPN 3 obj
. . PUNCT 3 punct)";
  doc_ = parsed_document({first, second}, "2021-03-04");
  doc_.entities.add(3, 5, EntityLabel::PER);
  doc_.entities.add(9, 10, EntityLabel::PER);
  resolver_->annotate(doc_);
  ASSERT_NE(actor_at("Tomas"), nullptr);
  EXPECT_EQ(actor_at("Tomas")->code, "CHLCVL");
  // "Rivas" heads no phrase in the first sentence (a flat word of the name): the actor named so is the second one.
  ASSERT_NE(actor_at("Rivas"), nullptr);
  EXPECT_EQ(actor_at("Rivas")->code, "CHLCVL");
  EXPECT_EQ(actor_at("Rivas")->entity, actor_at("Tomas")->entity);
  EXPECT_EQ(actor_at("judge")->code, "CHLJUD");
  // Without the NER's person tag a name stays no actor (it may be a place or a company).
  EXPECT_EQ(resolve({first}), "police=CHLCOP ");
}

// A known person's name that a longer name goes on from with a word of none of that person's names is someone
// else's name: "Najib Karimi" is not Najib Razak (who goes by "Najib"); "Najib Razaks" (a lost apostrophe) is.
TEST_F(ActorResolverTest, AKnownFirstNameInsideAnotherNameIsNoMatch) {
  const std::string other = R"(Police police NOUN 2 nsubj
detained detain VERB 0 root
Najib Najib PROPN 2 obj
Karimi Karimi PROPN 3 flat
. . PUNCT 2 punct)";
  doc_ = parsed_document({other}, "2015-03-04");
  doc_.entities.add(2, 4, EntityLabel::PER);
  resolver_->annotate(doc_);
  ASSERT_NE(actor_at("Najib"), nullptr);
  EXPECT_NE(actor_at("Najib")->code, "MYSGOV");
  EXPECT_EQ(actor_at("Najib")->name, "");
  const std::string same = R"(Police police NOUN 2 nsubj
detained detain VERB 0 root
Najib Najib PROPN 5 nmod:poss
Razaks Razaks PROPN 3 flat
aides aide NOUN 2 obj
. . PUNCT 2 punct)";
  doc_ = parsed_document({same}, "2015-03-04");
  doc_.entities.add(2, 4, EntityLabel::PER);
  resolver_->annotate(doc_);
  ASSERT_NE(actor_at("Najib"), nullptr);
  EXPECT_EQ(actor_at("Najib")->code, "MYSGOV");
  // Alone, the first name is the person it is known for.
  doc_ = parsed_document({R"(Najib Najib PROPN 2 nsubj
resigned resign VERB 0 root
. . PUNCT 2 punct)"},
                         "2015-03-04");
  doc_.entities.add(0, 1, EntityLabel::PER);
  resolver_->annotate(doc_);
  ASSERT_NE(actor_at("Najib"), nullptr);
  EXPECT_EQ(actor_at("Najib")->code, "MYSGOV");
}

// A name with no role met first as a subject is no actor (an act can reach a private person, but a private
// person's own acts are not political events; NGEC's actor tests want no actor for such names).
TEST_F(ActorResolverTest, ANameWithNoRoleAsASubjectIsNoActor) {
  doc_ = parsed_document({R"(Chilean Chilean ADJ 2 amod
police police NOUN 3 nsubj
said say VERB 0 root
Tomas Tomas PROPN 6 nsubj
Rivas Rivas PROPN 4 flat
fled flee VERB 3 ccomp
. . PUNCT 3 punct)"},
                         "2021-03-04");
  doc_.entities.add(3, 5, EntityLabel::PER);
  resolver_->annotate(doc_);
  EXPECT_EQ(actor_at("Tomas"), nullptr);
  ASSERT_NE(actor_at("police"), nullptr);
  EXPECT_EQ(actor_at("police")->code, "CHLCOP");
}

TEST_F(ActorResolverTest, ATitledNameIsNoPrivatePerson) {
  // "Governor/nmod:desc Ana Soto" is coded by the title; "Soto" later is the governor.
  doc_ = parsed_document({R"(Chilean Chilean ADJ 2 amod
Governor Governor PROPN 3 nmod:desc
Ana Ana PROPN 5 nsubj
Soto Soto PROPN 3 flat
resigned resign VERB 0 root
. . PUNCT 5 punct)",
                          R"(Soto Soto PROPN 2 nsubj
left leave VERB 0 root
. . PUNCT 2 punct)"},
                         "2021-03-04");
  doc_.entities.add(2, 4, EntityLabel::PER);
  doc_.entities.add(6, 7, EntityLabel::PER);
  resolver_->annotate(doc_);
  EXPECT_EQ(actor_at("Ana"), nullptr);
  ASSERT_NE(actor_at("Governor"), nullptr);
  EXPECT_EQ(actor_at("Governor")->code, "CHLGOV");
  ASSERT_NE(actor_at("Soto"), nullptr);
  EXPECT_EQ(actor_at("Soto")->code, "CHLGOV");
}

TEST_F(ActorResolverTest, CourtAndJusticeWords) {
  EXPECT_EQ(resolve({R"(Chilean Chilean ADJ 2 amod
jury jury NOUN 3 nsubj
convicted convict VERB 0 root
two two NUM 5 nummod
defendants defendant NOUN 3 obj
. . PUNCT 3 punct)"}),
            "jury=CHLJUD defendants=CHLCRM ");
  resolve({R"(The the DET 3 det
Chilean Chilean ADJ 3 amod
Department Department PROPN 6 nsubj
of of ADP 5 case
Justice Justice PROPN 3 nmod
investigated investigate VERB 0 root
the the DET 9 det
police police NOUN 9 compound
department department NOUN 6 obj
. . PUNCT 6 punct)"});
  ASSERT_NE(actor_at("Department"), nullptr);
  EXPECT_EQ(actor_at("Department")->code, "CHLGOV");
  ASSERT_NE(actor_at("department"), nullptr);
  EXPECT_EQ(actor_at("department")->code, "CHLCOP");
}

TEST_F(ActorResolverTest, ATitleRightBeforeANameTheParserSplitOffGivesItsSector) {
  // "Chilean Prime Minister Ana Soto's offer": the parser hung the title on "offer", the name on the title's noun.
  doc_ = parsed_document({R"(Chilean Chilean ADJ 3 amod
Prime Prime ADJ 3 amod
Minister Minister PROPN 7 compound
Ana Ana PROPN 7 nmod:poss
Soto Soto PROPN 4 flat
's 's PART 4 case
offer offer NOUN 8 nsubj
stood stand VERB 0 root
. . PUNCT 8 punct)"},
                         "2021-03-04");
  doc_.entities.add(3, 5, EntityLabel::PER);
  resolver_->annotate(doc_);
  ASSERT_NE(actor_at("Ana"), nullptr);
  EXPECT_EQ(actor_at("Ana")->code, "CHLGOV");
}

TEST_F(ActorResolverTest, ANameHungOnATitleWithAPlaceModifierIsTheTitledPerson) {
  // "Mexican Senator from Jalisco Ana Soto resigned. Soto left.": the parser made "Jalisco Ana" a compound of
  // "Soto" and hung "Soto" on "Senator"; the place gives the name only a country, and the name is still the
  // senator's when met again.
  doc_ = parsed_document({R"(Mexican Mexican ADJ 2 amod
Senator Senator PROPN 7 nsubj
from from ADP 6 case
Jalisco Jalisco PROPN 6 compound
Ana Ana PROPN 4 flat
Soto Soto PROPN 2 nmod
resigned resign VERB 0 root
. . PUNCT 7 punct)",
                          R"(Soto Soto PROPN 2 nsubj
left leave VERB 0 root
. . PUNCT 2 punct)"},
                         "2021-03-04");
  doc_.entities.add(4, 6, EntityLabel::PER);
  doc_.entities.add(8, 9, EntityLabel::PER);
  resolver_->annotate(doc_);
  ASSERT_NE(actor_at("Senator"), nullptr);
  EXPECT_EQ(actor_at("Senator")->code, "MEXLEG");
  ASSERT_NE(actor_at("Soto"), nullptr);
  EXPECT_EQ(actor_at("Soto")->code, "MEXLEG");
}

TEST_F(ActorResolverTest, ACandidateIsAPersonOfAParty) {
  // "The Chilean candidate said she would run.": a candidate stands for a party (PTY) and is one person, whom "she"
  // stands for; "former" makes her ELI.
  EXPECT_EQ(resolve({R"(The the DET 3 det
Chilean Chilean ADJ 3 amod
candidate candidate NOUN 4 nsubj
said say VERB 0 root
she she PRON 7 nsubj
would would AUX 7 aux
run run VERB 4 ccomp
. . PUNCT 4 punct)"}),
            "candidate=CHLPTY she=CHLPTY ");
  EXPECT_EQ(resolve({R"(A a DET 4 det
former former ADJ 4 amod
Chilean Chilean ADJ 4 amod
candidate candidate NOUN 5 nsubj
said say VERB 0 root
she she PRON 8 nsubj
would would AUX 8 aux
run run VERB 5 ccomp
. . PUNCT 5 punct)"}),
            "candidate=CHLELI she=CHLELI ");
}

TEST_F(ActorResolverTest, HeOrSheIsOnePerson) {
  // "Chilean lawmakers threatened to impeach him.": "him" is the minister, not the lawmakers.
  EXPECT_EQ(resolve({R"(The the DET 3 det
Chilean Chilean ADJ 3 amod
minister minister NOUN 4 nsubj
resigned resign VERB 0 root
. . PUNCT 4 punct)",
                     R"(Lawmakers lawmaker NOUN 2 nsubj NNS
threatened threaten VERB 0 root VBD
to to PART 4 mark TO
impeach impeach VERB 2 xcomp VB
him he PRON 4 obj PRP
. . PUNCT 2 punct .)"}),
            "minister=CHLGOV Lawmakers=CHLLEG him=CHLGOV ");
}

TEST_F(ActorResolverTest, AnUnknownOrganizationIsACompanyOfTheArticlesCountry) {
  // "Chilean prosecutors are investigating Vexa." with "Vexa" an organization to the NER only.
  doc_ = parsed_document({R"(Chilean Chilean ADJ 2 amod
prosecutors prosecutor NOUN 4 nsubj
are be AUX 4 aux
investigating investigate VERB 0 root
Vexa Vexa PROPN 4 obj
. . PUNCT 4 punct)"},
                         "2021-03-04");
  doc_.entities.add(4, 5, EntityLabel::ORG);
  resolver_->annotate(doc_);
  ASSERT_NE(actor_at("Vexa"), nullptr);
  EXPECT_EQ(actor_at("Vexa")->code, "CHLBUS");
}

TEST_F(ActorResolverTest, AnUnknownOrganizationNoActReachesIsNoCompany) {
  // "Chilean senators debated the bill in the Chamber.": the organization is where something happens, not what
  // an act reaches: no company.
  doc_ = parsed_document({R"(Chilean Chilean ADJ 2 amod
senators senator NOUN 3 nsubj
debated debate VERB 0 root
the the DET 5 det
bill bill NOUN 3 obj
in in ADP 8 case
the the DET 8 det
Chamber Chamber PROPN 3 obl
. . PUNCT 3 punct)"},
                         "2021-03-04");
  doc_.entities.add(7, 8, EntityLabel::ORG);
  resolver_->annotate(doc_);
  EXPECT_EQ(actor_at("Chamber"), nullptr);
}

TEST_F(ActorResolverTest, APrivatePersonMetFirstAsTheOneSentencedIsAConvict) {
  // "A Chilean judge sentenced Tomas Rivas.": CRM; arrested first, a suspect stays CVL (the test above).
  doc_ = parsed_document({R"(A a DET 3 det
Chilean Chilean ADJ 3 amod
judge judge NOUN 4 nsubj
sentenced sentence VERB 0 root
Tomas Tomas PROPN 4 obj
Rivas Rivas PROPN 5 flat
. . PUNCT 4 punct)"},
                         "2021-03-04");
  doc_.entities.add(4, 6, EntityLabel::PER);
  resolver_->annotate(doc_);
  ASSERT_NE(actor_at("Tomas"), nullptr);
  EXPECT_EQ(actor_at("Tomas")->code, "CHLCRM");
}

// "shelled Mosul", "fired rockets at Mosul": a place force is used on stands for its country (CAMEO codes the
// attacked place's country as the target); a place visited stays no actor (session 8).
TEST_F(ActorResolverTest, APlaceAttackedStandsForItsCountry) {
  EXPECT_EQ(resolve({R"(Chile Chile PROPN 2 nsubj
shelled shell VERB 0 root
Mosul Mosul PROPN 2 obj)"}),
            "Chile=CHL Mosul=IRQ ");
  EXPECT_EQ(resolve({R"(Chile Chile PROPN 2 nsubj
fired fire VERB 0 root
rockets rocket NOUN 2 obj
at at ADP 5 case
Mosul Mosul PROPN 3 nmod)"}),
            "Chile=CHL Mosul=IRQ ");
  EXPECT_EQ(resolve({R"(Chile Chile PROPN 2 nsubj
visited visit VERB 0 root
Mosul Mosul PROPN 2 obj)"}),
            "Chile=CHL ");
  // "Iraq shelled Mosul": the place is another side than the country that attacks it.
  EXPECT_EQ(resolve({R"(Iraq Iraq PROPN 2 nsubj
shelled shell VERB 0 root
Mosul Mosul PROPN 2 obj)"}),
            "Iraq=IRQ Mosul=IRQ ");
  EXPECT_NE(actor_at("Iraq")->entity, actor_at("Mosul")->entity);
  // "Chile took the city of Mosul": the place named by the town or city taken.
  EXPECT_EQ(resolve({R"(Chile Chile PROPN 2 nsubj
took take VERB 0 root
the the DET 4 det
city city NOUN 2 obj
of of ADP 6 case
Mosul Mosul PROPN 4 nmod)"}),
            "Chile=CHL Mosul=IRQ ");
}

}  // namespace
}  // namespace dunlin

namespace dunlin {
namespace {

TEST_F(ActorResolverTest, ThePronounSubjectOfWhatASpeakerSaysIsTheSpeaker) {
  // "The Chilean army, which fought the rebels, said it withdrew.": "it" is the army that says so, not the group
  // named in between.
  resolve({R"(The the DET 3 det
Chilean Chilean ADJ 3 amod
army army NOUN 9 nsubj
, , PUNCT 6 punct
which which PRON 6 nsubj
fought fight VERB 3 acl:relcl
the the DET 8 det
rebels rebel NOUN 6 obj
said say VERB 0 root
it it PRON 11 nsubj
withdrew withdraw VERB 9 ccomp
. . PUNCT 9 punct)"});
  ASSERT_NE(actor_at("it"), nullptr);
  ASSERT_NE(actor_at("rebels"), nullptr);
  EXPECT_EQ(actor_at("it")->code, "CHLMIL");
  EXPECT_EQ(actor_at("it")->entity, actor_at("army")->entity);
  // Outside reported speech the latest fitting actor stays the antecedent: "..., and it withdrew" is the rebels'.
  resolve({R"(The the DET 3 det
Chilean Chilean ADJ 3 amod
army army NOUN 4 nsubj
fought fight VERB 0 root
the the DET 6 det
rebels rebel NOUN 4 obj
and and CCONJ 9 cc
it it PRON 9 nsubj
withdrew withdraw VERB 4 conj
. . PUNCT 4 punct)"});
  ASSERT_NE(actor_at("it"), nullptr);
  EXPECT_EQ(actor_at("it")->entity, actor_at("rebels")->entity);
  // A verb of saying coordinated with an earlier verb shares its subject: "The Chilean army attacked the rebels and
  // said it withdrew." ("it" is the army).
  resolve({R"(The the DET 3 det
Chilean Chilean ADJ 3 amod
army army NOUN 4 nsubj
attacked attack VERB 0 root
the the DET 6 det
rebels rebel NOUN 4 obj
and and CCONJ 8 cc
said say VERB 4 conj
it it PRON 10 nsubj
withdrew withdraw VERB 8 ccomp
. . PUNCT 4 punct)"});
  ASSERT_NE(actor_at("it"), nullptr);
  EXPECT_EQ(actor_at("it")->entity, actor_at("army")->entity);
}

TEST_F(ActorResolverTest, ARoleNamedAfterFirstMentionIsThePersonWhoseTitleItWas) {
  // "Syrian Foreign Minister Walid Muallem met Russian President Vladimir Putin. The minister thanked the
  // president.": "the minister" is Muallem, whose title it was, not the latest official of the sector (Putin).
  resolve({R"(Syrian Syrian ADJ 3 amod
Foreign Foreign PROPN 3 compound
Minister Minister PROPN 5 compound
Walid Walid PROPN 5 compound
Muallem Muallem PROPN 6 nsubj
met meet VERB 0 root
Russian Russian ADJ 8 amod
President President PROPN 10 compound
Vladimir Vladimir PROPN 10 compound
Putin Putin PROPN 6 obj
. . PUNCT 6 punct)",
           R"(The the DET 2 det
minister minister NOUN 3 nsubj
thanked thank VERB 0 root
the the DET 5 det
president president NOUN 3 obj
. . PUNCT 3 punct)"});
  const Actor* muallem = actor_at("Muallem");
  const Actor* minister = actor_at("minister");
  const Actor* president = actor_at("president");
  ASSERT_NE(muallem, nullptr);
  ASSERT_NE(minister, nullptr);
  ASSERT_NE(president, nullptr);
  EXPECT_EQ(minister->code, "SYRGOV");
  EXPECT_EQ(minister->entity, muallem->entity);
  EXPECT_EQ(president->code, "RUSGOV");
  EXPECT_EQ(president->entity, actor_at("Putin")->entity);
}

TEST_F(ActorResolverTest, ThemAsWhatAnActIsDoneToIsThePeopleAnEarlierActWasDoneTo) {
  // "Police in Kenya arrested nine people. Officials said an officer questioned them. The police later charged
  // them. They were taken into custody.": each "them" and the passive "They" are the nine people, not the officials
  // who speak, the officer, nor the police whose own act it is.
  resolve({R"(Police police NOUN 4 nsubj NNS
in in ADP 3 case IN
Kenya Kenya PROPN 1 nmod NNP
arrested arrest VERB 0 root VBD
nine nine NUM 6 nummod CD
people people NOUN 4 obj NNS
. . PUNCT 4 punct .)",
           R"(Officials official NOUN 2 nsubj NNS
said say VERB 0 root VBD
an a DET 4 det DT
officer officer NOUN 5 nsubj NN
questioned question VERB 2 ccomp VBD
them they PRON 5 obj PRP
. . PUNCT 2 punct .)",
           R"(The the DET 2 det DT
police police NOUN 4 nsubj NNS
later late ADV 4 advmod RB
charged charge VERB 0 root VBD
them they PRON 4 obj PRP
. . PUNCT 4 punct .)",
           R"(They they PRON 3 nsubj:pass PRP
were be AUX 3 aux:pass VBD
taken take VERB 0 root VBN
into into ADP 5 case IN
custody custody NOUN 3 obl NN
. . PUNCT 3 punct .)"});
  const Actor* people = actor_at("people");
  ASSERT_NE(people, nullptr);
  EXPECT_EQ(people->code, "KENCVL");
  for (size_t nth = 0; nth < 2; ++nth) {
    const Actor* them = actor_at("them", nth);
    ASSERT_NE(them, nullptr) << nth;
    EXPECT_EQ(them->entity, people->entity) << nth;
  }
  const Actor* they = actor_at("They");
  ASSERT_NE(they, nullptr);
  EXPECT_EQ(they->entity, people->entity);
}

TEST_F(ActorResolverTest, AnObjectPronounIsNotItsOwnClausesSubject) {
  // "Kenyan President Uhuru Kenyatta thanked Putin. Putin praised him.": "him" is Kenyatta, not Putin, though
  // Putin was named last.
  resolve({R"(Kenyan Kenyan ADJ 4 amod JJ
President President PROPN 4 compound NNP
Uhuru Uhuru PROPN 4 compound NNP
Kenyatta Kenyatta PROPN 5 nsubj NNP
thanked thank VERB 0 root VBD
Putin Putin PROPN 5 obj NNP
. . PUNCT 5 punct .)",
           R"(Putin Putin PROPN 2 nsubj NNP
praised praise VERB 0 root VBD
him he PRON 2 obj PRP
. . PUNCT 2 punct .)"});
  const Actor* him = actor_at("him");
  const Actor* kenyatta = actor_at("Kenyatta");
  ASSERT_NE(him, nullptr);
  ASSERT_NE(kenyatta, nullptr);
  EXPECT_EQ(him->entity, kenyatta->entity);
}

TEST_F(ActorResolverTest, APersonsCampaignOrTeamIsCodedAsThePerson) {
  // "The Putin campaign criticized Kenya": the campaign acts for Putin.
  resolve({R"(The the DET 3 det DT
Putin Putin PROPN 3 compound NNP
campaign campaign NOUN 4 nsubj NN
criticized criticize VERB 0 root VBD
Kenya Kenya PROPN 4 obj NNP
. . PUNCT 4 punct .)"});
  const Actor* campaign = actor_at("campaign");
  ASSERT_NE(campaign, nullptr);
  EXPECT_EQ(campaign->code, "RUSGOV");
  // A campaign of no person is no actor.
  resolve({R"(The the DET 3 det DT
election election NOUN 3 compound NN
campaign campaign NOUN 4 nsubj NN
began begin VERB 0 root VBD
. . PUNCT 4 punct .)"});
  EXPECT_EQ(actor_at("campaign"), nullptr);
}

TEST_F(ActorResolverTest, PeopleStruckByAnotherCountrysForcesAreOfTheStorysCountry) {
  // "Peru closed the border. Peru protested. Chilean warplanes killed farmers.": the one country the last sentence
  // names is its warplanes'; the farmers are of the story's country.
  const std::string struck = R"(Chilean Chilean ADJ 2 amod
warplanes warplane NOUN 3 nsubj
killed kill VERB 0 root
farmers farmer NOUN 3 obj
. . PUNCT 3 punct)";
  EXPECT_EQ(resolve({kPeruClosed, kPeruProtested, struck}), "Peru=PER Peru=PER warplanes=CHLMIL farmers=PERAGR ");
  // Alone they stay of the sentence's country; so do people a country's police act on.
  EXPECT_EQ(resolve({struck}), "warplanes=CHLMIL farmers=CHLAGR ");
  const std::string police = R"(Chilean Chilean ADJ 2 amod
police police NOUN 3 nsubj
arrested arrest VERB 0 root
farmers farmer NOUN 3 obj
. . PUNCT 3 punct)";
  EXPECT_EQ(resolve({kPeruClosed, kPeruProtested, police}), "Peru=PER Peru=PER police=CHLCOP farmers=CHLAGR ");
}

TEST_F(ActorResolverTest, ALocalOfficialIsOfThePlaceNotOfTheForeignForces) {
  // "Chilean warplanes struck a market in Rakhine, a local official said.": the one country named is the warplanes';
  // the local official is of the place struck (a region of Myanmar, places.tsv), not Chile.
  const std::string struck = R"(Chilean Chilean ADJ 2 amod
warplanes warplane NOUN 3 nsubj
struck strike VERB 12 ccomp
a a DET 5 det
market market NOUN 3 obj
in in ADP 7 case
Rakhine Rakhine PROPN 5 nmod
, , PUNCT 12 punct
a a DET 11 det
local local ADJ 11 amod
official official NOUN 12 nsubj
said say VERB 0 root
. . PUNCT 12 punct)";
  EXPECT_EQ(resolve({struck}), "warplanes=CHLMIL official=MMRGOV ");
  // With no place named, of the story's country ("Peru closed the border. Peru protested. Chilean warplanes struck a
  // market, a local official said.").
  const std::string no_place = R"(Chilean Chilean ADJ 2 amod
warplanes warplane NOUN 3 nsubj
struck strike VERB 10 ccomp
a a DET 5 det
market market NOUN 3 obj
, , PUNCT 10 punct
a a DET 9 det
local local ADJ 9 amod
official official NOUN 10 nsubj
said say VERB 0 root
. . PUNCT 10 punct)";
  EXPECT_EQ(resolve({kPeruClosed, kPeruProtested, no_place}), "Peru=PER Peru=PER warplanes=CHLMIL official=PERGOV ");
  // Alone, and where the forces act at home, the local official is of the forces' country.
  EXPECT_EQ(resolve({no_place}), "warplanes=CHLMIL official=CHLGOV ");
}

TEST_F(ActorResolverTest, ANewsOutletDoesNotMakeTheStorysCountry) {
  // "Peruvian outlets reported. Peruvian outlets said. Soldiers arrested farmers.": where the outlets are from says
  // nothing of where the story is (a wire agency reports from everywhere).
  const std::string reported = R"(Peruvian Peruvian ADJ 2 amod
outlets outlet NOUN 3 nsubj
reported report VERB 0 root
. . PUNCT 3 punct)";
  const std::string said = R"(Peruvian Peruvian ADJ 2 amod
outlets outlet NOUN 3 nsubj
said say VERB 0 root
. . PUNCT 3 punct)";
  const std::string arrested = R"(Soldiers soldier NOUN 2 nsubj
arrested arrest VERB 0 root
farmers farmer NOUN 2 obj
. . PUNCT 2 punct)";
  EXPECT_EQ(resolve({reported, said, arrested}), "outlets=PERMED outlets=PERMED Soldiers=MIL farmers=AGR ");
}

TEST_F(ActorResolverTest, TheTwoMinistersAreThePeopleOfTwoCountriesNamedLast) {
  // "The Chilean minister met the Peruvian minister. The two ministers signed a deal.": one actor on "ministers",
  // one on "two", as for "the two countries".
  const std::string met = R"(The the DET 3 det
Chilean Chilean ADJ 3 amod
minister minister NOUN 4 nsubj
met meet VERB 0 root
the the DET 7 det
Peruvian Peruvian ADJ 7 amod
minister minister NOUN 4 obj
. . PUNCT 4 punct)";
  const std::string signed_deal = R"(The the DET 3 det
two two NUM 3 nummod
ministers minister NOUN 4 nsubj
signed sign VERB 0 root
a a DET 6 det
deal deal NOUN 4 obj
. . PUNCT 4 punct)";
  EXPECT_EQ(resolve({met, signed_deal}), "minister=CHLGOV minister=PERGOV two=PERGOV ministers=CHLGOV ");
}

TEST_F(ActorResolverTest, ARegionNamedAsThePlaceMakesTheStorysCountry) {
  // "A fire hit an airport in Texas. Police evacuated the terminal.": a region is no actor (places.tsv), but it says
  // where the story is.
  const std::string fire = R"(A a DET 2 det
fire fire NOUN 3 nsubj
hit hit VERB 0 root
an a DET 5 det
airport airport NOUN 3 obj
in in ADP 7 case
Texas Texas PROPN 5 nmod
. . PUNCT 3 punct)";
  const std::string evacuated = R"(Police police NOUN 2 nsubj
evacuated evacuate VERB 0 root
the the DET 4 det
terminal terminal NOUN 2 obj
. . PUNCT 2 punct)";
  EXPECT_EQ(resolve({fire, evacuated}), "Police=USACOP ");
}

}  // namespace
}  // namespace dunlin
