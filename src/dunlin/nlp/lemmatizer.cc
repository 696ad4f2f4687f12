// Lemmatizer training (rule extraction, exceptions, WordNet irregular forms) and application.
#include "dunlin/nlp/lemmatizer.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "dunlin/nlp/hash.h"
#include "dunlin/nlp/word_features.h"

namespace dunlin::nlp {
namespace {
constexpr size_t kMaxSuffix = 7;

std::string exception_key(std::string_view form, uint16_t xpos) {
  std::string k(form);
  k += '\t';
  k += std::to_string(xpos);
  return k;
}

std::string lower_ascii(std::string_view s) { return normalize_word(s, false); }
}  // namespace

uint64_t Lemmatizer::context_key(uint16_t xpos, std::string_view lower_suffix) {
  return feat(xpos, hash_string(lower_suffix), lower_suffix.size());
}

bool Lemmatizer::apply_rules(std::string_view form, std::string_view lower, uint16_t xpos, std::string& out) const {
  for (size_t n = std::min(kMaxSuffix, lower.size()) + 1; n-- > 0;) {
    const auto it = context_rule_.find(context_key(xpos, lower.substr(lower.size() - n)));
    if (it == context_rule_.end()) continue;
    const Rule& r = rules_[it->second];
    if (r.strip > lower.size()) return false;
    const std::string_view base = r.keep_case ? form : lower;
    // The rules work on bytes: a cut inside a multi-byte character (an acute accent then "m", less two bytes)
    // would leave broken UTF-8, so such a word keeps its form.
    if (r.strip > 0 && r.strip < base.size() && (static_cast<unsigned char>(base[base.size() - r.strip]) & 0xC0) == 0x80)
      return false;
    out.append(base.substr(0, base.size() - r.strip));
    out.append(r.append);
    return true;
  }
  return false;
}

void Lemmatizer::lemmatize(std::string_view form, uint16_t xpos, std::string& out) const {
  if (const auto it = exceptions_.find(exception_key(form, xpos)); it != exceptions_.end()) {
    out += it->second;
    return;
  }
  const std::string lower = lower_ascii(form);
  if (const auto it = exceptions_.find(exception_key(lower, xpos)); it != exceptions_.end()) {
    out += it->second;
    return;
  }
  if (!apply_rules(form, lower, xpos, out)) out += form;
}

Lemmatizer Lemmatizer::train(const std::vector<ConlluSentence>& train, const std::vector<std::string>& xpos_names,
                             const Log& log, const std::string& wordnet_dir) {
  std::map<std::string, uint16_t> xpos_id;
  for (size_t i = 0; i < xpos_names.size(); ++i) xpos_id[xpos_names[i]] = static_cast<uint16_t>(i);
  Lemmatizer lm;
  std::map<std::tuple<uint8_t, uint8_t, std::string>, uint32_t> rule_id;
  std::unordered_map<uint64_t, std::map<uint32_t, int>> counts;
  std::map<std::pair<uint64_t, uint32_t>, std::unordered_set<uint64_t>> words_of;  // (context, rule) -> words
  // (form, xpos) -> lemma -> count
  std::map<std::string, std::map<std::string, int>> form_lemmas;
  for (const auto& s : train) {
    for (const auto& w : s.words) {
      const auto xit = xpos_id.find(w.xpos);
      if (xit == xpos_id.end() || w.lemma.empty() || w.lemma == "_") continue;
      form_lemmas[exception_key(w.form, xit->second)][w.lemma]++;
      const std::string lower = lower_ascii(w.form);
      const std::string_view lemma = w.lemma;
      // The rule from the lowercased form, unless the form as written shares a longer prefix with the lemma
      // ("Obama" -> "Obama", "I" -> "I").
      auto prefix_len = [&](std::string_view x) {
        size_t k = 0;
        while (k < x.size() && k < lemma.size() && x[k] == lemma[k]) ++k;
        return k;
      };
      uint8_t keep_case = 0;
      std::string_view base = lower;
      size_t common = prefix_len(lower);
      if (const size_t c2 = prefix_len(w.form); c2 > common) {
        keep_case = 1;
        base = w.form;
        common = c2;
      }
      if (base.size() - common > 255) continue;
      const auto key = std::make_tuple(static_cast<uint8_t>(base.size() - common), keep_case,
                                       std::string(lemma.substr(common)));
      auto rit = rule_id.find(key);
      if (rit == rule_id.end()) {
        rit = rule_id.emplace(key, static_cast<uint32_t>(lm.rules_.size())).first;
        lm.rules_.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key)});
      }
      const uint64_t word = hash_string(lower);
      for (size_t n = 0; n <= std::min(kMaxSuffix, lower.size()); ++n) {
        const uint64_t ctx = context_key(xit->second, std::string_view(lower).substr(lower.size() - n));
        counts[ctx][rit->second]++;
        words_of[{ctx, rit->second}].insert(word);
      }
    }
  }
  // A suffix keeps the rule most of its words take, if two or more different words take it: a rule seen on one
  // word only is that word's exception, not a pattern ("Nov" -> "November" must not make "Lavrov" "Lavrovember").
  // A suffix without a rule falls back to its shorter suffixes.
  for (const auto& [ctx, rc] : counts) {
    uint32_t best = 0;
    int best_n = -1;
    for (const auto& [r, n] : rc)
      if (n > best_n) best = r, best_n = n;
    if (words_of[{ctx, best}].size() >= 2) lm.context_rule_[ctx] = best;
  }
  // Exceptions: the most frequent lemma of each (form, xpos) the rules get wrong.
  size_t wrong = 0;
  for (const auto& [key, lemmas] : form_lemmas) {
    std::string best;
    int best_n = -1;
    for (const auto& [l, n] : lemmas)
      if (n > best_n) best = l, best_n = n;
    const size_t tab = key.rfind('\t');
    const std::string_view form = std::string_view(key).substr(0, tab);
    const uint16_t xpos = static_cast<uint16_t>(std::stoi(key.substr(tab + 1)));
    std::string predicted;
    if (!lm.apply_rules(form, lower_ascii(form), xpos, predicted)) predicted = form;
    if (predicted != best) {
      lm.exceptions_[key] = best;
      ++wrong;
    }
  }
  // WordNet irregular forms (lowercase), for tags where the rules do not already produce them.
  size_t wordnet = 0;
  const std::pair<const char*, std::vector<const char*>> lists[] = {
      {"verb.exc", {"VBD", "VBN"}}, {"noun.exc", {"NNS"}}, {"adj.exc", {"JJR", "JJS"}}};
  if (!wordnet_dir.empty()) {
    for (const auto& [file, tags] : lists) {
      std::ifstream in(wordnet_dir + "/" + file);
      std::string line;
      while (std::getline(in, line)) {
        std::istringstream ls(line);
        std::string form, lemma;
        if (!(ls >> form >> lemma)) continue;
        if (form.find('_') != std::string::npos || lemma.find('_') != std::string::npos) continue;
        for (const char* tag : tags) {
          const auto xit = xpos_id.find(tag);
          if (xit == xpos_id.end()) continue;
          const std::string key = exception_key(form, xit->second);
          if (form_lemmas.count(key)) continue;  // the treebank knows better
          std::string predicted;
          if (!lm.apply_rules(form, form, xit->second, predicted)) predicted = form;
          if (predicted != lemma && lm.exceptions_.emplace(key, lemma).second) ++wordnet;
        }
      }
    }
  }
  if (log)
    log("lemmatizer: " + std::to_string(lm.rules_.size()) + " rules, " + std::to_string(lm.context_rule_.size()) +
        " contexts, " + std::to_string(wrong) + " treebank exceptions, " + std::to_string(wordnet) +
        " WordNet exceptions");
  return lm;
}

