// HTML reader: parses a news page with gumbo, finds the article's main text and drops the page's boilerplate,
// and reads the page's metadata (title, date, outlet, URL) from <meta>, <link>, <time> and JSON-LD.
//
// How the main text is found (a small, documented subset of Readability's rules):
//  1. Boilerplate is never looked at: elements such as script, style, nav, header, footer, aside, form, iframe;
//     hidden elements; ARIA roles navigation/banner/contentinfo/complementary/search/dialog/menu; and elements whose
//     class or id contains a boilerplate word (related, share, comment, promo, newsletter, sidebar, menu, nav,
//     breadcrumb, footer, ad, cookie, subscribe, byline, ...). An element that contains the article (an <article>,
//     <main> or itemprop="articleBody" element) is never dropped for its class or id.
//  2. The container is the element with itemprop="articleBody" if any; else the <article> holding the most
//     paragraph text; else the element with the highest paragraph score (each <p> of at least 25 characters adds
//     its length to its parent and half of it to its grandparent); else <body>.
//  3. Inside the container, lists, tables and blocks whose text is mostly link text are dropped (link lists).
//  4. Each block element (p, h1-h6, li, blockquote, div, figcaption, tr, ...) becomes a paragraph; <br><br> ends a
//     paragraph; white space inside a paragraph collapses to one space. A first paragraph equal to the title is
//     dropped (the title is metadata). If nothing is left, the whole <body> is tried; if still nothing, step 1's
//     class/id rule is switched off and the text extracted again.
#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>
#include <nlohmann/json.hpp>
#include <unordered_map>
#include <unordered_set>

#include "dunlin/text/ascii.h"
#include "dunlin/read/charset.h"
#include "dunlin/read/date_normalize.h"
#include "dunlin/read/reader.h"
#include "dunlin/text/utf8.h"

namespace dunlin {
namespace {

constexpr int kMaxDepth = 400;  // deeper subtrees are ignored (protects the stack against pathological pages)

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Collapses white space (including U+00A0) to single spaces and trims.
std::string collapse(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    bool ws = is_space_byte(s[i]);
    if (!ws && s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {
      ws = true;
      ++i;
    }
    if (ws) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(s[i]);
  }
  return out;
}

// collapse(s).size() without building the string.
size_t collapsed_size(std::string_view s) {
  size_t n = 0;
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    bool ws = is_space_byte(s[i]);
    if (!ws && s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {
      ws = true;
      ++i;
    }
    if (ws) {
      space = n > 0;
      continue;
    }
    n += space ? 2 : 1;
    space = false;
  }
  return n;
}

const char* attr(const GumboNode* n, const char* name) {
  if (n->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : nullptr;
}

std::string attr_lower(const GumboNode* n, const char* name) {
  const char* v = attr(n, name);
  return v ? ascii_lower(v) : std::string();
}

bool is_element(const GumboNode* n) { return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE; }
GumboTag tag_of(const GumboNode* n) { return is_element(n) ? n->v.element.tag : GUMBO_TAG_UNKNOWN; }
const GumboVector* children_of(const GumboNode* n) {
  return is_element(n) ? &n->v.element.children : n->type == GUMBO_NODE_DOCUMENT ? &n->v.document.children : nullptr;
}

// Raw text of a node's descendants (no filtering), e.g. for <title> or <script>.
void raw_text(const GumboNode* n, std::string& out, int depth = 0) {
  if (depth > kMaxDepth) return;
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
    out += n->v.text.text;
    return;
  }
  if (const GumboVector* ch = children_of(n))
    for (unsigned i = 0; i < ch->length; ++i) raw_text(static_cast<const GumboNode*>(ch->data[i]), out, depth + 1);
}

// ---- boilerplate -------------------------------------------------------------------------------------------

bool tag_is_boilerplate(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT: case GUMBO_TAG_MENU: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MENUITEM: case GUMBO_TAG_FRAMESET: case GUMBO_TAG_FRAME:
    case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_APPLET: case GUMBO_TAG_MAP: case GUMBO_TAG_DATALIST:
      return true;
    default:
      return false;
  }
}

// Words of a class or id value that mark boilerplate boxes (compared with whole words after splitting on
// anything that is not a letter or digit, so "ad-slot" matches "ad" but "shadow" and "loaded" do not).
bool is_boilerplate_word(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "related", "share", "sharing", "shares", "social", "comment", "comments", "promo", "promos", "promotion",
      "newsletter", "newsletters", "sidebar", "menu", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs",
      "footer", "ad", "ads", "advert", "adverts", "advertisement", "advertising", "sponsor", "sponsored", "cookie",
      "cookies", "consent", "popup", "modal", "subscribe", "subscription", "signup", "recommended",
      "recommendations", "outbrain", "taboola", "trending", "mostread", "masthead", "toolbar", "banner", "widget",
      "disqus", "paywall", "skip", "sharebar", "socialbar", "relatedlinks", "morestories", "readmore", "rail",
      "byline", "author", "authors"};
  return kWords.count(w) > 0;
}

