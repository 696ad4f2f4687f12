// Content finding for ArticleTagger (article_tagger.h): the clause or quote a cue carries when the parse hangs
// it elsewhere or misses it ("that" clauses, a clause after the verb, adjacent quotes).
#include <algorithm>

#include "dunlin/attribution/article_tagger.h"

namespace dunlin::attribution_detail {

// The clause after a verb of saying when the parse found none: from the first word after the verb (past a
// short adverbial: "on Monday", ", by way of example,") to the end of the sentence, when it reads as a clause:
// it starts with a noun phrase and has a verb of its own.
Range ArticleTagger::relative_predicate_after(uint32_t t) const {
  const uint32_t s = tree_.child(t, "nsubj");
  if (s == kNone || s > t || quoted(t)) return {};
  const uint32_t pronoun = subtree(s).first;
  if (pronoun == 0 || pronoun <= sentence_first(t) ||
      !is_one_of(lemma(pronoun - 1), {"which", "who", "that", "what"}) ||
      is_one_of(lemma(s), {"which", "who", "that", "what"}))
    return {};
  // "in what two groups claimed was a gas attack": "what" has no antecedent, and the predicate may quote a word.
  // ("What you say is hurtful": a "what" that opens the subject of its clause is no such pronoun; only one after a
  // preposition or a verb is.)
  const bool what = lemma(pronoun - 1) == "what";
  if (what &&
      (pronoun - 1 == sentence_first(t) || !is_one_of(upos_name(tree_.upos(pronoun - 2)), {"ADP", "SCONJ", "VERB"})))
    return {};
  // The pronoun stands for a noun phrase right before it ("the plan, which"), not for a clause.
  const uint32_t before = pronoun - 1 > sentence_first(t) && tree_.text(pronoun - 2) == "," ? pronoun - 2 : pronoun - 1;
  if (!what &&
      (before == sentence_first(t) || !is_one_of(upos_name(tree_.upos(before - 1)), {"NOUN", "PROPN", "PRON", "NUM"})))
    return {};
  const uint32_t end = sentence_end(t);
  if (t + 2 >= end || !is_one_of(penn(t + 1), {"MD", "VBZ", "VBD", "VBP"})) return {};
  uint32_t last = t + 1;
  while (last < end && !is_one_of(tree_.text(last), {",", ";", ":"}) && (what || !quoted(last))) ++last;
  return trim({t + 1, last});
}

// Whether word w opens a relative clause on noun n ("the riots [that] followed ...": w the relative pronoun, its
// clause hung on n).
bool ArticleTagger::relative_on(uint32_t w, uint32_t n) const {
  if (!is_one_of(penn(w), {"WDT", "WP"})) return false;
  const uint32_t clause = tree_.head(w);
  return clause != kNone && tree_.deprel(clause) == "acl:relcl" && tree_.head(clause) == n;
}

Range ArticleTagger::clause_after(uint32_t t) const {
  // A cue in a subordinate clause before the main one ("When announcing the shutdown on Monday, the minister
  // ...") reports no more than its own clause.
  // (Not a cue the parse made an adverbial of what it says: "The authority, however, said flights would ...", with
  // no comma and no subordinator between it and the clause.)
  const Range own = subtree(t);
  const bool before_main = tree_.base_deprel(t) == "advcl" && tree_.head(t) != kNone && tree_.head(t) > t &&
                           (tree_.child(t, "mark") != kNone || (own.end < sentence_end(t) && is_punct(own.end)));
  const uint32_t end = before_main ? std::min(sentence_end(t), subtree(t).end) : sentence_end(t);
  uint32_t first = t + 1;
  if (first < end && tree_.text(first) == ",") {
    uint32_t close = first + 1;
    while (close < end && close < first + 7 && tree_.text(close) != ",") ++close;
    if (close < end && tree_.text(close) == ",") first = close + 1;
  }
  // "reported on Monday a source ...", "said as a teenager she ...": a preposition and one word (after a
  // determiner).
  // "noted on Monday, the fatalities were ...": the adverbial may end with a comma.
  if (first + 2 < end && tree_.upos(first) == Upos::ADP) {
    const uint32_t word = first + 1 + (tree_.upos(first + 1) == Upos::DET ? 1 : 0);
    const uint32_t next = word + 1 < end && tree_.text(word + 1) == "," ? word + 2 : word + 1;
    // (Not a relative clause on what was talked about: "tweeted about the riots that followed ..."; "said in a
    // statement that ...", "announced on Sunday that ..." are often parsed so, and there it is what was said.)
    const bool topic =
        next < end && is_one_of(lemma(first), {"about", "over", "regarding", "concerning"}) && relative_on(next, word);
    if (next < end && is_one_of(upos_name(tree_.upos(word)), {"PROPN", "NOUN", "NUM"}) &&
        is_one_of(upos_name(tree_.upos(next)), {"DET", "PROPN", "NOUN", "PRON", "ADJ"}) && !topic)
      first = next;
    // "said in an interview with X he was ...", "said in its report, the fault makes ...": a longer
    // prepositional phrase (two at most), then a comma or a personal pronoun opening the clause.
    if (first == t + 1 || tree_.upos(first) == Upos::ADP) {
      uint32_t i = first;
      for (int pp = 0; pp < 2 && i < end && tree_.upos(i) == Upos::ADP; ++pp) {
        uint32_t j = i + 1;
        while (j < end && j < i + 6 && is_one_of(upos_name(tree_.upos(j)), {"DET", "ADJ", "NOUN", "PROPN", "NUM"})) ++j;
        if (j == i + 1) break;
        i = j;
      }
      if (i > first && i + 2 < end && tree_.text(i) == "," &&
          is_one_of(upos_name(tree_.upos(i + 1)), {"DET", "PROPN", "NOUN", "PRON"}))
        first = i + 1;
      else if (i > first && i + 1 < end && penn(i) == "PRP" &&
               is_one_of(penn(i + 1), {"VBD", "VBZ", "VBP", "MD"}))
        first = i;
    }
  }
  // "reported only this group ...": a focus adverb before the clause's subject (kept in the content).
  const uint32_t from = first;
  if (first + 1 < end && is_one_of(ascii_lower(tree_.text(first)), {"only", "also", "even"})) ++first;
  // "said about 300 people were hurt": an approximation before a number opens the subject.
  if (first + 1 < end && tree_.upos(first + 1) == Upos::NUM &&
      is_one_of(ascii_lower(tree_.text(first)), {"about", "around", "nearly", "almost", "approximately", "roughly",
                                                 "some", "over", "under"}))
    ++first;
  // "reported there have been ...": an expletive subject.
  if (first + 1 < end && ascii_lower(tree_.text(first)) == "there" && is_one_of(lemma(first + 1), {"be", "have"}) &&
      is_one_of(penn(first + 1), {"VBD", "VBZ", "VBP", "MD"}))
    return {from, end};
  // ("said closing the port after the storm would hurt ...": a gerund phrase may be the subject.)
  const bool gerund_subject = first < end && penn(first) == "VBG";
  if (first >= end ||
      (!is_one_of(upos_name(tree_.upos(first)), {"DET", "PROPN", "NOUN", "PRON", "NUM", "ADJ"}) && !gerund_subject))
    return {};
  // "said nothing (that) we did not know": an indefinite pronoun with a relative clause is the object ("said
  // nothing had changed" is a clause).
  if (first + 1 < end && is_one_of(ascii_lower(tree_.text(first)), {"nothing", "something", "anything", "everything"}) &&
      (ascii_lower(tree_.text(first + 1)) == "that" || tree_.upos(first + 1) == Upos::PRON || is_punct(first + 1)))
    return {};
  // The first verb must be finite, after a noun: "the attack included", not "a coalition to patrol".
  bool noun = false, relative = false;
  uint32_t aside_end = kNone;  // the comma that closes an aside stepped over
  for (uint32_t i = first; i < end; ++i) {
    const Upos u = tree_.upos(i);
    if (i == first && gerund_subject) continue;
    if (u == Upos::CCONJ && i > first && tree_.text(i - 1) == ",") return {};  // "..., but others had ..."
    // "noted various hypotheses, though X has reported ...", "reported a link, possibly because people have ...": a
    // subordinate clause opened after the object and a comma holds the first verb; the object is no clause's
    // subject. (Without the comma it may be inside the subject: "said birds as we know them evolved ...", "said the
    // toll since the war began has risen": there the subordinate clause ends before the sentence does. With a
    // subordinator of time or cause whose clause runs to the end, "reported the infiltration of 150 fighters after
    // they were seen crossing", the object has no verb of its own; not after a gerund, "said naming it after the
    // city would ...", where it is a preposition.)
    if (u == Upos::SCONJ && i > first + 1 && noun && !relative && !is_one_of(lemma(i), {"that", "whether", "if"})) {
      const bool after_comma = tree_.text(i - 1) == "," || (tree_.text(i - 2) == "," && tree_.upos(i - 1) == Upos::ADV);
      const bool to_the_end = tree_.head(i) != kNone && subtree(tree_.head(i)).end >= trim({i, end}).end;
      const bool adverbial = !gerund_subject && to_the_end &&
                             is_one_of(lemma(i), {"after", "before", "when", "because", "since", "while", "although",
                                                  "though", "until", "unless", "once"});
      if (after_comma || adverbial) return {};
    }
    if (tree_.text(i) == ";") return {};  // "announced closing the branch in May; and in 2015 sold ..."
    // "announced the new district, to be named X, would ...": step over an aside set off by commas.
    // A relative clause closed by a comma is an aside too ("the landing, which ..., was a mistake").
    if (tree_.text(i) == "," && i > first) {
      const bool relative_aside = i + 1 < end && is_one_of(ascii_lower(tree_.text(i + 1)), {"who", "which"});
      uint32_t close = i + 1;
      while (close < end && close < i + (relative_aside ? 16 : 8) && tree_.text(close) != "," &&
             tree_.upos(close) != Upos::CCONJ)
        ++close;
      if (close + 1 < end && tree_.text(close) == "," && (noun || !relative_aside)) {
        i = close;
        aside_end = close;
        continue;
      }
    }
    // "say the group's advance - some of it foreign-made - appears to ...": an aside set off by dashes (a hyphen with
    // a space before it, not one inside a word; a long dash even without spaces: "advance\u2014some of
    // it\u2014appears").
    const auto dash = [&](uint32_t j) {
      return tree_.text(j) == "-" ? doc_.tokens.begin[j] > doc_.tokens.end[j - 1]
                                  : is_one_of(tree_.text(j), {"\u2013", "\u2014"});
    };
    if (i > first && dash(i)) {
      uint32_t close = i + 1;
      while (close < end && close < i + 12 && !(tree_.text(close) == tree_.text(i) && dash(close))) ++close;
      if (close + 1 < end && close < i + 12 && tree_.text(close) == tree_.text(i) && dash(close)) {
        i = close;
        aside_end = close;
        continue;
      }
    }
    // "declare a state of emergency, which he said ...": a relative clause set off by a comma and not closed
    // runs to the end, so what follows the cue is a noun phrase, not a clause. A restrictive one ("said the man
    // who attacked the convoy was caught") holds the first verb; the clause's own verb comes after it.
    if (is_one_of(ascii_lower(tree_.text(i)), {"who", "which", "whom", "whose"}) && tree_.text(i) != "WHO") {
      // (", in which ...", ", of whom ...": a preposition may open it.)
      if (tree_.text(i - 1) == "," || (i >= first + 2 && tree_.upos(i - 1) == Upos::ADP && tree_.text(i - 2) == ","))
        return {};
      relative = true;
      continue;
    }
    if (relative && (u == Upos::VERB || u == Upos::AUX)) {
      while (i + 1 < end && (tree_.upos(i + 1) == Upos::VERB || tree_.upos(i + 1) == Upos::AUX)) ++i;
      relative = false;
      continue;
    }
    if (u == Upos::NOUN || u == Upos::PROPN || u == Upos::PRON) noun = true;
    // "reported some were using ...": a quantifier standing alone as the subject.
    if (u == Upos::DET && i + 1 < end && (tree_.upos(i + 1) == Upos::AUX || tree_.upos(i + 1) == Upos::VERB) &&
        is_one_of(ascii_lower(tree_.text(i)), {"some", "many", "most", "all", "both", "several", "few", "none", "each"}))
      noun = true;
    // "alleged the accused performed ...": a participle after a determiner is a noun.
    if (u == Upos::VERB && i > first && tree_.upos(i - 1) == Upos::DET && penn(i) == "VBN") {
      noun = true;
      continue;
    }
    // "reported the count of recorded patients included ...": a participle modifying the noun after it.
    // ("of recorded injured patients": one or more; not right after a noun: "crews used hand tools" is a clause.)
    if (u == Upos::VERB && penn(i) == "VBN" && tree_.base_deprel(i) == "amod" && tree_.head(i) != kNone &&
        !is_one_of(upos_name(tree_.upos(i - 1)), {"NOUN", "PROPN", "PRON"}) &&
        tree_.head(i) > i && tree_.head(i) <= i + 3 && tree_.head(i) < end && tree_.upos(tree_.head(i)) == Upos::NOUN)
      continue;
    // "said the units with the supporting forces destroyed ...": a gerund modifying the noun after it,
    // after a determiner or an adjective, is no verb of the clause.
    if (u == Upos::VERB && penn(i) == "VBG" && tree_.base_deprel(i) == "amod" && i > first &&
        is_one_of(upos_name(tree_.upos(i - 1)), {"DET", "ADJ"}))
      continue;
    // "said the crash involved pilot error" with "involved" tagged an adjective: a past form between two nouns.
    const bool past_adjective = u == Upos::ADJ && noun && i > first && i + 1 < end &&
                                ascii_lower(tree_.text(i)).ends_with("ed") && tree_.upos(i - 1) == Upos::NOUN &&
                                is_one_of(upos_name(tree_.upos(i + 1)), {"NOUN", "DET", "PROPN", "NUM"});
    if (past_adjective) return {from, end};
    if (u != Upos::VERB && u != Upos::AUX) continue;
    if (!noun) return {};
    // "declared an autonomous region across the areas they hold": a subject pronoun right after a noun opens a
    // relative clause without "that" on it; the clause's own verb, if any, comes later ("said the town they hold
    // was shelled"). Not after a day or a time ("said this morning it had ..."), a noun of saying ("denied
    // accusations it had bombed ..."), and not for a verb of telling, whose addressee may come first ("told the
    // court she was forced ...").
    if (!is_addressee_verb(lemma(t)) && i >= first + 2 && penn(i - 1) == "PRP" &&
        is_one_of(ascii_lower(tree_.text(i - 1)), {"they", "we", "he", "she", "it", "i", "you"}) &&
        is_one_of(upos_name(tree_.upos(i - 2)), {"NOUN", "PROPN"}) && !date_word(tree_, i - 2) &&
        !is_one_of(ascii_lower(tree_.text(i - 2)), {"today", "yesterday", "tonight", "morning", "afternoon", "evening",
                                                    "night", "weekend", "week", "month", "year"}) &&
        !cues_.word(CueKind::noun, lemma(i - 2)) &&
        !is_one_of(lemma(i - 2), {"claim", "accusation", "allegation", "report", "suggestion", "fear", "rumour",
                                  "rumor", "charge", "assertion", "assurance", "warning", "sign", "evidence"})) {
      // (Its verb group: auxiliaries and one verb, "they have held".)
      while (i + 1 < end && tree_.upos(i) == Upos::AUX &&
             (tree_.upos(i + 1) == Upos::VERB || tree_.upos(i + 1) == Upos::AUX))
        ++i;
      continue;
    }
    // "confirmed its first signing and the rival had ...": a verb the parse coordinates with the cue, after an "and",
    // ends the cue's object; it is no clause the cue reports.
    const uint32_t v = u == Upos::AUX && tree_.head(i) != kNone ? tree_.head(i) : i;
    if (tree_.base_deprel(v) == "conj" && tree_.head(v) == t && tree_.child(v, "cc") != kNone &&
        tree_.child(v, "cc") > first && tree_.child(v, "cc") < i)
      return {};
    // "reported the story, said ...": a lone comma parts a noun phrase from the verb of another clause, not a
    // subject from its verb (an aside closed by a comma is stepped over above; only the first comma tells).
    if (i > first && tree_.text(i - 1) == "," && aside_end == kNone) {
      bool first_comma = true;
      for (uint32_t j = first; j + 1 < i && first_comma; ++j) first_comma = tree_.text(j) != ",";
      if (first_comma) return {};
    }
    // "said a plan allowing cars into the town was ...": a gerund right after a noun is a reduced relative
    // clause on it; the clause's own (finite) verb comes later.
    if (penn(i) == "VBG" && is_one_of(upos_name(tree_.upos(i - 1)), {"NOUN", "PROPN"})) continue;
    if (!doc_.syntax.xpos_names || doc_.syntax.xpos.size() <= i ||
        doc_.syntax.xpos[i] >= doc_.syntax.xpos_names->size() || doc_.syntax.xpos_name(i) == "_")
      return lemma(i - 1) == "to" ? Range{} : Range{from, end};  // no Penn tags: not an infinitive
    // A past participle right after a noun is a past tense the tagger misread ("the attack included").
    const std::string& x = doc_.syntax.xpos_name(i);
    // ("the signal received from Jakarta": a participle followed by a preposition is a reduced relative; not one
    // followed by a subordinator: "several huts burned before the crews were sent in".)
    // (Unless the verb cannot be passive and no verb follows: "a block of flats collapsed in the city" has no
    // other verb to be the clause's, and "collapsed" is no passive participle; "the signal received from Lima"
    // is one.)
    bool later_verb = !is_one_of(lemma(i), {"collapse", "die", "occur", "happen", "fall", "rise", "sink", "crash",
                                            "explode", "arrive", "flee", "erupt", "emerge", "drown", "disappear",
                                            "vanish", "escape", "land", "dissipate", "surge", "drop", "decline",
                                            "evolve", "soar", "plunge", "plummet", "expire", "persist"});
    for (uint32_t j = i + 1; j < end && !later_verb; ++j)
      later_verb = tree_.upos(j) == Upos::VERB || tree_.upos(j) == Upos::AUX;
    const bool finite = is_one_of(x, {"VBD", "VBZ", "VBP", "MD"}) ||
                        (x == "VBN" && i > first && is_one_of(upos_name(tree_.upos(i - 1)), {"NOUN", "PROPN"}) &&
                         !(i + 1 < end && tree_.upos(i + 1) == Upos::ADP && tree_.deprel(i + 1) != "mark" &&
                           later_verb));
    return finite ? Range{from, end} : Range{};
  }
  return {};
}

// The clause child of a noun that carries what it says ("reports that ...").
uint32_t ArticleTagger::clause_of_noun(uint32_t n) const {
  for (uint32_t c : tree_.children(n)) {
    const std::string_view rel = tree_.base_deprel(c);
    if (rel != "acl" && rel != "ccomp") continue;
    for (uint32_t m : tree_.children(c))
      if (tree_.deprel(m) == "mark") return c;
    if (rel == "ccomp") return c;
  }
  return kNone;
}

// The first "that" after token `from` (in the sentence, before any further verb of saying) that opens a clause:
// the content from the word after it to the end of the clause it heads. For parses that hang the clause of
// "denied reports, including from X, that ..." or "told the outlet al-Watan that ..." on the wrong word.
Range ArticleTagger::that_clause_after(uint32_t from) const {
  const uint32_t end = sentence_end(from);
  for (uint32_t t = from + 1; t < end; ++t) {
    if (tree_.upos(t) == Upos::VERB && cues_.word(CueKind::verb, lemma(t))) return {};
    if (ascii_lower(tree_.text(t)) != "that") continue;
    const uint32_t h = tree_.head(t);
    if (h == kNone || h <= t || h >= end) continue;
    if (tree_.upos(h) == Upos::NOUN && tree_.child(h, "det") == t) continue;  // "that report"
    const Range clause = subtree(h);
    return {t + 1, std::max(clause.end, h + 1)};
  }
  return {};
}

bool ArticleTagger::colon_or_quote_before(uint32_t t, Range r) const {
  if (quoted(t)) return true;
  for (uint32_t i = r.first; i-- > sentence_first(r.first);) {
    if (!is_punct(i)) return false;
    if (tree_.text(i) == ":") return true;
  }
  return false;
}

// A quote next to the cue and its speaker, with only punctuation (or the speaker) between.
int32_t ArticleTagger::adjacent_quote(uint32_t cue, Range speaker) const {
  // Between the quote and the cue: punctuation and the speaker, or a noun phrase that holds the speaker
  // ("Asia director of Amnesty International Jane Doe said", "a spokeswoman for the hospital told").
  auto between_ok = [&](uint32_t a, uint32_t b) {
    bool plain = true, nominal = true;
    for (uint32_t i = a; i < b; ++i) {
      if (i == cue || is_punct(i)) continue;
      plain &= speaker.contains(i);
      nominal &= noun_phrase_word(i) || is_one_of(tree_.text(i), {"of", "for", "at", "'s", "-"}) || speaker.contains(i);
    }
    return plain || (nominal && !speaker.empty() && speaker.end <= b && speaker.first >= a);
  };
  for (size_t q = 0; q < quotes_.size(); ++q) {
    const QuoteSpan& s = quotes_[q];
    if (s.nested || s.end - s.first < 2) continue;
    if (speaker.contains(s.first) || (s.open <= cue && cue < s.end)) continue;
    // The quote is in the cue's sentence, or closes the sentence before it ("...in two days!" Macron told ...).
    const bool split = s.closed && s.end < cue && sentence_of_[s.end] + 1 == sentence_of_[cue] &&
                       sentence_first(cue) == s.end + 1 && paragraph_of(s.end) == paragraph_of(cue);
    if (sentence_of_[s.open] != sentence_of_[cue] && sentence_of_[s.end - 1] != sentence_of_[cue] && !split) continue;
    if (s.end <= cue && between_ok(s.end, cue)) return static_cast<int32_t>(q);
    if (s.open > cue && between_ok(cue + 1, s.open)) return static_cast<int32_t>(q);
  }
  return -1;
}

// A quote opened by a comma or colon right after the phrase of verb t ("defended his decision, "..."), with only
// the verb's own dependents between: its index in quotes_, or -1.
int32_t ArticleTagger::quote_after_phrase(uint32_t t) const {
  const Range phrase = subtree(t);
  for (size_t q = 0; q < quotes_.size(); ++q) {
    const QuoteSpan& s = quotes_[q];
    if (s.nested || s.end - s.first < 2 || s.open <= t + 1 || sentence_of_[s.open] != sentence_of_[t]) continue;
    // ('told the host "No, ..."': with no comma, right after the addressee of a verb of telling.)
    const uint32_t addressee = tree_.child(t, "obj") != kNone ? tree_.child(t, "obj") : tree_.child(t, "iobj");
    const bool after_addressee = is_addressee_verb(lemma(t)) && addressee != kNone && addressee > t &&
                                 subtree(addressee).first == t + 1 && subtree(addressee).end == s.open;
    if (tree_.text(s.open - 1) != "," && tree_.text(s.open - 1) != ":" && !after_addressee) continue;
    bool ok = true;
    for (uint32_t i = t + 1; i + 1 < s.open && ok; ++i)
      ok = !quoted(i) && (is_punct(i) || (phrase.contains(i) && tree_.upos(i) != Upos::VERB));
    if (ok) return static_cast<int32_t>(q);
    break;  // only the first quote after the verb
  }
  return -1;
}

}  // namespace dunlin::attribution_detail
