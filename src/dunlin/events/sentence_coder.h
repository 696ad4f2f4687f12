// Internal to the event coder: SentenceCoder codes the events of one sentence from its parse and its actors. Its
// members are defined by concern in these files of src/dunlin/events/:
//   clause_structure.cc      a predicate's clause: agent (subject, by-phrase, control, parser slips), object,
//                            particle, negation/modality flags, the prepositional phrases
//   frame_reading.cc         the verb-frame dictionary applied to a clause: lemmas, light verbs and event nouns,
//                            converse verbs, the target a frame names
//   complement_governors.cc  complement verbs over a clause (agreed to / threatened to / urged X to / denied that),
//                            denial, unrealized and conditional events, the future reading of "will"
//   argument_actors.cc       the actors an argument's phrase names, and actors found elsewhere in the clause
//   event_records.cc         the walk over a sentence's verbs and linking nouns, and the Event records it emits
// event_coder.cc holds EventCoder (loading the dictionaries, the walk over sentences).
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dunlin/document.h"
#include "dunlin/events/modality.h"
#include "dunlin/events/verb_frames.h"
#include "dunlin/syntax_tree.h"

namespace dunlin::event_coding {

inline constexpr uint32_t kNone = SyntaxTree::kNone;

inline bool is_coded_class(ComplementClass c) {
  return c == ComplementClass::intent || c == ComplementClass::appeal || c == ComplementClass::demand ||
         c == ComplementClass::refuse || c == ComplementClass::threat;
}

inline bool takes_infinitive(ComplementClass c) {
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

  // Appends the sentence's events to `out` (event_records.cc).
  void code(std::vector<Event>& out);

 private:
  // The complement verb that governs a predicate (through xcomp or ccomp), and its class for this construction.
  struct Governor {
    uint32_t verb = kNone;
    ComplementVerb entry;
  };

  // --- clause_structure.cc
  uint32_t agent_of(uint32_t p, int depth = 0, bool raising = false) const;
  uint32_t verb_read_as_adjective(uint32_t p) const;
  uint32_t verb_read_as_modifier(uint32_t p) const;
  bool parsed_passive_is_active(uint32_t p) const;
  uint32_t reduced_passive_agent(uint32_t p) const;
  uint32_t fired_by(uint32_t weapon) const;
  uint32_t stance_phrase(uint32_t p) const;
  bool first_word_of_clause(uint32_t h) const;
  bool first_verb_without_finite(uint32_t a, uint32_t b) const;
  bool first_verb_without_agent(uint32_t p) const;
  bool active_participle(uint32_t p) const;
  uint32_t object_of(uint32_t p) const;
  Clause clause_of(uint32_t p) const;
  void read_flags(uint32_t p, Clause& c) const;
  // An event a noun names: the clause of the noun with the negation and modality of `verb` (when it is a verb),
  // and the noun's reading under `frame`.
  Clause noun_clause(uint32_t n, uint32_t verb) const;
  static Reading noun_reading(uint32_t n, const VerbFrame* frame);
  bool reported(uint32_t p) const;
  bool infinitive_complement(uint32_t p) const;
  uint32_t to_marker(uint32_t p) const;  // the "to" of a to-infinitive p, else kNone
  uint32_t resignation_offerer(uint32_t p) const;  // "X's offer to resign": X, for p = "resign"; else kNone
  uint32_t verb_of_object_purpose(uint32_t p) const;
  uint32_t shared_conjunct(uint32_t p) const;
  uint32_t object_read_as_subject(uint32_t p) const;
  std::vector<std::pair<std::string_view, uint32_t>> obliques(uint32_t p, uint32_t object) const;
  // "Israel is opposed to the plan", "is committed to talks": a participle that states its subject's stance, not a
  // passive; its subject acts and the preposition's phrase is what the frame reads.
  bool adjectival_passive(uint32_t p) const { return stance_phrase(p) != kNone; }

  // --- frame_reading.cc
  std::string dictionary_lemma(uint32_t t, FrameKind kind) const;
  std::string find_dictionary_lemma(uint32_t t, FrameKind kind) const;
  static std::vector<std::string_view> preps_of(const std::vector<std::pair<std::string_view, uint32_t>>& obl);
  uint32_t target_for(const VerbFrame& frame, const Clause& c,
                      const std::vector<std::pair<std::string_view, uint32_t>>& obl) const;
  std::string compound_noun_lemma(uint32_t n) const;
  std::optional<Reading> read(const Clause& c);
  std::optional<std::pair<Reading, uint32_t>> read_converse(const Clause& c) const;

  // --- complement_governors.cc
  uint32_t first_conjunct(uint32_t p) const;
  std::optional<Governor> governor_of(uint32_t p) const;
  bool denied(uint32_t p) const;
  bool unrealized(uint32_t p) const;
  bool conditional_threat(uint32_t p) const;
  uint32_t condition_subject(uint32_t p, uint32_t g) const;
  std::string future_code(const std::string& cameo) const;
  bool orders_own_side(uint32_t verb) const;

  // --- argument_actors.cc
  std::vector<int32_t> actors_of(uint32_t h) const;
  int32_t actor_of(uint32_t h) const;
  int32_t actor_headed_by(uint32_t h) const;  // the sentence's actor whose head token is h, else -1
  bool place_in_phrase(uint32_t h) const;
  uint32_t said_object_clause(uint32_t object) const;
  bool has_no(uint32_t t) const;
  uint32_t addressee(uint32_t verb) const;
  uint32_t denied_content_actor(uint32_t p, uint32_t agent) const;
  // True when the denying verb p denies an act of its own subject's side: "denied that its troops had bombed X",
  // "denied supplying drones".
  bool denies_own_act(uint32_t p, uint32_t agent) const;
  // True when verb p is a source's terms for speaking ("asked not to be named", "requested anonymity").
  bool anonymity_formula(uint32_t p) const;
  // True when verb v keeps up, starts or resumes the act its complement names ("kept fighting", "continued to").
  bool aspectual(uint32_t v) const;
  uint32_t actor_in_complements(uint32_t p, uint32_t agent) const;
  uint32_t opposed_actor(uint32_t h, int32_t source) const;
  uint32_t actor_in_span(uint32_t h, uint32_t agent) const;
  uint32_t country_inside(uint32_t t) const;
  // True when the agent is a state (country, GOV or MIL) and every actor of phrase t is its armed forces (MIL, or
  // no sector, of its country).
  bool own_forces(uint32_t t, uint32_t agent) const;
  uint32_t protest_aim(uint32_t p, uint32_t object, uint32_t agent) const;
  uint32_t next_actor_after(uint32_t t, int32_t other) const;

  // --- event_records.cc
  void emit(std::vector<Event>& out, const Clause& c, const Reading& r, uint32_t source_head, uint32_t target_head,
            bool negated, bool hypothetical, uint32_t governor);
  bool in_other_clause(uint32_t t, uint32_t p) const;
  bool foreign(int32_t a, int32_t b) const;
  bool suicide_bomber(int32_t a) const;
  bool private_person(int32_t a) const;
  bool hedging_adjective(uint32_t p) const;
  bool inside_organization_name(uint32_t p) const;
  std::string riot_code(int32_t source, int32_t target, const std::string& cameo) const;
  bool says_a_clause(uint32_t p, const std::vector<ComplementVerb>& entries) const;
  void code_verb(uint32_t p, std::vector<Event>& out);
  bool code_reported_obligation(uint32_t p, const Clause& c, const std::optional<Reading>& reading,
                                std::vector<Event>& out);
  void code_allegation(uint32_t p, const Clause& c, const Reading& inner, std::vector<Event>& out);
  void code_linking_noun(uint32_t n, std::vector<Event>& out);
  bool code_event_from(uint32_t p, std::vector<Event>& out);
  bool code_characterization(uint32_t p, std::vector<Event>& out);
  bool code_reported_label(uint32_t p, std::vector<Event>& out);
  void code_setting_noun(uint32_t n, const std::string& lemma, std::vector<Event>& out);
  void code_possessed_event_noun(uint32_t n, std::vector<Event>& out);
  uint32_t said_to_undergo(uint32_t n) const;
  uint32_t event_noun_doer(uint32_t n) const;
  uint32_t attacker_of_harm(uint32_t p) const;
  uint32_t passive_gerund_controller(uint32_t p) const;
  bool asked_for(uint32_t n) const;
  static bool asks_for(std::string_view verb_lemma);
  void code_intent_noun(uint32_t n, std::vector<Event>& out);
  bool purpose_of_consultation(uint32_t p, const Clause& c);
  bool code_existential_noun(uint32_t n, const std::string& lemma, std::vector<Event>& out);
  bool code_demand_on_misparsed_content(uint32_t p, std::vector<Event>& out);

  const SyntaxTree& tree_;
  const Document& doc_;
  const VerbFrameDictionary& frames_;
  const ComplementVerbs& complements_;
  uint32_t sentence_;
  std::vector<int32_t> actors_;  // actors whose head is in this sentence
  uint32_t first_ = 0, end_ = 0;
  bool question_ = false;
  std::set<uint32_t> used_nouns_;
  // dictionary_lemma's answers for this sentence's tokens, per frame kind (verb, noun, converse, label)
  mutable std::vector<std::optional<std::string>> lemma_cache_[4];
};

}  // namespace dunlin::event_coding
