#include "dunlin/events/modality.h"

#include <array>
#include <utility>

#include "dunlin/actors/tsv.h"

namespace dunlin {
namespace {

constexpr std::array<std::pair<std::string_view, ComplementClass>, 12> kClassNames = {{
    {"intent", ComplementClass::intent},
    {"appeal", ComplementClass::appeal},
    {"demand", ComplementClass::demand},
    {"refuse", ComplementClass::refuse},
    {"threat", ComplementClass::threat},
    {"attempt", ComplementClass::attempt},
    {"desire", ComplementClass::desire},
    {"plan", ComplementClass::plan},
    {"negate", ComplementClass::negate},
    {"deny", ComplementClass::deny},
    {"report", ComplementClass::report},
    {"hedge", ComplementClass::hedge},
}};

// "intent, appeal, ..., hedge": the names a class column may hold, for error messages.
std::string class_names() {
  std::string out;
  for (const auto& [name, cls] : kClassNames) out += (out.empty() ? "" : ", ") + std::string(name);
  return out;
}

bool coded_class(ComplementClass c) {
  return c == ComplementClass::intent || c == ComplementClass::appeal || c == ComplementClass::demand ||
         c == ComplementClass::refuse || c == ComplementClass::threat;
}

bool is_root(std::string_view r) {
  if (r == "*") return true;
  if (r.size() != 2 || r[0] < '0' || r[0] > '2' || r[1] < '0' || r[1] > '9') return false;
  const int n = (r[0] - '0') * 10 + (r[1] - '0');
  return n >= 1 && n <= 20;
}

}  // namespace

bool parse_complement_class(std::string_view name, ComplementClass& out) {
  for (const auto& [n, c] : kClassNames)
    if (n == name) {
      out = c;
      return true;
    }
  return false;
}

std::string_view complement_class_name(ComplementClass c) {
  for (const auto& [n, k] : kClassNames)
    if (k == c) return n;
  return "?";
}

ComplementVerbs ComplementVerbs::load(const std::vector<std::string>& complement_paths,
                                      const std::vector<std::string>& modality_paths) {
  ComplementVerbs out;
  for (const std::string& path : complement_paths) {
    const TsvTable table = TsvTable::read(path, {"lemma", "class", "target"});
    for (const TsvRow& row : table.rows) {
      ComplementVerb verb;
      if (!parse_complement_class(table.get(row, "class"), verb.cls))
        table.fail(row, "unknown class '" + std::string(table.get(row, "class")) + "' (" + class_names() + ")");
      const std::string_view target = table.get(row, "target");
      if (target != "subject" && target != "object") table.fail(row, "target must be subject or object");
      verb.object_acts = target == "object";
      const std::string lemma(table.get(row, "lemma"));
      if (lemma.empty() || lemma.find(' ') != std::string::npos) table.fail(row, "bad lemma '" + lemma + "'");
      // Same lemma and class: the later row replaces the earlier one.
      auto [first, last] = out.verbs_.equal_range(lemma);
      bool replaced = false;
      for (auto it = first; it != last; ++it)
        if (it->second.cls == verb.cls) {
          it->second = verb;
          replaced = true;
        }
      if (!replaced) out.verbs_.emplace(lemma, verb);
    }
  }
  for (const std::string& path : modality_paths) {
    const TsvTable table = TsvTable::read(path, {"class", "inner_root", "cameo"});
    for (const TsvRow& row : table.rows) {
      const std::string cls_name(table.get(row, "class"));
      const std::string root(table.get(row, "inner_root"));
      ComplementClass cls;
      if (!parse_complement_class(cls_name, cls) || !coded_class(cls))
        table.fail(row, "class '" + cls_name + "' has no codes (intent, appeal, demand, refuse, threat)");
      if (!is_root(root)) table.fail(row, "inner_root must be a root 01..20 or *");
      const std::string code(table.get(row, "cameo"));
      if (code.size() < 2 || code.size() > 4 || code.find_first_not_of("0123456789") != std::string::npos)
        table.fail(row, "bad CAMEO code '" + code + "'");
      out.codes_[cls_name + "/" + root] = code;
    }
  }
  return out;
}

std::vector<ComplementVerb> ComplementVerbs::lookup(std::string_view lemma) const {
  std::vector<ComplementVerb> found;
  auto [first, last] = verbs_.equal_range(lemma);
  for (auto it = first; it != last; ++it) found.push_back(it->second);
  return found;
}

std::string ComplementVerbs::code_for(ComplementClass cls, std::string_view inner_root) const {
  const std::string name(complement_class_name(cls));
  if (auto it = codes_.find(name + "/" + std::string(inner_root)); it != codes_.end()) return it->second;
  if (auto it = codes_.find(name + "/*"); it != codes_.end()) return it->second;
  return "";
}

}  // namespace dunlin
