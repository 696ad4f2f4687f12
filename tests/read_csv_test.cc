// CSV reader: RFC 4180 records (quoted commas, line breaks, doubled quotes), columns found from common names or
// named, windows-1252 rows, dates, and bad rows reported with their line and skipped while the others are read.
#include <gtest/gtest.h>

#include <fstream>

#include "dunlin/text/utf8.h"
#include "read_test_util.h"

namespace dunlin {
namespace {
using testing::Collected;
using testing::fixture;
using testing::read_all;
using testing::TempDir;

std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

bool has_problem(const Collected& c, Problem::Severity severity, const std::string& start, const std::string& part) {
  for (const Problem& p : c.problems)
    if (p.severity == severity && p.message.rfind(start, 0) == 0 && p.message.find(part) != std::string::npos)
      return true;
  return false;
}

TEST(CsvParse, QuotedFieldsWithSeparatorsLineBreaksAndQuotes) {
  std::vector<std::vector<std::string>> rows;
  std::string error;
  ASSERT_TRUE(parse_csv("a,b,c\n\"x, y\",\"line one\r\nline two\",\"she said \"\"no\"\"\"\n,,\nlast,\"\",z", rows,
                        error))
      << error;
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(rows[1], (std::vector<std::string>{"x, y", "line one\r\nline two", "she said \"no\""}));
  EXPECT_EQ(rows[2], (std::vector<std::string>{"", "", ""}));
  EXPECT_EQ(rows[3], (std::vector<std::string>{"last", "", "z"}));  // no line end after the last record
}

TEST(CsvParse, LineEndsCrLfAndCr) {
  std::vector<std::vector<std::string>> rows;
  std::string error;
  ASSERT_TRUE(parse_csv("a,b\r\n1,2\r3,4\r\n", rows, error)) << error;
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1], (std::vector<std::string>{"1", "2"}));
  EXPECT_EQ(rows[2], (std::vector<std::string>{"3", "4"}));
}

TEST(CsvParse, MalformedRecordsNameTheirLine) {
  std::vector<std::vector<std::string>> rows;
  std::string error;
  EXPECT_FALSE(parse_csv("a,b\n\"one\ntwo\",ok\n\"closed\"x,2\n", rows, error));
  EXPECT_EQ(error.rfind("line 4: unexpected character 'x' after the closing quote of field 1", 0), 0u) << error;
  EXPECT_FALSE(parse_csv("a,b\n1,\"never closed\n", rows, error));
  EXPECT_EQ(error, "line 2: a quoted field is not closed (the file ends inside it)");
}

TEST(CsvReader, ColumnsFromCommonNamesGoodAndBadRows) {
  const std::string path = fixture("news.csv");
  const Collected c = read_all({path});
  ASSERT_EQ(c.docs.size(), 4u);

  EXPECT_EQ(c.docs[0].id, "101");
  EXPECT_EQ(c.docs[0].title, "Oberland and Lenta sign a water treaty");
  EXPECT_EQ(c.docs[0].date, "2021-03-02");
  EXPECT_EQ(c.docs[0].url, "https://wire.example/101");
  EXPECT_EQ(c.docs[0].outlet, "Wire One");  // the column "source"
  EXPECT_EQ(c.docs[0].source, path + "#2");

  // A quoted title with a comma; a written date; a text over three lines with a blank line and doubled quotes.
  EXPECT_EQ(c.docs[1].title, "Talks, again");
  EXPECT_EQ(c.docs[1].date, "2021-03-03");
  EXPECT_EQ(c.docs[1].text, "Negotiators met in Lenta again.\n\nThe envoy said: \"We are close, but not there.\"");
  EXPECT_EQ(c.docs[1].source, path + "#3");

  // Row 106 holds windows-1252 bytes (curly quotes, en dash, e acute) and a US date.
  EXPECT_EQ(c.docs[2].id, "106");
  EXPECT_EQ(c.docs[2].title, "Caf\xC3\xA9 diplomacy");
  EXPECT_EQ(c.docs[2].text,
            "The minister of Oberland praised the \xE2\x80\x9C" "constructive\xE2\x80\x9D talks in the caf\xC3\xA9 "
            "\xE2\x80\x93 and left.");
  EXPECT_EQ(c.docs[2].date, "2017-04-05");  // 4/5/17: month first
  EXPECT_EQ(c.docs[2].source, path + "#9");
  EXPECT_EQ(c.docs[3].date, "2020-12-25");  // 25/12/2020: day first, since 25 is no month
  EXPECT_EQ(c.docs[3].url, "");
  EXPECT_EQ(c.docs[3].source, path + "#10");

  // Three rows skipped, each an error with its line and the byte offset where the row starts.
  EXPECT_EQ(c.stats.documents, 4u);
  EXPECT_EQ(c.stats.failed_documents, 3u);
  EXPECT_EQ(c.errors(), 3u);
  const std::string bytes = file_bytes(path);
  EXPECT_TRUE(has_problem(c, Problem::Severity::error, "line 6: unexpected character 'x'", "row skipped"));
  EXPECT_TRUE(has_problem(c, Problem::Severity::error, "line 7: 4 fields where the header has 6", "row skipped"));
  EXPECT_TRUE(has_problem(c, Problem::Severity::error, "line 8: empty text", "row skipped"));
  for (const Problem& p : c.problems) {
    EXPECT_EQ(p.file, path);
    if (p.message.rfind("line 6:", 0) == 0) {
      EXPECT_EQ(p.byte_offset, static_cast<int64_t>(bytes.find("103,")));
    }
    if (p.message.rfind("line 7:", 0) == 0) {
      EXPECT_EQ(p.byte_offset, static_cast<int64_t>(bytes.find("104,")));
    }
  }
  // One warning for the charset, at the first row that is not UTF-8.
  EXPECT_EQ(c.stats.warnings, 1u);
  EXPECT_TRUE(has_problem(c, Problem::Severity::warning, "line 9: not valid UTF-8", "windows-1252"));
}

