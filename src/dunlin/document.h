// The Document: one article, its metadata, and the annotation layers that the pipeline's stages add.
//
// A document flows one way through the stages (read -> segment -> tag/parse -> entities -> actors -> events ...).
// Each stage reads the layers that earlier stages left and adds its own; no stage rewrites another's layer.
//
// Offsets. Inside the library every span is a pair of *byte* offsets into `text` (UTF-8), which makes slicing
// free. Everything that leaves the library (JSON, CoNLL-U misc, databases) reports *code point* offsets, so a
// Python or JavaScript user can slice the original text with them; `CodepointIndex` converts. `text` is the
// article as read, after invalid UTF-8 was replaced by U+FFFD (each replacement is reported by the reader).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dunlin {

struct ByteSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
};

// Tokens as parallel arrays (no per-token heap objects). A token's surface is text[begin, end).
// Tokens are syntactic words: a contraction is several tokens ("do" + "n't"), marked as one multiword token
// (the surface token of UD, "don't") by fused_with_next = 1 on every part but the last.
struct TokenLayer {
  std::vector<uint32_t> begin;
  std::vector<uint32_t> end;
  std::vector<uint8_t> space_after;      // 1 when white space follows the token in the text
  std::vector<uint8_t> fused_with_next;  // 1 when this token and the next are written as one word ("do|n't")

  size_t size() const { return begin.size(); }
  bool empty() const { return begin.empty(); }
  void clear() {
    begin.clear();
    end.clear();
    space_after.clear();
    fused_with_next.clear();
  }
  void add(uint32_t b, uint32_t e, bool space, bool fused = false) {
    begin.push_back(b);
    end.push_back(e);
    space_after.push_back(space ? 1 : 0);
    fused_with_next.push_back(fused ? 1 : 0);
  }
};

// Sentences as token ranges [first_token, end_token), each inside one paragraph.
struct SentenceLayer {
  std::vector<uint32_t> first_token;
  std::vector<uint32_t> end_token;
  std::vector<uint32_t> paragraph;  // index into ParagraphLayer

  size_t size() const { return first_token.size(); }
  bool empty() const { return first_token.empty(); }
  void clear() {
    first_token.clear();
    end_token.clear();
    paragraph.clear();
  }
  void add(uint32_t first, uint32_t end, uint32_t para) {
    first_token.push_back(first);
    end_token.push_back(end);
    paragraph.push_back(para);
  }
};

// Paragraphs (and headlines, captions, list items: any block the reader or the text's blank lines separate),
// as byte spans of the text.
struct ParagraphLayer {
  std::vector<ByteSpan> span;
  size_t size() const { return span.size(); }
  bool empty() const { return span.empty(); }
  void clear() { span.clear(); }
};

// Universal POS tags (UD v2), in the order of the UD documentation; stored as uint8_t in SyntaxLayer::upos.
enum class Upos : uint8_t { ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X };
inline constexpr int kUposCount = 17;
inline constexpr const char* kUposNames[kUposCount] = {"ADJ",  "ADP",  "ADV",   "AUX",   "CCONJ", "DET",
                                                       "INTJ", "NOUN", "NUM",   "PART",  "PRON",  "PROPN",
                                                       "PUNCT", "SCONJ", "SYM", "VERB",  "X"};
inline const char* upos_name(Upos u) { return kUposNames[static_cast<int>(u)]; }

// What the tagger, lemmatizer and parser add, as parallel arrays indexed by token (each the size of `tokens`
// once filled). Tag and relation names are small ids into name tables shared (read-only) with the model.
struct SyntaxLayer {
  static constexpr uint32_t kRoot = UINT32_MAX;  // head of a sentence's root token

  std::vector<uint8_t> upos;     // Upos
  std::vector<uint16_t> xpos;    // index into *xpos_names (Penn Treebank tags for English)
  std::vector<uint32_t> lemma_begin, lemma_end;  // lemma of token i is lemma_pool[lemma_begin[i], lemma_end[i])
  std::string lemma_pool;
  std::vector<uint32_t> head;    // DOCUMENT-global token index of the syntactic head, or kRoot
  std::vector<uint16_t> deprel;  // index into *deprel_names (UD relations with subtypes, e.g. "nsubj:pass")
  std::shared_ptr<const std::vector<std::string>> xpos_names, deprel_names;

  bool has_tags() const { return !upos.empty(); }
  bool has_lemmas() const { return !lemma_begin.empty(); }
  bool has_parse() const { return !head.empty(); }
  std::string_view lemma(size_t i) const {
    return std::string_view(lemma_pool).substr(lemma_begin[i], lemma_end[i] - lemma_begin[i]);
  }
  const std::string& xpos_name(size_t i) const { return (*xpos_names)[xpos[i]]; }
  const std::string& deprel_name(size_t i) const { return (*deprel_names)[deprel[i]]; }
  void clear() { *this = SyntaxLayer(); }
};

