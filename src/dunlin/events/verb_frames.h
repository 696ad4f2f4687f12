// The verb-frame dictionary: which clauses are events, and which CAMEO code each gets (data/events/verb_frames.tsv,
// format in docs/verb-frames.md). A frame names a verb (or an event noun) and what must surround it: a particle, a
// direct object of a given lemma, a preposition, and where the target comes from.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dunlin/text/string_hash.h"

namespace dunlin {

class TsvTable;

// verb: a verb's frame; noun: an event noun's; converse: a verb that turns its object noun's event around
// ("received a call from X": X calls the subject).
enum class FrameKind { verb, noun, converse, label };

// P=A|B: a phrase with preposition P whose head noun's lemma is A or B ("remained on alert", "took X into custody").
struct PrepObject {
  std::string prep;
  std::vector<std::string> lemmas;
};

struct VerbFrame {
  std::string lemma;
  FrameKind kind = FrameKind::verb;
  std::string particle;                     // prt=P: required particle, "" for none
  std::vector<std::string> object_lemmas;   // obj=A|B: the direct object must be one of these
  bool target_is_object = false;            // T (or T!)
  bool target_required = false;             // T! or P:T!: no event unless the target is an actor ("visited the hospital")
  std::vector<std::string> target_preps;    // P:T: the target is the object of one of these prepositions
  std::vector<std::string> required_preps;  // P: each must be present
  std::vector<std::string> source_preps;    // P:S (converse frames): the source is the object of one of these
  std::vector<PrepObject> prep_objects;     // P=A|B: each must be present (not the target)
  std::string cameo;                        // "0211", "112", "19"; "" for converse frames (the noun's code)
  std::string origin;                       // "file:line", for messages and for users tracing a code

  // How much of the clause a frame pins down; the most specific matching frame wins.
  int specificity() const;
};

// What the event coder knows about one clause, as lemmas (lower case).
struct ClauseShape {
  std::string_view lemma;
  std::string_view particle;                // "" when none
  std::string_view object_lemma;            // "" when there is no direct object
  std::vector<std::string_view> preps;      // prepositions of the clause's oblique phrases
  // The head-noun lemma of each oblique phrase, parallel to preps; may be left empty when no frame of the lemma
  // has a P=A|B requirement (VerbFrameDictionary::reads_prep_objects), and then such frames do not match.
  std::vector<std::string_view> prep_objects;
};

class VerbFrameDictionary {
 public:
  // Loads the files in order; a later file's frame with the same lemma, kind and requirements replaces the
  // earlier one (so a user's --dict DIR overrides), other frames add. Throws DictionaryError with file:line.
  // names[i], when given, is how frames of paths[i] cite their row in VerbFrame::origin (outputs show it): e.g.
  // "data/events/verb_frames.tsv" rather than a machine's absolute path; errors always name the path itself.
  static VerbFrameDictionary load(const std::vector<std::string>& paths, const std::vector<std::string>& names = {});
  static VerbFrameDictionary parse(std::string_view text, const std::string& name);

  // The most specific frame whose requirements the clause meets, or nullptr. Ties go to the frame listed first.
  const VerbFrame* match(FrameKind kind, const ClauseShape& clause) const;
  bool has_lemma(FrameKind kind, std::string_view lemma) const;
  // True when some verb frame of the lemma has a P=A|B requirement (the caller then fills ClauseShape::prep_objects).
  bool reads_prep_objects(std::string_view lemma) const {
    return with_prep_objects_.find(lemma) != with_prep_objects_.end();
  }
  // The first frame listed for a lemma, or nullptr (also for nouns known only from obj= lists).
  const VerbFrame* first(FrameKind kind, std::string_view lemma) const;
  size_t size() const { return frames_.size(); }
  const std::vector<VerbFrame>& frames() const { return frames_; }

 private:
  void add_table(const TsvTable& table, const std::string& name);
  void add(VerbFrame frame);
  void index();

  std::vector<VerbFrame> frames_;
  // Looked up with string_views (no key string built per lookup: the coder asks several times per verb).
  using LemmaIndex = StringMap<std::vector<size_t>>;
  const LemmaIndex& index_of(FrameKind kind) const { return by_lemma_[static_cast<int>(kind)]; }
  LemmaIndex by_lemma_[4];  // per kind (verb, noun, converse, label): lemma -> frame indexes
  std::unordered_map<std::string, size_t> by_signature_;          // lemma + requirements -> frame index
  StringSet with_prep_objects_;                                   // verb lemmas with a P=A|B frame
};

// Parses one frame cell ("obj=talk|talks with:T", "on=alert"); throws std::invalid_argument with what is wrong.
void parse_frame_requirements(std::string_view cell, VerbFrame& frame);

}  // namespace dunlin
