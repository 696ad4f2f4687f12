// Loading the actor dictionaries of a directory (plus user overrides) and finding actor mentions.
#include "dunlin/actors/actor_dictionaries.h"

#include <algorithm>
#include <filesystem>

namespace dunlin {

const char* to_string(ActorMention::Kind kind) {
  switch (kind) {
    case ActorMention::Kind::country: return "country";
    case ActorMention::Kind::adjective: return "adjective";
    case ActorMention::Kind::capital: return "capital";
    case ActorMention::Kind::seat: return "seat";
    case ActorMention::Kind::sector: return "sector";
    case ActorMention::Kind::person: return "person";
    case ActorMention::Kind::organization: return "organization";
    case ActorMention::Kind::place: return "place";
  }
  return "?";
}

ActorDictionaries ActorDictionaries::load(const std::string& dir, const std::string& user_dir) {
  namespace fs = std::filesystem;
  ActorDictionaries d;
  const auto file = [](const std::string& folder, const char* name) { return (fs::path(folder) / name).string(); };
  using Rule = NamedActorDictionary::OutOfRange;
  d.countries_ = CountryDictionary::load(file(dir, "countries.tsv"));
  if (fs::exists(file(dir, "places.tsv"))) d.countries_.add_places(file(dir, "places.tsv"));
  d.sectors_ = SectorDictionary::load(file(dir, "sectors.tsv"));
  d.people_ = NamedActorDictionary::load(file(dir, "people.tsv"), "role", Rule::former_is_elite, true);
  d.organizations_ = NamedActorDictionary::load(file(dir, "organizations.tsv"), "type", Rule::nearest_range);
  if (!user_dir.empty()) {
    if (!fs::is_directory(user_dir)) throw DictionaryError(user_dir + ": not a directory");
    if (fs::exists(file(user_dir, "countries.tsv"))) d.countries_.merge(CountryDictionary::load(file(user_dir, "countries.tsv")));
    if (fs::exists(file(user_dir, "places.tsv"))) d.countries_.add_places(file(user_dir, "places.tsv"));
    if (fs::exists(file(user_dir, "sectors.tsv"))) d.sectors_.merge(SectorDictionary::load(file(user_dir, "sectors.tsv")));
    if (fs::exists(file(user_dir, "people.tsv")))
      d.people_.merge(NamedActorDictionary::load(file(user_dir, "people.tsv"), "role", Rule::former_is_elite, true));
    if (fs::exists(file(user_dir, "organizations.tsv")))
      d.organizations_.merge(NamedActorDictionary::load(file(user_dir, "organizations.tsv"), "type", Rule::nearest_range));
  }
  d.check_codes(d.people_, "people.tsv");
  d.check_codes(d.organizations_, "organizations.tsv");
  d.compile();
  return d;
}

void ActorDictionaries::check_codes(const NamedActorDictionary& dict, const char* file) const {
  for (const NamedActor& a : dict.actors()) {
    if (!a.country.empty() && !countries_.by_code(a.country))
      throw DictionaryError(std::string(file) + ":" + std::to_string(a.codes.front().line) + ": country '" + a.country +
                            "' of '" + a.id + "' is not a code in countries.tsv");
    for (const DatedCode& c : a.codes) {
      const std::string head = c.code.substr(0, 3);
      if (!countries_.by_code(head) && !is_international_code(head))
        throw DictionaryError(std::string(file) + ":" + std::to_string(c.line) + ": code '" + c.code + "' of '" +
                              a.id + "' starts with '" + head +
                              "', which is neither a code in countries.tsv nor an international code (IGO, NGO, IMG, MNC, ...)");
    }
  }
}

void ActorDictionaries::compile() {
  matcher_ = PhraseMatcher();
  payloads_.clear();
  using Kind = ActorMention::Kind;
  const auto add_payload = [&](Kind kind, size_t entry, std::string code) {
    payloads_.push_back(Payload{kind, static_cast<uint32_t>(entry), std::move(code)});
    return static_cast<uint32_t>(payloads_.size() - 1);
  };
  const auto& countries = countries_.entries();
  for (size_t i = 0; i < countries.size(); ++i) {
    const Country& c = countries[i];
    const uint32_t as_name = add_payload(Kind::country, i, c.code);
    for (const std::string& n : c.names) matcher_.add(n, as_name);
    if (!c.adjectives.empty()) {
      const uint32_t as_adj = add_payload(Kind::adjective, i, c.code);
      for (const std::string& n : c.adjectives) matcher_.add(n, as_adj);
    }
    if (!c.capitals.empty()) {
      const uint32_t as_capital = add_payload(Kind::capital, i, c.code + "GOV");
      for (const std::string& n : c.capitals) matcher_.add(n, as_capital);
    }
    for (const Country::Seat& s : c.seats) matcher_.add(s.phrase, add_payload(Kind::seat, i, c.code + s.sector));
    if (!c.places.empty()) {
      const uint32_t as_place = add_payload(Kind::place, i, c.code);
      for (const std::string& n : c.places) matcher_.add(n, as_place);
    }
  }
  const auto& terms = sectors_.terms();
  for (size_t i = 0; i < terms.size(); ++i) matcher_.add(terms[i].phrase, add_payload(Kind::sector, i, terms[i].sector));
  const auto add_named = [&](const NamedActorDictionary& dict, Kind kind) {
    const auto& actors = dict.actors();
    for (size_t i = 0; i < actors.size(); ++i) {
      const uint32_t p = add_payload(kind, i, "");
      for (const std::string& n : actors[i].names)
        for (const auto& keys : dict.name_variants(n)) matcher_.add_keys(keys, p);
    }
  };
  add_named(people_, Kind::person);
  add_named(organizations_, Kind::organization);
}

std::vector<ActorMention> ActorDictionaries::find_mentions(const Document& doc, DateInt date) const {
  std::vector<std::string_view> tokens;
  tokens.reserve(doc.tokens.size());
  for (size_t i = 0; i < doc.tokens.size(); ++i) tokens.push_back(doc.token_text(i));
  return find_mentions(tokens, date == kNoDate ? date_from_iso(doc.date) : date);
}

std::vector<ActorMention> ActorDictionaries::find_mentions(std::span<const std::string_view> tokens,
                                                           DateInt date) const {
  std::vector<ActorMention> out;
  for (const PhraseMatcher::Match& m : matcher_.find(tokens)) {
    const size_t first_of_match = out.size();
    for (uint32_t p : m.payloads) {
      const Payload& payload = payloads_[p];
      ActorMention mention;
      mention.first_token = m.first_token;
      mention.end_token = m.end_token;
      mention.partial = m.partial;
      mention.kind = payload.kind;
      mention.entry = payload.entry;
      if (payload.kind == ActorMention::Kind::person || payload.kind == ActorMention::Kind::organization) {
        const NamedActorDictionary& dict = payload.kind == ActorMention::Kind::person ? people_ : organizations_;
        const ActorResolution r = dict.resolve(dict.actors()[payload.entry], date);
        mention.code = r.code;
        mention.in_range = date == kNoDate || r.in_range;
      } else {
        mention.code = payload.code;
      }
      out.push_back(std::move(mention));
    }
    // People named alike ("Assad"): keep those in office on the date when there are any.
    const auto begin = out.begin() + static_cast<std::ptrdiff_t>(first_of_match);
    const bool any_person_in_range = std::any_of(begin, out.end(), [](const ActorMention& x) {
      return x.kind == ActorMention::Kind::person && x.in_range;
    });
    if (any_person_in_range)
      out.erase(std::remove_if(begin, out.end(), [](const ActorMention& x) {
                  return x.kind == ActorMention::Kind::person && !x.in_range;
                }), out.end());
  }
  return out;
}

PhraseCode ActorDictionaries::code_phrase(std::span<const std::string_view> tokens, DateInt date) const {
  PhraseCode out;
  const std::vector<ActorMention> mentions = find_mentions(tokens, date);
  std::vector<SectorTerm> synthetic;  // terms for seats, capitals and named actors (kept alive for `terms`)
  synthetic.reserve(mentions.size());
  std::vector<const SectorTerm*> terms;
  uint32_t last_first_token = UINT32_MAX;
  for (const ActorMention& m : mentions) {
    if (m.first_token == last_first_token) continue;  // another meaning of the same phrase
    last_first_token = m.first_token;
    out.found = true;
    using Kind = ActorMention::Kind;
    if (m.kind == Kind::sector) {
      terms.push_back(&sectors_.terms()[m.entry]);
      continue;
    }
    if (out.country.empty() && m.code.size() >= 3) {
      out.country = m.code.substr(0, 3);
      out.plover_country = out.country;
      if (m.code.compare(0, 6, "IGOUNO") == 0) out.plover_country = "UNO";
      if (m.code.compare(0, 6, "IGOEUR") == 0) out.plover_country = "EUR";
    }
    for (size_t i = 3; i + 3 <= m.code.size(); i += 3) {
      const std::string group = m.code.substr(i, 3);
      if (!is_known_sector_code(group)) continue;
      SectorTerm t;
      t.sector = group;
      t.rank = 2;
      t.named = m.kind == Kind::person || m.kind == Kind::organization;
      synthetic.push_back(std::move(t));
      terms.push_back(&synthetic.back());
      break;
    }
  }
  out.sector = SectorDictionary::combine(terms);
  return out;
}

}  // namespace dunlin
