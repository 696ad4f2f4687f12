// The attribution stage (see attribution_tagger.h for the constructions and docs/attribution.md for the output).
#include "dunlin/text/ascii.h"
#include "dunlin/attribution/attribution_tagger.h"

#include <algorithm>
#include <unordered_set>

#include "dunlin/attribution/quote_marks.h"
#include "dunlin/syntax_tree.h"

namespace dunlin {
namespace {

constexpr uint32_t kNone = SyntaxTree::kNone;

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
  ArticleTagger(const AttributionCues& cues, Document& doc)
      : cues_(cues), doc_(doc), tree_(doc), quotes_(find_quotes(doc)), quote_of_(doc.tokens.size(), -1) {
    for (size_t q = 0; q < quotes_.size(); ++q)
      for (uint32_t t = quotes_[q].first; t < quotes_[q].end && t < quote_of_.size(); ++t)
        quote_of_[t] = static_cast<int32_t>(q);
    sentence_of_.resize(doc.tokens.size(), 0);
    for (uint32_t s = 0; s < doc.sentences.size(); ++s)
      for (uint32_t t = doc.sentences.first_token[s]; t < doc.sentences.end_token[s]; ++t) sentence_of_[t] = s;
    in_phrase_.assign(doc.tokens.size(), 0);
    find_multiword();
  }

  std::vector<Draft> run() {
    for (uint32_t t = 0; t < doc_.tokens.size(); ++t)
      if (tree_.upos(t) == Upos::VERB && !in_match(t)) verb_cue(t);
    for (uint32_t t = 0; t < doc_.tokens.size(); ++t)
      if (tree_.upos(t) != Upos::VERB && !in_match(t)) mistagged_verb_cue(t);
    for (CueMatch& m : matches_)
      if (m.cue->kind == CueKind::phrase && !m.used) phrase_cue(m);
    for (uint32_t t = 0; t < doc_.tokens.size(); ++t) source_cue(t);
    for (uint32_t t = 0; t < doc_.tokens.size(); ++t) noun_cue(t);
    resolve_lead_ins();
    continue_quotes();
    for (Draft& d : drafts_) widen_to_quotes(d);
    std::sort(drafts_.begin(), drafts_.end(), [](const Draft& a, const Draft& b) {
      return a.cue_first != b.cue_first ? a.cue_first < b.cue_first : a.content.first < b.content.first;
    });
    return std::move(drafts_);
  }

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

  // Strips punctuation and quotation marks at both ends, and a leading complementizer ("that", "whether").
  Range trim(Range r) const {
    if (r.empty()) return r;
    while (r.first < r.end && (is_punct(r.first) || leading_complementizer(r.first, r.end))) ++r.first;
    while (r.end > r.first && is_punct(r.end - 1)) --r.end;
    return r;
  }

  // --- cue matching -------------------------------------------------------------------------------------------

  void find_multiword() {
    const uint32_t n = static_cast<uint32_t>(doc_.tokens.size());
    for (uint32_t t = 0; t < n; ++t) {
      // Phrases start on a lemma or a word ("according" may be lemmatized "accord" or kept as it is).
      std::vector<uint32_t> candidates = cues_.starting_with(lemma(t));
      const std::string word = ascii_lower(tree_.text(t));
      if (word != lemma(t))
        for (uint32_t index : cues_.starting_with(word)) candidates.push_back(index);
      std::stable_sort(candidates.begin(), candidates.end(), [&](uint32_t a, uint32_t b) {
        return cues_.cue(a).lemmas.size() > cues_.cue(b).lemmas.size();
      });
      for (uint32_t index : candidates) {
        const Cue& cue = cues_.cue(index);
        const uint32_t end = t + static_cast<uint32_t>(cue.lemmas.size());
        if (end > sentence_end(t)) continue;
        bool ok = true;
        for (size_t i = 1; i < cue.lemmas.size() && ok; ++i) ok = word_is(t + static_cast<uint32_t>(i), cue.lemmas[i]);
        if (!ok) continue;
        matches_.push_back({t, end, &cue, false});
        if (cue.kind == CueKind::phrase)
          for (uint32_t i = t; i < end; ++i) in_phrase_[i] = 1;
        t = end - 1;
        break;
      }
    }
  }
  bool in_match(uint32_t t) const { return in_phrase_[t] != 0; }

  // --- speakers -----------------------------------------------------------------------------------------------

  uint32_t subject_of(uint32_t t, int depth = 0) const {
    if (t == kNone || depth > 5) return kNone;
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
    // "... and several said ...": a quantifier right before the verb, parsed as its modifier, is its subject.
    if (t > 0 && tree_.head(t - 1) == t && is_one_of(tree_.base_deprel(t - 1), {"amod", "det", "nummod"}) &&
        is_one_of(lemma(t - 1), {"several", "many", "some", "others", "most", "both", "few", "all", "each"}))
      return t - 1;
    bool passive = false;
    uint32_t passive_subject = kNone;
    for (uint32_t c : tree_.children(t)) {
      const std::string_view rel = tree_.deprel(c);
      if (rel == "obl:agent") return c;
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
      // "X said the plan "costs ...," further saying ...": a participle the parse hung on the content of a verb
      // of saying is said by that verb's speaker.
      if (rel == "advcl" && h != kNone && tree_.base_deprel(h) == "ccomp" && tree_.head(h) != kNone &&
          tree_.head(h) < h && tree_.upos(tree_.head(h)) == Upos::VERB && cues_.word(CueKind::verb, lemma(tree_.head(h))))
        return subject_of(tree_.head(h), depth + 1);
      uint32_t s = subject_of(h, depth + 1);
      // Coordinated and controlled verbs share the subject of a passive head: "X was met with applause upon
      // announcing ...", "X is reported to have ... and claimed ...".
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
      return h;
    }
    return kNone;
  }

  // The subject of the verb whose object is the noun of saying `n` ("the army released a statement"), or kNone.
  uint32_t author_of_statement(uint32_t n) const {
    if (n == kNone || !cues_.word(CueKind::noun, lemma(n)) || tree_.deprel(n) != "obj" || tree_.head(n) == kNone)
      return kNone;
    return tree_.child(tree_.head(n), "nsubj");
  }

  // The speaker's phrase as written: its subtree, without leading prepositions ("according to").
  Range speaker_span(uint32_t h) const {
    Range r = subtree(h);
    while (r.first < h) {
      const uint32_t t = r.first;
      const std::string_view rel = tree_.base_deprel(t);
      if (rel == "case" || rel == "fixed" || rel == "punct" || word_is(t, "according") || word_is(t, "to")) ++r.first;
      else break;
    }
    return r;
  }

