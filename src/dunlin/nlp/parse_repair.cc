// Repairs of the parser's output on reported speech (see parse_repair.h).
#include "dunlin/nlp/parse_repair.h"

#include <algorithm>
#include <utility>

#include "dunlin/nlp/word_features.h"
#include "dunlin/text/ascii.h"

namespace dunlin::nlp {
namespace {

// Verbs of saying whose object is what is said, never whom or what it is about ("said the words" aside): a noun
// object followed by a participle is the start of the reported clause.
bool says_a_clause(std::string_view lemma) {
  return is_one_of(lemma, {"say", "claim", "insist", "argue", "allege", "add", "state", "assert", "contend"});
}

// Verbs of saying and reporting, for the apposition repair (the verb there has no object to misread).
bool reports(std::string_view lemma) {
  return says_a_clause(lemma) ||
         is_one_of(lemma, {"tell", "report", "announce", "confirm", "deny", "write", "tweet", "warn", "acknowledge"});
}

// Nouns of people who speak for a body ("a source at X", "an activist with X", "a spokesman for X").
bool is_role_noun(std::string_view lemma) {
  return is_one_of(lemma, {"source",   "activist",       "official",  "spokesman",     "spokeswoman", "spokesperson",
                           "member",   "resident",       "commander", "correspondent", "reporter",    "journalist",
                           "witness",  "doctor",         "medic",     "leader",        "head",        "chief",
                           "director", "representative", "officer",   "fighter",       "researcher",  "analyst",
                           "expert",   "lawyer",         "monitor",   "worker",        "volunteer"});
}

bool is_time_word(std::string_view w) {
  return is_one_of(
      w, {"Monday",  "Tuesday",   "Wednesday", "Thursday",  "Friday",  "Saturday", "Sunday",  "today", "yesterday",
          "tonight", "overnight", "earlier",   "later",     "January", "February", "March",   "April", "May",
          "June",    "July",      "August",    "September", "October", "November", "December"});
}

class Repair {
 public:
  Repair(std::span<const std::string_view> words, std::span<const std::string_view> lemmas,
         std::span<const std::string_view> upos, std::span<const std::string_view> xpos, std::span<uint32_t> heads,
         std::span<uint16_t> labels, const std::vector<std::string>& relations)
      : words_(words),
        lemmas_(lemmas),
        upos_(upos),
        xpos_(xpos),
        heads_(heads),
        labels_(labels),
        relations_(relations) {}

  int run() {
    const int nsubj = id("nsubj"), ccomp = id("ccomp"), conj = id("conj"), obj = id("obj"), root = id("root");
    if (nsubj < 0 || ccomp < 0 || conj < 0 || obj < 0 || root < 0) return 0;
    const uint32_t n = static_cast<uint32_t>(words_.size());
    const std::vector<uint32_t> heads_before(heads_.begin(), heads_.end());
    const std::vector<uint16_t> labels_before(labels_.begin(), labels_.end());
    for (uint32_t v = 1; v <= n; ++v) {
      if (upos(v) != "VERB") continue;
      if (says_a_clause(lemma(v))) {
        object_with_participle(v, nsubj, ccomp, obj);
        object_before_auxiliary(v, nsubj, ccomp);
        indirect_object(v, nsubj, conj);
        name_before_its_apposition(v, nsubj);
      }
      if (reports(lemma(v))) relative_on_apposition(v, nsubj, root);
      if (reports(lemma(v))) relative_with_prepositional_subject(v, nsubj);
      if (reports(lemma(v))) participle_before_subject(v, nsubj);
      if (reports(lemma(v))) place_before_subject(v, nsubj);
      if (says_a_clause(lemma(v))) relative_on_subject(v, nsubj, ccomp, root);
      if (reports(lemma(v))) clause_read_as_subject(v, nsubj, ccomp);
    }
    adverbial_clauses();
    for (uint32_t a = 1; a <= n; ++a)
      if (base(a) == "aux") dependents_of_auxiliary(a);
    for (uint32_t v = 1; v <= n; ++v) subjects_in_a_list(v, conj);
    for (uint32_t v = 1; v <= n; ++v) title_and_name_as_two_subjects(v);
    for (uint32_t v = 1; v <= n; ++v)
      if (upos(v) == "VERB" && is_one_of(lemma(v), {"call", "label", "brand", "dub", "term"}))
        label_read_as_compound(v);
    for (uint32_t a = 1; a <= n; ++a)
      if (upos(a) == "ADP") preposition_with_object(a);
    for (uint32_t v = 1; v <= n; ++v)
      if (upos(v) == "VERB" && rel(v) == "advcl") subject_read_as_oblique(v, nsubj);
    reduced_relative_as_root(nsubj, root);
    for (uint32_t v = 1; v <= n; ++v)
      if (upos(v) == "VERB") subject_inside_opening_time(v, nsubj);
    for (uint32_t v = 1; v <= n; ++v)
      if (upos(v) == "VERB" || upos(v) == "AUX") subject_inside_relative_clause(v, obj);
    for (uint32_t v = 1; v <= n; ++v)
      if (upos(v) == "VERB" && reports(lemma(v))) speech_acts_in_content(v);
    // Each rule moves words inside one subtree or to the root; should their premises ever meet a tree they did not
    // foresee and leave a cycle, the parser's tree is kept as it was.
    for (uint32_t t = 1; t <= n; ++t)
      if (head(t) != 0 && dominates(t, head(t))) {
        std::copy(heads_before.begin(), heads_before.end(), heads_.begin());
        std::copy(labels_before.begin(), labels_before.end(), labels_.begin());
        return 0;
      }
    return changed_;
  }

 private:
  std::string_view word(uint32_t t) const { return words_[t - 1]; }
  std::string_view lemma(uint32_t t) const { return lemmas_[t - 1]; }
  std::string_view upos(uint32_t t) const { return upos_[t - 1]; }
  std::string_view xpos(uint32_t t) const { return xpos_[t - 1]; }
  uint32_t head(uint32_t t) const { return heads_[t - 1]; }
  std::string_view rel(uint32_t t) const { return relations_[labels_[t - 1]]; }
  // The relation without its subtype ("nsubj:pass" -> "nsubj").
  std::string_view base(uint32_t t) const { return rel(t).substr(0, rel(t).find(':')); }
  int id(std::string_view name) const {
    const auto it = std::find(relations_.begin(), relations_.end(), name);
    return it == relations_.end() ? -1 : static_cast<int>(it - relations_.begin());
  }
  void set(uint32_t t, uint32_t h, int label) {
    if (heads_[t - 1] == h && labels_[t - 1] == label) return;
    heads_[t - 1] = h;
    labels_[t - 1] = static_cast<uint16_t>(label);
    ++changed_;
  }
  // The words after `after` that hang on `from` hang on `to` instead, with their relations.
  void rehang_after(uint32_t after, uint32_t from, uint32_t to) {
    for (uint32_t t = after + 1; t <= words_.size(); ++t)
      if (head(t) == from) set(t, to, labels_[t - 1]);
  }
  // The first child of h with base relation r (0 when none).
  uint32_t child(uint32_t h, std::string_view r) const {
    for (uint32_t t = 1; t <= words_.size(); ++t)
      if (head(t) == h && base(t) == r) return t;
    return 0;
  }
  // The first two plain subjects (nsubj) of v before it, 0 for each one missing.
  std::pair<uint32_t, uint32_t> two_subjects_before(uint32_t v) const {
    uint32_t first = 0;
    for (uint32_t t = 1; t < v; ++t) {
      if (head(t) != v || rel(t) != "nsubj") continue;
      if (first != 0) return {first, t};
      first = t;
    }
    return {first, 0};
  }
  // Whether a is b or one of b's heads (a's subtree holds b).
  bool dominates(uint32_t a, uint32_t b) const {
    for (uint32_t t = b, guard = 0; t != 0 && guard <= words_.size(); t = head(t), ++guard)
      if (t == a) return true;
    return false;
  }
  bool has_child(uint32_t h, std::initializer_list<std::string_view> rels) const {
    for (uint32_t t = 1; t <= words_.size(); ++t)
      if (head(t) == h && (is_one_of(rel(t), rels) || is_one_of(base(t), rels))) return true;
    return false;
  }

