// The HTTP side of `dunlin serve` (cpp-httplib): routes, query parameters, JSON, errors. The HTML is in pages.cc.
#include "dunlin/serve/browse_server.h"

#include <httplib.h>

#include <nlohmann/json.hpp>
#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

#include "dunlin/serve/html.h"
#include "dunlin/serve/pages.h"
#include "dunlin/store/network.h"
#include "dunlin/store/queries.h"
#include "dunlin/store/store.h"
#include "dunlin/time/calendar.h"

namespace dunlin::serve {
namespace {

// A request the user got wrong (a bad date, an unknown period): answered 400 with the message.
struct BadRequest : std::invalid_argument {
  using std::invalid_argument::invalid_argument;
};
struct NotFound : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A query parameter, `fallback` when it is absent or empty.
std::string param(const httplib::Request& req, const char* name, const char* fallback = "") {
  const std::string value = req.has_param(name) ? req.get_param_value(name) : "";
  return value.empty() ? fallback : value;
}

int64_t limit_param(const httplib::Request& req, int64_t fallback) {
  const std::string value = param(req, "limit");
  if (value.empty()) return fallback;
  try {
    size_t used = 0;
    const long long n = std::stoll(value, &used);
    if (used == value.size() && n >= 1 && n <= 100000) return n;
  } catch (const std::exception&) {
  }
  throw BadRequest("limit must be a whole number from 1 to 100000, not '" + value + "'");
}

store::EventFilter event_filter(const EventQuery& q) {
  store::EventFilter f;
  f.actor = q.actor;
  f.limit = q.limit;
  try {
    f.root = store::parse_filter_root(q.root, "root");
    f.since = store::parse_filter_day(q.since, "since");
    f.until = store::parse_filter_day(q.until, "until");
  } catch (const std::invalid_argument& e) {
    throw BadRequest(e.what());
  }
  return f;
}

EventQuery event_query(const httplib::Request& req) {
  return EventQuery{param(req, "actor"), param(req, "root"), param(req, "since"), param(req, "until"),
                    limit_param(req, 200)};
}

nlohmann::json optional_json(const auto& value) { return value ? nlohmann::json(*value) : nlohmann::json(); }

nlohmann::json event_json(const store::EventView& e, const CameoCodes& codes) {
  const CameoCode* c = codes.find_or_parent(e.cameo);
  auto actor = [](const std::string& code, const std::string& country, const std::string& sector,
                  const std::string& name) {
    return nlohmann::json{{"code", code}, {"country", country}, {"sector", sector}, {"name", name}};
  };
  return {{"id", e.id},
          {"source", actor(e.source_code, e.source_country, e.source_sector, e.source_name)},
          {"target", actor(e.target_code, e.target_country, e.target_sector, e.target_name)},
          {"cameo", e.cameo},
          {"cameo_name", c ? nlohmann::json(c->name) : nlohmann::json()},
          {"root", e.root},
          {"goldstein", optional_json(e.goldstein)},
          {"quad_class", optional_json(e.quad_class)},
          {"date", e.first_day ? nlohmann::json(time::format_day(static_cast<time::Day>(*e.first_day))) : nullptr},
          {"date_end", e.last_day ? nlohmann::json(time::format_day(static_cast<time::Day>(*e.last_day))) : nullptr},
          {"date_precision", e.date_precision},
          {"place",
           {{"name", e.place_name},
            {"country", e.place_country},
            {"lat", optional_json(e.place_lat)},
            {"lon", optional_json(e.place_lon)}}},
          {"num_mentions", e.num_mentions},
          {"num_articles", e.num_articles},
          {"num_sources", e.num_sources},
          {"source_url", e.source_url}};
}

// `object` with a tally's fields as the API gives them: "events", "quad" (classes 1-4), Goldstein sum and mean.
nlohmann::json tally_json(nlohmann::json object, const store::EventTally& t) {
  object["events"] = t.events;
  object["quad"] = {t.quad[0], t.quad[1], t.quad[2], t.quad[3]};
  object["goldstein_sum"] = t.goldstein_sum;
  object["goldstein_mean"] = t.goldstein_mean();
  return object;
}

void send_html(httplib::Response& res, std::string html) {
  res.set_content(std::move(html), "text/html; charset=utf-8");
}
void send_json(httplib::Response& res, const nlohmann::json& j) {
  res.set_content(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n", "application/json");
}

}  // namespace

struct BrowseServer::Impl {
  std::string db;
  CameoCodes codes;
  httplib::Server server;
  // httplib's stop() does nothing until the listening loop has begun, so a stop() that comes between bind() and the
  // loop's start would be lost and run() would never return. These flags close that gap (run() and stop()).
  std::atomic<bool> started{false}, stop_requested{false}, finished{false};

