// The sentence splitter on news-like text written for these tests, with both methods where it matters.
#include <gtest/gtest.h>

#include "segment_test_util.h"

namespace dunlin {
namespace {

using testing::model_segmenter;
using testing::rules_segmenter;
using testing::segment;
using testing::sentences;
using V = std::vector<std::string>;

class BothMethods : public ::testing::TestWithParam<SplitMethod> {
 protected:
  const Segmenter& seg() const { return GetParam() == SplitMethod::model ? model_segmenter() : rules_segmenter(); }
  V split(const std::string& text) const { return sentences(text, seg()); }
};

TEST_P(BothMethods, FullStopsQuestionAndExclamationMarks) {
  EXPECT_EQ(split("The envoys met on Tuesday. They agreed to talk again! Will they?"),
            (V{"The envoys met on Tuesday .", "They agreed to talk again !", "Will they ?"}));
}

TEST_P(BothMethods, TitlesAndAbbreviationsDoNotEndSentences) {
  EXPECT_EQ(split("Mr. Kos met Gen. Marek and Dr. Okafor on Tuesday. They talked for hours."),
            (V{"Mr. Kos met Gen. Marek and Dr. Okafor on Tuesday .", "They talked for hours ."}));
  EXPECT_EQ(split("The meeting began at 10 a.m. on Tuesday. It ended at noon."),
            (V{"The meeting began at 10 a.m. on Tuesday .", "It ended at noon ."}));
}

TEST_P(BothMethods, InitialsDoNotEndSentences) {
  EXPECT_EQ(split("The report was written by J. R. Smith and A. Kos. Both denied bias."),
            (V{"The report was written by J. R. Smith and A. Kos .", "Both denied bias ."}));
}

TEST_P(BothMethods, QuotesThatCloseAfterTheFullStop) {
  EXPECT_EQ(split("He said: \"We will go.\" Then he left."), (V{"He said : \" We will go . \"", "Then he left ."}));
  EXPECT_EQ(split("She said: “Not today.” The talks stalled."),
            (V{"She said : “ Not today . ”", "The talks stalled ."}));
  EXPECT_EQ(split("He asked: 'Why now?' Nobody answered."), (V{"He asked : ' Why now ? '", "Nobody answered ."}));
}

TEST_P(BothMethods, StraightQuotesOpenAndCloseByParity) {
  EXPECT_EQ(split("\"We have not given up,\" Kos told reporters. \"The talks will go on.\""),
            (V{"\" We have not given up , \" Kos told reporters .", "\" The talks will go on . \""}));
  EXPECT_EQ(split("Kos said: 'We cannot rule anything out.' She added that talks would go on."),
            (V{"Kos said : ' We can not rule anything out . '", "She added that talks would go on ."}));
}

TEST_P(BothMethods, UsAtTheEndOfASentence) {
  EXPECT_EQ(split("The aid came from the U.S. The money arrived in May."),
            (V{"The aid came from the U.S .", "The money arrived in May ."}));
  EXPECT_EQ(split("The U.S. envoy arrived in May."), (V{"The U.S. envoy arrived in May ."}));
}

TEST_P(BothMethods, SentencesNeverCrossParagraphs) {
  const Document d = segment("Talks resumed in Geneva\n\nThe envoys met on Tuesday and", seg());
  ASSERT_EQ(d.paragraphs.size(), 2u);
  ASSERT_EQ(d.sentences.size(), 2u);
  EXPECT_EQ(d.sentences.paragraph[0], 0u);
  EXPECT_EQ(d.sentences.paragraph[1], 1u);
  EXPECT_EQ(d.slice(d.paragraphs.span[0]), "Talks resumed in Geneva");
  EXPECT_EQ(d.slice(d.paragraphs.span[1]), "The envoys met on Tuesday and");
}

TEST_P(BothMethods, HeadlineOnItsOwnLineEndsASentence) {
  EXPECT_EQ(
      split("Envoys agree to resume talks\nThe envoys of both countries met in Geneva on Tuesday and agreed to "
            "meet again in May, officials said."),
      (V{"Envoys agree to resume talks",
         "The envoys of both countries met in Geneva on Tuesday and agreed to meet again in May , officials said ."}));
}

TEST_P(BothMethods, PhotoCaptionWithoutFinalPunctuation) {
  EXPECT_EQ(split("Photo: The foreign minister arrives in Geneva\n\nThe talks began an hour later."),
            (V{"Photo : The foreign minister arrives in Geneva", "The talks began an hour later ."}));
}

TEST_P(BothMethods, DatelineIsASentenceOfItsOwn) {
  // A wire dateline is no part of the first clause (it would become its subject's first words: "GENEVA, March 4
  // (Example Wire) - Envoys"), so it is a sentence of its own, at the top of a story only.
  EXPECT_EQ(split("GENEVA, March 4 (Example Wire) - Envoys from both sides met on Tuesday."),
            (V{"GENEVA , March 4 ( Example Wire ) -", "Envoys from both sides met on Tuesday ."}));
  EXPECT_EQ(split("LISBON (Example Wire) -- The ministry denied the report on Friday."),
            (V{"LISBON ( Example Wire ) --", "The ministry denied the report on Friday ."}));
  EXPECT_EQ(split("SAN JOSE, Costa Rica, Dec. 3 - Voters went to the polls."),
            (V{"SAN JOSE , Costa Rica , Dec. 3 -", "Voters went to the polls ."}));
  // A hyphen is no dash, and lower-case words are no dateline.
  EXPECT_EQ(split("US-led forces struck the depot on Monday."), (V{"US - led forces struck the depot on Monday ."}));
  EXPECT_EQ(split("NATO troops - two battalions - crossed the river."),
            (V{"NATO troops - two battalions - crossed the river ."}));
}

TEST_P(BothMethods, BulletList) {
  EXPECT_EQ(split("The rebels made three demands:\n- a ceasefire\n- talks in May\n- the release of prisoners"),
            (V{"The rebels made three demands :", "- a ceasefire", "- talks in May", "- the release of prisoners"}));
  EXPECT_EQ(split("Key points\n* Troops will withdraw\n* Talks resume in May"),
            (V{"Key points", "* Troops will withdraw", "* Talks resume in May"}));
}

TEST_P(BothMethods, BlockQuoteParagraph) {
  EXPECT_EQ(split("The statement read:\n\n\"We will not yield. We will talk.\"\n\nThe minister left."),
            (V{"The statement read :", "\" We will not yield .", "We will talk . \"", "The minister left ."}));
}

TEST_P(BothMethods, TitlesBeforeNamesAreNotSentenceEnds) {
  EXPECT_EQ(split("By all accounts, former Foreign Minister of the Republic of Maravia Elena Dorsan won the vote."),
            (V{"By all accounts , former Foreign Minister of the Republic of Maravia Elena Dorsan won the vote ."}));
  EXPECT_EQ(split("On Friday the Secretary General of the United Nations Paul Okafor flew to Vienna."),
            (V{"On Friday the Secretary General of the United Nations Paul Okafor flew to Vienna ."}));
}

TEST_P(BothMethods, EllipsisBeforeLowerCaseContinues) {
  EXPECT_EQ(split("They waited... and waited for an answer."), (V{"They waited ... and waited for an answer ."}));
}

TEST_P(BothMethods, HardWrappedParagraphIsNotSplitAtLineBreaks) {
  EXPECT_EQ(split("The foreign ministers of both countries met in Geneva on Tuesday and\n"
                  "agreed that the talks on the disputed border would resume in Vienna\n"
                  "in May. Officials said a deal on water rights was within reach, but\n"
                  "warned that the question of prisoners remained open."),
            (V{"The foreign ministers of both countries met in Geneva on Tuesday and agreed that the talks on the "
               "disputed border would resume in Vienna in May .",
               "Officials said a deal on water rights was within reach , but warned that the question of prisoners "
               "remained open ."}));
}

INSTANTIATE_TEST_SUITE_P(Segmenter, BothMethods, ::testing::Values(SplitMethod::model, SplitMethod::rules),
                         [](const auto& p) { return p.param == SplitMethod::model ? "model" : "rules"; });

TEST(SentenceSplitter, ModelLearnedWebTextBoundariesTheRulesMiss) {
  // Web text starts sentences in lower case and ends them with emoticons; the model learned both from EWT.
  EXPECT_EQ(sentences("I loved it!! the staff were great."), (V{"I loved it !!", "the staff were great ."}));
  EXPECT_EQ(sentences("Best pizza in town :) The crust is thin."), (V{"Best pizza in town :)", "The crust is thin ."}));
  EXPECT_EQ(sentences("I loved it!! the staff were great.", rules_segmenter()).size(), 1u);
}

TEST(SentenceSplitter, EverySentenceIsNonEmptyAndTheyTileTheTokens) {
  const Document d = segment("A. B. C. Mr. X said \"no.\" ... Then? Yes!! \n\n - \n\n(END)");
  uint32_t next = 0;
  for (size_t s = 0; s < d.sentences.size(); ++s) {
    EXPECT_EQ(d.sentences.first_token[s], next);
    EXPECT_LT(d.sentences.first_token[s], d.sentences.end_token[s]);
    next = d.sentences.end_token[s];
  }
  EXPECT_EQ(next, d.tokens.size());
}

TEST(SentenceSplitter, ReaderParagraphsAreKept) {
  Document d;
  d.text = "Headline text. Body one. Body two.";
  d.paragraphs.span.push_back({0, 14});
  d.paragraphs.span.push_back({15, static_cast<uint32_t>(d.text.size())});
  model_segmenter().annotate(d);
  ASSERT_EQ(d.sentences.size(), 3u);
  EXPECT_EQ(d.sentences.paragraph[0], 0u);
  EXPECT_EQ(d.sentences.paragraph[1], 1u);
}

}  // namespace
}  // namespace dunlin

