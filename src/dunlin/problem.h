// Problems met while reading or processing input: always tied to a file and a position, never a crash.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace dunlin {

struct Problem {
  enum class Severity { warning, error };
  Severity severity = Severity::error;
  std::string file;             // path, "path#record", or "-"
  int64_t byte_offset = -1;     // position in the file (or in the decompressed stream), -1 when unknown
  std::string message;

  // "file: byte 123: error: message"
  std::string to_string() const;
};

using ProblemSink = std::function<void(const Problem&)>;

}  // namespace dunlin
