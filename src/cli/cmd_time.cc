// dunlin time: reads documents and prints, per document, its story date and its temporal expressions with
// normalized values, one JSON object per line; offsets are code points into the document text.
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "dunlin/read/reader.h"
#include "dunlin/text/utf8.h"
#include "dunlin/time/temporal.h"

namespace dunlin::cli {

void add_time_command(CLI::App& app, int& status) {
  struct Options {
    std::vector<std::string> inputs;
    std::string format = "auto";
  };
  auto o = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("time", "Find and normalize the dates in news documents (JSON Lines out)");
  cmd->add_option("inputs", o->inputs, "Files, directories, or - for standard input")->required();
  cmd->add_option("--format", o->format, "auto, text, html, jsonl, warc")->capture_default_str();
  cmd->callback([o, &status] {
    ReadOptions options;
    try {
      options.format = parse_input_format(o->format);
    } catch (const std::exception& e) {
      std::cerr << "dunlin time: error: " << e.what() << '\n';
      status = 2;
      return;
    }
    const time::TemporalTagger tagger;
    const ReadStats stats = read_inputs(
        o->inputs, options,
        [&](Document&& doc) {
          tagger.annotate(doc);
          const CodepointIndex cp(doc.text);
          nlohmann::json j;
          j["id"] = doc.id;
          j["source"] = doc.source;
          const TimeExpressionLayer& t = doc.times;
          j["story_date"] = t.story_date_source == StoryDateSource::undated ? nlohmann::json(nullptr)
                                                                            : nlohmann::json(time::format_day(t.story_day));
          j["story_date_source"] = t.story_date_source == StoryDateSource::metadata ? "metadata"
                                   : t.story_date_source == StoryDateSource::dateline ? "dateline"
                                                                                      : "undated";
          j["times"] = nlohmann::json::array();
          for (size_t i = 0; i < t.size(); ++i) {
            const time::TimeValue v{t.first_day[i], t.last_day[i], t.precision[i], t.resolved[i] != 0};
            j["times"].push_back({{"begin", cp(t.span[i].begin)},
                                  {"end", cp(t.span[i].end)},
                                  {"text", doc.slice(t.span[i])},
                                  {"value", time::to_string(v)},
                                  {"precision", time::to_string(t.precision[i])},
                                  {"kind", time::to_string(t.kind[i])}});
          }
          std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        },
        [&](const Problem& p) { std::cerr << p.to_string() << '\n'; });
    status = stats.failed_documents ? 1 : 0;
  });
}

}  // namespace dunlin::cli
