// The actor network of a store: one directed edge per (source, target) pair with its events counted by quad class
// and its Goldstein sum, at the level of countries (RUS -> SYR) or of full actor codes (RUSGOV -> SYRREB); and
// writers for the formats network tools read: CSV (an edge list), GraphML (Gephi, igraph, networkx, Cytoscape) and
// JSON (nodes and links, as networkx's node_link_data and D3 expect). Formats in docs/store.md.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <string>

#include "dunlin/store/queries.h"
#include "dunlin/store/sql.h"

namespace dunlin::store {

enum class NetworkLevel { country, actor };
NetworkLevel parse_network_level(const std::string& name);  // "country", "actor"; throws std::invalid_argument

struct NetworkQuery {
  NetworkLevel level = NetworkLevel::country;
  std::optional<int32_t> since, until;  // days since 1970, as EventFilter
  std::string root;                     // CAMEO root ("19"; parse_filter_root), "" for all
  int64_t min_events = 1;               // leave out edges with fewer events
};

struct NetworkEdge : EventTally {
  std::string source, target;  // country codes or actor codes
};

// The edges, most events first (then by source and target). Events without a source or a target on that level
// (no country, no target) are no edge. Self-loops (RUS -> RUS: one country's actors among themselves) are kept.
void actor_network(Connection& db, const NetworkQuery& q, const std::function<void(const NetworkEdge&)>& edge);

enum class NetworkFormat { csv, graphml, json };
NetworkFormat parse_network_format(const std::string& name);  // "csv", "graphml", "json"; throws std::invalid_argument
// Writes the network; returns the number of edges.
int64_t write_network(Connection& db, const NetworkQuery& q, NetworkFormat format, std::ostream& out);

}  // namespace dunlin::store
