#include "dunlin/time/event_dater.h"

#include <cstdlib>

namespace dunlin::time {

void EventDater::annotate(Document& doc) const {
  const TimeExpressionLayer& times = doc.times;
  for (Event& e : doc.events.events) {
    e.dated = false;
    e.time_expression = -1;
    const ByteSpan sentence = doc.sentence_span(e.sentence);
    const uint32_t anchor = doc.tokens.begin[e.predicate];
    int64_t best_distance = -1;
    for (size_t i = 0; i < times.size(); ++i) {
      if (!times.resolved[i]) continue;
      const ByteSpan span = times.span[i];
      if (span.begin < sentence.begin || span.end > sentence.end) continue;
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
