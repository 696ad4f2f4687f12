// Loading and validating the CAMEO code table.
#include "dunlin/events/cameo_codes.h"

#include <array>
#include <charconv>
#include <cmath>

#include "dunlin/actors/tsv.h"

namespace dunlin {
namespace {

bool parse_double(std::string_view s, double& out) {
  if (s.empty()) return false;
  if (s.front() == '+') s.remove_prefix(1);
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && ptr == s.data() + s.size() && std::isfinite(out);
}

bool all_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

}  // namespace

int quad_class_of_root(int root) {
  if (root >= 1 && root <= 5) return 1;
  if (root >= 6 && root <= 8) return 2;
  if (root >= 9 && root <= 13) return 3;
  if (root >= 14 && root <= 20) return 4;
  return 0;
}

bool is_plover_event_type(std::string_view type) {
  static constexpr std::array<std::string_view, 16> kTypes = {
      "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
      "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"};
  for (std::string_view t : kTypes)
    if (t == type) return true;
  return false;
}

CameoCodes CameoCodes::load(const std::string& path, bool require_parents) {
  const TsvTable table = TsvTable::read(path, {"code", "name", "goldstein", "quad_class"},
                                        {"goldstein_icews", "plover_type", "plover_mode", "plover_context", "note"});
  CameoCodes codes;
  for (const TsvRow& row : table.rows) {
    CameoCode c;
    c.line = row.line;
    c.code = std::string(table.get(row, "code"));
    c.name = std::string(table.get(row, "name"));
    if (!all_digits(c.code) || c.code.size() < 2 || c.code.size() > 4)
      table.fail(row, "code '" + c.code + "' must be 2 to 4 digits");
    const int root = (c.code[0] - '0') * 10 + (c.code[1] - '0');
    if (root < 1 || root > 20) table.fail(row, "code '" + c.code + "' has root " + c.code.substr(0, 2) + ", not 01-20");
    if (codes.index_.count(c.code))
      table.fail(row, "duplicate code '" + c.code + "' (first at line " + std::to_string(codes.codes_[codes.index_[c.code]].line) + ")");
    if (require_parents && c.code.size() > 2 && !codes.index_.count(c.code.substr(0, c.code.size() - 1)))
      table.fail(row, "code '" + c.code + "' comes before (or without) its parent '" + c.code.substr(0, c.code.size() - 1) + "'");
    if (c.name.empty()) table.fail(row, "empty name");
    const std::string_view g = table.get(row, "goldstein");
    if (!parse_double(g, c.goldstein) || c.goldstein < -10 || c.goldstein > 10)
      table.fail(row, "goldstein '" + std::string(g) + "' is not a number in [-10, 10]");
    const std::string_view gi = table.get(row, "goldstein_icews");
    c.goldstein_icews = c.goldstein;
    if (!gi.empty() && (!parse_double(gi, c.goldstein_icews) || c.goldstein_icews < -10 || c.goldstein_icews > 10))
      table.fail(row, "goldstein_icews '" + std::string(gi) + "' is not a number in [-10, 10]");
    const std::string_view q = table.get(row, "quad_class");
    if (q.size() != 1 || q[0] < '1' || q[0] > '4') table.fail(row, "quad_class '" + std::string(q) + "' must be 1-4");
    c.quad_class = q[0] - '0';
    if (c.quad_class != quad_class_of_root(root))
      table.fail(row, "quad_class " + std::string(q) + " does not match root " + c.code.substr(0, 2) + " (expected " +
                          std::to_string(quad_class_of_root(root)) + ")");
    c.plover_type = std::string(table.get(row, "plover_type"));
    c.plover_mode = std::string(table.get(row, "plover_mode"));
    c.plover_context = std::string(table.get(row, "plover_context"));
    for (const std::string& type : split_list(c.plover_type))
      if (!is_plover_event_type(type)) table.fail(row, "unknown PLOVER event type '" + type + "'");
    codes.index_.emplace(c.code, codes.codes_.size());
    codes.codes_.push_back(std::move(c));
  }
  return codes;
}

void CameoCodes::merge(const CameoCodes& other) {
  for (const CameoCode& c : other.codes_) {
    const auto it = index_.find(c.code);
    if (it != index_.end()) {
      codes_[it->second] = c;
    } else {
      if (c.code.size() > 2 && !index_.count(c.code.substr(0, c.code.size() - 1)))
        throw DictionaryError("user CAMEO table, line " + std::to_string(c.line) + ": added code '" + c.code + "' has no parent '" +
                              c.code.substr(0, c.code.size() - 1) + "' in the table it extends");
      index_.emplace(c.code, codes_.size());
      codes_.push_back(c);
    }
  }
}

const CameoCode* CameoCodes::find(std::string_view code) const {
  const auto it = index_.find(std::string(code));
  return it == index_.end() ? nullptr : &codes_[it->second];
}

const CameoCode* CameoCodes::find_or_parent(std::string_view code) const {
  while (code.size() >= 2) {
    if (const CameoCode* c = find(code)) return c;
    code.remove_suffix(1);
  }
  return nullptr;
}

}  // namespace dunlin
