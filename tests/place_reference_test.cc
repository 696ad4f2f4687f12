// Places in the reference article (../shared/examples/syria-daily-2020-05-11.txt) with the full gazetteer, without
// the NLP models (segmenter + place tagger + event locator on a hand-placed event): the photo caption's event
// (E1 of syria-daily-expected.md) is placed at Hmeimim Air Base, Latakia, Syria. Skipped when the article or
// data/place/gazetteer.bin is absent.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "dunlin/actors/country_dictionary.h"
#include "dunlin/place/event_locator.h"
#include "dunlin/place/place_tagger.h"
#include "dunlin/segment/segmenter.h"

namespace dunlin::place {
namespace {

TEST(PlaceReference, CaptionEventIsPlacedAtHmeimim) {
  const std::string article = DUNLIN_SHARED_DIR "/examples/syria-daily-2020-05-11.txt";
  const std::string gazetteer = DUNLIN_SOURCE_DIR "/data/place/gazetteer.bin";
  if (!std::filesystem::exists(article)) GTEST_SKIP() << article << " is absent";
  if (!std::filesystem::exists(gazetteer)) GTEST_SKIP() << gazetteer << " is absent (scripts/build-gazetteer)";
  Document doc;
  {
    std::ifstream in(article);
    std::stringstream s;
    s << in.rdbuf();
    doc.text = s.str();
  }
  doc.date = "2020-05-11";
  Segmenter().annotate(doc);
  auto g = std::make_shared<const GeoNamesGazetteer>(GeoNamesGazetteer::load(gazetteer));
  const PlaceTagger tagger(g, PlaceTagger::load_not_places(DUNLIN_SOURCE_DIR "/data/place/not-places.tsv"));
  tagger.annotate(doc);
  // the caption is the first sentence; its verb is the first "receives"
  const uint32_t caption_end = doc.sentences.end_token[0];
  uint32_t verb = caption_end;
  for (uint32_t t = 0; t < caption_end && verb == caption_end; ++t)
    if (doc.token_text(t) == "receives") verb = t;
  ASSERT_LT(verb, caption_end);
  int hmeimim = -1;
  for (size_t i = 0; i < doc.places.size(); ++i)
    if (doc.places.mentions[i].first_token < caption_end && doc.places.mentions[i].precision == PlacePrecision::airbase)
      hmeimim = static_cast<int>(i);
  ASSERT_GE(hmeimim, 0);
  const PlaceMention& m = doc.places.mentions[hmeimim];
  EXPECT_EQ(m.name, "Hmeimim Air Base");
  EXPECT_EQ(m.country, "SY");
  EXPECT_EQ(m.admin1, "SY-LA");  // Latakia
  EXPECT_EQ(doc.slice({doc.tokens.begin[m.first_token], doc.tokens.end[m.end_token - 1]}), "Hmeimim Airbase");
  Event e;
  e.sentence = 0;
  e.predicate = verb;
  doc.events.events.push_back(e);
  const EventLocator locator(g, CountryDictionary::load(DUNLIN_SOURCE_DIR "/data/actors/countries.tsv"));
  locator.annotate(doc);
  EXPECT_EQ(doc.events.events[0].location, hmeimim);
  EXPECT_EQ(static_cast<LocationSource>(doc.events.events[0].location_source), LocationSource::clause);
}

}  // namespace
}  // namespace dunlin::place
