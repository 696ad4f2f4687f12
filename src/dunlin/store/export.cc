// Exports (see export.h and docs/store.md).
#include "dunlin/store/export.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <stdexcept>

#include "dunlin/time/calendar.h"

namespace dunlin::store {
namespace {

using nlohmann::json;

// Tabs and line breaks would break a TSV row.
std::string tsv_field(const std::string& s) {
  std::string out = s;
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

std::string number(double v, const char* format = "%.1f") {
  char buf[32];
  std::snprintf(buf, sizeof buf, format, v);
  return buf;
}

std::string opt_day(const std::optional<int64_t>& d) {
  return d ? time::format_day(static_cast<time::Day>(*d)) : std::string();
}

// GDELT's Actor fields: Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code,
// Type1Code, Type2Code, Type3Code. dunlin knows the code, the name, the country and one sector (type).
void gdelt_actor(std::string& line, const std::string& code, const std::string& name, const std::string& country,
                 const std::string& sector) {
  line += tsv_field(code) + '\t' + tsv_field(name) + '\t' + tsv_field(country) + "\t\t\t\t\t" + tsv_field(sector) +
          "\t\t\t";
}

// GDELT's Geo fields: Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID (eight fields, seven
// tabs: the caller writes the tab before them).
void gdelt_geo(std::string& line, const EventView* e) {
  if (!e || (e->place_name.empty() && e->place_country.empty())) {
    line += "\t\t\t\t\t\t\t";  // eight empty fields
    return;
  }
  line += '\t' + tsv_field(e->place_name) + '\t' + tsv_field(e->place_country) + "\t\t\t" +
          (e->place_lat ? number(*e->place_lat, "%.4f") : "") + '\t' +
          (e->place_lon ? number(*e->place_lon, "%.4f") : "") + "\t";
}

std::string gdelt_row(const EventView& e) {
  std::string line = std::to_string(e.id) + '\t';
  if (e.first_day) {
    const time::Ymd ymd = time::to_ymd(static_cast<time::Day>(*e.first_day));
    const time::Day jan1 = time::to_day(ymd.year, 1, 1);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d%02u%02u\t%04d%02u\t%04d\t%.4f\t", ymd.year, ymd.month, ymd.day, ymd.year,
                  ymd.month, ymd.year,
                  ymd.year + static_cast<double>(*e.first_day - jan1) / (time::is_leap_year(ymd.year) ? 366 : 365));
    line += buf;
  } else {
    line += "\t\t\t\t";
  }
  gdelt_actor(line, e.source_code, e.source_name, e.source_country, e.source_sector);
  gdelt_actor(line, e.target_code, e.target_name, e.target_country, e.target_sector);
  const std::string base = e.cameo.substr(0, std::min<size_t>(3, e.cameo.size()));
  line += std::string(e.lead ? "1" : "0") + '\t' + e.cameo + '\t' + base + '\t' + e.root + '\t' +
          (e.quad_class ? std::to_string(*e.quad_class) : "") + '\t' + (e.goldstein ? number(*e.goldstein) : "") +
          '\t' + std::to_string(e.num_mentions) + '\t' + std::to_string(e.num_sources) + '\t' +
          std::to_string(e.num_articles) + "\t";  // AvgTone: dunlin does not score tone
  line += '\t';
  gdelt_geo(line, nullptr);  // Actor1Geo: dunlin places events, not actors
  line += '\t';
  gdelt_geo(line, nullptr);  // Actor2Geo
  line += '\t';
  gdelt_geo(line, &e);  // ActionGeo
  // DATEADDED (YYYYMMDDHHMMSS, UTC) and SOURCEURL.
  std::string added;
  for (char c : e.added)
    if (c >= '0' && c <= '9') added += c;
  line += '\t' + added + '\t' + tsv_field(e.source_url);
  return line;
}

json null_if_empty(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

const char* kCsvHeader =
    "event_id,date,date_end,date_precision,source_code,source_name,source_country,source_sector,target_code,"
    "target_name,target_country,target_sector,cameo,root,cameo_name,goldstein,quad_class,plover_type,"
    "num_mentions,num_sources,num_articles,source_url";

}  // namespace

ExportFormat parse_export_format(const std::string& name) {
  if (name == "gdelt") return ExportFormat::gdelt;
  if (name == "plover") return ExportFormat::plover;
  if (name == "csv") return ExportFormat::csv;
  if (name == "jsonl") return ExportFormat::jsonl;
  throw std::invalid_argument("export format must be gdelt, plover, csv or jsonl, not '" + name + "'");
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

std::string tally_csv_header() {
  std::string out = "events";
  for (const char* name : kQuadClassColumns) out += std::string(",") + name;
  return out + ",goldstein_sum,goldstein_mean";
}

std::string tally_csv(const EventTally& t) {
  char buf[256];
  std::snprintf(buf, sizeof buf, "%lld,%lld,%lld,%lld,%lld,%.1f,", static_cast<long long>(t.events),
                static_cast<long long>(t.quad[0]), static_cast<long long>(t.quad[1]),
                static_cast<long long>(t.quad[2]), static_cast<long long>(t.quad[3]), t.goldstein_sum);
  std::string out = buf;
  if (t.events) {
    std::snprintf(buf, sizeof buf, "%.2f", t.goldstein_mean());
    out += buf;
  }
  return out;
}

void add_tally_json(nlohmann::json& object, const EventTally& t) {
  object["events"] = t.events;
  for (int q = 0; q < 4; ++q) object[kQuadClassColumns[q]] = t.quad[q];
  object["goldstein_sum"] = t.goldstein_sum;
  object["goldstein_mean"] = t.events ? nlohmann::json(t.goldstein_mean()) : nlohmann::json(nullptr);
}

ExportStats write_export(Connection& db, ExportFormat format, const CameoCodes& codes, std::ostream& out,
                         const EventFilter& filter) {
  ExportStats stats;
  if (format == ExportFormat::csv) out << kCsvHeader << '\n';
  if (format == ExportFormat::jsonl) {
    // Mentions in event order; each record is a stored `dunlin code` record with the event appended.
    auto mentions = db.prepare("SELECT record FROM mentions WHERE event_id = ? ORDER BY id");
    list_events(db, filter, [&](const EventView& e) {
      const std::string event = R"(,"event":{"id":)" + std::to_string(e.id) +
                                R"(,"num_mentions":)" + std::to_string(e.num_mentions) +
                                R"(,"num_sources":)" + std::to_string(e.num_sources) +
                                R"(,"num_articles":)" + std::to_string(e.num_articles) + "}}";
      mentions->bind(1, e.id);
      while (mentions->step()) {
        std::string record = mentions->text(0);
        if (record.empty() || record.back() != '}') throw StoreError("a stored mention record is not a JSON object");
        record.pop_back();
        out << record << event << '\n';
        ++stats.rows;
      }
      mentions->reset();
    });
    return stats;
  }
  list_events(db, filter, [&](const EventView& e) {
    const CameoCode* code = codes.find_or_parent(e.cameo);
    switch (format) {
      case ExportFormat::gdelt:
        out << gdelt_row(e) << '\n';
        break;
      case ExportFormat::csv: {
        const std::string fields[] = {std::to_string(e.id), opt_day(e.first_day), opt_day(e.last_day),
                                      e.date_precision, e.source_code, e.source_name, e.source_country,
                                      e.source_sector, e.target_code, e.target_name, e.target_country,
                                      e.target_sector, e.cameo, e.root, code ? code->name : "",
                                      e.goldstein ? number(*e.goldstein) : "",
                                      e.quad_class ? std::to_string(*e.quad_class) : "",
                                      code ? code->plover_type : "", std::to_string(e.num_mentions),
                                      std::to_string(e.num_sources), std::to_string(e.num_articles), e.source_url};
        bool first = true;
        for (const std::string& f : fields) {
          if (!first) out << ',';
          out << csv_field(f);
          first = false;
        }
        out << '\n';
        break;
      }
      case ExportFormat::plover: {
        if (!code || code->plover_type.empty() || code->plover_type.find('|') != std::string::npos) {
          ++stats.skipped;
          return;
        }
        json contexts = json::array();
        if (!code->plover_context.empty()) contexts.push_back(code->plover_context);
        const json record = {
            {"event_id", std::to_string(e.id)},
            {"event_date", e.first_day ? json(opt_day(e.first_day)) : json(nullptr)},
            {"event_date_end", e.last_day ? json(opt_day(e.last_day)) : json(nullptr)},
            {"event_type", code->plover_type},
            {"event_mode", null_if_empty(code->plover_mode)},
            {"contexts", contexts},
            {"actor_name", null_if_empty(e.source_name)},
            {"actor_country", null_if_empty(e.source_country)},
            {"primary_actor_sector", null_if_empty(e.source_sector)},
            {"actor_code", null_if_empty(e.source_code)},
            {"recipient_name", null_if_empty(e.target_name)},
            {"recipient_country", null_if_empty(e.target_country)},
            {"primary_recipient_sector", null_if_empty(e.target_sector)},
            {"recipient_code", null_if_empty(e.target_code)},
            {"placename", null_if_empty(e.place_name)},
            {"country", null_if_empty(e.place_country)},
            {"latitude", e.place_lat ? json(*e.place_lat) : json(nullptr)},
            {"longitude", e.place_lon ? json(*e.place_lon) : json(nullptr)},
            {"story_date", null_if_empty(e.story_date)},
            {"source", null_if_empty(e.source_url)},
            {"cameo", e.cameo},
            {"num_mentions", e.num_mentions},
            {"num_sources", e.num_sources},
            {"num_articles", e.num_articles},
        };
        out << record.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
        break;
      }
      case ExportFormat::jsonl:
        break;
    }
    ++stats.rows;
  });
  return stats;
}

}  // namespace dunlin::store
