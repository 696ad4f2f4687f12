// The gazetteer: binary format, loading, lookup, disambiguation, and the builder's source readers (see gazetteer.h).
#include "dunlin/place/gazetteer.h"
#include "dunlin/text/tsv_rows.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

#include "dunlin/place/place_name.h"

namespace dunlin::place {
namespace {

constexpr char kMagic[4] = {'D', 'G', 'A', 'Z'};
constexpr uint32_t kVersion = 1;
constexpr uint32_t kDemonymBit = 0x80000000u;
// The population a province or state counts as when it competes with towns of the same name (ISO 3166-2 has none).
constexpr uint32_t kSubdivisionPopulation = 100000;

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) throw std::runtime_error(path + ": cannot open");
  const std::streamoff size = in.tellg();
  if (size < 0) throw std::runtime_error(path + ": cannot read");
  std::string data(static_cast<size_t>(size), '\0');
  in.seekg(0);
  if (!in.read(data.data(), size)) throw std::runtime_error(path + ": byte " + std::to_string(in.gcount()) + ": read error");
  return data;
}

double parse_double(const std::string& s, const std::string& where) {
  try {
    size_t used = 0;
    const double v = std::stod(s, &used);
    if (used != s.size() || !std::isfinite(v)) throw std::invalid_argument(s);
    return v;
  } catch (const std::exception&) {
    throw std::runtime_error(where + ": not a number: '" + s + "'");
  }
}

uint32_t parse_u32(const std::string& s, const std::string& where) {
  if (s.empty()) return 0;
  try {
    size_t used = 0;
    const unsigned long long v = std::stoull(s, &used);
    if (used != s.size() || v > 0xFFFFFFFFull) throw std::invalid_argument(s);
    return static_cast<uint32_t>(v);
  } catch (const std::exception&) {
    throw std::runtime_error(where + ": not a non-negative integer: '" + s + "'");
  }
}

void check_country(const std::string& c, const std::string& where) {
  if (c.size() != 2 || !std::isupper(static_cast<unsigned char>(c[0])) || !std::isupper(static_cast<unsigned char>(c[1])))
    throw std::runtime_error(where + ": not an ISO 3166-1 alpha-2 country code: '" + c + "'");
}

template <class T>
void put(std::string& out, const T& v) {
  out.append(reinterpret_cast<const char*>(&v), sizeof v);
}

int kind_rank(PlaceKind k) {
  switch (k) {
    case PlaceKind::country: return 3;
    case PlaceKind::airbase:
    case PlaceKind::region:
    case PlaceKind::landmark: return 2;
    default: return 1;
  }
}

struct DirectionWord {
  std::string_view text;
  Direction dir;
};
// Longest first, as normalized words.
constexpr DirectionWord kDirections[] = {
    {"north eastern", Direction::north_east}, {"north western", Direction::north_west},
    {"south eastern", Direction::south_east}, {"south western", Direction::south_west},
    {"north east", Direction::north_east},    {"north west", Direction::north_west},
    {"south east", Direction::south_east},    {"south west", Direction::south_west},
    {"northeastern", Direction::north_east},  {"northwestern", Direction::north_west},
    {"southeastern", Direction::south_east},  {"southwestern", Direction::south_west},
    {"northeast", Direction::north_east},     {"northwest", Direction::north_west},
    {"southeast", Direction::south_east},     {"southwest", Direction::south_west},
    {"northern", Direction::north},           {"southern", Direction::south},
    {"eastern", Direction::east},             {"western", Direction::west},
    {"central", Direction::central},          {"north", Direction::north},
    {"south", Direction::south},              {"east", Direction::east},
    {"west", Direction::west},
};

}  // namespace

const char* to_string(PlaceKind k) {
  switch (k) {
    case PlaceKind::country: return "country";
    case PlaceKind::subdivision: return "subdivision";
    case PlaceKind::city: return "city";
    case PlaceKind::airbase: return "airbase";
    case PlaceKind::region: return "region";
    case PlaceKind::landmark: return "landmark";
  }
  return "?";
}

