// Loading and validating the country table.
#include "dunlin/actors/country_dictionary.h"

#include <array>

#include "dunlin/actors/phrase_matcher.h"
#include "dunlin/actors/sector_dictionary.h"

namespace dunlin {

bool is_international_code(std::string_view code) {
  static constexpr std::array<std::string_view, 9> kCodes = {"IGO", "NGO", "IMG", "MNC", "UNO",
                                                             "ISM", "NGM", "INT", "UIS"};
  for (std::string_view c : kCodes)
    if (c == code) return true;
  return false;
}

CountryDictionary CountryDictionary::load(const std::string& path) {
  const TsvTable table =
      TsvTable::read(path, {"code", "iso3", "kind", "name"}, {"names", "adjectives", "capitals", "seats", "note"});
  CountryDictionary dict;
  for (const TsvRow& row : table.rows) {
    Country c;
    c.line = row.line;
    c.code = std::string(table.get(row, "code"));
    c.iso3 = std::string(table.get(row, "iso3"));
    c.name = std::string(table.get(row, "name"));
    if (!is_code3(c.code)) table.fail(row, "code '" + c.code + "' is not three upper-case letters");
    const std::string_view kind = table.get(row, "kind");
    if (kind == "country") c.kind = Country::Kind::country;
    else if (kind == "territory") c.kind = Country::Kind::territory;
    else if (kind == "region") c.kind = Country::Kind::region;
    else table.fail(row, "kind must be country, territory or region, not '" + std::string(kind) + "'");
    if (c.kind == Country::Kind::region) {
      if (!c.iso3.empty()) table.fail(row, "a region has no iso3 code (found '" + c.iso3 + "')");
    } else if (!is_code3(c.iso3)) {
      table.fail(row, "bad ISO3 code '" + c.iso3 + "' (three upper-case letters required for a " + std::string(kind) + ")");
    }
    if (c.name.empty()) table.fail(row, "empty name");
    if (dict.by_code_.count(c.code))
      table.fail(row, "duplicate code '" + c.code + "' (first at line " + std::to_string(dict.entries_[dict.by_code_[c.code]].line) + ")");
    if (!c.iso3.empty() && dict.by_iso3_.count(c.iso3))
      table.fail(row, "duplicate iso3 '" + c.iso3 + "' (first at line " + std::to_string(dict.entries_[dict.by_iso3_[c.iso3]].line) + ")");
    c.names.push_back(c.name);
    for (std::string& n : split_list(table.get(row, "names"))) c.names.push_back(std::move(n));
    c.adjectives = split_list(table.get(row, "adjectives"));
    c.capitals = split_list(table.get(row, "capitals"));
    for (const std::string& item : split_list(table.get(row, "seats"))) {
      const size_t eq = item.rfind('=');
      if (eq == std::string::npos) table.fail(row, "seat '" + item + "' must be written phrase=SECTOR");
      Country::Seat seat{item.substr(0, eq), item.substr(eq + 1)};
      while (!seat.phrase.empty() && seat.phrase.back() == ' ') seat.phrase.pop_back();
      while (!seat.sector.empty() && seat.sector.front() == ' ') seat.sector.erase(0, 1);
      if (!is_known_sector_code(seat.sector)) table.fail(row, "seat '" + item + "': unknown sector code '" + seat.sector + "'");
      c.seats.push_back(std::move(seat));
    }
    auto check_phrases = [&](const std::vector<std::string>& list, const char* what) {
      for (const std::string& p : list)
        if (phrase_keys(p).empty()) table.fail(row, std::string(what) + " '" + p + "' has no letters or digits");
    };
    check_phrases(c.names, "name");
    check_phrases(c.adjectives, "adjective");
    check_phrases(c.capitals, "capital");
    for (const Country::Seat& s : c.seats)
      if (phrase_keys(s.phrase).empty()) table.fail(row, "seat '" + s.phrase + "' has no letters or digits");
    dict.add(std::move(c));
  }
  return dict;
}

void CountryDictionary::add(Country c) {
  const auto it = by_code_.find(c.code);
  if (it != by_code_.end()) {
    const size_t i = it->second;
    if (!entries_[i].iso3.empty()) by_iso3_.erase(entries_[i].iso3);
    if (!c.iso3.empty()) by_iso3_[c.iso3] = i;
    if (c.places.empty()) c.places = std::move(entries_[i].places);  // a replaced country keeps its places
    entries_[i] = std::move(c);
    return;
  }
  const size_t i = entries_.size();
  by_code_.emplace(c.code, i);
  if (!c.iso3.empty()) by_iso3_.emplace(c.iso3, i);
  entries_.push_back(std::move(c));
}

void CountryDictionary::merge(const CountryDictionary& other) {
  for (const Country& c : other.entries_) add(c);
}

void CountryDictionary::add_places(const std::string& path) {
  const TsvTable table = TsvTable::read(path, {"phrase", "country"}, {"note"});
  for (const TsvRow& row : table.rows) {
    const auto it = by_code_.find(std::string(table.get(row, "country")));
    if (it == by_code_.end())
      table.fail(row, "country '" + std::string(table.get(row, "country")) + "' is not a code in countries.tsv");
    const std::vector<std::string> phrases = split_list(table.get(row, "phrase"));
    if (phrases.empty()) table.fail(row, "no place phrase");
    for (const std::string& phrase : phrases) {
      if (phrase_keys(phrase).empty()) table.fail(row, "place '" + phrase + "' has no letters or digits");
      entries_[it->second].places.push_back(phrase);
    }
  }
}

const Country* CountryDictionary::by_code(std::string_view code) const {
  const auto it = by_code_.find(std::string(code));
  return it == by_code_.end() ? nullptr : &entries_[it->second];
}

const Country* CountryDictionary::by_iso3(std::string_view iso3) const {
  const auto it = by_iso3_.find(std::string(iso3));
  return it == by_iso3_.end() ? nullptr : &entries_[it->second];
}

}  // namespace dunlin
