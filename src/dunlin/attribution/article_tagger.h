// The attribution stage's working class, internal to src/dunlin/attribution/: ArticleTagger reads one article's
// tokens, parse and quotes and builds the attributions as Drafts (token ranges), pass by pass (see run() and
// attribution_tagger.h for the constructions). Its methods are defined by concern:
//   attribution_tagger.cc       the passes in order, cue matching, and the stage turning Drafts into the layer
//   speakers.cc                 who speaks: subjects, speakers the parse missed, outlets and addressees
//   content_spans.cc            what is said: the clause or quote a cue carries
//   verb_cues.cc                verbs of saying (the main pass) and verbs the tagger took for nouns
//   phrase_source_noun_cues.cc  fixed phrases and stance from the content, "according to"/"citing", nouns of saying
//   quote_spans.cc              colon lead-ins and block quotes, quotes continued without a cue, widening to quotes
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "dunlin/attribution/attribution_cues.h"
#include "dunlin/attribution/quote_marks.h"
#include "dunlin/document.h"
#include "dunlin/syntax_tree.h"
#include "dunlin/text/ascii.h"
#include "dunlin/time/calendar.h"

namespace dunlin::attribution_detail {

inline constexpr uint32_t kNone = SyntaxTree::kNone;

// A word of a date: a weekday, a month or a number ("Monday", "May", "5").
inline bool date_word(const SyntaxTree& tree, uint32_t t) {
  const std::string w = ascii_lower(tree.text(t));
  return time::is_weekday_name(w) || time::is_month_name(w) || tree.upos(t) == Upos::NUM;
}

// Token range [first, end).
struct Range {
  uint32_t first = kNone, end = kNone;
  bool empty() const { return first == kNone || first >= end; }
  bool contains(uint32_t t) const { return !empty() && t >= first && t < end; }
};

// A match of a multi-word or single-word cue in the text.
struct CueMatch {
  uint32_t first = 0, end = 0;
  const Cue* cue = nullptr;
  bool used = false;  // taken by an attribution (as its cue, or as the stance of another's content)
};

// An attribution while it is being built: token ranges, converted to the layer's fields at the end.
struct Draft {
  uint32_t cue_first = 0, cue_end = 0;
  std::string cue_lemma;
  uint32_t speaker = kNone;  // head token
  Range speaker_span;
  Range content;
  Range outlet;
  uint32_t outlet_head = kNone;
  Stance stance = Stance::assert;
  bool block = false;        // block quote after a colon lead-in: direct without marks
  bool lead_in = false;      // a colon lead-in still waiting for its content
  uint32_t content_head = kNone;
  std::string rule;
};

class ArticleTagger {
 public:
  ArticleTagger(const AttributionCues& cues, Document& doc);

  std::vector<Draft> run();

  bool quoted(uint32_t t) const { return quote_of_[t] >= 0; }
  const SyntaxTree& tree() const { return tree_; }

 private:
  // --- words --------------------------------------------------------------------------------------------------

  std::string lemma(uint32_t t) const {
    std::string l = ascii_lower(tree_.lemma(t));
    if (l == "n't") l = "not";
    return l;
  }
  bool word_is(uint32_t t, std::string_view w) const { return lemma(t) == w || ascii_lower(tree_.text(t)) == w; }
  bool is_punct(uint32_t t) const { return tree_.upos(t) == Upos::PUNCT || is_quote_mark(tree_.text(t)); }
  uint32_t sentence_first(uint32_t t) const { return doc_.sentences.first_token[sentence_of_[t]]; }
  uint32_t sentence_end(uint32_t t) const { return doc_.sentences.end_token[sentence_of_[t]]; }
  uint32_t paragraph_of(uint32_t t) const { return doc_.sentences.paragraph[sentence_of_[t]]; }