std::optional<PlaceKind> parse_place_kind(std::string_view s) {
  for (PlaceKind k : {PlaceKind::country, PlaceKind::subdivision, PlaceKind::city, PlaceKind::airbase,
                      PlaceKind::region, PlaceKind::landmark})
    if (s == to_string(k)) return k;
  return std::nullopt;
}

const char* to_string(Direction d) {
  switch (d) {
    case Direction::none: return "";
    case Direction::north: return "north";
    case Direction::south: return "south";
    case Direction::east: return "east";
    case Direction::west: return "west";
    case Direction::north_east: return "north-east";
    case Direction::north_west: return "north-west";
    case Direction::south_east: return "south-east";
    case Direction::south_west: return "south-west";
    case Direction::central: return "central";
  }
  return "?";
}

// ---- GeoNamesGazetteer --------------------------------------------------------------------------------------

GeoNamesGazetteer GeoNamesGazetteer::load(const std::string& path) { return from_bytes(slurp(path), path); }

GeoNamesGazetteer GeoNamesGazetteer::from_bytes(std::string bytes, const std::string& source) {
  auto fail = [&](size_t offset, const std::string& what) {
    throw std::runtime_error(source + ": byte " + std::to_string(offset) + ": " + what);
  };
  if (bytes.size() < 20 || std::memcmp(bytes.data(), kMagic, 4) != 0) fail(0, "not a dunlin gazetteer");
  uint32_t header[4];
  std::memcpy(header, bytes.data() + 4, sizeof header);
  if (header[0] != kVersion) fail(4, "unsupported version " + std::to_string(header[0]));
  const uint64_t n_places = header[1], n_keys = header[2], pool_bytes = header[3];
  const uint64_t places_at = 20, keys_at = places_at + n_places * sizeof(PlaceRecord),
                 pool_at = keys_at + n_keys * sizeof(Key);
  if (pool_at + pool_bytes != bytes.size())
    fail(bytes.size(), "size " + std::to_string(bytes.size()) + " does not match the header (" +
                           std::to_string(pool_at + pool_bytes) + ")");
  GeoNamesGazetteer g;
  g.places_.resize(n_places);
  if (n_places) std::memcpy(g.places_.data(), bytes.data() + places_at, n_places * sizeof(PlaceRecord));
  g.keys_.resize(n_keys);
  if (n_keys) std::memcpy(g.keys_.data(), bytes.data() + keys_at, n_keys * sizeof(Key));
  bytes.erase(0, pool_at);  // keep only the string pool, without copying it to a new buffer
  g.pool_ = std::move(bytes);
  if (g.pool_.empty() || g.pool_.front() != '\0' || g.pool_.back() != '\0') fail(pool_at, "malformed string pool");
  for (size_t i = 0; i < g.places_.size(); ++i) {
    const PlaceRecord& p = g.places_[i];
    if (p.name >= pool_bytes || p.subdivision >= pool_bytes || static_cast<uint8_t>(p.kind) > 5)
      fail(places_at + i * sizeof(PlaceRecord), "bad place record " + std::to_string(i));
  }
  for (size_t i = 0; i < g.keys_.size(); ++i) {
    const Key& k = g.keys_[i];
    if (k.key >= pool_bytes || (k.place & ~kDemonymBit) >= n_places)
      fail(keys_at + i * sizeof(Key), "bad key " + std::to_string(i));
    if (i > 0 && g.str(g.keys_[i - 1].key) > g.str(k.key)) fail(keys_at + i * sizeof(Key), "keys are not sorted");
  }
  // The keys that name a country or a demonym, for mentioned_countries (the first such key of each name, in key
  // order, as a search of the whole table finds it).
  for (const Key& k : g.keys_)
    if ((k.place & kDemonymBit) || g.places_[k.place & ~kDemonymBit].kind == PlaceKind::country)
      g.country_keys_.try_emplace(std::string(g.str(k.key)), std::string(g.places_[k.place & ~kDemonymBit].country, 2));
  for (const auto& [key, code] : g.country_keys_) g.country_first_words_.insert(key.substr(0, key.find(' ')));
  return g;
}