  // "said [defences]/obj [shot]/acl down [drones]/conj" -> "said [defences]/nsubj [shot]/ccomp down [drones]/obj".
  // Only when the verb has no clause of its own, the participle follows its noun, is no passive ("said the money
  // sent by X": an agent, or a passive auxiliary) and has its own object, particle or a conjunct of the noun after
  // it to take as its object, or is tagged a past tense, or follows "say" and its like.
  void object_with_participle(uint32_t v, int nsubj, int ccomp, int obj) {
    const uint32_t noun = child(v, "obj");
    if (noun == 0 || noun < v || has_child(v, {"ccomp", "xcomp"})) return;
    if (!is_one_of(upos(noun), {"NOUN", "PROPN"})) return;
    for (uint32_t p = noun + 1; p <= words_.size(); ++p) {
      if (head(p) != noun || rel(p) != "acl" || upos(p) != "VERB" || !is_one_of(xpos(p), {"VBD", "VBN"})) continue;
      if (has_child(p, {"nsubj", "obl:agent", "aux:pass", "mark"})) return;
      uint32_t late_conjunct = 0;
      for (uint32_t c = p + 1; c <= words_.size() && late_conjunct == 0; ++c)
        if (head(c) == noun && rel(c) == "conj") late_conjunct = c;
      const bool own_object = child(p, "obj") != 0 || child(p, "compound") != 0;
      // ("said the jet crashed in a market": after "say" and its like, whose noun object is hardly ever anything
      // but the subject of what is said, a participle with no object is the verb too; "claimed the attack carried
      // out in X" is a claim of an act.)
      if (!own_object && late_conjunct == 0 && xpos(p) != "VBD" &&
          !is_one_of(lemma(v), {"say", "state", "insist", "contend", "assert"}))
        return;
      set(noun, p, nsubj);
      set(p, v, ccomp);
      if (late_conjunct != 0 && child(p, "obj") == 0) set(late_conjunct, p, obj);
      return;
    }
  }

  // "said at least 11 [children]/obj [were]/cop among the civilians [killed]/acl:relcl": a noun object right before
  // a finite auxiliary or copula is the subject of the reported clause the auxiliary belongs to, and that clause's
  // head (here "civilians") is what is said.
  void object_before_auxiliary(uint32_t v, int nsubj, int ccomp) {
    const uint32_t noun = child(v, "obj");
    if (noun == 0 || noun < v || noun + 1 > words_.size() || has_child(v, {"ccomp", "xcomp"})) return;
    if (!is_one_of(upos(noun), {"NOUN", "PROPN"})) return;
    const uint32_t aux = noun + 1;
    if (upos(aux) != "AUX" || !is_one_of(xpos(aux), {"VBD", "VBZ", "VBP", "MD"})) return;
    const uint32_t clause = head(aux);
    if (clause <= aux || dominates(clause, v) || has_child(clause, {"nsubj", "expl"})) return;
    set(clause, v, ccomp);
    set(noun, clause, nsubj);
  }

  // "said [Putin]/iobj and Erdogan would meet": the name is the subject of the reported clause that follows.
  void indirect_object(uint32_t v, int nsubj, int conj) {
    const uint32_t name = child(v, "iobj");
    if (name == 0 || name < v) return;
    uint32_t clause = 0;
    for (uint32_t t = name + 1; t <= words_.size() && clause == 0; ++t)
      if (head(t) == v && rel(t) == "ccomp") clause = t;
    if (clause == 0) return;
    const uint32_t subject = child(clause, "nsubj");
    if (subject == 0) {
      set(name, clause, nsubj);
      return;
    }
    // "X and Y would meet": an "and" between the two hangs on Y's phrase ("and Turkish President Y").
    bool joined = false;
    for (uint32_t c = name + 1; c < subject; ++c)
      if (base(c) == "cc" && head(c) > c && head(c) <= subject) joined = true;
    if (!joined || subject < name) return;
    set(name, clause, labels_[subject - 1]);
    set(subject, name, conj);
  }

  // '"...," said [Omar Haddad]/iobj [a local volunteer]/nsubj.' (copy that lost the comma between a name and its
  // apposition): a name hung as the indirect object right before the subject, an indefinite noun phrase, is the
  // subject, and the noun phrase its apposition.
  void name_before_its_apposition(uint32_t v, int nsubj) {
    const int appos = id("appos");
    const uint32_t name = child(v, "iobj");
    if (appos < 0 || name == 0 || name < v || upos(name) != "PROPN" || is_time_word(word(name)) || child(v, "obj") != 0)
      return;
    const uint32_t subject = child(v, "nsubj");
    if (subject == 0 || subject < name || upos(subject) != "NOUN") return;
    uint32_t name_end = name;  // the name's last word
    while (name_end < words_.size() && head(name_end + 1) == name && rel(name_end + 1) == "flat") ++name_end;
    const uint32_t opening = name_end + 1;
    if (head(opening) != subject || !is_one_of(lemma(opening), {"a", "an"})) return;
    set(name, v, nsubj);
    set(subject, name, appos);
  }

  // "... and the Observatory [for]/mark Human [Rights]/nsubj [said]/acl:relcl S": a verb of saying read as a relative
  // clause on a noun, with the noun of a prepositional phrase on that noun as its subject. The preposition's noun
  // modifies the noun, and the noun is the verb's subject; the verb takes the noun's place.
  void relative_with_prepositional_subject(uint32_t v, int nsubj) {
    const int nmod = id("nmod"), case_ = id("case");
    if (nmod < 0 || case_ < 0 || !is_one_of(rel(v), {"acl", "acl:relcl"})) return;
    const uint32_t noun = head(v);
    if (noun == 0 || noun > v || !is_one_of(upos(noun), {"NOUN", "PROPN"})) return;
    const uint32_t subject = child(v, "nsubj");
    // (A common noun: "director of Amnesty International [Tam]/nsubj said" ends in the speaker's name.)
    if (subject == 0 || subject < noun || subject > v || upos(subject) != "NOUN") return;
    uint32_t preposition = 0;
    for (uint32_t t = noun + 1; t < subject; ++t)
      if (head(t) == v && upos(t) == "ADP" && is_one_of(lemma(t), {"for", "of", "on", "in"})) preposition = t;
    if (preposition == 0) return;
    for (uint32_t t = preposition + 1; t < subject; ++t)  // only the subject's own modifiers between
      if (head(t) != subject) return;
    set(v, head(noun), labels_[noun - 1]);
    for (uint32_t t = 1; t < noun; ++t)  // "and", "but" before the noun join the verb's clause
      if (head(t) == noun && base(t) == "cc") set(t, v, labels_[t - 1]);
    rehang_after(v, noun, v);  // so does what hung on the noun after the verb (the full stop)
    set(noun, v, nsubj);
    set(subject, noun, nmod);
    set(preposition, subject, case_);
  }

