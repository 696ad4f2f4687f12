// Helpers for tests that run commands: the built dunlin binary or a shell command, and temporary folders.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace dunlin::testing {

struct CommandResult {
  int status = -1;  // the exit status; -1 when the command could not run or was killed
  std::string out;  // standard output (and standard error when the command merges it)
};

// Runs a shell command and collects its standard output.
inline CommandResult run_command(const std::string& command) {
  CommandResult r;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return r;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) r.out.append(buffer, n);
  const int raw = pclose(pipe);
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return r;
}

enum class Stderr { discard, merge };

// Runs the built dunlin binary with `args` (a shell fragment: quote paths in it); standard error is discarded or
// merged into `out`.
inline CommandResult run_dunlin(const std::string& args, Stderr err = Stderr::discard) {
  return run_command("'" + std::string(DUNLIN_CLI) + "' " + args + (err == Stderr::merge ? " 2>&1" : " 2>/dev/null"));
}

// A fresh temporary folder, removed with its content at the end of the scope.
class TempDir {
 public:
  TempDir() {
    std::string templ = (std::filesystem::temp_directory_path() / "dunlin-test-XXXXXX").string();
    path_ = mkdtemp(templ.data()) ? templ : std::string();
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
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

}  // namespace dunlin::testing
