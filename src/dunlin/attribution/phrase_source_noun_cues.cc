// Cue passes 2-4 of ArticleTagger (article_tagger.h): fixed phrases ("declined to comment") and the stance
// they give a content, sources ("according to X", "citing X"), and nouns of saying ("X's claim that ...").
#include <algorithm>

#include "dunlin/attribution/article_tagger.h"
#include "dunlin/nlp/word_features.h"

namespace dunlin::attribution_detail {

// A stance phrase at the top of the content ("said there is no truth to ...") gives the content its stance.
void ArticleTagger::stance_from_content(Draft& d) {
  const Range c = trim(d.content);
  if (c.empty()) return;
  for (CueMatch& m : matches_) {
    if ((m.cue->kind != CueKind::phrase && m.cue->kind != CueKind::inner) || m.used || m.cue->stance == Stance::assert)
      continue;
    if (m.first < c.first || m.first >= c.end) continue;
    // "revealed that he accepted it but did not say ...": a phrase on a coordinated verb is an act of its own.
    bool coordinated = false;
    for (uint32_t t = m.first; t < m.end; ++t) coordinated |= tree_.deprel(t) == "conj";
    if (coordinated) continue;
    bool top = m.first < c.first + 5;
    for (uint32_t t = m.first; t < m.end && !top; ++t) top = t == d.content_head || tree_.head(t) == d.content_head;
    if (!top) continue;
    d.stance = m.cue->stance;
    m.used = true;
    return;
  }
  // "told X that Russia had not interfered": a past event said not to have happened is a denial. Not in a quote
  // that opens the content: the speaker's own words ("We didn't expect this," admitted the coach) tell, they do
  // not deny (a word quoted inside reported speech, 'had not "interfered"', still does).
  if (d.stance != Stance::assert || d.content_head == kNone || quoted(c.first)) return;
  bool negated = false, past = false, modal = false;
  const uint32_t h = d.content_head;
  for (uint32_t ch : tree_.children(h)) {
    const std::string_view rel = tree_.base_deprel(ch);
    const std::string l = lemma(ch);
    if (rel == "advmod" && is_one_of(l, {"not", "never"})) negated = true;
    // "does not just cover X but Y": "not only", "not just" add, they do not deny.
    if (rel == "advmod" && is_one_of(l, {"just", "only", "merely", "simply", "solely"}) && ch > 0 &&
        lemma(ch - 1) == "not")
      return;
    // "We haven't yet agreed ...", "... did not win, but ...": not (yet) done, or a concession, is no denial.
    if (rel == "advmod" && l == "yet") return;
    if (rel == "conj" && tree_.child(ch, "cc") != kNone && lemma(tree_.child(ch, "cc")) == "but") return;
    if (rel == "aux" && is_one_of(l, {"have", "do"})) past = true;
    if (rel == "cop" && penn(ch) == "VBD") past = true;
    if (rel == "aux" && is_one_of(l, {"will", "would", "could", "can", "may", "might", "should", "must", "shall"}))
      modal = true;
  }
  if (doc_.syntax.xpos_names && doc_.syntax.xpos.size() > h && doc_.syntax.xpos[h] < doc_.syntax.xpos_names->size() &&
      is_one_of(doc_.syntax.xpos_name(h), {"VBD", "VBN"}))
    past = true;
  // ("said they did not believe him", "did not know ...", "was not aware of ...": a state of mind, not an event
  // said not to have happened; "said he was not present" is a denial.)
  const bool state_of_mind = is_one_of(lemma(h), {"believe", "think", "know", "expect", "want", "wish", "like",
                                                  "remember", "understand", "feel", "mean", "intend", "care",
                                                  "aware", "sure", "certain", "happy", "satisfied", "convinced"});
  if (negated && past && !modal && !state_of_mind) d.stance = Stance::deny;
}

void ArticleTagger::phrase_cue(CueMatch& m) {
  uint32_t anchor = kNone;
  for (uint32_t t = m.first; t < m.end && anchor == kNone; ++t)
    if (tree_.upos(t) == Upos::VERB) anchor = t;
  for (uint32_t t = m.first; t < m.end && anchor == kNone; ++t)
    if (tree_.upos(t) == Upos::ADJ || tree_.upos(t) == Upos::AUX) anchor = t;
  if (anchor == kNone) anchor = m.first;
  // The phrase's head inside the sentence: climb while the head is inside the phrase.
  uint32_t head = anchor;
  for (uint32_t steps = 0; steps < m.end - m.first && tree_.head(head) != kNone && tree_.head(head) >= m.first &&
                           tree_.head(head) < m.end;
       ++steps)
    head = tree_.head(head);
  Draft d;
  d.cue_first = m.first;
  d.cue_end = m.end;
  for (const std::string& l : m.cue->lemmas) d.cue_lemma += (d.cue_lemma.empty() ? "" : " ") + l;
  d.stance = m.cue->stance;
  d.rule = "phrase";
  uint32_t speaker = subject_of(anchor);
  if (speaker == kNone && head != anchor) speaker = subject_of(head);
  // "X could not be reached for comment": the one not reached is the one who gave no comment.
  if (speaker == kNone && d.stance == Stance::no_comment) speaker = tree_.child(anchor, "nsubj:pass");
  // "The minister, who was asked about it, declined to comment" with "who" parsed as the subject.
  speaker = antecedent_of_relative(speaker);
  if (speaker != kNone && is_one_of(lemma(speaker), {"it", "there"}) && d.stance != Stance::no_comment) speaker = kNone;
  set_speaker(d, speaker);
  if (d.stance != Stance::no_comment) {
    // What is denied or uncertain: the rest of the sentence after the phrase.
    d.content = {m.end, sentence_end(m.first)};
    if (d.speaker_span.contains(m.end)) d.content.first = d.speaker_span.end;
    d.content_head = kNone;
  }
  m.used = true;
  drafts_.push_back(std::move(d));
}

void ArticleTagger::source_cue(uint32_t t) {
  // "according to X"
  for (CueMatch& m : matches_) {
    if (m.first != t || m.cue->kind != CueKind::source || m.used) continue;
    uint32_t x = tree_.head(m.first);
    if (x == kNone || x < m.first || !is_one_of(upos_name(tree_.upos(x)), {"NOUN", "PROPN", "PRON"})) {
      // The first noun of the phrase, which ends at the first punctuation mark; when the tagger found none
      // ("according to police," with "police" tagged a verb), the phrase's last word.
      x = kNone;
      uint32_t i = m.end;
      for (; i < sentence_end(t) && x == kNone && !is_punct(i); ++i) {
        // A date opens the phrase ("according to a June 2, 2018 UN release"): past the month, day and year.
        if (is_month(i) && i + 1 < sentence_end(t) && tree_.upos(i + 1) == Upos::NUM) {
          i += 1;
          if (i + 2 < sentence_end(t) && tree_.text(i + 1) == "," && tree_.upos(i + 2) == Upos::NUM) i += 2;
          continue;
        }
        if (is_one_of(upos_name(tree_.upos(i)), {"NOUN", "PROPN", "PRON"})) x = i;
      }
      if (x == kNone && i > m.end && i < m.end + 4 && !is_punct(i - 1)) x = i - 1;
      if (x == kNone) return;
      while (tree_.head(x) != kNone && tree_.head(x) > x && tree_.head(x) < sentence_end(t) &&
             is_one_of(tree_.base_deprel(x), {"compound", "flat", "amod"}))
        x = tree_.head(x);
    }
    // "according to Johns Hopkins University" with "according" hung on the first part of the name: the name's
    // head (the last word of the compound).
    while (tree_.head(x) != kNone && tree_.head(x) > x && tree_.head(x) < sentence_end(t) &&
           is_one_of(tree_.base_deprel(x), {"compound", "flat"}) &&
           is_one_of(upos_name(tree_.upos(tree_.head(x))), {"NOUN", "PROPN"}))
      x = tree_.head(x);
    // "identifies the jets according to their type and flight paths", "according to the plan": a measure or a
    // standard (the phrase's first word after a determiner or possessive, whatever its tag), not a source. Not a
    // name ("according to Plan International") nor the first part of a two-word noun ("the law firm representing
    // ...").
    uint32_t first_word = m.end;
    while (first_word < x && (tree_.upos(first_word) == Upos::DET || penn(first_word) == "PRP$")) ++first_word;
    const bool measure = first_word < sentence_end(t) && !nlp::is_capitalized(tree_.text(first_word)) &&
                         !(first_word + 1 == x && tree_.base_deprel(first_word) == "compound");
    if (measure &&
        is_one_of(lemma(first_word),
                  {"type",      "kind",     "pattern",     "plan",      "schedule",   "timetable",   "law",
                   "rule",      "standard", "criterion",   "criteria",  "principle",  "procedure",   "protocol",
                   "tradition", "custom",   "size",        "age",       "need",       "design",      "formula",
                   "scale",     "category", "instruction", "guideline", "regulation", "requirement", "merit",
                   "ability",   "capacity", "preference"}))
      return;
    Draft d;
    d.cue_first = m.first;
    d.cue_end = m.end;
    d.cue_lemma = "according to";
    d.stance = m.cue->stance;
    d.rule = "according-to";
    set_speaker(d, x);
    // "The company, according to two people familiar with the matter, plans ...": a parenthetical source ends
    // at its closing comma, whatever the parse hung on it; so does one that opens the sentence when the parse
    // hung the clause after it on the source ("According to a NATO release, Hungary spent ...").
    bool cut = false;
    if ((m.first > sentence_first(t) && tree_.text(m.first - 1) == ",") || d.speaker_span.end > x + 12)
      for (uint32_t i = std::max(m.end, x + 1); i < d.speaker_span.end && !cut; ++i)
        if (tree_.text(i) == ",") {
          d.speaker_span.end = i;
          cut = true;
        }
    // Any phrase opening the sentence whose span runs into a clause ("According to the agency (ABC), cases fell"
    // with the clause hung on the agency) ends at the last comma before the clause's verb (an apposition set off
    // by commas stays: "According to the mayor, Ana Ruiz, ...").
    if (!cut && m.first == sentence_first(t)) {
      uint32_t comma = kNone;
      for (uint32_t i = std::max(m.end, x + 1); i < d.speaker_span.end; ++i) {
        if (tree_.text(i) == ",") comma = i;
        if (is_one_of(penn(i), {"VBD", "VBZ", "VBP", "MD"})) {
          if (comma != kNone) {
            d.speaker_span.end = comma;
            cut = true;
          }
          break;
        }
      }
    }
    // One that lost its comma ("According to a report by X at least 84 people have been killed", with the clause
    // hung inside the source's phrase) ends where the subject of the first finite verb in it begins.
    // (It may follow a dateline or a headline that has no finite verb: "11 Aug 2016 According to ...".)
    bool opens_clause = nlp::is_capitalized(tree_.text(m.first));
    for (uint32_t i = sentence_first(t); i < m.first && opens_clause; ++i)
      opens_clause = !is_one_of(penn(i), {"VBD", "VBZ", "VBP", "MD"});
    // (Not when the phrase hangs on a clause outside it: then the parse found the clause it is about.)
    const uint32_t on = tree_.head(x);
    if (on != kNone && !d.speaker_span.contains(on) && is_one_of(upos_name(tree_.upos(on)), {"VERB", "AUX", "ADJ"}))
      opens_clause = false;
    bool run_on = false;
    uint32_t run_on_verb = kNone;
    if (!cut && opens_clause)
      for (uint32_t i = x + 1; i < d.speaker_span.end; ++i) {
        if (!is_one_of(penn(i), {"VBD", "VBZ", "VBP", "MD"})) continue;
        const uint32_t verb = tree_.upos(i) == Upos::AUX && tree_.head(i) != kNone ? tree_.head(i) : i;
        // (Not a relative or subordinate clause inside the source's phrase: "a report by X which says ...", "in
        // which ...", "when ..."; a clause the parse hung there as a relative one without a relative word is the
        // run-on clause itself.)
        bool relative = tree_.child(verb, "mark") != kNone;
        for (uint32_t c : tree_.children(verb)) {
          relative |= c < verb && is_one_of(penn(c), {"WDT", "WP", "WP$"});
          for (uint32_t g : tree_.children(c)) relative |= g < verb && is_one_of(penn(g), {"WDT", "WP", "WP$"});
        }
        if (relative) continue;
        uint32_t subject = tree_.child(verb, "nsubj");
        if (subject == kNone) subject = tree_.child(verb, "nsubj:pass");
        if (subject == kNone || subject <= x || subject >= i) break;
        const uint32_t opens = subtree(subject).first;
        // (Nor inside a phrase: not after "of", "the", "and" or "that".)
        if (opens > x && opens < d.speaker_span.end &&
            !is_one_of(upos_name(tree_.upos(opens - 1)), {"ADP", "DET", "CCONJ", "SCONJ", "PUNCT"})) {
          d.speaker_span.end = opens;
          run_on = true;
          run_on_verb = verb;
        }
        break;
      }
    // (A source hung on the subject or object of a clause speaks for the clause: "The rebels, according to a
    // monitor, have withdrawn" with the phrase on "rebels".)
    uint32_t clause = tree_.head(x);
    while (clause != kNone && is_one_of(upos_name(tree_.upos(clause)), {"NOUN", "PROPN", "PRON"}) &&
           is_one_of(tree_.deprel(clause), {"nsubj", "nsubj:pass", "obj", "appos"}) && tree_.head(clause) != kNone)
      clause = tree_.head(clause);
    // (A source hung on the participle that follows a clause speaks for the clause too: "Drones struck the depot,
    // killing nine, according to a monitor".)
    if (clause != kNone && tree_.base_deprel(clause) == "advcl" && penn(clause) == "VBG" &&
        tree_.head(clause) != kNone && tree_.head(clause) < clause)
      clause = tree_.head(clause);
    // (And for every clause of a coordination: "ran aground but did not sink, according to X".)
    if (clause != kNone && clause != tree_.head(x)) clause = coordination_of(clause);
    if (run_on) clause = run_on_verb;  // (what is said is the clause the source's phrase ran into)
    const Range sentence{sentence_first(t), sentence_end(t)};
    // (The phrase covers the speaker's apposition, whatever the parse hung it on: "According to the company's
    // spokeswoman, Anna Berg, the plant ...".)
    const Range phrase{std::min(m.first, d.speaker_span.first),
                       cut      ? d.speaker_span.end + 1
                       : run_on ? d.speaker_span.end
                                : std::max({m.end, subtree(x).end, d.speaker_span.end})};
    d.content = without(clause == kNone ? sentence : subtree(clause), phrase);
    d.content = without(d.content, phrase);
    d.content_head = clause;
    m.used = true;
    stance_from_content(d);
    drafts_.push_back(std::move(d));
    return;
  }
  // "..., citing X" on a clause that is not a verb of saying (those were chained above).
  if (tree_.upos(t) != Upos::VERB || chained_.count(t) || !cues_.word(CueKind::source, lemma(t))) return;
  const uint32_t cited = tree_.child(t, "obj");
  const uint32_t h = tree_.head(t);
  if (cited == kNone || h == kNone) return;
  for (uint32_t c : tree_.children(t))
    if (tree_.base_deprel(c) == "advcl" && cues_.word(CueKind::verb, lemma(c))) return;  // "quoted X as saying"
  if (!is_one_of(tree_.base_deprel(t), {"advcl", "xcomp", "conj", "parataxis"})) return;
  // "The report said that the river had risen, citing data from ...": inside what a verb of saying reports, the
  // source is that statement's own (its speaker reports what it cites), no attribution of its own.
  for (uint32_t up = h, steps = 0; up != kNone && steps < 8; up = tree_.head(up), ++steps) {
    const Cue* said = tree_.upos(up) == Upos::VERB ? cues_.word(CueKind::verb, lemma(up)) : nullptr;
    if (said && reports_a_statement(up, *said)) return;
  }
  // "resigned, quoting a line from a poem", "citing falling sales": what is cited must be able to speak (a name,
  // a pronoun, an anonymous source, or an actor the actor layer found), not a reason or a text.
  const bool can_speak = is_one_of(upos_name(tree_.upos(cited)), {"PROPN", "PRON"}) ||
                         cues_.anonymous_noun(lemma(cited)) ||
                         std::any_of(doc_.actors.actors.begin(), doc_.actors.actors.end(),
                                     [&](const Actor& a) { return a.first_token <= cited && cited < a.end_token; });
  if (!can_speak) return;
  Draft d;
  d.cue_first = t;
  d.cue_end = t + 1;
  d.cue_lemma = lemma(t);
  d.rule = "citing";
  set_speaker(d, cited);
  set_outlet(d, subject_of(t));
  d.content = without(subtree(h), subtree(t));
  d.content_head = h;
  drafts_.push_back(std::move(d));
}

void ArticleTagger::noun_cue(uint32_t t) {
  if (tree_.upos(t) != Upos::NOUN) return;
  // "a study in Scientific Reports, a journal": a capitalized plural after another capitalized word inside the
  // sentence is a title, not a document that says anything.
  if (t > sentence_first(t) + 1 && nlp::is_capitalized(tree_.text(t)) && nlp::is_capitalized(tree_.text(t - 1)) &&
      penn(t) == "NNS")
    return;
  if (cue_tokens_.empty())
    for (const Draft& d : drafts_) cue_tokens_.insert(d.cue_first);
  const Cue* cue = cues_.word(CueKind::noun, lemma(t));
  if (!cue) {
    // Multi-word nouns ("press conference") are found by their last word.
    for (const CueMatch& m : matches_)
      if (m.end == t + 1 && m.cue->kind == CueKind::noun) cue = m.cue;
    if (!cue) return;
  }
  const uint32_t h = tree_.head(t);
  // Already a verb cue's content or medium ("denied reports that", "said in a statement").
  if (h != kNone && cue_tokens_.count(h)) return;
  // Already another attribution's speaker: "according to the reports by X" is one attribution, not two.
  for (const Draft& other : drafts_)
    if (other.speaker != kNone && other.speaker_span.first <= t && t < other.speaker_span.end) return;
  Draft d;
  d.cue_first = t;
  d.cue_end = t + 1;
  d.cue_lemma = cue->lemmas.back();
  d.stance = cue->stance;
  // "X's claim that ...", "the claim by X that ...".
  const uint32_t clause = clause_of_noun(t);
  if (clause != kNone) {
    uint32_t speaker = tree_.child(t, "nmod:poss");
    if (speaker == kNone)
      for (uint32_t c : tree_.children(t))
        if (tree_.base_deprel(c) == "nmod" && is_one_of(tree_.case_marker(c), {"by", "from", "of"})) speaker = c;
    if (speaker == kNone) return;
    // "Following Wednesday's reports the Observatory called ...": a day is no speaker.
    if (names_a_day(speaker)) return;
    set_speaker(d, speaker);
    d.content = subtree(clause);
    // "The president's claim that the vote was rigged has been rejected by the courts" parsed with the sentence's
    // own predicate inside the clause (the noun as the root): the content ends where a finite verb group with no
    // marker of its own follows the clause's verb.
    if (tree_.deprel(t) == "root")
      for (uint32_t c : tree_.children(clause)) {
        const Range r = subtree(c);
        if (c <= clause || !is_one_of(tree_.base_deprel(c), {"ccomp", "conj", "parataxis"}) ||
            !is_one_of(penn(r.first), {"VBD", "VBZ", "VBP", "MD"}))
          continue;
        d.content.end = r.first;
        break;
      }
    d.content_head = clause;
    d.rule = "noun-clause";
    stance_from_content(d);
    drafts_.push_back(std::move(d));
    return;
  }
  // "The ministry issued the following statement: "..."": a noun of saying as the object of its author's verb,
  // with a colon and what is said right after it (or, when the colon ends the sentence, in the quote or the
  // paragraphs that follow: a lead-in).
  if (tree_.deprel(t) == "obj" && t + 2 <= sentence_end(t) && tree_.text(t + 1) == ":" && !quoted(t)) {
    const uint32_t author = author_of_statement(t);
    // ("opposed the minister's statement: ..." quotes what the subject says about another's statement.)
    if (author == kNone || author > t || tree_.child(t, "nmod:poss") != kNone) return;
    const uint32_t c = t + 2;
    if (c == sentence_end(t)) {
      set_speaker(d, author);
      d.lead_in = true;
      d.rule = "lead-in";
      drafts_.push_back(std::move(d));
      return;
    }
    Range content{c, sentence_end(t)};
    if (is_quote_mark(tree_.text(c)) && c + 1 < quote_of_.size() && quote_of_[c + 1] >= 0 &&
        quotes_[quote_of_[c + 1]].open == c)
      content = {quotes_[quote_of_[c + 1]].first, quotes_[quote_of_[c + 1]].end};
    d.content = trim(content);
    if (d.content.empty()) return;
    set_speaker(d, author);
    d.rule = "noun-colon";
    drafts_.push_back(std::move(d));
    return;
  }
  // "In a statement, the ministry accused ...": the clause's subject speaks the clause (not the participle of
  // a speaker's phrase: "the minister, speaking at a news conference, said ...").
  if (h == kNone || tree_.upos(h) != Upos::VERB || tree_.base_deprel(t) != "obl") return;
  if (tree_.base_deprel(h) == "acl" || penn(h) == "VBG") return;
  // Being at an event is not saying anything: "appeared in a news conference with X" (but "called for
  // calm in a statement" is a statement).
  bool carries = false;
  for (uint32_t c : tree_.children(h))
    carries |= is_one_of(tree_.base_deprel(c), {"obj", "ccomp", "xcomp", "iobj"});
  if (!carries && is_one_of(lemma(h), {"appear", "attend", "participate", "arrive", "sit", "stand", "be"})) return;
  // "They said so in a joint statement": a verb of saying with no object or clause of its own says nothing here;
  // nor does a verb whose content is a clause when its object is a plain noun ("announced the measure at a
  // briefing"): when it has content, the verb is the cue. (A verb whose object is whom the statement is about
  // keeps the medium: "in a statement, the ministry accused Turkey".)
  if (const Cue* verb = cues_.word(CueKind::verb, lemma(h));
      verb && (!carries || (verb->object == CueObject::clause && !is_addressee_verb(lemma(h)))))
    return;
  if (!is_one_of(tree_.case_marker(t), {"in", "during", "at", "through", "via"})) return;
  // Not an act left undone ("did not release the name in its announcement"), a characterization ("called Biden a
  // decent man": the annotation guidelines do not count "called X Y") or an appeal ("called on drivers to ...": an
  // event).
  for (uint32_t c : tree_.children(h)) {
    if (tree_.base_deprel(c) == "advmod" && is_one_of(lemma(c), {"not", "never"})) return;
    if (lemma(h) == "call" && (is_one_of(tree_.base_deprel(c), {"xcomp", "compound:prt"}) ||
                               (tree_.base_deprel(c) == "obl" && is_one_of(tree_.case_marker(c), {"on", "for", "upon"}))))
      return;
  }
  // ("In a press conference, the winner thanked her team and said she ...": a verb of saying joined to the clause
  // with a clause of its own carries the attribution itself.)
  for (uint32_t c : tree_.children(h))
    if (tree_.base_deprel(c) == "conj" && tree_.upos(c) == Upos::VERB && cues_.word(CueKind::verb, lemma(c)) &&
        tree_.child(c, "ccomp") != kNone)
      return;
  // A bare singular noun after the preposition is an idiom, not a medium: "put the agency in charge".
  if (penn(t) == "NN" && tree_.child(t, "det") == kNone && tree_.child(t, "nmod:poss") == kNone &&
      tree_.child(t, "amod") == kNone && tree_.child(t, "compound") == kNone)
    return;
  const uint32_t speaker = subject_of(h);
  if (speaker == kNone) return;
  set_speaker(d, speaker);
  for (uint32_t n : tree_.children(t))
    if (tree_.base_deprel(n) == "nmod" && is_one_of(tree_.case_marker(n), {"with", "to"})) set_outlet(d, n);
  d.content = without(subtree(h), subtree(t));
  d.content_head = h;
  d.rule = "medium";
  drafts_.push_back(std::move(d));
}

}  // namespace dunlin::attribution_detail
