// Queries over the store (see queries.h).
#include "dunlin/store/queries.h"

#include <cctype>
#include <stdexcept>

#include "dunlin/time/calendar.h"

namespace dunlin::store {
namespace {

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}
std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}
// LIKE patterns: escape the wildcards of user text.
DyadRow dyad_row(std::string period) {
  DyadRow row;
  row.period = std::move(period);
  return row;
}

std::string like_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

// A LIKE pattern matching `s` anywhere: "%" + s escaped + "%".
std::string like_pattern(const std::string& s) {
  std::string out(1, '%');
  out += like_escape(s);
  out += '%';
  return out;
}

time::Day period_start(time::Day d, Period by) {
  if (by == Period::day) return d;
  if (by == Period::week) return time::week_period(d).first;
  const time::Ymd ymd = time::to_ymd(d);
  return time::to_day(ymd.year, ymd.month, 1);
}
time::Day next_period(time::Day start, Period by) {
  if (by == Period::day) return start + 1;
  if (by == Period::week) return start + 7;
  return time::month_period(time::to_ymd(start).year, time::to_ymd(start).month).last + 1;
}
std::string period_label(time::Day start, Period by) {
  const std::string day = time::format_day(start);
  return by == Period::month ? day.substr(0, 7) : day;
}

}  // namespace

std::optional<int32_t> parse_filter_day(const std::string& value, const std::string& what) {
  if (value.empty()) return std::nullopt;
  const auto ymd = time::parse_iso_date(value);
  if (value.size() != 10 || !ymd || ymd->month == 0 || ymd->day == 0)
    throw std::invalid_argument(what + " must be YYYY-MM-DD, not '" + value + "'");
  return time::to_day(ymd->year, ymd->month, ymd->day);
}

std::string parse_filter_root(const std::string& value, const std::string& what) {
  if (value.empty()) return "";
  const bool digits = value.size() <= 2 && value.find_first_not_of("0123456789") == std::string::npos;
  const int root = digits ? std::stoi(value) : 0;
  if (root < 1 || root > 20)
    throw std::invalid_argument(what + " must be a CAMEO root code from 01 to 20, not '" + value + "'");
  char two_digits[3] = {static_cast<char>('0' + root / 10), static_cast<char>('0' + root % 10), '\0'};
  return two_digits;
}

Period parse_period(const std::string& name) {
  if (name == "day") return Period::day;
  if (name == "week") return Period::week;
  if (name == "month") return Period::month;
  throw std::invalid_argument("period must be day, week or month, not '" + name + "'");
}

int64_t dyad_series(Connection& db, const DyadQuery& q, const std::function<void(const DyadRow&)>& row) {
  auto st = db.prepare_stream(
      "SELECT first_day, quad_class, goldstein FROM events WHERE source_code LIKE ? ESCAPE '\\' AND target_code "
      "LIKE ? ESCAPE '\\' ORDER BY first_day IS NULL, first_day");
  st->bind(1, like_escape(upper(q.source)) + "%").bind(2, like_escape(upper(q.target)) + "%");
  DyadRow current;
  std::optional<time::Day> start;
  int64_t undated = 0;
  while (st->step()) {
    if (st->is_null(0)) {
      ++undated;
      continue;
    }
    const time::Day p = period_start(static_cast<time::Day>(st->int64(0)), q.by);
    if (!start || p != *start) {
      if (start) {
        row(current);
        // Empty periods between the last one and this one.
        for (time::Day gap = next_period(*start, q.by); gap < p; gap = next_period(gap, q.by))
          row(dyad_row(period_label(gap, q.by)));
      }
      start = p;
      current = dyad_row(period_label(p, q.by));
    }
    ++current.events;
    if (!st->is_null(1)) {
      const int64_t quad = st->int64(1);
      if (quad >= 1 && quad <= 4) ++current.quad[quad - 1];
    }
    if (!st->is_null(2)) current.goldstein_sum += st->real(2);
  }
  if (start) row(current);
  return undated;
}

