// The NER tagger: IOB2 reading, BILOU encoding, features, training, greedy and Viterbi decoding.
#include "dunlin/nlp/ner.h"

#include <algorithm>
#include <bit>
#include <cctype>
#include <fstream>
#include <functional>
#include <limits>
#include <numeric>
#include <random>
#include <sstream>
#include <stdexcept>

#include "dunlin/nlp/hash.h"
#include "dunlin/nlp/word_features.h"
#include "dunlin/text/ascii.h"

namespace dunlin::nlp {
namespace {

constexpr uint64_t kPad = 0x6A09E667F3BCC909ULL;
// Version of the "ner" section layout and feature set: a model of another version is refused at load.
constexpr uint32_t kNerVersion = 3;
// BILOU classes: 0 = O, then for label l (PER 0, ORG 1, LOC 2): 1 + 4l + {B 0, I 1, L 2, U 3}.
constexpr int kClasses = 13;
// The Viterbi model's transition weights: one class per (previous class or sentence start, class) pair, so that one
// feature lookup gives the weights for every previous class at once.
constexpr int kPairClasses = (kClasses + 1) * kClasses;
// Row length of Ner::vector_table_: kClasses weights padded to 16 floats (one vector-feature row per 64 bytes).
constexpr size_t kVectorRow = 16;
int pair(int prev, int c) { return (prev + 1) * kClasses + c; }
int cls(int label, int part) { return 1 + 4 * label + part; }
int label_of(int c) { return (c - 1) / 4; }
int part_of(int c) { return (c - 1) % 4; }

bool parse_label(std::string_view s, int& label) {
  if (s == "PER") label = 0;
  else if (s == "ORG") label = 1;
  else if (s == "LOC") label = 2;
  else return false;
  return true;
}

std::vector<int> bilou_of(const std::vector<EntitySpan>& spans, size_t n) {
  std::vector<int> c(n, 0);
  for (const auto& s : spans) {
    const int l = static_cast<int>(s.label);
    if (s.end - s.first == 1) {
      c[s.first] = cls(l, 3);
      continue;
    }
    c[s.first] = cls(l, 0);
    for (uint32_t i = s.first + 1; i + 1 < s.end; ++i) c[i] = cls(l, 1);
    c[s.end - 1] = cls(l, 2);
  }
  return c;
}

// Can class `next` follow class `prev` (-1 = sentence start) in a well-formed BILOU sequence?
bool allowed(int prev, int next) {
  const bool prev_open = prev > 0 && (part_of(prev) == 0 || part_of(prev) == 1);
  if (next == 0) return !prev_open;
  const int p = part_of(next);
  if (p == 0 || p == 3) return !prev_open;
  return prev_open && label_of(prev) == label_of(next);  // I or L continue an open entity of the same label
}

}  // namespace

namespace {
// Maps a tag's type to PER / ORG / LOC ("" = O), including CrossNER's fine types.
std::string coarse_type(std::string_view t) {
  if (t == "PER" || t == "ORG" || t == "LOC") return std::string(t);
  if (t == "person" || t == "politician") return "PER";
  if (t == "organisation" || t == "politicalparty") return "ORG";
  if (t == "location" || t == "country") return "LOC";
  return "";
}
}  // namespace

namespace {
// Words that end or head organisation names, by kind (see org_keyword_kind in ner.h). Written for dunlin.
struct OrgKeyword {
  std::string_view word;
  int kind;
};
constexpr OrgKeyword kOrgKeywords[] = {
    {"inc", 1}, {"inc.", 1}, {"corp", 1}, {"corp.", 1}, {"corporation", 1}, {"co.", 1}, {"ltd", 1}, {"ltd.", 1},
    {"llc", 1}, {"plc", 1}, {"gmbh", 1}, {"limited", 1}, {"incorporated", 1}, {"company", 1}, {"holdings", 1},
    {"bank", 2}, {"bancorp", 2}, {"airlines", 2}, {"airline", 2}, {"airways", 2}, {"group", 2}, {"motors", 2},
    {"industries", 2}, {"enterprises", 2}, {"technologies", 2}, {"systems", 2}, {"solutions", 2}, {"services", 2},
    {"partners", 2}, {"associates", 2}, {"insurance", 2}, {"communications", 2}, {"pharmaceuticals", 2},
    {"entertainment", 2}, {"studios", 2}, {"records", 2}, {"electric", 2}, {"petroleum", 2}, {"railways", 2},
    {"university", 3}, {"college", 3}, {"school", 3}, {"academy", 3}, {"institute", 3}, {"hospital", 3},
    {"clinic", 3}, {"laboratory", 3}, {"laboratories", 3}, {"seminary", 3},
    {"ministry", 4}, {"department", 4}, {"agency", 4}, {"administration", 4}, {"commission", 4}, {"council", 4},
    {"committee", 4}, {"bureau", 4}, {"authority", 4}, {"court", 4}, {"police", 4}, {"army", 4}, {"navy", 4},
    {"government", 4}, {"parliament", 4}, {"senate", 4}, {"congress", 4}, {"assembly", 4}, {"directorate", 4},
    {"party", 5}, {"union", 5}, {"association", 5}, {"federation", 5}, {"league", 5}, {"coalition", 5},
    {"alliance", 5}, {"foundation", 5}, {"society", 5}, {"organization", 5}, {"organisation", 5}, {"movement", 5},
    {"front", 5}, {"brigade", 5}, {"trust", 5}, {"fund", 5}, {"institution", 5}, {"consortium", 5},
    {"times", 6}, {"post", 6}, {"news", 6}, {"journal", 6}, {"herald", 6}, {"tribune", 6}, {"press", 6},
    {"magazine", 6}, {"club", 6}, {"church", 6}, {"fc", 6}, {"united", 6}, {"broadcasting", 6}, {"network", 6},
};
}  // namespace

int org_keyword_kind(std::string_view word) {
  char buf[24];
  if (word.size() >= sizeof buf) return 0;
  for (size_t i = 0; i < word.size(); ++i) buf[i] = (word[i] >= 'A' && word[i] <= 'Z') ? char(word[i] - 'A' + 'a') : word[i];
  const std::string_view lower(buf, word.size());
  for (const auto& k : kOrgKeywords)
    if (k.word == lower) return k.kind;
  return 0;
}

namespace {
bool upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }
bool acronym_joiner(std::string_view w) {
  return w == "of" || w == "and" || w == "&" || w == "for" || w == "the" || w == "de";
}
// Calls f(hash of the initials, index of the run's last word) for every run of at least two capitalized words
// (joiners "of", "and", "&", "for", "the", "de" allowed inside, not counted) ending at word `end` - 1, for every
// start of it; e.g. "Department of Housing and Urban Development" gives DHUD and HUD (and UD).
template <typename F>
void acronym_runs(std::span<const std::string_view> words, F&& f) {
  const size_t n = words.size();
  size_t i = 0;
  while (i < n) {
    if (words[i].empty() || !upper_ascii(words[i][0])) {
      ++i;
      continue;
    }
    size_t j = i, last = i;  // [i, last] the run, last capitalized
    while (j + 1 < n && ((!words[j + 1].empty() && upper_ascii(words[j + 1][0])) || acronym_joiner(words[j + 1]))) {
      ++j;
      if (upper_ascii(words[j][0])) last = j;
    }
    std::string initials;
    std::vector<size_t> caps;
    for (size_t k = i; k <= last; ++k)
      if (upper_ascii(words[k][0])) caps.push_back(k);
    for (size_t a = 0; a + 2 <= caps.size() && caps.size() - a <= 8; ++a) {
      initials.clear();
      for (size_t b = a; b < caps.size(); ++b) initials += words[caps[b]][0];
      f(hash_string(initials), last);
    }
    i = j + 1;
  }
}
// Is w written like an acronym: 2 to 6 ASCII capitals, nothing else.
bool acronym_like(std::string_view w) {
  return w.size() >= 2 && w.size() <= 6 && std::all_of(w.begin(), w.end(), upper_ascii);
}
}  // namespace

