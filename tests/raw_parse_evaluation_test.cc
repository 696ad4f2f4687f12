// Scoring tags and parses from raw text: words aligned through surface tokens, F1 over aligned words.
#include "dunlin/nlp/raw_parse_evaluation.h"

#include <gtest/gtest.h>

#include "dunlin/conllu/conllu_document.h"
#include "parse_fixture.h"

namespace dunlin {
namespace {

using testing::parsed_sentence;

const char* kSentence = R"(Oman Oman PROPN 2 nsubj
hosted host VERB 0 root
talks talk NOUN 2 obj
. . PUNCT 2 punct)";

TEST(RawParseEvaluation, IdenticalAnalysisScoresFull) {
  const auto gold = gold_documents({parsed_sentence(kSentence)});
  ASSERT_EQ(gold.size(), 1u);
  ASSERT_EQ(gold[0].words.size(), 4u);
  EXPECT_EQ(gold[0].words[0].head, 1);
  EXPECT_EQ(gold[0].words[1].head, -1);
  const Document system = document_from_conllu({parsed_sentence(kSentence)});
  ASSERT_EQ(system.text, gold[0].doc.text);
  const nlp::RawParseScores s = nlp::score_raw_parse(gold[0], system);
  EXPECT_EQ(s.words.correct, 4u);
  EXPECT_DOUBLE_EQ(s.upos.f1(), 100.0);
  EXPECT_DOUBLE_EQ(s.uas.f1(), 100.0);
  EXPECT_DOUBLE_EQ(s.las.f1(), 100.0);
}

TEST(RawParseEvaluation, WrongHeadLabelAndSegmentationCount) {
  const auto gold = gold_documents({parsed_sentence(kSentence)});
  // The system read "talks" as the subject of "hosted" (right head, wrong relation) and "Oman" as a modifier of
  // "talks" (wrong head): UAS 3 of 4, LAS 2 of 4.
  const Document system = document_from_conllu({parsed_sentence(R"(Oman Oman PROPN 3 nmod
hosted host VERB 0 root
talks talk NOUN 2 nsubj
. . PUNCT 2 punct)")});
  nlp::RawParseScores s = nlp::score_raw_parse(gold[0], system);
  EXPECT_EQ(s.uas.correct, 3u);
  EXPECT_EQ(s.las.correct, 2u);
  EXPECT_DOUBLE_EQ(s.las.f1(), 50.0);
  // A system that glued "talks." into one token: neither word aligns, the other two still do.
  const Document glued = document_from_conllu({parsed_sentence(R"(Oman Oman PROPN 2 nsubj
hosted host VERB 0 root
talks. talks. NOUN 2 obj)")});
  s = nlp::score_raw_parse(gold[0], glued);
  EXPECT_EQ(s.words.system, 3u);
  EXPECT_EQ(s.words.gold, 4u);
  EXPECT_EQ(s.words.correct, 2u);
  EXPECT_EQ(s.uas.correct, 2u);
}

}  // namespace
}  // namespace dunlin
