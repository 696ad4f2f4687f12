// Tests of the CAMEO code table: the shipped data/events/cameo.tsv and validation of malformed tables.
#include "dunlin/events/cameo_codes.h"

#include <gtest/gtest.h>

#include "actors_test_util.h"
#include "cli_test_util.h"
#include "dunlin/actors/tsv.h"

namespace dunlin {
namespace {

const CameoCodes& shipped() {
  static const CameoCodes c = CameoCodes::load(DUNLIN_SOURCE_DIR "/data/events/cameo.tsv");
  return c;
}

TEST(CameoCodes, ShippedTableHasEveryCode) {
  EXPECT_EQ(shipped().codes().size(), 312u);
  for (int root = 1; root <= 20; ++root) {
    char code[3];
    std::snprintf(code, sizeof code, "%02d", root);
    ASSERT_NE(shipped().find(code), nullptr) << code;
  }
}

TEST(CameoCodes, GoldsteinQuadAndPlover) {
  const CameoCode* c = shipped().find("190");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->name, "Use conventional military force");
  EXPECT_DOUBLE_EQ(c->goldstein, -10.0);
  EXPECT_EQ(c->quad_class, 4);
  EXPECT_EQ(c->plover_type, "ASSAULT");

  c = shipped().find("042");
  ASSERT_NE(c, nullptr);
  EXPECT_DOUBLE_EQ(c->goldstein, 1.9);
  EXPECT_EQ(c->quad_class, 1);
  EXPECT_EQ(c->plover_type, "CONSULT");
  EXPECT_EQ(c->plover_mode, "visit");

  c = shipped().find("112");
  ASSERT_NE(c, nullptr);
  EXPECT_DOUBLE_EQ(c->goldstein, -2.0);
  EXPECT_EQ(c->quad_class, 3);
  EXPECT_EQ(c->plover_type, "ACCUSE");

  c = shipped().find("016");  // GDELT and ICEWS disagree here
  ASSERT_NE(c, nullptr);
  EXPECT_DOUBLE_EQ(c->goldstein, -2.0);
  EXPECT_DOUBLE_EQ(c->goldstein_icews, -5.0);
  EXPECT_EQ(c->plover_type, "");  // PLOVER drops root 01

  c = shipped().find("0253");  // appeals are REQUEST ("10 (and 02)" in the 2021 manual's event list)
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->plover_type, "REQUEST");
  EXPECT_EQ(c->plover_mode, "change");

  c = shipped().find("0874");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->level(), 2);
  EXPECT_EQ(c->root(), "08");
  EXPECT_EQ(c->quad_class, 2);

  EXPECT_EQ(shipped().find("10"), shipped().find("10"));
  EXPECT_EQ(shipped().find("1"), nullptr);
  EXPECT_EQ(shipped().find("999"), nullptr);
  ASSERT_NE(shipped().find_or_parent("0439"), nullptr);
  EXPECT_EQ(shipped().find_or_parent("0439")->code, "043");
}

TEST(CameoCodes, QuadClassOfRoot) {
  EXPECT_EQ(quad_class_of_root(5), 1);
  EXPECT_EQ(quad_class_of_root(6), 2);
  EXPECT_EQ(quad_class_of_root(13), 3);
  EXPECT_EQ(quad_class_of_root(14), 4);
  EXPECT_EQ(quad_class_of_root(21), 0);
}

std::string error_of(const std::string& path) {
  try {
    CameoCodes::load(path);
  } catch (const DictionaryError& e) {
    return e.what();
  }
  return "";
}

TEST(CameoCodes, RejectsMalformedTables) {
  testing::TempDir dir;
  const std::string head = "code\tname\tgoldstein\tquad_class\tplover_type\n";
  EXPECT_NE(error_of(dir.write("a.tsv", head + "04\tCONSULT\t1.0\t3\tCONSULT\n"))
                .find("a.tsv:2: quad_class 3 does not match root 04 (expected 1)"),
            std::string::npos);
  EXPECT_NE(error_of(dir.write("b.tsv", head + "04\tCONSULT\t11\t1\tCONSULT\n")).find("b.tsv:2: goldstein '11'"),
            std::string::npos);
  EXPECT_NE(error_of(dir.write("c.tsv", head + "042\tVisit\t1.9\t1\tCONSULT\n"))
                .find("c.tsv:2: code '042' comes before (or without) its parent '04'"),
            std::string::npos);
  EXPECT_NE(error_of(dir.write("d.tsv", head + "04\tCONSULT\t1\t1\tCONSULT\n04\tAgain\t1\t1\tCONSULT\n"))
                .find("d.tsv:3: duplicate code '04' (first at line 2)"),
            std::string::npos);
  EXPECT_NE(error_of(dir.write("e.tsv", head + "21\tNew\t1\t1\t\n")).find("e.tsv:2: code '21' has root 21"),
            std::string::npos);
  EXPECT_NE(error_of(dir.write("f.tsv", head + "04\tCONSULT\t1\t1\tTALK\n")).find("f.tsv:2: unknown PLOVER event type 'TALK'"),
            std::string::npos);
  EXPECT_NE(error_of(dir.write("g.tsv", head + "4a\tX\t1\t1\t\n")).find("g.tsv:2: code '4a' must be 2 to 4 digits"),
            std::string::npos);
}

TEST(CameoCodes, UserRowsReplaceAndExtend) {
  testing::TempDir dir;
  CameoCodes codes = shipped();
  codes.merge(CameoCodes::load(dir.write("user.tsv", "code\tname\tgoldstein\tquad_class\n"
                                                     "042\tMake a visit (our wording)\t2.5\t1\n"
                                                     "0425\tVisit a disputed area\t1.0\t1\n"),
                               false));
  EXPECT_EQ(codes.find("042")->name, "Make a visit (our wording)");
  EXPECT_DOUBLE_EQ(codes.find("042")->goldstein, 2.5);
  ASSERT_NE(codes.find("0425"), nullptr);
  EXPECT_EQ(codes.codes().size(), 313u);
  EXPECT_THROW(codes.merge(CameoCodes::load(dir.write("orphan.tsv", "code\tname\tgoldstein\tquad_class\n"
                                                                    "20\tX\t-10\t4\n"
                                                                    "2091\tY\t-10\t4\n"),
                                                    false)),
               DictionaryError);
}

}  // namespace
}  // namespace dunlin
