// Helpers for tests that need a parsed Document without the parser: sentences written one word per line as
// "form lemma UPOS head deprel [XPOS [SpaceAfter=No]]" (head 1-based, 0 = root; words are joined by a space
// unless SpaceAfter=No says otherwise).
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "dunlin/conllu/conllu.h"
#include "dunlin/conllu/conllu_document.h"

namespace dunlin::testing {

inline ConlluSentence parsed_sentence(const std::string& words, bool new_paragraph = false) {
  ConlluSentence s;
  if (new_paragraph) s.comments.push_back("newpar");
  std::istringstream in(words);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    ConlluWord w;
    if (!(fields >> w.form >> w.lemma >> w.upos >> w.head >> w.deprel)) continue;
    // An optional sixth field: the Penn tag. (assign, not = "_": GCC 12 gives a false -Wrestrict warning.)
    if (!(fields >> w.xpos)) w.xpos.assign(1, '_');
    if (std::string misc; fields >> misc) w.misc = misc;
    s.words.push_back(w);
  }
  return s;
}

inline Document parsed_document(const std::vector<std::string>& sentences, const std::string& date = "") {
  std::vector<ConlluSentence> parsed;
  for (const std::string& s : sentences) parsed.push_back(parsed_sentence(s));
  Document doc = document_from_conllu(parsed);
  doc.date = date;
  return doc;
}

// Marks token `t` as a one-token actor with `code` (country = its first three letters, sector = the rest).
inline void add_actor(Document& doc, uint32_t t, const std::string& code, uint32_t entity) {
  Actor a;
  a.first_token = t;
  a.end_token = t + 1;
  a.head = t;
  a.code = code;
  a.country = code.substr(0, 3);
  a.sector = code.size() > 3 ? code.substr(3) : "";
  a.entity = entity;
  doc.actors.actors.push_back(a);
}

}  // namespace dunlin::testing
