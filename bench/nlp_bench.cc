// NLP throughput, single thread, in tokens per second: tagging (+lemmas), tagging+parsing, NER, and the whole
// pipeline, on UD English-EWT dev with gold tokenization. Needs the shipped models (models/ or $DUNLIN_MODEL_DIR)
// and ../shared/data; reports an error otherwise. DUNLIN_PARSER_BEAM=K overrides the parser's beam width. A parser
// ensemble (`train parser-ensemble`) is measured by pointing DUNLIN_MODEL_DIR at a folder whose parser.bin holds it.
// Peak memory: run under `/usr/bin/time -v`.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <memory>

#include "dunlin/nlp/pipeline.h"

namespace {

using dunlin::Document;
using dunlin::nlp::Pipeline;

struct Fixture {
  std::unique_ptr<Pipeline> tag, parse, ner, all;
  Document doc;
  std::string error;
};

const Fixture& fixture() {
  static const Fixture f = [] {
    Fixture x;
    const std::string data = DUNLIN_SOURCE_DIR "/../shared/data/ud/en_ewt-ud-dev.conllu";
    const std::string dir = dunlin::nlp::default_model_dir();
    try {
      if (!std::filesystem::exists(data)) throw std::runtime_error(data + " is absent");
      x.doc = dunlin::nlp::document_from_conllu(dunlin::read_conllu_file(data));
      x.tag = std::make_unique<Pipeline>(Pipeline::load(dir, {true, false, false}));
      x.parse = std::make_unique<Pipeline>(Pipeline::load(dir, {true, true, false}));
      x.ner = std::make_unique<Pipeline>(Pipeline::load(dir, {true, false, true}));
      x.all = std::make_unique<Pipeline>(Pipeline::load(dir));
      // DUNLIN_PARSER_BEAM=K measures the parser with beam width K instead of the model's own.
      if (const char* beam = std::getenv("DUNLIN_PARSER_BEAM")) {
        for (Pipeline* p : {x.parse.get(), x.all.get()}) {
          dunlin::nlp::Parser parser = *p->parser();
          parser.set_beam_width(std::atoi(beam));
          p->set_parser(std::move(parser));
        }
      }
    } catch (const std::exception& e) {
      x.error = e.what();
    }
    return x;
  }();
  return f;
}

void run(benchmark::State& state, std::unique_ptr<Pipeline> Fixture::*which) {
  const Fixture& f = fixture();
  if (!f.error.empty()) {
    state.SkipWithError(f.error.c_str());
    return;
  }
  Document doc = f.doc;
  for (auto _ : state) {
    (f.*which)->annotate(doc);
    benchmark::DoNotOptimize(doc.syntax.upos.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * doc.tokens.size()));
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(state.iterations() * doc.tokens.size()), benchmark::Counter::kIsRate);
}

void BM_Tag(benchmark::State& s) { run(s, &Fixture::tag); }
void BM_TagParse(benchmark::State& s) { run(s, &Fixture::parse); }
void BM_TagNer(benchmark::State& s) { run(s, &Fixture::ner); }
void BM_All(benchmark::State& s) { run(s, &Fixture::all); }

}  // namespace

BENCHMARK(BM_Tag)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_TagParse)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_TagNer)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_All)->Unit(benchmark::kMillisecond)->MinTime(2.0);
