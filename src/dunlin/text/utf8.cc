#include "dunlin/text/utf8.h"

namespace dunlin {
namespace {

// Length of a valid sequence starting at s[pos], or 0 when it is invalid.
size_t valid_sequence_length(std::string_view s, size_t pos) {
  const auto b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0x80) return 1;
  const size_t left = s.size() - pos;
  auto cont = [&](size_t i) { return i < left && (static_cast<unsigned char>(s[pos + i]) & 0xC0) == 0x80; };
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1) ? 2 : 0;
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    const auto b1 = static_cast<unsigned char>(s[pos + 1]);
    if (b0 == 0xE0 && b1 < 0xA0) return 0;   // overlong
    if (b0 == 0xED && b1 >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    const auto b1 = static_cast<unsigned char>(s[pos + 1]);
    if (b0 == 0xF0 && b1 < 0x90) return 0;   // overlong
    if (b0 == 0xF4 && b1 >= 0x90) return 0;  // past U+10FFFF
    return 4;
  }
  return 0;
}

}  // namespace

char32_t decode_utf8(std::string_view s, size_t& pos) {
  const size_t n = valid_sequence_length(s, pos);
  const auto b = [&](size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(s[pos + i])); };
  char32_t cp;
  switch (n) {
    case 1: cp = b(0); break;
    case 2: cp = ((b(0) & 0x1F) << 6) | (b(1) & 0x3F); break;
    case 3: cp = ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F); break;
    case 4: cp = ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F); break;
    default: pos += 1; return kReplacementChar;
  }
  pos += n;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = kReplacementChar;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool is_valid_utf8(std::string_view s) {
  for (size_t pos = 0; pos < s.size();) {
    if (static_cast<unsigned char>(s[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const size_t n = valid_sequence_length(s, pos);
    if (n == 0) return false;
    pos += n;
  }
  return true;
}

std::string repair_utf8(std::string_view in, std::vector<size_t>* bad_offsets) {
  std::string out;
  out.reserve(in.size());
  size_t copied = 0;  // in[copied, pos) is valid and not yet copied
  size_t pos = 0;
  while (pos < in.size()) {
    if (static_cast<unsigned char>(in[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const size_t n = valid_sequence_length(in, pos);
    if (n != 0) {
      pos += n;
      continue;
    }
    out.append(in.substr(copied, pos - copied));
    if (bad_offsets) bad_offsets->push_back(pos);
    append_utf8(out, kReplacementChar);
    // Skip the continuation bytes that belong to this broken sequence, so one bad character gives one U+FFFD.
    ++pos;
    while (pos < in.size() && (static_cast<unsigned char>(in[pos]) & 0xC0) == 0x80) ++pos;
    copied = pos;
  }
  out.append(in.substr(copied));
  return out;
}

CodepointIndex::CodepointIndex(std::string_view text) : text_(text) {
  block_start_.reserve(text.size() / 64 + 1);
  uint32_t count = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i % 64 == 0) block_start_.push_back(count);
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
  }
  block_start_.push_back(count);
}

uint32_t CodepointIndex::operator()(uint32_t byte) const {
  if (byte >= text_.size()) return block_start_.back();
  const size_t block = byte / 64;
  uint32_t count = block_start_[block];
  for (size_t i = block * 64; i < byte; ++i)
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++count;
  return count;
}

}  // namespace dunlin