void Lemmatizer::save(ModelFileWriter& out) const {
  ByteWriter w;
  w.u32(static_cast<uint32_t>(rules_.size()));
  for (const Rule& r : rules_) {
    w.u8(r.strip);
    w.u8(r.keep_case);
    w.str(r.append);
  }
  std::vector<std::pair<uint64_t, uint32_t>> ctx(context_rule_.begin(), context_rule_.end());
  std::sort(ctx.begin(), ctx.end());
  w.u64(ctx.size());
  for (const auto& [k, v] : ctx) {
    w.u64(k);
    w.u32(v);
  }
  std::vector<std::pair<std::string, std::string>> ex(exceptions_.begin(), exceptions_.end());
  std::sort(ex.begin(), ex.end());
  w.u64(ex.size());
  for (const auto& [k, v] : ex) {
    w.str(k);
    w.str(v);
  }
  out.add("lemma", w.take());
}

Lemmatizer Lemmatizer::load(const ModelFile& file) {
  Lemmatizer lm;
  ByteReader r = file.section("lemma");
  const uint32_t nr = r.u32();
  if (nr > (1u << 24)) r.fail("corrupt rule count");
  for (uint32_t i = 0; i < nr; ++i) {
    Rule rule;
    rule.strip = r.u8();
    rule.keep_case = r.u8();
    rule.append = r.str();
    lm.rules_.push_back(std::move(rule));
  }
  const uint64_t nc = r.u64();
  if (nc > (1u << 26)) r.fail("corrupt context count");
  for (uint64_t i = 0; i < nc; ++i) {
    const uint64_t k = r.u64();
    const uint32_t v = r.u32();
    if (v >= nr) r.fail("rule index out of range");
    lm.context_rule_[k] = v;
  }
  const uint64_t ne = r.u64();
  if (ne > (1u << 26)) r.fail("corrupt exception count");
  for (uint64_t i = 0; i < ne; ++i) {
    std::string k = r.str();
    lm.exceptions_[std::move(k)] = r.str();
  }
  return lm;
}

std::vector<std::string> regular_lemma_candidates(std::string_view form) {
  std::string f(form);
  for (char& c : f) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  std::vector<std::string> out{f};
  auto ends = [&](std::string_view suffix) { return f.size() > suffix.size() + 1 && f.ends_with(suffix); };
  auto stem_variants = [&](size_t cut) {
    const std::string stem = f.substr(0, f.size() - cut);
    out.push_back(stem + "e");
    out.push_back(stem);
    if (stem.size() > 2 && stem[stem.size() - 1] == stem[stem.size() - 2]) out.push_back(stem.substr(0, stem.size() - 1));
  };
  if (ends("ied") || ends("ies")) out.push_back(f.substr(0, f.size() - 3) + "y");
  if (ends("ed")) stem_variants(2);
  if (ends("ing")) stem_variants(3);
  if (ends("es")) out.push_back(f.substr(0, f.size() - 2));
  if (ends("s")) out.push_back(f.substr(0, f.size() - 1));
  return out;
}

}  // namespace dunlin::nlp
