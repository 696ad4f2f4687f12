#include "dunlin/nlp/raw_parse_evaluation.h"

#include <map>
#include <utility>

namespace dunlin::nlp {

RawParseScores score_raw_parse(const GoldDocument& gold, const Document& system) {
  RawParseScores r;
  const size_t n = system.tokens.size();
  const SyntaxLayer& syn = system.syntax;
  r.words.gold = gold.words.size();
  r.words.system = n;
  r.upos.gold = r.uas.gold = r.las.gold = gold.words.size();
  r.upos.system = r.uas.system = r.las.system = n;
  // Gold words by (surface token span, part).
  std::map<std::pair<uint32_t, uint32_t>, std::vector<int64_t>> gold_by_span;
  for (size_t w = 0; w < gold.words.size(); ++w) {
    const ByteSpan& t = gold.tokens[gold.words[w].token];
    gold_by_span[{t.begin, t.end}].push_back(static_cast<int64_t>(w));
  }
  // Align the system's words: a surface token is a run of tokens joined by fused_with_next.
  std::vector<int64_t> aligned(n, -1);
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j + 1 < n && system.tokens.fused_with_next[j]) ++j;
    const auto it = gold_by_span.find({system.tokens.begin[i], system.tokens.end[j]});
    if (it != gold_by_span.end() && it->second.size() == j - i + 1)
      for (size_t k = 0; k <= j - i; ++k) aligned[i + k] = it->second[k];
    i = j + 1;
  }
  r.words.correct = 0;
  for (size_t i = 0; i < n; ++i) {
    if (aligned[i] < 0) continue;
    const GoldWord& g = gold.words[static_cast<size_t>(aligned[i])];
    ++r.words.correct;
    if (syn.has_tags() && upos_name(static_cast<Upos>(syn.upos[i])) == g.upos) ++r.upos.correct;
    if (!syn.has_parse()) continue;
    const uint32_t h = syn.head[i];
    const bool head_ok = h == SyntaxLayer::kRoot ? g.head < 0 : (h < n && aligned[h] >= 0 && aligned[h] == g.head);
    if (!head_ok) continue;
    ++r.uas.correct;
    if (syn.deprel_names && syn.deprel_name(i) == g.deprel) ++r.las.correct;
  }
  return r;
}

}  // namespace dunlin::nlp
