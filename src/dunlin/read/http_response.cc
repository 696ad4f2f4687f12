// HTTP response parsing for the WARC reader: status line, headers, chunked bodies, gzip/deflate bodies (zlib).
#include "dunlin/read/http_response.h"

#include <zlib.h>

#include <cctype>
#include <cstring>

namespace dunlin {
namespace {

std::string lower_trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool inflate_with(std::string_view in, int window_bits, size_t max_bytes, std::string& out, std::string& error) {
  z_stream z{};
  if (inflateInit2(&z, window_bits) != Z_OK) {
    error = "cannot initialize zlib";
    return false;
  }
  out.clear();
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(in.size());
  char chunk[65536];
  int ret = Z_OK;
  while (ret != Z_STREAM_END) {
    z.next_out = reinterpret_cast<Bytef*>(chunk);
    z.avail_out = sizeof chunk;
    ret = inflate(&z, Z_NO_FLUSH);
    out.append(chunk, sizeof chunk - z.avail_out);
    if (out.size() > max_bytes) {
      error = "decompressed body larger than " + std::to_string(max_bytes) + " bytes";
      ret = Z_MEM_ERROR;
      break;
    }
    if (ret == Z_BUF_ERROR && z.avail_in == 0) {
      error = "truncated compressed body";
      break;
    }
    if (ret != Z_OK && ret != Z_STREAM_END) {
      error = std::string("bad compressed body: ") + (z.msg ? z.msg : "zlib error");
      break;
    }
  }
  inflateEnd(&z);
  return ret == Z_STREAM_END;
}

}  // namespace

bool inflate_body(std::string_view in, size_t max_bytes, std::string& out, std::string& error) {
  // gzip or zlib header (auto-detected); else raw deflate, which some servers send as "deflate".
  if (inflate_with(in, 32 + MAX_WBITS, max_bytes, out, error)) return true;
  std::string raw_error;
  if (inflate_with(in, -MAX_WBITS, max_bytes, out, raw_error)) return true;
  return false;
}

bool dechunk(std::string_view in, std::string& out) {
  out.clear();
  size_t pos = 0;
  for (;;) {
    const size_t eol = in.find('\n', pos);
    if (eol == std::string_view::npos) return false;
    size_t size = 0;
    size_t i = pos;
    int digits = 0;
    for (; i < eol && std::isxdigit(static_cast<unsigned char>(in[i])); ++i, ++digits) {
      if (digits >= 15) return false;
      const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(in[i])));
      size = size * 16 + static_cast<size_t>(c <= '9' ? c - '0' : c - 'a' + 10);
    }
    if (digits == 0) return false;
    pos = eol + 1;
    if (size == 0) return true;  // trailers, if any, are ignored
    if (size > in.size() - pos) return false;
    out.append(in.substr(pos, size));
    pos += size;
    if (in.substr(pos, 2) == "\r\n") pos += 2;
    else if (in.substr(pos, 1) == "\n") pos += 1;
    else return false;
  }
}

bool parse_http_response(std::string_view block, size_t max_body_bytes, HttpResponse& out, std::string& error) {
  out = HttpResponse{};
  error.clear();
  if (block.substr(0, 5) != "HTTP/") {
    error = "no HTTP status line";
    return false;
  }
  size_t eol = block.find('\n');
  if (eol == std::string_view::npos) {
    error = "no end of the HTTP headers";
    return false;
  }
  const std::string_view status_line = block.substr(0, eol);
  const size_t sp = status_line.find(' ');
  out.status = 0;
  if (sp != std::string_view::npos) {
    for (size_t i = sp + 1; i < status_line.size() && std::isdigit(static_cast<unsigned char>(status_line[i])); ++i)
      out.status = out.status * 10 + (status_line[i] - '0');
  }
  size_t pos = eol + 1;
  for (;;) {
    eol = block.find('\n', pos);
    if (eol == std::string_view::npos) {
      error = "no end of the HTTP headers";
      return false;
    }
    std::string_view line = block.substr(pos, eol - pos);
    pos = eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) break;
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string name = lower_trim(line.substr(0, colon));
    if (name == "content-type") out.content_type = lower_trim(line.substr(colon + 1));
    else if (name == "transfer-encoding") out.transfer_encoding = lower_trim(line.substr(colon + 1));
    else if (name == "content-encoding") out.content_encoding = lower_trim(line.substr(colon + 1));
  }
  std::string_view body = block.substr(pos);
  std::string tmp;
  if (out.transfer_encoding.find("chunked") != std::string::npos) {
    if (!dechunk(body, tmp)) {
      error = "malformed chunked body";
      return false;
    }
    out.body = std::move(tmp);
  } else {
    out.body.assign(body);
  }
  const std::string& ce = out.content_encoding;
  if (ce.empty() || ce == "identity" || ce == "none") return true;
  if (ce == "gzip" || ce == "x-gzip" || ce == "deflate") {
    if (inflate_body(out.body, max_body_bytes, tmp, error)) {
      out.body = std::move(tmp);
      return true;
    }
    // Some crawlers store the decoded body but keep the Content-Encoding header: accept a body that is markup.
    const size_t first = out.body.find_first_not_of(" \t\r\n");
    if (first != std::string::npos && out.body[first] == '<') {
      error.clear();
      return true;
    }
    return false;
  }
  error = "unsupported Content-Encoding '" + ce + "'";
  return false;
}

}  // namespace dunlin
