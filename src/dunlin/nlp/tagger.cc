// The perceptron POS tagger: features, greedy decoding and training.
#include "dunlin/nlp/tagger.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <numeric>
#include <random>
#include <set>

#include "dunlin/nlp/hash.h"
#include "dunlin/nlp/word_features.h"
#include "dunlin/text/ascii.h"

namespace dunlin::nlp {

bool parse_upos(std::string_view name, Upos& out) {
  for (int i = 0; i < kUposCount; ++i)
    if (name == kUposNames[i]) {
      out = static_cast<Upos>(i);
      return true;
    }
  return false;
}

namespace {
constexpr uint64_t kPad = 0x2545F4914F6CDD1DULL;  // value for positions outside the sentence

struct TokenHashes {
  uint64_t form, lower, shape, amb;
  uint64_t suf[4], pre[3];
  uint64_t flags;
  uint64_t lex;
  uint64_t cl[3];  // cluster id + 1 at up to three levels (0: not clustered)
  bool open_only;  // a content word of WordNet the treebank (almost) never showed: no closed-class tag
};
enum : uint8_t { kNoun = 1, kVerb = 2, kAdj = 4, kAdv = 8, kIrregular = 16 };
}  // namespace

// Extracts a sentence's features; holds per-sentence precomputed hashes (one instance per call: thread-safe).
class TaggerFeatures {
 public:
  TaggerFeatures(const Tagger& t, std::span<const std::string_view> words) {
    tok_.resize(words.size());
    for (size_t i = 0; i < words.size(); ++i) {
      TokenHashes& h = tok_[i];
      const std::string lower = normalize_word(words[i], true);
      h.form = hash_string(words[i]);
      h.lower = hash_string(lower);
      h.shape = hash_string(word_shape(words[i]));
      for (size_t k = 0; k < 4; ++k) h.suf[k] = hash_string(suffix(lower, k + 1)) + k;
      for (size_t k = 0; k < 3; ++k) h.pre[k] = hash_string(prefix(lower, k + 1)) + k;
      const uint16_t lex = t.lexicon_mask(normalize_word(words[i], false));
      h.lex = lex + 1u;
      const auto it = t.ambiguity_.find(h.lower);
      h.amb = it == t.ambiguity_.end() ? 0 : it->second;
      h.open_only = h.amb == 0 && (lex & (kNoun | kVerb | kAdj)) != 0 && (lex & kAdv) == 0;
      const bool cap = is_capitalized(words[i]);
      const bool has_digit = std::any_of(words[i].begin(), words[i].end(), [](char c) { return c >= '0' && c <= '9'; });
      const bool has_hyphen = words[i].find('-') != std::string_view::npos;
      h.flags = (cap ? 1 : 0) | (has_digit ? 2 : 0) | (has_hyphen ? 4 : 0) | (i == 0 ? 8 : 0);
      h.cl[0] = h.cl[1] = h.cl[2] = 0;
      if (const uint16_t* c = t.clusters_.find(words[i]))
        for (int l = 0; l < std::min(t.clusters_.levels(), 3); ++l) h.cl[l] = c[l] + 1u;
    }
    clusters_ = t.clusters_.levels() > 0;
  }

  // Features of token i given the classes of i-1 and i-2 (-1 = none).
  void extract(size_t i, int p1, int p2, std::vector<uint64_t>& f) const {
    f.clear();
    const TokenHashes& w = tok_[i];
    const TokenHashes* l1 = i >= 1 ? &tok_[i - 1] : nullptr;
    const TokenHashes* l2 = i >= 2 ? &tok_[i - 2] : nullptr;
    const TokenHashes* r1 = i + 1 < tok_.size() ? &tok_[i + 1] : nullptr;
    const TokenHashes* r2 = i + 2 < tok_.size() ? &tok_[i + 2] : nullptr;
    auto lower = [](const TokenHashes* t) { return t ? t->lower : kPad; };
    auto amb = [](const TokenHashes* t) { return t ? t->amb : kPad; };
    auto shape = [](const TokenHashes* t) { return t ? t->shape : kPad; };
    auto suf3 = [](const TokenHashes* t) { return t ? t->suf[2] : kPad; };
    const uint64_t t1 = static_cast<uint64_t>(p1 + 2), t2 = static_cast<uint64_t>(p2 + 2);
    f.push_back(feat(0, 0));
    f.push_back(feat(1, w.lower));
    f.push_back(feat(2, w.form));
    for (int k = 0; k < 4; ++k) f.push_back(feat(3 + k, w.suf[k]));
    for (int k = 0; k < 3; ++k) f.push_back(feat(7 + k, w.pre[k]));
    f.push_back(feat(10, w.shape));
    f.push_back(feat(11, t1));
    f.push_back(feat(12, t2));
    f.push_back(feat(13, t1, t2));
    f.push_back(feat(14, t1, w.lower));
    f.push_back(feat(15, lower(l1)));
    f.push_back(feat(16, lower(l2)));
    f.push_back(feat(17, lower(r1)));
    f.push_back(feat(18, lower(r2)));
    f.push_back(feat(19, suf3(l1)));
    f.push_back(feat(20, suf3(r1)));
    f.push_back(feat(21, shape(r1)));
    f.push_back(feat(22, shape(l1)));
    f.push_back(feat(23, lower(l1), w.lower));
    f.push_back(feat(24, w.lower, lower(r1)));
    f.push_back(feat(25, w.amb));
    f.push_back(feat(26, amb(r1)));
    f.push_back(feat(27, amb(r2)));
    f.push_back(feat(28, t1, w.amb));
    f.push_back(feat(29, w.amb, amb(r1)));
    f.push_back(feat(30, w.flags));
    f.push_back(feat(31, w.flags, w.suf[2]));
    f.push_back(feat(32, t1, amb(r1)));
    f.push_back(feat(33, lower(l1), lower(r1)));
    f.push_back(feat(34, t1, suf3(r1)));
    f.push_back(feat(35, lower(r1), lower(r2)));
    auto lex = [](const TokenHashes* t) { return t ? t->lex : kPad; };
    f.push_back(feat(36, w.lex));
    f.push_back(feat(37, w.lex, w.flags));
    f.push_back(feat(38, lex(r1)));
    f.push_back(feat(39, t1, w.lex));
    f.push_back(feat(40, w.lex, w.suf[1]));
    if (clusters_) {  // word clusters (train tagger --clusters), feature ids above the second pass's
      for (int l = 0; l < 3; ++l) f.push_back(feat(60 + l, w.cl[l]));
      f.push_back(feat(63, w.cl[1], t1));
      f.push_back(feat(64, r1 ? r1->cl[1] : kPad));
      f.push_back(feat(65, l1 ? l1->cl[1] : kPad));
      f.push_back(feat(66, w.cl[1], w.flags));
    }
  }

