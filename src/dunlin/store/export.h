// Exports of a store, streamed row by row (constant memory): the GDELT 2.0 event table (tab-separated, 61
// columns), PLOVER JSON Lines with POLECAT's field names, CSV (one row per event), and JSON Lines of the mentions
// (the `dunlin code` record of docs/output.md, plus the event it belongs to). Formats in docs/store.md.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "dunlin/events/cameo_codes.h"
#include "dunlin/store/queries.h"
#include "dunlin/store/sql.h"

namespace dunlin::store {

enum class ExportFormat { gdelt, plover, csv, jsonl };
ExportFormat parse_export_format(const std::string& name);  // throws std::invalid_argument

inline constexpr int kGdeltColumns = 61;

struct ExportStats {
  int64_t rows = 0;
  int64_t skipped = 0;  // PLOVER: events whose CAMEO code has no single PLOVER type (roots 01, 02, bare 08)
};

// `filter` selects events (all of them by default); for jsonl, the mentions of those events.
ExportStats write_export(Connection& db, ExportFormat format, const CameoCodes& codes, std::ostream& out,
                         const EventFilter& filter = {});

// One CSV field, quoted when it holds a comma, quote or line break (RFC 4180).
std::string csv_field(const std::string& s);

// The names of the quad classes 1-4 as columns and JSON keys: "verbal_cooperation", ..., "material_conflict".
inline constexpr const char* kQuadClassColumns[4] = {"verbal_cooperation", "material_cooperation",
                                                     "verbal_conflict", "material_conflict"};
// An EventTally as CSV columns and JSON fields, as `dunlin dyads` and `dunlin network` write it: events, the four
// quad classes, the Goldstein sum (one decimal) and mean (two decimals; empty, or null in JSON, without events).
std::string tally_csv_header();
std::string tally_csv(const EventTally& t);
void add_tally_json(nlohmann::json& object, const EventTally& t);

}  // namespace dunlin::store
