// Feature hashing for the perceptron models: strings and small integers to 64-bit feature keys.
#pragma once

#include <cstdint>
#include <string_view>

namespace dunlin::nlp {

// splitmix64 finalizer: a cheap, well-mixing bijection.
inline uint64_t mix64(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// FNV-1a over the bytes, then mixed.
inline uint64_t hash_string(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return mix64(h);
}

// A feature key from a template id and one to three values (string hashes or small integers).
inline uint64_t feat(uint32_t templ, uint64_t a) { return mix64(a ^ (uint64_t{templ} << 48) ^ 0x51ed27ULL) | 1; }
inline uint64_t feat(uint32_t templ, uint64_t a, uint64_t b) { return feat(templ, mix64(a) ^ (b * 0x9ddfea08eb382d69ULL)); }
inline uint64_t feat(uint32_t templ, uint64_t a, uint64_t b, uint64_t c) {
  return feat(templ, mix64(mix64(a) ^ (b * 0x9ddfea08eb382d69ULL)) ^ (c * 0xc2b2ae3d27d4eb4fULL));
}

}  // namespace dunlin::nlp
