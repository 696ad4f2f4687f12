// The dunlin subcommands. Each lives in its own file (cmd_<name>.cc) and registers itself on the app here; a
// command's callback stores its exit status in `status` (0 ok, 1 some input failed, 2 usage or fatal error).
#pragma once

#include <CLI/CLI.hpp>

namespace dunlin::cli {

// dunlin read FILE...: documents and their metadata as JSON Lines (src/cli/cmd_read.cc).
void add_read_command(CLI::App& app, int& status);
// dunlin code: the main job, events from news (cmd_code.cc).
void add_code_command(CLI::App& app, int& status);
// dunlin segment: paragraphs, tokens and sentences as JSON Lines, CoNLL-U or text (cmd_segment.cc).
void add_segment_command(CLI::App& app, int& status);
// dunlin eval segment: token and sentence F1 against a CoNLL-U treebank (cmd_eval_segment.cc).
void add_eval_segment_command(CLI::App& eval, int& status);
// dunlin train-segmenter: trains the sentence splitter's perceptron (cmd_train_segmenter.cc).
void add_train_segmenter_command(CLI::App& app, int& status);
// NLP models (cmd_train.cc, cmd_parse.cc, cmd_eval_nlp.cc).
void add_train_command(CLI::App& app, int& status);
void add_parse_command(CLI::App& app, int& status);
void add_eval_nlp_commands(CLI::App& eval, int& status);
void add_dict_command(CLI::App& app, int& status);  // cmd_dict.cc
// dunlin eval time: scores the temporal tagger against eval/time/ gold (cmd_eval_time.cc).
void add_eval_time_command(CLI::App& eval, int& status);
// dunlin eval place: scores place resolution against eval/place/ gold (cmd_eval_place.cc).
void add_eval_place_command(CLI::App& eval, int& status);
// dunlin time: the story date and temporal expressions of each document, as JSON Lines (cmd_time.cc).
void add_time_command(CLI::App& app, int& status);
// dunlin gazetteer build|lookup: compiles the place gazetteer and queries it (cmd_gazetteer.cc).
void add_gazetteer_command(CLI::App& app, int& status);

// The event store (docs/store.md): dunlin ingest, dyads, actors, events, export, quotes (cmd_<name>.cc).
void add_ingest_command(CLI::App& app, int& status);
void add_dyads_command(CLI::App& app, int& status);
void add_actors_command(CLI::App& app, int& status);
void add_events_command(CLI::App& app, int& status);
void add_export_command(CLI::App& app, int& status);
void add_quotes_command(CLI::App& app, int& status);  // cmd_quotes.cc
void add_serve_command(CLI::App& app, int& status);   // cmd_serve.cc
void add_network_command(CLI::App& app, int& status); // cmd_network.cc

}  // namespace dunlin::cli
