// What the store keeps of one annotated document, computed off the writer thread: metadata with its content hash,
// sentences, actors and event mentions with code point offsets, and each mention's `dunlin code` JSON record.
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
  std::vector<MentionRow> mentions;
};

// SHA-256 of the fields that define a document's content (id, url, title, outlet, date, text), as 64 hex digits.
std::string content_hash(const Document& doc);

// The rows of an annotated document. `codes` gives Goldstein scores and quad classes.
DocumentRows make_rows(const Document& doc, const CameoCodes& codes);

}  // namespace dunlin::store
