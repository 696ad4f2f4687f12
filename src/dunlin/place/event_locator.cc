// The event locator (see event_locator.h).
#include "dunlin/place/event_locator.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>

#include "dunlin/place/place_name.h"
#include "dunlin/place/place_tagger.h"

namespace dunlin::place {
namespace {

constexpr std::array<std::string_view, 11> kLocative = {"at",     "in",     "near",       "outside", "inside", "around",
                                                        "across", "within", "throughout", "into",    "on"};

bool is_locative(std::string_view word) {
  std::string w(word);
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return std::find(kLocative.begin(), kLocative.end(), w) != kLocative.end();
}

int specificity(const PlaceMention& m) {
  switch (m.precision) {
    case PlacePrecision::airbase:
    case PlacePrecision::landmark: return 5;
    case PlacePrecision::city: return 4;
    case PlacePrecision::region: return 3;
    case PlacePrecision::admin1: return 2;
    case PlacePrecision::country: return 1;
  }
  return 0;
}

// Whether `node` has a locative preposition as its case dependent. Dependents lie in its sentence.
bool has_locative_case(const Document& doc, uint32_t node, uint32_t s_first, uint32_t s_end) {
  for (uint32_t c = s_first; c < s_end; ++c)
    if (doc.syntax.head[c] == node && doc.syntax.deprel_name(c) == "case" && is_locative(doc.token_text(c))) return true;
  return false;
}

// With a parse: the mention's phrase is a locative oblique or nominal modifier (case at/in/near/...) that hangs,
// through nominal modifiers, compounds, appositions and conjuncts, from one of the anchors or from one of their
// nominal arguments: "met at Hmeimim", "strikes in Idlib", "the embrace of Assad at Hmeimim Airbase" (a modifier
// of the object), "a base in Idlib was hit". Clause boundaries (relative clauses, adverbial clauses) stop the walk.
bool attached_in_clause(const Document& doc, const PlaceMention& m, uint32_t predicate, uint32_t governor,
                        uint32_t s_first, uint32_t s_end) {
  uint32_t node = m.head;
  bool locative = false;
  for (int step = 0; step < 6; ++step) {
    const uint32_t parent = doc.syntax.head[node];
    if (parent == SyntaxLayer::kRoot || parent < s_first || parent >= s_end) return false;
    const std::string& rel = doc.syntax.deprel_name(node);
    const bool oblique = rel.starts_with("obl") || rel.starts_with("nmod");
    if (oblique && has_locative_case(doc, node, s_first, s_end)) locative = true;
    if (parent == predicate || parent == governor)
      return locative && (oblique || rel == "advmod" || rel == "obj" || rel == "iobj" || rel.starts_with("nsubj"));
    if (!(oblique || rel == "compound" || rel == "flat" || rel == "appos" || rel == "conj" || rel == "amod"))
      return false;
    node = parent;
  }
  return false;
}

// Without a parse: a locative preposition right before the mention, possibly with "the", "city/town of" or a
// possessive ("at Russia's Hmeimim Airbase").
bool after_locative(const Document& doc, const PlaceMention& m, uint32_t s_first) {
  uint32_t t = m.first_token;
  for (int skipped = 0; t > s_first && skipped < 5; ++skipped) {
    const std::string w = normalize_place_name(doc.token_text(t - 1));
    if (is_locative(w)) return true;
    if (w == "s" && t - 1 > s_first) {  // a possessive: "at Russia's Hmeimim Airbase"
      t -= 2;
      continue;
    }
    if (w != "the" && w != "of" && w != "city" && w != "town" && w != "village" && w != "province") return false;
    --t;
  }
  return false;
}

}  // namespace

const char* to_string(LocationSource s) {
  switch (s) {
    case LocationSource::none: return "none";
    case LocationSource::clause: return "clause";
    case LocationSource::dateline: return "dateline";
    case LocationSource::target_country: return "target_country";
  }
  return "?";
}

EventLocator::EventLocator(std::shared_ptr<const GeoNamesGazetteer> gazetteer, const CountryDictionary& countries)
    : gazetteer_(std::move(gazetteer)) {
  for (const Country& c : countries.entries()) {
    if (c.kind == Country::Kind::region) continue;
    std::vector<std::string> names = {c.name};
    names.insert(names.end(), c.names.begin(), c.names.end());
    for (const std::string& name : names) {
      const auto m = gazetteer_->resolve(name);
      if (m && m->place.kind == PlaceKind::country && m->direction == Direction::none) {
        country_place_.emplace(c.code, m->place.index);
        break;
      }
    }
  }
}

std::optional<Place> EventLocator::country_for_actor(const std::string& code) const {
  const auto it = country_place_.find(code);
  if (it == country_place_.end()) return std::nullopt;
  return gazetteer_->place(it->second);
}

void EventLocator::annotate(Document& doc) const {
  PlaceLayer& places = doc.places;
  const bool parsed = doc.syntax.has_parse();
  for (Event& e : doc.events.events) {
    e.location = -1;
    e.location_source = static_cast<uint8_t>(LocationSource::none);
    if (e.sentence >= doc.sentences.size()) continue;
    const uint32_t s_first = doc.sentences.first_token[e.sentence], s_end = doc.sentences.end_token[e.sentence];
    // 1. a place in the event's clause
    int best = -1;
    std::pair<int, int64_t> best_score{-1, 0};  // (specificity, -distance)
    for (size_t i = 0; i < places.mentions.size(); ++i) {
      const PlaceMention& m = places.mentions[i];
      if (!m.in_text || m.first_token < s_first || m.end_token > s_end) continue;
      if (static_cast<int32_t>(i) == places.dateline) continue;
      const bool in_clause = parsed ? attached_in_clause(doc, m, e.predicate, e.governor, s_first, s_end)
                                    : after_locative(doc, m, s_first);
      if (!in_clause) continue;
      const std::pair<int, int64_t> score{specificity(m), -std::llabs(int64_t{m.head} - int64_t{e.predicate})};
      if (best < 0 || score > best_score) best = static_cast<int>(i), best_score = score;
    }
    if (best >= 0) {
      e.location = best;
      e.location_source = static_cast<uint8_t>(LocationSource::clause);
      continue;
    }
    // 2. the dateline city
    if (places.dateline >= 0) {
      e.location = places.dateline;
      e.location_source = static_cast<uint8_t>(LocationSource::dateline);
      continue;
    }
    // 3. the target's country
    if (e.target < 0 || static_cast<size_t>(e.target) >= doc.actors.size()) continue;
    const auto country = country_for_actor(doc.actors.actors[e.target].country);
    if (!country) continue;
    int found = -1;
    for (size_t i = 0; i < places.mentions.size() && found < 0; ++i) {
      const PlaceMention& m = places.mentions[i];
      if (m.gazetteer_index == country->index && m.direction.empty()) found = static_cast<int>(i);
    }
    if (found < 0) {
      PlaceMention m;
      m.in_text = false;
      m.found_by = PlaceFoundBy::target_country;
      set_place(m, *country);
      places.mentions.push_back(std::move(m));
      found = static_cast<int>(places.mentions.size() - 1);
    }
    e.location = found;
    e.location_source = static_cast<uint8_t>(LocationSource::target_country);
  }
}

}  // namespace dunlin::place
