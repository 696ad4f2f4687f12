// Helpers shared by the reader tests: fixtures and collecting what read_inputs produces.
#pragma once

#include <string>
#include <vector>

#include "cli_test_util.h"
#include "dunlin/read/reader.h"

namespace dunlin::testing {

inline std::string fixture(const std::string& name) { return std::string(DUNLIN_TEST_DATA) + "/read/" + name; }

struct Collected {
  std::vector<Document> docs;
  std::vector<Problem> problems;
  ReadStats stats;
  size_t errors() const {
    size_t n = 0;
    for (const Problem& p : problems) n += p.severity == Problem::Severity::error;
    return n;
  }
};

inline Collected read_all(const std::vector<std::string>& paths, const ReadOptions& options = {}) {
  Collected c;
  c.stats = read_inputs(paths, options, [&](Document&& d) { c.docs.push_back(std::move(d)); },
                        [&](const Problem& p) { c.problems.push_back(p); });
  return c;
}

}  // namespace dunlin::testing
