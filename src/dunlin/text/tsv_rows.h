// The rows of a simple tab-separated file whose columns are known by position (evaluation gold files, gazetteer
// sources): the header line and '#' comment and blank lines are skipped; each row keeps its line number.
// Dictionaries with named columns use TsvTable (src/dunlin/actors/tsv.h) instead.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace dunlin {

using TsvRows = std::vector<std::pair<int, std::vector<std::string>>>;  // (1-based line number, fields)

// Throws std::runtime_error naming the file (and line) when it cannot be read or a row has fewer than
// `min_fields` or more than `max_fields` fields.
TsvRows read_tsv_rows(const std::string& path, size_t min_fields, size_t max_fields);

}  // namespace dunlin
