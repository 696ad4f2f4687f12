// A buffered byte stream over a file or standard input that transparently decompresses gzip (single or
// multi-member, as Common Crawl writes WARC files), so that JSON Lines and WARC readers can stream files of any
// size without holding them in memory.
//
// Errors in the gzip data stop the stream with `error()` set instead of throwing:
//   - a corrupt member (bad deflate data, bad CRC, garbage between members): the data decompressed before the
//     corruption is delivered, then reads return end of data; `resume()` skips to the next gzip member header
//     (the next "1f 8b 08" that starts a valid member) and reading continues from there;
//   - a truncated member (the file ends inside it): fatal, `resume()` returns false.
// Offsets: `offset()` counts decompressed bytes consumed by the caller; `member_offset()` is the compressed offset
// in the file where the gzip member that produced the next byte began (for plain files both are the same).
#pragma once

#include <cstdint>
#include <cstdio>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

namespace dunlin {

struct StreamError {
  int64_t compressed_offset = -1;  // in the file: start of the gzip member that failed
  int64_t offset = -1;             // decompressed offset where the good data ended
  std::string message;
  bool fatal = false;  // true when the stream cannot continue (truncated file, read error)
};

class InputStream {
 public:
  InputStream();
  ~InputStream();
  InputStream(const InputStream&) = delete;
  InputStream& operator=(const InputStream&) = delete;

  // Opens `path` ("-" for standard input); false with `error_message` set when it cannot be opened. Gzip is
  // detected from the first two bytes (1f 8b), whatever the file name.
  bool open(const std::string& path, std::string& error_message);
  // Reads from an in-memory buffer (tests, benchmarks); the buffer must outlive the stream.
  void open_memory(std::string_view bytes);

  bool is_gzip() const { return gzip_; }

  // Makes at least `n` bytes available in the buffer if the stream has them; returns the bytes available (may be
  // fewer at the end of the data or at an error).
  size_t fill(size_t n);
  // The buffered bytes not consumed yet (call fill first).
  std::string_view buffered() const { return std::string_view(buf_.data() + pos_, end_ - pos_); }
  void consume(size_t n) {
    pos_ += n;
    offset_ += n;
  }

  // Reads one line (without its '\n'; a trailing '\r' is kept) into `line`. Returns false at the end of the data
  // (or at an error) when nothing was read. When the line is longer than `max_bytes`, `line` holds only its first
  // `max_bytes` bytes, `too_long` is set, and the rest of the line is skipped without being stored.
  bool read_line(std::string& line, size_t max_bytes, bool& too_long);
  // Whether the last line read_line returned ended with '\n' (false at the end of the data or at an error).
  bool last_line_complete() const { return line_complete_; }
  // Reads exactly `n` bytes into `out` (appending); returns the number read (fewer at the end or at an error).
  size_t read_exact(std::string& out, size_t n);
  // Skips `n` bytes; returns the number skipped.
  size_t skip(size_t n);

  bool at_end() { return fill(1) == 0; }
  int64_t offset() const { return offset_; }
  int64_t member_offset() const;

  const StreamError* error() const { return has_error_ ? &error_ : nullptr; }
  // After a non-fatal error: continues at the next gzip member. False when there is none (or the error is fatal).
  bool resume();

 private:
  size_t refill();                   // appends decompressed bytes to the buffer; 0 at end or error
  size_t read_raw(char* dst, size_t n);
  bool raw_fill();                   // refills the compressed input buffer; false at end of file
  bool start_member();               // at a member header in the raw buffer: resets the inflater
  bool seek_next_member();           // scans the raw input for the next member header
  void set_error(std::string message, bool fatal);

  std::FILE* file_ = nullptr;
  bool owns_file_ = false;
  std::string_view memory_;
  bool memory_mode_ = false;
  size_t memory_pos_ = 0;

  bool gzip_ = false;
  struct Inflater;
  std::unique_ptr<Inflater> z_;

  // Compressed (raw) input buffer.
  std::string raw_;
  size_t raw_pos_ = 0, raw_end_ = 0;
  int64_t raw_base_ = 0;  // file offset of raw_[0]
  bool raw_eof_ = false;
  bool in_member_ = false;
  int64_t member_start_ = 0;
  // (decompressed offset, compressed member start) for each member whose output is still buffered.
  mutable std::deque<std::pair<int64_t, int64_t>> member_marks_;

  // Decompressed output buffer.
  std::string buf_;
  size_t pos_ = 0, end_ = 0;
  int64_t offset_ = 0;
  bool eof_ = false;

  bool line_complete_ = false;
  bool has_error_ = false;
  StreamError error_;
};

}  // namespace dunlin
