// The NLP pipeline stage: tag -> lemmatize -> parse -> recognize entities, over a Document whose tokens and
// sentences layers are filled. Built once from the model files; annotate() is const and thread-safe (the models
// are shared read-only).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dunlin/conllu/conllu.h"
#include "dunlin/document.h"
#include "dunlin/nlp/lemmatizer.h"
#include "dunlin/nlp/ner.h"
#include "dunlin/nlp/parser.h"
#include "dunlin/nlp/tagger.h"

namespace dunlin::nlp {

// Model files in a model folder.
inline constexpr const char* kTaggerFile = "tagger.bin";  // sections "tagger" and "lemma"
inline constexpr const char* kParserFile = "parser.bin";  // section "parser"
inline constexpr const char* kNerFile = "ner.bin";        // section "ner"

// $DUNLIN_MODEL_DIR when set, else the repository's models/ folder (DUNLIN_SOURCE_DIR/models).
std::string default_model_dir();

// Which models a Pipeline loads.
struct PipelineComponents {
  bool tagger = true, parser = true, ner = true;
};

class Pipeline {
 public:
  using Components = PipelineComponents;
  // Loads the requested components from `dir` (tagger.bin, parser.bin, ner.bin); throws ModelError naming the
  // file when one is missing or bad. The lemmatizer comes with the tagger; the parser needs the tagger.
  static Pipeline load(const std::string& dir, Components which = {});
  Pipeline() = default;

  // Adds the syntax layer (tags, lemmas, and heads/relations when a parser is loaded) and the entity layer (when a
  // NER model is loaded). Needs doc.tokens and doc.sentences; replaces any previous syntax / entity layer.
  void annotate(Document& doc) const;

  const std::optional<Tagger>& tagger() const { return tagger_; }
  const std::optional<Lemmatizer>& lemmatizer() const { return lemmatizer_; }
  const std::optional<Parser>& parser() const { return parser_; }
  const std::optional<Ner>& ner() const { return ner_; }
  // Replace one component (e.g. a model file under evaluation).
  void set_tagger(Tagger t, Lemmatizer l) { tagger_ = std::move(t), lemmatizer_ = std::move(l); }
  void set_parser(Parser p) { parser_ = std::move(p); }
  void set_ner(Ner n) { ner_ = std::move(n); }

 private:
  // A verb lemma (the pool's tail from `begin`) that the lexicon does not know is replaced by the first regular
  // inflection-undone candidate it knows ("declined": "declin" -> "decline", "noting": "not" -> "note").
  void check_verb_lemma(std::string_view form, uint32_t begin, std::string& pool) const;
  // One sentence's tags (from its first token on) into the syntax layer, with lemmas appended to its pool, and their
  // UPOS and XPOS names into upos and xpos.
  void set_tags(std::span<const std::string_view> words, std::span<const uint16_t> tags, uint32_t first,
                SyntaxLayer& syn, std::vector<std::string_view>& upos, std::vector<std::string_view>& xpos) const;
  // Parses the sentence with a comma put in before its 1-based word `comma` (find_speaker_break), and gives the
  // tree of the sentence as written.
  void parse_with_comma(uint32_t comma, std::span<const std::string_view> words, std::span<const std::string_view> upos,
                        std::span<const std::string_view> xpos, std::span<uint32_t> heads,
                        std::span<uint16_t> labels) const;

  std::optional<Tagger> tagger_;
  std::optional<Lemmatizer> lemmatizer_;
  std::optional<Parser> parser_;
  std::optional<Ner> ner_;
};

// A Document holding CoNLL-U sentences' words as tokens (gold tokenization; multiword-token surfaces are not
// used): text is the words joined by a space (none where SpaceAfter=No), one sentence per CoNLL-U sentence.
Document document_from_conllu(const std::vector<ConlluSentence>& sentences);
// The annotated document's sentences as CoNLL-U (ID, FORM, LEMMA, UPOS, XPOS, HEAD, DEPREL; entities in MISC as
// "NER=B-PER"), each with "# text".
std::vector<ConlluSentence> conllu_from_document(const Document& doc);

}  // namespace dunlin::nlp
