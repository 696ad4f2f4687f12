#include "dunlin/text/ascii.h"
#include "dunlin/events/event_coder.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <set>

#include "dunlin/syntax_tree.h"
#include "dunlin/actors/tsv.h"
#include "dunlin/nlp/lemmatizer.h"

namespace dunlin {
namespace {

constexpr uint32_t kNone = SyntaxTree::kNone;

bool is_coded_class(ComplementClass c) {
  return c == ComplementClass::intent || c == ComplementClass::appeal || c == ComplementClass::demand ||
         c == ComplementClass::refuse || c == ComplementClass::threat;
}

bool takes_infinitive(ComplementClass c) {
  return c != ComplementClass::deny && c != ComplementClass::report;
}

// One predicate (a verb, or an event noun standing on its own) and its arguments.
struct Clause {
  uint32_t predicate = kNone;
  uint32_t agent = kNone;    // head of the doer's phrase
  uint32_t patient = kNone;  // the direct object (the subject, in passives)
  bool passive = false;
  std::string_view particle;
  bool negated = false;
  bool hypothetical = false;
  bool future = false;
  bool would = false;         // "would" is its only mark of the hypothetical (no other modal, no "if")
  bool must = false;          // "must": an obligation ("said that Sudan must return ...")
};

// A coded reading of a clause before actors are attached.
struct Reading {
  const VerbFrame* frame = nullptr;
  std::string cameo;
  uint32_t target = kNone;  // head of the target's phrase
  uint32_t noun = kNone;    // the event noun, when a noun frame coded it
};

class SentenceCoder {
 public:
  SentenceCoder(const SyntaxTree& tree, const Document& doc, const VerbFrameDictionary& frames,
                const ComplementVerbs& complements, uint32_t sentence, std::vector<int32_t> actors)
      : tree_(tree), doc_(doc), frames_(frames), complements_(complements), sentence_(sentence),
        actors_(std::move(actors)) {
    first_ = doc.sentences.first_token[sentence];
    end_ = doc.sentences.end_token[sentence];
    for (uint32_t t = end_; t > first_; --t) {
      if (tree_.upos(t - 1) == Upos::PUNCT) {
        question_ = tree_.text(t - 1) == "?";
        if (tree_.text(t - 1) != "\"" && tree_.text(t - 1) != "\xE2\x80\x9D" && tree_.text(t - 1) != "'") break;
      } else {
        break;
      }
    }
  }

  void code(std::vector<Event>& out) {
    for (uint32_t t = first_; t < end_; ++t) {
      if (tree_.upos(t) != Upos::VERB) continue;
      code_verb(t, out);
    }
    for (uint32_t t = first_; t < end_; ++t) {
      if (tree_.upos(t) == Upos::NOUN && !used_nouns_.count(t)) code_linking_noun(t, out);
    }
  }

 private:
  // --- lemmas -------------------------------------------------------------------------------------------------

  // The lemma under which the dictionaries know token t: the tagger's lemma when a frame or complement-verb row
  // has it, else the first inflection-undone form of the word that one has (robust to lemmatizer misses), else the
  // tagger's lemma.
  std::string dictionary_lemma(uint32_t t, FrameKind kind) const {
    std::string lemma = ascii_lower(tree_.lemma(t));
    auto known = [&](const std::string& l) {
      return frames_.has_lemma(kind, l) || (kind == FrameKind::verb && !complements_.lookup(l).empty());
    };
    if (known(lemma)) return lemma;
    for (const std::string& candidate : nlp::regular_lemma_candidates(tree_.text(t)))
      if (known(candidate)) return candidate;
    // "re-open", "re-impose": the verb done again.
    if (lemma.starts_with("re-") && known(lemma.substr(3))) return lemma.substr(3);
    return lemma;
  }

  // --- clause structure ---------------------------------------------------------------------------------------

