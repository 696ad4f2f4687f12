// Scoring place resolution against eval/place/ gold (see place_eval.h).
#include "dunlin/place/place_eval.h"

#include <memory>

#include "dunlin/nlp/pipeline.h"
#include "dunlin/place/place_tagger.h"
#include "dunlin/segment/segmenter.h"

namespace dunlin::place {

std::string place_label(const GeoNamesGazetteer& g, uint32_t index) {
  const Place p = g.place(index);
  if (p.geonameid) return "gn:" + std::to_string(p.geonameid);
  if (p.kind == PlaceKind::country) return "country:" + std::string(p.country);
  if (p.kind == PlaceKind::subdivision) return "iso:" + std::string(p.subdivision);
  return "extra:" + std::string(p.country) + ":" + std::string(p.name);
}

evaluation::SpanEvalReport evaluate_places(const std::string& gold_dir, const std::string& corpus_dir,
                                           const std::string& gazetteer_path, const std::string& not_places_path,
                                           const std::string& model_dir) {
  auto g = std::make_shared<const GeoNamesGazetteer>(GeoNamesGazetteer::load(gazetteer_path));
  const PlaceTagger tagger(g, PlaceTagger::load_not_places(not_places_path));
  const Segmenter segmenter;
  std::unique_ptr<nlp::Pipeline> nlp;
  if (!model_dir.empty()) nlp = std::make_unique<nlp::Pipeline>(nlp::Pipeline::load(model_dir));
  evaluation::SpanEvalReport report;
  for (const evaluation::GoldArticle& article : evaluation::read_gold_articles(gold_dir, corpus_dir, 8)) {
    Document doc;
    doc.date = article.date;
    doc.text = article.text;
    segmenter.annotate(doc);
    if (nlp) nlp->annotate(doc);
    tagger.annotate(doc);
    std::vector<evaluation::SystemSpan> spans;
    for (const PlaceMention& m : doc.places.mentions) {
      if (!m.in_text) continue;
      const ByteSpan s{doc.tokens.begin[m.first_token], doc.tokens.end[m.end_token - 1]};
      spans.push_back({s.begin, s.end, place_label(*g, m.gazetteer_index),
                       std::string(doc.slice(s)) + " -> " + m.name + "/" + m.country});
    }
    report.add(article, spans);
  }
  return report;
}

}  // namespace dunlin::place
