// The place tagger and the event locator on hand-written parses and the small fixture gazetteer of
// tests/data/place (built in memory, as in place_gazetteer_test.cc), plus the event record's "location" field.
#include <gtest/gtest.h>

#include <memory>

#include "dunlin/actors/country_dictionary.h"
#include "dunlin/conllu/conllu_document.h"
#include "dunlin/events/cameo_codes.h"
#include "dunlin/output/event_records.h"
#include "dunlin/place/event_locator.h"
#include "dunlin/place/place_tagger.h"
#include "parse_fixture.h"

namespace dunlin::place {
namespace {

using dunlin::testing::parsed_sentence;

const std::string kFixtures = DUNLIN_TEST_DATA "/place";

std::shared_ptr<const GeoNamesGazetteer> fixture_gazetteer() {
  GazetteerBuilder b;
  b.add_iso_codes(kFixtures + "/iso");
  b.add_cities_tsv(kFixtures + "/cities.tsv");
  b.add_extra_places_tsv(kFixtures + "/data/extra-places.tsv");
  b.add_alternate_names_tsv(kFixtures + "/data/alternate-names.tsv");
  b.add_demonyms_tsv(kFixtures + "/data/demonyms.tsv");
  // towns named like common words (both real: Police in Poland, March in England)
  b.add_place("Police", "PL", PlaceKind::city, "78", 33000, std::pair{53.552, 14.572}, 101);
  b.add_place("March", "GB", PlaceKind::city, "ENG", 22000, std::pair{52.551, 0.088}, 102);
  return std::make_shared<const GeoNamesGazetteer>(GeoNamesGazetteer::from_bytes(b.serialize(), "fixture"));
}

class PlaceTaggerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    gazetteer_ = new std::shared_ptr<const GeoNamesGazetteer>(fixture_gazetteer());
    tagger_ = new PlaceTagger(*gazetteer_, PlaceTagger::load_not_places(kFixtures + "/data/not-places.tsv"));
    locator_ = new EventLocator(*gazetteer_, CountryDictionary::load(DUNLIN_SOURCE_DIR "/data/actors/countries.tsv"));
  }
  static void TearDownTestSuite() {
    delete locator_;
    delete tagger_;
    delete gazetteer_;
  }

  // One parsed sentence ("form lemma UPOS head deprel" per line) as a document.
  Document parse(const std::string& words) { return document_from_conllu({parsed_sentence(words)}); }

  static void actor(Document& doc, uint32_t t, const std::string& code) {
    testing::add_actor(doc, t, code, static_cast<uint32_t>(doc.actors.size()));
  }
  static void event(Document& doc, uint32_t predicate, int32_t source, int32_t target, const std::string& cameo) {
    Event e;
    e.predicate = predicate;
    e.source = source;
    e.target = target;
    e.cameo = cameo;
    doc.events.events.push_back(e);
  }
  static std::string mention_text(const Document& doc, const PlaceMention& m) {
    return std::string(doc.slice({doc.tokens.begin[m.first_token], doc.tokens.end[m.end_token - 1]}));
  }
  // "words -> name/country" for every mention, in text order.
  static std::string summary(const Document& doc) {
    std::string s;
    for (const PlaceMention& m : doc.places.mentions) {
      if (!s.empty()) s += "; ";
      s += (m.in_text ? mention_text(doc, m) : std::string("(not in text)")) + " -> " + m.name + "/" + m.country;
    }
    return s;
  }

  static std::shared_ptr<const GeoNamesGazetteer>* gazetteer_;
  static PlaceTagger* tagger_;
  static EventLocator* locator_;
};
std::shared_ptr<const GeoNamesGazetteer>* PlaceTaggerTest::gazetteer_ = nullptr;
PlaceTagger* PlaceTaggerTest::tagger_ = nullptr;
EventLocator* PlaceTaggerTest::locator_ = nullptr;

