// SentenceCoder, clause structure: the agent of a predicate (subject, by-phrase, control of to-infinitives,
// relative clauses, and the parser's common slips), its object and particle, the negation/modality flags and its
// prepositional phrases. See sentence_coder.h.
#include "dunlin/events/sentence_coder.h"

#include <algorithm>

#include "dunlin/text/ascii.h"
#include "dunlin/time/calendar.h"

namespace dunlin::event_coding {

// `raising`: p governs a to-infinitive whose doer is asked for ("is scheduled to attend").
uint32_t SentenceCoder::agent_of(uint32_t p, int depth, bool raising) const {
  if (depth > 8) return kNone;
  // "The senate passed a bill legalizing abortion", "signed a law to ban X", "signed a bill which bans X", "the council
  // adopted a resolution condemning X": what a
  // law does, its makers do, when it is made law (passed, approved, signed, adopted, enacted, ratified; a bill only
  // introduced does nothing yet). Returns the verb that made it law, else kNone.
  const auto law_maker = [&](uint32_t h) {
    if (h == kNone || tree_.deprel(h) != "obj" || tree_.head(h) == kNone ||
        !is_one_of(ascii_lower(tree_.lemma(h)), {"law", "bill", "legislation", "measure", "decree", "amendment", "act",
                                                 "ordinance", "statute", "resolution", "motion"}) ||
        !is_one_of(ascii_lower(tree_.lemma(tree_.head(h))), {"pass", "approve", "sign", "adopt", "enact", "ratify"}))
      return kNone;
    return tree_.head(h);
  };
  // The parser's "The 176 people/nsubj on board/nsubj:pass were/aux:pass killed": a passive verb's subject is
  // acted upon, whatever the parser labelled it; it is no agent.
  const bool misparsed_passive_subject = tree_.child(p, "aux:pass") != kNone && tree_.child(p, "nsubj:pass") != kNone;
  // "X's offer to resign": the possessor resigns (resignation_offerer).
  if (const uint32_t x = resignation_offerer(p); x != kNone) return x;
  if (uint32_t s = tree_.child(p, "nsubj"); s != kNone && !misparsed_passive_subject) {
    if (tree_.deprel(p) == "acl:relcl" && is_one_of(ascii_lower(tree_.text(s)), {"who", "which", "that"})) {
      if (const uint32_t v = law_maker(tree_.head(p)); v != kNone) return agent_of(v, depth + 1);
      return tree_.head(p);
    }
    // The parser's "Russia, which invaded Ukraine, holds ...": a relative clause hung on the main verb (parataxis,
    // advcl, ...) with "which"/"who" right after a comma: the relative pronoun stands for the noun before the comma.
    if (tree_.deprel(p) != "acl:relcl" && is_one_of(ascii_lower(tree_.text(s)), {"who", "which"}) && s >= first_ + 2 &&
        tree_.text(s - 1) == "," && (tree_.upos(s - 2) == Upos::PROPN || tree_.upos(s - 2) == Upos::NOUN) &&
        actor_of(s - 2) >= 0)
      return s - 2;
    return s;
  }
  // "it is willing to": a pronoun the parser took for an expletive, when it stands for an actor.
  if (uint32_t e = tree_.child(p, "expl"); e != kNone && actor_of(e) >= 0) return e;
  // "A French minister threatened ...": a subject the parser took for a bare noun adverbial (obl:unmarked,
  // obl:npmod) when it names an actor, comes first in the sentence and the verb has no subject.
  for (uint32_t ch : tree_.children(p)) {
    if (ch > p) break;
    if (is_one_of(tree_.deprel(ch), {"obl:unmarked", "obl:npmod"}) && actor_of(ch) >= 0 &&
        tree_.case_marker(ch).empty() && tree_.child(p, "nsubj:pass") == kNone && tree_.child(p, "aux:pass") == kNone &&
        first_word_of_clause(ch))
      return ch;
  }
  // (Only for p itself: a clause under the participle is about its noun, "nationals suspected by X of bombing".)
  if (const uint32_t b = depth == 0 ? reduced_passive_agent(p) : kNone; b != kNone) return b;
  if (const uint32_t s = tree_.child(p, "nsubj:pass"); s != kNone && (parsed_passive_is_active(p) ||
                                                                      adjectival_passive(p)))
    return s;
  if (tree_.child(p, "nsubj:pass") != kNone || tree_.child(p, "aux:pass") != kNone) {
    // "was hit by a rocket fired by X": the weapon's own doer is the agent.
    const auto doer = [&](uint32_t by) {
      const uint32_t user = fired_by(by);
      return user != kNone ? user : by;
    };
    if (uint32_t a = tree_.child(p, "obl:agent"); a != kNone) return doer(a);
    for (uint32_t c : tree_.children(p))
      if (tree_.base_deprel(c) == "obl" && tree_.case_marker(c) == "by") return doer(c);
    if (const uint32_t d = attacker_of_harm(p); d != kNone) return d;
    // "X were taken into the custody of Y", "is held in police custody": whose custody it is holds them.
    for (uint32_t c : tree_.children(p))
      if (tree_.base_deprel(c) == "obl" && is_one_of(ascii_lower(tree_.case_marker(c)), {"into", "in"}) &&
          is_one_of(ascii_lower(tree_.lemma(c)), {"custody", "detention"}))
        for (uint32_t keeper : tree_.children(c))
          if (((tree_.base_deprel(keeper) == "nmod" && ascii_lower(tree_.case_marker(keeper)) == "of") ||
               tree_.base_deprel(keeper) == "compound" || tree_.deprel(keeper) == "nmod:poss") &&
              actor_of(keeper) >= 0)
            return keeper;
    // "Obama is scheduled to attend", "Iran is expected to send": the passive subject does what follows.
    if (raising && tree_.child(p, "nsubj:pass") != kNone) return tree_.child(p, "nsubj:pass");
    // "diplomats were expelled from Germany": with no by-phrase, the country one is expelled, deported or banned
    // from is who expels (a bare country or its government, not any actor in a from-phrase).
    if (is_one_of(ascii_lower(tree_.lemma(p)), {"expel", "deport", "ban", "bar", "banish"}))
      for (uint32_t c : tree_.children(p))
        if (tree_.base_deprel(c) == "obl" && ascii_lower(tree_.case_marker(c)) == "from")
          if (const int32_t a = actor_of(c);
              a >= 0 && !doc_.actors.actors[a].country.empty() &&
              (doc_.actors.actors[a].sector.empty() || doc_.actors.actors[a].sector == "GOV"))
            return c;
    return kNone;
  }
  const uint32_t h = tree_.head(p);
  if (h == kNone) return kNone;
  const std::string_view rel = tree_.deprel(p);
  if (rel == "acl" || (rel == "xcomp" && tree_.upos(h) == Upos::NOUN))
    if (const uint32_t v = law_maker(h); v != kNone) return agent_of(v, depth + 1);
  if (uint32_t s = verb_read_as_adjective(p); s != kNone) return s;
  if (uint32_t s = verb_read_as_modifier(p); s != kNone) return s;
  // No verb at the root: the parser hung the main verb on its subject ("Iran's leader today rejected the
  // proposal": "rejected" an adverbial clause of "leader"). The root noun is the subject.
  // The same through a date word between them ("President X on Thursday shortened the curfew": "shortened"
  // hung on "Thursday", which hangs on the root name).
  uint32_t root_noun = h;
  if (const std::string w = ascii_lower(tree_.text(h));
      (is_one_of(w, {"today", "yesterday"}) || time::is_weekday_name(w)) &&
      tree_.head(h) != kNone)
    root_noun = tree_.head(h);
  if ((rel == "advcl" || (rel == "acl" && (active_participle(p) || first_verb_without_agent(p)))) &&
      tree_.deprel(root_noun) == "root" &&
      (tree_.upos(root_noun) == Upos::NOUN || tree_.upos(root_noun) == Upos::PROPN) && root_noun < p)
    return root_noun;
  // "has been indicted ... and will resign": an active conjunct of a passive verb shares its subject, the
  // passive subject, not the by-phrase.
  if (rel == "conj" && tree_.upos(h) == Upos::VERB && tree_.child(h, "nsubj:pass") != kNone &&
      tree_.child(p, "aux:pass") == kNone && tree_.upos(p) == Upos::VERB &&
      (tree_.child(p, "aux") != kNone || (doc_.syntax.xpos_names && doc_.syntax.xpos_name(p) != "VBN")))
    return tree_.child(h, "nsubj:pass");
  // "Poland accused Russia of attacking X", "thanked Chile for sending aid", "charged the firm with bribing
  // officials": a gerund after of / for / with, hung on a verb with a direct object before it, is done by that
  // object (object control), not by the verb's subject.
  if ((rel == "advcl" || rel == "acl") && tree_.upos(h) == Upos::VERB && ascii_lower(tree_.text(p)).ends_with("ing")) {
    const uint32_t o = tree_.child(h, "obj");
    bool marked = false;
    for (uint32_t ch : tree_.children(p))
      if (ch < p && is_one_of(tree_.base_deprel(ch), {"mark", "case"}) &&
          is_one_of(ascii_lower(tree_.text(ch)), {"of", "for", "with"}))
        marked = true;
    if (marked && o != kNone && o < p) return o;
  }
  if (rel == "conj" || (rel == "advcl" && !infinitive_complement(p))) return agent_of(h, depth + 1);
  if (infinitive_complement(p)) {
    // "urged Syria to withdraw": Syria withdraws; "agreed to meet": the subject meets.
    if (const auto gv = governor_of(p); gv && gv->verb == h && gv->entry.object_acts)
      if (uint32_t o = addressee(h); o != kNone) return o;
    // "allowed the refugees to return", "forced the rebels to retreat": with an object before it, a
    // to-infinitive's doer is the object (object control), whatever the verb.
    if (uint32_t o = object_of(h); o != kNone && o < p && tree_.deprel(p) == "xcomp" && tree_.upos(h) == Upos::VERB)
      return o;
    return agent_of(h, depth + 1, true);
  }
  if (rel == "acl:relcl") return h;
  // "opened fire to disperse the crowd": a purpose clause the parser hung on the object or a phrase of the verb;
  // a thing does not act.
  if (const uint32_t v = verb_of_object_purpose(p); v != kNone) return agent_of(v, depth + 1);
  // A reduced relative clause: "forces fighting in Idlib" (the noun acts), but not "troops deployed in Idlib"
  // (a past participle: the noun is acted upon).
  if (rel == "acl" && doc_.syntax.xpos_names && doc_.syntax.xpos_name(p) != "VBN" && tree_.upos(h) != Upos::VERB)
    return h;
  // A past form the parser hung on its subject as a reduced relative ("officials agreed that ...", "the parliament
  // threatened to ..."): a passive participle takes no object, that-clause or to-infinitive, so with one of them
  // the verb is active and the noun is its subject.
  if (rel == "acl" && tree_.upos(h) != Upos::VERB && active_participle(p)) {
    // The noun it hangs on may itself lie inside a participle phrase of the subject ("British aircraft using
    // guided missiles killed ...": "killed" hung on "missiles"); a noun that is no actor gives way to the root noun
    // that is one, when no finite verb comes between. So does a place named inside the subject's phrase ("Police
    // in a Tunisian town arrested ...": "arrested" hung on "town", coded by its country only): places do not act.
    if (actor_of(h) < 0 || place_in_phrase(h)) {
      uint32_t up = h;
      for (int steps = 0; steps < 6 && up != kNone && tree_.deprel(up) != "root"; ++steps) up = tree_.head(up);
      if (up != kNone && up < h && tree_.deprel(up) == "root" && actor_of(up) >= 0 &&
          (tree_.upos(up) == Upos::NOUN || tree_.upos(up) == Upos::PROPN) && first_verb_without_finite(up, p))
        return up;
    }
    return h;
  }
  return kNone;
}

// "Honcharuk's offer to resign", "the minister's decision to step down": an offer or a decision to resign is coded
// as the resignation (0831, as for "offered to resign"), done by the actor who owns the noun. Only resigning: an
// offer to meet or a decision to send troops stays what the noun is about (hypothetical).
uint32_t SentenceCoder::resignation_offerer(uint32_t p) const {
  const uint32_t n = tree_.head(p);
  if (n == kNone || tree_.base_deprel(p) != "acl" || tree_.upos(n) != Upos::NOUN || to_marker(p) == kNone ||
      !is_one_of(ascii_lower(tree_.lemma(n)), {"offer", "decision"}))
    return kNone;
  const std::string lemma = ascii_lower(tree_.lemma(p));
  const uint32_t prt = tree_.child(p, "compound:prt");
  const std::string particle = prt == kNone ? std::string() : ascii_lower(tree_.text(prt));
  if (!(lemma == "resign" || lemma == "quit" ||
        (is_one_of(lemma, {"step", "stand"}) && is_one_of(particle, {"down", "aside"}))))
    return kNone;
  const uint32_t x = tree_.child(n, "nmod:poss");
  return x != kNone && actor_of(x) >= 0 ? x : kNone;
}

// "a Tunisian town" in "Police in a Tunisian town": a common noun in a prepositional phrase whose actor, if it has
// one, is only a country (no sector, no name), as a place is.
bool SentenceCoder::place_in_phrase(uint32_t h) const {
  if (tree_.upos(h) != Upos::NOUN || tree_.base_deprel(h) != "nmod" ||
      !is_one_of(ascii_lower(tree_.case_marker(h)), {"in", "inside", "from", "near", "at"}))
    return false;
  const int32_t a = actor_headed_by(h);
  return a >= 0 && doc_.actors.actors[a].sector.empty() && doc_.actors.actors[a].name.empty();
}

// A past form the parser read as an adjective of the object, in a sentence whose root is the subject noun
// ("Israeli tanks shelled positions of ...": "shelled" an amod of "positions", "positions" the object of the root
// "tanks"). With no verb at the root the form is the predicate: returns the subject (the root noun), else kNone.
uint32_t SentenceCoder::verb_read_as_adjective(uint32_t p) const {
  if (tree_.deprel(p) != "amod" || tree_.upos(p) != Upos::VERB) return kNone;
  if (doc_.syntax.xpos_names && !is_one_of(doc_.syntax.xpos_name(p), {"VBD", "VBN", "_"})) return kNone;
  const uint32_t object = tree_.head(p);
  if (object == kNone || object < p) return kNone;
  uint32_t subject = kNone;
  // Or a conjunct of the root without a conjunction of its own ("Chilean helicopters and tanks shelled positions":
  // "positions" a third conjunct of "helicopters").
  const bool bare_conjunct = tree_.deprel(object) == "conj" && tree_.child(object, "cc") == kNone;
  if (tree_.deprel(object) == "obj" || bare_conjunct) {
    subject = tree_.head(object);
    if (subject == kNone || tree_.deprel(subject) != "root" || subject > p) return kNone;
    // A conjunct must follow its subject with no verb between (not a list's last item after another verb).
    if (bare_conjunct)
      for (uint32_t t = first_; t < p; ++t)
        if (tree_.upos(t) == Upos::VERB || tree_.upos(t) == Upos::AUX) return kNone;
  } else if (tree_.deprel(object) == "root" && tree_.upos(object) == Upos::NOUN) {
    // The object itself made the root, the subject its nsubj ("The UN reduced food supplies to ...").
    subject = tree_.child(object, "nsubj");
    if (subject == kNone || subject > p) return kNone;
  } else {
    return kNone;
  }
  if (tree_.upos(subject) != Upos::NOUN && tree_.upos(subject) != Upos::PROPN) return kNone;
  // Only determiners, numbers and adjectives between the form and its object ("shelled the old positions").
  for (uint32_t t = p + 1; t < object; ++t)
    if (tree_.head(t) != object || !is_one_of(tree_.base_deprel(t), {"det", "nummod", "amod", "compound"}))
      return kNone;
  return subject;
}

// A past form the parser hung as a modifier on the noun after it, right after an actor's noun phrase at the
// start of its clause ("Palestinian police in Jericho confiscated weapons ...": "confiscated" an amod of
// "weapons"; "Zambia extradited a suspect"): the verb is the clause's predicate, the noun its object. Returns the
// subject (the first actor of the stretch before the verb), else kNone. Not after a hyphen or a possessive
// ("Syrian-backed militias", "Russia's newly appointed envoy") and not when the verb has auxiliaries.
uint32_t SentenceCoder::verb_read_as_modifier(uint32_t p) const {
  if (tree_.upos(p) != Upos::VERB) return kNone;
  const std::string_view rel = tree_.deprel(p);
  const uint32_t object = tree_.head(p);
  if ((rel != "amod" && rel != "acl") || object == kNone || object < p || object >= end_) return kNone;
  if (doc_.syntax.xpos_names && !is_one_of(doc_.syntax.xpos_name(p), {"VBD", "VBN", "_"})) return kNone;
  for (uint32_t ch : tree_.children(p))
    if (is_one_of(tree_.base_deprel(ch), {"aux", "nsubj", "mark"}) || tree_.deprel(ch) == "aux:pass") return kNone;
  // The word before the verb (adverbs skipped) ends a noun phrase.
  uint32_t before = p;
  while (before > first_ && tree_.upos(before - 1) == Upos::ADV) --before;
  if (before == first_) return kNone;
  const Upos last = tree_.upos(before - 1);
  if (last != Upos::NOUN && last != Upos::PROPN) return kNone;
  // The stretch before it, back to the clause's start: nominal words and prepositions only.
  uint32_t start = before - 1;
  while (start > first_) {
    const Upos u = tree_.upos(start - 1);
    if (u == Upos::VERB || u == Upos::AUX || u == Upos::SCONJ || u == Upos::PRON) break;
    if (u == Upos::PUNCT && tree_.text(start - 1) != "-" && tree_.text(start - 1) != ".") break;
    --start;
  }
  for (uint32_t t = start; t < before; ++t) {
    const int32_t a = actor_of(t);
    if (a >= 0 && doc_.actors.actors[a].head == t) return t;
  }
  // "Israel fired rockets at Lebanon" read as one noun phrase ("Israel/compound fired/amod rockets/root"): the actor
  // stage gave the whole phrase the name's country, headed by the object; the name right before the verb, a
  // compound of the object, is still the doer.
  const uint32_t name = before - 1;
  if (tree_.upos(name) == Upos::PROPN && tree_.base_deprel(name) == "compound" && tree_.head(name) == object &&
      tree_.deprel(object) == "root") {
    const int32_t a = actor_of(name);
    if (a >= 0 && doc_.actors.actors[a].head == object && doc_.actors.actors[a].sector.empty()) return name;
  }
  return kNone;
}

// A past participle after the noun it modifies, with a by-phrase and no subject or auxiliary of its own: a reduced
// passive relative clause ("the attack, reportedly conducted by X", "sanctions imposed by the EU"). Returns
// the by-phrase (the doer) when it names an actor itself (not "killed by the X Airlines crash"), else kNone.
uint32_t SentenceCoder::reduced_passive_agent(uint32_t p) const {
  const uint32_t h = tree_.head(p);
  if (tree_.deprel(p) != "acl" || tree_.upos(p) != Upos::VERB || h == kNone || h > p ||
      !(tree_.upos(h) == Upos::NOUN || tree_.upos(h) == Upos::PROPN))
    return kNone;
  if (!doc_.syntax.xpos_names || doc_.syntax.xpos_name(p) != "VBN") return kNone;
  uint32_t by = kNone;
  for (uint32_t ch : tree_.children(p)) {
    if (is_one_of(tree_.base_deprel(ch), {"nsubj", "aux", "mark"}) || tree_.deprel(ch) == "nsubj:pass") return kNone;
    if (by == kNone && (tree_.deprel(ch) == "obl:agent" ||
                        (tree_.base_deprel(ch) == "obl" && ascii_lower(tree_.case_marker(ch)) == "by")))
      by = ch;
  }
  // "people killed in Russian airstrikes": the attack's doer, as "people killed by Russian airstrikes".
  if (by == kNone) return attacker_of_harm(p);
  // A thing named after a country ("the X Airlines crash": a country, no sector, a common noun) does not act.
  for (uint32_t side : tree_.with_conjuncts(by))
    for (int32_t a : actors_)
      if (const Actor& actor = doc_.actors.actors[a];
          actor.head == side && (!actor.sector.empty() || !actor.name.empty() || tree_.upos(side) == Upos::PROPN))
        return by;
  // "soldiers killed by Iran today": the parser made the date word the by-phrase's head and the actor its compound.
  const std::string w = ascii_lower(tree_.text(by));
  if (is_one_of(w, {"today", "yesterday", "tonight"}) || time::is_weekday_name(w))
    for (uint32_t ch : tree_.children(by))
      if (tree_.base_deprel(ch) == "compound" && actor_headed_by(ch) >= 0) return by;
  return kNone;
}

// "Ten civilians were killed in a Russian air strike", "wounded in a Taliban attack", "were killed and
// others hurt in X airstrikes": harm done in an attack is done by the attack's doer, as "killed by a Russian air strike"
// is. For a verb of harm p (kill, wound, injure, hurt, destroy, damage), the doer (event_noun_doer, an actor) of an
// attack noun in an in-phrase of p or of a verb of harm conjoined with it; kNone when there is none.
uint32_t SentenceCoder::attacker_of_harm(uint32_t p) const {
  const auto harm = [&](uint32_t v) {
    return is_one_of(ascii_lower(tree_.lemma(v)), {"kill", "wound", "injure", "hurt", "destroy", "damage"});
  };
  if (!harm(p)) return kNone;
  std::vector<uint32_t> verbs{p};
  for (uint32_t c : tree_.children(p))
    if (tree_.deprel(c) == "conj" && harm(c)) verbs.push_back(c);
  if (tree_.deprel(p) == "conj" && tree_.head(p) != kNone && harm(tree_.head(p))) verbs.push_back(tree_.head(p));
  for (uint32_t v : verbs)
    for (uint32_t c : tree_.children(v))
      if (tree_.base_deprel(c) == "obl" && ascii_lower(tree_.case_marker(c)) == "in" &&
          is_one_of(ascii_lower(tree_.lemma(c)), {"attack", "strike", "airstrike", "air-strike", "raid", "bombing",
                                                  "shelling", "bombardment", "ambush", "assault", "offensive"}))
        if (const uint32_t d = event_noun_doer(c); d != kNone && actor_of(d) >= 0) return d;
  return kNone;
}

// A weapon that is no actor itself, with a reduced passive naming who used it ("a rocket fired by X", "a bomb
// planted by X", "a drone launched by X"): returns that by-phrase (the doer), else kNone.
uint32_t SentenceCoder::fired_by(uint32_t weapon) const {
  if (weapon == kNone || actor_of(weapon) >= 0 ||
      !is_one_of(ascii_lower(tree_.lemma(weapon)), {"rocket", "missile", "shell", "bomb", "mortar", "drone", "grenade",
                                                    "device", "mine", "bullet", "projectile", "explosive", "round"}))
    return kNone;
  for (uint32_t ch : tree_.children(weapon))
    if (const uint32_t by = reduced_passive_agent(ch); by != kNone) return by;
  return kNone;
}

// "X were injured after being attacked by Y", "X was arrested while being questioned by Y": a passive gerund
// ("being" + participle, no subject of its own) in an adverbial clause is done to the main clause's subject. That
// subject, else kNone.
uint32_t SentenceCoder::passive_gerund_controller(uint32_t p) const {
  if (tree_.deprel(p) != "advcl" || tree_.child(p, "nsubj") != kNone || tree_.child(p, "nsubj:pass") != kNone)
    return kNone;
  const uint32_t aux = tree_.child(p, "aux:pass");
  if (aux == kNone || ascii_lower(tree_.text(aux)) != "being" || tree_.head(p) == kNone) return kNone;
  const uint32_t h = tree_.head(p);
  uint32_t s = tree_.child(h, "nsubj:pass");
  if (s == kNone) s = tree_.child(h, "nsubj");
  return s;
}

// A "passive" subject on a verb with no passive auxiliary and a direct object of its own is the parser's slip
// for an active subject ("border agents abused immigrants": "agents" nsubj:pass of "abused").
bool SentenceCoder::parsed_passive_is_active(uint32_t p) const {
  return tree_.child(p, "aux:pass") == kNone && tree_.child(p, "obj") != kNone;
}

// The phrase a stance participle is about: the to-phrase of "opposed / committed / dedicated / devoted", the
// in-phrase of "engaged / involved" ("were engaged in ethnic cleansing"); kNone with a by-phrase.
uint32_t SentenceCoder::stance_phrase(uint32_t p) const {
  const std::string lemma = ascii_lower(tree_.lemma(p));
  std::string_view prep;
  if (is_one_of(lemma, {"oppose", "commit", "dedicate", "devote"})) prep = "to";
  else if (is_one_of(lemma, {"engage", "involve"})) prep = "in";
  else return kNone;
  uint32_t found = kNone;
  for (uint32_t ch : tree_.children(p)) {
    if (tree_.deprel(ch) == "obl:agent" || (tree_.base_deprel(ch) == "obl" && tree_.case_marker(ch) == "by"))
      return kNone;
    if (found == kNone && tree_.base_deprel(ch) == "obl" && ascii_lower(tree_.case_marker(ch)) == prep) found = ch;
  }
  return found;
}

// True when the phrase headed by h starts its sentence (after a determiner or modifiers of its own).
bool SentenceCoder::first_word_of_clause(uint32_t h) const {
  return tree_.subtree_span(h).first == first_;
}

// True when no finite verb or auxiliary lies between tokens a and b (participles and infinitives may).
bool SentenceCoder::first_verb_without_finite(uint32_t a, uint32_t b) const {
  for (uint32_t t = a + 1; t < b; ++t) {
    if (tree_.upos(t) == Upos::AUX) return false;
    if (tree_.upos(t) == Upos::VERB && doc_.syntax.xpos_names &&
        is_one_of(doc_.syntax.xpos_name(t), {"VBD", "VBZ", "VBP"}))
      return false;
  }
  return true;
}

// The sentence's first verb, with no by-phrase: when the root is a noun it is the sentence's predicate even as a
// past participle ("Thousands of Bolivians demonstrated in ...": "demonstrated" an acl of "Thousands").
bool SentenceCoder::first_verb_without_agent(uint32_t p) const {
  for (uint32_t t = first_; t < p; ++t)
    if (tree_.upos(t) == Upos::VERB || tree_.upos(t) == Upos::AUX) return false;
  for (uint32_t ch : tree_.children(p)) {
    if (tree_.deprel(ch) == "obl:agent" || tree_.deprel(ch) == "aux:pass") return false;
    if (tree_.base_deprel(ch) == "obl" && tree_.case_marker(ch) == "by") return false;
  }
  return true;
}

bool SentenceCoder::active_participle(uint32_t p) const {
  for (uint32_t ch : tree_.children(p)) {
    const std::string_view rel = tree_.deprel(ch);
    if (rel == "obj" || rel == "ccomp" || rel == "xcomp") return true;
    if (rel == "advcl" && infinitive_complement(ch)) return true;
    // "donated and delivered 20 tonnes of medicine": a verb conjunct with no subject of its own shares the
    // participle's voice, and its object shows the pair is active.
    if (rel == "conj" && tree_.upos(ch) == Upos::VERB && tree_.child(ch, "nsubj") == kNone &&
        tree_.child(ch, "nsubj:pass") == kNone && tree_.child(ch, "obj") != kNone)
      return true;
  }
  return false;
}

// The direct object of p; failing one, an indirect object right before a to-infinitive of p, the parser's slip for
// an object that the infinitive's act is about ("allowed [the migrants]/iobj to return", "forced [X]/iobj to").
uint32_t SentenceCoder::object_of(uint32_t p) const {
  if (uint32_t o = tree_.child(p, "obj"); o != kNone) {
    // The parser's two objects for "granted [X]/obj [a pardon]/obj": the second, a common noun after an actor, is
    // the thing given; the first is its recipient (frame_reading.cc takes it as the target).
    for (uint32_t ch : tree_.children(p))
      if (ch > o && tree_.deprel(ch) == "obj" && tree_.upos(ch) == Upos::NOUN && actor_of(o) >= 0) return ch;
    return o;
  }
  const uint32_t io = tree_.child(p, "iobj");
  if (io == kNone) {
    // The parser's "endorsed [former]/xcomp Vice President [Joe Biden]/obl": a bare name with no preposition,
    // right after the verb's secondary predicate, that names an actor is the object.
    if (p + 1 < end_ && tree_.head(p + 1) == p && tree_.deprel(p + 1) == "xcomp" && tree_.upos(p + 1) == Upos::ADJ)
      for (uint32_t ch : tree_.children(p + 1))
        if (tree_.deprel(ch) == "obl" && tree_.case_marker(ch).empty() && tree_.upos(ch) == Upos::PROPN &&
            actor_of(ch) >= 0)
          return ch;
    return kNone;
  }
  for (uint32_t ch : tree_.children(p))
    if (ch > io && tree_.deprel(ch) == "xcomp") return io;
  // "asked [Russia]/iobj for a loan": an indirect object with no direct object and no clause after it is the
  // object (English has no second object there to be indirect to).
  bool clause = false;
  for (uint32_t ch : tree_.children(p))
    if (is_one_of(tree_.base_deprel(ch), {"ccomp", "xcomp"})) clause = true;
  if (!clause) return io;
  return kNone;
}

Clause SentenceCoder::clause_of(uint32_t p) const {
  Clause c;
  c.predicate = p;
  c.agent = agent_of(p);
  if (uint32_t sp = tree_.child(p, "nsubj:pass"); sp != kNone && parsed_passive_is_active(p)) {
    c.patient = tree_.child(p, "obj");
  } else if (sp != kNone && adjectival_passive(p)) {
    // "is opposed to the plan" is "opposes the plan": the to-phrase is the object; "were engaged in ethnic
    // cleansing": the activity is.
    c.patient = stance_phrase(p);
  } else if (sp != kNone) {
    c.passive = true;
    c.patient = sp;
  } else if (reduced_passive_agent(p) != kNone) {
    // "the attack, conducted by the Taliban": the noun is the passive subject.
    c.passive = true;
    c.patient = tree_.head(p);
  } else if (const uint32_t sufferer = passive_gerund_controller(p); sufferer != kNone) {
    // "Journalists were injured after being attacked by protesters": the main clause's subject suffered it.
    c.passive = true;
    c.patient = sufferer;
  } else if (verb_read_as_adjective(p) != kNone || verb_read_as_modifier(p) != kNone) {
    c.patient = tree_.head(p);
  } else {
    c.patient = object_of(p);
    // "donated and delivered medicine to X": the first verb shares the object of the one conjoined to it.
    if (c.patient == kNone)
      if (const uint32_t s = shared_conjunct(p); s != kNone) c.patient = object_of(s);
    if (c.patient == kNone) c.patient = object_read_as_subject(p);
    // "engaged / participated / took part in talks": the activity named by the in-phrase is the event noun.
    const bool took_part = c.patient != kNone && ascii_lower(tree_.lemma(p)) == "take" &&
                           ascii_lower(tree_.lemma(c.patient)) == "part" && tree_.child(c.patient, "det") == kNone;
    if (took_part)
      for (uint32_t ch : tree_.children(c.patient))  // "took part in the talks" with "in" hung on "part"
        if (tree_.base_deprel(ch) == "nmod" && ascii_lower(tree_.case_marker(ch)) == "in" &&
            tree_.upos(ch) == Upos::NOUN) {
          c.patient = ch;
          break;
        }
    if ((c.patient == kNone && is_one_of(ascii_lower(tree_.lemma(p)), {"engage", "participate"})) ||
        (took_part && ascii_lower(tree_.lemma(c.patient)) == "part"))
      for (uint32_t ch : tree_.children(p))
        if (tree_.base_deprel(ch) == "obl" && ascii_lower(tree_.case_marker(ch)) == "in" &&
            tree_.upos(ch) == Upos::NOUN) {
          c.patient = ch;
          break;
        }
  }
  if (uint32_t prt = tree_.child(p, "compound:prt"); prt != kNone) {
    c.particle = tree_.lemma(prt);
  } else if (p + 1 < end_ && tree_.upos(p) == Upos::VERB &&
             is_one_of(ascii_lower(tree_.text(p + 1)), {"over", "up", "down", "off", "out", "back", "away"}) &&
             is_one_of(tree_.base_deprel(p + 1), {"advmod", "compound", "case"})) {
    // A particle right after the verb that the parser made an adverb or a preposition ("handed over 300 tonnes":
    // "over" an advmod of "300"; "handed over two suspects": "over" the case of "suspects"), when the verb has a
    // frame with that particle. The phrase a misread "over" marks is then the object.
    const std::string word = ascii_lower(tree_.text(p + 1));
    const std::string lemma = dictionary_lemma(p, FrameKind::verb);
    const VerbFrame* f = frames_.match(FrameKind::verb, ClauseShape{lemma, word, "", {}, {}});
    if (f && f->particle == word) {
      c.particle = tree_.lemma(p + 1);
      const uint32_t phrase = tree_.head(p + 1);
      if (tree_.base_deprel(p + 1) == "case" && c.patient == kNone && phrase != kNone && tree_.head(phrase) == p &&
          tree_.base_deprel(phrase) == "obl")
        c.patient = phrase;
    }
  }
  read_flags(p, c);
  // "accused France of training the militias": what one is accused, charged or suspected of is alleged, not
  // established (CAMEO's note on 112: accusations "do not in any way imply that the alleged events have taken
  // place"); the accusation is coded, the act it names is not.
  // (Also when the parser hung the act on the accused: "accused [Russia of invading]".)
  uint32_t accusing = tree_.head(p);
  if (accusing != kNone && tree_.upos(accusing) != Upos::VERB && tree_.base_deprel(accusing) == "obj")
    accusing = tree_.head(accusing);
  if (accusing != kNone && is_one_of(tree_.base_deprel(p), {"advcl", "acl"}) && tree_.upos(accusing) == Upos::VERB &&
      is_one_of(dictionary_lemma(accusing, FrameKind::verb), {"accuse", "charge", "suspect", "blame"}))
    for (uint32_t m : tree_.children(p)) {
      if (tree_.base_deprel(m) != "mark") continue;
      const std::string marker = ascii_lower(tree_.text(m));
      // ("blamed the rebels for breaking the truce": blame takes "for")
      if (marker == "of" || (marker == "for" && dictionary_lemma(accusing, FrameKind::verb) == "blame"))
        c.hypothetical = true;
    }
  // What one allows another to do is not yet done ("will allow the refugees to return": no return).
  if (tree_.deprel(p) == "xcomp" && tree_.head(p) != kNone &&
      is_one_of(dictionary_lemma(tree_.head(p), FrameKind::verb), {"allow", "permit", "let", "enable"}))
    c.hypothetical = true;
  // A purpose clause of a negated or hypothetical act is not realized either ("would not give permission to
  // Russia to help Israel": no help); also when the parser hung it on the act's object ("will send aid to help").
  if (const uint32_t v = verb_of_object_purpose(p); v != kNone) {
    Clause head;
    read_flags(v, head);
    if (head.negated || head.hypothetical || head.future) c.hypothetical = true;
  }
  if (tree_.deprel(p) == "advcl" && tree_.head(p) != kNone && tree_.upos(tree_.head(p)) == Upos::VERB) {
    if (to_marker(p) != kNone) {
      Clause head;
      read_flags(tree_.head(p), head);
      // Nor is one of a future act ("will meet in Zurich to discuss trade": the meeting is the intent, 036; the
      // discussion is not a second event).
      if (head.negated || head.hypothetical || head.future) c.hypothetical = true;
      // Nor one of an act only allowed ("let US planes use its bases to strike X": no strike is done).
      const uint32_t h = tree_.head(p);
      if (tree_.deprel(h) == "xcomp" && tree_.head(h) != kNone &&
          is_one_of(dictionary_lemma(tree_.head(h), FrameKind::verb), {"allow", "permit", "let", "enable"}))
        c.hypothetical = true;
    }
  }
  // A to-infinitive after a noun of intent, attempt, proposal or ability is what the noun is about, not an act
  // done: "a threat to boycott the games", "efforts to end the strike", "the decision to send troops", "a bid to
  // seize the town".
  const auto intent_noun = [&](uint32_t n) {
    return n != kNone && tree_.upos(n) == Upos::NOUN &&
           is_one_of(ascii_lower(tree_.lemma(n)),
                     {"threat", "plan", "attempt", "effort", "bid", "decision", "offer", "proposal", "call", "demand",
                      "request", "appeal", "promise", "pledge", "vow", "readiness", "willingness", "intention",
                      "intent", "order", "move", "push", "campaign", "drive", "initiative", "right", "ability",
                      "chance", "need", "desire", "wish", "hope", "ultimatum", "warning", "refusal", "failure",
                      "reluctance", "option", "calling", "plea"});
  };
  if (const uint32_t to = to_marker(p);
      to != kNone && resignation_offerer(p) == kNone &&
      ((tree_.base_deprel(p) == "acl" && intent_noun(tree_.head(p))) ||
                      // The parser hung it on a verb, but "to" follows the noun: "frayed by a threat to boycott the
                      // games".
                      (to == p - 1 && to > first_ && intent_noun(to - 1))))
    c.hypothetical = true;
  // Coordinated verbs share the first conjunct's auxiliaries and negation ("did not meet or talk").
  if (tree_.deprel(p) == "conj" && tree_.child(p, "nsubj") == kNone && tree_.head(p) != kNone) {
    Clause first;
    read_flags(tree_.head(p), first);
    c.negated |= first.negated;
    c.hypothetical |= first.hypothetical;
    c.future |= first.future;
  }
  if (c.would && reported(p)) {  // "said it would allow": the reported future
    c.hypothetical = false;
    c.future = true;
  }
  c.hypothetical |= question_;
  return c;
}

void SentenceCoder::read_flags(uint32_t p, Clause& c) const {
  for (uint32_t ch : tree_.children(p)) {
    const std::string_view rel = tree_.base_deprel(ch);
    const std::string lemma = ascii_lower(tree_.lemma(ch));
    if ((rel == "advmod" || rel == "neg") && is_one_of(lemma, {"not", "never", "n't"})) c.negated = true;
    if (rel == "mark" && lemma == "without") c.negated = true;
    if (rel == "aux" && is_one_of(lemma, {"would", "'d"})) {
      c.would = !c.hypothetical;
      c.hypothetical = true;
    } else if (rel == "aux" && is_one_of(lemma, {"could", "might", "may", "should", "can", "must"})) {
      c.hypothetical = true;
      c.would = false;
      if (lemma == "must") c.must = true;
    }
    if (rel == "aux" && is_one_of(lemma, {"will", "shall", "'ll"})) c.future = true;
    if (rel == "mark" && is_one_of(lemma, {"if", "unless", "whether"})) {
      c.hypothetical = true;
      c.would = false;
    }
  }
  // "did not endorse her until July", "did not sign it until the strike ended": not ... until says when the act came,
  // not that it did not happen. Only "not" (never ... until is still never) in a clause with no modal.
  if (c.negated && !c.hypothetical && !c.future)
    for (uint32_t ch : tree_.children(p)) {
      const std::string_view rel = tree_.base_deprel(ch);
      const bool until = (rel == "obl" && ascii_lower(tree_.case_marker(ch)) == "until") ||
                         (rel == "advcl" && tree_.child(ch, "mark") != kNone &&
                          ascii_lower(tree_.lemma(tree_.child(ch, "mark"))) == "until");
      if (!until) continue;
      bool never = false, without = false;
      for (uint32_t g : tree_.children(p)) {
        never |= ascii_lower(tree_.lemma(g)) == "never";
        without |= tree_.base_deprel(g) == "mark" && ascii_lower(tree_.lemma(g)) == "without";
      }
      if (!never && !without) c.negated = false;
      break;
    }
}

// True when p is the content of reported speech ("Iraq said it would allow ..."): the that-clause of a verb of
// saying. There "would" is the reported "will" (tense backshift), not a hypothetical.
bool SentenceCoder::reported(uint32_t p) const {
  p = first_conjunct(p);
  if (tree_.deprel(p) != "ccomp") return false;
  const uint32_t h = tree_.head(p);
  if (h == kNone || tree_.upos(h) != Upos::VERB) return false;
  for (const ComplementVerb& v : complements_.lookup(dictionary_lemma(h, FrameKind::verb)))
    if (v.cls == ComplementClass::report) return true;
  return false;
}

// A to-infinitive the parser hung on a verb's object or phrase that is no actor ("police opened fire to disperse the
// crowd", "used tear gas to break up the rally", "gathered for a march to protest the tax"): the purpose of the
// verb's act, done by the verb's doer. Returns that verb (through at most three nouns, none an actor), else kNone.
// An object that is an actor may act itself ("sent troops to protect X"): not this.
uint32_t SentenceCoder::verb_of_object_purpose(uint32_t p) const {
  if (tree_.deprel(p) != "acl" || tree_.upos(p) != Upos::VERB) return kNone;
  uint32_t verb = tree_.head(p);
  for (int steps = 0; steps < 3 && verb != kNone && tree_.upos(verb) != Upos::VERB; ++steps) {
    if (!(tree_.upos(verb) == Upos::NOUN || tree_.upos(verb) == Upos::PROPN) || actor_of(verb) >= 0 ||
        !is_one_of(tree_.base_deprel(verb), {"obj", "obl", "nmod"}))
      return kNone;
    verb = tree_.head(verb);
  }
  if (verb == kNone || tree_.upos(verb) != Upos::VERB || to_marker(p) == kNone) return kNone;
  return verb;
}

// "has cancelled a planned visit to X after a siege was declared": the parser made the object the subject of the
// clause after it ("visit" nsubj:pass of "declared", a ccomp of "cancelled"). A verb with no object and no use for
// a clause (no complement-verb row) whose clause's subject starts right after it, and which has a frame naming that
// noun as its object (`cancel obj=visit`), takes the noun as its object. Returns the noun, else kNone.
uint32_t SentenceCoder::object_read_as_subject(uint32_t p) const {
  if (tree_.upos(p) != Upos::VERB || tree_.child(p, "obj") != kNone || tree_.child(p, "iobj") != kNone) return kNone;
  const std::string lemma = dictionary_lemma(p, FrameKind::verb);
  if (!complements_.lookup(lemma).empty()) return kNone;
  for (uint32_t clause : tree_.children(p)) {
    if (clause < p || !is_one_of(tree_.base_deprel(clause), {"ccomp", "advcl"})) continue;
    uint32_t subject = tree_.child(clause, "nsubj");
    if (subject == kNone) subject = tree_.child(clause, "nsubj:pass");
    if (subject == kNone || tree_.upos(subject) != Upos::NOUN || tree_.subtree_span(subject).first != p + 1) continue;
    const std::string noun = compound_noun_lemma(subject);
    const VerbFrame* f = frames_.match(FrameKind::verb, ClauseShape{lemma, "", noun, {}, {}});
    if (f && std::find(f->object_lemmas.begin(), f->object_lemmas.end(), noun) != f->object_lemmas.end())
      return subject;
  }
  return kNone;
}

uint32_t SentenceCoder::to_marker(uint32_t p) const {
  for (uint32_t ch : tree_.children(p))
    if (tree_.base_deprel(ch) == "mark" && ascii_lower(tree_.text(ch)) == "to") return ch;
  return kNone;
}

// A to-infinitive the parser attached as an adverbial clause to a verb that takes infinitives ("threatened on
// Monday to break ties": advcl instead of xcomp) is that verb's complement.
bool SentenceCoder::infinitive_complement(uint32_t p) const {
  const std::string_view rel = tree_.deprel(p);
  if (rel == "xcomp") return true;
  if (rel != "advcl") return false;
  const uint32_t h = tree_.head(p);
  if (to_marker(p) == kNone || h == kNone) return false;
  for (const ComplementVerb& v : complements_.lookup(dictionary_lemma(h, FrameKind::verb)))
    if (takes_infinitive(v.cls)) return true;
  return false;
}

// Prepositional phrases of a predicate (obl) and of its object noun (nmod) and the object's conjuncts ("withdraw
// inspectors and workers from Iraq": the phrase hung on the last conjunct is the whole object's): (preposition, phrase
// head).
std::vector<std::pair<std::string_view, uint32_t>> SentenceCoder::obliques(uint32_t p, uint32_t object) const {
  std::vector<std::pair<std::string_view, uint32_t>> out;
  auto collect = [&](uint32_t t, std::string_view rel_wanted) {
    for (uint32_t ch : tree_.children(t)) {
      const std::string_view rel = tree_.base_deprel(ch);
      if (rel != rel_wanted && !(rel_wanted == "obl" && rel == "nmod")) continue;
      if (tree_.deprel(ch) == "obl:agent" || tree_.deprel(ch) == "nmod:poss") continue;
      const std::string_view prep = tree_.case_marker(ch);
      if (!prep.empty()) {
        out.emplace_back(prep, ch);
      } else if (tree_.upos(ch) == Upos::ADP) {
        // A parse that made the preposition the phrase's head ("of" -> "Bashar"): its nominal child is the phrase.
        for (uint32_t g : tree_.children(ch))
          if (const Upos u = tree_.upos(g); u == Upos::NOUN || u == Upos::PROPN || u == Upos::PRON) {
            out.emplace_back(tree_.lemma(ch), g);
            break;
          }
      }
    }
  };
  collect(p, "obl");
  if (out.empty())
    if (const uint32_t s = shared_conjunct(p); s != kNone) collect(s, "obl");
  if (object != kNone)
    for (uint32_t o : tree_.with_conjuncts(object)) collect(o, "nmod");
  // "spoke by telephone with X": the parser hangs the with-phrase on the means ("telephone"); it is the verb's.
  for (size_t i = 0, n = out.size(); i < n; ++i)
    if (out[i].first == "by" && tree_.head(out[i].second) == p &&
        is_one_of(ascii_lower(tree_.lemma(out[i].second)), {"telephone", "phone", "video", "videoconference",
                                                            "videolink", "video-link"}))
      collect(out[i].second, "nmod");
  return out;
}

// "donated and delivered medicine to the hospital", "condemned and denounced the raid": a verb with no object,
// phrase or clause of its own, followed at once (a conjunction and adverbs between) by a conjoined verb with the
// same subject and an object, shares that verb's object and phrases. Returns the conjoined verb, else kNone.
uint32_t SentenceCoder::shared_conjunct(uint32_t p) const {
  if (tree_.upos(p) != Upos::VERB) return kNone;
  uint32_t conj = kNone;
  for (uint32_t ch : tree_.children(p)) {
    const std::string_view rel = tree_.base_deprel(ch);
    if (is_one_of(rel, {"obj", "iobj", "obl", "ccomp", "xcomp"}) || tree_.deprel(ch) == "aux:pass") return kNone;
    if (rel == "conj" && ch > p && conj == kNone) conj = ch;
  }
  if (conj == kNone || tree_.upos(conj) != Upos::VERB || tree_.child(conj, "obj") == kNone) return kNone;
  for (uint32_t ch : tree_.children(conj))
    if (is_one_of(tree_.base_deprel(ch), {"nsubj", "aux"}) || tree_.deprel(ch) == "aux:pass") return kNone;
  for (uint32_t t = p + 1; t < conj; ++t)
    if (tree_.head(t) != conj || !is_one_of(tree_.base_deprel(t), {"cc", "advmod"})) return kNone;
  return conj;
}

}  // namespace dunlin::event_coding
