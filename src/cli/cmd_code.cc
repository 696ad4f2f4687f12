// `dunlin code FILE...`: the main job. Reads news, runs the whole pipeline and prints one record per event and one
// per quote or reported statement (JSON Lines, or a tab-separated table for reading; --only picks one kind).
// Problems go to standard error; the exit status is 1 when any
// document failed, 2 when the models or dictionaries cannot be loaded.
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "commands.h"
#include "dunlin/conllu/conllu.h"
#include "dunlin/nlp/pipeline.h"
#include "dunlin/output/event_records.h"
#include "dunlin/pipeline.h"
#include "dunlin/serve/pages.h"
#include "input_options.h"
#include "pipeline_options.h"

namespace dunlin::cli {
namespace {

struct CodeArgs {
  std::vector<std::string> inputs;
  std::string format = "jsonl";
  PipelineFlags pipeline;
  bool include_negated = false;
  bool include_hypothetical = false;
  std::string only;  // "", "events" or "quotes"
  InputFlags input;
};

// The parse with what the coder made of it, in the MISC column: Actor=RUSGOV|Entity=3 on an actor's head,
// Event=040>1 (code > target token id) on an event's verb. For reading why an event was (not) coded.
void write_explained_conllu(const Document& doc) {
  std::vector<ConlluSentence> sentences = nlp::conllu_from_document(doc);
  if (!sentences.empty()) sentences[0].comments.insert(sentences[0].comments.begin(), "newdoc id = " + doc.id);
  auto add = [&](uint32_t token, const std::string& item) {
    for (size_t s = 0; s < doc.sentences.size(); ++s) {
      const uint32_t first = doc.sentences.first_token[s];
      if (token < first || token >= doc.sentences.end_token[s]) continue;
      std::string& misc = sentences[s].words[token - first].misc;
      misc = misc == "_" || misc.empty() ? item : misc + "|" + item;
    }
  };
  for (const Actor& a : doc.actors.actors)
    add(a.head, "Actor=" + (a.code.empty() ? std::string("?") : a.code) + "|Entity=" + std::to_string(a.entity));
  for (const Event& e : doc.events.events) {
    std::string item = "Event=" + e.cameo;
    if (e.target >= 0) item += ">" + std::string(doc.token_text(doc.actors.actors[e.target].head));
    if (e.negated) item += "!negated";
    add(e.predicate, item);
  }
  for (const ConlluSentence& s : sentences) write_conllu(std::cout, s);
}

bool wanted(const Event& e, const CodeArgs& args) {
  if (e.negated && !args.include_negated) return false;
  if (e.modality == Modality::hypothetical && !args.include_hypothetical) return false;
  return true;
}

void run(const CodeArgs& args, int& status) {
  std::unique_ptr<Pipeline> pipeline;
  ReadOptions read_options;
  try {
    read_options = args.input.options();
    pipeline = args.pipeline.load_pipeline();
    if (!pipeline->has_places()) std::cerr << "dunlin code: note: " << pipeline->places_note() << '\n';
  } catch (const std::exception& e) {
    std::cerr << "dunlin code: error: " << e.what() << '\n';
    status = 2;
    return;
  }
  const EventRecordWriter writer(pipeline->cameo_codes());
  const bool print_events = args.only != "quotes", print_quotes = args.only != "events";
  // A TSV table has one kind of row: events, unless --only quotes.
  if (args.format == "tsv")
    std::cout << (print_events ? EventRecordWriter::tsv_header() : EventRecordWriter::quote_tsv_header()) << '\n';
  const bool html = args.format == "html";
  if (html) std::cout << serve::page_head("Coded news", "", /*nav=*/false);
  bool failed = false;
  size_t events = 0, quotes = 0, annotate_failures = 0;
  const ReadStats stats = read_inputs(
      args.inputs, read_options,
      [&](Document&& doc) {
        args.pipeline.fill_date(doc);
        try {
          pipeline->annotate(doc);
        } catch (const std::exception& e) {
          std::cerr << doc.source << ": error: " << e.what() << '\n';
          failed = true;
          ++annotate_failures;
          return;
        }
        if (args.format == "conllu") {
          write_explained_conllu(doc);
          return;
        }
        const CodepointIndex cp(doc.text);
        if (html) {
          std::vector<nlohmann::json> event_records, quote_records;
          for (size_t q = 0; print_quotes && q < doc.attributions.size(); ++q)
            quote_records.push_back(EventRecordWriter::quote_json(doc, cp, q));
          for (const Event& e : doc.events.events)
            if (print_events && wanted(e, args)) event_records.push_back(writer.json(doc, cp, e));
          events += event_records.size();
          quotes += quote_records.size();
          std::cout << serve::document_report(doc.title.empty() ? doc.source : doc.title, doc.date, doc.url,
                                              event_records, quote_records);
          return;
        }
        if (print_quotes && (args.format == "jsonl" || !print_events)) {
          for (size_t q = 0; q < doc.attributions.size(); ++q) {
            ++quotes;
            if (args.format == "tsv")
              std::cout << EventRecordWriter::quote_tsv(doc, q) << '\n';
            else
              std::cout << EventRecordWriter::quote_json(doc, cp, q).dump(-1, ' ', false,
                                                                          nlohmann::json::error_handler_t::replace)
                        << '\n';
          }
        }
        if (!print_events) return;
        for (const Event& e : doc.events.events) {
          if (!wanted(e, args)) continue;
          ++events;
          if (args.format == "tsv")
            std::cout << writer.tsv(doc, e) << '\n';
          else
            std::cout << writer.json(doc, cp, e).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                      << '\n';
        }
      },
      [&](const Problem& p) {
        if (p.severity == Problem::Severity::error) failed = true;
        std::cerr << p.to_string() << '\n';
      });
  if (html) std::cout << serve::page_tail();
  std::cout.flush();
  std::cerr << "dunlin code: " << stats.documents << " document" << (stats.documents == 1 ? "" : "s") << ", "
            << events << " event" << (events == 1 ? "" : "s") << ", " << quotes << " quote" << (quotes == 1 ? "" : "s")
            << ", " << stats.failed_documents + annotate_failures << " failed\n";
  if (failed || stats.failed_documents > 0) status = 1;
}

}  // namespace

void add_code_command(CLI::App& app, int& status) {
  auto args = std::make_shared<CodeArgs>();
  CLI::App* cmd = app.add_subcommand(
      "code",
      "Code political events in news: who did what to whom (CAMEO with Goldstein score and quad class, PLOVER), "
      "when, with the sentence and spans that support each record. Offsets are code points into the text.");
  cmd->add_option("inputs", args->inputs, "Files or folders to read; '-' reads standard input")->required();
  cmd->add_option("--format", args->format,
                  "Output: 'jsonl' (one JSON object per event, schema in docs/output.md), 'tsv' (a table to read), "
                  "'html' (a stand-alone page: each event's evidence highlighted, and the quotes), or 'conllu' (the parse, "
                  "with actor codes and events in the MISC column: to see why a sentence was or was not coded)")
      ->check(CLI::IsMember({"jsonl", "tsv", "html", "conllu"}))
      ->capture_default_str();
  args->pipeline.add_to(*cmd);
  cmd->add_flag("--include-negated", args->include_negated,
                "Also print negated and denied events (marked \"negated\": true); they never happened as stated");
  cmd->add_flag("--include-hypothetical", args->include_hypothetical,
                "Also print hypothetical events (would, could, if, questions; marked \"modality\")");
  cmd->add_option("--only", args->only,
                  "Print only 'events' or only 'quotes' (attributions: who said what, with stance); default both "
                  "(with --format tsv: events, unless --only quotes)")
      ->check(CLI::IsMember({"events", "quotes"}));
  args->input.add_to(*cmd);
  cmd->callback([args, &status] { run(*args, status); });
}

}  // namespace dunlin::cli
