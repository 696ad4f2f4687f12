// The shared network loops (network_math.h); the dot and matrix products are compiled for x86-64-v3 and for any
// x86-64.
#include "dunlin/nlp/network_math.h"

#include <algorithm>

namespace dunlin::nlp {

DUNLIN_VECTOR_CLONES float dot(const float* a, const float* b, int n) { return dot16(a, b, n); }

DUNLIN_VECTOR_CLONES void vector_times_matrix(const float* x, int n, const float* w, int width, float* out) {
  int j = 0;
  for (; j + 64 <= width; j += 64) {
    float acc[64] = {};
    for (int i = 0; i < n; ++i) {
      const float xi = x[i];
      const float* row = w + static_cast<size_t>(i) * width + j;
      for (int l = 0; l < 64; ++l) acc[l] += xi * row[l];
    }
    std::copy_n(acc, 64, out + j);
  }
  for (; j < width; ++j) {
    float s = 0;
    for (int i = 0; i < n; ++i) s += x[i] * w[static_cast<size_t>(i) * width + j];
    out[j] = s;
  }
}

void fill_uniform(std::vector<float>& v, float a, std::mt19937_64& rng) {
  std::uniform_real_distribution<float> d(-a, a);
  for (float& x : v) x = d(rng);
}

}  // namespace dunlin::nlp