TEST_F(PlaceTaggerTest, AirbaseInTheEventsClause) {
  Document doc = parse(R"(Putin Putin PROPN 2 nsubj
received receive VERB 0 root
Assad Assad PROPN 2 obj
at at ADP 6 case
Hmeimim Hmeimim PROPN 6 compound
Airbase Airbase PROPN 2 obl
. . PUNCT 2 punct)");
  actor(doc, 0, "RUSGOV");
  actor(doc, 2, "SYRGOV");
  event(doc, 1, 0, 1, "042");
  tagger_->annotate(doc);
  ASSERT_EQ(doc.places.size(), 1u) << summary(doc);
  const PlaceMention& m = doc.places.mentions[0];
  EXPECT_EQ(mention_text(doc, m), "Hmeimim Airbase");
  EXPECT_EQ(m.name, "Hmeimim Air Base");
  EXPECT_EQ(m.country, "SY");
  EXPECT_EQ(m.admin1, "SY-LA");
  EXPECT_EQ(m.precision, PlacePrecision::airbase);
  EXPECT_EQ(m.head, 5u);
  EXPECT_NEAR(m.lat, 35.401, 1e-5);
  locator_->annotate(doc);
  EXPECT_EQ(doc.events.events[0].location, 0);
  EXPECT_EQ(static_cast<LocationSource>(doc.events.events[0].location_source), LocationSource::clause);
}

TEST_F(PlaceTaggerTest, DirectionalRegionOfAProvince) {
  Document doc = parse(R"(Syrian Syrian ADJ 2 amod
forces force NOUN 3 nsubj
shelled shell VERB 0 root
towns town NOUN 3 obj
in in ADP 7 case
southern southern ADJ 7 amod
Idleb Idleb PROPN 3 obl
. . PUNCT 3 punct)");
  tagger_->annotate(doc);
  ASSERT_EQ(doc.places.size(), 1u) << summary(doc);
  const PlaceMention& m = doc.places.mentions[0];
  EXPECT_EQ(mention_text(doc, m), "southern Idleb");
  EXPECT_EQ(m.name, "Idlib");
  EXPECT_EQ(m.direction, "south");
  EXPECT_EQ(m.precision, PlacePrecision::region);
  event(doc, 2, -1, -1, "195");
  locator_->annotate(doc);
  EXPECT_EQ(doc.events.events[0].location, 0);
}

TEST_F(PlaceTaggerTest, ProvinceByTypeWord) {
  Document doc = parse(R"(Shelling shelling NOUN 2 nsubj
hit hit VERB 0 root
villages village NOUN 2 obj
in in ADP 6 case
Idlib Idlib PROPN 6 compound
province province NOUN 2 obl
. . PUNCT 2 punct)");
  tagger_->annotate(doc);
  ASSERT_EQ(doc.places.size(), 1u) << summary(doc);
  EXPECT_EQ(mention_text(doc, doc.places.mentions[0]), "Idlib province");
  EXPECT_EQ(doc.places.mentions[0].precision, PlacePrecision::admin1);
  EXPECT_EQ(doc.places.mentions[0].admin1, "SY-ID");
  EXPECT_EQ(doc.places.mentions[0].geonames_id, 0u);
}

TEST_F(PlaceTaggerTest, ArticleCountriesChooseTheTripoli) {
  const std::string words = R"(Lebanese Lebanese ADJ 2 amod
troops troop NOUN 3 nsubj
deployed deploy VERB 0 root
in in ADP 5 case
Tripoli Tripoli PROPN 3 obl
. . PUNCT 3 punct)";
  Document doc = parse(words);
  tagger_->annotate(doc);
  ASSERT_EQ(doc.places.size(), 1u);
  EXPECT_EQ(doc.places.mentions[0].country, "LB");
  EXPECT_EQ(doc.places.mentions[0].geonames_id, 2u);
  EXPECT_EQ(doc.places.mentions[0].admin1, "LB.09");
  // without the demonym, the larger Tripoli (Libya's capital)
  std::string other = words;
  other.replace(0, std::string("Lebanese Lebanese").size(), "Foreign foreign");
  doc = parse(other);
  tagger_->annotate(doc);
  ASSERT_EQ(doc.places.size(), 1u);
  EXPECT_EQ(doc.places.mentions[0].country, "LY");
}