  // "The Observatory, a Britain-based monitor, [said]/acl:relcl S": the verb has no subject and follows a comma;
  // the apposition's noun renames the sentence's root noun, which is the verb's subject.
  void relative_on_apposition(uint32_t v, int nsubj, int root) {
    if (!is_one_of(rel(v), {"acl:relcl", "acl"}) || v < 2 || word(v - 1) != ",") return;
    const uint32_t appos = head(v);
    if (appos == 0 || appos > v || rel(appos) != "appos") return;
    const uint32_t named = head(appos);
    if (named == 0 || named > appos || head(named) != 0) return;
    if (has_child(v, {"nsubj", "expl"})) return;
    for (uint32_t c = 1; c <= words_.size(); ++c)  // "who said", "which reported": a real relative clause
      if (head(c) == v && is_one_of(upos(c), {"PRON"}) && c < v) return;
    set(v, 0, root);
    set(named, v, nsubj);
    // What hung on the old root after the verb (the final full stop) hangs on the verb.
    rehang_after(v, named, v);
  }

  // "[Citing]/csubj reports from its partners UNICEF said S", "[Speaking]/csubj to Tass Anna Petrova said
  // S": an opening participle that lost its comma took the speaker into its phrase and became the subject. The name
  // or noun right before the verb (and its auxiliaries) is the subject, the participle an adverbial clause.
  void participle_before_subject(uint32_t v, int nsubj) {
    const int advcl = id("advcl");
    if (advcl < 0 || has_child(v, {"nsubj", "expl"})) return;
    const uint32_t c = child(v, "csubj");
    if (c == 0 || c > v || xpos(c) != "VBG") return;
    for (uint32_t t = 1; t < c; ++t)  // the participle opens the sentence ("Also citing ...")
      if (upos(t) != "ADV" && upos(t) != "CCONJ") return;
    uint32_t s = v - 1;
    while (s > c && (upos(s) == "AUX" || upos(s) == "ADV")) --s;
    while (s > c && head(s) > c && head(s) < s && is_one_of(base(s), {"flat", "compound"})) s = head(s);
    if (s <= c + 1 || !is_one_of(upos(s), {"PROPN", "NOUN"}) || head(s) == v) return;
    // Only a speaker inside the participle's phrase: the words between them hang on the participle's side.
    for (uint32_t h = head(s), guard = 0; h != c; h = head(h))
      if (h == 0 || h == v || ++guard > 20) return;
    // ("to [Tass]", "in [Syria]": a preposition the parse hung on the speaker opens the phrase before
    // it, which takes the speaker's old place.)
    const uint32_t old_head = head(s);
    const int old_label = labels_[s - 1];
    for (uint32_t k = c + 1; k < s; ++k) {
      if (head(k) != s || base(k) != "case") continue;
      uint32_t x = 0;
      for (uint32_t t = k + 1; t < s; ++t)
        if (head(t) == s) x = t;
      if (x == 0 || !is_one_of(upos(x), {"PROPN", "NOUN"})) break;
      set(x, old_head, old_label);
      set(k, x, labels_[k - 1]);
      break;
    }
    set(s, v, nsubj);
    set(c, v, advcl);
  }

  // "On Thursday, X Y, the minister of Z, signed a decree": the parser read the subject after the opening time
  // phrase as a conjunct or an apposition of the day, and left the verb without a subject, or took the apposition
  // after the name for the subject. A finite verb whose opening phrase of time has, after a comma, a noun or name hung
  // on it that way: that noun is the verb's subject, and the day's other appositions after it, or the subject the
  // parser found right after it, are its appositions.
  void subject_inside_opening_time(uint32_t v, int nsubj) {
    const int appos = id("appos");
    if (appos < 0 || !is_one_of(xpos(v), {"VBD", "VBZ", "VBP"}) || has_child(v, {"expl", "csubj"})) return;
    // The parser's subject, when it has one: only an apposition right after the name can be (checked below).
    uint32_t parsed_subject = 0;
    for (uint32_t t = 1; t < v; ++t)
      if (head(t) == v && base(t) == "nsubj") parsed_subject = t;
    for (uint32_t t = 1; t < v; ++t) {
      if (head(t) != v || base(t) != "obl") continue;
      if (!is_time_word(word(t)) &&
          !is_one_of(lemma(t), {"week", "weekend", "month", "year", "morning", "evening", "afternoon", "night"}))
        continue;
      for (uint32_t k = 1; k < t; ++k)  // the phrase opens the sentence
        if (!dominates(t, k)) return;
      uint32_t subject = 0;
      for (uint32_t c = t + 1; c < v && subject == 0; ++c)
        if (head(c) == t && is_one_of(rel(c), {"conj", "appos"}) && is_one_of(upos(c), {"PROPN", "NOUN"}) &&
            !has_child(c, {"case", "cc"}))
          for (uint32_t k = t + 1; k < c; ++k)
            if (word(k) == ",") subject = c;
      if (subject == 0) return;
      if (parsed_subject != 0) {
        // "On Friday, X Y, the minister of Z, signed": the parser's subject is the apposition of the name, its
        // phrase opened right after the name's comma.
        uint32_t first = parsed_subject;  // its phrase's first word (not its comma)
        for (uint32_t k = 1; k < parsed_subject; ++k)
          if (dominates(parsed_subject, k) && upos(k) != "PUNCT" && k < first) first = k;
        if (parsed_subject < subject || first < 2 || word(first - 1) != "," || !dominates(subject, first - 2)) return;
        set(parsed_subject, subject, appos);
      }
      set(subject, v, nsubj);
      for (uint32_t c = subject + 1; c < v; ++c)
        if (head(c) == t && (rel(c) == "appos" || word(c) == ",")) set(c, subject, labels_[c - 1]);
      return;
    }
  }

  // "[In Homs state television]/obl initially said S": a place after "in" that lost its comma, read together with
  // the speaker after it as one phrase. The place is the phrase of place, the noun after it the subject.
  void place_before_subject(uint32_t v, int nsubj) {
    const int obl = id("obl");
    if (obl < 0 || has_child(v, {"nsubj", "expl", "csubj"})) return;
    uint32_t o = v - 1;
    while (o > 0 && upos(o) == "ADV" && head(o) == v) --o;
    if (o < 4 || head(o) != v || base(o) != "obl" || upos(o) != "NOUN") return;
    uint32_t k = o;  // the phrase's first word: "in"
    for (uint32_t t = 1; t < o; ++t)
      if (head(t) == o && base(t) == "case") k = t;
    if (k == o || !is_one_of(lemma(k), {"in", "from"}) || k + 2 >= o) return;
    const uint32_t place = k + 1;
    if (upos(place) != "PROPN" || head(place) != o || upos(place + 1) == "PROPN" ||
        !is_one_of(upos(place + 1), {"NOUN", "ADJ"}))
      return;
    set(place, v, obl);
    set(k, place, labels_[k - 1]);
    set(o, v, nsubj);
  }

