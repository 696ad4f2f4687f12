// The place tagger (see place_tagger.h): candidates from entities and the gazetteer, filters, resolution.
#include "dunlin/place/place_tagger.h"
#include "dunlin/text/tsv_rows.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <optional>
#include <stdexcept>

#include "dunlin/place/place_name.h"
#include "dunlin/time/calendar.h"

namespace dunlin::place {
namespace {

// Lower-case words that may stand inside a multi-word place name ("Deir ez-Zor", "Bosnia and Herzegovina").
constexpr std::array<std::string_view, 30> kConnectors = {
    "of", "al", "el", "ez", "es", "ed", "ad", "as", "an", "ar", "az", "at", "ash", "de", "del",
    "la", "le", "les", "du", "des", "da", "do", "dos", "das", "di", "bin", "ibn", "upon", "and", "the"};

// Type words after a name that say which kind of place it is ("Idlib province", "Hmeimim airbase").
struct TypeWord {
  std::string_view word;  // normalized
  PlaceKind kind;
};
constexpr TypeWord kTypeWords[] = {
    {"province", PlaceKind::subdivision},   {"governorate", PlaceKind::subdivision},
    {"state", PlaceKind::subdivision},      {"oblast", PlaceKind::subdivision},
    {"prefecture", PlaceKind::subdivision}, {"region", PlaceKind::subdivision},
    {"county", PlaceKind::subdivision},     {"department", PlaceKind::subdivision},
    {"airbase", PlaceKind::airbase},        {"air base", PlaceKind::airbase},
    {"airfield", PlaceKind::airbase},       {"military airport", PlaceKind::airbase},
    {"base", PlaceKind::airbase},           {"city", PlaceKind::city},
    {"town", PlaceKind::city},              {"village", PlaceKind::city},
};

// Direction words before a name (normalized); GeoNamesGazetteer::resolve reads the phrase.
constexpr std::array<std::string_view, 25> kDirectionWords = {
    "north east",   "north west",   "south east",   "south west",   "north eastern", "north western",
    "south eastern", "south western", "northeast",   "northwest",    "southeast",     "southwest",
    "northeastern", "northwestern", "southeastern", "southwestern", "northern",      "southern",
    "eastern",      "western",      "central",      "north",        "south",         "east",
    "west"};

bool calendar_word(std::string_view w) { return time::is_month_name(w) || time::is_weekday_name(w); }

template <size_t N>
bool in(const std::array<std::string_view, N>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

bool is_upper_cp(utf8proc_int32_t cp) { return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU || utf8proc_category(cp) == UTF8PROC_CATEGORY_LT; }

bool starts_upper(std::string_view s) {
  if (s.empty()) return false;
  utf8proc_int32_t cp = 0;
  if (utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()), &cp) <= 0)
    return false;
  return is_upper_cp(cp);
}

// At least two letters, none lower case ("DAMASCUS", "U.S.").
bool all_caps(std::string_view s) {
  int letters = 0;
  for (size_t i = 0; i < s.size();) {
    utf8proc_int32_t cp = 0;
    const auto len = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                      static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (len <= 0) return false;
    const auto cat = utf8proc_category(cp);
    if (cat == UTF8PROC_CATEGORY_LL) return false;
    if (cat == UTF8PROC_CATEGORY_LU) ++letters;
    i += static_cast<size_t>(len);
  }
  return letters >= 2;
}

bool is_punct_token(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c == '-' || c == '\'' || c == '.'; });
}

int sentence_of(const Document& doc, uint32_t token) {
  const auto& f = doc.sentences.first_token;
  auto it = std::upper_bound(f.begin(), f.end(), token);
  return static_cast<int>(it - f.begin()) - 1;
}

// The token of [first, end) that the parse attaches the phrase by (its head leaves the span), else the last.
uint32_t phrase_head(const Document& doc, uint32_t first, uint32_t end) {
  if (!doc.syntax.has_parse()) return end - 1;
  for (uint32_t t = first; t < end; ++t) {
    const uint32_t h = doc.syntax.head[t];
    if (h == SyntaxLayer::kRoot || h < first || h >= end) return t;
  }
  return end - 1;
}

// A clause's subject: the phrase names a state or a city acting, not a place where something happens.
bool used_as_actor(const Document& doc, uint32_t head) {
  if (!doc.syntax.has_parse()) return false;
  const std::string& rel = doc.syntax.deprel_name(head);
  return rel == "nsubj" || rel == "nsubj:pass" || rel == "nsubj:outer" || rel == "csubj";
}

class Annotator {
 public:
  Annotator(const GeoNamesGazetteer& g, const std::unordered_set<std::string>& not_places, Document& doc)
      : g_(g), not_places_(not_places), doc_(doc), covered_(doc.tokens.size(), 0) {
    countries_ = g_.mentioned_countries(doc.text);
  }

