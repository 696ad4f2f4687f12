#include "dunlin/conllu/conllu.h"

#include <charconv>
#include <fstream>
#include <string_view>

namespace dunlin {
namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      fields.push_back(line.substr(start));
      return fields;
    }
    fields.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

bool parse_int(std::string_view s, int& value) {
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  return ec == std::errc() && ptr == s.data() + s.size();
}

}  // namespace

std::string ConlluSentence::comment_value(const std::string& key, bool* found) const {
  for (const std::string& c : comments) {
    if (c.compare(0, key.size(), key) != 0) continue;
    std::string_view rest = std::string_view(c).substr(key.size());
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (rest.empty()) {
      if (found) *found = true;
      return {};
    }
    if (rest.front() != '=') continue;
    rest.remove_prefix(1);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (found) *found = true;
    return std::string(rest);
  }
  if (found) *found = false;
  return {};
}

namespace {
// "newdoc", "newdoc id = x", "newpar" ...: the key alone, or followed by a space or '='.
bool has_marker(const std::vector<std::string>& comments, std::string_view key) {
  for (const std::string& c : comments)
    if (c.compare(0, key.size(), key) == 0 && (c.size() == key.size() || c[key.size()] == ' ' || c[key.size()] == '='))
      return true;
  return false;
}
}  // namespace

bool ConlluSentence::starts_document() const { return has_marker(comments, "newdoc"); }

bool ConlluSentence::starts_paragraph() const { return has_marker(comments, "newpar") || starts_document(); }

ConlluReader::ConlluReader(std::istream& in, std::string source_name) : in_(in), source_(std::move(source_name)) {}

bool ConlluReader::next(ConlluSentence& sentence) {
  sentence = ConlluSentence();
  std::string line;
  bool any = false;
  auto fail = [&](const std::string& why) {
    throw ConlluError(source_ + ":" + std::to_string(line_number_) + ": " + why);
  };
  std::vector<size_t> word_lines, range_lines;  // where each word and multiword range was, for messages
  // Checks what needs the whole sentence: heads and multiword ranges inside it.
  auto check_sentence = [&] {
    const int n = static_cast<int>(sentence.words.size());
    for (size_t i = 0; i < sentence.words.size(); ++i)
      if (sentence.words[i].head > n)
        throw ConlluError(source_ + ":" + std::to_string(word_lines[i]) + ": HEAD " +
                          std::to_string(sentence.words[i].head) + " is past the sentence's last word (" +
                          std::to_string(n) + ")");
    for (size_t i = 0; i < sentence.multiword_tokens.size(); ++i)
      if (sentence.multiword_tokens[i].last > n)
        throw ConlluError(source_ + ":" + std::to_string(range_lines[i]) + ": multiword token range ends at word " +
                          std::to_string(sentence.multiword_tokens[i].last) + ", past the sentence's last word (" +
                          std::to_string(n) + ")");
    return true;
  };
  while (std::getline(in_, line)) {
    ++line_number_;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (any) return check_sentence();
      continue;
    }
    any = true;
    if (line[0] == '#') {
      std::string_view c = std::string_view(line).substr(1);
      if (!c.empty() && c.front() == ' ') c.remove_prefix(1);
      sentence.comments.emplace_back(c);
      continue;
    }
    const auto f = split_tabs(line);
    if (f.size() != 10) fail("expected 10 tab-separated fields, found " + std::to_string(f.size()));
    const std::string_view id = f[0];
    if (id.find('.') != std::string_view::npos) continue;  // empty node of the enhanced graph
    if (const size_t dash = id.find('-'); dash != std::string_view::npos) {
      ConlluMultiwordToken mwt;
      if (!parse_int(id.substr(0, dash), mwt.first) || !parse_int(id.substr(dash + 1), mwt.last) ||
          mwt.first > mwt.last)
        fail("bad multiword token range '" + std::string(id) + "'");
      if (mwt.first != static_cast<int>(sentence.words.size()) + 1 ||
          (!sentence.multiword_tokens.empty() && sentence.multiword_tokens.back().last >= mwt.first))
        fail("multiword token range '" + std::string(id) + "' must come right before its first word, without overlap");
      mwt.form = f[1];
      mwt.misc = f[9];
      sentence.multiword_tokens.push_back(std::move(mwt));
      range_lines.push_back(line_number_);
      continue;
    }
    int n = 0;
    if (!parse_int(id, n) || n != static_cast<int>(sentence.words.size()) + 1)
      fail("bad or out-of-order word ID '" + std::string(id) + "'");
    ConlluWord w;
    w.form = f[1];
    w.lemma = f[2];
    w.upos = f[3];
    w.xpos = f[4];
    w.feats = f[5];
    if (f[6] != "_" && (!parse_int(f[6], w.head) || w.head < 0)) fail("bad HEAD '" + std::string(f[6]) + "'");
    w.deprel = f[7];
    w.deps = f[8];
    w.misc = f[9];
    sentence.words.push_back(std::move(w));
    word_lines.push_back(line_number_);
  }
  return any && check_sentence();
}

std::vector<ConlluSentence> read_conllu_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw ConlluError(path + ": cannot open file");
  ConlluReader reader(in, path);
  std::vector<ConlluSentence> out;
  ConlluSentence s;
  while (reader.next(s)) out.push_back(std::move(s));
  return out;
}

void write_conllu(std::ostream& out, const ConlluSentence& sentence) {
  for (const std::string& c : sentence.comments) out << "# " << c << '\n';
  size_t next_mwt = 0;
  for (size_t i = 0; i < sentence.words.size(); ++i) {
    const int id = static_cast<int>(i) + 1;
    while (next_mwt < sentence.multiword_tokens.size() && sentence.multiword_tokens[next_mwt].first == id) {
      const auto& m = sentence.multiword_tokens[next_mwt++];
      out << m.first << '-' << m.last << '\t' << m.form << "\t_\t_\t_\t_\t_\t_\t_\t" << (m.misc.empty() ? "_" : m.misc)
          << '\n';
    }
    const ConlluWord& w = sentence.words[i];
    auto field = [](const std::string& s) -> const std::string& {
      static const std::string underscore = "_";
      return s.empty() ? underscore : s;
    };
    out << id << '\t' << field(w.form) << '\t' << field(w.lemma) << '\t' << field(w.upos) << '\t' << field(w.xpos)
        << '\t' << field(w.feats) << '\t';
    if (w.head < 0) out << '_';
    else out << w.head;
    out << '\t' << field(w.deprel) << '\t' << field(w.deps) << '\t' << field(w.misc) << '\n';
  }
  out << '\n';
}

}  // namespace dunlin
