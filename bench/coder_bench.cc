// The whole pipeline against its NLP part: how much actors, events and dates add per token. Input: the example
// article written for dunlin (examples/envoys-2021-06-01.txt, 158 words: per-document costs weigh more), and the
// 124 articles of ../shared's wikinews_2020.csv (skipped without it). Needs the trained models in models/.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <vector>

#include "dunlin/pipeline.h"
#include "dunlin/read/csv_records.h"
#include "dunlin/read/reader.h"

namespace {

dunlin::Document example() {
  std::ifstream in(DUNLIN_SOURCE_DIR "/examples/envoys-2021-06-01.txt", std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  dunlin::Document doc;
  dunlin::read_text_document(bytes, "example", doc, {});
  return doc;
}

std::unique_ptr<dunlin::Pipeline>& pipeline() {
  static std::unique_ptr<dunlin::Pipeline> p = [] {
    try {
      return std::make_unique<dunlin::Pipeline>(dunlin::Pipeline::load());
    } catch (const std::exception&) {
      return std::unique_ptr<dunlin::Pipeline>();
    }
  }();
  return p;
}

// One document through the whole pipeline, or through the segmenter and the NLP stages only.
void annotate(dunlin::Document& doc, bool everything, const dunlin::Segmenter& segmenter,
              const dunlin::nlp::Pipeline& nlp) {
  if (everything) {
    pipeline()->annotate(doc);
  } else {
    segmenter.annotate(doc);
    nlp.annotate(doc);
  }
}

void run(benchmark::State& state, bool everything) {
  if (!pipeline()) {
    state.SkipWithError("models or dictionaries missing (train the models: models/README.md)");
    return;
  }
  const dunlin::Document original = example();
  const dunlin::Segmenter segmenter;
  const dunlin::nlp::Pipeline nlp = dunlin::nlp::Pipeline::load(dunlin::nlp::default_model_dir());
  size_t tokens = 0, events = 0;
  for (auto _ : state) {
    dunlin::Document doc = original;
    annotate(doc, everything, segmenter, nlp);
    tokens += doc.tokens.size();
    events += doc.events.size();
    benchmark::DoNotOptimize(doc);
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.counters["events/doc"] = static_cast<double>(events) / static_cast<double>(state.iterations());
}

void BM_SegmentAndNlp(benchmark::State& state) { run(state, false); }
void BM_WholePipeline(benchmark::State& state) { run(state, true); }

// The stages after the NLP ones alone (Pipeline::code), on a copy of the example article already segmented, tagged,
// parsed and with its entities: the direct cost of coding. BM_WholePipeline minus BM_SegmentAndNlp is more than
// this: run one after the other on each document, the stages evict each other's tables from the caches.
// (Each iteration copies the annotated document too, a few microseconds.)
void BM_CodingAfterNlp(benchmark::State& state) {
  if (!pipeline()) {
    state.SkipWithError("models or dictionaries missing (train the models: models/README.md)");
    return;
  }
  dunlin::Document annotated = example();
  const dunlin::Segmenter segmenter;
  const dunlin::nlp::Pipeline nlp = dunlin::nlp::Pipeline::load(dunlin::nlp::default_model_dir());
  annotate(annotated, false, segmenter, nlp);
  size_t tokens = 0, events = 0;
  for (auto _ : state) {
    dunlin::Document doc = annotated;
    pipeline()->code(doc);
    tokens += doc.tokens.size();
    events += doc.events.size();
    benchmark::DoNotOptimize(doc);
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.counters["events/doc"] = static_cast<double>(events) / static_cast<double>(state.iterations());
}

// The same pair over real news: every article of the 2020 Wikinews file, one pass per iteration.
const std::vector<dunlin::Document>& wikinews() {
  static const std::vector<dunlin::Document> docs = [] {
    std::vector<dunlin::Document> out;
    const std::string path = DUNLIN_SOURCE_DIR "/../shared/data/news/wikinews-2019-2021/wikinews_2020.csv";
    if (!std::filesystem::exists(path)) return out;
    for (auto& row : dunlin::read_csv_file(path)) {
      if (row.size() < 4 || row[0] == "url") continue;
      dunlin::Document d;
      d.date = row[1];
      d.text = row[3];
      out.push_back(std::move(d));
    }
    return out;
  }();
  return docs;
}

void run_wikinews(benchmark::State& state, bool everything) {
  if (!pipeline() || wikinews().empty()) {
    state.SkipWithError("models or ../shared's wikinews_2020.csv missing");
    return;
  }
  const dunlin::Segmenter segmenter;
  const dunlin::nlp::Pipeline nlp = dunlin::nlp::Pipeline::load(dunlin::nlp::default_model_dir());
  size_t tokens = 0;
  for (auto _ : state)
    for (const dunlin::Document& original : wikinews()) {
      dunlin::Document doc = original;
      annotate(doc, everything, segmenter, nlp);
      tokens += doc.tokens.size();
      benchmark::DoNotOptimize(doc);
    }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}

void BM_SegmentAndNlpWikinews(benchmark::State& state) { run_wikinews(state, false); }
void BM_WholePipelineWikinews(benchmark::State& state) { run_wikinews(state, true); }

}  // namespace

BENCHMARK(BM_SegmentAndNlp)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_WholePipeline)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_CodingAfterNlp)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_SegmentAndNlpWikinews)->Unit(benchmark::kMillisecond)->MinTime(5.0);
BENCHMARK(BM_WholePipelineWikinews)->Unit(benchmark::kMillisecond)->MinTime(5.0);