  std::unique_ptr<store::Store> open() const {
    try {
      return store::Store::open(db, /*read_only=*/true);
    } catch (const store::StoreError& e) {
      throw store::StoreError(db + ": " + e.what());
    }
  }

  std::vector<store::EventView> events(const store::EventFilter& f) const {
    auto s = open();
    std::vector<store::EventView> out;
    store::list_events(s->connection(), f, [&](const store::EventView& e) { out.push_back(e); });
    return out;
  }

  // The event with this id and its mentions; NotFound when there is none.
  std::pair<store::EventView, std::vector<store::MentionView>> event(const std::string& id_text) const {
    store::EventFilter f;
    try {
      f.id = std::stoll(id_text);
    } catch (const std::exception&) {
      throw NotFound("no event " + id_text);
    }
    auto s = open();
    std::vector<store::EventView> found;
    store::list_events(s->connection(), f, [&](const store::EventView& e) { found.push_back(e); });
    if (found.empty()) throw NotFound("no event " + id_text + " in the store");
    std::vector<store::MentionView> mentions;
    store::list_mentions(s->connection(), *f.id, [&](const store::MentionView& m) { mentions.push_back(m); });
    return {found.front(), std::move(mentions)};
  }

  std::pair<std::vector<store::DyadRow>, int64_t> dyads(const httplib::Request& req) const {
    store::DyadQuery q;
    q.source = param(req, "source");
    q.target = param(req, "target");
    try {
      q.by = store::parse_period(param(req, "by", "month"));
    } catch (const std::invalid_argument& e) {
      throw BadRequest(e.what());
    }
    auto s = open();
    std::vector<store::DyadRow> rows;
    const int64_t undated = store::dyad_series(s->connection(), q, [&](const store::DyadRow& r) { rows.push_back(r); });
    return {std::move(rows), undated};
  }

  std::vector<store::QuoteView> quotes(const httplib::Request& req) const {
    store::QuoteFilter f{param(req, "speaker"), param(req, "since"), param(req, "until"), limit_param(req, 200)};
    try {
      store::parse_filter_day(f.since, "since");
      store::parse_filter_day(f.until, "until");
    } catch (const std::invalid_argument& e) {
      throw BadRequest(e.what());
    }
    auto s = open();
    std::vector<store::QuoteView> out;
    store::list_quotes(s->connection(), f, [&](const store::QuoteView& q) { out.push_back(q); });
    return out;
  }

  std::vector<store::NetworkEdge> network(const httplib::Request& req) const {
    store::NetworkQuery q;
    try {
      q.level = store::parse_network_level(param(req, "level", "country"));
      q.root = store::parse_filter_root(param(req, "root"), "root");
      q.since = store::parse_filter_day(param(req, "since"), "since");
      q.until = store::parse_filter_day(param(req, "until"), "until");
    } catch (const std::invalid_argument& e) {
      throw BadRequest(e.what());
    }
    auto s = open();
    std::vector<store::NetworkEdge> out;
    const int64_t limit = limit_param(req, 200);
    store::actor_network(s->connection(), q, [&](const store::NetworkEdge& e) {
      if (static_cast<int64_t>(out.size()) < limit) out.push_back(e);
    });
    return out;
  }

  std::vector<store::ActorCount> actors(const httplib::Request& req) const {
    auto s = open();
    std::vector<store::ActorCount> out;
    store::top_actors(s->connection(), static_cast<int>(limit_param(req, 50)),
                      [&](const store::ActorCount& a) { out.push_back(a); });
    return out;
  }

  // Runs `handler`, turning the errors it throws into answers: 400 for a bad request, 404 for an unknown event,
  // 500 (with the store's message) for a database that cannot be read. HTML pages get an HTML error page.
  void route(const char* pattern, bool html, std::function<void(const httplib::Request&, httplib::Response&)> handler) {
    server.Get(pattern, [handler = std::move(handler), html](const httplib::Request& req, httplib::Response& res) {
      std::string message;
      try {
        handler(req, res);
        return;
      } catch (const BadRequest& e) {
        res.status = 400;
        message = e.what();
      } catch (const NotFound& e) {
        res.status = 404;
        message = e.what();
      } catch (const std::exception& e) {
        res.status = 500;
        message = e.what();
      }
      if (html)
        send_html(res, page("Error " + std::to_string(res.status), "", "<p>" + html_escape(message) + "</p>"));
      else
        send_json(res, {{"error", message}, {"status", res.status}});
    });
  }