bool class_or_id_is_boilerplate(const GumboNode* n) {
  for (const char* name : {"class", "id"}) {
    const char* v = attr(n, name);
    if (!v) continue;
    std::string word;
    for (const char* p = v;; ++p) {
      const char c = *p;
      if (c && std::isalnum(static_cast<unsigned char>(c))) {
        word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        continue;
      }
      if (!word.empty() && is_boilerplate_word(word)) return true;
      word.clear();
      if (!c) break;
    }
  }
  return false;
}

bool is_hidden(const GumboNode* n) {
  if (attr(n, "hidden")) return true;
  if (attr_lower(n, "aria-hidden") == "true") return true;
  std::string style = attr_lower(n, "style");
  if (!style.empty()) {
    style.erase(std::remove_if(style.begin(), style.end(), [](char c) { return is_space_byte(c); }), style.end());
    if (style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos)
      return true;
  }
  const std::string role = attr_lower(n, "role");
  return role == "navigation" || role == "banner" || role == "contentinfo" || role == "complementary" ||
         role == "search" || role == "dialog" || role == "menu" || role == "menubar" || role == "alertdialog";
}

bool is_block(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_CAPTION: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HR:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_BODY: case GUMBO_TAG_HTML:
    case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_HGROUP:
      return true;
    default:
      return false;
  }
}

// ---- the page --------------------------------------------------------------------------------------------

struct Stats {
  size_t text = 0;  // characters of visible text
  size_t link = 0;  // of which inside <a>
};

struct DateCandidate {
  int priority = 100;
  std::string value;  // normalized
};

class Page {
 public:
  explicit Page(const GumboNode* root) : root_(root) {}

  void read_metadata() { meta_walk(root_, 0); }
  void measure(bool use_class_rule) {
    use_class_rule_ = use_class_rule;
    stats_.clear();
    score_.clear();
    score_order_.clear();
    if (body_) measure_walk(body_, 0);
  }
  const GumboNode* choose_container() const;
  std::vector<std::string> extract(const GumboNode* container) const;

  std::string title(const std::string& outlet, const std::string& url) const;
  std::string date(const GumboNode* container) const;
  std::string outlet() const { return !og_site_name_.empty() ? og_site_name_ : ld_publisher_; }
  std::string url() const;
  const GumboNode* body() const { return body_; }

 private:
  bool dropped(const GumboNode* n) const {
    if (!is_element(n)) return false;
    if (tag_is_boilerplate(tag_of(n)) || is_hidden(n)) return true;
    if (!use_class_rule_) return false;
    const GumboTag t = tag_of(n);
    if (t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN || t == GUMBO_TAG_BODY || t == GUMBO_TAG_HTML) return false;
    if (protected_.count(n)) return false;
    return class_or_id_is_boilerplate(n);
  }
  void meta_walk(const GumboNode* n, int depth);
  void read_meta_tag(const GumboNode* n);
  void read_json_ld(const std::string& text);
  void add_date(int priority, std::string_view raw);
  Stats measure_walk(const GumboNode* n, int depth);
  void text_walk(const GumboNode* n, int depth, struct TextSink& sink) const;

  const GumboNode* root_;
  const GumboNode* body_ = nullptr;
  bool use_class_rule_ = true;

