#include "dunlin/text/tsv_rows.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace dunlin {

TsvRows read_tsv_rows(const std::string& path, size_t min_fields, size_t max_fields) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open");
  TsvRows rows;
  std::string line;
  bool header = true;
  for (int n = 1; std::getline(in, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    std::vector<std::string> f;
    size_t start = 0;
    for (size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
      f.push_back(line.substr(start, tab - start));
    f.push_back(line.substr(start));
    if (f.size() < min_fields || f.size() > max_fields) {
      const std::string expected = min_fields == max_fields
                                       ? std::to_string(min_fields)
                                       : std::to_string(min_fields) + " to " + std::to_string(max_fields);
      throw std::runtime_error(path + ":" + std::to_string(n) + ": expected " + expected +
                               " tab-separated fields, found " + std::to_string(f.size()));
    }
    rows.emplace_back(n, std::move(f));
  }
  if (in.bad()) throw std::runtime_error(path + ": read error");
  return rows;
}

}  // namespace dunlin
