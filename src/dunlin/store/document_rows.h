// What the store keeps of one annotated document, computed off the writer thread: metadata with its content hash,
// sentences, actors, attributions (quotes), places and event mentions with code point offsets, and each mention's
// and quote's `dunlin code` JSON record.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dunlin/document.h"
#include "dunlin/events/cameo_codes.h"

namespace dunlin::store {

struct SentenceRow {
  uint32_t index = 0, paragraph = 0;
  uint32_t start = 0, end = 0;  // code points
  std::string text;
};

struct ActorRow {
  uint32_t index = 0, entity = 0;
  std::string code, country, sector, name, text;
  uint32_t start = 0, end = 0;  // code points
};

struct AttributionRow {
  uint32_t index = 0;     // the attribution's index in the document's AttributionLayer
  uint32_t sentence = 0;  // the sentence of the cue
  int32_t speaker_actor = -1;  // index into actors, -1 when the speaker is no coded actor
  std::string speaker_code;    // "" when unknown
  std::string speaker_name;    // the actor's canonical name, else its first mention in the article, else the words
  std::string speaker_text;    // as written ("" when the speaker is unsaid)
  std::string cue;             // as written ("said", "according to")
  std::string content;         // what was said ("" when nothing)
  std::optional<int64_t> content_start, content_end;  // code points; none without content
  bool direct = false, anonymous = false;
  std::string stance;  // assert, deny, no_comment, uncertain
  int32_t parent = -1;  // the attribution whose content holds this one's cue
  std::string record;   // the `dunlin code` quote record (docs/output.md)
};

struct PlaceRow {
  uint32_t index = 0;  // the mention's index in the document's PlaceLayer
  std::string name, country, admin1, precision, found_by;
  std::optional<double> lat, lon;
  std::optional<int64_t> geonames_id;
  std::string text;                        // as written; "" for a place not in the text (a target's country)
  std::optional<int64_t> start, end;       // code points; none when not in the text
};

struct MentionRow {
  uint32_t index = 0;  // the event's index in the document's EventLayer
  uint32_t sentence = 0;
  int32_t source_actor = -1, target_actor = -1;  // index into actors, -1 when none
  std::string source_code, target_code;          // "" when unknown
  std::string source_name, target_name;          // canonical name, else the words as written
  std::string source_country, target_country, source_sector, target_sector;
  std::string cameo;
  std::optional<double> goldstein;
  std::optional<int> quad_class;
  std::string verb;
  uint32_t verb_start = 0, verb_end = 0;  // code points
  bool negated = false;
  bool hypothetical = false;
  std::optional<int32_t> first_day, last_day;  // days since 1970-01-01; none when undated
  std::string date_precision;
  std::string frame;
  int32_t attribution = -1;  // index into attributions: who claims it; -1 when not inside reported content
  int32_t place = -1;        // index into places: where it happened; -1 when unknown
  std::string place_name, place_country;
  std::optional<double> place_lat, place_lon;
  std::string record;  // the `dunlin code` JSON record (docs/output.md)
  // Asserted and not negated: only these create or join an event (docs/store.md).
  bool countable() const { return !negated && !hypothetical; }
};

struct DocumentRows {
  std::string content_hash;  // SHA-256 (hex) of the metadata and text
  std::string key;           // the document's identity across runs: its URL, else where it was read from
  std::string id, url, title, outlet, date, source;
  uint32_t tokens = 0;
  std::vector<SentenceRow> sentences;
  std::vector<ActorRow> actors;
  std::vector<AttributionRow> attributions;
  std::vector<PlaceRow> places;
  std::vector<MentionRow> mentions;
};

// SHA-256 of the fields that define a document's content (id, url, title, outlet, date, text), as 64 hex digits.
std::string content_hash(const Document& doc);

// The rows of an annotated document. `codes` gives Goldstein scores and quad classes.
DocumentRows make_rows(const Document& doc, const CameoCodes& codes);

}  // namespace dunlin::store
