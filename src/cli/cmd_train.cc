// `dunlin train tagger|parser|ner|clusters`: trains one NLP model from a treebank / IOB2 file and writes a model
// file (clusters: a word-cluster table from unlabelled text, for `train ner --clusters`).
#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <optional>
#include <stdexcept>

#include "commands.h"
#include "dunlin/conllu/conllu.h"
#include "dunlin/nlp/lemmatizer.h"
#include "dunlin/nlp/ner.h"
#include "dunlin/nlp/parser.h"
#include "dunlin/nlp/parser_network.h"
#include "dunlin/nlp/tagger.h"
#include "dunlin/nlp/word_clusters.h"

namespace dunlin::cli {
namespace {

struct TrainArgs {
  std::string train, dev, output, tagger;
  std::vector<std::string> extra;
  // NER name lists and clusters.
  nlp::NerGazetteerSources gazetteer;
  std::string clusters;
  bool ner_greedy = false, ner_no_history = false, ner_no_sentence_case = false, ner_demonyms_as_o = false;
  bool ner_two_pass = false, ner_org_keywords = false, ner_acronyms = false;
  int ner_bag = 1;
  std::string ner_vectors;           // word vectors for the binarized vector features
  size_t ner_vector_words = 200000;  // the vector file's first words kept
  bool ner_vector_context = false;
  std::vector<std::string> ner_lowercase;  // files appended once more, all lowercased
  int ner_stack_folds = 4;
  int epochs = 0;
  int jackknife = 0;
  int tagger_epochs = 6;
  int tagger_passes = 1;
  uint32_t feature_set = nlp::Parser::kLatestFeatureSet;
  std::string write_tagged;
  std::vector<int> save_epochs;
  bool train_tags_as_given = false;
  float prune = -1;
  uint32_t seed = 1;
  int beam = 1;
  std::string direction = "ltr";
};

struct NetworkArgs {
  std::string train, dev, output, embeddings;
  size_t embedding_words = 200000;
  nlp::NetworkOptions options;
};

struct CombineArgs {
  std::vector<std::string> members;  // the perceptron parser file, then the network file
  float weight = 1;
  int candidates = 0;
  float margin = 0;
  std::string output;
};

struct EnsembleArgs {
  std::vector<std::string> members;
  std::vector<float> weights;
  nlp::Parser::Vote vote;
  std::string output;
};

nlp::TrainOptions options_of(const TrainArgs& a, int default_epochs) {
  nlp::TrainOptions o;
  o.epochs = a.epochs > 0 ? a.epochs : default_epochs;
  o.seed = a.seed;
  o.beam = a.beam;
  o.tagger_passes = a.tagger_passes;
  o.right_to_left = a.direction == "rtl";
  o.log = [](const std::string& line) { std::cerr << line << std::endl; };
  return o;
}

void add_common(CLI::App* c, TrainArgs& a) {
  c->add_option("--train", a.train, "training data")->required()->check(CLI::ExistingFile);
  c->add_option("--dev", a.dev, "development data (progress reports only)")->check(CLI::ExistingFile);
  c->add_option("-o,--output", a.output, "model file to write")->required();
  c->add_option("--epochs", a.epochs, "training epochs (default: per model)");
  c->add_option("--seed", a.seed, "random seed (training is deterministic given the seed)");
  c->add_option("--prune", a.prune, "drop averaged weights below this magnitude (default: per model)");
}

// An IOB2 training file and the extra files appended to it.
std::vector<nlp::NerSentence> read_ner_files(const std::string& train, const std::vector<std::string>& extra,
                                             const char* command) {
  auto sentences = nlp::read_iob2_file(train);
  for (const std::string& file : extra) {
    auto more = nlp::read_iob2_file(file);
    std::cerr << command << ": " << more.size() << " sentences from " << file << '\n';
    sentences.insert(sentences.end(), more.begin(), more.end());
  }
  return sentences;
}

struct ClusterArgs {
  std::vector<std::string> conllu, iob2;
  std::string embeddings, output;
  nlp::ClusterOptions options;
  nlp::EmbeddingClusterOptions embedding_options;
  size_t max_words = 200000;
  uint64_t seed = 1;
};

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

void add_train_command(CLI::App& app, int& status) {
  CLI::App* train = app.add_subcommand("train", "Train dunlin's NLP models (tagger+lemmatizer, parser, NER)");
  train->require_subcommand(1);
  auto args = std::make_shared<TrainArgs>();

  CLI::App* tagger = train->add_subcommand("tagger", "POS tagger and lemmatizer from a CoNLL-U treebank");
  add_common(tagger, *args);
  tagger->add_option("--clusters", args->clusters, "word-cluster table from `dunlin train clusters` (baked into the model)")
      ->check(CLI::ExistingFile);
  tagger->add_option("--passes", args->tagger_passes,
                     "1 (default) or 2: a second pass that also sees the first pass's tags of the words to the right");
  tagger->callback([args, &status] {
    const auto t0 = std::chrono::steady_clock::now();
    const auto train_set = read_conllu_file(args->train);
    std::vector<ConlluSentence> dev_set;
    if (!args->dev.empty()) dev_set = read_conllu_file(args->dev);
    auto opts = options_of(*args, 12);
    nlp::WordClusters clusters;
    if (!args->clusters.empty()) {
      clusters = nlp::WordClusters::read_tsv(args->clusters);
      opts.clusters = &clusters;
    }
    nlp::Tagger t = nlp::Tagger::train(train_set, args->dev.empty() ? nullptr : &dev_set, opts);
    t.prune(args->prune >= 0 ? args->prune : 0.5f);
    const nlp::Lemmatizer l = nlp::Lemmatizer::train(train_set, *t.xpos_names(), opts.log);
    nlp::ModelFileWriter out;
    t.save(out);
    l.save(out);
    out.write(args->output);
    std::cerr << "train tagger: wrote " << args->output << " in " << seconds_since(t0) << " s\n";
    status = 0;
  });

  CLI::App* parser = train->add_subcommand("parser", "dependency parser from a CoNLL-U treebank");
  add_common(parser, *args);
  parser->add_option("--tagger", args->tagger,
                     "tagger model: train on tags predicted by it (jackknifed when --jackknife K > 1)");
  parser->add_option("--jackknife", args->jackknife,
                     "K: retrain the tagger on K-1/K of the training data to tag each held-out K-th (default 0: "
                     "use the --tagger model as is, which has seen the training data)");
  parser->add_option("--tagger-epochs", args->tagger_epochs, "epochs of the jackknife taggers (default 6)");
  parser->add_option("--tagger-passes", args->tagger_passes, "passes of the jackknife taggers (1 or 2, default 1)");
  parser->add_option("--beam", args->beam,
                     "beam width (default 1: greedy, dynamic oracle; > 1: beam search trained with max-violation "
                     "updates, stored in the model as its decoding width)");
  parser->add_option("--direction", args->direction,
                     "ltr (default) or rtl: read the sentence right to left (for an ensemble, see `train "
                     "parser-ensemble`)")
      ->check(CLI::IsMember({"ltr", "rtl"}));
  parser->add_option("--feature-set", args->feature_set,
                     "parser feature set (1 to 4; default 3; 4 = set 2 + word clusters, needs --clusters)");
  parser->add_option("--clusters", args->clusters,
                     "word-cluster table from `dunlin train clusters` for --feature-set 4 (baked into the model)")
      ->check(CLI::ExistingFile);
  parser->add_option("--write-tagged", args->write_tagged,
                     "also write the training set with its (jackknifed) predicted tags to this CoNLL-U file");
  parser->add_option("--save-epochs", args->save_epochs,
                     "also write the (pruned) model after these epochs, to OUTPUT.eN (one training run gives the models "
                     "of several epoch counts)");
  parser->add_flag("--train-tags-as-given", args->train_tags_as_given,
                   "train on the training file's UPOS/XPOS as they are (e.g. a --write-tagged file); --tagger then "
                   "tags only the dev set");
  parser->callback([args, &status] {
    const auto t0 = std::chrono::steady_clock::now();
    auto train_set = read_conllu_file(args->train);
    std::vector<ConlluSentence> dev_set;
    if (!args->dev.empty()) dev_set = read_conllu_file(args->dev);
    auto opts = options_of(*args, 15);
    nlp::WordClusters clusters;
    if (!args->clusters.empty()) {
      if (args->feature_set != nlp::Parser::kClusterFeatureSet)
        throw std::runtime_error("train parser: --clusters needs --feature-set 4");
      clusters = nlp::WordClusters::read_tsv(args->clusters);
      opts.clusters = &clusters;
      std::cerr << "train parser: " << clusters.size() << " clustered words, " << clusters.levels() << " levels\n";
    } else if (args->feature_set == nlp::Parser::kClusterFeatureSet) {
      throw std::runtime_error("train parser: --feature-set 4 needs --clusters TABLE");
    }
    if (!args->tagger.empty()) {
      const nlp::Tagger t = nlp::Tagger::load(nlp::ModelFile::read(args->tagger));
      if (args->train_tags_as_given) {
        // The training file's tags are used as they are.
      } else if (args->jackknife > 1) {
        nlp::TrainOptions jo = opts;
        jo.epochs = args->tagger_epochs;
        jo.clusters = nullptr;  // the parser's --clusters are not the tagger's
        // The fold taggers use the --tagger model's word clusters, if it has any, so that the parser trains on
        // tags like those that model gives at run time.
        if (t.clusters().size() > 0) {
          jo.clusters = &t.clusters();
          std::cerr << "train parser: jackknife taggers with the tagger's " << t.clusters().size()
                    << " clustered words\n";
        }
        nlp::jackknife_tags(train_set, args->jackknife, jo, opts.log);
      } else {
        nlp::retag(train_set, t);
      }
      nlp::retag(dev_set, t);
    }
    if (!args->write_tagged.empty()) {
      std::ofstream out(args->write_tagged);
      for (const auto& s : train_set) write_conllu(out, s);
      if (!out) throw std::runtime_error("cannot write " + args->write_tagged);
    }
    const float prune = args->prune >= 0 ? args->prune : 1.5f;
    auto snapshot = [&](int epoch, const nlp::Parser& model) {
      if (std::find(args->save_epochs.begin(), args->save_epochs.end(), epoch) == args->save_epochs.end()) return;
      nlp::Parser q = model;
      q.prune(prune);
      nlp::ModelFileWriter o;
      q.save(o);
      o.write(args->output + ".e" + std::to_string(epoch));
    };
    nlp::Parser p =
        nlp::Parser::train(train_set, args->dev.empty() ? nullptr : &dev_set, opts, args->feature_set, snapshot);
    p.prune(prune);
    nlp::ModelFileWriter out;
    p.save(out);
    out.write(args->output);
    std::cerr << "train parser: wrote " << args->output << " in " << seconds_since(t0) << " s\n";
    status = 0;
  });

  auto nargs = std::make_shared<NetworkArgs>();
  CLI::App* net = train->add_subcommand(
      "parser-network",
      "feed-forward neural network dependency parser (Chen & Manning 2014) from a CoNLL-U treebank, "
      "on the tags as given (e.g. a `train parser --write-tagged` file)");
  net->add_option("--train", nargs->train, "training data (tags as given)")->required()->check(CLI::ExistingFile);
  net->add_option("--dev", nargs->dev,
                  "development data (tags as given): parsed after every epoch; the best epoch is kept")
      ->check(CLI::ExistingFile);
  net->add_option("-o,--output", nargs->output, "model file to write")->required();
  net->add_option("--embeddings", nargs->embeddings, "pretrained word vectors, text (GloVe format)")
      ->check(CLI::ExistingFile);
  net->add_option("--embedding-words", nargs->embedding_words, "the vector file's first lines read (default 200000)");
  net->add_option("--pretrained-words", nargs->options.pretrained_words,
                  "pretrained words kept beyond the treebank's (default 30000)");
  net->add_option("--hidden", nargs->options.hidden, "hidden units (default 256)");
  net->add_option("--epochs", nargs->options.epochs, "epochs (default 12)");
  net->add_option("--learning-rate", nargs->options.learning_rate, "AdaGrad learning rate (default 0.02)");
  net->add_option("--dropout", nargs->options.dropout, "dropout of the hidden layer (default 0.3)");
  net->add_option("--batch", nargs->options.batch, "transitions per update (default 64)");
  net->add_option("--seed", nargs->options.seed, "random seed (training is deterministic given the seed)");
  net->callback([nargs, &status] {
    const auto t0 = std::chrono::steady_clock::now();
    const auto train_set = read_conllu_file(nargs->train);
    std::vector<ConlluSentence> dev_set;
    if (!nargs->dev.empty()) dev_set = read_conllu_file(nargs->dev);
    std::optional<nlp::WordVectors> vectors;
    if (!nargs->embeddings.empty()) vectors = nlp::WordVectors::read_text(nargs->embeddings, nargs->embedding_words);
    nargs->options.log = [t0](const std::string& line) {
      std::cerr << line << " (" << static_cast<int>(seconds_since(t0)) << " s)" << std::endl;
    };
    const nlp::ParserNetwork p = nlp::ParserNetwork::train(train_set, nargs->dev.empty() ? nullptr : &dev_set,
                                                           vectors ? &*vectors : nullptr, nargs->options);
    nlp::ModelFileWriter out;
    p.save(out);
    out.write(nargs->output);
    std::cerr << "train parser-network: wrote " << nargs->output << " in " << seconds_since(t0) << " s\n";
    status = 0;
  });

  auto combine_args = std::make_shared<CombineArgs>();
  CLI::App* combine = train->add_subcommand(
      "parser-combine",
      "one parser file whose transition scores are a perceptron parser's plus a weight times a parser "
      "network's (`train parser-network`)");
  combine->add_option("members", combine_args->members, "the perceptron parser file, then the network file")
      ->required()
      ->expected(2)
      ->check(CLI::ExistingFile);
  combine->add_option("--weight", combine_args->weight, "the network's weight (default 1)");
  combine
      ->add_option("--candidates", combine_args->candidates,
                   "the network rescores the perceptron's that many best transitions at each step (default 0: "
                   "all)")
      ->check(CLI::NonNegativeNumber);
  combine
      ->add_option("--margin", combine_args->margin,
                   "the network is not asked when the perceptron's best transition leads the next by this much "
                   "(perceptron score units; default 0: always asked)")
      ->check(CLI::NonNegativeNumber);
  combine->add_option("-o,--output", combine_args->output, "model file to write")->required();
  combine->callback([combine_args, &status] {
    const nlp::Parser perceptron = nlp::Parser::load(nlp::ModelFile::read(combine_args->members[0]));
    const nlp::ParserNetwork network = nlp::ParserNetwork::load(nlp::ModelFile::read(combine_args->members[1]));
    const nlp::Parser p = nlp::Parser::with_network(perceptron, network, combine_args->weight, combine_args->candidates,
                                                    combine_args->margin);
    nlp::ModelFileWriter out;
    p.save(out);
    out.write(combine_args->output);
    std::cerr << "train parser-combine: wrote " << combine_args->output << "\n";
    status = 0;
  });

  auto eargs = std::make_shared<EnsembleArgs>();
  CLI::App* ens = train->add_subcommand(
      "parser-ensemble", "one parser file combining trained greedy parsers by reparsing (maximum spanning tree over "
                         "their margin-weighted arcs); the first is the one older builds read");
  ens->add_option("members", eargs->members, "parser model files (2 to 8; e.g. a left-to-right and a right-to-left one)")
      ->required()
      ->check(CLI::ExistingFile);
  ens->add_option("-o,--output", eargs->output, "model file to write")->required();
  ens->add_option("--weights", eargs->weights, "one vote weight per member (default 1 each)");
  ens->add_option("--vote-base", eargs->vote.base, "an arc's vote: base + min(margin, cap) (default 1)");
  ens->add_option("--vote-cap", eargs->vote.cap, "an arc's vote: base + min(margin, cap) (default 0: votes only)");
  ens->add_option("--vote-forced", eargs->vote.forced,
                  "the margin counted for an arc no other transition could replace (default 0)");
  ens->callback([eargs, &status] {
    std::vector<nlp::Parser> members;
    for (const std::string& f : eargs->members) members.push_back(nlp::Parser::load(nlp::ModelFile::read(f)));
    nlp::Parser p = nlp::Parser::ensemble(members, eargs->weights);
    p.set_vote_parameters(eargs->vote);
    nlp::ModelFileWriter out;
    p.save(out);
    out.write(eargs->output);
    std::cerr << "train parser-ensemble: wrote " << eargs->output << " (" << members.size() << " parsers)\n";
    status = 0;
  });

  CLI::App* ner = train->add_subcommand("ner", "named entity recognizer from IOB2 files (UNER format)");
  add_common(ner, *args);
  ner->add_option("--extra", args->extra, "more training files (IOB2 or two-column word/tag), appended")
      ->check(CLI::ExistingFile);
  ner->add_option("--tagger", args->tagger, "tagger model: add UPOS features (the pipeline then needs this tagger)");
  ner->add_option("--iso-codes", args->gazetteer.iso_codes_dir, "Debian iso-codes JSON folder (ISO 3166 names)");
  ner->add_option("--wordnet", args->gazetteer.wordnet_dir, "WordNet 3.0 folder with data.noun (proper names)")
      ->check(CLI::ExistingDirectory);
  ner->add_option("--actors", args->gazetteer.actors_dir, "dunlin's data/actors folder (people, organizations, countries)")
      ->check(CLI::ExistingDirectory);
  ner->add_option("--cities", args->gazetteer.cities_tsv, "GeoNames cities TSV written by scripts/dump-cities.js")
      ->check(CLI::ExistingFile);
  ner->add_option("--min-city-population", args->gazetteer.min_city_population, "cities smaller than this are left out");
  ner->add_option("--first-names", args->gazetteer.first_name_files, "first-name lists (one a line, or a JSON array)")
      ->check(CLI::ExistingFile);
  ner->add_option("--org-names", args->gazetteer.org_name_files,
                  "organisation name lists (one a line; e.g. npm @cspell/dict-companies dict/companies.txt)")
      ->check(CLI::ExistingFile);
  ner->add_option("--clusters", args->clusters, "word-cluster table from `dunlin train clusters` (baked into the model)")
      ->check(CLI::ExistingFile);
  ner->add_flag("--greedy", args->ner_greedy, "greedy left-to-right decoding instead of the structured perceptron + Viterbi");
  ner->add_flag("--no-history", args->ner_no_history, "no document features (labels of the same word earlier in the document)");
  ner->add_flag("--demonyms-as-o", args->ner_demonyms_as_o,
                "take one-word demonym entities of the training data as O (UNER's convention; some extra sets tag them LOC)");
  ner->add_flag("--no-sentence-case", args->ner_no_sentence_case, "no sentence capitalization-pattern features");
  ner->add_option("--lowercase-copy", args->ner_lowercase,
                  "training files appended once more with every word lowercased (web text is often all lowercase)")
      ->check(CLI::ExistingFile);
  ner->add_flag("--two-pass", args->ner_two_pass,
                "a second pass over each document with the first pass's labels of the same words elsewhere in it (stacking)");
  ner->add_flag("--org-keywords", args->ner_org_keywords,
                "organisation keyword features (Inc, University, Ministry, Party... in the word's capitalized run)");
  ner->add_flag("--acronyms", args->ner_acronyms,
                "acronym features (an all-caps word spelling the initials of an earlier capitalized run)");
  ner->add_option("--bag", args->ner_bag,
                  "train the model this many times (seeds seed, seed+1, ...) and keep the mean of the weights (default 1)")
      ->check(CLI::Range(1, 16));
  ner->add_option("--vectors", args->ner_vectors,
                  "word vectors (`word v1 ... vd` a line, e.g. GloVe): binarized vector features (codes baked into the model)")
      ->check(CLI::ExistingFile);
  ner->add_option("--vector-words", args->ner_vector_words, "--vectors: the file's first words kept (default 200000)")
      ->check(CLI::Range(size_t{1}, size_t{10000000}));
  ner->add_flag("--vector-context", args->ner_vector_context, "--vectors: also the previous and next words' codes");
  ner->add_option("--stack-folds", args->ner_stack_folds, "--two-pass: jackknife folds for the first-pass training labels")
      ->check(CLI::Range(2, 20));
  ner->callback([args, &status] {
    const auto t0 = std::chrono::steady_clock::now();
    auto train_set = read_ner_files(args->train, args->extra, "train ner");
    for (const std::string& file : args->ner_lowercase) {
      auto more = nlp::read_iob2_file(file);
      for (auto& sentence : more)
        for (auto& w : sentence.words)
          for (char& c : w)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      std::cerr << "train ner: " << more.size() << " lowercased sentences from " << file << '\n';
      train_set.insert(train_set.end(), more.begin(), more.end());
    }
    std::vector<nlp::NerSentence> dev_set;
    if (!args->dev.empty()) dev_set = nlp::read_iob2_file(args->dev);
    const auto opts = options_of(*args, 12);
    std::optional<nlp::Tagger> tags;
    if (!args->tagger.empty()) tags = nlp::Tagger::load(nlp::ModelFile::read(args->tagger));
    nlp::NerResources resources;
    resources.gazetteer = args->gazetteer;
    resources.features = {!args->ner_greedy, !args->ner_no_history, !args->ner_no_sentence_case, args->ner_two_pass,
                           args->ner_org_keywords, args->ner_acronyms, !args->ner_vectors.empty(),
                           args->ner_vector_context};
    if (args->ner_vector_context && args->ner_vectors.empty())
      throw std::runtime_error("train ner: --vector-context needs --vectors FILE");
    if (!args->ner_vectors.empty()) {
      resources.vectors = nlp::WordVectorCodes::from_embeddings(args->ner_vectors, args->ner_vector_words);
      std::cerr << "train ner: vector codes of " << resources.vectors.size() << " words, " << resources.vectors.dims()
                << " dimensions\n";
    }
    resources.stack_folds = args->ner_stack_folds;
    resources.bag = args->ner_bag;
    resources.demonyms_as_o = args->ner_demonyms_as_o;
    if (!args->clusters.empty()) resources.clusters = nlp::WordClusters::read_tsv(args->clusters);
    nlp::Ner n = nlp::Ner::train(train_set, args->dev.empty() ? nullptr : &dev_set, opts, tags ? &*tags : nullptr,
                                 resources);
    n.prune(args->prune >= 0 ? args->prune : 0.5f);
    nlp::ModelFileWriter out;
    n.save(out);
    out.write(args->output);
    std::cerr << "train ner: wrote " << args->output << " in " << seconds_since(t0) << " s\n";
    status = 0;
  });

  auto cargs = std::make_shared<ClusterArgs>();
  CLI::App* clusters = train->add_subcommand(
      "clusters", "word clusters: exchange clustering of unlabelled text, or k-means of pre-trained word vectors");
  clusters->add_option("--conllu", cargs->conllu, "CoNLL-U files (their word forms; `dunlin segment --format conllu` "
                                                  "turns raw text into one)")->check(CLI::ExistingFile);
  clusters->add_option("--iob2", cargs->iob2, "IOB2 or two-column word/tag files (their words; tags are ignored)")
      ->check(CLI::ExistingFile);
  clusters->add_option("-o,--output", cargs->output, "cluster table to write (TSV: word, one id per size)")->required();
  clusters->add_option("--sizes", cargs->options.sizes, "number of clusters of each clustering")->delimiter(',');
  clusters->add_option("--min-count", cargs->options.min_count, "words seen fewer times are not clustered");
  CLI::Option* iterations =
      clusters->add_option("--iterations", cargs->options.iterations, "exchange passes (k-means: Lloyd passes, default 10)");
  auto* embeddings = clusters->add_option("--embeddings", cargs->embeddings,
                                          "word vectors, `word v1 ... vd` per line (GloVe text format; most frequent "
                                          "first): spherical k-means instead of exchange clustering")
                         ->check(CLI::ExistingFile);
  embeddings->excludes(clusters->get_option("--conllu"))->excludes(clusters->get_option("--iob2"))
      ->excludes(clusters->get_option("--min-count"));
  clusters->add_option("--max-words", cargs->max_words, "k-means: the file's first N words only")
      ->needs(embeddings)->check(CLI::PositiveNumber);
  clusters->add_option("--seed", cargs->seed, "k-means: seed of the k-means++ seeding")->needs(embeddings);
  clusters->callback([cargs, iterations, &status] {
    const auto t0 = std::chrono::steady_clock::now();
    if (!cargs->embeddings.empty()) {
      auto& o = cargs->embedding_options;
      o.sizes = cargs->options.sizes;
      o.max_words = cargs->max_words;
      o.seed = cargs->seed;
      if (iterations->count() > 0) o.iterations = cargs->options.iterations;
      o.log = [](const std::string& line) { std::cerr << line << std::endl; };
      const auto wc = nlp::WordClusters::from_embeddings(cargs->embeddings, o);
      wc.write_tsv(cargs->output);
      std::cerr << "train clusters: " << wc.size() << " words from " << cargs->embeddings << ", wrote "
                << cargs->output << " in " << seconds_since(t0) << " s\n";
      status = 0;
      return;
    }
    std::vector<std::vector<std::string>> text;
    for (const auto& f : cargs->conllu)
      for (const auto& s : read_conllu_file(f)) {
        text.emplace_back();
        for (const auto& w : s.words) text.back().push_back(w.form);
      }
    for (const auto& f : cargs->iob2)
      for (auto& s : nlp::read_iob2_file(f)) text.push_back(std::move(s.words));
    if (text.empty()) {
      std::cerr << "train clusters: no text (give --conllu or --iob2 files)\n";
      status = 2;
      return;
    }
    cargs->options.log = [](const std::string& line) { std::cerr << line << std::endl; };
    const auto wc = nlp::WordClusters::induce(text, cargs->options);
    wc.write_tsv(cargs->output);
    std::cerr << "train clusters: " << wc.size() << " words from " << text.size() << " sentences, wrote "
              << cargs->output << " in " << seconds_since(t0) << " s\n";
    status = 0;
  });
}

}  // namespace dunlin::cli
