// Event store ingest throughput into SQLite: generated articles (20 sentences of ~20 words, 6 events, 12 actors
// among 24 countries, dates over two years), stored one batch transaction per 200 documents, as the ingest
// command's writer does. Reports documents/s, events (mentions)/s and the process's resident memory after the run,
// which must stay flat as the corpus grows (BM_StoreIngest/1000 vs /20000). The PostgreSQL variant needs a server:
//   build/dunlin_bench --benchmark_filter=Store
//   DUNLIN_TEST_POSTGRES=$(scripts/postgres-test-server start /tmp/pg) build/dunlin_bench --benchmark_filter=Store
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <random>
#include <string>

#include "../tests/store_test_util.h"
#include "dunlin/resources.h"
#include "dunlin/store/store.h"

namespace dunlin::store {
namespace {

const char* kCountries[] = {"Russia", "Syria", "Turkey", "Iran", "Israel", "Egypt", "France", "Germany",
                            "China", "Japan", "India", "Brazil", "Mexico", "Canada", "Italy", "Spain",
                            "Poland", "Ukraine", "Greece", "Jordan", "Iraq", "Qatar", "Kenya", "Chile"};
const char* kCodes[] = {"RUS", "SYR", "TUR", "IRN", "ISR", "EGY", "FRA", "DEU", "CHN", "JPN", "IND", "BRA",
                        "MEX", "CAN", "ITA", "ESP", "POL", "UKR", "GRC", "JOR", "IRQ", "QAT", "KEN", "CHL"};
const char* kVerbs[] = {"met", "condemned", "accused", "praised", "attacked", "threatened"};
const char* kCameos[] = {"040", "111", "112", "051", "190", "130"};

const std::map<std::string, std::string>& codes_by_word() {
  static const std::map<std::string, std::string> m = [] {
    std::map<std::string, std::string> out;
    for (size_t i = 0; i < std::size(kCountries); ++i) out[kCountries[i]] = kCodes[i];
    return out;
  }();
  return m;
}

Document generate(int i, std::mt19937& rng) {
  std::vector<std::string> sentences;
  std::vector<store_test::EventSpec> events;
  const int day = 18262 + static_cast<int>(rng() % 730);  // 2020-01-01 + two years
  for (int s = 0; s < 20; ++s) {
    const char* a = kCountries[rng() % std::size(kCountries)];
    const char* b = kCountries[rng() % std::size(kCountries)];
    const int v = static_cast<int>(rng() % std::size(kVerbs));
    sentences.push_back(std::string("On the same day officials said that ") + a + " " + kVerbs[v] + " " + b +
                        " after talks in the capital over several hours .");
    if (s % 3 == 0 && std::string(a) != b)
      events.push_back({s, a, b, kVerbs[v], kCameos[v], time::format_day(day + static_cast<int>(rng() % 3))});
  }
  Document doc = store_test::make_doc("gen/" + std::to_string(i) + ".txt", "Outlet " + std::to_string(i % 40),
                                      sentences, events, codes_by_word());
  return doc;
}

long resident_kb() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);)
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  return 0;
}

// `postgres`: into a fresh database on the server named by DUNLIN_TEST_POSTGRES (skipped when unset).
void ingest_generated(benchmark::State& state, bool postgres) {
  const char* server = std::getenv("DUNLIN_TEST_POSTGRES");
  if (postgres && (!server || !*server)) {
    state.SkipWithError("DUNLIN_TEST_POSTGRES is not set (scripts/postgres-test-server start DIR prints a URI)");
    return;
  }
  const CameoCodes codes = CameoCodes::load(find_resource("data/events/cameo.tsv").string());
  const int n = static_cast<int>(state.range(0));
  int64_t mentions = 0;
  for (auto _ : state) {
    state.PauseTiming();
    const std::string path =
        postgres ? store_test::fresh_target("postgresql", "bench") : store_test::temp_db("bench");
    auto store = Store::open(path);
    std::mt19937 rng(42);
    state.ResumeTiming();
    store->begin_batch();
    for (int i = 0; i < n; ++i) {
      Document doc = generate(i, rng);
      const DocumentRows rows = make_rows(doc, codes);  // done by the workers in `dunlin ingest`
      mentions += static_cast<int64_t>(store->put(rows).mentions);
      if (i % 200 == 199) {
        store->commit_batch();
        store->begin_batch();
      }
    }
    store->commit_batch();
    state.PauseTiming();
    state.counters["events_in_store"] = static_cast<double>(store->counts().events);
    store.reset();
    if (!postgres)
      for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
    state.ResumeTiming();
  }
  state.SetItemsProcessed(state.iterations() * n);
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(state.iterations() * n), benchmark::Counter::kIsRate);
  state.counters["mentions/s"] = benchmark::Counter(static_cast<double>(mentions), benchmark::Counter::kIsRate);
  state.counters["rss_MB_after"] = static_cast<double>(resident_kb()) / 1024.0;
}
void BM_StoreIngest(benchmark::State& state) { ingest_generated(state, false); }
void BM_StoreIngestPostgres(benchmark::State& state) { ingest_generated(state, true); }
BENCHMARK(BM_StoreIngest)->Arg(1000)->Arg(10000)->Arg(20000)->Unit(benchmark::kMillisecond)->Iterations(1)
    ->UseRealTime();
BENCHMARK(BM_StoreIngestPostgres)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

}  // namespace
}  // namespace dunlin::store