  Range subtree(uint32_t t) const {
    const auto [f, e] = tree_.subtree_span(t);
    return {f, e};
  }
  // The larger side of `outer` once `inner` is cut out of it.
  static Range without(Range outer, Range inner) {
    if (inner.empty() || inner.end <= outer.first || inner.first >= outer.end) return outer;
    const Range before{outer.first, std::max(outer.first, inner.first)};
    const Range after{std::min(outer.end, inner.end), outer.end};
    return before.end - before.first >= after.end - after.first ? before : after;
  }
  // "that", "whether", "if" opening a clause (the tagger may call "that" a pronoun: "that Russia would ...").
  bool leading_complementizer(uint32_t t, uint32_t end) const {
    const std::string w = ascii_lower(tree_.text(t));
    if (!is_one_of(w, {"that", "whether", "if"})) return false;
    if (tree_.upos(t) == Upos::SCONJ || tree_.deprel(t) == "mark") return true;
    if (w != "that" || tree_.deprel(t) == "det" || t + 1 >= end) return false;
    const Upos next = tree_.upos(t + 1);
    return next != Upos::VERB && next != Upos::AUX && next != Upos::PUNCT;
  }

  bool is_month(uint32_t t) const { return time::is_month_name(ascii_lower(tree_.text(t))); }
  // A word that names a day, also as a possessive that lost its apostrophe: "Wednesday", "Wednesday's",
  // "Wednesdays" (wire copy), "yesterday", "today". A day cannot speak.
  bool names_a_day(uint32_t t) const {
    std::string day = ascii_lower(tree_.text(t));
    if (day.ends_with("'s")) day.resize(day.size() - 2);
    if (day.ends_with("s") && day.size() > 6) day.pop_back();
    return time::is_weekday_name(day) || is_one_of(day, {"today", "yesterday", "tonight", "tomorrow"});
  }

  // Strips punctuation and quotation marks at both ends, and a leading complementizer ("that", "whether").
  bool closes_inner_quote(Range r) const {
    if (!is_quote_mark(tree_.text(r.end - 1))) return false;
    int marks = 0;
    for (uint32_t i = r.first; i < r.end; ++i) marks += is_quote_mark(tree_.text(i));
    return marks % 2 == 0;
  }
  Range trim(Range r) const {
    if (r.empty()) return r;
    while (r.first < r.end && (is_punct(r.first) || leading_complementizer(r.first, r.end))) ++r.first;
    // (A closing quote mark stays when the content opened it: 'faced "difficult months ahead"'.)
    while (r.end > r.first && is_punct(r.end - 1) && !closes_inner_quote(r)) --r.end;
    return r;
  }

  // --- cue matching (attribution_tagger.cc) --- --------------------------------------------------------------------

  void find_multiword();
  bool in_match(uint32_t t) const { return in_phrase_[t] != 0; }

  // --- speakers (speakers.cc) --- ----------------------------------------------------------------------------------

  uint32_t subject_of(uint32_t t, int depth = 0) const;

  // True when token t, capitalized (or opening with a non-ASCII letter), lies in a person or organization the
  // entity recognizer found or holds a non-ASCII letter (a name the tagger did not know: "Núñez").
  bool named_entity_at(uint32_t t) const;

  // "Ruiz went on to say ..." with "Ruiz" tagged as an adverb: a capitalized word opening the sentence right before
  // a finite verb, not one of the adverbs that open sentences ("Later", "Also", a "-ly" word).
  bool name_tagged_as_adverb(uint32_t t) const;

  // A relative pronoun the parse made a subject ("Mayor Ruiz, who told the press ..."): the noun right before its
  // comma; any other token is returned as it is.
  uint32_t antecedent_of_relative(uint32_t s) const {
    if (s != kNone && s >= 2 && is_one_of(lemma(s), {"who", "which"}) && tree_.text(s - 1) == "," &&
        (tree_.upos(s - 2) == Upos::PROPN || tree_.upos(s - 2) == Upos::NOUN))
      return s - 2;
    return s;
  }

