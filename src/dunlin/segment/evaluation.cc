// CoNLL-U to raw text plus gold spans, and span matching for token and sentence scores.
#include "dunlin/segment/evaluation.h"

#include <algorithm>

#include "dunlin/segment/segmenter.h"

namespace dunlin {
namespace {

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// nonspace[b] = number of non-white-space bytes before byte b. Spans compared in this index ignore white space,
// as in the CoNLL 2018 script (which counts characters; counting bytes gives the same equality of spans).
std::vector<uint32_t> nonspace_index(const std::string& text) {
  std::vector<uint32_t> idx(text.size() + 1);
  uint32_t n = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    idx[i] = n;
    n += !is_space_byte(text[i]);
  }
  idx[text.size()] = n;
  return idx;
}

SpanCounts compare(const std::vector<ByteSpan>& gold, const std::vector<ByteSpan>& system,
                   const std::vector<uint32_t>& idx) {
  auto key = [&](ByteSpan s) { return std::pair<uint32_t, uint32_t>(idx[s.begin], idx[s.end]); };
  std::vector<std::pair<uint32_t, uint32_t>> g, s;
  for (ByteSpan b : gold) g.push_back(key(b));
  for (ByteSpan b : system) s.push_back(key(b));
  std::sort(g.begin(), g.end());
  std::sort(s.begin(), s.end());
  SpanCounts c;
  c.gold = g.size();
  c.system = s.size();
  size_t i = 0, j = 0;
  while (i < g.size() && j < s.size()) {
    if (g[i] == s[j]) {
      ++c.correct;
      ++i;
      ++j;
    } else if (g[i] < s[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return c;
}

}  // namespace

std::vector<GoldDocument> gold_documents(const std::vector<ConlluSentence>& sentences) {
  std::vector<GoldDocument> docs;
  bool space_before_next = false;
  for (size_t si = 0; si < sentences.size(); ++si) {
    const ConlluSentence& s = sentences[si];
    if (docs.empty() || s.starts_document()) {
      docs.emplace_back();
      GoldDocument& d = docs.back();
      d.doc.id = s.comment_value("newdoc id");
      if (d.doc.id.empty()) d.doc.id = "doc" + std::to_string(docs.size());
      space_before_next = false;
    } else if (s.starts_paragraph()) {
      docs.back().doc.text += "\n\n";
      space_before_next = false;
    } else if (space_before_next) {
      docs.back().doc.text += ' ';
    }
    GoldDocument& d = docs.back();
    std::string& text = d.doc.text;
    const uint32_t sentence_begin = static_cast<uint32_t>(text.size());
    const size_t sentence_first_word = d.words.size();
    bool space_after = true;
    size_t next_mwt = 0;
    for (size_t w = 0; w < s.words.size();) {
      const int id = static_cast<int>(w) + 1;
      while (next_mwt < s.multiword_tokens.size() && s.multiword_tokens[next_mwt].first < id) ++next_mwt;
      std::string_view form;
      size_t advance = 1;
      if (next_mwt < s.multiword_tokens.size() && s.multiword_tokens[next_mwt].first == id) {
        const ConlluMultiwordToken& m = s.multiword_tokens[next_mwt];
        form = m.form;
        space_after = m.space_after();
        advance = static_cast<size_t>(std::max(1, m.last - m.first + 1));
      } else {
        form = s.words[w].form;
        space_after = s.words[w].space_after();
      }
      const uint32_t b = static_cast<uint32_t>(text.size());
      text += form;
      d.tokens.push_back({b, static_cast<uint32_t>(text.size())});
      for (size_t k = 0; k < advance && w + k < s.words.size(); ++k) {
        const ConlluWord& cw = s.words[w + k];
        GoldWord g;
        g.token = static_cast<uint32_t>(d.tokens.size() - 1);
        g.part = static_cast<uint16_t>(k);
        g.upos = cw.upos;
        g.deprel = cw.deprel;
        g.head = cw.head > 0 ? static_cast<int64_t>(sentence_first_word + cw.head - 1) : -1;
        d.words.push_back(std::move(g));
      }
      w += advance;
      if (w < s.words.size() && space_after) text += ' ';
    }
    if (text.size() > sentence_begin) d.sentences.push_back({sentence_begin, static_cast<uint32_t>(text.size())});
    space_before_next = space_after;
  }
  return docs;
}

std::vector<ByteSpan> surface_tokens(const Document& doc) {
  std::vector<ByteSpan> out;
  const TokenLayer& t = doc.tokens;
  for (size_t i = 0; i < t.size(); ++i) {
    const uint32_t b = t.begin[i];
    while (i + 1 < t.size() && t.fused_with_next[i]) ++i;
    out.push_back({b, t.end[i]});
  }
  return out;
}

std::vector<ByteSpan> sentence_spans(const Document& doc) {
  std::vector<ByteSpan> out;
  for (size_t s = 0; s < doc.sentences.size(); ++s)
    if (doc.sentences.first_token[s] < doc.sentences.end_token[s]) out.push_back(doc.sentence_span(s));
  return out;
}

SegmentationScores score_segmentation(const GoldDocument& gold, const Document& system) {
  const std::vector<uint32_t> idx = nonspace_index(gold.doc.text);
  SegmentationScores s;
  s.tokens = compare(gold.tokens, surface_tokens(system), idx);
  s.sentences = compare(gold.sentences, sentence_spans(system), idx);
  return s;
}

SegmentationScores evaluate_segmenter(const Segmenter& segmenter, const std::vector<GoldDocument>& gold) {
  SegmentationScores total;
  for (const GoldDocument& g : gold) {
    Document d;
    d.id = g.doc.id;
    d.text = g.doc.text;
    segmenter.annotate(d);
    total += score_segmentation(g, d);
  }
  return total;
}

}  // namespace dunlin