  void run() {
    doc_.places = PlaceLayer{};
    if (doc_.tokens.empty()) return;
    dateline();
    entities();
    scan_all();
    // in text order; keep the dateline's index right
    std::vector<size_t> order(doc_.places.mentions.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      return doc_.places.mentions[a].first_token < doc_.places.mentions[b].first_token;
    });
    PlaceLayer sorted;
    for (size_t i : order) {
      if (static_cast<int32_t>(i) == doc_.places.dateline) sorted.dateline = static_cast<int32_t>(sorted.mentions.size());
      sorted.mentions.push_back(std::move(doc_.places.mentions[i]));
    }
    doc_.places = std::move(sorted);
  }

 private:
  std::string_view tok(uint32_t t) const { return doc_.token_text(t); }
  std::string_view span_text(uint32_t first, uint32_t end) const {
    return doc_.slice({doc_.tokens.begin[first], doc_.tokens.end[end - 1]});
  }
  std::string norm(uint32_t first, uint32_t end) const { return normalize_place_name(span_text(first, end)); }
  // A token with a letter or digit (not punctuation).
  bool is_word(uint32_t t) const { return !normalize_place_name(tok(t)).empty(); }

  // The best place for `name` of `kind` (in a mentioned country, then larger), or nullopt.
  std::optional<Place> best_of_kind(std::string_view name, PlaceKind kind) const {
    std::optional<Place> best;
    std::pair<int, uint32_t> best_score{-1, 0};
    for (const Place& p : g_.lookup(name)) {
      if (p.kind != kind) continue;
      const bool mentioned = std::find(countries_.begin(), countries_.end(), p.country) != countries_.end();
      const std::pair<int, uint32_t> score{mentioned ? 1 : 0, p.population};
      if (score > best_score) best_score = score, best = p;
    }
    return best;
  }

  // The type word starting at token t ("province", "air base"), with its token count.
  std::optional<std::pair<PlaceKind, uint32_t>> type_word_at(uint32_t t, uint32_t sentence_end) const {
    for (uint32_t n = 2; n >= 1; --n) {
      if (t + n > sentence_end || !is_word(t) || !is_word(t + n - 1)) continue;
      const std::string w = norm(t, t + n);
      for (const TypeWord& tw : kTypeWords)
        if (w == tw.word) return std::pair{tw.kind, n};
    }
    return std::nullopt;
  }

  // Directional words right before token t ("north-east", "western"): the first token of the phrase, or t.
  uint32_t direction_start(uint32_t t, uint32_t sentence_first) const {
    for (uint32_t n = 3; n >= 1; --n) {
      if (t < sentence_first + n || !is_word(t - n) || !is_word(t - 1)) continue;
      if (in(kDirectionWords, norm(t - n, t))) return t - n;
    }
    return t;
  }

  // Resolves tokens [name_first, name_end) with optional direction words from dir_first and an optional type
  // word of `type_kind`; adds the mention covering [dir_first, span_end). False when nothing resolves.
  bool add(uint32_t dir_first, uint32_t name_first, uint32_t name_end, uint32_t span_end,
           std::optional<PlaceKind> type_kind, PlaceFoundBy found_by) {
    std::optional<PlaceMatch> match;
    if (type_kind && dir_first == name_first) {
      if (auto p = best_of_kind(span_text(name_first, name_end), *type_kind)) match = PlaceMatch{*p, Direction::none};
    }
    if (!match) match = g_.resolve(span_text(dir_first, name_end), countries_);
    if (!match && dir_first != name_first) {
      match = g_.resolve(span_text(name_first, name_end), countries_);
      dir_first = name_first;
    }
    if (!match) return false;
    PlaceMention m;
    m.first_token = dir_first;
    m.end_token = span_end;
    m.head = phrase_head(doc_, dir_first, span_end);
    m.found_by = found_by;
    set_place(m, match->place, match->direction);
    for (uint32_t t = dir_first; t < span_end; ++t) covered_[t] = 1;
    doc_.places.mentions.push_back(std::move(m));
    return true;
  }

  // "DAMASCUS, May 11 (Reuters) -", "BEIRUT (AP) —", "Kabul, May 2 -": capitalised words at the very start of the
  // text, followed by a comma and a month name, or an all-caps name followed by a comma, a parenthesis or a dash.
  void dateline() {
    const uint32_t line_end = static_cast<uint32_t>(std::min(doc_.text.find('\n'), size_t{160}));
    uint32_t t = 0;
    const uint32_t n = static_cast<uint32_t>(doc_.tokens.size());
    bool caps = true;
    while (t < n && t < 4 && doc_.tokens.end[t] <= line_end && starts_upper(tok(t))) {
      if (!all_caps(tok(t))) caps = false;
      ++t;
    }
    if (t == 0 || t >= n || doc_.tokens.end[t] > line_end) return;
    const std::string_view next = tok(t);
    bool ok = false;
    if (next == ",") {
      ok = caps || (t + 1 < n && calendar_word(normalize_place_name(tok(t + 1))));
    } else if (next == "(" || next == "-" || next == "\u2014" || next == "\u2013") {
      ok = caps;
    }
    if (!ok) return;
    if (not_places_.count(norm(0, t)) || calendar_word(norm(0, t))) return;
    if (add(0, 0, t, t, std::nullopt, PlaceFoundBy::dateline))
      doc_.places.dateline = static_cast<int32_t>(doc_.places.mentions.size() - 1);
  }

  void entities() {
    const EntityLayer& e = doc_.entities;
    for (size_t i = 0; i < e.size(); ++i) {
      const uint32_t first = e.first_token[i], end = e.end_token[i];
      if (first >= end || end > doc_.tokens.size()) continue;
      if (e.label[i] != EntityLabel::LOC) {
        for (uint32_t t = first; t < end; ++t) covered_[t] = 1;  // a person or organisation: not a place
        continue;
      }
      if (std::any_of(covered_.begin() + first, covered_.begin() + end, [](uint8_t c) { return c != 0; })) continue;
      if (used_as_actor(doc_, phrase_head(doc_, first, end))) {
        for (uint32_t t = first; t < end; ++t) covered_[t] = 1;
        continue;
      }
      const int s = sentence_of(doc_, first);
      if (s < 0) continue;
      const uint32_t s_first = doc_.sentences.first_token[s], s_end = doc_.sentences.end_token[s];
      // a type word inside the entity ("Idlib Province") or right after it ("Idlib province")
      uint32_t name_end = end, span_end = end;
      std::optional<PlaceKind> kind;
      if (end - first >= 2) {
        for (uint32_t k = 1; k <= 2 && end - first > k; ++k)
          if (auto tw = type_word_at(end - k, end); tw && tw->second == k) {
            kind = tw->first;
            name_end = end - k;
            break;
          }
      }
      if (!kind)
        if (auto tw = type_word_at(end, s_end)) kind = tw->first, span_end = end + tw->second;
      add(direction_start(first, s_first), first, name_end, span_end, kind, PlaceFoundBy::entity);
    }
  }

  bool name_like(uint32_t t) const { return starts_upper(tok(t)) && !is_punct_token(tok(t)); }

  struct Candidate {
    uint32_t s_first, first, end;
    std::optional<std::pair<PlaceKind, uint32_t>> type;  // a type word after the name, with its token count
    std::string key;
    bool keep = true;
    bool inside_name = false;  // dropped as the end of a longer capitalised name ("Kobe Bryant")
    bool town = false;         // resolves to a town, not a country or a province
  };

  // Gazetteer names, longest first, over the sentence's uncovered capitalised tokens.
  void scan(uint32_t s_first, uint32_t s_end, std::vector<Candidate>& out) const {
    const bool tagged = doc_.syntax.has_tags();
    for (uint32_t i = s_first; i < s_end; ++i) {
      if (covered_[i] || !name_like(i)) continue;
      // longest match [i, best)
      uint32_t best = i;
      for (uint32_t j = i; j < s_end && j < i + 7; ++j) {
        if (covered_[j]) break;
        const std::string_view w = tok(j);
        if (j > i && !name_like(j) && !is_punct_token(w) && !in(kConnectors, w)) break;
        const std::string key = norm(i, j + 1);
        if (key.empty()) continue;
        if (name_like(j) && g_.has_key(key)) best = j + 1;
        if (!g_.has_key_prefix(key + " ")) break;
      }
      if (best == i) continue;
      Candidate c{s_first, i, best, std::nullopt, norm(i, best)};
      const uint32_t end = best;
      const auto probe = g_.resolve(span_text(i, end), countries_);
      const bool country = probe && probe->place.kind == PlaceKind::country;
      c.town = probe && probe->place.kind != PlaceKind::country && probe->place.kind != PlaceKind::subdivision;
      const bool sentence_initial = i == s_first || (i == s_first + 1 && is_punct_token(tok(s_first)));
      // common words, months and weekdays; tokens the tagger does not call proper nouns
      c.keep = !not_places_.count(c.key) && !calendar_word(c.key);
      if (c.keep && tagged && doc_.syntax.upos[end - 1] != static_cast<uint8_t>(Upos::PROPN)) c.keep = false;
      if (end < s_end) c.type = type_word_at(end, s_end);
      // part of a longer capitalised name: "Boris Johnson", "Washington Post" (a country may modify a name:
      // "the United States Senate", "the US Constitution")
      if (c.keep && !sentence_initial && i > s_first && name_like(i - 1) && !covered_[i - 1] &&
          !in(kDirectionWords, normalize_place_name(tok(i - 1)))) {
        c.keep = false;
        c.inside_name = true;
      }
      if (c.keep && !country && !c.type && end < s_end && name_like(end) &&
          !calendar_word(normalize_place_name(tok(end))))
        c.keep = false;
      if (c.keep && used_as_actor(doc_, phrase_head(doc_, i, end))) c.keep = false;
      out.push_back(std::move(c));
      i = end - 1;
    }
  }

  void scan_all() {
    std::vector<Candidate> candidates;
    for (size_t s = 0; s < doc_.sentences.size(); ++s)
      scan(doc_.sentences.first_token[s], doc_.sentences.end_token[s], candidates);
    // One sense per article: a town name that ends a person's name somewhere ("Kobe Bryant", a PER entity) is
    // that person everywhere ("Bryant said").
    std::unordered_set<std::string> person_names;
    for (const Candidate& c : candidates)
      if (c.inside_name && c.town) person_names.insert(c.key);
    for (size_t i = 0; i < doc_.entities.size(); ++i)
      if (doc_.entities.label[i] == EntityLabel::PER && doc_.entities.end_token[i] > doc_.entities.first_token[i])
        person_names.insert(normalize_place_name(tok(doc_.entities.end_token[i] - 1)));
    for (const Candidate& c : candidates) {
      if (!c.keep || (c.town && person_names.count(c.key))) continue;
      add(direction_start(c.first, c.s_first), c.first, c.end, c.type ? c.end + c.type->second : c.end,
          c.type ? std::optional<PlaceKind>(c.type->first) : std::nullopt, PlaceFoundBy::gazetteer);
    }
  }

  const GeoNamesGazetteer& g_;
  const std::unordered_set<std::string>& not_places_;
  Document& doc_;
  std::vector<uint8_t> covered_;
  std::vector<std::string> countries_;
};

}  // namespace

