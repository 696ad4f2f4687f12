#include "dunlin/events/verb_frames.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "cli_test_util.h"
#include "dunlin/actors/tsv.h"

namespace dunlin {
namespace {

const char* kHeader = "lemma\tkind\tframe\tcameo\n";

VerbFrameDictionary dict(const std::string& rows) { return VerbFrameDictionary::parse(kHeader + rows, "test.tsv"); }

std::string error_of(const std::string& rows) {
  try {
    dict(rows);
  } catch (const DictionaryError& e) {
    return e.what();
  }
  return "";
}

TEST(VerbFrames, MostSpecificFrameWins) {
  const auto d = dict(
      "meet\tverb\t-\t040\n"
      "meet\tverb\twith:T\t040\n"
      "impose\tverb\tobj=sanction|embargo on\t163\n"
      "call\tverb\tT\t041\n"
      "call\tverb\tprt=on on:T\t020\n"
      "call\tverb\tprt=off obj=strike\t080\n");
  ClauseShape c{"meet", "", "", {"with"}, {}};
  const VerbFrame* f = d.match(FrameKind::verb, c);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->target_preps, std::vector<std::string>{"with"});

  c = {"impose", "", "sanction", {"on"}, {}};
  ASSERT_NE(d.match(FrameKind::verb, c), nullptr);
  EXPECT_EQ(d.match(FrameKind::verb, c)->cameo, "163");
  c = {"impose", "", "curfew", {"on"}, {}};
  EXPECT_EQ(d.match(FrameKind::verb, c), nullptr) << "object lemma must match";

