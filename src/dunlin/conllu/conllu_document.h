// Builds a Document from CoNLL-U sentences: the text (forms joined as SpaceAfter says; paragraphs by # newpar),
// tokens, sentences, and the syntax layer filled with the file's own tags, lemmas and relations. Used to test and
// evaluate later stages (actors, events) on gold or hand-written parses, independently of the parser.
#pragma once

#include <vector>

#include "dunlin/conllu/conllu.h"
#include "dunlin/document.h"

namespace dunlin {

// Multiword tokens are expanded into their words (each word a token spanning the surface it covers, or an empty
// span at the token's end when the word's form is not a substring). Fields given as "_" leave the layer empty.
Document document_from_conllu(const std::vector<ConlluSentence>& sentences);

}  // namespace dunlin
