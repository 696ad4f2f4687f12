// JSON Lines reader: good lines, bad lines (reported with line and byte offset, skipped), custom field names,
// gzip, and a line far over the size limit.
#include <gtest/gtest.h>

#include <cstdio>

#include "read_test_util.h"

namespace dunlin {
namespace {
using testing::Collected;
using testing::fixture;
using testing::read_all;
using testing::TempDir;

void expect_news_jsonl(const Collected& c, const std::string& path) {
  ASSERT_EQ(c.docs.size(), 5u);
  EXPECT_EQ(c.docs[0].id, "n1");
  EXPECT_EQ(c.docs[0].text, "The finance minister of Oberland announced new tariffs on Monday.");
  EXPECT_EQ(c.docs[0].title, "Oberland raises tariffs");
  EXPECT_EQ(c.docs[0].date, "2022-01-10");
  EXPECT_EQ(c.docs[0].url, "https://wire.example/n1");
  EXPECT_EQ(c.docs[0].outlet, "Wire One");
  EXPECT_EQ(c.docs[0].source, path + "#1");
  EXPECT_EQ(c.docs[1].text,
            "Protesters gathered outside the parliament in Lenta.\n\nPolice said the march was peaceful.");
  EXPECT_EQ(c.docs[1].date, "2022-01-11");  // "Jan 11, 2022" normalized
  // No id: named after the file and line.
  EXPECT_EQ(c.docs[2].id, std::filesystem::path(path).filename().string() + ":7");
  EXPECT_EQ(c.docs[3].id, "latin");
  EXPECT_EQ(c.docs[3].text, "Talks in K\xEF\xBF\xBDln ended without a deal.");
  EXPECT_EQ(c.docs[4].id, "n10");

  EXPECT_EQ(c.stats.documents, 5u);
  EXPECT_EQ(c.stats.failed_documents, 4u);  // lines 3, 4, 5, 9
  EXPECT_EQ(c.stats.warnings, 1u);          // line 8
  ASSERT_EQ(c.problems.size(), 5u);
  const struct {
    const char* line;
    const char* what;
  } expected[] = {{"line 3:", "invalid JSON"}, {"line 4:", "no \"text\" field"},
                  {"line 5:", "not a string"}, {"line 8:", "invalid UTF-8"}, {"line 9:", "not an object"}};
  for (size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(c.problems[i].file, path);
    EXPECT_EQ(c.problems[i].message.rfind(expected[i].line, 0), 0u) << c.problems[i].message;
    EXPECT_NE(c.problems[i].message.find(expected[i].what), std::string::npos) << c.problems[i].message;
  }
  // Byte offsets point at the start of the bad line (decompressed offsets for .gz), and at the bad byte for UTF-8.
  std::ifstream in(fixture("news.jsonl"), std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(c.problems[0].byte_offset, static_cast<int64_t>(bytes.find("{\"id\": \"bad-json\"")));
  EXPECT_EQ(c.problems[2].byte_offset, static_cast<int64_t>(bytes.find("{\"id\": \"num-text\"")));
  EXPECT_EQ(c.problems[3].byte_offset, static_cast<int64_t>(bytes.find('\xF6')));
}

TEST(JsonlReader, GoodAndBadLines) {
  const std::string path = fixture("news.jsonl");
  expect_news_jsonl(read_all({path}), path);
}

TEST(JsonlReader, GzipFileGivesTheSameResult) {
  const std::string path = fixture("news.jsonl.gz");
  expect_news_jsonl(read_all({path}), path);
}

TEST(JsonlReader, CustomFieldNames) {
  ReadOptions options;
  options.jsonl_fields = {"doc_id", "body", "headline", "published", "link", "source"};
  const Collected c = read_all({fixture("custom_fields.jsonl")}, options);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "c1");
  EXPECT_EQ(c.docs[0].text, "Custom field names work.");
  EXPECT_EQ(c.docs[0].title, "Custom");
  EXPECT_EQ(c.docs[0].date, "2020-05-11T09:30:00Z");
  EXPECT_EQ(c.docs[0].url, "https://x.example/c1");
  EXPECT_EQ(c.docs[0].outlet, "X");
  // With the default names the same file has no text field.
  const Collected d = read_all({fixture("custom_fields.jsonl")});
  EXPECT_TRUE(d.docs.empty());
  EXPECT_EQ(d.stats.failed_documents, 1u);
}

TEST(JsonlReader, ParseRecordDirectly) {
  Document doc;
  std::string error;
  EXPECT_TRUE(parse_jsonl_record(R"({"id": 17, "text": "Numeric ids are kept.", "date": "sometime"})", {}, doc, error));
  EXPECT_EQ(doc.id, "17");
  EXPECT_EQ(doc.date, "sometime");  // not a recognized date: kept as written
  EXPECT_FALSE(parse_jsonl_record("", {}, doc, error));
  EXPECT_FALSE(parse_jsonl_record(R"({"text": null})", {}, doc, error));
  EXPECT_NE(error.find("not a string"), std::string::npos);
}

TEST(JsonlReader, LineOverTheLimitIsSkippedAndTheNextLineIsRead) {
  // A 100 MB line between two good ones. The reader must not hold it (the limit is 64 MB) and must go on.
  static const char kFirstLine[] = "{\"id\": \"before\", \"text\": \"The line before the huge one.\"}\n";
  TempDir tmp;
  const std::string path = tmp.path() + "/huge.jsonl";
  {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    std::fputs(kFirstLine, f);
    std::fputs("{\"id\": \"huge\", \"text\": \"", f);
    const std::string block(size_t{1} << 20, 'x');
    for (int i = 0; i < 100; ++i) std::fwrite(block.data(), 1, block.size(), f);
    std::fputs("\"}\n{\"id\": \"after\", \"text\": \"The line after the huge one.\"}\n", f);
    std::fclose(f);
  }
  const Collected c = read_all({path});
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].id, "before");
  EXPECT_EQ(c.docs[1].id, "after");
  EXPECT_EQ(c.docs[1].source, path + "#3");
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0].byte_offset, static_cast<int64_t>(sizeof kFirstLine - 1));  // start of line 2
  EXPECT_NE(c.problems[0].message.find("line 2: longer than the limit"), std::string::npos);
  EXPECT_EQ(c.stats.failed_documents, 1u);
}

