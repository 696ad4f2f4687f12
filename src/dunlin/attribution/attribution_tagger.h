// The attribution stage: finds quotes and reported speech, with who said it (the speaker, resolved through the
// actor layer), the cue, the content and the speaker's stance. It runs before the event coder, which links every
// event inside reported content to its attribution (and negates it under a denial). docs/attribution.md describes the constructions and the output.
//
// Constructions, in the order they are read:
//  1. Verbs of saying with content (cues.tsv, kind verb): "X said (that) ...", "X told Y that ..." (Y is the
//     addressee/outlet), "..., X said" (the verb as parataxis of the content), "X said: "..."", "X denied reports
//     that ..." (the content is the noun's clause), a colon lead-in ending its paragraph followed by a block quote
//     ("X insisted:" then paragraphs without marks, up to the next paragraph that attributes or quotes itself).
//  2. Fixed phrases (kind phrase): "declined to comment", "offered no comment", "it is unclear whether", "could not
//     confirm"; inside the content of a verb of saying they give that content its stance ("said there is no truth
//     to ...").
//  3. Sources (kind source): "according to X" (X speaks the clause the phrase hangs on), "citing X" and "quoted X
//     as saying" (chains: X is the speaker, the reporting outlet goes to `outlet`).
//  4. Nouns of saying (kind noun): "X's claim that ...", "in a statement, X ..." (X the clause's subject).
//  5. Quoted sentences with no cue of their own continue the nearest direct quote of the same or previous paragraph.
// Then: content is widened to the quote it starts in (quotes over sentences and paragraphs); a speaker is anonymous
// when its phrase has a marker of anonymity.tsv, or its head is an anonymous noun ("official", "sources") and no
// name is in it, or it is an actor already quoted anonymously. Last, "me" and "us" inside a direct quote become
// actors of the speaker's entity (Actor::quote), so the coder finds the target of what was done to the speaker.
#pragma once

#include <memory>
#include <string>

#include "dunlin/attribution/attribution_cues.h"
#include "dunlin/document.h"

namespace dunlin {

class AttributionTagger {
 public:
  explicit AttributionTagger(std::shared_ptr<const AttributionCues> cues);
  // Loads data_dir/cues.tsv and data_dir/anonymity.tsv (normally data/attribution), plus the user's files.
  static AttributionTagger load(const std::string& data_dir, const std::string& user_dir = "");

  // Needs tokens, sentences, paragraphs and the syntax layer; uses the actor layer when present. Adds the
  // attribution layer and appends first-person actors to the actor layer (removing those of an earlier run).
  void annotate(Document& doc) const;

  const AttributionCues& cues() const { return *cues_; }

 private:
  std::shared_ptr<const AttributionCues> cues_;
};

}  // namespace dunlin
