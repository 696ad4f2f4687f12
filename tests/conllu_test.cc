#include "dunlin/conllu/conllu.h"

#include <gtest/gtest.h>

#include <sstream>

namespace dunlin {
namespace {

TEST(Conllu, ReadsWordsMultiwordTokensAndComments) {
  const auto sentences = read_conllu_file(DUNLIN_TEST_DATA "/conllu/tiny.conllu");
  ASSERT_EQ(sentences.size(), 2u);
  const ConlluSentence& s = sentences[0];
  EXPECT_TRUE(s.starts_document());
  EXPECT_TRUE(s.starts_paragraph());
  EXPECT_EQ(s.comment_value("text"), "The envoys didn't meet.");
  EXPECT_EQ(s.comment_value("sent_id"), "tiny-1-1");
  ASSERT_EQ(s.words.size(), 6u);
  EXPECT_EQ(s.words[1].lemma, "envoy");
  EXPECT_EQ(s.words[1].head, 5);
  EXPECT_EQ(s.words[4].deprel, "root");
  EXPECT_FALSE(s.words[4].space_after());
  ASSERT_EQ(s.multiword_tokens.size(), 1u);
  EXPECT_EQ(s.multiword_tokens[0].form, "didn't");
  EXPECT_EQ(s.multiword_tokens[0].first, 3);
  EXPECT_EQ(s.multiword_tokens[0].last, 4);
  EXPECT_FALSE(sentences[1].starts_paragraph());
}

TEST(Conllu, WritesWhatItReads) {
  const auto sentences = read_conllu_file(DUNLIN_TEST_DATA "/conllu/tiny.conllu");
  std::ostringstream out;
  for (const auto& s : sentences) write_conllu(out, s);
  std::istringstream in(out.str());
  ConlluReader reader(in, "round-trip");
  ConlluSentence again;
  ASSERT_TRUE(reader.next(again));
  EXPECT_EQ(again.words.size(), sentences[0].words.size());
  EXPECT_EQ(again.multiword_tokens.size(), 1u);
  EXPECT_EQ(again.comments, sentences[0].comments);
}

TEST(Conllu, MalformedLineNamesSourceAndLine) {
  std::istringstream in("# text = x\n1\tx\tx\n");
  ConlluReader reader(in, "broken.conllu");
  ConlluSentence s;
  try {
    reader.next(s);
    FAIL() << "expected an error";
  } catch (const ConlluError& e) {
    EXPECT_NE(std::string(e.what()).find("broken.conllu:2:"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace dunlin