std::vector<NerSentence> read_iob2_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open");
  std::vector<NerSentence> out;
  NerSentence cur;
  std::string line;
  size_t line_no = 0;
  bool markers = false, pending_doc = true;  // any document marker in the file; the next sentence starts one
  auto flush = [&] {
    if (!cur.words.empty()) {
      cur.doc_start = pending_doc;
      pending_doc = false;
      out.push_back(std::move(cur));
    }
    cur = NerSentence();
  };
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      flush();
      continue;
    }
    if (line[0] == '#') {
      if (line.rfind("# sent_id = ", 0) == 0) cur.id = line.substr(12);
      if (line.rfind("# newdoc", 0) == 0) {
        flush();
        markers = pending_doc = true;
      }
      continue;
    }
    if (line.rfind("-DOCSTART-", 0) == 0) {
      flush();
      markers = pending_doc = true;
      continue;
    }
    // UNER: ID <tab> word <tab> tag ...; two-column files: word <tab or space> tag.
    std::vector<std::string> fields;
    const char sep = line.find('\t') != std::string::npos ? '\t' : ' ';
    std::stringstream ss(line);
    std::string field;
    while (std::getline(ss, field, sep)) fields.push_back(field);
    std::string word, tag;
    if (fields.size() >= 3) word = fields[1], tag = fields[2];
    else if (fields.size() == 2) word = fields[0], tag = fields[1];
    else throw std::runtime_error(path + ":" + std::to_string(line_no) + ": expected a word and a tag");
    std::string type;
    if (tag.size() >= 3 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-') type = coarse_type(tag.substr(2));
    cur.words.push_back(word);
    cur.tags.push_back(type.empty() ? "O" : std::string(1, tag[0]) + "-" + type);
  }
  flush();
  if (!markers)  // no document structure: every sentence stands alone
    for (auto& s : out) s.doc_start = true;
  return out;
}

std::vector<EntitySpan> spans_of_iob2(const std::vector<std::string>& tags) {
  std::vector<EntitySpan> spans;
  int open = -1;
  uint32_t start = 0;
  for (uint32_t i = 0; i <= tags.size(); ++i) {
    int label = -1;
    char kind = 'O';
    if (i < tags.size() && tags[i].size() > 2 && tags[i][1] == '-' && parse_label(tags[i].substr(2), label))
      kind = tags[i][0];
    const bool continues = kind == 'I' && open == label;
    if (open >= 0 && !continues) {
      spans.push_back({start, i, static_cast<EntityLabel>(open)});
      open = -1;
    }
    if ((kind == 'B' || kind == 'I') && !continues) {
      open = label;
      start = i;
    }
  }
  return spans;
}

// Per-sentence feature extraction (one instance per call). Features are split into the label-free ones
// (emission: scored once per word) and those conjoined with the previous label(s) (scored once per previous class
// in Viterbi decoding).
class NerFeatures {
 public:
  // stack: nullptr for the first pass; for the second, 2 bytes per word (stack_inputs()), and no history features.
  NerFeatures(const Ner& ner, std::span<const std::string_view> words, std::span<const uint8_t> upos,
              const NerContext* context, const uint8_t* stack = nullptr)
      : n_(words.size()), features_(ner.features_), upos_(upos), stack_(stack) {
    if (stack_) features_.history = false;
    lower_.resize(n_), form_.resize(n_), shape_.resize(n_), suf3_.resize(n_), suf2_.resize(n_), pre3_.resize(n_);
    std::vector<std::string> lw(n_);
    levels_ = ner.clusters_.levels();
    if (features_.vectors) vec_.assign(n_, nullptr), dims_ = ner.vectors_.dims();
    dense_ = features_.vectors && !ner.vector_table_.empty();
    cluster_.assign(n_ * levels_, kNoCluster);
    for (size_t i = 0; i < n_; ++i) {
      lw[i] = normalize_word(words[i], false);
      const std::string folded = normalize_word(words[i], true);
      lower_[i] = hash_string(folded);
      form_[i] = hash_string(words[i]);
      shape_[i] = hash_string(word_shape(words[i]));
      suf3_[i] = hash_string(suffix(folded, 3));
      suf2_[i] = hash_string(suffix(folded, 2)) + 1;
      pre3_[i] = hash_string(prefix(folded, 3)) + 2;
      if (const uint16_t* c = ner.clusters_.find(words[i])) std::copy(c, c + levels_, &cluster_[i * levels_]);
      if (features_.vectors) vec_[i] = ner.vectors_.find(words[i]);
    }
    ner.gazetteer_.match(lw, words, gaz_);
    if (dense_) {
      // Per word, its own and (vector_context) its neighbours' rows: one row per pair of dimensions (a nibble of
      // the code row), no branch on the codes.
      const size_t pairs = (static_cast<size_t>(dims_) + 1) / 2;
      const size_t stride = pairs * 16 * kVectorRow;  // one position's part of the table
      dense_emit_.assign(n_ * kClasses, 0.0f);
      auto add = [&](const uint8_t* row, size_t position, float* acc) {
        if (!row) return;
        const float* base = ner.vector_table_.data() + position * stride;
        for (size_t p = 0; p < pairs; ++p) {
          const unsigned nibble = (row[p >> 1] >> (4 * (p & 1))) & 15u;
          const float* w = base + (p * 16 + nibble) * kVectorRow;
          for (size_t k = 0; k < kVectorRow; ++k) acc[k] += w[k];
        }
      };
      for (size_t i = 0; i < n_; ++i) {
        alignas(64) float acc[kVectorRow] = {};
        add(vec_[i], 0, acc);
        if (features_.vector_context) {
          if (i > 0) add(vec_[i - 1], 1, acc);
          if (i + 1 < n_) add(vec_[i + 1], 2, acc);
        }
        std::copy(acc, acc + kClasses, &dense_emit_[i * kClasses]);
      }
    }
    if (features_.org_keywords) org_keyword_codes(words);
    if (features_.acronyms) {
      // 1 + label: the initials of a run labelled in an earlier sentence; 6: of a run earlier in this sentence.
      acronym_.assign(n_, 0);
      std::unordered_map<uint64_t, size_t> here;  // initials -> the run's last word
      acronym_runs(words, [&](uint64_t h, size_t last) { here.emplace(h, last); });
      for (size_t i = 0; i < n_; ++i) {
        if (!acronym_like(words[i])) continue;
        const uint64_t h = hash_string(words[i]);
        if (context) {
          const auto it = context->acronyms_.find(h);
          if (it != context->acronyms_.end()) {
            acronym_[i] = it->second;
            continue;
          }
        }
        const auto it = here.find(h);
        if (it != here.end() && it->second < i) acronym_[i] = 6;
      }
    }
    // The sentence's capitalization (sentence_case() in word_features.h).
    if (features_.sentence_case) sentence_case_ = static_cast<uint64_t>(sentence_case(words));
    // Document history: what earlier sentences of the document labelled each word form. Code 0 unseen, 1 seen only
    // as O, 2 + label when an entity label is in the majority among its entity labels (+ 3 when it was also O).
    if (features_.history) {
      history_.assign(n_, 0);
      seen_capitalized_.assign(n_, 0);
      if (context)
        for (size_t i = 0; i < n_; ++i) {
          const auto it = context->seen_.find(lower_[i]);
          if (it == context->seen_.end()) continue;
          const auto& c = it->second.count;
          const int best = static_cast<int>(std::max_element(c + 1, c + 4) - (c + 1));
          history_[i] = c[1 + best] == 0 ? 1 : static_cast<uint8_t>(2 + best + (c[0] > 0 ? 3 : 0));
          seen_capitalized_[i] = it->second.capitalized_inside ? 1 : 0;
        }
    }
  }

