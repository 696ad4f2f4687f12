// `dunlin parse FILE.conllu`: tags, lemmatizes, parses and recognizes entities in gold-tokenized CoNLL-U input and
// writes CoNLL-U. (Raw-text input needs the tokenizer / sentence splitter, which is not wired in yet.)
#include <fstream>
#include <iostream>

#include "commands.h"
#include "dunlin/nlp/pipeline.h"

namespace dunlin::cli {

void add_parse_command(CLI::App& app, int& status) {
  struct Args {
    std::string input, models, output;
  };
  auto args = std::make_shared<Args>();
  CLI::App* c = app.add_subcommand(
      "parse", "Tag, lemmatize, parse and find entities in a gold-tokenized CoNLL-U file; writes CoNLL-U");
  c->add_option("input", args->input, "CoNLL-U file (FORM column and sentence boundaries are used)")
      ->required()
      ->check(CLI::ExistingFile);
  c->add_option("--models", args->models, "model folder (default: $DUNLIN_MODEL_DIR or the repository's models/)");
  c->add_option("-o,--output", args->output, "output file (default: standard output)");
  c->callback([args, &status] {
    const auto sentences = read_conllu_file(args->input);
    const nlp::Pipeline p = nlp::Pipeline::load(args->models.empty() ? nlp::default_model_dir() : args->models);
    Document doc = nlp::document_from_conllu(sentences);
    p.annotate(doc);
    auto out = nlp::conllu_from_document(doc);
    std::ofstream file;
    if (!args->output.empty()) {
      file.open(args->output);
      if (!file) throw std::runtime_error(args->output + ": cannot open for writing");
    }
    std::ostream& os = args->output.empty() ? std::cout : file;
    for (size_t i = 0; i < out.size(); ++i) {
      // keep the input's comments (sent_id, text) when present
      if (!sentences[i].comments.empty()) out[i].comments = sentences[i].comments;
      write_conllu(os, out[i]);
    }
    status = 0;
  });
}

}  // namespace dunlin::cli
