// The NLP pipeline: model loading and annotate(); CoNLL-U <-> Document conversion for gold-tokenized input.
#include "dunlin/nlp/pipeline.h"

#include <cstdlib>
#include <stdexcept>

#include "dunlin/nlp/parse_repair.h"

namespace dunlin::nlp {

std::string default_model_dir() {
  if (const char* env = std::getenv("DUNLIN_MODEL_DIR"); env && *env) return env;
  return std::string(DUNLIN_SOURCE_DIR) + "/models";
}

Pipeline Pipeline::load(const std::string& dir, Components which) {
  Pipeline p;
  if (which.tagger || which.parser) {
    const ModelFile f = ModelFile::read(dir + "/" + kTaggerFile);
    p.tagger_ = Tagger::load(f);
    p.lemmatizer_ = Lemmatizer::load(f);
  }
  if (which.parser) p.parser_ = Parser::load(ModelFile::read(dir + "/" + kParserFile));
  if (which.ner) p.ner_ = Ner::load(ModelFile::read(dir + "/" + kNerFile));
  return p;
}

void Pipeline::check_verb_lemma(std::string_view form, uint32_t begin, std::string& pool) const {
  if (!tagger_->has_lexicon()) return;
  const std::string_view lemma = std::string_view(pool).substr(begin);
  if (lemma.empty() || tagger_->is_verb_lemma(lemma)) return;
  const std::vector<std::string> candidates = regular_lemma_candidates(form);
  for (size_t i = 1; i < candidates.size(); ++i)  // [0] is the form itself
    if (tagger_->is_verb_lemma(candidates[i])) {
      pool.resize(begin);
      pool += candidates[i];
      return;
    }
}

void Pipeline::set_tags(std::span<const std::string_view> words, std::span<const uint16_t> tags, uint32_t first,
                        SyntaxLayer& syn, std::vector<std::string_view>& upos,
                        std::vector<std::string_view>& xpos) const {
  upos.clear(), xpos.clear();
  for (size_t i = 0; i < words.size(); ++i) {
    syn.upos[first + i] = static_cast<uint8_t>(tagger_->upos(tags[i]));
    syn.xpos[first + i] = tagger_->xpos(tags[i]);
    upos.push_back(upos_name(tagger_->upos(tags[i])));
    xpos.push_back((*syn.xpos_names)[tagger_->xpos(tags[i])]);
    syn.lemma_begin[first + i] = static_cast<uint32_t>(syn.lemma_pool.size());
    if (lemmatizer_) {
      lemmatizer_->lemmatize(words[i], tagger_->xpos(tags[i]), syn.lemma_pool);
      if (tagger_->upos(tags[i]) == Upos::VERB) check_verb_lemma(words[i], syn.lemma_begin[first + i], syn.lemma_pool);
    }
    syn.lemma_end[first + i] = static_cast<uint32_t>(syn.lemma_pool.size());
  }
}

void Pipeline::parse_with_comma(uint32_t comma, std::span<const std::string_view> words,
                                std::span<const std::string_view> upos, std::span<const std::string_view> xpos,
                                std::span<uint32_t> heads, std::span<uint16_t> labels) const {
  const size_t at = comma - 1, len = words.size();  // 0-based position of the comma in the longer sentence
  std::vector<std::string_view> w(words.begin(), words.end()), u(upos.begin(), upos.end()), x(xpos.begin(), xpos.end());
  w.insert(w.begin() + at, ",");
  u.insert(u.begin() + at, "PUNCT");
  x.insert(x.begin() + at, ",");
  std::vector<uint32_t> h(len + 1);
  std::vector<uint16_t> l(len + 1);
  parser_->parse(w, u, x, h, l);
  // Back to the sentence as written: what hung on the comma hangs on the comma's head; ids after it shift down.
  const auto back = [&](uint32_t id) { return id == 0 ? 0 : (id < comma ? id : id - 1); };
  for (size_t i = 0; i < len; ++i) {
    const size_t j = i < at ? i : i + 1;
    heads[i] = back(h[j] == comma ? h[at] : h[j]);
    labels[i] = l[j];
  }
}

void Pipeline::annotate(Document& doc) const {
  SyntaxLayer& syn = doc.syntax;
  syn.clear();
  doc.entities.clear();
  const size_t n = doc.tokens.size();
  if (tagger_) {
    syn.upos.resize(n);
    syn.xpos.resize(n);
    syn.xpos_names = tagger_->xpos_names();
    syn.lemma_begin.resize(n);
    syn.lemma_end.resize(n);
  }
  if (tagger_ && parser_) {
    syn.head.assign(n, SyntaxLayer::kRoot);
    syn.deprel.assign(n, 0);
    syn.deprel_names = parser_->label_names();
  }
  std::vector<std::string_view> words, upos, xpos, lemmas, with_comma;
  std::vector<uint16_t> tags, labels;
  std::vector<uint32_t> heads;
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const uint32_t first = doc.sentences.first_token[s], end = doc.sentences.end_token[s];
    if (end <= first || end > n) continue;
    const size_t len = end - first;
    words.clear();
    for (uint32_t i = first; i < end; ++i) words.push_back(doc.token_text(i));
    if (tagger_) {
      tags.resize(len);
      tagger_->tag(words, tags);
      const size_t pool_begin = syn.lemma_pool.size();
      set_tags(words, tags, first, syn, upos, xpos);
      if (parser_) {
        heads.resize(len), labels.resize(len);
        lemmas.clear();
        for (uint32_t i = first; i < end; ++i) lemmas.push_back(syn.lemma(i));
        if (const SpeakerBreak at = find_speaker_break(words, lemmas, upos, xpos); at.comma != 0) {
          // Tagged again with the comma in: the tagger, like the parser, misreads the run-on words ("Mortar fire
          // wounded three people SANA said": "wounded" an adjective).
          with_comma.assign(words.begin(), words.end());
          with_comma.insert(with_comma.begin() + (at.comma - 1), ",");
          tags.resize(len + 1);
          tagger_->tag(with_comma, tags);
          tags.erase(tags.begin() + (at.comma - 1));
          syn.lemma_pool.resize(pool_begin);
          set_tags(words, tags, first, syn, upos, xpos);
          lemmas.clear();
          for (uint32_t i = first; i < end; ++i) lemmas.push_back(syn.lemma(i));
          parse_with_comma(at.comma, words, upos, xpos, heads, labels);
          attach_speaker(at, upos, heads, labels, *syn.deprel_names);
        } else {
          parser_->parse(words, upos, xpos, heads, labels);
        }
        repair_reported_speech(words, lemmas, upos, xpos, heads, labels, *syn.deprel_names);
        for (size_t i = 0; i < len; ++i) {
          syn.head[first + i] = heads[i] == 0 ? SyntaxLayer::kRoot : first + heads[i] - 1;
          syn.deprel[first + i] = labels[i];
        }
      }
    }
  }
  if (!ner_) return;
  if (ner_->uses_tags() && !tagger_) throw std::invalid_argument("the NER model needs the tagger (load both)");
  // The NER sees the whole document (its document features; a two-pass model reads it twice).
  std::vector<std::string_view> all_words(n);
  for (uint32_t i = 0; i < n; ++i) all_words[i] = doc.token_text(i);
  std::vector<std::span<const std::string_view>> sentences;
  std::vector<std::span<const uint8_t>> sentence_upos;
  std::vector<uint32_t> firsts;
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const uint32_t first = doc.sentences.first_token[s], end = doc.sentences.end_token[s];
    if (end <= first || end > n) continue;
    sentences.push_back(std::span<const std::string_view>(all_words).subspan(first, end - first));
    if (ner_->uses_tags()) sentence_upos.push_back(std::span<const uint8_t>(syn.upos).subspan(first, end - first));
    firsts.push_back(first);
  }
  const auto entities = ner_->recognize_document(sentences, sentence_upos);
  for (size_t s = 0; s < entities.size(); ++s)
    for (const EntitySpan& e : entities[s]) doc.entities.add(firsts[s] + e.first, firsts[s] + e.end, e.label);
}