  c = {"call", "on", "", {"on"}, {}};
  EXPECT_EQ(d.match(FrameKind::verb, c)->cameo, "020");
  c = {"call", "", "minister", {}, {}};
  EXPECT_EQ(d.match(FrameKind::verb, c)->cameo, "041");
  c = {"call", "off", "strike", {}, {}};
  EXPECT_EQ(d.match(FrameKind::verb, c)->cameo, "080");
  c = {"call", "off", "rally", {}, {}};
  EXPECT_EQ(d.match(FrameKind::verb, c), nullptr) << "a named particle is not ignored";
  c = {"resign", "", "", {}, {}};
  EXPECT_EQ(d.match(FrameKind::verb, c), nullptr) << "no catch-all default code";
}

TEST(VerbFrames, LaterFileOverridesSameFrame) {
  testing::TempDir dir;
  dir.write("a.tsv", std::string(kHeader) + "meet\tverb\twith:T\t040\n");
  dir.write("b.tsv", std::string(kHeader) + "meet\tverb\twith:T\t046\n");
  const auto d = VerbFrameDictionary::load({dir.path() + "/a.tsv", dir.path() + "/b.tsv"});
  EXPECT_EQ(d.size(), 1u);
  ClauseShape c{"meet", "", "", {"with"}, {}};
  EXPECT_EQ(d.match(FrameKind::verb, c)->cameo, "046");
}

TEST(VerbFrames, ValidationErrorsNameFileAndLine) {
  EXPECT_NE(error_of("meet\tverb\twith:T\t240\n").find("test.tsv:2: bad CAMEO code '240'"), std::string::npos);
  EXPECT_NE(error_of("meet\tverb\twith:T\n").find("test.tsv:2: bad CAMEO code ''"), std::string::npos);
  EXPECT_NE(error_of("meet\tadverb\t-\t040\n").find("test.tsv:2: bad kind"), std::string::npos);
  EXPECT_NE(error_of("meet\tverb\tT obj=talk\t040\n").find("T and obj="), std::string::npos);
  EXPECT_NE(error_of("x\tverb\t-\t040\nmeet\tverb\tWITH\t040\n").find("test.tsv:3: bad frame"), std::string::npos);
  EXPECT_NE(error_of("talk\tnoun\tT\t046\n").find("noun frame"), std::string::npos);
  EXPECT_NE(error_of("talk\tnoun\tT!\t046\n").find("noun frame"), std::string::npos);
  EXPECT_NE(error_of("visit\tverb\tT!!\t042\n").find("unknown requirement 'T!!'"), std::string::npos);
  EXPECT_NE(error_of("attack\tnoun\ton:T!\t190\n").find("verb frames only"), std::string::npos);
  EXPECT_NE(error_of("receive\tconverse\t-\t-\n").find("needs P:S"), std::string::npos);
  EXPECT_NE(error_of("receive\tconverse\tfrom:S\t040\n").find("cameo is '-'"), std::string::npos);
  EXPECT_NE(error_of("receive\tconverse\tfrom:S T\t-\n").find("only P:S"), std::string::npos);
  EXPECT_NE(error_of("meet\tverb\tfrom:S\t040\n").find("converse frames only"), std::string::npos);
  EXPECT_NE(error_of("cowardly\tlabel\tT\t111\n").find("label frame takes no requirements"), std::string::npos);
  EXPECT_NE(error_of("cowardly\tlabel\t-\t1x1\n").find("bad CAMEO code"), std::string::npos);
  // The same frame twice in one file: only the last would count, so it is an error (a later file may override).
  EXPECT_NE(error_of("meet\tverb\twith:T\t040\nmeet\tverb\t-\t040\nmeet\tverb\twith:T\t046\n")
                .find("test.tsv:4: the same lemma, kind and frame as line 2"),
            std::string::npos);
  try {
    VerbFrameDictionary::parse("lemma\tkind\tcameo\n", "nohead.tsv");
    FAIL();
  } catch (const DictionaryError& e) {
    EXPECT_NE(std::string(e.what()).find("frame"), std::string::npos) << e.what();
  }
}

TEST(VerbFrames, ATargetThatMustBeAnActor) {
  const auto d = dict("visit\tverb\tT!\t042\n");
  const VerbFrame* f = d.match(FrameKind::verb, ClauseShape{"visit", "", "ministry", {}, {}});
  ASSERT_NE(f, nullptr);  // the frame matches; the coder decides from the object's actor (event coder tests)
  EXPECT_TRUE(f->target_is_object);
  EXPECT_TRUE(f->target_required);
  const auto p = dict("attribute\tverb\tto:T!\t112\n");
  const VerbFrame* g = p.match(FrameKind::verb, ClauseShape{"attribute", "", "attack", {"to"}, {}});
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->target_preps, std::vector<std::string>{"to"});
  EXPECT_TRUE(g->target_required);
  EXPECT_FALSE(
      dict("visit\tverb\tT\t042\n").match(FrameKind::verb, ClauseShape{"visit", "", "x", {}, {}})->target_required);
}

TEST(VerbFrames, APhraseHeadedByANamedNoun) {
  const auto d = dict(
      "remain\tverb\t-\t010\n"
      "remain\tverb\ton=alert|standby\t152\n"
      "take\tverb\tT into=custody\t173\n");
  EXPECT_TRUE(d.reads_prep_objects("remain"));
  EXPECT_FALSE(d.reads_prep_objects("meet"));
  ClauseShape c{"remain", "", "", {"in", "on"}, {"town", "standby"}};
  ASSERT_NE(d.match(FrameKind::verb, c), nullptr);
  EXPECT_EQ(d.match(FrameKind::verb, c)->cameo, "152");
  c = {"remain", "", "", {"in", "on"}, {"standby", "duty"}};
  EXPECT_EQ(d.match(FrameKind::verb, c)->cameo, "010") << "the noun must head the phrase of that preposition";
  c = {"remain", "", "", {"on"}, {}};
  EXPECT_EQ(d.match(FrameKind::verb, c)->cameo, "010") << "no nouns given: the P=A frame cannot match";
  c = {"take", "", "fisherman", {"into"}, {"custody"}};
  EXPECT_EQ(d.match(FrameKind::verb, c)->cameo, "173");
  c = {"take", "", "fisherman", {"into"}, {"account"}};
  EXPECT_EQ(d.match(FrameKind::verb, c), nullptr);
  EXPECT_NE(error_of("remain\tverb\ton=\t152\n").find("test.tsv:2: bad frame"), std::string::npos);
  EXPECT_NE(error_of("remain\tverb\ton=Alert\t152\n").find("noun after on="), std::string::npos);
  EXPECT_NE(error_of("talk\tnoun\ton=alert\t046\n").find("verb frames only"), std::string::npos);
  // Same lemma and requirements in one file is an error; another noun list is another frame.
  EXPECT_NE(error_of("remain\tverb\ton=alert\t152\nremain\tverb\ton=alert\t151\n").find("as line 2"),
            std::string::npos);
  EXPECT_EQ(dict("remain\tverb\ton=alert\t152\nremain\tverb\ton=guard\t151\n").size(), 2u);
}

