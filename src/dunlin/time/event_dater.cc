#include "dunlin/time/event_dater.h"

#include <algorithm>
#include <optional>

#include "dunlin/syntax_tree.h"
#include "dunlin/text/ascii.h"
#include "dunlin/time/temporal.h"

namespace dunlin::time {
namespace {

constexpr uint32_t kNone = SyntaxTree::kNone;

// The head of the clause a token belongs to: its nearest ancestor (or itself) that is a verb or heads a clause of
// its own. A copular clause has a noun or adjective as head: in "McGurk, who was envoy until December, criticized
// X" the date belongs to "envoy" (acl:relcl), not to "criticized".
uint32_t clause_verb(const SyntaxTree& tree, uint32_t t) {
  for (int depth = 0; depth < 64 && t != kNone; ++depth) {
    if (tree.upos(t) == Upos::VERB ||
        is_one_of(tree.base_deprel(t), {"acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"}))
      return t;
    t = tree.head(t);
  }
  return kNone;
}

// True when `verb` is the predicate or a verb that governs it through complements ("said in late April that Y":
// the date of the saying dates what was said) or coordination.
bool governs(const SyntaxTree& tree, uint32_t verb, uint32_t predicate) {
  uint32_t t = predicate;
  for (int depth = 0; depth < 16 && t != kNone; ++depth) {
    if (t == verb) return true;
    const std::string_view rel = tree.base_deprel(t);
    if (rel != "ccomp" && rel != "xcomp" && rel != "conj" && rel != "obj" && rel != "nsubj" && rel != "obl") {
      // An event noun's own verb still counts ("held talks on Monday").
      if (tree.upos(t) != Upos::NOUN) return false;
    }
    t = tree.head(t);
  }
  return false;
}

}  // namespace

void EventDater::annotate(Document& doc) const {
  const TimeExpressionLayer& times = doc.times;
  const bool parsed = doc.syntax.has_parse() && doc.syntax.has_tags();
  std::optional<SyntaxTree> tree;
  if (parsed) tree.emplace(doc);
  // The time expressions are in text order: each sentence's are found by binary search.
  std::vector<uint32_t> starts(times.size());
  for (size_t i = 0; i < times.size(); ++i) starts[i] = times.span[i].begin;
  for (Event& e : doc.events.events) {
    e.dated = false;
    e.time_expression = -1;
    const ByteSpan sentence = doc.sentence_span(e.sentence);
    const uint32_t anchor = doc.tokens.begin[e.predicate];
    int64_t best_distance = -1;
    for (size_t i = static_cast<size_t>(std::lower_bound(starts.begin(), starts.end(), sentence.begin) - starts.begin());
         i < times.size() && times.span[i].begin < sentence.end; ++i) {
      if (!times.resolved[i]) continue;
      const ByteSpan span = times.span[i];
      if (span.end > sentence.end) continue;
      if (tree) {
        // Only an expression in the event's own clause, or in a clause that governs it, dates it: "blocked the
        // initiative, launched in 2018," is not a 2018 blocking.
        const auto [first, end] = token_range(doc.tokens, span);
        if (first < end) {
          const uint32_t verb = clause_verb(*tree, first);
          if (verb != kNone && !governs(*tree, verb, e.predicate) && !governs(*tree, verb, e.governor)) continue;
        }
      }
      const int64_t distance = span.begin >= anchor ? int64_t{span.begin} - anchor : int64_t{anchor} - span.end;
      if (best_distance < 0 || distance < best_distance) {
        best_distance = distance;
        e.time_expression = static_cast<int32_t>(i);
      }
    }
    if (e.time_expression >= 0) {
      e.dated = true;
      e.first_day = times.first_day[e.time_expression];
      e.last_day = times.last_day[e.time_expression];
      e.date_precision = static_cast<uint8_t>(times.precision[e.time_expression]);
    } else if (times.story_date_source != StoryDateSource::undated) {
      e.dated = true;
      e.first_day = e.last_day = times.story_day;
      e.date_precision = static_cast<uint8_t>(TimePrecision::day);
    }
  }
}

}  // namespace dunlin::time