TEST(JsonlReader, CrLfLineEndsAndBlankLines) {
  TempDir tmp;
  const std::string path =
      tmp.write("crlf.jsonl", "{\"text\": \"Windows line ends.\"}\r\n\r\n   \r\n{\"text\": \"Second.\"}");
  const Collected c = read_all({path});
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[1].text, "Second.");
  EXPECT_EQ(c.docs[1].id, "crlf.jsonl:4");
  EXPECT_TRUE(c.problems.empty());
}

TEST(JsonlReader, TruncatedAndCorruptGzip) {
  // news.jsonl.gz cut in the middle: the lines before the cut are read, the cut line is reported once.
  std::ifstream in(fixture("news.jsonl.gz"), std::ios::binary);
  const std::string gz((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  TempDir tmp;
  const std::string path = tmp.write("cut.jsonl.gz", gz.substr(0, gz.size() - 40));
  const Collected c = read_all({path});
  ASSERT_GE(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "n1");
  ASSERT_FALSE(c.problems.empty());
  const Problem& last = c.problems.back();
  EXPECT_EQ(last.byte_offset, 0);  // the (only) gzip member starts at byte 0
  EXPECT_NE(last.message.find("truncated gzip"), std::string::npos) << last.message;
  EXPECT_NE(last.message.find("is lost"), std::string::npos) << last.message;
  // The cut line is reported once, as lost, and not also parsed as a bad JSON line.
  const size_t at = last.message.find("(line ");
  ASSERT_NE(at, std::string::npos);
  const std::string lost = "line " + last.message.substr(at + 6, last.message.find(' ', at + 6) - at - 6) + ":";
  for (const Problem& p : c.problems) EXPECT_NE(p.message.rfind(lost, 0), 0u) << p.message;
  EXPECT_EQ(c.stats.failed_documents, c.errors());
}

}  // namespace
}  // namespace dunlin
