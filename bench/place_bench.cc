// Gazetteer speed: loading the binary file, and resolving names. Needs data/place/gazetteer.bin (scripts/setup
// builds it); skipped without it.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "dunlin/place/gazetteer.h"

namespace {

const std::string kPath = DUNLIN_SOURCE_DIR "/data/place/gazetteer.bin";

void BM_GazetteerLoad(benchmark::State& state) {
  if (!std::filesystem::exists(kPath)) {
    state.SkipWithError("data/place/gazetteer.bin is absent (run scripts/build-gazetteer)");
    return;
  }
  for (auto _ : state) {
    auto g = dunlin::place::GeoNamesGazetteer::load(kPath);
    benchmark::DoNotOptimize(g.size());
  }
}
BENCHMARK(BM_GazetteerLoad)->Unit(benchmark::kMillisecond);

void BM_GazetteerResolve(benchmark::State& state) {
  if (!std::filesystem::exists(kPath)) {
    state.SkipWithError("data/place/gazetteer.bin is absent (run scripts/build-gazetteer)");
    return;
  }
  const auto g = dunlin::place::GeoNamesGazetteer::load(kPath);
  const std::vector<std::string> names = {"Tripoli", "Khmeimim", "Deir al-Zour", "north-east Syria", "Damascus",
                                          "Springfield", "Nowhereville", "Idleb", "Paris", "the United States"};
  const std::vector<std::string> countries = {"SY", "RU"};
  size_t n = 0;
  for (auto _ : state)
    for (const auto& name : names) {
      benchmark::DoNotOptimize(g.resolve(name, countries));
      ++n;
    }
  state.SetItemsProcessed(static_cast<int64_t>(n));
}
BENCHMARK(BM_GazetteerResolve);

}  // namespace
