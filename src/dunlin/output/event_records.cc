#include "dunlin/output/event_records.h"

#include "dunlin/place/event_locator.h"
#include "dunlin/place/place_tagger.h"
#include "dunlin/time/calendar.h"
#include "dunlin/time/temporal.h"

namespace dunlin {
namespace {

using nlohmann::json;

json actor_json(const Document& doc, const CodepointIndex& cp, int32_t index) {
  if (index < 0) return nullptr;
  const Actor& a = doc.actors.actors[index];
  const uint32_t b = doc.tokens.begin[a.first_token], e = doc.tokens.end[a.end_token - 1];
  return {{"text", std::string(doc.slice({b, e}))},
          {"start", cp(b)},
          {"end", cp(e)},
          {"code", a.code},
          {"country", a.country.empty() ? json(nullptr) : json(a.country)},
          {"sector", a.sector.empty() ? json(nullptr) : json(a.sector)},
          {"name", a.name.empty() ? json(nullptr) : json(a.name)},
          {"entity", a.entity}};
}

json location_json(const Document& doc, const CodepointIndex& cp, const Event& e) {
  if (e.location < 0 || static_cast<size_t>(e.location) >= doc.places.size()) return nullptr;
  const PlaceMention& m = doc.places.mentions[e.location];
  json start = nullptr, end = nullptr, text = nullptr;
  if (m.in_text) {
    const uint32_t b = doc.tokens.begin[m.first_token], en = doc.tokens.end[m.end_token - 1];
    start = cp(b);
    end = cp(en);
    text = std::string(doc.slice({b, en}));
  }
  return {{"name", m.name},
          {"geonames_id", m.geonames_id ? json(m.geonames_id) : json(nullptr)},
          {"country", m.country},
          {"admin1", m.admin1.empty() ? json(nullptr) : json(m.admin1)},
          {"lat", m.has_coordinates ? json(m.lat) : json(nullptr)},
          {"lon", m.has_coordinates ? json(m.lon) : json(nullptr)},
          {"precision", place::to_string(m.precision)},
          {"direction", m.direction.empty() ? json(nullptr) : json(m.direction)},
          {"text", text},
          {"start", start},
          {"end", end},
          {"source", place::to_string(static_cast<LocationSource>(e.location_source))}};
}

std::string one_line(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  return out;
}

json span_json(const Document& doc, const CodepointIndex& cp, uint32_t first, uint32_t end) {
  if (first == Attribution::kNoToken || first >= end) return nullptr;
  const uint32_t b = doc.tokens.begin[first], e = doc.tokens.end[end - 1];
  return {{"text", std::string(doc.slice({b, e}))}, {"start", cp(b)}, {"end", cp(e)}};
}

json speaker_json(const Document& doc, const CodepointIndex& cp, const Attribution& a) {
  json speaker = span_json(doc, cp, a.speaker_first, a.speaker_end);
  if (speaker.is_null()) speaker = {{"text", nullptr}, {"start", nullptr}, {"end", nullptr}};
  const Actor* actor = a.speaker_actor >= 0 ? &doc.actors.actors[a.speaker_actor] : nullptr;
  speaker["code"] = actor && !actor->code.empty() ? json(actor->code) : json(nullptr);
  speaker["country"] = actor && !actor->country.empty() ? json(actor->country) : json(nullptr);
  speaker["sector"] = actor && !actor->sector.empty() ? json(actor->sector) : json(nullptr);
  speaker["name"] = actor && !actor->name.empty() ? json(actor->name) : json(nullptr);
  speaker["entity"] = actor ? json(actor->entity) : json(nullptr);
  // The first mention of the same actor in the article ("The official" -> "A pro-Assad official"), the widest phrase
  // starting there ("Foreign Minister Sergei Lavrov", not its title alone); null when this is that mention.
  speaker["resolved"] = nullptr;
  if (actor) {
    const Actor* first = nullptr;
    for (const Actor& other : doc.actors.actors)
      if (other.entity == actor->entity &&
          (!first || other.first_token < first->first_token ||
           (other.first_token == first->first_token && other.end_token > first->end_token)))
        first = &other;
    if (first && first->first_token != actor->first_token)
      speaker["resolved"] = actor_json(doc, cp, static_cast<int32_t>(first - doc.actors.actors.data()))["text"];
  }
  speaker["anonymous"] = a.anonymous;
  json outlet = span_json(doc, cp, a.outlet_first, a.outlet_end);
  if (!outlet.is_null()) {
    const Actor* o = a.outlet_actor >= 0 ? &doc.actors.actors[a.outlet_actor] : nullptr;
    outlet["code"] = o && !o->code.empty() ? json(o->code) : json(nullptr);
  }
  speaker["outlet"] = outlet;
  speaker["role"] = span_json(doc, cp, a.role_first, a.role_end);
  return speaker;
}

json cue_json(const Document& doc, const CodepointIndex& cp, const Attribution& a) {
  json cue = span_json(doc, cp, a.cue_first, a.cue_end);
  cue["lemma"] = a.cue_lemma;
  return cue;
}

}  // namespace

json EventRecordWriter::quote_json(const Document& doc, const CodepointIndex& cp, size_t index) {
  const Attribution& a = doc.attributions.attributions[index];
  nlohmann::json content = nullptr;
  if (!a.content.empty())
    content = {{"text", std::string(doc.slice(a.content))}, {"start", cp(a.content.begin)}, {"end", cp(a.content.end)}};
  const ByteSpan sentence = doc.sentence_span(a.sentence);
  return {{"type", "quote"},
          {"doc", doc.id},
          {"id", index},
          {"sentence", a.sentence},
          {"evidence", std::string(doc.slice(sentence))},
          {"speaker", speaker_json(doc, cp, a)},
          {"cue", cue_json(doc, cp, a)},
          {"content", content},
          {"direct", a.direct},
          {"stance", stance_name(a.stance)},
          {"anonymous", a.anonymous},
          {"parent", a.parent >= 0 ? nlohmann::json(a.parent) : nlohmann::json(nullptr)},
          {"rule", a.rule}};
}

json EventRecordWriter::attribution_json(const Document& doc, const CodepointIndex& cp, int32_t index) {
  if (index < 0 || static_cast<size_t>(index) >= doc.attributions.size()) return nullptr;
  const Attribution& a = doc.attributions.attributions[index];
  return {{"speaker", speaker_json(doc, cp, a)},
          {"cue", cue_json(doc, cp, a)},
          {"anonymous", a.anonymous},
          {"stance", stance_name(a.stance)},
          {"quote_id", index}};
}

std::string EventRecordWriter::quote_tsv_header() {
  return "doc\tid\tspeaker\tcode\tanonymous\tcue\tstance\tdirect\tcontent";
}

std::string EventRecordWriter::quote_tsv(const Document& doc, size_t index) {
  const Attribution& a = doc.attributions.attributions[index];
  auto tokens = [&](uint32_t first, uint32_t end) {
    if (first == Attribution::kNoToken || first >= end) return std::string("-");
    return one_line(doc.slice({doc.tokens.begin[first], doc.tokens.end[end - 1]}));
  };
  const std::string code = a.speaker_actor >= 0 ? doc.actors.actors[a.speaker_actor].code : std::string("-");
  return one_line(doc.id) + '\t' + std::to_string(index) + '\t' + tokens(a.speaker_first, a.speaker_end) + '\t' +
         (code.empty() ? std::string("-") : code) + '\t' + (a.anonymous ? "yes" : "no") + '\t' +
         tokens(a.cue_first, a.cue_end) + '\t' + stance_name(a.stance) + '\t' + (a.direct ? "yes" : "no") + '\t' +
         (a.content.empty() ? std::string("-") : one_line(doc.slice(a.content)));
}

json EventRecordWriter::json(const Document& doc, const CodepointIndex& cp, const Event& e) const {
  const ByteSpan sentence = doc.sentence_span(e.sentence);
  const CameoCode* code = codes_.find_or_parent(e.cameo);
  nlohmann::json plover = nullptr;
  if (code && !code->plover_type.empty()) {
    plover = {{"type", code->plover_type},
              {"mode", code->plover_mode.empty() ? nlohmann::json(nullptr) : nlohmann::json(code->plover_mode)},
              {"context", code->plover_context.empty() ? nlohmann::json(nullptr) : nlohmann::json(code->plover_context)}};
  }
  const uint32_t vb = doc.tokens.begin[e.predicate], ve = doc.tokens.end[e.predicate];
  nlohmann::json record = {
      {"type", "event"},
      {"doc", doc.id},
      {"sentence", e.sentence},
      {"start", cp(sentence.begin)},
      {"end", cp(sentence.end)},
      {"evidence", std::string(doc.slice(sentence))},
      {"source", actor_json(doc, cp, e.source)},
      {"target", actor_json(doc, cp, e.target)},
      {"verb",
       {{"text", std::string(doc.slice({vb, ve}))},
        {"lemma", doc.syntax.has_lemmas() ? std::string(doc.syntax.lemma(e.predicate)) : std::string()},
        {"start", cp(vb)},
        {"end", cp(ve)}}},
      {"cameo", e.cameo},
      {"root", e.cameo.substr(0, 2)},
      {"cameo_name", code ? nlohmann::json(code->name) : nlohmann::json(nullptr)},
      {"goldstein", code ? nlohmann::json(code->goldstein) : nlohmann::json(nullptr)},
      {"quad_class", code ? nlohmann::json(code->quad_class) : nlohmann::json(nullptr)},
      {"plover", plover},
      {"negated", e.negated},
      {"modality", e.modality == Modality::asserted ? "asserted" : "hypothetical"},
      {"frame", e.frame},
      {"attribution", attribution_json(doc, cp, e.attribution)},
  };
  if (e.dated) {
    record["date"] = time::format_day(e.first_day);
    record["date_end"] = time::format_day(e.last_day);
    record["date_precision"] = time::to_string(static_cast<TimePrecision>(e.date_precision));
    if (e.time_expression >= 0) {
      const ByteSpan span = doc.times.span[e.time_expression];
      record["date_text"] = {{"text", std::string(doc.slice(span))}, {"start", cp(span.begin)}, {"end", cp(span.end)}};
    } else {
      record["date_text"] = nullptr;  // the story date
    }
  } else {
    record["date"] = nullptr;
  }
  record["location"] = location_json(doc, cp, e);
  return record;
}

std::string EventRecordWriter::tsv_header() {
  return "doc\tsentence\tdate\tsource\ttarget\tcameo\tgoldstein\tquad_class\tnegated\tverb\tevidence";
}

std::string EventRecordWriter::tsv(const Document& doc, const Event& e) const {
  const CameoCode* code = codes_.find_or_parent(e.cameo);
  auto actor = [&](int32_t i) { return i < 0 ? std::string("-") : doc.actors.actors[i].code; };
  std::string line = one_line(doc.id) + '\t' + std::to_string(e.sentence) + '\t' +
                     (e.dated ? time::format_day(e.first_day) : std::string("-")) + '\t' + actor(e.source) + '\t' +
                     actor(e.target) + '\t' + e.cameo + '\t';
  if (code) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.1f", code->goldstein);
    line += std::string(buf) + '\t' + std::to_string(code->quad_class);
  } else {
    line += "-\t-";
  }
  line += std::string("\t") + (e.negated ? "yes" : "no") + '\t' + one_line(doc.token_text(e.predicate)) + '\t' +
          one_line(doc.slice(doc.sentence_span(e.sentence)));
  return line;
}

}  // namespace dunlin