  // `raising`: p governs a to-infinitive whose doer is asked for ("is scheduled to attend").
  uint32_t agent_of(uint32_t p, int depth = 0, bool raising = false) const {
    if (depth > 8) return kNone;
    if (uint32_t s = tree_.child(p, "nsubj"); s != kNone) {
      if (tree_.deprel(p) == "acl:relcl" && is_one_of(ascii_lower(tree_.text(s)), {"who", "which", "that"}))
        return tree_.head(p);
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
    if (const uint32_t s = tree_.child(p, "nsubj:pass"); s != kNone && (parsed_passive_is_active(p) ||
                                                                        adjectival_passive(p)))
      return s;
    if (tree_.child(p, "nsubj:pass") != kNone || tree_.child(p, "aux:pass") != kNone) {
      if (uint32_t a = tree_.child(p, "obl:agent"); a != kNone) return a;
      for (uint32_t c : tree_.children(p))
        if (tree_.base_deprel(c) == "obl" && tree_.case_marker(c) == "by") return c;
      // "Obama is scheduled to attend", "Iran is expected to send": the passive subject does what follows.
      if (raising && tree_.child(p, "nsubj:pass") != kNone) return tree_.child(p, "nsubj:pass");
      return kNone;
    }
    const uint32_t h = tree_.head(p);
    if (h == kNone) return kNone;
    const std::string_view rel = tree_.deprel(p);
    if (uint32_t s = verb_read_as_adjective(p); s != kNone) return s;
    if (uint32_t s = verb_read_as_modifier(p); s != kNone) return s;
    // No verb at the root: the parser hung the main verb on its subject ("Iran's leader today rejected the
    // proposal": "rejected" an adverbial clause of "leader"). The root noun is the subject.
    // The same through a date word between them ("President X on Thursday shortened the curfew": "shortened"
    // hung on "Thursday", which hangs on the root name).
    uint32_t root_noun = h;
    if (is_one_of(ascii_lower(tree_.text(h)), {"today", "yesterday", "monday", "tuesday", "wednesday", "thursday",
                                                "friday", "saturday", "sunday"}) &&
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
    if (rel == "conj" || (rel == "advcl" && !infinitive_complement(p))) return agent_of(h, depth + 1);
    if (infinitive_complement(p)) {
      // "urged Syria to withdraw": Syria withdraws; "agreed to meet": the subject meets.
      if (const auto gv = governor_of(p); gv && gv->verb == h && gv->entry.object_acts)
        if (uint32_t o = addressee(h); o != kNone) return o;
      // "allowed the refugees to return", "forced the rebels to retreat": with an object before it, a
      // to-infinitive's doer is the object (object control), whatever the verb.
      if (uint32_t o = tree_.child(h, "obj"); o != kNone && o < p && tree_.deprel(p) == "xcomp" &&
                                              tree_.upos(h) == Upos::VERB)
        return o;
      return agent_of(h, depth + 1, true);
    }
    if (rel == "acl:relcl") return h;
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
      // that is one, when no finite verb comes between.
      if (actor_of(h) < 0) {
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

  // A past form the parser read as an adjective of the object, in a sentence whose root is the subject noun
  // ("Israeli tanks shelled positions of ...": "shelled" an amod of "positions", "positions" the object of the root
  // "tanks"). With no verb at the root the form is the predicate: returns the subject (the root noun), else kNone.
  uint32_t verb_read_as_adjective(uint32_t p) const {
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
  uint32_t verb_read_as_modifier(uint32_t p) const {
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
    return kNone;
  }

  // A "passive" subject on a verb with no passive auxiliary and a direct object of its own is the parser's slip
  // for an active subject ("border agents abused immigrants": "agents" nsubj:pass of "abused").
  bool parsed_passive_is_active(uint32_t p) const {
    return tree_.child(p, "aux:pass") == kNone && tree_.child(p, "obj") != kNone;
  }

  // "Israel is opposed to the plan", "is committed to talks": a participle that states its subject's stance, not a
  // passive; its subject acts and the preposition's phrase is what the frame reads.
  bool adjectival_passive(uint32_t p) const { return stance_phrase(p) != kNone; }

  // The phrase a stance participle is about: the to-phrase of "opposed / committed / dedicated / devoted", the
  // in-phrase of "engaged / involved" ("were engaged in ethnic cleansing"); kNone with a by-phrase.
  uint32_t stance_phrase(uint32_t p) const {
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
  bool first_word_of_clause(uint32_t h) const {
    return tree_.subtree_span(h).first == first_;
  }

  // True when no finite verb or auxiliary lies between tokens a and b (participles and infinitives may).
  bool first_verb_without_finite(uint32_t a, uint32_t b) const {
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
  bool first_verb_without_agent(uint32_t p) const {
    for (uint32_t t = first_; t < p; ++t)
      if (tree_.upos(t) == Upos::VERB || tree_.upos(t) == Upos::AUX) return false;
    for (uint32_t ch : tree_.children(p)) {
      if (tree_.deprel(ch) == "obl:agent" || tree_.deprel(ch) == "aux:pass") return false;
      if (tree_.base_deprel(ch) == "obl" && tree_.case_marker(ch) == "by") return false;
    }
    return true;
  }

  bool active_participle(uint32_t p) const {
    for (uint32_t ch : tree_.children(p)) {
      const std::string_view rel = tree_.deprel(ch);
      if (rel == "obj" || rel == "ccomp" || rel == "xcomp") return true;
      if (rel == "advcl" && infinitive_complement(ch)) return true;
    }
    return false;
  }

  Clause clause_of(uint32_t p) const {
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
    } else if (verb_read_as_adjective(p) != kNone || verb_read_as_modifier(p) != kNone) {
      c.patient = tree_.head(p);
    } else {
      c.patient = tree_.child(p, "obj");
      // "engaged / participated in talks": the activity named by the in-phrase is the event noun.
      if (c.patient == kNone && is_one_of(ascii_lower(tree_.lemma(p)), {"engage", "participate"}))
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
      const VerbFrame* f = frames_.match(FrameKind::verb, ClauseShape{lemma, word, "", {}});
      if (f && f->particle == word) {
        c.particle = tree_.lemma(p + 1);
        const uint32_t phrase = tree_.head(p + 1);
        if (tree_.base_deprel(p + 1) == "case" && c.patient == kNone && phrase != kNone && tree_.head(phrase) == p &&
            tree_.base_deprel(phrase) == "obl")
          c.patient = phrase;
      }
    }
    read_flags(p, c);
    // What one allows another to do is not yet done ("will allow the refugees to return": no return).
    if (tree_.deprel(p) == "xcomp" && tree_.head(p) != kNone &&
        is_one_of(dictionary_lemma(tree_.head(p), FrameKind::verb), {"allow", "permit", "let", "enable"}))
      c.hypothetical = true;
    // A purpose clause of a negated or hypothetical act is not realized either ("would not give permission to
    // Russia to help Israel": no help).
    if (tree_.deprel(p) == "advcl" && tree_.head(p) != kNone && tree_.upos(tree_.head(p)) == Upos::VERB) {
      bool to = false;
      for (uint32_t ch : tree_.children(p))
        if (tree_.base_deprel(ch) == "mark" && ascii_lower(tree_.text(ch)) == "to") to = true;
      if (to) {
        Clause head;
        read_flags(tree_.head(p), head);
        if (head.negated || head.hypothetical) c.hypothetical = true;
      }
    }
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

  void read_flags(uint32_t p, Clause& c) const {
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
  }

  // True when p is the content of reported speech ("Iraq said it would allow ..."): the that-clause of a verb of
  // saying. There "would" is the reported "will" (tense backshift), not a hypothetical.
  bool reported(uint32_t p) const {
    p = first_conjunct(p);
    if (tree_.deprel(p) != "ccomp") return false;
    const uint32_t h = tree_.head(p);
    if (h == kNone || tree_.upos(h) != Upos::VERB) return false;
    for (const ComplementVerb& v : complements_.lookup(dictionary_lemma(h, FrameKind::verb)))
      if (v.cls == ComplementClass::report) return true;
    return false;
  }

  // A to-infinitive the parser attached as an adverbial clause to a verb that takes infinitives ("threatened on
  // Monday to break ties": advcl instead of xcomp) is that verb's complement.
  bool infinitive_complement(uint32_t p) const {
    const std::string_view rel = tree_.deprel(p);
    if (rel == "xcomp") return true;
    if (rel != "advcl") return false;
    bool to = false;
    for (uint32_t ch : tree_.children(p))
      if (tree_.base_deprel(ch) == "mark" && ascii_lower(tree_.text(ch)) == "to") to = true;
    const uint32_t h = tree_.head(p);
    if (!to || h == kNone) return false;
    for (const ComplementVerb& v : complements_.lookup(dictionary_lemma(h, FrameKind::verb)))
      if (takes_infinitive(v.cls)) return true;
    return false;
  }

  // Prepositional phrases of a predicate (obl) and of its object noun (nmod): (preposition, phrase head).
  std::vector<std::pair<std::string_view, uint32_t>> obliques(uint32_t p, uint32_t object) const {
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
    if (object != kNone) collect(object, "nmod");
    return out;
  }

  static std::vector<std::string_view> preps_of(const std::vector<std::pair<std::string_view, uint32_t>>& obl) {
    std::vector<std::string_view> preps;
    for (const auto& [prep, head] : obl) preps.push_back(prep);
    return preps;
  }

  uint32_t target_for(const VerbFrame& frame, const Clause& c,
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
  std::string compound_noun_lemma(uint32_t n) const {
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
                          "part", "section", "portion", "return", "arrival", "entry", "deployment"}))
      for (uint32_t ch : tree_.children(n))
        if (tree_.base_deprel(ch) == "nmod" && tree_.case_marker(ch) == "of" && tree_.upos(ch) == Upos::NOUN)
          return compound_noun_lemma(ch);
    if (n > first_ && tree_.head(n - 1) == n && tree_.base_deprel(n - 1) == "compound") {
      std::string joined = ascii_lower(tree_.lemma(n - 1)) + "-" + lemma;
      if (frames_.has_lemma(FrameKind::noun, joined)) return joined;
      // A generic head says only that there is some of what the modifier names: "mediation efforts" are mediation,
      // "aid deliveries" aid, "an aid program" aid.
      if (is_one_of(lemma, {"effort", "program", "programme", "initiative", "bid", "delivery", "shipment",
                            "package", "mission"}) &&
          tree_.upos(n - 1) == Upos::NOUN)
        return dictionary_lemma(n - 1, FrameKind::noun);
    }
    return lemma;
  }

  // The coded reading of a verb clause, or nullopt when no frame matches.
  std::optional<Reading> read(const Clause& c) {
    const uint32_t p = c.predicate;
    const std::string lemma = dictionary_lemma(p, FrameKind::verb);
    const uint32_t object = c.passive ? kNone : c.patient;
    const std::string object_lemma = object == kNone ? std::string() : compound_noun_lemma(object);
    const auto obl = obliques(p, object);
    const auto preps = preps_of(obl);
    // In passives the frame's direct object is the passive subject.
    const std::string patient_lemma = c.patient == kNone ? std::string() : compound_noun_lemma(c.patient);
    const ClauseShape verb_shape{lemma, c.particle, patient_lemma, preps};
    const VerbFrame* verb = frames_.match(FrameKind::verb, verb_shape);
    if (verb && verb->target_is_object && actors_of(c.patient).empty()) {
      // The object is no actor ("welcomed the meeting"): a frame that does not take the object as its target
      // reads the clause better ("welcome" 013, not "welcome" somebody 043), when there is one.
      const ClauseShape without_object{lemma, c.particle, "", preps};
      if (const VerbFrame* other = frames_.match(FrameKind::verb, without_object)) verb = other;
    }

    const VerbFrame* noun = nullptr;
    if (object != kNone && tree_.upos(object) == Upos::NOUN && frames_.has_lemma(FrameKind::noun, object_lemma)) {
      const ClauseShape noun_shape{object_lemma, "", "", preps};
      noun = frames_.match(FrameKind::noun, noun_shape);
    }
    Reading r;
    const bool verb_has_target = verb && (verb->target_is_object || !verb->target_preps.empty());
    if (verb && (verb_has_target || !verb->object_lemmas.empty() || !noun)) {
      r.frame = verb;
      r.cameo = verb->cameo;
      r.target = target_for(*verb, c, obl);
      if (r.target == kNone && noun) r.target = target_for(*noun, c, obl);
      if (!verb->object_lemmas.empty() && object != kNone) r.noun = object;
    } else if (noun) {
      // A light verb and an event noun: "held talks with", "launched an attack on".
      r.frame = noun;
      r.cameo = noun->cameo;
      r.target = target_for(*noun, c, obl);
      r.noun = object;
    } else {
      return std::nullopt;
    }
    return r;
  }

  // A converse verb ("received", "faced") whose object is an event noun with its doer in a P:S phrase ("received a
  // call from X", "faced criticism from X", "receives the embrace of X"): the noun's event, done by X to the
  // subject. Returns the reading and the source phrase's head, or nullopt.
  std::optional<std::pair<Reading, uint32_t>> read_converse(const Clause& c) const {
    if (c.passive || c.patient == kNone || tree_.upos(c.patient) != Upos::NOUN) return std::nullopt;
    const std::string lemma = dictionary_lemma(c.predicate, FrameKind::verb);
    const ClauseShape shape{lemma, c.particle, "", {}};
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

  // --- governors ----------------------------------------------------------------------------------------------

  // The complement verb that governs predicate p (through xcomp or ccomp), and its class for this construction.
  struct Governor {
    uint32_t verb = kNone;
    ComplementVerb entry;
  };
  // The first verb of the coordination p belongs to ("invade" in "threatened to invade and occupy"): what governs
  // or denies it governs or denies every conjunct.
  uint32_t first_conjunct(uint32_t p) const {
    for (int depth = 0; depth < 16 && tree_.deprel(p) == "conj"; ++depth) {
      const uint32_t h = tree_.head(p);
      if (h == kNone) break;
      p = h;
    }
    return p;
  }

  std::optional<Governor> governor_of(uint32_t p) const {
    p = first_conjunct(p);
    const std::string_view rel = tree_.deprel(p);
    // Demands and appeals govern that-clauses too ("demanded that Israel withdraw"); the class decides below.
    const bool infinitive = infinitive_complement(p);
    if (!infinitive && rel != "ccomp") return std::nullopt;
    const uint32_t g = tree_.head(p);
    // Adjectives govern too: "is ready to send", "was unwilling to meet".
    if (g == kNone || (tree_.upos(g) != Upos::VERB && tree_.upos(g) != Upos::ADJ)) return std::nullopt;
    std::optional<Governor> found;
    const auto rows = complements_.lookup(dictionary_lemma(g, FrameKind::verb));
    // A verb with both readings ("Russia wants to meet" / "Russia wants Syria to withdraw"): with an actor or a
    // pronoun as its addressee before the complement, the reading in which the addressee acts.
    if (infinitive) {
      const uint32_t a = addressee(g);
      if (a != kNone && a < p && (actor_of(a) >= 0 || tree_.upos(a) == Upos::PRON))
        for (const ComplementVerb& v : rows)
          if (v.object_acts && takes_infinitive(v.cls)) return Governor{g, v};
    }
    for (const ComplementVerb& v : rows) {
      if (v.object_acts && rows.size() > 1 && std::any_of(rows.begin(), rows.end(), [](const ComplementVerb& w) {
            return !w.object_acts;
          }))
        continue;  // the other reading, when there is no addressee
      const bool that_clause_ok = v.cls == ComplementClass::demand || v.cls == ComplementClass::appeal;
      if (takes_infinitive(v.cls) != infinitive && !(that_clause_ok && !infinitive)) continue;
      found = Governor{g, v};
      break;
    }
    return found;
  }

  // True when p lies inside what a deny- or negate-class verb governs (its complement, or its object and what hangs
  // on that: "denied reports that ..."), or under a negated reporting verb.
  bool denied(uint32_t p) const {
    uint32_t child = first_conjunct(p);
    for (int depth = 0; depth < 12; ++depth) {
      const uint32_t h = tree_.head(child);
      if (h == kNone || h < first_ || h >= end_) return false;
      const std::string_view rel = tree_.base_deprel(child);
      if (tree_.upos(h) == Upos::VERB && (rel == "ccomp" || rel == "xcomp" || rel == "obj")) {
        for (const ComplementVerb& v : complements_.lookup(dictionary_lemma(h, FrameKind::verb)))
          if (v.cls == ComplementClass::deny || v.cls == ComplementClass::negate) return true;
      }
      if (rel == "nsubj" || rel == "advcl" || rel == "parataxis" || rel == "conj") return false;
      child = h;
    }
    return false;
  }

  // True when p is (inside) the complement of a verb of attempt, desire or plan ("wants to", "plans to").
  bool unrealized(uint32_t p) const {
    auto g = governor_of(p);
    return g && (g->entry.cls == ComplementClass::attempt || g->entry.cls == ComplementClass::desire ||
                 g->entry.cls == ComplementClass::plan);
  }

  // --- actors -------------------------------------------------------------------------------------------------

  // The actors a phrase headed by h names: the actor whose head is h, else one inside its span, else one in a
  // possessive or modifier ("Russia's initiative"); conjuncts each give their own.
  std::vector<int32_t> actors_of(uint32_t h) const {
    std::vector<int32_t> out;
    if (h == kNone) return out;
    std::vector<uint32_t> phrases = tree_.with_conjuncts(h);
    // Two subjects of one verb are conjoined subjects the parser did not join ("X and Y offered ...").
    if (tree_.deprel(h) == "nsubj" && tree_.head(h) != kNone)
      for (uint32_t sibling : tree_.children(tree_.head(h)))
        if (sibling != h && tree_.deprel(sibling) == "nsubj") phrases.push_back(sibling);
    for (uint32_t conj : phrases) {
      const int32_t a = actor_of(conj);
      if (a >= 0 && std::find(out.begin(), out.end(), a) == out.end()) out.push_back(a);
    }
    return out;
  }

  int32_t actor_of(uint32_t h) const {
    if (h >= doc_.tokens.size()) return -1;  // kNone: a clause without that argument
    const auto& all = doc_.actors.actors;
    for (int32_t a : actors_) if (all[a].head == h) return a;
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
        for (int32_t a : actors_) if (all[a].head == ch) return a;
      }
    }
    // Inside an actor's words (a name's second word): the smallest such actor, so that a relative clause inside
    // a long phrase does not take the phrase's own actor.
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

  void emit(std::vector<Event>& out, const Clause& c, const Reading& r, uint32_t source_head, uint32_t target_head,
            bool negated, bool hypothetical, uint32_t governor) {
    std::vector<int32_t> sources = actors_of(source_head);
    std::vector<int32_t> targets = actors_of(target_head);
    if (sources.empty()) return;
    // A bare country next to a coded actor of that country is the same actor ("Greek ... Mitsotakis").
    const auto& all = doc_.actors.actors;
    std::erase_if(sources, [&](int32_t a) {
      return all[a].sector.empty() && std::any_of(sources.begin(), sources.end(), [&](int32_t b) {
               return b != a && all[b].country == all[a].country && !all[b].sector.empty();
             });
    });
    // One event per entity on each side: "Assad and his cousin" must not give Assad twice.
    const auto one_per_entity = [&](std::vector<int32_t>& side) {
      std::vector<int32_t> kept;
      for (int32_t a : side)
        if (std::none_of(kept.begin(), kept.end(), [&](int32_t k) { return all[k].entity == all[a].entity; }))
          kept.push_back(a);
      side = std::move(kept);
    };
    one_per_entity(sources);
    one_per_entity(targets);
    // "Israel and Lebanon renewed negotiations", "the US, Russia and Switzerland met": a meeting, agreement or
    // cooperation of conjoined sides with no other target is between them, one event each way.
    const std::string root = r.cameo.substr(0, 2);
    const bool two_sides = std::any_of(sources.begin(), sources.end(), [&](int32_t a) {
      return all[a].entity != all[sources.front()].entity;
    });
    if (targets.empty() && two_sides &&
        (root == "04" || root == "06" || is_one_of(r.cameo, {"030", "036", "037", "050", "057"})))
      targets = sources;
    if (targets.empty()) targets.push_back(-1);
    for (int32_t s : sources) {
      for (int32_t t : targets) {
        if (t >= 0 && doc_.actors.actors[s].entity == doc_.actors.actors[t].entity) continue;
        Event e;
        e.sentence = sentence_;
        e.predicate = r.noun != kNone && r.frame && r.frame->kind == FrameKind::noun ? r.noun : c.predicate;
        e.source = s;
        e.target = t;
        e.cameo = r.cameo;
        e.negated = negated;
        e.modality = hypothetical ? Modality::hypothetical : Modality::asserted;
        e.governor = governor;
        e.frame = r.frame ? r.frame->origin : std::string();
        out.push_back(std::move(e));
      }
    }
  }

  // True when the phrase headed by t has the determiner "no".
  bool has_no(uint32_t t) const {
    if (t == kNone) return false;
    for (uint32_t ch : tree_.children(t))
      if (tree_.base_deprel(ch) == "det" && ascii_lower(tree_.lemma(ch)) == "no") return true;
    return false;
  }

  // The addressee of an appeal or demand, who is to act: the object ("urged Syria to"), else the phrase with
  // "on", "upon" or "to" ("called on Russia to", "appealed to Iran to").
  uint32_t addressee(uint32_t verb) const {
    if (uint32_t o = tree_.child(verb, "obj"); o != kNone) return o;
    // The parser's "asking [Obama] to help" (but not its "demanded [Friday] that ...").
    if (uint32_t o = tree_.child(verb, "iobj"); o != kNone && actor_of(o) >= 0) return o;
    for (uint32_t ch : tree_.children(verb))
      if (tree_.base_deprel(ch) == "obl" && is_one_of(tree_.case_marker(ch), {"on", "upon", "to"})) return ch;
    return kNone;
  }

  // --- coding -------------------------------------------------------------------------------------------------

  void code_verb(uint32_t p, std::vector<Event>& out) {
    const Clause c = clause_of(p);
    const std::optional<Reading> reading = read(c);
    if (reading && reading->noun != kNone) used_nouns_.insert(reading->noun);

    // A complement verb governing a clause of its own: the combined event is coded where the inner verb is met.
    bool governs = false;
    for (uint32_t ch : tree_.children(p)) {
      const std::string_view rel = tree_.deprel(ch);
      if ((rel == "xcomp" || rel == "ccomp" || rel == "advcl") && governor_of(ch)) governs = true;
    }
    const std::vector<ComplementVerb> entries = complements_.lookup(dictionary_lemma(p, FrameKind::verb));
    const bool deny_verb = std::any_of(entries.begin(), entries.end(),
                                       [](const ComplementVerb& v) { return v.cls == ComplementClass::deny; });
    auto gov = governor_of(p);
    // "wants to meet Peru": a desire to do a coded act states a willingness, coded as an intent (03x; 13x for harm);
    // a desire for something no frame codes ("want to be recognised") stays uncoded.
    const bool desire_as_intent = gov && gov->entry.cls == ComplementClass::desire && reading;
    if (desire_as_intent) gov->entry.cls = ComplementClass::intent;
    // "plans / intends / prepares to impose sanctions": a stated intention to do harm (14-20) is a threat (13x), as
    // "will" + harm is; a plan to cooperate stays a hypothetical act.
    const bool plan_as_threat = gov && gov->entry.cls == ComplementClass::plan && reading &&
                                reading->cameo.substr(0, 2) >= "14" && reading->cameo.substr(0, 2) <= "20";
    if (plan_as_threat) gov->entry.cls = ComplementClass::threat;
    // "no" on the subject or on an object that the frame does not name ("held no talks", "No country condemned"),
    // but not "offered no comment", whose frame names the object: there "no" is what the code means.
    const bool frame_names_object = reading && reading->frame && reading->frame->kind == FrameKind::verb &&
                                    !reading->frame->object_lemmas.empty();
    const bool negated = c.negated || denied(p) || has_no(c.agent) || (!frame_names_object && has_no(c.patient));
    const bool hypothetical = c.hypothetical || (unrealized(p) && !desire_as_intent && !plan_as_threat);

    if (c.must && !c.negated && reported(p) && code_reported_obligation(p, c, reading, out)) return;
    if (reading && !negated && !hypothetical) code_allegation(p, c, *reading, out);

    if (gov && is_coded_class(gov->entry.cls)) {
      // "agreed to meet", "urged Syria to withdraw", "threatened to strike": one event, coded by the governor.
      const Clause g = clause_of(gov->verb);
      // "Chile said Peru must be ready to negotiate": being told one must be ready (willing, prepared) to act is
      // being told to act, a demand on the one who must (as "said Peru must negotiate").
      if (gov->entry.cls == ComplementClass::intent && g.must && !g.negated && reported(gov->verb) &&
          code_reported_obligation(gov->verb, g, reading, out))
        return;
      Reading combined;
      const std::string inner_root = reading ? reading->cameo.substr(0, 2) : std::string("*");
      // An intent to do harm is a threat ("vowed to attack"), not an intent to cooperate; an intent to investigate,
      // demand, criticize or reject (09-12) threatens nobody and is no cooperation: it announces that act, coded
      // as the act ("wants to examine the sites" -> 090).
      const bool hostile = inner_root != "*" && inner_root >= "13";
      const bool verbal_conflict = inner_root != "*" && inner_root >= "09" && inner_root <= "12";
      combined.cameo = complements_.code_for(
          gov->entry.cls == ComplementClass::intent && hostile ? ComplementClass::threat : gov->entry.cls,
          inner_root);
      if (gov->entry.cls == ComplementClass::intent && verbal_conflict) combined.cameo = reading->cameo;
      if (combined.cameo.empty()) return;
      combined.frame = reading ? reading->frame : nullptr;
      uint32_t target = reading ? reading->target : kNone;
      if (gov->entry.object_acts) {
        // The one who is to act: the addressee ("urged Syria to"), or the that-clause's subject ("demanded that
        // Israel withdraw").
        target = addressee(gov->verb);
        if (target == kNone && tree_.deprel(first_conjunct(p)) == "ccomp") target = c.agent;
      }
      // The inner frame names no target ("threatened to break relations with Russia"): an actor in the inner
      // clause's object or phrases, as for clauses on their own.
      if (target != kNone && !gov->entry.object_acts && actors_of(target).empty()) target = kNone;
      if (target == kNone && !gov->entry.object_acts) target = actor_in_complements(p, g.agent);
      if (target == kNone && !gov->entry.object_acts) target = protest_aim(p, kNone, g.agent);
      if (target == kNone) target = g.passive ? kNone : g.patient;
      // "threatened to strike unless Israel withdrew": a threat is aimed at whoever its condition is put to, when
      // it names no target with a country of its own.
      if (gov->entry.cls == ComplementClass::threat) {
        const int32_t t = actor_of(target);
        if (t < 0 || doc_.actors.actors[t].country.empty())
          if (uint32_t cond = condition_subject(p, gov->verb); cond != kNone) target = cond;
      }
      // "warned Russia not to invade" is still a threat: only the governing verb's negation or denial negates the
      // combined event; the inner clause's own "not" is part of what is demanded, urged or threatened.
      const bool inner_negation_is_content = gov->entry.cls == ComplementClass::demand ||
                                             gov->entry.cls == ComplementClass::appeal ||
                                             gov->entry.cls == ComplementClass::threat;
      target = country_inside(target);
      emit(out, g, combined, g.agent, target,
           g.negated || denied(gov->verb) || (negated && !inner_negation_is_content), g.hypothetical || hypothetical,
           gov->verb);
      return;
    }
    if (const auto turned = read_converse(c)) {
      // "received a call from X": X calls the subject.
      emit(out, c, turned->first, turned->second, c.agent, negated, hypothetical, gov ? gov->verb : kNone);
      return;
    }
    if (!reading) return;
    if (governs && !deny_verb) return;  // "said that ...", "agreed to ...": the governed clause carries the event
    uint32_t target = reading->target;
    if (deny_verb && target == kNone) target = denied_content_actor(p, c.agent);
    if (target != kNone && actors_of(target).empty()) target = kNone;
    if (target == kNone && !deny_verb) target = actor_in_complements(p, c.agent);
    // A verb read as a modifier of its object ("confiscated" an amod of "weapons"): the object's phrase is the
    // clause's complement ("confiscated weapons from armed groups" -> the groups).
    if (target == kNone && !deny_verb && c.patient != kNone && tree_.head(p) == c.patient)
      target = actor_in_span(c.patient, c.agent);
    // A protest, and any act naming no target, is aimed at whom its purpose names ("sent troops to protect X").
    const bool protest = reading->cameo.starts_with("14");
    // (For a protest the object's purpose too: "staged a strike to demand ...".)
    if (target == kNone && !deny_verb) target = protest_aim(p, protest ? c.patient : kNone, c.agent);
    target = country_inside(target);
    Reading r = *reading;
    if (c.future && !c.negated) r.cameo = future_code(r.cameo);
    // "will not accept", "said it would not meet their demands": announcing that one will not cooperate is a
    // refusal (12x), which happens, rather than a negated cooperation.
    const std::string root = r.cameo.substr(0, 2);
    if (c.future && c.negated && !denied(p) && root >= "03" && root <= "08") {
      const std::string refusal = complements_.code_for(ComplementClass::refuse, root);
      if (!refusal.empty()) {
        r.cameo = refusal;
        emit(out, c, r, c.agent, target, false, hypothetical, gov ? gov->verb : kNone);
        return;
      }
    }
    // "X may halt its mediation if ...", "could cut supplies unless ...": a harmful act its doer says it may do on
    // a condition is a threat (13x), which happens, not a hypothetical act.
    if (hypothetical && !negated && !question_ && conditional_threat(p) && root >= "14" && root <= "20") {
      const std::string threat = complements_.code_for(ComplementClass::threat, root);
      if (!threat.empty()) {
        r.cameo = threat;
        emit(out, c, r, c.agent, target, false, false, gov ? gov->verb : kNone);
        return;
      }
    }
    emit(out, c, r, c.agent, target, negated, hypothetical, gov ? gov->verb : kNone);
  }

  // True when p has a modal of possibility ("may", "might", "could", "would", "will") and an "if" or "unless"
  // clause of its own, and is not itself a condition or a governed complement.
  bool conditional_threat(uint32_t p) const {
    bool modal = false, condition = false;
    for (uint32_t ch : tree_.children(p)) {
      const std::string lemma = ascii_lower(tree_.lemma(ch));
      const std::string_view rel = tree_.base_deprel(ch);
      if (rel == "aux" && is_one_of(lemma, {"may", "might", "could", "would", "will", "'ll"})) modal = true;
      if (rel == "mark") return false;
      if (rel == "advcl")
        for (uint32_t m : tree_.children(ch))
          if (tree_.base_deprel(m) == "mark" && is_one_of(ascii_lower(tree_.text(m)), {"if", "unless"})) condition = true;
    }
    return modal && condition && !governor_of(p);
  }

  // "Russia said that Sudan must return the helicopter": what one actor says another must do is a demand on it
  // (10x by the inner event's root), coded for the speaker; false when the two are one actor ("Iraq said it must
  // cooperate") or either is no actor.
  bool code_reported_obligation(uint32_t p, const Clause& c, const std::optional<Reading>& reading,
                                std::vector<Event>& out) {
    const uint32_t say = tree_.head(first_conjunct(p));
    const Clause g = clause_of(say);
    const int32_t speaker = actor_of(g.agent), obliged = actor_of(c.agent);
    if (speaker < 0 || obliged < 0 || doc_.actors.actors[speaker].entity == doc_.actors.actors[obliged].entity)
      return false;
    Reading demand;
    demand.cameo = complements_.code_for(ComplementClass::demand, reading ? reading->cameo.substr(0, 2) : "*");
    if (demand.cameo.empty()) return false;
    demand.frame = reading ? reading->frame : nullptr;
    emit(out, g, demand, g.agent, c.agent, g.negated || denied(say), g.hypothetical, say);
    return true;
  }

  // "The US claimed that X had attacked Iraq": to claim or allege that another actor did harm (14-20) accuses it
  // (112), besides reporting the harm. Only verbs of alleging ("claim", "allege", "charge"), not "say".
  void code_allegation(uint32_t p, const Clause& c, const Reading& inner, std::vector<Event>& out) {
    const uint32_t first = first_conjunct(p);
    if (first != p || tree_.deprel(p) != "ccomp") return;  // once, for the first harm of a coordination
    const std::string root = inner.cameo.substr(0, 2);
    if (root < "14" || root > "20") return;
    const uint32_t v = tree_.head(p);
    if (v == kNone || tree_.upos(v) != Upos::VERB ||
        !is_one_of(dictionary_lemma(v, FrameKind::verb), {"claim", "allege", "charge"}))
      return;
    const Clause g = clause_of(v);
    const int32_t speaker = actor_of(g.agent), accused = actor_of(c.agent);
    if (speaker < 0 || accused < 0 || doc_.actors.actors[speaker].entity == doc_.actors.actors[accused].entity)
      return;
    Reading accusation;
    accusation.frame = inner.frame;
    accusation.cameo = "112";
    emit(out, g, accusation, g.agent, c.agent, g.negated || denied(v), g.hypothetical, v);
  }

  // The subject of an "if" or "unless" clause of verb p or of its governor g, when it is an actor.
  uint32_t condition_subject(uint32_t p, uint32_t g) const {
    for (uint32_t v : {p, g}) {
      for (uint32_t ch : tree_.children(v)) {
        if (tree_.base_deprel(ch) != "advcl") continue;
        bool conditional = false;
        for (uint32_t m : tree_.children(ch))
          if (tree_.base_deprel(m) == "mark" && is_one_of(ascii_lower(tree_.text(m)), {"if", "unless"})) conditional = true;
        if (!conditional) continue;
        const uint32_t s = tree_.child(ch, "nsubj");
        if (s != kNone && actor_of(s) >= 0) return s;
      }
    }
    return kNone;
  }

  // "will meet" -> intent to meet (03x); "will strike" -> threat (13x); other roots keep their code.
  std::string future_code(const std::string& cameo) const {
    const std::string root = cameo.substr(0, 2);
    if (root >= "04" && root <= "08") {
      const std::string code = complements_.code_for(ComplementClass::intent, root);
      if (!code.empty()) return code;
    }
    if (root >= "14" && root <= "20") {
      const std::string code = complements_.code_for(ComplementClass::threat, root);
      if (!code.empty()) return code;
    }
    return cameo;
  }

  // The target of a denial: the first actor named after the denying verb who is not on the speaker's side (what
  // is denied follows the verb; reading the rest of the sentence is robust to how the parser attached it).
  uint32_t denied_content_actor(uint32_t p, uint32_t agent) const {
    const auto& all = doc_.actors.actors;
    const int32_t speaker = actor_of(agent);
    const std::string side = speaker >= 0 ? all[speaker].country : std::string();
    for (int32_t a : actors_)
      if (all[a].head > p && !all[a].country.empty() && all[a].country != side) return all[a].head;
    return kNone;
  }

  // When the frame names no target: the first actor inside the clause's object or prepositional phrases ("blocked
  // any advance in Russia's initiative", "insisting on flexibility by Assad"), other than the source.
  // The object itself is passed over when it is the source's own side (its country, or none): what a
  // mobilization, withdrawal or deployment moves, not whom it is aimed at ("strengthened its forces in Lebanon" ->
  // LBN; "mobilized army reservists for a war against Iraq" -> IRQ); it is the target only when nothing else is.
  uint32_t actor_in_complements(uint32_t p, uint32_t agent) const {
    const auto& all = doc_.actors.actors;
    const int32_t source = actor_of(agent);
    const uint32_t object = tree_.child(p, "obj");
    uint32_t own_object = kNone;
    for (uint32_t ch : tree_.children(p)) {
      const std::string_view rel = tree_.base_deprel(ch);
      // In a passive the subject is the object ("evidence against Russia was presented by the US").
      if (rel != "obj" && rel != "obl" && rel != "iobj" && tree_.deprel(ch) != "nsubj:pass") continue;
      if (tree_.deprel(ch) == "obl:agent" || tree_.deprel(ch) == "obl:tmod") continue;
      const auto [first, end] = tree_.subtree_span(ch);
      for (int32_t a : actors_) {
        if (all[a].head < first || all[a].head >= end) continue;
        if (source >= 0 && all[a].entity == all[source].entity) continue;
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

  // The first actor whose head lies in the phrase headed by h, other than the source's entity.
  uint32_t actor_in_span(uint32_t h, uint32_t agent) const {
    const auto& all = doc_.actors.actors;
    const int32_t source = actor_of(agent);
    const auto [first, end] = tree_.subtree_span(h);
    for (int32_t a : actors_) {
      if (all[a].head < first || all[a].head >= end) continue;
      if (source >= 0 && all[a].entity == all[source].entity) continue;
      return all[a].head;
    }
    return kNone;
  }

  // A target actor with no country ("official contact" read as GOV) whose phrase names an actor with one ("all
  // official contact with Egypt"): that actor. Otherwise t itself.
  uint32_t country_inside(uint32_t t) const {
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
  uint32_t protest_aim(uint32_t p, uint32_t object, uint32_t agent) const {
    const auto& all = doc_.actors.actors;
    const int32_t source = actor_of(agent);
    for (uint32_t h : {p, object}) {
      if (h == kNone) continue;
      for (uint32_t ch : tree_.children(h)) {
        const std::string_view rel = tree_.base_deprel(ch);
        if (rel != "advcl" && rel != "xcomp" && rel != "acl") continue;
        if (tree_.upos(ch) != Upos::VERB) continue;
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
  uint32_t next_actor_after(uint32_t t, int32_t other) const {
    const auto& all = doc_.actors.actors;
    for (int32_t a : actors_)
      if (all[a].head > t && (other < 0 || all[a].entity != all[other].entity)) return all[a].head;
    return kNone;
  }

  // Event nouns that link two sides on their own: "talks between X and Y", "a split between A and B".
  void code_linking_noun(uint32_t n, std::vector<Event>& out) {
    const std::string lemma = dictionary_lemma(n, FrameKind::noun);
    if (!frames_.has_lemma(FrameKind::noun, lemma)) return;
    uint32_t between = kNone;
    for (uint32_t ch : tree_.children(n))
      if (tree_.base_deprel(ch) == "nmod" && tree_.case_marker(ch) == "between") between = ch;
    if (between == kNone) return;
    const ClauseShape shape{lemma, "", "", {"between"}};
    const VerbFrame* frame = frames_.match(FrameKind::noun, shape);
    if (!frame) return;
    // The two sides: conjoined phrases ("between Assad and his cousin"), or two actors inside one phrase
    // ("between the Russian and Syrian leadership").
    std::vector<uint32_t> sides = tree_.with_conjuncts(between);
    uint32_t source = kNone, target = kNone;
    if (sides.size() >= 2) {
      source = sides[0];
      target = sides[1];
      // A side that names no actor of its own ("his cousin": "his" is the other side) is often renamed right after
      // it ("..., the billionaire tycoon X"): take the next actor in the sentence that is not the other side.
      const int32_t source_actor = actor_of(source);
      const auto& all = doc_.actors.actors;
      const std::vector<int32_t> named = actors_of(target);
      const bool own_actor = std::any_of(named.begin(), named.end(), [&](int32_t a) {
        return source_actor < 0 || all[a].entity != all[source_actor].entity;
      });
      if (!own_actor) target = next_actor_after(target, source_actor);
    } else {
      const auto [first, end] = tree_.subtree_span(between);
      // In the order their words come: "the Russian and Syrian leadership" is Russian first.
      std::vector<std::pair<uint32_t, uint32_t>> found;  // (first token, head)
      for (int32_t a : actors_)
        if (doc_.actors.actors[a].head >= first && doc_.actors.actors[a].head < end)
          found.emplace_back(doc_.actors.actors[a].first_token, doc_.actors.actors[a].head);
      if (found.size() < 2) return;
      std::sort(found.begin(), found.end());
      source = found[0].second;
      target = found[1].second;
    }
    Clause c;
    c.predicate = n;
    const uint32_t verb = tree_.head(n);
    if (verb != kNone && tree_.upos(verb) == Upos::VERB) read_flags(verb, c);
    Reading r;
    r.frame = frame;
    r.cameo = frame->cameo;
    r.noun = n;
    emit(out, c, r, source, target, c.negated || denied(n), c.hypothetical || question_, kNone);
  }

  const SyntaxTree& tree_;
  const Document& doc_;
  const VerbFrameDictionary& frames_;
  const ComplementVerbs& complements_;
  uint32_t sentence_;
  std::vector<int32_t> actors_;  // actors whose head is in this sentence
  uint32_t first_ = 0, end_ = 0;
  bool question_ = false;
  std::set<uint32_t> used_nouns_;
};

}  // namespace

EventCoder::EventCoder(VerbFrameDictionary frames, ComplementVerbs complements)
    : frames_(std::move(frames)), complements_(std::move(complements)) {}

EventCoder EventCoder::load(const std::string& data_dir, const std::string& user_dir) {
  namespace fs = std::filesystem;
  std::vector<std::string> frame_files{data_dir + "/verb_frames.tsv"};
  std::vector<std::string> complement_files{data_dir + "/complement_verbs.tsv"};
  std::vector<std::string> modality_files{data_dir + "/modality_codes.tsv"};
  if (!user_dir.empty()) {
    if (!fs::is_directory(user_dir)) throw DictionaryError(user_dir + ": not a directory");
    if (fs::exists(user_dir + "/verb_frames.tsv")) frame_files.push_back(user_dir + "/verb_frames.tsv");
    if (fs::exists(user_dir + "/complement_verbs.tsv")) complement_files.push_back(user_dir + "/complement_verbs.tsv");
    if (fs::exists(user_dir + "/modality_codes.tsv")) modality_files.push_back(user_dir + "/modality_codes.tsv");
  }
  return EventCoder(VerbFrameDictionary::load(frame_files), ComplementVerbs::load(complement_files, modality_files));
}

void EventCoder::annotate(Document& doc) const {
  doc.events.events.clear();
  if (!doc.syntax.has_parse() || !doc.syntax.has_lemmas() || !doc.syntax.has_tags()) return;
  const SyntaxTree tree(doc);
  // The actors of each sentence (by their head token), in one pass.
  std::vector<std::vector<int32_t>> actors_by_sentence(doc.sentences.size());
  const auto& firsts = doc.sentences.first_token;
  for (size_t a = 0; a < doc.actors.actors.size(); ++a) {
    const uint32_t head = doc.actors.actors[a].head;
    const auto it = std::upper_bound(firsts.begin(), firsts.end(), head);
    if (it == firsts.begin()) continue;
    const size_t s = static_cast<size_t>(it - firsts.begin()) - 1;
    if (head < doc.sentences.end_token[s]) actors_by_sentence[s].push_back(static_cast<int32_t>(a));
  }
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    SentenceCoder coder(tree, doc, frames_, complements_, s, std::move(actors_by_sentence[s]));
    coder.code(doc.events.events);
  }
}

}  // namespace dunlin
