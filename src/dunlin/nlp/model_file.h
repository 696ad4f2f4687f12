// dunlin's NLP model file: one compact, versioned binary file holding a section per component.
//
// Layout (all integers little-endian):
//   "DUNLINNM" (8 bytes magic) | u32 format version | u32 section count
//   per section: 8-byte tag (ASCII, zero padded) | u64 payload size | payload
//   u32 CRC-32 (zlib) of every byte before it
// A file is read with one read() into memory, its checksum verified, then each component decodes its own
// section with the bounds-checked ByteReader. Every failure (missing, truncated, corrupt, wrong version, missing
// section) throws ModelError naming the file.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

namespace dunlin::nlp {

inline constexpr uint32_t kModelFormatVersion = 1;

class ModelError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Appends little-endian values to a byte buffer.
class ByteWriter {
 public:
  void u8(uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void u16(uint16_t v) { raw(&v, 2); }
  void u32(uint32_t v) { raw(&v, 4); }
  void u64(uint64_t v) { raw(&v, 8); }
  void f32(float v) { raw(&v, 4); }
  void str(std::string_view s) {
    u32(static_cast<uint32_t>(s.size()));
    out_.append(s.data(), s.size());
  }
  void strings(const std::vector<std::string>& v) {
    u32(static_cast<uint32_t>(v.size()));
    for (const auto& s : v) str(s);
  }
  template <typename T>
  void array(const std::vector<T>& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    u64(v.size());
    raw(v.data(), v.size() * sizeof(T));
  }
  // A hash map of 64-bit keys and values, sorted by key so that the same map always gives the same bytes.
  void u64_map(const std::unordered_map<uint64_t, uint64_t>& m) {
    std::vector<std::pair<uint64_t, uint64_t>> sorted(m.begin(), m.end());
    std::sort(sorted.begin(), sorted.end());
    u64(sorted.size());
    for (const auto& [k, v] : sorted) {
      u64(k);
      u64(v);
    }
  }
  void raw(const void* p, size_t n) { out_.append(static_cast<const char*>(p), n); }
  const std::string& bytes() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;  // the machine is little-endian (checked in model_file.cc)
};

// Reads what ByteWriter wrote; throws ModelError("<file>: section <tag>: truncated ...") past the end.
class ByteReader {
 public:
  ByteReader(std::string_view data, std::string context) : data_(data), context_(std::move(context)) {}
  uint8_t u8() { return static_cast<uint8_t>(*take(1)); }
  uint16_t u16() { return pod<uint16_t>(); }
  uint32_t u32() { return pod<uint32_t>(); }
  uint64_t u64() { return pod<uint64_t>(); }
  float f32() { return pod<float>(); }
  std::string str() {
    const uint32_t n = u32();
    return std::string(take(n), n);
  }
  std::vector<std::string> strings() {
    const uint32_t n = u32();
    check_count(n, 4);
    std::vector<std::string> v(n);
    for (auto& s : v) s = str();
    return v;
  }
  template <typename T>
  std::vector<T> array() {
    static_assert(std::is_trivially_copyable_v<T>);
    const uint64_t n = u64();
    check_count(n, sizeof(T));
    std::vector<T> v(n);
    if (n) std::memcpy(v.data(), take(n * sizeof(T)), n * sizeof(T));
    return v;
  }
  // What ByteWriter::u64_map wrote; fails with "corrupt <what>" when it holds more than max_entries entries.
  std::unordered_map<uint64_t, uint64_t> u64_map(uint64_t max_entries, const std::string& what) {
    const uint64_t n = u64();
    if (n > max_entries) fail("corrupt " + what);
    std::unordered_map<uint64_t, uint64_t> m;
    m.reserve(n);
    for (uint64_t i = 0; i < n; ++i) {
      const uint64_t k = u64();
      m[k] = u64();
    }
    return m;
  }
  void skip(uint64_t n) { take(n); }
  bool at_end() const { return pos_ == data_.size(); }
  [[noreturn]] void fail(const std::string& what) const;
  const std::string& context() const { return context_; }

 private:
  template <typename T>
  T pod() {
    T v;
    std::memcpy(&v, take(sizeof(T)), sizeof(T));
    return v;
  }
  void check_count(uint64_t n, size_t element) const {
    if (n > (data_.size() - pos_) / element) fail("truncated or corrupt (count " + std::to_string(n) + " too large)");
  }
  const char* take(uint64_t n) {
    if (n > data_.size() - pos_) fail("truncated (needs " + std::to_string(n) + " more bytes at offset " +
                                      std::to_string(pos_) + ")");
    const char* p = data_.data() + pos_;
    pos_ += n;
    return p;
  }
  std::string_view data_;
  std::string context_;
  size_t pos_ = 0;
};

// Builds a model file section by section.
class ModelFileWriter {
 public:
  void add(std::string_view tag, std::string payload);  // tag: 1..8 ASCII characters, unique
  std::string serialize() const;
  void write(const std::string& path) const;  // throws ModelError when the file cannot be written

 private:
  std::vector<std::pair<std::string, std::string>> sections_;
};

// A loaded, checksum-verified model file.
class ModelFile {
 public:
  static ModelFile read(const std::string& path);
  static ModelFile parse(std::string bytes, const std::string& name);  // name is used in error messages

  bool has(std::string_view tag) const { return index_.count(std::string(tag)) != 0; }
  ByteReader section(std::string_view tag) const;  // throws ModelError when absent
  const std::string& name() const { return name_; }
  std::vector<std::string> tags() const;

 private:
  std::string name_;
  std::string bytes_;
  std::map<std::string, std::pair<size_t, size_t>, std::less<>> index_;  // tag -> (offset, size)
};

}  // namespace dunlin::nlp