  // True when word i must get an open-class tag (see Tagger::tag).
  bool open_only(size_t i) const { return tok_[i].open_only; }

  // The second pass: extract() plus the first pass's tags (first[j], one per word) of words i, i+1 and i+2.
  void extract_second(size_t i, int p1, int p2, std::span<const uint16_t> first, std::vector<uint64_t>& f) const {
    extract(i, p1, p2, f);
    const TokenHashes& w = tok_[i];
    auto tag_at = [&](size_t j) -> uint64_t { return j < first.size() ? first[j] + 2u : 0u; };
    const uint64_t f0 = tag_at(i), r1 = tag_at(i + 1), r2 = tag_at(i + 2);
    const uint64_t t1 = static_cast<uint64_t>(p1 + 2);
    const uint64_t lower_r1 = i + 1 < tok_.size() ? tok_[i + 1].lower : kPad;
    f.push_back(feat(41, r1));
    f.push_back(feat(42, r1, r2));
    f.push_back(feat(43, r1, w.lower));
    f.push_back(feat(44, t1, r1));
    f.push_back(feat(45, w.amb, r1));
    f.push_back(feat(46, w.suf[2], r1));
    f.push_back(feat(47, f0, w.amb));
    f.push_back(feat(48, f0, t1, r1));
    f.push_back(feat(49, r1, lower_r1, w.lower));
  }