  // Label-free features of word i.
  void emission(size_t i, std::vector<uint64_t>& f) const {
    f.clear();
    const long k = static_cast<long>(i);
    uint32_t id = 0;
    f.push_back(feat(id++, 0));
    f.push_back(feat(id++, lower_[i]));
    f.push_back(feat(id++, form_[i]));
    f.push_back(feat(id++, shape_[i]));
    f.push_back(feat(id++, suf3_[i]));
    f.push_back(feat(id++, suf2_[i]));
    f.push_back(feat(id++, pre3_[i]));
    f.push_back(feat(id++, L(k - 1)));
    f.push_back(feat(id++, L(k - 2)));
    f.push_back(feat(id++, L(k + 1)));
    f.push_back(feat(id++, L(k + 2)));
    f.push_back(feat(id++, S(k - 1), shape_[i]));
    f.push_back(feat(id++, shape_[i], S(k + 1)));
    f.push_back(feat(id++, S(k - 1), shape_[i], S(k + 1)));
    f.push_back(feat(id++, L(k - 1), lower_[i]));
    f.push_back(feat(id++, lower_[i], L(k + 1)));
    f.push_back(feat(id++, G(k)));
    f.push_back(feat(id++, G(k - 1), G(k + 1)));
    f.push_back(feat(id++, G(k), shape_[i]));
    f.push_back(feat(id++, i == 0 ? 1 : 0, shape_[i]));
    f.push_back(feat(id++, suf3_[i], S(k + 1)));
    // Each name-list match on its own (kind, position) and with the shape.
    for (uint64_t bits = gaz_[i]; bits; bits &= bits - 1) {
      const uint64_t b = static_cast<uint64_t>(std::countr_zero(bits));
      f.push_back(feat(id, b));
      f.push_back(feat(id + 1, b, shape_[i]));
    }
    id += 2;
    if (levels_ > 0) {
      for (int l = 0; l < levels_; ++l) {
        const uint32_t base = id + 3 * static_cast<uint32_t>(l);
        f.push_back(feat(base, C(k, l)));
        f.push_back(feat(base + 1, C(k - 1, l)));
        f.push_back(feat(base + 2, C(k + 1, l)));
      }
      id += 3 * static_cast<uint32_t>(levels_);
      const int mid = levels_ / 2;
      f.push_back(feat(id++, C(k, mid), shape_[i]));
      f.push_back(feat(id++, C(k - 1, mid), C(k, mid)));
      f.push_back(feat(id++, C(k, mid), C(k + 1, mid)));
    }
    if (!upos_.empty()) {
      f.push_back(feat(id++, U(k)));
      f.push_back(feat(id++, U(k - 1), U(k)));
      f.push_back(feat(id++, U(k), U(k + 1)));
      f.push_back(feat(id++, U(k), shape_[i]));
      f.push_back(feat(id++, U(k), lower_[i]));
      f.push_back(feat(id++, U(k - 1), L(k - 1), U(k)));
      f.push_back(feat(id++, U(k + 1), L(k + 1), U(k)));
    }
    id = 100;
    if (features_.sentence_case) {
      f.push_back(feat(id, sentence_case_, shape_[i]));
      f.push_back(feat(id + 1, sentence_case_, G(k)));
      f.push_back(feat(id + 2, sentence_case_, lower_[i]));
      if (!upos_.empty()) f.push_back(feat(id + 3, sentence_case_, U(k)));
    }
    id = 110;
    if (features_.history) {
      f.push_back(feat(id, history_[i]));
      f.push_back(feat(id + 1, history_[i], shape_[i]));
      f.push_back(feat(id + 2, history_[i], seen_capitalized_[i], i == 0 ? 1 : 0));
      f.push_back(feat(id + 3, H(k - 1), history_[i], H(k + 1)));
    }
    id = 120;
    if (features_.org_keywords) {
      f.push_back(feat(id, org_kind_[i], shape_[i]));
      f.push_back(feat(id + 1, org_right_[i]));
      f.push_back(feat(id + 2, org_right_[i], shape_[i]));
      f.push_back(feat(id + 3, org_left_[i]));
      f.push_back(feat(id + 4, org_left_[i], shape_[i]));
      f.push_back(feat(id + 5, org_left_[i], org_right_[i]));
    }
    if (features_.acronyms) {
      f.push_back(feat(id + 6, acronym_[i]));
      f.push_back(feat(id + 7, acronym_[i], shape_[i]));
    }
    id = 140;
    if (features_.vectors && !dense_) {
      vector_features(vec_[i], id, f);
      if (features_.vector_context) {
        vector_features(i > 0 ? vec_[i - 1] : nullptr, id + 1, f);
        vector_features(i + 1 < n_ ? vec_[i + 1] : nullptr, id + 2, f);
      }
    }
    id = 130;
    if (stack_) {
      f.push_back(feat(id, D(k)));
      f.push_back(feat(id + 1, D(k), shape_[i]));
      f.push_back(feat(id + 2, D(k - 1), D(k), D(k + 1)));
      f.push_back(feat(id + 3, D(k), stack_[2 * i + 1], i == 0 ? 1 : 0));
    }
  }

  // Viterbi: the features whose weights are per (previous class, class) pair (scored by the pair model).
  void transitions(size_t i, std::vector<uint64_t>& f) const {
    f.clear();
    const long k = static_cast<long>(i);
    uint32_t id = 300;
    f.push_back(feat(id++, 0));
    f.push_back(feat(id++, lower_[i]));
    f.push_back(feat(id++, shape_[i]));
    f.push_back(feat(id++, G(k)));
    f.push_back(feat(id++, L(k + 1)));
    if (levels_ > 0) f.push_back(feat(id, C(k, levels_ / 2)));
    ++id;
    if (!upos_.empty()) f.push_back(feat(id, U(k)));
    ++id;
    if (features_.org_keywords) {
      f.push_back(feat(id, org_right_[i]));
      f.push_back(feat(id + 1, org_left_[i]));
      f.push_back(feat(id + 2, org_kind_[i]));
    }
    if (features_.acronyms) f.push_back(feat(id + 3, acronym_[i]));
  }

  // Greedy: the features conjoined with the previous label p1 and the one before, p2 (-1 = none).
  void with_labels(size_t i, int p1, int p2, std::vector<uint64_t>& f) const {
    f.clear();
    const long k = static_cast<long>(i);
    const uint64_t t1 = static_cast<uint64_t>(p1 + 2), t2 = static_cast<uint64_t>(p2 + 2);
    uint32_t id = 200;
    f.push_back(feat(id++, t1));
    if (!features_.viterbi) f.push_back(feat(id, t1, t2));
    ++id;
    f.push_back(feat(id++, t1, lower_[i]));
    f.push_back(feat(id++, t1, shape_[i]));
    f.push_back(feat(id++, G(k), t1));
    f.push_back(feat(id++, t1, L(k + 1)));
    if (levels_ > 0) f.push_back(feat(id, C(k, levels_ / 2), t1));
    ++id;
    if (!upos_.empty()) f.push_back(feat(id, U(k), t1));
  }

  size_t size() const { return n_; }
  // The vector features' weights of word i (kClasses floats; decoding adds them to the emission scores), or nullptr
  // when emission() hashes them (training).
  const float* dense_emission(size_t i) const { return dense_ ? &dense_emit_[i * kClasses] : nullptr; }
  const std::vector<uint64_t>& lower() const { return lower_; }  // hashes of the lowercased, digit-folded forms

 private:
  // org_kind_: each word's org_keyword_kind; org_right_ / org_left_: 8 * kind + distance of the nearest capitalized
  // keyword at most 4 words to the right / left of a capitalized word, with only capitalized words and "of", "&",
  // "and", "for", "the", "de" between (0: none).
  void org_keyword_codes(std::span<const std::string_view> words) {
    org_kind_.assign(n_, 0), org_right_.assign(n_, 0), org_left_.assign(n_, 0);
    auto capitalized = [](std::string_view w) { return !w.empty() && is_upper(w[0]); };
    auto joiner = [](std::string_view w) {
      return w == "of" || w == "&" || w == "and" || w == "for" || w == "the" || w == "de";
    };
    for (size_t i = 0; i < n_; ++i) org_kind_[i] = static_cast<uint8_t>(org_keyword_kind(words[i]));
    for (size_t i = 0; i < n_; ++i) {
      if (!capitalized(words[i])) continue;
      for (size_t j = i + 1; j < n_ && j <= i + 4; ++j) {
        if (org_kind_[j] && capitalized(words[j])) {
          org_right_[i] = static_cast<uint8_t>(8 * org_kind_[j] + (j - i));
          break;
        }
        if (!capitalized(words[j]) && !joiner(words[j])) break;
      }
      for (size_t d = 1; d <= 4 && d <= i; ++d) {
        const size_t j = i - d;
        if (org_kind_[j] && capitalized(words[j])) {
          org_left_[i] = static_cast<uint8_t>(8 * org_kind_[j] + d);
          break;
        }
        if (!capitalized(words[j]) && !joiner(words[j])) break;
      }
    }
  }

  // One feature per non-zero dimension of a word's binarized vector (none for words without a vector).
  void vector_features(const uint8_t* row, uint32_t id, std::vector<uint64_t>& f) const {
    if (!row) return;
    for (int d = 0; d < dims_; ++d)
      if (const int c = WordVectorCodes::code(row, d)) f.push_back(feat(id, static_cast<uint64_t>(4 * d + c)));
  }

  static constexpr uint16_t kNoCluster = 0xFFFE;
  static bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
  bool out(long j) const { return j < 0 || j >= static_cast<long>(n_); }
  uint64_t L(long j) const { return out(j) ? kPad : lower_[j]; }
  uint64_t S(long j) const { return out(j) ? kPad : shape_[j]; }
  uint64_t G(long j) const { return out(j) ? uint64_t{1} << 63 : gaz_[j]; }
  uint64_t U(long j) const { return out(j) ? uint64_t{99} : uint64_t{upos_[j]}; }
  uint64_t H(long j) const { return out(j) ? uint64_t{99} : uint64_t{history_[j]}; }
  uint64_t D(long j) const { return out(j) ? uint64_t{99} : uint64_t{stack_[2 * j]}; }  // document code
  // Cluster id at `level` of word j (kNoCluster when unclustered, kNoCluster + 1 outside the sentence).
  uint64_t C(long j, int level) const { return out(j) ? kNoCluster + 1 : cluster_[j * levels_ + level]; }

