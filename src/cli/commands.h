// The dunlin subcommands. Each lives in its own file (cmd_<name>.cc) and registers itself on the app here; a
// command's callback stores its exit status in `status` (0 ok, 1 some input failed, 2 usage or fatal error).
#pragma once

#include <CLI/CLI.hpp>

namespace dunlin::cli {

// dunlin eval time: scores the temporal tagger against eval/time/ gold (cmd_eval_time.cc).
void add_eval_time_command(CLI::App& eval, int& status);
// dunlin time: the story date and temporal expressions of each document, as JSON Lines (cmd_time.cc).
void add_time_command(CLI::App& app, int& status);
// dunlin gazetteer build|lookup: compiles the place gazetteer and queries it (cmd_gazetteer.cc).
void add_gazetteer_command(CLI::App& app, int& status);

}  // namespace dunlin::cli
