#include "dunlin/events/verb_frames.h"

#include <algorithm>
#include <stdexcept>

#include "dunlin/actors/tsv.h"

namespace dunlin {
namespace {

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    const size_t at = s.find(sep, start);
    parts.emplace_back(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) return parts;
    start = at + 1;
  }
}

bool is_word(std::string_view s) {
  if (s.empty()) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || c == '-' || c == '\'' || static_cast<unsigned char>(c) >= 0x80;
  });
}

std::vector<std::string> word_list(std::string_view s, std::string_view what) {
  std::vector<std::string> words = split(s, '|');
  for (const std::string& w : words)
    if (!is_word(w)) throw std::invalid_argument("bad " + std::string(what) + " '" + w + "' (lower-case words)");
  return words;
}

bool is_cameo_code(std::string_view code) {
  if (code.size() < 2 || code.size() > 4) return false;
  if (!std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  const int root = (code[0] - '0') * 10 + (code[1] - '0');
  return root >= 1 && root <= 20;
}

std::string key(FrameKind kind, std::string_view lemma) {
  const char* prefix = kind == FrameKind::verb   ? "v:"
                       : kind == FrameKind::noun ? "n:"
                       : kind == FrameKind::converse ? "c:"
                                                     : "l:";
  return prefix + std::string(lemma);
}

bool contains(const std::vector<std::string_view>& xs, std::string_view x) {
  return std::find(xs.begin(), xs.end(), x) != xs.end();
}

// Requirements as one comparable string: a later file's frame with the same signature replaces the earlier.
std::string signature(const VerbFrame& f) {
  std::string s = key(f.kind, f.lemma) + "|prt=" + f.particle + "|obj=";
  for (const auto& o : f.object_lemmas) s += o + ",";
  s += f.target_is_object ? "|T" : "|";
  for (const auto& p : f.target_preps) s += p + ",";
  s += "|";
  for (const auto& p : f.required_preps) s += p + ",";
  s += "|";
  for (const auto& p : f.source_preps) s += p + ",";
  for (const auto& po : f.prep_objects) {
    s += "|" + po.prep + "=";
    for (const auto& l : po.lemmas) s += l + ",";
  }
  return s;
}

}  // namespace

int VerbFrame::specificity() const {
  return (particle.empty() ? 0 : 2) + (object_lemmas.empty() ? 0 : 2) + (target_preps.empty() ? 0 : 1) +
         static_cast<int>(required_preps.size()) + (target_is_object ? 1 : 0) +
         2 * static_cast<int>(prep_objects.size());
}

void parse_frame_requirements(std::string_view cell, VerbFrame& frame) {
  if (cell == "-") return;
  for (const std::string& item : split(cell, ' ')) {
    if (item.empty()) throw std::invalid_argument("two spaces in a row in the frame");
    if (item == "T" || item == "T!") {
      frame.target_is_object = true;
      frame.target_required = item == "T!";
    } else if (item.rfind("obj=", 0) == 0) {
      if (!frame.object_lemmas.empty()) throw std::invalid_argument("obj= given twice");
      frame.object_lemmas = word_list(std::string_view(item).substr(4), "object lemma");
    } else if (item.rfind("prt=", 0) == 0) {
      if (!frame.particle.empty()) throw std::invalid_argument("prt= given twice");
      frame.particle = item.substr(4);
      if (!is_word(frame.particle)) throw std::invalid_argument("bad particle '" + frame.particle + "'");
    } else if (const bool required = item.size() > 3 && item.compare(item.size() - 3, 3, ":T!") == 0;
               required || (item.size() > 2 && item.compare(item.size() - 2, 2, ":T") == 0)) {
      if (!frame.target_preps.empty()) throw std::invalid_argument("two target prepositions (use P1|P2:T)");
      frame.target_preps = word_list(std::string_view(item).substr(0, item.size() - (required ? 3 : 2)), "preposition");
      frame.target_required = required;
    } else if (item.size() > 2 && item.compare(item.size() - 2, 2, ":S") == 0) {
      if (!frame.source_preps.empty()) throw std::invalid_argument("two source prepositions (use P1|P2:S)");
      frame.source_preps = word_list(std::string_view(item).substr(0, item.size() - 2), "preposition");
    } else if (const size_t eq = item.find('='); eq != std::string::npos && eq > 0) {
      // P=A|B: a phrase with preposition P headed by noun A or B ("on=alert").
      PrepObject po;
      po.prep = item.substr(0, eq);
      if (!is_word(po.prep)) throw std::invalid_argument("bad preposition '" + po.prep + "' in '" + item + "'");
      po.lemmas = word_list(std::string_view(item).substr(eq + 1), "noun after " + po.prep + "=");
      frame.prep_objects.push_back(std::move(po));
    } else if (is_word(item)) {
      frame.required_preps.push_back(item);
    } else {
      throw std::invalid_argument("unknown requirement '" + item +
                                  "' (expected T, T!, P:T, P:T!, P:S, P, P=A|B, obj=A|B or prt=P)");
    }
  }
  if (frame.target_is_object && !frame.object_lemmas.empty())
    throw std::invalid_argument("T and obj= together: with obj= the object is the event, not the target");
  if (frame.target_is_object && !frame.target_preps.empty())
    throw std::invalid_argument("T and P:T together: a frame has one target");
}

