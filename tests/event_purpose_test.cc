// The event coder on hand-written parses: a purpose clause the parser hung on the verb's object.
#include "dunlin/events/event_coder.h"

#include <gtest/gtest.h>

#include "dunlin/conllu/conllu_document.h"
#include "parse_fixture.h"

namespace dunlin {
namespace {

class EventPurposeTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { coder_ = new EventCoder(EventCoder::load(DUNLIN_SOURCE_DIR "/data/events")); }
  static void TearDownTestSuite() { delete coder_; }

  // Codes one sentence whose actors are the tokens listed (0-based) with their codes; "source>target:cameo" each,
  // "!hyp" for a hypothetical one.
  std::string code(const std::string& words, const std::vector<std::pair<uint32_t, std::string>>& actors) {
    Document doc = document_from_conllu({testing::parsed_sentence(words)});
    uint32_t entity = 0;
    for (const auto& [t, c] : actors) testing::add_actor(doc, t, c, entity++);
    coder_->annotate(doc);
    std::string s;
    for (const Event& e : doc.events.events) {
      s += (e.source < 0 ? "-" : doc.actors.actors[e.source].code) + ">" +
           (e.target < 0 ? "-" : doc.actors.actors[e.target].code) + ":" + e.cameo;
      if (e.modality == Modality::hypothetical) s += "!hyp";
      s += " ";
    }
    return s;
  }

  static EventCoder* coder_;
};
EventCoder* EventPurposeTest::coder_ = nullptr;

TEST_F(EventPurposeTest, APurposeHungOnAThingIsTheDoersPurpose) {
  // "Police used tear gas to disperse the protesters": the parser hung "to disperse" on "gas"; gas does not act.
  EXPECT_EQ(code(R"(Police police NOUN 2 nsubj
used use VERB 0 root
tear tear NOUN 4 compound
gas gas NOUN 2 obj
to to PART 6 mark
disperse disperse VERB 4 acl
the the DET 8 det
protesters protester NOUN 6 obj
. . PUNCT 2 punct)", {{0, "KENCOP"}, {7, "KENCVL"}}),
            "KENCOP>KENCVL:175 ");
  // Of an act still to come it is not done yet ("will use tear gas to disperse": no dispersal).
  EXPECT_EQ(code(R"(Police police NOUN 3 nsubj
will will AUX 3 aux
use use VERB 0 root
tear tear NOUN 5 compound
gas gas NOUN 3 obj
to to PART 7 mark
disperse disperse VERB 5 acl
the the DET 9 det
protesters protester NOUN 7 obj
. . PUNCT 3 punct)", {{0, "KENCOP"}, {8, "KENCVL"}}),
            "KENCOP>KENCVL:175!hyp ");
}

TEST_F(EventPurposeTest, AnActorObjectStillDoesWhatItsClauseSays) {
  // "Chile sent envoys to criticize Peru": the envoys are actors and do the criticizing; the sending is no event.
  EXPECT_EQ(code(R"(Chile Chile PROPN 2 nsubj
sent send VERB 0 root
envoys envoy NOUN 2 obj
to to PART 5 mark
criticize criticize VERB 3 acl
Peru Peru PROPN 5 obj
. . PUNCT 2 punct)", {{0, "CHL"}, {2, "CHLGOV"}, {5, "PER"}}),
            "CHLGOV>PER:111 ");
}

}  // namespace
}  // namespace dunlin
