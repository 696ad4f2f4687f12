// The small word helpers the taggers, the parser and the NER share (word_features.h).
#include "dunlin/nlp/word_features.h"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

namespace dunlin::nlp {
namespace {

int case_of(std::vector<std::string_view> words) { return sentence_case(words); }

TEST(WordFeatures, SentenceCaseSortsSentencesByTheirCapitals) {
  EXPECT_EQ(case_of({"Hi", "!"}), 0) << "under three words that start with a letter: too few to say";
  EXPECT_EQ(case_of({"the", "army", "left", "the", "town", "."}), 1);
  EXPECT_EQ(case_of({"ARMY", "LEAVES", "TOWN", "AFTER", "TALKS"}), 2);
  EXPECT_EQ(case_of({"Army", "Leaves", "Town", "After", "Talks"}), 3) << "a headline";
  EXPECT_EQ(case_of({"The", "army", "left", "Homs", "on", "Monday", "."}), 4);
  // Three all-caps words of five are 60%: mostly all caps; two of five are not.
  EXPECT_EQ(case_of({"UN", "AND", "EU", "talks", "end"}), 2);
  EXPECT_EQ(case_of({"UN", "and", "EU", "talks", "end"}), 4);
  // A one-letter capital ("I", "A") is capitalized, not all caps; digits and punctuation do not count.
  EXPECT_EQ(case_of({"I", "think", "we", "won", "2", "-", "1"}), 4);
}

TEST(WordFeatures, ShapesAndNormalForms) {
  EXPECT_EQ(word_shape("Obama"), "Xx");
  EXPECT_EQ(word_shape("U.S."), "X.X.");
  EXPECT_EQ(word_shape("2020"), "d");
  EXPECT_EQ(normalize_word("Route66", true), "route00");
  EXPECT_EQ(normalize_word("Route66", false), "route66");
}

}  // namespace
}  // namespace dunlin::nlp
