// Loading and validating data/attribution/cues.tsv and anonymity.tsv.
#include "dunlin/attribution/attribution_cues.h"

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "dunlin/actors/tsv.h"

namespace dunlin {
namespace {

std::vector<std::string> words_of(std::string_view field) {
  std::vector<std::string> out;
  std::istringstream in{std::string(field)};
  std::string w;
  while (in >> w) {
    for (char& c : w)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    out.push_back(w);
  }
  return out;
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

}  // namespace

AttributionCues AttributionCues::load(const std::string& data_dir, const std::string& user_dir) {
  namespace fs = std::filesystem;
  AttributionCues cues;
  std::vector<std::string> dirs{data_dir};
  if (!user_dir.empty()) {
    if (!fs::is_directory(user_dir)) throw DictionaryError(user_dir + ": not a directory");
    dirs.push_back(user_dir);
  }
  for (size_t i = 0; i < dirs.size(); ++i) {
    const std::string c = dirs[i] + "/cues.tsv", a = dirs[i] + "/anonymity.tsv";
    const bool required = i == 0;
    if (required || fs::exists(c)) cues.add_cues(c, {}, true);
    if (required || fs::exists(a)) cues.add_anonymity(a, {}, true);
  }
  cues.index();
  return cues;
}

AttributionCues AttributionCues::parse(std::string_view cues_tsv, std::string_view anonymity_tsv,
                                       const std::string& cues_path, const std::string& anonymity_path) {
  AttributionCues cues;
  cues.add_cues(cues_path, cues_tsv, false);
  cues.add_anonymity(anonymity_path, anonymity_tsv, false);
  cues.index();
  return cues;
}

void AttributionCues::add_cues(const std::string& path, std::string_view text, bool from_file) {
  const TsvTable table = from_file ? TsvTable::read(path, {"cue", "kind", "stance"}, {"object"})
                                   : TsvTable::parse(text, path, {"cue", "kind", "stance"}, {"object"});
  for (const TsvRow& row : table.rows) {
    Cue cue;
    cue.lemmas = words_of(table.get(row, "cue"));
    if (cue.lemmas.empty()) table.fail(row, "empty cue");
    const std::string_view kind = table.get(row, "kind");
    if (kind == "verb") cue.kind = CueKind::verb;
    else if (kind == "noun") cue.kind = CueKind::noun;
    else if (kind == "phrase") cue.kind = CueKind::phrase;
    else if (kind == "source") cue.kind = CueKind::source;
    else if (kind == "inner")
      cue.kind = CueKind::inner;
    else
      table.fail(row, "kind must be verb, noun, phrase, source or inner, not '" + std::string(kind) + "'");
    if (cue.kind == CueKind::verb && cue.lemmas.size() != 1)
      table.fail(row, "a verb cue is one lemma (write several words as a phrase)");
    const std::string_view stance = table.get(row, "stance");
    if (stance == "assert") cue.stance = Stance::assert;
    else if (stance == "deny") cue.stance = Stance::deny;
    else if (stance == "no_comment") cue.stance = Stance::no_comment;
    else if (stance == "uncertain") cue.stance = Stance::uncertain;
    else table.fail(row, "stance must be assert, deny, no_comment or uncertain, not '" + std::string(stance) + "'");
    const std::string_view object = table.get(row, "object");
    if (object == "clause") cue.object = CueObject::clause;
    else if (object == "noun") cue.object = CueObject::noun;
    else if (!object.empty() && object != "-")
      table.fail(row, "object must be empty, clause or noun, not '" + std::string(object) + "'");
    if (cue.object != CueObject::none && cue.kind != CueKind::verb) table.fail(row, "only verbs have an object column");
    cue.origin = path + ":" + std::to_string(row.line);
    // A later row for the same cue (the user's file) replaces the earlier one.
    auto same = std::find_if(cues_.begin(), cues_.end(),
                             [&](const Cue& c) { return c.kind == cue.kind && c.lemmas == cue.lemmas; });
    if (same != cues_.end()) {
      if (same->origin.substr(0, same->origin.rfind(':')) == path)
        table.fail(row, "cue '" + joined(cue.lemmas) + "' (" + std::string(kind) + ") already given at " + same->origin);
      *same = std::move(cue);
    } else {
      cues_.push_back(std::move(cue));
    }
  }
}

void AttributionCues::add_anonymity(const std::string& path, std::string_view text, bool from_file) {
  const TsvTable table = from_file ? TsvTable::read(path, {"marker", "kind"})
                                   : TsvTable::parse(text, path, {"marker", "kind"});
  for (const TsvRow& row : table.rows) {
    std::vector<std::string> words = words_of(table.get(row, "marker"));
    if (words.empty()) table.fail(row, "empty marker");
    const std::string_view kind = table.get(row, "kind");
    if (kind == "phrase") {
      anonymity_phrases_.push_back(std::move(words));
    } else if (kind == "noun") {
      if (words.size() != 1) table.fail(row, "a noun marker is one lemma");
      anonymous_nouns_.push_back(words[0]);
    } else if (kind == "plural") {
      if (words.size() != 1) table.fail(row, "a plural marker is one lemma");
      anonymous_plurals_.push_back(words[0]);
    } else if (kind == "indefinite") {
      if (words.size() != 1) table.fail(row, "an indefinite marker is one lemma");
      anonymous_indefinites_.push_back(words[0]);
    } else {
      table.fail(row, "kind must be phrase, noun, indefinite or plural, not '" + std::string(kind) + "'");
    }
  }
}

void AttributionCues::index() {
  for (auto& w : words_) w.clear();
  multi_.clear();
  for (size_t i = 0; i < cues_.size(); ++i) {
    const Cue& c = cues_[i];
    if (c.lemmas.size() == 1 && c.kind != CueKind::phrase && c.kind != CueKind::inner)
      words_[static_cast<int>(c.kind)][c.lemmas[0]] = i;
    else
      multi_[c.lemmas[0]].push_back(static_cast<uint32_t>(i));
  }
  // Longest phrases first, so that "not immediately respond" wins over "not respond".
  for (auto& [first, list] : multi_)
    std::stable_sort(list.begin(), list.end(),
                     [&](uint32_t a, uint32_t b) { return cues_[a].lemmas.size() > cues_[b].lemmas.size(); });
}

const Cue* AttributionCues::word(CueKind kind, std::string_view lemma) const {
  const auto& map = words_[static_cast<int>(kind)];
  auto it = map.find(lemma);
  return it == map.end() ? nullptr : &cues_[it->second];
}

const std::vector<uint32_t>& AttributionCues::starting_with(std::string_view lemma) const {
  static const std::vector<uint32_t> kEmpty;
  auto it = multi_.find(lemma);
  return it == multi_.end() ? kEmpty : it->second;
}

bool AttributionCues::anonymous_noun(std::string_view lemma) const {
  return std::find(anonymous_nouns_.begin(), anonymous_nouns_.end(), lemma) != anonymous_nouns_.end();
}

bool AttributionCues::anonymous_indefinite(std::string_view lemma) const {
  return std::find(anonymous_indefinites_.begin(), anonymous_indefinites_.end(), lemma) != anonymous_indefinites_.end();
}

bool AttributionCues::anonymous_plural(std::string_view lemma) const {
  return std::find(anonymous_plurals_.begin(), anonymous_plurals_.end(), lemma) != anonymous_plurals_.end();
}

}  // namespace dunlin
