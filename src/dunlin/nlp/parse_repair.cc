// Repairs of the parser's output on reported speech (see parse_repair.h).
#include "dunlin/nlp/parse_repair.h"

#include <algorithm>

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
    for (uint32_t v = 1; v <= n; ++v) {
      if (upos(v) != "VERB") continue;
      if (says_a_clause(lemma(v))) {
        object_with_participle(v, nsubj, ccomp, obj);
        indirect_object(v, nsubj, conj);
      }
      if (reports(lemma(v))) relative_on_apposition(v, nsubj, root);
    }
    adverbial_clauses();
    for (uint32_t v = 1; v <= n; ++v)
      if (upos(v) == "VERB" && reports(lemma(v))) speech_acts_in_content(v);
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
  // The first child of h with base relation r (0 when none).
  uint32_t child(uint32_t h, std::string_view r) const {
    for (uint32_t t = 1; t <= words_.size(); ++t)
      if (head(t) == h && base(t) == r) return t;
    return 0;
  }
  bool has_child(uint32_t h, std::initializer_list<std::string_view> rels) const {
    for (uint32_t t = 1; t <= words_.size(); ++t)
      if (head(t) == h && (is_one_of(rel(t), rels) || is_one_of(base(t), rels))) return true;
    return false;
  }

  // "said [defences]/obj [shot]/acl down [drones]/conj" -> "said [defences]/nsubj [shot]/ccomp down [drones]/obj".
  // Only when the verb has no clause of its own, the participle follows its noun, is no passive ("said the money
  // sent by X": an agent, or a passive auxiliary) and has its own object, particle or a conjunct of the noun after
  // it to take as its object.
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
      if (!own_object && late_conjunct == 0) return;
      set(noun, p, nsubj);
      set(p, v, ccomp);
      if (late_conjunct != 0 && child(p, "obj") == 0) set(late_conjunct, p, obj);
      return;
    }
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
    for (uint32_t c = v + 1; c <= words_.size(); ++c)
      if (head(c) == named) set(c, v, labels_[c - 1]);
  }

  // "The minister said the vote had been fair and [denied]/conj that ...", "Peskov said Moscow had nothing to do with
  // it, [accusing]/advcl Washington of ...": a speech act with no subject of its own hung inside what is said is the
  // speaker's next act, not part of the content.
  void speech_acts_in_content(uint32_t v) {
    for (uint32_t c = 1; c <= words_.size(); ++c) {
      if (head(c) != v || rel(c) != "ccomp") continue;
      for (uint32_t k = c + 1; k <= words_.size(); ++k) {
        if (head(k) != c || upos(k) != "VERB" || !speech_act(lemma(k)) || has_child(k, {"nsubj", "mark", "expl"}))
          continue;
        if (rel(k) == "conj" || (rel(k) == "advcl" && xpos(k) == "VBG")) set(k, v, labels_[k - 1]);
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

}  // namespace

int repair_reported_speech(std::span<const std::string_view> words, std::span<const std::string_view> lemmas,
                           std::span<const std::string_view> upos, std::span<const std::string_view> xpos,
                           std::span<uint32_t> heads, std::span<uint16_t> labels,
                           const std::vector<std::string>& relations) {
  return Repair(words, lemmas, upos, xpos, heads, labels, relations).run();
}

}  // namespace dunlin::nlp
