// Events and quotes as records for people and programs: one JSON object per event or per attribution (the
// `dunlin code` JSON Lines schema in docs/output.md), or one tab-separated line. Offsets are code points into the
// document text.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "dunlin/document.h"
#include "dunlin/events/cameo_codes.h"
#include "dunlin/text/utf8.h"

namespace dunlin {

class EventRecordWriter {
 public:
  explicit EventRecordWriter(const CameoCodes& codes) : codes_(codes) {}

  nlohmann::json json(const Document& doc, const CodepointIndex& cp, const Event& event) const;
  // doc, sentence, date, source, target, cameo, goldstein, quad class, verb, evidence
  std::string tsv(const Document& doc, const Event& event) const;
  static std::string tsv_header();

  // One attribution (index into doc.attributions) as a {"type": "quote", ...} record.
  static nlohmann::json quote_json(const Document& doc, const CodepointIndex& cp, size_t index);
  // The short form carried by each event inside reported content: {speaker, cue, anonymous, stance, quote_id}.
  static nlohmann::json attribution_json(const Document& doc, const CodepointIndex& cp, int32_t index);
  // doc, id, speaker, code, anonymous, cue, stance, direct, content
  static std::string quote_tsv(const Document& doc, size_t index);
  static std::string quote_tsv_header();

 private:
  const CameoCodes& codes_;
};

}  // namespace dunlin
