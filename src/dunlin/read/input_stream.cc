// InputStream: buffered reading of plain or gzip-compressed input with zlib, member by member (see input_stream.h).
#include "dunlin/read/input_stream.h"

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <system_error>

namespace dunlin {
namespace {
constexpr size_t kChunk = size_t{256} << 10;
}  // namespace

struct InputStream::Inflater {
  z_stream z{};
  bool initialized = false;
  ~Inflater() {
    if (initialized) inflateEnd(&z);
  }
};

InputStream::InputStream() : z_(std::make_unique<Inflater>()) {}

InputStream::~InputStream() {
  if (file_ && owns_file_) std::fclose(file_);
}

bool InputStream::open(const std::string& path, std::string& error_message) {
  if (path == "-") {
    file_ = stdin;
    owns_file_ = false;
  } else {
    file_ = std::fopen(path.c_str(), "rb");
    if (!file_) {
      error_message = "cannot open file: " + std::error_code(errno, std::generic_category()).message();
      return false;
    }
    owns_file_ = true;
  }
  raw_fill();
  gzip_ = raw_end_ - raw_pos_ >= 2 && static_cast<unsigned char>(raw_[raw_pos_]) == 0x1f &&
          static_cast<unsigned char>(raw_[raw_pos_ + 1]) == 0x8b;
  if (has_error_) {
    error_message = error_.message;
    return false;
  }
  return true;
}

void InputStream::open_memory(std::string_view bytes) {
  memory_ = bytes;
  memory_mode_ = true;
  memory_pos_ = 0;
  raw_fill();
  gzip_ = bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
          static_cast<unsigned char>(bytes[1]) == 0x8b;
}

size_t InputStream::read_raw(char* dst, size_t n) {
  if (memory_mode_) {
    const size_t k = std::min(n, memory_.size() - memory_pos_);
    std::memcpy(dst, memory_.data() + memory_pos_, k);
    memory_pos_ += k;
    return k;
  }
  const size_t k = std::fread(dst, 1, n, file_);
  if (k < n && std::ferror(file_)) {
    set_error("read error: " + std::error_code(errno, std::generic_category()).message(), true);
  }
  return k;
}

bool InputStream::raw_fill() {
  if (raw_eof_) return false;
  if (raw_pos_ > 0) {  // compact
    std::memmove(raw_.data(), raw_.data() + raw_pos_, raw_end_ - raw_pos_);
    raw_base_ += static_cast<int64_t>(raw_pos_);
    raw_end_ -= raw_pos_;
    raw_pos_ = 0;
  }
  if (raw_.size() < raw_end_ + kChunk) raw_.resize(raw_end_ + kChunk);
  const size_t k = read_raw(raw_.data() + raw_end_, raw_.size() - raw_end_);
  raw_end_ += k;
  if (k == 0) raw_eof_ = true;
  return k > 0;
}

void InputStream::set_error(std::string message, bool fatal) {
  if (has_error_ && error_.fatal) return;
  has_error_ = true;
  error_.message = std::move(message);
  error_.fatal = fatal;
  error_.compressed_offset = gzip_ ? member_start_ : -1;
  error_.offset = offset_ + static_cast<int64_t>(end_ - pos_);
}

bool InputStream::start_member() {
  if (!z_->initialized) {
    if (inflateInit2(&z_->z, 16 + MAX_WBITS) != Z_OK) {
      set_error("cannot initialize zlib", true);
      return false;
    }
    z_->initialized = true;
  } else {
    inflateReset(&z_->z);
  }
  in_member_ = true;
  member_start_ = raw_base_ + static_cast<int64_t>(raw_pos_);
  member_marks_.emplace_back(offset_ + static_cast<int64_t>(end_ - pos_), member_start_);
  return true;
}

bool InputStream::seek_next_member() {
  for (;;) {
    while (raw_end_ - raw_pos_ >= 4) {
      const void* hit = std::memchr(raw_.data() + raw_pos_, 0x1f, raw_end_ - raw_pos_ - 3);
      if (!hit) {
        raw_pos_ = raw_end_ - 3;
        break;
      }
      raw_pos_ = static_cast<size_t>(static_cast<const char*>(hit) - raw_.data());
      const auto* p = reinterpret_cast<const unsigned char*>(raw_.data() + raw_pos_);
      if (p[1] == 0x8b && p[2] == 0x08 && (p[3] & 0xE0) == 0) return true;  // magic, deflate, no reserved flags
      ++raw_pos_;
    }
    if (!raw_fill()) {
      raw_pos_ = raw_end_;
      return false;
    }
  }
}

bool InputStream::resume() {
  if (!has_error_ || error_.fatal) return false;
  has_error_ = false;
  error_ = StreamError{};
  in_member_ = false;
  if (!gzip_) return !eof_;
  if (!seek_next_member()) {
    eof_ = true;
    return false;
  }
  return true;
}

size_t InputStream::refill() {
  if (eof_ || has_error_) return 0;
  if (pos_ > 0 && (pos_ == end_ || pos_ > buf_.size() / 2)) {
    std::memmove(buf_.data(), buf_.data() + pos_, end_ - pos_);
    end_ -= pos_;
    pos_ = 0;
  }
  if (buf_.size() < end_ + kChunk) buf_.resize(end_ + kChunk);
  char* out = buf_.data() + end_;
  const size_t room = buf_.size() - end_;

  if (!gzip_) {
    size_t k = 0;
    if (raw_pos_ < raw_end_) {
      k = std::min(room, raw_end_ - raw_pos_);
      std::memcpy(out, raw_.data() + raw_pos_, k);
      raw_pos_ += k;
    } else if (!raw_eof_) {
      k = read_raw(out, room);
      raw_base_ += static_cast<int64_t>(k);
      if (k == 0) raw_eof_ = true;
    }
    end_ += k;
    if (k == 0) eof_ = true;
    return k;
  }

  for (;;) {
    if (!in_member_) {
      if (raw_end_ - raw_pos_ < 3) raw_fill();
      if (raw_end_ - raw_pos_ < 3 && raw_eof_) {
        if (raw_pos_ == raw_end_) {
          eof_ = true;
          return 0;
        }
        member_start_ = raw_base_ + static_cast<int64_t>(raw_pos_);
        set_error("trailing bytes after the last gzip member are not gzip data", false);
        return 0;
      }
      const auto* p = reinterpret_cast<const unsigned char*>(raw_.data() + raw_pos_);
      if (!(p[0] == 0x1f && p[1] == 0x8b && p[2] == 0x08)) {
        member_start_ = raw_base_ + static_cast<int64_t>(raw_pos_);
        set_error("bytes that are not gzip data between gzip members", false);
        return 0;
      }
      if (!start_member()) return 0;
    }
    if (raw_pos_ == raw_end_ && !raw_fill()) {
      set_error("truncated gzip data: the file ends inside the gzip member that starts at this offset", true);
      return 0;
    }
    z_stream& z = z_->z;
    z.next_in = reinterpret_cast<Bytef*>(raw_.data() + raw_pos_);
    z.avail_in = static_cast<uInt>(raw_end_ - raw_pos_);
    z.next_out = reinterpret_cast<Bytef*>(out);
    z.avail_out = static_cast<uInt>(room);
    const int ret = inflate(&z, Z_NO_FLUSH);
    const size_t produced = room - z.avail_out;
    raw_pos_ = raw_end_ - z.avail_in;
    end_ += produced;
    if (ret == Z_STREAM_END) {
      in_member_ = false;
      if (produced > 0) return produced;
      continue;
    }
    if (ret == Z_OK || ret == Z_BUF_ERROR) {
      if (produced > 0) return produced;
      if (raw_pos_ == raw_end_ && !raw_fill()) {
        set_error("truncated gzip data: the file ends inside the gzip member that starts at this offset", true);
        return 0;
      }
      continue;
    }
    in_member_ = false;
    set_error(std::string("corrupt gzip member: ") + (z.msg ? z.msg : "bad data"), false);
    return produced;
  }
}

size_t InputStream::fill(size_t n) {
  while (end_ - pos_ < n) {
    if (refill() == 0) break;
  }
  return end_ - pos_;
}

bool InputStream::read_line(std::string& line, size_t max_bytes, bool& too_long) {
  line.clear();
  too_long = false;
  line_complete_ = false;
  bool any = false;
  for (;;) {
    if (pos_ == end_ && fill(1) == 0) return any;
    any = true;
    const char* b = buf_.data() + pos_;
    const size_t n = end_ - pos_;
    const void* nl = std::memchr(b, '\n', n);
    const size_t take = nl ? static_cast<size_t>(static_cast<const char*>(nl) - b) : n;
    if (!too_long) {
      const size_t room = max_bytes - line.size();
      if (take > room) {
        line.append(b, room);
        too_long = true;
      } else {
        line.append(b, take);
      }
    }
    consume(take + (nl ? 1 : 0));
    if (nl) {
      line_complete_ = true;
      return true;
    }
  }
}

size_t InputStream::read_exact(std::string& out, size_t n) {
  size_t done = 0;
  while (done < n) {
    if (pos_ == end_ && fill(1) == 0) break;
    const size_t k = std::min(n - done, end_ - pos_);
    out.append(buf_.data() + pos_, k);
    consume(k);
    done += k;
  }
  return done;
}

size_t InputStream::skip(size_t n) {
  size_t done = 0;
  while (done < n) {
    if (pos_ == end_ && fill(1) == 0) break;
    const size_t k = std::min(n - done, end_ - pos_);
    consume(k);
    done += k;
  }
  return done;
}

int64_t InputStream::member_offset() const {
  if (!gzip_) return offset_;
  auto& marks = member_marks_;
  while (marks.size() > 1 && marks[1].first <= offset_) marks.pop_front();
  return marks.empty() ? member_start_ : marks.front().second;
}

}  // namespace dunlin
