// Complement verbs and modality codes (data/events/complement_verbs.tsv, modality_codes.tsv): what a governing verb
// does to the event it governs ("agreed to meet" -> 036, "failed to attack" -> not an event, "denied that" -> deny).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dunlin/text/string_hash.h"

namespace dunlin {

enum class ComplementClass {
  intent,
  appeal,
  demand,
  refuse,
  threat,
  attempt,
  desire,
  plan,
  negate,
  deny,
  report,
  hedge
};

// "intent" -> ComplementClass::intent; false when the name is unknown.
bool parse_complement_class(std::string_view name, ComplementClass& out);
std::string_view complement_class_name(ComplementClass c);

struct ComplementVerb {
  ComplementClass cls = ComplementClass::report;
  bool object_acts = false;  // target column "object": the governing verb's object is the inner event's source
};

class ComplementVerbs {
 public:
  // complement_verbs.tsv files, then modality_codes.tsv files; later rows replace earlier ones with the same key.
  static ComplementVerbs load(const std::vector<std::string>& complement_paths,
                              const std::vector<std::string>& modality_paths);

  // A lemma may have several classes ("reject": refuse to + deny that; "insist": demand + report); the event coder
  // picks by construction (to-infinitive vs that-clause).
  std::vector<ComplementVerb> lookup(std::string_view lemma) const;
  // Whether the lemma has a row (no copy of the rows, no key string built).
  bool has(std::string_view lemma) const { return verbs_.find(lemma) != verbs_.end(); }

  // The CAMEO code for (class, inner root), e.g. (intent, "04") -> "036"; "" when the class has no codes.
  std::string code_for(ComplementClass cls, std::string_view inner_root) const;

 private:
  StringMultimap<ComplementVerb> verbs_;
  std::unordered_map<std::string, std::string> codes_;  // "intent/04" -> "036", "intent/*" -> "030"
};

}  // namespace dunlin
