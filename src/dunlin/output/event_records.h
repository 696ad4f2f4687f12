// Events as records for people and programs: one JSON object per event (the `dunlin code` JSON Lines schema in
// docs/output.md), or one tab-separated line. Offsets are code points into the document text.
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

 private:
  const CameoCodes& codes_;
};

}  // namespace dunlin