TEST_F(PlaceTaggerTest, CountryAsSubjectIsAnActorNotAPlace) {
  Document doc = parse(R"(Syria Syria PROPN 2 nsubj
accused accuse VERB 0 root
Russia Russia PROPN 2 obj
of of SCONJ 5 mark
lying lie VERB 2 advcl
. . PUNCT 2 punct)");
  actor(doc, 0, "SYR");
  actor(doc, 2, "RUS");
  event(doc, 1, 0, 1, "112");
  tagger_->annotate(doc);
  EXPECT_EQ(summary(doc), "Russia -> Russian Federation/RU");
  locator_->annotate(doc);
  // no place in the clause, no dateline: the target's country, here named in the text
  EXPECT_EQ(doc.events.events[0].location, 0);
  EXPECT_EQ(static_cast<LocationSource>(doc.events.events[0].location_source), LocationSource::target_country);
}

TEST_F(PlaceTaggerTest, TargetCountryNotInTheText) {
  Document doc = parse(R"(Putin Putin PROPN 2 nsubj
criticized criticize VERB 0 root
Assad Assad PROPN 2 obj
. . PUNCT 2 punct)");
  actor(doc, 0, "RUSGOV");
  actor(doc, 2, "SYRGOV");
  event(doc, 1, 0, 1, "111");
  tagger_->annotate(doc);
  EXPECT_TRUE(doc.places.empty());
  locator_->annotate(doc);
  ASSERT_EQ(doc.places.size(), 1u);
  const PlaceMention& m = doc.places.mentions[0];
  EXPECT_FALSE(m.in_text);
  EXPECT_EQ(m.name, "Syria");
  EXPECT_EQ(m.precision, PlacePrecision::country);
  EXPECT_EQ(doc.events.events[0].location, 0);
  EXPECT_EQ(static_cast<LocationSource>(doc.events.events[0].location_source), LocationSource::target_country);
  // an event without a target and without a place stays unplaced
  event(doc, 1, 0, -1, "010");
  locator_->annotate(doc);
  EXPECT_EQ(doc.events.events[1].location, -1);
}

TEST_F(PlaceTaggerTest, FalsePositivesAreDropped) {
  // "Police" is a town in Poland and "March" one in England; "Jean Paris" is a person; "Paris" in a person
  // entity is not a place; Damascus is.
  Document doc = parse(R"(Police police PROPN 2 nsubj
said say VERB 0 root
in in ADP 4 case
March March PROPN 2 obl
that that SCONJ 8 mark
Jean Jean PROPN 8 nsubj
Paris Paris PROPN 6 flat
met meet VERB 2 ccomp
Tripoli Tripoli PROPN 10 compound
officials official NOUN 8 obj
in in ADP 12 case
Damascus Damascus PROPN 8 obl
. . PUNCT 2 punct)");
  tagger_->annotate(doc);
  EXPECT_EQ(summary(doc), "Tripoli -> Tripoli/LY; Damascus -> Damascus/SY");
  // the same with a person entity over "Paris": still not a place; and "Tripoli Post" is a name, not a place
  doc = parse(R"(Paris Paris PROPN 2 nsubj
visited visit VERB 0 root
the the DET 5 det
Tripoli Tripoli PROPN 5 compound
Post Post PROPN 2 obj
. . PUNCT 2 punct)");
  doc.entities.add(0, 1, EntityLabel::PER);
  tagger_->annotate(doc);
  EXPECT_EQ(summary(doc), "");
}

TEST_F(PlaceTaggerTest, EntitySpansAreResolved) {
  Document doc = parse(R"(Fighting fighting NOUN 2 nsubj
continued continue VERB 0 root
in in ADP 5 case
Idlib Idlib PROPN 5 compound
Province Province PROPN 2 obl
and and CCONJ 7 cc
Deir Deir PROPN 5 conj
al al PROPN 7 flat
- - PUNCT 7 punct
Zour Zour PROPN 7 flat
. . PUNCT 2 punct)");
  doc.entities.add(3, 5, EntityLabel::LOC);
  doc.entities.add(6, 10, EntityLabel::LOC);
  tagger_->annotate(doc);
  ASSERT_EQ(doc.places.size(), 2u) << summary(doc);
  EXPECT_EQ(doc.places.mentions[0].found_by, PlaceFoundBy::entity);
  EXPECT_EQ(doc.places.mentions[0].admin1, "SY-ID");
  EXPECT_EQ(doc.places.mentions[1].name, "Deir ez-Zor");
  event(doc, 1, -1, -1, "190");
  locator_->annotate(doc);
  // both hang from "continued" ("Deir al-Zour" through the conjunct of "Province"); the city is more specific
  // than the province
  EXPECT_EQ(doc.events.events[0].location, 1);
}

