// The NER's name lists (see ner_gazetteer.h): source readers, matching, storage.
#include "dunlin/nlp/ner_gazetteer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "dunlin/nlp/hash.h"
#include "dunlin/nlp/word_features.h"
#include "dunlin/text/tsv_rows.h"

namespace dunlin::nlp {
namespace {

constexpr size_t kMaxWords = 6;

constexpr uint64_t kSequenceSeed = 0x9E3779B97F4A7C15ULL;

uint64_t sequence_hash(std::span<const std::string> lower_words) {
  uint64_t h = kSequenceSeed;
  for (const auto& w : lower_words) h = mix64(h ^ hash_string(w));
  return h;
}

// Words of a name as the UD English tokenization splits them: at spaces and underscores, with commas,
// parentheses and hyphens as words of their own.
std::vector<std::string> name_words(std::string_view name) {
  std::vector<std::string> words;
  std::string cur;
  for (char ch : name) {
    if (ch == ' ' || ch == '_') {
      if (!cur.empty()) words.push_back(cur), cur.clear();
    } else if (ch == ',' || ch == '(' || ch == ')' || ch == '-') {
      if (!cur.empty()) words.push_back(cur), cur.clear();
      words.emplace_back(1, ch);
    } else {
      cur += ch;
    }
  }
  if (!cur.empty()) words.push_back(cur);
  return words;
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string item;
  while (std::getline(ss, item, sep))
    if (!item.empty()) out.push_back(item);
  return out;
}

void read_iso_codes(NerGazetteer& g, const std::string& dir) {
  for (const auto& [file, key, kind] : {std::tuple{"iso_3166-1.json", "3166-1", GazKind::iso_country},
                                        {"iso_3166-2.json", "3166-2", GazKind::iso_region}}) {
    std::ifstream in(dir + "/" + file);
    if (!in) continue;
    const auto j = nlohmann::json::parse(in, nullptr, false);
    if (j.is_discarded() || !j.contains(key)) throw std::runtime_error(dir + "/" + file + ": not iso-codes JSON");
    for (const auto& e : j[key])
      for (const char* field : {"name", "common_name", "official_name"})
        if (e.contains(field) && e[field].is_string()) {
          const std::string name = e[field].get<std::string>();
          if (name.find(',') == std::string::npos) g.add(name, kind);
        }
  }
}

// WordNet 3.0 data.noun: "offset lexfile pos w_cnt(hex) word lex_id ... p_cnt ptr... | gloss". Proper names
// (capitalized lemmas) of noun.group (14) -> organization-like, noun.location (15) and noun.object (17) ->
// place, noun.person (18) instances ("@i" pointer) -> person.
void read_wordnet(NerGazetteer& g, const std::string& dir) {
  const std::string path = dir + "/data.noun";
  std::ifstream in(path);
  if (!in) return;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;
    std::istringstream ss(line);
    std::string offset, lexfile, pos, count_hex;
    if (!(ss >> offset >> lexfile >> pos >> count_hex)) throw std::runtime_error(path + ": malformed line");
    const int lf = std::atoi(lexfile.c_str());
    if (lf != 14 && lf != 15 && lf != 17 && lf != 18) continue;
    const long count = std::strtol(count_hex.c_str(), nullptr, 16);
    std::vector<std::string> lemmas;
    for (long i = 0; i < count; ++i) {
      std::string word, lex_id;
      if (!(ss >> word >> lex_id)) throw std::runtime_error(path + ": malformed synset " + offset);
      lemmas.push_back(word);
    }
    const bool instance = line.find(" @i ") != std::string::npos;
    GazKind kind;
    if (lf == 18) {
      if (!instance) continue;
      kind = GazKind::wn_person;
    } else {
      kind = lf == 14 ? GazKind::wn_group : GazKind::wn_location;
    }
    for (const std::string& w : lemmas)
      if (is_capitalized(w)) g.add(w, kind);
  }
}

// dunlin's actor dictionaries: the `names` column ('|'-separated) of people and organizations, and the names
// and capitals (places) and adjectives (demonyms) of countries.
void read_actors(NerGazetteer& g, const std::string& dir) {
  auto column_rows = [&](const std::string& file, const std::vector<std::string>& columns,
                         const std::vector<GazKind>& kinds) {
    const std::string path = dir + "/" + file;
    std::ifstream probe(path);
    if (!probe) return;
    std::string header;
    while (std::getline(probe, header) && (header.empty() || header[0] == '#')) {
    }
    const auto names = split(header, '\t');
    std::vector<size_t> at;
    for (const auto& c : columns) {
      const auto it = std::find(names.begin(), names.end(), c);
      if (it == names.end()) throw std::runtime_error(path + ": no column '" + c + "'");
      at.push_back(static_cast<size_t>(it - names.begin()));
    }
    for (const auto& [line_no, fields] : read_tsv_rows(path, 1, 64)) {
      (void)line_no;
      for (size_t k = 0; k < at.size(); ++k)
        if (at[k] < fields.size())
          for (const auto& name : split(fields[at[k]], '|')) g.add(name, kinds[k]);
    }
  };
  column_rows("people.tsv", {"names"}, {GazKind::actor_person});
  column_rows("organizations.tsv", {"names"}, {GazKind::actor_org});
  column_rows("countries.tsv", {"name", "names", "capitals", "adjectives"},
              {GazKind::actor_place, GazKind::actor_place, GazKind::actor_place, GazKind::demonym});
}

void read_cities(NerGazetteer& g, const std::string& path, uint64_t min_population) {
  for (const auto& [line_no, fields] : read_tsv_rows(path, 6, 16)) {
    char* end = nullptr;
    const unsigned long long pop = std::strtoull(fields[5].c_str(), &end, 10);
    if (end == fields[5].c_str()) throw std::runtime_error(path + ":" + std::to_string(line_no) + ": bad population");
    if (pop >= min_population) g.add(fields[1], GazKind::city);
  }
}

void read_first_names(NerGazetteer& g, const std::string& path) {
  std::ifstream in(path);
  if (!in) return;
  std::stringstream buf;
  buf << in.rdbuf();
  const std::string text = buf.str();
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first != std::string::npos && text[first] == '[') {
    const auto j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_array()) throw std::runtime_error(path + ": not a JSON array of names");
    for (const auto& e : j)
      if (e.is_string()) g.add(e.get<std::string>(), GazKind::first_name);
    return;
  }
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty() && line[0] != '#') g.add(line, GazKind::first_name);
  }
}