  // The subject of the verb whose object is the noun of saying `n` ("the army released a statement"), or kNone.
  uint32_t author_of_statement(uint32_t n) const;
  // A participle of saying that goes on with a speaker's statement ("adding", "noting", "claiming", "saying").
  bool continues_speaking(uint32_t t) const {
    return is_one_of(lemma(t),
                     {"say", "add", "note", "claim", "stress", "insist", "warn", "explain", "state", "argue"});
  }

  // The speaker's phrase as written: its subtree, without leading prepositions ("according to").
  Range speaker_span(uint32_t h) const;

  void set_speaker(Draft& d, uint32_t h) const;

  // "Turnout was 48%, the lowest since 1990, the commission said" with the clause parsed into the speaker's phrase:
  // the phrase starts after the last comma before its head when a finite verb (not in a relative clause) comes
  // before that comma.
  void drop_clause_from_speaker(Draft& d) const;

  // True when only punctuation follows token `end - 1` in its sentence.
  bool ends_sentence(uint32_t end) const;

  // The clause after a verb of saying when the parse found none: from the first word after the verb (past a
  // short adverbial: "on Monday", ", by way of example,") to the end of the sentence, when it reads as a clause:
  // it starts with a noun phrase and has a verb of its own.
  bool relative_on(uint32_t w, uint32_t n) const;
  Range clause_after(uint32_t t) const;
  uint32_t clause_head_after_that(Range r) const;

  // A verb of saying inside a relative clause whose pronoun is the subject of what is said ("the plan, which
  // officials say will cost ...", "the man who police said was armed"): the predicate after the verb, to the
  // next comma or the end of the sentence; empty when the shape does not hold.
  Range relative_predicate_after(uint32_t t) const;

  // A word that may stand in a plain noun phrase ("a Danish government spokesperson", "the 2 envoys"), including
  // a hyphenated word's hyphen and second half, whatever their tags, when its first half has a nominal tag ("the
  // Britain-based group", "the state-run agency"; not "so-called").
  bool noun_phrase_word(uint32_t t) const {
    return nominal_tag(t) || hyphen_joined(t) || (t + 1 < doc_.tokens.size() && hyphen_joined(t + 1));
  }
  bool nominal_tag(uint32_t t) const {
    return is_one_of(upos_name(tree_.upos(t)), {"DET", "ADJ", "NOUN", "PROPN", "NUM"});
  }
  // A noun or a name, or a source noun the tagger read as an adjective ("said one resident", "said an official").
  bool noun_or_role(uint32_t t) const {
    const Upos u = tree_.upos(t);
    return u == Upos::NOUN || u == Upos::PROPN || (u == Upos::ADJ && cues_.anonymous_noun(lemma(t)));
  }
  // The first conjunct of the coordination a clause belongs to: a verb of saying hung on the last of two joined
  // clauses speaks for both ("Rebels hold the town and the army has left, activists say").
  uint32_t coordination_of(uint32_t h) const {
    while (tree_.base_deprel(h) == "conj" && tree_.head(h) != kNone && tree_.head(h) < h) h = tree_.head(h);
    return h;
  }
  // Token t is the second half of a hyphenated word whose first half has a nominal tag.
  bool hyphen_joined(uint32_t t) const {
    return t >= 2 && tree_.text(t - 1) == "-" && doc_.tokens.begin[t] == doc_.tokens.end[t - 1] &&
           doc_.tokens.begin[t - 1] == doc_.tokens.end[t - 2] && nominal_tag(t - 2);
  }

  // When the parse gives the verb no subject: a plain noun phrase right before it at the start of its clause
  // ("The official insisted:" parsed as a fragment). Returns its last word; the span is kept for set_speaker.
  uint32_t noun_phrase_before(uint32_t t);

  // True when a quote whose words end with , . ? or ! closes right before token t (optionally with a comma after
  // the mark): a quote of what is said, not a quoted speaker ("Two people familiar with ..." said).
  bool ends_content_quote_before(uint32_t t) const;

  // "X agreed, saying ...": a participle after a comma is said by the subject of the nearest verb before it.
  uint32_t subject_before_comma(uint32_t t) const;

