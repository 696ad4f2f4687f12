// dunlin train-segmenter: trains the sentence splitter's averaged perceptron on a CoNLL-U treebank.
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

#include "commands.h"
#include "dunlin/conllu/conllu.h"
#include "dunlin/segment/evaluation.h"
#include "dunlin/segment/segmenter.h"
#include "dunlin/segment/sentence_trainer.h"

namespace dunlin::cli {
namespace {

struct TrainArgs {
  std::string train, dev, out, data_dir;
  int epochs = 6;
  uint32_t bits = 16;
};

void run(const TrainArgs& args, int& status) {
  // A guard against the easiest mistake: training on a test split makes every later score meaningless.
  if (std::filesystem::path(args.train).filename().string().find("test") != std::string::npos) {
    std::cerr << "dunlin train-segmenter: error: " << args.train
              << " looks like a test split; train on train data (rename the file if this is wrong)\n";
    status = 2;
    return;
  }
  try {
    const auto rules = std::make_shared<const TokenizerRules>(
        args.data_dir.empty() ? TokenizerRules::load_default() : TokenizerRules::load(args.data_dir));
    const std::vector<GoldDocument> train = gold_documents(read_conllu_file(args.train));
    std::vector<GoldDocument> dev;
    if (!args.dev.empty()) dev = gold_documents(read_conllu_file(args.dev));
    SentenceTrainOptions options;
    options.epochs = args.epochs;
    options.bits = args.bits;
    const SentenceModel model = train_sentence_model(rules, train, options, [&](int epoch, const SentenceModel& m) {
      if (dev.empty()) {
        std::fprintf(stderr, "epoch %d\n", epoch);
        return;
      }
      const Segmenter seg(rules, SplitMethod::model, std::make_shared<const SentenceModel>(m));
      const SegmentationScores s = evaluate_segmenter(seg, dev);
      std::fprintf(stderr, "epoch %d: dev sentences_p=%.2f sentences_r=%.2f sentences_f1=%.2f\n", epoch,
                   s.sentences.precision(), s.sentences.recall(), s.sentences.f1());
    });
    model.save(args.out);
    std::fprintf(stderr, "wrote %s\n", args.out.c_str());
  } catch (const std::exception& e) {
    std::cerr << "dunlin train-segmenter: error: " << e.what() << '\n';
    status = 2;
  }
}

}  // namespace

void add_train_segmenter_command(CLI::App& app, int& status) {
  auto args = std::make_shared<TrainArgs>();
  CLI::App* cmd = app.add_subcommand(
      "train-segmenter",
      "Train the sentence splitter's averaged perceptron on a CoNLL-U treebank (the shipped model: UD English "
      "EWT train) and write the model file");
  cmd->add_option("--train", args->train, "Training CoNLL-U file (never a test split)")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--dev", args->dev, "Development CoNLL-U file: sentence scores are printed after each epoch")
      ->check(CLI::ExistingFile);
  cmd->add_option("--out", args->out, "Where to write the model (e.g. models/segment/sentences.bin)")->required();
  cmd->add_option("--epochs", args->epochs, "Passes over the training data")
      ->capture_default_str()
      ->check(CLI::Range(1, 100));
  cmd->add_option("--bits", args->bits, "The weight table has 2^bits entries")
      ->capture_default_str()
      ->check(CLI::Range(10, 24));
  cmd->add_option("--data-dir", args->data_dir, "Folder with the tokenizer's lists (default: data/segment)");
  cmd->callback([args, &status] { run(*args, status); });
}

}  // namespace dunlin::cli