  size_t n_;
  NerFeatureSet features_;
  int levels_ = 0;
  uint64_t sentence_case_ = 0;
  std::vector<uint64_t> lower_, form_, shape_, suf3_, suf2_, pre3_;
  std::vector<uint64_t> gaz_;  // name-list bits per word (NerGazetteer::match)
  std::vector<uint16_t> cluster_;  // word * levels_ + level
  std::vector<uint8_t> history_, seen_capitalized_;
  std::vector<uint8_t> org_kind_, org_right_, org_left_;  // org_keywords only
  std::vector<uint8_t> acronym_;                          // acronyms only
  std::vector<const uint8_t*> vec_;                       // vectors only: each word's code row or nullptr
  int dims_ = 0;
  bool dense_ = false;              // vector features added from Ner::vector_table_ (run time)
  std::vector<float> dense_emit_;   // dense_ only: n_ * kClasses
  std::span<const uint8_t> upos_;
  const uint8_t* stack_;
};

namespace {
bool ends_open(int c) { return c > 0 && (part_of(c) == 0 || part_of(c) == 1); }

// Greedy left-to-right decoding; with a trainer, the perceptron update at every word (the history is the
// model's own, in training too).
template <typename Scorer>
std::vector<int> decode_greedy(const NerFeatures& fx, const Scorer& scorer, const std::vector<int>* gold,
                               PerceptronTrainer* trainer) {
  std::vector<int> pred(fx.size(), 0);
  std::vector<uint64_t> f, g;
  float scores[kClasses];
  for (size_t i = 0; i < fx.size(); ++i) {
    const int p1 = i >= 1 ? pred[i - 1] : -1;
    fx.emission(i, f);
    fx.with_labels(i, p1, i >= 2 ? pred[i - 2] : -1, g);
    f.insert(f.end(), g.begin(), g.end());
    std::fill(scores, scores + kClasses, 0.0f);
    scorer.score(f, scores);
    if (const float* v = fx.dense_emission(i))
      for (int c = 0; c < kClasses; ++c) scores[c] += v[c];
    int best = -1;
    for (int c = 0; c < kClasses; ++c) {
      if (!allowed(p1, c)) continue;
      if (i + 1 == fx.size() && ends_open(c)) continue;  // the last word cannot leave an entity open
      if (best < 0 || scores[c] > scores[best]) best = c;
    }
    if (trainer) trainer->update(f, (*gold)[i], best);
    pred[i] = best;
  }
  return pred;
}

// Viterbi over BILOU classes with a first-order model: score(i, p, c) = emission(i)[c] + pairs(i)[pair(p, c)],
// only well-formed transitions, no entity left open at the end.
template <typename Scorer, typename PairScorer>
std::vector<int> decode_viterbi(const NerFeatures& fx, const Scorer& scorer, const PairScorer& pair_scorer) {
  const size_t n = fx.size();
  std::vector<int> pred(n, 0);
  if (n == 0) return pred;
  constexpr float kNone = -std::numeric_limits<float>::infinity();
  std::vector<float> delta(n * kClasses, kNone);
  std::vector<int8_t> back(n * kClasses, -1);
  std::vector<uint64_t> f;
  float emit[kClasses], trans[kPairClasses];
  for (size_t i = 0; i < n; ++i) {
    fx.emission(i, f);
    std::fill(emit, emit + kClasses, 0.0f);
    scorer.score(f, emit);
    if (const float* v = fx.dense_emission(i))
      for (int c = 0; c < kClasses; ++c) emit[c] += v[c];
    fx.transitions(i, f);
    std::fill(trans, trans + kPairClasses, 0.0f);
    pair_scorer.score(f, trans);
    float* d = &delta[i * kClasses];
    for (int p = i == 0 ? -1 : 0; p < (i == 0 ? 0 : kClasses); ++p) {
      const float before = p < 0 ? 0.0f : delta[(i - 1) * kClasses + p];
      if (before == kNone) continue;
      for (int c = 0; c < kClasses; ++c) {
        if (!allowed(p, c)) continue;
        const float s = before + emit[c] + trans[pair(p, c)];
        if (s > d[c]) d[c] = s, back[i * kClasses + c] = static_cast<int8_t>(p);
      }
    }
  }
  int best = 0;
  for (int c = 0; c < kClasses; ++c)
    if (!ends_open(c) && delta[(n - 1) * kClasses + c] > delta[(n - 1) * kClasses + best]) best = c;
  for (size_t i = n; i-- > 0;) {
    pred[i] = best;
    best = back[i * kClasses + best];
  }
  return pred;
}

// The structured perceptron update: +1 along the gold path, -1 along the predicted one, where they differ.
void update_structured(const NerFeatures& fx, const std::vector<int>& gold, const std::vector<int>& pred,
                       PerceptronTrainer& trainer, PerceptronTrainer& pair_trainer) {
  std::vector<uint64_t> f;
  for (size_t i = 0; i < gold.size(); ++i) {
    if (gold[i] != pred[i]) {
      fx.emission(i, f);
      trainer.adjust(f, gold[i], 1.0f);
      trainer.adjust(f, pred[i], -1.0f);
    }
    const int gp = i ? gold[i - 1] : -1, pp = i ? pred[i - 1] : -1;
    if (gp != pp || gold[i] != pred[i]) {
      fx.transitions(i, f);
      pair_trainer.adjust(f, pair(gp, gold[i]), 1.0f);
      pair_trainer.adjust(f, pair(pp, pred[i]), -1.0f);
    }
  }
}

}  // namespace

void NerContext::remember(std::span<const std::string_view> words, std::span<const uint64_t> lower,
                          const std::vector<int>& classes, bool acronyms) {
  if (acronyms)
    acronym_runs(words, [&](uint64_t h, size_t last) {
      const uint8_t code = static_cast<uint8_t>(classes[last] == 0 ? 1 : 2 + label_of(classes[last]));
      uint8_t& x = acronyms_[h];
      if (x <= 1) x = code;  // an entity label is kept over O
    });
  for (size_t i = 0; i < words.size(); ++i) {
    auto& seen = seen_[lower[i]];
    uint16_t& count = seen.count[classes[i] == 0 ? 0 : 1 + label_of(classes[i])];
    if (count < UINT16_MAX) ++count;
    if (i > 0 && !words[i].empty() && words[i][0] >= 'A' && words[i][0] <= 'Z') seen.capitalized_inside = true;
  }
}

namespace {
std::vector<EntitySpan> spans_of_bilou(const std::vector<int>& c) {
  std::vector<EntitySpan> spans;
  for (uint32_t i = 0; i < c.size(); ++i) {
    if (c[i] == 0) continue;
    const int p = part_of(c[i]);
    if (p == 3) spans.push_back({i, i + 1, static_cast<EntityLabel>(label_of(c[i]))});
    if (p == 0) {
      uint32_t j = i + 1;
      while (j < c.size() && c[j] != 0 && part_of(c[j]) == 1) ++j;
      if (j < c.size() && c[j] != 0 && part_of(c[j]) == 2) {
        spans.push_back({i, j + 1, static_cast<EntityLabel>(label_of(c[i]))});
        i = j;
      }
    }
  }
  return spans;
}

std::vector<std::string_view> views(const std::vector<std::string>& v) { return {v.begin(), v.end()}; }

// [first, end) sentence ranges of the documents of a sentence list (a new one at every doc_start).
std::vector<std::pair<size_t, size_t>> documents_of(const std::vector<NerSentence>& sentences) {
  std::vector<std::pair<size_t, size_t>> docs;
  for (size_t s = 0; s < sentences.size(); ++s) {
    if (docs.empty() || sentences[s].doc_start) docs.push_back({s, s});
    docs.back().second = s + 1;
  }
  return docs;
}

struct Prf {
  size_t tp = 0, pred = 0, gold = 0;
  double f1() const { return tp == 0 ? 0 : 200.0 * tp / double(pred + gold); }
};

}  // namespace

