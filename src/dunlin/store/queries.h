// Questions users ask of a store: a dyad's time series, the most active actors, events and quotes matching a filter. Each
// streams its rows to a callback (constant memory whatever the size of the store).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "dunlin/store/sql.h"

namespace dunlin::store {

// A day a user gives as a filter bound: days since 1970, nullopt for "". Throws std::invalid_argument naming
// `what` (a flag or a field) when the value is not a whole date written YYYY-MM-DD.
std::optional<int32_t> parse_filter_day(const std::string& value, const std::string& what);

// A CAMEO root a user gives as a filter ("11", "4"): its two-digit form ("04"), "" for "". Throws
// std::invalid_argument naming `what` when it is not a root from 01 to 20.
std::string parse_filter_root(const std::string& value, const std::string& what);

enum class Period { day, week, month };
Period parse_period(const std::string& name);  // "day", "week", "month"; throws std::invalid_argument

// An actor argument matches a code that equals it or starts with it ("RUS" matches RUS, RUSGOV, RUSMIL).
struct DyadQuery {
  std::string source, target;  // codes or code prefixes; "" matches any
  Period by = Period::month;
};

// Events counted by quad class, with their Goldstein sum: what a period of a dyad's series and an edge of the
// actor network (network.h) both hold.
struct EventTally {
  int64_t events = 0;
  int64_t quad[4] = {0, 0, 0, 0};  // quad classes 1..4
  double goldstein_sum = 0;
  double goldstein_mean() const { return events ? goldstein_sum / static_cast<double>(events) : 0; }
};

struct DyadRow : EventTally {
  std::string period;  // "2020-05-11" (day; week: its Monday), "2020-05" (month)
};

// One row per period from the first to the last dated event of the dyad, empty periods included (zeros).
// Returns the number of matching events without a date, which no period can hold.
int64_t dyad_series(Connection& db, const DyadQuery& q, const std::function<void(const DyadRow&)>& row);

struct ActorCount {
  std::string code, name;  // name: the most frequent canonical name stored under the code, "" when none
  int64_t as_source = 0, as_target = 0;
};
void top_actors(Connection& db, int limit, const std::function<void(const ActorCount&)>& row);

struct EventFilter {
  std::optional<int64_t> id;    // one event by its id
  std::string actor;            // code prefix, or a part of a name ("Putin"): source or target
  std::optional<int32_t> since;  // days since 1970: events that end on or after it
  std::optional<int32_t> until;  // events that start on or before it
  std::string root;             // CAMEO root ("11")
  int64_t limit = -1;
};

// The columns of the `events` table that every listing and export uses, in this order.
struct EventView {
  int64_t id = 0;
  std::string source_code, source_country, source_sector, source_name;
  std::string target_code, target_country, target_sector, target_name;
  std::string cameo, root;
  std::optional<double> goldstein;
  std::optional<int64_t> quad_class, first_day, last_day;
  std::string date_precision, place_name, place_country;
  std::optional<double> place_lat, place_lon;
  int64_t num_mentions = 0, num_sources = 0, num_articles = 0;
  std::string source_url;    // the URL of the event's first mention's document
  std::string story_date;    // that document's date
  bool lead = false;         // a mention lies in the first two paragraphs of its article
  std::string added;         // when that document was stored
};
void list_events(Connection& db, const EventFilter& filter, const std::function<void(const EventView&)>& row);

struct QuoteFilter {
  std::string speaker;          // a part of the speaker's name or words (case-insensitive), or a code prefix
  std::string since, until;     // ISO days compared with the document's date (YYYY-MM-DD); "" for no bound
  int64_t limit = -1;
};

// One stored attribution (quote or claim) with its document.
struct QuoteView {
  int64_t id = 0;
  std::string doc_id, url, date, outlet;
  std::string speaker_name, speaker_code, speaker_text, cue, stance, content;
  bool direct = false, anonymous = false;
  int64_t events = 0;   // event mentions inside the content
  std::string record;   // the `dunlin code` quote record
};
// The quotes whose speaker matches, in document date order (undated last), streamed.
void list_quotes(Connection& db, const QuoteFilter& filter, const std::function<void(const QuoteView&)>& row);

// One mention of a stored event: its document and the `dunlin code` event record it was stored from (evidence
// sentence, code point spans of source, verb, target, date and place, attribution).
struct MentionView {
  int64_t id = 0;
  std::string doc_id, url, title, outlet, date;
  std::string record;
};
// The mentions of one event, in the order they were stored.
void list_mentions(Connection& db, int64_t event_id, const std::function<void(const MentionView&)>& row);

}  // namespace dunlin::store