  // "[Air strikes]/nsubj [killed]/acl 12 civilians on Monday [a monitor]/nsubj said, bringing ...": copy that lost
  // the comma before its speaker, read as a verb of saying with two subjects, the first with a participle that
  // has its own object. The participle is the reported clause's verb and the first subject its subject.
  void clause_read_as_subject(uint32_t v, int nsubj, int ccomp) {
    const auto [first, second] = two_subjects_before(v);
    if (second == 0 || !is_one_of(upos(first), {"NOUN", "PROPN"})) return;
    for (uint32_t t = second + 1; t < v; ++t)  // the second subject is the speaker right before the verb
      if (upos(t) != "ADV" && upos(t) != "AUX") return;
    for (uint32_t p = first + 1; p < second; ++p)
      if (head(p) == first && rel(p) == "acl" && upos(p) == "VERB" && is_one_of(xpos(p), {"VBD", "VBN"}) &&
          child(p, "obj") != 0 && !has_child(p, {"nsubj", "mark", "aux:pass", "obl:agent"})) {
        set(first, p, nsubj);
        set(p, v, ccomp);
        return;
      }
  }

  // "The group [said]/acl at least 12 soldiers were killed": the verb of saying read as a
  // reduced relative clause on the subject leaves the main verb with two subjects, one before the verb of saying
  // and one after it. The verb of saying is the sentence's verb, the first subject its subject and the main verb
  // what is said.
  void relative_on_subject(uint32_t v, int nsubj, int ccomp, int root) {
    if (rel(v) != "acl" || !is_one_of(xpos(v), {"VBD", "VBN", "VBZ", "VBP"}) || has_child(v, {"obj", "ccomp", "nsubj"}))
      return;
    // up from the noun the verb hangs on to the word that is a subject of the main verb
    uint32_t subject = head(v);
    for (int guard = 0; subject != 0 && guard < 8; ++guard) {
      if (base(subject) == "nsubj" && head(subject) != 0 && head(head(subject)) == 0) break;
      subject = head(subject);
    }
    if (subject == 0 || base(subject) != "nsubj" || subject > v) return;
    const uint32_t main = head(subject);
    if (main == 0 || main < v) return;
    uint32_t second = 0;  // a subject of the main verb after the verb of saying
    for (uint32_t t = v + 1; t < main && second == 0; ++t)
      if (head(t) == main && base(t) == "nsubj") second = t;
    if (second == 0) return;
    set(v, 0, root);
    set(main, v, ccomp);
    set(subject, v, nsubj);
    for (uint32_t t = main + 1; t <= words_.size(); ++t)  // the full stop
      if (head(t) == main && rel(t) == "punct" && t == words_.size()) set(t, v, labels_[t - 1]);
  }

  // "met on Monday [with]/mark [Zalmay Khalilzad]/obj, a US envoy": a preposition never takes an object; the noun
  // is the head of the prepositional phrase, which takes the preposition's place (on a noun a modifier, on a verb
  // an oblique; on nothing sensible, such as the full stop, the nearest verb before), and the preposition is its
  // case marker.
  void preposition_with_object(uint32_t a) {
    const int nmod = id("nmod"), obl = id("obl"), kase = id("case");
    if (nmod < 0 || obl < 0 || kase < 0) return;
    uint32_t o = 0;
    for (uint32_t t = a + 1; t <= words_.size() && o == 0; ++t)
      if (head(t) == a && rel(t) == "obj" && is_one_of(upos(t), {"NOUN", "PROPN", "PRON", "NUM"})) o = t;
    // "the embrace [of]/nmod [Bashar]/appos al-Assad": a name hung on the preposition before it as a nominal
    // (appos, flat, nmod, compound), the preposition itself hung on something else than as a case or mark, or as
    // part of a noun (fixed): "instead of", "because of" stay.
    if (o == 0 && a < words_.size() && head(a + 1) == a && upos(a + 1) == "PROPN" &&
        is_one_of(rel(a + 1), {"appos", "flat", "nmod", "compound"}) && !is_one_of(rel(a), {"case", "mark"}) &&
        (rel(a) != "fixed" || (head(a) != 0 && is_one_of(upos(head(a)), {"NOUN", "PROPN"}))))
      o = a + 1;
    if (o == 0) return;
    uint32_t h = head(a);
    if (h == 0 || upos(h) == "PUNCT" || dominates(o, h)) {
      h = 0;
      for (uint32_t t = a; t-- > 1 && h == 0;)
        if (upos(t) == "VERB") h = t;
      if (h == 0) return;
    }
    // ("brokered [by Russia]": the agent of a passive participle.)
    const int agent = id("obl:agent");
    const bool by_agent = lemma(a) == "by" && xpos(h) == "VBN" && agent >= 0;
    set(o, h, is_one_of(upos(h), {"NOUN", "PROPN", "PRON", "NUM"}) ? nmod : by_agent ? agent : obl);
    set(a, o, kase);
    for (uint32_t t = 1; t <= words_.size(); ++t)  // what else hung on the preposition hangs on its noun
      if (t != o && head(t) == a) set(t, o, labels_[t - 1]);
  }

  // "The talks ended [as]/case the French [envoy]/obl [prepared]/advcl to leave ...": the subject of a clause opened
  // by "as", "after", "when" ... read as a prepositional phrase of the main verb, and the clause's verb left with no
  // subject. The noun is the clause's subject and the subordinator its mark.
  void subject_read_as_oblique(uint32_t v, int nsubj) {
    const int mark = id("mark");
    if (mark < 0 || has_child(v, {"nsubj", "expl", "mark", "csubj"}) || v < 3) return;
    uint32_t noun = v - 1;
    if (!is_one_of(upos(noun), {"NOUN", "PROPN"}) || base(noun) != "obl" || head(noun) != head(v)) return;
    for (uint32_t k = 1; k < noun; ++k)
      if (head(k) == noun && base(k) == "case" &&
          is_one_of(lemma(k), {"as", "after", "before", "while", "when", "since", "until", "once"})) {
        set(noun, v, nsubj);
        set(k, v, mark);
        return;
      }
  }

  // "The monitor which covers [the war]/nsubj said S", "The team which calls itself [a relief group]/nsubj said
  // S": a relative clause that lost its closing comma gave its last noun to the main verb as
  // a second subject. The noun belongs to the relative clause (its object, or a phrase after its object).
  void subject_inside_relative_clause(uint32_t v, int obj) {
    const int obl = id("obl");
    const auto [first, second] = two_subjects_before(v);
    if (second == 0 || upos(second) == "PRON" || obl < 0) return;
    uint32_t relative = 0;
    for (uint32_t t = first + 1; t < second && relative == 0; ++t)
      if (head(t) == first && rel(t) == "acl:relcl") relative = t;
    if (relative == 0) return;
    bool relativizer = false;  // "which", "who", "that" as the clause's subject
    for (uint32_t t = first + 1; t < relative; ++t)
      relativizer = relativizer || (head(t) == relative && upos(t) == "PRON" && base(t) == "nsubj");
    if (!relativizer) return;
    set(second, relative, child(relative, "obj") == 0 ? obj : obl);
  }

