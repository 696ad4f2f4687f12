// The place tagger: finds place mentions in running text and resolves each to a gazetteer entry (Document::places).
//
// Candidates come from the named entity layer (LOC spans) and, for the rest of the text, from the gazetteer's
// names matched longest-first over capitalised tokens. A gazetteer-only candidate is dropped when it is likely not
// a place: a word listed in data/place/not-places.tsv (capitalised common words that are also towns: "Police",
// "March", "Most"), a token tagged as something else than a proper noun, part of a person or organisation entity,
// part of a longer capitalised name ("Boris Johnson", "Washington Post"), or a place used as an actor (the
// subject of a clause: "Turkey attacked ..." names a state, not where the event happened).
// Kept: directional phrases ("western Syria", "north-east Syria" -> Syria + direction), a following type word
// ("Idlib province" -> the province, "Hmeimim Airbase" -> the air base) and the dateline city at the top of the
// text ("DAMASCUS, May 11 (Reuters) -"). Each mention is resolved with the countries the article names (country
// names and demonyms anywhere in the text), then kind and population (GeoNamesGazetteer::resolve).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>

#include "dunlin/document.h"
#include "dunlin/place/gazetteer.h"

namespace dunlin::place {

class PlaceTagger {
 public:
  // `not_places`: normalized names never taken as places unless the entity recognizer says LOC.
  PlaceTagger(std::shared_ptr<const GeoNamesGazetteer> gazetteer, std::unordered_set<std::string> not_places);
  // Reads the not-places list (one name per line after a header, # comments); throws std::runtime_error
  // naming the file and line.
  static std::unordered_set<std::string> load_not_places(const std::string& path);

  // Fills doc.places (replacing it). Needs tokens and sentences; uses tags, the parse and entities when present.
  void annotate(Document& doc) const;

  const GeoNamesGazetteer& gazetteer() const { return *gazetteer_; }

 private:
  std::shared_ptr<const GeoNamesGazetteer> gazetteer_;
  std::unordered_set<std::string> not_places_;
};

// The precision a gazetteer kind gives a mention (a directional phrase is a region).
PlacePrecision precision_of(PlaceKind kind);
const char* to_string(PlacePrecision p);
// A PlaceMention's resolved fields from a gazetteer entry.
void set_place(PlaceMention& m, const Place& p, Direction direction = Direction::none);

}  // namespace dunlin::place