namespace dunlin {
namespace {

// Random text from an alphabet of troublesome pieces: the layers must always be consistent and on code point
// boundaries, whatever the input.
TEST(Segmenter, RandomTextKeepsTheLayersConsistent) {
  const std::vector<std::string> pieces = {
      "a",     "B",  "é",  "Ω",    "7",  ".",        ",",   "'",   "’",     "\"",         "“",      "”",       "-",
      "—",     "/",  ":",  "@",    "#",  "$",        "%",   "(",   ")",     "!",          "?",      "…",       " ",
      " ",     " ",  "\n", "\n\n", "\t", "\xC2\xA0", "n't", "'s",  "U.S.",  "Mr.",        "e-mail", "http://", "www.",
      "x@y.z", ":)", "<3", "``",   "''", "can",      "not", "5pm", "1,000", "2020-05-11", "😀",      "\xCC\x81"};
  uint64_t state = 12345;
  auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<size_t>(state >> 33);
  };
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const size_t n = next() % 40;
    for (size_t k = 0; k < n; ++k) text += pieces[next() % pieces.size()];
    for (const Segmenter* seg : {&testing::model_segmenter(), &testing::rules_segmenter()}) {
      const Document d = testing::segment(text, *seg);
      uint32_t last = 0;
      for (size_t i = 0; i < d.tokens.size(); ++i) {
        ASSERT_LE(last, d.tokens.begin[i]) << text;
        ASSERT_LT(d.tokens.begin[i], d.tokens.end[i]) << text;
        ASSERT_LE(d.tokens.end[i], text.size()) << text;
        ASSERT_NE(static_cast<unsigned char>(text[d.tokens.begin[i]]) & 0xC0, 0x80) << text;
        ASSERT_TRUE(d.tokens.end[i] == text.size() ||
                    (static_cast<unsigned char>(text[d.tokens.end[i]]) & 0xC0) != 0x80)
            << text;
        last = d.tokens.end[i];
      }
      uint32_t expect = 0;
      for (size_t s = 0; s < d.sentences.size(); ++s) {
        ASSERT_EQ(d.sentences.first_token[s], expect) << text;
        ASSERT_LT(d.sentences.first_token[s], d.sentences.end_token[s]) << text;
        const ByteSpan para = d.paragraphs.span[d.sentences.paragraph[s]];
        const ByteSpan span = d.sentence_span(s);
        ASSERT_TRUE(para.begin <= span.begin && span.end <= para.end) << text;
        expect = d.sentences.end_token[s];
      }
      ASSERT_EQ(expect, d.tokens.size()) << text;
    }
  }
}

}  // namespace
}  // namespace dunlin