namespace {
// The code of a word form's label counts (O, PER, ORG, LOC): 0 unseen, 1 seen only as O, 2 + label when an entity
// label is in the majority among its entity labels (+ 3 when it was also O).
uint8_t history_code(const uint16_t (&c)[4], bool seen) {
  if (!seen) return 0;
  const int best = static_cast<int>(std::max_element(c + 1, c + 4) - (c + 1));
  return c[1 + best] == 0 ? 1 : static_cast<uint8_t>(2 + best + (c[0] > 0 ? 3 : 0));
}

// The second pass's inputs for one document, from the first pass's classes: per sentence, 2 bytes per word: the
// code (history_code) of the labels the first pass gave the same lowercased form at its other occurrences in the
// document, before and after (Krishnan & Manning 2006: label consistency across a document); whether the form is
// capitalized inside a sentence anywhere in the document.
std::vector<std::vector<uint8_t>> stack_inputs(std::span<const std::span<const std::string_view>> sentences,
                                               const std::vector<std::vector<int>>& classes) {
  struct Seen {
    uint16_t count[4] = {0, 0, 0, 0};
    bool capitalized_inside = false;
  };
  std::unordered_map<uint64_t, Seen> seen;
  std::vector<std::vector<uint64_t>> lower(sentences.size());
  for (size_t s = 0; s < sentences.size(); ++s)
    for (size_t i = 0; i < sentences[s].size(); ++i) {
      const std::string_view w = sentences[s][i];
      lower[s].push_back(hash_string(normalize_word(w, true)));
      Seen& x = seen[lower[s].back()];
      uint16_t& count = x.count[classes[s][i] == 0 ? 0 : 1 + label_of(classes[s][i])];
      if (count < UINT16_MAX) ++count;
      if (i > 0 && is_capitalized(w)) x.capitalized_inside = true;
    }
  std::vector<std::vector<uint8_t>> out(sentences.size());
  for (size_t s = 0; s < sentences.size(); ++s) {
    out[s].resize(2 * sentences[s].size());
    for (size_t i = 0; i < sentences[s].size(); ++i) {
      const Seen& x = seen[lower[s][i]];
      uint16_t others[4];
      std::copy(x.count, x.count + 4, others);
      --others[classes[s][i] == 0 ? 0 : 1 + label_of(classes[s][i])];  // this occurrence does not count
      const bool elsewhere = others[0] + others[1] + others[2] + others[3] > 0;
      out[s][2 * i] = history_code(others, elsewhere);
      out[s][2 * i + 1] = x.capitalized_inside ? 1 : 0;
    }
  }
  return out;
}

struct Weights {
  PerceptronModel model, pairs;
};

}  // namespace

// Trains the weights of one pass (a friend of NerContext).
class NerPassTrainer {
 public:
  // One pass's weights, trained on the documents `docs` (sentence ranges of train); stack: per training sentence the
  // second pass's inputs (nullptr: the first pass). eval: called after some epochs with the averaged weights so far
  // (for a progress line; may be empty).
  static Weights run(const Ner& ner, const NerFeatureSet& features, const std::vector<NerSentence>& train,
                     const std::vector<std::vector<uint8_t>>& tags, const std::vector<std::vector<int>>& gold,
                     const std::vector<std::pair<size_t, size_t>>& docs,
                     const std::vector<std::vector<uint8_t>>* stack, const TrainOptions& options,
                     const std::function<std::string(const Weights&)>& eval, const std::string& what) {
    PerceptronTrainer trainer(kClasses), pair_trainer(kPairClasses);
    // Documents are shuffled; their sentences stay in order, so that the document context holds the model's own
    // labels of the earlier sentences, as at run time.
    std::vector<size_t> order(docs.size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937_64 rng(options.seed);
    NerContext context;
    const bool history = features.history && !stack;
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
      for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
      for (size_t d : order) {
        context.clear();
        for (size_t s = docs[d].first; s < docs[d].second; ++s) {
          const auto words = views(train[s].words);
          const NerFeatures fx(ner, words, tags[s], &context, stack ? (*stack)[s].data() : nullptr);
          std::vector<int> pred;
          if (features.viterbi) {
            pred = decode_viterbi(fx, trainer, pair_trainer);
            if (pred != gold[s]) update_structured(fx, gold[s], pred, trainer, pair_trainer);
            trainer.tick();
            pair_trainer.tick();
          } else {
            pred = decode_greedy(fx, trainer, &gold[s], &trainer);
          }
          if (history) context.remember(words, fx.lower(), pred, features.acronyms);
        }
      }
      std::string line = what + " epoch " + std::to_string(epoch);
      if (eval && options.log && (epoch == options.epochs || epoch % 3 == 0)) {
        Weights w{trainer.compile(), features.viterbi ? pair_trainer.compile() : PerceptronModel()};
        line += eval(w);
      }
      if (options.log) options.log(line);
    }
    return {trainer.compile(), features.viterbi ? pair_trainer.compile() : PerceptronModel()};
  }
};

namespace {
std::vector<std::span<const std::string_view>> spans_of_views(const std::vector<std::vector<std::string_view>>& v) {
  return {v.begin(), v.end()};
}

}  // namespace

namespace {
// "Hurricane Rita", "Typhoon Hagibis", "Tropical Storm Humberto": a storm's name is no person, place or organisation
// (UNER leaves storms out: O or OTH, never PER), and neither is the bare name later in the same document ("Rita
// packed winds of ..."). The word after a storm word names a storm unless it is a word of an organisation or a
// product ("the National Hurricane Center", "hurricane season").
void drop_storm_names(std::span<const std::span<const std::string_view>> sentences,
                      std::vector<std::vector<EntitySpan>>& spans) {
  const auto storm_word = [](const std::string& w) {
    return is_one_of(w, {"hurricane", "typhoon", "cyclone", "storm"});
  };
  std::vector<std::string> names;
  for (const auto& words : sentences)
    for (size_t i = 0; i + 1 < words.size(); ++i) {
      const std::string next = normalize_word(words[i + 1], false);
      if (!storm_word(normalize_word(words[i], false)) || words[i + 1].empty() ||
          !std::isalpha(static_cast<unsigned char>(words[i + 1][0])) || org_keyword_kind(words[i + 1]) != 0 ||
          is_one_of(next, {"season",   "seasons", "warning", "warnings", "watch",    "hunter",   "hunters",
                           "relief",   "surge",   "damage",  "force",    "winds",    "wind",     "shelter",
                           "shelters", "victims", "track",   "tracker",  "forecast", "category", "names",
                           "name",     "and",     "of",      "in",       "on",       "at",       "to",
                           "the",      "a",       "is",      "was",      "has",      "had",      "will",
                           "would",    "that",    "which",   "as",       "with",     "for",      "by"}))
        continue;
      if (std::find(names.begin(), names.end(), next) == names.end()) names.push_back(next);
    }
  if (names.empty()) return;
  for (size_t s = 0; s < spans.size() && s < sentences.size(); ++s)
    std::erase_if(spans[s], [&](const EntitySpan& e) {
      if (e.end > sentences[s].size()) return false;
      const std::string last = normalize_word(sentences[s][e.end - 1], false);
      if (std::find(names.begin(), names.end(), last) == names.end()) return false;
      for (uint32_t i = e.first; i + 1 < e.end; ++i)  // only storm words before the name: "Tropical Storm Humberto"
        if (!storm_word(normalize_word(sentences[s][i], false)) && normalize_word(sentences[s][i], false) != "tropical")
          return false;
      return true;
    });
}
}  // namespace

std::vector<EntitySpan> Ner::recognize(std::span<const std::string_view> words, std::span<const uint8_t> upos,
                                       NerContext* context) const {
  if (uses_tags_ && upos.size() != words.size()) throw std::invalid_argument("Ner::recognize: this model needs UPOS tags");
  const NerFeatures fx(*this, words, uses_tags_ ? upos : std::span<const uint8_t>(), context);
  const std::vector<int> classes = features_.viterbi ? decode_viterbi(fx, model_, pairs_) : decode_greedy(fx, model_, nullptr, nullptr);
  if (context && features_.history) context->remember(words, fx.lower(), classes, features_.acronyms);
  std::vector<std::vector<EntitySpan>> spans = {follow_span_conventions(words, spans_of_bilou(classes))};
  drop_storm_names(std::span<const std::span<const std::string_view>>(&words, 1), spans);
  return spans.front();
}

namespace {
constexpr uint16_t kind_bit(GazKind k) { return static_cast<uint16_t>(1u << static_cast<int>(k)); }
// The name-list kinds that make a place.
constexpr uint16_t kPlaceKinds = kind_bit(GazKind::iso_country) | kind_bit(GazKind::wn_location) |
                                 kind_bit(GazKind::actor_place) | kind_bit(GazKind::city);

// UNER's span conventions that the model misses, one step each, in the order Ner::follow_span_conventions applies
// them. Each step reads the spans the step before left.
class SpanConventions {
 public:
  SpanConventions(const NerGazetteer& gazetteer, std::span<const std::string_view> words)
      : gazetteer_(gazetteer), words_(words) {}