PlacePrecision precision_of(PlaceKind kind) {
  switch (kind) {
    case PlaceKind::country: return PlacePrecision::country;
    case PlaceKind::subdivision: return PlacePrecision::admin1;
    case PlaceKind::city: return PlacePrecision::city;
    case PlaceKind::airbase: return PlacePrecision::airbase;
    case PlaceKind::region: return PlacePrecision::region;
    case PlaceKind::landmark: return PlacePrecision::landmark;
  }
  return PlacePrecision::city;
}

const char* to_string(PlacePrecision p) {
  switch (p) {
    case PlacePrecision::city: return "city";
    case PlacePrecision::admin1: return "admin1";
    case PlacePrecision::country: return "country";
    case PlacePrecision::region: return "region";
    case PlacePrecision::airbase: return "airbase";
    case PlacePrecision::landmark: return "landmark";
  }
  return "?";
}

void set_place(PlaceMention& m, const Place& p, Direction direction) {
  m.gazetteer_index = p.index;
  m.geonames_id = p.geonameid;
  m.name = std::string(p.name);
  m.country = std::string(p.country);
  if (p.kind == PlaceKind::city && !p.subdivision.empty())
    m.admin1 = m.country + "." + std::string(p.subdivision);  // GeoNames admin1 code, e.g. "SY.11"
  else if (p.kind != PlaceKind::country)
    m.admin1 = std::string(p.subdivision);  // ISO 3166-2, e.g. "SY-LA"
  else
    m.admin1.clear();
  m.has_coordinates = p.has_coordinates;
  m.lat = p.lat;
  m.lon = p.lon;
  m.precision = direction == Direction::none ? precision_of(p.kind) : PlacePrecision::region;
  m.direction = to_string(direction);
}

PlaceTagger::PlaceTagger(std::shared_ptr<const GeoNamesGazetteer> gazetteer, std::unordered_set<std::string> not_places)
    : gazetteer_(std::move(gazetteer)), not_places_(std::move(not_places)) {
  if (!gazetteer_) throw std::invalid_argument("PlaceTagger: no gazetteer");
}

std::unordered_set<std::string> PlaceTagger::load_not_places(const std::string& path) {
  std::unordered_set<std::string> out;
  for (const auto& [line, fields] : read_tsv_rows(path, 1, 1)) {
    const std::string key = normalize_place_name(fields[0]);
    if (key.empty()) throw std::runtime_error(path + ":" + std::to_string(line) + ": not a name: '" + fields[0] + "'");
    out.insert(key);
  }
  return out;
}

void PlaceTagger::annotate(Document& doc) const { Annotator(*gazetteer_, not_places_, doc).run(); }

}  // namespace dunlin::place