 private:
  std::vector<TokenHashes> tok_;
  bool clusters_ = false;
};

void Tagger::mark_closed_classes() {
  closed_class_.assign(upos_.size(), 0);
  for (size_t c = 0; c < upos_.size(); ++c)
    for (Upos u : {Upos::AUX, Upos::DET, Upos::PRON, Upos::ADP, Upos::CCONJ, Upos::SCONJ, Upos::PART})
      closed_class_[c] |= upos_[c] == u;
}

bool Tagger::is_verb_lemma(std::string_view lower) const {
  const auto it = lexicon_.find(hash_string(lower));
  return it != lexicon_.end() && (it->second & kVerb) != 0;
}

uint16_t Tagger::lexicon_mask(std::string_view w) const {
  if (lexicon_.empty() || w.empty()) return 0;
  auto lex = [&](std::string_view x) -> uint16_t {
    const auto it = lexicon_.find(hash_string(x));
    return it == lexicon_.end() ? 0 : it->second;
  };
  auto ends = [&](std::string_view suf) { return w.size() > suf.size() + 1 && w.ends_with(suf); };
  auto stem = [&](size_t strip, std::string_view add = {}) {
    std::string s(w.substr(0, w.size() - strip));
    s += add;
    return lex(s);
  };
  uint16_t m = lex(w);
  // Inflected forms of known lemmas, in bits 5.. (plural/3rd person, past, gerund, comparative, -ly).
  if (ends("s")) m |= (stem(1) & (kNoun | kVerb)) << 5;
  if (ends("es")) m |= (stem(2) & (kNoun | kVerb)) << 5;
  if (ends("ies")) m |= (stem(3, "y") & (kNoun | kVerb)) << 5;
  if (ends("ed") && ((stem(2) | stem(1)) & kVerb)) m |= 1 << 7;
  if (ends("ing") && ((stem(3) | stem(3, "e")) & kVerb)) m |= 1 << 8;
  if ((ends("er") || ends("est")) && ((stem(2) | stem(3) | stem(1) | stem(2)) & kAdj)) m |= 1 << 9;
  if (ends("ly") && (stem(2) & kAdj)) m |= 1 << 10;
  return m;
}

bool Tagger::past_form(std::string_view lower) const {
  const uint16_t m = lexicon_mask(lower);
  return (m & (1 << 7)) || ((m & kVerb) && (m & kIrregular));
}

namespace {
// One greedy left-to-right pass; first (not empty) = the first pass's tags: the second pass's features.
// A forced tag at one position (pos < 0: none); `finite` (not null) gets, per word, the best-scoring finite-verb
// class and how far its score falls under the chosen class's (classes listed in `verb_classes`).
struct Forced {
  int pos = -1;
  uint16_t tag = 0;
};
// For a word the tagger scored: its best finite-verb class and how far that scores under the chosen class.
struct FiniteChoice {
  uint16_t tag = 0;
  float loss = 0;
};

bool is_finite_xpos(std::string_view x) { return x == "VBD" || x == "VBZ" || x == "VBP"; }

// closed[c]: class c is a closed-class tag (AUX, DET, PRON, ADP, CCONJ, SCONJ, PART), which a word that
// TaggerFeatures::open_only marks never gets: its best open class is taken instead.
template <typename Scorer>
void greedy_tag(const TaggerFeatures& fx, const Scorer& scorer, size_t n, std::span<const uint16_t> first,
                std::span<uint16_t> tags, int num_classes, std::span<const uint8_t> closed, Forced forced = {},
                const std::vector<uint16_t>* verb_classes = nullptr, std::vector<FiniteChoice>* finite = nullptr) {
  std::vector<uint64_t> f;
  std::vector<float> scores(num_classes);
  for (size_t i = 0; i < n; ++i) {
    const int p1 = i >= 1 ? tags[i - 1] : -1, p2 = i >= 2 ? tags[i - 2] : -1;
    if (static_cast<int>(i) == forced.pos) {
      tags[i] = forced.tag;
      continue;
    }
    if (first.empty())
      fx.extract(i, p1, p2, f);
    else
      fx.extract_second(i, p1, p2, first, f);
    std::fill(scores.begin(), scores.end(), 0.0f);
    scorer.score(f, scores.data());
    tags[i] = static_cast<uint16_t>(std::max_element(scores.begin(), scores.end()) - scores.begin());
    if (closed[tags[i]] && fx.open_only(i)) {
      int best = -1;
      for (int c = 0; c < num_classes; ++c)
        if (!closed[c] && (best < 0 || scores[c] > scores[best])) best = c;
      if (best >= 0) tags[i] = static_cast<uint16_t>(best);
    }
    if (finite && verb_classes && !verb_classes->empty()) {
      FiniteChoice best{(*verb_classes)[0], scores[tags[i]] - scores[(*verb_classes)[0]]};
      for (uint16_t v : *verb_classes)
        if (scores[tags[i]] - scores[v] < best.loss) best = {v, scores[tags[i]] - scores[v]};
      (*finite)[i] = best;
    }
  }
}

std::vector<std::string_view> forms_of(const ConlluSentence& s) {
  std::vector<std::string_view> v;
  v.reserve(s.words.size());
  for (const auto& w : s.words) v.push_back(w.form);
  return v;
}
// A word that dates a clause ("Monday", "yesterday", "earlier", "last", "this"): the tagger's repairs stop at it.
bool is_date_word(std::string_view word) {
  static constexpr std::string_view kDates[] = {"monday", "tuesday",   "wednesday", "thursday", "friday", "saturday",
                                                "sunday", "yesterday", "today",     "last",     "this",   "earlier"};
  return std::find(std::begin(kDates), std::end(kDates), ascii_lower(word)) != std::end(kDates);
}

}  // namespace

void Tagger::tag(std::span<const std::string_view> words, std::span<uint16_t> tags) const {
  const TaggerFeatures fx(*this, words);
  if (!two_pass_) {
    greedy_tag(fx, model_, words.size(), {}, tags, model_.num_classes(), closed_class_);
    repair_verbless(fx, words, tags);
    repair_subject_participle(fx, words, tags);
    repair_pronoun_subject(fx, words, tags);
    repair_verb_in_name(fx, words, tags);
    repair_after_do_not(fx, words, tags);
    repair_after_modal(fx, words, tags);
    repair_participle_after_have(fx, words, tags);
    repair_noun_after_use(words, tags);
    repair_participle_before_noun(words, tags);
    repair_adjective_after_possessive(words, tags);
    repair_final_reports(fx, words, tags);
    repair_subordinate_clause_verb(fx, words, tags);
    return;
  }
  std::vector<uint16_t> first(words.size());
  greedy_tag(fx, model_, words.size(), {}, first, model_.num_classes(), closed_class_);
  greedy_tag(fx, second_, words.size(), first, tags, second_.num_classes(), closed_class_);
}

// A sentence of news with no verb at all is most often a misread one: "Turkey shot down a jet" with "shot" read as
// a noun, "The US imposed sanctions on Russia" with "imposed" an adjective. When a sentence of four or more words
// that opens with a capital and ends with a full stop has no VERB or AUX, the word after a noun or pronoun that
// WordNet knows as the past of a verb (-ed or irregular) and whose best finite-verb tag scores least under its
// chosen tag is made that verb, and the words after it are tagged again. (Captions such as "Image: Ann Lee." have
// no such word and stay as they are.) Only such sentences are scored again: the others pay one pass over their tags.
// The sentence is its main clause: a verb after a relative or subordinating word ("EU ministers on Monday imposed
// sanctions over protests that followed the vote") is no verb of the main clause, and no candidate is taken there.
void Tagger::repair_verbless(const TaggerFeatures& fx, std::span<const std::string_view> words,
                             std::span<uint16_t> tags) const {
  const size_t n = words.size();
  if (n < 4 || words[n - 1] != "." || words[0].empty() || words[0][0] < 'A' || words[0][0] > 'Z') return;
  // The main clause: the words before the first relative or subordinate clause opens ("... over protests that
  // followed the death": the verb of the relative clause is not the sentence's).
  size_t main_end = n;
  for (size_t i = 1; i < n && main_end == n; ++i) {
    const std::string_view x = xpos_name(tags[i]);
    if (x == "WDT" || x == "WP" || (upos_[tags[i]] == Upos::SCONJ && i > 1)) main_end = i;
  }
  for (size_t i = 0; i < main_end; ++i)
    if (upos_[tags[i]] == Upos::VERB || upos_[tags[i]] == Upos::AUX) return;
  std::vector<uint16_t> verbs;
  for (uint16_t c = 0; c < upos_.size(); ++c)
    if (upos_[c] == Upos::VERB && is_finite_xpos(xpos_name(c))) verbs.push_back(c);
  // The same greedy pass (so the same tags), keeping each word's best finite-verb class and its loss.
  std::vector<FiniteChoice> finite(n);
  std::vector<uint16_t> again(n);
  greedy_tag(fx, model_, n, {}, again, model_.num_classes(), closed_class_, {}, &verbs, &finite);
  int best = -1;
  for (size_t i = 1; i + 1 < main_end; ++i) {
    const Upos before = upos_[tags[i - 1]];
    if (before != Upos::NOUN && before != Upos::PROPN && before != Upos::PRON) continue;
    // (A past form only, -ed or irregular: a base or -s form after a noun is too often a noun of a verbless
    // fragment, "Nice little book shop.")
    if (!past_form(ascii_lower(words[i]))) continue;
    if (best < 0 || finite[i].loss < finite[best].loss) best = static_cast<int>(i);
  }
  if (best >= 0) greedy_tag(fx, model_, n, {}, tags, model_.num_classes(), closed_class_, Forced{best, finite[best].tag});
}

// "Israeli tanks shelled Rafah on Sunday, the ministry said": a past tense right after the subject that opens the
// sentence, read as a participle (VBN, the reduced relative "tanks [that were] shelled"), when an object follows
// it. A passive participle takes no object, so such a word is the clause's verb (VBD), and the words after it are
// tagged again. Participles that name or describe ("a man named Ali", "a woman aged 40") stay.
void Tagger::repair_subject_participle(const TaggerFeatures& fx, std::span<const std::string_view> words,
                                       std::span<uint16_t> tags) const {
  const size_t n = words.size();
  if (n < 4) return;
  size_t i = 0;
  while (i < n && upos_[tags[i]] != Upos::VERB && upos_[tags[i]] != Upos::AUX) {
    const Upos u = upos_[tags[i]];
    // (Conjoined subjects too: "U.S. and British warplanes struck ...".)
    const bool nominal = u == Upos::DET || u == Upos::ADJ || u == Upos::NOUN || u == Upos::PROPN || u == Upos::NUM ||
                         u == Upos::PART || u == Upos::CCONJ ||
                         (u == Upos::PUNCT && (words[i] == "-" || words[i] == ","));
    if (!nominal) return;
    ++i;
  }
  if (i == 0 || i + 1 >= n || xpos_name(tags[i]) != "VBN") return;
  if (upos_[tags[i - 1]] != Upos::NOUN && upos_[tags[i - 1]] != Upos::PROPN) return;
  const Upos next = upos_[tags[i + 1]];
  // A date after it is the participle's ("aid workers kidnapped Tuesday were freed"). A bare noun or adjective
  // object only when the sentence has no finite verb otherwise ("Drones struck oil facilities, killing nine").
  if (is_date_word(words[i + 1])) return;
  bool other_finite = false;
  for (size_t k = i + 1; k < n && !other_finite; ++k) {
    const std::string_view x = xpos_name(tags[k]);
    other_finite = x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD";
  }
  const bool bare_object = (next == Upos::NOUN || next == Upos::ADJ) && !other_finite;
  if (next != Upos::DET && next != Upos::PROPN && next != Upos::NUM && !bare_object) return;
  static constexpr std::string_view kNaming[] = {"named", "called", "dubbed", "nicknamed", "titled", "entitled",
                                                 "aged",  "known",  "styled", "labelled",  "labeled"};
  const std::string lower = ascii_lower(words[i]);
  if (std::find(std::begin(kNaming), std::end(kNaming), lower) != std::end(kNaming)) return;
  if (const int past = tag_class(Upos::VERB, "VBD"); past >= 0)
    greedy_tag(fx, model_, n, {}, tags, model_.num_classes(), closed_class_,
               Forced{static_cast<int>(i), static_cast<uint16_t>(past)});
}

// "saying it endangered civil aviation": a past form right after a subject pronoun (he, she, it, we, they) read
// as an adjective or a noun ("endangered civil aviation" as one noun phrase) is that pronoun's verb: a subject
// pronoun is followed by a verb, never by an adjective of its own. The words after it are tagged again.
void Tagger::repair_pronoun_subject(const TaggerFeatures& fx, std::span<const std::string_view> words,
                                    std::span<uint16_t> tags) const {
  const size_t n = words.size();
  for (size_t i = 1; i + 1 < n; ++i) {
    if (upos_[tags[i]] != Upos::ADJ && upos_[tags[i]] != Upos::NOUN) continue;
    const std::string before = ascii_lower(words[i - 1]);
    if (upos_[tags[i - 1]] != Upos::PRON ||
        !(before == "he" || before == "she" || before == "it" || before == "we" || before == "they"))
      continue;
    const std::string lower = ascii_lower(words[i]);
    const uint16_t m = lexicon_mask(lower);
    // The past of a verb WordNet knows ("it endangered"), or after he, she or it its third person ("it targets").
    const bool past = lower.ends_with("ed") && (m & (1 << 7));
    const bool third =
        lower.ends_with("s") && (m & (kVerb << 5)) && (before == "he" || before == "she" || before == "it");
    if (!past && !third) continue;
    if (const int c = tag_class(Upos::VERB, past ? "VBD" : "VBZ"); c >= 0)
      greedy_tag(fx, model_, n, {}, tags, model_.num_classes(), closed_class_,
                 Forced{static_cast<int>(i), static_cast<uint16_t>(c)});
  }
}

// "Human Rights Watch said ...": a capitalized word read as a verb (or an auxiliary, "Watch said" as a passive) right
// after another capitalized word of a name and right before a verb is the name's last word, and the verb after it
// the name's. The words after it are tagged again.
void Tagger::repair_verb_in_name(const TaggerFeatures& fx, std::span<const std::string_view> words,
                                 std::span<uint16_t> tags) const {
  const size_t n = words.size();
  for (size_t i = 1; i + 1 < n; ++i) {
    const Upos u = upos_[tags[i]], before = upos_[tags[i - 1]], after = upos_[tags[i + 1]];
    if ((u != Upos::VERB && u != Upos::AUX) || !is_capitalized(words[i]) || !is_capitalized(words[i - 1])) continue;
    if (before != Upos::PROPN && before != Upos::NOUN && before != Upos::ADJ) continue;
    // (a finite verb or a participle read after an auxiliary; not a gerund: "Syrian Forces Deny Killing ...")
    const std::string_view after_xpos = xpos_name(tags[i + 1]);
    if ((after != Upos::VERB && after != Upos::AUX) || after_xpos == "VBG" || after_xpos == "VB") continue;
    // (Not a real auxiliary of a title-case or all-caps line: "Your Boys Have Done", "LOCATION HAS CLOSED".)
    const bool all_caps = words[i].size() > 1 && std::none_of(words[i].begin() + 1, words[i].end(),
                                                              [](char c) { return c >= 'a' && c <= 'z'; });
    if (all_caps) continue;
    const std::string lower = ascii_lower(words[i]);
    static constexpr std::string_view kAuxiliaries[] = {
        "be",   "is",  "are",  "was",   "were",  "been",   "am",  "have",  "has", "had",   "do",
        "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must"};
    if (std::find(std::begin(kAuxiliaries), std::end(kAuxiliaries), lower) != std::end(kAuxiliaries)) continue;
    if (const int c = tag_class(Upos::PROPN, "NNP"); c >= 0)
      greedy_tag(fx, model_, n, {}, tags, model_.num_classes(), closed_class_,
                 Forced{static_cast<int>(i), static_cast<uint16_t>(c)});
  }
}

// "the office claimed it did not brief him": after "do", "does" or "did" and a negation comes the verb's base
// form, never an adjective or a noun ("did not brief" with "brief" read as an adjective). A word WordNet knows as a
// verb there is made VB, and the words after it are tagged again.
void Tagger::repair_after_do_not(const TaggerFeatures& fx, std::span<const std::string_view> words,
                                 std::span<uint16_t> tags) const {
  const size_t n = words.size();
  for (size_t i = 2; i < n; ++i) {
    if (upos_[tags[i]] != Upos::ADJ && upos_[tags[i]] != Upos::NOUN) continue;
    const std::string negation = ascii_lower(words[i - 1]), auxiliary = ascii_lower(words[i - 2]);
    if (negation != "not" && negation != "n't" && negation != "never") continue;
    if (auxiliary != "do" && auxiliary != "does" && auxiliary != "did") continue;
    if (!(lexicon_mask(ascii_lower(words[i])) & kVerb)) continue;
    if (const int c = tag_class(Upos::VERB, "VB"); c >= 0)
      greedy_tag(fx, model_, n, {}, tags, model_.num_classes(), closed_class_,
                 Forced{static_cast<int>(i), static_cast<uint16_t>(c)});
  }
}

// "Israel said it would free 150 prisoners": "free" read as an adverb left the clause without its verb. After a
// modal ("will", "would", "can", "could", "may", "might", "must", "shall", "should") and any adverbs, a word tagged
// adjective, adverb or noun that WordNet knows as a verb is that verb (VB) when no auxiliary or present form
// follows in the next three words ("would really appreciate", "might as well be", "can pretty much get" keep their
// adverbs); the words after it are tagged again. On the EWT and GUM dev and test sets it changes one word ("can
// approximate"), rightly.
void Tagger::repair_after_modal(const TaggerFeatures& fx, std::span<const std::string_view> words,
                                std::span<uint16_t> tags) const {
  const int base = tag_class(Upos::VERB, "VB");
  if (base < 0) return;
  const size_t n = words.size();
  for (size_t m = 0; m + 1 < n; ++m) {
    if (xpos_name(tags[m]) != "MD" ||
        !is_one_of(ascii_lower(words[m]), {"will", "would", "can", "could", "may", "might", "must", "shall", "should"}))
      continue;
    size_t i = m + 1;
    while (i < n && upos_[tags[i]] == Upos::ADV && !(lexicon_mask(ascii_lower(words[i])) & kVerb)) ++i;
    if (i >= n) break;
    const Upos u = upos_[tags[i]];
    if (u != Upos::ADJ && u != Upos::ADV && u != Upos::NOUN) continue;
    const std::string lower = ascii_lower(words[i]);
    if (!(lexicon_mask(lower) & kVerb) || lower.ends_with("ly")) continue;
    bool verb_follows = false;  // an auxiliary or a present form: a participle ("free 200 jailed men") is none
    for (size_t k = i + 1; k < n && k <= i + 3; ++k) {
      const std::string_view x = xpos_name(tags[k]);
      verb_follows |= upos_[tags[k]] == Upos::AUX || (upos_[tags[k]] == Upos::VERB && (x == "VB" || x == "VBP"));
    }
    if (verb_follows) continue;
    greedy_tag(fx, model_, n, {}, tags, model_.num_classes(), closed_class_,
               Forced{static_cast<int>(i), static_cast<uint16_t>(base)});
  }
}

// "had \"wrongly\" shot down a jet": after "have", "has" or "had" and adverbs (quoted or not) comes the
// verb's participle, never a noun or an adjective ("shot" read as a noun once a quoted adverb came between). A
// past form WordNet knows as a verb's (-ed or irregular) there is made VBN, and the words after it are tagged again.
void Tagger::repair_participle_after_have(const TaggerFeatures& fx, std::span<const std::string_view> words,
                                          std::span<uint16_t> tags) const {
  const size_t n = words.size();
  for (size_t i = 2; i < n; ++i) {
    if (upos_[tags[i]] != Upos::ADJ && upos_[tags[i]] != Upos::NOUN) continue;
    size_t k = i, adverbs = 0;
    while (k > 0 && (upos_[tags[k - 1]] == Upos::ADV || is_double_quote_mark(words[k - 1]))) {
      adverbs += upos_[tags[k - 1]] == Upos::ADV;
      --k;
    }
    if (adverbs == 0 || k == 0) continue;
    const std::string have = ascii_lower(words[k - 1]);
    if (have != "have" && have != "has" && have != "had") continue;
    if (!past_form(ascii_lower(words[i]))) continue;
    if (const int c = tag_class(Upos::VERB, "VBN"); c >= 0)
      greedy_tag(fx, model_, n, {}, tags, model_.num_classes(), closed_class_,
                 Forced{static_cast<int>(i), static_cast<uint16_t>(c)});
  }
}

// "police used tear gas": after a form of "use" with no "to", a bare verb form followed by a noun is the noun's
// modifier ("used [tear]/VB gas" read as "used to tear"), NN. Only that word changes (tagging the sentence again
// around it made "used" a participle).
void Tagger::repair_noun_after_use(std::span<const std::string_view> words, std::span<uint16_t> tags) const {
  const size_t n = words.size();
  for (size_t i = 1; i + 1 < n; ++i) {
    if (upos_[tags[i]] != Upos::VERB || xpos_name(tags[i]) != "VB") continue;
    const std::string before = ascii_lower(words[i - 1]);
    if (before != "use" && before != "used" && before != "uses" && before != "using") continue;
    if (upos_[tags[i + 1]] != Upos::NOUN) continue;
    if (const int c = tag_class(Upos::NOUN, "NN"); c >= 0) tags[i] = static_cast<uint16_t>(c);
  }
}

// "met with exiled rebels", "the two exiled rebels": a past tense (VBD) right after an article, a possessive pronoun
// or a preposition (numbers between them allowed), and right before a noun, is a participle that modifies the noun
// (VBN), as it is there in every case of EWT and GUM train; tagged VBD, the parser made it a clause verb with the
// noun as its object, and the people lost their place in the sentence. Only that word changes. Not after "than"
// ("helped rather than hurt people") or "that", not after a bare number ("and 12 received wounds", "Division 30
// said"), and never "said".
void Tagger::repair_participle_before_noun(std::span<const std::string_view> words, std::span<uint16_t> tags) const {
  const int participle = tag_class(Upos::VERB, "VBN");
  if (participle < 0) return;
  const size_t n = words.size();
  for (size_t i = 1; i + 1 < n; ++i) {
    if (upos_[tags[i]] != Upos::VERB || xpos_name(tags[i]) != "VBD") continue;
    if (upos_[tags[i + 1]] != Upos::NOUN && upos_[tags[i + 1]] != Upos::PROPN) continue;
    if (ascii_lower(words[i]) == "said") continue;
    size_t k = i;  // the word before the participle and the numbers right before it
    while (k > 0 && upos_[tags[k - 1]] == Upos::NUM) --k;
    if (k == 0) continue;
    const std::string before = ascii_lower(words[k - 1]);
    const std::string_view before_xpos = xpos_name(tags[k - 1]);
    const bool article = before == "the" || before == "a" || before == "an";
    const bool preposition =
        upos_[tags[k - 1]] == Upos::ADP && before_xpos == "IN" && before != "than" && before != "that";
    if (article || preposition || before_xpos == "PRP$") tags[i] = static_cast<uint16_t>(participle);
  }
}

// "Myanmar's military launched air strikes": an adjective (JJ) right after a possessive ("'s", "its") and right
// before a finite verb or modal is the head of the noun phrase, the verb's subject (NN); tagged JJ, the parser read
// the verb as a modifier of the next noun ("launched strikes") and the clause lost its subject. Only that word
// changes.
void Tagger::repair_adjective_after_possessive(std::span<const std::string_view> words,
                                               std::span<uint16_t> tags) const {
  const int noun = tag_class(Upos::NOUN, "NN");
  if (noun < 0) return;
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    if (xpos_name(tags[i]) != "JJ") continue;
    const std::string_view before = xpos_name(tags[i - 1]), after = xpos_name(tags[i + 1]);
    if ((before == "POS" || before == "PRP$") && (after == "VBD" || after == "VBZ" || after == "VBP" || after == "MD"))
      tags[i] = static_cast<uint16_t>(noun);
  }
}

