// Command-line options shared by the commands that run the whole pipeline (code, ingest): the story date for
// documents without one, the user's dictionary folder and the model folder; and loading the pipeline from them.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <stdexcept>
#include <string>

#include "dunlin/actors/tsv.h"
#include "dunlin/pipeline.h"

namespace dunlin::cli {

struct PipelineFlags {
  std::string date;  // YYYY-MM-DD or ""
  std::string dict, model_dir;

  void add_to(CLI::App& cmd) {
    cmd.add_option("--date", date,
                   "Story date (YYYY-MM-DD) for documents that carry none in their metadata or dateline");
    cmd.add_option("--dict", dict,
                   "Folder of your own dictionary files (countries.tsv, sectors.tsv, people.tsv, organizations.tsv, "
                   "verb_frames.tsv, complement_verbs.tsv, modality_codes.tsv, cameo.tsv, cues.tsv, anonymity.tsv): "
                   "their rows add to or replace the built-in ones");
    cmd.add_option("--models", model_dir, "Folder with tagger.bin, parser.bin and ner.bin (default: models/)");
  }

  // Checks --date and loads the pipeline; throws std::invalid_argument or std::runtime_error with what is wrong.
  std::unique_ptr<Pipeline> load_pipeline() const {
    if (!date.empty() && date_from_iso(date) == kNoDate)
      throw std::invalid_argument("--date must be YYYY-MM-DD, not '" + date + "'");
    PipelineOptions options;
    options.model_dir = model_dir;
    options.user_dict = dict;
    return std::make_unique<Pipeline>(Pipeline::load(options));
  }

  // The story date a document gets when it has none of its own.
  void fill_date(Document& doc) const {
    if (doc.date.empty()) doc.date = date;
  }
};

}  // namespace dunlin::cli
