// The event locator: where each event happened, chosen in this order (Event::location, Event::location_source):
//   1. clause: a place in a phrase introduced by a locative preposition (at, in, near, outside, ...) that is an
//      oblique or nominal modifier of the event's predicate (or of the verb that governs it) or of one of its
//      nominal arguments — "met at Hmeimim Airbase", "strikes in Idlib", "clashes near the town of Saraqib",
//      "received the embrace of Assad at Hmeimim Airbase". Among several, the most specific (air base,
//      city, region, province, country), then the nearest to the predicate. Without a parse: a place in the
//      event's sentence right after such a preposition (optionally "the city of"), the nearest one.
//   2. dateline: the dateline city ("DAMASCUS, May 11 (Reuters) -").
//   3. target_country: the country of the event's target actor (added to the place layer with in_text = false
//      when the text does not name it).
// Runs after the place tagger and the event coder.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>

#include "dunlin/actors/country_dictionary.h"
#include "dunlin/document.h"
#include "dunlin/place/gazetteer.h"

namespace dunlin::place {

class EventLocator {
 public:
  // `countries` maps the actors' CAMEO country codes to gazetteer countries (by ISO alpha-3 -> name lookup).
  EventLocator(std::shared_ptr<const GeoNamesGazetteer> gazetteer, const CountryDictionary& countries);

  void annotate(Document& doc) const;

  // The gazetteer country for a CAMEO actor country code ("SYR"), or nullopt (international codes, unknown).
  std::optional<Place> country_for_actor(const std::string& code) const;

 private:
  std::shared_ptr<const GeoNamesGazetteer> gazetteer_;
  std::unordered_map<std::string, uint32_t> country_place_;  // CAMEO code -> gazetteer index
};

const char* to_string(LocationSource s);

}  // namespace dunlin::place