TEST_F(PlaceTaggerTest, DatelineCity) {
  Document doc = document_from_conllu({parsed_sentence(R"(DAMASCUS DAMASCUS PROPN 10 dep
, , PUNCT 1 punct
May May PROPN 1 appos
11 11 NUM 3 nummod
( ( PUNCT 6 punct
Reuters Reuters PROPN 3 appos
) ) PUNCT 6 punct
- - PUNCT 10 punct
Shells shell NOUN 10 nsubj
hit hit VERB 0 root
Idlib Idlib PROPN 10 obj
. . PUNCT 10 punct)")});
  tagger_->annotate(doc);
  ASSERT_GE(doc.places.dateline, 0) << summary(doc);
  EXPECT_EQ(doc.places.mentions[doc.places.dateline].name, "Damascus");
  EXPECT_EQ(doc.places.mentions[doc.places.dateline].country, "SY");
  EXPECT_EQ(doc.places.mentions[doc.places.dateline].found_by, PlaceFoundBy::dateline);
  event(doc, 9, -1, -1, "195");
  locator_->annotate(doc);
  // "Idlib" is the object, not an oblique with a locative preposition: the dateline places the event
  EXPECT_EQ(doc.events.events[0].location, doc.places.dateline);
  EXPECT_EQ(static_cast<LocationSource>(doc.events.events[0].location_source), LocationSource::dateline);
}

TEST_F(PlaceTaggerTest, WithoutTagsOrParse) {
  Document doc = parse(R"(Officials officials NOUN 2 nsubj
met meet VERB 0 root
in in ADP 6 case
the the DET 6 det
city city NOUN 6 compound
of of ADP 6 case
Hama Hama PROPN 2 obl
on on ADP 9 case
Tuesday Tuesday PROPN 2 obl
. . PUNCT 2 punct)");
  doc.syntax.clear();
  tagger_->annotate(doc);
  EXPECT_EQ(summary(doc), "Hama -> Ḩamāh/SY");
  event(doc, 1, -1, -1, "040");
  locator_->annotate(doc);
  EXPECT_EQ(doc.events.events[0].location, 0);
  EXPECT_EQ(static_cast<LocationSource>(doc.events.events[0].location_source), LocationSource::clause);
}

TEST_F(PlaceTaggerTest, PlaceOfAnotherVerbIsNotTheEventsPlace) {
  // "Assad, who lives in Damascus, met Putin": Damascus belongs to "lives", not to "met"
  Document doc = parse(R"(Assad Assad PROPN 8 nsubj
, , PUNCT 4 punct
who who PRON 4 nsubj
lives live VERB 1 acl:relcl
in in ADP 6 case
Damascus Damascus PROPN 4 obl
, , PUNCT 4 punct
met meet VERB 0 root
Putin Putin PROPN 8 obj
. . PUNCT 8 punct)");
  actor(doc, 0, "SYRGOV");
  actor(doc, 8, "RUSGOV");
  event(doc, 7, 0, 1, "040");
  tagger_->annotate(doc);
  ASSERT_EQ(doc.places.size(), 1u);
  locator_->annotate(doc);
  EXPECT_EQ(static_cast<LocationSource>(doc.events.events[0].location_source), LocationSource::target_country);
  EXPECT_EQ(doc.places.mentions[doc.events.events[0].location].country, "RU");
}

TEST_F(PlaceTaggerTest, LocativeModifierOfTheObject) {
  // the parser attaches "at ... Airbase" to the object's noun phrase, not to the verb; the place still locates
  // the event, and the air base beats the possessive country and the directional region
  Document doc = parse(R"(Putin Putin PROPN 2 nsubj
receives receive VERB 0 root
the the DET 4 det
embrace embrace NOUN 2 obj
of of ADP 6 case
Assad Assad PROPN 4 nmod
at at ADP 11 case
Russia Russia PROPN 11 nmod:poss
's 's PART 8 case
Hmeimim Hmeimim PROPN 11 compound
Airbase Airbase PROPN 6 nmod
in in ADP 14 case
western western ADJ 14 amod
Syria Syria PROPN 6 nmod
, , PUNCT 2 punct
who who PRON 18 nsubj
lives live VERB 6 acl:relcl
in in ADP 20 case
Damascus Damascus PROPN 18 obl)");
  actor(doc, 0, "RUSGOV");
  actor(doc, 5, "SYRGOV");
  event(doc, 1, 0, 1, "043");
  tagger_->annotate(doc);
  EXPECT_EQ(summary(doc),
            "Russia -> Russian Federation/RU; Hmeimim Airbase -> Hmeimim Air Base/SY; western Syria -> Syria/SY; "
            "Damascus -> Damascus/SY");
  locator_->annotate(doc);
  ASSERT_GE(doc.events.events[0].location, 0);
  EXPECT_EQ(doc.places.mentions[doc.events.events[0].location].name, "Hmeimim Air Base");
  EXPECT_EQ(static_cast<LocationSource>(doc.events.events[0].location_source), LocationSource::clause);
  // Damascus sits in a relative clause: it alone would not place the event
  doc.places.mentions.erase(doc.places.mentions.begin(), doc.places.mentions.begin() + 3);
  locator_->annotate(doc);
  EXPECT_EQ(static_cast<LocationSource>(doc.events.events[0].location_source), LocationSource::target_country);
}

TEST_F(PlaceTaggerTest, EventRecordLocation) {
  Document doc = parse(R"(Putin Putin PROPN 2 nsubj
received receive VERB 0 root
Assad Assad PROPN 2 obj
at at ADP 6 case
Hmeimim Hmeimim PROPN 6 compound
Airbase Airbase PROPN 2 obl
. . PUNCT 2 punct)");
  actor(doc, 0, "RUSGOV");
  actor(doc, 2, "SYRGOV");
  event(doc, 1, 0, 1, "042");
  event(doc, 1, 0, 1, "042");
  tagger_->annotate(doc);
  locator_->annotate(doc);
  doc.events.events[1].location = -1;
  const CameoCodes codes = CameoCodes::load(DUNLIN_SOURCE_DIR "/data/events/cameo.tsv");
  const EventRecordWriter writer(codes);
  const CodepointIndex cp(doc.text);
  const auto record = writer.json(doc, cp, doc.events.events[0]);
  const auto& loc = record.at("location");
  EXPECT_EQ(loc.at("name"), "Hmeimim Air Base");
  EXPECT_TRUE(loc.at("geonames_id").is_null());
  EXPECT_EQ(loc.at("country"), "SY");
  EXPECT_EQ(loc.at("admin1"), "SY-LA");
  EXPECT_EQ(loc.at("precision"), "airbase");
  EXPECT_EQ(loc.at("source"), "clause");
  EXPECT_EQ(loc.at("text"), "Hmeimim Airbase");
  EXPECT_EQ(loc.at("start"), doc.text.find("Hmeimim"));
  EXPECT_EQ(loc.at("end"), doc.text.find("Airbase") + 7);
  EXPECT_NEAR(loc.at("lat").get<double>(), 35.401, 1e-5);
  EXPECT_TRUE(writer.json(doc, cp, doc.events.events[1]).at("location").is_null());
}

TEST(PlaceNotPlaces, FileErrorsNameTheLine) {
  EXPECT_THROW(PlaceTagger::load_not_places("/nonexistent/not-places.tsv"), std::runtime_error);
  const auto words = PlaceTagger::load_not_places(kFixtures + "/data/not-places.tsv");
  EXPECT_TRUE(words.count("police"));
}

}  // namespace
}  // namespace dunlin::place
