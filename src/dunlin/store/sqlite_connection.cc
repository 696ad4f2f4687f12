// SQLite implementation of Connection and Statement (see sql.h).
#include "dunlin/store/sqlite_connection.h"

#include <sqlite3.h>

namespace dunlin::store {
namespace {

class SqliteStatement final : public Statement {
 public:
  SqliteStatement(sqlite3* db, const std::string& sql) : db_(db), sql_(sql) {
    if (sqlite3_prepare_v3(db, sql.c_str(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt_,
                           nullptr) != SQLITE_OK)
      throw StoreError(std::string("sqlite: ") + sqlite3_errmsg(db) + " in: " + sql);
  }
  ~SqliteStatement() override { sqlite3_finalize(stmt_); }

  Statement& bind(int i, int64_t v) override { return check(sqlite3_bind_int64(prepared(), i, v)); }
  Statement& bind(int i, double v) override { return check(sqlite3_bind_double(prepared(), i, v)); }
  Statement& bind(int i, std::string_view v) override {
    return check(sqlite3_bind_text(prepared(), i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
  }
  Statement& bind_null(int i) override { return check(sqlite3_bind_null(prepared(), i)); }

  bool step() override {
    running_ = true;
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    const std::string message = sqlite3_errmsg(db_);
    sqlite3_reset(stmt_);
    running_ = false;
    throw StoreError("sqlite: " + message + " in: " + sql_);
  }
  void run() override {
    while (step()) {
    }
    reset();
  }
  void reset() override {
    sqlite3_reset(stmt_);
    running_ = false;
  }

  bool is_null(int col) const override { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  int64_t int64(int col) const override { return sqlite3_column_int64(stmt_, col); }
  double real(int col) const override { return sqlite3_column_double(stmt_, col); }
  std::string text(int col) const override {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
    return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, col))) : std::string();
  }

 private:
  sqlite3_stmt* prepared() {
    if (running_) reset();
    return stmt_;
  }
  Statement& check(int rc) {
    if (rc != SQLITE_OK) throw StoreError(std::string("sqlite: bind: ") + sqlite3_errmsg(db_) + " in: " + sql_);
    return *this;
  }

  sqlite3* db_;
  std::string sql_;
  sqlite3_stmt* stmt_ = nullptr;
  bool running_ = false;
};

class SqliteConnection final : public Connection {
 public:
  SqliteConnection(const std::string& path, bool read_only) {
    const int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (sqlite3_open_v2(path.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
      const std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
      sqlite3_close(db_);
      throw StoreError(path + ": cannot open the database: " + message);
    }
    sqlite3_busy_timeout(db_, 10000);
    try {
      // WAL: a commit is one append to the log; a killed writer leaves the database as of its last commit.
      // synchronous=NORMAL is durable against process crashes (the case we test); a power loss may lose the
      // last commits but never corrupts the file.
      if (!read_only) exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
      exec("PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536;");
    } catch (const StoreError& e) {
      sqlite3_close(db_);
      throw StoreError(path + ": " + e.what());
    }
  }
  ~SqliteConnection() override { sqlite3_close(db_); }

  void exec(const std::string& sql) override {
    char* error = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
      const std::string message = error ? error : sqlite3_errmsg(db_);
      sqlite3_free(error);
      throw StoreError("sqlite: " + message + " in: " + sql.substr(0, 200));
    }
  }
  std::unique_ptr<Statement> prepare(const std::string& sql) override {
    return std::make_unique<SqliteStatement>(db_, sql);
  }
  void begin() override { exec("BEGIN IMMEDIATE"); }
  void commit() override { exec("COMMIT"); }
  void rollback() override {
    if (!sqlite3_get_autocommit(db_)) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  }
  std::string backend() const override { return "sqlite"; }

 private:
  sqlite3* db_ = nullptr;
};

}  // namespace

std::unique_ptr<Connection> open_sqlite(const std::string& path, bool read_only) {
  return std::make_unique<SqliteConnection>(path, read_only);
}

}  // namespace dunlin::store