Place GeoNamesGazetteer::place(uint32_t index) const {
  const PlaceRecord& r = places_.at(index);
  Place p;
  p.index = index;
  p.name = str(r.name);
  p.country = std::string_view(r.country, 2);
  p.subdivision = str(r.subdivision);
  p.kind = r.kind;
  p.population = r.population;
  p.has_coordinates = r.has_coordinates != 0;
  p.lat = r.lat_e5 / 1e5;
  p.lon = r.lon_e5 / 1e5;
  p.geonameid = r.geonameid;
  return p;
}

std::pair<const GeoNamesGazetteer::Key*, const GeoNamesGazetteer::Key*> GeoNamesGazetteer::range(
    std::string_view normalized) const {
  const Key* first = keys_.data();
  const Key* last = first + keys_.size();
  const auto lo = std::lower_bound(first, last, normalized,
                                   [&](const Key& k, std::string_view n) { return compare_key(k.key, n) < 0; });
  const auto hi = std::upper_bound(lo, last, normalized,
                                   [&](std::string_view n, const Key& k) { return compare_key(k.key, n) > 0; });
  return {lo, hi};
}

int GeoNamesGazetteer::compare_key(uint32_t offset, std::string_view n) const {
  // As str(offset).compare(n), without measuring the pooled key first (the searches ran strlen on every probe).
  const char* k = pool_.data() + offset;
  for (size_t i = 0; i < n.size(); ++i) {
    const auto a = static_cast<unsigned char>(k[i]), b = static_cast<unsigned char>(n[i]);
    if (a == 0) return -1;  // the key is a proper prefix of n
    if (a != b) return a < b ? -1 : 1;
  }
  return k[n.size()] == 0 ? 0 : 1;
}

bool GeoNamesGazetteer::has_key(std::string_view normalized) const {
  const auto [lo, hi] = range(normalized);
  return std::any_of(lo, hi, [](const Key& k) { return (k.place & kDemonymBit) == 0; });
}

bool GeoNamesGazetteer::has_key_prefix(std::string_view prefix) const {
  const Key* last = keys_.data() + keys_.size();
  const Key* it = std::lower_bound(keys_.data(), last, prefix,
                                   [&](const Key& k, std::string_view n) { return compare_key(k.key, n) < 0; });
  return it != last && str(it->key).starts_with(prefix);
}

std::optional<Place> GeoNamesGazetteer::find_country(std::string_view alpha2) const {
  if (alpha2.size() != 2) return std::nullopt;
  for (size_t i = 0; i < places_.size(); ++i) {
    const PlaceRecord& r = places_[i];
    if (r.kind == PlaceKind::country && r.country[0] == alpha2[0] && r.country[1] == alpha2[1])
      return place(static_cast<uint32_t>(i));
  }
  return std::nullopt;
}

std::vector<Place> GeoNamesGazetteer::lookup(std::string_view name) const {
  const std::string key = normalize_place_name(name);
  std::vector<Place> out;
  if (key.empty()) return out;
  const auto [lo, hi] = range(key);
  for (const Key* k = lo; k != hi; ++k) {
    if (k->place & kDemonymBit) continue;
    if (std::any_of(out.begin(), out.end(), [&](const Place& p) { return p.index == k->place; })) continue;
    out.push_back(place(k->place));
  }
  std::stable_sort(out.begin(), out.end(), [](const Place& a, const Place& b) {
    if ((a.kind == PlaceKind::country) != (b.kind == PlaceKind::country)) return a.kind == PlaceKind::country;
    return a.population > b.population;
  });
  return out;
}

