// WARC reader and the gzip member stream under it: plain, per-record gzip and single-stream gzip files; skipped
// record types; chunked/gzip HTTP bodies; truncated and corrupt input (reported with offsets, earlier records
// kept, reading resumed at the next member or WARC/ line).
#include <gtest/gtest.h>
#include <zlib.h>

#include <iterator>

#include "dunlin/read/http_response.h"
#include "dunlin/read/input_stream.h"
#include "read_test_util.h"

namespace dunlin {
namespace {
using testing::Collected;
using testing::fixture;
using testing::read_all;

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Offset of the n-th (0-based) occurrence of `needle`.
int64_t nth(const std::string& hay, std::string_view needle, int n) {
  size_t at = hay.find(needle);
  for (int i = 0; i < n && at != std::string::npos; ++i) at = hay.find(needle, at + 1);
  return at == std::string::npos ? -1 : static_cast<int64_t>(at);
}

// The fixtures' gzip members all start with this header (deflate, no flags, mtime 0).
const std::string kMemberStart("\x1f\x8b\x08\x00\x00\x00\x00\x00", 8);

std::string gzip(std::string_view data) {
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

void expect_news_warc(const Collected& c, const std::string& path) {
  EXPECT_TRUE(c.problems.empty()) << c.problems[0].to_string();
  ASSERT_EQ(c.docs.size(), 3u);
  const Document& a = c.docs[0];
  EXPECT_EQ(a.id, "urn:uuid:00000000-0000-0000-0000-0000000000a1");
  EXPECT_EQ(a.url, "https://news.example/a");
  EXPECT_EQ(a.title, "Border crossing reopens");
  EXPECT_EQ(a.outlet, "News Example");
  EXPECT_EQ(a.date, "2023-05-31T07:00:00Z");  // the page's own date, not the capture date
  EXPECT_EQ(a.text, "Officials in Marvia reopened the northern border crossing on Wednesday after a two-week closure.");
  EXPECT_EQ(a.source, path + "#3");
  const Document& b = c.docs[1];  // chunked + gzip body; no date on the page: the WARC-Date
  EXPECT_EQ(b.url, "https://news.example/b");
  EXPECT_EQ(b.date, "2023-06-01T12:00:02Z");
  EXPECT_EQ(b.text, "Dock workers in Selva ended their strike after the union accepted a new wage offer.");
  const Document& f = c.docs[2];  // windows-1252 declared in the HTTP header only
  EXPECT_EQ(f.text, "The caf\xC3\xA9 owners\xE2\x80\x99 union met the mayor on Friday to discuss the new tax.");
  EXPECT_EQ(c.stats.documents, 3u);
  EXPECT_EQ(c.stats.failed_documents, 0u);
}

TEST(WarcReader, PlainWarc) { expect_news_warc(read_all({fixture("news.warc")}), fixture("news.warc")); }

TEST(WarcReader, GzipMemberPerRecord) {
  expect_news_warc(read_all({fixture("news.warc.gz")}), fixture("news.warc.gz"));
}

TEST(WarcReader, SingleGzipStream) {
  expect_news_warc(read_all({fixture("news_single.warc.gz")}), fixture("news_single.warc.gz"));
}

TEST(WarcReader, TruncatedGzipKeepsEarlierRecordsAndNamesTheMember) {
  const std::string path = fixture("truncated.warc.gz");
  const Collected c = read_all({path});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].url, "https://news.example/a");
  ASSERT_EQ(c.problems.size(), 1u);
  const Problem& p = c.problems[0];
  EXPECT_EQ(p.file, path);
  EXPECT_EQ(p.byte_offset, nth(slurp(path), kMemberStart, 4));  // the 5th member, where the cut record starts
  EXPECT_NE(p.message.find("truncated gzip"), std::string::npos) << p.message;
  EXPECT_NE(p.message.find("0000000000b1"), std::string::npos) << p.message;
  EXPECT_EQ(c.stats.failed_documents, 1u);
}

TEST(WarcReader, TruncatedRecordInPlainWarc) {
  const std::string path = fixture("truncated.warc");
  const Collected c = read_all({path});
  ASSERT_EQ(c.docs.size(), 1u);
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0].byte_offset, nth(slurp(path), "WARC/1.1\r\n", 4));
  EXPECT_NE(c.problems[0].message.find("truncated WARC record 5"), std::string::npos) << c.problems[0].message;
  EXPECT_EQ(c.stats.failed_documents, 1u);
}

TEST(WarcReader, CorruptMemberIsReportedAndReadingResumes) {
  const std::string path = fixture("corrupt_member.warc.gz");
  const Collected c = read_all({path});
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0].byte_offset, nth(slurp(path), kMemberStart, 2));
  EXPECT_NE(c.problems[0].message.find("corrupt gzip member"), std::string::npos) << c.problems[0].message;
  ASSERT_EQ(c.docs.size(), 2u);  // record 3 (news.example/a) is lost; the two later pages are read
  EXPECT_EQ(c.docs[0].url, "https://news.example/b");
  EXPECT_EQ(c.docs[0].source, path + "#5");  // record numbers stay those of the file
  EXPECT_EQ(c.docs[1].url, "https://news.example/c");
  EXPECT_EQ(c.stats.failed_documents, 1u);
}

TEST(WarcReader, GarbageBetweenRecordsIsSkippedToTheNextWarcLine) {
  const std::string path = fixture("garbage_between.warc");
  const Collected c = read_all({path});
  ASSERT_EQ(c.docs.size(), 2u);
  ASSERT_EQ(c.problems.size(), 1u);  // one report for the whole run of garbage
  EXPECT_EQ(c.problems[0].byte_offset, static_cast<int64_t>(slurp(path).find("this line is not")));
}