  void set_speaker(Draft& d, uint32_t h) const {
    d.speaker = h;
    if (h == kNone) return;
    d.speaker_span = speaker_span(h);
    // "the World Health Organization (WHO)": an acronym in brackets right after the phrase belongs to it.
    if (d.speaker_span.end + 2 < sentence_end(h) && tree_.text(d.speaker_span.end) == "(" &&
        tree_.text(d.speaker_span.end + 2) == ")" && tree_.upos(d.speaker_span.end + 1) == Upos::PROPN)
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
    if (d.speaker_span.contains(d.cue_first)) {
      // "a Danish government spokesperson stated" parsed with the verb inside the noun's phrase: the words of the
      // noun phrase before the head.
      uint32_t first = h;
      while (first > d.speaker_span.first && noun_phrase_word(first - 1)) --first;
      d.speaker_span = {first, h + 1};
    }
    if (d.speaker_span.empty()) d.speaker_span = {h, h + 1};
  }

  // True when only punctuation follows token `end - 1` in its sentence.
  bool ends_sentence(uint32_t end) const {
    if (end == 0) return false;
    for (uint32_t t = end; t < sentence_end(end - 1); ++t)
      if (!is_punct(t)) return false;
    return true;
  }

  // The clause after a verb of saying when the parse found none: from the first word after the verb (past a
  // short adverbial: "on Monday", ", by way of example,") to the end of the sentence, when it reads as a clause:
  // it starts with a noun phrase and has a verb of its own.
  Range clause_after(uint32_t t) const {
    // A cue in a subordinate clause before the main one ("When announcing the shutdown on Monday, the minister
    // ...") reports no more than its own clause.
    const bool before_main = tree_.base_deprel(t) == "advcl" && tree_.head(t) != kNone && tree_.head(t) > t;
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
      if (next < end && is_one_of(upos_name(tree_.upos(word)), {"PROPN", "NOUN", "NUM"}) &&
          is_one_of(upos_name(tree_.upos(next)), {"DET", "PROPN", "NOUN", "PRON", "ADJ"}))
        first = next;
      // "said in an interview with Rolling Stone he was ...", "said in its report, the fault makes ...": a longer
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
    // "reported there have been ...": an expletive subject.
    if (first + 1 < end && ascii_lower(tree_.text(first)) == "there" && is_one_of(lemma(first + 1), {"be", "have"}) &&
        is_one_of(penn(first + 1), {"VBD", "VBZ", "VBP", "MD"}))
      return {from, end};
    if (first >= end || !is_one_of(upos_name(tree_.upos(first)), {"DET", "PROPN", "NOUN", "PRON", "NUM", "ADJ"}))
      return {};
    // The first verb must be finite, after a noun: "the attack included", not "a coalition to patrol".
    bool noun = false, relative = false;
    for (uint32_t i = first; i < end; ++i) {
      const Upos u = tree_.upos(i);
      if (u == Upos::CCONJ && i > first && tree_.text(i - 1) == ",") return {};  // "..., but others had ..."
      // "announced the new region, to be called X, would ...": step over an aside set off by commas.
      // A relative clause closed by a comma is an aside too ("the landing, which ..., was a mistake").
      if (tree_.text(i) == "," && i > first) {
        const bool relative_aside = i + 1 < end && is_one_of(ascii_lower(tree_.text(i + 1)), {"who", "which"});
        uint32_t close = i + 1;
        while (close < end && close < i + (relative_aside ? 16 : 8) && tree_.text(close) != "," &&
               tree_.upos(close) != Upos::CCONJ)
          ++close;
        if (close + 1 < end && tree_.text(close) == "," && (noun || !relative_aside)) {
          i = close;
          continue;
        }
      }
      // "declare a state of emergency, which he said ...": a relative clause set off by a comma and not closed
      // runs to the end, so what follows the cue is a noun phrase, not a clause. A restrictive one ("said the man
      // who attacked the convoy was caught") holds the first verb; the clause's own verb comes after it.
      if (is_one_of(ascii_lower(tree_.text(i)), {"who", "which", "whom", "whose"}) && tree_.text(i) != "WHO") {
        if (tree_.text(i - 1) == ",") return {};
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
      // "said the crash involved pilot error" with "involved" tagged an adjective: a past form between two nouns.
      const bool past_adjective = u == Upos::ADJ && noun && i > first && i + 1 < end &&
                                  ascii_lower(tree_.text(i)).ends_with("ed") && tree_.upos(i - 1) == Upos::NOUN &&
                                  is_one_of(upos_name(tree_.upos(i + 1)), {"NOUN", "DET", "PROPN", "NUM"});
      if (past_adjective) return {from, end};
      if (u != Upos::VERB && u != Upos::AUX) continue;
      if (!noun) return {};
      // "said a plan allowing cars into the town was ...": a gerund right after a noun is a reduced relative
      // clause on it; the clause's own (finite) verb comes later.
      if (penn(i) == "VBG" && is_one_of(upos_name(tree_.upos(i - 1)), {"NOUN", "PROPN"})) continue;
      if (!doc_.syntax.xpos_names || doc_.syntax.xpos.size() <= i ||
          doc_.syntax.xpos[i] >= doc_.syntax.xpos_names->size() || doc_.syntax.xpos_name(i) == "_")
        return lemma(i - 1) == "to" ? Range{} : Range{from, end};  // no Penn tags: not an infinitive
      // A past participle right after a noun is a past tense the tagger misread ("the attack included").
      const std::string& x = doc_.syntax.xpos_name(i);
      // ("the signal received from Jakarta": a participle followed by a preposition is a reduced relative.)
      // (Unless the verb cannot be passive and no verb follows: "a block of flats collapsed in the city" has no
      // other verb to be the clause's, and "collapsed" is no passive participle; "the signal received from Lima"
      // is one.)
      bool later_verb = !is_one_of(lemma(i), {"collapse", "die", "occur", "happen", "fall", "rise", "sink", "crash",
                                              "explode", "arrive", "flee", "erupt", "emerge", "drown", "disappear",
                                              "vanish", "escape", "land", "dissipate", "surge", "drop", "decline"});
      for (uint32_t j = i + 1; j < end && !later_verb; ++j)
        later_verb = tree_.upos(j) == Upos::VERB || tree_.upos(j) == Upos::AUX;
      const bool finite = is_one_of(x, {"VBD", "VBZ", "VBP", "MD"}) ||
                          (x == "VBN" && i > first && is_one_of(upos_name(tree_.upos(i - 1)), {"NOUN", "PROPN"}) &&
                           !(i + 1 < end && tree_.upos(i + 1) == Upos::ADP && later_verb));
      return finite ? Range{from, end} : Range{};
    }
    return {};
  }

  // A word that may stand in a plain noun phrase ("a Danish government spokesperson", "the 2 envoys").
  bool noun_phrase_word(uint32_t t) const {
    return is_one_of(upos_name(tree_.upos(t)), {"DET", "ADJ", "NOUN", "PROPN", "NUM"});
  }

  // When the parse gives the verb no subject: a plain noun phrase right before it at the start of its clause
  // ("The official insisted:" parsed as a fragment). Returns its last word; the span is kept for set_speaker.
  uint32_t noun_phrase_before(uint32_t t) {
    speaker_fallback_span_ = {};
    uint32_t before = t;
    // "a German government source, whom they did not name, said": step over the comma-enclosed clause.
    if (t > sentence_first(t) && tree_.text(t - 1) == ",") {
      uint32_t open = t - 1;
      while (open > sentence_first(t) && open + 12 > t && tree_.text(open - 1) != ",") --open;
      if (open > sentence_first(t) + 1 && tree_.text(open - 1) == "," &&
          is_one_of(ascii_lower(tree_.text(open)), {"who", "whom", "which", "whose"}))
        before = open - 1;
    }
    uint32_t first = before;
    while (first > sentence_first(t) && noun_phrase_word(first - 1)) --first;
    if (first == before) return kNone;
    if (first > sentence_first(t) && !is_punct(first - 1) && before == t) return kNone;
    const Upos last = tree_.upos(before - 1);
    if (last != Upos::NOUN && last != Upos::PROPN && !cues_.anonymous_noun(lemma(before - 1))) return kNone;
    speaker_fallback_span_ = {first, before};
    return before - 1;
  }

  // True when a quote whose words end with , . ? or ! closes right before token t (optionally with a comma after
  // the mark): a quote of what is said, not a quoted speaker ("Two people familiar with ..." said).
  bool ends_content_quote_before(uint32_t t) const {
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

  // "X agreed, saying ...": a participle after a comma is said by the subject of the nearest verb before it.
  uint32_t subject_before_comma(uint32_t t) const {
    if (penn(t) != "VBG" || t < 2 || tree_.text(t - 1) != ",") return kNone;
    for (uint32_t v = t - 1; v-- > sentence_first(t);) {
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
  uint32_t speaker_by_position(uint32_t t) {
    speaker_fallback_span_ = {};
    const uint32_t first = sentence_first(t), end = sentence_end(t);
    auto nominal = [&](uint32_t i) { return noun_phrase_word(i) || tree_.text(i) == "-" || tree_.text(i) == "'s"; };
    auto noun = [&](uint32_t i) { return tree_.upos(i) == Upos::NOUN || tree_.upos(i) == Upos::PROPN; };
    const bool after_quote = t > first && (is_quote_mark(tree_.text(t - 1)) ||
                                           (t > first + 1 && tree_.text(t - 1) == "," && is_quote_mark(tree_.text(t - 2))));
    if (after_quote) {
      // The noun phrase right after the cue, up to the punctuation that ends it (";", ",", the full stop).
      // It may go on with a modifier: "on Twitter", "using the pseudonym ...", "who ...".
      // ("Mayor of London Sadiq Khan": "of" inside a title.)
      uint32_t last = t + 1;
      while (last < end && (nominal(last) || (lemma(last) == "of" && last > t + 1 && last + 1 < end &&
                                              tree_.upos(last + 1) == Upos::PROPN)))
        ++last;
      const bool modifier = last < end && (tree_.upos(last) == Upos::ADP || is_one_of(penn(last), {"VBG", "VBN"}) ||
                                           is_one_of(ascii_lower(tree_.text(last)), {"who", "whose"}));
      const bool ok = last > t + 1 && noun(last - 1) && (last == end || is_punct(last) || modifier);
      if (ok) {
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
      // Past a leading adverbial: "On Wednesday, Carrie Lam, the chief executive, announced ...", "Speaking to
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
  uint32_t inverted_speaker(uint32_t t) {
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
    if (!is_one_of(upos_name(tree_.upos(last - 1)), {"NOUN", "PROPN"})) return kNone;
    speaker_fallback_span_ = {t + 1, last};
    return last - 1;
  }

  // "CLAUSE, SPEAKER CUE[ ADVERBIAL]." with the parse hanging them together some other way: the speaker phrase
  // (a plain noun phrase, "of"/"and"/"for" inside it) between the last comma and the cue, after a clause with a
  // finite verb that opens the sentence with its subject (not "After the talks ended, ..."); after the cue only
  // punctuation, a short adverbial without a finite verb ("in a report released Tuesday"), or ", citing X" (its
  // verb goes to `cited`). Returns the speaker phrase, or an empty range.
  Range speaker_after_clause(uint32_t t, uint32_t& cited) const {
    cited = kNone;
    const uint32_t first = sentence_first(t), end = sentence_end(t);
    if (quoted(t)) return {};
    // A past participle is a past tense the tagger misread ("..., airline officials confirmed on Sunday") unless
    // the parse makes it a modifier of the noun before it ("the highest toll reported").
    if (!is_one_of(penn(t), {"VBD", "VBZ", "VBP"}) &&
        !(penn(t) == "VBN" && !is_one_of(tree_.deprel(t), {"acl", "amod"})))
      return {};
    uint32_t comma = t;
    while (comma > first && tree_.text(comma - 1) != ",") --comma;
    if (comma <= first + 2) return {};
    const uint32_t sp_first = comma, sp_end = t;
    if (sp_end <= sp_first || sp_end - sp_first > 10) return {};
    // ("his family": a possessive pronoun may open it.)
    for (uint32_t i = sp_first; i < sp_end; ++i)
      if (!(noun_phrase_word(i) || is_one_of(tree_.text(i), {"of", "and", "for", "'s", "-"}) ||
            (i == sp_first && penn(i) == "PRP$")) ||
          quoted(i))
        return {};
    if (!is_one_of(upos_name(tree_.upos(sp_end - 1)), {"NOUN", "PROPN"}) ||
        !(is_one_of(upos_name(tree_.upos(sp_first)), {"DET", "ADJ", "NOUN", "PROPN", "NUM"}) || penn(sp_first) == "PRP$"))
      return {};
    if (!is_one_of(upos_name(tree_.upos(first)), {"DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ"})) return {};
    bool finite = false;
    for (uint32_t i = first; i + 1 < comma; ++i) {
      if (quoted(i) || is_quote_mark(tree_.text(i))) return {};
      finite |= is_one_of(penn(i), {"VBD", "VBZ", "VBP", "MD"});
    }
    if (!finite) return {};
    uint32_t i = t + 1;
    if (i + 1 < end && tree_.text(i) == "," && lemma(i + 1) == "cite" && tree_.upos(i + 1) == Upos::VERB) {
      cited = i + 1;
      return {sp_first, sp_end};
    }
    if (i < end && !is_punct(i) && tree_.upos(i) != Upos::ADP) return {};
    for (; i < end; ++i)
      if (is_one_of(penn(i), {"VBD", "VBZ", "VBP", "MD"}) || ascii_lower(tree_.text(i)) == "that" || quoted(i) ||
          i > t + 8)
        return {};
    return {sp_first, sp_end};
  }

  void set_outlet(Draft& d, uint32_t h) const {
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
  uint32_t outlet_of_medium(uint32_t verb) const {
    for (uint32_t c : tree_.children(verb)) {
      if (tree_.base_deprel(c) != "obl") continue;
      const Cue* noun = cues_.word(CueKind::noun, lemma(c));
      if (!noun) continue;
      for (uint32_t n : tree_.children(c))
        if (tree_.base_deprel(n) == "nmod" && is_one_of(tree_.case_marker(n), {"with", "to"})) return n;
    }
    return kNone;
  }

  // --- stance -------------------------------------------------------------------------------------------------

  // A stance phrase at the top of the content ("said there is no truth to ...") gives the content its stance.
  void stance_from_content(Draft& d) {
    const Range c = trim(d.content);
    if (c.empty()) return;
    for (CueMatch& m : matches_) {
      if (m.cue->kind != CueKind::phrase || m.used || m.cue->stance == Stance::assert) continue;
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
    // "told X that Russia had not interfered": a past event said not to have happened is a denial.
    if (d.stance != Stance::assert || d.content_head == kNone) return;
    bool negated = false, past = false, modal = false;
    const uint32_t h = d.content_head;
    for (uint32_t ch : tree_.children(h)) {
      const std::string_view rel = tree_.base_deprel(ch);
      const std::string l = lemma(ch);
      if (rel == "advmod" && is_one_of(l, {"not", "never"})) negated = true;
      // "We haven't yet agreed ...", "... did not win, but ...": not (yet) done, or a concession, is no denial.
      if (rel == "advmod" && l == "yet") return;
      if (rel == "conj" && tree_.child(ch, "cc") != kNone && lemma(tree_.child(ch, "cc")) == "but") return;
      if (rel == "aux" && is_one_of(l, {"have", "do"})) past = true;
      if (rel == "aux" && is_one_of(l, {"will", "would", "could", "can", "may", "might", "should", "must", "shall"}))
        modal = true;
    }
    if (doc_.syntax.xpos_names && doc_.syntax.xpos.size() > h && doc_.syntax.xpos[h] < doc_.syntax.xpos_names->size() &&
        is_one_of(doc_.syntax.xpos_name(h), {"VBD", "VBN"}))
      past = true;
    if (negated && past && !modal) d.stance = Stance::deny;
  }

  // --- 1. verbs of saying -------------------------------------------------------------------------------------

  // The clause child of a noun that carries what it says ("reports that ...").
  uint32_t clause_of_noun(uint32_t n) const {
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
  Range that_clause_after(uint32_t from) const {
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

  bool colon_or_quote_before(uint32_t t, Range r) const {
    if (quoted(t)) return true;
    for (uint32_t i = r.first; i-- > sentence_first(r.first);) {
      if (!is_punct(i)) return false;
      if (tree_.text(i) == ":") return true;
    }
    return false;
  }

  // A quote next to the cue and its speaker, with only punctuation (or the speaker) between.
  int32_t adjacent_quote(uint32_t cue, Range speaker) const {
    // Between the quote and the cue: punctuation and the speaker, or a noun phrase that holds the speaker
    // ("Hong Kong director of Amnesty International Man-kei Tam said").
    auto between_ok = [&](uint32_t a, uint32_t b) {
      bool plain = true, nominal = true;
      for (uint32_t i = a; i < b; ++i) {
        if (i == cue || is_punct(i)) continue;
        plain &= speaker.contains(i);
        nominal &= noun_phrase_word(i) || is_one_of(tree_.text(i), {"of", "'s", "-"}) || speaker.contains(i);
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
  int32_t quote_after_phrase(uint32_t t) const {
    const Range phrase = subtree(t);
    for (size_t q = 0; q < quotes_.size(); ++q) {
      const QuoteSpan& s = quotes_[q];
      if (s.nested || s.end - s.first < 2 || s.open <= t + 1 || sentence_of_[s.open] != sentence_of_[t]) continue;
      if (tree_.text(s.open - 1) != "," && tree_.text(s.open - 1) != ":") continue;
      bool ok = true;
      for (uint32_t i = t + 1; i + 1 < s.open && ok; ++i)
        ok = !quoted(i) && (is_punct(i) || (phrase.contains(i) && tree_.upos(i) != Upos::VERB));
      if (ok) return static_cast<int32_t>(q);
      break;  // only the first quote after the verb
    }
    return -1;
  }

  // False for cues that report no one else's words: a first-person assertion inside a quote ("we can say that",
  // "as I have stated": the quoted speaker's own voice, attributed by the quote itself), and a generic relative
  // clause ("those who think ...").
  bool voices_someone_else(const Draft& d, uint32_t t) const {
    if (d.speaker == kNone) return true;
    const std::string speaker = ascii_lower(tree_.text(d.speaker));
    if (quoted(t) && d.stance != Stance::deny && is_one_of(speaker, {"i", "we"})) return false;
    if (tree_.deprel(t) == "acl:relcl" &&
        is_one_of(speaker, {"those", "anyone", "anybody", "everyone", "everybody", "whoever", "people"}))
      return false;
    return true;
  }

  // Verbs whose object is the person addressed ("told reporters").
  static bool is_addressee_verb(std::string_view lemma) {
    return is_one_of(lemma, {"tell", "inform", "assure", "brief", "warn", "remind"});
  }

  std::string_view penn(uint32_t t) const {
    if (!doc_.syntax.xpos_names || doc_.syntax.xpos.size() <= t || doc_.syntax.xpos[t] >= doc_.syntax.xpos_names->size())
      return "_";
    return doc_.syntax.xpos_name(t);
  }

  // False for uses of a verb of saying that report no statement: a participle inside a noun phrase ("the stated
  // goals", "the confirmed deaths"), "deny someone something", a source aside ("as reported by X"), a purpose or
  // intended act ("to confirm if ...", "went to defend ..."), a hypothetical or future act under a modal ("can
  // explain", "may declare").
  bool reports_a_statement(uint32_t t, const Cue& cue) const {
    const uint32_t first = sentence_first(t), end = sentence_end(t);
    // A bare past participle before a noun, after a determiner, adjective, preposition or verb: "the stated goals",
    // "amongst reported incidents", "protecting alleged abusers" (a finite "alleged" follows its subject).
    // The tagger may call it a past tense; no finite verb follows a determiner, a preposition or a gerund.
    if (t > first && t + 1 < end && is_one_of(upos_name(tree_.upos(t + 1)), {"NOUN", "ADJ", "PROPN", "NUM"}) &&
        tree_.child(t, "aux") == kNone && tree_.child(t, "aux:pass") == kNone && tree_.child(t, "nsubj") == kNone) {
      const Upos before = tree_.upos(t - 1);
      if (penn(t) == "VBN" && is_one_of(upos_name(before), {"DET", "ADJ", "ADP", "VERB"})) return false;
      if (penn(t) == "VBD" && (before == Upos::DET || before == Upos::ADP || penn(t - 1) == "VBG")) return false;
    }
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
    // "Asked whether he would resign, Lee replied ...": a bare participle opening the sentence, with no subject or
    // auxiliary of its own, says nothing; its understood subject was addressed.
    if (t == first && is_one_of(penn(t), {"VBN", "VBD"}) && tree_.child(t, "nsubj") == kNone &&
        tree_.child(t, "nsubj:pass") == kNone && tree_.child(t, "aux") == kNone && tree_.child(t, "aux:pass") == kNone &&
        t + 1 < end && !is_punct(t + 1))
      return false;
    const uint32_t mark = tree_.child(t, "mark");
    if (mark != kNone && lemma(mark) == "to") {
      // "to confirm if ..." (a purpose) is no statement; "held a news conference to announce (that) ..." is.
      if (tree_.base_deprel(t) == "advcl") {
        const uint32_t clause = tree_.child(t, "ccomp");
        if (clause == kNone) return false;
        const uint32_t m = tree_.child(clause, "mark");
        if (m != kNone && is_one_of(lemma(m), {"if", "whether"})) return false;
      }
      const uint32_t h = tree_.head(t);
      // "went on to say", "continued to insist": the act is done; "went to defend", "plans to announce": not yet.
      const bool went_on = h != kNone && lemma(h) == "go" && tree_.child(h, "compound:prt") != kNone;
      if (tree_.base_deprel(t) == "xcomp" && h != kNone && tree_.upos(h) == Upos::VERB && !went_on &&
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

  void verb_cue(uint32_t t) {
    const Cue* cue = cues_.word(CueKind::verb, lemma(t));
    if (!cue) return;
    // "continued by noting that ...", "responded by saying ...": the inner verb of saying carries the attribution.
    for (uint32_t c : tree_.children(t))
      if (tree_.base_deprel(c) == "advcl" && cues_.word(CueKind::verb, lemma(c)) && tree_.child(c, "ccomp") != kNone &&
          tree_.child(c, "mark") != kNone && lemma(tree_.child(c, "mark")) == "by")
        return;
    // Claims of responsibility are events, not statements: "claimed credit for the attack".
    if (const uint32_t o = tree_.child(t, "obj");
        o != kNone && lemma(t) == "claim" && is_one_of(lemma(o), {"credit", "responsibility", "victory", "win"}))
      return;
    if (!reports_a_statement(t, *cue)) return;
    Draft d;
    d.cue_first = t;
    d.cue_end = t + 1;
    d.cue_lemma = cue->lemmas[0];
    d.stance = cue->stance;
    // Content. A clause before the verb with nothing between ("Some of the protesters Wikinews interviewed said
    // they ...") is a relative clause on the subject that the parse took for a complement: its first word's
    // phrase is the speaker.
    uint32_t relative_subject = kNone;
    for (uint32_t c : tree_.children(t)) {
      if (tree_.base_deprel(c) != "ccomp" || c > t || subtree(c).end != t || quoted(c)) continue;
      const uint32_t s = tree_.child(c, "nsubj");
      if (s != kNone && subtree(s).first == subtree(c).first && tree_.child(t, "nsubj") == kNone) relative_subject = s;
    }
    for (uint32_t c : tree_.children(t)) {
      if (tree_.base_deprel(c) == "ccomp" && !(relative_subject != kNone && c < t)) {
        d.content = subtree(c);
        d.content_head = c;
        d.rule = "ccomp";
        break;
      }
    }
    if (d.rule.empty()) {
      for (uint32_t c : tree_.children(t)) {
        if (tree_.deprel(c) != "obj") continue;
        const bool speech_noun = cues_.word(CueKind::noun, lemma(c)) != nullptr;
        if (!speech_noun && (cue->object != CueObject::noun || subject_of(t) == kNone)) continue;
        const uint32_t clause = clause_of_noun(c);
        d.content = clause != kNone ? subtree(clause) : subtree(c);
        d.content_head = clause != kNone ? clause : c;
        if (clause == kNone && speech_noun)
          if (const Range r = that_clause_after(c); !r.empty()) d.content = r;
        d.rule = "object";
        break;
      }
    }
    const bool passive_verb = tree_.child(t, "aux:pass") != kNone || tree_.child(t, "nsubj:pass") != kNone;
    if (d.rule.empty() && !passive_verb && is_one_of(lemma(t), {"claim", "report", "allege", "profess", "purport"})) {
      // "reported the leader to be dead", "claimed to represent the ministry": an infinitive clause is the content
      // (with the object it is about, when there is one).
      for (uint32_t c : tree_.children(t)) {
        if (tree_.deprel(c) != "xcomp" || tree_.child(c, "mark") == kNone || lemma(tree_.child(c, "mark")) != "to")
          continue;
        const uint32_t about = tree_.child(t, "obj");
        d.content = subtree(c);
        if (about != kNone && about < c) d.content.first = subtree(about).first;
        d.content_head = c;
        d.rule = "infinitive";
        break;
      }
    }
    if (d.rule.empty()) {
      // "told the outlet al-Watan that ..." with the clause hung on the object.
      const uint32_t addressee = tree_.child(t, "obj") != kNone ? tree_.child(t, "obj") : tree_.child(t, "iobj");
      if (addressee != kNone)
        if (const Range r = that_clause_after(addressee); !r.empty() && subtree(t).end >= r.end) {
          d.content = r;
          d.rule = "that-clause";
        }
      // "said in a press release that ..." with the clause hung on the medium: a "that" after the verb's own
      // adverbials (no verb between).
      if (d.rule.empty() && addressee == kNone)
        if (const Range r = that_clause_after(t); !r.empty() && r.first >= 2 && tree_.deprel(r.first - 1) == "mark") {
          bool adverbial = subtree(t).contains(r.first - 1);
          for (uint32_t i = t + 1; i + 1 < r.first && adverbial; ++i)
            adverbial = tree_.upos(i) != Upos::VERB && tree_.upos(i) != Upos::AUX && !quoted(i);
          if (adverbial) {
            d.content = r;
            d.rule = "that-clause";
          }
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
    // (Not when the verb has an object of its own: "Rhodesia, which later declared independence".)
    // ("Trump tweeted Sunday": a date parsed as the object is none.)
    const uint32_t object = tree_.child(t, "obj");
    const bool own_object = object != kNone && !is_addressee_verb(lemma(t)) && tree_.upos(object) == Upos::NOUN &&
                            !is_one_of(lemma(object), {"today", "yesterday", "tonight", "morning", "evening", "night",
                                                       "week", "month", "year", "weekend", "day", "time"});
    // (Nor a passive with no agent: "..., no deaths were reported".)
    if (d.rule.empty() && tree_.base_deprel(t) == "parataxis" && tree_.head(t) != kNone && !own_object &&
        !(passive_verb && subject_of(t) == kNone) &&
        !(tree_.upos(tree_.head(t)) == Upos::VERB && cues_.word(CueKind::verb, lemma(tree_.head(t))) &&
          tree_.child(t, "nsubj") == kNone)) {
      // "Russia will win, he said": the verb of saying hangs on the content.
      d.content = without(subtree(tree_.head(t)), subtree(t));
      d.content_head = tree_.head(t);
      d.rule = "parataxis";
    }
    if (d.rule.empty() && tree_.base_deprel(t) == "ccomp" && tree_.head(t) != kNone && tree_.head(t) < t &&
        tree_.child(t, "nsubj") != kNone && tree_.child(t, "mark") == kNone && ends_sentence(subtree(t).end) &&
        !cues_.word(CueKind::verb, lemma(tree_.head(t)))) {
      // "The office has suspended the permit, German officials said." parsed with the verb of saying as the
      // complement of the content.
      d.content = without(subtree(tree_.head(t)), subtree(t));
      d.content_head = tree_.head(t);
      d.rule = "parataxis";
    }
    // Speaker (a verb without a subject under "quoted X as saying" speaks for X).
    uint32_t speaker = relative_subject != kNone ? relative_subject : subject_of(t);
    // A prepositional phrase is no subject ("..., on Tuesday told ...": the parse took "Tuesday").
    if (speaker != kNone && speaker > 0 && tree_.upos(speaker) != Upos::PRON &&
        is_one_of(ascii_lower(tree_.text(speaker - 1)), {"on", "in", "at", "during"}))
      speaker = kNone;
    // "Prime Minister Tuilaepa, who told the press ...", the relative clause not parsed as one: the noun before.
    if (speaker != kNone && speaker >= 2 && is_one_of(lemma(speaker), {"who", "which"}) && tree_.text(speaker - 1) == "," &&
        (tree_.upos(speaker - 2) == Upos::PROPN || tree_.upos(speaker - 2) == Upos::NOUN))
      speaker -= 2;
    // A subject inside a quote that ends right before the verb ("... A lot of people think that," said a
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
    if (speaker == kNone && reporter == kNone) speaker = noun_phrase_before(t);
    if (speaker == kNone && reporter == kNone) speaker = speaker_by_position(t);
    if (speaker == kNone && reporter == kNone) speaker = subject_before_comma(t);
    set_speaker(d, speaker);
    speaker_fallback_span_ = {};
    // One subject parsed as two ("US Secretary of State" + "Mike Pompeo"): the speaker covers both, its head is
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
      }
    // "Arnel Vega of the army's Western Command said" parsed with the last name as the subject: the speaker is
    // the whole noun phrase from the start of the sentence.
    if (d.speaker != kNone && d.speaker_span.end == t && d.speaker_span.first > sentence_first(t) &&
        !quoted(d.speaker_span.first)) {
      const uint32_t first = sentence_first(t);
      bool of = false, ok = tree_.upos(first) == Upos::PROPN || tree_.upos(first) == Upos::NOUN;
      for (uint32_t i = first; i < d.speaker_span.first && ok; ++i) {
        of |= lemma(i) == "of" || lemma(i) == "at";  // "Officials at the WHO said"
        ok = noun_phrase_word(i) || is_one_of(tree_.text(i), {"of", "at", "'s", "-"});
      }
      if (ok && of) d.speaker_span.first = first;
    }
    if (d.rule.empty()) {
      if (const int32_t q = adjacent_quote(t, d.speaker_span); q >= 0) {
        d.content = {quotes_[q].first, quotes_[q].end};
        d.rule = "quote";
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
    if (d.rule.empty() && speaker != kNone && speaker < t && t + 2 < sentence_end(t) && tree_.text(t + 1) == "," &&
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
    if (d.rule.empty() && cue->object != CueObject::none && !passive_verb) {
      // "said the attack included missiles" parsed as an object and a modifier: the clause after the verb.
      d.content = clause_after(t);
      if (!d.content.empty()) d.rule = "clause-after";
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
    if (d.rule.empty()) return;
    if (!voices_someone_else(d, t)) return;
    // Inside a quote, a verb of saying with nobody saying it is part of the quoted speaker's own words ("All
    // they did was add another layer").
    if (quoted(t) && d.speaker == kNone) return;
    // Addressee or outlet: "told al-Watan", "told reporters", "in an interview with RT".
    if (reporter != kNone) {
      set_outlet(d, reporter);
    } else {
      uint32_t outlet = kNone;
      for (uint32_t c : tree_.children(t))
        if ((tree_.deprel(c) == "iobj" || (tree_.deprel(c) == "obj" && d.rule != "object")) &&
            is_addressee_verb(d.cue_lemma))
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
    if (!d.lead_in) stance_from_content(d);
    drafts_.push_back(std::move(d));
    if (!after_colon.rule.empty()) drafts_.push_back(std::move(after_colon));
  }

  // A verb of saying the tagger took for a noun or an adjective ("The council's statement read: "..."", "The
  // ruling party claims ...", "The notice read "...""): a finite form right after a plain noun phrase that opens
  // the sentence, followed by a colon, a quote or "that". The phrase is the speaker, what follows the content.
  void mistagged_verb_cue(uint32_t t) {
    const uint32_t first = sentence_first(t), end = sentence_end(t);
    if (t < first + 1 || t + 2 >= end || quoted(t)) return;
    if (!is_one_of(upos_name(tree_.upos(t)), {"NOUN", "ADJ"})) return;
    if (!is_one_of(upos_name(tree_.upos(t - 1)), {"NOUN", "PROPN"})) return;
    const std::string w = ascii_lower(tree_.text(t));
    std::string lemma_guess;
    if (w == "read" || w == "reads") lemma_guess = "read";
    else if (w == "says" || w == "said") lemma_guess = "say";
    else if (w.size() > 4 && w.ends_with("s") && !w.ends_with("ss")) lemma_guess = w.substr(0, w.size() - 1);
    const Cue* cue = lemma_guess.empty() ? nullptr : cues_.word(CueKind::verb, lemma_guess);
    if (!cue) return;
    // The speaker: a plain noun phrase from the start of the sentence ("The decree signed by the Pope" is a
    // noun phrase with a participle modifier).
    uint32_t start = first;
    while (start < t && is_punct(start)) ++start;
    // Past a short leading adverbial: "On Monday, the council's statement read: ...".
    if (start < t && tree_.upos(start) == Upos::ADP)
      for (uint32_t i = start + 1; i < start + 5 && i + 1 < t; ++i)
        if (tree_.text(i) == ",") {
          start = i + 1;
          break;
        }
    bool ok = start < t && is_one_of(upos_name(tree_.upos(start)), {"DET", "ADJ", "NOUN", "PROPN", "NUM"});
    for (uint32_t i = start; i < t && ok; ++i)
      ok = (noun_phrase_word(i) || is_one_of(tree_.text(i), {"'s", "-"}) ||
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
    speaker_fallback_span_ = {start, t};
    set_speaker(d, t - 1);
    speaker_fallback_span_ = {};
    d.content = trim(content);
    if (d.content.empty()) return;
    d.rule = "mistagged-verb";
    stance_from_content(d);
    drafts_.push_back(std::move(d));
  }

  // --- 2. fixed phrases ---------------------------------------------------------------------------------------

  void phrase_cue(CueMatch& m) {
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

  // --- 3. sources ---------------------------------------------------------------------------------------------

  void source_cue(uint32_t t) {
    // "according to X"
    for (CueMatch& m : matches_) {
      if (m.first != t || m.cue->kind != CueKind::source || m.used) continue;
      uint32_t x = tree_.head(m.first);
      if (x == kNone || x < m.first || !is_one_of(upos_name(tree_.upos(x)), {"NOUN", "PROPN", "PRON"})) {
        // The first noun of the phrase, which ends at the first punctuation mark; when the tagger found none
        // ("according to police," with "police" tagged a verb), the phrase's last word.
        x = kNone;
        uint32_t i = m.end;
        for (; i < sentence_end(t) && x == kNone && !is_punct(i); ++i)
          if (is_one_of(upos_name(tree_.upos(i)), {"NOUN", "PROPN", "PRON"})) x = i;
        if (x == kNone && i > m.end && i < m.end + 4 && !is_punct(i - 1)) x = i - 1;
        if (x == kNone) return;
        while (tree_.head(x) != kNone && tree_.head(x) > x && tree_.head(x) < sentence_end(t) &&
               is_one_of(tree_.base_deprel(x), {"compound", "flat", "amod"}))
          x = tree_.head(x);
      }
      Draft d;
      d.cue_first = m.first;
      d.cue_end = m.end;
      d.cue_lemma = "according to";
      d.stance = m.cue->stance;
      d.rule = "according-to";
      set_speaker(d, x);
      // "The company, according to two people familiar with the matter, plans ...": a parenthetical source ends
      // at its closing comma, whatever the parse hung on it.
      bool cut = false;
      if (m.first > sentence_first(t) && tree_.text(m.first - 1) == ",")
        for (uint32_t i = std::max(m.end, x + 1); i < d.speaker_span.end && !cut; ++i)
          if (tree_.text(i) == ",") {
            d.speaker_span.end = i;
            cut = true;
          }
      const uint32_t clause = tree_.head(x);
      const Range sentence{sentence_first(t), sentence_end(t)};
      const Range phrase{std::min(m.first, d.speaker_span.first),
                         cut ? d.speaker_span.end + 1 : std::max(m.end, subtree(x).end)};
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

  // --- 4. nouns of saying -------------------------------------------------------------------------------------

  void noun_cue(uint32_t t) {
    if (tree_.upos(t) != Upos::NOUN) return;
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
      set_speaker(d, speaker);
      d.content = subtree(clause);
      d.content_head = clause;
      d.rule = "noun-clause";
      stance_from_content(d);
      drafts_.push_back(std::move(d));
      return;
    }
    // "The ministry issued the following statement: "..."": a noun of saying as the object of its author's verb,
    // with a colon and what is said right after it.
    if (tree_.deprel(t) == "obj" && t + 2 < sentence_end(t) && tree_.text(t + 1) == ":" && !quoted(t)) {
      const uint32_t author = author_of_statement(t);
      // ("opposed the minister's statement: ..." quotes what the subject says about another's statement.)
      if (author == kNone || author > t || tree_.child(t, "nmod:poss") != kNone) return;
      const uint32_t c = t + 2;
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
    // Being at an event is not saying anything: "appeared in a news conference after his arrest" (but "called for
    // calm in a statement" is a statement).
    bool carries = false;
    for (uint32_t c : tree_.children(h))
      carries |= is_one_of(tree_.base_deprel(c), {"obj", "ccomp", "xcomp", "iobj"});
    if (!carries && is_one_of(lemma(h), {"appear", "attend", "participate", "arrive", "sit", "stand", "be"})) return;
    if (!is_one_of(tree_.case_marker(t), {"in", "during", "at", "through", "via"})) return;
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

  // --- lead-ins and block quotes ------------------------------------------------------------------------------

  bool paragraph_attributes_itself(uint32_t para) const {
    for (const Draft& d : drafts_)
      if (!d.lead_in && paragraph_of(d.cue_first) == para) return true;
    return false;
  }

  void resolve_lead_ins() {
    const uint32_t n = static_cast<uint32_t>(doc_.tokens.size());
    for (Draft& d : drafts_) {
      if (!d.lead_in) continue;
      d.lead_in = false;
      const uint32_t next = sentence_end(d.cue_first);
      if (next >= n) continue;
      if (quote_of_[std::min(next + 1, n - 1)] >= 0 && is_quote_mark(tree_.text(next))) {
        const QuoteSpan& q = quotes_[quote_of_[next + 1]];
        d.content = {q.first, q.end};
        d.rule = "colon-quote";
        continue;
      }
      if (paragraph_of(next) == paragraph_of(d.cue_first)) {
        d.content = {next, sentence_end(next)};
        d.rule = "colon-sentence";
        continue;
      }
      // A block quote: the following paragraphs, until one that quotes or attributes itself (at most four).
      const uint32_t first_para = paragraph_of(next);
      uint32_t end = next;
      for (uint32_t t = next; t < n && paragraph_of(t) < first_para + 4;) {
        const uint32_t para = paragraph_of(t);
        if (is_quote_mark(tree_.text(t)) || paragraph_attributes_itself(para)) break;
        uint32_t e = t;
        while (e < n && paragraph_of(e) == para) ++e;
        end = e;
        t = e;
      }
      if (end == next) continue;
      d.content = {next, end};
      d.block = true;
      d.rule = "block-quote";
    }
    drafts_.erase(std::remove_if(drafts_.begin(), drafts_.end(), [](const Draft& d) { return d.content.empty() && d.rule == "lead-in"; }),
                  drafts_.end());
  }

  // --- quotes without a cue of their own ----------------------------------------------------------------------

  bool covered(uint32_t t) const {
    return std::any_of(drafts_.begin(), drafts_.end(), [&](const Draft& d) {
      return d.content.contains(t) || d.speaker_span.contains(t) || (t >= d.cue_first && t < d.cue_end);
    });
  }

  bool direct(const Draft& d) const {
    if (d.block) return true;
    const Range c = trim(d.content);
    if (c.empty()) return false;
    for (uint32_t t = c.first; t < c.end; ++t)
      if (!quoted(t) && !is_punct(t)) return false;
    return true;
  }

  void continue_quotes() {
    std::vector<Draft> added;
    for (const QuoteSpan& q : quotes_) {
      if (q.nested || q.end <= q.first + 3 || q.open != sentence_first(q.open)) continue;
      bool has_verb = false, free = true;
      for (uint32_t t = q.first; t < q.end; ++t) {
        has_verb |= tree_.upos(t) == Upos::VERB || tree_.upos(t) == Upos::AUX;
        free &= !covered(t);
      }
      if (!has_verb || !free) continue;
      // The nearest direct quote before it in its paragraph or the one before, else after it in its paragraph.
      const uint32_t para = paragraph_of(q.open);
      const Draft* best = nullptr;
      for (const Draft& d : drafts_) {
        if (!direct(d) || d.speaker == kNone) continue;
        const uint32_t p = paragraph_of(d.cue_first);
        if (d.cue_first < q.open && (p == para || p + 1 == para)) {
          if (!best || best->cue_first > q.open || d.cue_first > best->cue_first) best = &d;
        } else if (d.cue_first > q.end && p == para && !best) {
          best = &d;
        }
      }
      if (!best) continue;
      Draft c = *best;
      c.content = {q.first, q.end};
      c.content_head = kNone;
      c.block = false;
      c.stance = Stance::assert;
      c.rule = "continuation";
      added.push_back(std::move(c));
    }
    for (Draft& d : added) drafts_.push_back(std::move(d));
  }

  // Content that starts (or ends) inside a quote goes on to the quote's end (start): quotes over several sentences.
  void widen_to_quotes(Draft& d) const {
    d.content = trim(d.content);
    if (d.content.empty()) return;
    for (const QuoteSpan& q : quotes_) {
      if (q.nested || (d.cue_first >= q.open && d.cue_first <= q.end)) continue;
      if (q.end <= q.first) continue;
      const bool starts_in = d.content.first >= q.first && d.content.first < q.end;
      const bool ends_in = d.content.end > q.first && d.content.end <= q.end;
      if (starts_in && q.end > d.content.end && (d.speaker_span.empty() || !(d.speaker_span.first >= d.content.end && d.speaker_span.first < q.end)))
        d.content.end = q.end;
      if (ends_in && q.first < d.content.first && !(d.speaker_span.first >= q.first && d.speaker_span.first < d.content.first))
        d.content.first = q.first;
    }
    d.content = trim(d.content);
  }

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

// Anonymous: a marker in the speaker's phrase, or an anonymous head noun with no name in the phrase.
bool anonymous_phrase(const AttributionCues& cues, const SyntaxTree& tree, uint32_t head, uint32_t first, uint32_t end) {
  auto word = [&](uint32_t t) {
    std::string l = ascii_lower(tree.lemma(t));
    return l == "n't" ? std::string("not") : l;
  };
  for (const auto& marker : cues.anonymity_phrases()) {
    for (uint32_t t = first; t + marker.size() <= end; ++t) {
      bool ok = true;
      for (size_t i = 0; i < marker.size() && ok; ++i)
        ok = word(t + static_cast<uint32_t>(i)) == marker[i] || ascii_lower(tree.text(t + static_cast<uint32_t>(i))) == marker[i];
      if (ok) return true;
    }
  }
  // The tagger may call "official" an adjective; a proper noun is a name, not an anonymous source.
  if (tree.upos(head) == Upos::PROPN || !cues.anonymous_noun(word(head))) return false;
  for (uint32_t c : tree.children(head)) {
    const std::string_view rel = tree.base_deprel(c);
    if ((rel == "appos" || rel == "flat") && tree.upos(c) == Upos::PROPN) return false;
  }
  return true;
}

}  // namespace

AttributionTagger::AttributionTagger(std::shared_ptr<const AttributionCues> cues) : cues_(std::move(cues)) {}

AttributionTagger AttributionTagger::load(const std::string& data_dir, const std::string& user_dir) {
  return AttributionTagger(std::make_shared<AttributionCues>(AttributionCues::load(data_dir, user_dir)));
}

void AttributionTagger::annotate(Document& doc) const {
  doc.attributions.attributions.clear();
  for (Event& e : doc.events.events) e.attribution = -1;
  if (!doc.syntax.has_parse() || !doc.syntax.has_tags() || !doc.syntax.has_lemmas()) return;
  ArticleTagger tagger(*cues_, doc);
  std::vector<Draft> drafts = tagger.run();
  const SyntaxTree& tree = tagger.tree();
  const auto& actors = doc.actors.actors;
  auto actor_at = [&](uint32_t h) -> int32_t {
    if (h == kNone) return -1;
    for (size_t a = 0; a < actors.size(); ++a)
      if (actors[a].head == h) return static_cast<int32_t>(a);
    for (size_t a = 0; a < actors.size(); ++a)
      if (actors[a].first_token <= h && h < actors[a].end_token) return static_cast<int32_t>(a);
    return -1;
  };
  std::vector<uint32_t> anonymous_entities;
  auto& out = doc.attributions.attributions;
  for (const Draft& d : drafts) {
    Attribution a;
    a.sentence = static_cast<uint32_t>(
        std::upper_bound(doc.sentences.first_token.begin(), doc.sentences.first_token.end(), d.cue_first) -
        doc.sentences.first_token.begin() - 1);
    a.cue_first = d.cue_first;
    a.cue_end = d.cue_end;
    a.cue_lemma = d.cue_lemma;
    a.stance = d.stance;
    a.rule = d.rule;
    if (!d.content.empty())
      a.content = {doc.tokens.begin[d.content.first], doc.tokens.end[d.content.end - 1]};
    else
      a.content = {doc.tokens.end[d.cue_end - 1], doc.tokens.end[d.cue_end - 1]};
    if (d.speaker != kNone) {
      a.speaker_head = d.speaker;
      a.speaker_first = d.speaker_span.first;
      a.speaker_end = d.speaker_span.end;
      a.speaker_actor = actor_at(d.speaker);
      a.anonymous = anonymous_phrase(*cues_, tree, d.speaker, d.speaker_span.first, d.speaker_span.end);
      if (a.speaker_actor >= 0) {
        const uint32_t entity = actors[a.speaker_actor].entity;
        const bool seen = std::find(anonymous_entities.begin(), anonymous_entities.end(), entity) != anonymous_entities.end();
        // A named actor is never anonymous; an actor once quoted anonymously stays so ("The official").
        if (!actors[a.speaker_actor].name.empty()) a.anonymous = false;
        else if (seen) a.anonymous = true;
        if (a.anonymous && !seen) anonymous_entities.push_back(entity);
      }
      for (uint32_t c : tree.children(d.speaker))
        if (tree.base_deprel(c) == "appos") {
          const auto [f, e] = tree.subtree_span(c);
          a.role_first = f;
          a.role_end = e;
          break;
        }
    }
    if (d.outlet_head != kNone) {
      a.outlet_first = d.outlet.first;
      a.outlet_end = d.outlet.end;
      a.outlet_actor = actor_at(d.outlet_head);
    }
    // direct: every word of the content is inside quotation marks (or it is a block quote).
    bool all_quoted = d.block, any = false;
    if (!d.block && !d.content.empty()) {
      all_quoted = true;
      for (uint32_t t = d.content.first; t < d.content.end; ++t) {
        if (tree.upos(t) == Upos::PUNCT || is_quote_mark(tree.text(t))) continue;
        any = true;
        all_quoted &= tagger.quoted(t);
      }
      all_quoted &= any;
    }
    a.direct = all_quoted;
    out.push_back(std::move(a));
  }
  // Nesting: the innermost other attribution whose content holds this one's cue.
  auto innermost = [&](uint32_t byte, int32_t self) {
    int32_t best = -1;
    for (size_t j = 0; j < out.size(); ++j) {
      if (static_cast<int32_t>(j) == self || out[j].content.empty()) continue;
      if (byte < out[j].content.begin || byte >= out[j].content.end) continue;
      if (best < 0 || out[j].content.size() < out[best].content.size()) best = static_cast<int32_t>(j);
    }
    return best;
  };
  for (size_t i = 0; i < out.size(); ++i) out[i].parent = innermost(doc.tokens.begin[out[i].cue_first], static_cast<int32_t>(i));
  // Events inside reported content carry its attribution; under a denial they are marked negated.
  for (Event& e : doc.events.events) {
    const uint32_t byte = doc.tokens.begin[e.predicate];
    int32_t a = innermost(byte, -1);
    // The statement itself ("denied", "offered no comment") is not inside its own content.
    for (size_t steps = 0; a >= 0 && steps <= out.size() && e.predicate >= out[a].cue_first &&
                           e.predicate < out[a].cue_end;
         ++steps)
      a = out[a].parent;
    if (a >= 0 && e.predicate >= out[a].cue_first && e.predicate < out[a].cue_end) a = -1;
    e.attribution = a;
    if (a >= 0 && out[a].stance == Stance::deny) e.negated = true;
  }
}

}  // namespace dunlin
