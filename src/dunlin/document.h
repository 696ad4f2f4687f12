// The Document: one article, its metadata, and the annotation layers that the pipeline's stages add.
//
// A document flows one way through the stages (read -> segment -> tag/parse -> entities -> actors -> events ...).
// Each stage reads the layers that earlier stages left and adds its own; no stage rewrites another's layer.
//
// Offsets. Inside the library every span is a pair of *byte* offsets into `text` (UTF-8), which makes slicing
// free. Everything that leaves the library (JSON, CoNLL-U misc, databases) reports *code point* offsets, so a
// Python or JavaScript user can slice the original text with them; `CodepointIndex` converts. `text` is the
// article as read, after invalid UTF-8 was replaced by U+FFFD (each replacement is reported by the reader).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dunlin {

struct ByteSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
};

// Tokens as parallel arrays (no per-token heap objects). A token's surface is text[begin, end).
struct TokenLayer {
  std::vector<uint32_t> begin;
  std::vector<uint32_t> end;
  std::vector<uint8_t> space_after;  // 1 when white space follows the token in the text

  size_t size() const { return begin.size(); }
  bool empty() const { return begin.empty(); }
  void clear() {
    begin.clear();
    end.clear();
    space_after.clear();
  }
  void add(uint32_t b, uint32_t e, bool space) {
    begin.push_back(b);
    end.push_back(e);
    space_after.push_back(space ? 1 : 0);
  }
};

// Sentences as token ranges [first_token, end_token), each inside one paragraph.
struct SentenceLayer {
  std::vector<uint32_t> first_token;
  std::vector<uint32_t> end_token;
  std::vector<uint32_t> paragraph;  // index into ParagraphLayer

  size_t size() const { return first_token.size(); }
  bool empty() const { return first_token.empty(); }
  void clear() {
    first_token.clear();
    end_token.clear();
    paragraph.clear();
  }
  void add(uint32_t first, uint32_t end, uint32_t para) {
    first_token.push_back(first);
    end_token.push_back(end);
    paragraph.push_back(para);
  }
};

// Paragraphs (and headlines, captions, list items: any block the reader or the text's blank lines separate),
// as byte spans of the text.
struct ParagraphLayer {
  std::vector<ByteSpan> span;
  size_t size() const { return span.size(); }
  bool empty() const { return span.empty(); }
  void clear() { span.clear(); }
};

// Universal POS tags (UD v2), in the order of the UD documentation; stored as uint8_t in SyntaxLayer::upos.
enum class Upos : uint8_t { ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X };
inline constexpr int kUposCount = 17;
inline constexpr const char* kUposNames[kUposCount] = {"ADJ",  "ADP",  "ADV",   "AUX",   "CCONJ", "DET",
                                                       "INTJ", "NOUN", "NUM",   "PART",  "PRON",  "PROPN",
                                                       "PUNCT", "SCONJ", "SYM", "VERB",  "X"};
inline const char* upos_name(Upos u) { return kUposNames[static_cast<int>(u)]; }

// What the tagger, lemmatizer and parser add, as parallel arrays indexed by token (each the size of `tokens`
// once filled). Tag and relation names are small ids into name tables shared (read-only) with the model.
struct SyntaxLayer {
  static constexpr uint32_t kRoot = UINT32_MAX;  // head of a sentence's root token

  std::vector<uint8_t> upos;     // Upos
  std::vector<uint16_t> xpos;    // index into *xpos_names (Penn Treebank tags for English)
  std::vector<uint32_t> lemma_begin, lemma_end;  // lemma of token i is lemma_pool[lemma_begin[i], lemma_end[i])
  std::string lemma_pool;
  std::vector<uint32_t> head;    // DOCUMENT-global token index of the syntactic head, or kRoot
  std::vector<uint16_t> deprel;  // index into *deprel_names (UD relations with subtypes, e.g. "nsubj:pass")
  std::shared_ptr<const std::vector<std::string>> xpos_names, deprel_names;

  bool has_tags() const { return !upos.empty(); }
  bool has_lemmas() const { return !lemma_begin.empty(); }
  bool has_parse() const { return !head.empty(); }
  std::string_view lemma(size_t i) const {
    return std::string_view(lemma_pool).substr(lemma_begin[i], lemma_end[i] - lemma_begin[i]);
  }
  const std::string& xpos_name(size_t i) const { return (*xpos_names)[xpos[i]]; }
  const std::string& deprel_name(size_t i) const { return (*deprel_names)[deprel[i]]; }
  void clear() { *this = SyntaxLayer(); }
};

// Named entities: spans of tokens [first_token, end_token) inside one sentence, with a label.
enum class EntityLabel : uint8_t { PER, ORG, LOC };
inline const char* entity_label_name(EntityLabel l) {
  return l == EntityLabel::PER ? "PER" : l == EntityLabel::ORG ? "ORG" : "LOC";
}
struct EntityLayer {
  std::vector<uint32_t> first_token;
  std::vector<uint32_t> end_token;
  std::vector<EntityLabel> label;
  size_t size() const { return first_token.size(); }
  bool empty() const { return first_token.empty(); }
  void clear() { *this = EntityLayer(); }
  void add(uint32_t first, uint32_t end, EntityLabel l) {
    first_token.push_back(first);
    end_token.push_back(end);
    label.push_back(l);
  }
};

struct Document {
  // Metadata. Empty when unknown; `date` is ISO 8601 ("2020-05-11" or "2020-05-11T09:30:00Z").
  std::string id;
  std::string url;
  std::string title;
  std::string outlet;
  std::string date;
  std::string language = "en";
  std::string source;  // where it was read from: a path, "path#record", or "-" for standard input

  std::string text;  // valid UTF-8

  // Layers, in the order the stages add them.
  ParagraphLayer paragraphs;
  TokenLayer tokens;
  SentenceLayer sentences;
  SyntaxLayer syntax;     // nlp: tagger, lemmatizer, parser
  EntityLayer entities;   // nlp: named entity recognizer

  std::string_view slice(ByteSpan s) const { return std::string_view(text).substr(s.begin, s.end - s.begin); }
  std::string_view token_text(size_t i) const {
    return std::string_view(text).substr(tokens.begin[i], tokens.end[i] - tokens.begin[i]);
  }
  ByteSpan sentence_span(size_t s) const {
    const uint32_t first = sentences.first_token[s], last = sentences.end_token[s];
    if (first == last) return {};
    return {tokens.begin[first], tokens.end[last - 1]};
  }
};

}  // namespace dunlin
