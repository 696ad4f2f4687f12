// The whole pipeline, one call per document:
//   segment -> tag / lemma / parse / entities -> temporal expressions -> actors
//   -> attribution (quotes and reported speech; it gives "me"/"us" inside a direct quote its speaker's actor)
//   -> events (linked to the attributions that report them; negated under a denial) -> event dates
//   -> places (when data/place/gazetteer.bin is present) -> event locations.
// Built once from the data and model files; annotate() is const and thread-safe (every stage is read-only).
#pragma once

#include <memory>
#include <string>

#include "dunlin/actors/actor_resolver.h"
#include "dunlin/attribution/attribution_tagger.h"
#include "dunlin/events/cameo_codes.h"
#include "dunlin/events/event_coder.h"
#include "dunlin/nlp/pipeline.h"
#include "dunlin/place/event_locator.h"
#include "dunlin/place/place_tagger.h"
#include "dunlin/segment/segmenter.h"
#include "dunlin/time/event_dater.h"
#include "dunlin/time/temporal.h"

namespace dunlin {

struct PipelineOptions {
  std::string model_dir;  // tagger.bin, parser.bin, ner.bin; empty: nlp::default_model_dir()
  std::string user_dict;  // a folder of the user's dictionary files (same names as data/actors, data/events,
                          // data/attribution)
  std::string gazetteer;  // the place gazetteer; empty: data/place/gazetteer.bin if it exists, else no places
};

class Pipeline {
 public:
  // Loads every stage; throws (ModelError, DictionaryError, SegmentDataError, ResourceError) naming the file.
  static Pipeline load(const PipelineOptions& options = {});

  // Every stage, in order: segment, tag/parse/entities, then code().
  void annotate(Document& doc) const;
  // The stages after the NLP ones (times, actors, attribution, events, event dates, places) on a document the
  // segmenter and the NLP pipeline have annotated.
  void code(Document& doc) const;

  const CameoCodes& cameo_codes() const { return *cameo_; }
  // Whether places are resolved; when not, why (e.g. the gazetteer file is absent), for the CLI to say once.
  bool has_places() const { return places_ != nullptr; }
  const std::string& places_note() const { return places_note_; }

 private:
  std::shared_ptr<const Segmenter> segmenter_;
  std::shared_ptr<const nlp::Pipeline> nlp_;
  time::TemporalTagger temporal_;
  std::shared_ptr<const ActorResolver> actors_;
  std::shared_ptr<const EventCoder> events_;
  time::EventDater dater_;
  std::shared_ptr<const AttributionTagger> attribution_;
  std::shared_ptr<const CameoCodes> cameo_;
  std::shared_ptr<const place::PlaceTagger> places_;     // null without a gazetteer
  std::shared_ptr<const place::EventLocator> locator_;  // null without a gazetteer
  std::string places_note_;
};

}  // namespace dunlin
