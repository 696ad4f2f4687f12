// `dunlin read FILE...`: reads news files (text, HTML, JSON Lines, WARC; directories; "-" for standard input) and
// prints one JSON object per document with its metadata and text length. Problems go to standard error; the exit
// status is 1 when any document failed.
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "input_options.h"
#include "dunlin/read/reader.h"
#include "dunlin/text/utf8.h"

namespace dunlin::cli {

void add_read_command(CLI::App& app, int& status) {
  struct Options {
    std::vector<std::string> inputs;
    InputFlags input;
    bool with_text = false;
  };
  auto opts = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("read", "Read news files and print each document's metadata as JSON Lines");
  cmd->add_option("inputs", opts->inputs, "Files, directories, or - for standard input")->required();
  opts->input.add_to(*cmd);
  cmd->add_flag("--text", opts->with_text, "Include the document text in the output");
  cmd->callback([opts, &status] {
    const ReadOptions options = opts->input.options();
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