std::optional<PlaceMatch> GeoNamesGazetteer::resolve(std::string_view name,
                                                     std::span<const std::string> article_countries) const {
  std::string key = normalize_place_name(name);
  if (key.rfind("the ", 0) == 0) key.erase(0, 4);
  auto best_of = [&](const std::string& k) -> std::optional<Place> {
    if (k.empty()) return std::nullopt;
    std::optional<Place> best;
    std::tuple<int, int, uint32_t> best_score{-1, -1, 0};
    const auto [lo, hi] = range(k);
    uint32_t largest = 0;
    for (const Key* it = lo; it != hi; ++it)
      if (!(it->place & kDemonymBit)) largest = std::max(largest, places_[it->place].population);
    for (const Key* it = lo; it != hi; ++it) {
      if (it->place & kDemonymBit) continue;
      const Place p = place(it->place);
      // A province or state outranks towns under kSubdivisionPopulation ("Iowa" the state, not Iowa, Louisiana);
      // a place in a mentioned country wins unless it is dwarfed by a city of a million ("Paris" in a story that
      // names the United States is still the French capital, not Paris, Texas).
      const uint32_t population =
          p.kind == PlaceKind::subdivision ? std::max(p.population, kSubdivisionPopulation) : p.population;
      const bool dwarfed = largest >= 1000000 && uint64_t{p.population} * 50 < largest;
      const bool mentioned = !dwarfed && std::any_of(article_countries.begin(), article_countries.end(),
                                                     [&](const std::string& c) { return c == p.country; });
      const std::tuple<int, int, uint32_t> score{mentioned ? 1 : 0, kind_rank(p.kind), population};
      if (score > best_score) {
        best_score = score;
        best = p;
      }
    }
    return best;
  };
  if (auto p = best_of(key)) return PlaceMatch{*p, Direction::none};
  for (const DirectionWord& d : kDirections) {
    if (key.size() > d.text.size() + 1 && key.compare(0, d.text.size(), d.text) == 0 && key[d.text.size()] == ' ') {
      std::string rest = key.substr(d.text.size() + 1);
      if (rest.rfind("of ", 0) == 0) rest.erase(0, 3);  // "north of Syria" is rare but harmless
      if (auto p = best_of(rest)) return PlaceMatch{*p, d.dir};
      break;
    }
  }
  return std::nullopt;
}