  // "Miramar California", "brittany france": text that drops the comma between a place and its region or country
  // runs the two names into one span. A place span that no name list knows as a whole, made of a known place followed
  // by a known country or ISO region, is two places ("Papua New Guinea" and "South Sudan" are names as a whole).
  // (ISO regions named by a common word, "Northern", "Delta", "Central", end none: "the Danube Delta", "Northern
  // Algeria" are one name or a direction.)
  std::vector<EntitySpan> split_place_runs(const std::vector<EntitySpan>& spans) const {
    const auto common_word = [](const std::string& w) {
      return is_one_of(
          w, {"delta",     "central", "northern",  "southern", "eastern", "western", "north",   "south", "east",
              "west",      "coast",   "lakes",     "capital",  "centre",  "center",  "islands", "upper", "lower",
              "highlands", "valley",  "mountains", "plateau",  "river",   "lake",    "bay"});
    };
    const uint16_t country_or_region = kind_bit(GazKind::iso_country) | kind_bit(GazKind::iso_region);
    std::vector<EntitySpan> out;
    for (const EntitySpan& e : spans) {
      bool split = false;
      if (e.label == EntityLabel::LOC && e.end - e.first >= 2 && e.end <= words_.size()) {
        std::vector<std::string> lower;
        for (uint32_t i = e.first; i < e.end; ++i) lower.push_back(normalize_word(words_[i], false));
        const std::span<const std::string> all(lower);
        if ((gazetteer_.kinds_of(all) & kPlaceKinds) == 0)
          for (size_t k = 1; k < lower.size() && !split; ++k)
            if ((gazetteer_.kinds_of(all.first(k)) & kPlaceKinds) &&
                ((gazetteer_.kinds_of(all.subspan(k)) & country_or_region) || us_state_code(e.first + k, e.end)) &&
                !common_word(lower[k]) && !common_word(lower.back())) {
              out.push_back({e.first, e.first + static_cast<uint32_t>(k), EntityLabel::LOC});
              out.push_back({e.first + static_cast<uint32_t>(k), e.end, EntityLabel::LOC});
              split = true;
            }
      }
      if (!split) out.push_back(e);
    }
    return out;
  }

  // "San Rafael Ca", "Austin TX": a US state's postal code written after a city (words [first, end)).
  bool us_state_code(size_t first, size_t end) const {
    if (end != first + 1 || words_[first].size() != 2 || !upper_ascii(words_[first][0])) return false;
    std::string code(words_[first]);
    code[1] = static_cast<char>(std::toupper(static_cast<unsigned char>(code[1])));
    static constexpr std::string_view kCodes[] = {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
        "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND",
        "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC"};
    return std::find(std::begin(kCodes), std::end(kCodes), code) != std::end(kCodes);
  }

  // "Housing Authority of New Orleans", "U.S. Department of Energy", "Lima Police Department": a place inside a run
  // of capitalized words that an organisation word (an institution, government body or association word) heads is
  // part of the organisation's name, which UNER spans whole as ORG. Not in a headline (most words capitalized), not
  // across more than ten words, and not for a word inside a place's own name ("the West Bank").
  std::vector<EntitySpan> widen_places_into_organisations(const std::vector<EntitySpan>& spans) const {
    const auto capitalized = [&](uint32_t i) { return !words_[i].empty() && upper_ascii(words_[i][0]); };
    size_t alphabetic = 0, capitals = 0;
    for (uint32_t i = 0; i < words_.size(); ++i)
      if (!words_[i].empty() && ((words_[i][0] | 32) >= 'a' && (words_[i][0] | 32) <= 'z')) {
        ++alphabetic;
        capitals += capitalized(i);
      }
    if (alphabetic < 4 || capitals * 10 >= alphabetic * 6) return spans;
    std::vector<bool> in_place(words_.size(), false);
    for (const EntitySpan& x : spans)
      if (x.label == EntityLabel::LOC)
        for (uint32_t i = x.first; i < x.end && i < words_.size(); ++i) in_place[i] = true;
    const auto joiner = [&](uint32_t i) { return is_one_of(words_[i], {"of", "and", "for", "&"}); };
    std::vector<EntitySpan> out;
    for (size_t k = 0; k < spans.size(); ++k) {
      const EntitySpan& e = spans[k];
      if (e.label != EntityLabel::LOC) {
        out.push_back(e);
        continue;
      }
      uint32_t first = e.first, end = e.end;
      while (first > 0 && (capitalized(first - 1) || (first >= 2 && joiner(first - 1) && capitalized(first - 2))))
        --first;
      while (end < words_.size() &&
             (capitalized(end) || (end + 1 < words_.size() && joiner(end) && capitalized(end + 1))))
        ++end;
      while (first < e.first && joiner(first)) ++first;
      bool organisation = false;
      for (uint32_t i = first; i < end; ++i)
        if (!in_place[i]) {
          const int kind = org_keyword_kind(words_[i]);
          organisation |= kind >= 3 && kind <= 5;
        }
      if (!organisation || end - first > 10) {
        out.push_back(e);
        continue;
      }
      // The run replaces every span it overlaps.
      while (!out.empty() && out.back().end > first) out.pop_back();
      out.push_back({first, end, EntityLabel::ORG});
      while (k + 1 < spans.size() && spans[k + 1].first < end) ++k;
    }
    return out;
  }

  // "Israeli", "Afghans": a nationality word alone is no place (UNER leaves demonyms out; some training sets tag
  // them as places), unless a list knows the word as a place too. The planets are no person and, in UNER, no place
  // either ("Venus", "Saturn": 19 times O, once LOC in its files).
  void drop_non_names(std::vector<EntitySpan>& spans) const {
    std::erase_if(spans, [&](const EntitySpan& e) {
      if (e.end - e.first != 1 || e.first >= words_.size() || e.label == EntityLabel::ORG) return false;
      if (e.label == EntityLabel::LOC) {
        const uint16_t kinds = word_kinds(e.first);
        if ((kinds & kind_bit(GazKind::demonym)) && !(kinds & kPlaceKinds)) return true;
      }
      return is_one_of(normalize_word(words_[e.first], false),
                       {"mercury", "venus", "mars", "jupiter", "saturn", "uranus", "neptune", "pluto"});
    });
  }

  // "dinner at Del Frisco's.": a place or an organisation named with a possessive and
  // no noun after it is a shop or a restaurant, and its name takes the "'s" (UNER spans "Del Frisco 's"). Not after
  // a person's name, which stays a possessive ("a friend of Smith's").
  void keep_possessive_names(std::vector<EntitySpan>& spans) const {
    for (EntitySpan& e : spans) {
      if (e.label == EntityLabel::PER || e.end + 1 > words_.size() || !is_one_of(words_[e.end], {"'s", "’s"})) continue;
      if (e.end + 1 < words_.size()) {
        const std::string_view next = words_[e.end + 1];
        const bool punctuation = !next.empty() && !std::isalnum(static_cast<unsigned char>(next[0]));
        if (!punctuation && !is_one_of(normalize_word(next, false), {"for", "in", "on", "at", "to", "with", "and", "or",
                                                                     "but", "tonight", "tomorrow", "today"}))
          continue;
      }
      ++e.end;
    }
  }

  // "Dr Joseph", "Mr. Smith", "President X": a title before a name is no part of the person's span (UNER leaves it
  // out, 198 times to 9 in EWT train; the 9 are names such as "Sheikh ...", "Pope ...", kept here), nor is a
  // portfolio after "of".
  void strip_titles(std::vector<EntitySpan>& spans) const {
    for (EntitySpan& e : spans)
      while (e.label == EntityLabel::PER && e.end - e.first >= 2 && e.first < words_.size() &&
             is_one_of(
                 normalize_word(words_[e.first], false),
                 {"dr",      "dr.",  "mr",        "mr.",      "mrs",     "mrs.",    "ms",         "ms.",     "prof",
                  "prof.",   "sir",  "president", "minister", "senator", "sen.",    "rep.",       "gov.",    "governor",
                  "general", "gen.", "judge",     "mayor",    "captain", "colonel", "lieutenant", "sergeant"}))
        ++e.first;
    // "Minister of Defense Hazem Shaalan": the portfolio after "of" is the title's, not the name's.
    const auto portfolio = [&](uint32_t i) {
      return is_one_of(
          normalize_word(words_[i], false),
          {"defense",   "defence",   "foreign",     "affairs", "interior", "finance",     "justice", "health",
           "state",     "education", "energy",      "trade",   "economy",  "agriculture", "labor",   "labour",
           "transport", "commerce",  "information", "culture", "security", "war",         "homeland"});
    };
    for (EntitySpan& e : spans)
      while (e.label == EntityLabel::PER && e.end - e.first >= 3 && e.first > 0 && e.first < words_.size() &&
             (is_one_of(normalize_word(words_[e.first - 1], false), {"of", "and"}) || portfolio(e.first - 1)) &&
             portfolio(e.first))
        ++e.first;
  }

