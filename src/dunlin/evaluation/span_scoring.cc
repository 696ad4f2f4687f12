// Scoring spans against hand-annotated gold (see span_scoring.h).
#include "dunlin/evaluation/span_scoring.h"

#include <cstdio>
#include <map>
#include <sstream>
#include <stdexcept>

#include "dunlin/read/csv_records.h"
#include "dunlin/text/tsv_rows.h"

namespace dunlin::evaluation {
namespace {

uint32_t to_u32(const std::string& s, const std::string& where) {
  try {
    size_t used = 0;
    const unsigned long v = std::stoul(s, &used);
    if (used != s.size() || v > 0xFFFFFFFFul) throw std::invalid_argument(s);
    return static_cast<uint32_t>(v);
  } catch (const std::exception&) {
    throw std::runtime_error(where + ": not a number: '" + s + "'");
  }
}

bool overlaps(uint32_t b1, uint32_t e1, uint32_t b2, uint32_t e2) { return b1 < e2 && b2 < e1; }

}  // namespace

std::vector<GoldArticle> read_gold_articles(const std::string& gold_dir, const std::string& corpus_dir,
                                            size_t gold_columns) {
  const TsvRows docs = read_tsv_rows(gold_dir + "/docs.tsv", 5, 5);
  const TsvRows gold = read_tsv_rows(gold_dir + "/gold.tsv", gold_columns, gold_columns);
  std::map<std::string, std::vector<std::vector<std::string>>> corpora;
  std::vector<GoldArticle> articles;
  for (const auto& [line, d] : docs) {
    const std::string where = gold_dir + "/docs.tsv:" + std::to_string(line);
    GoldArticle a;
    a.file = d[0];
    a.row = to_u32(d[1], where);
    a.scope = to_u32(d[3], where);
    if (!corpora.count(a.file)) corpora[a.file] = read_csv_file(corpus_dir + "/" + a.file);
    const auto& rows = corpora[a.file];
    if (a.row >= rows.size() || rows[a.row].size() < 4) throw std::runtime_error(where + ": no such row in " + a.file);
    a.date = rows[a.row][1];
    a.text = rows[a.row][3];
    if (a.date != d[2]) throw std::runtime_error(where + ": the corpus row's date is " + a.date + ", not " + d[2]);
    for (const auto& [gline, g] : gold) {
      const std::string gwhere = gold_dir + "/gold.tsv:" + std::to_string(gline);
      if (g[0] != a.file || to_u32(g[1], gwhere) != a.row) continue;
      GoldSpan span{to_u32(g[2], gwhere), to_u32(g[3], gwhere), g[6]};
      if (span.end > a.text.size() || span.begin >= span.end)
        throw std::runtime_error(gwhere + ": span outside the article");
      a.spans.push_back(std::move(span));
    }
    articles.push_back(std::move(a));
  }
  return articles;
}

void SpanEvalReport::add(const GoldArticle& article, const std::vector<SystemSpan>& system_spans) {
  std::vector<bool> matched(system_spans.size(), false);
  for (const GoldSpan& g : article.spans) {
    SpanEvalItem item{article.file, article.row, g.begin, g.end, g.label, "", ""};
    for (size_t k = 0; k < system_spans.size(); ++k) {
      const SystemSpan& s = system_spans[k];
      if (!overlaps(g.begin, g.end, s.begin, s.end)) continue;
      matched[k] = true;
      if (item.system.empty()) {
        item.system = s.label;
        item.text = s.text;
      }
    }
    ++gold;
    if (!item.system.empty()) ++found;
    if (item.system == item.gold) ++correct;
    items.push_back(std::move(item));
  }
  for (size_t k = 0; k < system_spans.size(); ++k) {
    const SystemSpan& s = system_spans[k];
    if (s.begin < article.scope) continue;
    ++system;
    if (!matched[k]) spurious.push_back({article.file, article.row, s.begin, s.end, "", s.label, s.text});
  }
}

std::string SpanEvalReport::to_string(std::string_view label_name) const {
  const std::string name(label_name);
  std::ostringstream o;
  char buf[320];
  std::snprintf(buf, sizeof buf,
                "gold %zu, found %zu (recall %.1f%%), %s correct %zu: %s accuracy %.1f%% of found, %.1f%% of all "
                "gold; system %zu, spurious %zu (precision %.1f%%)\n",
                gold, found, 100 * recall(), name.c_str(), correct, name.c_str(), 100 * accuracy(),
                100 * end_to_end(), system, spurious.size(), 100 * precision());
  o << buf;
  auto shown = [](const SpanEvalItem& i) { return i.system + (i.text.empty() ? "" : " (" + i.text + ")"); };
  for (const auto& i : items)
    if (i.system != i.gold)
      o << (i.system.empty() ? "  missed   " : "  wrong    ") << i.file << "#" << i.row << " bytes " << i.begin << "-"
        << i.end << ": gold " << i.gold << ", system " << (i.system.empty() ? "-" : shown(i)) << "\n";
  for (const auto& s : spurious)
    o << "  spurious " << s.file << "#" << s.row << " bytes " << s.begin << "-" << s.end << ": system " << shown(s)
      << "\n";
  return o.str();
}

}  // namespace dunlin::evaluation
