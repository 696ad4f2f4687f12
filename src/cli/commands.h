// The dunlin subcommands. Each lives in its own file (cmd_<name>.cc) and registers itself on the app here; a
// command's callback stores its exit status in `status` (0 ok, 1 some input failed, 2 usage or fatal error).
#pragma once

#include <CLI/CLI.hpp>

namespace dunlin::cli {

// NLP models (cmd_train.cc, cmd_parse.cc, cmd_eval_nlp.cc).
void add_train_command(CLI::App& app, int& status);
void add_parse_command(CLI::App& app, int& status);
void add_eval_nlp_commands(CLI::App& eval, int& status);

}  // namespace dunlin::cli
