#include "dunlin/events/event_coder.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <set>

#include "dunlin/syntax_tree.h"
#include "dunlin/actors/tsv.h"

namespace dunlin {
namespace {

constexpr uint32_t kNone = SyntaxTree::kNone;

bool is_one_of(std::string_view s, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), s) != set.end();
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

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
                const ComplementVerbs& complements, uint32_t sentence)
      : tree_(tree), doc_(doc), frames_(frames), complements_(complements), sentence_(sentence) {
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
    for (size_t a = 0; a < doc.actors.actors.size(); ++a) {
      const Actor& actor = doc.actors.actors[a];
      if (actor.head >= first_ && actor.head < end_) actors_.push_back(static_cast<int32_t>(a));
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
  // --- clause structure ---------------------------------------------------------------------------------------

  uint32_t agent_of(uint32_t p, int depth = 0) const {
    if (depth > 8) return kNone;
    if (uint32_t s = tree_.child(p, "nsubj"); s != kNone) {
      if (tree_.deprel(p) == "acl:relcl" && is_one_of(lower(tree_.text(s)), {"who", "which", "that"}))
        return tree_.head(p);
      return s;
    }
    if (tree_.child(p, "nsubj:pass") != kNone || tree_.child(p, "aux:pass") != kNone) {
      if (uint32_t a = tree_.child(p, "obl:agent"); a != kNone) return a;
      for (uint32_t c : tree_.children(p))
        if (tree_.base_deprel(c) == "obl" && tree_.case_marker(c) == "by") return c;
      return kNone;
    }
    const uint32_t h = tree_.head(p);
    if (h == kNone) return kNone;
    const std::string_view rel = tree_.deprel(p);
    if (rel == "conj" || rel == "advcl") return agent_of(h, depth + 1);
    if (rel == "xcomp") {
      // "urged Syria to withdraw": Syria withdraws; "agreed to meet": the subject meets.
      for (const ComplementVerb& v : complements_.lookup(tree_.lemma(h)))
        if (v.object_acts)
          if (uint32_t o = tree_.child(h, "obj"); o != kNone) return o;
      return agent_of(h, depth + 1);
    }
    if (rel == "acl:relcl") return h;
    return kNone;
  }

  Clause clause_of(uint32_t p) const {
    Clause c;
    c.predicate = p;
    c.agent = agent_of(p);
    if (uint32_t sp = tree_.child(p, "nsubj:pass"); sp != kNone) {
      c.passive = true;
      c.patient = sp;
    } else {
      c.patient = tree_.child(p, "obj");
    }
    if (uint32_t prt = tree_.child(p, "compound:prt"); prt != kNone) c.particle = tree_.lemma(prt);
    read_flags(p, c);
    // Coordinated verbs share the first conjunct's auxiliaries and negation ("did not meet or talk").
    if (tree_.deprel(p) == "conj" && tree_.child(p, "nsubj") == kNone) {
      Clause first;
      read_flags(tree_.head(p), first);
      c.negated |= first.negated;
      c.hypothetical |= first.hypothetical;
      c.future |= first.future;
    }
    c.hypothetical |= question_;
    return c;
  }

  void read_flags(uint32_t p, Clause& c) const {
    for (uint32_t ch : tree_.children(p)) {
      const std::string_view rel = tree_.base_deprel(ch);
      const std::string lemma = lower(tree_.lemma(ch));
      if ((rel == "advmod" || rel == "neg") && is_one_of(lemma, {"not", "never", "n't"})) c.negated = true;
      if (rel == "mark" && lemma == "without") c.negated = true;
      if (rel == "aux" && is_one_of(lemma, {"would", "could", "might", "may", "should", "can", "must"}))
        c.hypothetical = true;
      if (rel == "aux" && is_one_of(lemma, {"will", "shall", "'ll"})) c.future = true;
      if (rel == "mark" && is_one_of(lemma, {"if", "unless", "whether"})) c.hypothetical = true;
    }
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
        if (!prep.empty()) out.emplace_back(prep, ch);
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

  // The coded reading of a verb clause, or nullopt when no frame matches.
  std::optional<Reading> read(const Clause& c) {
    const uint32_t p = c.predicate;
    const std::string lemma = lower(tree_.lemma(p));
    const uint32_t object = c.passive ? kNone : c.patient;
    const std::string object_lemma = object == kNone ? std::string() : lower(tree_.lemma(object));
    const auto obl = obliques(p, object);
    const auto preps = preps_of(obl);
    // In passives the frame's direct object is the passive subject.
    const std::string patient_lemma = c.patient == kNone ? std::string() : lower(tree_.lemma(c.patient));
    const ClauseShape verb_shape{lemma, c.particle, patient_lemma, preps};
    const VerbFrame* verb = frames_.match(FrameKind::verb, verb_shape);

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

  // --- governors ----------------------------------------------------------------------------------------------

  // The complement verb that governs predicate p (through xcomp or ccomp), and its class for this construction.
  struct Governor {
    uint32_t verb = kNone;
    ComplementVerb entry;
  };
  std::optional<Governor> governor_of(uint32_t p) const {
    const std::string_view rel = tree_.deprel(p);
    const bool infinitive = rel == "xcomp";
    if (!infinitive && rel != "ccomp") return std::nullopt;
    const uint32_t g = tree_.head(p);
    if (g == kNone || tree_.upos(g) != Upos::VERB) return std::nullopt;
    std::optional<Governor> found;
    for (const ComplementVerb& v : complements_.lookup(lower(tree_.lemma(g)))) {
      if (takes_infinitive(v.cls) != infinitive) continue;
      found = Governor{g, v};
      break;
    }
    return found;
  }

  // True when p lies inside what a deny- or negate-class verb governs (its complement, or its object and what hangs
  // on that: "denied reports that ..."), or under a negated reporting verb.
  bool denied(uint32_t p) const {
    uint32_t child = p;
    for (int depth = 0; depth < 12; ++depth) {
      const uint32_t h = tree_.head(child);
      if (h == kNone || h < first_ || h >= end_) return false;
      const std::string_view rel = tree_.base_deprel(child);
      if (tree_.upos(h) == Upos::VERB && (rel == "ccomp" || rel == "xcomp" || rel == "obj")) {
        for (const ComplementVerb& v : complements_.lookup(lower(tree_.lemma(h))))
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
    for (uint32_t conj : tree_.with_conjuncts(h)) {
      const int32_t a = actor_of(conj);
      if (a >= 0 && std::find(out.begin(), out.end(), a) == out.end()) out.push_back(a);
    }
    return out;
  }

  int32_t actor_of(uint32_t h) const {
    if (h >= doc_.tokens.size()) return -1;  // kNone: a clause without that argument
    const auto& all = doc_.actors.actors;
    for (int32_t a : actors_) if (all[a].head == h) return a;
    for (int32_t a : actors_) if (all[a].first_token <= h && h < all[a].end_token) return a;
    // One level down: possessives, modifiers, compounds ("Russia's initiative", "the Syrian regime's forces").
    for (uint32_t ch : tree_.children(h)) {
      const std::string_view rel = tree_.deprel(ch);
      if (rel == "nmod:poss" || rel == "amod" || rel == "compound" || rel == "nmod" || rel == "appos") {
        for (int32_t a : actors_) if (all[a].head == ch || (all[a].first_token <= ch && ch < all[a].end_token)) return a;
      }
    }
    return -1;
  }

  void emit(std::vector<Event>& out, const Clause& c, const Reading& r, uint32_t source_head, uint32_t target_head,
            bool negated, bool hypothetical, uint32_t governor) {
    std::vector<int32_t> sources = actors_of(source_head);
    std::vector<int32_t> targets = actors_of(target_head);
    if (sources.empty()) return;
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

  // --- coding -------------------------------------------------------------------------------------------------

  void code_verb(uint32_t p, std::vector<Event>& out) {
    const Clause c = clause_of(p);
    const std::optional<Reading> reading = read(c);
    if (reading && reading->noun != kNone) used_nouns_.insert(reading->noun);

    // A complement verb governing a clause of its own: the combined event is coded where the inner verb is met.
    bool governs = false;
    for (uint32_t ch : tree_.children(p)) {
      if (governor_of(ch)) governs = true;
    }
    const std::vector<ComplementVerb> entries = complements_.lookup(lower(tree_.lemma(p)));
    const bool deny_verb = std::any_of(entries.begin(), entries.end(),
                                       [](const ComplementVerb& v) { return v.cls == ComplementClass::deny; });
    const auto gov = governor_of(p);
    const bool negated = c.negated || denied(p);
    const bool hypothetical = c.hypothetical || unrealized(p);

    if (gov && is_coded_class(gov->entry.cls)) {
      // "agreed to meet", "urged Syria to withdraw", "threatened to strike": one event, coded by the governor.
      const Clause g = clause_of(gov->verb);
      Reading combined;
      const std::string inner_root = reading ? reading->cameo.substr(0, 2) : std::string("*");
      combined.cameo = complements_.code_for(gov->entry.cls, inner_root);
      if (combined.cameo.empty()) return;
      combined.frame = reading ? reading->frame : nullptr;
      uint32_t target = reading ? reading->target : kNone;
      if (gov->entry.object_acts) target = tree_.child(gov->verb, "obj");
      if (target == kNone) target = g.passive ? kNone : g.patient;
      emit(out, g, combined, g.agent, target, g.negated || denied(gov->verb) || negated,
           g.hypothetical || hypothetical, gov->verb);
      return;
    }
    if (!reading) return;
    if (governs && !deny_verb) return;  // "said that ...", "agreed to ...": the governed clause carries the event
    uint32_t target = reading->target;
    if (deny_verb && governs && target == kNone) target = denied_content_actor(p, c.agent);
    Reading r = *reading;
    if (c.future && !c.negated) r.cameo = future_code(r.cameo);
    emit(out, c, r, c.agent, target, negated, hypothetical, gov ? gov->verb : kNone);
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

  // The target of a denial: the first actor named in the denied content who is not on the speaker's side.
  uint32_t denied_content_actor(uint32_t p, uint32_t agent) const {
    const auto& all = doc_.actors.actors;
    const int32_t speaker = actor_of(agent);
    const std::string side = speaker >= 0 ? all[speaker].country : std::string();
    for (uint32_t ch : tree_.children(p)) {
      const std::string_view rel = tree_.base_deprel(ch);
      if (rel != "ccomp" && rel != "obj") continue;
      const auto [first, end] = tree_.subtree_span(ch);
      for (int32_t a : actors_)
        if (all[a].head >= first && all[a].head < end && all[a].country != side) return all[a].head;
    }
    return kNone;
  }

  // Event nouns that link two sides on their own: "talks between X and Y", "a split between A and B".
  void code_linking_noun(uint32_t n, std::vector<Event>& out) {
    const std::string lemma = lower(tree_.lemma(n));
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
    } else {
      const auto [first, end] = tree_.subtree_span(between);
      std::vector<uint32_t> heads;
      for (int32_t a : actors_)
        if (doc_.actors.actors[a].head >= first && doc_.actors.actors[a].head < end)
          heads.push_back(doc_.actors.actors[a].head);
      if (heads.size() < 2) return;
      source = heads[0];
      target = heads[1];
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
  uint32_t first_ = 0, end_ = 0;
  bool question_ = false;
  std::vector<int32_t> actors_;  // actors whose head is in this sentence
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
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    SentenceCoder coder(tree, doc, frames_, complements_, s);
    coder.code(doc.events.events);
  }
}

}  // namespace dunlin
