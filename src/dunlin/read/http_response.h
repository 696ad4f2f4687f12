// HTTP responses as WARC response records store them: status line, headers, body; with the body's transfer
// encoding (chunked) and content encoding (gzip, deflate) undone.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dunlin {

struct HttpResponse {
  int status = 0;
  std::string content_type;       // lower-cased, e.g. "text/html; charset=utf-8"
  std::string transfer_encoding;  // lower-cased
  std::string content_encoding;   // lower-cased
  std::string body;               // decoded
};

// Parses `block` (an HTTP/1.x response). False with `error` set when there is no status line or no end of the
// headers, or when the body cannot be decoded (bad chunking, bad gzip data, an unsupported content encoding, or a
// decoded body larger than `max_body_bytes`).
bool parse_http_response(std::string_view block, size_t max_body_bytes, HttpResponse& out, std::string& error);

// Undoes chunked transfer encoding; false on malformed chunks.
bool dechunk(std::string_view in, std::string& out);

// Decompresses a gzip, zlib or raw deflate body; false on bad data or when the output would pass `max_bytes`.
bool inflate_body(std::string_view in, size_t max_bytes, std::string& out, std::string& error);

}  // namespace dunlin