std::vector<std::string> GeoNamesGazetteer::mentioned_countries(std::string_view text) const {
  // Capitalised word sequences of up to four words ("United Arab Emirates"), plus "the" for "the Netherlands".
  struct W {
    size_t b, e;
  };
  std::vector<W> words;
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (std::isalnum(c) || c >= 0x80) {
      size_t j = i;
      while (j < text.size() && (std::isalnum(static_cast<unsigned char>(text[j])) ||
                                 static_cast<unsigned char>(text[j]) >= 0x80 || text[j] == '\'' || text[j] == '-' ||
                                 (text[j] == '.' && j + 1 < text.size() && std::isupper(static_cast<unsigned char>(text[j + 1])))))
        ++j;
      while (j > i && (text[j - 1] == '-' || text[j - 1] == '\'')) --j;
      if (j == i) j = i + 1;
      words.push_back({i, j});
      i = j;
    } else {
      ++i;
    }
  }
  std::vector<std::string> out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (!std::isupper(static_cast<unsigned char>(text[words[i].b]))) continue;
    {
      // Only a word that opens some country's name or demonym can open one here ("Syria's" as "syria"): most
      // capitalized words do not, and are not normalized again for each length below.
      std::string first = normalize_place_name(text.substr(words[i].b, words[i].e - words[i].b));
      first.resize(std::min(first.size(), first.find(' ')));
      const bool possessive =
          first.size() > 2 && first.ends_with("s") && words[i].e >= 2 && text.substr(words[i].e - 2, 2) == "'s";
      if (!country_first_words_.contains(first) &&
          !(possessive && country_first_words_.contains(std::string_view(first).substr(0, first.size() - 1))))
        continue;
    }
    for (size_t n = std::min<size_t>(4, words.size() - i); n >= 1; --n) {
      // the words must be separated by single spaces (or hyphens inside a word)
      bool contiguous = true;
      for (size_t k = i + 1; k < i + n; ++k)
        if (words[k].b != words[k - 1].e + 1 || text[words[k - 1].e] != ' ') contiguous = false;
      if (!contiguous) continue;
      std::string key = normalize_place_name(text.substr(words[i].b, words[i + n - 1].e - words[i].b));
      // possessives: "Syria's"
      if (key.size() > 2 && key.ends_with("s") && text.substr(words[i + n - 1].e - 2, 2) == "'s") key.pop_back();
      if (const auto hit = country_keys_.find(key); hit != country_keys_.end()) {
        const std::string& found = hit->second;
        if (std::find(out.begin(), out.end(), found) == out.end()) out.push_back(found);
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

// ---- GazetteerBuilder ----------------------------------------------------------------------------------------

uint32_t GazetteerBuilder::intern(std::string_view s) {
  if (s.empty()) return 0;
  const auto it = interned_.find(std::string(s));
  if (it != interned_.end()) return it->second;
  const uint32_t at = static_cast<uint32_t>(pool_.size());
  pool_.append(s);
  pool_ += '\0';
  interned_.emplace(std::string(s), at);
  return at;
}

uint32_t GazetteerBuilder::add_place(std::string_view name, std::string_view country, PlaceKind kind,
                                     std::string_view subdivision, uint32_t population,
                                     std::optional<std::pair<double, double>> lat_lon, uint32_t geonameid) {
  PlaceRecord r;
  r.name = intern(name);
  r.subdivision = intern(subdivision);
  r.population = population;
  if (lat_lon) {
    r.lat_e5 = static_cast<int32_t>(std::lround(lat_lon->first * 1e5));
    r.lon_e5 = static_cast<int32_t>(std::lround(lat_lon->second * 1e5));
    r.has_coordinates = 1;
  }
  r.geonameid = geonameid;
  if (country.size() == 2) std::memcpy(r.country, country.data(), 2);
  r.kind = kind;
  const uint32_t index = static_cast<uint32_t>(places_.size());
  places_.push_back(r);
  add_key(name, index);
  return index;
}

void GazetteerBuilder::add_key(std::string_view name, uint32_t place, bool demonym) {
  const std::string key = normalize_place_name(name);
  if (key.empty()) return;
  const uint32_t value = place | (demonym ? kDemonymBit : 0);
  const uint32_t at = intern(key);
  for (auto it = keys_.rbegin(); it != keys_.rend() && it != keys_.rbegin() + 4; ++it)
    if (it->first == at && it->second == value) return;  // the same key just added for this place
  keys_.emplace_back(at, value);
  if (!demonym) {
    auto& v = by_key_[key];
    if (std::find(v.begin(), v.end(), place) == v.end()) v.push_back(place);
  }
}

std::vector<uint32_t> GazetteerBuilder::places_named(const std::string& normalized, std::string_view country) const {
  std::vector<uint32_t> out;
  const auto it = by_key_.find(normalized);
  if (it == by_key_.end()) return out;
  for (uint32_t p : it->second)
    if (country == "*" || std::string_view(places_[p].country, 2) == country) out.push_back(p);
  return out;
}

void GazetteerBuilder::add_cities_tsv(const std::string& path) {
  for (const auto& [line, f] : read_tsv_rows(path, 8, SIZE_MAX)) {
    const std::string where = path + ":" + std::to_string(line);
    check_country(f[2], where);
    const double lat = parse_double(f[6], where), lon = parse_double(f[7], where);
    if (std::fabs(lat) > 90 || std::fabs(lon) > 180) throw std::runtime_error(where + ": coordinates out of range");
    add_place(f[1], f[2], PlaceKind::city, f[3], parse_u32(f[5], where), std::pair{lat, lon}, parse_u32(f[0], where));
  }
}

void GazetteerBuilder::add_iso_codes(const std::string& dir) {
  using nlohmann::json;
  const std::string countries_path = dir + "/iso_3166-1.json", subdivisions_path = dir + "/iso_3166-2.json";
  json countries, subdivisions;
  try {
    countries = json::parse(slurp(countries_path));
  } catch (const json::parse_error& e) {
    throw std::runtime_error(countries_path + ": byte " + std::to_string(e.byte) + ": " + e.what());
  }
  try {
    subdivisions = json::parse(slurp(subdivisions_path));
  } catch (const json::parse_error& e) {
    throw std::runtime_error(subdivisions_path + ": byte " + std::to_string(e.byte) + ": " + e.what());
  }
  if (!countries.contains("3166-1") || !countries["3166-1"].is_array())
    throw std::runtime_error(countries_path + ": no \"3166-1\" array");
  for (const json& c : countries["3166-1"]) {
    const std::string code = c.value("alpha_2", ""), name = c.value("name", "");
    check_country(code, countries_path + " (" + name + ")");
    const std::string display = c.value("common_name", name);
    const uint32_t index = add_place(display, code, PlaceKind::country, code, 0, std::nullopt);
    for (const char* field : {"name", "official_name", "common_name"})
      if (c.contains(field)) add_key(c[field].get<std::string>(), index);
  }
  if (!subdivisions.contains("3166-2") || !subdivisions["3166-2"].is_array())
    throw std::runtime_error(subdivisions_path + ": no \"3166-2\" array");
  for (const json& s : subdivisions["3166-2"]) {
    const std::string code = s.value("code", ""), name = s.value("name", "");
    if (code.size() < 4 || code[2] != '-' || name.empty())
      throw std::runtime_error(subdivisions_path + ": bad subdivision '" + code + "'");
    add_place(name, code.substr(0, 2), PlaceKind::subdivision, code, 0, std::nullopt);
  }
}

void GazetteerBuilder::add_extra_places_tsv(const std::string& path) {
  for (const auto& [line, f] : read_tsv_rows(path, 7, SIZE_MAX)) {
    const std::string where = path + ":" + std::to_string(line);
    const auto kind = parse_place_kind(f[1]);
    if (!kind) throw std::runtime_error(where + ": unknown kind '" + f[1] + "'");
    check_country(f[2], where);
    std::optional<std::pair<double, double>> ll;
    if (!f[4].empty() || !f[5].empty()) {
      const double lat = parse_double(f[4], where), lon = parse_double(f[5], where);
      if (std::fabs(lat) > 90 || std::fabs(lon) > 180) throw std::runtime_error(where + ": coordinates out of range");
      ll = std::pair{lat, lon};
    }
    add_place(f[0], f[2], *kind, f[3], parse_u32(f[6], where), ll);
  }
}

std::vector<std::string> GazetteerBuilder::add_alternate_names_tsv(const std::string& path) {
  std::vector<std::string> unresolved;
  for (const auto& [line, f] : read_tsv_rows(path, 3, SIZE_MAX)) {
    const std::string where = path + ":" + std::to_string(line);
    if (f[2] != "*") check_country(f[2], where);
    const auto targets = places_named(normalize_place_name(f[1]), f[2]);
    if (targets.empty()) unresolved.push_back(where + ": no place named '" + f[1] + "' in " + f[2]);
    for (uint32_t p : targets) add_key(f[0], p);
  }
  return unresolved;
}

std::vector<std::string> GazetteerBuilder::add_demonyms_tsv(const std::string& path) {
  std::vector<std::string> unresolved;
  for (const auto& [line, f] : read_tsv_rows(path, 2, SIZE_MAX)) {
    const std::string where = path + ":" + std::to_string(line);
    check_country(f[1], where);
    uint32_t country = UINT32_MAX;
    for (uint32_t i = 0; i < places_.size(); ++i)
      if (places_[i].kind == PlaceKind::country && std::string_view(places_[i].country, 2) == f[1]) country = i;
    if (country == UINT32_MAX) {
      unresolved.push_back(where + ": no country " + f[1]);
      continue;
    }
    add_key(f[0], country, true);
  }
  return unresolved;
}

std::string GazetteerBuilder::serialize() const {
  std::vector<std::pair<uint32_t, uint32_t>> keys = keys_;
  const char* pool = pool_.data();
  std::sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
    const int c = std::strcmp(pool + a.first, pool + b.first);
    return c != 0 ? c < 0 : a.second < b.second;
  });
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  std::string out;
  out.reserve(20 + places_.size() * sizeof(PlaceRecord) + keys.size() * 8 + pool_.size());
  out.append(kMagic, 4);
  put(out, kVersion);
  put(out, static_cast<uint32_t>(places_.size()));
  put(out, static_cast<uint32_t>(keys.size()));
  put(out, static_cast<uint32_t>(pool_.size()));
  for (const PlaceRecord& r : places_) put(out, r);
  for (const auto& [k, p] : keys) {
    put(out, k);
    put(out, p);
  }
  out += pool_;
  return out;
}

}  // namespace dunlin::place
