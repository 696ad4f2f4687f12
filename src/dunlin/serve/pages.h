// The browse pages of `dunlin serve`: HTML built from what the store's queries return (store/queries.h). Pure
// functions of their inputs, so they are tested without a server or a database.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "dunlin/events/cameo_codes.h"
#include "dunlin/store/network.h"
#include "dunlin/store/queries.h"

namespace dunlin::serve {

// A whole HTML document: head with the style sheet, the navigation bar (`active`: "events", "dyads", "network",
// "quotes", "actors"), the title as a heading, then `body`.
std::string page(std::string_view title, std::string_view active, std::string_view body);
// The same in parts, for output written as it is made: the head up to the heading (without the server's
// navigation bar when `nav` is false: a stand-alone report), and the closing tags.
std::string page_head(std::string_view title, std::string_view active, bool nav = true);
std::string page_tail();

// One coded document as a section of a stand-alone report (`dunlin code --format html`): its title or source, date
// and URL, each event with its evidence highlighted as on the server's event page, then its quotes (speaker, cue,
// stance, content). `events` and `quotes` are the `dunlin code` JSON records (docs/output.md).
std::string document_report(std::string_view title, std::string_view date, std::string_view url,
                            const std::vector<nlohmann::json>& events, const std::vector<nlohmann::json>& quotes);

// The filter of the events page, as the user typed it (strings, so a bad value is shown back as it was).
struct EventQuery {
  std::string actor, root, since, until;
  int64_t limit = 200;
};
std::string events_form(const EventQuery& q);
std::string events_table(const std::vector<store::EventView>& events, const CameoCodes& codes);

// One event: its summary and every mention with the evidence sentence highlighted and who claims it.
std::string event_detail(const store::EventView& event, const std::vector<store::MentionView>& mentions,
                         const CameoCodes& codes);
// One mention's evidence from its `dunlin code` event record: the sentence with source, verb, target, date and
// place marked, then the flags (negated, modality) and the attribution (speaker, cue, stance) when there is one.
std::string mention_evidence(const nlohmann::json& record);

std::string quotes_form(std::string_view speaker, std::string_view since, std::string_view until);
std::string quotes_table(const std::vector<store::QuoteView>& quotes);

std::string dyads_form(std::string_view source, std::string_view target, std::string_view by);
// A stacked bar per period (quad classes 1-4) as inline SVG, then the table of counts and Goldstein sums.
std::string dyads_chart(const std::vector<store::DyadRow>& rows);
std::string dyads_table(const std::vector<store::DyadRow>& rows, int64_t undated);

std::string actors_table(const std::vector<store::ActorCount>& actors);

std::string network_form(std::string_view level, std::string_view root, std::string_view since, std::string_view until);
// The edges, each linking to its dyad page.
std::string network_table(const std::vector<store::NetworkEdge>& edges);

// "2020-05-11", "2020-05-11 – 2020-05-13" or "undated".
std::string day_range(const std::optional<int64_t>& first, const std::optional<int64_t>& last);

}  // namespace dunlin::serve