void top_actors(Connection& db, int limit, const std::function<void(const ActorCount&)>& row) {
  auto st = db.prepare(
      "SELECT code, SUM(s), SUM(t), (SELECT a.name FROM actors a WHERE a.code = x.code AND a.name IS NOT NULL "
      "GROUP BY a.name ORDER BY COUNT(*) DESC, a.name LIMIT 1) "
      "FROM (SELECT source_code AS code, 1 AS s, 0 AS t FROM events WHERE source_code <> '' "
      "      UNION ALL SELECT target_code, 0, 1 FROM events WHERE target_code <> '') x "
      "GROUP BY code ORDER BY SUM(s) + SUM(t) DESC, code LIMIT ?");
  st->bind(1, static_cast<int64_t>(limit));
  while (st->step()) row(ActorCount{st->text(0), st->text(3), st->int64(1), st->int64(2)});
}

void list_events(Connection& db, const EventFilter& f, const std::function<void(const EventView&)>& row) {
  std::string sql =
      "SELECT e.id, e.source_code, e.source_country, e.source_sector, e.source_name, e.target_code, "
      "e.target_country, e.target_sector, e.target_name, e.cameo, e.root, e.goldstein, e.quad_class, e.first_day, "
      "e.last_day, e.date_precision, e.place_name, e.place_country, e.place_lat, e.place_lon, e.num_mentions, "
      "e.num_sources, e.num_articles, d.url, d.date, d.ingested_at, "
      "EXISTS (SELECT 1 FROM mentions m2 JOIN sentences s ON s.document_id = m2.document_id AND s.idx = m2.sentence "
      "        WHERE m2.event_id = e.id AND s.paragraph <= 1) "
      "FROM events e LEFT JOIN documents d ON d.id = (SELECT m.document_id FROM mentions m WHERE m.event_id = e.id "
      "ORDER BY m.id LIMIT 1) WHERE 1 = 1";
  int n = 0;
  std::vector<std::function<void(Statement&)>> binds;
  if (!f.actor.empty()) {
    const std::string code = like_escape(upper(f.actor)) + "%";
    const std::string name = like_pattern(lower(f.actor));
    sql += " AND (e.source_code LIKE ? ESCAPE '\\' OR e.target_code LIKE ? ESCAPE '\\' OR LOWER(e.source_name) "
           "LIKE ? ESCAPE '\\' OR LOWER(e.target_name) LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM mentions m3 "
           "JOIN actors a ON a.document_id = m3.document_id AND (a.idx = m3.source_actor OR a.idx = "
           "m3.target_actor) WHERE m3.event_id = e.id AND LOWER(a.name) LIKE ? ESCAPE '\\'))";
    binds.push_back([=, &n](Statement& s) {
      for (const std::string* value : {&code, &code, &name, &name, &name}) s.bind(++n, *value);
    });
  }
  if (f.id) {
    sql += " AND e.id = ?";
    binds.push_back([&](Statement& s) { s.bind(++n, *f.id); });
  }
  if (f.since) {
    sql += " AND e.last_day >= ?";
    binds.push_back([&](Statement& s) { s.bind(++n, static_cast<int64_t>(*f.since)); });
  }
  if (f.until) {
    sql += " AND e.first_day <= ?";
    binds.push_back([&](Statement& s) { s.bind(++n, static_cast<int64_t>(*f.until)); });
  }
  if (!f.root.empty()) {
    sql += " AND e.root = ?";
    binds.push_back([&, root = parse_filter_root(f.root, "root")](Statement& s) { s.bind(++n, root); });
  }
  sql += " ORDER BY e.first_day IS NULL, e.first_day, e.id";
  if (f.limit >= 0) sql += " LIMIT " + std::to_string(f.limit);
  auto st = db.prepare_stream(sql);
  for (auto& b : binds) b(*st);
  auto real = [&](int c) { return st->is_null(c) ? std::nullopt : std::optional<double>(st->real(c)); };
  EventView v;
  while (st->step()) {
    v.id = st->int64(0);
    v.source_code = st->text(1);
    v.source_country = st->text(2);
    v.source_sector = st->text(3);
    v.source_name = st->text(4);
    v.target_code = st->text(5);
    v.target_country = st->text(6);
    v.target_sector = st->text(7);
    v.target_name = st->text(8);
    v.cameo = st->text(9);
    v.root = st->text(10);
    v.goldstein = real(11);
    v.quad_class = st->int64_or_null(12);
    v.first_day = st->int64_or_null(13);
    v.last_day = st->int64_or_null(14);
    v.date_precision = st->text(15);
    v.place_name = st->text(16);
    v.place_country = st->text(17);
    v.place_lat = real(18);
    v.place_lon = real(19);
    v.num_mentions = st->int64(20);
    v.num_sources = st->int64(21);
    v.num_articles = st->int64(22);
    v.source_url = st->text(23);
    v.story_date = st->text(24);
    v.added = st->text(25);
    v.lead = st->int64(26) != 0;
    row(v);
  }
}