TEST(VerbFrames, ShippedDictionaryLoadsAndCoversEveryRoot) {
  const auto d = VerbFrameDictionary::load({DUNLIN_SOURCE_DIR "/data/events/verb_frames.tsv"});
  EXPECT_GT(d.size(), 300u);
  std::set<std::string> roots;
  for (const VerbFrame& f : d.frames())
    if (f.kind != FrameKind::converse) roots.insert(f.cameo.substr(0, 2));
  EXPECT_EQ(roots.size(), 20u);
  ClauseShape c{"hold", "", "talk", {"with"}, {}};
  EXPECT_EQ(d.match(FrameKind::verb, c), nullptr) << "light verbs are resolved through their noun";
  c = {"talk", "", "", {"with"}, {}};
  EXPECT_EQ(d.match(FrameKind::noun, c)->cameo, "046");
  c = {"crack", "down", "", {"on"}, {}};
  EXPECT_EQ(d.match(FrameKind::verb, c)->cameo, "175");
}

// Label frames: words that code the calling of something by them ("called it a cowardly act" -> 111); a kind of
// their own, so "label" the word and "label" the verb do not meet.
TEST(VerbFrames, LabelFramesAreAKindOfTheirOwn) {
  const auto d = dict("cowardly\tlabel\t-\t111\nnon-starter\tlabel\t-\t120\nlabel\tverb\tT\t111\n");
  ASSERT_NE(d.first(FrameKind::label, "cowardly"), nullptr);
  EXPECT_EQ(d.first(FrameKind::label, "cowardly")->cameo, "111");
  EXPECT_EQ(d.first(FrameKind::label, "non-starter")->cameo, "120");
  EXPECT_EQ(d.first(FrameKind::label, "label"), nullptr);
  EXPECT_EQ(d.first(FrameKind::verb, "cowardly"), nullptr);
  EXPECT_NE(d.first(FrameKind::verb, "label"), nullptr);
}

TEST(VerbFrames, FirstFrameOfALemma) {
  const auto d = VerbFrameDictionary::parse(
      "lemma\tkind\tframe\tcameo\ncall\tnoun\twith:T\t041\ncall\tnoun\tto:T\t040\nimpose\tverb\tobj=sanction\t163\n",
      "first.tsv");
  ASSERT_NE(d.first(FrameKind::noun, "call"), nullptr);
  EXPECT_EQ(d.first(FrameKind::noun, "call")->cameo, "041");
  EXPECT_TRUE(d.has_lemma(FrameKind::noun, "sanction")) << "obj= nouns are known lemmas";
  EXPECT_EQ(d.first(FrameKind::noun, "sanction"), nullptr) << "but have no frame of their own";
  EXPECT_EQ(d.first(FrameKind::verb, "call"), nullptr);
}

TEST(VerbFrames, MissingFileIsAClearError) {
  try {
    VerbFrameDictionary::load({"/nonexistent/frames.tsv"});
    FAIL();
  } catch (const DictionaryError& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/frames.tsv"), std::string::npos);
  }
}

}  // namespace
}  // namespace dunlin
