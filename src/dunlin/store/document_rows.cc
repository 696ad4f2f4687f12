// Turns an annotated Document into the rows the store writes (see document_rows.h).
#include "dunlin/store/document_rows.h"

#include <openssl/evp.h>

#include <stdexcept>

#include "dunlin/output/event_records.h"
#include "dunlin/text/utf8.h"
#include "dunlin/time/temporal.h"

namespace dunlin::store {

std::string content_hash(const Document& doc) {
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  if (!ctx) throw std::bad_alloc();
  EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
  // Each field with its length first, so that no two different documents give the same byte stream.
  for (const std::string* field : {&doc.id, &doc.url, &doc.title, &doc.outlet, &doc.date, &doc.text}) {
    const uint64_t n = field->size();
    EVP_DigestUpdate(ctx, &n, sizeof n);
    EVP_DigestUpdate(ctx, field->data(), field->size());
  }
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_DigestFinal_ex(ctx, digest, &length);
  EVP_MD_CTX_free(ctx);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * length);
  for (unsigned i = 0; i < length; ++i) {
    hex += kHex[digest[i] >> 4];
    hex += kHex[digest[i] & 15];
  }
  return hex;
}

DocumentRows make_rows(const Document& doc, const CameoCodes& codes) {
  DocumentRows rows;
  rows.content_hash = content_hash(doc);
  rows.key = doc.url.empty() ? doc.source : doc.url;
  rows.id = doc.id;
  rows.url = doc.url;
  rows.title = doc.title;
  rows.outlet = doc.outlet;
  rows.date = doc.date;
  rows.source = doc.source;
  rows.tokens = static_cast<uint32_t>(doc.tokens.size());
  const CodepointIndex cp(doc.text);

  rows.sentences.reserve(doc.sentences.size());
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const ByteSpan span = doc.sentence_span(s);
    rows.sentences.push_back({static_cast<uint32_t>(s), doc.sentences.paragraph[s], static_cast<uint32_t>(cp(span.begin)),
                              static_cast<uint32_t>(cp(span.end)), std::string(doc.slice(span))});
  }

  rows.actors.reserve(doc.actors.size());
  for (size_t i = 0; i < doc.actors.size(); ++i) {
    const Actor& a = doc.actors.actors[i];
    const uint32_t b = doc.tokens.begin[a.first_token], e = doc.tokens.end[a.end_token - 1];
    rows.actors.push_back({static_cast<uint32_t>(i), a.entity, a.code, a.country, a.sector, a.name,
                           std::string(doc.slice({b, e})), static_cast<uint32_t>(cp(b)), static_cast<uint32_t>(cp(e))});
  }

  const EventRecordWriter writer(codes);
  rows.mentions.reserve(doc.events.size());
  for (size_t i = 0; i < doc.events.size(); ++i) {
    const Event& e = doc.events.events[i];
    MentionRow m;
    m.index = static_cast<uint32_t>(i);
    m.sentence = e.sentence;
    m.source_actor = e.source;
    m.target_actor = e.target;
    auto fill = [&](int32_t index, std::string& code, std::string& name, std::string& country, std::string& sector) {
      if (index < 0) return;
      const Actor& a = doc.actors.actors[index];
      code = a.code;
      name = a.name.empty() ? rows.actors[index].text : a.name;
      country = a.country;
      sector = a.sector;
    };
    fill(e.source, m.source_code, m.source_name, m.source_country, m.source_sector);
    fill(e.target, m.target_code, m.target_name, m.target_country, m.target_sector);
    m.cameo = e.cameo;
    if (const CameoCode* code = codes.find_or_parent(e.cameo)) {
      m.goldstein = code->goldstein;
      m.quad_class = code->quad_class;
    }
    m.verb = std::string(doc.token_text(e.predicate));
    m.verb_start = static_cast<uint32_t>(cp(doc.tokens.begin[e.predicate]));
    m.verb_end = static_cast<uint32_t>(cp(doc.tokens.end[e.predicate]));
    m.negated = e.negated;
    m.hypothetical = e.modality == Modality::hypothetical;
    if (e.dated) {
      m.first_day = e.first_day;
      m.last_day = e.last_day;
      m.date_precision = time::to_string(static_cast<TimePrecision>(e.date_precision));
    }
    m.frame = e.frame;
    m.record = writer.json(doc, cp, e).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    rows.mentions.push_back(std::move(m));
  }
  return rows;
}

}  // namespace dunlin::store
