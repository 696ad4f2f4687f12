// The Segmenter: paragraphs from blank lines, then tokens and sentences per paragraph.
#include "dunlin/segment/segmenter.h"

#include <cctype>

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

// A word that kept its final period ("etc.", "U.S."), as opposed to "." or "...".
bool kept_period(std::string_view w) {
  if (w.size() < 2 || w.back() != '.' || w[w.size() - 2] == '.') return false;
  const unsigned char c0 = static_cast<unsigned char>(w[0]);
  return c0 >= 0x80 || std::isalnum(c0);
}

// UD English: an abbreviation that ends a sentence gives its period to the sentence ("... and so on, etc" "."),
// so the period kept with the word becomes a token of its own. Only sentences from `first_sentence` on are
// touched; their tokens are the last ones of the layer, rebuilt in one pass.
void split_final_periods(Document& doc, size_t first_sentence) {
  TokenLayer& t = doc.tokens;
  SentenceLayer& s = doc.sentences;
  std::vector<uint8_t> split(s.size() - first_sentence, 0);  // only this paragraph: linear overall
  bool any = false;
  for (size_t k = first_sentence; k < s.size(); ++k) {
    split[k - first_sentence] = s.end_token[k] > s.first_token[k] && kept_period(doc.token_text(s.end_token[k] - 1));
    any = any || split[k - first_sentence];
  }
  if (!any) return;
  const uint32_t tail = s.first_token[first_sentence];
  TokenLayer old;
  for (size_t i = tail; i < t.size(); ++i) old.add(t.begin[i], t.end[i], t.space_after[i], t.fused_with_next[i]);
  for (auto* v : {&t.begin, &t.end}) v->resize(tail);
  for (auto* v : {&t.space_after, &t.fused_with_next}) v->resize(tail);
  for (size_t k = first_sentence; k < s.size(); ++k) {
    const uint32_t first = static_cast<uint32_t>(t.size());
    for (uint32_t i = s.first_token[k]; i < s.end_token[k]; ++i) {
      const size_t o = i - tail;
      if (split[k - first_sentence] && i + 1 == s.end_token[k]) {
        t.add(old.begin[o], old.end[o] - 1, false, false);
        t.add(old.end[o] - 1, old.end[o], old.space_after[o], false);
      } else {
        t.add(old.begin[o], old.end[o], old.space_after[o], old.fused_with_next[o]);
      }
    }
    s.first_token[k] = first;
    s.end_token[k] = static_cast<uint32_t>(t.size());
  }
}

}  // namespace

Segmenter::Segmenter(const SegmenterOptions& options)
    : Segmenter(load_rules(options), options.method, load_model(options)) {}

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
    const size_t first_sentence = doc.sentences.size();
    splitter_.split(doc, first, end, p);
    split_final_periods(doc, first_sentence);
  }
}

}  // namespace dunlin
