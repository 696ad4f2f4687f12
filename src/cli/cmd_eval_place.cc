// dunlin eval place: the place tagger's resolution accuracy, recall and precision on hand-annotated gold.
#include <filesystem>
#include <iostream>

#include "commands.h"
#include "dunlin/nlp/pipeline.h"
#include "dunlin/place/place_eval.h"

namespace dunlin::cli {

void add_eval_place_command(CLI::App& eval, int& status) {
  struct Options {
    std::string gold = std::string(DUNLIN_SOURCE_DIR) + "/eval/place/test";
    std::string corpus = std::string(DUNLIN_SOURCE_DIR) + "/../shared/data/news/wikinews-2019-2021";
    std::string gazetteer = std::string(DUNLIN_SOURCE_DIR) + "/data/place/gazetteer.bin";
    std::string not_places = std::string(DUNLIN_SOURCE_DIR) + "/data/place/not-places.tsv";
    std::string models;
    bool no_models = false;
  };
  auto opts = std::make_shared<Options>();
  CLI::App* cmd = eval.add_subcommand("place", "Score place mentions and their resolution to the gazetteer against gold");
  cmd->add_option("--gold", opts->gold, "Folder with docs.tsv and gold.tsv")->capture_default_str();
  cmd->add_option("--corpus", opts->corpus, "Folder with the CSV articles that docs.tsv names")->capture_default_str();
  cmd->add_option("--gazetteer", opts->gazetteer, "The compiled gazetteer")->capture_default_str();
  cmd->add_option("--not-places", opts->not_places, "Names never taken as places from the gazetteer alone")
      ->capture_default_str();
  cmd->add_option("--models", opts->models,
                  "Folder with tagger.bin, parser.bin, ner.bin (default: models/ when it has them, else none)");
  cmd->add_flag("--no-models", opts->no_models, "Run without tagger, parser and NER (gazetteer and capitals only)");
  cmd->callback([opts, &status] {
    try {
      std::string models = opts->models;
      if (models.empty() && !opts->no_models && std::filesystem::exists(nlp::default_model_dir() + "/ner.bin"))
        models = nlp::default_model_dir();
      if (opts->no_models) models.clear();
      std::cout << "models: " << (models.empty() ? "none" : models) << std::endl;
      std::cout << place::evaluate_places(opts->gold, opts->corpus, opts->gazetteer, opts->not_places, models)
                       .to_string("resolution");
      status = 0;
    } catch (const std::exception& e) {
      std::cerr << "dunlin eval place: error: " << e.what() << '\n';
      status = 2;
    }
  });
}

}  // namespace dunlin::cli