  std::string og_title_, twitter_title_, ld_headline_, title_tag_, h1_;
  std::string og_site_name_, ld_publisher_;
  std::string canonical_, og_url_, ld_url_;
  std::vector<DateCandidate> dates_;
  std::vector<const GumboNode*> time_nodes_;  // <time datetime> without a stronger hint, in page order
  std::vector<const GumboNode*> articles_, article_bodies_;
  std::unordered_set<const GumboNode*> protected_;  // ancestors of article/main/articleBody elements

  std::unordered_map<const GumboNode*, Stats> stats_;
  std::unordered_map<const GumboNode*, double> score_;
  std::vector<const GumboNode*> score_order_;  // scored elements in the order they were first scored
};

void Page::add_date(int priority, std::string_view raw) {
  std::string d = normalize_date(raw);
  if (!d.empty()) dates_.push_back({priority, std::move(d)});
}

void Page::read_meta_tag(const GumboNode* n) {
  const char* content = attr(n, "content");
  if (!content) return;
  for (const char* key_attr : {"property", "name", "itemprop"}) {
    const std::string key = attr_lower(n, key_attr);
    if (key.empty()) continue;
    const std::string value = collapse(content);
    if (key == "og:title") og_title_ = value;
    else if (key == "twitter:title") twitter_title_ = value;
    else if (key == "og:site_name") og_site_name_ = value;
    else if (key == "og:url") og_url_ = value;
    else if (key == "article:published_time") add_date(0, value);
    else if (key == "og:published_time" || key == "og:article:published_time") add_date(1, value);
    else if (key == "datepublished") add_date(3, value);
    else if (key == "date" || key == "pubdate" || key == "publishdate" || key == "publish-date" ||
             key == "publish_date" || key == "dc.date" || key == "dc.date.issued" || key == "dcterms.date" ||
             key == "dcterms.issued" || key == "dcterms.created" || key == "sailthru.date" ||
             key == "parsely-pub-date" || key == "article.published" || key == "originalpublicationdate")
      add_date(4, value);
  }
}

