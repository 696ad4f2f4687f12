#include "dunlin/pipeline.h"

#include <filesystem>

#include "dunlin/resources.h"

namespace dunlin {

Pipeline Pipeline::load(const PipelineOptions& options) {
  namespace fs = std::filesystem;
  Pipeline p;
  p.segmenter_ = std::make_shared<Segmenter>();
  const std::string model_dir = options.model_dir.empty() ? nlp::default_model_dir() : options.model_dir;
  // The coder needs the tagger and the parser; named entities only refine it, so ner.bin is loaded when present.
  nlp::PipelineComponents components;
  components.ner = fs::exists(fs::path(model_dir) / nlp::kNerFile);
  p.nlp_ = std::make_shared<nlp::Pipeline>(nlp::Pipeline::load(model_dir, components));
  const std::string actors_dir = find_resource("data/actors").string();
  const std::string events_dir = find_resource("data/events").string();
  auto dictionaries = std::make_shared<ActorDictionaries>(ActorDictionaries::load(actors_dir, options.user_dict));
  p.actors_ = std::make_shared<ActorResolver>(dictionaries);
  p.events_ = std::make_shared<EventCoder>(EventCoder::load(events_dir, options.user_dict));
  p.attribution_ = std::make_shared<AttributionTagger>(
      AttributionTagger::load(find_resource("data/attribution").string(), options.user_dict));
  CameoCodes codes = CameoCodes::load(events_dir + "/cameo.tsv");
  if (!options.user_dict.empty() && fs::exists(options.user_dict + "/cameo.tsv"))
    codes.merge(CameoCodes::load(options.user_dict + "/cameo.tsv", /*require_parents=*/false));
  p.cameo_ = std::make_shared<CameoCodes>(std::move(codes));

  // Places are optional: without the compiled gazetteer (scripts/build-gazetteer) events carry no location.
  std::string gazetteer = options.gazetteer;
  if (gazetteer.empty()) {
    try {
      gazetteer = find_resource("data/place/gazetteer.bin").string();
    } catch (const ResourceError&) {
      p.places_note_ = "data/place/gazetteer.bin is absent (run scripts/build-gazetteer): events get no location";
    }
  }
  if (!gazetteer.empty()) {
    auto g = std::make_shared<const place::GeoNamesGazetteer>(place::GeoNamesGazetteer::load(gazetteer));
    p.places_ = std::make_shared<place::PlaceTagger>(
        g, place::PlaceTagger::load_not_places(find_resource("data/place/not-places.tsv").string()));
    p.locator_ = std::make_shared<place::EventLocator>(g, dictionaries->countries());
  }
  return p;
}

void Pipeline::annotate(Document& doc) const {
  segmenter_->annotate(doc);
  nlp_->annotate(doc);
  code(doc);
}

void Pipeline::code(Document& doc) const {
  temporal_.annotate(doc);
  actors_->annotate(doc);
  attribution_->annotate(doc);
  events_->annotate(doc);
  dater_.annotate(doc);
  if (places_) {
    places_->annotate(doc);
    locator_->annotate(doc);
  }
}

}  // namespace dunlin
