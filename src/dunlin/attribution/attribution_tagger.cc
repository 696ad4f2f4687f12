// The attribution stage (see attribution_tagger.h for the constructions and docs/attribution.md for the output):
// runs ArticleTagger's passes (article_tagger.h) and turns its Drafts into the attribution layer (speaker actor,
// anonymity, role, outlet, direct, nesting), and gives "me" and "us" inside a direct quote the speaker's actor.
#include "dunlin/attribution/attribution_tagger.h"

#include <algorithm>

#include "dunlin/attribution/article_tagger.h"

namespace dunlin {
namespace attribution_detail {

ArticleTagger::ArticleTagger(const AttributionCues& cues, Document& doc)
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

std::vector<Draft> ArticleTagger::run() {
  for (uint32_t t = 0; t < doc_.tokens.size(); ++t)
    if (tree_.upos(t) == Upos::VERB && !in_match(t)) verb_cue(t);
  for (uint32_t t = 0; t < doc_.tokens.size(); ++t)
    if (tree_.upos(t) != Upos::VERB && !in_match(t)) mistagged_verb_cue(t);
  for (CueMatch& m : matches_)
    if (m.cue->kind == CueKind::phrase && !m.used) phrase_cue(m);
  for (uint32_t t = 0; t < doc_.tokens.size(); ++t) source_cue(t);
  for (uint32_t t = 0; t < doc_.tokens.size(); ++t) noun_cue(t);
  quotes_after_colons();
  resolve_lead_ins();
  drop_non_attributions();
  continue_quotes();
  participles_take_the_main_speaker();
  for (Draft& d : drafts_) widen_to_quotes(d);
  std::sort(drafts_.begin(), drafts_.end(), [](const Draft& a, const Draft& b) {
    return a.cue_first != b.cue_first ? a.cue_first < b.cue_first : a.content.first < b.content.first;
  });
  return std::move(drafts_);
}

// "Saying "...", the president added, "..."": a participle that opens its sentence, left without a speaker by
// the parse, is said by the speaker of the next cue in the sentence.
void ArticleTagger::participles_take_the_main_speaker() {
  for (Draft& d : drafts_) {
    if (d.speaker != kNone || penn(d.cue_first) != "VBG") continue;
    uint32_t first = sentence_first(d.cue_first);
    while (first < d.cue_first && is_punct(first)) ++first;
    if (first != d.cue_first) continue;
    // (One whose speaker is outside the participle's content first; the parse may hang the main clause inside
    // it: "Saying "...", Lee added, "..."" with "added" under the quoted verb.)
    const Draft* next = nullptr;
    for (int pass = 0; pass < 2 && next == nullptr; ++pass)
      for (const Draft& e : drafts_)
        if (e.cue_first > d.cue_first && e.cue_first < sentence_end(d.cue_first) && e.speaker != kNone &&
            (pass == 1 || !d.content.contains(e.speaker)) && (next == nullptr || e.cue_first < next->cue_first))
          next = &e;
    if (next == nullptr) continue;
    d.speaker = next->speaker;
    d.speaker_span = next->speaker_span;
  }
  // "Barazi said the attack served X adding that ...": a participle of saying left without a speaker inside what
  // a verb of saying before it in the sentence says goes on with that verb's speaker (copy that lost the comma
  // before the participle).
  // (Also one the parse made the predicate of a copula, "said two guards were among those killed adding that ...":
  // its subject there is no speaker.)
  for (Draft& d : drafts_) {
    const bool copula = tree_.child(d.cue_first, "cop") != kNone;
    if (penn(d.cue_first) != "VBG" || (!copula && (d.speaker != kNone || tree_.child(d.cue_first, "nsubj") != kNone)))
      continue;
    const Draft* outer = nullptr;
    for (const Draft& e : drafts_)
      if (&e != &d && e.speaker != kNone && e.cue_first < d.cue_first &&
          sentence_first(e.cue_first) == sentence_first(d.cue_first) && e.content.contains(d.cue_first) &&
          (outer == nullptr || e.cue_first > outer->cue_first))
        outer = &e;
    if (outer == nullptr) continue;
    d.speaker = outer->speaker;
    d.speaker_span = outer->speaker_span;
  }
}

void ArticleTagger::find_multiword() {
  const uint32_t n = static_cast<uint32_t>(doc_.tokens.size());
  for (uint32_t t = 0; t < n; ++t) {
    // Phrases start on a lemma or a word ("according" may be lemmatized "accord" or kept as it is).
    const std::string l = lemma(t), word = ascii_lower(tree_.text(t));
    const std::vector<uint32_t>& by_lemma = cues_.starting_with(l);
    const std::vector<uint32_t>& by_word = word != l ? cues_.starting_with(word) : by_lemma;
    if (by_lemma.empty() && by_word.empty()) continue;  // most words open no phrase
    std::vector<uint32_t> candidates = by_lemma;
    if (word != l) candidates.insert(candidates.end(), by_word.begin(), by_word.end());
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
      if (cue.kind == CueKind::phrase || cue.kind == CueKind::inner)
        for (uint32_t i = t; i < end; ++i) in_phrase_[i] = 1;
      t = end - 1;
      break;
    }
  }
}

}  // namespace attribution_detail

