#include "dunlin/actors/actor_resolver.h"

#include <algorithm>
#include <deque>
#include <functional>
#include <unordered_map>
#include <unordered_set>

#include "dunlin/segment/sentence_splitter.h"
#include "dunlin/syntax_tree.h"
#include "dunlin/text/ascii.h"
#include "dunlin/time/calendar.h"

namespace dunlin {
namespace {

constexpr uint32_t kNone = SyntaxTree::kNone;
using Kind = ActorMention::Kind;

bool is_named(Kind k) { return k == Kind::person || k == Kind::organization; }

// An actor found to be of `country` (by a place, a neighbour, the article): its code is that country and its sector.
void set_country(Actor& a, const std::string& country) {
  a.country = country;
  a.code = country + a.sector;
}

// What one noun phrase says about its actor.
struct PhraseCode {
  std::string country, sector, name;
  std::string entity_key;        // "person:putin", "code:RUS": phrases with the same key are one actor
  bool person = false;           // a person (named, or a role noun such as "official")
  bool head_is_sector = false;   // the head word itself is a sector word ("official", "regime")
  bool country_from_adjective = false;  // the country came from a demonym ("the Russian building"), not a
                                        // possessive or compound ("Russia's initiative", "Syria Daily")
  std::vector<uint32_t> extra;   // conjoined country adjectives: "Russian and Syrian leadership" -> Syrian
  std::vector<std::string> extra_countries;
};

class ArticleResolver {
 public:
  ArticleResolver(const ActorDictionaries& dicts, Document& doc)
      : dicts_(dicts), doc_(doc), tree_(doc), covering_(doc.tokens.size()) {
    // People's roles are read on the story date: the metadata date, else the dateline the temporal tagger read.
    DateInt date = date_from_iso(doc.date);
    if (date == kNoDate && doc.times.story_date_source != StoryDateSource::undated)
      date = date_from_iso(time::format_day(doc.times.story_day));
    mentions_ = dicts.find_mentions(doc, date);
    drop_first_names_of_others();
    for (size_t m = 0; m < mentions_.size(); ++m)
      for (uint32_t t = mentions_[m].first_token; t < mentions_[m].end_token && t < covering_.size(); ++t)
        covering_[t].push_back(static_cast<uint32_t>(m));
  }

  // "Najib Karimi": a known person's name (here a first name the dictionary keeps because the person goes by it,
  // "Najib" for Najib Razak) that the recognizer's name goes on from, with a word that is in none of that person's
  // names ("Saddam Husseins forces" goes on with the surname) and starts no mention of its own, is someone else's.
  void drop_first_names_of_others() {
    std::vector<bool> starts(doc_.tokens.size() + 1, false);
    for (const ActorMention& m : mentions_) starts[std::min<size_t>(m.first_token, doc_.tokens.size())] = true;
    std::erase_if(mentions_, [&](const ActorMention& m) {
      if (m.kind != Kind::person || m.end_token >= doc_.tokens.size() || starts[m.end_token]) return false;
      const int32_t e = doc_.entities.at(m.first_token);
      if (e < 0 || doc_.entities.label[e] != EntityLabel::PER || doc_.entities.end_token[e] <= m.end_token ||
          tree_.upos(m.end_token) != Upos::PROPN || m.entry >= dicts_.people().actors().size())
        return false;
      std::string_view next = doc_.token_text(m.end_token);
      if (next.size() > 3 && next.back() == 's') next.remove_suffix(1);  // a possessive that lost its apostrophe
      for (const std::string& name : dicts_.people().actors()[m.entry].names)
        if (name.find(next) != std::string::npos) return false;
      return true;
    });
  }

  void run() {
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      // "WARSAW, May 10 (Reuters) -": no actor, and no country of the agency's; a capital there is the story's home
      // country until the text names others more (apply_home_country).
      if (is_dateline_sentence(doc_, s)) {
        const uint32_t first = doc_.sentences.first_token[s];
        for (uint32_t m : covering_[first])
          if (mentions_[m].kind == Kind::capital && mentions_[m].first_token == first && mentions_[m].code.size() >= 3)
            dateline_country_ = mentions_[m].code.substr(0, 3);
        continue;
      }
      sentence_ = s;
      const size_t first_actor = doc_.actors.actors.size();
      for (uint32_t t = doc_.sentences.first_token[s]; t < doc_.sentences.end_token[s]; ++t)
        if (is_phrase_head(t)) code_phrase(t);
      apply_appositions(first_actor);
      apply_locations(first_actor);
    }
    apply_home_country();
  }

 private:
  bool is_phrase_head(uint32_t t) const {
    const Upos u = tree_.upos(t);
    const std::string_view rel = tree_.base_deprel(t);
    // "withdrew from the Syrian to the Israeli sector": a demonym with a determiner standing for a noun phrase
    // (the noun left out) is a phrase of its own, the country's side.
    if (u == Upos::ADJ && is_one_of(rel, {"obl", "obj", "nsubj", "nmod"}) && tree_.child(t, "det") != kNone)
      return std::any_of(covering_[t].begin(), covering_[t].end(), [&](uint32_t m) {
        return mentions_[m].kind == Kind::adjective || sector_noun_read_as_adjective(t);
      });
    if (u != Upos::NOUN && u != Upos::PROPN && u != Upos::PRON) return false;
    // "Denmark today accepted ...": the parser made the date word the head and the actor its compound.
    if (rel == "compound" && tree_.head(t) != kNone && is_date_word(tree_.head(t))) return true;
    return !is_one_of(rel, {"compound", "flat", "fixed", "goeswith", "amod", "det", "case"});
  }

  // "The official, who ..., said": a role noun the tagger read as an adjective, with a
  // determiner and no noun after it, heads its phrase as the noun it is.
  bool sector_noun_read_as_adjective(uint32_t t) const {
    if (tree_.upos(t) != Upos::ADJ || tree_.child(t, "det") == kNone) return false;
    if (t + 1 < doc_.tokens.size() && (tree_.upos(t + 1) == Upos::NOUN || tree_.upos(t + 1) == Upos::PROPN))
      return false;
    return std::any_of(covering_[t].begin(), covering_[t].end(), [&](uint32_t m) {
      return mentions_[m].kind == Kind::sector && mentions_[m].first_token == t && mentions_[m].end_token == t + 1;
    });
  }

  bool is_date_word(uint32_t t) const {
    const std::string w = ascii_lower(tree_.text(t));
    return is_one_of(w, {"today", "yesterday", "tonight"}) || time::is_weekday_name(w);
  }

  // The words of the phrase headed by h that describe it (not its prepositional phrases or clauses).
  void collect_core(uint32_t h, std::vector<uint32_t>& core, std::vector<uint32_t>& conjoined_adjectives) const {
    core.push_back(h);
    for (uint32_t c : tree_.children(h)) {
      const std::string_view rel = tree_.deprel(c);
      const std::string_view base = tree_.base_deprel(c);
      if (rel == "nmod:poss" || is_one_of(base, {"compound", "flat", "amod", "det", "nummod"})) {
        collect_core(c, core, conjoined_adjectives);
        // ("U.S./compound and British/conj warplanes": a name and a demonym conjoined as well.)
        if (base == "amod" || base == "compound")
          for (uint32_t cc : tree_.children(c))
            if (tree_.deprel(cc) == "conj" && (tree_.upos(cc) == Upos::ADJ || tree_.upos(cc) == Upos::PROPN))
              conjoined_adjectives.push_back(cc);
      }
    }
  }

  const ActorMention* best_covering(uint32_t t, bool named_only) const {
    const ActorMention* best = nullptr;
    for (uint32_t m : covering_[t]) {
      const ActorMention& mention = mentions_[m];
      if (named_only && !is_named(mention.kind)) continue;
      if (!best || mention.end_token - mention.first_token > best->end_token - best->first_token) best = &mention;
    }
    return best;
  }

  std::string display_name(const ActorMention& m) const {
    if (m.kind == Kind::person && m.entry < dicts_.people().actors().size())
      return dicts_.people().actors()[m.entry].names.front();
    if (m.kind == Kind::organization && m.entry < dicts_.organizations().actors().size())
      return dicts_.organizations().actors()[m.entry].names.front();
    return {};
  }

  std::string entity_key(const ActorMention& m) const {
    if (m.kind == Kind::person) return "person:" + std::to_string(m.entry);
    if (m.kind == Kind::organization) return "org:" + std::to_string(m.entry);
    // A place standing for its country (attacked, or where a harm was done) is not the country itself: "Ukraine
    // shelled Donetsk" has two sides.
    if (m.kind == Kind::place) return "place:" + std::to_string(m.entry);
    return "code:" + m.code;
  }

