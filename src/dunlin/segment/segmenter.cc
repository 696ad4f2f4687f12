#include "dunlin/segment/segmenter.h"

#include "dunlin/resources.h"

namespace dunlin {
namespace {

std::shared_ptr<const TokenizerRules> load_rules(const SegmenterOptions& o) {
  return std::make_shared<const TokenizerRules>(o.data_dir.empty() ? TokenizerRules::load_default()
                                                                    : TokenizerRules::load(o.data_dir));
}

std::shared_ptr<const SentenceModel> load_model(const SegmenterOptions& o) {
  if (o.method != SplitMethod::model) return nullptr;
  std::filesystem::path path = o.model_path;
  if (path.empty()) {
    try {
      path = find_resource("models/segment/sentences.bin");
    } catch (const ResourceError& e) {
      throw SegmentDataError(e.what());
    }
  }
  return std::make_shared<const SentenceModel>(SentenceModel::load(path));
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

Segmenter::Segmenter(const SegmenterOptions& options) : Segmenter(load_rules(options), options.method, load_model(options)) {}

Segmenter::Segmenter(std::shared_ptr<const TokenizerRules> rules, SplitMethod method,
                     std::shared_ptr<const SentenceModel> model)
    : tokenizer_(rules), splitter_(rules, method, std::move(model)) {}

void find_paragraphs(std::string_view text, ParagraphLayer& out) {
  size_t pos = 0;
  const size_t n = text.size();
  while (pos < n) {
    while (pos < n && is_blank(text[pos])) ++pos;
    if (pos >= n) break;
    // The paragraph runs to the next line that holds only white space.
    size_t end = pos;
    size_t scan = pos;
    while (true) {
      const size_t nl = text.find('\n', scan);
      if (nl == std::string_view::npos) {
        end = n;
        break;
      }
      size_t k = nl + 1;
      while (k < n && text[k] != '\n' && is_blank(text[k])) ++k;
      if (k >= n || text[k] == '\n') {
        end = nl;
        break;
      }
      scan = nl + 1;
    }
    size_t e = end;
    while (e > pos && is_blank(text[e - 1])) --e;
    out.span.push_back({static_cast<uint32_t>(pos), static_cast<uint32_t>(e)});
    pos = end;
  }
}

void Segmenter::annotate(Document& doc) const {
  if (doc.paragraphs.empty()) find_paragraphs(doc.text, doc.paragraphs);
  doc.tokens.clear();
  doc.sentences.clear();
  for (uint32_t p = 0; p < doc.paragraphs.size(); ++p) {
    const ByteSpan span = doc.paragraphs.span[p];
    const uint32_t first = static_cast<uint32_t>(doc.tokens.size());
    tokenizer_.tokenize(doc.text, span.begin, span.end, doc.tokens);
    const uint32_t end = static_cast<uint32_t>(doc.tokens.size());
    // A multiword token never crosses a paragraph.
    if (end > first) doc.tokens.fused_with_next[end - 1] = 0;
    splitter_.split(doc, first, end, p);
  }
}

}  // namespace dunlin