// JSON-LD: the first Article-like object (NewsArticle, ReportageNewsArticle, BlogPosting, ...) found in the
// value, its list elements, its @graph or a "mainEntity"; if none, the first object with a datePublished. A
// publisher given only as a reference ({"@id": "#org"}) is looked up among the objects with that @id.
void Page::read_json_ld(const std::string& text) {
  using Json = nlohmann::json;
  const Json j = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return;
  const Json* article = nullptr;
  const Json* dated = nullptr;
  std::unordered_map<std::string, const Json*> by_id;
  auto is_article_type = [](const Json& t) {
    auto one = [](const Json& s) {
      if (!s.is_string()) return false;
      const std::string& v = s.get_ref<const std::string&>();
      return v.find("Article") != std::string::npos || v == "BlogPosting" || v == "LiveBlogPosting" ||
             v == "Report";
    };
    return t.is_array() ? std::any_of(t.begin(), t.end(), one) : one(t);
  };
  auto visit = [&](auto&& self, const Json& v, int depth) -> void {
    if (depth > 6) return;
    if (v.is_array()) {
      for (const auto& e : v) self(self, e, depth + 1);
      return;
    }
    if (!v.is_object()) return;
    if (auto id = v.find("@id"); id != v.end() && id->is_string()) by_id.emplace(id->get<std::string>(), &v);
    if (auto t = v.find("@type"); !article && t != v.end() && is_article_type(*t)) article = &v;
    if (!dated && v.contains("datePublished")) dated = &v;
    for (const char* key : {"@graph", "mainEntity"})
      if (auto g = v.find(key); g != v.end()) self(self, *g, depth + 1);
  };
  visit(visit, j, 0);
  const Json* a = article ? article : dated;
  if (!a) return;
  auto string_at = [](const Json& o, const char* key) -> std::string {
    auto it = o.find(key);
    return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  // A name: a string, an object's "name", or the "name" of the object an {"@id": ...} reference points to.
  auto name_of = [&](const Json* v) -> std::string {
    if (!v) return {};
    if (v->is_array()) v = v->empty() ? nullptr : &v->front();
    if (!v) return {};
    if (v->is_string()) return v->get<std::string>();
    if (!v->is_object()) return {};
    std::string name = string_at(*v, "name");
    if (name.empty()) {
      auto ref = by_id.find(string_at(*v, "@id"));
      if (ref != by_id.end() && ref->second != v) name = string_at(*ref->second, "name");
    }
    return name;
  };
  auto field = [&](const char* key) -> const Json* {
    auto it = a->find(key);
    return it == a->end() ? nullptr : &*it;
  };
  add_date(2, string_at(*a, "datePublished"));
  if (ld_headline_.empty()) ld_headline_ = collapse(string_at(*a, "headline"));
  if (ld_publisher_.empty()) ld_publisher_ = collapse(name_of(field("publisher")));
  if (ld_url_.empty()) {
    ld_url_ = string_at(*a, "url");
    if (const Json* m = field("mainEntityOfPage"); ld_url_.empty() && m)
      ld_url_ = m->is_string() ? m->get<std::string>() : m->is_object() ? string_at(*m, "@id") : std::string();
  }
}

void Page::meta_walk(const GumboNode* n, int depth) {
  if (depth > kMaxDepth) return;
  if (is_element(n)) {
    const GumboTag t = tag_of(n);
    switch (t) {
      case GUMBO_TAG_BODY:
        if (!body_) body_ = n;
        break;
      case GUMBO_TAG_META:
        read_meta_tag(n);
        break;
      case GUMBO_TAG_LINK:
        if (attr_lower(n, "rel") == "canonical" && attr(n, "href") && canonical_.empty())
          canonical_ = collapse(attr(n, "href"));
        break;
      case GUMBO_TAG_TITLE:
        if (title_tag_.empty()) {
          std::string s;
          raw_text(n, s);
          title_tag_ = collapse(s);
        }
        return;
      case GUMBO_TAG_SCRIPT: {
        if (attr_lower(n, "type") == "application/ld+json") {
          std::string s;
          raw_text(n, s);
          read_json_ld(s);
        }
        return;
      }
      case GUMBO_TAG_STYLE:
        return;
      case GUMBO_TAG_TIME: {
        const char* dt = attr(n, "datetime");
        std::string raw;
        if (!dt) {
          raw_text(n, raw);
          dt = raw.c_str();
        }
        if (attr_lower(n, "itemprop") == "datepublished") add_date(3, dt);
        else if (attr(n, "pubdate")) add_date(5, dt);
        else if (attr(n, "datetime")) time_nodes_.push_back(n);
        break;
      }
      case GUMBO_TAG_H1:
        if (h1_.empty()) {
          std::string s;
          raw_text(n, s);
          h1_ = collapse(s);
        }
        break;
      default:
        break;
    }
    if (attr_lower(n, "itemprop") == "datepublished" && t != GUMBO_TAG_META && t != GUMBO_TAG_TIME) {
      if (const char* c = attr(n, "content")) add_date(3, c);
    }
    const bool is_article_body = attr_lower(n, "itemprop") == "articlebody";
    if (t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN || is_article_body) {
      if (t == GUMBO_TAG_ARTICLE) articles_.push_back(n);
      if (is_article_body) article_bodies_.push_back(n);
      for (const GumboNode* p = n->parent; p; p = p->parent) protected_.insert(p);
    }
  }
  if (const GumboVector* ch = children_of(n))
    for (unsigned i = 0; i < ch->length; ++i)
      meta_walk(static_cast<const GumboNode*>(ch->data[i]), depth + 1);
}

// Visible text and link text of every element, and the paragraph scores of step 2.
Stats Page::measure_walk(const GumboNode* n, int depth) {
  Stats s;
  if (depth > kMaxDepth) return s;
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
    s.text = collapsed_size(n->v.text.text);
    return s;
  }
  if (!is_element(n) || dropped(n)) return s;
  const GumboVector* ch = children_of(n);
  for (unsigned i = 0; i < ch->length; ++i) {
    const Stats c = measure_walk(static_cast<const GumboNode*>(ch->data[i]), depth + 1);
    s.text += c.text;
    s.link += c.link;
  }
  if (tag_of(n) == GUMBO_TAG_A) s.link = s.text;
  stats_[n] = s;
  if ((tag_of(n) == GUMBO_TAG_P || tag_of(n) == GUMBO_TAG_PRE) && s.text >= 25 && s.link * 2 < s.text) {
    auto add = [&](const GumboNode* e, double v) {
      auto [it, fresh] = score_.try_emplace(e, 0.0);
      if (fresh) score_order_.push_back(e);
      it->second += v;
    };
    if (n->parent) {
      add(n->parent, static_cast<double>(s.text));
      if (n->parent->parent) add(n->parent->parent, static_cast<double>(s.text) / 2);
    }
  }
  return s;
}