  // A country word right before a phrase that the parser hung on the verb instead of the phrase: a demonym
  // ("German/advcl Foreign Minister X will visit ...") or a possessor ("Israel's/nmod:poss Cabinet met ..."). A
  // verb takes neither as a dependent of its own, so the word belongs to the phrase after it: added to `core`.
  void misattached_modifiers(std::vector<uint32_t>& core) const {
    const uint32_t first = *std::min_element(core.begin(), core.end());
    if (first == 0 || sentence_of(first - 1) != sentence_of(first)) return;
    uint32_t word = first - 1;
    if (is_one_of(tree_.text(word), {"'s", "\xE2\x80\x99s"}) && tree_.base_deprel(word) == "case") {
      word = tree_.head(word);
      if (word == kNone || word >= first || tree_.deprel(word) != "nmod:poss") return;
    } else if (tree_.upos(word) != Upos::ADJ) {
      return;
    }
    const uint32_t verb = tree_.head(word);
    if (verb == kNone || (tree_.upos(verb) != Upos::VERB && tree_.upos(verb) != Upos::AUX)) return;
    const ActorMention* m = best_covering(word, false);
    if (!m || m->code.size() < 3 ||
        !(m->kind == Kind::country || m->kind == Kind::adjective || m->kind == Kind::capital))
      return;
    core.push_back(word);
  }

  // "the shootings in Mosul", "the victims of the floods in Sindh": a place in a phrase of a noun of harm.
  bool place_of_harm(uint32_t h) const {
    if (tree_.base_deprel(h) != "nmod" || ascii_lower(tree_.case_marker(h)) != "in") return false;
    const uint32_t noun = tree_.head(h);
    return noun != kNone &&
           is_one_of(ascii_lower(tree_.lemma(noun)),
                     {"shooting", "shootings", "attack", "attacks", "bombing", "bombings", "blast", "blasts",
                      "explosion", "explosions", "massacre", "killing", "killings", "earthquake", "flood", "floods",
                      "flooding", "disaster", "tragedy", "violence", "stabbing", "victim", "victims"});
  }

  // "shelled Aleppo", "fired rockets at Gaza", "air strikes on Mosul": a place that force is used on (the object of
  // a verb of force, or its at / on / into / against phrase, also when hung on the weapon or the attack noun) stands
  // for its country, as a country or capital would: CAMEO codes the attacked place's country as the target.
  bool place_attacked(uint32_t h) const {
    const std::initializer_list<std::string_view> force = {
        "attack", "bomb", "bombard", "shell", "strike", "raid", "invade", "storm", "target", "occupy", "capture",
        "seize", "overrun", "besiege", "blockade", "fire", "launch", "drop", "shoot", "hit", "pound", "rocket",
        "retake", "recapture", "conquer"};
    const std::initializer_list<std::string_view> attack_nouns = {
        "attack", "strike", "airstrike", "air-strike", "raid", "assault", "offensive", "bombardment", "shelling",
        "bombing", "invasion", "incursion", "rocket", "missile", "shell", "bomb", "mortar", "artillery"};
    const std::string_view rel = tree_.base_deprel(h);
    const uint32_t up = tree_.head(h);
    if (up == kNone) return false;
    const auto verb_of_force = [&](uint32_t v) {
      return v != kNone && tree_.upos(v) == Upos::VERB && is_one_of(ascii_lower(tree_.lemma(v)), force);
    };
    if (rel == "obj") return verb_of_force(up) && !is_one_of(ascii_lower(tree_.lemma(up)), {"fire", "launch", "drop"});
    // "captured the city of Mosul", "took the town of Gori": the place named by the attacked town or city.
    if (rel == "nmod" && ascii_lower(tree_.case_marker(h)) == "of" && tree_.base_deprel(up) == "obj" &&
        is_one_of(ascii_lower(tree_.lemma(up)), {"city", "town", "village", "province", "region", "district"})) {
      const uint32_t v = tree_.head(up);
      return verb_of_force(v) || (v != kNone && tree_.upos(v) == Upos::VERB && ascii_lower(tree_.lemma(v)) == "take");
    }
    if (rel != "obl" && rel != "nmod") return false;
    if (!is_one_of(ascii_lower(tree_.case_marker(h)), {"at", "on", "into", "against"})) return false;
    if (verb_of_force(up)) return true;
    if (tree_.upos(up) != Upos::NOUN) return false;
    return is_one_of(ascii_lower(tree_.lemma(up)), attack_nouns) || verb_of_force(tree_.head(up));
  }

  PhraseCode read_phrase(uint32_t h) const {
    PhraseCode out;
    std::vector<uint32_t> core, conjoined;
    collect_core(h, core, conjoined);
    std::sort(core.begin(), core.end());
    const ActorMention* head = best_covering(h, false);
    // Several mentions may cover the head ("Kremlin spokesman Dmitry Peskov": the name is the head).
    if (const ActorMention* named = best_covering(h, true)) head = named;
    // A region or city of a country ("Rakhine", "Shanghai") is no actor itself: it only gives a phrase its country,
    // like a modifier, and places other actors ("rebels in Rakhine", see apply_locations).
    // But the place of a harm done to people there ("sorrow for the shootings in Mosul") stands for its country's
    // people, as a country or capital would ("the bombing in Kabul").
    if (head && head->kind == Kind::place && !place_of_harm(h) && !place_attacked(h)) head = nullptr;
    // "the Hizbollah group", "the Hamas movement": a generic head noun named by an organization in a compound.
    if (!head && is_one_of(ascii_lower(tree_.lemma(h)), {"group", "movement", "organization", "organisation",
                                                          "faction", "militia", "network", "outfit"}))
      for (uint32_t c : tree_.children(h))
        if (c < h && tree_.base_deprel(c) == "compound")
          if (const ActorMention* m = best_covering(c, true); m && m->kind == ActorMention::Kind::organization)
            head = m;

    // "Gen. Abdel Fattah Burhan" parsed with the title as head and the name as its flat words: the name, when a
    // known person's, is the phrase's person.
    // (The whole name right after the title: "Ali Reza Raisi" is no "Raisi" of the dictionary, and a first name
    // is no title: "Ibrahim al-Assad".)
    if ((!head || head->kind != Kind::person) && !named_person(h)) {
      uint32_t last_flat = 0;
      for (uint32_t c : tree_.children(h))
        if (c > h && tree_.base_deprel(c) == "flat") last_flat = c;
      if (last_flat != 0)
        if (const ActorMention* m = best_covering(last_flat, true);
            m && m->kind == Kind::person && m->first_token == h + 1)
          head = m;
    }

    misattached_modifiers(core);

    std::vector<const SectorTerm*> terms;
    std::deque<SectorTerm> seat_terms;  // seats and capitals as modifiers stand for their sector ("Kremlin spokesman")
    std::string modifier_country;
    bool modifier_is_adjective = false;
    const ActorMention* modifier_organization = nullptr;  // the organisation that gave modifier_country, if one did
    const ActorMention* modifier_person = nullptr;        // a person named before the head ("the Biden campaign")
    bool overriding = false;  // "former"
    std::vector<uint32_t> seen;
    for (uint32_t t : core) {
      for (uint32_t m : covering_[t]) {
        if (std::find(seen.begin(), seen.end(), m) != seen.end()) continue;
        seen.push_back(m);
        const ActorMention& mention = mentions_[m];
        if (&mention == head) continue;
        if (mention.kind == Kind::person && t < h && !modifier_person) modifier_person = &mention;
        switch (mention.kind) {
          case Kind::sector: {
            const SectorTerm& term = dicts_.sectors().terms()[mention.entry];
            terms.push_back(&term);
            overriding |= term.rank >= 3;
            break;
          }
          case Kind::capital:
          case Kind::seat:
            // (Not a city's possessive on a name the dictionaries do not know: "London's Royal X College" is a
            // place's college, no government's.)
            if (!(tree_.deprel(t) == "nmod:poss" && tree_.upos(h) == Upos::PROPN && !head)) {
              SectorTerm seat;
              seat.sector = mention.code.substr(3);
              seat.rank = 2;
              seat_terms.push_back(std::move(seat));
            }
            [[fallthrough]];
          default:
            if (mention.code.size() >= 3 && (modifier_country.empty() || t <= h)) {
              modifier_country = mention.code.substr(0, 3);
              modifier_organization = mention.kind == Kind::organization ? &mention : nullptr;
              // A demonym the parser took for a name in a compound ("a Chilean/PROPN appeal") is still one, and so
              // is a country or organisation name used as one ("a U.S. request", "a Security Council resolution").
              // A name of several words is judged by its last word, its head ("United/amod Nations/compound
              // planes").
              const uint32_t last = std::min(mention.end_token, h + 1) - 1;
              const uint32_t word = (mention.kind == Kind::country || mention.kind == Kind::organization) &&
                                            last > t && last < h && tree_.head(last) == h
                                        ? last
                                        : t;
              modifier_is_adjective = (mention.kind == Kind::adjective &&
                                       is_one_of(tree_.base_deprel(t), {"amod", "compound"})) ||
                                      ((mention.kind == Kind::country || mention.kind == Kind::organization) &&
                                       tree_.base_deprel(word) == "compound" && !is_date_word(h));
            }
        }
      }
    }
    for (const SectorTerm& s : seat_terms)
      if (!s.sector.empty()) terms.push_back(&s);
    // A possessive pronoun gives its antecedent's country: "Its foreign ministry" after "Cyprus". The parser
    // sometimes hangs the pronoun on the verb instead ("Its ministry accused ..."): a possessive pronoun right
    // before the phrase, attached to a verb, counts as the phrase's own.
    if (modifier_country.empty()) {
      std::vector<uint32_t> pronouns;
      for (uint32_t t : core)
        if (t != h && tree_.upos(t) == Upos::PRON) pronouns.push_back(t);
      const uint32_t first = *std::min_element(core.begin(), core.end());
      if (first > 0 && sentence_of(first - 1) == sentence_of(first) && tree_.upos(first - 1) == Upos::PRON &&
          tree_.deprel(first - 1) == "nmod:poss" && tree_.head(first - 1) != kNone &&
          (tree_.upos(tree_.head(first - 1)) == Upos::VERB || tree_.upos(tree_.head(first - 1)) == Upos::AUX))
        pronouns.push_back(first - 1);
      for (uint32_t t : pronouns)
        if (const int32_t a = antecedent(t); a >= 0) modifier_country = doc_.actors.actors[a].country;
    }

    // "the Biden campaign", "the Trump team", "Putin's camp": a person's campaign, team or camp speaks and acts for
    // them, and is coded as they are.
    if (!head && modifier_person && terms.empty() &&
        is_one_of(ascii_lower(tree_.lemma(h)), {"campaign", "team", "camp", "staff"}))
      head = modifier_person;
    out.head_is_sector = head && head->kind == Kind::sector;
    if (head && head->kind == Kind::sector) {
      terms.push_back(&dicts_.sectors().terms()[head->entry]);
      overriding |= terms.back()->rank >= 3;
      out.person = terms.back()->rank == 1;
      head = nullptr;
    }
    if (head) {
      out.country = head->code.substr(0, std::min<size_t>(3, head->code.size()));
      out.sector = head->code.size() > 3 ? head->code.substr(3) : std::string();
      out.name = display_name(*head);
      out.person = head->kind == Kind::person;
      out.entity_key = entity_key(*head);
      if (!terms.empty()) {
        const std::string combined = SectorDictionary::combine(terms);
        if (overriding || out.sector.empty()) out.sector = combined;
      }
      // A country or seat with modifiers of its own is not the bare country ("Russian State media" has a head of
      // its own; "Syria's government" is coded here through the sector word).
      if (head->kind != Kind::person && head->kind != Kind::organization && core.size() > 1 && !terms.empty())
        out.entity_key.clear();
    } else {
      out.country = modifier_country;
      out.country_from_adjective = modifier_is_adjective;
      if (!terms.empty()) out.sector = SectorDictionary::combine(terms);
      // An organisation named before a head that takes its modifier's sector ("NATO officials", "an al-Shabaab
      // suicide bomber": rank 1), or in a compound before a head with no sector ("Islamic State members", "a UN
      // resolution"), is that organisation's: its full code (IGOWSTNAT, SOMINS, IMGMOSISI, IGOUNO), not its country
      // letters alone or with the generic sector. (A possessor, "the UN's position", makes no actor of its phrase.)
      const bool role_words = !terms.empty() && std::all_of(terms.begin(), terms.end(), [](const SectorTerm* t) {
        return t->rank == 1;
      });
      // Likewise the fighters of an armed group named in a compound: "Al-Shabaab fighters", "Hezbollah militants"
      // are the group's (SOMINS, LBNREB), not generic rebels of its country.
      const bool armed_words = !terms.empty() && std::all_of(terms.begin(), terms.end(), [](const SectorTerm* t) {
        return is_one_of(t->sector, {"REB", "INS", "UAF"});
      });
      if (modifier_organization && modifier_organization->code.size() > 3 && !overriding &&
          (role_words || (modifier_is_adjective && (terms.empty() || armed_words))))
        out.sector = modifier_organization->code.substr(3);
      // A name the dictionaries do not know under a title of a person ("King Hassan", "Minister Rojas") is a
      // person, whom "he" or "she" can stand for.
      if (!out.person && tree_.upos(h) == Upos::PROPN)
        out.person = std::any_of(terms.begin(), terms.end(), [](const SectorTerm* t) { return t->rank == 1; });
    }
    for (uint32_t adj : conjoined) {
      if (const ActorMention* m = best_covering(adj, false); m && m->code.size() >= 3) {
        out.extra.push_back(adj);
        out.extra_countries.push_back(m->code.substr(0, 3));
      }
    }
    return out;
  }