  // Two shapes whose speaker the parse often misses: an inverted speaker after the cue at the end of a quoted
  // sentence (""...," tweeted former minister Ken Brown."), and a sentence-initial name set off from the cue by a
  // parenthetical ("Reuters, citing anonymous sources, reported ...", "Lopez, a UN rapporteur who ..., cautioned
  // ..."). Returns the phrase's last word (a noun) and keeps the phrase for set_speaker, or kNone.
  uint32_t speaker_by_position(uint32_t t);

  // An inverted cue after a clause with no quote: ", said witnesses.", ", reported officials, with ...". The cue
  // follows a comma that ends a clause with a finite verb of its own, and a short plain noun phrase after it ends
  // the sentence or is closed by a comma. Returns the phrase's last word and keeps the phrase for set_speaker.
  uint32_t inverted_speaker(uint32_t t);

  // "CLAUSE, SPEAKER CUE[ ADVERBIAL]." with the parse hanging them together some other way: the speaker phrase
  // (a plain noun phrase, "of"/"and"/"for" inside it) between the last comma and the cue, after a clause with a
  // finite verb that opens the sentence with its subject (not "After the talks ended, ..."); after the cue only
  // punctuation, a short adverbial without a finite verb ("in a report released Tuesday"), or ", citing X" (its
  // verb goes to `cited`). Returns the speaker phrase, or an empty range.
  Range speaker_after_clause(uint32_t t, uint32_t& cited) const;

  void set_outlet(Draft& d, uint32_t h) const;

  // "in an interview with RT", "at a press conference with ...": the outlet or partner of the medium noun.
  uint32_t outlet_of_medium(uint32_t verb) const;

  // --- stance from the content (phrase_source_noun_cues.cc) --- ----------------------------------------------------

  // A stance phrase at the top of the content ("said there is no truth to ...") gives the content its stance.
  void stance_from_content(Draft& d);

  // --- 1. verbs of saying (content: content_spans.cc, cues: verb_cues.cc) --- --------------------------------------

  // The clause child of a noun that carries what it says ("reports that ...").
  uint32_t clause_of_noun(uint32_t n) const;

  // The first "that" after token `from` (in the sentence, before any further verb of saying) that opens a clause:
  // the content from the word after it to the end of the clause it heads. For parses that hang the clause of
  // "denied reports, including from X, that ..." or "told the outlet al-Watan that ..." on the wrong word.
  Range that_clause_after(uint32_t from) const;

  bool colon_or_quote_before(uint32_t t, Range r) const;

  // "a news conference that would damage ...": "that" as the subject of a relative clause, its verb right after
  // it (past adverbs and auxiliaries).
  bool relative_subject_that(uint32_t that) const {
    const uint32_t h = tree_.head(that);
    if (h == kNone || tree_.deprel(h) != "acl:relcl" || !is_one_of(tree_.deprel(that), {"nsubj", "nsubj:pass"}))
      return false;
    uint32_t next = that + 1;
    while (next < h && is_one_of(upos_name(tree_.upos(next)), {"AUX", "ADV", "PART"})) ++next;
    return next == h;
  }

  // A quote next to the cue and its speaker, with only punctuation (or the speaker) between.
  int32_t adjacent_quote(uint32_t cue, Range speaker) const;

  // A quote opened by a comma or colon right after the phrase of verb t ("defended his decision, "..."), with only
  // the verb's own dependents between: its index in quotes_, or -1.
  int32_t quote_after_phrase(uint32_t t) const;

  // False for cues that report no one else's words: a first-person assertion inside a quote ("we can say that",
  // "as I have stated": the quoted speaker's own voice, attributed by the quote itself), and a generic relative
  // clause ("those who think ...").
  bool voices_someone_else(const Draft& d, uint32_t t) const;

  // Verbs whose object is the person addressed ("told reporters").
  static bool is_addressee_verb(std::string_view lemma) {
    return is_one_of(lemma, {"tell", "inform", "assure", "brief", "warn", "remind"});
  }