void list_quotes(Connection& db, const QuoteFilter& f, const std::function<void(const QuoteView&)>& row) {
  std::string sql =
      "SELECT q.id, d.doc_id, d.url, d.date, d.outlet, q.speaker_name, q.speaker_code, q.speaker_text, q.cue, "
      "q.stance, q.content, q.direct, q.anonymous, "
      "(SELECT COUNT(*) FROM mentions m WHERE m.attribution_id = q.id), q.record "
      "FROM attributions q JOIN documents d ON d.id = q.document_id WHERE 1 = 1";
  std::vector<std::string> values;
  if (!f.speaker.empty()) {
    const std::string name = like_pattern(lower(f.speaker));
    sql += " AND (LOWER(q.speaker_name) LIKE ? ESCAPE '\\' OR LOWER(q.speaker_text) LIKE ? ESCAPE '\\' OR "
           "q.speaker_code LIKE ? ESCAPE '\\')";
    values = {name, name, like_escape(upper(f.speaker)) + "%"};
  }
  // Dates are ISO text ("2020-05-11" or with a time): the first ten characters compare as days.
  if (!f.since.empty()) {
    sql += " AND SUBSTR(d.date, 1, 10) >= ?";
    values.push_back(f.since);
  }
  if (!f.until.empty()) {
    sql += " AND SUBSTR(d.date, 1, 10) <= ?";
    values.push_back(f.until);
  }
  sql += " ORDER BY d.date IS NULL, d.date, q.document_id, q.idx";
  if (f.limit >= 0) sql += " LIMIT " + std::to_string(f.limit);
  auto st = db.prepare_stream(sql);
  for (size_t i = 0; i < values.size(); ++i) st->bind(static_cast<int>(i + 1), values[i]);
  QuoteView v;
  while (st->step()) {
    v.id = st->int64(0);
    v.doc_id = st->text(1);
    v.url = st->text(2);
    v.date = st->text(3);
    v.outlet = st->text(4);
    v.speaker_name = st->text(5);
    v.speaker_code = st->text(6);
    v.speaker_text = st->text(7);
    v.cue = st->text(8);
    v.stance = st->text(9);
    v.content = st->text(10);
    v.direct = st->int64(11) != 0;
    v.anonymous = st->int64(12) != 0;
    v.events = st->int64(13);
    v.record = st->text(14);
    row(v);
  }
}

void list_mentions(Connection& db, int64_t event_id, const std::function<void(const MentionView&)>& row) {
  auto st = db.prepare(
      "SELECT m.id, d.doc_id, d.url, d.title, d.outlet, d.date, m.record FROM mentions m "
      "JOIN documents d ON d.id = m.document_id WHERE m.event_id = ? ORDER BY m.id");
  st->bind(1, event_id);
  while (st->step())
    row(MentionView{st->int64(0), st->text(1), st->text(2), st->text(3), st->text(4), st->text(5), st->text(6)});
}

}  // namespace dunlin::store
