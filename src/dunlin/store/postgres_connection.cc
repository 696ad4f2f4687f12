// PostgreSQL implementation of Connection and Statement (see postgres_connection.h).
#include "dunlin/store/postgres_connection.h"

#include <libpq-fe.h>

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <vector>

namespace dunlin::store {

std::string numbered_placeholders(const std::string& sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int n = 0;
  bool quoted = false;
  for (char c : sql) {
    if (c == '\'') quoted = !quoted;
    if (c == '?' && !quoted) {
      out += '$';
      out += std::to_string(++n);
    } else {
      out += c;
    }
  }
  return out;
}

namespace {

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

std::string error_of(PGconn* conn) {
  std::string message = PQerrorMessage(conn);
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  return message;
}

Result checked(PGconn* conn, PGresult* r, const std::string& sql) {
  Result result(r);
  const ExecStatusType status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    std::string message = r ? PQresultErrorMessage(r) : error_of(conn);
    while (!message.empty() && message.back() == '\n') message.pop_back();
    throw StoreError("postgresql: " + message + " in: " + sql.substr(0, 300));
  }
  return result;
}

class PgStatement final : public Statement {
 public:
  // `stream`: read through a cursor in chunks instead of the whole result at once.
  PgStatement(PGconn* conn, const std::string& sql, int id, bool stream)
      : conn_(conn), sql_(numbered_placeholders(sql)), name_("dunlin_" + std::to_string(id)), stream_(stream) {}
  ~PgStatement() override { close_cursor(); }

  Statement& bind(int i, int64_t v) override { return set(i, std::to_string(v)); }
  Statement& bind(int i, double v) override {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return set(i, buf);
  }
  Statement& bind(int i, std::string_view v) override { return set(i, std::string(v)); }
  Statement& bind_null(int i) override { return set(i, std::nullopt); }

  bool step() override {
    if (!executed_) execute();
    if (++row_ < PQntuples(result_.get())) return true;
    if (!stream_ || cursor_done_) return false;
    fetch();
    row_ = 0;
    return PQntuples(result_.get()) > 0;
  }
  void run() override {
    while (step()) {
    }
    reset();
  }
  void reset() override {
    close_cursor();
    result_.reset();
    executed_ = false;
    row_ = -1;
  }

  bool is_null(int col) const override { return PQgetisnull(result_.get(), row_, col); }
  int64_t int64(int col) const override {
    const char* v = PQgetvalue(result_.get(), row_, col);
    if (v[0] == 't') return 1;  // booleans (EXISTS ...)
    if (v[0] == 'f') return 0;
    return std::strtoll(v, nullptr, 10);
  }
  double real(int col) const override { return std::strtod(PQgetvalue(result_.get(), row_, col), nullptr); }
  std::string text(int col) const override {
    if (is_null(col)) return {};
    return std::string(PQgetvalue(result_.get(), row_, col),
                       static_cast<size_t>(PQgetlength(result_.get(), row_, col)));
  }

 private:
  Statement& set(int i, std::optional<std::string> v) {
    if (executed_) reset();
    if (static_cast<size_t>(i) > params_.size()) params_.resize(static_cast<size_t>(i));
    params_[static_cast<size_t>(i) - 1] = std::move(v);
    return *this;
  }
  std::vector<const char*> values() const {
    std::vector<const char*> out;
    for (const auto& p : params_) out.push_back(p ? p->c_str() : nullptr);
    return out;
  }
  void execute() {
    executed_ = true;
    row_ = -1;
    const std::vector<const char*> v = values();
    const int n = static_cast<int>(v.size());
    if (stream_) {
      // WITH HOLD: the cursor outlives the implicit transaction of a read outside BEGIN ... COMMIT.
      checked(conn_, PQexecParams(conn_, ("DECLARE " + name_ + " NO SCROLL CURSOR WITH HOLD FOR " + sql_).c_str(), n,
                                  nullptr, v.data(), nullptr, nullptr, 0),
              sql_);
      cursor_open_ = true;
      cursor_done_ = false;
      fetch();
      return;
    }
    if (!prepared_) {
      checked(conn_, PQprepare(conn_, name_.c_str(), sql_.c_str(), 0, nullptr), sql_);
      prepared_ = true;
    }
    result_ = checked(conn_, PQexecPrepared(conn_, name_.c_str(), n, v.data(), nullptr, nullptr, 0), sql_);
  }
  void fetch() {
    result_ = checked(conn_, PQexec(conn_, ("FETCH 1000 FROM " + name_).c_str()), sql_);
    if (PQntuples(result_.get()) < 1000) cursor_done_ = true;
  }
  void close_cursor() {
    if (!cursor_open_) return;
    cursor_open_ = false;
    PQclear(PQexec(conn_, ("CLOSE " + name_).c_str()));
  }

  PGconn* conn_;
  std::string sql_, name_;
  bool stream_;
  std::vector<std::optional<std::string>> params_;
  Result result_;
  bool executed_ = false, prepared_ = false, cursor_open_ = false, cursor_done_ = false;
  int row_ = -1;
};

class PgConnection final : public Connection {
 public:
  PgConnection(const std::string& uri, bool read_only) : conn_(PQconnectdb(uri.c_str())) {
    if (!conn_ || PQstatus(conn_) != CONNECTION_OK) {
      const std::string message = conn_ ? error_of(conn_) : "out of memory";
      PQfinish(conn_);
      throw StoreError("postgresql: cannot connect: " + message);
    }
    exec("SET client_min_messages = warning");
    if (read_only) exec("SET default_transaction_read_only = on");
  }
  ~PgConnection() override { PQfinish(conn_); }

  void exec(const std::string& sql) override { checked(conn_, PQexec(conn_, sql.c_str()), sql); }
  std::unique_ptr<Statement> prepare(const std::string& sql) override {
    return std::make_unique<PgStatement>(conn_, sql, ++statements_, false);
  }
  std::unique_ptr<Statement> prepare_stream(const std::string& sql) override {
    return std::make_unique<PgStatement>(conn_, sql, ++statements_, true);
  }
  void begin() override { exec("BEGIN"); }
  void commit() override { exec("COMMIT"); }
  void rollback() override {
    if (PQtransactionStatus(conn_) != PQTRANS_IDLE) PQclear(PQexec(conn_, "ROLLBACK"));
  }
  std::string backend() const override { return "postgresql"; }

 private:
  PGconn* conn_;
  int statements_ = 0;
};

}  // namespace

std::unique_ptr<Connection> open_postgres(const std::string& uri, bool read_only) {
  return std::make_unique<PgConnection>(uri, read_only);
}

}  // namespace dunlin::store
