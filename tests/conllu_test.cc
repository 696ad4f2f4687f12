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

// The message of the error reading `text` as "bad.conllu", or "" when it reads.
std::string error_reading(const std::string& text) {
  std::istringstream in(text);
  ConlluReader reader(in, "bad.conllu");
  ConlluSentence s;
  try {
    while (reader.next(s)) {
    }
  } catch (const ConlluError& e) {
    return e.what();
  }
  return "";
}

TEST(Conllu, HeadsAndMultiwordRangesMustStayInsideTheSentence) {
  const std::string ok = "1\tWe\twe\tPRON\t_\t_\t2\tnsubj\t_\t_\n2\tleft\tleave\tVERB\t_\t_\t0\troot\t_\t_\n\n";
  EXPECT_EQ(error_reading(ok), "");
  EXPECT_NE(error_reading("1\tWe\twe\tPRON\t_\t_\t7\tnsubj\t_\t_\n2\tleft\tleave\tVERB\t_\t_\t0\troot\t_\t_\n\n")
                .find("bad.conllu:1: HEAD 7 is past the sentence's last word (2)"),
            std::string::npos);
  EXPECT_NE(error_reading("1\tWe\twe\tPRON\t_\t_\t-2\tnsubj\t_\t_\n\n").find("bad.conllu:1: bad HEAD"),
            std::string::npos);
  EXPECT_NE(error_reading("1-3\tWe'll\t_\t_\t_\t_\t_\t_\t_\t_\n" + ok).find("bad.conllu:1: multiword token range ends"),
            std::string::npos);
  EXPECT_NE(error_reading("1\tWe\twe\tPRON\t_\t_\t2\tnsubj\t_\t_\n1-2\tx\t_\t_\t_\t_\t_\t_\t_\t_\n")
                .find("bad.conllu:2: multiword token range '1-2' must come right before its first word"),
            std::string::npos);
  // The error of the last sentence, without a blank line after it, is found too.
  EXPECT_NE(error_reading("1\tWe\twe\tPRON\t_\t_\t3\tnsubj\t_\t_").find("HEAD 3"), std::string::npos);
}

}  // namespace
}  // namespace dunlin
