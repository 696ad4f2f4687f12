// The CAMEO event code table: every code with its name, Goldstein score, quad class and PLOVER type/mode/context,
// read from data/events/cameo.tsv and validated at load time.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dunlin {

struct CameoCode {
  std::string code;            // "0874" (leading zeros matter: "010" is not "10")
  std::string name;            // "Retreat or surrender militarily"
  double goldstein = 0;        // GDELT's Goldstein score, -10..+10
  double goldstein_icews = 0;  // ICEWS's value (differs for 016, 022, 164, 165)
  int quad_class = 0;          // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
  std::string plover_type;     // "RETREAT"; empty for root 01, which PLOVER does not code (02 is REQUEST); the root 08
                               // alone maps to two types, written "CONCEDE|RETREAT"
  std::string plover_mode;     // "disarm" or empty
  std::string plover_context;  // "military" or empty
  size_t line = 0;

  std::string_view root() const { return std::string_view(code).substr(0, 2); }
  int level() const { return static_cast<int>(code.size()) - 2; }  // 0 root, 1 three-digit, 2 four-digit
};

// The quad class CAMEO's root implies (01-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4), 0 for a bad root.
int quad_class_of_root(int root);

// True for the 16 event types of PLOVER draft 0.8 (AGREE ... ASSAULT).
bool is_plover_event_type(std::string_view type);

class CameoCodes {
 public:
  // Columns: code, name, goldstein, quad_class (required); goldstein_icews, plover_type, plover_mode,
  // plover_context (optional). Validates: 2-4 digit codes with a root 01-20, no duplicates, the parent of every
  // 3/4-digit code present (earlier in the file), Goldstein in [-10, 10], quad class equal to the root's, known
  // PLOVER type. Throws DictionaryError ("file:line: ..."). A user file that extends the built-in table is loaded
  // with `require_parents` false: its parents are checked by merge() instead.
  static CameoCodes load(const std::string& path, bool require_parents = true);
  // Rows of `other` replace rows with the same code and add new ones, whose parents must exist here (else
  // DictionaryError).
  void merge(const CameoCodes& other);

  const CameoCode* find(std::string_view code) const;  // nullptr when unknown
  // The code itself, else its nearest listed parent ("0431" -> "043" when 0431 is not listed), else nullptr.
  const CameoCode* find_or_parent(std::string_view code) const;
  const std::vector<CameoCode>& codes() const { return codes_; }

 private:
  std::vector<CameoCode> codes_;
  std::unordered_map<std::string, size_t> index_;
};

}  // namespace dunlin
