// Place speed: loading the gazetteer, resolving names, and the place + date stages against the whole pipeline.
// Needs data/place/gazetteer.bin (scripts/setup builds it); skipped without it.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <memory>

#include "dunlin/actors/country_dictionary.h"
#include "dunlin/pipeline.h"
#include "dunlin/place/event_locator.h"
#include "dunlin/place/gazetteer.h"
#include "dunlin/place/place_tagger.h"
#include "dunlin/read/csv_records.h"
#include "dunlin/segment/segmenter.h"
#include "dunlin/time/event_dater.h"
#include "dunlin/time/temporal.h"

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

// ---- Dates + places against the whole pipeline -------------------------------------------------------------
// The budget: date and place resolution together add at most 10% to the pipeline's time per token.
// BM_PipelineWikinews runs every stage (tokens/s); BM_DatesAndPlacesWikinews runs only the temporal tagger, the
// event dater, the place tagger and the event locator over the same documents already annotated by the other
// stages. Share = dates+places time / (pipeline time - dates+places time). Needs the models (models/ or
// $DUNLIN_MODEL_DIR), the gazetteer and the Wikinews corpus of ../shared; skipped without them.
namespace {

struct Corpus {
  std::unique_ptr<dunlin::Pipeline> pipeline;  // null without models: the documents are then only segmented
  std::vector<dunlin::Document> docs;          // read, not annotated
  std::vector<dunlin::Document> annotated;     // by the pipeline, or by the segmenter alone
  size_t tokens = 0;
  std::string error, pipeline_error;
};

const Corpus& corpus() {
  static const Corpus c = [] {
    Corpus out;
    const std::string dir = DUNLIN_SOURCE_DIR "/../shared/data/news/wikinews-2019-2021";
    if (!std::filesystem::exists(dir + "/wikinews_2020.csv")) {
      out.error = "the Wikinews corpus is absent";
      return out;
    }
    if (!std::filesystem::exists(kPath)) {
      out.error = "data/place/gazetteer.bin is absent";
      return out;
    }
    try {
      out.pipeline = std::make_unique<dunlin::Pipeline>(dunlin::Pipeline::load());
    } catch (const std::exception& e) {
      out.pipeline_error = std::string("the pipeline cannot be loaded (models?): ") + e.what();
    }
    const dunlin::Segmenter segmenter;
    for (auto& row : dunlin::read_csv_file(dir + "/wikinews_2020.csv")) {
      if (row.size() < 4) continue;
      dunlin::Document d;
      d.date = row[1];
      d.text = row[3];
      dunlin::Document annotated = d;
      if (out.pipeline)
        out.pipeline->annotate(annotated);
      else
        segmenter.annotate(annotated);
      out.tokens += annotated.tokens.size();
      out.docs.push_back(std::move(d));
      out.annotated.push_back(std::move(annotated));
    }
    return out;
  }();
  return c;
}

void BM_PipelineWikinews(benchmark::State& state) {
  const Corpus& c = corpus();
  if (!c.error.empty() || !c.pipeline) {
    state.SkipWithError((c.error.empty() ? c.pipeline_error : c.error).c_str());
    return;
  }
  for (auto _ : state)
    for (const auto& d : c.docs) {
      dunlin::Document doc = d;
      c.pipeline->annotate(doc);
      benchmark::DoNotOptimize(doc.events.size());
    }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.tokens));
  state.counters["tokens"] = static_cast<double>(c.tokens);
}
BENCHMARK(BM_PipelineWikinews)->Unit(benchmark::kMillisecond);

void BM_DatesAndPlacesWikinews(benchmark::State& state) {
  const Corpus& c = corpus();
  if (!c.error.empty()) {
    state.SkipWithError(c.error.c_str());
    return;
  }
  std::vector<dunlin::Document> docs = c.annotated;
  state.SetLabel(c.pipeline ? "after the pipeline" : "after the segmenter only (no models)");
  auto g = std::make_shared<const dunlin::place::GeoNamesGazetteer>(dunlin::place::GeoNamesGazetteer::load(kPath));
  const dunlin::place::PlaceTagger places(
      g, dunlin::place::PlaceTagger::load_not_places(DUNLIN_SOURCE_DIR "/data/place/not-places.tsv"));
  const dunlin::place::EventLocator locator(
      g, dunlin::CountryDictionary::load(DUNLIN_SOURCE_DIR "/data/actors/countries.tsv"));
  const dunlin::time::TemporalTagger temporal;
  const dunlin::time::EventDater dater;
  for (auto _ : state)
    for (auto& doc : docs) {  // every stage replaces its own layer or fields, so the documents can be reused
      temporal.annotate(doc);
      dater.annotate(doc);
      places.annotate(doc);
      locator.annotate(doc);
      benchmark::DoNotOptimize(doc.places.size());
    }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.tokens));
}
BENCHMARK(BM_DatesAndPlacesWikinews)->Unit(benchmark::kMillisecond);

void BM_PlaceTaggerWikinews(benchmark::State& state) {
  const Corpus& c = corpus();
  if (!c.error.empty()) {
    state.SkipWithError(c.error.c_str());
    return;
  }
  std::vector<dunlin::Document> docs = c.annotated;
  state.SetLabel(c.pipeline ? "after the pipeline" : "after the segmenter only (no models)");
  auto g = std::make_shared<const dunlin::place::GeoNamesGazetteer>(dunlin::place::GeoNamesGazetteer::load(kPath));
  const dunlin::place::PlaceTagger places(
      g, dunlin::place::PlaceTagger::load_not_places(DUNLIN_SOURCE_DIR "/data/place/not-places.tsv"));
  for (auto _ : state)
    for (auto& doc : docs) {
      places.annotate(doc);
      benchmark::DoNotOptimize(doc.places.size());
    }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.tokens));
}
BENCHMARK(BM_PlaceTaggerWikinews)->Unit(benchmark::kMillisecond);

// The segmenter alone on the same documents: a floor for the pipeline's time when the models are absent.
void BM_SegmenterWikinews(benchmark::State& state) {
  const Corpus& c = corpus();
  if (!c.error.empty()) {
    state.SkipWithError(c.error.c_str());
    return;
  }
  const dunlin::Segmenter segmenter;
  for (auto _ : state)
    for (const auto& d : c.docs) {
      dunlin::Document doc = d;
      segmenter.annotate(doc);
      benchmark::DoNotOptimize(doc.tokens.size());
    }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.tokens));
}
BENCHMARK(BM_SegmenterWikinews)->Unit(benchmark::kMillisecond);

}  // namespace
