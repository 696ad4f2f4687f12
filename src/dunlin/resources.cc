// Resource lookup: $DUNLIN_HOME, next to the executable, then the source tree (see resources.h).
#include "dunlin/resources.h"

#include <cstdlib>
#include <system_error>
#include <vector>

namespace dunlin {
namespace fs = std::filesystem;

fs::path find_resource(const std::string& relative) {
  std::vector<fs::path> roots;
  if (const char* home = std::getenv("DUNLIN_HOME"); home && *home) roots.emplace_back(home);
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec && exe.has_parent_path()) {
    roots.push_back(exe.parent_path().parent_path());
    roots.push_back(exe.parent_path());
  }
#ifdef DUNLIN_SOURCE_DIR
  roots.emplace_back(DUNLIN_SOURCE_DIR);
#endif
  std::string searched;
  for (const fs::path& root : roots) {
    fs::path candidate = root / relative;
    if (fs::exists(candidate, ec)) return candidate;  // a file, or a folder of data files
    searched += (searched.empty() ? "" : ", ") + candidate.string();
  }
  throw ResourceError("cannot find " + relative + " (searched: " + searched +
                      "); set DUNLIN_HOME to the folder that holds dunlin's data/ and models/");
}

}  // namespace dunlin
