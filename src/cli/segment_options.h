// Command-line options shared by the commands that segment text (--splitter, --data-dir, --model).
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "dunlin/segment/segmenter.h"

namespace dunlin::cli {

struct SegmentFlags {
  std::string splitter = "model";
  std::string data_dir, model;

  void add_to(CLI::App& cmd) {
    cmd.add_option("--splitter", splitter,
                   "How sentence boundaries are decided: 'model' (the trained perceptron, "
                   "models/segment/sentences.bin) or 'rules' (punctuation and abbreviation rules only)")
        ->check(CLI::IsMember({"model", "rules"}))
        ->capture_default_str();
    cmd.add_option(
        "--data-dir", data_dir,
        "Folder with the tokenizer's lists (abbreviations.txt, clitics.txt, hyphen_prefixes.txt, "
        "emoticons.txt, units.txt); default: data/segment found under $DUNLIN_HOME, next to the executable or in "
        "the source tree");
    cmd.add_option("--model", model, "Sentence model file for --splitter model; default: models/segment/sentences.bin");
  }
  SegmenterOptions options() const {
    SegmenterOptions o;
    o.method = splitter == "rules" ? SplitMethod::rules : SplitMethod::model;
    o.data_dir = data_dir;
    o.model_path = model;
    return o;
  }
};

}  // namespace dunlin::cli