// Named entities: spans of tokens [first_token, end_token) inside one sentence, with a label.
enum class EntityLabel : uint8_t { PER, ORG, LOC };
inline const char* entity_label_name(EntityLabel l) {
  return l == EntityLabel::PER ? "PER" : l == EntityLabel::ORG ? "ORG" : "LOC";
}
struct EntityLayer {
  std::vector<uint32_t> first_token;
  std::vector<uint32_t> end_token;
  std::vector<EntityLabel> label;
  size_t size() const { return first_token.size(); }
  bool empty() const { return first_token.empty(); }
  void clear() { *this = EntityLayer(); }
  void add(uint32_t first, uint32_t end, EntityLabel l) {
    first_token.push_back(first);
    end_token.push_back(end);
    label.push_back(l);
  }
  // The name that holds token t, or -1 (names do not overlap).
  int32_t at(uint32_t t) const {
    for (size_t i = 0; i < size(); ++i)
      if (first_token[i] <= t && t < end_token[i]) return static_cast<int32_t>(i);
    return -1;
  }
};

// Actors (actors/): noun phrases that name a political actor, coded country + sector and resolved across the
// article. Few per sentence, so one struct per actor.
struct Actor {
  uint32_t first_token = 0, end_token = 0;  // the phrase as written
  uint32_t head = 0;                        // its syntactic head token
  std::string code;                         // "RUSGOV", "SYRMED", "IGOUNO", "TUR"
  std::string country;                      // "RUS" (or an international code: "IGO", "NGO")
  std::string sector;                       // "GOV", "" when none is known
  std::string name;                         // canonical name of a known person or organisation, else ""
  uint32_t entity = 0;                      // actors with the same entity are one actor in this article
  int32_t quote = -1;  // "me"/"us" in a direct quote, given its speaker by the attribution stage: that attribution
};
struct ActorLayer {
  std::vector<Actor> actors;
  size_t size() const { return actors.size(); }
  bool empty() const { return actors.empty(); }
};

// Events (events/): who did what to whom, with the verb or noun that says it.
enum class Modality : uint8_t {
  asserted,      // said to have happened (or to be happening)
  hypothetical,  // "would", "could", conditionals, questions: kept only with the flag --include-unreal
};
struct Event {
  uint32_t sentence = 0;
  uint32_t predicate = 0;          // the verb or event noun token
  int32_t source = -1;             // index into ActorLayer::actors, -1 when unknown
  int32_t target = -1;             // index into ActorLayer::actors, -1 when the event has none
  std::string cameo;               // "036", "1121"
  bool negated = false;            // negated or denied: never counted as having happened
  Modality modality = Modality::asserted;
  uint32_t governor = UINT32_MAX;  // token of the verb that governs the predicate ("agreed" in "agreed to meet")
  std::string frame;               // the dictionary row that coded it ("data/events/verb_frames.tsv:118")
  // When (time/): days since 1970-01-01, inclusive range; set by the event dater.
  bool dated = false;
  int32_t first_day = 0, last_day = 0;
  uint8_t date_precision = 0;      // a TimePrecision
  int32_t time_expression = -1;    // index into TimeExpressionLayer, -1 when the story date gave the date
  // Who claims it (attribution/): index into AttributionLayer, -1 when the event is not inside reported content.
  int32_t attribution = -1;
  // Where (place/): set by the event locator.
  int32_t location = -1;           // index into PlaceLayer::mentions, -1 when unknown
  uint8_t location_source = 0;     // a LocationSource
};
struct EventLayer {
  std::vector<Event> events;
  size_t size() const { return events.size(); }
  bool empty() const { return events.empty(); }
};

// Temporal expressions (time/): where a date is said and what it means, normalized against the story date.
// Dates are days since 1970-01-01 in the proleptic Gregorian calendar; a value covers [first_day, last_day]
// (inclusive). An expression that cannot be anchored (a relative one in an undated story) has resolved = 0.
enum class TimePrecision : uint8_t { day, week, month, season, quarter, half_year, year, range };
enum class TimeKind : uint8_t { absolute, relative, fuzzy };
enum class StoryDateSource : uint8_t { undated, metadata, dateline };

struct TimeExpressionLayer {
  std::vector<ByteSpan> span;
  std::vector<int32_t> first_day;
  std::vector<int32_t> last_day;
  std::vector<TimePrecision> precision;
  std::vector<TimeKind> kind;
  std::vector<uint8_t> resolved;
  // The story date the values were anchored on (valid when story_date_source != undated).
  int32_t story_day = 0;
  StoryDateSource story_date_source = StoryDateSource::undated;

  size_t size() const { return span.size(); }
  bool empty() const { return span.empty(); }
  void clear() { *this = TimeExpressionLayer{}; }
};

