// Reading and writing dunlin's NLP model file (see model_file.h for the layout).
#include "dunlin/nlp/model_file.h"

#include <zlib.h>

#include <bit>
#include <fstream>
#include <iterator>

namespace dunlin::nlp {

static_assert(std::endian::native == std::endian::little, "model files are little-endian");

namespace {
constexpr char kMagic[8] = {'D', 'U', 'N', 'L', 'I', 'N', 'N', 'M'};

uint32_t crc32_of(std::string_view data) {
  uLong crc = crc32(0L, Z_NULL, 0);
  size_t pos = 0;
  while (pos < data.size()) {  // zlib takes uInt lengths
    const size_t n = std::min<size_t>(data.size() - pos, 1u << 30);
    crc = crc32(crc, reinterpret_cast<const Bytef*>(data.data() + pos), static_cast<uInt>(n));
    pos += n;
  }
  return static_cast<uint32_t>(crc);
}
}  // namespace

void ByteReader::fail(const std::string& what) const { throw ModelError(context_ + ": " + what); }

void ModelFileWriter::add(std::string_view tag, std::string payload) {
  if (tag.empty() || tag.size() > 8) throw ModelError("model section tag must have 1 to 8 characters");
  for (const auto& s : sections_)
    if (s.first == tag) throw ModelError("duplicate model section " + std::string(tag));
  sections_.emplace_back(std::string(tag), std::move(payload));
}

std::string ModelFileWriter::serialize() const {
  ByteWriter w;
  w.raw(kMagic, 8);
  w.u32(kModelFormatVersion);
  w.u32(static_cast<uint32_t>(sections_.size()));
  for (const auto& [tag, payload] : sections_) {
    char t[8] = {};
    std::memcpy(t, tag.data(), tag.size());
    w.raw(t, 8);
    w.u64(payload.size());
    w.raw(payload.data(), payload.size());
  }
  w.u32(crc32_of(w.bytes()));
  return w.take();
}

void ModelFileWriter::write(const std::string& path) const {
  const std::string bytes = serialize();
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw ModelError(path + ": cannot open model file for writing");
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) throw ModelError(path + ": error while writing model file");
}

ModelFile ModelFile::read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ModelError(path + ": cannot open model file");
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  in.seekg(0, std::ios::beg);
  if (size < 0) throw ModelError(path + ": cannot read model file");
  std::string bytes(static_cast<size_t>(size), '\0');
  in.read(bytes.data(), size);
  if (!in) throw ModelError(path + ": cannot read model file");
  return parse(std::move(bytes), path);
}

ModelFile ModelFile::parse(std::string bytes, const std::string& name) {
  ModelFile f;
  f.name_ = name;
  f.bytes_ = std::move(bytes);
  const std::string_view all(f.bytes_);
  if (all.size() < 20 || std::memcmp(all.data(), kMagic, 8) != 0)
    throw ModelError(name + ": not a dunlin model file (bad magic or too short)");
  uint32_t stored_crc;
  std::memcpy(&stored_crc, all.data() + all.size() - 4, 4);
  const std::string_view body = all.substr(0, all.size() - 4);
  ByteReader r(body, name);
  r.u64();  // magic
  const uint32_t version = r.u32();
  if (version != kModelFormatVersion)
    throw ModelError(name + ": model format version " + std::to_string(version) + ", this dunlin reads version " +
                     std::to_string(kModelFormatVersion));
  if (crc32_of(body) != stored_crc) throw ModelError(name + ": checksum mismatch (file corrupt or truncated)");
  const uint32_t count = r.u32();
  size_t offset = 16;
  for (uint32_t i = 0; i < count; ++i) {
    char t[9] = {};
    for (int k = 0; k < 8; ++k) t[k] = static_cast<char>(r.u8());
    const uint64_t size = r.u64();
    offset += 16;
    if (size > body.size() - offset) throw ModelError(name + ": section " + t + " is truncated");
    f.index_[t] = {offset, static_cast<size_t>(size)};
    r.skip(size);
    offset += size;
  }
  if (!r.at_end()) throw ModelError(name + ": trailing bytes after the last section");
  return f;
}

ByteReader ModelFile::section(std::string_view tag) const {
  const auto it = index_.find(tag);
  if (it == index_.end()) throw ModelError(name_ + ": model has no section '" + std::string(tag) + "'");
  return ByteReader(std::string_view(bytes_).substr(it->second.first, it->second.second),
                    name_ + ": section " + std::string(tag));
}

std::vector<std::string> ModelFile::tags() const {
  std::vector<std::string> v;
  for (const auto& [t, _] : index_) v.push_back(t);
  return v;
}

}  // namespace dunlin::nlp
