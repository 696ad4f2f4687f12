// Speaker finding for ArticleTagger (article_tagger.h): the subject of a cue, speakers the parse missed
// (inverted, set off by a parenthetical, before a fragment, after a clause), the speaker span, outlets and addressees.
#include <algorithm>

#include "dunlin/attribution/article_tagger.h"
#include "dunlin/nlp/word_features.h"

namespace dunlin::attribution_detail {

uint32_t ArticleTagger::subject_of(uint32_t t, int depth) const {
  if (t == kNone || depth > 5) return kNone;
  // "Opposition leader X was among those detained, his party said": of two subjects the parser gave the verb, the
  // one after a comma right before the verb says it; the one before is the reported clause's.
  {
    uint32_t first = kNone, last = kNone;
    for (uint32_t c : tree_.children(t))
      if (tree_.deprel(c) == "nsubj" && c < t) (first == kNone ? first : last) = c;
    // (Only when a piece of a predicate before the comma hangs on the verb too, "was ... detained": two subjects
    // with nothing but an apposition between them are one, "The Labour Party's leader, Jeremy Corbyn, said".)
    bool predicate = false;
    if (first != kNone && last != kNone && subtree(last).end == t)
      for (uint32_t i = first + 1; i < subtree(last).first; ++i) {
        predicate = predicate || (tree_.head(i) == t && is_one_of(upos_name(tree_.upos(i)), {"VERB", "AUX"}));
        if (tree_.text(i) == "," && predicate) return last;
      }
  }
  for (uint32_t c : tree_.children(t)) {
    if (tree_.deprel(c) != "nsubj") continue;
    // "The WHO says ..." with the acronym tagged the pronoun "who": a capitalized "WHO" is the organization.
    if (tree_.text(c) == "WHO") return c;
    if (tree_.deprel(t).ends_with(":relcl") && is_one_of(lemma(c), {"who", "which", "that"})) {
      // "a curfew, which he said would ...": the pronoun belongs to the inner clause, "he" says it.
      for (uint32_t other : tree_.children(t))
        if (other > c && tree_.deprel(other) == "nsubj") return other;
      // "They released a statement which said ...": the statement's author.
      if (const uint32_t author = author_of_statement(tree_.head(t)); author != kNone) return author;
      // "..., according to police, who said ..." with the clause hung on a word that is not a noun: the noun
      // before the comma.
      const uint32_t h = tree_.head(t);
      if ((h == kNone || !is_one_of(upos_name(tree_.upos(h)), {"NOUN", "PROPN", "PRON"})) && c >= 2 &&
          tree_.text(c - 1) == ",")
        return c - 2;
      return h;
    }
    return c;
  }
  // "The court's ruling said ...", "the filing states ...": a gerund with a possessive or a determiner is a noun,
  // even when the parse made it a clause before the verb.
  for (uint32_t c : tree_.children(t))
    if (c < t && is_one_of(tree_.base_deprel(c), {"ccomp", "csubj", "advcl"}) && penn(c) == "VBG" &&
        subtree(c).end == t && (tree_.child(c, "nmod:poss") != kNone || tree_.child(c, "det") != kNone))
      return c;
  // "Núñez added that ...", "Ruiz went on ...": a name the tagger took for an adverb or adjective, right before
  // the verb with nothing between: a person or organization of the entity recognizer, a word with an accented
  // letter, or a capitalized word opening the sentence that is none of the adverbs opening sentences.
  if (t > sentence_first(t) && tree_.head(t - 1) == t && !is_punct(t - 1) &&
      is_one_of(upos_name(tree_.upos(t - 1)), {"ADV", "ADJ", "X", "INTJ"}) &&
      (named_entity_at(t - 1) || (t - 1 == sentence_first(t) && name_tagged_as_adverb(t - 1))))
    return t - 1;
  // "... and several said ...": a quantifier right before the verb, parsed as its modifier, is its subject.
  if (t > 0 && tree_.head(t - 1) == t && is_one_of(tree_.base_deprel(t - 1), {"amod", "det", "nummod"}) &&
      is_one_of(lemma(t - 1), {"several", "many", "some", "others", "most", "both", "few", "all", "each"}))
    return t - 1;
  bool passive = false;
  uint32_t passive_subject = kNone;
  for (uint32_t c : tree_.children(t)) {
    const std::string_view rel = tree_.deprel(c);
    // ("said by phone": a medium, not an agent.)
    if (rel == "obl:agent" && !is_one_of(lemma(c), {"phone", "telephone", "email", "e-mail", "text", "letter",
                                                   "video", "videolink", "message", "radio", "satellite"}))
      return c;
    if (rel == "aux:pass" || rel == "expl") passive = true;
    // "had not yet been announced" with "been" labelled a plain auxiliary.
    if (rel == "aux" && lemma(c) == "be" && penn(t) == "VBN") passive = true;
    if (rel == "nsubj:pass") passive_subject = c;
  }
  // A passive subject with no passive auxiliary is an active subject the parser mislabelled ("the ministry
  // declined").
  if (passive_subject != kNone && !passive) return passive_subject;
  passive |= passive_subject != kNone;
  if (passive) {
    for (uint32_t c : tree_.children(t))
      if (tree_.base_deprel(c) == "obl" && tree_.case_marker(c) == "by") return c;
    return kNone;
  }
  const std::string_view rel = tree_.base_deprel(t);
  if (rel == "conj" || rel == "xcomp" || rel == "advcl") {
    const uint32_t h = tree_.head(t);
    // "The authority, however, said flights would resume" parsed with the cue as an adverbial clause of what is
    // said: the subject of that clause, right after the cue's phrase, is not the speaker.
    if (rel == "advcl" && h != kNone && h > t && tree_.child(t, "mark") == kNone) {
      const uint32_t s = tree_.child(h, "nsubj");
      if (s != kNone && s > t && speaker_span(s).first == subtree(t).end) return kNone;
    }
    // "X said the plan "costs ...," further saying ...": a participle the parse hung on the content of a verb
    // of saying is said by that verb's speaker.
    if (rel == "advcl" && h != kNone && tree_.base_deprel(h) == "ccomp" && tree_.head(h) != kNone &&
        tree_.head(h) < h && tree_.upos(tree_.head(h)) == Upos::VERB && cues_.word(CueKind::verb, lemma(tree_.head(h))))
      return subject_of(tree_.head(h), depth + 1);
    // "X called it dubious, as prices are high and margins are thin, while noting ...", "X accused Y of lying,
    // saying ...": a participle set off by a comma, that the parse hung on a conjunct, a subordinate clause or a
    // gerund after a preposition before it, is said by the clause those hang on.
    if (rel == "advcl" && penn(t) == "VBG" && h != kNone && h < t) {
      const uint32_t mark = tree_.child(t, "mark");
      const uint32_t opener = mark != kNone && mark + 1 == t ? mark : t;
      uint32_t k = h;
      for (;;) {
        const uint32_t up = tree_.head(k);
        if (up == kNone || up >= k) break;
        const std::string_view krel = tree_.base_deprel(k);
        const bool clause = krel == "conj" || krel == "xcomp" ||
                            ((krel == "advcl" || krel == "acl") && tree_.child(k, "mark") != kNone);
        // The noun such a gerund hangs on, when it is an argument of a verb ("accused the government of ...").
        const bool argument = is_one_of(krel, {"obj", "iobj", "obl"}) && tree_.upos(up) == Upos::VERB &&
                              is_one_of(upos_name(tree_.upos(k)), {"NOUN", "PROPN", "PRON"});
        if (!clause && !(argument && k != h)) break;
        k = up;
      }
      if (opener > 0 && tree_.text(opener - 1) == "," && k != h && tree_.upos(k) == Upos::VERB)
        return subject_of(k, depth + 1);
    }
    // "Activists put the toll higher saying ...": a participle the parse hung on an adjective or adverb of a verb
    // (no verb of saying hangs there) is said by that verb's subject.
    if (rel == "advcl" && penn(t) == "VBG" && h != kNone && h < t &&
        is_one_of(upos_name(tree_.upos(h)), {"ADJ", "ADV"}) && is_one_of(tree_.base_deprel(h), {"advmod", "xcomp"}) &&
        tree_.head(h) != kNone && tree_.head(h) < h && tree_.upos(tree_.head(h)) == Upos::VERB)
      return subject_of(tree_.head(h), depth + 1);
    // "X said, "...," also noting, "It may ..."": a participle the parse hung on the quote it introduces is not
    // said by the quote's subject; the nearest verb before the comma has the speaker.
    if (rel == "advcl" && penn(t) == "VBG" && h != kNone && h > t && quoted(h) && !quoted(t))
      return subject_before_comma(t);
    // "Writing for the majority, Judge Ann Lee declared in her opinion, "..."": the quote parsed as the main clause,
    // the cue as its adverbial clause with no subject, and the name right before the cue hung elsewhere. The name
    // speaks, not the quote's subject.
    if (rel == "advcl" && h != kNone && h > t && quoted(h) && !quoted(t) && tree_.child(t, "nsubj") == kNone &&
        t > sentence_first(t) && tree_.upos(t - 1) == Upos::PROPN && tree_.head(t - 1) != t) {
      uint32_t name = t - 1;
      while (tree_.deprel(name) == "flat" && tree_.head(name) != kNone && tree_.head(name) < name)
        name = tree_.head(name);
      return name;
    }
    // "The union claims the port is unsafe and says ...": a verb of saying coordinated with the predicate of
    // another verb of saying's clause, with no subject of its own, is said by that verb's speaker (the parse
    // made it a conjunct inside what is said) unless that clause's subject is a name or a pronoun ("revealed
    // that Lee accepted the blame but did not say ...": Lee).
    if (rel == "conj" && h != kNone && h < t && tree_.child(t, "nsubj") == kNone && tree_.child(t, "cc") != kNone &&
        tree_.base_deprel(h) == "ccomp" && tree_.head(h) != kNone && tree_.head(h) < h &&
        tree_.upos(tree_.head(h)) == Upos::VERB && cues_.word(CueKind::verb, lemma(tree_.head(h))) &&
        cues_.word(CueKind::verb, lemma(t))) {
      const uint32_t inner = subject_of(h, depth + 1);
      if (inner == kNone || !is_one_of(upos_name(tree_.upos(inner)), {"PROPN", "PRON"}))
        return subject_of(tree_.head(h), depth + 1);
    }
    // "saw the prince deny any wrongdoing", "heard the minister say ...": a bare infinitive after the object of
    // a verb of perception or causation is said by that object.
    if (rel == "xcomp" && h != kNone && h < t && is_one_of(penn(t), {"VB", "VBP"}) && tree_.child(t, "mark") == kNone &&
        is_one_of(lemma(h), {"see", "hear", "watch", "let", "make", "have"}))
      if (const uint32_t o = tree_.child(h, "obj"); o != kNone && o > h && o < t &&
                                                    is_one_of(upos_name(tree_.upos(o)), {"NOUN", "PROPN", "PRON"}))
        return o;
    // Coordinated and controlled verbs share the subject of a passive head: "X was met with applause upon
    // announcing ...", "X is reported to have ... and claimed ...", "X was asked by reporters ... and said ..."
    // (X, not the agent).
    if (h != kNone && rel == "conj" && tree_.child(h, "nsubj:pass") != kNone && tree_.child(t, "nsubj") == kNone)
      return tree_.child(h, "nsubj:pass");
    uint32_t s = subject_of(h, depth + 1);
    if (s == kNone && h != kNone) s = tree_.child(h, "nsubj:pass");
    // "did not mention if there were injuries, but said ...": a conjunct the parse hung on a subordinate clause
    // with no subject of its own shares the subject of the clause above it.
    if (s == kNone && rel == "conj" && h != kNone && is_one_of(tree_.base_deprel(h), {"advcl", "ccomp"}))
      return subject_of(tree_.head(h), depth + 1);
    return s;
  }
  if (rel == "acl" && tree_.deprel(t) != "acl:relcl") {
    // "officials speaking on ...". "The coalition released a statement saying ...": the statement's author.
    const uint32_t h = tree_.head(t);
    if (const uint32_t author = author_of_statement(h); author != kNone) return author;
    // "State media reported the blast saying ...", "He sent a voice message assuring ...": a participle on the object
    // of a verb of reporting or sending is the saying of that verb's subject, not of the thing reported or sent. (Not
    // after a verb with what is said before it: there the object is the speaker.)
    if (h != kNone && h < t && tree_.deprel(h) == "obj" && tree_.head(h) != kNone) {
      const uint32_t v = tree_.head(h);
      // ("said the source adding": "say" and its kin take no object but the speaker after them)
      const bool sends = is_one_of(lemma(v), {"send", "issue", "release", "post", "publish", "broadcast"}) ||
                         (cues_.word(CueKind::verb, lemma(v)) &&
                          !is_one_of(lemma(v), {"say", "add", "state", "tell", "claim", "insist", "argue"}));
      bool said_before = false;
      for (uint32_t c : tree_.children(v))
        said_before = said_before || (c < v && is_one_of(tree_.base_deprel(c), {"ccomp", "parataxis"}));
      if (tree_.upos(v) == Upos::VERB && sends && !said_before)
        if (const uint32_t s = subject_of(v, depth + 1); s != kNone && s < v) return s;
    }
    // "Konashenkov said that S about the coalition adding that ...", "SANA reported the blast saying ...": copy
    // that lost its comma before a participle of saying, which the parse hung on a noun inside what a verb of
    // saying before it says. That verb's speaker goes on speaking (not when the noun is a document or a message
    // that may say it itself: "said a letter claiming the attack was found").
    if (h != kNone && h < t && penn(t) == "VBG" && tree_.child(t, "nsubj") == kNone && continues_speaking(t) &&
        !cues_.word(CueKind::noun, lemma(h)))
      for (uint32_t k = h, steps = 0; k != kNone && steps < 12; k = tree_.head(k), ++steps) {
        const uint32_t v = tree_.head(k);
        if (v == kNone) break;
        if (tree_.base_deprel(k) == "ccomp" && v < t && tree_.upos(v) == Upos::VERB &&
            cues_.word(CueKind::verb, lemma(v))) {
          // (Not a noun right after that verb, its own speaker: "..., said the source noting that ...".)
          bool right_after = v < h && is_one_of(lemma(v), {"say", "add", "state"});
          for (uint32_t i = v + 1; i < h && right_after; ++i) right_after = tree_.head(i) == h;
          if (right_after) break;
          if (const uint32_t s = subject_of(v, depth + 1); s != kNone && s < v) return s;
          break;
        }
      }
    // "The Observatory placed the toll lower saying ...", "defended the ruling against the two clubs saying ...": a
    // participle of saying on the object of a verb is said by that verb's subject, unless the object may be the one
    // speaking: a name, a pronoun, a document ("a letter claiming"), or someone not yet met ("met officials saying",
    // "arrested a man claiming to be ...").
    if (h != kNone && h < t && tree_.deprel(h) == "obj" && tree_.head(h) != kNone && penn(t) == "VBG" &&
        continues_speaking(t)) {
      bool definite = false;
      for (uint32_t c : tree_.children(h))
        definite = definite || tree_.deprel(c) == "nmod:poss" ||
                   (tree_.base_deprel(c) == "det" && is_one_of(lemma(c), {"the", "this", "that", "these", "those"}));
      const bool someone = cues_.anonymous_noun(lemma(h)) || cues_.anonymous_indefinite(lemma(h)) ||
                           is_one_of(lemma(h), {"man", "woman", "person", "child", "boy", "girl", "player", "soldier",
                                                "student", "farmer", "worker", "civilian", "victim", "survivor",
                                                "refugee", "driver", "passenger", "patient", "family"});
      const bool could_speak = is_one_of(upos_name(tree_.upos(h)), {"PROPN", "PRON"}) ||
                               nlp::is_capitalized(tree_.text(h)) || cues_.word(CueKind::noun, lemma(h)) ||
                               (someone && !definite);
      const uint32_t v = tree_.head(h);
      if (tree_.upos(v) == Upos::VERB && !could_speak)
        if (const uint32_t s = subject_of(v, depth + 1); s != kNone && s < v) return s;
    }
    // "Kerry Lam, a spokeswoman, said ..." with the verb parsed as a modifier of the apposition: the name speaks.
    // (Also "Sharif Diaz, of the town council, described ..." with a prepositional phrase set off by commas.)
    if (h != kNone && tree_.head(h) != kNone && tree_.head(h) < h && tree_.upos(tree_.head(h)) == Upos::PROPN &&
        (tree_.base_deprel(h) == "appos" ||
         (tree_.base_deprel(h) == "nmod" && subtree(h).first > 0 && tree_.text(subtree(h).first - 1) == "," &&
          t > 0 && tree_.text(t - 1) == ",")))
      return tree_.head(h);
    // "announced a lockdown, saying ...": a participle set off by a comma after the object is the subject's.
    if (h != kNone && h < t && t > 0 && tree_.text(t - 1) == "," && tree_.base_deprel(h) == "obj" &&
        tree_.head(h) != kNone && tree_.upos(tree_.head(h)) == Upos::VERB)
      return subject_of(tree_.head(h), depth + 1);
    return h;
  }
  // "a recording in which someone, apparently the mayor, says ..." with the verb parsed as an apposition of the
  // noun or pronoun before it: that word is the subject.
  if (rel == "appos" && tree_.child(t, "nsubj") == kNone) {
    const uint32_t h = tree_.head(t);
    if (h != kNone && h < t && is_one_of(upos_name(tree_.upos(h)), {"NOUN", "PROPN", "PRON"})) return h;
  }
  return kNone;
}

// "Ruiz went on to say ...", "Ruiz" tagged as an adverb: a capitalized word opening the sentence right before a
// finite verb, not an adverb that may open a sentence that way ("Later", "Also", "Then", "-ly").
bool ArticleTagger::name_tagged_as_adverb(uint32_t t) const {
  const std::string_view w = tree_.text(t);
  // (Not a plural noun tagged as a verb before a modal: "Further charges may be laid".)
  if (w.size() < 2 || w[0] < 'A' || w[0] > 'Z' || t + 1 >= sentence_end(t) ||
      !is_one_of(penn(t + 1), {"VBD", "VBZ", "VBP"}) ||
      (t + 2 < sentence_end(t) && is_one_of(penn(t + 2), {"MD", "VBZ", "VBD", "VBP"})))
    return false;
  const std::string lower = ascii_lower(w);
  return !lower.ends_with("ly") &&
         !is_one_of(lower, {"then", "later", "also", "so", "thus", "still", "now", "here", "there", "yet", "never",
                            "only", "just", "again", "once", "soon", "meanwhile", "however", "instead", "finally",
                            "today", "yesterday", "tomorrow", "tonight", "hence", "therefore", "rather", "perhaps",
                            "indeed", "even", "already", "always", "often", "sometimes", "afterwards", "thereafter",
                            "earlier", "first", "next", "last", "together", "elsewhere", "nevertheless", "nonetheless",
                            "otherwise", "moreover", "furthermore", "besides", "likewise", "similarly", "maybe",
                            "further", "overall", "altogether", "anyway", "nowadays", "afterward", "beforehand",
                            "almost", "quite", "much", "well", "ever", "seldom", "twice", "not", "too", "else",
                            "abroad", "below", "above", "ahead", "along", "away", "back", "home", "inside",
                            "outside", "nearby", "long", "late", "early", "sometime"});
}

bool ArticleTagger::named_entity_at(uint32_t t) const {
  const std::string_view w = tree_.text(t);
  if (w.empty() || (!(w[0] >= 'A' && w[0] <= 'Z') && static_cast<unsigned char>(w[0]) < 0x80)) return false;
  if (const int32_t e = doc_.entities.at(t); e >= 0 && doc_.entities.label[e] != EntityLabel::LOC) return true;
  // (An English adverb is written in ASCII: a capitalized word with an accented letter is a name, "Núñez".)
  return std::any_of(w.begin(), w.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// The subject of the verb whose object is the noun of saying `n` ("the army released a statement"), or kNone.
uint32_t ArticleTagger::author_of_statement(uint32_t n) const {
  if (n == kNone || !cues_.word(CueKind::noun, lemma(n)) || tree_.deprel(n) != "obj" || tree_.head(n) == kNone)
    return kNone;
  // "received a letter from Lee saying ...": the statement's own author, not who received or read it.
  for (uint32_t c : tree_.children(n))
    if (tree_.base_deprel(c) == "nmod" && is_one_of(tree_.case_marker(c), {"from", "by"})) return c;
  if (is_one_of(lemma(tree_.head(n)), {"receive", "get", "obtain", "see", "read", "hear", "find"})) return kNone;
  return tree_.child(tree_.head(n), "nsubj");
}

// The speaker's phrase as written: its subtree, without leading prepositions ("according to").
Range ArticleTagger::speaker_span(uint32_t h) const {
  Range r = subtree(h);
  while (r.first < h) {
    const uint32_t t = r.first;
    const std::string_view rel = tree_.base_deprel(t);
    if (rel == "case" || rel == "fixed" || rel == "punct" || word_is(t, "according") || word_is(t, "to")) ++r.first;
    else break;
  }
  return r;
}

void ArticleTagger::drop_clause_from_speaker(Draft& d) const {
  const uint32_t h = d.speaker;
  if (h == kNone || d.speaker_span.first >= h) return;
  uint32_t comma = h;
  while (comma > d.speaker_span.first && tree_.text(comma) != ",") --comma;
  if (tree_.text(comma) != ",") return;
  bool finite = false, relative = false;
  for (uint32_t i = d.speaker_span.first; i < comma; ++i) {
    finite |= is_one_of(penn(i), {"VBD", "VBZ", "VBP", "MD"});
    relative |= is_one_of(lemma(i), {"who", "which", "that", "whom", "whose"});
  }
  if (finite && !relative) d.speaker_span.first = comma + 1;
}

void ArticleTagger::set_speaker(Draft& d, uint32_t h) const {
  // 'The assault was "a response to [their] attempts to advance" Zakaria X of the Y group told Reuters': a subject
  // the parse found inside the quote before a cue outside it is a word of the quote; the speaker is the phrase
  // between the closing quote mark and the cue (its word whose head lies outside it).
  if (h != kNone && quoted(h) && h < d.cue_first && !quoted(d.cue_first)) {
    uint32_t q = d.cue_first;
    while (q > h + 1 && !nlp::is_double_quote_mark(tree_.text(q - 1))) --q;
    if (q > h + 1 && q < d.cue_first) {
      const Range after{q, d.cue_first};
      for (uint32_t t = after.first; t < after.end; ++t)
        if (!after.contains(tree_.head(t)) && is_one_of(upos_name(tree_.upos(t)), {"PROPN", "NOUN", "PRON"})) {
          h = t;
          break;
        }
    }
  }
  d.speaker = h;
  if (h == kNone) return;
  d.speaker_span = speaker_span(h);
  // "the World Health Organization (WHO)": an acronym in brackets right after the phrase belongs to it.
  // (The tagger may take an acronym for a word: "(WHO)" as the pronoun "who".)
  auto acronym = [&](uint32_t i) {
    const std::string_view w = tree_.text(i);
    return tree_.upos(i) == Upos::PROPN ||
           (w.size() >= 2 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
  };
  if (d.speaker_span.end + 2 < sentence_end(h) && tree_.text(d.speaker_span.end) == "(" &&
      tree_.text(d.speaker_span.end + 2) == ")" && acronym(d.speaker_span.end + 1))
    d.speaker_span.end += 3;
  else if (d.speaker_span.end < sentence_end(h) && tree_.text(d.speaker_span.end) == ")" &&
           d.speaker_span.end >= d.speaker_span.first + 2 && tree_.text(d.speaker_span.end - 2) == "(")
    d.speaker_span.end += 1;  // the bracket the parse left out
  // "the El Paso mayor, Dee Margo, ..." with the name not parsed as an apposition: the role and the name.
  if (tree_.upos(h) == Upos::NOUN && d.speaker_span.end == h + 1 && h + 3 < sentence_end(h) &&
      tree_.text(h + 1) == "," && tree_.upos(h + 2) == Upos::PROPN && !quoted(h + 2)) {
    uint32_t e = h + 2;
    while (e < sentence_end(h) && tree_.upos(e) == Upos::PROPN) ++e;
    if (e < sentence_end(h) && tree_.text(e) == "," && (d.cue_first < h || e < d.cue_first))
      d.speaker_span.end = e;
  }
  if (!speaker_fallback_span_.empty() && speaker_fallback_span_.end == h + 1) d.speaker_span = speaker_fallback_span_;
  // '"... into Iraq" spokesman Colonel X said' with the quote's end parsed into the speaker's phrase: a speaker
  // outside quote marks starts after the last one before it.
  if (!quoted(h))
    for (uint32_t q = h; q-- > d.speaker_span.first;)
      if (nlp::is_double_quote_mark(tree_.text(q))) {
        d.speaker_span.first = q + 1;
        break;
      }
  drop_clause_from_speaker(d);
  if (d.speaker_span.contains(d.cue_first)) {
    // "a Danish government spokesperson stated" parsed with the verb inside the noun's phrase: the words of the
    // noun phrase before the head.
    uint32_t first = h;
    while (first > d.speaker_span.first && noun_phrase_word(first - 1)) --first;
    // (With the rest of a name after its head: "Kerry Lam".)
    uint32_t last = h + 1;
    while (last < d.cue_first && tree_.head(last) == h && tree_.base_deprel(last) == "flat") ++last;
    d.speaker_span = {first, last};
  }
  if (d.speaker_span.empty()) d.speaker_span = {h, h + 1};
}

// True when only punctuation follows token `end - 1` in its sentence.
bool ArticleTagger::ends_sentence(uint32_t end) const {
  if (end == 0) return false;
  for (uint32_t t = end; t < sentence_end(end - 1); ++t)
    if (!is_punct(t)) return false;
  return true;
}

// When the parse gives the verb no subject: a plain noun phrase right before it at the start of its clause
// ("The official insisted:" parsed as a fragment). Returns its last word; the span is kept for set_speaker.
uint32_t ArticleTagger::noun_phrase_before(uint32_t t) {
  speaker_fallback_span_ = {};
  // "The referee later told ...": one adverb of time or addition between the phrase and the cue.
  if (t >= sentence_first(t) + 2 && tree_.upos(t - 1) == Upos::ADV && noun_phrase_word(t - 2) &&
      is_one_of(lemma(t - 1), {"later", "late", "also", "then", "earlier", "early", "previously", "again", "subsequently",
                               "repeatedly", "recently", "separately", "further", "additionally", "initially",
                               "originally", "first", "once", "already"}))
    return noun_phrase_before(t - 1);
  uint32_t before = t;
  // "a French diplomatic source, whom the paper did not name, said": step over the comma-enclosed clause.
  if (t > sentence_first(t) && tree_.text(t - 1) == ",") {
    uint32_t open = t - 1;
    while (open > sentence_first(t) && open + 12 > t && tree_.text(open - 1) != ",") --open;
    // (Also ", many of whom lost their homes,".)
    const bool of_whom = open + 2 < t && ascii_lower(tree_.text(open + 1)) == "of" &&
                         is_one_of(ascii_lower(tree_.text(open + 2)), {"whom", "which"});
    // (Also an age or a short apposition after a name: ""...," Ruiz, 54, told reporters", "Ruiz, a lawyer,
    // said".)
    // (Not an aside that is itself the name: "the director of the group, Ana Ruiz, said".)
    // (The apposition may hold prepositional phrases: "Diaz, a doctoral student at the University of Leeds,
    // said".)
    bool apposition = open + 1 < t && open + 11 >= t && open >= sentence_first(t) + 2 &&
                      tree_.upos(open - 2) == Upos::PROPN && tree_.upos(open) != Upos::PROPN;
    for (uint32_t i = open; i + 1 < t && apposition; ++i)
      apposition = (noun_phrase_word(i) ||
                    (i > open && is_one_of(ascii_lower(tree_.text(i)), {"of", "at", "for", "in", "'s"}) &&
                     noun_phrase_word(i + 1))) &&
                   !quoted(i);
    // (Also a prepositional aside: "engineers, following a review, stated ...".)
    bool prepositional = open + 2 < t && (tree_.upos(open) == Upos::ADP ||
                                          is_one_of(ascii_lower(tree_.text(open)), {"following", "according"}));
    for (uint32_t i = open + 1; i + 1 < t && prepositional; ++i)
      prepositional = (noun_phrase_word(i) || tree_.upos(i) == Upos::ADP) && !quoted(i);
    if (open > sentence_first(t) + 1 && tree_.text(open - 1) == "," &&
        (is_one_of(ascii_lower(tree_.text(open)), {"who", "whom", "which", "whose"}) || of_whom || apposition ||
         prepositional))
      before = open - 1;
    // "One of the survey's authors, the economist Ann Lee, told ...": an aside that is the name itself speaks.
    bool name_aside = before == t && open > sentence_first(t) + 1 && open + 1 < t && tree_.text(open - 1) == "," &&
                      tree_.upos(t - 2) == Upos::PROPN &&
                      is_one_of(upos_name(tree_.upos(open - 2)), {"NOUN", "PROPN"});
    for (uint32_t i = open; i + 1 < t && name_aside; ++i) name_aside = noun_phrase_word(i) && !quoted(i);
    if (name_aside) {
      speaker_fallback_span_ = {open, t - 1};
      return t - 2;
    }
  }
  uint32_t first = before;
  while (first > sentence_first(t) && noun_phrase_word(first - 1)) --first;
  // ("Initial accounts stated ...", "Lead author Ann Lee said ...": a sentence-initial adjective or noun the tagger
  // read as a base-form verb.)
  if (first == sentence_first(t) + 1 && first < before && penn(first - 1) == "VB" &&
      tree_.child(first - 1, "nsubj") == kNone)
    --first;
  if (first == before) return kNone;
  // "a spokeswoman for the hospital told ...", "the head of the port said", "a source in the group told": a
  // preposition between two plain noun phrases, the whole opening its clause.
  if (first > sentence_first(t) + 1 &&
      is_one_of(ascii_lower(tree_.text(first - 1)), {"of", "for", "at", "in", "from"}) &&
      noun_phrase_word(first - 2)) {
    uint32_t head_first = first - 1;
    while (head_first > sentence_first(t) && noun_phrase_word(head_first - 1)) --head_first;
    const Upos noun = tree_.upos(first - 2);
    if ((noun == Upos::NOUN || noun == Upos::PROPN) &&
        (head_first == sentence_first(t) || is_punct(head_first - 1)))
      first = head_first;
  }
  // "On Friday witnesses reported ...": the date of an opening prepositional phrase parsed as a modifier of the
  // speaker's noun; the speaker's phrase starts after the date.
  bool after_date = false;
  // (An adverb may open the sentence: "Also on Monday ...", "Earlier in the week ...".)
  if (first > sentence_first(t) && before == t &&
      is_one_of(ascii_lower(tree_.text(first - 1)), {"on", "in", "by", "since", "until"}) &&
      (first - 1 == sentence_first(t) || is_punct(first - 2) ||
       (first - 2 == sentence_first(t) && tree_.upos(first - 2) == Upos::ADV))) {
    uint32_t after = first;
    while (after + 1 < before && date_word(tree_, after)) ++after;
    after_date = after > first;
    first = after;
  }
  if (first > sentence_first(t) && !is_punct(first - 1) && before == t && !after_date) return kNone;
  const Upos last = tree_.upos(before - 1);
  if (last != Upos::NOUN && last != Upos::PROPN && !cues_.anonymous_noun(lemma(before - 1))) return kNone;
  // "on Monday a source ...": a determiner after a noun opens the speaker's own phrase.
  for (uint32_t i = before - 1; i > first; --i)
    if (tree_.upos(i) == Upos::DET && is_one_of(upos_name(tree_.upos(i - 1)), {"NOUN", "PROPN", "NUM"})) {
      first = i;
      break;
    }
  speaker_fallback_span_ = {first, before};
  return before - 1;
}

// True when a quote whose words end with , . ? or ! closes right before token t (optionally with a comma after
// the mark): a quote of what is said, not a quoted speaker ("Two people familiar with ..." said).
bool ArticleTagger::ends_content_quote_before(uint32_t t) const {
  if (t >= 2 && tree_.text(t - 1) == "," && is_quote_mark(tree_.text(t - 2))) return true;  // '..." , said'
  if (t < 2 || !is_quote_mark(tree_.text(t - 1))) return false;
  if (is_one_of(tree_.text(t - 2), {",", ".", "?", "!"})) return true;
  // A quote with a verb of its own is a clause, not a speaker's name: '"I am in awe of ..." tweeted X'.
  const int32_t q = quote_of_[t - 2];
  if (q < 0) return false;
  for (uint32_t i = quotes_[q].first; i < quotes_[q].end; ++i)
    if (tree_.upos(i) == Upos::VERB || tree_.upos(i) == Upos::AUX) return true;
  return false;
}

// "X agreed, saying ...": a participle after a comma is said by the subject of the nearest verb before it (an
// adverb may stand between, the comma may close a quote: ",\" also noting ...").
uint32_t ArticleTagger::subject_before_comma(uint32_t t) const {
  if (penn(t) != "VBG" || t < 3) return kNone;
  uint32_t comma = tree_.upos(t - 1) == Upos::ADV ? t - 2 : t - 1;
  if (is_quote_mark(tree_.text(comma)) && comma > sentence_first(t)) --comma;
  if (tree_.text(comma) != ",") return kNone;
  for (uint32_t v = comma; v-- > sentence_first(t);) {
    if (quoted(v) || tree_.upos(v) != Upos::VERB) continue;
    const uint32_t s = subject_of(v);
    return s != kNone && s < v ? s : kNone;
  }
  return kNone;
}

// Two shapes whose speaker the parse often misses: an inverted speaker after the cue at the end of a quoted
// sentence (""...," tweeted former minister Ken Brown."), and a sentence-initial name set off from the cue by a
// parenthetical ("Reuters, citing anonymous sources, reported ...", "Lopez, a UN rapporteur who ..., cautioned
// ..."). Returns the phrase's last word (a noun) and keeps the phrase for set_speaker, or kNone.
uint32_t ArticleTagger::speaker_by_position(uint32_t t) {
  speaker_fallback_span_ = {};
  const uint32_t first = sentence_first(t), end = sentence_end(t);
  auto nominal = [&](uint32_t i) { return noun_phrase_word(i) || tree_.text(i) == "-" || tree_.text(i) == "'s"; };
  auto noun = [&](uint32_t i) { return noun_or_role(i); };
  const bool after_quote = t > first && (is_quote_mark(tree_.text(t - 1)) ||
                                         (t > first + 1 && tree_.text(t - 1) == "," && is_quote_mark(tree_.text(t - 2))));
  if (after_quote) {
    // The noun phrase right after the cue, up to the punctuation that ends it (";", ",", the full stop).
    // It may go on with a modifier: "on Twitter", "using the pseudonym ...", "who ...".
    // ("Mayor of London Sadiq Khan": "of" inside a title.)
    uint32_t last = t + 1;
    // ("said his sister, Mira Haddad, ...": a possessive pronoun may open it.)
    if (last < end && penn(last) == "PRP$") ++last;
    while (last < end && (nominal(last) || (lemma(last) == "of" && last > t + 1 && last + 1 < end &&
                                            tree_.upos(last + 1) == Upos::PROPN)))
      ++last;
    const bool modifier = last < end && (tree_.upos(last) == Upos::ADP || is_one_of(penn(last), {"VBG", "VBN"}) ||
                                         is_one_of(ascii_lower(tree_.text(last)), {"who", "whose"}));
    const bool ok = last > t + 1 && noun(last - 1) && (last == end || is_punct(last) || modifier);
    if (ok) {
      // ("said his sister, Mira Haddad, after ...": the name in apposition is the speaker's head.)
      if (last + 1 < end && tree_.text(last) == "," && tree_.upos(last + 1) == Upos::PROPN) {
        uint32_t name_end = last + 1;
        while (name_end < end && tree_.upos(name_end) == Upos::PROPN) ++name_end;
        if (name_end == end || is_punct(name_end)) {
          speaker_fallback_span_ = {t + 1, name_end};
          return name_end - 1;
        }
      }
      speaker_fallback_span_ = {t + 1, last};
      return last - 1;
    }
  }
  // "Baslan Damang, a port official, on Tuesday told ...": a short time phrase between the comma and the cue.
  uint32_t at = t;
  if (t > first + 4 && tree_.upos(t - 2) == Upos::ADP && tree_.text(t - 3) == "," &&
      is_one_of(upos_name(tree_.upos(t - 1)), {"PROPN", "NOUN"}))
    at = t - 2;
  if (at > first + 2 && tree_.text(at - 1) == ",") {
    // Past a leading adverbial: "On Friday, Jane Roe, the chief executive, announced ...", "Speaking to
    // reporters, ...".
    uint32_t start = first;
    if (is_one_of(ascii_lower(tree_.text(first)), {"on", "in", "at", "during", "after", "before", "since", "earlier",
                                                     "later", "meanwhile", "yesterday", "today", "separately",
                                                     "however", "also", "speaking", "asked", "responding"}))
      for (uint32_t i = first + 1; i < first + 5 && i + 2 < at; ++i)
        if (tree_.text(i) == ",") {
          start = i + 1;
          break;
        }
    uint32_t comma = start;
    while (comma < at - 1 && tree_.text(comma) != ",") ++comma;
    bool ok = comma > start && comma < at - 1 && noun(comma - 1);
    for (uint32_t i = start; i < comma && ok; ++i) ok = nominal(i);
    if (ok) {
      speaker_fallback_span_ = {start, comma};
      return comma - 1;
    }
    // "Speaking to AFP, the president of the league, Jamel Msallem, said ...": a name set off by commas right
    // before the cue.
    uint32_t name = at - 1;
    while (name > first + 1 && tree_.upos(name - 1) == Upos::PROPN) --name;
    if (name < at - 1 && tree_.text(name - 1) == ",") {
      speaker_fallback_span_ = {name, at - 1};
      return at - 2;
    }
  }
  return kNone;
}

// An inverted cue after a clause with no quote: ", said witnesses.", ", reported officials, with ...". The cue
// follows a comma that ends a clause with a finite verb of its own, and a short plain noun phrase after it ends
// the sentence or is closed by a comma. Returns the phrase's last word and keeps the phrase for set_speaker.
uint32_t ArticleTagger::inverted_speaker(uint32_t t) {
  const uint32_t first = sentence_first(t), end = sentence_end(t);
  if (t < first + 3 || tree_.text(t - 1) != "," || quoted(t) || !is_one_of(penn(t), {"VBD", "VBN"})) return kNone;
  bool finite = false;
  for (uint32_t i = first; i + 1 < t; ++i) {
    if (quoted(i)) return kNone;  // a quote before the cue is the other construction
    finite |= is_one_of(penn(i), {"VBD", "VBZ", "VBP", "MD"});
  }
  if (!finite) return kNone;
  uint32_t last = t + 1;
  while (last < end && last < t + 7 && noun_phrase_word(last)) ++last;
  if (last == t + 1 || (last < end && !is_punct(last)) || quoted(last - 1)) return kNone;
  if (last < end && !ends_sentence(last) && tree_.text(last) != ",") return kNone;
  if (!noun_or_role(last - 1)) return kNone;
  speaker_fallback_span_ = {t + 1, last};
  return last - 1;
}

// "CLAUSE, SPEAKER CUE[ ADVERBIAL]." with the parse hanging them together some other way: the speaker phrase
// (a plain noun phrase, "of"/"and"/"for" inside it) between the last comma and the cue, after a clause with a
// finite verb that opens the sentence with its subject (not "After the talks ended, ..."); after the cue only
// punctuation, a short adverbial without a finite verb ("in a report released Tuesday"), or ", citing X" (its
// verb goes to `cited`). Returns the speaker phrase, or an empty range.
Range ArticleTagger::speaker_after_clause(uint32_t t, uint32_t& cited) const {
  cited = kNone;
  const uint32_t first = sentence_first(t), end = sentence_end(t);
  if (quoted(t)) return {};
  // A past participle is a past tense the tagger misread ("..., airline officials confirmed on Sunday") unless
  // the parse makes it a modifier of the noun before it ("the highest toll reported"); "said" modifies no noun
  // there (", the London-based group said on Friday" parsed as a participle on "group").
  if (!is_one_of(penn(t), {"VBD", "VBZ", "VBP"}) &&
      !(penn(t) == "VBN" && (!is_one_of(tree_.deprel(t), {"acl", "amod"}) || lemma(t) == "say")))
    return {};
  uint32_t comma = t;
  while (comma > first && tree_.text(comma - 1) != ",") --comma;
  if (comma <= first + 2) return {};
  // (The cue's auxiliaries are not part of the speaker: "..., officials have said.")
  uint32_t sp_end = t;
  while (sp_end > comma && tree_.upos(sp_end - 1) == Upos::AUX && is_one_of(lemma(sp_end - 1), {"have", "be", "do"}))
    --sp_end;
  // (An acronym in brackets after the name is not its head: "..., the World Chess League (WCL) announced".)
  if (sp_end >= comma + 4 && tree_.text(sp_end - 1) == ")" && tree_.text(sp_end - 3) == "(" &&
      tree_.upos(sp_end - 2) == Upos::PROPN)
    sp_end -= 3;
  const uint32_t sp_first = comma;
  if (sp_end <= sp_first || sp_end - sp_first > 12) return {};
  // ("his family": a possessive pronoun may open it; "Leeds University (LU) data": an acronym in
  // brackets inside it.)
  for (uint32_t i = sp_first; i < sp_end; ++i)
    // ("a source in the group", "officials at the ministry", "a doctor from the hospital".)
    if (!(noun_phrase_word(i) || is_one_of(tree_.text(i), {"of", "and", "for", "'s", "-"}) ||
          (i > sp_first && is_one_of(tree_.text(i), {"in", "at", "from"}) && i + 1 < sp_end && noun_phrase_word(i + 1)) ||
          (i == sp_first && penn(i) == "PRP$") ||
          (tree_.text(i) == "(" && i + 2 < sp_end && tree_.text(i + 2) == ")" && tree_.upos(i + 1) == Upos::PROPN) ||
          (tree_.text(i) == ")" && i >= sp_first + 2 && tree_.text(i - 2) == "(")) ||
        quoted(i))
      return {};
  // ("its director-general": a hyphenated title may end in a word tagged as an adjective.)
  const bool hyphenated_title = sp_end >= sp_first + 3 && tree_.text(sp_end - 2) == "-" &&
                                tree_.upos(sp_end - 1) == Upos::ADJ && tree_.upos(sp_end - 3) == Upos::NOUN;
  if (!(is_one_of(upos_name(tree_.upos(sp_end - 1)), {"NOUN", "PROPN"}) || hyphenated_title) ||
      !(is_one_of(upos_name(tree_.upos(sp_first)), {"DET", "ADJ", "NOUN", "PROPN", "NUM"}) || penn(sp_first) == "PRP$"))
    return {};
  // The clause may follow a short prepositional phrase set off by a comma ("In a speech on Monday, the mayor
  // praised ..., local media reported."); not a subordinate clause ("After the talks ended, ...": it has a verb).
  uint32_t clause_first = first;
  if (tree_.upos(first) == Upos::ADP)
    for (uint32_t i = first + 1; i < first + 9 && i + 2 < comma; ++i) {
      if (tree_.text(i) == ",") {
        clause_first = i + 1;
        break;
      }
      if (!(noun_phrase_word(i) || tree_.upos(i) == Upos::ADP || is_one_of(tree_.text(i), {"'s", "-"}))) break;
    }
  if (!is_one_of(upos_name(tree_.upos(clause_first)), {"DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ"})) return {};
  bool finite = false;
  for (uint32_t i = first; i + 1 < comma; ++i) {
    if (quoted(i) || is_quote_mark(tree_.text(i))) return {};
    finite |= i >= clause_first && is_one_of(penn(i), {"VBD", "VBZ", "VBP", "MD"});
  }
  if (!finite) return {};
  uint32_t i = t + 1;
  if (i + 1 < end && tree_.text(i) == "," && lemma(i + 1) == "cite" && tree_.upos(i + 1) == Upos::VERB) {
    cited = i + 1;
    return {sp_first, sp_end};
  }
  // After the cue: punctuation, a prepositional phrase or a time word ("announced yesterday", "said Monday"),
  // after the addressee of tell, inform ... ("..., Ruiz's lawyer told reporters.").
  if (is_addressee_verb(lemma(t)) && i < end && (noun_phrase_word(i) || penn(i) == "PRP")) {
    const uint32_t from = i;
    if (penn(i) == "PRP") ++i;
    else
      while (i < end && i < from + 4 && noun_phrase_word(i)) ++i;
  }
  const bool time_word = i < end && (time::is_weekday_name(lemma(i)) || is_month(i) ||
                                     is_one_of(lemma(i), {"yesterday", "today", "tonight", "overnight", "earlier",
                                                          "later", "late", "last", "this"}));
  if (i < end && !is_punct(i) && tree_.upos(i) != Upos::ADP && !time_word) return {};
  for (; i < end; ++i)
    if (is_one_of(penn(i), {"VBD", "VBZ", "VBP", "MD"}) || ascii_lower(tree_.text(i)) == "that" || quoted(i) ||
        i > t + 12)
      return {};
  return {sp_first, sp_end};
}

void ArticleTagger::set_outlet(Draft& d, uint32_t h) const {
  d.outlet_head = h;
  if (h == kNone) return;
  d.outlet = speaker_span(h);
  // "told the outlet al-Watan that ...": the addressee ends where the content starts.
  if (!d.content.empty() && d.outlet.contains(d.content.first) && d.content.first > h) {
    d.outlet.end = d.content.first;
    while (d.outlet.end > h + 1 && (is_punct(d.outlet.end - 1) || ascii_lower(tree_.text(d.outlet.end - 1)) == "that"))
      --d.outlet.end;
  }
}

// "in an interview with RT", "at a press conference with ...": the outlet or partner of the medium noun.
uint32_t ArticleTagger::outlet_of_medium(uint32_t verb) const {
  for (uint32_t c : tree_.children(verb)) {
    if (tree_.base_deprel(c) != "obl") continue;
    const Cue* noun = cues_.word(CueKind::noun, lemma(c));
    if (!noun) continue;
    for (uint32_t n : tree_.children(c))
      if (tree_.base_deprel(n) == "nmod" && is_one_of(tree_.case_marker(n), {"with", "to"})) return n;
  }
  return kNone;
}

}  // namespace dunlin::attribution_detail
