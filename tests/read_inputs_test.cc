// read_inputs: format dispatch, directories, standard input (through the `dunlin read` CLI), binary, empty and
// missing files, and the read command's output and exit status.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "read_test_util.h"

namespace dunlin {
namespace {
using testing::Collected;
using testing::fixture;
using testing::read_all;
using testing::run_command;
using testing::run_dunlin;
using testing::Stderr;
using testing::TempDir;

TEST(ReadInputs, FormatFromPath) {
  EXPECT_EQ(format_from_path("a/b.HTML"), InputFormat::html);
  EXPECT_EQ(format_from_path("b.htm"), InputFormat::html);
  EXPECT_EQ(format_from_path("b.html.gz"), InputFormat::html);
  EXPECT_EQ(format_from_path("b.jsonl"), InputFormat::jsonl);
  EXPECT_EQ(format_from_path("b.ndjson"), InputFormat::jsonl);
  EXPECT_EQ(format_from_path("b.jsonl.gz"), InputFormat::jsonl);
  EXPECT_EQ(format_from_path("b.warc"), InputFormat::warc);
  EXPECT_EQ(format_from_path("CC-MAIN-1.warc.gz"), InputFormat::warc);
  EXPECT_EQ(format_from_path("b.txt"), InputFormat::text);
  EXPECT_EQ(format_from_path("README"), InputFormat::text);
  EXPECT_EQ(parse_input_format("warc"), InputFormat::warc);
  EXPECT_THROW(parse_input_format("pdf"), std::invalid_argument);
}

TEST(ReadInputs, DirectoryWithMixedFiles) {
  const std::string dir = fixture("mixed");
  const Collected c = read_all({dir});
  std::vector<std::string> ids;
  for (const Document& d : c.docs) ids.push_back(d.id);
  // Sorted by path, recursively; the hidden file is skipped; empty and binary files are reported.
  EXPECT_EQ(ids, (std::vector<std::string>{"a_plain.txt", "b_page.html", "m1", "m2",
                                           "urn:uuid:00000000-0000-0000-0000-0000000000a1", "g_nested.txt"}));
  EXPECT_EQ(c.docs[0].title, "Ferry service suspended");
  EXPECT_EQ(c.docs[1].title, "Election date set");
  EXPECT_EQ(c.docs[1].date, "2024-02-03");
  EXPECT_EQ(c.docs[5].source, dir + "/sub/g_nested.txt");
  EXPECT_EQ(c.stats.files, 7u);
  EXPECT_EQ(c.stats.documents, 6u);
  EXPECT_EQ(c.stats.failed_documents, 2u);
  ASSERT_EQ(c.problems.size(), 2u);
  EXPECT_EQ(c.problems[0].file, dir + "/d_empty.txt");
  EXPECT_NE(c.problems[0].message.find("empty file"), std::string::npos);
  EXPECT_EQ(c.problems[1].file, dir + "/e_picture.txt");
  EXPECT_EQ(c.problems[1].byte_offset, 8);  // the first NUL byte
  EXPECT_NE(c.problems[1].message.find("binary"), std::string::npos);
}

TEST(ReadInputs, BinaryFileNamedJsonlIsRefusedAsAWhole) {
  TempDir tmp;
  const Collected c = read_all({tmp.write("photo.jsonl", std::string("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11))});
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.problems.size(), 1u);  // one report, not one per "line"
  EXPECT_NE(c.problems[0].message.find("binary"), std::string::npos);
}

TEST(ReadInputs, FormatOptionOverridesTheFileName) {
  TempDir tmp;
  const std::string path = tmp.write("page.txt", "<html><body><p>Read as HTML because the option says so, "
                                                 "not as text.</p><script>x()</script></body></html>");
  ReadOptions options;
  options.format = InputFormat::html;
  const Collected c = read_all({path}, options);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "Read as HTML because the option says so, not as text.");
}

TEST(ReadInputs, GzippedTextAndHtml) {
  TempDir tmp;
  const std::string page = "<html><body><p>A compressed page about the harbor strike in Selva.</p></body></html>";
  const std::string path = tmp.write("page.html", page);
  ASSERT_EQ(run_command("gzip -n -f '" + path + "'").status, 0);
  const Collected c = read_all({path + ".gz"});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "A compressed page about the harbor strike in Selva.");
}

TEST(ReadInputs, MissingPathAndOversizedDocument) {
  TempDir tmp;
  ReadOptions small;
  small.max_document_bytes = 10;
  const Collected c = read_all({tmp.path() + "/nope.txt", tmp.write("big.txt", "more than ten bytes of text")}, small);
  EXPECT_TRUE(c.docs.empty());
  EXPECT_EQ(c.stats.failed_documents, 2u);
  ASSERT_EQ(c.problems.size(), 2u);
  EXPECT_NE(c.problems[0].message.find("no such file"), std::string::npos);
  EXPECT_NE(c.problems[1].message.find("too large"), std::string::npos);
}

TEST(ReadInputs, ADateNoReaderCanReadIsAWarningNamingTheDocument) {
  TempDir tmp;
  const std::string path = tmp.write("wire.jsonl",
                                     "{\"id\": \"a\", \"text\": \"Selva closed its port.\", \"date\": \"2020-05-11\"}\n"
                                     "{\"id\": \"b\", \"text\": \"Selva closed its port.\", \"date\": \"2020-05\"}\n"
                                     "{\"id\": \"c\", \"text\": \"Selva closed its port.\", \"date\": \"2020-13-45\"}\n"
                                     "{\"id\": \"d\", \"text\": \"Selva closed its port.\", \"date\": \"1211-08-\"}\n");
  const Collected c = read_all({path});
  ASSERT_EQ(c.docs.size(), 4u);  // the documents are kept, undated
  EXPECT_EQ(c.docs[2].date, "2020-13-45");
  ASSERT_EQ(c.problems.size(), 2u) << "a full date and a year-month are read; the other two are not";
  EXPECT_EQ(c.stats.warnings, 2u);
  EXPECT_EQ(c.problems[0].severity, Problem::Severity::warning);
  EXPECT_NE(c.problems[0].file.find("wire.jsonl#3"), std::string::npos) << c.problems[0].file;
  EXPECT_NE(c.problems[0].message.find("'2020-13-45'"), std::string::npos) << c.problems[0].message;
  EXPECT_NE(c.problems[1].message.find("document 'd'"), std::string::npos) << c.problems[1].message;
}

// Standard input goes through the CLI (the test process's own stdin is not redirectable portably).
std::vector<nlohmann::json> parse_lines(const std::string& out) {
  std::vector<nlohmann::json> docs;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) docs.push_back(nlohmann::json::parse(line));
  return docs;
}

TEST(ReadCommand, StandardInputIsSniffed) {
  testing::CommandResult r = run_command(
      "printf 'Title: From stdin\\n\\nA short article read from standard input.\\n' | '" DUNLIN_CLI "' read - 2>/dev/null");
  EXPECT_EQ(r.status, 0);
  auto docs = parse_lines(r.out);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0]["id"], "stdin");
  EXPECT_EQ(docs[0]["source"], "-");
  EXPECT_EQ(docs[0]["title"], "From stdin");

