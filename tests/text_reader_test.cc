#include <gtest/gtest.h>

#include "dunlin/read/reader.h"

namespace dunlin {
namespace {

TEST(TextReader, HeaderLinesSetMetadata) {
  Document doc;
  std::vector<Problem> problems;
  ASSERT_TRUE(read_text_document("Title: Envoys meet in Geneva\nDate: 2021-03-04\nOutlet: Example Wire\n\n"
                                 "The envoys met on Tuesday.\r\n\r\nThey agreed to talk again.\n",
                                 "a.txt", doc, [&](const Problem& p) { problems.push_back(p); }));
  EXPECT_EQ(doc.title, "Envoys meet in Geneva");
  EXPECT_EQ(doc.date, "2021-03-04");
  EXPECT_EQ(doc.outlet, "Example Wire");
  EXPECT_EQ(doc.text, "The envoys met on Tuesday.\n\nThey agreed to talk again.");
  EXPECT_TRUE(problems.empty());
}

TEST(TextReader, TextWithoutHeaderIsKeptWhole) {
  Document doc;
  ASSERT_TRUE(read_text_document("Note: this is not a header\nbecause no blank line closes it.\n", "b.txt", doc, {}));
  EXPECT_EQ(doc.text, "Note: this is not a header\nbecause no blank line closes it.");
  EXPECT_TRUE(doc.title.empty());
}

TEST(TextReader, InvalidUtf8IsReplacedAndReportedWithOffset) {
  Document doc;
  std::vector<Problem> problems;
  ASSERT_TRUE(read_text_document("Caf\xE9 talks", "c.txt", doc, [&](const Problem& p) { problems.push_back(p); }));
  EXPECT_EQ(doc.text, "Caf\xEF\xBF\xBD talks");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].file, "c.txt");
  EXPECT_EQ(problems[0].byte_offset, 3);
  EXPECT_EQ(problems[0].severity, Problem::Severity::warning);
}

TEST(TextReader, EmptyDocumentIsAnError) {
  Document doc;
  std::vector<Problem> problems;
  EXPECT_FALSE(read_text_document(" \n\n", "d.txt", doc, [&](const Problem& p) { problems.push_back(p); }));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].to_string().find("d.txt"), std::string::npos);
}

}  // namespace
}  // namespace dunlin
