// The fixture of the attribution tests: sentences parsed by hand (parse_fixture.h), actors placed on them, the
// attribution stage and the event coder run on them, and the spans of the records as text.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dunlin/attribution/attribution_tagger.h"
#include "dunlin/events/event_coder.h"
#include "parse_fixture.h"

namespace dunlin::attribution_test {

using testing::parsed_sentence;

// A sentence of the fixture: its parse, and whether it opens a paragraph.
struct S {
  std::string words;
  bool new_paragraph = false;
};

// An actor on the fixture: sentence, first and end token (sentence-local, 0-based), head, code, entity, name.
struct A {
  uint32_t sentence, first, end, head;
  std::string code;
  uint32_t entity;
  std::string name = "";
};

class AttributionTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tagger_ = new AttributionTagger(AttributionTagger::load(DUNLIN_SOURCE_DIR "/data/attribution"));
    coder_ = new EventCoder(EventCoder::load(DUNLIN_SOURCE_DIR "/data/events"));
  }
  static void TearDownTestSuite() {
    delete tagger_;
    delete coder_;
  }

  const std::vector<Attribution>& tag(const std::vector<S>& sentences, const std::vector<A>& actors = {}) {
    std::vector<ConlluSentence> parsed;
    for (const S& s : sentences) parsed.push_back(parsed_sentence(s.words, s.new_paragraph));
    doc_ = document_from_conllu(parsed);
    for (const A& a : actors) {
      const uint32_t base = doc_.sentences.first_token[a.sentence];
      Actor actor;
      actor.first_token = base + a.first;
      actor.end_token = base + a.end;
      actor.head = base + a.head;
      actor.code = a.code;
      actor.country = a.code.substr(0, 3);
      actor.sector = a.code.size() > 3 ? a.code.substr(3) : "";
      actor.entity = a.entity;
      actor.name = a.name;
      doc_.actors.actors.push_back(actor);
    }
    tagger_->annotate(doc_);
    coder_->annotate(doc_);
    return doc_.attributions.attributions;
  }

  std::string span(uint32_t first, uint32_t end) const {
    if (first == Attribution::kNoToken || first >= end) return "-";
    return std::string(doc_.slice({doc_.tokens.begin[first], doc_.tokens.end[end - 1]}));
  }
  std::string speaker(const Attribution& a) const { return span(a.speaker_first, a.speaker_end); }
  std::string cue(const Attribution& a) const { return span(a.cue_first, a.cue_end); }
  std::string content(const Attribution& a) const { return a.content.empty() ? "-" : std::string(doc_.slice(a.content)); }
  std::string outlet(const Attribution& a) const { return span(a.outlet_first, a.outlet_end); }

  static inline AttributionTagger* tagger_ = nullptr;
  static inline EventCoder* coder_ = nullptr;
  Document doc_;
};

}  // namespace dunlin::attribution_test
