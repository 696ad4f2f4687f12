// SentenceCoder, frame reading: the verb-frame dictionary applied to a clause (lemmas robust to lemmatizer misses,
// light verbs with event-noun objects, compound event nouns, converse verbs) and the target a frame names.
#include "dunlin/events/sentence_coder.h"

#include <algorithm>

#include "dunlin/nlp/lemmatizer.h"
#include "dunlin/text/ascii.h"

namespace dunlin::event_coding {

// The lemma under which the dictionaries know token t: the tagger's lemma when a frame or complement-verb row
// has it, else the first inflection-undone form of the word that one has (robust to lemmatizer misses), else the
// tagger's lemma.
std::string SentenceCoder::dictionary_lemma(uint32_t t, FrameKind kind) const {
  // Asked many times per token by the construction readers: found once per (token, kind).
  auto& cache = lemma_cache_[static_cast<int>(kind)];
  if (cache.empty()) cache.resize(end_ - first_);
  if (t < first_ || t >= end_) return find_dictionary_lemma(t, kind);
  std::optional<std::string>& slot = cache[t - first_];
  if (!slot) slot = find_dictionary_lemma(t, kind);
  return *slot;
}

std::string SentenceCoder::find_dictionary_lemma(uint32_t t, FrameKind kind) const {
  std::string lemma = ascii_lower(tree_.lemma(t));
  auto known = [&](std::string_view l) {
    return frames_.has_lemma(kind, l) || (kind == FrameKind::verb && complements_.has(l));
  };
  if (known(lemma)) return lemma;
  for (const std::string& candidate : nlp::regular_lemma_candidates(tree_.text(t)))
    if (known(candidate)) return candidate;
  // "re-open", "re-impose": the verb done again.
  if (lemma.starts_with("re-") && known(std::string_view(lemma).substr(3))) return lemma.substr(3);
  return lemma;
}

std::vector<std::string_view> SentenceCoder::preps_of(
    const std::vector<std::pair<std::string_view, uint32_t>>& obl) {
  std::vector<std::string_view> preps;
  for (const auto& [prep, head] : obl) preps.push_back(prep);
  return preps;
}

uint32_t SentenceCoder::target_for(const VerbFrame& frame, const Clause& c,
                                   const std::vector<std::pair<std::string_view, uint32_t>>& obl) const {
  if (frame.target_is_object) return c.patient;
  for (const auto& [prep, head] : obl)
    if (std::find(frame.target_preps.begin(), frame.target_preps.end(), prep) != frame.target_preps.end())
      return head;
  return kNone;
}

// The lemma of noun n, or "<modifier>-<lemma>" when a compound modifier right before it makes a noun with a
// frame of its own ("hunger strike" -> "hunger-strike", 142, not the "strike" of a walkout).
// A measure of something stands for that something: "300 tonnes of grain", "5 million dollars of aid" -> "grain",
// "aid".
std::string SentenceCoder::compound_noun_lemma(uint32_t n) const {
  std::string lemma = dictionary_lemma(n, FrameKind::noun);
  if (is_one_of(lemma, {"dollar", "euro", "pound", "tonne", "ton", "kg", "kilogram", "kilo", "litre", "liter",
                        "barrel", "worth", "shipment", "consignment", "batch", "truckload", "planeload", "load",
                        "package", "amount", "quantity", "crate", "box", "sack", "bag", "million", "billion",
                        // a number of things, or a body of people sent: "a series of bombs", "a mission of
                        // observers", "a team of inspectors"
                        "series", "wave", "spate", "string", "barrage", "volley", "number", "mission", "team",
                        "delegation",
                        // a part of something, or its coming: "captured part of the stronghold", "allow the
                        // return of inspectors"
                        "part", "section", "portion", "return", "arrival", "entry", "deployment",
                        // "hundreds of troops"
                        "dozen", "hundred", "thousand",
                        // words that carry a speech act: "statements of condemnation", "messages of condolence"
                        "statement", "expression", "message", "word", "note", "letter", "gesture",
                        // "passed two articles of impeachment against X", "a series of pardons"
                        "article"}))
    for (uint32_t ch : tree_.children(n))
      if (tree_.base_deprel(ch) == "nmod" && tree_.case_marker(ch) == "of" && tree_.upos(ch) == Upos::NOUN)
        return compound_noun_lemma(ch);
  // A compound or an adjective right before the noun joins it when the joined word has a frame ("chemical
  // weapons" -> "chemical-weapon").
  if (n > first_ && tree_.head(n - 1) == n && is_one_of(tree_.base_deprel(n - 1), {"amod", "compound"})) {
    std::string joined = ascii_lower(tree_.lemma(n - 1)) + "-" + lemma;
    if (frames_.has_lemma(FrameKind::noun, joined)) return joined;
  }
  if (n > first_ && tree_.head(n - 1) == n && tree_.base_deprel(n - 1) == "compound") {
    // A generic head says only that there is some of what the modifier names: "mediation efforts" are mediation,
    // "aid deliveries" aid, "an aid program" aid.
    if (is_one_of(lemma, {"effort", "program", "programme", "initiative", "bid", "delivery", "shipment",
                          "package", "mission", "proceeding", "proceedings", "process"}) &&
        tree_.upos(n - 1) == Upos::NOUN)
      return dictionary_lemma(n - 1, FrameKind::noun);
  }
  // A ceasefire agreement is a ceasefire ("violated the truce deal", "breached the cessation of hostilities
  // agreement": 196, not the 128 of breaking an agreement).
  if (is_one_of(lemma, {"agreement", "deal", "accord", "pact", "arrangement"})) {
    for (uint32_t ch : tree_.children(n))
      if (ch < n && tree_.base_deprel(ch) == "compound" &&
          is_one_of(ascii_lower(tree_.lemma(ch)), {"ceasefire", "cease-fire", "truce", "armistice", "cessation"}))
        return "ceasefire";
  }
  return lemma;
}

// The coded reading of a verb clause, or nullopt when no frame matches.
std::optional<Reading> SentenceCoder::read(const Clause& c) {
  const uint32_t p = c.predicate;
  const std::string lemma = dictionary_lemma(p, FrameKind::verb);
  const uint32_t object = c.passive ? kNone : c.patient;
  const std::string object_lemma = object == kNone ? std::string() : compound_noun_lemma(object);
  const auto obl = obliques(p, object);
  const auto preps = preps_of(obl);
  // In passives the frame's direct object is the passive subject.
  const std::string patient_lemma = c.patient == kNone ? std::string() : compound_noun_lemma(c.patient);
  // The head nouns of the phrases, for frames that name one ("remained on alert"), only when the lemma has such
  // a frame.
  std::vector<std::string> phrase_nouns;
  std::vector<std::string_view> phrase_noun_views;
  if (frames_.reads_prep_objects(lemma)) {
    for (const auto& [prep, head] : obl) phrase_nouns.push_back(compound_noun_lemma(head));
    phrase_noun_views.assign(phrase_nouns.begin(), phrase_nouns.end());
  }
  const ClauseShape verb_shape{lemma, c.particle, patient_lemma, preps, phrase_noun_views};
  const VerbFrame* verb = frames_.match(FrameKind::verb, verb_shape);
  // The parser's "granted [X]/obj a full [pardon]/xcomp": an actor as object and a noun after it that a frame of
  // the verb names as its object: the noun is what is given, the actor its recipient (below).
  uint32_t given = kNone;
  if ((!verb || verb->object_lemmas.empty()) && object != kNone && !actors_of(object).empty())
    for (uint32_t ch : tree_.children(p))
      if (ch > object && tree_.deprel(ch) == "xcomp" && tree_.upos(ch) == Upos::NOUN) {
        const std::string given_lemma = compound_noun_lemma(ch);
        const ClauseShape shape{lemma, c.particle, given_lemma, preps, phrase_noun_views};
        if (const VerbFrame* f = frames_.match(FrameKind::verb, shape); f && !f->object_lemmas.empty()) {
          verb = f;
          given = ch;
        }
        break;
      }
  // The parser's "expressed [regret]/xcomp over the deaths" (the object noun tagged a bare verb right after its
  // verb): with no object, a bare xcomp right after the verb whose word a frame of the verb names as its object is
  // that object.
  if (!verb && object == kNone && !c.passive && p + 1 < end_ && tree_.head(p + 1) == p &&
      tree_.deprel(p + 1) == "xcomp" && to_marker(p + 1) == kNone) {
    const std::string bare = ascii_lower(tree_.lemma(p + 1));
    const ClauseShape shape{lemma, c.particle, bare, preps, phrase_noun_views};
    if (const VerbFrame* f = frames_.match(FrameKind::verb, shape); f && !f->object_lemmas.empty()) {
      verb = f;
      given = p + 1;
    }
  }
  // "UN troops withdrew", "the embassy closed": these verbs say of their subject what they say of their object
  // ("withdrew its troops", "closed its embassy"). With no object, the subject's noun is read as the object the
  // frame names; the subject stays the doer.
  if (!c.passive && c.patient == kNone && c.agent != kNone &&
      is_one_of(lemma, {"withdraw", "mass", "deploy", "open", "close"})) {
    const std::string subject_lemma = compound_noun_lemma(c.agent);
    const ClauseShape alternate{lemma, c.particle, subject_lemma, preps, phrase_noun_views};
    if (const VerbFrame* f = frames_.match(FrameKind::verb, alternate); f && !f->object_lemmas.empty()) verb = f;
  }
  if (verb && verb->target_is_object && actors_of(c.patient).empty()) {
    // The object is no actor ("welcomed the meeting"): a frame that does not take the object as its target
    // reads the clause better ("welcome" 013, not "welcome" somebody 043), when there is one.
    const ClauseShape without_object{lemma, c.particle, "", preps, phrase_noun_views};
    if (const VerbFrame* other = frames_.match(FrameKind::verb, without_object)) verb = other;
    // A frame whose act needs an actor on the other side ("visit", "host", "receive": T!) codes nothing without
    // one: "received emergency surgery", "visited the hospital" are no visits.
    else if (verb->target_required) verb = nullptr;
  }

  const VerbFrame* noun = nullptr;
  // "carried out air strikes against X", "staged attacks on X": a light verb's event noun keeps the phrases the
  // parser hung on the noun itself.
  auto noun_obl = obl;
  if (object != kNone && is_one_of(lemma, {"carry", "conduct", "launch", "stage", "mount"}))
    for (uint32_t ch : tree_.children(object))
      if (tree_.base_deprel(ch) == "nmod" && !tree_.case_marker(ch).empty() && tree_.deprel(ch) != "nmod:poss")
        noun_obl.emplace_back(tree_.case_marker(ch), ch);
  const auto noun_preps = preps_of(noun_obl);
  if (object != kNone && tree_.upos(object) == Upos::NOUN && frames_.has_lemma(FrameKind::noun, object_lemma)) {
    const ClauseShape noun_shape{object_lemma, "", "", noun_preps, {}};
    noun = frames_.match(FrameKind::noun, noun_shape);
  }
  // A light verb in the passive: "attributions of responsibility were made by X", "an attack was carried out by X":
  // the passive subject is the event noun, the by-phrase its doer.
  if (!noun && !verb && c.passive && c.patient != kNone && tree_.upos(c.patient) == Upos::NOUN &&
      is_one_of(lemma, {"make", "issue", "voice", "express", "extend", "offer", "launch", "carry", "conduct", "stage",
                        "mount", "hold", "deliver", "send"}) &&
      frames_.has_lemma(FrameKind::noun, patient_lemma)) {
    const ClauseShape noun_shape{patient_lemma, "", "", preps, {}};
    if ((noun = frames_.match(FrameKind::noun, noun_shape))) {
      Reading r;
      r.frame = noun;
      r.cameo = noun->cameo;
      r.target = target_for(*noun, c, obl);
      r.noun = c.patient;
      return r;
    }
  }
  Reading r;
  const bool verb_has_target = verb && (verb->target_is_object || !verb->target_preps.empty());
  if (verb && (verb_has_target || !verb->object_lemmas.empty() || !noun)) {
    r.frame = verb;
    r.cameo = verb->cameo;
    r.target = target_for(*verb, c, obl);
    // "attributed the attack to X" (to:T!) accuses X; "attributed the rise to the weather" accuses nobody.
    if (verb->target_required && actors_of(r.target).empty()) return std::nullopt;
    if (r.target == kNone && noun) r.target = target_for(*noun, c, obl);
    if (!verb->object_lemmas.empty() && object != kNone) r.noun = object;
    if (given != kNone) {
      r.noun = given;
      if (r.target == kNone) r.target = object;
    }
  } else if (noun && frames_.has_lemma(FrameKind::converse, lemma)) {
    // A converse verb is no light verb: "the president faced / drew criticism" (no doer named) is no criticism by
    // the president (read_converse codes it when a from-phrase names who acts).
    return std::nullopt;
  } else if (noun &&
             is_one_of(lemma, {"hear",       "see",     "watch",    "witness",  "notice",   "observe", "monitor",
                               "follow",     "report",  "mention",  "recall",   "remember", "discuss", "debate",
                               "study",      "review",  "consider", "analyse",  "analyze",  "expect",  "await",
                               "anticipate", "predict", "fear",     "survive",  "miss",     "cover",   "document",
                               "record",     "doubt",   "question", "distrust", "mistrust"})) {
    // A verb of perception, cognition or reporting takes an event noun as its topic, not as its own act: "had heard
    // the protesters' demands", "witnessed the attack", "discussed the sanctions", "doubted the assurances" are no
    // demand, attack, sanction or assurance by the subject.
    return std::nullopt;
  } else if (noun && asks_for(lemma)) {
    // Nor is an act approved, asked for, opposed or planned done: "approved army shelling of X", "sought talks".
    return std::nullopt;
  } else if (noun) {
    // A light verb and an event noun: "held talks with", "launched an attack on".
    r.frame = noun;
    r.cameo = noun->cameo;
    r.target = target_for(*noun, c, noun_obl);
    r.noun = object;
  } else {
    return std::nullopt;
  }
  // "granted X a pardon", "gave Syria aid": an act named by the object goes to the indirect object when nothing
  // else names a target.
  if (r.target == kNone && r.noun != kNone && !c.passive)
    for (uint32_t ch : tree_.children(p))
      if ((tree_.deprel(ch) == "iobj" || (tree_.deprel(ch) == "obj" && ch < r.noun)) && !actors_of(ch).empty()) {
        r.target = ch;
        break;
      }
  return r;
}

// A converse verb ("received", "faced") whose object is an event noun with its doer in a P:S phrase ("received a
// call from X", "faced criticism from X", "receives the embrace of X"): the noun's event, done by X to the
// subject. Returns the reading and the source phrase's head, or nullopt.
std::optional<std::pair<Reading, uint32_t>> SentenceCoder::read_converse(const Clause& c) const {
  if (c.passive || c.patient == kNone || tree_.upos(c.patient) != Upos::NOUN) return std::nullopt;
  const std::string lemma = dictionary_lemma(c.predicate, FrameKind::verb);
  const ClauseShape shape{lemma, c.particle, "", {}, {}};
  const VerbFrame* converse = frames_.match(FrameKind::converse, shape);
  if (!converse) return std::nullopt;
  const VerbFrame* noun = frames_.first(FrameKind::noun, dictionary_lemma(c.patient, FrameKind::noun));
  if (!noun) return std::nullopt;
  const auto phrases = obliques(c.predicate, c.patient);
  for (const std::string& wanted : converse->source_preps)  // in the order the frame lists them
    for (const auto& [prep, head] : phrases)
      if (prep == wanted && !actors_of(head).empty()) {
        Reading r;
        r.frame = noun;
        r.cameo = noun->cameo;
        r.noun = c.patient;
        return std::make_pair(r, head);
      }
  return std::nullopt;
}

}  // namespace dunlin::event_coding