void VerbFrameDictionary::add_table(const TsvTable& table, const std::string& name) {
  std::unordered_map<std::string, size_t> line_of;  // this file's frames by signature: a repeat is a mistake
  for (const TsvRow& row : table.rows) {
    VerbFrame frame;
    frame.lemma = table.get(row, "lemma");
    if (!is_word(frame.lemma)) table.fail(row, "bad lemma '" + frame.lemma + "' (lower case, no spaces)");
    const std::string kind(table.get(row, "kind"));
    if (kind == "verb") frame.kind = FrameKind::verb;
    else if (kind == "noun") frame.kind = FrameKind::noun;
    else if (kind == "converse") frame.kind = FrameKind::converse;
    else if (kind == "label") frame.kind = FrameKind::label;
    else table.fail(row, "bad kind '" + kind + "' (verb, noun, converse or label)");
    try {
      parse_frame_requirements(table.get(row, "frame"), frame);
    } catch (const std::invalid_argument& e) {
      table.fail(row, "bad frame '" + std::string(table.get(row, "frame")) + "': " + e.what());
    }
    if (frame.kind == FrameKind::label && (frame.target_is_object || frame.target_required ||
                                          !frame.target_preps.empty() || !frame.required_preps.empty() ||
                                          !frame.prep_objects.empty() || !frame.object_lemmas.empty() ||
                                          !frame.particle.empty() || !frame.source_preps.empty()))
      table.fail(row, "a label frame takes no requirements (frame '-')");
    if (frame.kind == FrameKind::noun && (frame.target_is_object || !frame.particle.empty() ||
                                         !frame.object_lemmas.empty()))
      table.fail(row, "a noun frame takes only P:T and P requirements");
    if (frame.kind != FrameKind::verb && frame.target_required)
      table.fail(row, "T! and P:T! belong to verb frames only");
    if (frame.kind != FrameKind::verb && !frame.prep_objects.empty())
      table.fail(row, "P=A|B belongs to verb frames only");
    const bool converse = frame.kind == FrameKind::converse;
    if (converse != !frame.source_preps.empty())
      table.fail(row, converse ? "a converse frame needs P:S (where its source is)"
                               : "P:S belongs to converse frames only");
    if (converse && (frame.target_is_object || !frame.target_preps.empty() || !frame.object_lemmas.empty()))
      table.fail(row, "a converse frame takes only P:S and prt= (its target is the subject, its code the noun's)");
    frame.cameo = table.get(row, "cameo");
    if (converse) {
      if (frame.cameo != "-") table.fail(row, "a converse frame's cameo is '-' (the object noun gives the code)");
      frame.cameo.clear();
    } else if (!is_cameo_code(frame.cameo))
      table.fail(row, "bad CAMEO code '" + frame.cameo + "' (2 to 4 digits, root 01 to 20)");
    frame.origin = name + ":" + std::to_string(row.line);
    if (const auto [it, first] = line_of.try_emplace(signature(frame), row.line); !first)
      table.fail(row, "the same lemma, kind and frame as line " + std::to_string(it->second) +
                          " (only the last would be used; a later file overrides an earlier one)");
    add(std::move(frame));
  }
}

VerbFrameDictionary VerbFrameDictionary::parse(std::string_view text, const std::string& name) {
  VerbFrameDictionary dict;
  dict.add_table(TsvTable::parse(text, name, {"lemma", "kind", "frame", "cameo"}), name);
  dict.index();
  return dict;
}