// Attribution (attribution/): quotes and reported speech. Who said it (the speaker, resolved to an actor when one
// is coded), the cue that says so ("denied", "according to", "in a statement"), what was said (the content), and
// the speaker's stance towards it. Token spans are [first, end); content is a byte span (it may cross sentences
// and paragraphs: block quotes, multi-paragraph quotes).
enum class Stance : uint8_t { assert, deny, no_comment, uncertain };
inline const char* stance_name(Stance s) {
  switch (s) {
    case Stance::assert: return "assert";
    case Stance::deny: return "deny";
    case Stance::no_comment: return "no_comment";
    case Stance::uncertain: return "uncertain";
  }
  return "assert";
}
struct Attribution {
  static constexpr uint32_t kNoToken = UINT32_MAX;
  uint32_t sentence = 0;                              // the sentence of the cue
  uint32_t speaker_first = kNoToken, speaker_end = kNoToken;  // the speaker as written; kNoToken when unsaid
  uint32_t speaker_head = kNoToken;
  int32_t speaker_actor = -1;                         // index into ActorLayer, -1 when the speaker is no coded actor
  uint32_t cue_first = 0, cue_end = 0;                // "said", "offered no comment", "according to"
  std::string cue_lemma;                              // "say", "offer no comment", "according to"
  ByteSpan content;                                   // what was said; empty for no_comment without a topic
  bool direct = false;                                // content in quotation marks (or a block quote)
  Stance stance = Stance::assert;
  bool anonymous = false;                             // "a source familiar with", "officials who ... anonymity"
  uint32_t outlet_first = kNoToken, outlet_end = kNoToken;  // addressee or outlet: "told Reuters", "citing X" (then
  int32_t outlet_actor = -1;                                // the speaker is X and the outlet the reporter)
  uint32_t role_first = kNoToken, role_end = kNoToken;  // apposition naming the speaker's role
  int32_t parent = -1;                                // the attribution whose content holds this one's cue
  std::string rule;                                   // which construction found it ("ccomp", "block-quote", ...)
};
struct AttributionLayer {
  std::vector<Attribution> attributions;
  size_t size() const { return attributions.size(); }
  bool empty() const { return attributions.empty(); }
};

// Places (place/): place mentions in the text, each resolved to a gazetteer entry. The event locator may add
// entries that are not in the text (a target's country), with in_text = false and an empty token range.
enum class PlacePrecision : uint8_t { city, admin1, country, region, airbase, landmark };
enum class PlaceFoundBy : uint8_t { entity, gazetteer, dateline, target_country };
enum class LocationSource : uint8_t { none, clause, dateline, target_country };
struct PlaceMention {
  uint32_t first_token = 0, end_token = 0;  // tokens as written ("north-east Syria", "Hmeimim Airbase")
  uint32_t head = 0;                        // the token the syntax attaches the phrase by (last name token if unparsed)
  bool in_text = true;
  PlaceFoundBy found_by = PlaceFoundBy::gazetteer;
  uint32_t gazetteer_index = 0;  // the entry in the loaded gazetteer
  uint32_t geonames_id = 0;      // 0 when the entry is not from GeoNames (ISO countries, our air bases)
  std::string name;              // the gazetteer's name ("Hmeimim Air Base")
  std::string country;           // ISO 3166-1 alpha-2
  std::string admin1;            // ISO 3166-2 ("SY-LA") or GeoNames admin1 ("SY.11"), "" when unknown
  bool has_coordinates = false;
  double lat = 0, lon = 0;
  PlacePrecision precision = PlacePrecision::city;
  std::string direction;         // "north-east" for "north-east Syria", else ""
};
struct PlaceLayer {
  std::vector<PlaceMention> mentions;
  int32_t dateline = -1;  // the mention that is the dateline city ("DAMASCUS, May 11 (Reuters) -"), or -1
  size_t size() const { return mentions.size(); }
  bool empty() const { return mentions.empty(); }
};

struct Document {
  // Metadata. Empty when unknown; `date` is ISO 8601 ("2020-05-11" or "2020-05-11T09:30:00Z").
  std::string id;
  std::string url;
  std::string title;
  std::string outlet;
  std::string date;
  std::string language = "en";
  std::string source;  // where it was read from: a path, "path#record", or "-" for standard input

  std::string text;  // valid UTF-8

  // Layers, in the order the stages add them.
  ParagraphLayer paragraphs;
  TokenLayer tokens;
  SentenceLayer sentences;
  SyntaxLayer syntax;     // nlp: tagger, lemmatizer, parser
  EntityLayer entities;   // nlp: named entity recognizer
  ActorLayer actors;      // actors: coded actors, resolved across the article
  EventLayer events;      // events: coded events
  TimeExpressionLayer times;  // time: temporal expressions, normalized against the story date
  AttributionLayer attributions;  // attribution: quotes and reported speech, linked from events
  PlaceLayer places;          // place: place mentions resolved to the gazetteer, and the dateline city

  std::string_view slice(ByteSpan s) const { return std::string_view(text).substr(s.begin, s.end - s.begin); }
  std::string_view token_text(size_t i) const {
    return std::string_view(text).substr(tokens.begin[i], tokens.end[i] - tokens.begin[i]);
  }
  ByteSpan sentence_span(size_t s) const {
    const uint32_t first = sentences.first_token[s], last = sentences.end_token[s];
    if (first == last) return {};
    return {tokens.begin[first], tokens.end[last - 1]};
  }
};

}  // namespace dunlin
