#include "dunlin/events/modality.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "dunlin/actors/tsv.h"

namespace dunlin {
namespace {

const std::string kData = DUNLIN_SOURCE_DIR "/data/events/";

TEST(Modality, ShippedTablesGiveCodesByInnerRoot) {
  const auto verbs = ComplementVerbs::load({kData + "complement_verbs.tsv"}, {kData + "modality_codes.tsv"});
  const auto agree = verbs.lookup("agree");
  ASSERT_EQ(agree.size(), 1u);
  EXPECT_EQ(agree[0].cls, ComplementClass::intent);
  EXPECT_EQ(verbs.code_for(ComplementClass::intent, "04"), "036");   // agreed to meet
  EXPECT_EQ(verbs.code_for(ComplementClass::intent, "19"), "030");   // fallback
  EXPECT_EQ(verbs.code_for(ComplementClass::threat, "19"), "138");   // threatened to strike
  EXPECT_EQ(verbs.code_for(ComplementClass::appeal, "07"), "023");   // urged to send aid
  EXPECT_EQ(verbs.code_for(ComplementClass::negate, "19"), "");      // failed to attack: no code
  const auto urge = verbs.lookup("urge");
  ASSERT_EQ(urge.size(), 1u);
  EXPECT_TRUE(urge[0].object_acts);
  EXPECT_EQ(verbs.lookup("reject").size(), 2u);  // refuse to + deny that
  EXPECT_TRUE(verbs.lookup("eat").empty());
}

TEST(Modality, BadRowsNameFileAndLine) {
  const std::string dir = ::testing::TempDir();
  const std::string bad = dir + "/bad_complement.tsv";
  std::ofstream(bad) << "# comment\nlemma\tclass\ttarget\nagree\tpromise\tsubject\n";
  try {
    ComplementVerbs::load({bad}, {});
    FAIL();
  } catch (const DictionaryError& e) {
    EXPECT_NE(std::string(e.what()).find("bad_complement.tsv:3: unknown class 'promise'"), std::string::npos)
        << e.what();
    // The message lists every class a row may name, the last added included.
    EXPECT_NE(std::string(e.what()).find("(intent, appeal, demand, refuse, threat, attempt, desire, plan, negate, "
                                         "deny, report, hedge)"),
              std::string::npos)
        << e.what();
  }
  const std::string bad_codes = dir + "/bad_codes.tsv";
  std::ofstream(bad_codes) << "class\tinner_root\tcameo\nnegate\t19\t190\n";
  EXPECT_THROW(ComplementVerbs::load({}, {bad_codes}), DictionaryError);
}

}  // namespace
}  // namespace dunlin
