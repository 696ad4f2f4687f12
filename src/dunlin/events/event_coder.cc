// EventCoder: loads the event dictionaries and codes each sentence of a Document with a SentenceCoder
// (sentence_coder.h; its parts are in the files that header lists).
#include "dunlin/events/event_coder.h"

#include <algorithm>
#include <filesystem>

#include "dunlin/actors/tsv.h"
#include "dunlin/events/sentence_coder.h"
#include "dunlin/syntax_tree.h"

namespace dunlin {

using event_coding::SentenceCoder;

EventCoder::EventCoder(VerbFrameDictionary frames, ComplementVerbs complements)
    : frames_(std::move(frames)), complements_(std::move(complements)) {}

EventCoder EventCoder::load(const std::string& data_dir, const std::string& user_dir) {
  namespace fs = std::filesystem;
  std::vector<std::string> frame_files{data_dir + "/verb_frames.tsv"};
  // Outputs cite built-in frames from the data root's parent ("data/events/verb_frames.tsv:107", the same on every
  // machine) and a user's frames by the path given.
  const fs::path builtin = fs::path(frame_files[0]).lexically_normal();
  std::vector<std::string> frame_names{builtin.lexically_relative(builtin.parent_path().parent_path().parent_path()).string()};
  std::vector<std::string> complement_files{data_dir + "/complement_verbs.tsv"};
  std::vector<std::string> modality_files{data_dir + "/modality_codes.tsv"};
  if (!user_dir.empty()) {
    if (!fs::is_directory(user_dir)) throw DictionaryError(user_dir + ": not a directory");
    if (fs::exists(user_dir + "/verb_frames.tsv")) {
      frame_files.push_back(user_dir + "/verb_frames.tsv");
      frame_names.push_back(frame_files.back());
    }
    if (fs::exists(user_dir + "/complement_verbs.tsv")) complement_files.push_back(user_dir + "/complement_verbs.tsv");
    if (fs::exists(user_dir + "/modality_codes.tsv")) modality_files.push_back(user_dir + "/modality_codes.tsv");
  }
  return EventCoder(VerbFrameDictionary::load(frame_files, frame_names), ComplementVerbs::load(complement_files, modality_files));
}

void EventCoder::annotate(Document& doc) const {
  doc.events.events.clear();
  if (!doc.syntax.has_parse() || !doc.syntax.has_lemmas() || !doc.syntax.has_tags()) return;
  const SyntaxTree tree(doc);
  // The actors of each sentence (by their head token), in one pass.
  std::vector<std::vector<int32_t>> actors_by_sentence(doc.sentences.size());
  const auto& firsts = doc.sentences.first_token;
  for (size_t a = 0; a < doc.actors.actors.size(); ++a) {
    const uint32_t head = doc.actors.actors[a].head;
    const auto it = std::upper_bound(firsts.begin(), firsts.end(), head);
    if (it == firsts.begin()) continue;
    const size_t s = static_cast<size_t>(it - firsts.begin()) - 1;
    if (head < doc.sentences.end_token[s]) actors_by_sentence[s].push_back(static_cast<int32_t>(a));
  }
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    SentenceCoder coder(tree, doc, frames_, complements_, s, std::move(actors_by_sentence[s]));
    coder.code(doc.events.events);
  }
  link_to_attributions(doc);
}

// An event inside reported content carries the innermost attribution whose content holds its word (the saying
// itself, "denied" or "offered no comment", is not inside its own content); under a denial it is negated.
void EventCoder::link_to_attributions(Document& doc) {
  const auto& quotes = doc.attributions.attributions;
  auto innermost = [&](uint32_t byte) {
    int32_t best = -1;
    for (size_t j = 0; j < quotes.size(); ++j) {
      if (quotes[j].content.empty() || byte < quotes[j].content.begin || byte >= quotes[j].content.end) continue;
      if (best < 0 || quotes[j].content.size() < quotes[best].content.size()) best = static_cast<int32_t>(j);
    }
    return best;
  };
  for (Event& e : doc.events.events) {
    int32_t a = innermost(doc.tokens.begin[e.predicate]);
    for (size_t steps = 0; a >= 0 && steps <= quotes.size() && e.predicate >= quotes[a].cue_first &&
                           e.predicate < quotes[a].cue_end;
         ++steps)
      a = quotes[a].parent;
    if (a >= 0 && e.predicate >= quotes[a].cue_first && e.predicate < quotes[a].cue_end) a = -1;
    e.attribution = a;
    if (a >= 0 && quotes[a].stance == Stance::deny) e.negated = true;
  }
}

}  // namespace dunlin

