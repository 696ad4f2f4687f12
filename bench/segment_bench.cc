// Segmentation throughput: paragraphs, tokens and sentences for a few megabytes of invented news text.
#include <benchmark/benchmark.h>

#include <string>

#include "dunlin/segment/segmenter.h"
#include "dunlin/segment/tokenizer.h"

namespace {

// Invented wire copy (written for this benchmark) with the usual hazards: abbreviations, initials, quotes,
// contractions, numbers, dates, a dateline, a caption line and a URL.
constexpr const char* kParagraphs[] = {
    "LISBON, March 4 (Example Wire) - Portugal's foreign minister, Ana R. Ferreira, said on Thursday that talks "
    "with Gen. Tomas Quirino's delegation would resume in Geneva \"within days,\" despite a dispute over the "
    "1,200-km border.",
    "\"We haven't given up, and we won't,\" Ferreira told reporters at 3:30 p.m. outside the ministry. \"The U.S. "
    "and the E.U. have offered to help.\"",
    "The ministry denied a report by the daily Correio that Lisbon had frozen $45.5 million in aid. A spokesman, "
    "Mr. Rui Sampaio, called it \"simply untrue\" and said the figure was closer to 10% of that.",
    "Photo: Ana R. Ferreira arrives for the talks in Geneva",
    "Quirino's office didn't respond to requests for comment on 2021-03-04. Analysts at the Lisbon-based "
    "institute (see https://example.org/briefs/2021) said the long-term outlook was unclear... but hopeful.",
    "Asked whether sanctions were possible, Ferreira said: 'I can't rule anything out.' She added that Gen. "
    "Quirino \"knows what's at stake\" and that a deal, e.g. on water rights, was \"within reach\"!"};

std::string make_text(size_t target_bytes) {
  std::string text;
  size_t k = 0;
  while (text.size() < target_bytes) {
    if (!text.empty()) text += "\n\n";
    text += kParagraphs[k++ % std::size(kParagraphs)];
  }
  return text;
}

const dunlin::Segmenter& segmenter(dunlin::SplitMethod method) {
  static const dunlin::Segmenter model({dunlin::SplitMethod::model, {}, {}});
  static const dunlin::Segmenter rules({dunlin::SplitMethod::rules, {}, {}});
  return method == dunlin::SplitMethod::model ? model : rules;
}

void run_segmenter(benchmark::State& state, dunlin::SplitMethod method) {
  const dunlin::Segmenter& seg = segmenter(method);
  dunlin::Document doc;
  doc.text = make_text(4 << 20);
  size_t tokens = 0;
  for (auto _ : state) {
    doc.paragraphs.clear();
    seg.annotate(doc);
    tokens += doc.tokens.size();
    benchmark::DoNotOptimize(doc.sentences.first_token.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * doc.text.size()));
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.counters["sentences"] = static_cast<double>(doc.sentences.size());
}

void BM_Segment(benchmark::State& state) { run_segmenter(state, dunlin::SplitMethod::model); }
void BM_SegmentRules(benchmark::State& state) { run_segmenter(state, dunlin::SplitMethod::rules); }

void BM_Tokenize(benchmark::State& state) {
  const dunlin::Tokenizer& tok = segmenter(dunlin::SplitMethod::rules).tokenizer();
  const std::string text = make_text(4 << 20);
  dunlin::TokenLayer layer;
  size_t tokens = 0;
  for (auto _ : state) {
    layer.clear();
    tok.tokenize(text, 0, static_cast<uint32_t>(text.size()), layer);
    tokens += layer.size();
    benchmark::DoNotOptimize(layer.begin.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}

}  // namespace

BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SegmentRules)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);
