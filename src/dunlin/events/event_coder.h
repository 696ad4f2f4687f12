// The event coder: reads the parse (syntax layer) and the coded actors (actor layer) of a Document and adds the
// events layer: who did what to whom, as CAMEO codes from the verb-frame dictionary, with negation, modality and
// the "agreed to / threatened to / urged X to / denied that" constructions resolved.
//
// The rules, in the order they apply (docs/event-coding.md says more):
//  1. Each verb is a clause: its agent is the subject (the by-phrase in passives; the governing clause's subject or
//     object for "to"-complements; the shared subject for coordinated verbs; the modified noun for relative clauses).
//  2. A clause is an event only when a frame of verb_frames.tsv matches it (no default code). A verb whose object is
//     an event noun ("held talks with", "launched an attack on") is coded through the noun's frame when no verb
//     frame is more specific. Event nouns linking two sides ("talks between X and Y") are events on their own.
//  3. A verb of complement_verbs.tsv governing a clause changes it: intent/appeal/demand/refuse/threat give one
//     combined event coded from modality_codes.tsv; negate and deny mark the inner event negated; attempt, desire
//     and plan mark it hypothetical; report (say, tell) leaves it asserted (attribution is the next stage's layer).
//  4. "not", "never", "no" negate; modal verbs, "if" and questions make a clause hypothetical; "will" turns a
//     cooperative event into an intent (03x) and a violent one into a threat (13x).
//  5. Conjoined actors give one event each. An event needs a source actor; its target may be absent.
//  6. When the attribution layer is there (the stage before), each event inside reported content is linked to the
//     innermost attribution holding it (Event::attribution), and negated under a denial.
#pragma once

#include <string>
#include <vector>

#include "dunlin/document.h"
#include "dunlin/events/modality.h"
#include "dunlin/events/verb_frames.h"

namespace dunlin {

class EventCoder {
 public:
  // Loads verb_frames.tsv, complement_verbs.tsv and modality_codes.tsv from `data_dir` (normally data/events),
  // then the same files found in `user_dir` (when not empty), which add to or override the built-in rows.
  static EventCoder load(const std::string& data_dir, const std::string& user_dir = "");
  EventCoder(VerbFrameDictionary frames, ComplementVerbs complements);

  // Needs tokens, sentences, the syntax layer (tags, lemmas, parse) and the actor layer; adds the events layer,
  // linked to the attribution layer when present.
  void annotate(Document& doc) const;

  const VerbFrameDictionary& frames() const { return frames_; }

 private:
  static void link_to_attributions(Document& doc);
  VerbFrameDictionary frames_;
  ComplementVerbs complements_;
};

}  // namespace dunlin
