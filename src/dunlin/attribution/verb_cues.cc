// Verbs of saying for ArticleTagger (article_tagger.h): "X said (that) ...", "X told Y ...", "..., X said",
// colon lead-ins, and verbs of saying the tagger took for a noun or an adjective.
#include <algorithm>

#include "dunlin/attribution/article_tagger.h"

namespace dunlin::attribution_detail {

// False for cues that report no one else's words: a first-person assertion inside a quote ("we can say that",
// "as I have stated": the quoted speaker's own voice, attributed by the quote itself), and a generic relative
// clause ("those who think ...").
bool ArticleTagger::voices_someone_else(const Draft& d, uint32_t t) const {
  if (d.speaker == kNone) return true;
  const std::string speaker = ascii_lower(tree_.text(d.speaker));
  if (quoted(t) && d.stance != Stance::deny && is_one_of(speaker, {"i", "we"})) return false;
  if (tree_.deprel(t) == "acl:relcl" &&
      is_one_of(speaker, {"those", "anyone", "anybody", "everyone", "everybody", "whoever", "people"}))
    return false;
  return true;
}

std::string_view ArticleTagger::penn(uint32_t t) const {
  if (!doc_.syntax.xpos_names || doc_.syntax.xpos.size() <= t || doc_.syntax.xpos[t] >= doc_.syntax.xpos_names->size())
    return "_";
  return doc_.syntax.xpos_name(t);
}

// False for uses of a verb of saying that report no statement: a participle inside a noun phrase ("the stated
// goals", "the confirmed deaths"), "deny someone something", a source aside ("as reported by X"), a purpose or
// intended act ("to confirm if ...", "went to defend ..."), a hypothetical or future act under a modal ("can
// explain", "may declare").
bool ArticleTagger::reports_a_statement(uint32_t t, const Cue& cue) const {
  const uint32_t first = sentence_first(t), end = sentence_end(t);
  // A bare past participle before a noun, after a determiner, adjective, preposition or verb: "the stated goals",
  // "amongst reported incidents", "protecting alleged abusers" (a finite "alleged" follows its subject).
  // The tagger may call it a past tense; no finite verb follows a determiner, a preposition or a gerund.
  if (t > first && t + 1 < end && is_one_of(upos_name(tree_.upos(t + 1)), {"NOUN", "ADJ", "PROPN", "NUM"}) &&
      tree_.child(t, "aux") == kNone && tree_.child(t, "aux:pass") == kNone && tree_.child(t, "nsubj") == kNone) {
    const Upos before = tree_.upos(t - 1);
    if (penn(t) == "VBN" && is_one_of(upos_name(before), {"DET", "ADJ", "ADP", "VERB"})) return false;
    if (penn(t) == "VBD" && (before == Upos::DET || before == Upos::ADP || penn(t - 1) == "VBG")) return false;
    // ("sanctioned Iran over alleged plots": a preposition the tagger called an adverb.)
    if (is_one_of(penn(t), {"VBD", "VBN"}) &&
        is_one_of(ascii_lower(tree_.text(t - 1)), {"over", "about", "amid", "against", "despite", "for", "of"}))
      return false;
  }
  // "listed 14 confirmed transfers", "three reported deaths": a participle between a number and a noun modifies the
  // noun (the parse may make the number its subject).
  if (t > first && t + 1 < end && tree_.upos(t - 1) == Upos::NUM && tree_.upos(t + 1) == Upos::NOUN &&
      is_one_of(penn(t), {"VBD", "VBN"}) && tree_.child(t, "aux") == kNone && tree_.child(t, "aux:pass") == kNone)
    return false;
  if (cue.stance == Stance::deny) {
    int objects = 0;
    for (uint32_t c : tree_.children(t)) objects += tree_.deprel(c) == "obj" || tree_.deprel(c) == "iobj";
    if (objects >= 2) return false;
  }
  if (t > first && lemma(t - 1) == "as" && penn(t) == "VBN") return false;
  // "When asked whether ..., the minister said", "Quoted in the report, ...": a bare participle modifier is
  // passive; its subject was addressed, it did not speak.
  if (tree_.base_deprel(t) == "advcl" && tree_.head(t) != kNone && t < tree_.head(t) &&
      is_one_of(penn(t), {"VBN", "VBD"}) && tree_.child(t, "aux") == kNone && tree_.child(t, "aux:pass") == kNone &&
      tree_.child(t, "nsubj") == kNone &&
      (t == first || is_one_of(lemma(t - 1), {"when", "if", "once", "after", "before", "unless", "as", "while"})))
    return false;
  // (Also "The spokesman, when asked whether ..., told ..." whatever the parse made of "asked".)
  if (lemma(t) == "ask" && is_one_of(penn(t), {"VBN", "VBD"}) && t > first && is_one_of(lemma(t - 1), {"when", "if", "once", "after"}) &&
      tree_.child(t, "nsubj") == kNone && tree_.child(t, "aux") == kNone && tree_.child(t, "aux:pass") == kNone)
    return false;
  // "... without specifying whether ...": what is not done says nothing.
  if (penn(t) == "VBG" && tree_.child(t, "mark") != kNone && lemma(tree_.child(t, "mark")) == "without") return false;
  if (penn(t) == "VBG" && t > first && lemma(t - 1) == "without") return false;
  // "Asked whether he would resign, Lee replied ...": a bare participle opening the sentence, with no subject or
  // auxiliary of its own, says nothing; its understood subject was addressed.
  if (t == first && is_one_of(penn(t), {"VBN", "VBD"}) && tree_.child(t, "nsubj") == kNone &&
      tree_.child(t, "nsubj:pass") == kNone && tree_.child(t, "aux") == kNone && tree_.child(t, "aux:pass") == kNone &&
      t + 1 < end && !is_punct(t + 1))
    return false;
  const uint32_t mark = tree_.child(t, "mark");
  if (mark != kNone && lemma(mark) == "to") {
    const uint32_t h = tree_.head(t);
    // "went on to say", "continued to insist": the act is done; "went to defend", "plans to announce": not yet.
    // (The parse may call the particle an adverb, and the infinitive an adverbial clause.)
    const bool went_on = h != kNone && lemma(h) == "go" &&
                         (tree_.child(h, "compound:prt") != kNone ||
                          (tree_.child(h, "advmod") != kNone && lemma(tree_.child(h, "advmod")) == "on"));
    // "to confirm if ..." (a purpose) is no statement; "held a news conference to announce (that) ..." is.
    if (tree_.base_deprel(t) == "advcl" && !went_on) {
      const uint32_t clause = tree_.child(t, "ccomp");
      if (clause == kNone) return false;
      const uint32_t m = tree_.child(clause, "mark");
      if (m != kNone && is_one_of(lemma(m), {"if", "whether"})) return false;
    }
    // "a court order to say that ...", "the right to claim ...": an infinitive on a noun names a possible act;
    // on a medium ("a news conference to announce ...") it is the act.
    if (tree_.base_deprel(t) == "acl" && h != kNone && h < t && tree_.upos(h) == Upos::NOUN &&
        !cues_.word(CueKind::noun, lemma(h)) && !is_one_of(lemma(h), {"conference", "briefing", "meeting", "event"}))
      return false;
    // ("is reported to have said", "was said to have told": a perfect infinitive under a passive verb of report
    // is a statement made.)
    const bool reported_perfect = h != kNone && is_one_of(lemma(h), {"report", "say", "believe", "understand"}) &&
                                  tree_.child(h, "aux:pass") != kNone && tree_.child(t, "aux") != kNone &&
                                  lemma(tree_.child(t, "aux")) == "have";
    if (tree_.base_deprel(t) == "xcomp" && h != kNone && tree_.upos(h) == Upos::VERB && !went_on && !reported_perfect &&
        !is_one_of(lemma(h), {"continue", "begin", "start", "keep", "proceed", "repeat", "try", "appear", "seem",
                              "hasten", "rush", "force", "compel", "manage", "venture", "dare"}))
      return false;
  }
  for (uint32_t c : tree_.children(t))
    if (tree_.base_deprel(c) == "aux" &&
        is_one_of(lemma(c), {"can", "could", "may", "might", "will", "would", "shall", "should", "must"}))
      return false;
  return true;
}

// "Sultan Said bin Taimur", "the writer Edward Said": a capitalized form in the middle of a sentence written in
// lower case, next to a proper noun, is a name, not a verb (the tagger reads "Said" as "say").
bool ArticleTagger::capitalized_name(uint32_t t) const {
  const uint32_t first = sentence_first(t), end = sentence_end(t);
  const std::string_view w = tree_.text(t);
  if (t == first || w.empty() || w[0] < 'A' || w[0] > 'Z' || is_punct(t - 1) || tree_.text(t - 1) == "(") return false;
  const bool next_name = t + 1 < end && tree_.upos(t + 1) == Upos::PROPN;
  if (tree_.upos(t - 1) != Upos::PROPN && !next_name) return false;
  // (Not a headline in title case: most of the sentence's other words are written in lower case.)
  return tree_.mostly_lower_case(first, end, t);
}

// The verb of the clause a "that" right before range r opens (its head inside r), else kNone.
uint32_t ArticleTagger::clause_head_after_that(Range r) const {
  if (r.empty() || r.first == 0) return kNone;
  const uint32_t h = tree_.head(r.first - 1);
  return h != kNone && r.contains(h) ? h : kNone;
}

void ArticleTagger::verb_cue(uint32_t t) {
  const Cue* cue = cues_.word(CueKind::verb, lemma(t));
  if (!cue || capitalized_name(t)) return;
  // "at which point their numbers fell": a word after a determiner is a noun the tagger took for a verb.
  if (t > sentence_first(t) && tree_.upos(t - 1) == Upos::DET &&
      is_one_of(ascii_lower(tree_.text(t - 1)), {"which", "the", "a", "an"}))
    return;
  // "their self-proclaimed "caliphate"", "state-reported figures": the second part of a hyphenated word.
  if (t > sentence_first(t) && tree_.text(t - 1) == "-" && doc_.tokens.begin[t] == doc_.tokens.end[t - 1]) return;
  // "The court ruled that ...": "rule" reports a statement only with its subject ("opposing Assad's rule" is a
  // noun the tagger took for a verb).
  if (lemma(t) == "rule" && subject_of(t) == kNone) return;
  // "A judge agreed the text may have held ...": agreeing states what is agreed only with a clause of its own
  // ("agreed to meet", "the agreed zone", "thank you for agreeing" state nothing).
  if (lemma(t) == "agree" && (tree_.child(t, "ccomp") == kNone || subject_of(t) == kNone)) return;
  // "described the network as "a distorted version ..."": a characterization, not a statement (the annotation
  // guidelines: "called/described X as Y").
  if (lemma(t) == "describe")
    for (uint32_t c : tree_.children(t))
      if ((tree_.case_marker(c) == "as" || (tree_.child(c, "mark") != kNone && lemma(tree_.child(c, "mark")) == "as")) &&
          c > t)
        return;
  // "continued by noting that ...", "responded by saying ...": the inner verb of saying carries the attribution.
  for (uint32_t c : tree_.children(t))
    if (tree_.base_deprel(c) == "advcl" && cues_.word(CueKind::verb, lemma(c)) && tree_.child(c, "ccomp") != kNone &&
        tree_.child(c, "mark") != kNone && lemma(tree_.child(c, "mark")) == "by")
      return;
  // Claims of responsibility are events, not statements: "claimed credit for the attack"; "claimed the lives of"
  // tells a death toll.
  if (const uint32_t o = tree_.child(t, "obj");
      o != kNone && lemma(t) == "claim" &&
      is_one_of(lemma(o), {"credit", "responsibility", "victory", "win", "life", "lives"}))
    return;
  // (however the parse hung "the lives" after it: "claimed the lives of four guards injured two others")
  if (lemma(t) == "claim") {
    const uint32_t next = t + 1 < sentence_end(t) && lemma(t + 1) == "the" ? t + 2 : t + 1;
    if (next < sentence_end(t) && is_one_of(lemma(next), {"life", "lives"})) return;
  }
  // "denying ballot access for the ticket", "denied American Samoans citizenship": withholding something one
  // could grant, no denial of what was said.
  if (cue->stance == Stance::deny)
    for (uint32_t c : tree_.children(t))
      if (tree_.deprel(c) == "iobj" ||
          (tree_.deprel(c) == "obj" &&
           is_one_of(lemma(c),
                     {"access",    "entry",   "visa",    "permission", "request",     "application", "bail",
                      "asylum",    "service", "right",   "admission",  "benefit",     "funding",     "passage",
                      "treatment", "permit",  "license", "licence",    "citizenship", "parole"})))
        return;
  if (!reports_a_statement(t, *cue)) return;
  // "Lee never said he would resign", "did not claim ...": a negated verb of saying reports no statement (the
  // phrases that are statements, "did not say whether", "did not deny", are matched before).
  bool negated = false, focus = false;
  for (uint32_t c : tree_.children(t)) {
    negated |= tree_.base_deprel(c) == "advmod" && is_one_of(lemma(c), {"not", "never"});
    focus |= tree_.base_deprel(c) == "advmod" && is_one_of(lemma(c), {"only", "just", "merely", "simply"});
  }
  if (negated && !focus) return;
  // "Further charges may be laid": a plural noun tagged as a verb, with no subject and a finite verb or a modal
  // right after it (that verb's subject).
  if (is_one_of(penn(t), {"VBZ", "VBP"}) && t + 1 < sentence_end(t) &&
      is_one_of(penn(t + 1), {"MD", "VBZ", "VBD", "VBP"}) && subject_of(t) == kNone)
    return;
  // "in ten states", "the states": a plural noun after a number or a determiner, tagged as a verb.
  if (penn(t) == "VBZ" && t > sentence_first(t) && is_one_of(upos_name(tree_.upos(t - 1)), {"NUM", "DET"}) &&
      !is_one_of(ascii_lower(tree_.text(t - 1)), {"that", "this", "which", "who"}))
    return;
  // "Polls suggest the party will lose", "the data indicate ...": evidence suggests, it does not say. (An
  // organisation's own figures speak for it: "Leeds University data indicated ...", "the agency's data".)
  if (is_one_of(lemma(t), {"suggest", "indicate"}))
    if (const uint32_t s = tree_.child(t, "nsubj");
        s != kNone && is_one_of(lemma(s), {"poll", "survey", "data", "evidence", "figure", "statistic", "result",
                                           "finding", "trend", "sign", "record", "number", "test", "analysis",
                                           "research", "study", "experience", "history", "image", "footage",
                                           "investigation"})) {
      bool issuer = false;
      for (uint32_t c : tree_.children(s))
        issuer |= is_one_of(tree_.base_deprel(c), {"compound", "nmod"}) && tree_.upos(c) == Upos::PROPN;
      if (!issuer || !is_one_of(lemma(s), {"data", "figure", "statistic", "record", "number"})) return;
    }
  Draft d;
  d.cue_first = t;
  d.cue_end = t + 1;
  d.cue_lemma = cue->lemmas[0];
  d.stance = cue->stance;
  // Content. A clause before the verb with nothing between ("Some of the voters X interviewed said
  // they ...") is a relative clause on the subject that the parse took for a complement: its first word's
  // phrase is the speaker.
  uint32_t relative_subject = kNone;
  for (uint32_t c : tree_.children(t)) {
    if (tree_.base_deprel(c) != "ccomp" || c > t || subtree(c).end != t || quoted(c)) continue;
    const uint32_t s = tree_.child(c, "nsubj");
    if (s != kNone && subtree(s).first == subtree(c).first && tree_.child(t, "nsubj") == kNone) relative_subject = s;
  }
  // ", its director-general said." with the speaker parsed as a complement before the verb: a phrase with no verb
  // of its own after a comma is no content (the clause-before rule below reads the sentence).
  // (Also the role before a name that opens the sentence: "The firm's chief executive, Sam Ortiz, said" with the
  // role parsed as a complement and the name as the subject.)
  auto speaker_parsed_as_complement = [&](uint32_t c) {
    const Range r = subtree(c);
    if (c > t || quoted(c)) return false;
    const uint32_t s = tree_.child(t, "nsubj");
    const bool after_comma = r.end == t && r.first > sentence_first(t) && tree_.text(r.first - 1) == ",";
    const bool role_before_name = s != kNone && r.first == sentence_first(t) && r.end < s && tree_.text(r.end) == "," &&
                                  tree_.upos(s) == Upos::PROPN;
    if (!after_comma && !role_before_name) return false;
    for (uint32_t i = r.first; i < r.end; ++i)
      if (tree_.upos(i) == Upos::VERB || tree_.upos(i) == Upos::AUX) return false;
    return true;
  };
  // (Of two clauses, the one after the verb: "Kim, whose son was hurt, said she wanted justice" with the relative
  // clause parsed as a second complement.)
  uint32_t clause_after_verb = kNone;
  for (uint32_t c : tree_.children(t))
    if (c > t && tree_.base_deprel(c) == "ccomp" && clause_after_verb == kNone) clause_after_verb = c;
  // "asked not to be identified", "asked to leave": a to-infinitive with no subject of its own is a request or an
  // intention, not what is said (the verbs that report with an infinitive, "claimed to be ...", are read below).
  auto infinitive = [&](uint32_t c) {
    const uint32_t m = tree_.child(c, "mark");
    return m != kNone && lemma(m) == "to" && (m == t + 1 || (m == t + 2 && lemma(t + 1) == "not")) &&
           !is_one_of(lemma(t), {"claim", "report", "allege", "profess", "purport"});
  };
  // "Work continues today clearing the rubble": "continue" reports a quote or a clause with a subject or "that",
  // not the activity that goes on.
  auto activity_continued = [&](uint32_t c) {
    return lemma(t) == "continue" && !quoted(c) && tree_.child(c, "mark") == kNone &&
           tree_.child(c, "nsubj") == kNone && tree_.child(c, "nsubj:pass") == kNone && tree_.child(c, "expl") == kNone;
  };
  for (uint32_t c : tree_.children(t)) {
    if (tree_.base_deprel(c) == "ccomp" && !infinitive(c) && !activity_continued(c) &&
        !(relative_subject != kNone && c < t) && !speaker_parsed_as_complement(c) &&
        !(c < t && clause_after_verb != kNone && !quoted(c))) {
      d.content = subtree(c);
      d.content_head = c;
      d.rule = "ccomp";
      break;
    }
  }
  // "says Moscow and its allies want ..." parsed with the first conjunct of the clause's subject as the verb's
  // object, "cautioned reform would take years" with the whole subject as the object (the clause has no subject
  // of its own): the content opens with that object.
  if (d.rule == "ccomp" && d.content_head > t &&
      (tree_.upos(d.content.first) == Upos::CCONJ ||
       (tree_.child(d.content_head, "nsubj") == kNone && tree_.child(d.content_head, "nsubj:pass") == kNone &&
        tree_.child(d.content_head, "expl") == kNone && !is_addressee_verb(lemma(t)))))
    if (const uint32_t o = tree_.child(t, "obj"); o != kNone && o > t && subtree(o).end == d.content.first)
      d.content.first = subtree(o).first;
  if (d.rule.empty()) {
    // "acknowledged that the army had erred" parsed with "that" as the object and the clause as a relative clause
    // on it: a complementizer is no object; the clause after it is the content.
    for (uint32_t c : tree_.children(t)) {
      if (c <= t || tree_.deprel(c) != "obj" || tree_.upos(c) != Upos::SCONJ ||
          !is_one_of(ascii_lower(tree_.text(c)), {"that", "whether", "if"}))
        continue;
      d.content = {c + 1, subtree(c).end};
      if (d.content.empty()) continue;
      d.rule = "that-clause";
      break;
    }
  }
  if (d.rule.empty()) {
    for (uint32_t c : tree_.children(t)) {
      if (tree_.deprel(c) != "obj") continue;
      const bool speech_noun = cues_.word(CueKind::noun, lemma(c)) != nullptr;
      if (!speech_noun && (cue->object != CueObject::noun || subject_of(t) == kNone)) continue;
      const uint32_t clause = clause_of_noun(c);
      Range content = clause != kNone ? subtree(clause) : subtree(c);
      bool has_clause = clause != kNone;
      if (clause == kNone && speech_noun)
        if (const Range r = that_clause_after(c); !r.empty()) {
          content = r;
          has_clause = true;
        }
      // "read a statement outside the court", "posted a tweet": a statement named but not given is no content;
      // a denial's object is ("denied the accusation").
      if (!has_clause && cue->object != CueObject::noun && !(speech_noun && cue->stance == Stance::deny)) continue;
      d.content = content;
      d.content_head = clause != kNone ? clause : c;
      d.rule = "object";
      break;
    }
  }
  // (A past participle after a form of "be" is passive even when the parse labels "been" a plain auxiliary and
  // the subject active: "the result had not yet been announced".)
  const bool be_passive =
      penn(t) == "VBN" && std::any_of(tree_.children(t).begin(), tree_.children(t).end(), [&](uint32_t c) {
        return tree_.base_deprel(c) == "aux" && lemma(c) == "be";
      });
  const bool passive_verb =
      tree_.child(t, "aux:pass") != kNone || tree_.child(t, "nsubj:pass") != kNone || be_passive;
  // ("were reported by X to have fled": a passive with its agent says who reports.)
  const bool passive_with_agent = passive_verb && subject_of(t) != kNone;
  if (d.rule.empty() && (!passive_verb || passive_with_agent) &&
      (is_one_of(lemma(t), {"claim", "report", "allege", "profess", "purport"}) ||
       (passive_with_agent && lemma(t) == "say"))) {
    // "reported the leader to be dead", "claimed to represent the ministry": an infinitive clause is the content
    // (with the object it is about, when there is one).
    // (After an agent the parse may hang the infinitive on it: "reported by X to have fled".)
    std::vector<uint32_t> candidates(tree_.children(t).begin(), tree_.children(t).end());
    if (passive_with_agent)
      for (uint32_t c : tree_.children(subject_of(t)))
        if (tree_.deprel(c) == "acl" && c > t) candidates.push_back(c);
    for (uint32_t c : candidates) {
      if ((tree_.deprel(c) != "xcomp" && tree_.deprel(c) != "acl") || tree_.child(c, "mark") == kNone ||
          lemma(tree_.child(c, "mark")) != "to" || (tree_.deprel(c) == "acl" && tree_.head(c) == t))
        continue;
      const uint32_t about = tree_.child(t, "obj");
      d.content = subtree(c);
      if (about != kNone && about < c) d.content.first = subtree(about).first;
      d.content_head = c;
      d.rule = "infinitive";
      break;
    }
  }
  // "The charge was denied by his lawyer": a passive denial or allegation with its agent; the passive subject is
  // what is denied or alleged. (The parse may take "by" for an adverb with the agent as its object.)
  // (Not "the bill was dismissed by the senate": an act.)
  uint32_t passive_agent = kNone;
  if (d.rule.empty() && passive_verb && is_one_of(lemma(t), {"deny", "allege"}) &&
      tree_.child(t, "nsubj:pass") != kNone && tree_.child(t, "nsubj:pass") < t) {
    uint32_t agent = subject_of(t);
    if (const uint32_t by = tree_.child(t, "advmod"); agent == kNone && by != kNone && lemma(by) == "by")
      agent = tree_.child(by, "obj");
    if (agent != kNone && agent > t) {
      d.content = subtree(tree_.child(t, "nsubj:pass"));
      d.content_head = tree_.child(t, "nsubj:pass");
      d.rule = "passive-subject";
      passive_agent = agent;
    }
  }
  if (d.rule.empty() && !passive_verb &&
      is_one_of(lemma(t), {"report", "deny", "admit", "acknowledge", "recall", "claim", "confirm", "describe"})) {
    // "witnesses reported hearing shots", "denied taking bribes": a gerund right after the verb, with no subject
    // or marker of its own, is what is said.
    for (uint32_t c : tree_.children(t)) {
      // (The parse may call the gerund an adverbial clause: "Some reported wanting to ...". A passive or perfect
      // gerund, "reported being told ...", "denied having known ...", opens with its auxiliary.)
      const bool gerund = (c == t + 1 && penn(c) == "VBG") ||
                          (c == t + 2 && penn(t + 1) == "VBG" && is_one_of(lemma(t + 1), {"be", "have"}) &&
                           tree_.head(t + 1) == c);
      if (!gerund || !is_one_of(tree_.base_deprel(c), {"xcomp", "ccomp", "advcl"}) ||
          tree_.child(c, "nsubj") != kNone || tree_.child(c, "mark") != kNone)
        continue;
      d.content = subtree(c);
      d.content_head = c;
      d.rule = "gerund";
      break;
    }
  }
  if (d.rule.empty()) {
    // "told the outlet al-Watan that ..." with the clause hung on the object.
    const uint32_t addressee = tree_.child(t, "obj") != kNone ? tree_.child(t, "obj") : tree_.child(t, "iobj");
    // ("said nothing that we did not know": after an indefinite pronoun "that" opens a relative clause.)
    if (addressee != kNone &&
        !is_one_of(lemma(addressee), {"nothing", "something", "anything", "everything", "little", "much", "all"}))
      // (A verb whose plain object is no content, "accused Lee of lying, threatening a hearing that would ...",
      // has no clause in a relative clause.)
      if (const Range r = that_clause_after(addressee);
          !r.empty() && subtree(t).end >= r.end &&
          !(cue->object == CueObject::none && relative_subject_that(r.first - 1))) {
        d.content = r;
        d.content_head = clause_head_after_that(r);
        d.rule = "that-clause";
      }
    // "said in a press release that ..." with the clause hung on the medium: a "that" after the verb's own
    // adverbials (no verb between). "said on Sunday that the drills would go ahead" read as a relative clause on
    // the day ("that" its object): a "that" followed by a clause with a subject of its own opens the content.
    auto opens_clause = [&](uint32_t that) {
      if (tree_.deprel(that) == "mark") return true;
      const uint32_t v = tree_.head(that);
      if (v == kNone || tree_.deprel(v) != "acl:relcl" || tree_.head(v) == kNone || tree_.head(v) <= t ||
          tree_.head(v) >= that)
        return false;
      const uint32_t s = tree_.child(v, "nsubj") != kNone ? tree_.child(v, "nsubj") : tree_.child(v, "nsubj:pass");
      return s != kNone && s > that;
    };
    if (d.rule.empty() && addressee == kNone)
      if (const Range r = that_clause_after(t); !r.empty() && r.first >= 2 && opens_clause(r.first - 1)) {
        bool adverbial = subtree(t).contains(r.first - 1);
        for (uint32_t i = t + 1; i + 1 < r.first && adverbial; ++i)
          // (A participle modifying a noun of the adverbial is no verb: "in a televised address", "in a
          // prepared statement", "in a video released online".)
          adverbial = ((tree_.upos(i) != Upos::VERB && tree_.upos(i) != Upos::AUX) || tree_.base_deprel(i) == "amod" ||
                       (tree_.base_deprel(i) == "acl" && penn(i) == "VBN")) &&
                      !quoted(i);
        if (adverbial) {
          d.content = r;
          d.content_head = clause_head_after_that(r);
          d.rule = "that-clause";
        }
      }
  }
  // "warned that the country faced ...", "told the correspondent that gunmen ...", "said Monday that ..." with
  // "that" parsed as anything but a marker (a pronoun in apposition, a modifier of the day): a complementizer
  // after the verb and its own addressee or time words (no verb, quote or comma between) opens the content, which
  // runs to the end of the sentence. A "that" tagged as a pronoun is one only before a word that opens a clause
  // ("said that in a speech" is the pronoun), never as a determiner ("told them that day").
  // (Past the verb's own words only for verbs whose content is a clause.)
  if (d.rule.empty()) {
    const uint32_t end = sentence_end(t);
    const uint32_t reach = cue->object == CueObject::clause ? t + 8 : t + 2;
    for (uint32_t i = t + 1; i + 1 < end && i < reach; ++i) {
      // (A participle of a noun between is no verb: "says in a report issued Monday that ...".)
      const bool participle = tree_.base_deprel(i) == "amod" || (tree_.base_deprel(i) == "acl" && penn(i) == "VBN");
      if (quoted(i) || ((tree_.upos(i) == Upos::VERB || tree_.upos(i) == Upos::AUX) && !participle) ||
          (is_punct(i) && tree_.text(i) != "-"))
        break;
      if (ascii_lower(tree_.text(i)) != "that") continue;
      // ("said nothing that we did not know": the pronoun of a relative clause.)
      if (tree_.head(i) != kNone && tree_.deprel(tree_.head(i)) == "acl:relcl" && tree_.upos(i) != Upos::SCONJ) break;
      const Upos next = tree_.upos(i + 1);
      const bool complementizer =
          tree_.upos(i) == Upos::SCONJ || (cue->object == CueObject::clause && tree_.base_deprel(i) != "det" &&
                                           is_one_of(upos_name(next), {"DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ"}));
      if (!complementizer) break;
      const Range r = trim({i + 1, end});
      bool verb = i == t + 1 && tree_.upos(i) == Upos::SCONJ;  // (right after the verb, a marker is enough)
      for (uint32_t k = r.first; k < r.end && !verb; ++k)
        verb = tree_.upos(k) == Upos::VERB || tree_.upos(k) == Upos::AUX;
      if (verb && !r.empty()) {
        d.content = r;
        d.rule = "that-clause";
      }
      break;
    }
  }
  if (d.rule.empty()) {
    for (uint32_t c : tree_.children(t)) {
      if (tree_.base_deprel(c) != "parataxis") continue;
      const Range r = subtree(c);
      if (!colon_or_quote_before(c, r)) continue;
      d.content = r;
      d.content_head = c;
      d.rule = "colon";
      break;
    }
  }
  // "announced on its website on Tuesday there were two men under arrest": a clause with no "that" after the verb's own
  // adverbials, parsed as a parataxis of the verb: the content (only for verbs whose content is a clause, and only
  // when nothing but prepositional phrases, adverbs and time words lies between).
  if (d.rule.empty() && cue->object == CueObject::clause) {
    for (uint32_t c : tree_.children(t)) {
      if (c < t || tree_.base_deprel(c) != "parataxis" || quoted(c)) continue;
      if (tree_.child(c, "nsubj") == kNone && tree_.child(c, "expl") == kNone) continue;
      // (Not a number parsed as the subject of a participle: "listed on Monday, 14 confirmed transfers".)
      if (tree_.child(c, "nsubj") != kNone && tree_.upos(tree_.child(c, "nsubj")) == Upos::NUM &&
          tree_.child(c, "nsubj") + 1 == c)
        continue;
      const Range r = subtree(c);
      bool adverbial = r.first > t + 1;
      for (uint32_t i = t + 1; i < r.first && adverbial; ++i) {
        // ("reported in mid-2018, 40 branches had shut": a comma may close the adverbial.)
        if (tree_.text(i) == "," && i + 1 == r.first) continue;
        const uint32_t up = tree_.head(i) == t ? i : tree_.head(i);
        adverbial = !quoted(i) && tree_.text(i) != ":" && tree_.upos(i) != Upos::VERB &&
                    tree_.upos(i) != Upos::AUX && up != kNone && tree_.head(up) == t &&
                    is_one_of(tree_.base_deprel(up), {"obl", "advmod", "obl:tmod", "obl:unmarked"});
      }
      if (!adverbial) continue;
      d.content = trim(r);
      d.content_head = c;
      d.rule = "parataxis-after";
      break;
    }
  }
  // (Not when the verb has an object of its own: "Rhodesia, which later declared independence".)
  // ("Trump tweeted Sunday": a date parsed as the object is none.)
  const uint32_t object = tree_.child(t, "obj");
  // ("said nothing": an indefinite pronoun is an object of its own too.)
  const bool own_object = object != kNone && !is_addressee_verb(lemma(t)) &&
                          (tree_.upos(object) == Upos::NOUN ||
                           is_one_of(lemma(object), {"nothing", "something", "anything", "everything"})) &&
                          !is_one_of(lemma(object), {"today", "yesterday", "tonight", "morning", "evening", "night",
                                                     "week", "month", "year", "weekend", "day", "time"});
  // (Nor a passive with no agent: "..., no deaths were reported".)
  // (Nor a participle with no subject of its own: "X did not release figures, telling the paper ..." is said by X,
  // and the clause before the comma is X's act, not what X says.)
  const bool bare_participle = penn(t) == "VBG" && tree_.child(t, "nsubj") == kNone;
  // (Nor a name the parse hung it on: ""...," Ruiz, 54, told reporters" with "told" a parataxis of "Ruiz".)
  const uint32_t hung_on = tree_.head(t);
  const bool on_a_name = hung_on != kNone && tree_.upos(hung_on) == Upos::PROPN &&
                         tree_.child(hung_on, "nsubj") == kNone && tree_.child(hung_on, "cop") == kNone;
  // (Nor a bare noun phrase the parse made the head: "One of the deputy mayors, Ana Ruiz, also commented on the
  // flood" hung on "One": a noun with no subject, copula or quotation marks is no content.)
  const bool on_a_noun_phrase = hung_on != kNone &&
                                is_one_of(upos_name(tree_.upos(hung_on)), {"NOUN", "PROPN", "PRON", "NUM"}) &&
                                tree_.child(hung_on, "nsubj") == kNone && tree_.child(hung_on, "cop") == kNone &&
                                !quoted(hung_on);
  // (Not with a colon after the cue: "Asked whether ..., Grant replied: ..." says what follows the colon.)
  const bool colon_after = t + 1 < sentence_end(t) && tree_.text(t + 1) == ":";
  // (Nor a participle with no subject that opens the sentence and sets the scene: "Asked about the claim, the
  // senator told the host "..."".)
  const bool on_a_scene = hung_on != kNone && hung_on < t && hung_on == sentence_first(t) &&
                          is_one_of(penn(hung_on), {"VBN", "VBG", "VBD"}) && tree_.child(hung_on, "nsubj") == kNone &&
                          tree_.child(hung_on, "nsubj:pass") == kNone;
  // (Nor when a quote follows the verb's own phrase and the clause it hangs on is no quote: "When asked about X,
  // Biden told the host "No, ..."" says the quote.)
  const bool quote_follows =
      tree_.head(t) != kNone && !quoted(tree_.head(t)) && tree_.head(t) < t && quote_after_phrase(t) >= 0;
  if (d.rule.empty() && tree_.base_deprel(t) == "parataxis" && tree_.head(t) != kNone && !own_object && !colon_after &&
      !bare_participle && !on_a_name && !on_a_noun_phrase && !on_a_scene && !quote_follows &&
      !(passive_verb && subject_of(t) == kNone) &&
      !(tree_.upos(tree_.head(t)) == Upos::VERB && cues_.word(CueKind::verb, lemma(tree_.head(t))) &&
        tree_.child(t, "nsubj") == kNone)) {
    // "Russia will win, he said": the verb of saying hangs on the content.
    d.content = without(subtree(coordination_of(tree_.head(t))), subtree(t));
    d.content_head = coordination_of(tree_.head(t));
    d.rule = "parataxis";
  }
  // (Or as a conjunct with no "and": "The count passed two million, university data indicated.")
  const bool bare_conjunct = tree_.base_deprel(t) == "conj" && tree_.child(t, "cc") == kNone &&
                             tree_.child(t, "nsubj") != kNone && tree_.child(t, "nsubj") > 0 &&
                             tree_.text(subtree(tree_.child(t, "nsubj")).first - 1) == ",";
  if (d.rule.empty() && (tree_.base_deprel(t) == "ccomp" || bare_conjunct) && tree_.head(t) != kNone &&
      tree_.head(t) < t && tree_.child(t, "nsubj") != kNone && tree_.child(t, "mark") == kNone &&
      ends_sentence(subtree(t).end) && !cues_.word(CueKind::verb, lemma(tree_.head(t)))) {
    // "The office has suspended the permit, German officials said." parsed with the verb of saying as the
    // complement of the content.
    d.content = without(subtree(coordination_of(tree_.head(t))), subtree(t));
    d.content_head = coordination_of(tree_.head(t));
    d.rule = "parataxis";
  }
  // Speaker (a verb without a subject under "quoted X as saying" speaks for X).
  uint32_t speaker = relative_subject != kNone ? relative_subject
                     : passive_agent != kNone  ? passive_agent
                                               : subject_of(t);
  // "X was among those detained, his party said": the verb's later subject says it (subject_of); the words before
  // its comma are what is said.
  if (speaker != kNone && speaker < t && relative_subject == kNone && passive_agent == kNone &&
      tree_.deprel(speaker) == "nsubj" &&
      is_one_of(lemma(t), {"say", "tell", "add", "state", "report", "claim", "announce", "confirm", "write", "tweet",
                           "insist", "warn", "note", "allege"})) {
    const uint32_t earlier = tree_.child(t, "nsubj");
    if (earlier != kNone && earlier < speaker && subtree(speaker).first > sentence_first(t) &&
        tree_.text(subtree(speaker).first - 1) == ",") {
      d.content = trim({sentence_first(t), subtree(speaker).first - 1});
      d.content_head = kNone;
      d.rule = "clause-before";
    }
  }
  // "Yesterday, the health minister, Ann Lee, announced ..." with the day parsed as the subject and the name
  // hung elsewhere: a day cannot speak; the last name of the entity recognizer between the day's phrase and the
  // cue does (none: no speaker). (Not when the day's phrase holds a name: "This Wednesday Foreign Minister Ann Lee
  // said ..." parsed under the day still names its speaker.)
  // "Following Wednesdays reports the monitor called ...", "Wednesdays claim of the attack would be ...": the
  // apostrophe lost, a day right before the cue is its possessor, and the cue a noun read as a verb.
  if (speaker != kNone && speaker + 1 == t && time::is_weekday_name(lemma(speaker)) &&
      ascii_lower(tree_.text(speaker)).ends_with("s") && !named_entity_at(speaker))
    return;
  if (speaker != kNone && speaker < t && names_a_day(speaker)) {
    const Range day = subtree(speaker);
    bool names = false;
    for (uint32_t i = day.first; i < day.end && !names; ++i) names = named_entity_at(i);
    if (!names) {
      uint32_t name = kNone;
      for (uint32_t i = day.end; i < t; ++i)
        if (named_entity_at(i) && !quoted(i)) name = i;
      speaker = name;
    }
  }
  // The subject the parse gave a passive with a plain "be" auxiliary is what was said, not who said it.
  if (be_passive && speaker != kNone && speaker == tree_.child(t, "nsubj")) speaker = kNone;
  // "Reuters reported on Monday a source, whom it did not name, said ...": a verb parsed as a conjunct with no
  // "and" and no subject of its own is said by the noun phrase right before it, not by the first verb's subject.
  if (relative_subject == kNone && tree_.base_deprel(t) == "conj" && tree_.child(t, "cc") == kNone &&
      tree_.child(t, "nsubj") == kNone && t > sentence_first(t) && tree_.text(t - 1) == ",") {
    const uint32_t before = noun_phrase_before(t);  // (keeps the phrase for set_speaker, or clears it)
    if (before != kNone) speaker = before;
  }
  // A prepositional phrase is no subject ("..., on Tuesday told ...": the parse took "Tuesday").
  if (speaker != kNone && speaker > 0 && tree_.upos(speaker) != Upos::PRON &&
      is_one_of(ascii_lower(tree_.text(speaker - 1)), {"on", "in", "at", "during"}))
    speaker = kNone;
  // "Prime Minister X, who told the press ...", the relative clause not parsed as one: the noun before.
  speaker = antecedent_of_relative(speaker);
  // "Chef Ann Lee, who paid for Kim to cook in Paris, stated ...": a subject found inside a relative clause set off
  // by commas right before the cue (the parse hung the cue in the clause); the noun phrase before the clause speaks.
  // The same for an adverbial clause ("The spokesman, when asked whether the audit had shown more, told ...").
  if (speaker != kNone && speaker + 1 < t && t >= 2 && tree_.text(t - 1) == ",") {
    uint32_t open = t - 2;
    while (open > sentence_first(t) && tree_.text(open) != ",") --open;
    if (tree_.text(open) == "," && open < speaker && open + 1 < t &&
        is_one_of(ascii_lower(tree_.text(open + 1)), {"who", "which", "whose", "whom", "when", "while", "after", "if"})) {
      uint32_t before = noun_phrase_before(t);
      // (An aside too long for that walk: the noun right before its comma.)
      if (before == kNone && open > sentence_first(t) && is_one_of(upos_name(tree_.upos(open - 1)), {"NOUN", "PROPN"}))
        before = open - 1;
      if (before != kNone && before < open) speaker = before;
    }
  }
  // "Mayor Ann Lee of the Green Party sent a letter, stating ..." with the party parsed as the
  // subject and "of" as a clause marker: the name before "of" speaks.
  if (speaker != kNone && subtree(speaker).first >= sentence_first(t) + 2) {
    uint32_t of = subtree(speaker).first - 1;
    if (tree_.upos(of) == Upos::DET && of > sentence_first(t) + 1) --of;
    if (lemma(of) == "of" && tree_.deprel(of) == "mark" && tree_.upos(of - 1) == Upos::PROPN) {
      speaker = of - 1;
      uint32_t name = speaker;
      while (name > sentence_first(t) && noun_phrase_word(name - 1)) --name;
      speaker_fallback_span_ = {name, of};
    }
  }
  // "Residents of the village, many of whom lost their homes, said ...": the quantifier of a relative clause
  // parsed as the subject; the noun phrase before the clause speaks.
  if (speaker != kNone && speaker + 2 < t && lemma(speaker + 1) == "of" &&
      is_one_of(ascii_lower(tree_.text(speaker + 2)), {"whom", "which"})) {
    const uint32_t before = noun_phrase_before(t);
    if (before != kNone) speaker = before;
  }
  // A subject inside a quote that ends right before the verb ("... Most people here want that," said a
  // protester) is a misparse: the quote is what is said.
  if (speaker != kNone && quoted(speaker) && !quoted(t) && ends_content_quote_before(t)) speaker = kNone;
  uint32_t reporter = kNone;
  const bool as_saying = std::any_of(tree_.children(t).begin(), tree_.children(t).end(),
                                     [&](uint32_t c) { return tree_.deprel(c) == "mark" && lemma(c) == "as"; }) ||
                         (t > 0 && lemma(t - 1) == "as");
  if (tree_.child(t, "nsubj") == kNone && tree_.head(t) != kNone && as_saying &&
      cues_.word(CueKind::source, lemma(tree_.head(t))) && tree_.child(tree_.head(t), "obj") != kNone) {
    reporter = tree_.child(tree_.head(t), "nsubj");
    speaker = tree_.child(tree_.head(t), "obj");
  }
  // "Ortiz was quoted by the paper as saying ...": the passive's subject speaks, its agent reports.
  if (tree_.child(t, "nsubj") == kNone && tree_.head(t) != kNone && as_saying && lemma(tree_.head(t)) == "quote" &&
      tree_.child(tree_.head(t), "nsubj:pass") != kNone) {
    reporter = tree_.child(tree_.head(t), "obl:agent");
    speaker = tree_.child(tree_.head(t), "nsubj:pass");
  }
  if (speaker == kNone && reporter == kNone) speaker = noun_phrase_before(t);
  if (speaker == kNone && reporter == kNone) speaker = speaker_by_position(t);
  if (speaker == kNone && reporter == kNone) speaker = subject_before_comma(t);
  // "Doctors treating victims in the capital reported that ..." with the participle of the reduced relative clause
  // parsed as the main verb and the cue hung on it: the participle's subject speaks.
  if (speaker == kNone && reporter == kNone && is_one_of(tree_.base_deprel(t), {"advcl", "parataxis"}) &&
      tree_.head(t) != kNone &&
      tree_.head(t) < t && penn(tree_.head(t)) == "VBG" && tree_.child(t, "mark") == kNone) {
    const uint32_t s = tree_.child(tree_.head(t), "nsubj");
    bool comma = false;
    for (uint32_t i = tree_.head(t); i < t && !comma; ++i) comma = tree_.text(i) == ",";
    if (s != kNone && s + 1 == tree_.head(t) && !comma) speaker = s;
  }
  // "The attack came after days of calm, local residents have said." with the speaker parsed into the clause
  // before the verb: read by position (clause, comma, speaker, cue).
  if (speaker == kNone && reporter == kNone && d.rule == "ccomp" && d.content_head != kNone && d.content_head < t) {
    uint32_t cited = kNone;
    if (const Range sp = speaker_after_clause(t, cited); !sp.empty() && cited == kNone) {
      speaker = sp.end - 1;
      speaker_fallback_span_ = sp;
      d.content = trim({sentence_first(t), sp.first});
      d.content_head = kNone;
      d.rule = "clause-before";
    }
  }
  // "X explained that ..., and stated ..." with the parse losing the shared subject: a conjunct cue after "and"
  // with no speaker of its own speaks for the cue before it in the sentence.
  if (speaker == kNone && reporter == kNone && tree_.base_deprel(t) == "conj" && tree_.child(t, "cc") != kNone)
    for (auto it = drafts_.rbegin(); it != drafts_.rend(); ++it)
      if (it->cue_first < t && it->cue_first >= sentence_first(t) && it->speaker != kNone) {
        speaker = it->speaker;
        speaker_fallback_span_ = it->speaker_span;
        break;
      }
  set_speaker(d, speaker);
  speaker_fallback_span_ = {};
  // One subject parsed as two ("US Secretary of State" + "X"): the speaker covers both, its head is
  // the last (the name).
  // The verb the subject belongs to is the cue or, for "..., saying", the verb the cue hangs on.
  const uint32_t subject_verb = d.speaker != kNone && tree_.head(d.speaker) != kNone ? tree_.head(d.speaker) : t;
  for (uint32_t c : tree_.children(subject_verb))
    if (relative_subject == kNone && tree_.deprel(c) == "nsubj" && c != d.speaker && d.speaker != kNone &&
        c > d.speaker && c < t &&
        (subject_verb == t || speaker_span(c).first == d.speaker_span.end) &&
        !(tree_.deprel(subject_verb) == "acl:relcl" && is_one_of(lemma(c), {"who", "which", "that"}))) {
      const Range more = speaker_span(c);
      d.speaker_span.end = std::max(d.speaker_span.end, more.end);
      d.speaker = c;
      drop_clause_from_speaker(d);
    }
  // "Arnel Vega of the army's Western Command said" parsed with the last name as the subject: the speaker is
  // the whole noun phrase from the start of the sentence.
  if (d.speaker != kNone && d.speaker_span.end == t && d.speaker_span.first > sentence_first(t) &&
      !quoted(d.speaker_span.first)) {
    // (Also "Officials at the WHO said", "Initial reports from the hospital said", "Sources close to the minister
    // said": the speaker is the phrase's first noun, not the one the parse picked.)
    const uint32_t first = sentence_first(t);
    bool ok = is_one_of(upos_name(tree_.upos(first)), {"DET", "ADJ", "NOUN", "PROPN", "NUM"});
    uint32_t preposition = kNone;
    for (uint32_t i = first; i < d.speaker_span.first && ok; ++i) {
      // ("People familiar with the talks said", "officials briefed on the plan said".)
      const std::string word = ascii_lower(tree_.text(i));
      const bool joins = is_one_of(word, {"of", "at", "from", "for"}) ||
                         (word == "to" && i > first && lemma(i - 1) == "close") ||
                         (word == "with" && i > first && lemma(i - 1) == "familiar") ||
                         (word == "on" && i > first && is_one_of(lemma(i - 1), {"brief", "briefed"}));
      if (joins && preposition == kNone) preposition = i;
      ok = noun_phrase_word(i) || joins || is_one_of(tree_.text(i), {"'s", "-"});
    }
    // The first noun's phrase ends before the preposition ("close" before "to" is not part of it).
    uint32_t head = preposition;
    while (head != kNone && head > first && !is_one_of(upos_name(tree_.upos(head - 1)), {"NOUN", "PROPN"})) --head;
    if (ok && preposition != kNone && head != kNone && head > first) {
      d.speaker_span.first = first;
      d.speaker = head - 1;
    }
  }
  // "The union's leader, Tom Diaz, told ...", "Airfleets, a database of fleets, states ...": an apposition the
  // parse split from the noun phrase that opens the sentence, the second part taken as the subject: the speaker
  // is both (the name and the role).
  if (d.speaker != kNone && d.speaker_span.end + 1 == t && tree_.text(d.speaker_span.end) == "," &&
      d.speaker_span.first >= sentence_first(t) + 2 && tree_.text(d.speaker_span.first - 1) == "," &&
      !quoted(d.speaker_span.first)) {
    const uint32_t first = sentence_first(t);
    bool ok = is_one_of(upos_name(tree_.upos(first)), {"DET", "ADJ", "NOUN", "PROPN"}) &&
              is_one_of(upos_name(tree_.upos(d.speaker_span.first - 2)), {"NOUN", "PROPN"});
    // (Not a time phrase: "Yesterday afternoon, Ana Ruiz, the mayor, said".)
    for (uint32_t i = first; i + 1 < d.speaker_span.first && ok; ++i)
      ok = (noun_phrase_word(i) || is_one_of(tree_.text(i), {"'s", "of", "-"})) && !is_month(i) &&
           !time::is_weekday_name(lemma(i)) &&
           !is_one_of(lemma(i), {"yesterday", "today", "tonight", "tomorrow", "morning", "afternoon", "evening",
                                 "night", "week", "weekend", "month", "year", "earlier", "later"});
    if (ok) d.speaker_span.first = first;
  }
  if (d.rule.empty()) {
    if (const int32_t q = adjacent_quote(t, d.speaker_span); q >= 0) {
      const Range quote{quotes_[q].first, quotes_[q].end};
      // ('X wrote, "...", recalling their first meeting': a participle with no subject of its own after a quote
      // that a verb before it introduced adds no statement of its own.)
      const bool introduced = penn(t) == "VBG" && tree_.child(t, "nsubj") == kNone && quote.end <= t &&
                              std::any_of(drafts_.begin(), drafts_.end(), [&](const Draft& other) {
                                return other.cue_first < quote.first && other.content.contains(quote.first);
                              });
      if (!introduced) {
        d.content = quote;
        d.rule = "quote";
      }
    }
  }
  if (d.rule.empty()) {
    // "defended his decision, "We will ..."", "spoke on the radio: "This is ...": a quote opened by a comma or
    // colon right after the verb's own phrase.
    if (const int32_t q = quote_after_phrase(t); q >= 0) {
      d.content = {quotes_[q].first, quotes_[q].end};
      d.rule = "quote-after";
    }
  }
  // (Not ", citing X" after the cue: a chain, read below.)
  if (d.rule.empty() && !passive_verb && speaker != kNone && speaker < t && t + 2 < sentence_end(t) &&
      tree_.text(t + 1) == "," &&
      lemma(t + 2) != "cite" &&
      d.speaker_span.first > sentence_first(t) && tree_.text(d.speaker_span.first - 1) == ",") {
    // A parenthetical cue: "prisoners whom, the statement said, other nations refused to take back".
    d.content = trim({t + 2, sentence_end(t)});
    if (!d.content.empty()) d.rule = "parenthetical";
  }
  if (d.rule.empty() && !passive_verb)
    if (const uint32_t after = inverted_speaker(t); after != kNone) {
      // "The fire began at noon, said witnesses.": the content is the clause before the comma, the speaker the
      // noun phrase after the cue (the parse takes it for an object or hangs the cue on it).
      speaker = after;
      set_speaker(d, after);
      speaker_fallback_span_ = {};
      d.content = trim({sentence_first(t), t});
      d.content_head = kNone;
      if (!d.content.empty()) d.rule = "inverted";
    }
  if (d.rule.empty() && !passive_verb && !own_object) {
    // "the plan, which officials say will cost ...": the relative pronoun is the subject of what is said.
    d.content = relative_predicate_after(t);
    if (!d.content.empty()) d.rule = "relative";
  }
  // (Not a participle opening the sentence with a preposition after it, "Writing for the majority, Lee declared
  // ...", "Speaking to reporters, Lee said ...": it sets the scene for the main clause's own cue.)
  const bool scene_setting = t == sentence_first(t) && penn(t) == "VBG" && t + 1 < sentence_end(t) &&
                             tree_.upos(t + 1) == Upos::ADP;
  if (d.rule.empty() && cue->object != CueObject::none && !passive_verb && !scene_setting) {
    // "said the attack included missiles" parsed as an object and a modifier: the clause after the verb.
    d.content = clause_after(t);
    if (!d.content.empty()) d.rule = "clause-after";
    // "told reporters Lee had lied", "told the paper the review continues": the addressee's phrase comes first
    // (it ends where a determiner, pronoun or name follows a noun); the clause after it is the content.
    const uint32_t end = sentence_end(t);
    if (!d.content.empty() && is_addressee_verb(lemma(t)) && d.content.first == t + 1) {
      uint32_t e = t + 1;
      if (tree_.upos(e) == Upos::PRON) {
        ++e;
      } else {
        while (e < end && noun_phrase_word(e) &&
               !(e > t + 1 && tree_.upos(e - 1) == Upos::NOUN && is_one_of(upos_name(tree_.upos(e)), {"DET", "PROPN"})) &&
               !(e > t + 1 && tree_.upos(e - 1) == Upos::PROPN && tree_.upos(e) == Upos::DET))
          ++e;
      }
      if (e > t + 1 && e < end)
        if (const Range r = clause_after(e - 1); !r.empty()) d.content = r;
    }
  }
  uint32_t cited_after = kNone;
  // (A passive the parse made of a misread past tense is no obstacle: the speaker phrase holds no auxiliary.)
  if (d.rule.empty() && cue->object != CueObject::none)
    if (const Range sp = speaker_after_clause(t, cited_after); !sp.empty()) {
      // "The number of cases rose, the Ministry of Health reported.", "..., a government statement said.",
      // "..., Amnesty International said in a report": a clause, a comma, the speaker and the cue at the end,
      // however the parse hung them together.
      speaker = sp.end - 1;
      speaker_fallback_span_ = sp;
      set_speaker(d, speaker);
      speaker_fallback_span_ = {};
      d.content = trim({sentence_first(t), sp.first});
      d.content_head = kNone;
      if (!d.content.empty()) d.rule = "clause-before";
    }
  if (d.rule.empty()) {
    // "The official insisted:" at the end of its sentence: the content follows (a quote or a block quote).
    uint32_t last = sentence_end(t);
    while (last > sentence_first(t) && is_punct(last - 1) && tree_.text(last - 1) != ":") --last;
    if (last > t + 1 && tree_.text(last - 1) == ":" && speaker != kNone) {
      d.lead_in = true;
      d.rule = "lead-in";
    }
  }
  // "The city will never fall. Huseini said in the voice message.": copy that lost its quote marks leaves a
  // sentence of only a speaker, the verb and its adverbials; what was said is the sentence before it in the
  // paragraph (when no other verb of saying claims that sentence, and it does not lead in with a colon). Only for
  // verbs that cannot stand alone ("Lee tweeted.", "Rights groups warned." can).
  // (And a question: "Is that a way to end it? he asked.", "ask", "question" and "wonder" after a question mark.)
  const bool asks = is_one_of(lemma(t), {"ask", "question", "wonder"}) && sentence_first(t) > 0 &&
                    tree_.text(sentence_first(t) - 1) == "?";
  if (d.rule.empty() && (asks || is_one_of(lemma(t), {"say", "add", "continue", "explain", "insist", "state"})) &&
      !passive_verb && !quoted(t) && speaker != kNone && speaker < t && tree_.head(t) == kNone &&
      d.speaker_span.first == sentence_first(t) &&
      (lemma(t) != "continue" || tree_.upos(speaker) == Upos::PRON) &&  // ("Clashes continued.")
      sentence_first(t) > 0) {
    bool bare = true;
    for (uint32_t c : tree_.children(t))
      bare &= is_one_of(tree_.base_deprel(c), {"nsubj", "aux", "advmod", "obl", "punct"}) &&
              (c < t || tree_.base_deprel(c) != "nsubj");
    // (A speaker's phrase with a finite verb in it is a run-on clause, not a speaker.)
    for (uint32_t i = d.speaker_span.first; i < d.speaker_span.end && bare; ++i)
      bare = !is_one_of(penn(i), {"VBD", "VBZ", "VBP", "MD"});
    const uint32_t previous_last = sentence_first(t) - 1;
    const uint32_t previous_first = sentence_first(previous_last);
    bool claimed = false;
    for (const Draft& other : drafts_) claimed |= other.cue_first >= previous_first && other.cue_first <= previous_last;
    for (uint32_t i = previous_first; i <= previous_last && !claimed; ++i) claimed = quoted(i);
    if (bare && !claimed && paragraph_of(previous_last) == paragraph_of(t) &&
        is_one_of(tree_.text(previous_last), {".", "!", "?"})) {
      d.content = trim({previous_first, previous_last + 1});
      d.content_head = kNone;
      if (!d.content.empty()) d.rule = "sentence-before";
    }
  }
  if (d.rule.empty()) return;
  // An agentless passive reports that something was said, not who said it: "He was told that ...", "It was
  // announced that ..." (the annotation guidelines do not count them).
  if (passive_verb && d.speaker == kNone) return;
  // "spoke with the minister", "spoke to reporters": speaking is an event; it reports words only when the words
  // follow as a quote or after a colon ("spoke on the radio: "...").
  if (d.cue_lemma == "speak" && !is_one_of(d.rule, {"colon", "quote", "quote-after", "lead-in"})) return;
  if (!voices_someone_else(d, t)) return;
  // Inside a quote, a verb of saying with nobody saying it is part of the quoted speaker's own words ("All
  // we did was add a second step").
  if (quoted(t) && d.speaker == kNone) return;
  // Addressee or outlet: "told al-Watan", "told reporters", "in an interview with RT".
  if (reporter != kNone) {
    set_outlet(d, reporter);
  } else {
    uint32_t outlet = kNone;
    for (uint32_t c : tree_.children(t))
      // (An object inside the content is part of what is said: "told the paper the review continues".)
      if ((tree_.deprel(c) == "iobj" || (tree_.deprel(c) == "obj" && d.rule != "object")) &&
          is_addressee_verb(d.cue_lemma) && !d.content.contains(c))
        outlet = c;
    if (outlet == kNone) outlet = outlet_of_medium(t);
    set_outlet(d, outlet);
  }
  // A chain: "the agency reported, citing the ministry": the ministry speaks, the agency is the outlet.
  if (cited_after != kNone && tree_.child(cited_after, "obj") != kNone) {
    const Range reporter_phrase = d.speaker_span;
    set_outlet(d, d.speaker);
    d.outlet = reporter_phrase;
    set_speaker(d, tree_.child(cited_after, "obj"));
    d.rule += "+citing";
    chained_.insert(cited_after);
  }
  for (uint32_t c : tree_.children(t)) {
    if (!is_one_of(tree_.base_deprel(c), {"advcl", "xcomp", "conj", "acl"})) continue;
    if (!cues_.word(CueKind::source, lemma(c))) continue;
    // ("Citing a test, the notice claimed ...": a participle before the subject is what the speaker cites, not
    // who speaks.)
    if (c < t && c < d.speaker_span.first) continue;
    const uint32_t cited = tree_.child(c, "obj");
    if (cited == kNone) continue;
    set_outlet(d, d.speaker);
    set_speaker(d, cited);
    d.rule += "+citing";
    chained_.insert(c);
    if (d.content.empty() == false) d.content = without(d.content, subtree(c));
    break;
  }
  // "denied Russia was in talks: "Moscow has no ties ..."": the quote after the colon is the speaker's own
  // words, a content of its own (asserted), not part of what is denied.
  Draft after_colon;
  if (!d.content.empty() && d.rule != "colon")
    for (uint32_t i = d.content.first + 1; i + 2 < d.content.end; ++i) {
      if (tree_.text(i) != ":" || !is_quote_mark(tree_.text(i + 1)) || !quoted(i + 2)) continue;
      after_colon = d;
      after_colon.content = {i + 2, d.content.end};
      after_colon.content_head = kNone;
      after_colon.stance = Stance::assert;
      after_colon.rule = "colon";
      d.content.end = i;
      break;
    }
  // "told shareholders that output would rise" with the addressee parsed into the clause: the content starts
  // after "that", the addressee is the outlet.
  if (!d.content.empty() && d.content.first == t + 1 && is_addressee_verb(lemma(t)))
    for (uint32_t i = t + 1; i < d.content.end && i < t + 7; ++i) {
      if (ascii_lower(tree_.text(i)) == "that" && i > t + 1 && i + 1 < d.content.end) {
        d.content.first = i + 1;
        if (d.outlet.empty() && is_one_of(upos_name(tree_.upos(i - 1)), {"NOUN", "PROPN"})) set_outlet(d, i - 1);
        break;
      }
      if (!(noun_phrase_word(i) || penn(i) == "PRP" || penn(i) == "PRP$")) break;
    }
  // "Fighting broke out on Thursday, residents said, despite a truce.": what follows the cue opens with a
  // subordinating word, an adverbial of the clause before the speaker, which is what is said.
  if (!d.content.empty() && d.content.first > t && d.speaker != kNone && d.speaker < t && !quoted(t) &&
      is_one_of(upos_name(tree_.upos(d.content.first)), {"ADP", "SCONJ"}) &&
      is_one_of(lemma(d.content.first), {"despite", "after", "before", "while", "because", "since", "although",
                                         "though", "amid", "until", "unless"})) {
    const uint32_t comma = d.speaker_span.first;
    bool finite = false;
    for (uint32_t i = sentence_first(t); i + 1 < comma && !finite; ++i)
      finite = is_one_of(penn(i), {"VBD", "VBZ", "VBP", "MD"}) && !quoted(i);
    if (comma > sentence_first(t) + 2 && tree_.text(comma - 1) == "," && finite) {
      d.content = trim({sentence_first(t), comma - 1});
      d.content_head = kNone;
      d.rule = "clause-before";
    }
  }
  // '"It is a disgrace," one resident, Maria Soto, said.' with the cue hung on the quote's head (or the speaker
  // hung in the quote's clause): the content the parse gives runs on past the quote into the speaker's phrase;
  // the quote is what is said.
  if ((d.rule == "parataxis" || (d.rule == "ccomp" && d.content.end <= t)) && !d.content.empty())
    for (const QuoteSpan& q : quotes_)
      if (q.closed && !q.nested && (d.content.first == q.open || d.content.first == q.first) &&
          trim(d.content).end > q.end + 1 &&
          q.end > q.first && (d.speaker_span.empty() || d.speaker_span.first > q.end)) {
        d.content = {q.first, q.end};
        d.content_head = kNone;
        d.rule = "quote";
        break;
      }
  // The speaker's phrase ends where what is said begins ("by X to have fled" with the infinitive
  // hung on the agent).
  // (Nor does it keep the complementizer: "reported by local media that ...".)
  if (d.speaker != kNone && !d.content.empty() && d.speaker < d.content.first && d.speaker_span.contains(d.content.first)) {
    d.speaker_span.end = d.content.first;
    while (d.speaker_span.end > d.speaker + 1 && (tree_.upos(d.speaker_span.end - 1) == Upos::SCONJ ||
                                                 tree_.base_deprel(d.speaker_span.end - 1) == "mark"))
      --d.speaker_span.end;
  }
  if (!d.lead_in) stance_from_content(d);
  drafts_.push_back(std::move(d));
  if (!after_colon.rule.empty()) drafts_.push_back(std::move(after_colon));
}

// A verb of saying the tagger took for a noun or an adjective ("The council's statement read: "..."", "The
// ruling party claims ...", "The notice read "...""): a finite form right after a plain noun phrase that opens
// the sentence, followed by a colon, a quote or "that". The phrase is the speaker, what follows the content.
void ArticleTagger::mistagged_verb_cue(uint32_t t) {
  const uint32_t first = sentence_first(t), end = sentence_end(t);
  if (t < first + 1 || t + 2 >= end || quoted(t)) return;
  if (!is_one_of(upos_name(tree_.upos(t)), {"NOUN", "ADJ"})) return;
  // The phrase ends right before the cue, or before an aside set off by commas ("The document, dated May 3,
  // states that ...").
  uint32_t phrase_end = t;
  if (tree_.text(t - 1) == ",")
    for (uint32_t o = t - 1; o-- > first + 1 && o + 10 > t;) {
      if (quoted(o) || is_quote_mark(tree_.text(o))) break;
      if (tree_.text(o) != ",") continue;
      if (o + 2 < t) phrase_end = o;
      break;
    }
  if (!is_one_of(upos_name(tree_.upos(phrase_end - 1)), {"NOUN", "PROPN"})) return;
  const std::string w = ascii_lower(tree_.text(t));
  std::string lemma_guess;
  if (w == "read" || w == "reads") lemma_guess = "read";
  else if (w == "says" || w == "said") lemma_guess = "say";
  else if (w.size() > 4 && w.ends_with("s") && !w.ends_with("ss")) lemma_guess = w.substr(0, w.size() - 1);
  // A plain present after a plural noun phrase ("Estimates by the ministry state ...", the verb tagged as the
  // noun "state"): the phrase's first noun is plural.
  // (Not a noun modifying the next one, "state news agency", nor after a phrase with a verb of its own.)
  auto verb_before = [&] {
    for (uint32_t i = first; i < t; ++i)
      if (tree_.upos(i) == Upos::VERB || tree_.upos(i) == Upos::AUX) return true;
    return false;
  };
  if (lemma_guess.empty() && cues_.word(CueKind::verb, w) && tree_.upos(t - 1) != Upos::DET &&
      tree_.upos(t + 1) != Upos::NOUN && tree_.upos(t + 1) != Upos::PROPN && t < first + 9 && !verb_before())
    for (uint32_t i = first; i < t; ++i)
      if (is_one_of(upos_name(tree_.upos(i)), {"NOUN", "PROPN"})) {
        if (is_one_of(penn(i), {"NNS", "NNPS"})) lemma_guess = w;
        break;
      }
  const Cue* cue = lemma_guess.empty() ? nullptr : cues_.word(CueKind::verb, lemma_guess);
  // A past tense the tagger took for an adjective ("The mayor elaborated, "..."", "stated", "claimed",
  // "admitted"): the stem with "e", without it, or with its doubled consonant undone.
  if (!cue && w.size() > 5 && w.ends_with("ed"))
    for (const std::string& stem : {w.substr(0, w.size() - 1), w.substr(0, w.size() - 2), w.substr(0, w.size() - 3)})
      if ((cue = cues_.word(CueKind::verb, stem))) {
        lemma_guess = stem;
        break;
      }
  if (!cue) return;
  // The speaker: a plain noun phrase from the start of the sentence ("The decree signed by the Pope" is a
  // noun phrase with a participle modifier).
  uint32_t start = first;
  // (Or after a semicolon and a sentence adverb: "...; however, its guide notes that ...".)
  for (uint32_t i = first; i + 1 < t; ++i)
    if (tree_.text(i) == ";") start = i + 1;
  if (start > first && start + 2 < t && tree_.upos(start) == Upos::ADV && tree_.text(start + 1) == ",") start += 2;
  while (start < t && is_punct(start)) ++start;
  // Past a short leading adverbial: "On Monday, the council's statement read: ...".
  if (start < t && tree_.upos(start) == Upos::ADP)
    for (uint32_t i = start + 1; i < start + 5 && i + 1 < t; ++i)
      if (tree_.text(i) == ",") {
        start = i + 1;
        break;
      }
  // ("Its handbook notes that ...": a possessive pronoun may open it.)
  bool ok = start < phrase_end &&
            (is_one_of(upos_name(tree_.upos(start)), {"DET", "ADJ", "NOUN", "PROPN", "NUM"}) || penn(start) == "PRP$");
  for (uint32_t i = start; i < phrase_end && ok; ++i)
    ok = (noun_phrase_word(i) || is_one_of(tree_.text(i), {"'s", "-"}) || (i == start && penn(i) == "PRP$") ||
          is_one_of(ascii_lower(tree_.text(i)), {"of", "by", "from", "in"}) || (i > start && penn(i) == "VBN")) &&
         !quoted(i);
  if (!ok) return;
  // The content: a quote (after a colon or a comma, or right after the cue), or a that-clause.
  uint32_t c = t + 1;
  if (is_one_of(tree_.text(c), {":", ","})) ++c;
  Range content;
  if (c + 1 < end && is_quote_mark(tree_.text(c)) && quote_of_[c + 1] >= 0 &&
      quotes_[quote_of_[c + 1]].open == c) {
    const QuoteSpan& q = quotes_[quote_of_[c + 1]];
    content = {q.first, q.end};
  } else if (c == t + 1 && ascii_lower(tree_.text(c)) == "that") {
    content = clause_after(c);  // the clause after "that"
  } else if (tree_.text(t + 1) == ":" && c < end) {
    content = {c, end};
  } else if (c == t + 1 && lemma_guess != "read") {
    content = clause_after(t);  // "The ruling party claims the opposition paid ..."
  }
  if (content.empty()) return;
  Draft d;
  d.cue_first = t;
  d.cue_end = t + 1;
  d.cue_lemma = cue->lemmas[0];
  d.stance = cue->stance;
  speaker_fallback_span_ = {start, phrase_end};
  set_speaker(d, phrase_end - 1);
  speaker_fallback_span_ = {};
  d.content = trim(content);
  if (d.content.empty()) return;
  d.rule = "mistagged-verb";
  stance_from_content(d);
  drafts_.push_back(std::move(d));
}

}  // namespace dunlin::attribution_detail