void read_org_names(NerGazetteer& g, const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open");
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.size() < 3 || line[0] == '#' || (line[0] >= 'a' && line[0] <= 'z')) continue;
    g.add(line, GazKind::org_list);
  }
}

}  // namespace

NerGazetteer NerGazetteer::build(const NerGazetteerSources& s) {
  NerGazetteer g;
  if (!s.iso_codes_dir.empty()) read_iso_codes(g, s.iso_codes_dir);
  if (!s.wordnet_dir.empty()) read_wordnet(g, s.wordnet_dir);
  if (!s.actors_dir.empty()) read_actors(g, s.actors_dir);
  if (!s.cities_tsv.empty()) read_cities(g, s.cities_tsv, s.min_city_population);
  for (const auto& f : s.first_name_files) read_first_names(g, f);
  for (const auto& f : s.org_name_files) read_org_names(g, f);
  return g;
}

void NerGazetteer::add(std::string_view name, GazKind kind) {
  auto words = name_words(name);
  if (words.empty() || words.size() > kMaxWords) return;
  for (auto& w : words) w = normalize_word(w, false);
  names_[sequence_hash(words)] |= static_cast<uint16_t>(1u << static_cast<int>(kind));
  first_words_.insert(hash_string(words[0]));
  max_words_ = std::max<uint8_t>(max_words_, static_cast<uint8_t>(words.size()));
}

uint16_t NerGazetteer::kinds_of(std::span<const std::string> lower_words) const {
  if (lower_words.empty() || lower_words.size() > max_words_) return 0;
  const auto it = names_.find(sequence_hash(lower_words));
  return it == names_.end() ? 0 : it->second;
}

void NerGazetteer::match(std::span<const std::string> lower_words, std::span<const std::string_view> words,
                         std::vector<uint64_t>& bits) const {
  const size_t n = words.size();
  bits.assign(n, 0);
  if (max_words_ == 0) return;
  std::vector<uint64_t> word_hash(n);
  for (size_t i = 0; i < n; ++i) word_hash[i] = hash_string(lower_words[i]);
  uint64_t prefix[kMaxWords + 1];  // prefix[len]: sequence hash of the words i .. i+len-1
  for (size_t i = 0; i < n; ++i) {
    if (words[i].empty() || !first_words_.contains(word_hash[i])) continue;
    const bool lower_start = !is_capitalized(words[i]);
    if (lower_start && !(words[i][0] >= 'a' && words[i][0] <= 'z')) continue;
    const size_t longest = std::min<size_t>(max_words_, n - i);
    prefix[0] = kSequenceSeed;
    for (size_t len = 1; len <= longest; ++len) prefix[len] = mix64(prefix[len - 1] ^ word_hash[i + len - 1]);
    uint16_t done = 0;  // kinds already matched (longer) from this start
    for (size_t len = longest; len >= 1; --len) {
      const auto it = names_.find(prefix[len]);
      if (it == names_.end()) continue;
      const uint16_t kinds = it->second & static_cast<uint16_t>(~done);
      done |= kinds;
      for (int k = 0; k < kGazKinds; ++k) {
        if (!(kinds >> k & 1)) continue;
        if (lower_start) {  // web text writes names in lowercase too: a weaker signal, kind only
          for (size_t j = 0; j < len; ++j) bits[i + j] |= uint64_t{1} << gaz_lowercase_bit(k);
          continue;
        }
        for (size_t j = 0; j < len; ++j) {
          const int part = len == 1 ? 3 : j == 0 ? 0 : j + 1 == len ? 2 : 1;
          bits[i + j] |= uint64_t{1} << gaz_bit(k, part);
        }
      }
    }
  }
}

void NerGazetteer::save(ByteWriter& w) const {
  std::vector<std::pair<uint64_t, uint16_t>> names(names_.begin(), names_.end());
  std::sort(names.begin(), names.end());
  w.u8(max_words_);
  std::vector<uint64_t> keys;
  std::vector<uint16_t> kinds;
  for (const auto& [k, v] : names) keys.push_back(k), kinds.push_back(v);
  w.array(keys);
  w.array(kinds);
  std::vector<uint64_t> first(first_words_.begin(), first_words_.end());
  std::sort(first.begin(), first.end());
  w.array(first);
}

NerGazetteer NerGazetteer::load(ByteReader& r) {
  NerGazetteer g;
  g.max_words_ = r.u8();
  if (g.max_words_ > kMaxWords) r.fail("corrupt gazetteer (name length)");
  const auto keys = r.array<uint64_t>();
  const auto kinds = r.array<uint16_t>();
  if (keys.size() != kinds.size()) r.fail("corrupt gazetteer (sizes)");
  g.names_.reserve(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) g.names_.emplace(keys[i], kinds[i]);
  const auto first = r.array<uint64_t>();
  g.first_words_.insert(first.begin(), first.end());
  return g;
}

}  // namespace dunlin::nlp