  // "Lenhart, Matthew": a surname, a comma and a lone first name, as lists of people and mail headers write them, are
  // one person (UNER spans them as one); not a list of surnames ("Putin, Erdogan"), nor two full names.
  std::vector<EntitySpan> join_inverted_names(const std::vector<EntitySpan>& spans) const {
    const uint16_t first_name = kind_bit(GazKind::first_name);
    std::vector<EntitySpan> out;
    for (const EntitySpan& e : spans) {
      if (!out.empty()) {
        EntitySpan& before = out.back();
        if (before.label == EntityLabel::PER && e.label == EntityLabel::PER && before.end - before.first == 1 &&
            e.end - e.first == 1 && e.first == before.end + 1 && e.end <= words_.size() && words_[before.end] == "," &&
            (word_kinds(e.first) & first_name) && !(word_kinds(before.first) & first_name)) {
          before.end = e.end;
          continue;
        }
      }
      out.push_back(e);
    }
    return out;
  }

 private:
  uint16_t word_kinds(uint32_t i) const {
    const std::vector<std::string> w = {normalize_word(words_[i], false)};
    return gazetteer_.kinds_of(w);
  }
  const NerGazetteer& gazetteer_;
  std::span<const std::string_view> words_;
};
}  // namespace

std::vector<EntitySpan> Ner::follow_span_conventions(std::span<const std::string_view> words,
                                                     std::vector<EntitySpan> spans) const {
  const SpanConventions conventions(gazetteer_, words);
  spans = conventions.split_place_runs(spans);
  spans = conventions.widen_places_into_organisations(spans);
  conventions.drop_non_names(spans);
  conventions.keep_possessive_names(spans);
  conventions.strip_titles(spans);
  return conventions.join_inverted_names(spans);
}

std::vector<std::vector<int>> Ner::first_pass(std::span<const std::span<const std::string_view>> sentences,
                                              std::span<const std::span<const uint8_t>> upos) const {
  if (uses_tags_ && upos.size() != sentences.size())
    throw std::invalid_argument("Ner::recognize_document: this model needs UPOS tags");
  std::vector<std::vector<int>> classes(sentences.size());
  NerContext context;
  for (size_t s = 0; s < sentences.size(); ++s) {
    const auto words = sentences[s];
    const std::span<const uint8_t> u = uses_tags_ ? upos[s] : std::span<const uint8_t>();
    if (uses_tags_ && u.size() != words.size()) throw std::invalid_argument("Ner::recognize_document: this model needs UPOS tags");
    const NerFeatures fx(*this, words, u, &context);
    classes[s] = features_.viterbi ? decode_viterbi(fx, model_, pairs_) : decode_greedy(fx, model_, nullptr, nullptr);
    if (features_.history) context.remember(words, fx.lower(), classes[s], features_.acronyms);
  }
  return classes;
}

std::vector<std::vector<EntitySpan>> Ner::recognize_document(std::span<const std::span<const std::string_view>> sentences,
                                                             std::span<const std::span<const uint8_t>> upos) const {
  std::vector<std::vector<int>> classes = first_pass(sentences, upos);
  if (features_.two_pass) {
    const auto stack = stack_inputs(sentences, classes);
    for (size_t s = 0; s < sentences.size(); ++s) {
      const NerFeatures fx(*this, sentences[s], uses_tags_ ? upos[s] : std::span<const uint8_t>(), nullptr, stack[s].data());
      classes[s] = decode_viterbi(fx, model2_, pairs2_);
    }
  }
  std::vector<std::vector<EntitySpan>> out;
  for (size_t s = 0; s < classes.size(); ++s)
    out.push_back(follow_span_conventions(sentences[s], spans_of_bilou(classes[s])));
  drop_storm_names(sentences, out);
  return out;
}

void Ner::build_vector_table() {
  vector_table_.clear();
  if (!features_.vectors || vectors_.dims() == 0) return;
  const size_t dims = static_cast<size_t>(vectors_.dims()), pairs = (dims + 1) / 2;
  // The weights of each (position, dimension, code) feature, then summed per pair of dimensions and nibble value
  // (the two 2-bit codes), so that decoding adds one row per pair.
  std::vector<float> single(3 * pairs * 2 * 4 * kVectorRow, 0.0f);  // [position][dimension][code][class]
  auto at = [&](size_t position, size_t d, size_t c) { return &single[((position * pairs * 2 + d) * 4 + c) * kVectorRow]; };
  for (size_t position = 0; position < 3; ++position)
    for (size_t d = 0; d < dims; ++d)
      for (size_t c = 1; c <= 2; ++c) {
        const uint64_t key = feat(140 + static_cast<uint32_t>(position), static_cast<uint64_t>(4 * d + c));
        model_.score({&key, 1}, at(position, d, c));
      }
  vector_table_.assign(3 * pairs * 16 * kVectorRow, 0.0f);
  for (size_t position = 0; position < 3; ++position)
    for (size_t p = 0; p < pairs; ++p)
      for (size_t nibble = 0; nibble < 16; ++nibble) {
        float* out = &vector_table_[((position * pairs + p) * 16 + nibble) * kVectorRow];
        const float* lo = at(position, 2 * p, nibble & 3);
        const float* hi = at(position, 2 * p + 1, nibble >> 2);
        for (size_t k = 0; k < kVectorRow; ++k) out[k] = lo[k] + hi[k];
      }
}

namespace {
// The UPOS the tagger gives a sentence (as uint8_t); empty without a tagger.
std::vector<uint8_t> upos_of(const Tagger* tagger, const std::vector<std::string>& sentence) {
  std::vector<uint8_t> u;
  if (!tagger) return u;
  const auto words = views(sentence);
  std::vector<uint16_t> t(words.size());
  tagger->tag(words, t);
  for (uint16_t x : t) u.push_back(static_cast<uint8_t>(tagger->upos(x)));
  return u;
}

// Exact-span counts of what ner finds in the sentences (document by document, with their tags) against their gold
// tags.
Prf span_scores(const Ner& ner, const std::vector<NerSentence>& sentences,
                const std::vector<std::vector<uint8_t>>& tags) {
  Prf prf;
  for (const auto& [first, end] : documents_of(sentences)) {
    std::vector<std::vector<std::string_view>> words;
    std::vector<std::span<const uint8_t>> upos;
    for (size_t si = first; si < end; ++si) words.push_back(views(sentences[si].words)), upos.push_back(tags[si]);
    const auto predicted = ner.recognize_document(spans_of_views(words), upos);
    for (size_t si = first; si < end; ++si) {
      const auto& p = predicted[si - first];
      const auto g = spans_of_iob2(sentences[si].tags);
      prf.pred += p.size(), prf.gold += g.size();
      for (const auto& x : p) prf.tp += std::count(g.begin(), g.end(), x);
    }
  }
  return prf;
}
}  // namespace

Ner Ner::train(const std::vector<NerSentence>& train, const std::vector<NerSentence>* dev,
               const TrainOptions& options, const Tagger* tagger, const std::string& gazetteer_dir) {
  NerResources resources;
  resources.gazetteer.iso_codes_dir = gazetteer_dir;
  return Ner::train(train, dev, options, tagger, resources);
}

