// What feed-forward networks share (parser_network.h): vectorized dot products and matrix products, uniform
// initialization, and AdaGrad state for one parameter array.
#pragma once

#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

namespace dunlin::nlp {

// The hot loops are compiled twice, for x86-64-v3 (AVX2, FMA) and for any x86-64, and the loader picks the one the
// machine runs (GCC function multiversioning); other architectures get the plain version.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define DUNLIN_VECTOR_CLONES __attribute__((target_clones("arch=x86-64-v3", "default")))
#else
#define DUNLIN_VECTOR_CLONES
#endif

// A dot product with sixteen partial sums, which the compiler turns into vector instructions (a single running sum
// may not be reordered); inlined into each compiled variant of its callers.
[[gnu::always_inline]] inline float dot16(const float* a, const float* b, int n) {
  float part[16] = {};
  int i = 0;
  for (; i + 16 <= n; i += 16)
    for (int k = 0; k < 16; ++k) part[k] += a[i + k] * b[i + k];
  float s = 0;
  for (; i < n; ++i) s += a[i] * b[i];
  for (float p : part) s += p;
  return s;
}

float dot(const float* a, const float* b, int n);

// out = sum over i < n of x[i] * w[i * width .. (i + 1) * width) (a vector times a row-major matrix): sixty-four
// outputs at a time, held in registers while the rows stream past.
void vector_times_matrix(const float* x, int n, const float* w, int width, float* out);

// Every value uniform in [-a, a].
void fill_uniform(std::vector<float>& v, float a, std::mt19937_64& rng);

// AdaGrad state and gradient accumulators of one parameter array.
struct Slot {
  std::vector<float>* value;
  std::vector<float> grad, sum_sq;
  std::vector<uint32_t> touched_rows;  // sparse tables: the rows with a gradient since the last update
  std::vector<uint8_t> row_touched;
  int row_size = 0;  // 0: dense
  explicit Slot(std::vector<float>& v, int rows_of = 0)
      : value(&v), grad(v.size()), sum_sq(v.size()), row_size(rows_of) {
    if (row_size) row_touched.assign(v.size() / row_size, 0);
  }
  float* row_grad(int r) {
    if (!row_touched[r]) row_touched[r] = 1, touched_rows.push_back(static_cast<uint32_t>(r));
    return grad.data() + static_cast<size_t>(r) * row_size;
  }
  void update(float rate) {
    constexpr float eps = 1e-6f;
    auto step = [&](size_t b, size_t e) {
      float* w = value->data();
      for (size_t i = b; i < e; ++i) {
        const float g = grad[i];
        sum_sq[i] += g * g;
        w[i] -= rate * g / (std::sqrt(sum_sq[i]) + eps);
        grad[i] = 0;
      }
    };
    if (!row_size) {
      step(0, grad.size());
      return;
    }
    for (uint32_t r : touched_rows) {
      step(static_cast<size_t>(r) * row_size, static_cast<size_t>(r + 1) * row_size);
      row_touched[r] = 0;
    }
    touched_rows.clear();
  }
};

}  // namespace dunlin::nlp