TEST(WarcReader, NotAWarcFile) {
  testing::TempDir tmp;
  const Collected c = read_all({tmp.write("x.warc", "just some text\n")});
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_NE(c.problems[0].message.find("not a WARC file"), std::string::npos);
}

TEST(WarcReader, MissingContentLengthAndOversizedRecords) {
  const std::string page = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>A page that is big "
                           "enough for the article reader to accept.</p></body></html>";
  const std::string good = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:g>\r\n"
                           "Content-Type: application/http; msgtype=response\r\nContent-Length: " +
                           std::to_string(page.size()) + "\r\n\r\n" + page + "\r\n\r\n";
  const std::string no_length = "WARC/1.0\r\nWARC-Type: response\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>lost</p>\r\n\r\n";
  testing::TempDir tmp;
  Collected c = read_all({tmp.write("a.warc", no_length + good)});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "urn:uuid:g");
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_NE(c.problems[0].message.find("Content-Length"), std::string::npos);

  ReadOptions small;
  small.max_document_bytes = 100;
  c = read_all({tmp.write("b.warc", good + good)}, small);
  EXPECT_TRUE(c.docs.empty());
  EXPECT_EQ(c.stats.failed_documents, 2u);
  ASSERT_EQ(c.problems.size(), 2u);
  EXPECT_NE(c.problems[1].message.find("more than the limit"), std::string::npos);
}

TEST(HttpResponse, ChunkedGzipAndErrors) {
  HttpResponse r;
  std::string error;
  ASSERT_TRUE(parse_http_response("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: Text/HTML\r\n\r\n"
                                  "5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\n\r\n",
                                  1000, r, error));
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "text/html");
  EXPECT_EQ(r.body, "hello, world");
  const std::string zipped = gzip("<p>compressed body</p>");
  ASSERT_TRUE(parse_http_response("HTTP/1.0 200 OK\nContent-Encoding: gzip\n\n" + zipped, 1000, r, error)) << error;
  EXPECT_EQ(r.body, "<p>compressed body</p>");
  EXPECT_FALSE(parse_http_response("HTTP/1.0 200 OK\nContent-Encoding: gzip\n\n" + zipped, 5, r, error));
  EXPECT_FALSE(parse_http_response("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 1000, r, error));
  EXPECT_FALSE(parse_http_response("HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\n\x01\x02", 1000, r, error));
  EXPECT_NE(error.find("br"), std::string::npos);
  EXPECT_FALSE(parse_http_response("<html>no status line</html>", 1000, r, error));
}

TEST(InputStream, MultiMemberGzipWithOffsets) {
  const std::string m1 = gzip("first line\nsecond "), m2 = gzip("line\nthird line\n");
  const std::string data = m1 + m2;
  InputStream in;
  in.open_memory(data);
  EXPECT_TRUE(in.is_gzip());
  std::string line;
  bool too_long = false;
  ASSERT_TRUE(in.read_line(line, 100, too_long));
  EXPECT_EQ(line, "first line");
  EXPECT_EQ(in.member_offset(), 0);
  ASSERT_TRUE(in.read_line(line, 100, too_long));
  EXPECT_EQ(line, "second line");  // a line may span two members
  EXPECT_EQ(in.member_offset(), static_cast<int64_t>(m1.size()));
  ASSERT_TRUE(in.read_line(line, 4, too_long));
  EXPECT_EQ(line, "thir");
  EXPECT_TRUE(too_long);
  EXPECT_FALSE(in.read_line(line, 100, too_long));
  EXPECT_EQ(in.error(), nullptr);
  EXPECT_EQ(in.offset(), 34);
}

TEST(InputStream, CorruptMemberThenResume) {
  const std::string m1 = gzip("one\n"), m3 = gzip("three\n");
  std::string m2 = gzip("two two two two two two two two\n");
  for (size_t i = 10; i + 8 < m2.size(); ++i) m2[i] = '\xFF';
  const std::string data = m1 + m2 + m3;
  InputStream in;
  in.open_memory(data);
  std::string line;
  bool too_long = false;
  ASSERT_TRUE(in.read_line(line, 100, too_long));
  EXPECT_EQ(line, "one");
  while (in.read_line(line, 100, too_long)) {
  }
  ASSERT_NE(in.error(), nullptr);
  EXPECT_FALSE(in.error()->fatal);
  EXPECT_EQ(in.error()->compressed_offset, static_cast<int64_t>(m1.size()));
  ASSERT_TRUE(in.resume());
  ASSERT_TRUE(in.read_line(line, 100, too_long));
  EXPECT_EQ(line, "three");
}

TEST(InputStream, TrailingGarbageAndTruncation) {
  const std::string m = gzip("text\n");
  InputStream a;
  const std::string with_garbage = m + "not gzip";
  a.open_memory(with_garbage);
  std::string out;
  a.read_exact(out, 100);
  EXPECT_EQ(out, "text\n");
  ASSERT_NE(a.error(), nullptr);
  EXPECT_EQ(a.error()->compressed_offset, static_cast<int64_t>(m.size()));
  EXPECT_FALSE(a.resume());  // no further member

  InputStream b;
  const std::string cut = m.substr(0, m.size() - 3);
  b.open_memory(cut);
  out.clear();
  b.read_exact(out, 100);
  ASSERT_NE(b.error(), nullptr);
  EXPECT_TRUE(b.error()->fatal);
  EXPECT_FALSE(b.resume());

  InputStream plain;
  plain.open_memory("no gzip here");
  EXPECT_FALSE(plain.is_gzip());
  out.clear();
  EXPECT_EQ(plain.read_exact(out, 100), 12u);
  EXPECT_EQ(plain.error(), nullptr);
}

}  // namespace
}  // namespace dunlin
