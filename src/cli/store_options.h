// What the store commands (ingest, dyads, actors, events, export) share: the --db option and opening a store to
// read with an error that names the file.
#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <memory>
#include <string>

#include "dunlin/store/store.h"

namespace dunlin::cli {

inline constexpr const char* kDefaultDb = "dunlin.db";

inline void add_db_option(CLI::App& cmd, std::string& db) {
  cmd.add_option("--db", db,
                 "The event store: an SQLite file, or a PostgreSQL database as postgresql://user@host:port/dbname "
                 "(docs/store.md)")
      ->capture_default_str();
}

// An existing store, opened read-only. Throws StoreError when the file is missing or not a dunlin store.
inline std::unique_ptr<store::Store> open_store_to_read(const std::string& db) {
  if (!store::is_postgres_target(db) && !std::filesystem::exists(db))
    throw store::StoreError(db + ": no such store (create it with 'dunlin ingest --db " + db + " FILE...')");
  return store::Store::open(db, /*read_only=*/true);
}

}  // namespace dunlin::cli
