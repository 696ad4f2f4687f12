// Sector words: head nouns and modifiers that give an actor its CAMEO/PLOVER sector ("army" -> MIL,
// "State media" -> MED, "former" -> ELI), with a rank that decides which wins when several meet in one noun phrase.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dunlin/actors/tsv.h"

namespace dunlin {

// The CAMEO role codes and PLOVER sector codes dunlin knows (GOV, MIL, REB, MED, JRN, ...).
bool is_known_sector_code(std::string_view code);
// The PLOVER sector for a CAMEO role code: MED -> JRN, HLH -> MED, INS/SEP -> REB, MOD/RAD -> "" (no PLOVER sector);
// codes that are the same in both stay as they are.
std::string_view plover_sector(std::string_view cameo_code);

struct SectorTerm {
  std::string phrase;  // as written in the file ("State media")
  std::string sector;  // CAMEO role code ("MED")
  // 1 = role noun that takes the sector of its modifier ("spokesman", "official", "commander"): weakest;
  // 2 = institution word ("army", "government", "rebels", "media");
  // 3 = overriding modifier ("former", "ex-"): beats everything.
  int rank = 2;
  bool named = false;  // stands for a named person or organization in a phrase: counts as rank 2.5
  std::string note;
  size_t line = 0;
};

class SectorDictionary {
 public:
  // Columns: phrase (a "|"-separated list of variants, e.g. "soldier|soldiers"), sector, rank (optional, default 2),
  // note (optional). Throws DictionaryError.
  static SectorDictionary load(const std::string& path);
  // Entries of `other` replace entries with the same phrase (compared after key normalization) and add new ones.
  void merge(const SectorDictionary& other);

  const std::vector<SectorTerm>& terms() const { return terms_; }
  const SectorTerm* find(std::string_view phrase) const;  // nullptr when absent

  // The sector of a noun phrase that contains the given terms in text order: the highest rank wins (a `named` term
  // counts as 2.5), and among equal ranks the rightmost (the head noun in English). "Kremlin spokesman" -> GOV (from the seat, rank 2, over
  // spokesman's rank 1); "military spokesman" -> MIL; "former diplomat" -> ELI; "rebel commander" -> REB.
  static std::string combine(std::span<const SectorTerm* const> terms_in_order);

 private:
  void add(SectorTerm term, const std::string& path);
  std::vector<SectorTerm> terms_;
  std::unordered_map<std::string, size_t> index_;  // normalized phrase -> terms_ index
};

}  // namespace dunlin