const GumboNode* Page::choose_container() const {
  auto text_of = [&](const GumboNode* n) {
    auto it = stats_.find(n);
    return it == stats_.end() ? size_t{0} : it->second.text - it->second.link;
  };
  const GumboNode* best = nullptr;
  for (const GumboNode* n : article_bodies_)
    if (text_of(n) > 0 && (!best || text_of(n) > text_of(best))) best = n;
  if (best) return best;
  for (const GumboNode* n : articles_)
    if (text_of(n) >= 25 && (!best || text_of(n) > text_of(best))) best = n;
  if (best) return best;
  double best_score = 0;
  for (const GumboNode* n : score_order_) {  // page order: the first of equal scores wins
    const double sc = score_.at(n);
    if (sc > best_score) {
      best = n;
      best_score = sc;
    }
  }
  return best ? best : body_;
}

struct TextSink {
  std::vector<std::string> paragraphs;
  std::string cur;
  bool space = false;
  int breaks = 0;  // consecutive <br>

  void flush() {
    if (!cur.empty()) paragraphs.push_back(std::move(cur));
    cur.clear();
    space = false;
    breaks = 0;
  }
  void text(std::string_view s) {
    for (size_t i = 0; i < s.size(); ++i) {
      bool ws = is_space_byte(s[i]);
      if (!ws && s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {
        ws = true;
        ++i;
      }
      if (ws) {
        space = !cur.empty();
        continue;
      }
      if (space) cur.push_back(' ');
      space = false;
      breaks = 0;
      cur.push_back(s[i]);
    }
  }
};

void Page::text_walk(const GumboNode* n, int depth, TextSink& sink) const {
  if (depth > kMaxDepth) return;
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
    sink.text(n->v.text.text);
    return;
  }
  if (!is_element(n) || dropped(n)) return;
  const GumboTag t = tag_of(n);
  if (t == GUMBO_TAG_BR) {
    if (++sink.breaks >= 2) sink.flush();
    else sink.space = !sink.cur.empty();
    return;
  }
  if (t == GUMBO_TAG_IMG) return;
  // Link lists: lists, tables and text blocks whose visible text is mostly link text (never the container).
  if (depth > 0 && (t == GUMBO_TAG_UL || t == GUMBO_TAG_OL || t == GUMBO_TAG_DL || t == GUMBO_TAG_TABLE || t == GUMBO_TAG_DIV ||
      t == GUMBO_TAG_SECTION || t == GUMBO_TAG_P)) {
    auto it = stats_.find(n);
    if (it != stats_.end() && it->second.text > 0 && it->second.link * 10 > it->second.text * 6) return;
  }
  const bool block = is_block(t);
  if (block) sink.flush();
  const GumboVector* ch = children_of(n);
  for (unsigned i = 0; i < ch->length; ++i) text_walk(static_cast<const GumboNode*>(ch->data[i]), depth + 1, sink);
  if (block) sink.flush();
  if (t == GUMBO_TAG_TD || t == GUMBO_TAG_TH) sink.space = !sink.cur.empty();
}

std::vector<std::string> Page::extract(const GumboNode* container) const {
  TextSink sink;
  if (container) text_walk(container, 0, sink);
  sink.flush();
  return std::move(sink.paragraphs);
}

// Letters and digits only, lower-cased: "The Example Times" and "example-times.com" -> comparable keys.
std::string key(std::string_view s) {
  std::string out;
  for (char c : s)
    if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80)
      out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return out;
}

