// WARC reader (WARC/1.0 and 1.1, plain or gzip, one gzip member per record or one stream for the file): streams
// the records, keeps `response` records whose HTTP payload is an HTML page, and hands the page to the HTML reader.
#include <cctype>
#include <string>
#include <unordered_map>

#include "dunlin/text/ascii.h"
#include "dunlin/read/charset.h"
#include "dunlin/read/date_normalize.h"
#include "dunlin/read/http_response.h"
#include "dunlin/read/stream_readers.h"
#include "dunlin/text/utf8.h"

namespace dunlin {
namespace {

constexpr size_t kMaxHeaderLine = 64 << 10;
constexpr size_t kMaxHeaderLines = 1000;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// "<urn:uuid:...>" -> "urn:uuid:..." (WARC/1.0 writers put angle brackets around URIs, 1.1 ones do not).
std::string strip_brackets(std::string_view s) {
  s = trim(s);
  if (s.size() >= 2 && s.front() == '<' && s.back() == '>') s = s.substr(1, s.size() - 2);
  return std::string(s);
}

bool looks_like_html(std::string_view body) {
  const size_t first = body.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (first == std::string_view::npos) return false;
  const std::string head = ascii_lower(body.substr(first, 256));
  return head.rfind("<!doctype html", 0) == 0 || head.rfind("<html", 0) == 0 || head.rfind("<head", 0) == 0 ||
         head.find("<body") != std::string::npos;
}

class WarcReader {
 public:
  WarcReader(InputStream& in, const std::string& name, const ReadOptions& options, const DocumentSink& on_document,
             const ProblemSink& on_problem, ReadStats& stats)
      : in_(in), name_(name), options_(options), on_document_(on_document), on_problem_(on_problem), stats_(stats) {}

  void run();

 private:
  // Where the current record began: the compressed offset of its gzip member for .warc.gz (so that a user can cut
  // the file there), else the byte offset in the file.
  int64_t where() const { return in_.is_gzip() ? record_member_ : record_offset_; }
  std::string record_label() const {
    std::string s = "WARC record " + std::to_string(record_number_);
    if (!record_id_.empty()) s += " (" + record_id_ + ")";
    if (in_.is_gzip()) s += " at decompressed byte " + std::to_string(record_offset_);
    return s;
  }
  void error(int64_t offset, const std::string& message) {
    on_problem_({Problem::Severity::error, name_, offset, message});
  }
  // The record was cut short: by the end of the file or by a gzip error. Returns whether reading can go on.
  bool record_cut(const std::string& what);
  bool read_headers(std::unordered_map<std::string, std::string>& headers);
  void handle_response(const std::unordered_map<std::string, std::string>& headers, std::string_view block);

  InputStream& in_;
  const std::string& name_;
  const ReadOptions& options_;
  const DocumentSink& on_document_;
  const ProblemSink& on_problem_;
  ReadStats& stats_;

