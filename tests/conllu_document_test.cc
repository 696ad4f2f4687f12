#include "dunlin/conllu/conllu_document.h"

#include <gtest/gtest.h>

namespace dunlin {
namespace {

TEST(ConlluDocument, RebuildsTextTokensAndSyntax) {
  const Document doc = document_from_conllu(read_conllu_file(DUNLIN_TEST_DATA "/conllu/tiny.conllu"));
  EXPECT_EQ(doc.text, "The envoys didn't meet. Talks resume.");
  ASSERT_EQ(doc.tokens.size(), 9u);
  EXPECT_EQ(doc.token_text(2), "did");
  EXPECT_EQ(doc.token_text(3), "n't");
  EXPECT_EQ(doc.token_text(6), "Talks");
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.sentences.first_token[1], 6u);
  ASSERT_TRUE(doc.syntax.has_parse());
  EXPECT_EQ(doc.syntax.head[1], 4u);  // envoys -> meet
  EXPECT_EQ(doc.syntax.head[4], SyntaxLayer::kRoot);
  EXPECT_EQ(doc.syntax.head[7], SyntaxLayer::kRoot);
  EXPECT_EQ(doc.syntax.head[8], 7u);  // sentence-local heads become document-global
  EXPECT_EQ(doc.syntax.deprel_name(1), "nsubj");
  EXPECT_EQ(doc.syntax.lemma(3), "not");
  EXPECT_EQ(upos_name(static_cast<Upos>(doc.syntax.upos[4])), std::string("VERB"));
  ASSERT_EQ(doc.paragraphs.size(), 1u);
}

}  // namespace
}  // namespace dunlin