TEST(CsvReader, NamedColumnsAndNone) {
  TempDir dir;
  const std::string path = dir.write("wire.csv",
                                     "key,story,when,headline\n"
                                     "a1,Lenta recalled its ambassador from Oberland.,11.05.2020,Recall\n");
  ReadOptions options;
  options.csv_columns.text = "Story";  // names match case-insensitively
  options.csv_columns.id = "key";
  options.csv_columns.date = "when";
  options.csv_columns.title = "none";
  options.csv_date_format = "%d.%m.%Y";
  const Collected c = read_all({path}, options);
  ASSERT_EQ(c.docs.size(), 1u) << (c.problems.empty() ? "" : c.problems[0].message);
  EXPECT_EQ(c.docs[0].id, "a1");
  EXPECT_EQ(c.docs[0].text, "Lenta recalled its ambassador from Oberland.");
  EXPECT_EQ(c.docs[0].date, "2020-05-11");
  EXPECT_EQ(c.docs[0].title, "");  // "none", though a headline column exists
  EXPECT_TRUE(c.problems.empty());
}

TEST(CsvReader, MissingColumnIsOneErrorNamingTheColumns) {
  TempDir dir;
  const std::string path = dir.write("wire.csv", "id,words\n1,Oberland closed its border.\n");
  ReadOptions options;
  options.csv_columns.text = "body";
  Collected c = read_all({path}, options);
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0].message, "no column 'body' for the text (the header has: id, words)");

  // Without a name, no column is a known text column.
  c = read_all({path});
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0].message,
            "no text column: name it with --csv-text-column (the header has: id, words)");
  EXPECT_EQ(c.stats.failed_documents, 1u);
}

TEST(CsvReader, NamedCharsetAndNoIdColumn) {
  TempDir dir;
  // ISO-8859-15 has the euro sign at 0xA4 (windows-1252 has it at 0x80).
  const std::string path = dir.write("eu.csv", "title,text\nBudget,\"Oberland pledged 5 million \xA4 to Lenta.\"\n\n");
  ReadOptions options;
  options.csv_encoding = "iso-8859-15";
  const Collected c = read_all({path}, options);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "Oberland pledged 5 million \xE2\x82\xAC to Lenta.");
  EXPECT_EQ(c.docs[0].id, "eu.csv:2");  // no id column: file name and line
  EXPECT_TRUE(c.problems.empty());      // the blank last line is no row
}

TEST(CsvReader, UnclosedQuoteAtTheEndLosesOnlyItsRow) {
  TempDir dir;
  const std::string path = dir.write("cut.csv",
                                     "text\n"
                                     "Oberland and Lenta resumed talks.\n"
                                     "\"The file was cut in the middle of this\n");
  const Collected c = read_all({path});
  ASSERT_EQ(c.docs.size(), 1u);
  ASSERT_EQ(c.errors(), 1u);
  EXPECT_EQ(c.problems[0].message, "line 3: a quoted field is not closed (the file ends inside it); row skipped");
}

TEST(CsvReader, InputFormatFlagAndFileNames) {
  TempDir dir;
  // A .csv name picks the reader; any other name needs the format named.
  const std::string path = dir.write("rows.txt", "text,title\nOberland expelled two diplomats.,Expelled\n");
  ReadOptions options;
  options.format = parse_input_format("csv");
  const Collected c = read_all({path}, options);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].title, "Expelled");
  EXPECT_EQ(format_from_path("x/news.csv"), InputFormat::csv);
  EXPECT_EQ(format_from_path("x/news.CSV.gz"), InputFormat::csv);
}

TEST(CsvReader, SharedNewsCorpora) {
  const std::string news = std::string(DUNLIN_SHARED_DIR) + "/data/news";
  const std::string wikinews = news + "/wikinews-2019-2021/wikinews_2019.csv", fakes = news + "/fa-kes/fakes.csv";
  if (!std::filesystem::exists(wikinews) || !std::filesystem::exists(fakes))
    GTEST_SKIP() << "the shared news corpora are not here (" << news << ")";
  Collected c = read_all({wikinews});
  EXPECT_EQ(c.docs.size(), 171u);
  EXPECT_EQ(c.errors(), 0u);
  for (const Document& d : c.docs) {
    EXPECT_EQ(d.date.size(), 10u) << d.source;
    EXPECT_FALSE(d.url.empty()) << d.source;
    EXPECT_NE(d.text.find("\n\n"), std::string::npos) << d.source;  // paragraphs kept
  }
  c = read_all({fakes});
  EXPECT_EQ(c.docs.size(), 804u);
  EXPECT_EQ(c.errors(), 0u);
  EXPECT_EQ(c.stats.warnings, 1u);  // cp1252, said once
  for (const Document& d : c.docs) {
    EXPECT_TRUE(is_valid_utf8(d.text)) << d.source;
    EXPECT_EQ(d.date.size(), 10u) << d.source << " " << d.date;
    EXPECT_GE(d.date, "2011-01-01");
    EXPECT_LE(d.date, "2018-12-31");
    EXPECT_FALSE(d.outlet.empty());
  }
}

}  // namespace
}  // namespace dunlin
