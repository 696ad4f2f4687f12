// Averaged perceptron: training with lazy averaging, compilation to a quantized lookup table, and scoring.
#include "dunlin/nlp/perceptron.h"

#include <algorithm>
#include <map>
#include <cmath>
#include <stdexcept>

namespace dunlin::nlp {

void PerceptronModel::build_table() {
  size_t cap = 16;
  while (cap < keys_.size() * 2) cap <<= 1;
  mask_ = cap - 1;
  table_.assign(cap, Slot{});
  row_ = (static_cast<size_t>(num_classes_) + 7) / 8 * 8;
  dense_.clear();
  runs_.clear();
  runs_.reserve(entries_.size() + keys_.size());
  // Dense rows pay off (speed, and roughly size) when a feature has weights for a third of the classes or more.
  const size_t dense_min = std::max<size_t>(8, static_cast<size_t>(num_classes_) / 3);
  for (size_t i = 0; i < keys_.size(); ++i) {
    uint64_t slot = (keys_[i] >> 7) & mask_;
    while (table_[slot].tag != 0) slot = (slot + 1) & mask_;
    const uint32_t len = start_[i + 1] - start_[i];
    if (len >= dense_min && row_ <= kMaxDenseClasses && dense_.size() / row_ < kDenseBit - 1) {
      const size_t off = dense_.size();
      dense_.resize(off + row_, 0);
      for (uint32_t k = start_[i]; k < start_[i + 1]; ++k) dense_[off + entries_[k].cls] = entries_[k].w;
      table_[slot] = {tag_of(keys_[i]), kDenseBit | static_cast<uint32_t>(off / row_)};
    } else {
      if (runs_.size() >= kDenseBit) throw std::length_error("perceptron model too large");
      table_[slot] = {tag_of(keys_[i]), static_cast<uint32_t>(runs_.size())};
      runs_.push_back({static_cast<uint16_t>(std::min<uint32_t>(len, 65535)), 0});
      runs_.insert(runs_.end(), entries_.begin() + start_[i], entries_.begin() + start_[i] + std::min<uint32_t>(len, 65535));
    }
  }
}

void PerceptronModel::score(std::span<const uint64_t> features, float* scores) const {
  if (keys_.empty()) return;
  // Integer sums (exact; one multiplication by the scale per class at the end). Three passes per batch so the
  // memory accesses of different features overlap: prefetch slots, find runs (prefetching their weights),
  // accumulate.
  int32_t acc[kMaxDenseClasses];
  const bool small = row_ <= kMaxDenseClasses;
  if (small) std::fill(acc, acc + row_, 0);
  constexpr size_t kBatch = 64;
  constexpr uint32_t kAbsent = 0xFFFFFFFFu;
  for (size_t base = 0; base < features.size(); base += kBatch) {
    const size_t n = std::min(kBatch, features.size() - base);
    const uint64_t* f = features.data() + base;
    for (size_t i = 0; i < n; ++i) __builtin_prefetch(&table_[(f[i] >> 7) & mask_]);
    uint32_t ref[kBatch];
    for (size_t i = 0; i < n; ++i) {
      ref[i] = kAbsent;
      const uint32_t tag = tag_of(f[i]);
      for (uint64_t slot = (f[i] >> 7) & mask_; table_[slot].tag != 0; slot = (slot + 1) & mask_) {
        if (table_[slot].tag == tag) {
          ref[i] = table_[slot].ref;
          if (ref[i] & kDenseBit) {
            const int16_t* row = &dense_[(ref[i] & ~kDenseBit) * row_];
            for (size_t b = 0; b < row_; b += 32) __builtin_prefetch(row + b);
          } else {
            __builtin_prefetch(&runs_[ref[i]]);
          }
          break;
        }
      }
    }
    for (size_t i = 0; i < n; ++i) {
      if (ref[i] == kAbsent) continue;
      if (ref[i] & kDenseBit) {
        const int16_t* row = &dense_[(ref[i] & ~kDenseBit) * row_];
        for (size_t c = 0; c < row_; ++c) acc[c] += row[c];
        continue;
      }
      const Weight* run = &runs_[ref[i]];
      const Weight* end = run + 1 + run->cls;
      if (small) {
        for (const Weight* e = run + 1; e < end; ++e) acc[e->cls] += e->w;
      } else {
        for (const Weight* e = run + 1; e < end; ++e) scores[e->cls] += scale_ * static_cast<float>(e->w);
      }
    }
  }
  if (small)
    for (int c = 0; c < num_classes_; ++c) scores[c] += scale_ * static_cast<float>(acc[c]);
}

void PerceptronModel::prune(float min_abs) {
  const long min_q = std::lround(min_abs / scale_);
  std::vector<uint64_t> keys;
  std::vector<uint32_t> start{0};
  std::vector<Weight> entries;
  for (size_t i = 0; i < keys_.size(); ++i) {
    for (uint32_t k = start_[i]; k < start_[i + 1]; ++k)
      if (std::labs(entries_[k].w) >= min_q) entries.push_back(entries_[k]);
    if (entries.size() == start.back()) continue;
    keys.push_back(keys_[i]);
    start.push_back(static_cast<uint32_t>(entries.size()));
  }
  keys_ = std::move(keys), start_ = std::move(start), entries_ = std::move(entries);
  build_table();
}

PerceptronModel PerceptronModel::mean(std::span<const PerceptronModel> models) {
  if (models.empty()) throw std::invalid_argument("PerceptronModel::mean: no models");
  std::map<uint64_t, std::map<uint16_t, double>> sum;
  for (const PerceptronModel& m : models) {
    if (m.num_classes_ != models[0].num_classes_) throw std::invalid_argument("PerceptronModel::mean: class counts differ");
    for (size_t i = 0; i < m.keys_.size(); ++i)
      for (uint32_t k = m.start_[i]; k < m.start_[i + 1]; ++k)
        sum[m.keys_[i]][m.entries_[k].cls] += double(m.entries_[k].w) * m.scale_;
  }
  double max_abs = 0;
  for (const auto& [key, w] : sum)
    for (const auto& [cls, v] : w) max_abs = std::max(max_abs, std::fabs(v / double(models.size())));
  PerceptronModel out;
  out.num_classes_ = models[0].num_classes_;
  out.scale_ = max_abs > 0 ? static_cast<float>(max_abs / 32767.0) : 1.0f;
  out.start_.push_back(0);
  for (const auto& [key, w] : sum) {
    for (const auto& [cls, v] : w) {
      const long q = std::lround(v / double(models.size()) / out.scale_);
      if (q != 0) out.entries_.push_back({cls, static_cast<int16_t>(q)});
    }
    if (out.entries_.size() == out.start_.back()) continue;
    out.keys_.push_back(key);
    out.start_.push_back(static_cast<uint32_t>(out.entries_.size()));
  }
  out.build_table();
  return out;
}

void PerceptronModel::save(ByteWriter& w) const {
  w.u32(static_cast<uint32_t>(num_classes_));
  w.f32(scale_);
  std::vector<uint16_t> cls(entries_.size());
  std::vector<int16_t> weights(entries_.size());
  for (size_t i = 0; i < entries_.size(); ++i) cls[i] = entries_[i].cls, weights[i] = entries_[i].w;
  w.array(keys_);
  w.array(start_);
  w.array(cls);
  w.array(weights);
}

PerceptronModel PerceptronModel::load(ByteReader& r) {
  PerceptronModel m;
  m.num_classes_ = static_cast<int>(r.u32());
  m.scale_ = r.f32();
  m.keys_ = r.array<uint64_t>();
  m.start_ = r.array<uint32_t>();
  const auto cls = r.array<uint16_t>();
  const auto weights = r.array<int16_t>();
  if (m.num_classes_ <= 0 || m.num_classes_ > 65535 || m.start_.size() != m.keys_.size() + 1 ||
      cls.size() != weights.size() || m.start_.back() != cls.size())
    r.fail("inconsistent perceptron weights");
  for (size_t i = 0; i + 1 < m.start_.size(); ++i)
    if (m.start_[i] > m.start_[i + 1]) r.fail("inconsistent perceptron offsets");
  m.entries_.resize(cls.size());
  for (size_t i = 0; i < cls.size(); ++i) {
    if (cls[i] >= m.num_classes_) r.fail("perceptron class id out of range");
    m.entries_[i] = {cls[i], weights[i]};
  }
  m.build_table();
  return m;
}

void PerceptronTrainer::score(std::span<const uint64_t> features, float* scores) const {
  for (const uint64_t f : features) {
    const auto it = weights_.find(f);
    if (it == weights_.end()) continue;
    for (const Entry& e : it->second) scores[e.cls] += e.w;
  }
}

void PerceptronTrainer::bump(uint64_t key, int cls, float delta) {
  std::vector<Entry>& entries = weights_[key];
  for (Entry& e : entries) {
    if (e.cls == cls) {
      e.total += double(instances_ - e.stamp) * e.w;
      e.stamp = instances_;
      e.w += delta;
      return;
    }
  }
  entries.push_back({static_cast<uint16_t>(cls), delta, 0.0, instances_});
}

void PerceptronTrainer::update(std::span<const uint64_t> features, int truth, int guess) {
  ++instances_;
  if (truth == guess) return;
  for (const uint64_t f : features) {
    bump(f, truth, 1.0f);
    if (guess >= 0) bump(f, guess, -1.0f);
  }
}

PerceptronModel PerceptronTrainer::compile() const {
  struct Avg {
    uint64_t key;
    std::vector<std::pair<uint16_t, float>> w;
  };
  std::vector<Avg> avg;
  avg.reserve(weights_.size());
  float max_abs = 0;
  const double n = std::max<uint32_t>(instances_, 1);
  for (const auto& [key, entries] : weights_) {
    Avg a{key, {}};
    for (const Entry& e : entries) {
      const double total = e.total + double(instances_ - e.stamp) * e.w;
      const float v = static_cast<float>(total / n);
      if (std::fabs(v) > 1e-6f) {
        a.w.emplace_back(e.cls, v);
        max_abs = std::max(max_abs, std::fabs(v));
      }
    }
    if (!a.w.empty()) avg.push_back(std::move(a));
  }
  PerceptronModel m;
  m.num_classes_ = num_classes_;
  m.scale_ = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  std::sort(avg.begin(), avg.end(), [](const Avg& a, const Avg& b) { return a.key < b.key; });
  m.start_.push_back(0);
  for (Avg& a : avg) {
    std::sort(a.w.begin(), a.w.end());
    size_t kept = 0;
    for (const auto& [cls, v] : a.w) {
      const long q = std::lround(v / m.scale_);
      if (q == 0) continue;
      m.entries_.push_back({cls, static_cast<int16_t>(q)});
      ++kept;
    }
    if (kept == 0) continue;
    m.keys_.push_back(a.key);
    m.start_.push_back(static_cast<uint32_t>(m.entries_.size()));
  }
  m.build_table();
  return m;
}

}  // namespace dunlin::nlp
