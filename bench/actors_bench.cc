// Speed of the actor dictionaries: loading and compiling the shipped data, and finding mentions in tokens.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "dunlin/actors/actor_dictionaries.h"

namespace {

const dunlin::ActorDictionaries& dictionaries() {
  static const dunlin::ActorDictionaries d = dunlin::ActorDictionaries::load(DUNLIN_SOURCE_DIR "/data/actors");
  return d;
}

// Sentences written for this benchmark, repeated to a few thousand tokens.
std::string sample_text(int copies) {
  const std::string paragraph =
      "Kremlin spokesman Dmitry Peskov said on Monday that Russian troops had not crossed the border , while the "
      "Syrian foreign ministry accused Turkish-backed rebels of shelling villages near Idlib . The UN Security "
      "Council will meet on Thursday , a Western diplomat told Reuters , and the EU urged restraint . "
      "Bashar al-Assad received an Iranian delegation in Damascus as State media reported new clashes between the "
      "Syrian Democratic Forces and Islamic State fighters . Erdoğan spoke with Putin by phone . ";
  std::string out;
  for (int i = 0; i < copies; ++i) out += paragraph;
  return out;
}

std::vector<std::string_view> split(const std::string& text) {
  std::vector<std::string_view> tokens;
  size_t i = 0;
  while (i < text.size()) {
    size_t j = text.find(' ', i);
    if (j == std::string::npos) j = text.size();
    if (j > i) tokens.emplace_back(text.data() + i, j - i);
    i = j + 1;
  }
  return tokens;
}

void BM_LoadActorDictionaries(benchmark::State& state) {
  for (auto _ : state) {
    auto d = dunlin::ActorDictionaries::load(DUNLIN_SOURCE_DIR "/data/actors");
    benchmark::DoNotOptimize(d.matcher().phrase_count());
  }
}
BENCHMARK(BM_LoadActorDictionaries)->Unit(benchmark::kMillisecond);

void BM_FindActorMentions(benchmark::State& state) {
  const auto& d = dictionaries();
  const std::string text = sample_text(static_cast<int>(state.range(0)));
  const auto tokens = split(text);
  const dunlin::DateInt date = dunlin::parse_date("2020-05-11");
  size_t mentions = 0;
  for (auto _ : state) {
    auto m = d.find_mentions(tokens, date);
    mentions = m.size();
    benchmark::DoNotOptimize(m.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(tokens.size()));
  state.counters["tokens"] = static_cast<double>(tokens.size());
  state.counters["mentions"] = static_cast<double>(mentions);
}
BENCHMARK(BM_FindActorMentions)->Arg(1)->Arg(50);

}  // namespace
