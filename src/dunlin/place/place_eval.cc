// Scoring place resolution against eval/place/ gold (see place_eval.h).
#include "dunlin/place/place_eval.h"
#include "dunlin/text/tsv_rows.h"

#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <stdexcept>

#include "dunlin/nlp/pipeline.h"
#include "dunlin/place/place_tagger.h"
#include "dunlin/segment/segmenter.h"
#include "dunlin/time/time_eval.h"

namespace dunlin::place {
namespace {

// Tab-separated lines, skipping "#" comments and the header line; each row with its line number.
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

std::string place_label(const GeoNamesGazetteer& g, uint32_t index) {
  const Place p = g.place(index);
  if (p.geonameid) return "gn:" + std::to_string(p.geonameid);
  if (p.kind == PlaceKind::country) return "country:" + std::string(p.country);
  if (p.kind == PlaceKind::subdivision) return "iso:" + std::string(p.subdivision);
  return "extra:" + std::string(p.country) + ":" + std::string(p.name);
}

PlaceEvalReport evaluate_places(const std::string& gold_dir, const std::string& corpus_dir,
                                const std::string& gazetteer_path, const std::string& not_places_path,
                                const std::string& model_dir) {
  const auto docs = read_tsv_rows(gold_dir + "/docs.tsv", 5, 5);
  const auto gold = read_tsv_rows(gold_dir + "/gold.tsv", 8, 8);
  auto g = std::make_shared<const GeoNamesGazetteer>(GeoNamesGazetteer::load(gazetteer_path));
  const PlaceTagger tagger(g, PlaceTagger::load_not_places(not_places_path));
  const Segmenter segmenter;
  std::unique_ptr<nlp::Pipeline> nlp;
  if (!model_dir.empty()) nlp = std::make_unique<nlp::Pipeline>(nlp::Pipeline::load(model_dir));
  std::map<std::string, std::vector<std::vector<std::string>>> corpora;
  PlaceEvalReport report;
  for (const auto& [line, d] : docs) {
    const std::string where = gold_dir + "/docs.tsv:" + std::to_string(line);
    const std::string& file = d[0];
    if (!corpora.count(file)) corpora[file] = time::read_csv(corpus_dir + "/" + file);
    const auto& rows = corpora[file];
    const uint32_t row = to_u32(d[1], where), scope = to_u32(d[3], where);
    if (row >= rows.size() || rows[row].size() < 4) throw std::runtime_error(where + ": no such row in " + file);
    Document doc;
    doc.date = rows[row][1];
    doc.text = rows[row][3];
    if (doc.date != d[2]) throw std::runtime_error(where + ": the corpus row's date is " + doc.date + ", not " + d[2]);
    segmenter.annotate(doc);
    if (nlp) nlp->annotate(doc);
    tagger.annotate(doc);
    auto span_of = [&](const PlaceMention& m) {
      return ByteSpan{doc.tokens.begin[m.first_token], doc.tokens.end[m.end_token - 1]};
    };
    std::vector<bool> matched(doc.places.size(), false);
    for (const auto& [gline, gf] : gold) {
      const std::string gwhere = gold_dir + "/gold.tsv:" + std::to_string(gline);
      if (gf[0] != file || to_u32(gf[1], gwhere) != row) continue;
      PlaceEvalItem item{file, static_cast<int>(row), to_u32(gf[2], gwhere), to_u32(gf[3], gwhere), gf[6], "", ""};
      if (item.end > doc.text.size() || item.begin >= item.end)
        throw std::runtime_error(gwhere + ": span outside the article");
      for (size_t k = 0; k < doc.places.size(); ++k) {
        const PlaceMention& m = doc.places.mentions[k];
        if (!m.in_text) continue;
        const ByteSpan s = span_of(m);
        if (!overlaps(item.begin, item.end, s.begin, s.end)) continue;
        matched[k] = true;
        if (item.system.empty()) {
          item.system = place_label(*g, m.gazetteer_index);
          item.text = m.name + "/" + m.country;
        }
      }
      ++report.gold;
      if (!item.system.empty()) ++report.found;
      if (item.system == item.gold) ++report.correct;
      report.items.push_back(std::move(item));
    }
    for (size_t k = 0; k < doc.places.size(); ++k) {
      const PlaceMention& m = doc.places.mentions[k];
      if (!m.in_text) continue;
      const ByteSpan s = span_of(m);
      if (s.begin < scope) continue;
      ++report.system;
      if (!matched[k])
        report.spurious.push_back({file, static_cast<int>(row), s.begin, s.end, "", place_label(*g, m.gazetteer_index),
                                   std::string(doc.slice(s)) + " -> " + m.name + "/" + m.country});
    }
  }
  return report;
}

std::string PlaceEvalReport::to_string() const {
  std::ostringstream o;
  char buf[320];
  std::snprintf(buf, sizeof buf,
                "gold %zu, found %zu (recall %.1f%%), resolved correctly %zu: resolution accuracy %.1f%% of found, "
                "%.1f%% of all gold; system %zu, spurious %zu (precision %.1f%%)\n",
                gold, found, 100 * recall(), correct, 100 * resolution_accuracy(), 100 * end_to_end(), system,
                spurious.size(), 100 * precision());
  o << buf;
  for (const auto& i : items)
    if (i.system != i.gold)
      o << (i.system.empty() ? "  missed   " : "  wrong    ") << i.file << "#" << i.row << " bytes " << i.begin << "-"
        << i.end << ": gold " << i.gold << ", system " << (i.system.empty() ? "-" : i.system + " (" + i.text + ")")
        << "\n";
  for (const auto& s : spurious)
    o << "  spurious " << s.file << "#" << s.row << " bytes " << s.begin << "-" << s.end << ": " << s.text << " ("
      << s.system << ")\n";
  return o.str();
}

}  // namespace dunlin::place