  r = run_dunlin("read - < '" + fixture("news.warc.gz") + "'");
  EXPECT_EQ(r.status, 0);
  docs = parse_lines(r.out);
  EXPECT_EQ(docs.size(), 3u);  // gzip undone, WARC recognized from its first line

  docs = parse_lines(run_dunlin("read - < '" + fixture("article.html") + "'").out);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0]["outlet"], "The Northern Ledger");
}

TEST(ReadCommand, ProblemsOnStderrAndExitStatus) {
  const testing::CommandResult problems =
      run_command("'" DUNLIN_CLI "' read --text - < '" + fixture("news.jsonl") + "' 2>&1 >/dev/null");
  const std::string& out = problems.out;
  EXPECT_EQ(problems.status, 1);  // some lines failed
  EXPECT_NE(out.find("-: byte 344: error: line 3: invalid JSON"), std::string::npos) << out;
  EXPECT_NE(out.find("5 documents, 4 failed, 1 warning"), std::string::npos) << out;

  const testing::CommandResult r =
      run_dunlin("read --text --jsonl-text-field body --jsonl-id-field doc_id '" + fixture("custom_fields.jsonl") + "'");
  EXPECT_EQ(r.status, 0);
  const auto docs = parse_lines(r.out);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0]["id"], "c1");
  EXPECT_EQ(docs[0]["text"], "Custom field names work.");

  EXPECT_EQ(run_dunlin("read --input-format pdf x").status, 2);
}

}  // namespace
}  // namespace dunlin
