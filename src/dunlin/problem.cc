#include "dunlin/problem.h"

namespace dunlin {

std::string Problem::to_string() const {
  std::string out = file.empty() ? std::string("<input>") : file;
  if (byte_offset >= 0) out += ": byte " + std::to_string(byte_offset);
  out += severity == Severity::error ? ": error: " : ": warning: ";
  out += message;
  return out;
}

}  // namespace dunlin
