// dunlin eval segment: scores tokens and sentences against a CoNLL-U treebank (CoNLL 2018 shared task method).
#include <cstdio>
#include <iostream>
#include <memory>
#include <set>
#include <string>

#include "commands.h"
#include "dunlin/conllu/conllu.h"
#include "dunlin/segment/evaluation.h"
#include "dunlin/segment/segmenter.h"
#include "segment_options.h"

namespace dunlin::cli {
namespace {

struct EvalArgs {
  std::string conllu;
  SegmentFlags flags;
  int show_errors = 0;
  int show_token_errors = 0;
  int limit = 0;
  std::string doc_prefix;
};

std::string one_line(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  return out;
}

// Prints sentence boundaries the system missed or invented, with some context, up to `max` of them.
void show_boundary_errors(const GoldDocument& g, const Document& d, int& left) {
  std::set<uint32_t> gold_ends, sys_ends;
  for (ByteSpan s : g.sentences) gold_ends.insert(s.end);
  for (ByteSpan s : sentence_spans(d)) sys_ends.insert(s.end);
  auto context = [&](uint32_t at) {
    const uint32_t b = at > 60 ? at - 60 : 0;
    const uint32_t e = std::min<uint32_t>(static_cast<uint32_t>(d.text.size()), at + 60);
    return one_line(std::string_view(d.text).substr(b, at - b)) + " || " +
           one_line(std::string_view(d.text).substr(at, e - at));
  };
  for (uint32_t e : gold_ends)
    if (!sys_ends.count(e) && left-- > 0) std::printf("missed  %s: %s\n", g.doc.id.c_str(), context(e).c_str());
  for (uint32_t e : sys_ends)
    if (!gold_ends.count(e) && left-- > 0) std::printf("invented %s: %s\n", g.doc.id.c_str(), context(e).c_str());
}

// Prints gold tokens the system did not produce, each with the system's tokens over the same text.
void show_token_errors(const GoldDocument& g, const Document& d, int& left) {
  const std::vector<ByteSpan> sys = surface_tokens(d);
  std::set<std::pair<uint32_t, uint32_t>> sys_set;
  for (ByteSpan s : sys) sys_set.insert({s.begin, s.end});
  for (ByteSpan t : g.tokens) {
    if (sys_set.count({t.begin, t.end}) || left <= 0) continue;
    --left;
    std::string got;
    for (ByteSpan s : sys)
      if (s.end > t.begin && s.begin < t.end) got += "[" + one_line(d.slice(s)) + "]";
    std::printf("token %s: gold [%s] system %s\n", g.doc.id.c_str(), one_line(d.slice(t)).c_str(), got.c_str());
  }
}

void run(const EvalArgs& args, int& status) {
  std::vector<GoldDocument> gold;
  std::unique_ptr<Segmenter> segmenter;
  try {
    gold = gold_documents(read_conllu_file(args.conllu));
    segmenter = std::make_unique<Segmenter>(args.flags.options());
  } catch (const std::exception& e) {
    std::cerr << "dunlin eval segment: error: " << e.what() << '\n';
    status = 2;
    return;
  }
  if (!args.doc_prefix.empty())
    std::erase_if(gold, [&](const GoldDocument& g) { return g.doc.id.rfind(args.doc_prefix, 0) != 0; });
  if (args.limit > 0 && gold.size() > static_cast<size_t>(args.limit)) gold.resize(static_cast<size_t>(args.limit));
  SegmentationScores total;
  int errors_left = args.show_errors, token_errors_left = args.show_token_errors;
  for (const GoldDocument& g : gold) {
    Document d;
    d.id = g.doc.id;
    d.text = g.doc.text;
    segmenter->annotate(d);
    total += score_segmentation(g, d);
    if (errors_left > 0) show_boundary_errors(g, d, errors_left);
    if (token_errors_left > 0) show_token_errors(g, d, token_errors_left);
  }
  std::printf("%-10s %8s %8s %8s %9s %7s %7s\n", "", "gold", "system", "correct", "precision", "recall", "f1");
  auto row = [](const char* name, const SpanCounts& c) {
    std::printf("%-10s %8zu %8zu %8zu %9.2f %7.2f %7.2f\n", name, c.gold, c.system, c.correct, c.precision(),
                c.recall(), c.f1());
  };
  row("tokens", total.tokens);
  row("sentences", total.sentences);
  std::printf("tokens_p=%.2f tokens_r=%.2f tokens_f1=%.2f sentences_p=%.2f sentences_r=%.2f sentences_f1=%.2f\n",
              total.tokens.precision(), total.tokens.recall(), total.tokens.f1(), total.sentences.precision(),
              total.sentences.recall(), total.sentences.f1());
}

}  // namespace

void add_eval_segment_command(CLI::App& eval, int& status) {
  auto args = std::make_shared<EvalArgs>();
  CLI::App* cmd = eval.add_subcommand(
      "segment",
      "Rebuild the raw text of a CoNLL-U treebank (documents at # newdoc, paragraphs at # newpar separated by a "
      "blank line), segment it, and score surface tokens and sentences as the CoNLL 2018 shared task script does "
      "(character spans ignoring white space; F1 of exact matches). Ends with one key=value summary line.");
  cmd->add_option("--conllu", args->conllu, "The gold CoNLL-U file")->required()->check(CLI::ExistingFile);
  cmd->add_option("--show-errors", args->show_errors,
                  "Also print up to N sentence boundaries that were missed or invented, with context")
      ->capture_default_str();
  cmd->add_option("--show-token-errors", args->show_token_errors,
                  "Also print up to N gold tokens the system did not produce, with what it produced instead")
      ->capture_default_str();
  cmd->add_option("--limit", args->limit, "Score only the first N documents (0: all)")->capture_default_str();
  cmd->add_option("--doc-prefix", args->doc_prefix,
                  "Score only the documents whose id (# newdoc id) starts with this, e.g. GUM_news_");
  args->flags.add_to(*cmd);
  cmd->callback([args, &status] { run(*args, status); });
}

}  // namespace dunlin::cli
