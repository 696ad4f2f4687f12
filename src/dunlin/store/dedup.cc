// The deduplication rule (see dedup.h and docs/store.md).
#include "dunlin/store/dedup.h"

namespace dunlin::store {
bool cameo_compatible(std::string_view a, std::string_view b) {
  return a.size() >= 2 && b.size() >= 2 && a.substr(0, 2) == b.substr(0, 2);
}

bool dates_compatible(const std::optional<DayRange>& a, const std::optional<DayRange>& b) {
  if (!a || !b) return !a && !b;
  if (a->length() > kCoarseRangeDays || b->length() > kCoarseRangeDays)
    return a->first == b->first && a->last == b->last;
  return a->first <= b->last + kDateWindowDays && b->first <= a->last + kDateWindowDays;
}

bool places_compatible(std::string_view a, std::string_view b) { return a.empty() || b.empty() || a == b; }

}  // namespace dunlin::store
