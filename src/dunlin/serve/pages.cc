// The browse pages: plain server-side HTML, one small style sheet, no script.
#include "dunlin/serve/pages.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "dunlin/serve/html.h"
#include "dunlin/time/calendar.h"

namespace dunlin::serve {
namespace {

constexpr const char* kStyle = R"(
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d1d1f}
nav{background:#23395b;padding:.5em 1em}nav a{color:#dfe7f3;margin-right:1.2em;text-decoration:none}
nav a.on{color:#fff;font-weight:600}nav b{color:#fff;margin-right:2em}
main{padding:0 1em 2em;max-width:80em}
table{border-collapse:collapse;margin:.8em 0}td,th{border-bottom:1px solid #ddd;padding:.25em .6em;text-align:left;
vertical-align:top}th{background:#f2f4f7}td.num{text-align:right;font-variant-numeric:tabular-nums}td:first-child{white-space:nowrap}
form{margin:.8em 0}form input{width:9em;margin-right:.6em}
mark{border-radius:3px;padding:0 .1em}mark.source{background:#cfe3ff}mark.target{background:#ffe0b3}
mark.verb{background:#c8f0c8;font-weight:600}mark.date{background:#ecd9ff}mark.place{background:#c9f1ee}
mark.source.target{background:#ffd6e0}
.evidence{margin:.3em 0 .2em;font-size:16px}.meta{color:#555;font-size:13px}.neg{color:#b00020;font-weight:600}
.q1{fill:#7fc79a}.q2{fill:#1f7a4d}.q3{fill:#f0b84d}.q4{fill:#c0392b}
.legend mark{margin-right:.5em}
)";

std::string cell(std::string_view text, bool numeric = false) {
  return std::string(numeric ? "<td class=\"num\">" : "<td>") + html_escape(text) + "</td>";
}

std::string format_number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

std::string actor_label(const std::string& code, const std::string& name) {
  if (code.empty()) return "—";
  return name.empty() ? code : code + " (" + name + ")";
}

std::string cameo_label(const std::string& cameo, const CameoCodes& codes) {
  const CameoCode* c = codes.find_or_parent(cameo);
  return c ? cameo + " " + c->name : cameo;
}

std::string input(const char* name, std::string_view value, const char* placeholder) {
  return std::string("<label>") + name + " <input name=\"" + name + "\" value=\"" + html_escape(value) +
         "\" placeholder=\"" + placeholder + "\"></label>";
}

// A span of the record ({"start", "end", ...} in document code points) as a mark inside the sentence that starts
// at `sentence_start`; nothing when the record has no such span or it lies outside the sentence.
void add_mark(std::vector<Mark>& marks, const nlohmann::json& span, int64_t sentence_start, int64_t sentence_end,
              const char* css_class, std::string label) {
  if (!span.is_object() || !span.contains("start") || !span.contains("end")) return;
  if (!span["start"].is_number_integer() || !span["end"].is_number_integer()) return;
  const int64_t start = span["start"].get<int64_t>(), end = span["end"].get<int64_t>();
  if (start < sentence_start || end > sentence_end || start >= end) return;
  marks.push_back(Mark{static_cast<size_t>(start - sentence_start), static_cast<size_t>(end - sentence_start),
                       css_class, std::move(label)});
}

std::string string_field(const nlohmann::json& object, const char* key) {
  if (!object.is_object()) return "";
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : "";
}

}  // namespace

std::string page_head(std::string_view title, std::string_view active, bool nav) {
  std::string out = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + html_escape(title) +
                    " · dunlin</title><style>" + kStyle + "</style></head><body>";
  if (nav) {
    out += "<nav><b>dunlin</b>";
    for (const auto& [href, name] : std::vector<std::pair<std::string, std::string>>{{"/", "events"},
                                                                                     {"/dyads", "dyads"},
                                                                                     {"/network", "network"},
                                                                                     {"/quotes", "quotes"},
                                                                                     {"/actors", "actors"}}) {
      out += "<a href=\"" + href + "\"" + (name == active ? " class=\"on\"" : "") + ">" + name + "</a>";
    }
    out += "</nav>";
  }
  return out + "<main><h1>" + html_escape(title) + "</h1>";
}

std::string page_tail() { return "</main></body></html>\n"; }

std::string page(std::string_view title, std::string_view active, std::string_view body) {
  return page_head(title, active) + std::string(body) + page_tail();
}

std::string document_report(std::string_view title, std::string_view date, std::string_view url,
                            const std::vector<nlohmann::json>& events, const std::vector<nlohmann::json>& quotes) {
  std::string out = "<section><h2>" + html_escape(title) + "</h2><p class=\"meta\">";
  if (!date.empty()) out += html_escape(date) + " · ";
  if (!url.empty()) out += "<a href=\"" + html_escape(url) + "\">" + html_escape(url) + "</a> · ";
  out += std::to_string(events.size()) + " events, " + std::to_string(quotes.size()) + " quotes</p>";
  for (const auto& e : events) {
    const auto target = e.value("target", nlohmann::json());
    std::string line = string_field(e.value("source", nlohmann::json()), "code") + " → " + string_field(e, "cameo") +
                       " " + string_field(e, "cameo_name") + " → " +
                       (target.is_object() ? string_field(target, "code") : std::string("—"));
    const std::string when = string_field(e, "date");
    if (!when.empty()) line += " · " + when;
    out += "<h3 class=\"meta\">" + html_escape(line) + "</h3>" + mention_evidence(e);
  }
  if (!quotes.empty()) {
    out += "<h3>Quotes</h3><table><tr><th>speaker</th><th>cue</th><th>stance</th><th>content</th></tr>";
    for (const auto& q : quotes) {
      const auto speaker = q.value("speaker", nlohmann::json());
      std::string who = string_field(speaker, "text");
      if (who.empty()) who = "(unnamed)";
      const std::string code = string_field(speaker, "code");
      if (!code.empty()) who += " [" + code + "]";
      if (q.value("anonymous", false)) who += ", anonymous";
      std::string content = string_field(q.value("content", nlohmann::json()), "text");
      if (q.value("direct", false) && !content.empty()) content = "“" + content + "”";
      out += "<tr>" + cell(who) + cell(string_field(q.value("cue", nlohmann::json()), "text")) +
             cell(string_field(q, "stance")) + cell(content) + "</tr>";
    }
    out += "</table>";
  }
  return out + "</section>";
}

std::string day_range(const std::optional<int64_t>& first, const std::optional<int64_t>& last) {
  if (!first) return "undated";
  const std::string a = time::format_day(static_cast<time::Day>(*first));
  if (!last || *last == *first) return a;
  return a + " – " + time::format_day(static_cast<time::Day>(*last));
}

std::string events_form(const EventQuery& q) {
  return "<form action=\"/\">" + input("actor", q.actor, "RUS, RUSGOV, Putin") + input("root", q.root, "11") +
         input("since", q.since, "YYYY-MM-DD") + input("until", q.until, "YYYY-MM-DD") +
         input("limit", std::to_string(q.limit), "200") + "<button>Show</button></form>";
}

std::string events_table(const std::vector<store::EventView>& events, const CameoCodes& codes) {
  if (events.empty()) return "<p>No stored event matches.</p>";
  std::string out =
      "<table><tr><th>date</th><th>source</th><th>event</th><th>target</th><th>Goldstein</th><th>quad</th>"
      "<th>mentions</th><th>articles</th><th>place</th></tr>";
  for (const auto& e : events) {
    out += "<tr>" + cell(day_range(e.first_day, e.last_day)) + cell(actor_label(e.source_code, e.source_name));
    out += "<td><a href=\"/events/" + std::to_string(e.id) + "\">" + html_escape(cameo_label(e.cameo, codes)) +
           "</a></td>";
    out += cell(actor_label(e.target_code, e.target_name));
    out += cell(e.goldstein ? format_number(*e.goldstein) : "", true);
    out += cell(e.quad_class ? std::to_string(*e.quad_class) : "", true);
    out += cell(std::to_string(e.num_mentions), true) + cell(std::to_string(e.num_articles), true);
    out += cell(e.place_name.empty() ? e.place_country : e.place_name) + "</tr>";
  }
  return out + "</table><p class=\"meta\">" + std::to_string(events.size()) + " events</p>";
}

std::string mention_evidence(const nlohmann::json& r) {
  const std::string evidence = string_field(r, "evidence");
  const int64_t start = r.value("start", int64_t{0});
  const int64_t end = r.value("end", int64_t{0});
  std::vector<Mark> marks;
  const auto& source = r.contains("source") ? r["source"] : nlohmann::json();
  const auto& target = r.contains("target") ? r["target"] : nlohmann::json();
  add_mark(marks, source, start, end, "source", "source " + string_field(source, "code"));
  add_mark(marks, target, start, end, "target", "target " + string_field(target, "code"));
  add_mark(marks, r.value("verb", nlohmann::json()), start, end, "verb", "CAMEO " + string_field(r, "cameo"));
  add_mark(marks, r.value("date_text", nlohmann::json()), start, end, "date", "date " + string_field(r, "date"));
  // A location taken from the target's country spans the target's words: the target mark says it already.
  const auto location = r.value("location", nlohmann::json());
  if (string_field(location, "source") != "target_country")
    add_mark(marks, location, start, end, "place", "place " + string_field(location, "name"));
  std::string out = "<div class=\"evidence\">" + highlight(evidence, marks) + "</div><div class=\"meta\">";
  if (r.value("negated", false)) out += "<span class=\"neg\">negated</span> · ";
  const std::string modality = string_field(r, "modality");
  if (!modality.empty() && modality != "asserted") out += "<span class=\"neg\">" + html_escape(modality) + "</span> · ";
  const auto attribution = r.value("attribution", nlohmann::json());
  if (attribution.is_object()) {
    const auto speaker = attribution.value("speaker", nlohmann::json());
    std::string who = string_field(speaker, "text");
    if (who.empty()) who = "an unnamed source";
    out += "claimed by <b>" + html_escape(who) + "</b>";
    const std::string code = string_field(speaker, "code");
    if (!code.empty()) out += " (" + html_escape(code) + ")";
    if (attribution.value("anonymous", false)) out += ", anonymous";
    out += " · cue “" + html_escape(string_field(attribution.value("cue", nlohmann::json()), "text")) + "” · stance " +
           html_escape(string_field(attribution, "stance"));
  } else {
    out += "stated by the article";
  }
  return out + "</div>";
}

std::string event_detail(const store::EventView& e, const std::vector<store::MentionView>& mentions,
                         const CameoCodes& codes) {
  std::string out = "<table>";
  auto row = [&](const char* key, const std::string& value) {
    out += "<tr><th>" + std::string(key) + "</th>" + cell(value) + "</tr>";
  };
  row("source", actor_label(e.source_code, e.source_name));
  row("event", cameo_label(e.cameo, codes));
  row("target", actor_label(e.target_code, e.target_name));
  row("date", day_range(e.first_day, e.last_day) + (e.date_precision.empty() ? "" : " (" + e.date_precision + ")"));
  if (e.goldstein) row("Goldstein", format_number(*e.goldstein));
  if (e.quad_class) row("quad class", std::to_string(*e.quad_class));
  if (!e.place_name.empty() || !e.place_country.empty())
    row("place", e.place_name.empty() ? e.place_country : e.place_name + ", " + e.place_country);
  row("mentions / articles / sources",
      std::to_string(e.num_mentions) + " / " + std::to_string(e.num_articles) + " / " + std::to_string(e.num_sources));
  out +=
      "</table><p class=\"legend\"><mark class=\"source\">source</mark><mark class=\"verb\">action</mark>"
      "<mark class=\"target\">target</mark><mark class=\"date\">date</mark><mark class=\"place\">place</mark></p>"
      "<h2>Mentions</h2>";
  for (const auto& m : mentions) {
    out += "<section><p class=\"meta\">";
    const std::string title = m.title.empty() ? (m.doc_id.empty() ? m.url : m.doc_id) : m.title;
    out += m.url.empty() ? html_escape(title) : "<a href=\"" + html_escape(m.url) + "\">" + html_escape(title) + "</a>";
    if (!m.outlet.empty()) out += " · " + html_escape(m.outlet);
    if (!m.date.empty()) out += " · " + html_escape(m.date);
    out += "</p>";
    const auto record = nlohmann::json::parse(m.record, nullptr, /*allow_exceptions=*/false);
    out += record.is_discarded() ? "<p class=\"neg\">(the stored record of this mention is not valid JSON)</p>"
                                 : mention_evidence(record);
    out += "</section>";
  }
  return out;
}

std::string quotes_form(std::string_view speaker, std::string_view since, std::string_view until) {
  return "<form action=\"/quotes\">" + input("speaker", speaker, "Peskov, RUSGOV") +
         input("since", since, "YYYY-MM-DD") + input("until", until, "YYYY-MM-DD") + "<button>Show</button></form>";
}

std::string quotes_table(const std::vector<store::QuoteView>& quotes) {
  if (quotes.empty()) return "<p>No stored quote matches.</p>";
  std::string out =
      "<table><tr><th>date</th><th>speaker</th><th>cue</th><th>stance</th><th>content</th>"
      "<th>events</th><th>article</th></tr>";
  for (const auto& q : quotes) {
    std::string speaker = q.speaker_text.empty() ? "(unnamed)" : q.speaker_text;
    // "he" or "the official" with the person it was resolved to
    if (!q.speaker_name.empty() && q.speaker_name != q.speaker_text &&
        q.speaker_text.find(q.speaker_name) == std::string::npos)
      speaker += " (" + q.speaker_name + ")";
    if (!q.speaker_code.empty()) speaker += " [" + q.speaker_code + "]";
    if (q.anonymous) speaker += ", anonymous";
    std::string content = q.content;
    if (q.direct) content = "“" + content + "”";
    out += "<tr>" + cell(q.date.substr(0, std::min<size_t>(q.date.size(), 10))) + cell(speaker) + cell(q.cue) +
           cell(q.stance) + cell(content) + cell(std::to_string(q.events), true);
    out += "<td>" +
           (q.url.empty() ? html_escape(q.doc_id)
                          : "<a href=\"" + html_escape(q.url) + "\">" +
                                html_escape(q.outlet.empty() ? "link" : q.outlet) + "</a>") +
           "</td></tr>";
  }
  return out + "</table><p class=\"meta\">" + std::to_string(quotes.size()) + " quotes</p>";
}

std::string dyads_form(std::string_view source, std::string_view target, std::string_view by) {
  std::string out = "<form action=\"/dyads\">" + input("source", source, "RUS") + input("target", target, "SYR") +
                    "<label>by <select name=\"by\">";
  for (const char* p : {"day", "week", "month"})
    out += std::string("<option") + (by == p ? " selected" : "") + ">" + p + "</option>";
  return out + "</select></label> <button>Show</button></form>";
}

std::string dyads_chart(const std::vector<store::DyadRow>& rows) {
  if (rows.empty()) return "";
  int64_t most = 1;
  for (const auto& r : rows) most = std::max(most, r.events);
  const int bar = std::clamp(static_cast<int>(720 / rows.size()), 2, 40), height = 160;
  const int width = bar * static_cast<int>(rows.size());
  std::string out = "<svg width=\"" + std::to_string(std::max(width, 160)) + "\" height=\"" +
                    std::to_string(height + 16) + "\" role=\"img\" aria-label=\"events per period by quad class\">";
  for (size_t i = 0; i < rows.size(); ++i) {
    double y = height;
    for (int q = 0; q < 4; ++q) {
      const double h = static_cast<double>(rows[i].quad[q]) * height / static_cast<double>(most);
      if (h <= 0) continue;
      y -= h;
      char rect[200];
      std::snprintf(rect, sizeof rect, "<rect class=\"q%d\" x=\"%zu\" y=\"%.1f\" width=\"%d\" height=\"%.1f\">", q + 1,
                    i * static_cast<size_t>(bar), y, std::max(1, bar - 1), h);
      out += rect;
      out += "<title>" + html_escape(rows[i].period) + ": " + std::to_string(rows[i].quad[q]) + " in quad class " +
             std::to_string(q + 1) + "</title></rect>";
    }
  }
  // The first and the last period under the bars.
  out += "<text x=\"0\" y=\"" + std::to_string(height + 13) + "\" font-size=\"11\">" +
         html_escape(rows.front().period) + "</text>";
  if (rows.size() > 1)
    out += "<text x=\"" + std::to_string(std::max(width, 160)) + "\" y=\"" + std::to_string(height + 13) +
           "\" font-size=\"11\" text-anchor=\"end\">" + html_escape(rows.back().period) + "</text>";
  return out +
         "</svg><p class=\"meta\"><svg width=\"10\" height=\"10\"><rect class=\"q1\" width=\"10\" height=\"10\"/>"
         "</svg> verbal cooperation <svg width=\"10\" height=\"10\"><rect class=\"q2\" width=\"10\" height=\"10\"/>"
         "</svg> material cooperation <svg width=\"10\" height=\"10\"><rect class=\"q3\" width=\"10\" "
         "height=\"10\"/></svg> verbal conflict <svg width=\"10\" height=\"10\"><rect class=\"q4\" width=\"10\" "
         "height=\"10\"/></svg> material conflict</p>";
}

std::string dyads_table(const std::vector<store::DyadRow>& rows, int64_t undated) {
  std::string out =
      "<table><tr><th>period</th><th>events</th><th>verbal coop.</th><th>material coop.</th>"
      "<th>verbal conflict</th><th>material conflict</th><th>Goldstein sum</th><th>mean</th></tr>";
  for (const auto& r : rows) {
    out += "<tr>" + cell(r.period) + cell(std::to_string(r.events), true);
    for (int64_t q : r.quad) out += cell(std::to_string(q), true);
    out += cell(format_number(r.goldstein_sum), true) + cell(format_number(r.goldstein_mean()), true) + "</tr>";
  }
  out += "</table>";
  if (undated) out += "<p class=\"meta\">" + std::to_string(undated) + " matching events have no date.</p>";
  return out;
}

std::string actors_table(const std::vector<store::ActorCount>& actors) {
  if (actors.empty()) return "<p>The store has no events yet.</p>";
  std::string out = "<table><tr><th>code</th><th>name</th><th>as source</th><th>as target</th></tr>";
  for (const auto& a : actors) {
    out += "<tr><td><a href=\"/" + query_string({{"actor", a.code}}) + "\">" + html_escape(a.code) + "</a></td>" +
           cell(a.name) + cell(std::to_string(a.as_source), true) + cell(std::to_string(a.as_target), true) + "</tr>";
  }
  return out + "</table>";
}

std::string network_form(std::string_view level, std::string_view root, std::string_view since,
                         std::string_view until) {
  std::string out = "<form action=\"/network\"><label>level <select name=\"level\">";
  for (const char* l : {"country", "actor"})
    out += std::string("<option") + (level == l ? " selected" : "") + ">" + l + "</option>";
  return out + "</select></label> " + input("root", root, "19") + input("since", since, "YYYY-MM-DD") +
         input("until", until, "YYYY-MM-DD") + "<button>Show</button></form>";
}

std::string network_table(const std::vector<store::NetworkEdge>& edges) {
  if (edges.empty()) return "<p>No edge: no stored event has both a source and a target on this level.</p>";
  std::string out =
      "<table><tr><th>source</th><th>target</th><th>events</th><th>verbal coop.</th>"
      "<th>material coop.</th><th>verbal conflict</th><th>material conflict</th><th>Goldstein mean</th>"
      "</tr>";
  for (const auto& e : edges) {
    out += "<tr>" + cell(e.source) + cell(e.target) + "<td class=\"num\"><a href=\"/dyads" +
           html_escape(query_string({{"source", e.source}, {"target", e.target}})) + "\">" + std::to_string(e.events) +
           "</a></td>";
    for (int64_t q : e.quad) out += cell(std::to_string(q), true);
    out += cell(format_number(e.goldstein_mean()), true) + "</tr>";
  }
  return out + "</table><p class=\"meta\">" + std::to_string(edges.size()) + " edges</p>";
}

}  // namespace dunlin::serve
