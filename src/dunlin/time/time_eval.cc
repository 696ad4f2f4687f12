// Scoring the temporal tagger against eval/time/ gold (see time_eval.h).
#include "dunlin/time/time_eval.h"

#include "dunlin/document.h"
#include "dunlin/time/temporal.h"

namespace dunlin::time {

evaluation::SpanEvalReport evaluate_time(const std::string& gold_dir, const std::string& corpus_dir) {
  const TemporalTagger tagger;
  evaluation::SpanEvalReport report;
  for (const evaluation::GoldArticle& article : evaluation::read_gold_articles(gold_dir, corpus_dir, 7)) {
    Document doc;
    doc.date = article.date;
    doc.text = article.text;
    tagger.annotate(doc);
    std::vector<evaluation::SystemSpan> spans;
    for (size_t k = 0; k < doc.times.size(); ++k)
      spans.push_back({doc.times.span[k].begin, doc.times.span[k].end,
                       to_string(TimeValue{doc.times.first_day[k], doc.times.last_day[k], doc.times.precision[k],
                                           doc.times.resolved[k] != 0}),
                       ""});
    report.add(article, spans);
  }
  return report;
}

}  // namespace dunlin::time
