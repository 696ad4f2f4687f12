// Named actors whose code depends on the date: people (heads of state, ministers, spokespeople) and organizations
// (IGOs, NGOs, armed groups, media outlets). One row per role with an inclusive date range; rows with the same id
// are one actor, whose names are the union of its rows' names. PeopleDictionary and OrganizationDictionary are
// this table with their own extra column (role / type) and their own rule for dates outside every range.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dunlin/actors/tsv.h"

namespace dunlin {

struct DatedCode {
  std::string code;            // full actor code: "SYRGOV", "IGOUNO", "AFGINS"
  DateInt from = kNoDate;      // inclusive; kNoDate = open
  DateInt to = kNoDate;        // inclusive; kNoDate = open
  std::string detail;          // role ("president") or organization type ("armed group")
  std::string note;
  size_t line = 0;
  bool contains(DateInt d) const { return (from == kNoDate || d >= from) && (to == kNoDate || d <= to); }
};

struct NamedActor {
  std::string id;
  std::vector<std::string> names;
  std::vector<DatedCode> codes;  // sorted by `from`
  std::string country;           // optional nationality/base (ISO3-style code); used for "former" and "before" codes
  // The three letters that stand for the actor's country in derived codes: `country`, else its first code's head.
  std::string home() const { return !country.empty() ? country : codes.empty() ? "" : codes.front().code.substr(0, 3); }
};

// What a name means on a date.
struct ActorResolution {
  const NamedActor* actor = nullptr;
  std::string code;                  // "SYRGOV"; "RUSELI" for a former official; "UKR" before any role
  const DatedCode* row = nullptr;    // the row the code comes from, nullptr when derived (former / before)
  bool in_range = false;             // the date lies inside one of the actor's ranges
};

class NamedActorDictionary {
 public:
  enum class OutOfRange {
    former_is_elite,  // people: after a role ended -> <country>ELI; before the first role -> <country> alone
    nearest_range,    // organizations: the code of the nearest range
  };

  // Loads a people or organization file. Required columns: id, names, code; optional: from, to, country, note
  // and `detail_column` ("role" or "type"). Throws DictionaryError for unknown columns, bad dates, from > to, a bad
  // code, an id without names, or two rows of one id whose ranges overlap with different codes.
  // `optional_particles`: index names also without a standalone "al"/"el" (people: "Bashar al-Assad" -> also
  // "Bashar Assad"). Off for organizations, where the rest is often an ordinary word ("Al-Monitor").
  static NamedActorDictionary load(const std::string& path, std::string_view detail_column, OutOfRange rule,
                                   bool optional_particles = false);

  // Actors of `other` replace actors with the same id (all their rows) and add new ones.
  void merge(const NamedActorDictionary& other);

  const std::vector<NamedActor>& actors() const { return actors_; }
  const NamedActor* by_id(std::string_view id) const;

  // The code of `actor` on `date` (kNoDate: its latest role).
  ActorResolution resolve(const NamedActor& actor, DateInt date) const;

  // Every actor one of whose names is `name` (normalized like the phrase matcher: case, diacritics, apostrophes,
  // hyphens, "al-"), resolved on `date`. When some candidates are in a range on that date, only those are kept.
  std::vector<ActorResolution> lookup(std::string_view name, DateInt date) const;

  // The keys to index a name under: the name itself plus, when this dictionary makes particles optional, the name
  // without a standalone "al"/"el" ("Bashar al-Assad" -> also "Bashar Assad").
  std::vector<std::vector<std::string>> name_variants(std::string_view name) const;

 private:
  void reindex();
  std::vector<NamedActor> actors_;
  std::unordered_map<std::string, size_t> by_id_;
  std::unordered_map<std::string, std::vector<size_t>> by_name_;  // joined keys -> actors
  OutOfRange rule_ = OutOfRange::nearest_range;
  bool optional_particles_ = false;
};

using PeopleDictionary = NamedActorDictionary;
using OrganizationDictionary = NamedActorDictionary;

// True when `code` is a well-formed actor code: 3..15 upper-case letters in groups of three.
bool is_actor_code(std::string_view code);

}  // namespace dunlin
