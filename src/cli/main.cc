// dunlin: political news in, sourced event data out. This file only wires the subcommands together.
#include <exception>
#include <iostream>

#include "commands.h"

int main(int argc, char** argv) {
  CLI::App app{"dunlin " DUNLIN_VERSION
               ": turns political news into structured, sourced event data (who did what to whom, when, where, "
               "and according to whom)"};
  app.require_subcommand(1);
  app.set_version_flag("--version", DUNLIN_VERSION);
  int status = 0;

  // Subcommands, in the order a document flows through the pipeline, then training and evaluation.
  dunlin::cli::add_code_command(app, status);
  dunlin::cli::add_ingest_command(app, status);
  dunlin::cli::add_dyads_command(app, status);
  dunlin::cli::add_network_command(app, status);
  dunlin::cli::add_actors_command(app, status);
  dunlin::cli::add_events_command(app, status);
  dunlin::cli::add_export_command(app, status);
  dunlin::cli::add_quotes_command(app, status);
  dunlin::cli::add_serve_command(app, status);
  dunlin::cli::add_read_command(app, status);
  dunlin::cli::add_segment_command(app, status);
  dunlin::cli::add_parse_command(app, status);
  dunlin::cli::add_time_command(app, status);
  dunlin::cli::add_dict_command(app, status);
  dunlin::cli::add_gazetteer_command(app, status);
  dunlin::cli::add_train_command(app, status);
  dunlin::cli::add_train_segmenter_command(app, status);
  CLI::App* eval = app.add_subcommand("eval", "Score dunlin's components against gold annotations");
  eval->require_subcommand(1);
  dunlin::cli::add_eval_segment_command(*eval, status);
  dunlin::cli::add_eval_nlp_commands(*eval, status);
  dunlin::cli::add_eval_time_command(*eval, status);
  dunlin::cli::add_eval_place_command(*eval, status);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version exit 0; every usage error exits 2, whatever CLI11's own code for it.
    return app.exit(e) == 0 ? 0 : 2;
  } catch (const std::exception& e) {
    std::cerr << "dunlin: error: " << e.what() << '\n';
    return 2;
  }
  return status;
}