  // "Damascus called [the rebels]/compound [terrorists]/obj", "Ankara labelled [the YPG]/iobj [a terrorist
  // group]/obj": after a verb of naming, a noun phrase with its own determiner compounded onto the object, or an
  // indirect object before it, is the object, and the object what it is called (xcomp): naming gives nothing.
  void label_read_as_compound(uint32_t v) {
    const int xcomp = id("xcomp"), obj = id("obj");
    const uint32_t object = child(v, "obj");
    if (xcomp < 0 || obj < 0 || object == 0 || upos(object) != "NOUN" || rel(object) != "obj") return;
    if (const uint32_t named = child(v, "iobj"); named != 0 && named < object) {
      set(named, v, obj);
      set(object, v, xcomp);
      return;
    }
    for (uint32_t c = v + 1; c < object; ++c)
      if (head(c) == object && rel(c) == "compound" && child(c, "det") != 0) {
        set(c, v, obj);
        set(object, v, xcomp);
        return;
      }
  }

  // "Egypt, [Jordan]/nsubj and Saudi Arabia condemned": of two subjects of one word, the second with only a comma
  // between it and the first (and conjuncts of its own after it) is the first one's conjunct, as its conjuncts are:
  // a clause has one subject (UD), and the list is one.
  void subjects_in_a_list(uint32_t v, int conj) {
    uint32_t first = 0;
    for (uint32_t t = 1; t <= words_.size(); ++t) {
      if (head(t) != v || rel(t) != "nsubj") continue;
      if (first == 0) {
        first = t;
        continue;
      }
      // Only a comma between the first subject's last word and this one, and a conjunct of this one after it.
      uint32_t last = first;
      for (uint32_t k = first + 1; k < t; ++k)
        if (dominates(first, k) && word(k) != ",") last = k;
      if (last + 2 != t || word(last + 1) != ",") return;
      bool listed = false;
      for (uint32_t c = t + 1; c <= words_.size(); ++c) listed = listed || (head(c) == t && rel(c) == "conj");
      if (!listed) return;
      set(t, first, conj);
      for (uint32_t c = t + 1; c <= words_.size(); ++c)
        if (head(c) == t && rel(c) == "conj") set(c, first, conj);
      return;
    }
  }

  // "NATO-[member]/nsubj [Norway]/nsubj is willing", "The cabinet of [Premier]/nmod [Ana]/nsubj Ruiz resigned": of
  // two subjects of one word, a name right after the first subject's last word, which is a noun, is the name that
  // noun titles: the name takes the noun's place (and its preposition), the noun becomes the name's title
  // (nmod:desc). A clause has one subject (UD).
  void title_and_name_as_two_subjects(uint32_t v) {
    const auto [first, name] = two_subjects_before(v);
    if (first == 0 || name == 0 || upos(name) != "PROPN" || !dominates(first, name - 1)) return;
    for (uint32_t t = 1; t < name; ++t)
      if (head(t) == name) return;  // the name has no words of its own before it
    // The name's words end where the clause goes on ("is", "resigned"), not at a verb of its own: "The crowds Lima
    // filmed cheered" is a relative clause without a pronoun.
    uint32_t next = name + 1;
    while (next <= words_.size() && dominates(name, next)) ++next;
    if (next > words_.size() || (next != v && !(head(next) == v && is_one_of(upos(next), {"AUX", "ADV", "PART"}))))
      return;
    const uint32_t title = name - 1;
    if (upos(title) != "NOUN" && upos(title) != "PROPN") return;
    // A plural titles a list of names ("allies Iran and Russia"), not one ("the voters Lima cheered").
    if ((xpos(title) == "NNS" || xpos(title) == "NNPS") && !has_child(name, {"conj"})) return;
    const int desc = id("nmod:desc") >= 0 ? id("nmod:desc") : id("compound");
    if (desc < 0) return;
    if (title != first) {
      set(name, head(title), labels_[title - 1]);
      for (uint32_t t = 1; t < title; ++t)
        if (head(t) == title && base(t) == "case") set(t, name, labels_[t - 1]);
    }
    set(title, name, desc);
  }

  // "its army [had]/aux \"wrongly\" shot down a jet" with "army" hung on "had": an auxiliary
  // takes no subject, adverb or oblique of its own (UD); they are its verb's, which otherwise has no subject and
  // hides who acted.
  void dependents_of_auxiliary(uint32_t a) {
    const uint32_t verb = head(a);
    if (verb == 0) return;
    for (uint32_t t = 1; t <= words_.size(); ++t)
      if (head(t) == a && (base(t) == "nsubj" || base(t) == "advmod" || base(t) == "obl")) set(t, verb, labels_[t - 1]);
  }

  // "A report [released]/root Tuesday by the ministry [alleged]/advcl that S", "The strikes [carried]/root out by
  // jets [hit]/conj the village": the parser read a participle right after the subject (a reduced relative clause)
  // as the sentence's verb, and the real verb, a finite one with no subject of its own, as its dependent. The
  // participle shows itself by having no object, auxiliary or clause of its own (a day it took as its object is a
  // time), and nothing but its own words stands between it and the finite verb (no comma, conjunction or
  // subordinator: "The army advanced, took the town" is a list of acts). The finite verb becomes the root, the
  // subject its subject, and the participle a modifier of the subject.
  void reduced_relative_as_root(int nsubj, int root) {
    const int acl = id("acl"), obl = id("obl");
    if (acl < 0 || obl < 0) return;
    uint32_t r = 0;
    for (uint32_t t = 1; t <= words_.size() && r == 0; ++t)
      if (head(t) == 0) r = t;
    if (r < 2 || upos(r) != "VERB") return;
    if (xpos(r) != "VBN" && !(xpos(r) == "VBD" && word(r).ends_with("ed"))) return;  // "released", "shown"
    const uint32_t subject = r - 1;
    if (head(subject) != r || base(subject) != "nsubj" || !is_one_of(upos(subject), {"NOUN", "PROPN"})) return;
    uint32_t day_object = 0;
    for (uint32_t c = 1; c <= words_.size(); ++c) {
      if (head(c) != r) continue;
      if (base(c) == "obj" && is_time_word(word(c)) && day_object == 0) {
        day_object = c;
        continue;
      }
      if (is_one_of(base(c), {"obj", "iobj", "ccomp", "aux", "cop", "expl", "mark", "csubj"})) return;
    }
    uint32_t verb = 0;
    for (uint32_t c = r + 1; c <= words_.size() && verb == 0; ++c)
      if (head(c) == r && upos(c) == "VERB" && is_one_of(xpos(c), {"VBD", "VBZ", "VBP"}) &&
          is_one_of(base(c), {"advcl", "conj", "parataxis", "ccomp", "xcomp"}))
        verb = c;
    if (verb == 0 || has_child(verb, {"nsubj", "expl", "mark", "cc", "csubj"})) return;
    for (uint32_t t = r + 1; t < verb; ++t)
      if (is_one_of(upos(t), {"PUNCT", "CCONJ", "SCONJ", "VERB"})) return;
    set(verb, 0, root);
    set(subject, verb, nsubj);
    set(r, subject, acl);
    if (day_object != 0) set(day_object, r, obl);
    // What hung on the participle outside its own words (an opening adverb, the full stop) hangs on the verb.
    for (uint32_t c = 1; c <= words_.size(); ++c)
      if (head(c) == r && (c < subject || c > verb)) set(c, verb, labels_[c - 1]);
  }