// "... near the town on Monday Al-Noor News Network reports.", "... by a rebel group Syrian state TV reports.":
// copy that lost the comma before its speaker ends with a name and "reports", "says", "claims" or "adds", which the
// tagger reads as a plural noun of the name. When the sentence has a finite verb before, and the words before the
// last one run back to a capitalized word over nouns, adjectives and hyphens only, with no preposition right before
// that run ("according to local media reports" keeps its noun), the last word is the verb (VBZ); the parse repair
// then finds the speaker (parse_repair.h).
void Tagger::repair_final_reports(const TaggerFeatures& fx, std::span<const std::string_view> words,
                                  std::span<uint16_t> tags) const {
  size_t end = words.size();
  while (end > 0 && upos_[tags[end - 1]] == Upos::PUNCT) --end;
  if (end < 5 || end == words.size() || words[end] != ".") return;
  const size_t last = end - 1;
  if (upos_[tags[last]] != Upos::NOUN) return;
  if (words[last] != "reports" && words[last] != "says" && words[last] != "claims" && words[last] != "adds") return;
  size_t first = last;  // back over nouns, adjectives and hyphens, not past a day or month ("on Wednesday X reports")
  while (first > 0) {
    const size_t p = first - 1;
    const Upos u = upos_[tags[p]];
    if ((u != Upos::NOUN && u != Upos::PROPN && u != Upos::ADJ && words[p] != "-") || is_date_word(words[p])) break;
    first = p;
  }
  while (first < last && !is_capitalized(words[first])) ++first;  // the run opens at its first capitalized word
  if (first == last || first == 0 || upos_[tags[first - 1]] == Upos::ADP) return;
  bool finite = false;
  for (size_t i = 0; i < first && !finite; ++i) {
    const std::string_view x = xpos_name(tags[i]);
    finite = x == "VBD" || x == "VBZ" || x == "VBP";
  }
  if (!finite) return;
  if (const int c = tag_class(Upos::VERB, "VBZ"); c >= 0)
    greedy_tag(fx, model_, words.size(), {}, tags, model_.num_classes(), closed_class_,
               Forced{static_cast<int>(last), static_cast<uint16_t>(c)});
}

