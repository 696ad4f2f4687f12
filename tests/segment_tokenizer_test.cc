// The tokenizer's conventions (UD English EWT), on sentences written for these tests.
#include <gtest/gtest.h>

#include <chrono>

#include "dunlin/text/utf8.h"
#include "segment_test_util.h"

namespace dunlin {
namespace {

using testing::segment;
using testing::tokens;
using V = std::vector<std::string>;

TEST(Tokenizer, NegationClitics) {
  EXPECT_EQ(tokens("They don't know"), (V{"They", "do", "n't", "know"}));
  EXPECT_EQ(tokens("We can't wait"), (V{"We", "ca", "n't", "wait"}));
  EXPECT_EQ(tokens("It won't pass"), (V{"It", "wo", "n't", "pass"}));
  EXPECT_EQ(tokens("You cannot vote"), (V{"You", "can", "not", "vote"}));
  EXPECT_EQ(tokens("She didn’t sign"), (V{"She", "did", "n’t", "sign"}));
  EXPECT_EQ(tokens("Cannot"), (V{"Can", "not"}));
}

TEST(Tokenizer, PronounAndPossessiveClitics) {
  EXPECT_EQ(tokens("Russia's envoy"), (V{"Russia", "'s", "envoy"}));
  EXPECT_EQ(tokens("Russia’s envoy"), (V{"Russia", "’s", "envoy"}));
  EXPECT_EQ(tokens("I'm here"), (V{"I", "'m", "here"}));
  EXPECT_EQ(tokens("they're late"), (V{"they", "'re", "late"}));
  EXPECT_EQ(tokens("we've won"), (V{"we", "'ve", "won"}));
  EXPECT_EQ(tokens("he'd go"), (V{"he", "'d", "go"}));
  EXPECT_EQ(tokens("she’ll go"), (V{"she", "’ll", "go"}));
  EXPECT_EQ(tokens("y'all come"), (V{"y'", "all", "come"}));
  EXPECT_EQ(tokens("Y’all come"), (V{"Y’", "all", "come"}));
  EXPECT_EQ(tokens("the ministers' talks"), (V{"the", "ministers", "'", "talks"}));
}

TEST(Tokenizer, NamesWithApostrophesStayWhole) {
  EXPECT_EQ(tokens("O'Neill met"), (V{"O'Neill", "met"}));
  EXPECT_EQ(tokens("O'Neill's aide"), (V{"O'Neill", "'s", "aide"}));
}

TEST(Tokenizer, ContractionsAreMultiwordTokens) {
  const Document d = segment("They don't know Russia's aim.");
  ASSERT_EQ(d.tokens.size(), 8u);
  EXPECT_EQ(d.tokens.fused_with_next[1], 1);  // do|n't
  EXPECT_EQ(d.tokens.fused_with_next[2], 0);
  EXPECT_EQ(d.tokens.fused_with_next[4], 1);  // Russia|'s
  EXPECT_EQ(d.tokens.space_after[1], 0);
  EXPECT_EQ(d.tokens.space_after[2], 1);
}

TEST(Tokenizer, Punctuation) {
  EXPECT_EQ(tokens("Yes, no; maybe: (fine)!"), (V{"Yes", ",", "no", ";", "maybe", ":", "(", "fine", ")", "!"}));
  EXPECT_EQ(tokens("Really?!"), (V{"Really", "?!"}));
}

TEST(Tokenizer, QuotesOfEveryKind) {
  EXPECT_EQ(tokens("\"Go,\" he said"), (V{"\"", "Go", ",", "\"", "he", "said"}));
  EXPECT_EQ(tokens("“Go,” he said"), (V{"“", "Go", ",", "”", "he", "said"}));
  EXPECT_EQ(tokens("‘Go’ now"), (V{"‘", "Go", "’", "now"}));
  EXPECT_EQ(tokens("«Go» now"), (V{"«", "Go", "»", "now"}));
  EXPECT_EQ(tokens("``Go'' now"), (V{"``", "Go", "''", "now"}));
  EXPECT_EQ(tokens("'Go' now"), (V{"'", "Go", "'", "now"}));
}

TEST(Tokenizer, DashesAndEllipses) {
  EXPECT_EQ(tokens("talks—again"), (V{"talks", "—", "again"}));
  EXPECT_EQ(tokens("talks – again"), (V{"talks", "–", "again"}));
  EXPECT_EQ(tokens("talks--again"), (V{"talks", "--", "again"}));
  EXPECT_EQ(tokens("and then..."), (V{"and", "then", "..."}));
  EXPECT_EQ(tokens("and then… no"), (V{"and", "then", "…", "no"}));
}

TEST(Tokenizer, UrlsEmailsHandlesHashtags) {
  EXPECT_EQ(tokens("See https://example.org/a/b?c=1."), (V{"See", "https://example.org/a/b?c=1", "."}));
  EXPECT_EQ(tokens("(www.example.com)"), (V{"(", "www.example.com", ")"}));
  EXPECT_EQ(tokens("Source:https://example.org/x"), (V{"Source", ":", "https://example.org/x"}));
  EXPECT_EQ(tokens("Mail press@example.org, today"), (V{"Mail", "press@example.org", ",", "today"}));
  EXPECT_EQ(tokens("<desk@example.net>"), (V{"<", "desk@example.net", ">"}));
  EXPECT_EQ(tokens("\"Ann\"<ann.lee@example.org>"), (V{"\"", "Ann", "\"", "<", "ann.lee@example.org", ">"}));
  EXPECT_EQ(tokens("bob...@mail.example.com."), (V{"bob...@mail.example.com", "."}));
  EXPECT_EQ(tokens("Ask @dunlin_desk about #Vote2021"), (V{"Ask", "@dunlin_desk", "about", "#Vote2021"}));
}

TEST(Tokenizer, Numbers) {
  EXPECT_EQ(tokens("1,000.5 units"), (V{"1,000.5", "units"}));
  EXPECT_EQ(tokens("10% more"), (V{"10", "%", "more"}));
  EXPECT_EQ(tokens("$5 each"), (V{"$", "5", "each"}));
  EXPECT_EQ(tokens("at 3:30 today"), (V{"at", "3:30", "today"}));
  EXPECT_EQ(tokens("on 2020-05-11 and 11/05/2020"), (V{"on", "2020-05-11", "and", "11/05/2020"}));
  EXPECT_EQ(tokens("call 555-0142"), (V{"call", "555-0142"}));
  EXPECT_EQ(tokens("from 1990-1995"), (V{"from", "1990", "-", "1995"}));
  EXPECT_EQ(tokens("at 5pm"), (V{"at", "5", "pm"}));
  EXPECT_EQ(tokens("a .5 share"), (V{"a", ".5", "share"}));
}

TEST(Tokenizer, AbbreviationsKeepTheirPeriod) {
  EXPECT_EQ(tokens("Mr. Kos and Gen. Marek met on Jan. 5 at 8 a.m. in the U.S. capital, e.g. here"),
            (V{"Mr.", "Kos", "and", "Gen.", "Marek", "met", "on", "Jan.", "5", "at", "8", "a.m.", "in", "the", "U.S.",
               "capital", ",", "e.g.", "here"}));
  EXPECT_EQ(tokens("J. R. Smith spoke"), (V{"J.", "R.", "Smith", "spoke"}));
  // A word that is no abbreviation gives up its period.
  EXPECT_EQ(tokens("They left. Then"), (V{"They", "left", ".", "Then"}));
  // At the end of a sentence the abbreviation's period is the sentence's (UD English).
  EXPECT_EQ(tokens("Aid went to the U.S."), (V{"Aid", "went", "to", "the", "U.S", "."}));
}

TEST(Tokenizer, HyphensFollowEwt) {
  EXPECT_EQ(tokens("a long-term plan"), (V{"a", "long", "-", "term", "plan"}));
  EXPECT_EQ(tokens("an e-mail to co-workers"), (V{"an", "e-mail", "to", "co-workers"}));
  EXPECT_EQ(tokens("non-profit"), (V{"non-profit"}));
  const Document d = segment("long-term");
  ASSERT_EQ(d.tokens.size(), 3u);
  EXPECT_EQ(d.tokens.space_after[0], 0);
  EXPECT_EQ(d.tokens.fused_with_next[0], 0);  // not a multiword token: three words
}

TEST(Tokenizer, Emoticons) {
  EXPECT_EQ(tokens("great :) thanks ;-)"), (V{"great", ":)", "thanks", ";-)"}));
  EXPECT_EQ(tokens("love it <3"), (V{"love", "it", "<3"}));
}

TEST(Tokenizer, OffsetsAreCodePointsInOutput) {
  const Document d = segment("Zoë’s café — naïve.");
  const CodepointIndex cp(d.text);
  std::vector<std::pair<uint32_t, uint32_t>> spans;
  for (size_t i = 0; i < d.tokens.size(); ++i) spans.emplace_back(cp(d.tokens.begin[i]), cp(d.tokens.end[i]));
  // Z o ë ’ s _ c a f é _ — _ n a ï v e .
  EXPECT_EQ(spans, (std::vector<std::pair<uint32_t, uint32_t>>{{0, 3}, {3, 5}, {6, 10}, {11, 12}, {13, 18}, {18, 19}}));
  for (size_t i = 0; i < d.tokens.size(); ++i) EXPECT_TRUE(is_valid_utf8(d.token_text(i)));
}

TEST(Tokenizer, TokensAreSubstringsAndNeverOverlap) {
  const std::string text = "Don't—e.g.—stop!! “Why?” 3:30pm, $5; co-op's #1 (x@y.io) ’90s U.S.-led…";
  const Document d = segment(text);
  uint32_t last_end = 0;
  for (size_t i = 0; i < d.tokens.size(); ++i) {
    EXPECT_LE(last_end, d.tokens.begin[i]);
    EXPECT_LT(d.tokens.begin[i], d.tokens.end[i]);
    last_end = d.tokens.end[i];
  }
  EXPECT_LE(last_end, text.size());
}

TEST(Tokenizer, EmptyAndWhitespaceOnlyDocuments) {
  for (const std::string text : {"", " ", "\n\n\t  \n", "\xC2\xA0\xE2\x80\x83"}) {
    const Document d = segment(text);
    EXPECT_TRUE(d.tokens.empty()) << '"' << text << '"';
    EXPECT_TRUE(d.sentences.empty());
  }
}

TEST(Tokenizer, NonBreakingSpaceSeparatesTokens) { EXPECT_EQ(tokens("10\xC2\xA0km away"), (V{"10", "km", "away"})); }

TEST(Tokenizer, VeryLongLineIsLinear) {
  // 2 MB of words with no punctuation at all; and 1 MB of one unbroken "word".
  std::string words;
  while (words.size() < (2u << 20)) words += "talks resumed again ";
  const Document d = segment(words);
  EXPECT_EQ(d.tokens.size(), words.size() / 20 * 3);
  EXPECT_GE(d.sentences.size(), 1u);
  // The same with a line break at the very end: line handling must not rescan the line for every token.
  const Document lines = segment(words + "\nEnd");
  EXPECT_EQ(lines.tokens.size(), words.size() / 20 * 3 + 1);
  const std::string blob(1u << 20, 'x');
  const Document b = segment(blob);
  EXPECT_EQ(b.tokens.size(), 1u);
  const std::string dashes(1u << 20, '-');
  EXPECT_EQ(segment(dashes).tokens.size(), 1u);
}

}  // namespace
}  // namespace dunlin
