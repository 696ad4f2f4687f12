// Tests of the phrase matcher: key normalization (case, diacritics, apostrophes, hyphens, acronyms) and
// leftmost-longest matching over tokens.
#include "dunlin/actors/phrase_matcher.h"

#include <gtest/gtest.h>

#include "actors_test_util.h"

namespace dunlin {
namespace {

std::vector<std::string> keys(std::string_view token) {
  std::vector<std::string> out;
  append_token_keys(token, out);
  return out;
}

using V = std::vector<std::string>;

TEST(ActorKeys, FoldCaseDiacriticsAndApostrophes) {
  EXPECT_EQ(keys("Erdoğan"), V{"erdogan"});
  EXPECT_EQ(keys("ERDOĞAN"), V{"erdogan"});
  EXPECT_EQ(keys("Çavuşoğlu"), V{"cavusoglu"});
  EXPECT_EQ(keys("Élysée"), V{"elysee"});
  EXPECT_EQ(keys("Syria’s"), V{"syria"});   // curly possessive
  EXPECT_EQ(keys("Syria's"), V{"syria"});   // straight possessive
  EXPECT_EQ(keys("'s"), V{});               // a possessive split off by a tokenizer
  EXPECT_EQ(keys("Sa’ar"), V{"saar"});      // inner apostrophe, curly
  EXPECT_EQ(keys("Sa'ar"), V{"saar"});
}

TEST(ActorKeys, SplitHyphensAndDashesDropPeriods) {
  EXPECT_EQ(keys("al-Assad"), (V{"al", "assad"}));
  EXPECT_EQ(keys("al‐Assad"), (V{"al", "assad"}));  // U+2010 hyphen
  EXPECT_EQ(keys("pro–Assad"), (V{"pro", "assad"}));  // en dash
  EXPECT_EQ(keys("-"), V{});
  EXPECT_EQ(keys("—"), V{});
  EXPECT_EQ(keys("U.S."), V{"US"});
  EXPECT_EQ(keys("ﬁghters"), V{"fighters"});  // compatibility ligature
}

TEST(ActorKeys, ShortAcronymsKeepTheirCase) {
  EXPECT_EQ(keys("US"), V{"US"});
  EXPECT_EQ(keys("us"), V{"us"});
  EXPECT_EQ(keys("WHO"), V{"WHO"});
  EXPECT_EQ(keys("who"), V{"who"});
  EXPECT_EQ(keys("Who"), V{"who"});
  EXPECT_EQ(keys("NATO"), V{"nato"});  // four letters: an ordinary key, so "Nato" matches too
  EXPECT_EQ(keys("US-backed"), (V{"US", "backed"}));
}

TEST(ActorKeys, PhraseKeysDropALeadingThe) {
  EXPECT_EQ(phrase_keys("the Kremlin"), V{"kremlin"});
  EXPECT_EQ(phrase_keys("The Hague"), V{"hague"});
  EXPECT_EQ(phrase_keys("Bashar al-Assad"), (V{"bashar", "al", "assad"}));
}

std::vector<std::string_view> split(const std::string& s, std::vector<std::string>& store) {
  store.clear();
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string::npos) j = s.size();
    if (j > i) store.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return {store.begin(), store.end()};
}

TEST(PhraseMatcher, LongestMatchWinsAndMatchesDoNotOverlap) {
  PhraseMatcher m;
  m.add("Syrian", 1);
  m.add("Free Syrian Army", 2);
  m.add("army", 3);
  m.add("Syrian Arab Republic", 4);
  std::vector<std::string> store;
  const std::string text = "the Free Syrian Army and the Syrian army met";
  std::vector<std::string_view> tokens;
  for (auto sv : split(text, store)) tokens.push_back(sv);
  const auto matches = m.find(tokens);
  ASSERT_EQ(matches.size(), 3u);
  EXPECT_EQ(matches[0].first_token, 1u);
  EXPECT_EQ(matches[0].end_token, 4u);
  EXPECT_EQ(matches[0].payloads[0], 2u);
  EXPECT_EQ(matches[1].first_token, 6u);
  EXPECT_EQ(matches[1].payloads[0], 1u);
  EXPECT_EQ(matches[2].first_token, 7u);
  EXPECT_EQ(matches[2].payloads[0], 3u);
  EXPECT_FALSE(matches[0].partial);
}

TEST(PhraseMatcher, MatchesAcrossTokenizerChoicesAndInsideTokens) {
  PhraseMatcher m;
  m.add("Bashar al-Assad", 7);
  m.add("Assad", 8);
  std::vector<std::string> store;
  for (const std::string text : {"Bashar al-Assad", "Bashar al - Assad", "BASHAR AL ASSAD", "Bashar Al‐Assad"}) {
    std::vector<std::string_view> tokens;
    for (auto sv : split(text, store)) tokens.push_back(sv);
    const auto matches = m.find(tokens);
    ASSERT_EQ(matches.size(), 1u) << text;
    EXPECT_EQ(matches[0].payloads[0], 7u) << text;
    EXPECT_EQ(matches[0].end_token, tokens.size()) << text;
  }
  std::vector<std::string_view> tokens;
  for (auto sv : split("a pro-Assad official", store)) tokens.push_back(sv);
  const auto matches = m.find(tokens);
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(matches[0].payloads[0], 8u);
  EXPECT_TRUE(matches[0].partial);
  EXPECT_EQ(matches[0].first_token, 1u);
}

TEST(PhraseMatcher, AcronymsDoNotMatchLowerCaseWords) {
  PhraseMatcher m;
  m.add("US", 1);
  m.add("WHO", 2);
  std::vector<std::string> store;
  std::vector<std::string_view> tokens;
  for (auto sv : split("who told us that the U.S. and WHO", store)) tokens.push_back(sv);
  const auto matches = m.find(tokens);
  ASSERT_EQ(matches.size(), 2u);
  EXPECT_EQ(matches[0].first_token, 5u);
  EXPECT_EQ(matches[1].first_token, 7u);
}

TEST(PhraseMatcher, RejectsPhrasesWithoutKeys) {
  PhraseMatcher m;
  EXPECT_FALSE(m.add("--", 1));
  EXPECT_TRUE(m.add("Iraq", 1));
  EXPECT_EQ(m.phrase_count(), 1u);
}

}  // namespace
}  // namespace dunlin
