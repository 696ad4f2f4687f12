// The PostgreSQL backend of the store's SQL interface (libpq): `?` parameters become $1, $2, ...; statements are
// prepared on the server once; streamed queries (Connection::prepare_stream) read through a server-side cursor,
// 1000 rows at a time, so an export of any size uses constant memory in dunlin.
#pragma once

#include <memory>
#include <string>

#include "dunlin/store/sql.h"

namespace dunlin::store {

// `uri`: "postgresql://user@host:port/dbname" or any libpq connection string. `read_only` makes every transaction
// read-only. Throws StoreError with libpq's message (the password, if any, is not repeated).
std::unique_ptr<Connection> open_postgres(const std::string& uri, bool read_only = false);

// "?" placeholders (outside quoted strings) -> "$1", "$2", ...
std::string numbered_placeholders(const std::string& sql);

}  // namespace dunlin::store