VerbFrameDictionary VerbFrameDictionary::load(const std::vector<std::string>& paths,
                                              const std::vector<std::string>& names) {
  VerbFrameDictionary dict;
  for (size_t i = 0; i < paths.size(); ++i)
    dict.add_table(TsvTable::read(paths[i], {"lemma", "kind", "frame", "cameo"}), i < names.size() ? names[i] : paths[i]);
  dict.index();
  return dict;
}

void VerbFrameDictionary::add(VerbFrame frame) {
  const auto [it, inserted] = by_signature_.try_emplace(signature(frame), frames_.size());
  if (inserted) frames_.push_back(std::move(frame));
  else frames_[it->second] = std::move(frame);
}

void VerbFrameDictionary::index() {
  for (LemmaIndex& index : by_lemma_) index.clear();
  with_prep_objects_.clear();
  for (const VerbFrame& f : frames_)
    if (f.kind == FrameKind::verb && !f.prep_objects.empty()) with_prep_objects_.insert(f.lemma);
  for (size_t i = 0; i < frames_.size(); ++i)
    by_lemma_[static_cast<int>(frames_[i].kind)][frames_[i].lemma].push_back(i);
  // The nouns obj= names are known noun lemmas too (with no frames of their own), so that has_lemma(noun, ...)
  // lets the event coder undo a lemmatizer miss on an object ("troops" -> "troop") as it does for verbs.
  for (const VerbFrame& f : frames_)
    for (const std::string& o : f.object_lemmas) by_lemma_[static_cast<int>(FrameKind::noun)].try_emplace(o);
}

bool VerbFrameDictionary::has_lemma(FrameKind kind, std::string_view lemma) const {
  return index_of(kind).find(lemma) != index_of(kind).end();
}

const VerbFrame* VerbFrameDictionary::first(FrameKind kind, std::string_view lemma) const {
  const auto it = index_of(kind).find(lemma);
  // A noun known only from obj= lists has an entry with no frames.
  return it == index_of(kind).end() || it->second.empty() ? nullptr : &frames_[it->second.front()];
}

const VerbFrame* VerbFrameDictionary::match(FrameKind kind, const ClauseShape& clause) const {
  const auto it = index_of(kind).find(clause.lemma);
  if (it == index_of(kind).end()) return nullptr;
  const VerbFrame* best = nullptr;
  for (const size_t i : it->second) {
    const VerbFrame& f = frames_[i];
    if (f.particle != clause.particle && !f.particle.empty()) continue;
    if (f.particle.empty() && !clause.particle.empty() && kind != FrameKind::noun) {
      // "call off" is not "call": when the lemma has phrasal frames (some frame names a particle), a clause with a
      // particle matches only frames that name that particle. A lemma without phrasal frames ignores the particle
      // ("meet up with" is "meet with").
      const bool lemma_is_phrasal = std::any_of(it->second.begin(), it->second.end(), [&](size_t j) {
        return !frames_[j].particle.empty();
      });
      if (lemma_is_phrasal) continue;
    }
    if (!f.object_lemmas.empty() &&
        std::find(f.object_lemmas.begin(), f.object_lemmas.end(), clause.object_lemma) == f.object_lemmas.end())
      continue;
    if (f.target_is_object && clause.object_lemma.empty()) continue;
    if (!f.target_preps.empty() &&
        std::none_of(f.target_preps.begin(), f.target_preps.end(),
                     [&](const std::string& p) { return contains(clause.preps, p); }))
      continue;
    if (std::any_of(f.required_preps.begin(), f.required_preps.end(),
                    [&](const std::string& p) { return !contains(clause.preps, p); }))
      continue;
    if (std::any_of(f.prep_objects.begin(), f.prep_objects.end(), [&](const PrepObject& po) {
          for (size_t k = 0; k < clause.preps.size() && k < clause.prep_objects.size(); ++k)
            if (clause.preps[k] == po.prep &&
                std::find(po.lemmas.begin(), po.lemmas.end(), clause.prep_objects[k]) != po.lemmas.end())
              return false;
          return true;
        }))
      continue;
    if (!best || f.specificity() > best->specificity()) best = &f;
  }
  return best;
}

}  // namespace dunlin
