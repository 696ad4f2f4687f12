// A fixture for event coder tests on hand-written parses (so they do not depend on the parser's accuracy): the
// built-in event dictionaries are loaded once per test suite; each call codes one sentence.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "dunlin/conllu/conllu_document.h"
#include "dunlin/events/event_coder.h"
#include "parse_fixture.h"

namespace dunlin::testing {

class CodedSentenceTest : public ::testing::Test {
 protected:
  using Actors = std::vector<std::pair<uint32_t, std::string>>;

  static void SetUpTestSuite() { coder_ = new EventCoder(EventCoder::load(DUNLIN_SOURCE_DIR "/data/events")); }
  static void TearDownTestSuite() {
    delete coder_;
    coder_ = nullptr;
  }

  // Codes one sentence (parse_fixture.h's word lines) whose actors are the tokens listed (0-based) with their codes;
  // the document stays in doc_.
  const std::vector<Event>& code(const std::string& words, const Actors& actors) {
    doc_ = document_from_conllu({parsed_sentence(words)});
    uint32_t entity = 0;
    for (const auto& [t, c] : actors) add_actor(doc_, t, c, entity++);
    coder_->annotate(doc_);
    return doc_.events.events;
  }
  std::string source(const Event& e) const { return e.source < 0 ? "-" : doc_.actors.actors[e.source].code; }
  std::string target(const Event& e) const { return e.target < 0 ? "-" : doc_.actors.actors[e.target].code; }
  // "SOURCE>TARGET:CAMEO " per event, with "!neg" when negated and "!hyp" when hypothetical before the space.
  std::string summary(const std::vector<Event>& events) const {
    std::string s;
    for (const Event& e : events) {
      s += source(e) + ">" + target(e) + ":" + e.cameo;
      if (e.negated) s += "!neg";
      if (e.modality == Modality::hypothetical) s += "!hyp";
      s += " ";
    }
    return s;
  }
  // code() then summary().
  std::string coded(const std::string& words, const Actors& actors) { return summary(code(words, actors)); }

  static inline EventCoder* coder_ = nullptr;
  Document doc_;
};

}  // namespace dunlin::testing
