// Loading, validating and combining sector words.
#include "dunlin/actors/sector_dictionary.h"

#include <array>

#include "dunlin/actors/phrase_matcher.h"

namespace dunlin {
namespace {

// CAMEO 1.1b3 role codes and PLOVER 0.8 sector codes (see data/actors/sector_codes in docs/dictionaries.md).
constexpr std::array<std::string_view, 40> kSectorCodes = {
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "PTY", "AGR", "BUS", "CRM",
    "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD", "IGO",
    "IMG", "INT", "MNC", "NGM", "NGO", "UIS", "PRM", "UNK", "JRN", "PRE", "REL", "SOC"};

std::string normalized(std::string_view phrase) {
  std::string out;
  for (const std::string& k : phrase_keys(phrase)) out += (out.empty() ? "" : " ") + k;
  return out;
}

}  // namespace

bool is_known_sector_code(std::string_view code) {
  for (std::string_view c : kSectorCodes)
    if (c == code) return true;
  return false;
}

std::string_view plover_sector(std::string_view cameo_code) {
  if (cameo_code == "MED") return "JRN";
  if (cameo_code == "HLH") return "MED";
  if (cameo_code == "INS" || cameo_code == "SEP") return "REB";
  if (cameo_code == "MOD" || cameo_code == "RAD") return "";
  return cameo_code;
}

SectorDictionary SectorDictionary::load(const std::string& path) {
  const TsvTable table = TsvTable::read(path, {"phrase", "sector"}, {"rank", "note"});
  SectorDictionary dict;
  for (const TsvRow& row : table.rows) {
    SectorTerm proto;
    proto.sector = std::string(table.get(row, "sector"));
    proto.note = std::string(table.get(row, "note"));
    proto.line = row.line;
    if (!is_known_sector_code(proto.sector)) table.fail(row, "unknown sector code '" + proto.sector + "'");
    const std::string_view rank = table.get(row, "rank");
    if (!rank.empty()) {
      if (rank != "1" && rank != "2" && rank != "3")
        table.fail(row, "rank must be 1, 2 or 3, not '" + std::string(rank) + "'");
      proto.rank = rank[0] - '0';
    }
    const std::vector<std::string> phrases = split_list(table.get(row, "phrase"));
    if (phrases.empty()) table.fail(row, "empty phrase");
    for (const std::string& phrase : phrases) {
      if (phrase_keys(phrase).empty()) table.fail(row, "phrase '" + phrase + "' has no letters or digits");
      const std::string key = normalized(phrase);
      if (const auto it = dict.index_.find(key); it != dict.index_.end())
        table.fail(row, "duplicate phrase '" + phrase + "' (first at line " + std::to_string(dict.terms_[it->second].line) + ")");
      SectorTerm term = proto;
      term.phrase = phrase;
      dict.add(std::move(term), path);
    }
  }
  return dict;
}

void SectorDictionary::add(SectorTerm term, const std::string&) {
  const std::string key = normalized(term.phrase);
  const auto it = index_.find(key);
  if (it != index_.end()) {
    terms_[it->second] = std::move(term);
    return;
  }
  index_.emplace(key, terms_.size());
  terms_.push_back(std::move(term));
}

void SectorDictionary::merge(const SectorDictionary& other) {
  for (const SectorTerm& t : other.terms_) add(t, "");
}

const SectorTerm* SectorDictionary::find(std::string_view phrase) const {
  const auto it = index_.find(normalized(phrase));
  return it == index_.end() ? nullptr : &terms_[it->second];
}

std::string SectorDictionary::combine(std::span<const SectorTerm* const> terms_in_order) {
  const auto weight = [](const SectorTerm* t) { return 2 * t->rank + (t->named ? 1 : 0); };
  const SectorTerm* best = nullptr;
  for (const SectorTerm* t : terms_in_order)
    if (t && (!best || weight(t) >= weight(best))) best = t;
  return best ? best->sector : std::string();
}

}  // namespace dunlin
