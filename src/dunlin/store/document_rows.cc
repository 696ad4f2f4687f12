// Turns an annotated Document into the rows the store writes (see document_rows.h).
#include "dunlin/store/document_rows.h"

#include <openssl/evp.h>

#include <stdexcept>

#include "dunlin/output/event_records.h"
#include "dunlin/place/place_tagger.h"
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

  // How rows name an actor: its canonical name, else the first mention of the same entity in the article ("he" ->
  // "Dmitry Peskov", "the troops" -> "Syrian troops"), else its own words.
  auto actor_name = [&](size_t index) -> const std::string& {
    const Actor& actor = doc.actors.actors[index];
    if (!actor.name.empty()) return actor.name;
    for (size_t k = 0; k < index; ++k)
      if (doc.actors.actors[k].entity == actor.entity) return rows.actors[k].text;
    return rows.actors[index].text;
  };
  auto token_text = [&](uint32_t first, uint32_t end) {
    if (first == Attribution::kNoToken || first >= end || end > doc.tokens.size()) return std::string();
    return std::string(doc.slice({doc.tokens.begin[first], doc.tokens.end[end - 1]}));
  };
  rows.attributions.reserve(doc.attributions.size());
  for (size_t i = 0; i < doc.attributions.size(); ++i) {
    const Attribution& a = doc.attributions.attributions[i];
    AttributionRow r;
    r.index = static_cast<uint32_t>(i);
    r.sentence = a.sentence;
    r.speaker_actor = a.speaker_actor;
    r.speaker_text = token_text(a.speaker_first, a.speaker_end);
    r.speaker_name = r.speaker_text;
    if (a.speaker_actor >= 0) {
      r.speaker_code = doc.actors.actors[a.speaker_actor].code;
      r.speaker_name = actor_name(static_cast<size_t>(a.speaker_actor));
    }
    r.cue = token_text(a.cue_first, a.cue_end);
    if (!a.content.empty()) {
      r.content = std::string(doc.slice(a.content));
      r.content_start = static_cast<int64_t>(cp(a.content.begin));
      r.content_end = static_cast<int64_t>(cp(a.content.end));
    }
    r.direct = a.direct;
    r.anonymous = a.anonymous;
    r.stance = stance_name(a.stance);
    r.parent = a.parent;
    r.record = EventRecordWriter::quote_json(doc, cp, i).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    rows.attributions.push_back(std::move(r));
  }

  rows.places.reserve(doc.places.size());
  for (size_t i = 0; i < doc.places.size(); ++i) {
    const PlaceMention& m = doc.places.mentions[i];
    PlaceRow r;
    r.index = static_cast<uint32_t>(i);
    r.name = m.name;
    r.country = m.country;
    r.admin1 = m.admin1;
    r.precision = place::to_string(m.precision);
    r.found_by = m.found_by == PlaceFoundBy::entity      ? "entity"
                 : m.found_by == PlaceFoundBy::gazetteer ? "gazetteer"
                 : m.found_by == PlaceFoundBy::dateline  ? "dateline"
                                                         : "target_country";
    if (m.has_coordinates) {
      r.lat = m.lat;
      r.lon = m.lon;
    }
    if (m.geonames_id) r.geonames_id = m.geonames_id;
    if (m.in_text && m.first_token < m.end_token && m.end_token <= doc.tokens.size()) {
      const uint32_t b = doc.tokens.begin[m.first_token], e = doc.tokens.end[m.end_token - 1];
      r.text = std::string(doc.slice({b, e}));
      r.start = static_cast<int64_t>(cp(b));
      r.end = static_cast<int64_t>(cp(e));
    }
    rows.places.push_back(std::move(r));
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
      name = actor_name(static_cast<size_t>(index));
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
    if (e.attribution >= 0 && static_cast<size_t>(e.attribution) < rows.attributions.size())
      m.attribution = e.attribution;
    if (e.location >= 0 && static_cast<size_t>(e.location) < rows.places.size()) {
      const PlaceRow& p = rows.places[static_cast<size_t>(e.location)];
      m.place = e.location;
      m.place_name = p.name;
      m.place_country = p.country;
      m.place_lat = p.lat;
      m.place_lon = p.lon;
    }
    m.record = writer.json(doc, cp, e).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    rows.mentions.push_back(std::move(m));
  }
  return rows;
}

}  // namespace dunlin::store
