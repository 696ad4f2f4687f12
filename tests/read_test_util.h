// Helpers shared by the reader tests: collect what read_inputs produces, temporary folders, running the CLI.
#pragma once

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

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

// A fresh temporary folder, removed with its content at the end of the scope.
class TempDir {
 public:
  TempDir() {
    std::string templ = (std::filesystem::temp_directory_path() / "dunlin-read-test-XXXXXX").string();
    path_ = mkdtemp(templ.data()) ? templ : std::string();
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) std::filesystem::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }
  std::string write(const std::string& name, const std::string& bytes) const {
    const std::string p = path_ + "/" + name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }

 private:
  std::string path_;
};

// Runs a shell command; returns its standard output and sets `status` to its exit status.
inline std::string run(const std::string& command, int& status) {
  std::string out;
  FILE* p = popen(command.c_str(), "r");
  if (!p) {
    status = -1;
    return out;
  }
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  const int rc = pclose(p);
  status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  return out;
}

}  // namespace dunlin::testing