  // "The minister said the vote had been fair and [denied]/conj that ...", "Peskov said Moscow had nothing to do with
  // it, [accusing]/advcl Washington of ...": a speech act with no subject of its own hung inside what is said is the
  // speaker's next act, not part of the content. So is one hung after a comma on a noun of the content ("Iran
  // acknowledged it shot down a jet, [blaming]/acl human error": a jet blames nothing).
  void speech_acts_in_content(uint32_t v) {
    const int advcl = id("advcl");
    for (uint32_t c = 1; c <= words_.size(); ++c) {
      if (head(c) != v || rel(c) != "ccomp") continue;
      for (uint32_t k = c + 1; k <= words_.size(); ++k) {
        if (upos(k) != "VERB" || !speech_act(lemma(k)) || has_child(k, {"nsubj", "mark", "expl"})) continue;
        if (head(k) == c && (rel(k) == "conj" || (rel(k) == "advcl" && xpos(k) == "VBG")))
          set(k, v, labels_[k - 1]);
        else if (rel(k) == "acl" && xpos(k) == "VBG" && word(k - 1) == "," && advcl >= 0 && dominates(c, k))
          set(k, v, advcl);
      }
    }
  }
  static bool speech_act(std::string_view lemma) {
    return reports(lemma) ||
           is_one_of(lemma, {"accuse", "blame", "urge", "call", "criticize", "criticise", "condemn", "reject",
                             "dismiss", "describe", "note", "stress", "vow", "promise", "threaten", "demand"});
  }

  // "S, the ministry said, as mediators met in Cairo": of two complements of one verb, one opened by a subordinator
  // of time, cause or concession is an adverbial clause (a quote that opens with "Although ..." is still what is
  // said when it is the verb's only complement).
  void adverbial_clauses() {
    const int advcl = id("advcl");
    if (advcl < 0) return;
    for (uint32_t c = 1; c <= words_.size(); ++c) {
      if (rel(c) != "ccomp") continue;
      bool other = false;
      for (uint32_t o = 1; o <= words_.size(); ++o)
        other = other || (o != c && head(o) == head(c) && rel(o) == "ccomp");
      if (!other) continue;
      for (uint32_t m = 1; m < c; ++m)
        if (head(m) == c && base(m) == "mark" &&
            is_one_of(lemma(m), {"as", "after", "before", "while", "when", "because", "since", "although", "though",
                                 "until", "once", "unless", "whereas"})) {
          set(c, head(c), advcl);
          break;
        }
    }
  }