namespace {

using attribution_detail::ArticleTagger;
using attribution_detail::Draft;
using attribution_detail::kNone;
using attribution_detail::date_word;

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
  // "Reports said", "according to official statements": documents in the plural whose issuer nothing names (no
  // possessive, compound or prepositional modifier but an anonymous noun: "eyewitness reports" are anonymous,
  // "government reports" and "reports from the hospital" are not).
  const std::string form = ascii_lower(tree.text(head));
  if (cues.anonymous_plural(word(head)) && form != word(head) && form.ends_with('s')) {
    for (uint32_t c : tree.children(head)) {
      // (A modifier the parse hung on it past a comma is no issuer: "According to reports, of the 30 ...".)
      bool comma = false;
      for (uint32_t i = head + 1; i < c && !comma; ++i) comma = tree.text(i) == ",";
      // (Nor a date: "Reports as of Monday said".)
      if (is_one_of(tree.base_deprel(c), {"nmod", "compound"}) && !cues.anonymous_noun(word(c)) && !comma &&
          !date_word(tree, c))
        return false;
    }
    return true;
  }
  // "A spokesperson for Acme Buses said", "a source in the group told" with the organisation parsed as the head:
  // the phrase opens with an anonymous noun that a preposition ties to an organisation.
  uint32_t lead = first;
  while (lead < end && (tree.upos(lead) == Upos::DET || tree.upos(lead) == Upos::ADJ)) ++lead;
  if (lead + 1 < end && lead != head && tree.upos(lead) == Upos::NOUN && cues.anonymous_noun(word(lead)) &&
      is_one_of(ascii_lower(tree.text(lead + 1)), {"for", "of", "at", "from", "with", "in"}))
    return true;
  // The tagger may call "official" an adjective; a proper noun is a name, not an anonymous source. ("A monitor
  // said", "an NGO said": some nouns are anonymous only without a definite determiner or possessive, since "the
  // monitor" is one the article named before.)
  if (tree.upos(head) == Upos::PROPN) return false;
  if (!cues.anonymous_noun(word(head))) {
    if (!cues.anonymous_indefinite(word(head))) return false;
    for (uint32_t c : tree.children(head))
      if (tree.deprel(c) == "nmod:poss") return false;
    for (uint32_t c : tree.children(head))
      if (tree.base_deprel(c) == "det" && is_one_of(word(c), {"the", "this", "that", "these", "those"})) return false;
    // ("Karama rights group said": with no determiner, a name compounded on a body names it; "a Reuters
    // correspondent", "SANA reporter" name no one.)
    const bool body = is_one_of(word(head), {"group", "ngo", "organization", "organisation", "watchdog"});
    bool determiner = false, name = false;
    for (uint32_t c : tree.children(head)) {
      determiner |= tree.base_deprel(c) == "det" || tree.base_deprel(c) == "nummod";
      name |= tree.base_deprel(c) == "compound" && tree.upos(c) == Upos::PROPN;
    }
    if (body && name && !determiner) return false;
  }
  for (uint32_t c : tree.children(head)) {
    const std::string_view rel = tree.base_deprel(c);
    if ((rel == "appos" || rel == "flat") && tree.upos(c) == Upos::PROPN) return false;
  }
  // (Nor one that lost the comma before its apposition: "Omar Haddad a local volunteer".)
  for (uint32_t i = first; i + 2 <= head && i + 1 < end; ++i)  // (the article opening the head's own phrase)
    if (tree.upos(i) == Upos::PROPN && is_one_of(word(i + 1), {"a", "an"})) return false;
  // (A name set off by a comma after the head names it, however the parse hung it: "the spokeswoman, Anna Berg".)
  for (uint32_t i = head + 1; i + 1 < end; ++i)
    if (tree.text(i) == "," && tree.upos(i + 1) == Upos::PROPN) return false;
  return true;
}

