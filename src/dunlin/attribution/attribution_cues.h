// The attribution stage's dictionaries: cues of saying (data/attribution/cues.tsv: verbs, nouns, fixed phrases and
// source phrases, each with the speaker's stance) and anonymity markers (data/attribution/anonymity.tsv).
// Loaded once, read-only afterwards; errors name the file and line.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dunlin/document.h"
#include "dunlin/text/string_hash.h"

namespace dunlin {

// inner: a phrase that gives reported content its stance ("it never happened") and is no attribution on its own.
enum class CueKind : uint8_t { verb, noun, phrase, source, inner };
// What a plain object after a verb of saying is (cues.tsv, column object).
enum class CueObject : uint8_t { none, clause, noun };

struct Cue {
  std::vector<std::string> lemmas;  // one for verbs and most nouns; several for phrases ("offer no comment")
  CueKind kind = CueKind::verb;
  Stance stance = Stance::assert;
  CueObject object = CueObject::none;
  std::string origin;  // "data/attribution/cues.tsv:42"
};

class AttributionCues {
 public:
  // Reads cues.tsv and anonymity.tsv from `data_dir` (normally data/attribution), then the same files in
  // `user_dir` when it is not empty and they exist there (their rows add to the built-in ones; a row for a cue
  // already known replaces its stance). Throws DictionaryError("file:line: message").
  static AttributionCues load(const std::string& data_dir, const std::string& user_dir = "");
  // From in-memory tables (tests); `cues_path`/`anonymity_path` are only used in messages.
  static AttributionCues parse(std::string_view cues_tsv, std::string_view anonymity_tsv,
                               const std::string& cues_path = "cues.tsv",
                               const std::string& anonymity_path = "anonymity.tsv");

  // The cue of one word of this kind (verb, noun, source: single-lemma cues), or nullptr.
  const Cue* word(CueKind kind, std::string_view lemma) const;
  // Multi-word cues (phrases, and nouns or sources of several words) whose first lemma is `lemma`, longest first,
  // as indices for cue().
  const std::vector<uint32_t>& starting_with(std::string_view lemma) const;
  const Cue& cue(uint32_t index) const { return cues_[index]; }

  // Anonymity: marker phrases (lemma sequences), head nouns, and head nouns anonymous only when indefinite.
  const std::vector<std::vector<std::string>>& anonymity_phrases() const { return anonymity_phrases_; }
  bool anonymous_noun(std::string_view lemma) const;
  // Nouns of documents anonymous in the plural when nothing names their issuer ("reports said", "according to
  // official statements"; not "government reports", "reports from the hospital").
  bool anonymous_plural(std::string_view lemma) const;
  // A head noun that is anonymous when indefinite ("a monitor said"; "the monitor" is one named before).
  bool anonymous_indefinite(std::string_view lemma) const;

  size_t size() const { return cues_.size(); }

 private:
  void add_cues(const std::string& path, std::string_view text, bool from_file);
  void add_anonymity(const std::string& path, std::string_view text, bool from_file);
  void index();

  std::vector<Cue> cues_;
  StringMap<size_t> words_[5];              // per CueKind: lemma -> cue
  StringMap<std::vector<uint32_t>> multi_;  // first lemma -> multi-word cues
  std::vector<std::vector<std::string>> anonymity_phrases_;
  std::vector<std::string> anonymous_nouns_;
  std::vector<std::string> anonymous_plurals_;
  std::vector<std::string> anonymous_indefinites_;
};

}  // namespace dunlin