int Tagger::tag_class(Upos upos, std::string_view xpos) const {
  for (uint16_t c = 0; c < upos_.size(); ++c)
    if (upos_[c] == upos && xpos_name(c) == xpos) return c;
  return -1;
}

std::vector<uint16_t> Tagger::tag(const ConlluSentence& sentence) const {
  const auto words = forms_of(sentence);
  std::vector<uint16_t> tags(words.size());
  tag(words, tags);
  return tags;
}

Tagger Tagger::train(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>* dev,
                     const TrainOptions& options, const std::string& wordnet_dir) {
  Tagger t;
  if (options.clusters) t.clusters_ = *options.clusters;
  if (!wordnet_dir.empty()) {
    const std::pair<const char*, uint8_t> files[] = {{"index.noun", kNoun}, {"index.verb", kVerb},
                                                     {"index.adj", kAdj},   {"index.adv", kAdv},
                                                     {"noun.exc", kNoun | kIrregular}, {"verb.exc", kVerb | kIrregular},
                                                     {"adj.exc", kAdj | kIrregular}};
    for (const auto& [file, bits] : files) {
      std::ifstream in(wordnet_dir + "/" + file);
      std::string line;
      while (std::getline(in, line)) {
        if (line.empty() || line[0] == ' ') continue;  // license header lines start with spaces
        const std::string word = line.substr(0, line.find(' '));
        if (word.find('_') != std::string::npos) continue;
        t.lexicon_[hash_string(word)] |= bits;
      }
    }
  }
  // Classes: UPOS+XPOS pairs in order of first appearance (deterministic).
  std::map<std::string, uint16_t> class_of;
  std::map<std::string, uint16_t> xpos_of;
  auto xnames = std::make_shared<std::vector<std::string>>();
  std::vector<std::vector<uint16_t>> gold(train.size());
  std::unordered_map<uint64_t, std::map<uint16_t, int>> seen;
  for (size_t s = 0; s < train.size(); ++s) {
    for (const ConlluWord& w : train[s].words) {
      const std::string key = w.upos + '\t' + w.xpos;
      auto it = class_of.find(key);
      if (it == class_of.end()) {
        Upos u;
        if (!parse_upos(w.upos, u)) u = Upos::X;
        auto xit = xpos_of.find(w.xpos);
        if (xit == xpos_of.end()) {
          xit = xpos_of.emplace(w.xpos, static_cast<uint16_t>(xnames->size())).first;
          xnames->push_back(w.xpos);
        }
        it = class_of.emplace(key, static_cast<uint16_t>(t.upos_.size())).first;
        t.upos_.push_back(u);
        t.xpos_.push_back(xit->second);
      }
      gold[s].push_back(it->second);
      seen[hash_string(normalize_word(w.form, true))][it->second]++;
    }
  }
  t.xpos_names_ = xnames;
  t.mark_closed_classes();
  // Ambiguity classes: for words seen at least 3 times, the set of classes covering >= 5% of their uses.
  for (const auto& [word, counts] : seen) {
    int total = 0;
    for (const auto& [c, n] : counts) total += n;
    if (total < 3) continue;
    uint64_t h = 0x1234;
    for (const auto& [c, n] : counts)
      if (n * 20 >= total) h = mix64(h ^ (c + 1));
    t.ambiguity_[word] = h;
  }
  t.model_ = train_pass(t, train, gold, dev, options, nullptr, "tagger");
  if (options.tagger_passes < 2) return t;
  // The second pass learns from first-pass tags as good as those it will see at run time: each training sentence
  // tagged by a first-pass model trained on the other folds (jackknifing; the ambiguity classes and the lexicon are
  // the full model's).
  constexpr size_t kFolds = 4;
  std::vector<std::vector<uint16_t>> first(train.size());
  TrainOptions quiet = options;
  quiet.log = nullptr;
  for (size_t fold = 0; fold < kFolds; ++fold) {
    std::vector<ConlluSentence> rest;
    std::vector<std::vector<uint16_t>> rest_gold;
    for (size_t s = 0; s < train.size(); ++s)
      if (s % kFolds != fold) {
        rest.push_back(train[s]);
        rest_gold.push_back(gold[s]);
      }
    Tagger fold_tagger = t;
    fold_tagger.model_ = train_pass(t, rest, rest_gold, nullptr, quiet, nullptr, "");
    for (size_t s = fold; s < train.size(); s += kFolds) first[s] = fold_tagger.tag(train[s]);
  }
  t.second_ = train_pass(t, train, gold, dev, options, &first, "tagger pass 2");
  t.two_pass_ = true;
  return t;
}

