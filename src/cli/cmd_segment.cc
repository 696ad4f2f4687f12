// dunlin segment: reads documents and prints their paragraphs, sentences and tokens.
#include <cstdio>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "commands.h"
#include "dunlin/conllu/conllu.h"
#include "dunlin/read/reader.h"
#include "dunlin/segment/segmenter.h"
#include "dunlin/text/utf8.h"
#include "input_options.h"
#include "segment_options.h"

namespace dunlin::cli {
namespace {

struct SegmentArgs {
  std::vector<std::string> inputs;
  std::string format = "jsonl";
  InputFlags input;
  SegmentFlags flags;
};

void write_jsonl(const Document& doc, std::string& out) {
  const CodepointIndex cp(doc.text);
  nlohmann::ordered_json j;
  j["id"] = doc.id;
  nlohmann::ordered_json meta = nlohmann::ordered_json::object();
  if (!doc.title.empty()) meta["title"] = doc.title;
  if (!doc.date.empty()) meta["date"] = doc.date;
  if (!doc.url.empty()) meta["url"] = doc.url;
  if (!doc.outlet.empty()) meta["outlet"] = doc.outlet;
  meta["language"] = doc.language;
  meta["source"] = doc.source;
  j["metadata"] = std::move(meta);
  nlohmann::ordered_json sentences = nlohmann::ordered_json::array();
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const ByteSpan span = doc.sentence_span(s);
    nlohmann::ordered_json sj;
    sj["text"] = std::string(doc.slice(span));
    sj["start"] = cp(span.begin);
    sj["end"] = cp(span.end);
    sj["paragraph"] = doc.sentences.paragraph[s];
    nlohmann::ordered_json tokens = nlohmann::ordered_json::array();
    for (uint32_t t = doc.sentences.first_token[s]; t < doc.sentences.end_token[s]; ++t) {
      nlohmann::ordered_json tj;
      tj["text"] = std::string(doc.token_text(t));
      tj["start"] = cp(doc.tokens.begin[t]);
      tj["end"] = cp(doc.tokens.end[t]);
      if (doc.tokens.fused_with_next[t]) tj["fused"] = true;
      tokens.push_back(std::move(tj));
    }
    sj["tokens"] = std::move(tokens);
    sentences.push_back(std::move(sj));
  }
  j["sentences"] = std::move(sentences);
  out += j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  out += '\n';
}

void write_conllu_doc(const Document& doc, std::ostream& out) {
  uint32_t last_paragraph = UINT32_MAX;
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    ConlluSentence c;
    if (s == 0) c.comments.push_back("newdoc id = " + doc.id);
    if (doc.sentences.paragraph[s] != last_paragraph) c.comments.push_back("newpar");
    last_paragraph = doc.sentences.paragraph[s];
    c.comments.push_back("sent_id = " + doc.id + "-" + std::to_string(s + 1));
    std::string text(doc.slice(doc.sentence_span(s)));
    for (char& ch : text)
      if (ch == '\n' || ch == '\t' || ch == '\r') ch = ' ';
    c.comments.push_back("text = " + text);
    const uint32_t first = doc.sentences.first_token[s], end = doc.sentences.end_token[s];
    for (uint32_t t = first; t < end; ++t) {
      const int id = static_cast<int>(t - first) + 1;
      if (doc.tokens.fused_with_next[t] && (t == first || !doc.tokens.fused_with_next[t - 1])) {
        uint32_t last = t;
        while (last + 1 < end && doc.tokens.fused_with_next[last]) ++last;
        ConlluMultiwordToken m;
        m.first = id;
        m.last = id + static_cast<int>(last - t);
        m.form = std::string(doc.text.substr(doc.tokens.begin[t], doc.tokens.end[last] - doc.tokens.begin[t]));
        if (!doc.tokens.space_after[last]) m.misc = "SpaceAfter=No";
        c.multiword_tokens.push_back(std::move(m));
      }
      ConlluWord w;
      w.form = std::string(doc.token_text(t));
      const bool in_mwt = doc.tokens.fused_with_next[t] || (t > first && doc.tokens.fused_with_next[t - 1]);
      if (!in_mwt && !doc.tokens.space_after[t]) w.misc = "SpaceAfter=No";
      c.words.push_back(std::move(w));
    }
    write_conllu(out, c);
  }
}

void write_text(const Document& doc, std::string& out) {
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    for (uint32_t t = doc.sentences.first_token[s]; t < doc.sentences.end_token[s]; ++t) {
      if (t > doc.sentences.first_token[s]) out += ' ';
      out += doc.token_text(t);
    }
    out += '\n';
  }
  out += '\n';
}

void run(const SegmentArgs& args, int& status) {
  std::unique_ptr<Segmenter> segmenter;
  ReadOptions read_options;
  try {
    read_options = args.input.options();
    segmenter = std::make_unique<Segmenter>(args.flags.options());
  } catch (const std::exception& e) {
    std::cerr << "dunlin segment: error: " << e.what() << '\n';
    status = 2;
    return;
  }
  bool failed = false;
  std::string buffer;
  auto flush = [&] {
    std::fwrite(buffer.data(), 1, buffer.size(), stdout);
    buffer.clear();
  };
  const ReadStats stats = read_inputs(
      args.inputs, read_options,
      [&](Document&& doc) {
        segmenter->annotate(doc);
        if (args.format == "jsonl") {
          write_jsonl(doc, buffer);
        } else if (args.format == "text") {
          write_text(doc, buffer);
        } else {
          flush();
          std::fflush(stdout);
          write_conllu_doc(doc, std::cout);
          std::cout.flush();
        }
        if (buffer.size() > (1u << 16)) flush();
      },
      [&](const Problem& p) {
        if (p.severity == Problem::Severity::error) failed = true;
        std::cerr << p.to_string() << '\n';
      });
  flush();
  std::fflush(stdout);
  if (failed || stats.failed_documents > 0) status = 1;
}

}  // namespace

void add_segment_command(CLI::App& app, int& status) {
  auto args = std::make_shared<SegmentArgs>();
  CLI::App* cmd = app.add_subcommand(
      "segment",
      "Split documents into paragraphs, sentences and tokens (UD English conventions). Offsets in the output are "
      "code point offsets into the document text.");
  cmd->add_option("inputs", args->inputs, "Files or folders to read; '-' reads standard input")->required();
  cmd->add_option("--format", args->format,
                  "Output: 'jsonl' (one JSON object per document: id, metadata, sentences with text, start, end, "
                  "paragraph and tokens; the parts of a contraction are separate tokens, all but the last marked "
                  "\"fused\": true), 'conllu' (CoNLL-U with # newdoc, # newpar, # sent_id, # text and "
                  "multiword tokens; the analysis columns are '_'), or 'text' (one sentence per line, tokens "
                  "separated by spaces, a blank line after each document)")
      ->check(CLI::IsMember({"jsonl", "conllu", "text"}))
      ->capture_default_str();
  args->input.add_to(*cmd);
  args->flags.add_to(*cmd);
  cmd->callback([args, &status] { run(*args, status); });
}

}  // namespace dunlin::cli