  int64_t record_offset_ = 0, record_member_ = 0;
  size_t record_number_ = 0;
  std::string record_id_;
  bool resyncing_ = false;
};

bool WarcReader::record_cut(const std::string& what) {
  ++stats_.failed_documents;
  if (const StreamError* e = in_.error()) {
    error(e->compressed_offset >= 0 ? e->compressed_offset : where(),
          e->message + "; " + record_label() + " is lost (" + what + ")");
    if (in_.resume()) {
      resyncing_ = true;
      return true;
    }
    return false;
  }
  error(where(), "truncated " + record_label() + ": " + what);
  return false;
}

// Reads "Name: value" lines up to the blank line that ends the WARC header. False when the record was cut.
bool WarcReader::read_headers(std::unordered_map<std::string, std::string>& headers) {
  std::string line;
  bool too_long = false;
  for (size_t n = 0;; ++n) {
    if (!in_.read_line(line, kMaxHeaderLine, too_long)) return false;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) return true;
    if (too_long || n > kMaxHeaderLines) continue;  // ignored, the record may still be usable
    const size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    const std::string_view l = line;
    headers[ascii_lower(trim(l.substr(0, colon)))] = std::string(trim(l.substr(colon + 1)));
  }
}

void WarcReader::handle_response(const std::unordered_map<std::string, std::string>& headers,
                                 std::string_view block) {
  const std::string source = name_ + "#" + std::to_string(record_number_);
  auto get = [&](const char* key) {
    auto it = headers.find(key);
    return it == headers.end() ? std::string() : it->second;
  };
  const std::string warc_type = ascii_lower(get("content-type"));
  std::string_view page;
  std::string charset;
  HttpResponse http;
  if (warc_type.empty() || warc_type.find("application/http") != std::string::npos) {
    std::string why;
    if (!parse_http_response(block, options_.max_document_bytes, http, why)) {
      error(where(), record_label() + ": " + why + "; skipped");
      ++stats_.failed_documents;
      return;
    }
    if (http.status < 200 || http.status >= 300) return;  // redirects, errors: no article
    const bool html_type = http.content_type.find("html") != std::string::npos;
    if (!html_type && !(http.content_type.empty() && looks_like_html(http.body))) return;  // images, PDF, JSON...
    page = http.body;
    charset = charset_from_content_type(http.content_type);
  } else if (warc_type.find("html") != std::string::npos) {  // a resource record given as response
    page = block;
    charset = charset_from_content_type(warc_type);
  } else {
    return;
  }
  Document doc;
  if (!read_html_document(page, source, doc, on_problem_, charset)) {
    ++stats_.failed_documents;
    return;
  }
  // Header values are bytes: repaired so that every string of a Document is valid UTF-8.
  doc.id = record_id_.empty() ? source : repair_utf8(record_id_);
  const std::string uri = repair_utf8(strip_brackets(get("warc-target-uri")));
  if (!uri.empty()) doc.url = uri;
  // The page's own publication date wins; without one the capture date (an upper bound) is used.
  if (doc.date.empty()) doc.date = normalize_date(get("warc-date"));
  ++stats_.documents;
  on_document_(std::move(doc));
}

void WarcReader::run() {
  std::string line;
  bool too_long = false;
  std::string block;
  for (;;) {
    record_offset_ = in_.offset();
    record_member_ = in_.member_offset();
    if (!in_.read_line(line, kMaxHeaderLine, too_long)) {
      if (in_.error()) {  // the record that should start here cannot be read
        ++record_number_;
        record_id_.clear();
        if (record_cut("its header could not be read")) continue;
      }
      return;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() && !too_long) continue;  // blank lines between records
    if (line.rfind("WARC/", 0) != 0) {
      if (!resyncing_) {
        error(record_offset_, "expected a WARC record (a 'WARC/1.x' line) at decompressed byte " +
                                  std::to_string(record_offset_) + "; skipping to the next record");
        ++stats_.failed_documents;
        resyncing_ = true;
      }
      continue;
    }
    resyncing_ = false;
    ++record_number_;
    record_id_.clear();
    std::unordered_map<std::string, std::string> headers;
    if (!read_headers(headers)) {
      if (record_cut("the data ends inside the record's header")) continue;
      return;
    }
    if (auto it = headers.find("warc-record-id"); it != headers.end()) record_id_ = strip_brackets(it->second);
    const auto cl = headers.find("content-length");
    uint64_t length = 0;
    bool length_ok = cl != headers.end() && !cl->second.empty() && cl->second.size() <= 18;
    if (length_ok)
      for (char c : cl->second) {
        if (!std::isdigit(static_cast<unsigned char>(c))) length_ok = false;
        else length = length * 10 + static_cast<uint64_t>(c - '0');
      }
    if (!length_ok) {
      error(where(), record_label() + ": no valid Content-Length; skipping to the next record");
      ++stats_.failed_documents;
      resyncing_ = true;
      continue;
    }
    const auto type_it = headers.find("warc-type");
    const std::string type = type_it == headers.end() ? std::string() : ascii_lower(type_it->second);
    const bool wanted = type == "response" || type == "resource";
    if (wanted && length > options_.max_document_bytes) {
      error(where(), record_label() + ": " + std::to_string(length) + " bytes, more than the limit of " +
                         std::to_string(options_.max_document_bytes) + "; skipped");
      ++stats_.failed_documents;
    }
    if (!wanted || length > options_.max_document_bytes) {
      const size_t got = in_.skip(length);
      if (got < length) {
        if (record_cut("its block has " + std::to_string(got) + " of " + std::to_string(length) + " bytes")) continue;
        return;
      }
    } else {
      block.clear();
      const size_t got = in_.read_exact(block, length);
      if (got < length) {
        if (record_cut("its block has " + std::to_string(got) + " of " + std::to_string(length) + " bytes")) continue;
        return;
      }
      if (type == "response") handle_response(headers, block);
      else if (type == "resource") {
        auto ct = headers.find("content-type");
        if (ct != headers.end() && ascii_lower(ct->second).find("html") != std::string::npos)
          handle_response(headers, block);
      }
    }
    // The two CRLFs that end a record are consumed as blank lines by the loop.
  }
}

}  // namespace

void read_warc_stream(InputStream& in, const std::string& name, const ReadOptions& options,
                      const DocumentSink& on_document, const ProblemSink& on_problem, ReadStats& stats) {
  WarcReader(in, name, options, on_document, on_problem, stats).run();
}

}  // namespace dunlin