PerceptronModel Tagger::train_pass(const Tagger& t, const std::vector<ConlluSentence>& train,
                                   const std::vector<std::vector<uint16_t>>& gold,
                                   const std::vector<ConlluSentence>* dev, const TrainOptions& options,
                                   const std::vector<std::vector<uint16_t>>* first, const std::string& name) {
  const int nclasses = static_cast<int>(t.upos_.size());
  PerceptronTrainer trainer(nclasses);
  std::vector<size_t> order(train.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(options.seed);
  std::vector<uint64_t> f;
  std::vector<float> scores(nclasses);
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);  // portable shuffle
    size_t correct = 0, total = 0;
    for (size_t s : order) {
      const auto words = forms_of(train[s]);
      TaggerFeatures fx(t, words);
      std::vector<uint16_t> pred(words.size());
      for (size_t i = 0; i < words.size(); ++i) {
        const int p1 = i >= 1 ? pred[i - 1] : -1, p2 = i >= 2 ? pred[i - 2] : -1;
        if (first)
          fx.extract_second(i, p1, p2, (*first)[s], f);
        else
          fx.extract(i, p1, p2, f);
        std::fill(scores.begin(), scores.end(), 0.0f);
        trainer.score(f, scores.data());
        const int guess = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
        trainer.update(f, gold[s][i], guess);
        pred[i] = static_cast<uint16_t>(guess);
        correct += guess == gold[s][i];
        ++total;
      }
    }
    if (!options.log) continue;
    std::string line = name + " epoch " + std::to_string(epoch) + ": train acc " +
                       std::to_string(100.0 * correct / std::max<size_t>(total, 1));
    if (dev && (epoch == options.epochs || epoch % 2 == 0)) {
      Tagger probe = t;  // t with this pass's weights so far
      if (first) {
        probe.second_ = trainer.compile();
        probe.two_pass_ = true;
      } else {
        probe.model_ = trainer.compile();
      }
      size_t ok = 0, n = 0;
      for (const auto& s : *dev) {
        const auto tags = probe.tag(s);
        for (size_t i = 0; i < tags.size(); ++i, ++n) ok += s.words[i].upos == upos_name(probe.upos(tags[i]));
      }
      line += ", dev UPOS " + std::to_string(100.0 * ok / std::max<size_t>(n, 1));
    }
    options.log(line);
  }
  return trainer.compile();
}

