// Tests that malformed dictionary files are rejected with "file:line: what is wrong", and of the date parser.
#include <gtest/gtest.h>

#include "actors_test_util.h"
#include "cli_test_util.h"
#include "dunlin/actors/country_dictionary.h"
#include "dunlin/actors/named_actor_dictionary.h"
#include "dunlin/actors/sector_dictionary.h"
#include "dunlin/actors/tsv.h"

namespace dunlin {
namespace {

using testing::TempDir;

// Runs `load` and returns the DictionaryError message ("" when nothing was thrown).
template <typename F>
std::string error_of(F load) {
  try {
    load();
  } catch (const DictionaryError& e) {
    return e.what();
  }
  return "";
}

NamedActorDictionary load_people(const std::string& path) {
  return NamedActorDictionary::load(path, "role", NamedActorDictionary::OutOfRange::former_is_elite, true);
}

TEST(DictionaryValidation, TsvHeaderAndRowShape) {
  TempDir dir;
  const std::string unknown = dir.write("unknown.tsv", "# comment\nphrase\tsector\tcolour\narmy\tMIL\tgreen\n");
  EXPECT_NE(error_of([&] { SectorDictionary::load(unknown); }).find("unknown.tsv:2: unknown column 'colour'"),
            std::string::npos);
  const std::string missing = dir.write("missing.tsv", "phrase\tnote\narmy\tx\n");
  EXPECT_NE(error_of([&] { SectorDictionary::load(missing); }).find("missing.tsv:1: missing required column 'sector'"),
            std::string::npos);
  const std::string wide = dir.write("wide.tsv", "phrase\tsector\n\narmy\tMIL\textra\n");
  EXPECT_NE(error_of([&] { SectorDictionary::load(wide); }).find("wide.tsv:3: row has 3 fields but the header has 2"),
            std::string::npos);
  const std::string empty = dir.write("empty.tsv", "# only a comment\n");
  EXPECT_NE(error_of([&] { SectorDictionary::load(empty); }).find("empty.tsv: no header line"), std::string::npos);
  EXPECT_NE(error_of([&] { SectorDictionary::load(dir.path() + "/absent.tsv"); }).find("cannot open file"),
            std::string::npos);
  const std::string bad_utf8 = dir.write("bad.tsv", "phrase\tsector\nar\xffmy\tMIL\n");
  EXPECT_NE(error_of([&] { SectorDictionary::load(bad_utf8); }).find("bad.tsv:2: invalid UTF-8"), std::string::npos);
}

TEST(DictionaryValidation, SectorRows) {
  TempDir dir;
  const std::string code = dir.write("s.tsv", "phrase\tsector\trank\narmy\tMIL\t2\nnavy\tSEA\t2\n");
  EXPECT_NE(error_of([&] { SectorDictionary::load(code); }).find("s.tsv:3: unknown sector code 'SEA'"), std::string::npos);
  const std::string rank = dir.write("r.tsv", "phrase\tsector\trank\narmy\tMIL\t7\n");
  EXPECT_NE(error_of([&] { SectorDictionary::load(rank); }).find("r.tsv:2: rank must be 1, 2 or 3"), std::string::npos);
  const std::string dup = dir.write("d.tsv", "phrase\tsector\nArmy|troops\tMIL\nthe  army\tMIL\n");
  EXPECT_NE(error_of([&] { SectorDictionary::load(dup); }).find("d.tsv:3: duplicate phrase 'the  army' (first at line 2)"),
            std::string::npos);
  const std::string ok = dir.write("ok.tsv", "phrase\tsector\trank\tnote\nsoldier|soldiers\tMIL\t2\t\n");
  EXPECT_EQ(SectorDictionary::load(ok).terms().size(), 2u);
}

TEST(DictionaryValidation, CountryRows) {
  TempDir dir;
  const std::string head = "code\tiso3\tkind\tname\tseats\n";
  const std::string bad_iso = dir.write("a.tsv", head + "SYR\tSY\tcountry\tSyria\t\n");
  EXPECT_NE(error_of([&] { CountryDictionary::load(bad_iso); }).find("a.tsv:2: bad ISO3 code 'SY'"), std::string::npos);
  const std::string dup = dir.write("b.tsv", head + "SYR\tSYR\tcountry\tSyria\t\nSYR\tSYX\tcountry\tSyria again\t\n");
  EXPECT_NE(error_of([&] { CountryDictionary::load(dup); }).find("b.tsv:3: duplicate code 'SYR' (first at line 2)"),
            std::string::npos);
  const std::string seat = dir.write("c.tsv", head + "RUS\tRUS\tcountry\tRussia\tKremlin\n");
  EXPECT_NE(error_of([&] { CountryDictionary::load(seat); }).find("c.tsv:2: seat 'Kremlin' must be written phrase=SECTOR"),
            std::string::npos);
  const std::string seat_code = dir.write("d.tsv", head + "RUS\tRUS\tcountry\tRussia\tKremlin=KGB\n");
  EXPECT_NE(error_of([&] { CountryDictionary::load(seat_code); }).find("unknown sector code 'KGB'"), std::string::npos);
  const std::string region = dir.write("e.tsv", head + "MEA\tMEA\tregion\tMiddle East\t\n");
  EXPECT_NE(error_of([&] { CountryDictionary::load(region); }).find("e.tsv:2: a region has no iso3 code"), std::string::npos);
  const std::string kind = dir.write("f.tsv", head + "MEA\t\tcontinent\tMiddle East\t\n");
  EXPECT_NE(error_of([&] { CountryDictionary::load(kind); }).find("f.tsv:2: kind must be country, territory or region"),
            std::string::npos);
}

TEST(DictionaryValidation, PeopleRows) {
  TempDir dir;
  const std::string head = "id\tnames\tcode\tfrom\tto\trole\n";
  const std::string bad_date = dir.write("a.tsv", head + "x\tX Y\tSYRGOV\t2020-13\t\tpresident\n");
  EXPECT_NE(error_of([&] { load_people(bad_date); }).find("a.tsv:2: bad date '2020-13' in column from"), std::string::npos);
  const std::string bad_day = dir.write("a2.tsv", head + "x\tX Y\tSYRGOV\t2021-02-29\t\tpresident\n");
  EXPECT_NE(error_of([&] { load_people(bad_day); }).find("a2.tsv:2: bad date '2021-02-29'"), std::string::npos);
  const std::string reversed = dir.write("b.tsv", head + "x\tX Y\tSYRGOV\t2020-05\t2019\tpresident\n");
  EXPECT_NE(error_of([&] { load_people(reversed); }).find("b.tsv:2: range ends (2019) before it starts (2020-05)"),
            std::string::npos);
  const std::string overlap = dir.write("c.tsv", head +
                                                     "x\tX Y\tSYRGOV\t2000\t2010\tpresident\n"
                                                     "x\t\tSYROPP\t2010-06\t\topposition\n");
  EXPECT_NE(error_of([&] { load_people(overlap); })
                .find("c.tsv:3: range of 'x' with code SYROPP overlaps the range at line 2 with code SYRGOV"),
            std::string::npos);
  const std::string same_code_overlap = dir.write("c2.tsv", head +
                                                               "x\tX Y\tSYRGOV\t2000\t2010\tpresident\n"
                                                               "x\t\tSYRGOV\t2005\t2012\tparty leader\n");
  EXPECT_EQ(load_people(same_code_overlap).actors().size(), 1u);  // two roles, one code: consistent
  const std::string dup = dir.write("d.tsv", head +
                                                 "x\tX Y\tSYRGOV\t2000\t2010\tpresident\n"
                                                 "y\tY Z\tSYRGOV\t2000\t2010\tpresident\n"
                                                 "x\tX Q\tIRQGOV\t2001\t2003\tminister\n");
  EXPECT_NE(error_of([&] { load_people(dup); }).find("d.tsv:4: duplicate id 'x' (first used at line 2"), std::string::npos);
  const std::string code = dir.write("e.tsv", head + "x\tX Y\tSYRGO\t\t\tpresident\n");
  EXPECT_NE(error_of([&] { load_people(code); }).find("e.tsv:2: code 'SYRGO' must be 3 to 15 upper-case letters"),
            std::string::npos);
  const std::string nameless = dir.write("f.tsv", head + "x\t\tSYRGOV\t\t\tpresident\n");
  EXPECT_NE(error_of([&] { load_people(nameless); }).find("f.tsv:2: actor 'x' has no names"), std::string::npos);
  const std::string id = dir.write("g.tsv", head + "Bad Id\tX\tSYRGOV\t\t\tpresident\n");
  EXPECT_NE(error_of([&] { load_people(id); }).find("g.tsv:2: id 'Bad Id' must be lower-case"), std::string::npos);
}

TEST(DictionaryValidation, PersonResolutionOutsideRanges) {
  TempDir dir;
  const std::string path = dir.write("p.tsv",
                                     "id\tnames\tcode\tfrom\tto\tcountry\trole\n"
                                     "a\tAnna Example\tUKRGOV\t2010-03\t2012-12\t\tminister\n"
                                     "a\t\tUKRGOV\t2015\t2016\t\tminister\n"
                                     "b\tBo Example\tIGOUNO\t2001\t2005\tSWE\tenvoy\n");
  const NamedActorDictionary people = load_people(path);
  const NamedActor& a = *people.by_id("a");
  EXPECT_EQ(people.resolve(a, parse_date("2010-03-01")).code, "UKRGOV");
  EXPECT_EQ(people.resolve(a, parse_date("2012-12-31")).code, "UKRGOV");  // "2012-12" covers the whole month
  EXPECT_EQ(people.resolve(a, parse_date("2010-02-28")).code, "UKR");     // before the first role
  EXPECT_EQ(people.resolve(a, parse_date("2013-06-01")).code, "UKRELI");  // between roles: out of office
  EXPECT_EQ(people.resolve(a, parse_date("2020-01-01")).code, "UKRELI");  // former
  EXPECT_EQ(people.resolve(a, kNoDate).code, "UKRGOV");                   // no date: the latest role
  EXPECT_EQ(people.resolve(*people.by_id("b"), parse_date("2010-01-01")).code, "SWEELI");  // nationality
  const NamedActorDictionary orgs =
      NamedActorDictionary::load(path, "role", NamedActorDictionary::OutOfRange::nearest_range);
  EXPECT_EQ(orgs.resolve(*orgs.by_id("a"), parse_date("2013-06-01")).code, "UKRGOV");
}

TEST(DictionaryDates, ParsesPartialDates) {
  EXPECT_EQ(parse_date("2020"), 20200101);
  EXPECT_EQ(parse_date("2020", true), 20201231);
  EXPECT_EQ(parse_date("2024-02", true), 20240229);
  EXPECT_EQ(parse_date("2023-02", true), 20230228);
  EXPECT_EQ(parse_date("2020-05-11"), 20200511);
  EXPECT_EQ(parse_date("2020-5-11"), kNoDate);
  EXPECT_EQ(parse_date("20200511"), kNoDate);
  EXPECT_EQ(parse_date("2020-04-31"), kNoDate);
  EXPECT_EQ(date_from_iso("2020-05-11T09:30:00Z"), 20200511);
  EXPECT_EQ(date_from_iso("May 2020"), kNoDate);
  EXPECT_EQ(format_date(20200511), "2020-05-11");
}

}  // namespace
}  // namespace dunlin
