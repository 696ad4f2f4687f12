// Scoring the temporal tagger against eval/time/ gold (see time_eval.h).
#include "dunlin/time/time_eval.h"
#include "dunlin/text/tsv_rows.h"

#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

#include "dunlin/document.h"
#include "dunlin/time/temporal.h"

namespace dunlin::time {
namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Tab-separated lines, skipping "#" comments and the header line; each row with its line number.
uint32_t to_u32(const std::string& s, const std::string& where) {
  try {
    size_t used = 0;
    const unsigned long v = std::stoul(s, &used);
    if (used != s.size()) throw std::invalid_argument(s);
    return static_cast<uint32_t>(v);
  } catch (const std::exception&) {
    throw std::runtime_error(where + ": not a number: '" + s + "'");
  }
}

bool overlaps(uint32_t b1, uint32_t e1, uint32_t b2, uint32_t e2) { return b1 < e2 && b2 < e1; }

}  // namespace

std::vector<std::vector<std::string>> read_csv(const std::string& path) {
  const std::string data = slurp(path);
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  size_t i = 0;
  bool any = false;
  while (i < data.size()) {
    const char c = data[i];
    if (c == '"' && field.empty()) {
      const size_t open = i++;
      for (;;) {
        if (i >= data.size()) throw std::runtime_error(path + ": byte " + std::to_string(open) + ": unterminated quote");
        if (data[i] == '"') {
          if (i + 1 < data.size() && data[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        field += data[i++];
      }
      any = true;
      continue;
    }
    if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
      any = true;
      ++i;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < data.size() && data[i + 1] == '\n') ++i;
      ++i;
      if (any || !field.empty()) {
        row.push_back(std::move(field));
        rows.push_back(std::move(row));
      }
      row.clear();
      field.clear();
      any = false;
    } else {
      field += c;
      any = true;
      ++i;
    }
  }
  if (any || !field.empty()) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  if (!rows.empty()) rows.erase(rows.begin());  // the header
  return rows;
}

TimeEvalReport evaluate_time(const std::string& gold_dir, const std::string& corpus_dir) {
  const auto docs = read_tsv_rows(gold_dir + "/docs.tsv", 5, 5);
  const auto gold = read_tsv_rows(gold_dir + "/gold.tsv", 7, 7);
  std::map<std::string, std::vector<std::vector<std::string>>> corpora;
  TimeEvalReport report;
  const TemporalTagger tagger;
  for (const auto& [line, d] : docs) {
    const std::string where = gold_dir + "/docs.tsv:" + std::to_string(line);
    const std::string& file = d[0];
    if (!corpora.count(file)) corpora[file] = read_csv(corpus_dir + "/" + file);
    const auto& rows = corpora[file];
    const uint32_t row = to_u32(d[1], where), scope = to_u32(d[3], where);
    if (row >= rows.size() || rows[row].size() < 4) throw std::runtime_error(where + ": no such row in " + file);
    Document doc;
    doc.date = rows[row][1];
    doc.text = rows[row][3];
    if (doc.date != d[2]) throw std::runtime_error(where + ": the corpus row's date is " + doc.date + ", not " + d[2]);
    tagger.annotate(doc);
    std::vector<bool> matched(doc.times.size(), false);
    for (const auto& [gline, g] : gold) {
      if (g[0] != file || to_u32(g[1], gold_dir + "/gold.tsv:" + std::to_string(gline)) != row) continue;
      const std::string gwhere = gold_dir + "/gold.tsv:" + std::to_string(gline);
      TimeEvalItem item{file, static_cast<int>(row), to_u32(g[2], gwhere), to_u32(g[3], gwhere), g[6], ""};
      if (item.end > doc.text.size() || item.begin >= item.end)
        throw std::runtime_error(gwhere + ": span outside the article");
      for (size_t k = 0; k < doc.times.size(); ++k) {
        if (!overlaps(item.begin, item.end, doc.times.span[k].begin, doc.times.span[k].end)) continue;
        matched[k] = true;
        if (item.system_value.empty())
          item.system_value = to_string(TimeValue{doc.times.first_day[k], doc.times.last_day[k],
                                                  doc.times.precision[k], doc.times.resolved[k] != 0});
      }
      ++report.gold;
      if (!item.system_value.empty()) ++report.found;
      if (item.system_value == item.gold_value) ++report.correct;
      report.items.push_back(std::move(item));
    }
    for (size_t k = 0; k < doc.times.size(); ++k) {
      if (doc.times.span[k].begin < scope) continue;
      ++report.system;
      if (!matched[k])
        report.spurious.push_back({file, static_cast<int>(row), doc.times.span[k].begin, doc.times.span[k].end, "",
                                   to_string(TimeValue{doc.times.first_day[k], doc.times.last_day[k],
                                                       doc.times.precision[k], doc.times.resolved[k] != 0})});
    }
  }
  return report;
}

std::string TimeEvalReport::to_string() const {
  std::ostringstream o;
  char buf[256];
  std::snprintf(buf, sizeof buf,
                "gold %zu, found %zu (recall %.1f%%), value correct %zu: value accuracy %.1f%% of found, %.1f%% of "
                "all gold; system %zu, spurious %zu (precision %.1f%%)\n",
                gold, found, 100 * recall(), correct, 100 * value_accuracy(), 100 * end_to_end(), system,
                spurious.size(), 100 * precision());
  o << buf;
  for (const auto& i : items)
    if (i.system_value != i.gold_value)
      o << (i.system_value.empty() ? "  missed   " : "  wrong    ") << i.file << "#" << i.row << " bytes " << i.begin
        << "-" << i.end << ": gold " << i.gold_value << ", system " << (i.system_value.empty() ? "-" : i.system_value)
        << "\n";
  for (const auto& s : spurious)
    o << "  spurious " << s.file << "#" << s.row << " bytes " << s.begin << "-" << s.end << ": system " << s.system_value
      << "\n";
  return o.str();
}

}  // namespace dunlin::time
