// Averaged multi-class perceptron over hashed sparse features.
//
// Training (PerceptronTrainer) keeps, per feature key, only the classes whose weight was ever updated, with the
// lazy-averaging bookkeeping of Collins (2002) / Daumé's trick. compile() averages, drops features whose weights
// are all (near) zero, and quantizes to int16 with one scale per model, giving the compact, read-only
// PerceptronModel used at run time: an open-addressing table from feature key to a run of (class, weight) pairs.
#pragma once

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "dunlin/nlp/hash.h"
#include "dunlin/nlp/model_file.h"

namespace dunlin::nlp {

class PerceptronModel {
 public:
  PerceptronModel() = default;
  int num_classes() const { return num_classes_; }
  size_t num_features() const { return keys_.size(); }
  // scores[c] += sum of the weights of the given features for class c (scores has num_classes() entries).
  void score(std::span<const uint64_t> features, float* scores) const;
  // Drops weights whose magnitude is below min_abs (and features left without weights): smaller, faster model.
  void prune(float min_abs);
  // The mean of the weights of models with the same classes (parameter mixing of models trained on differently
  // shuffled data; a feature missing from a model counts as weight 0 there), quantized again.
  static PerceptronModel mean(std::span<const PerceptronModel> models);

  void save(ByteWriter& w) const;
  static PerceptronModel load(ByteReader& r);

 private:
  friend class PerceptronTrainer;
  void build_table();  // from keys_ and start_
  int num_classes_ = 0;
  float scale_ = 1.0f;
  std::vector<uint64_t> keys_;      // sorted feature keys
  std::vector<uint32_t> start_;     // keys_.size() + 1 offsets into entries_
  // (class, weight) pairs, interleaved so that a feature's run is one contiguous read (the file stores the classes
  // and the weights as two arrays).
  struct Weight {
    uint16_t cls;
    int16_t w;
  };
  std::vector<Weight> entries_;
  // Run-time lookup: open addressing (linear probing, load <= 1/2) over 8-byte slots: a 31-bit fingerprint of the
  // feature key (an absent feature matches a present one with probability ~1e-9 per lookup, a hash collision
  // like those of the hashed feature keys themselves) and a reference. Sparse features refer to a run in runs_: a
  // header entry holding the run length, then (class, weight) pairs, so a lookup touches one slot and one run. A
  // feature with weights for many classes has a dense row instead (reference kDenseBit | row: num_classes_ weights,
  // padded to row_), added without per-class indexing. Built at load; not stored in the file.
  struct Slot {
    uint32_t tag = 0;  // 0 = empty
    uint32_t ref = 0;
  };
  // A fingerprint of the whole key (mixed, so keys that differ only in their low bits, which also pick the slot,
  // get different fingerprints).
  static uint32_t tag_of(uint64_t key) { return static_cast<uint32_t>(mix64(key) >> 32) | 1u; }
  static constexpr uint32_t kDenseBit = 0x80000000u;
  static constexpr size_t kMaxDenseClasses = 512;  // larger models keep sparse runs and float sums
  std::vector<Slot> table_;
  std::vector<Weight> runs_;
  std::vector<int16_t> dense_;
  size_t row_ = 0;  // dense row length: num_classes_ rounded up to 8
  uint64_t mask_ = 0;
};

class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int num_classes) : num_classes_(num_classes) {}
  int num_classes() const { return num_classes_; }
  // Current (not averaged) weights: scores[c] = sum over features.
  void score(std::span<const uint64_t> features, float* scores) const;
  // One training instance seen; if guess != truth, +1 for truth and -1 for guess on every feature.
  void update(std::span<const uint64_t> features, int truth, int guess);
  // Adds delta to the weight of class cls for every feature, without counting an instance (structured updates:
  // call tick() once per training example).
  void add(std::span<const uint64_t> features, int cls, float delta) {
    for (const uint64_t f : features) bump(f, cls, delta);
  }
  // Count an instance without an update (for averaging).
  void tick() { ++instances_; }
  // Adds delta to class cls on every feature, counting no instance (structured updates: +1 along the gold path,
  // -1 along the predicted one, then one tick()).
  void adjust(std::span<const uint64_t> features, int cls, float delta) {
    for (const uint64_t f : features) bump(f, cls, delta);
  }
  PerceptronModel compile() const;

 private:
  struct Entry {
    uint16_t cls;
    float w;
    double total;  // sum of w over instances up to `stamp`
    uint32_t stamp;
  };
  void bump(uint64_t key, int cls, float delta);
  int num_classes_;
  uint32_t instances_ = 0;
  std::unordered_map<uint64_t, std::vector<Entry>> weights_;
};

}  // namespace dunlin::nlp