// "me" and "us" inside a direct quote are its speaker: "They need to stand by us," the minister said. Each such
// pronoun becomes an actor of the speaker's entity, so that the event coder (the next stage) finds the target of
// what the quote says was done to them. The innermost quote decides (a quote inside a quote speaks for its own
// speaker). Subjects ("I", "we") are left alone: measured on the two Wikinews event development sets (136 events)
// they added five events that match nothing and none that match (quotes are rhetoric: "we are committed to ...",
// "I want to ..."). Possessives ("my colleagues") are left alone too: the phrase is not the speaker.
void add_first_person_actors(Document& doc, const ArticleTagger& tagger) {
  const SyntaxTree& tree = tagger.tree();
  const auto& out = doc.attributions.attributions;
  std::vector<size_t> order;
  for (size_t i = 0; i < out.size(); ++i)
    if (out[i].direct && out[i].speaker_actor >= 0 && !out[i].content.empty()) order.push_back(i);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return out[a].content.size() < out[b].content.size(); });
  std::vector<bool> taken(doc.tokens.size(), false);
  for (const Actor& a : doc.actors.actors) taken[a.head] = true;
  std::vector<Actor> added;
  for (size_t i : order) {
    const Attribution& at = out[i];
    const Actor speaker = doc.actors.actors[at.speaker_actor];
    const auto& begins = doc.tokens.begin;
    const auto first = static_cast<uint32_t>(std::lower_bound(begins.begin(), begins.end(), at.content.begin) -
                                             begins.begin());
    for (uint32_t t = first; t < doc.tokens.size(); ++t) {
      if (doc.tokens.end[t] > at.content.end) break;
      if (taken[t] || !tagger.quoted(t) || tree.upos(t) != Upos::PRON ||
          !is_one_of(ascii_lower(tree.text(t)), {"me", "us"}))
        continue;
      Actor a = speaker;
      a.first_token = t;
      a.end_token = t + 1;
      a.head = t;
      a.quote = static_cast<int32_t>(i);
      added.push_back(std::move(a));
      taken[t] = true;
    }
  }
  std::sort(added.begin(), added.end(), [](const Actor& a, const Actor& b) { return a.head < b.head; });
  doc.actors.actors.insert(doc.actors.actors.end(), added.begin(), added.end());
}

}  // namespace

AttributionTagger::AttributionTagger(std::shared_ptr<const AttributionCues> cues) : cues_(std::move(cues)) {}

AttributionTagger AttributionTagger::load(const std::string& data_dir, const std::string& user_dir) {
  return AttributionTagger(std::make_shared<AttributionCues>(AttributionCues::load(data_dir, user_dir)));
}

void AttributionTagger::annotate(Document& doc) const {
  doc.attributions.attributions.clear();
  // (Idempotent: the first-person actors a previous run added come off the end of the actor layer.)
  std::erase_if(doc.actors.actors, [](const Actor& a) { return a.quote >= 0; });
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
      // "according to the U.N." at the end of a sentence: the full stop the tokenizer split off (as UD does) also
      // ends the abbreviation, which the speaker's phrase keeps.
      if (const uint32_t e = a.speaker_end; e > 0 && e < doc.tokens.size() && tree.text(e) == "." &&
                                            doc.tokens.begin[e] == doc.tokens.end[e - 1] &&
                                            tree.text(e - 1).find('.') != std::string_view::npos)
        ++a.speaker_end;
      a.speaker_actor = actor_at(d.speaker);
      // "Karim Nassar told Reuters. He said ...": "he" or "she" opening the next sentence's attribution is the
      // name that spoke in the sentence before, named and so not anonymous, also when the actor layer linked the
      // pronoun to an actor once quoted anonymously (the name itself being no actor).
      bool named_before = false;
      const std::string pronoun = ascii_lower(tree.text(d.speaker));
      if ((pronoun == "he" || pronoun == "she") && a.sentence > 0) {
        const Attribution* before = nullptr;
        for (const Attribution& o : out)
          if (o.cue_first < d.cue_first && (!before || o.cue_first > before->cue_first)) before = &o;
        named_before = before && before->sentence + 1 == a.sentence && before->speaker_actor < 0 &&
                       !before->anonymous && before->speaker_head != Attribution::kNoToken &&
                       tree.upos(before->speaker_head) == Upos::PROPN;
      }
      a.anonymous = anonymous_phrase(*cues_, tree, d.speaker, d.speaker_span.first, d.speaker_span.end);
      if (a.speaker_actor >= 0) {
        const uint32_t entity = actors[a.speaker_actor].entity;
        const bool seen = std::find(anonymous_entities.begin(), anonymous_entities.end(), entity) != anonymous_entities.end();
        // A named actor is never anonymous; an actor once quoted anonymously stays so ("The official").
        if (!actors[a.speaker_actor].name.empty() || named_before)
          a.anonymous = false;
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
  add_first_person_actors(doc, tagger);

}

}  // namespace dunlin