void Tagger::save(ModelFileWriter& out) const {
  ByteWriter w;
  w.strings(*xpos_names_);
  w.u32(static_cast<uint32_t>(upos_.size()));
  for (size_t i = 0; i < upos_.size(); ++i) {
    w.u8(static_cast<uint8_t>(upos_[i]));
    w.u16(xpos_[i]);
  }
  w.u64_map(ambiguity_);
  std::vector<std::pair<uint64_t, uint8_t>> lex(lexicon_.begin(), lexicon_.end());
  std::sort(lex.begin(), lex.end());
  w.u64(lex.size());
  for (const auto& [k, v] : lex) {
    w.u64(k);
    w.u8(v);
  }
  model_.save(w);
  out.add("tagger", w.take());
  if (two_pass_) {
    ByteWriter w2;
    second_.save(w2);
    out.add("tagger2", w2.take());
  }
  if (clusters_.levels() > 0) {
    ByteWriter w3;
    clusters_.save(w3);
    out.add("tagclust", w3.take());
  }
}

Tagger Tagger::load(const ModelFile& file) {
  Tagger t;
  ByteReader r = file.section("tagger");
  auto xnames = std::make_shared<std::vector<std::string>>(r.strings());
  const uint32_t n = r.u32();
  for (uint32_t i = 0; i < n; ++i) {
    const uint8_t u = r.u8();
    const uint16_t x = r.u16();
    if (u >= kUposCount || x >= xnames->size()) r.fail("tag class out of range");
    t.upos_.push_back(static_cast<Upos>(u));
    t.xpos_.push_back(x);
  }
  t.xpos_names_ = xnames;
  t.mark_closed_classes();
  t.ambiguity_ = r.u64_map(1u << 26, "ambiguity table");
  const uint64_t nl = r.u64();
  if (nl > (1u << 26)) r.fail("corrupt lexicon");
  for (uint64_t i = 0; i < nl; ++i) {
    const uint64_t k = r.u64();
    t.lexicon_[k] = r.u8();
  }
  t.model_ = PerceptronModel::load(r);
  if (t.model_.num_classes() != static_cast<int>(n)) r.fail("tag count does not match the weights");
  if (file.has("tagger2")) {
    ByteReader r2 = file.section("tagger2");
    t.second_ = PerceptronModel::load(r2);
    if (t.second_.num_classes() != static_cast<int>(n)) r2.fail("tag count does not match the second pass's weights");
    t.two_pass_ = true;
  }
  if (file.has("tagclust")) {
    ByteReader r3 = file.section("tagclust");
    t.clusters_ = WordClusters::load(r3);
  }
  return t;
}

