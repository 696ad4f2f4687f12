// Throughput of the temporal tagger (story date + recognition + normalization) on news-like text: our own
// sentences, and the Wikinews corpus when ../shared is present.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "dunlin/read/csv_records.h"
#include "dunlin/time/temporal.h"

namespace {

const char* kParagraph =
    "Rebels shelled the airbase on Tuesday, two days after government forces entered the town, officials said. "
    "The ministry said 14 soldiers were killed in late April and that talks would resume next month in Geneva. "
    "Theresa May said in 2018 that the protest march was peaceful. The envoy, who arrived three days ago, met "
    "the president on December 11, 2017 and again last week; the vote is scheduled for May 2.\n\n";

void BM_TemporalTaggerSynthetic(benchmark::State& state) {
  dunlin::Document doc;
  doc.date = "2019-03-14";
  while (doc.text.size() < 100000) doc.text += kParagraph;
  const dunlin::time::TemporalTagger tagger;
  for (auto _ : state) {
    tagger.annotate(doc);
    benchmark::DoNotOptimize(doc.times.size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * doc.text.size()));
}
BENCHMARK(BM_TemporalTaggerSynthetic);

void BM_TemporalTaggerWikinews(benchmark::State& state) {
  const std::string corpus = DUNLIN_SOURCE_DIR "/../shared/data/news/wikinews-2019-2021";
  if (!std::filesystem::exists(corpus + "/wikinews_2019.csv")) {
    state.SkipWithError("the Wikinews corpus is absent");
    return;
  }
  std::vector<dunlin::Document> docs;
  size_t bytes = 0;
  for (const char* f : {"wikinews_2019.csv", "wikinews_2020.csv"})
    for (auto& row : dunlin::read_csv_file(corpus + "/" + f)) {
      if (row.size() < 4) continue;
      dunlin::Document d;
      d.date = row[1];
      d.text = row[3];
      bytes += d.text.size();
      docs.push_back(std::move(d));
    }
  const dunlin::time::TemporalTagger tagger;
  for (auto _ : state)
    for (auto& d : docs) {
      tagger.annotate(d);
      benchmark::DoNotOptimize(d.times.size());
    }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(state.iterations() * docs.size()),
                                                benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TemporalTaggerWikinews);

}  // namespace