// The host of a URL without "www." ("https://www.example.com/a" -> "example.com").
std::string host_of(std::string_view url) {
  size_t start = url.find("://");
  if (start == std::string_view::npos) return {};
  start += 3;
  size_t end = url.find_first_of("/?#:", start);
  std::string host = ascii_lower(url.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  return host;
}

// True when `part` clearly names the outlet: its name, or the site's host name with or without its top-level
// domain ("Example Times", "exampletimes.com", "ExampleTimes").
bool names_outlet(std::string_view part, const std::string& outlet, const std::string& host) {
  const std::string k = key(part);
  if (k.empty()) return false;
  if (!outlet.empty() && k == key(outlet)) return true;
  if (host.empty()) return false;
  if (k == key(host)) return true;
  const size_t dot = host.rfind('.');
  return dot != std::string::npos && k == key(host.substr(0, dot));
}

// Strips " - Outlet", " | Outlet" (or "Outlet | ") when that part clearly names the outlet.
std::string strip_outlet(const std::string& title, const std::string& outlet, const std::string& host) {
  static constexpr std::string_view kSeps[] = {" - ", " | ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 ",
                                               " \xE2\x80\xA2 "};
  for (std::string_view sep : kSeps) {
    const size_t last = title.rfind(sep);
    if (last != std::string::npos && last > 0 &&
        names_outlet(std::string_view(title).substr(last + sep.size()), outlet, host))
      return title.substr(0, last);
    const size_t first = title.find(sep);
    if (first != std::string::npos && first + sep.size() < title.size() &&
        names_outlet(std::string_view(title).substr(0, first), outlet, host))
      return title.substr(first + sep.size());
  }
  return title;
}

std::string Page::title(const std::string& outlet, const std::string& url) const {
  const std::string host = host_of(url);
  for (const std::string* t : {&og_title_, &twitter_title_, &ld_headline_, &h1_, &title_tag_})
    if (!t->empty()) return strip_outlet(*t, outlet, host);
  return {};
}

std::string Page::url() const {
  for (const std::string* u : {&canonical_, &og_url_, &ld_url_})
    if (u->find("://") != std::string::npos) return *u;
  return {};
}

// The publication date of the highest priority (see read_meta_tag, read_json_ld); a bare <time datetime> only
// counts when it lies inside the article's container.
std::string Page::date(const GumboNode* container) const {
  const DateCandidate* best = nullptr;
  for (const DateCandidate& d : dates_)
    if (!best || d.priority < best->priority) best = &d;
  if (best) return best->value;
  for (const GumboNode* t : time_nodes_) {
    bool inside = false;
    for (const GumboNode* p = t; p && !inside; p = p->parent) inside = p == container;
    if (!inside) continue;
    std::string d = normalize_date(attr(t, "datetime"));
    if (!d.empty()) return d;
  }
  return {};
}

// An upper estimate of the page's element nesting depth from its tags alone (void and optional-end elements are
// not counted). gumbo's tree construction slows down quadratically with depth, so absurdly deep pages (only ever
// seen in attacks or broken generators) are refused before parsing.
size_t estimated_depth(std::string_view html) {
  static const std::unordered_set<std::string> kNotCounted = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
      "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "thead", "tbody", "tfoot"};
  size_t depth = 0, max_depth = 0;
  std::string name;
  for (size_t i = html.find('<'); i != std::string_view::npos && i + 1 < html.size(); i = html.find('<', i + 1)) {
    const bool end = html[i + 1] == '/';
    size_t j = i + (end ? 2 : 1);
    name.clear();
    while (j < html.size() && std::isalnum(static_cast<unsigned char>(html[j])) && name.size() < 16)
      name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(html[j++]))));
    if (name.empty() || kNotCounted.count(name)) continue;
    if (!end && (name == "script" || name == "style")) {  // skip their content: "a<b" in code is no tag
      const std::string close = "</" + name;
      size_t k = j;
      for (;;) {
        k = html.find("</", k);
        if (k == std::string_view::npos) return max_depth;
        std::string tag(html.substr(k, close.size()));
        for (char& c : tag) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (tag == close) break;
        k += 2;
      }
      i = k;
      continue;
    }
    if (end) {
      if (depth > 0) --depth;
    } else if (++depth > max_depth) {
      max_depth = depth;
    }
  }
  return max_depth;
}

