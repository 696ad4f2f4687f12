// Exports of a store, streamed row by row (constant memory): the GDELT 2.0 event table (tab-separated, 61
// columns), PLOVER JSON Lines with POLECAT's field names, CSV (one row per event), and JSON Lines of the mentions
// (the `dunlin code` record of docs/output.md, plus the event it belongs to). Formats in docs/store.md.
#pragma once

#include <cstdint>
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

}  // namespace dunlin::store
