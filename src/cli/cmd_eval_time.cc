// dunlin eval time: the temporal tagger's value accuracy, recall and precision on hand-annotated gold.
#include <iostream>

#include "commands.h"
#include "dunlin/time/time_eval.h"

namespace dunlin::cli {

void add_eval_time_command(CLI::App& eval, int& status) {
  struct Options {
    std::string gold = std::string(DUNLIN_SOURCE_DIR) + "/eval/time/test";
    std::string corpus = std::string(DUNLIN_SOURCE_DIR) + "/../shared/data/news/wikinews-2019-2021";
  };
  auto opts = std::make_shared<Options>();
  CLI::App* cmd = eval.add_subcommand("time", "Score temporal expressions (spans and normalized values) against gold");
  cmd->add_option("--gold", opts->gold, "Folder with docs.tsv and gold.tsv")->capture_default_str();
  cmd->add_option("--corpus", opts->corpus, "Folder with the CSV articles that docs.tsv names")->capture_default_str();
  cmd->callback([opts, &status] {
    try {
      std::cout << time::evaluate_time(opts->gold, opts->corpus).to_string("value");
      status = 0;
    } catch (const std::exception& e) {
      std::cerr << "dunlin eval time: error: " << e.what() << '\n';
      status = 2;
    }
  });
}

}  // namespace dunlin::cli