Ner Ner::train(const std::vector<NerSentence>& train, const std::vector<NerSentence>* dev,
               const TrainOptions& options, const Tagger* tagger, const NerResources& resources) {
  if (resources.features.two_pass && !resources.features.viterbi)
    throw std::invalid_argument("Ner::train: the two-pass model needs Viterbi decoding");
  if (resources.features.acronyms && !resources.features.history)
    throw std::invalid_argument("Ner::train: the acronym features need the document history");
  if (resources.bag < 1 || (resources.bag > 1 && resources.features.two_pass))
    throw std::invalid_argument("Ner::train: bag must be 1 with the two-pass model, and at least 1");
  if (resources.features.vector_context && !resources.features.vectors)
    throw std::invalid_argument("Ner::train: vector_context needs the vector features");
  if (resources.features.vectors && resources.vectors.size() == 0)
    throw std::invalid_argument("Ner::train: the vector features need word vectors");
  if (resources.features.two_pass && resources.stack_folds < 2)
    throw std::invalid_argument("Ner::train: the two-pass model needs at least 2 folds");
  Ner ner;
  ner.gazetteer_ = NerGazetteer::build(resources.gazetteer);
  ner.clusters_ = resources.clusters;
  if (resources.features.vectors) ner.vectors_ = resources.vectors;
  ner.uses_tags_ = tagger != nullptr;
  ner.features_ = resources.features;
  std::vector<std::vector<uint8_t>> train_tags, dev_tags;
  for (const auto& s : train) train_tags.push_back(upos_of(tagger, s.words));
  if (dev)
    for (const auto& s : *dev) dev_tags.push_back(upos_of(tagger, s.words));
  std::vector<std::vector<int>> gold(train.size());
  const uint64_t demonym_only = uint64_t{1} << gaz_bit(static_cast<int>(GazKind::demonym), 3);
  size_t demonyms = 0;
  std::vector<std::string> lower;
  std::vector<uint64_t> bits;
  for (size_t s = 0; s < train.size(); ++s) {
    auto spans = spans_of_iob2(train[s].tags);
    if (resources.demonyms_as_o) {
      lower.clear();
      for (const auto& w : train[s].words) lower.push_back(normalize_word(w, false));
      ner.gazetteer_.match(lower, views(train[s].words), bits);
      const size_t before = spans.size();
      std::erase_if(spans, [&](const EntitySpan& e) { return e.end == e.first + 1 && bits[e.first] == demonym_only; });
      demonyms += before - spans.size();
    }
    gold[s] = bilou_of(spans, train[s].words.size());
  }
  if (options.log && demonyms) options.log("ner: " + std::to_string(demonyms) + " one-word demonym entities taken as O");

  // Dev F1 of ner with the given weights for the first (second = false) or both passes.
  auto dev_f1 = [&](Ner& n, bool second) {
    const NerFeatureSet saved = n.features_;
    if (!second) n.features_.two_pass = false;
    const Prf prf = span_scores(n, *dev, dev_tags);
    n.features_ = saved;
    return ": dev F1 " + std::to_string(prf.f1());
  };
  const auto docs = documents_of(train);
  std::function<std::string(const Weights&)> eval1, eval2;
  if (dev) {
    eval1 = [&](const Weights& w) {
      Ner n = ner;
      n.model_ = w.model, n.pairs_ = w.pairs;
      return dev_f1(n, false);
    };
    eval2 = [&](const Weights& w) {
      Ner n = ner;
      n.model2_ = w.model, n.pairs2_ = w.pairs;
      return dev_f1(n, true);
    };
  }
  if (resources.bag <= 1) {
    Weights first = NerPassTrainer::run(ner, ner.features_, train, train_tags, gold, docs, nullptr, options, eval1, "ner");
    ner.model_ = std::move(first.model), ner.pairs_ = std::move(first.pairs);
  } else {
    std::vector<PerceptronModel> models, pairs;
    for (int k = 0; k < resources.bag; ++k) {
      TrainOptions o = options;
      o.seed = options.seed + static_cast<uint32_t>(k);
      Weights w = NerPassTrainer::run(ner, ner.features_, train, train_tags, gold, docs, nullptr, o, eval1,
                                      "ner (bag " + std::to_string(k + 1) + ")");
      models.push_back(std::move(w.model)), pairs.push_back(std::move(w.pairs));
    }
    ner.model_ = PerceptronModel::mean(models);
    if (ner.features_.viterbi) ner.pairs_ = PerceptronModel::mean(pairs);
    if (options.log && dev) options.log("ner: mean of " + std::to_string(resources.bag) + " models" + eval1({ner.model_, ner.pairs_}));
  }
  if (ner.features_.two_pass) {
    // Jackknifed first-pass labels of the training documents. A document's fold comes from a hash of its words,
    // so that a document given twice (in-domain weight) is never labelled by a model that saw it.
    const size_t k = static_cast<size_t>(resources.stack_folds);
    std::vector<size_t> fold(docs.size());
    for (size_t d = 0; d < docs.size(); ++d) {
      uint64_t h = 0;
      for (size_t s = docs[d].first; s < docs[d].second; ++s)
        for (const auto& w : train[s].words) h = mix64(h ^ hash_string(w));
      fold[d] = h % k;
    }
    std::vector<std::vector<uint8_t>> stack(train.size());
    TrainOptions quiet = options;
    quiet.log = {};
    for (size_t f = 0; f < k; ++f) {
      std::vector<std::pair<size_t, size_t>> rest;
      for (size_t d = 0; d < docs.size(); ++d)
        if (fold[d] != f) rest.push_back(docs[d]);
      Ner part = ner;
      Weights w = NerPassTrainer::run(ner, ner.features_, train, train_tags, gold, rest, nullptr, quiet, {}, "");
      part.model_ = std::move(w.model), part.pairs_ = std::move(w.pairs);
      for (size_t d = 0; d < docs.size(); ++d) {
        if (fold[d] != f) continue;
        std::vector<std::vector<std::string_view>> words;
        std::vector<std::span<const uint8_t>> upos;
        for (size_t s = docs[d].first; s < docs[d].second; ++s) words.push_back(views(train[s].words)), upos.push_back(train_tags[s]);
        const auto classes = part.first_pass(spans_of_views(words), upos);
        auto in = stack_inputs(spans_of_views(words), classes);
        for (size_t s = docs[d].first; s < docs[d].second; ++s) stack[s] = std::move(in[s - docs[d].first]);
      }
      if (options.log) options.log("ner: first-pass labels of fold " + std::to_string(f + 1) + " of " + std::to_string(k));
    }
    Weights second = NerPassTrainer::run(ner, ner.features_, train, train_tags, gold, docs, &stack, options, eval2, "ner pass 2");
    ner.model2_ = std::move(second.model), ner.pairs2_ = std::move(second.pairs);
  }
  ner.build_vector_table();
  if (options.log)
    options.log("ner: " + std::to_string(ner.gazetteer_.size()) + " names, " + std::to_string(ner.clusters_.size()) +
                " clustered words, " + std::to_string(ner.vectors_.size()) + " words with vector codes, " +
                std::to_string(ner.num_features()) + " features");
  return ner;
}

void Ner::save(ModelFileWriter& out) const {
  ByteWriter w;
  w.u32(kNerVersion);
  w.u8(uses_tags_ ? 1 : 0);
  w.u8(static_cast<uint8_t>((features_.viterbi ? 1 : 0) | (features_.history ? 2 : 0) | (features_.sentence_case ? 4 : 0) |
                            (features_.two_pass ? 8 : 0) | (features_.org_keywords ? 16 : 0) | (features_.acronyms ? 32 : 0) |
                            (features_.vectors ? 64 : 0) | (features_.vector_context ? 128 : 0)));
  gazetteer_.save(w);
  clusters_.save(w);
  if (features_.vectors) vectors_.save(w);
  model_.save(w);
  if (features_.viterbi) pairs_.save(w);
  if (features_.two_pass) {
    model2_.save(w);
    pairs2_.save(w);
  }
  out.add("ner", w.take());
}

Ner Ner::load(const ModelFile& file) {
  Ner ner;
  ByteReader r = file.section("ner");
  const uint32_t version = r.u32();
  if (version != kNerVersion)
    r.fail("an NER model of another version (this dunlin reads NER version " + std::to_string(kNerVersion) +
           "); retrain it as models/README.md says");
  ner.uses_tags_ = r.u8() != 0;
  const uint8_t flags = r.u8();
  if ((flags & 9) == 8 || (flags & 34) == 32 || (flags & 192) == 128) r.fail("unknown NER feature flags");
  ner.features_ = {(flags & 1) != 0,  (flags & 2) != 0,  (flags & 4) != 0,  (flags & 8) != 0,
                   (flags & 16) != 0, (flags & 32) != 0, (flags & 64) != 0, (flags & 128) != 0};
  ner.gazetteer_ = NerGazetteer::load(r);
  ner.clusters_ = WordClusters::load(r);
  if (ner.features_.vectors) ner.vectors_ = WordVectorCodes::load(r);
  ner.model_ = PerceptronModel::load(r);
  if (ner.model_.num_classes() != kClasses) r.fail("class count mismatch");
  if (ner.features_.viterbi) {
    ner.pairs_ = PerceptronModel::load(r);
    if (ner.pairs_.num_classes() != kPairClasses) r.fail("transition class count mismatch");
  }
  if (ner.features_.two_pass) {
    ner.model2_ = PerceptronModel::load(r);
    ner.pairs2_ = PerceptronModel::load(r);
    if (ner.model2_.num_classes() != kClasses || ner.pairs2_.num_classes() != kPairClasses)
      r.fail("second-pass class count mismatch");
  }
  ner.build_vector_table();
  return ner;
}

}  // namespace dunlin::nlp
