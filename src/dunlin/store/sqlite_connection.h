// The SQLite backend of the store's SQL interface: one database file, write-ahead log (WAL) so that readers never
// block the writer and a killed process never leaves a half-written transaction behind.
#pragma once

#include <memory>
#include <string>

#include "dunlin/store/sql.h"

namespace dunlin::store {

// Opens (creating when absent) the SQLite file at `path`, in WAL mode with foreign keys on. `read_only` opens an
// existing file without the right to change it. Throws StoreError naming the file.
std::unique_ptr<Connection> open_sqlite(const std::string& path, bool read_only = false);

}  // namespace dunlin::store
