// A minimal SQL connection interface, enough for the store to run the same statements on SQLite and PostgreSQL: prepared statements with positional `?` parameters, rows read column by column, explicit
// transactions. Backends: sqlite_connection.h, postgres_connection.h. Errors throw StoreError with the statement and the database's
// message.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace dunlin::store {

struct StoreError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Statement {
 public:
  virtual ~Statement() = default;
  // Parameters are numbered from 1, as in SQL. Binding resets a statement that was already run.
  virtual Statement& bind(int i, int64_t v) = 0;
  virtual Statement& bind(int i, double v) = 0;
  virtual Statement& bind(int i, std::string_view v) = 0;
  virtual Statement& bind_null(int i) = 0;
  Statement& bind(int i, int v) { return bind(i, static_cast<int64_t>(v)); }
  Statement& bind(int i, uint32_t v) { return bind(i, static_cast<int64_t>(v)); }
  Statement& bind(int i, bool v) { return bind(i, static_cast<int64_t>(v ? 1 : 0)); }
  Statement& bind(int i, const char* v) { return bind(i, std::string_view(v)); }
  Statement& bind(int i, const std::string& v) { return bind(i, std::string_view(v)); }
  template <typename T>
  Statement& bind(int i, const std::optional<T>& v) {
    return v ? bind(i, *v) : bind_null(i);
  }
  // An empty string is stored as NULL (unknown), everything else as text.
  Statement& bind_text_or_null(int i, std::string_view v) { return v.empty() ? bind_null(i) : bind(i, v); }

  // Runs the statement or moves to its next row: true while a row is available.
  virtual bool step() = 0;
  // Runs a statement that returns no rows (or ignores them), then resets it for the next use.
  virtual void run() = 0;
  virtual void reset() = 0;

  virtual bool is_null(int col) const = 0;  // columns are numbered from 0
  virtual int64_t int64(int col) const = 0;
  virtual double real(int col) const = 0;
  virtual std::string text(int col) const = 0;  // "" for NULL
  std::optional<int64_t> int64_or_null(int col) const {
    return is_null(col) ? std::nullopt : std::optional<int64_t>(int64(col));
  }
};

class Connection {
 public:
  virtual ~Connection() = default;
  virtual void exec(const std::string& sql) = 0;  // one or more statements, no parameters
  virtual std::unique_ptr<Statement> prepare(const std::string& sql) = 0;
  // A query whose rows may be many (exports): read in chunks, never all in memory. Another statement may run
  // while it is being read.
  virtual std::unique_ptr<Statement> prepare_stream(const std::string& sql) { return prepare(sql); }
  virtual void begin() = 0;
  virtual void commit() = 0;
  virtual void rollback() = 0;  // never throws
  virtual std::string backend() const = 0;  // "sqlite" or "postgresql"
};

}  // namespace dunlin::store
