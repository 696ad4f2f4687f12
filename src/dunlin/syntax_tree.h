// A read-only view of a Document's dependency parse with a children index, for the stages that walk the tree
// (actors, events, attribution). Built in O(tokens) per document.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "dunlin/document.h"

namespace dunlin {

class SyntaxTree {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  explicit SyntaxTree(const Document& doc);

  const Document& doc() const { return doc_; }
  // kNone (SyntaxLayer::kRoot) at the root, and where the input parse is malformed (a head outside the document,
  // or one that closes a cycle).
  uint32_t head(uint32_t t) const { return head_[t]; }
  std::string_view deprel(uint32_t t) const { return doc_.syntax.deprel_name(t); }
  // The relation without its subtype: "nsubj:pass" -> "nsubj".
  std::string_view base_deprel(uint32_t t) const {
    const std::string_view rel = deprel(t);
    return rel.substr(0, rel.find(':'));
  }
  std::string_view lemma(uint32_t t) const { return doc_.syntax.lemma(t); }
  Upos upos(uint32_t t) const { return static_cast<Upos>(doc_.syntax.upos[t]); }
  std::string_view text(uint32_t t) const { return doc_.token_text(t); }
  std::span<const uint32_t> children(uint32_t t) const {
    return {children_.data() + child_begin_[t], children_.data() + child_begin_[t + 1]};
  }
  // The first child with relation `rel` (exact, e.g. "nsubj:pass"), or kNone.
  uint32_t child(uint32_t t, std::string_view rel) const;
  // The first child whose relation is `rel` or `rel:subtype`.
  uint32_t child_base(uint32_t t, std::string_view rel) const;
  // The preposition (case child's lemma) of an oblique or nominal modifier, or "" when it has none.
  std::string_view case_marker(uint32_t t) const;
  // Tokens [first, end) covered by t's subtree (projective span; punctuation at the edges trimmed).
  std::pair<uint32_t, uint32_t> subtree_span(uint32_t t) const;
  // The noun phrase of t as a reader names it: its subtree span without the words that only link it to the
  // clause ("by Syrian troops" -> "Syrian troops", "and social media posts", "of the militia").
  std::pair<uint32_t, uint32_t> phrase_span(uint32_t t) const;
  // t and the tokens conjoined to it ("Russia and Iran": Russia's conj children, recursively).
  std::vector<uint32_t> with_conjuncts(uint32_t t) const;
  // True when more words of [first, end) begin with a lower-case ASCII letter than with a capital (token `except`
  // not counted): running text, not a headline in title case ("Russia Attacks Georgia").
  bool mostly_lower_case(uint32_t first, uint32_t end, uint32_t except = kNone) const;

 private:
  const Document& doc_;
  std::vector<uint32_t> head_;
  std::vector<uint32_t> child_begin_;
  std::vector<uint32_t> children_;
};

}  // namespace dunlin
