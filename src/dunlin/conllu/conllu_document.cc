#include "dunlin/conllu/conllu_document.h"

#include <memory>
#include <unordered_map>

namespace dunlin {
namespace {

// Interns names into a shared table.
class NameTable {
 public:
  uint16_t id(const std::string& name) {
    auto [it, inserted] = ids_.try_emplace(name, static_cast<uint16_t>(names_->size()));
    if (inserted) names_->push_back(name);
    return it->second;
  }
  std::shared_ptr<const std::vector<std::string>> names() const { return names_; }

 private:
  std::shared_ptr<std::vector<std::string>> names_ = std::make_shared<std::vector<std::string>>();
  std::unordered_map<std::string, uint16_t> ids_;
};

uint8_t upos_id(const std::string& name) {
  for (int i = 0; i < kUposCount; ++i)
    if (name == kUposNames[i]) return static_cast<uint8_t>(i);
  return static_cast<uint8_t>(Upos::X);
}

}  // namespace

Document document_from_conllu(const std::vector<ConlluSentence>& sentences) {
  Document doc;
  NameTable xpos, deprel;
  bool has_tags = false, has_parse = false, has_lemmas = false;
  for (const ConlluSentence& s : sentences) {
    for (const ConlluWord& w : s.words) {
      has_tags |= w.upos != "_" && !w.upos.empty();
      has_parse |= w.head >= 0;
      has_lemmas |= w.lemma != "_" && !w.lemma.empty();
    }
  }
  SyntaxLayer& syn = doc.syntax;
  for (const ConlluSentence& s : sentences) {
    const bool new_paragraph = doc.paragraphs.empty() || s.starts_paragraph();
    if (new_paragraph) {
      if (!doc.paragraphs.empty()) {
        while (!doc.text.empty() && doc.text.back() == ' ') doc.text.pop_back();
        doc.paragraphs.span.back().end = static_cast<uint32_t>(doc.text.size());
        doc.text += "\n\n";
      }
      doc.paragraphs.span.push_back({static_cast<uint32_t>(doc.text.size()), 0});
    } else if (!doc.text.empty() && doc.text.back() != ' ') {
      doc.text += ' ';  // sentences of one paragraph are separated by a space
    }
    const uint32_t first_token = static_cast<uint32_t>(doc.tokens.size());
    size_t next_mwt = 0;
    for (size_t i = 0; i < s.words.size(); ++i) {
      const ConlluWord& w = s.words[i];
      const int id = static_cast<int>(i) + 1;
      const ConlluMultiwordToken* mwt = nullptr;
      while (next_mwt < s.multiword_tokens.size() && s.multiword_tokens[next_mwt].last < id) ++next_mwt;
      if (next_mwt < s.multiword_tokens.size() && s.multiword_tokens[next_mwt].first <= id &&
          s.multiword_tokens[next_mwt].first >= 1 &&
          s.multiword_tokens[next_mwt].last <= static_cast<int>(s.words.size()))  // a range past the words is ignored
        mwt = &s.multiword_tokens[next_mwt];
      if (mwt && mwt->first == id) {
        // Lay down the surface once; its words point into it.
        const uint32_t start = static_cast<uint32_t>(doc.text.size());
        doc.text += mwt->form;
        size_t offset = 0;
        for (int k = mwt->first; k <= mwt->last; ++k) {
          const std::string& form = s.words[k - 1].form;
          const size_t at = mwt->form.find(form, offset);
          uint32_t b, e;
          if (at == std::string::npos) {
            b = e = static_cast<uint32_t>(start + mwt->form.size());
          } else {
            b = static_cast<uint32_t>(start + at);
            e = static_cast<uint32_t>(start + at + form.size());
            offset = at + form.size();
          }
          doc.tokens.add(b, e, k == mwt->last && mwt->space_after());
        }
        if (mwt->space_after()) doc.text += ' ';
      } else if (!mwt) {
        const uint32_t b = static_cast<uint32_t>(doc.text.size());
        doc.text += w.form;
        doc.tokens.add(b, static_cast<uint32_t>(doc.text.size()), w.space_after());
        if (w.space_after()) doc.text += ' ';
      }
      if (has_tags) {
        syn.upos.push_back(upos_id(w.upos));
        syn.xpos.push_back(xpos.id(w.xpos));
      }
      if (has_lemmas) {
        syn.lemma_begin.push_back(static_cast<uint32_t>(syn.lemma_pool.size()));
        syn.lemma_pool += w.lemma;
        syn.lemma_end.push_back(static_cast<uint32_t>(syn.lemma_pool.size()));
      }
      if (has_parse) {
        syn.head.push_back(w.head <= 0 ? SyntaxLayer::kRoot : first_token + static_cast<uint32_t>(w.head) - 1);
        syn.deprel.push_back(deprel.id(w.deprel));
      }
    }
    doc.sentences.add(first_token, static_cast<uint32_t>(doc.tokens.size()),
                      static_cast<uint32_t>(doc.paragraphs.size() - 1));
  }
  while (!doc.text.empty() && doc.text.back() == ' ') doc.text.pop_back();
  if (!doc.paragraphs.empty()) doc.paragraphs.span.back().end = static_cast<uint32_t>(doc.text.size());
  if (has_tags) syn.xpos_names = xpos.names();
  if (has_parse) syn.deprel_names = deprel.names();
  return doc;
}

}  // namespace dunlin