  void add_routes() {
    route("/", true, [this](const httplib::Request& req, httplib::Response& res) {
      const EventQuery q = event_query(req);
      const auto found = events(event_filter(q));
      send_html(res, page("Events", "events", events_form(q) + events_table(found, codes)));
    });
    route(R"(/events/(\d+))", true, [this](const httplib::Request& req, httplib::Response& res) {
      const auto [e, mentions] = event(req.matches[1]);
      send_html(res, page("Event " + std::to_string(e.id), "events", event_detail(e, mentions, codes)));
    });
    route("/dyads", true, [this](const httplib::Request& req, httplib::Response& res) {
      const auto [rows, undated] = dyads(req);
      send_html(res, page("Dyads", "dyads",
                          dyads_form(param(req, "source"), param(req, "target"), param(req, "by", "month")) +
                              dyads_chart(rows) + dyads_table(rows, undated)));
    });
    route("/network", true, [this](const httplib::Request& req, httplib::Response& res) {
      const auto edges = network(req);
      send_html(res, page("Network", "network",
                          network_form(param(req, "level", "country"), param(req, "root"), param(req, "since"),
                                       param(req, "until")) +
                              network_table(edges)));
    });
    route("/quotes", true, [this](const httplib::Request& req, httplib::Response& res) {
      const auto found = quotes(req);
      send_html(res, page("Quotes", "quotes",
                          quotes_form(param(req, "speaker"), param(req, "since"), param(req, "until")) +
                              quotes_table(found)));
    });
    route("/actors", true, [this](const httplib::Request& req, httplib::Response& res) {
      send_html(res, page("Actors", "actors", actors_table(actors(req))));
    });

    route("/api/events", false, [this](const httplib::Request& req, httplib::Response& res) {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& e : events(event_filter(event_query(req)))) out.push_back(event_json(e, codes));
      send_json(res, out);
    });
    route(R"(/api/events/(\d+))", false, [this](const httplib::Request& req, httplib::Response& res) {
      const auto [e, mentions] = event(req.matches[1]);
      nlohmann::json out = event_json(e, codes);
      out["mentions"] = nlohmann::json::array();
      for (const auto& m : mentions) {
        out["mentions"].push_back({{"doc", m.doc_id},
                                   {"url", m.url},
                                   {"title", m.title},
                                   {"outlet", m.outlet},
                                   {"date", m.date},
                                   {"record", nlohmann::json::parse(m.record, nullptr, false)}});
      }
      send_json(res, out);
    });
    route("/api/dyads", false, [this](const httplib::Request& req, httplib::Response& res) {
      const auto [rows, undated] = dyads(req);
      nlohmann::json periods = nlohmann::json::array();
      for (const auto& r : rows) periods.push_back(tally_json({{"period", r.period}}, r));
      send_json(res, {{"periods", periods}, {"undated", undated}});
    });
    route("/api/network", false, [this](const httplib::Request& req, httplib::Response& res) {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& e : network(req)) out.push_back(tally_json({{"source", e.source}, {"target", e.target}}, e));
      send_json(res, out);
    });
    route("/api/quotes", false, [this](const httplib::Request& req, httplib::Response& res) {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& q : quotes(req)) {
        nlohmann::json record = nlohmann::json::parse(q.record, nullptr, false);
        out.push_back({{"id", q.id},
                       {"doc", q.doc_id},
                       {"url", q.url},
                       {"date", q.date},
                       {"outlet", q.outlet},
                       {"events", q.events},
                       {"record", record.is_discarded() ? nlohmann::json() : record}});
      }
      send_json(res, out);
    });
    route("/api/actors", false, [this](const httplib::Request& req, httplib::Response& res) {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& a : actors(req))
        out.push_back({{"code", a.code}, {"name", a.name}, {"as_source", a.as_source}, {"as_target", a.as_target}});
      send_json(res, out);
    });
    server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
      if (res.status == 404 && res.body.empty())
        send_html(res, page("Not found", "", "<p>No such page. <a href=\"/\">Events</a></p>"));
    });
  }
};

BrowseServer::BrowseServer(std::string db, CameoCodes codes) : impl_(std::make_unique<Impl>()) {
  impl_->db = std::move(db);
  impl_->codes = std::move(codes);
  impl_->add_routes();
}

BrowseServer::~BrowseServer() { stop(); }

int BrowseServer::bind(const std::string& host, int port) {
  const int bound =
      port == 0 ? impl_->server.bind_to_any_port(host) : (impl_->server.bind_to_port(host, port) ? port : -1);
  if (bound <= 0) throw std::runtime_error("cannot listen on " + host + ":" + std::to_string(port));
  return bound;
}

void BrowseServer::run() {
  impl_->started = true;
  if (!impl_->stop_requested) impl_->server.listen_after_bind();
  impl_->finished = true;
}

// Either run() sees the request before it listens, or this sees run() started and waits until it listens (or has
// returned) before stopping it: both flags are written before the other is read.
void BrowseServer::stop() {
  if (!impl_) return;
  impl_->stop_requested = true;
  if (!impl_->started) return;
  while (!impl_->server.is_running() && !impl_->finished) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  impl_->server.stop();
}

}  // namespace dunlin::serve
