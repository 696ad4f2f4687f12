// Loading and validating the tokenizer's TSV lists (data/segment/*.txt).
#include "dunlin/segment/rules.h"

#include <fstream>

#include "dunlin/resources.h"

namespace dunlin {
namespace fs = std::filesystem;

namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) return out;
    start = tab + 1;
  }
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Straight apostrophe for the curly one, so that one entry matches both spellings.
std::string straighten(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 3, "\xE2\x80\x99") == 0) {
      out.push_back('\'');
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

bool has_space(std::string_view s) {
  for (char c : s)
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return true;
  return false;
}

// Calls on_row(fields, line_number) for each data line of a TSV file with a header; checks the header and the
// column count, and reports errors as "path:line: message".
template <class F>
void read_tsv(const fs::path& path, const std::vector<std::string_view>& header, F on_row) {
  std::ifstream in(path);
  if (!in) throw SegmentDataError(path.string() + ": cannot open file");
  std::string line;
  size_t number = 0;
  bool seen_header = false;
  auto fail = [&](const std::string& why) {
    throw SegmentDataError(path.string() + ":" + std::to_string(number) + ": " + why);
  };
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> fields = split_tabs(line);
    if (!seen_header) {
      if (fields != header) {
        std::string want;
        for (auto h : header) want += (want.empty() ? "" : "<TAB>") + std::string(h);
        fail("expected the header line \"" + want + "\"");
      }
      seen_header = true;
      continue;
    }
    if (fields.size() != header.size())
      fail("expected " + std::to_string(header.size()) + " tab-separated column" + (header.size() == 1 ? "" : "s") +
           ", found " + std::to_string(fields.size()));
    for (auto f : fields)
      if (f.empty()) fail("empty column");
    on_row(fields, fail);
  }
  if (!seen_header) {
    number = 0;
    fail("no header line");
  }
}

}  // namespace

void TokenizerRules::load_abbreviations(const fs::path& path) {
  read_tsv(path, {"abbreviation", "kind"}, [&](const std::vector<std::string_view>& f, auto fail) {
    if (f[0].size() < 2 || f[0].back() != '.')
      fail("an abbreviation must end with its period: \"" + std::string(f[0]) + "\"");
    if (has_space(f[0])) fail("an abbreviation cannot contain white space");
    AbbreviationKind kind = f[1] == "title"   ? AbbreviationKind::title
                            : f[1] == "other" ? AbbreviationKind::other
                                              : AbbreviationKind::none;
    if (kind == AbbreviationKind::none) fail("unknown kind \"" + std::string(f[1]) + "\" (use title or other)");
    if (!abbreviations.emplace(straighten(f[0]), kind).second)
      fail("duplicate abbreviation \"" + std::string(f[0]) + "\"");
  });
}

void TokenizerRules::load_clitics(const fs::path& path) {
  read_tsv(path, {"kind", "form", "parts"}, [&](const std::vector<std::string_view>& f, auto fail) {
    const std::string form = ascii_lower(straighten(f[1]));
    if (has_space(form)) fail("a form cannot contain white space");
    if (f[0] == "suffix") {
      if (f[2] != "-") fail("the parts column of a suffix must be \"-\"");
      clitic_suffixes.push_back(form);
    } else if (f[0] == "word") {
      std::vector<uint8_t> lengths;
      std::string joined;
      for (std::string_view part : [&] {
             std::vector<std::string_view> parts;
             size_t s = 0;
             std::string_view p = f[2];
             while (true) {
               size_t sp = p.find(' ', s);
               parts.push_back(p.substr(s, sp == std::string_view::npos ? sp : sp - s));
               if (sp == std::string_view::npos) break;
               s = sp + 1;
             }
             return parts;
           }()) {
        if (part.empty()) fail("empty part in \"" + std::string(f[2]) + "\" (separate parts by one space)");
        const std::string p = ascii_lower(straighten(part));
        if (p.size() > 255) fail("part too long");
        lengths.push_back(static_cast<uint8_t>(p.size()));
        joined += p;
      }
      if (joined != form) fail("the parts \"" + std::string(f[2]) + "\" do not spell \"" + std::string(f[1]) + "\"");
      if (lengths.size() < 2) fail("a word entry needs at least two parts");
      if (form.size() >= 24) fail("a word entry has at most 23 bytes");
      split_lengths[letter_pair(form)] |= 1u << form.size();
      if (!word_splits.emplace(form, std::move(lengths)).second) fail("duplicate word \"" + std::string(f[1]) + "\"");
    } else {
      fail("unknown kind \"" + std::string(f[0]) + "\" (use suffix or word)");
    }
  });
}

void TokenizerRules::load_hyphen_prefixes(const fs::path& path) {
  read_tsv(path, {"prefix"}, [&](const std::vector<std::string_view>& f, auto fail) {
    if (has_space(f[0]) || f[0].find('-') != std::string_view::npos) fail("a prefix is one word without its hyphen");
    hyphen_prefixes.insert(ascii_lower(f[0]));
  });
}

void TokenizerRules::load_emoticons(const fs::path& path) {
  read_tsv(path, {"emoticon"}, [&](const std::vector<std::string_view>& f, auto fail) {
    if (has_space(f[0])) fail("an emoticon cannot contain white space");
    emoticons.emplace(f[0]);
  });
}

void TokenizerRules::load_units(const fs::path& path) {
  read_tsv(path, {"unit"}, [&](const std::vector<std::string_view>& f, auto fail) {
    for (char c : f[0])
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) fail("a unit is written with ASCII letters only");
    if (f[0].size() > 8) fail("a unit has at most 8 letters");
    units.insert(ascii_lower(f[0]));
  });
}

TokenizerRules TokenizerRules::load(const fs::path& dir) {
  TokenizerRules r;
  r.load_abbreviations(dir / "abbreviations.txt");
  r.load_clitics(dir / "clitics.txt");
  r.load_hyphen_prefixes(dir / "hyphen_prefixes.txt");
  r.load_emoticons(dir / "emoticons.txt");
  r.load_units(dir / "units.txt");
  return r;
}

TokenizerRules TokenizerRules::load_default() {
  try {
    return load(find_resource("data/segment/abbreviations.txt").parent_path());
  } catch (const ResourceError& e) {
    throw SegmentDataError(e.what());
  }
}

AbbreviationKind TokenizerRules::abbreviation(std::string_view word) const {
  if (auto it = abbreviations.find(word); it != abbreviations.end()) return it->second;
  // "Etc." matches the entry "etc.".
  if (!word.empty() && word[0] >= 'A' && word[0] <= 'Z' && word.size() <= 32) {
    char buf[32];
    word.copy(buf, word.size());
    buf[0] = static_cast<char>(buf[0] - 'A' + 'a');
    if (auto it = abbreviations.find(std::string_view(buf, word.size())); it != abbreviations.end()) return it->second;
  }
  return AbbreviationKind::none;
}

}  // namespace dunlin
