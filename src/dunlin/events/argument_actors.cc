// SentenceCoder, argument actors: the actors an argument's phrase names (conjuncts, parts, possessives, modifiers)
// and actors found elsewhere in a clause (addressees, complements, places, purpose clauses).
#include "dunlin/events/sentence_coder.h"

#include <algorithm>

#include "dunlin/actors/country_dictionary.h"
#include "dunlin/text/ascii.h"

namespace dunlin::event_coding {

// The actors a phrase headed by h names: the actor whose head is h, else one inside its span, else one in a
// possessive or modifier ("Russia's initiative"); conjuncts each give their own.
std::vector<int32_t> SentenceCoder::actors_of(uint32_t h) const {
  std::vector<int32_t> out;
  if (h == kNone) return out;
  std::vector<uint32_t> phrases = tree_.with_conjuncts(h);
  // Two subjects of one verb are conjoined subjects the parser did not join ("X and Y offered ...").
  if (tree_.deprel(h) == "nsubj" && tree_.head(h) != kNone)
    for (uint32_t sibling : tree_.children(tree_.head(h)))
      // (Not two nouns side by side, one phrase the parser split: "The Russian defence/nsubj ministry/nsubj".)
      if (sibling != h && tree_.deprel(sibling) == "nsubj" &&
          tree_.phrase_span(std::min(sibling, h)).second < std::max(sibling, h))
        phrases.push_back(sibling);
  // A list of subjects whose first member the parser took for a vocative or a dislocated phrase ("Egypt, Jordan
  // and Saudi Arabia condemned ...": Egypt/vocative): it is one more subject when the subject has conjuncts.
  if (tree_.deprel(h) == "nsubj" && tree_.head(h) != kNone && phrases.size() > 1)
    for (uint32_t sibling : tree_.children(tree_.head(h)))
      if (sibling < h && (tree_.deprel(sibling) == "vocative" || tree_.deprel(sibling) == "dislocated") &&
          sibling + 1 < h && tree_.text(sibling + 1) == ",")
        phrases.push_back(sibling);
  for (uint32_t conj : phrases) {
    const int32_t a = actor_of(conj);
    if (a >= 0 && std::find(out.begin(), out.end(), a) == out.end()) out.push_back(a);
    // "the Russian and Syrian governments": the actor stage gives each conjoined country adjective an actor of its
    // own (headed by the adjective), one more side of the phrase.
    if (a >= 0 && doc_.actors.actors[a].head == conj)
      for (uint32_t modifier : tree_.children(conj))
        // ("the two countries", "both sides": the second of the pair is headed by "two" or "both".)
        if (modifier < conj && is_one_of(tree_.base_deprel(modifier), {"nummod", "det"}))
          if (const int32_t b = actor_headed_by(modifier); b >= 0 && std::find(out.begin(), out.end(), b) == out.end())
            out.push_back(b);
    if (a >= 0 && doc_.actors.actors[a].head == conj)
      for (uint32_t modifier : tree_.children(conj))
        if (modifier < conj && is_one_of(tree_.base_deprel(modifier), {"amod", "compound"}))
          for (uint32_t other : tree_.children(modifier))
            if (tree_.base_deprel(other) == "conj")
              if (const int32_t b = actor_headed_by(other); b >= 0 && std::find(out.begin(), out.end(), b) == out.end())
                out.push_back(b);
  }
  return out;
}

int32_t SentenceCoder::actor_headed_by(uint32_t h) const {
  for (int32_t a : actors_)
    if (doc_.actors.actors[a].head == h) return a;
  return -1;
}

int32_t SentenceCoder::actor_of(uint32_t h) const {
  if (h >= doc_.tokens.size()) return -1;  // kNone: a clause without that argument
  if (const int32_t a = actor_headed_by(h); a >= 0) {
    // The parser's "with Polish/PROPN [Prime Minister Mateusz Morawiecki]/nmod": a bare country word taken for the
    // head of a person's phrase (a dependent with no preposition, of the same country, with a sector) stands for
    // that person.
    const auto& all = doc_.actors.actors;
    if (all[a].sector.empty() && all[a].name.empty() && tree_.upos(h) == Upos::PROPN)
      for (uint32_t ch : tree_.children(h))
        if (ch > h && is_one_of(tree_.base_deprel(ch), {"nmod", "appos", "flat"}) && tree_.case_marker(ch).empty())
          if (const int32_t b = actor_headed_by(ch);
              b >= 0 && all[b].country == all[a].country && !all[b].sector.empty())
            return b;
    return a;
  }
  // A part of something is that something: "a part of Syria's second city", "some of the Turkish troops".
  if (is_one_of(ascii_lower(tree_.lemma(h)), {"part", "parts", "some", "most", "all", "half", "rest", "many",
                                              "section", "portion", "one", "members", "member", "thousand", "thousands",
                                              "hundred", "hundreds", "dozen", "dozens", "ten", "tens", "group",
                                              "majority"}))
    for (uint32_t ch : tree_.children(h))
      if (tree_.base_deprel(ch) == "nmod" && ascii_lower(tree_.case_marker(ch)) == "of") return actor_of(ch);
  // One level down: possessives, modifiers, compounds ("Russia's initiative", "the Syrian regime's forces").
  for (uint32_t ch : tree_.children(h)) {
    const std::string_view rel = tree_.deprel(ch);
    // "nmod:desc": a title before a name ("Judge X", "Minister X") the actor dictionary coded on the title.
    if (rel == "nmod:poss" || rel == "amod" || rel == "compound" || rel == "nmod" || rel == "appos" ||
        rel == "nmod:desc") {
      if (const int32_t a = actor_headed_by(ch); a >= 0) return a;
    }
  }
  // Inside an actor's words (a name's second word): the smallest such actor, so that a relative clause inside
  // a long phrase does not take the phrase's own actor.
  const auto& all = doc_.actors.actors;
  int32_t best = -1;
  for (int32_t a : actors_)
    if (all[a].first_token <= h && h < all[a].end_token &&
        (best < 0 || all[a].end_token - all[a].first_token < all[best].end_token - all[best].first_token))
      best = a;
  if (best >= 0 && tree_.head(h) != kNone && all[best].head != h) {
    // Not when h heads a clause or phrase of its own inside the actor's phrase ("the official who criticized
    // Russia's plan": "plan" is inside "the official ..." but is not the official).
    for (uint32_t up = h; up != kNone && up != all[best].head; up = tree_.head(up))
      if (is_one_of(tree_.base_deprel(up), {"acl", "nmod", "obl", "obj", "ccomp", "advcl"})) return -1;
  }
  return best;
}

// True when the phrase headed by t has the determiner "no".
bool SentenceCoder::has_no(uint32_t t) const {
  if (t == kNone) return false;
  for (uint32_t ch : tree_.children(t))
    if (tree_.base_deprel(ch) == "det" && ascii_lower(tree_.lemma(ch)) == "no") return true;
  return false;
}

// The addressee of an appeal or demand, who is to act: the object ("urged Syria to"), else the phrase with
// "on", "upon" or "to" ("called on Russia to", "appealed to Iran to").
uint32_t SentenceCoder::addressee(uint32_t verb) const {
  if (uint32_t o = tree_.child(verb, "obj"); o != kNone) return o;
  // The parser's "asking [Obama] to help" (but not its "demanded [Friday] that ...").
  if (uint32_t o = tree_.child(verb, "iobj"); o != kNone && actor_of(o) >= 0) return o;
  for (uint32_t ch : tree_.children(verb))
    if (tree_.base_deprel(ch) == "obl" && is_one_of(tree_.case_marker(ch), {"on", "upon", "to"})) return ch;
  // "demanded from X to publish a notice", "requested from X that ...": one asks or demands something from its
  // addressee (an actor; not "demanded from the start").
  if (is_one_of(ascii_lower(tree_.lemma(verb)), {"demand", "request", "ask", "require", "expect"}))
    for (uint32_t ch : tree_.children(verb))
      if (tree_.base_deprel(ch) == "obl" && ascii_lower(tree_.case_marker(ch)) == "from" && actor_of(ch) >= 0)
        return ch;
  return kNone;
}

// The target of a denial: the first actor named after the denying verb who is not on the speaker's side (what
// is denied follows the verb; reading the rest of the sentence is robust to how the parser attached it).
uint32_t SentenceCoder::denied_content_actor(uint32_t p, uint32_t agent) const {
  const auto& all = doc_.actors.actors;
  const int32_t speaker = actor_of(agent);
  const std::string side = speaker >= 0 ? all[speaker].country : std::string();
  for (int32_t a : actors_)
    if (all[a].head > p && !all[a].country.empty() && all[a].country != side) return all[a].head;
  return kNone;
}

bool SentenceCoder::denies_own_act(uint32_t p, uint32_t agent) const {
  const auto& all = doc_.actors.actors;
  const int32_t speaker = actor_of(agent);
  if (speaker < 0) return false;
  for (uint32_t q : tree_.children(p)) {
    const std::string_view rel = tree_.base_deprel(q);
    // (A gerund only with an object of its own: "denied funding for the wall" refuses the funding.)
    const bool clause = rel == "ccomp" || ((rel == "xcomp" || rel == "obj") && tree_.child(q, "obj") != kNone);
    if (!clause || tree_.upos(q) != Upos::VERB) continue;
    const uint32_t doer = clause_of(q).agent;
    if (doer == kNone || doer == agent) return true;  // "denied supplying drones": the denier did it, if anyone
    const int32_t a = actor_of(doer);
    if (a >= 0 &&
        (all[a].entity == all[speaker].entity || (!all[a].country.empty() && all[a].country == all[speaker].country)))
      return true;
  }
  return false;
}

// When the frame names no target: an actor in a phrase of opposition (opposed_actor), else the first actor inside
// the clause's object or prepositional phrases ("blocked any advance in Russia's initiative", "insisting on
// flexibility by Assad"), other than the source.
// The object itself is passed over when it is the source's own side (its country, or none): what a
// mobilization, withdrawal or deployment moves, not whom it is aimed at ("strengthened its forces in Lebanon" ->
// LBN; "mobilized army reservists for a war against Iraq" -> IRQ); it is the target only when nothing else is.
uint32_t SentenceCoder::actor_in_complements(uint32_t p, uint32_t agent) const {
  const auto& all = doc_.actors.actors;
  const int32_t source = actor_of(agent);
  if (uint32_t opposed = opposed_actor(p, source); opposed != kNone) return opposed;
  const uint32_t object = tree_.child(p, "obj");
  uint32_t own_object = kNone;
  for (uint32_t ch : tree_.children(p)) {
    const std::string_view rel = tree_.base_deprel(ch);
    // In a passive the subject is the object ("evidence against Russia was presented by the US").
    if (rel != "obj" && rel != "obl" && rel != "iobj" && tree_.deprel(ch) != "nsubj:pass") continue;
    if (tree_.deprel(ch) == "obl:agent" || tree_.deprel(ch) == "obl:tmod") continue;
    // "shelled the town, according to activists": the source of the report is no one the act is aimed at.
    if (ascii_lower(tree_.case_marker(ch)) == "accord") continue;  // (the lemma of "according")
    const auto [first, end] = tree_.subtree_span(ch);
    // An actor named in a relative clause of the phrase is that clause's ("approved a budget that funds a wall on
    // the border with Mexico" is aimed at no Mexico).
    const auto in_relative_clause = [&](uint32_t t) {
      for (int steps = 0; t != ch && t != kNone && steps < 32; ++steps, t = tree_.head(t))
        if (tree_.deprel(t) == "acl:relcl") return true;
      return false;
    };
    // The seat of an international body named as the place of the act ("talks in Brussels", "a summit in
    // Geneva") is where it happens, not the body it is aimed at: a proper name in a phrase of place coded as an
    // international body. (A capital so named stays the target when nothing else is: the peer suites' coders read
    // "a curfew in Algiers" as aimed at Algeria, "protests in Beijing" at China.)
    const auto place_named = [&](int32_t a) {
      const uint32_t h = all[a].head;
      return tree_.upos(h) == Upos::PROPN && all[a].end_token - all[a].first_token <= 3 &&
             is_one_of(ascii_lower(tree_.case_marker(h)), {"in", "at", "near", "outside", "inside", "to", "toward",
                                                          "towards"}) &&
             is_international_code(all[a].country) && tree_.child(h, "det") == kNone &&
             tree_.child(h, "amod") == kNone;
    };
    for (int32_t a : actors_) {
      if (all[a].head < first || all[a].head >= end) continue;
      if (source >= 0 && all[a].entity == all[source].entity) continue;
      if (in_relative_clause(all[a].head)) continue;
      if (place_named(a)) continue;
      if (ch == object && source >= 0 &&
          (all[a].country.empty() || all[a].country == all[source].country)) {
        if (own_object == kNone) own_object = all[a].head;
        continue;
      }
      return all[a].head;
    }
  }
  return own_object;
}

// A phrase of opposition among the phrases of h names whom an act is aimed at before any other phrase does
// ("blocked streets in Hong Kong in defiance of Chinese authorities" -> CHN, not the place; "marched in protest
// against the army"; "against X"): the first actor in one, other than the source's entity, else kNone.
uint32_t SentenceCoder::opposed_actor(uint32_t h, int32_t source) const {
  const auto& all = doc_.actors.actors;
  for (uint32_t ch : tree_.children(h)) {
    const std::string_view rel = tree_.base_deprel(ch);
    if ((rel != "obl" && rel != "nmod") || tree_.deprel(ch) == "obl:agent") continue;
    const std::string prep = ascii_lower(tree_.case_marker(ch));
    const bool opposing =
        prep == "against" ||
        (prep == "in" && is_one_of(ascii_lower(tree_.lemma(ch)), {"defiance", "protest", "opposition", "retaliation"}));
    if (!opposing) continue;
    const auto [first, end] = tree_.subtree_span(ch);
    for (int32_t a : actors_)
      if (all[a].head >= first && all[a].head < end && (source < 0 || all[a].entity != all[source].entity))
        return all[a].head;
  }
  return kNone;
}

// The first actor whose head lies in the phrase headed by h, other than the source's entity; an actor in a phrase
// of opposition first (opposed_actor).
uint32_t SentenceCoder::actor_in_span(uint32_t h, uint32_t agent) const {
  const auto& all = doc_.actors.actors;
  const int32_t source = actor_of(agent);
  if (uint32_t opposed = opposed_actor(h, source); opposed != kNone) return opposed;
  const auto [first, end] = tree_.subtree_span(h);
  for (int32_t a : actors_) {
    if (all[a].head < first || all[a].head >= end) continue;
    if (source >= 0 && all[a].entity == all[source].entity) continue;
    return all[a].head;
  }
  return kNone;
}

// "Russia deployed [troops]", "the army held [military] drills": the agent is a state (a country, its government or
// its military) and the phrase's actors are all that state's armed forces (or sectorless actors of its country).
// Not "insurgents took military bases": the bases are the army's, not the insurgents'.
bool SentenceCoder::own_forces(uint32_t t, uint32_t agent) const {
  const int32_t source = actor_of(agent);
  const std::vector<int32_t> actors = actors_of(t);
  if (source < 0 || actors.empty()) return false;
  const auto& all = doc_.actors.actors;
  if (!is_one_of(all[source].sector, {"", "GOV", "MIL"})) return false;
  return std::all_of(actors.begin(), actors.end(), [&](int32_t a) {
    return (all[a].country == all[source].country || all[a].country.empty()) &&
           (all[a].sector == "MIL" || all[a].sector.empty());
  });
}

// A target actor with no country ("official contact" read as GOV) whose phrase names an actor with one ("all
// official contact with Egypt"): that actor. Otherwise t itself.
uint32_t SentenceCoder::country_inside(uint32_t t) const {
  const int32_t a = actor_of(t);
  if (a < 0 || !doc_.actors.actors[a].country.empty()) return t;
  for (uint32_t ch : tree_.children(t)) {
    if (tree_.base_deprel(ch) != "nmod" || tree_.deprel(ch) == "nmod:poss") continue;
    const int32_t b = actor_of(ch);
    if (b >= 0 && !doc_.actors.actors[b].country.empty()) return ch;
  }
  return t;
}

// A protest naming no target is aimed at whom its purpose names: the first actor, other than the protesters, in
// an adverbial, infinitive or participle clause of the verb or of its object ("staged a hunger strike to demand
// the resignation of President X", "demonstrated calling for independence from Indonesia").
uint32_t SentenceCoder::protest_aim(uint32_t p, uint32_t object, uint32_t agent) const {
  const auto& all = doc_.actors.actors;
  const int32_t source = actor_of(agent);
  for (uint32_t h : {p, object}) {
    if (h == kNone) continue;
    for (uint32_t ch : tree_.children(h)) {
      const std::string_view rel = tree_.base_deprel(ch);
      if (rel != "advcl" && rel != "xcomp" && rel != "acl") continue;
      if (tree_.upos(ch) != Upos::VERB) continue;
      // A further statement is no purpose: "acknowledged X, blaming the United States" is not aimed at the US.
      if (is_one_of(ascii_lower(tree_.lemma(ch)), {"blame", "accuse", "say", "add", "claim", "insist", "note", "deny",
                                                   "describe", "argue", "stress", "explain", "cite"}))
        continue;
      const auto [first, end] = tree_.subtree_span(ch);
      for (int32_t a : actors_) {
        if (all[a].head < first || all[a].head >= end) continue;
        if (source >= 0 && all[a].entity == all[source].entity) continue;
        return all[a].head;
      }
    }
  }
  return kNone;
}

// The head of the first actor after token t that is not `other` (an actor index), or kNone.
uint32_t SentenceCoder::next_actor_after(uint32_t t, int32_t other) const {
  const auto& all = doc_.actors.actors;
  for (int32_t a : actors_)
    if (all[a].head > t && (other < 0 || all[a].entity != all[other].entity)) return all[a].head;
  return kNone;
}

}  // namespace dunlin::event_coding