  int32_t find_previous(const std::function<bool(const Actor&)>& wanted, uint32_t before_token) const {
    const auto& actors = doc_.actors.actors;
    for (size_t i = actors.size(); i-- > 0;)
      if (actors[i].head < before_token && wanted(actors[i])) return static_cast<int32_t>(i);
    return -1;
  }

  // True when the name phrase of actor a (a person's name, before token `before`) holds the title `lemma` among
  // the words before its head: "German Chancellor Olaf Scholz" for "chancellor".
  bool titled(const Actor& a, const std::string& lemma, uint32_t before) const {
    if (tree_.upos(a.head) != Upos::PROPN) return false;
    for (uint32_t t = a.first_token; t < a.head && t < before; ++t)
      if (ascii_lower(tree_.lemma(t)) == lemma) return true;
    return false;
  }

  // "the Russian leader": the head of state or government, by the title before the name.
  static constexpr const char* kLeaderTitles[] = {"president", "premier", "chancellor", "king",     "queen",
                                                  "emir",      "sultan",  "leader",     "ayatollah"};
  bool titled_prime_minister(const Actor& a, uint32_t before) const {
    if (tree_.upos(a.head) != Upos::PROPN) return false;
    for (uint32_t t = a.first_token; t + 1 < a.head && t + 1 < before; ++t)
      if (ascii_lower(tree_.lemma(t)) == "prime" && ascii_lower(tree_.lemma(t + 1)) == "minister") return true;
    return false;
  }

  uint32_t entity_for(const std::string& key) {
    if (key.empty()) return next_entity_++;
    auto [it, inserted] = entities_.try_emplace(key, next_entity_);
    if (inserted) ++next_entity_;
    return it->second;
  }

  void add_actor(uint32_t h, const PhraseCode& code, uint32_t entity) {
    Actor a;
    const auto [first, end] = tree_.phrase_span(h);
    a.first_token = first;
    a.end_token = end;
    a.head = h;
    a.country = code.country;
    a.sector = code.sector;
    a.code = code.country + code.sector;
    a.name = code.name;
    a.entity = entity;
    doc_.actors.actors.push_back(std::move(a));
    is_person_.push_back(code.person);
  }

  // "Mahan" after "Iranian airline Mahan Air", "Amnesty" after "Amnesty International": a one-word name that opens
  // the name of an organisation met earlier (two or more proper nouns in a row) is that organisation. Not a person's
  // first name (people are met again by their surname), and not a word of a name that goes on ("Mahan Air" again
  // is read as itself). -1 when none.
  int32_t first_word_of_earlier(uint32_t h) const {
    const std::string_view word = tree_.text(h);
    if (word.size() < 3) return -1;
    for (uint32_t c : tree_.children(h))  // ("Mahan's permit": the possessive's "'s" is no more name)
      if (!is_one_of(tree_.base_deprel(c), {"case", "punct"})) return -1;
    // (Not a place that opens an organisation's name, "Homs" after "the Homs Media Centre": a word the NER reads as
    // a place here, or a run the NER split into names of their own there.)
    const int32_t here = doc_.entities.at(h);
    if (here >= 0 && doc_.entities.label[here] == EntityLabel::LOC) return -1;
    return find_previous(
        [&](const Actor& a) {
          if (is_person_[&a - doc_.actors.actors.data()]) return false;
          // A run of two or more proper nouns that is the actor's head or hangs on it ("airline [Mahan Air]"), each
          // word hung inside the run or on the head (not a name elsewhere in the phrase: "AU members, Eritrea and
          // ...").
          for (uint32_t f = a.first_token; f < a.end_token; ++f) {
            if (tree_.upos(f) != Upos::PROPN || (f > a.first_token && tree_.upos(f - 1) == Upos::PROPN)) continue;
            uint32_t l = f;
            while (l + 1 < a.end_token && tree_.upos(l + 1) == Upos::PROPN) ++l;
            if (l == f || tree_.text(f) != word) continue;
            if (const int32_t there = doc_.entities.at(f);
                there >= 0 && (doc_.entities.label[there] == EntityLabel::LOC || doc_.entities.end_token[there] <= l))
              continue;
            bool attached = true, on_head = false;
            for (uint32_t k = f; k <= l && attached; ++k) {
              const uint32_t up = tree_.head(k);
              const bool name_of_head = up == a.head && is_one_of(tree_.base_deprel(k), {"appos", "flat"});
              on_head |= k == a.head || name_of_head;
              attached = k == a.head || name_of_head || (up != kNone && up >= f && up <= l);
            }
            if (attached && on_head) return true;
          }
          return false;
        },
        h);
  }

