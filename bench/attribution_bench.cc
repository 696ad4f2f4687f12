// Speed of the attribution stage on parsed text (hand-written CoNLL-U sentences written for this benchmark,
// repeated), and of the whole pipeline on raw text when the shipped models are present, to compare per token.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "dunlin/attribution/attribution_tagger.h"
#include "dunlin/conllu/conllu.h"
#include "dunlin/conllu/conllu_document.h"
#include "dunlin/nlp/pipeline.h"
#include "dunlin/pipeline.h"

namespace {

// Three paragraphs: indirect speech, a quote with the verb after it, a denial and an "according to".
const char* kSentences = R"(# newpar
1	Kremlin	Kremlin	PROPN	_	_	2	compound	_	_
2	spokesman	spokesman	NOUN	_	_	4	compound	_	_
3	Dmitry	Dmitry	PROPN	_	_	4	flat	_	_
4	Peskov	Peskov	PROPN	_	_	5	nsubj	_	_
5	denied	deny	VERB	_	_	0	root	_	_
6	that	that	SCONJ	_	_	9	mark	_	_
7	Putin	Putin	PROPN	_	_	9	nsubj	_	_
8	was	be	AUX	_	_	9	cop	_	_
9	unhappy	unhappy	ADJ	_	_	5	ccomp	_	_
10	with	with	ADP	_	_	11	case	_	_
11	Assad	Assad	PROPN	_	_	9	obl	_	_
12	.	.	PUNCT	_	_	5	punct	_	_

# newpar
1	"	"	PUNCT	_	_	4	punct	_	_
2	Talks	talk	NOUN	_	_	4	nsubj	_	_
3	will	will	AUX	_	_	4	aux	_	_
4	continue	continue	VERB	_	_	0	root	_	_
5	,	,	PUNCT	_	_	4	punct	_	_
6	"	"	PUNCT	_	_	4	punct	_	_
7	a	a	DET	_	_	9	det	_	_
8	Turkish	Turkish	ADJ	_	_	9	amod	_	_
9	official	official	NOUN	_	_	10	nsubj	_	_
10	told	tell	VERB	_	_	4	parataxis	_	_
11	Reuters	Reuters	PROPN	_	_	10	obj	_	_
12	.	.	PUNCT	_	_	4	punct	_	_

1	Russia	Russia	PROPN	_	_	2	nsubj	_	_
2	attacked	attack	VERB	_	_	0	root	_	_
3	rebels	rebel	NOUN	_	_	2	obj	_	_
4	near	near	ADP	_	_	5	case	_	_
5	Idlib	Idlib	PROPN	_	_	2	obl	_	_
6	,	,	PUNCT	_	_	9	punct	_	_
7	according	accord	VERB	_	_	9	case	_	_
8	to	to	ADP	_	_	7	fixed	_	_
9	activists	activist	NOUN	_	_	2	obl	_	_
10	.	.	PUNCT	_	_	2	punct	_	_

# newpar
1	The	the	DET	_	_	2	det	_	_
2	ministry	ministry	NOUN	_	_	3	nsubj	_	_
3	declined	decline	VERB	_	_	0	root	_	_
4	to	to	PART	_	_	5	mark	_	_
5	comment	comment	VERB	_	_	3	xcomp	_	_
6	.	.	PUNCT	_	_	3	punct	_	_

)";

dunlin::Document parsed_document(int copies) {
  std::vector<dunlin::ConlluSentence> one;
  std::istringstream in(kSentences);
  dunlin::ConlluReader reader(in, "bench");
  dunlin::ConlluSentence s;
  while (reader.next(s)) one.push_back(s);
  std::vector<dunlin::ConlluSentence> all;
  for (int i = 0; i < copies; ++i) all.insert(all.end(), one.begin(), one.end());
  return dunlin::document_from_conllu(all);
}

void BM_AttributionTagger(benchmark::State& state) {
  static const dunlin::AttributionTagger tagger = dunlin::AttributionTagger::load(DUNLIN_SOURCE_DIR "/data/attribution");
  dunlin::Document doc = parsed_document(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    tagger.annotate(doc);
    benchmark::DoNotOptimize(doc.attributions.attributions.data());
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(doc.tokens.size() * state.iterations()),
                                                  benchmark::Counter::kIsRate);
  state.counters["attributions"] = static_cast<double>(doc.attributions.size());
}
// 10 copies: an article of ~400 tokens; 100: a long one (the stage is per article, so its cost grows with it).
BENCHMARK(BM_AttributionTagger)->Arg(10)->Arg(100)->Unit(benchmark::kMicrosecond);

// The whole pipeline on the same sentences as raw text (needs tagger.bin and parser.bin in models/ or in
// $DUNLIN_MODEL_DIR; ner.bin is used when present).
void BM_PipelineWithAttribution(benchmark::State& state) {
  if (!std::filesystem::exists(dunlin::nlp::default_model_dir() + "/tagger.bin")) {
    state.SkipWithError("no tagger.bin in models/ or $DUNLIN_MODEL_DIR");
    return;
  }
  static const dunlin::Pipeline pipeline = dunlin::Pipeline::load();
  const dunlin::Document parsed = parsed_document(10);
  size_t tokens = 0;
  for (auto _ : state) {
    dunlin::Document doc;
    doc.text = parsed.text;
    pipeline.annotate(doc);
    tokens += doc.tokens.size();
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_PipelineWithAttribution)->Unit(benchmark::kMillisecond);

}  // namespace
