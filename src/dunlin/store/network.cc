// The actor network: one GROUP BY over the events table, then an edge list, GraphML or node-link JSON.
#include "dunlin/store/network.h"

#include <cstdio>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>
#include <vector>

#include "dunlin/store/export.h"
#include "dunlin/text/markup.h"

namespace dunlin::store {
namespace {

std::string fixed(double v, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

}  // namespace

NetworkLevel parse_network_level(const std::string& name) {
  if (name == "country") return NetworkLevel::country;
  if (name == "actor") return NetworkLevel::actor;
  throw std::invalid_argument("level must be country or actor, not '" + name + "'");
}

NetworkFormat parse_network_format(const std::string& name) {
  if (name == "csv") return NetworkFormat::csv;
  if (name == "graphml") return NetworkFormat::graphml;
  if (name == "json") return NetworkFormat::json;
  throw std::invalid_argument("network format must be csv, graphml or json, not '" + name + "'");
}

void actor_network(Connection& db, const NetworkQuery& q, const std::function<void(const NetworkEdge&)>& edge) {
  const bool by_country = q.level == NetworkLevel::country;
  const std::string s = by_country ? "source_country" : "source_code";
  const std::string t = by_country ? "target_country" : "target_code";
  std::string sql = "SELECT " + s + ", " + t +
                    ", COUNT(*), SUM(CASE WHEN quad_class = 1 THEN 1 ELSE 0 END), "
                    "SUM(CASE WHEN quad_class = 2 THEN 1 ELSE 0 END), SUM(CASE WHEN quad_class = 3 THEN 1 ELSE 0 "
                    "END), SUM(CASE WHEN quad_class = 4 THEN 1 ELSE 0 END), SUM(COALESCE(goldstein, 0)) FROM events "
                    "WHERE " +
                    s + " IS NOT NULL AND " + s + " <> '' AND " + t + " IS NOT NULL AND " + t + " <> ''";
  if (q.since) sql += " AND last_day >= ?";
  if (q.until) sql += " AND first_day <= ?";
  const std::string root = parse_filter_root(q.root, "root");
  if (!root.empty()) sql += " AND root = ?";
  sql += " GROUP BY " + s + ", " + t + " HAVING COUNT(*) >= ? ORDER BY COUNT(*) DESC, " + s + ", " + t;
  auto st = db.prepare_stream(sql);
  int n = 0;
  if (q.since) st->bind(++n, static_cast<int64_t>(*q.since));
  if (q.until) st->bind(++n, static_cast<int64_t>(*q.until));
  if (!root.empty()) st->bind(++n, root);
  st->bind(++n, q.min_events);
  NetworkEdge e;
  while (st->step()) {
    e.source = st->text(0);
    e.target = st->text(1);
    e.events = st->int64(2);
    for (int k = 0; k < 4; ++k) e.quad[k] = st->int64(3 + k);
    e.goldstein_sum = st->real(7);
    edge(e);
  }
}

int64_t write_network(Connection& db, const NetworkQuery& q, NetworkFormat format, std::ostream& out) {
  int64_t edges = 0;
  if (format == NetworkFormat::csv) {
    out << "source,target," << tally_csv_header() << '\n';
    actor_network(db, q, [&](const NetworkEdge& e) {
      out << csv_field(e.source) << ',' << csv_field(e.target) << ',' << tally_csv(e) << '\n';
      ++edges;
    });
    return edges;
  }
  // GraphML and JSON list the nodes first: the edges are read once into memory (one row per actor pair, far
  // fewer than events).
  std::vector<NetworkEdge> all;
  std::set<std::string> nodes;
  actor_network(db, q, [&](const NetworkEdge& e) {
    all.push_back(e);
    nodes.insert(e.source);
    nodes.insert(e.target);
  });
  if (format == NetworkFormat::json) {
    nlohmann::json j = {{"directed", true},
                        {"multigraph", false},
                        {"nodes", nlohmann::json::array()},
                        {"links", nlohmann::json::array()}};
    for (const auto& node : nodes) j["nodes"].push_back({{"id", node}});
    for (const auto& e : all) {
      nlohmann::json link = {{"source", e.source}, {"target", e.target}};
      add_tally_json(link, e);
      j["links"].push_back(std::move(link));
    }
    out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    return static_cast<int64_t>(all.size());
  }
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";
  const char* keys[][2] = {{"events", "int"},
                           {kQuadClassColumns[0], "int"},
                           {kQuadClassColumns[1], "int"},
                           {kQuadClassColumns[2], "int"},
                           {kQuadClassColumns[3], "int"},
                           {"goldstein_sum", "double"},
                           {"goldstein_mean", "double"}};
  for (const auto& [name, type] : keys)
    out << "  <key id=\"" << name << "\" for=\"edge\" attr.name=\"" << name << "\" attr.type=\"" << type << "\"/>\n";
  out << "  <graph id=\"dunlin\" edgedefault=\"directed\">\n";
  for (const auto& node : nodes) out << "    <node id=\"" << html_escape(node) << "\"/>\n";
  for (const auto& e : all) {
    out << "    <edge source=\"" << html_escape(e.source) << "\" target=\"" << html_escape(e.target) << "\">";
    const std::string values[] = {std::to_string(e.events),    std::to_string(e.quad[0]), std::to_string(e.quad[1]),
                                  std::to_string(e.quad[2]),   std::to_string(e.quad[3]), fixed(e.goldstein_sum, 1),
                                  fixed(e.goldstein_mean(), 3)};
    for (size_t k = 0; k < std::size(values); ++k)
      out << "<data key=\"" << keys[k][0] << "\">" << values[k] << "</data>";
    out << "</edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
  return static_cast<int64_t>(all.size());
}

}  // namespace dunlin::store