  // "RSF" after "the Rapid Support Forces": an all-capitals word whose letters are the initials of the capitalised
  // words of an actor's phrase met earlier (small words such as "of" and "the" left out). -1 when none.
  int32_t acronym_of_earlier(uint32_t h) const {
    const std::string_view word = tree_.text(h);
    if (word.size() < 2 || word.size() > 6 ||
        !std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
      return -1;
    return find_previous(
        [&](const Actor& a) {
          std::string initials;
          for (uint32_t t = a.first_token; t < a.end_token; ++t) {
            const std::string_view w = tree_.text(t);
            if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z') initials += w[0];
          }
          return initials.size() >= 2 && initials.ends_with(word) &&
                 (initials.size() == word.size() || initials.size() == word.size() + 1);
        },
        h);
  }

  // "the group", "the movement" after an armed group, party or organisation: the one actor of such a sector, no
  // person, named in this sentence or the three before it. -1 when none, or when several such actors are (news
  // about a war names many groups; a wrong one would give events a wrong source).
  int32_t group_met_before(uint32_t h) const {
    if (!definite(h) || plural(h)) return -1;
    if (!is_one_of(ascii_lower(tree_.lemma(h)),
                   {"group", "movement", "organization", "organisation", "faction", "militia", "outfit"}))
      return -1;
    const uint32_t window = doc_.sentences.first_token[sentence_ >= 3 ? sentence_ - 3 : 0];
    int32_t found = -1;
    const auto& actors = doc_.actors.actors;
    for (size_t i = actors.size(); i-- > 0;) {
      const Actor& a = actors[i];
      if (a.head >= h) continue;
      if (a.head < window) break;
      if (is_person_[i] || !is_one_of(a.sector, {"REB", "INS", "UAF", "SEP", "RAD", "OPP", "PTY", "NGO", "HRI", "MOD"}))
        continue;
      if (found >= 0 && actors[found].entity != a.entity) return -1;
      if (found < 0) found = static_cast<int32_t>(i);
    }
    return found;
  }

  // The last word of a name ("Alexander Shumilin" -> "shumilin"), the key for meeting it again.
  std::string surname_key(uint32_t h) const {
    uint32_t last = h;
    for (uint32_t c : tree_.children(h))
      if (tree_.base_deprel(c) == "flat" && c > last) last = c;
    return ascii_lower(tree_.text(last));
  }

  // A possessor: "nmod:poss", or any modifier marked with 's (the parser sometimes makes it an amod).
  bool possessor(uint32_t c) const {
    if (tree_.deprel(c) == "nmod:poss") return true;
    for (uint32_t g : tree_.children(c))
      if (tree_.base_deprel(g) == "case" && is_one_of(tree_.text(g), {"'s", "\xE2\x80\x99s"})) return true;
    return false;
  }

  // The country of a place (a country or a place of one, not a region) that the sentence of token t names, other than
  // `except`; "" when none.
  std::string country_of_a_place_in_sentence(uint32_t t, const std::string& except) const {
    const uint32_t s = sentence_of(t);
    const uint32_t first = doc_.sentences.first_token[s], last = doc_.sentences.end_token[s];
    for (const ActorMention& m : mentions_)
      if (m.first_token >= first && m.first_token < last && m.code != except && names_a_country(m)) return m.code;
    return "";
  }

  // A mention of a country, or of a place of one ("Idlib" -> SYR), whole (not "Assad" in "pro-Assad"); not a
  // region or bloc.
  bool names_a_country(const ActorMention& m) const {
    if ((m.kind != Kind::country && m.kind != Kind::place) || m.code.size() != 3 || m.partial) return false;
    const Country* country = dicts_.countries().by_code(m.code);
    return country && country->kind != Country::Kind::region;
  }

  // "a local official", "local residents": an actor of the place where things happen.
  bool local(uint32_t h) const {
    for (uint32_t c : tree_.children(h))
      if (tree_.base_deprel(c) == "amod" && ascii_lower(tree_.lemma(c)) == "local") return true;
    return false;
  }

  // "the official", "this group", and "the official's claims" (a definite possessor).
  bool definite(uint32_t h, int depth = 0) const {
    return std::any_of(tree_.children(h).begin(), tree_.children(h).end(), [&](uint32_t c) {
      return (tree_.base_deprel(c) == "det" &&
              is_one_of(ascii_lower(tree_.lemma(c)), {"the", "this", "that", "these", "those"})) ||
             (depth == 0 && possessor(c) && definite(c, 1));
    });
  }

  void code_phrase(uint32_t h) {
    const Upos u = sector_noun_read_as_adjective(h) ? Upos::NOUN : tree_.upos(h);
    if (u == Upos::PRON) {
      resolve_pronoun(h);
      return;
    }
    if (u == Upos::NOUN && pair_met_before(h)) return;
    PhraseCode code = read_phrase(h);
    if (code.country.empty() && code.sector.empty() && code.name.empty()) {
      // A name the dictionaries do not know: the same name met earlier, else an acronym of an actor met earlier,
      // else remember it for an apposition.
      int32_t earlier = -1;
      if (u == Upos::PROPN) {
        if (auto it = names_.find(surname_key(h)); it != names_.end())
          earlier = static_cast<int32_t>(it->second);
        else
          earlier = acronym_of_earlier(h);
        if (earlier < 0) earlier = first_word_of_earlier(h);
      } else if (u == Upos::NOUN) {
        earlier = group_met_before(h);
      }
      if (earlier >= 0) {
        const Actor a = doc_.actors.actors[earlier];
        PhraseCode same{a.country, a.sector, a.name, {}, is_person_[earlier], false, false, {}, {}};
        add_actor(h, same, a.entity);
      } else if (u == Upos::PROPN) {
        pending_names_[h] = surname_key(h);
      }
      return;
    }
    uint32_t entity = entity_for(code.entity_key);
    // "the president of Georgia", "the army of Chad": an office or body of the country its of-phrase names; "the
    // government of President X": of the country the named person serves. Also a titled name the dictionaries do
    // not know: "King Hassan of Morocco", "President Hrawi of Lebanon".
    if (code.country.empty() &&
        ((u == Upos::NOUN && code.head_is_sector) || (u == Upos::PROPN && code.name.empty() && !code.sector.empty())))
      for (uint32_t c : tree_.children(h))
        // "a spokesperson for President X": "for" names whom the office serves, when that is a known person.
        if (tree_.base_deprel(c) == "nmod" && (tree_.case_marker(c) == "of" || tree_.case_marker(c) == "for"))
          if (const ActorMention* m = best_covering(c, false);
              m && ((tree_.case_marker(c) == "of" &&
                     (m->kind == ActorMention::Kind::country || m->kind == ActorMention::Kind::place)) ||
                    (m->kind == ActorMention::Kind::person && !is_international_code(m->code.substr(0, 3)))) &&
              m->code.size() >= 3) {
            code.country = m->code.substr(0, 3);
            break;
          }
    // A definite description without a country is someone met before: "The official", "the regime".
    if (code.country.empty() && u == Upos::NOUN && code.head_is_sector) {
      if (definite(h)) {
        const std::string lemma = ascii_lower(tree_.lemma(h));
        // (The same noun met before is the same one even when nothing gave it a country: "The mayor ... The UN
        // envoy ... The mayor" is not the envoy.)
        int32_t earlier = find_previous([&](const Actor& a) { return ascii_lower(tree_.lemma(a.head)) == lemma; }, h);
        // "German Chancellor X ... the chancellor": the title inside a person's name phrase names its role too
        // (before falling back to anyone of the sector, such as another leader met in between).
        if (earlier < 0 && code.person)
          earlier = find_previous([&](const Actor& a) { return !a.country.empty() && titled(a, lemma, h); }, h);
        // By sector, someone of the same kind: "the government" is no person met before, "the official" no body.
        if (earlier < 0 && !code.sector.empty())
          earlier = find_previous([&](const Actor& a) {
            return a.sector == code.sector && !a.country.empty() &&
                   is_person_[&a - doc_.actors.actors.data()] == code.person;
          }, h);
        if (earlier >= 0) {
          const Actor& a = doc_.actors.actors[earlier];
          code.country = a.country;
          entity = a.entity;
        }
      }
    }
    // A definite description with a country is the person of that country met before under that title: "Russian
    // Foreign Minister Sergei Lavrov ... the Russian minister", "President Vladimir Putin ... the Russian leader".
    if (!code.country.empty() && code.country_from_adjective && code.person && u == Upos::NOUN && code.head_is_sector &&
        code.name.empty() && definite(h) && !plural(h)) {
      const std::string lemma = ascii_lower(tree_.lemma(h));
      const int32_t earlier = find_previous(
          [&](const Actor& a) {
            if (a.country != code.country || !is_person_[&a - doc_.actors.actors.data()]) return false;
            if (lemma != "leader") return titled(a, lemma, h);
            return std::any_of(std::begin(kLeaderTitles), std::end(kLeaderTitles),
                               [&](const char* title) { return titled(a, title, h); }) ||
                   titled_prime_minister(a, h);
          },
          h);
      if (earlier >= 0) {
        entity = doc_.actors.actors[earlier].entity;
        if (code.sector.empty() || code.sector == "GOV") code.sector = doc_.actors.actors[earlier].sector;
        code.name = doc_.actors.actors[earlier].name;
      }
    }
    if (code.country.empty() && code.sector.empty()) return;
    // A country named only by a modifier does not make the phrase an actor ("Russia's initiative", "the Syrian
    // economy"): the country word is the actor, and the event coder looks inside such phrases.
    if (code.sector.empty() && code.name.empty() && code.entity_key.empty() && code.extra.empty() &&
        !code.country_from_adjective) {
      // A person's name whose place modifier gave the country ("Senator from Vermont Bernie Sanders", the parser's
      // "[Vermont Bernie]/compound Sanders") is still a name to resolve, as one the dictionaries do not know.
      if (u == Upos::PROPN && named_person(h) && !names_.count(surname_key(h))) pending_names_[h] = surname_key(h);
      return;
    }
    add_actor(h, code, entity);
    for (size_t i = 0; i < code.extra.size(); ++i) {
      PhraseCode other{code.extra_countries[i], code.sector, {}, {}, code.person, false, false, {}, {}};
      add_actor(code.extra[i], other, entity_for({}));
      Actor& a = doc_.actors.actors.back();
      a.first_token = code.extra[i];
      a.end_token = code.extra[i] + 1;
    }
    if (u == Upos::PROPN && code.person) names_[surname_key(h)] = doc_.actors.actors.size() - 1 - code.extra.size();
  }

  // "Turkey and Greece ... the two countries", "both nations", "the two governments": the two countries last named
  // together (conjoined, within this and the two sentences before) are two actors, one on the noun and one on its
  // "two" or "both" (the event coder reads both as the phrase's sides); "the two ministers", "both leaders": the two
  // people of two countries named last in that window. False when the phrase is no such reference or no pair was
  // named.
  bool pair_met_before(uint32_t h) {
    const std::string lemma = ascii_lower(tree_.lemma(h));
    // (Not "both sides", which in war reports is the warring parties far more often than the pair named last.)
    const bool people = is_one_of(lemma, {"minister", "leader", "president", "counterpart", "diplomat", "envoy"});
    if (!plural(h) || !(people || is_one_of(lemma, {"country", "nation", "government"}))) return false;
    uint32_t marker = kNone;
    for (uint32_t c : tree_.children(h))
      if (c < h && (ascii_lower(tree_.text(c)) == "both" ||
                    (ascii_lower(tree_.text(c)) == "two" && tree_.base_deprel(c) == "nummod" && definite(h))))
        marker = c;
    if (marker == kNone) return false;
    const auto& actors = doc_.actors.actors;
    const uint32_t window = doc_.sentences.first_token[sentence_ >= 2 ? sentence_ - 2 : 0];
    // One actor on the noun, the other on its "two" or "both" (copies: add_actor may move the vector).
    const auto add_pair = [&](PhraseCode on_noun, uint32_t noun_entity, PhraseCode on_marker, uint32_t marker_entity) {
      add_actor(h, on_noun, noun_entity);
      add_actor(marker, on_marker, marker_entity);
      doc_.actors.actors.back().first_token = marker;
      doc_.actors.actors.back().end_token = marker + 1;
    };
    // (Countries for countries, nations and governments; people for people, below.)
    for (size_t i = actors.size(); !people && i-- > 0;) {
      const Actor& second = actors[i];
      if (second.head >= h) continue;
      if (second.head < window) break;
      if (second.country.empty() || tree_.deprel(second.head) != "conj") continue;
      const uint32_t first_head = tree_.head(second.head);
      for (size_t j = 0; j < i; ++j) {
        const Actor& first = actors[j];
        if (first.head != first_head || first.country.empty() || first.country == second.country) continue;
        const std::string sector = lemma == "government" ? "GOV" : std::string();
        add_pair(
            PhraseCode{first.country, sector.empty() ? first.sector : sector, {}, {}, false, false, false, {}, {}},
            first.entity,
            PhraseCode{second.country, sector.empty() ? second.sector : sector, {}, {}, false, false, false, {}, {}},
            second.entity);
        return true;
      }
    }
    // "X met Y on Monday. The two ministers then ...": the two people named last, of two countries.
    if (people) {
      int32_t later = -1;
      for (size_t i = actors.size(); i-- > 0;) {
        if (actors[i].head >= h) continue;
        if (actors[i].head < window) break;
        if (!is_person_[i] || actors[i].country.empty() || is_international_code(actors[i].country)) continue;
        if (later < 0) {
          later = static_cast<int32_t>(i);
          continue;
        }
        if (actors[i].entity == actors[later].entity || actors[i].country == actors[later].country) continue;
        const Actor& a = actors[i];
        const Actor& b = actors[static_cast<size_t>(later)];
        add_pair(PhraseCode{a.country, a.sector, a.name, {}, true, false, false, {}, {}}, a.entity,
                 PhraseCode{b.country, b.sector, b.name, {}, true, false, false, {}, {}}, b.entity);
        return true;
      }
    }
    return false;
  }

  void resolve_pronoun(uint32_t h) {
    const int32_t earlier = antecedent(h);
    if (earlier < 0) return;
    const Actor a = doc_.actors.actors[earlier];
    PhraseCode same{a.country, a.sector, a.name, {}, is_person_[earlier], false, false, {}, {}};
    add_actor(h, same, a.entity);
    Actor& added = doc_.actors.actors.back();
    added.first_token = h;
    added.end_token = h + 1;
  }

  bool plural(uint32_t t) const {
    if (doc_.syntax.xpos_names && t < doc_.syntax.xpos.size() && doc_.syntax.xpos_name(t) != "_")
      return is_one_of(doc_.syntax.xpos_name(t), {"NNS", "NNPS"});
    // Untagged input: a noun whose form is its lemma plus -s, or with -ies for -y ("countries").
    const std::string_view form = tree_.text(t), lemma = tree_.lemma(t);
    const bool ies = lemma.ends_with("y") && form.size() == lemma.size() + 2 && form.ends_with("ies") &&
                     form.starts_with(lemma.substr(0, lemma.size() - 1));
    return tree_.upos(t) == Upos::NOUN &&
           ((form.size() == lemma.size() + 1 && form.starts_with(lemma) && form.ends_with("s")) || ies);
  }

  // The actor a pronoun stands for: the latest person for he/she, the latest group for they, the latest country
  // or organisation for it; only within the last two sentences. -1 when none.
  int32_t antecedent(uint32_t h) const {
    const std::string p = ascii_lower(tree_.text(h));
    int32_t earlier = -1;
    std::function<bool(const Actor&)> fits;
    if (is_one_of(p, {"he", "him", "his", "she", "her", "hers", "himself", "herself"})) {
      // One person: not "Lawmakers" ("Lawmakers threatened to impeach him").
      fits = [&](const Actor& a) { return is_person_[&a - doc_.actors.actors.data()] && !plural(a.head); };
    } else if (is_one_of(p, {"they", "them", "their", "theirs", "themselves"})) {
      // A group, or several people as a subject ("Palestinian leaders said they would ...").
      fits = [&](const Actor& a) {
        return !is_person_[&a - doc_.actors.actors.data()] || (plural(a.head) && tree_.base_deprel(a.head) == "nsubj");
      };
    } else if (is_one_of(p, {"it", "its", "itself"})) {
      fits = [&](const Actor& a) { return !is_person_[&a - doc_.actors.actors.data()]; };
    }
    if (!fits) return -1;
    // "Putin met him": an object is not its own clause's subject ("himself" would be).
    // (By entity: "Kenyatta thanked Putin. Putin praised him" is not the first Putin either.)
    std::vector<uint32_t> bound;
    if (is_one_of(p, {"him", "her", "them"}))
      for (uint32_t subject : clause_subjects(h))
        if (const int32_t a = find_previous([&](const Actor& x) { return x.head == subject; }, h); a >= 0)
          bound.push_back(doc_.actors.actors[a].entity);
    const auto unbound = [&](const Actor& a) { return std::find(bound.begin(), bound.end(), a.entity) == bound.end(); };
    if (p != "them" && !bound.empty())
      fits = [&, fits_any = fits](const Actor& a) { return fits_any(a) && unbound(a); };
    // "The army, which has fought the group for years, said it killed 20 militants": the subject of what a speaker
    // says is the speaker when the pronoun fits it, whoever was named in between.
    earlier = speaker_of_content(h, fits);
    if (earlier < 0) earlier = find_previous(fits, h);
    // "Police arrested nine people ... Officials said an officer questioned them. The police later arrested them.
    // They were taken into custody": "them" as what an act is done to is the people an earlier act was last done
    // to, rather than people who acted or spoke ("a constable" too), the act's own subject, or nobody; so is "they" as
    // a passive's subject when those people were named in this sentence or the one before. (Not rather than a body: as
    // an object "them" mostly stands for things no actor names, "released them", and the body it then falls on is
    // mostly the act's subject, dropped as its own target.)
    const auto patient = [&](uint32_t t) { return is_one_of(tree_.deprel(t), {"obj", "iobj", "nsubj:pass"}); };
    const auto within = [&](int32_t a, uint32_t sentences) {
      return sentence_of(h) <= sentence_of(doc_.actors.actors[a].head) + sentences;
    };
    const bool passive_subject = tree_.deprel(h) == "nsubj:pass";
    if (is_one_of(p, {"they", "them"}) && patient(h) &&
        (passive_subject || earlier < 0 || !within(earlier, 2) || !unbound(doc_.actors.actors[earlier]) ||
         is_person_[earlier] || one_of_a_group(doc_.actors.actors[earlier].head))) {
      const int32_t people = find_previous(
          [&](const Actor& a) {
            return unbound(a) && is_person_[&a - doc_.actors.actors.data()] && patient(a.head) &&
                   (plural(a.head) || is_one_of(ascii_lower(tree_.text(a.head)), {"they", "them"}));
          },
          h);
      if (people >= 0 && within(people, passive_subject ? 1 : 2)) earlier = people;
    }
    if (earlier < 0) return -1;
    // Only within the last few sentences: a pronoun does not reach back across the article.
    if (sentence_of(h) > sentence_of(doc_.actors.actors[earlier].head) + 2) return -1;
    return earlier;
  }

  // "a police constable", "a soldier": a group's word with "a" names one person.
  bool one_of_a_group(uint32_t h) const {
    const uint32_t det = tree_.child(h, "det");
    return tree_.upos(h) == Upos::NOUN && !plural(h) && det != kNone &&
           is_one_of(ascii_lower(tree_.text(det)), {"a", "an"});
  }

  // The subject, with its conjuncts, of the clause whose object or oblique the pronoun h is ("X detained protesters
  // and beat them": a conjoined verb shares the first one's subject); empty for other pronouns.
  std::vector<uint32_t> clause_subjects(uint32_t h) const {
    if (!is_one_of(tree_.base_deprel(h), {"obj", "iobj", "obl"}) || tree_.head(h) == kNone) return {};
    const uint32_t verb = tree_.head(h);
    uint32_t subject = tree_.child(verb, "nsubj");
    if (subject == kNone && tree_.deprel(verb) == "conj" && tree_.head(verb) != kNone)
      subject = tree_.child(tree_.head(verb), "nsubj");
    if (subject == kNone) return {};
    return tree_.with_conjuncts(subject);
  }

  // For a pronoun h that is the subject of a clause reported by a verb of saying ("X said it would ..."), the actor
  // that is the saying's subject, when `fits` accepts it; else -1.
  int32_t speaker_of_content(uint32_t h, const std::function<bool(const Actor&)>& fits) const {
    if (tree_.base_deprel(h) != "nsubj") return -1;
    const uint32_t content = tree_.head(h);
    if (content == kNone || tree_.deprel(content) != "ccomp") return -1;
    const uint32_t say = tree_.head(content);
    if (say == kNone || !is_one_of(ascii_lower(tree_.lemma(say)), {"say", "announce", "state", "claim", "insist",
                                                                       "confirm", "declare", "add", "warn", "vow",
                                                                       "pledge", "promise", "deny", "admit"}))
      return -1;
    uint32_t speaker = tree_.child(say, "nsubj");
    // "X praised Y and said she would back him": a verb of saying coordinated with an earlier verb shares its subject.
    if (speaker == kNone && tree_.deprel(say) == "conj" && tree_.head(say) != kNone && tree_.head(say) < say)
      speaker = tree_.child(tree_.head(say), "nsubj");
    if (speaker == kNone || speaker > h) return -1;
    const int32_t a = find_previous([&](const Actor& x) { return x.head == speaker; }, h);
    return a >= 0 && fits(doc_.actors.actors[a]) ? a : -1;
  }

  // A token inside a name the NER tags as a person.
  bool named_person(uint32_t t) const {
    const int32_t e = doc_.entities.at(t);
    return e >= 0 && doc_.entities.label[e] == EntityLabel::PER;
  }

  uint32_t sentence_of(uint32_t t) const {
    const auto& firsts = doc_.sentences.first_token;
    return static_cast<uint32_t>(std::upper_bound(firsts.begin(), firsts.end(), t) - firsts.begin()) - 1;
  }

  // "The judge sentenced Manafort", "police arrested Jane Roe": a person the dictionaries and the text give no role
  // is a private person, CAMEO's civilian (CVL), of the country the article is about (apply_home_country). Only
  // names the NER tags as persons; the event coder takes such a person as a target, never as a source
  // (private_person), as an analyst codes only political actors' acts.
  void add_private_person(uint32_t name_head, const std::string& key) {
    const int32_t entity = doc_.entities.at(name_head);
    const bool person = entity >= 0 && doc_.entities.label[entity] == EntityLabel::PER;
    const bool organization = entity >= 0 && doc_.entities.label[entity] == EntityLabel::ORG;
    // An organization the NER finds and the dictionaries do not know is taken for a company (BUS) of the
    // article's country, a target only, as a private person is ("opened an investigation into Ford").
    if (organization && !person) {
      // Only where an act reaches it: an object, a passive subject, or what an investigation, a case or a
      // sanction is "into" or "against" ("proposed a bill in the House" is no company of the House).
      const std::string_view rel = tree_.base_deprel(name_head);
      const bool reached = is_one_of(tree_.deprel(name_head), {"obj", "iobj", "nsubj:pass"}) ||
                           ((rel == "nmod" || rel == "obl") &&
                            is_one_of(ascii_lower(tree_.case_marker(name_head)), {"into", "against"}));
      if (!reached) return;
      PhraseCode company{std::string(), "BUS", std::string(), {}, false, false, false, {}, {}};
      add_actor(name_head, company, entity_for({}));
      names_[key] = doc_.actors.actors.size() - 1;
      return;
    }
    if (!person) return;
    // A name under a title or with a description the actor stage coded ("Governor/nmod:desc X", "X of the army")
    // is that actor (the event coder reads the phrase's actors), not a private person.
    // Its surname met again is that actor ("former mayor Tom X ... a jury convicted X").
    const auto& actors = doc_.actors.actors;
    for (size_t i = 0; i < actors.size(); ++i)
      if (tree_.head(actors[i].head) == name_head) {
        if (tree_.deprel(actors[i].head) == "nmod:desc") names_.try_emplace(key, i);
        return;
      }
    // The parser's "Senator/nsubj from Vermont Bernie Sanders/nmod": a name hung on a title is the titled person.
    if (const uint32_t up = tree_.head(name_head); up != kNone && up < name_head && tree_.upos(up) == Upos::PROPN)
      for (size_t i = 0; i < actors.size(); ++i)
        if (actors[i].head == up && is_person_[i] && actors[i].name.empty()) {
          names_.try_emplace(key, i);
          return;
        }
    PhraseCode code{std::string(), "CVL", std::string(), {}, true, false, false, {}, {}};
    // Met first as the one a court convicts, sentences or jails, or a president pardons: a convict (CRM), as
    // analysts code convicted private persons.
    if (const uint32_t v = tree_.head(name_head);
        v != kNone && tree_.upos(v) == Upos::VERB && is_one_of(tree_.deprel(name_head), {"obj", "nsubj:pass", "iobj"})) {
      bool convict = is_one_of(ascii_lower(tree_.lemma(v)), {"convict", "sentence", "jail", "imprison", "pardon",
                                                             "commute", "execute"});
      for (uint32_t ch : tree_.children(v))
        convict |= is_one_of(tree_.deprel(ch), {"obj", "xcomp"}) &&
                   is_one_of(ascii_lower(tree_.lemma(ch)), {"pardon", "clemency", "commutation", "sentence"});
      if (convict) code.sector = "CRM";
    }
    // "Prime Minister X's offer", with the title the parser hung elsewhere: a capitalized title of a person right
    // before the name ("Minister", "Governor") gives the name its sector, and a country word just before the title
    // its country ("Ukrainian President X").
    if (name_head > 0 && sentence_of(name_head - 1) == sentence_of(name_head) &&
        tree_.text(name_head - 1).front() >= 'A' && tree_.text(name_head - 1).front() <= 'Z')
      for (uint32_t m : covering_[name_head - 1]) {
        const ActorMention& title = mentions_[m];
        if (title.kind != Kind::sector || title.end_token != name_head) continue;
        const SectorTerm& term = dicts_.sectors().terms()[title.entry];
        if (term.rank != 1) continue;
        code.sector = term.sector;
        const uint32_t first = title.first_token;
        for (uint32_t t = first; t-- > 0 && t + 2 >= first && sentence_of(t) == sentence_of(first);)
          if (const ActorMention* c = best_covering(t, false);
              c && (c->kind == Kind::country || c->kind == Kind::adjective) && c->code.size() >= 3) {
            code.country = c->code.substr(0, 3);
            break;
          }
        break;
      }
    // A plain private person is coded only where an act can reach them, as the object of a verb (or its passive
    // subject): "police arrested Jane Roe". Met first as a subject or on their own ("Jane Roe, 34, said ..."), a
    // person with no role is no political actor (as in NGEC's actor tests: an unknown name is no actor).
    if (code.sector == "CVL" && !is_one_of(tree_.deprel(name_head), {"obj", "iobj", "nsubj:pass"})) return;
    add_actor(name_head, code, entity_for({}));
    names_[key] = doc_.actors.actors.size() - 1;
  }

  // "Alexander Shumilin, a former Russian diplomat": the apposition codes the name; "his brother, the
  // tycoon X": the name takes the apposition's sector and the phrase's country.
  void apply_appositions(size_t first_actor) {
    auto& actors = doc_.actors.actors;
    auto actor_at = [&](uint32_t t) -> int32_t {
      for (size_t i = first_actor; i < actors.size(); ++i)
        if (actors[i].head == t) return static_cast<int32_t>(i);
      return -1;
    };
    for (size_t i = first_actor; i < actors.size(); ++i) {
      for (uint32_t c : tree_.children(actors[i].head)) {
        if (tree_.deprel(c) != "appos") continue;
        const int32_t j = actor_at(c);
        if (j >= 0) {
          // Both coded: fill what one lacks from the other, and make them one actor.
          Actor& a = actors[i];
          Actor& b = actors[j];
          if (a.country.empty()) a.country = b.country;
          if (b.country.empty()) b.country = a.country;
          if (a.name.empty() || a.sector.empty() || a.sector == "ELI") {
            if (!b.sector.empty()) a.sector = b.sector;
          }
          a.code = a.country + a.sector;
          b.code = b.country + b.sector;
          b.entity = a.entity;
        }
      }
    }
    // "President Reagan": a title the parser hung on the name as a description (nmod:desc) is the named person,
    // coded as the name (a president out of office on the story date is ELI, whatever the title says).
    for (size_t i = first_actor; i < actors.size(); ++i) {
      if (tree_.deprel(actors[i].head) != "nmod:desc" || !actors[i].name.empty()) continue;
      const int32_t j = actor_at(tree_.head(actors[i].head));
      if (j < 0 || actors[j].country.empty()) continue;
      Actor& title = actors[i];
      const Actor& name = actors[j];
      title.country = name.country;
      title.sector = name.sector;
      title.code = name.code;
      title.name = name.name;
      title.entity = name.entity;
    }
    // The title's phrase as written runs on through the name it is hung on: "Senator Maria Lopez", not "Senator".
    for (size_t i = first_actor; i < actors.size(); ++i) {
      const uint32_t title = actors[i].head, name = tree_.head(title);
      if (tree_.deprel(title) != "nmod:desc" || !is_person_[i] || actors[i].sector.empty() ||
          name == SyntaxTree::kNone || name <= title || actors[i].end_token > name)
        continue;
      uint32_t end = name + 1;
      for (uint32_t c : tree_.children(name))
        if (tree_.base_deprel(c) == "flat" && c == end) ++end;
      bool names_only = true;
      for (uint32_t t = actors[i].end_token; t < end; ++t) names_only = names_only && tree_.upos(t) == Upos::PROPN;
      if (names_only) actors[i].end_token = end;
    }
    // A name the dictionaries did not know, renamed by a coded apposition (either way round).
    for (const auto& [name_head, key] : pending_names_) {
      int32_t source = -1;
      for (uint32_t c : tree_.children(name_head))
        if (tree_.deprel(c) == "appos") source = actor_at(c);
      if (source < 0 && tree_.deprel(name_head) == "appos") source = actor_at(tree_.head(name_head));
      // A member of a body, another entity than the body:
      // - "Sharif X, of the provincial council", "Y of the army's command": the body its of-phrase names (an unnamed
      //   body with a sector, not a bare place);
      // - "X Y, director of news for AFP", "X Y, an analyst with the Z Institute": the organisation the role's for /
      //   at / with / of phrase names (not a person), also when the parser hung that phrase on the name itself.
      struct Body {
        uint32_t phrase;
        bool unnamed_only;
      };
      std::vector<Body> bodies;
      for (uint32_t c : tree_.children(name_head))
        if (tree_.base_deprel(c) == "nmod" && ascii_lower(tree_.case_marker(c)) == "of") bodies.push_back({c, true});
      for (uint32_t c : tree_.children(name_head)) {
        if (tree_.base_deprel(c) == "nmod" && ascii_lower(tree_.case_marker(c)) != "of") bodies.push_back({c, false});
        if (tree_.deprel(c) == "appos" && c > name_head)
          for (uint32_t cc : tree_.children(c))
            if (tree_.base_deprel(cc) == "nmod") bodies.push_back({cc, false});
      }
      bool member = false;
      for (const Body& b : bodies) {
        if (source >= 0) break;
        if (!is_one_of(ascii_lower(tree_.case_marker(b.phrase)), {"of", "for", "at", "with"})) continue;
        if (const int32_t j = actor_at(b.phrase);
            j >= 0 && !actors[j].sector.empty() && (b.unnamed_only ? actors[j].name.empty() : !is_person_[j])) {
          source = j;
          member = true;
        }
      }
      if (source < 0) {
        add_private_person(name_head, key);
        continue;
      }
      const Actor a = actors[source];
      PhraseCode code{a.country, a.sector, std::string(), {}, true, false, false, {}, {}};
      add_actor(name_head, code, member ? entity_for({}) : a.entity);
      names_[key] = actors.size() - 1;
    }
    pending_names_.clear();
  }

  // The phrases that may name where an actor is or comes from: "in / inside / from X", and also "near / outside /
  // across / around / at / throughout X"; one level further when such a phrase is no place itself but has one
  // ("outside the parliament in Baghdad", "at a checkpoint in Kandahar", "of the province of Idlib").
  std::vector<uint32_t> places_around(uint32_t h) const {
    std::vector<uint32_t> out;
    for (uint32_t c : tree_.children(h)) {
      if (tree_.base_deprel(c) != "nmod") continue;
      const std::string prep = ascii_lower(tree_.case_marker(c));
      const bool where = is_one_of(prep, {"in", "inside", "from", "near", "outside", "across", "around", "at",
                                          "throughout", "within"});
      if (where) out.push_back(c);
      if (!where && prep != "of") continue;
      for (uint32_t cc : tree_.children(c))
        if (tree_.base_deprel(cc) == "nmod" && is_one_of(ascii_lower(tree_.case_marker(cc)), {"in", "of"}) &&
            tree_.upos(c) == Upos::NOUN)
          out.push_back(cc);
    }
    return out;
  }

  // "Opposition groups in Zimbabwe", "rebels in the Ivory Coast", "demonstrators in Baghdad", "refugees from
  // Liberia": an actor that has a sector but no country takes the country of the place it is said to be in or come
  // from (CAMEO codes domestic actors by their country). Only places that are countries or their capitals/seats
  // (no sector other than GOV), never international bodies.
  void apply_locations(size_t first_actor) {
    auto& actors = doc_.actors.actors;
    const size_t end = actors.size();
    for (size_t i = first_actor; i < end; ++i) {
      if (!actors[i].country.empty() || actors[i].sector.empty() || !actors[i].name.empty()) continue;
      for (uint32_t c : places_around(actors[i].head)) {
        const std::string prep = ascii_lower(tree_.case_marker(c));
        for (size_t j = first_actor; j < end; ++j) {
          const Actor& place = actors[j];
          // An international body is no place to be in, but one to come from ("observers from the OSCE").
          if (place.head != c || place.country.empty() ||
              (is_international_code(place.country) ? prep != "from"
                                                    : !(place.sector.empty() || place.sector == "GOV")))
            continue;
          set_country(actors[i], place.country);
          break;
        }
        // "rebels in Rakhine", "refugees from Darfur": a region or city of a country (places.tsv).
        if (const ActorMention* m = best_covering(c, false);
            actors[i].country.empty() && m && m->kind == Kind::place) {
          set_country(actors[i], m->code);
        }
        if (!actors[i].country.empty()) break;
      }
    }
    // "EU foreign ministers", "UN peacekeepers": a country-less sector phrase right after an actor whose phrase the
    // parser split off from it (both heads are nouns, nothing between) belongs to that actor's country or body.
    for (size_t i = first_actor; i < end; ++i) {
      if (!actors[i].country.empty() || actors[i].sector.empty() || !actors[i].name.empty()) continue;
      for (size_t j = first_actor; j < end; ++j) {
        const Actor& before = actors[j];
        if (j == i || before.country.empty() || before.head + 1 != actors[i].first_token ||
            tree_.head(before.head) == actors[i].head ||
            (tree_.upos(before.head) != Upos::PROPN && tree_.upos(before.head) != Upos::NOUN) || is_date_word(before.head))
          continue;
        set_country(actors[i], before.country);
        break;
      }
    }
    // "ethnic Albanians in Serbia", "ethnic Kurds of Iraq": people named by their ethnicity are coded by the country
    // they live in (CAMEO codes domestic groups by their country). Only with "ethnic": "Americans in Iraq" are
    // foreigners there. "Of" says they belong there, with or without "ethnic" ("the Kurds of Iraq").
    for (size_t i = first_actor; i < end; ++i) {
      Actor& people = actors[i];
      if (people.country.empty() || !people.name.empty() || !(people.sector.empty() || people.sector == "CVL") ||
          tree_.upos(people.head) == Upos::ADJ || !plural(people.head))
        continue;
      bool ethnic = false;
      for (uint32_t c : tree_.children(people.head))
        if (ascii_lower(tree_.lemma(c)) == "ethnic") ethnic = true;
      for (uint32_t c : tree_.children(people.head)) {
        const std::string prep = ascii_lower(tree_.case_marker(c));
        if (tree_.base_deprel(c) != "nmod" || !(ethnic && (prep == "in" || prep == "of"))) continue;
        for (size_t j = first_actor; j < end; ++j) {
          const Actor& place = actors[j];
          if (place.head != c || place.country.empty() || !place.sector.empty() ||
              is_international_code(place.country) || place.country == people.country)
            continue;
          set_country(people, place.country);
          break;
        }
      }
    }
    // "Egyptian police dispersed demonstrators", "the government accused rebels": when the sentence names one
    // country only, its country-less actors (sector words, not names) are of that country. Not definite ones
    // ("the official"): they point back to someone met before, whose country the sentence need not name.
    std::string only;
    for (size_t j = first_actor; j < end; ++j) {
      const std::string& c = actors[j].country;
      if (c.empty() || is_international_code(c)) continue;
      const Country* country = dicts_.countries().by_code(c);
      if (!country || country->kind == Country::Kind::region) return;  // a region or bloc: no single country
      if (!only.empty() && only != c) return;
      only = c;
    }
    if (only.empty()) return;
    // "Russian warplanes killed 18 people": when that one country is only its armed forces', the people, fighters or
    // opposition they act on are its own only in a story about that country; apply_home_country gives them the
    // story's country when the article names another one more (an air war abroad).
    const bool only_forces = std::all_of(actors.begin() + static_cast<std::ptrdiff_t>(first_actor),
                                         actors.begin() + static_cast<std::ptrdiff_t>(end),
                                         [&](const Actor& a) { return a.country != only || a.sector == "MIL"; });
    for (size_t i = first_actor; i < end; ++i) {
      if (!actors[i].country.empty() || actors[i].sector.empty() || !actors[i].name.empty()) continue;
      if (definite(actors[i].head)) continue;
      // Someone met in an earlier sentence (a surname, a pronoun) keeps the country found for them there
      // (apply_home_country), not this sentence's.
      if (std::any_of(actors.begin(), actors.begin() + static_cast<std::ptrdiff_t>(first_actor),
                      [&](const Actor& a) { return a.entity == actors[i].entity; }))
        continue;
      // "Russian jets struck a market in Idlib, a local official said": a local actor is of the place where foreign
      // forces act (a place of another country named in the sentence), not of the forces' country; with no such
      // place, of the story's country when the article names another one more (apply_home_country).
      if (only_forces && local(actors[i].head)) {
        if (const std::string place = country_of_a_place_in_sentence(actors[i].head, only); !place.empty()) {
          set_country(actors[i], place);
          continue;
        }
        from_foreign_forces_.insert(i);
      }
      set_country(actors[i], only);
      if (only_forces && !is_one_of(actors[i].sector, {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}))
        from_foreign_forces_.insert(i);
    }
  }

  // "the Defence Secretary", "Regional Governor X", "the army", and "he" standing for them: an official or body the
  // dictionaries know only by its sector, in a sentence that names no two countries, is of the country the article's
  // earlier sentences named most often (ties: the latest named), as an analyst reads a domestic story. Countries only
  // (no international bodies or regions). Inside one sentence the other side of an event is often another country,
  // so the sentence's own countries are left to apply_locations.
  void apply_home_country() {
    auto& actors = doc_.actors.actors;
    // (A news outlet's country says where the outlet is, not what the story is about: "an AFP correspondent in
    // Aleppo" makes no French story.)
    const auto domestic = [&](const Actor& a) {
      if (a.country.empty() || is_international_code(a.country) || a.sector == "MED") return false;
      const Country* country = dicts_.countries().by_code(a.country);
      return country && country->kind != Country::Kind::region;
    };
    // Actors by sentence, in text order.
    std::vector<std::vector<size_t>> by_sentence(doc_.sentences.size());
    for (size_t i = 0; i < actors.size(); ++i) by_sentence[sentence_of(actors[i].head)].push_back(i);
    // Countries and places named where no actor is ("a fire at an airport in Norway", "strikes in Idlib"): where the
    // story happens, counted as the actors' countries are. (code, first token) by sentence.
    std::vector<std::vector<std::pair<std::string, uint32_t>>> places(doc_.sentences.size());
    std::vector<bool> actor_head(doc_.tokens.size());
    for (const Actor& a : actors)
      if (a.head < actor_head.size()) actor_head[a.head] = true;
    for (const ActorMention& m : mentions_) {
      if (!names_a_country(m)) continue;
      const uint32_t end = std::min<uint32_t>(m.end_token, static_cast<uint32_t>(actor_head.size()));
      if (m.first_token < end &&
          std::any_of(actor_head.begin() + m.first_token, actor_head.begin() + end, [](bool b) { return b; }))
        continue;
      places[sentence_of(m.first_token)].emplace_back(m.code, m.first_token);
    }
    std::unordered_map<std::string, std::pair<int, uint32_t>> named;  // country -> (mentions, latest head)
    std::unordered_map<uint32_t, std::string> entity_country;  // an actor met again keeps its country
    std::string home = dateline_country_;
    std::pair<int, uint32_t> best{0, 0};
    if (!home.empty()) best = named[home] = {1, 0};
    for (uint32_t s = 0; s < by_sentence.size(); ++s) {
      const std::vector<size_t>& sentence = by_sentence[s];
      std::string one;
      bool several = false;
      for (size_t i : sentence)
        if (domestic(actors[i])) {
          if (!one.empty() && one != actors[i].country) several = true;
          one = actors[i].country;
        }
      for (size_t i : sentence) {
        // The country the sentence gave only because another country's forces act there yields to the story's.
        if (from_foreign_forces_.count(i) && !home.empty() && home != actors[i].country) {
          set_country(actors[i], home);
          continue;
        }
        if (!actors[i].country.empty() || actors[i].sector.empty()) continue;
        const auto met = entity_country.find(actors[i].entity);
        // Before the article has a home country (its first sentences), a definite description that met no one
        // before ("Serbian opposition leaders called on the government", "Colombian police arrested the rebels")
        // is of the one country its sentence names; apply_locations leaves definite ones to this function.
        // Institutions and organised sides only: "the civilians", "the protesters" are no one country's by default,
        // nor a legislature ("proposed to the Senate and House": the chamber addressed, coded without a target).
        const bool institution = is_one_of(actors[i].sector, {"GOV", "JUD", "ELI", "OPP", "PTY", "REB", "INS",
                                                              "MIL", "COP", "SPY"});
        const std::string& fallback = home.empty() && institution && definite(actors[i].head) ? one : home;
        const std::string& country =
            met != entity_country.end() ? met->second : (several ? std::string() : fallback);
        if (country.empty()) continue;
        set_country(actors[i], country);
      }
      for (size_t i : sentence)
        if (!actors[i].country.empty()) entity_country.try_emplace(actors[i].entity, actors[i].country);
      const auto count = [&](const std::string& country, uint32_t at) {
        auto& [n, latest] = named[country];
        ++n;
        latest = at;
        if (std::make_pair(n, latest) > best) {
          best = {n, latest};
          home = country;
        }
      };
      for (size_t i : sentence)
        if (domestic(actors[i])) count(actors[i].country, actors[i].head);
      for (const auto& [country, at] : places[s]) count(country, at);
    }
  }

  const ActorDictionaries& dicts_;
  Document& doc_;
  SyntaxTree tree_;
  std::vector<ActorMention> mentions_;
  std::vector<std::vector<uint32_t>> covering_;  // token -> mentions covering it
  // Actors given their sentence's one country when that country was only its armed forces' (apply_locations).
  std::unordered_set<size_t> from_foreign_forces_;
  std::unordered_map<std::string, uint32_t> entities_;
  uint32_t next_entity_ = 0;
  uint32_t sentence_ = 0;         // the sentence run() is coding
  std::string dateline_country_;  // the country of the dateline's capital ("KYIV, March 14 (AP) --" -> UKR)
  std::vector<bool> is_person_;                           // parallel to doc_.actors.actors
  std::unordered_map<std::string, size_t> names_;         // surname -> actor index
  std::unordered_map<uint32_t, std::string> pending_names_;  // unknown names in this sentence
};

}  // namespace

ActorResolver::ActorResolver(std::shared_ptr<const ActorDictionaries> dictionaries)
    : dictionaries_(std::move(dictionaries)) {}

void ActorResolver::annotate(Document& doc) const {
  doc.actors.actors.clear();
  if (!doc.syntax.has_parse() || !doc.syntax.has_tags() || !doc.syntax.has_lemmas()) return;
  ArticleResolver resolver(*dictionaries_, doc);
  resolver.run();
  // Actors in text order, so that consumers can scan them with the tokens.
  std::vector<size_t> order(doc.actors.actors.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return doc.actors.actors[a].head < doc.actors.actors[b].head;
  });
  std::vector<Actor> sorted;
  sorted.reserve(order.size());
  for (size_t i : order) sorted.push_back(std::move(doc.actors.actors[i]));
  doc.actors.actors = std::move(sorted);
}

}  // namespace dunlin