// "... as the French envoy prepared to leave the city": a clause opened by "as", "when", "after" ... needs a verb,
// and a past form right after its subject and before "to" and a verb's base form, read as an adjective or a
// participle modifying the subject, is that verb (VBD). Only after a definite subject ("as the leader", "after
// Moscow's envoy"): "as a man determined to win" is a description. The words after it are tagged again.
void Tagger::repair_subordinate_clause_verb(const TaggerFeatures& fx, std::span<const std::string_view> words,
                                            std::span<uint16_t> tags) const {
  const size_t n = words.size();
  static constexpr std::string_view kOpeners[] = {"as",    "when",  "while",    "after",  "before", "because",
                                                  "since", "until", "although", "though", "once"};
  for (size_t s = 0; s + 4 < n; ++s) {
    if (std::find(std::begin(kOpeners), std::end(kOpeners), ascii_lower(words[s])) == std::end(kOpeners)) continue;
    const std::string first = ascii_lower(words[s + 1]);
    const bool definite = first == "the" || upos_[tags[s + 1]] == Upos::PROPN || xpos_name(tags[s + 1]) == "PRP$";
    if (!definite) continue;
    size_t j = s + 2;  // past the subject's words
    while (j < n && (upos_[tags[j]] == Upos::NOUN || upos_[tags[j]] == Upos::PROPN ||
                     (upos_[tags[j]] == Upos::ADJ && j + 1 < n && ascii_lower(words[j + 1]) != "to")))
      ++j;
    if (j + 2 >= n || (upos_[tags[j - 1]] != Upos::NOUN && upos_[tags[j - 1]] != Upos::PROPN)) continue;
    const std::string_view x = xpos_name(tags[j]);
    if (upos_[tags[j]] != Upos::ADJ && x != "VBN") continue;
    const std::string lower = ascii_lower(words[j]);
    if (!lower.ends_with("ed") || !(lexicon_mask(lower) & (1 << 7))) continue;
    if (ascii_lower(words[j + 1]) != "to" || xpos_name(tags[j + 2]) != "VB") continue;
    if (const int c = tag_class(Upos::VERB, "VBD"); c >= 0)
      greedy_tag(fx, model_, n, {}, tags, model_.num_classes(), closed_class_,
                 Forced{static_cast<int>(j), static_cast<uint16_t>(c)});
  }
}

}  // namespace dunlin::nlp