  std::string_view penn(uint32_t t) const;

  // False for uses of a verb of saying that report no statement: a participle inside a noun phrase ("the stated
  // goals", "the confirmed deaths"), "deny someone something", a source aside ("as reported by X"), a purpose or
  // intended act ("to confirm if ...", "went to defend ..."), a hypothetical or future act under a modal ("can
  // explain", "may declare").
  bool reports_a_statement(uint32_t t, const Cue& cue) const;

  // "Sultan Said bin Taimur", "Edward Said": a capitalized verb form inside a lower-case sentence, next to a
  // proper noun, is a name.
  bool capitalized_name(uint32_t t) const;

  void verb_cue(uint32_t t);

  // A verb of saying the tagger took for a noun or an adjective ("The council's statement read: "..."", "The
  // ruling party claims ...", "The notice read "...""): a finite form right after a plain noun phrase that opens
  // the sentence, followed by a colon, a quote or "that". The phrase is the speaker, what follows the content.
  void mistagged_verb_cue(uint32_t t);

  // --- 2. fixed phrases (phrase_source_noun_cues.cc) --- -----------------------------------------------------------

  void phrase_cue(CueMatch& m);

  // --- 3. sources (phrase_source_noun_cues.cc) --- -----------------------------------------------------------------

  void source_cue(uint32_t t);

  // --- 4. nouns of saying (phrase_source_noun_cues.cc) --- ---------------------------------------------------------

  void noun_cue(uint32_t t);

  // --- records that are no attributions (quote_spans.cc) --- -------------------------------------------------------

  // A sign, banner or placard "saying" something (annotation guidelines: a display is not a speaker): the
  // speaker is one, or the cue is a participle or relative clause on one ("a banner from the union saying ...").
  bool display_speaks(const Draft& d) const;

  // Drops what the passes found that reports no one's statement: displays "saying" something, and cues inside
  // another speaker's quote or block quote (the quote attributes its own words: "He's saying that ...", "And it
  // says ..."), except a quote inside the quote by a speaker who is not generic ("Petrov told me 'we leave'",
  // not "someone says, '...'").
  void drop_non_attributions();

  // --- lead-ins and block quotes (quote_spans.cc) --- --------------------------------------------------------------

  bool paragraph_attributes_itself(uint32_t para) const;

  void resolve_lead_ins();

  // --- quotes without a cue of their own (quote_spans.cc) --- ------------------------------------------------------

  bool covered(uint32_t t) const;

  bool direct(const Draft& d) const;

  void continue_quotes();

  // "The president opposed the proposal: "..."": a quote opened right after a colon, in the sentence of a verb with a
  // subject and with no attribution of its own, is said by that subject (the verb is the cue).
  void quotes_after_colons();

  // "Saying "...", the president added, "..."": a participle opening its sentence with no speaker of its own is
  // said by the speaker of the next cue in the sentence.
  void participles_take_the_main_speaker();

  // Content that starts (or ends) inside a quote goes on to the quote's end (start): quotes over several sentences.
  void widen_to_quotes(Draft& d) const;

  const AttributionCues& cues_;
  Document& doc_;
  SyntaxTree tree_;
  std::vector<QuoteSpan> quotes_;
  std::vector<int32_t> quote_of_;      // token -> innermost quote it is inside, -1 when none
  std::vector<uint32_t> sentence_of_;  // token -> sentence
  std::vector<CueMatch> matches_;      // multi-word cues found in the text
  std::vector<uint8_t> in_phrase_;     // token -> 1 when inside a matched phrase cue
  std::vector<Draft> drafts_;
  std::unordered_set<uint32_t> chained_;  // "citing" verbs already read as part of a chain
  std::unordered_set<uint32_t> cue_tokens_;  // cues of the verb, phrase and source passes (for the noun pass)
  Range speaker_fallback_span_;           // the span noun_phrase_before() found
};

}  // namespace dunlin::attribution_detail
