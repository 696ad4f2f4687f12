// The store's tables and indexes (docs/store.md), written once for SQLite and PostgreSQL: only the type of an
// auto-numbered primary key differs.
#pragma once

#include <string>

namespace dunlin::store {

// CREATE TABLE / CREATE INDEX statements (IF NOT EXISTS), for `backend` "sqlite" or "postgresql".
std::string schema_sql(const std::string& backend);

}  // namespace dunlin::store