struct GumboOutputDeleter {
  void operator()(GumboOutput* o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};

// Decodes the page to valid UTF-8: BOM or HTTP charset or <meta> charset, converted with ICU; else UTF-8 with
// invalid sequences replaced (and reported).
std::string decode_page(std::string_view bytes, const std::string& source, const ProblemSink& on_problem,
                        std::string_view http_charset) {
  std::string declared = std::string(http_charset);
  const std::string bom = sniff_html_charset(bytes.substr(0, 3));
  if (!bom.empty()) declared = bom;
  if (declared.empty()) declared = sniff_html_charset(bytes);
  const std::string cs = canonical_charset(declared);
  if (!cs.empty() && cs != "utf-8") {
    // A page labelled windows-1252 / latin-1 whose bytes are valid UTF-8 with non-ASCII characters is UTF-8 that
    // was mislabelled (common on the web): a real windows-1252 text almost never forms valid UTF-8 sequences.
    const bool mislabelled = cs == "windows-1252" && is_valid_utf8(bytes) &&
                             std::any_of(bytes.begin(), bytes.end(), [](char c) { return c & 0x80; });
    if (!mislabelled) {
      std::string out;
      if (convert_to_utf8(bytes, cs, out)) return out;
      if (on_problem)
        on_problem({Problem::Severity::warning, source, -1,
                    "unknown charset '" + declared + "'; the page is read as UTF-8"});
    }
  }
  std::vector<size_t> bad;
  std::string text = repair_utf8(bytes, &bad);
  if (!bad.empty() && declared.empty()) {
    // No charset declared and not UTF-8. If no byte above 0x7F forms a valid UTF-8 sequence, the page is in a
    // legacy single-byte charset: read it as windows-1252, as browsers do for undeclared Western pages.
    const size_t high = static_cast<size_t>(
        std::count_if(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }));
    std::string converted;
    if (high == bad.size() && convert_to_utf8(bytes, "windows-1252", converted)) {
      if (on_problem)
        on_problem({Problem::Severity::warning, source, static_cast<int64_t>(bad.front()),
                    "no charset declared and the page is not UTF-8 (first non-UTF-8 byte at this offset); read as "
                    "windows-1252"});
      return converted;
    }
  }
  if (!bad.empty() && on_problem) {
    on_problem({Problem::Severity::warning, source, static_cast<int64_t>(bad.front()),
                "invalid UTF-8 replaced by U+FFFD (" + std::to_string(bad.size()) + " sequence" +
                    (bad.size() == 1 ? "" : "s") + ", first at this offset)"});
  }
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  return text;
}

}  // namespace

bool read_html_document(std::string_view bytes, const std::string& source, Document& out,
                        const ProblemSink& on_problem, std::string_view http_charset) {
  const std::string html = decode_page(bytes, source, on_problem, http_charset);
  if (estimated_depth(html) > 5000) {
    if (on_problem)
      on_problem({Problem::Severity::error, source, -1,
                  "HTML nested more than 5000 elements deep; skipped (no news page is built like this)"});
    return false;
  }
  std::unique_ptr<GumboOutput, GumboOutputDeleter> parsed(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()));
  if (!parsed) {
    if (on_problem) on_problem({Problem::Severity::error, source, -1, "the HTML parser failed on this page"});
    return false;
  }
  Page page(parsed->document);
  page.read_metadata();

  out.source = source;
  out.outlet = page.outlet();
  out.url = page.url();
  out.title = page.title(out.outlet, out.url);

  std::vector<std::string> paragraphs;
  const GumboNode* container = nullptr;
  for (bool use_class_rule : {true, false}) {
    page.measure(use_class_rule);
    container = page.choose_container();
    paragraphs = page.extract(container);
    if (paragraphs.empty() && container != page.body()) {
      container = page.body();
      paragraphs = page.extract(container);
    }
    if (!paragraphs.empty() && !out.title.empty() && key(paragraphs.front()) == key(out.title))
      paragraphs.erase(paragraphs.begin());
    if (!paragraphs.empty()) break;
  }
  out.date = page.date(container);

  out.text.clear();
  for (const std::string& p : paragraphs) {
    if (!out.text.empty()) out.text += "\n\n";
    out.text += p;
  }
  if (out.text.empty()) {
    if (on_problem) on_problem({Problem::Severity::error, source, -1, "no article text found in the HTML page"});
    return false;
  }
  return true;
}

}  // namespace dunlin
