// Loading, validating and resolving dated named actors (people, organizations).
#include "dunlin/actors/named_actor_dictionary.h"

#include <algorithm>

#include "dunlin/actors/phrase_matcher.h"

namespace dunlin {
namespace {

std::string join(const std::vector<std::string>& keys) {
  std::string out;
  for (const std::string& k : keys) out += (out.empty() ? "" : " ") + k;
  return out;
}

bool valid_id(std::string_view id) {
  if (id.empty()) return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) return false;
  return true;
}

}  // namespace

bool is_actor_code(std::string_view code) {
  if (code.size() < 3 || code.size() > 15 || code.size() % 3 != 0) return false;
  for (char c : code)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

std::vector<std::vector<std::string>> NamedActorDictionary::name_variants(std::string_view name) const {
  std::vector<std::vector<std::string>> out;
  std::vector<std::string> keys = phrase_keys(name);
  if (keys.empty()) return out;
  out.push_back(keys);
  if (!optional_particles_) return out;
  std::vector<std::string> without;
  for (const std::string& k : keys)
    if (k != "al" && k != "el") without.push_back(k);
  if (!without.empty() && without.size() < keys.size()) out.push_back(std::move(without));
  return out;
}

NamedActorDictionary NamedActorDictionary::load(const std::string& path, std::string_view detail_column,
                                                OutOfRange rule, bool optional_particles) {
  const TsvTable table = TsvTable::read(path, {"id", "names", "code"}, {"from", "to", "country", "note", detail_column});
  NamedActorDictionary dict;
  dict.rule_ = rule;
  dict.optional_particles_ = optional_particles;
  for (const TsvRow& row : table.rows) {
    const std::string id(table.get(row, "id"));
    if (!valid_id(id)) table.fail(row, "id '" + id + "' must be lower-case letters, digits, '_' or '-'");
    DatedCode dc;
    dc.line = row.line;
    dc.code = std::string(table.get(row, "code"));
    dc.detail = std::string(table.get(row, detail_column));
    dc.note = std::string(table.get(row, "note"));
    if (!is_actor_code(dc.code))
      table.fail(row, "code '" + dc.code + "' must be 3 to 15 upper-case letters in groups of three");
    const std::string_view from = table.get(row, "from"), to = table.get(row, "to");
    if (!from.empty() && (dc.from = parse_date(from, false)) == kNoDate)
      table.fail(row, "bad date '" + std::string(from) + "' in column from (want YYYY, YYYY-MM or YYYY-MM-DD)");
    if (!to.empty() && (dc.to = parse_date(to, true)) == kNoDate)
      table.fail(row, "bad date '" + std::string(to) + "' in column to (want YYYY, YYYY-MM or YYYY-MM-DD)");
    if (dc.from != kNoDate && dc.to != kNoDate && dc.from > dc.to)
      table.fail(row, "range ends (" + std::string(to) + ") before it starts (" + std::string(from) + ")");

    auto [it, inserted] = dict.by_id_.try_emplace(id, dict.actors_.size());
    if (inserted) {
      dict.actors_.push_back(NamedActor{id, {}, {}, {}});
    } else if (it->second + 1 != dict.actors_.size()) {
      table.fail(row, "duplicate id '" + id + "' (first used at line " +
                          std::to_string(dict.actors_[it->second].codes.front().line) +
                          "; the rows of one actor must be consecutive)");
    }
    NamedActor& actor = dict.actors_[it->second];
    for (std::string& n : split_list(table.get(row, "names"))) {
      if (phrase_keys(n).empty()) table.fail(row, "name '" + n + "' has no letters or digits");
      if (std::find(actor.names.begin(), actor.names.end(), n) == actor.names.end()) actor.names.push_back(std::move(n));
    }
    if (const std::string_view country = table.get(row, "country"); !country.empty()) {
      if (!is_code3(country)) table.fail(row, "country '" + std::string(country) + "' is not three upper-case letters");
      if (!actor.country.empty() && actor.country != country)
        table.fail(row, "country '" + std::string(country) + "' contradicts '" + actor.country + "' given earlier for '" + id + "'");
      actor.country = std::string(country);
    }
    if (actor.names.empty()) table.fail(row, "actor '" + id + "' has no names (give them on its first row)");
    for (const DatedCode& other : actor.codes) {
      // Ranges may share their boundary day (one role ends the day the next begins); on that day the later wins.
      const bool overlap = (other.from == kNoDate || dc.to == kNoDate || other.from < dc.to) &&
                           (dc.from == kNoDate || other.to == kNoDate || dc.from < other.to);
      if (other.code == dc.code && other.from == dc.from && other.to == dc.to)
        table.fail(row, "duplicate row for '" + id + "' (same code and dates as line " + std::to_string(other.line) + ")");
      if (overlap && other.code != dc.code)
        table.fail(row, "range of '" + id + "' with code " + dc.code + " overlaps the range at line " +
                            std::to_string(other.line) + " with code " + other.code);
    }
    actor.codes.push_back(std::move(dc));
  }
  for (NamedActor& a : dict.actors_)
    std::stable_sort(a.codes.begin(), a.codes.end(), [](const DatedCode& x, const DatedCode& y) { return x.from < y.from; });
  dict.reindex();
  return dict;
}

void NamedActorDictionary::reindex() {
  by_name_.clear();
  for (size_t i = 0; i < actors_.size(); ++i)
    for (const std::string& name : actors_[i].names)
      for (const auto& keys : name_variants(name)) {
        std::vector<size_t>& list = by_name_[join(keys)];
        if (std::find(list.begin(), list.end(), i) == list.end()) list.push_back(i);
      }
}

void NamedActorDictionary::merge(const NamedActorDictionary& other) {
  for (const NamedActor& a : other.actors_) {
    const auto it = by_id_.find(a.id);
    if (it != by_id_.end()) {
      actors_[it->second] = a;
    } else {
      by_id_.emplace(a.id, actors_.size());
      actors_.push_back(a);
    }
  }
  reindex();
}

const NamedActor* NamedActorDictionary::by_id(std::string_view id) const {
  const auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? nullptr : &actors_[it->second];
}

ActorResolution NamedActorDictionary::resolve(const NamedActor& actor, DateInt date) const {
  ActorResolution r;
  r.actor = &actor;
  if (actor.codes.empty()) return r;
  if (date == kNoDate) {  // latest role: open-ended first, else the one that ended last
    const DatedCode* best = &actor.codes.front();
    for (const DatedCode& c : actor.codes) {
      const DateInt end = c.to == kNoDate ? 99999999 : c.to, best_end = best->to == kNoDate ? 99999999 : best->to;
      if (end >= best_end) best = &c;
    }
    r.code = best->code;
    r.row = best;
    return r;
  }
  for (const DatedCode& c : actor.codes)  // sorted by `from`: the last containing range is the latest role
    if (c.contains(date)) {
      r.code = c.code;
      r.row = &c;
      r.in_range = true;
    }
  if (r.in_range) return r;
  // Outside every range: before the first, after the last, or in a gap. codes are sorted by `from`.
  const DatedCode* before = nullptr;  // the last range that ended before `date`
  for (const DatedCode& c : actor.codes)
    if (c.to != kNoDate && c.to < date && (!before || c.to > before->to)) before = &c;
  if (rule_ == OutOfRange::former_is_elite) {
    r.code = before ? actor.home() + "ELI" : actor.home();
    return r;
  }
  r.row = before ? before : &actor.codes.front();
  r.code = r.row->code;
  return r;
}

std::vector<ActorResolution> NamedActorDictionary::lookup(std::string_view name, DateInt date) const {
  std::vector<ActorResolution> out;
  const auto it = by_name_.find(join(phrase_keys(name)));
  if (it == by_name_.end()) return out;
  for (size_t i : it->second) out.push_back(resolve(actors_[i], date));
  if (date != kNoDate && std::any_of(out.begin(), out.end(), [](const ActorResolution& r) { return r.in_range; }))
    std::erase_if(out, [](const ActorResolution& r) { return !r.in_range; });
  return out;
}

}  // namespace dunlin