Document document_from_conllu(const std::vector<ConlluSentence>& sentences) {
  Document doc;
  for (const ConlluSentence& s : sentences) {
    const uint32_t first = static_cast<uint32_t>(doc.tokens.size());
    for (const ConlluWord& w : s.words) {
      const uint32_t b = static_cast<uint32_t>(doc.text.size());
      doc.text += w.form;
      const bool space = w.space_after();
      doc.tokens.add(b, static_cast<uint32_t>(doc.text.size()), space);
      if (space) doc.text += ' ';
    }
    if (!doc.text.empty() && doc.text.back() != ' ') doc.text += ' ';
    doc.sentences.add(first, static_cast<uint32_t>(doc.tokens.size()), 0);
  }
  doc.paragraphs.span.push_back({0, static_cast<uint32_t>(doc.text.size())});
  return doc;
}

std::vector<ConlluSentence> conllu_from_document(const Document& doc) {
  std::vector<ConlluSentence> out;
  const SyntaxLayer& syn = doc.syntax;
  std::vector<std::string> ner_tag(doc.tokens.size());
  for (size_t e = 0; e < doc.entities.size(); ++e)
    for (uint32_t i = doc.entities.first_token[e]; i < doc.entities.end_token[e]; ++i)
      ner_tag[i] = std::string(i == doc.entities.first_token[e] ? "B-" : "I-") +
                   entity_label_name(doc.entities.label[e]);
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    ConlluSentence cs;
    const uint32_t first = doc.sentences.first_token[s], end = doc.sentences.end_token[s];
    cs.comments.push_back("text = " + std::string(doc.slice(doc.sentence_span(s))));
    for (uint32_t i = first; i < end; ++i) {
      ConlluWord w;
      w.form = doc.token_text(i);
      w.lemma = syn.has_lemmas() ? std::string(syn.lemma(i)) : "_";
      w.upos = syn.has_tags() ? upos_name(static_cast<Upos>(syn.upos[i])) : "_";
      w.xpos = syn.has_tags() ? syn.xpos_name(i) : "_";
      w.feats = "_";
      w.head = syn.has_parse() ? (syn.head[i] == SyntaxLayer::kRoot ? 0 : static_cast<int>(syn.head[i] - first + 1)) : -1;
      w.deprel = syn.has_parse() ? syn.deprel_name(i) : "_";
      w.deps = "_";
      std::string misc;
      if (!ner_tag[i].empty()) misc = "NER=" + ner_tag[i];
      if (!doc.tokens.space_after[i] && i + 1 < end) misc += misc.empty() ? "SpaceAfter=No" : "|SpaceAfter=No";
      w.misc = misc.empty() ? "_" : misc;
      cs.words.push_back(std::move(w));
    }
    out.push_back(std::move(cs));
  }
  return out;
}

}  // namespace dunlin::nlp
