// The dunlin subcommands. Each lives in its own file (cmd_<name>.cc) and registers itself on the app here; a
// command's callback stores its exit status in `status` (0 ok, 1 some input failed, 2 usage or fatal error).
#pragma once

#include <CLI/CLI.hpp>

namespace dunlin::cli {


}  // namespace dunlin::cli
