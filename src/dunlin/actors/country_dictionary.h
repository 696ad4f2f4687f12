// Countries, territories and regions: CAMEO code, ISO 3166-1 alpha-3, names, adjectives/demonyms, capitals and
// government-seat metonyms ("the Kremlin" -> RUS GOV, "the Pentagon" -> USA MIL).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dunlin/actors/tsv.h"

namespace dunlin {

struct Country {
  enum class Kind { country, territory, region };
  std::string code;  // the CAMEO code dunlin emits: ISO3 except CAMEO's few exceptions (ROM, TMP, ...)
  std::string iso3;  // ISO 3166-1 alpha-3; empty for regions
  Kind kind = Kind::country;
  std::string name;                     // display name
  std::vector<std::string> names;       // name + other names ("Syrian Arab Republic")
  std::vector<std::string> adjectives;  // adjectives and demonyms ("Syrian", "Syrians")
  std::vector<std::string> capitals;    // capital city names (stand for the government when they act)
  struct Seat {
    std::string phrase;  // "Kremlin"
    std::string sector;  // "GOV"
  };
  std::vector<Seat> seats;  // government-seat metonyms
  // Well-known regions, provinces, states and cities of the country (not its capital), from places.tsv: as a
  // modifier they give an actor its country ("Rakhine rebels" -> MMRREB, "Shanghai authorities" -> CHNGOV).
  std::vector<std::string> places;
  size_t line = 0;
};

class CountryDictionary {
 public:
  // Columns: code, iso3, kind, name (required); names, adjectives, capitals, seats (optional; '|' lists; a seat is
  // "phrase=SECTOR"). Throws DictionaryError naming file and line.
  static CountryDictionary load(const std::string& path);
  // Entries of `other` replace entries with the same code and add new ones.
  void merge(const CountryDictionary& other);
  // Reads a places table (columns: phrase ('|'-separated variants), country, note) and adds each phrase to its country's places. Throws
  // DictionaryError naming file and line for an unknown country code or a phrase without letters.
  void add_places(const std::string& path);

  const std::vector<Country>& entries() const { return entries_; }
  const Country* by_code(std::string_view code) const;
  const Country* by_iso3(std::string_view iso3) const;

 private:
  void add(Country c);
  std::vector<Country> entries_;
  std::unordered_map<std::string, size_t> by_code_, by_iso3_;
};

// True for the international codes CAMEO/PLOVER put in the country slot (IGO, NGO, IMG, MNC, UNO, EUR, ...).
bool is_international_code(std::string_view code);

}  // namespace dunlin
