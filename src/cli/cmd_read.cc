// `dunlin read FILE...`: reads news files (text, HTML, JSON Lines, WARC; directories; "-" for standard input) and
// prints one JSON object per document with its metadata and text length. Problems go to standard error; the exit
// status is 1 when any document failed.
#include <iostream>
#include <memory>
#include <tuple>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "dunlin/read/reader.h"
#include "dunlin/text/utf8.h"

namespace dunlin::cli {

void add_read_command(CLI::App& app, int& status) {
  struct Options {
    std::vector<std::string> inputs;
    std::string format = "auto";
    JsonlFieldNames fields;
    size_t max_bytes = size_t{64} << 20;
    bool with_text = false;
  };
  auto opts = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("read", "Read news files and print each document's metadata as JSON Lines");
  cmd->add_option("inputs", opts->inputs, "Files, directories, or - for standard input")->required();
  cmd->add_option("--input-format", opts->format, "auto, text, html, jsonl or warc (auto: from the file name)")
      ->capture_default_str();
  for (auto [flag, field, what] : {std::tuple{"--jsonl-id-field", &opts->fields.id, "document id"},
                                   {"--jsonl-text-field", &opts->fields.text, "text"},
                                   {"--jsonl-title-field", &opts->fields.title, "title"},
                                   {"--jsonl-date-field", &opts->fields.date, "date"},
                                   {"--jsonl-url-field", &opts->fields.url, "URL"},
                                   {"--jsonl-outlet-field", &opts->fields.outlet, "outlet"}})
    cmd->add_option(flag, *field, std::string("JSON Lines: the field holding the ") + what)->capture_default_str();
  cmd->add_option("--max-document-bytes", opts->max_bytes, "Skip (and report) documents larger than this")
      ->capture_default_str();
  cmd->add_flag("--text", opts->with_text, "Include the document text in the output");
  cmd->callback([opts, &status] {
    ReadOptions options;
    options.format = parse_input_format(opts->format);
    options.jsonl_fields = opts->fields;
    options.max_document_bytes = opts->max_bytes;
    std::ios::sync_with_stdio(false);
    const ReadStats stats = read_inputs(
        opts->inputs, options,
        [&](Document&& doc) {
          nlohmann::json j = {{"id", doc.id},         {"source", doc.source}, {"title", doc.title},
                              {"date", doc.date},     {"outlet", doc.outlet}, {"url", doc.url},
                              {"chars", CodepointIndex(doc.text)(static_cast<uint32_t>(doc.text.size()))},
                              {"bytes", doc.text.size()}};
          if (opts->with_text) j["text"] = doc.text;
          std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        },
        [](const Problem& p) { std::cerr << "dunlin: " << p.to_string() << '\n'; });
    std::cout.flush();
    std::cerr << "dunlin read: " << stats.files << " file" << (stats.files == 1 ? "" : "s") << ", " << stats.documents
              << " document" << (stats.documents == 1 ? "" : "s") << ", " << stats.failed_documents << " failed, "
              << stats.warnings << " warning" << (stats.warnings == 1 ? "" : "s") << '\n';
    status = stats.failed_documents > 0 ? 1 : 0;
  });
}

}  // namespace dunlin::cli
