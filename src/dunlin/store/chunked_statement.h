// A statement over a variable number of rows (a multi-row INSERT ... VALUES (...), (...), or an UPDATE ... WHERE id
// IN (?, ?, ...)), run in chunks of 64, 32, 16, ..., 1 rows with each chunk size prepared once: n rows take at most
// n / 64 + 6 statements instead of n. This matters for PostgreSQL, where every statement is a round trip to the
// server, and saves SQLite some work too.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "dunlin/store/sql.h"

namespace dunlin::store {

class ChunkedStatement {
 public:
  static constexpr size_t kMaxRows = 64;  // a power of two, so that halving reaches every size down to 1

  // `sql(n)` is the statement for n rows; each row has `params` parameters, numbered row after row.
  ChunkedStatement(Connection& db, std::function<std::string(size_t)> sql, int params)
      : db_(db), sql_(std::move(sql)), params_(params) {}

  // Binds row k of a chunk with bind(statement, k * params, row) (so its parameters are base + 1 ... base +
  // params) and runs the chunks in order; `on_result`, when given, sees every row a chunk returns.
  template <typename Row, typename Bind>
  void run(const std::vector<Row>& rows, Bind bind, const std::function<void(Statement&)>& on_result = {}) {
    size_t i = 0;
    while (i < rows.size()) {
      size_t n = kMaxRows;
      while (n > rows.size() - i) n /= 2;
      Statement& st = chunk(n);
      for (size_t k = 0; k < n; ++k) bind(st, static_cast<int>(k) * params_, rows[i + k]);
      if (on_result) {
        while (st.step()) on_result(st);
        st.reset();
      } else {
        st.run();
      }
      i += n;
    }
  }

  // "(?, ?, ?), (?, ?, ?)": n rows of `params` placeholders, for VALUES lists.
  static std::string values(size_t n, int params) {
    std::string row = "(";
    for (int p = 0; p < params; ++p) row += p ? ", ?" : "?";
    row += ')';
    std::string out;
    for (size_t k = 0; k < n; ++k) out += (k ? ", " : "") + row;
    return out;
  }

 private:
  Statement& chunk(size_t n) {
    auto& st = statements_[n];
    if (!st) st = db_.prepare(sql_(n));
    return *st;
  }

  Connection& db_;
  std::function<std::string(size_t)> sql_;
  int params_;
  std::map<size_t, std::unique_ptr<Statement>> statements_;
};

}  // namespace dunlin::store
