// Quote spans for ArticleTagger (article_tagger.h): colon lead-ins resolved to block quotes, quoted sentences
// with no cue continuing the nearest direct quote, and content widened to the quotes it starts or ends in.
#include <algorithm>

#include "dunlin/attribution/article_tagger.h"

namespace dunlin::attribution_detail {

bool ArticleTagger::paragraph_attributes_itself(uint32_t para) const {
  for (const Draft& d : drafts_)
    if (!d.lead_in && paragraph_of(d.cue_first) == para) return true;
  return false;
}

void ArticleTagger::resolve_lead_ins() {
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

namespace {

// Things that carry words without saying them (lemmas).
bool display_noun(std::string_view lemma) {
  return is_one_of(lemma, {"sign", "signboard", "banner", "placard", "poster", "billboard", "graffiti", "graffito",
                           "slogan", "shirt", "t-shirt", "sticker", "flag", "plaque", "inscription", "mural"});
}

// Speakers that stand for anyone: inside a quote, what they "say" is the quoted speaker's own point.
bool generic_speaker(std::string_view word) {
  return is_one_of(word, {"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody", "one",
                          "you", "people"});
}

}  // namespace

bool ArticleTagger::display_speaks(const Draft& d) const {
  if (d.speaker != kNone && display_noun(lemma(d.speaker))) return true;
  const uint32_t t = d.cue_first;
  if (penn(t) != "VBG" && !tree_.base_deprel(t).starts_with("acl")) return false;
  // The noun phrase right before the participle ("a banner from the union saying", "signs that read").
  for (uint32_t i = t, steps = 0; i-- > sentence_first(t) && steps < 8; ++steps) {
    if (display_noun(lemma(i))) return true;
    const bool nominal = noun_phrase_word(i) || tree_.upos(i) == Upos::ADP || penn(i) == "PRP$" ||
                         is_one_of(tree_.text(i), {"'s", "'", "-"}) || is_one_of(lemma(i), {"that", "which"});
    if (!nominal) break;
  }
  return false;
}

void ArticleTagger::drop_non_attributions() {
  std::vector<Range> blocks;
  for (const Draft& d : drafts_)
    if (d.block) blocks.push_back(d.content);
  // (A mark left open at the end of its paragraph is no quote to go by: "called the plan "a failure. Kim said
  // ..." is narrative after a stray mark.)
  auto inside_quote = [&](uint32_t t) {
    const int32_t q = quote_of_[t];
    const bool marked = q >= 0 && (quotes_[q].closed || quotes_[q].paragraphs > 1);
    return marked || std::any_of(blocks.begin(), blocks.end(), [&](Range b) { return b.contains(t); });
  };
  drafts_.erase(std::remove_if(drafts_.begin(), drafts_.end(),
                               [&](const Draft& d) {
                                 if (display_speaks(d)) return true;
                                 if (!inside_quote(d.cue_first)) return false;
                                 const Range c = trim(d.content);
                                 const bool quotes_a_quote = !c.empty() && quote_of_[c.first] >= 0 &&
                                                             quote_of_[c.first] != quote_of_[d.cue_first];
                                 return !quotes_a_quote || d.speaker == kNone ||
                                        generic_speaker(ascii_lower(tree_.text(d.speaker)));
                               }),
                drafts_.end());
}

bool ArticleTagger::covered(uint32_t t) const {
  return std::any_of(drafts_.begin(), drafts_.end(), [&](const Draft& d) {
    return d.content.contains(t) || d.speaker_span.contains(t) || (t >= d.cue_first && t < d.cue_end);
  });
}

bool ArticleTagger::direct(const Draft& d) const {
  if (d.block) return true;
  const Range c = trim(d.content);
  if (c.empty()) return false;
  for (uint32_t t = c.first; t < c.end; ++t)
    if (!quoted(t) && !is_punct(t)) return false;
  return true;
}

namespace {
// Quote q goes on with d's speaker and cue.
Draft continuation(const Draft& d, const QuoteSpan& q) {
  Draft c = d;
  c.content = {q.first, q.end};
  c.content_head = kNone;
  c.block = false;
  c.stance = Stance::assert;
  c.rule = "continuation";
  return c;
}
}  // namespace

void ArticleTagger::continue_quotes() {
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
    added.push_back(continuation(*best, q));
  }
  // A quote split by its cue: '"We will rebuild," the mayor said, "and we will be stronger."': the quote after
  // the cue, opened right after a comma, goes on with the same speaker.
  for (const Draft& d : drafts_) {
    if (!direct(d) || d.speaker == kNone || d.content.empty() || d.content.end > d.cue_first) continue;
    const uint32_t end = sentence_end(d.cue_first);
    for (const QuoteSpan& q : quotes_) {
      if (q.nested || q.open <= d.cue_first || q.open >= end || q.end <= q.first || tree_.text(q.open - 1) != ",")
        continue;
      bool free = true;
      for (uint32_t t = d.cue_end; t < q.open && free; ++t) free = !quoted(t);
      for (uint32_t t = q.first; t < q.end && free; ++t) free = !covered(t);
      if (!free) continue;
      added.push_back(continuation(d, q));
      break;
    }
  }
  for (Draft& d : added) drafts_.push_back(std::move(d));
}

void ArticleTagger::quotes_after_colons() {
  std::vector<Draft> added;
  for (const QuoteSpan& q : quotes_) {
    if (q.nested || q.open == 0 || q.end <= q.first + 1 || tree_.text(q.open - 1) != ":") continue;
    const uint32_t colon = q.open - 1;
    if (colon == 0 || sentence_of_[colon] != sentence_of_[q.open] || quoted(colon)) continue;
    bool free = true;
    for (uint32_t t = q.first; t < q.end && free; ++t) free = !covered(t);
    if (!free) continue;
    // The main verb of the clause the colon ends: the topmost verb before the colon on the way up the heads from
    // the word before it ("Trump tweeted he would go to see it: "..."": "tweeted", not "see").
    uint32_t v = kNone;
    for (uint32_t up = colon - 1, steps = 0; up != kNone && up < colon && steps < 12; up = tree_.head(up), ++steps)
      if (tree_.upos(up) == Upos::VERB) v = up;
    if (v == kNone || quoted(v)) continue;
    // (Not a verb negated or under a modal: "did not say", "would argue".)
    bool blocked = false;
    for (uint32_t c : tree_.children(v))
      blocked |= (tree_.base_deprel(c) == "advmod" && is_one_of(lemma(c), {"not", "never"})) ||
                 (tree_.base_deprel(c) == "aux" &&
                  is_one_of(lemma(c), {"can", "could", "may", "might", "will", "would", "shall", "should", "must"}));
    const uint32_t s = subject_of(v);
    if (blocked || s == kNone || s > v || quoted(s) ||
        !is_one_of(upos_name(tree_.upos(s)), {"NOUN", "PROPN", "PRON"}))
      continue;
    Draft d;
    d.cue_first = v;
    d.cue_end = v + 1;
    d.cue_lemma = lemma(v);
    set_speaker(d, s);
    d.content = {q.first, q.end};
    d.rule = "colon-quote";
    added.push_back(std::move(d));
  }
  for (Draft& d : added) drafts_.push_back(std::move(d));
}

// Content that starts (or ends) inside a quote goes on to the quote's end (start): quotes over several sentences.
void ArticleTagger::widen_to_quotes(Draft& d) const {
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
  // A quote that opens inside the content and ends with it (but for its own final punctuation) keeps its closing
  // mark: 'she was "heartbroken"', 'the firm "regrets the delay."'.
  for (const QuoteSpan& q : quotes_) {
    if (!q.closed || q.open <= d.content.first || q.open >= d.content.end || q.end < d.content.end ||
        q.end >= doc_.tokens.size())
      continue;
    bool rest_is_punct = true;
    for (uint32_t i = d.content.end; i < q.end && rest_is_punct; ++i) rest_is_punct = is_punct(i);
    if (rest_is_punct) d.content.end = q.end + 1;
  }
}

}  // namespace dunlin::attribution_detail