  std::span<const std::string_view> words_, lemmas_, upos_, xpos_;
  std::span<uint32_t> heads_;
  std::span<uint16_t> labels_;
  const std::vector<std::string>& relations_;
  int changed_ = 0;
};

// Verbs of saying that end a sentence after their speaker with the comma lost ("... a monitor said.", "... a source
// told SANA."): those that take a clause far more often than a noun, so that "the deaths the agency denied" (a
// relative clause without "that") is not read as one.
bool ends_with_speaker(std::string_view lemma) { return says_a_clause(lemma) || is_one_of(lemma, {"report", "tell"}); }

// Verbs that stand before their speaker at the end of a sentence ("... said the Observatory.").
bool precedes_speaker(std::string_view lemma) { return is_one_of(lemma, {"say", "add", "report", "state"}); }

}  // namespace

SpeakerBreak find_speaker_break(std::span<const std::string_view> words, std::span<const std::string_view> lemmas,
                                std::span<const std::string_view> upos, std::span<const std::string_view> xpos) {
  const size_t n = words.size();
  size_t end = n;  // the words before the closing punctuation: [0, end)
  while (end > 0 && upos[end - 1] == "PUNCT") --end;
  if (end < 5 || (end < n && words[end] != ".")) return {};  // not "AP reported of X:"
  // "... the United Nations said without naming anyone.", "... Ortiz said declining to name the attackers.": a
  // participle phrase of the speaker's after the verb (opened by "without", or a participle of saying or declining)
  // is left out; the sentence is read as ending before it.
  // (The last verb of saying only; "declining" with "to" after it, "adding" and its like with "that".)
  for (size_t t = end - 1; t-- > 1;) {
    if (upos[t] != "VERB" || !ends_with_speaker(lemmas[t]) || !is_one_of(xpos[t], {"VBD", "VBZ", "VBP", "VBN"}))
      continue;
    size_t p = t + 1;
    while (p + 1 < end && upos[p] == "ADV") ++p;  // "said again without ..."
    const bool without = lemmas[p] == "without" && p + 1 < end && xpos[p + 1] == "VBG";
    const bool participle = xpos[p] == "VBG" && p + 1 < end &&
                            ((is_one_of(lemmas[p], {"decline", "refuse"}) && lemmas[p + 1] == "to") ||
                             (is_one_of(lemmas[p], {"add", "say", "note", "stress"}) && lemmas[p + 1] == "that"));
    if (without || participle) end = p;
    break;
  }
  // The verb of saying: the last verb, with only phrases of place, time and manner after it.
  size_t v = end;
  for (size_t t = end; t-- > 0;) {
    if (upos[t] == "VERB") {
      v = t;
      break;
    }
    const bool possessive = upos[t] == "PRON" && xpos[t] == "PRP$";
    if (!possessive && !is_one_of(upos[t], {"ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV", "PART"})) return {};
  }
  // A finite verb, or a participle after its auxiliary ("has (also) said"): not "get them added", "let me say"; not
  // a passive ("the fires be added", "they were added").
  if (v == end || v < 3) return {};
  size_t before = v - 1;
  while (before > 0 && upos[before] == "ADV") --before;
  // (Or "said" read as a participle after its speaker, a noun, when a phrase of time follows: "... four men a monitor
  // [said]/VBN on Monday.")
  const bool time_after =
      v + 1 < end &&
      (is_time_word(words[v + 1]) ||
       (v + 2 < end && is_one_of(lemmas[v + 1], {"on", "in", "late", "early"}) && is_time_word(words[v + 2])));
  const bool participle_after_noun = xpos[v] == "VBN" && lemmas[v] == "say" && before + 1 == v &&
                                     is_one_of(upos[before], {"NOUN", "PROPN"}) && time_after;
  if (!is_one_of(xpos[v], {"VBD", "VBZ", "VBP"}) && !(xpos[v] == "VBN" && lemmas[before] == "have") &&
      !participle_after_noun)
    return {};
  if (lemmas[before] == "be") return {};
  // What is said: a clause with a verb of its own, not ending in a word that cannot end one (or in a comma or quote
  // mark: then nothing is missing).
  const auto quote_marks_before = [&](size_t until) {
    return std::count_if(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(until), is_double_quote_mark);
  };
  auto is_clause = [&](size_t until) {
    if (until < 3) return false;
    const std::string_view last = upos[until - 1];
    if (is_one_of(last, {"PUNCT", "ADP", "DET", "CCONJ", "SCONJ", "AUX", "PART"}) && words[until - 1] != ")")
      return false;  // ("... around 11 am (0830 GMT) an activist told AFP": a bracket closes a clause's words)
    if (last == "PRON" && is_one_of(xpos[until - 1], {"WP", "WDT", "PRP$"})) return false;
    if (quote_marks_before(until) % 2 != 0) return false;  // the break is not inside a quotation
    for (size_t t = 0; t < until; ++t) {
      // a verb: the run-on words may have misled the tagger ("Mortar fire wounded [...]/JJ three people SANA said")
      if (is_one_of(upos[t], {"VERB", "AUX"}) && xpos[t] != "VBG") return true;
      if (upos[t] == "ADJ" && words[t].ends_with("ed")) return true;
    }
    return false;
  };
  // Whether the word before `first` closes a quotation (an even number of quote marks up to it).
  const auto is_closing_quote = [&](size_t first) {
    return first > 0 && is_one_of(words[first - 1], {"\"", "\u201D", "''"}) && quote_marks_before(first) % 2 == 0;
  };
  const auto found = [&](size_t first, size_t last_end) {
    return SpeakerBreak{static_cast<uint32_t>(std::min(first, v) + 1), static_cast<uint32_t>(first + 1),
                        static_cast<uint32_t>(last_end + 1), static_cast<uint32_t>(v + 1)};
  };
  // "... south of the town said the Syrian Observatory.": a noun phrase after the verb is its speaker (a past or
  // present tense after a word that is not its subject: not "when we say hot Jupiter", "was reported missing").
  // ("... a military source told SANA.": after "told" is whom it was told.)
  if (v + 1 < end && is_one_of(upos[v + 1], {"DET", "PROPN", "NOUN", "ADJ"}) && !is_time_word(words[v + 1]) &&
      lemmas[v] != "tell") {
    if (!precedes_speaker(lemmas[v]) || !is_one_of(xpos[v], {"VBD", "VBZ"}) || upos[v - 1] == "PRON") return {};
    if (upos[v + 1] != "DET" && !is_capitalized(words[v + 1])) return {};
    for (size_t t = v + 1; t < end; ++t)
      if (!is_one_of(upos[t], {"DET", "PROPN", "NOUN", "ADJ", "ADP", "NUM"})) return {};
    return is_clause(v) ? found(v + 1, end) : SpeakerBreak{};
  }
  // ("... few in number he continued": a verb that goes on with what was said, after a subject pronoun only.)
  const bool goes_on = is_one_of(lemmas[v], {"continue", "explain"});
  if (!ends_with_speaker(lemmas[v]) && !goes_on) return {};
  // "... a monitor has also said": the speaker before the verb, its auxiliaries and adverbs.
  size_t j = v;
  while (j > 0 && (upos[j - 1] == "AUX" || upos[j - 1] == "ADV")) --j;
  // ("... the United Nations Children's Fund (UNICEF) said": past the acronym in brackets, which the speaker keeps.)
  const size_t speaker_end = j;
  if (j >= 4 && words[j - 1] == ")" && words[j - 3] == "(") j -= 3;
  if (j == 0) return {};
  const size_t last = j - 1;  // the speaker's last word
  // A comma or quote mark right before the words that may be the speaker's (hyphens are inside them): nothing is
  // missing ('"...," Caloundra coach Geoff Ingram said', '"...," Amnesty director Man-kei Tam said').
  size_t phrase = last;
  while (phrase > 0 && (is_one_of(upos[phrase - 1], {"NOUN", "PROPN", "ADJ", "DET", "NUM", "CCONJ"}) ||
                        is_one_of(lemmas[phrase - 1], {"of", "for"}) || xpos[phrase - 1] == "HYPH"))
    --phrase;
  // (Unless the words are a name and a role noun without the comma between them: '"S" Omar Haddad a spokesman for
  // X told Y' is read as the parse reads no apposition.)
  bool apposition = false;
  for (size_t t = phrase + 1; t + 1 <= last && !apposition; ++t)
    apposition = is_one_of(lemmas[t], {"a", "an"}) && upos[t - 1] == "PROPN" && is_role_noun(lemmas[t + 1]);
  if (phrase > 0 && upos[phrase - 1] == "PUNCT" && !apposition) return {};
  if (goes_on && upos[last] != "PRON") return {};
  if (upos[last] == "PRON") {  // a subject pronoun ("... he added"; not "get them added")
    const bool subject =
        is_one_of(words[last], {"he", "she", "it", "we", "they", "I", "He", "She", "It", "We", "They"});
    return subject && is_clause(last) ? found(last, speaker_end) : SpeakerBreak{};
  }
  if (!is_one_of(upos[last], {"NOUN", "PROPN"})) return {};
  // Where the speaker's phrase opens. A name opens where its capitalized words do (with "of" and "for" between
  // them, and "the" before): "... in the west of the town SANA said", "... the Syrian Council for Civil
  // Rights said". A common noun opens at the determiner or number before it, past "and a/the ..." of a second
  // conjunct: "... on Monday a clinic and a rescue team said".
  size_t name = n;
  // "... SANA news agency reported", "... Syrian state TV reports": the name that opens the speaker's nouns.
  size_t named = last;
  while (named > 0 && named + 3 > last && !is_capitalized(words[named]) && upos[named] == "NOUN" &&
         upos[named - 1] != "DET")
    --named;
  if (is_capitalized(words[named])) {
    name = named;
    while (name > 0) {
      const size_t p = name - 1;
      const bool after_capital = p > 0 && is_capitalized(words[p - 1]);
      // "of", "for", an adjective or a singular noun ("Observatory chief Rami Abdel Rahman", "chief" often tagged an
      // adjective; a plural only when it is a role noun: not "the Syrian people Nasri said") or a
      // hyphen between capitalized words, and "based" after a hyphen ("UK-based")
      const bool joint = after_capital && (is_one_of(lemmas[p], {"of", "for", "-"}) || upos[p] == "ADJ" ||
                                           (upos[p] == "NOUN" && (is_role_noun(lemmas[p]) || xpos[p] != "NNS")));
      const bool based = words[p] == "based" && p > 0 && words[p - 1] == "-";
      if (!joint && !based && !(is_capitalized(words[p]) && is_one_of(upos[p], {"PROPN", "NOUN", "ADJ"}))) break;
      if (is_time_word(words[p])) break;  // "... on Wednesday X News Network reports"
      name = p;
    }
    if (name > 0 && lemmas[name - 1] == "the") --name;
  }
  size_t opened = n;
  for (size_t t = last; t > 0;) {
    const size_t p = t - 1;
    if (is_one_of(upos[p], {"DET", "NUM"}) || xpos[p] == "PRP$") {  // "a", "two", "his spokesman said"
      if (p > 0 && lemmas[p - 1] == "and") {
        t = p - 1;
        continue;
      }
      opened = p;
      break;
    }
    // ("... the Britain-based watchdog said": a hyphenated modifier, "-based", "-led", "-backed", is inside the
    // phrase.)
    const bool hyphenated = p > 1 && words[p - 1] == "-" && is_one_of(upos[p], {"VERB", "ADJ", "NOUN"});
    if (words[p] == "-" && p > 0 && is_one_of(upos[p - 1], {"NOUN", "PROPN", "ADJ"})) {
      t = p;
      continue;
    }
    if (!is_one_of(upos[p], {"NOUN", "PROPN", "ADJ"}) && !hyphenated) break;
    t = p;
  }
  // "... on Saturday police said", "... on Monday local officials said": a bare noun after a word of time.
  size_t bare = n;
  if (!is_capitalized(words[last])) {
    size_t b = last;
    while (b > 0 && b + 3 > last && !is_capitalized(words[b - 1]) && is_one_of(upos[b - 1], {"NOUN", "ADJ"})) --b;
    if (b > 0 && is_time_word(words[b - 1])) bare = b;
    // "... south of Aleppo local sources told X": after the place that ends a prepositional phrase, a plural.
    if (b > 1 && b <= last && upos[b - 1] == "PROPN" && upos[b - 2] == "ADP" && xpos[last] == "NNS") bare = b;
  }
  // "... a guard at the Police Command told Tass", "... an activist with the rebel X Centre told Y": a
  // role noun with its preposition before the name or phrase found is the speaker's head.
  const auto widened = [&](size_t first) {
    if (first < 3 || !is_one_of(lemmas[first - 1], {"with", "at", "in", "from", "of", "for", "inside", "within"}))
      return first;
    const size_t role = first - 2;
    if (upos[role] != "NOUN" || !is_role_noun(lemmas[role])) return first;
    size_t opener = role;
    while (opener > 0 && upos[opener - 1] == "ADJ") --opener;
    if (opener == 0 || !is_one_of(upos[opener - 1], {"DET", "NUM"})) return first;
    // (A definite one only when no name ends the phrase: "the head of the monitoring group Rami Abdel Rahman
    // said" names the head, "the head of the monitor said" does not.)
    if (!is_one_of(lemmas[opener - 1], {"a", "an"}) && upos[opener - 1] != "NUM" && name != n) return first;
    // ('"S" Omar Haddad a spokesman for X told Y': a name right before, after a closing quote mark, is the
    // speaker the role noun describes.)
    size_t named_first = opener - 1;
    while (named_first > 0 && upos[named_first - 1] == "PROPN" && is_capitalized(words[named_first - 1]) &&
           opener - named_first < 5)
      --named_first;
    if (named_first != opener - 1 && named_first > 0 && is_closing_quote(named_first)) return named_first;
    return opener - 1;
  };
  // Last, the run of capitalized names that ends the phrase alone: "... a depot in Qasrin neighborhood Karim Nassar
  // told Y" (the name found above, from "Qasrin", leaves "in" at the end of what is said).
  size_t run = n;
  if (upos[last] == "PROPN" && is_capitalized(words[last])) {
    run = last;
    while (run > 0 && upos[run - 1] == "PROPN" && is_capitalized(words[run - 1])) --run;
    // (After a common noun that ends what is said; not "... known as the White Helmets said" with "White" an
    // adjective of the name.)
    if (run == 0 || upos[run - 1] != "NOUN") run = n;
  }
  // And a plural of speakers after the noun that ends what is said, with its adjectives and at most one noun right
  // before it ("... dozens of injuries aid agencies said", "... security issues Turkish presidential sources
  // said", "... the town local activists and rescue groups said").
  const auto speakers = [&](size_t t) {
    return xpos[t] == "NNS" &&
           (is_role_noun(lemmas[t]) ||
            is_one_of(lemmas[t], {"agency", "group", "organization", "organisation", "rescuer", "authority"}));
  };
  const auto opening = [&](size_t head) {  // the first word of (JJ)* (NN)? head
    size_t f = head;
    if (f > 0 && is_one_of(xpos[f - 1], {"NN", "VBG"}) && !is_capitalized(words[f - 1])) --f;
    while (f > 0 && xpos[f - 1] == "JJ") --f;
    return f;
  };
  size_t plural = n;
  if (speakers(last)) {
    plural = opening(last);
    // ("local activists and monitoring groups": a first conjunct of the same kind)
    if (plural >= 2 && lemmas[plural - 1] == "and" && speakers(plural - 2)) plural = opening(plural - 2);
  }
  const auto usable = [&](size_t first) { return first != n && first > 0 && !is_time_word(words[first]); };
  for (const size_t first : {name, opened, bare})  // a widened phrase first: it holds the name ("with the X Centre")
    if (const size_t wide = widened(first);
        usable(first) && wide != first && (is_clause(wide) || is_closing_quote(wide)))
      return found(wide, speaker_end);
  // (The plural before a phrase opened further back when a noun ends what is said right before it: "... killed two
  // children local activists said" is said by the activists.)
  const size_t plural_first = plural != n && plural > 0 && upos[plural - 1] == "NOUN" ? plural : n;
  for (const size_t first : {name, plural_first, opened, bare, run, plural})
    if (usable(first) && is_clause(first)) return found(first, speaker_end);
  return {};
}

int attach_speaker(const SpeakerBreak& at, std::span<const std::string_view> upos, std::span<uint32_t> heads,
                   std::span<uint16_t> labels, const std::vector<std::string>& relations) {
  const auto id = [&](std::string_view name) {
    const auto it = std::find(relations.begin(), relations.end(), name);
    return it == relations.end() ? -1 : static_cast<int>(it - relations.begin());
  };
  const int root = id("root"), nsubj = id("nsubj"), ccomp = id("ccomp"), conj = id("conj"), dep = id("dep");
  if (at.comma == 0 || root < 0 || nsubj < 0 || ccomp < 0 || conj < 0) return 0;
  int changed = 0;
  const auto set = [&](uint32_t t, uint32_t h, int label) {
    if (heads[t - 1] == h && labels[t - 1] == label) return;
    heads[t - 1] = h;
    labels[t - 1] = static_cast<uint16_t>(label);
    ++changed;
  };
  const uint32_t v = at.verb;
  set(v, 0, root);
  // The words of [first, end) whose head lies outside it: the first is the phrase's head and hangs on the verb with
  // `relation`; the others hang on that head (a second conjunct as its conjunct).
  const auto hang = [&](uint32_t first, uint32_t end, int relation) {
    uint32_t head = 0;
    for (uint32_t t = first; t < end; ++t) {
      if (heads[t - 1] >= first && heads[t - 1] < end) continue;
      if (head == 0) {
        if (upos[t - 1] == "PUNCT") continue;
        head = t;
        set(t, v, relation);
      } else if (upos[t - 1] == "PUNCT") {
        set(t, head, labels[t - 1]);
      } else {
        bool joined = false;  // "a clinic and a rescue team": the second is a conjunct
        for (uint32_t c = head + 1; c < t; ++c) joined = joined || upos[c - 1] == "CCONJ";
        // a second subject or object of the head ("carried out strikes against X ... [east]/obj of Damascus") is
        // a word the parse could not place: unspecified, so that no later stage reads it as an argument
        bool taken = false;
        for (uint32_t c = 1; c <= heads.size(); ++c)
          taken = taken || (heads[c - 1] == head && c != t && labels[c - 1] == labels[t - 1] &&
                            is_one_of(relations[labels[t - 1]], {"nsubj", "obj", "iobj", "nsubj:pass"}));
        set(t, head, joined ? conj : taken && dep >= 0 ? dep : labels[t - 1]);
      }
    }
  };
  hang(1, at.comma, ccomp);
  hang(at.speaker_first, at.speaker_end, nsubj);
  // The other words after what is said (auxiliaries, "in a statement", the full stop) hang on the verb if the parse
  // put them inside what is said.
  for (uint32_t t = at.comma; t <= heads.size(); ++t)
    if ((t < at.speaker_first || t >= at.speaker_end) && t != v && heads[t - 1] >= 1 && heads[t - 1] < at.comma)
      set(t, v, labels[t - 1]);
  return changed;
}

int repair_reported_speech(std::span<const std::string_view> words, std::span<const std::string_view> lemmas,
                           std::span<const std::string_view> upos, std::span<const std::string_view> xpos,
                           std::span<uint32_t> heads, std::span<uint16_t> labels,
                           const std::vector<std::string>& relations) {
  return Repair(words, lemmas, upos, xpos, heads, labels, relations).run();
}

}  // namespace dunlin::nlp
