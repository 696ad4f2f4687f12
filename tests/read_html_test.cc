// HTML reader: main text extraction, boilerplate removal, metadata (title, date, outlet, URL), charsets.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "dunlin/read/charset.h"
#include "dunlin/read/reader.h"

namespace dunlin {
namespace {

std::string read_fixture(const std::string& name) {
  std::ifstream in(std::string(DUNLIN_TEST_DATA) + "/read/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Result {
  bool ok = false;
  Document doc;
  std::vector<Problem> problems;
};

Result read_html(std::string_view html, std::string_view http_charset = {}) {
  Result r;
  r.ok = read_html_document(html, "page.html", r.doc, [&](const Problem& p) { r.problems.push_back(p); },
                            http_charset);
  return r;
}

bool contains(const std::string& hay, std::string_view needle) { return hay.find(needle) != std::string::npos; }

TEST(HtmlReader, ArticleTextWithoutBoilerplate) {
  const Result r = read_html(read_fixture("article.html"));
  ASSERT_TRUE(r.ok);
  EXPECT_TRUE(r.problems.empty());
  EXPECT_EQ(r.doc.text,
            "Negotiators from Valdoria and the Port Authority of Kest met on Thursday for the first time in six "
            "months, officials said.\n\n"
            "The talks, hosted by the regional council, focused on fishing rights & the use of the northern harbor. "
            "\xE2\x80\x9CWe are ready to compromise,\xE2\x80\x9D said Deputy Minister Aleks Brun.\n\n"
            "Boats moored in the northern harbor.\n\n"
            "Next steps\n\n"
            "A second round is planned for April.\n\n"
            "Both delegations declined to give details.");
  for (const char* junk : {"Tracking", "tracking", "World", "Business", "Share", "Related", "Fishing dispute",
                           "Advertisement", "newsletter", "comment", "Most read", "Copyright", "Home", "Ines Marlow",
                           "Valdoria\n\nKest"})
    EXPECT_FALSE(contains(r.doc.text, junk)) << junk;
}

TEST(HtmlReader, MetadataFromOpenGraphCanonicalAndJsonLd) {
  const Result r = read_html(read_fixture("article.html"));
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.doc.title, "Harbor talks resume in Valdoria");  // " - The Northern Ledger" names the outlet
  EXPECT_EQ(r.doc.outlet, "The Northern Ledger");              // og:site_name beats the JSON-LD publisher
  EXPECT_EQ(r.doc.url, "https://northernledger.example/world/harbor-talks-resume");  // canonical beats og:url
  EXPECT_EQ(r.doc.date, "2021-03-04T08:15:00+01:00");  // JSON-LD datePublished in an @graph, not dateModified
  EXPECT_EQ(r.doc.source, "page.html");
}

TEST(HtmlReader, JsonLdListPublisherAndNoOpenGraph) {
  const Result r = read_html(
      R"(<html><head><title>Dam opens | Valley Post</title>
      <script type="application/ld+json">[{"@type":"BreadcrumbList"},
        {"@type":["ReportageNewsArticle"],"datePublished":"June 2, 2019","headline":"Dam opens",
         "publisher":[{"@type":"Organization","name":"Valley Post"}],
         "mainEntityOfPage":{"@id":"https://vp.example/dam"}}]
      </script><script type="application/ld+json">{ not json at all</script></head>
      <body><p>The new dam on the Essa river opened on Sunday, the water authority said.</p></body></html>)");
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.doc.date, "2019-06-02");
  EXPECT_EQ(r.doc.outlet, "Valley Post");
  EXPECT_EQ(r.doc.title, "Dam opens");
  EXPECT_EQ(r.doc.url, "https://vp.example/dam");
}

TEST(HtmlReader, JsonLdPublisherReferenceAndMainEntity) {
  const Result r = read_html(
      R"(<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"WebPage","@id":"https://ts.example/p#page","mainEntity":{"@type":"NewsArticle",
         "datePublished":"2018-11-30T16:45:00-05:00","publisher":{"@id":"https://ts.example/#org"}}},
        {"@type":"NewsMediaOrganization","@id":"https://ts.example/#org","name":"Tidewater Sentinel"}]}
      </script></head><body><p>The port strike entered its third week as talks stalled again.</p></body></html>)");
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.doc.date, "2018-11-30T16:45:00-05:00");
  EXPECT_EQ(r.doc.outlet, "Tidewater Sentinel");  // not the reference's URL
}

TEST(HtmlReader, ScoresParagraphsWhenThereIsNoArticleElement) {
  const Result r = read_html(read_fixture("no_article_tag.html"));
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.doc.text,
            "The weather service issued a flood warning on Tuesday for four towns along the Mira river.\n\n"
            "Mayor Tomas Orel told residents to move cars away from the riverbank before nightfall.\n\n"
            "Emergency crews delivered sandbags to the lower districts, the city council said in a statement.");
  EXPECT_EQ(r.doc.title, "Flood warning issued for river towns");
  EXPECT_EQ(r.doc.outlet, "Riverside Courier");
  EXPECT_EQ(r.doc.date, "2021-05-11T09:30:00Z");  // <meta name="date"> in RFC 1123 form
}

TEST(HtmlReader, TitleSuffixIsKeptWhenItIsNotTheOutlet) {
  const Result r = read_html(
      "<html><head><title>Budget vote - live updates</title><meta property='og:site_name' content='Daily Star'>"
      "</head><body><p>The budget passed by a narrow margin in the lower house late on Monday.</p></body></html>");
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.doc.title, "Budget vote - live updates");
}

TEST(HtmlReader, TitleSuffixMatchingTheHostIsStripped) {
  const Result r = read_html(
      "<html><head><title>Budget vote | DailyStar.example</title>"
      "<link rel='canonical' href='https://www.dailystar.example/budget'></head>"
      "<body><p>The budget passed by a narrow margin in the lower house late on Monday.</p></body></html>");
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.doc.title, "Budget vote");
}

TEST(HtmlReader, DateFromTimeElementsAndMetaTags) {
  // A bare <time datetime> counts only inside the article.
  Result r = read_html(
      "<html><body><aside><time datetime='2001-01-01'>old</time></aside><article><time datetime='2022-08-09T10:00'>"
      "Aug 9</time><p>Ministers met in the capital to discuss the drought and the harvest.</p></article>"
      "</body></html>");
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.doc.date, "2022-08-09T10:00:00");
  r = read_html("<html><head><meta name='pubdate' content='20221002'></head><body><p>Text of the article that is "
                "long enough to be the main text.</p></body></html>");
  EXPECT_EQ(r.doc.date, "2022-10-02");
  r = read_html("<html><head><meta property='article:published_time' content='not a date'>"
                "<meta itemprop='datePublished' content='2022-10-03'></head><body><p>Text of the article that is "
                "long enough to be the main text.</p></body></html>");
  EXPECT_EQ(r.doc.date, "2022-10-03");  // an unparsable date is ignored
}

TEST(HtmlReader, ParagraphsFromBlocksAndDoubleBreaks) {
  const Result r = read_html(
      "<html><body><div><h2>  Heading   one </h2>Loose text in a div<br>with one break<br> <br>and a second "
      "paragraph.<ul><li>First item, a normal list item with text</li><li>Second item</li></ul>"
      "<blockquote>A quoted line.</blockquote><table><tr><td>Cell A</td><td>Cell B</td></tr></table></div>"
      "</body></html>");
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.doc.text,
            "Heading one\n\nLoose text in a div with one break\n\nand a second paragraph.\n\n"
            "First item, a normal list item with text\n\nSecond item\n\nA quoted line.\n\nCell A Cell B");
}

TEST(HtmlReader, HiddenAndRoleBoilerplateAndLinkListsAreDropped) {
  const Result r = read_html(
      "<html><body><article><p>The governor signed the water bill into law on Friday afternoon.</p>"
      "<div style='display: none'>Hidden text</div><div hidden>Also hidden</div>"
      "<div role='complementary'>Complementary box</div>"
      "<ul><li><a href='/1'>Link one</a></li><li><a href='/2'>Link two</a></li></ul>"
      "<p><a href='/more'>Read more stories like this one</a></p>"
      "<p>Officials expect the first projects to start in <a href='/spring'>spring</a>.</p>"
      "</article></body></html>");
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.doc.text,
            "The governor signed the water bill into law on Friday afternoon.\n\n"
            "Officials expect the first projects to start in spring.");
}

TEST(HtmlReader, ClassRuleNeverDropsTheArticleItself) {
  // The wrapper's class contains "sidebar", but it contains the article: it stays.
  const Result r = read_html(
      "<html><body><div class='layout has-sidebar'><article><p>The court ruled against the mining company on "
      "Wednesday.</p></article><div class='sidebar'><p>Sidebar text that is long enough to be scored.</p></div>"
      "</div></body></html>");
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.doc.text, "The court ruled against the mining company on Wednesday.");
}

TEST(HtmlReader, ContainerIsNeverDroppedAsALinkList) {
  // The best-scored element has mostly link text (a reference page): its text is still extracted.
  const Result r = read_html(
      "<html><body><div><p>The agency listed the names of the new board members below for the public.</p>"
      "<pre><a href='/1'>A very long linked name number one</a> <a href='/2'>A very long linked name number two</a>"
      " <a href='/3'>A very long linked name number three</a> <a href='/4'>A very long linked name number four</a>"
      " <a href='/5'>A very long linked name number five</a></pre></div></body></html>");
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.doc.text.rfind("The agency listed the names", 0), 0u);
}

TEST(HtmlReader, Windows1252DeclaredInMetaIsConverted) {
  const Result r = read_html(read_fixture("cp1252.html"));
  ASSERT_TRUE(r.ok);
  EXPECT_TRUE(r.problems.empty());
  EXPECT_EQ(r.doc.title, "Caf\xC3\xA9 owners protest new tax");
  EXPECT_EQ(r.doc.text,
            "\xE2\x80\x9CWe cannot pay this,\xE2\x80\x9D said Ren\xC3\xA9" "e Duval, who runs a caf\xC3\xA9 in the old "
            "town \xE2\x80\x93 and she was not alone.");
}

TEST(HtmlReader, Latin1IsDecodedAsWindows1252AndHttpCharsetWins) {
  Result r = read_html(read_fixture("latin1.html"));
  ASSERT_TRUE(r.ok);
  EXPECT_TRUE(contains(r.doc.text, "M\xC3\xBCller"));
  // The HTTP header's charset beats the page's <meta>.
  r = read_html("<html><head><meta charset='utf-8'></head><body><p>Stra\xDF" "e closed for the parade on "
                "Sunday morning.</p></body></html>",
                "iso-8859-1");
  ASSERT_TRUE(r.ok);
  EXPECT_TRUE(contains(r.doc.text, "Stra\xC3\x9F" "e closed"));
  EXPECT_TRUE(r.problems.empty());
}

TEST(HtmlReader, MislabelledUtf8IsKeptAsUtf8) {
  const Result r = read_html("<html><head><meta charset='windows-1252'></head><body><p>Z\xC3\xBCrich talks "
                             "ended on Monday without a deal.</p></body></html>");
  ASSERT_TRUE(r.ok);
  EXPECT_TRUE(contains(r.doc.text, "Z\xC3\xBCrich"));
}

TEST(HtmlReader, InvalidUtf8IsReplacedAndReportedWithOffset) {
  const std::string page = read_fixture("bad_utf8.html");
  const Result r = read_html(page);
  ASSERT_TRUE(r.ok);
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].severity, Problem::Severity::warning);
  EXPECT_EQ(r.problems[0].byte_offset, static_cast<int64_t>(page.find('\xFF')));
  EXPECT_TRUE(contains(r.doc.text, "caf\xC3\xA9 council voted \xEF\xBF\xBD to approve"));
}

TEST(HtmlReader, UndeclaredLegacyPageIsReadAsWindows1252) {
  const std::string page = read_fixture("undeclared_cp1252.html");
  const Result r = read_html(page);
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.doc.text, "The caf\xC3\xA9 owners\xE2\x80\x99 union met the mayor on Friday to discuss the new tax.");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].severity, Problem::Severity::warning);
  EXPECT_EQ(r.problems[0].byte_offset, static_cast<int64_t>(page.find('\xE9')));
  EXPECT_NE(r.problems[0].message.find("windows-1252"), std::string::npos);
}

TEST(HtmlReader, UnknownCharsetIsReportedAndReadAsUtf8) {
  const Result r = read_html("<html><head><meta charset='x-no-such-charset'></head><body><p>Plain ASCII text of "
                             "the article is still read.</p></body></html>");
  ASSERT_TRUE(r.ok);
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_TRUE(contains(r.problems[0].message, "x-no-such-charset"));
}

TEST(HtmlReader, PageWithoutTextIsAnError) {
  Result r = read_html("<html><head><title>Only a title</title><script>var x = 1;</script></head><body>"
                       "<nav><a href='/'>Home</a></nav></body></html>");
  EXPECT_FALSE(r.ok);
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].severity, Problem::Severity::error);
  r = read_html("");
  EXPECT_FALSE(r.ok);
}

TEST(HtmlReader, PathologicallyDeepNestingIsRefusedQuickly) {
  std::string page = "<html><body>";
  for (int i = 0; i < 20000; ++i) page += "<div>";
  page += "text";
  const Result r = read_html(page);
  EXPECT_FALSE(r.ok);
  ASSERT_FALSE(r.problems.empty());
  EXPECT_TRUE(contains(r.problems[0].message, "nested"));
  // Scripts full of "a<b" do not count as nesting.
  std::string script = "<html><head><script>";
  for (int i = 0; i < 20000; ++i) script += "if (a<b) {} ";
  script += "</script></head><body><p>A normal article paragraph after a large script.</p></body></html>";
  EXPECT_TRUE(read_html(script).ok);
}

TEST(Charset, SniffingAndContentType) {
  EXPECT_EQ(sniff_html_charset("<meta charset=\"ISO-8859-1\">"), "iso-8859-1");
  EXPECT_EQ(sniff_html_charset("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=windows-1251'>"),
            "windows-1251");
  EXPECT_EQ(sniff_html_charset("\xEF\xBB\xBF<html>"), "utf-8");
  EXPECT_EQ(sniff_html_charset("<html><body>no charset</body></html>"), "");
  EXPECT_EQ(charset_from_content_type("text/html; charset=\"UTF-8\""), "utf-8");
  EXPECT_EQ(charset_from_content_type("text/html"), "");
  EXPECT_EQ(canonical_charset("Latin1"), "windows-1252");
  EXPECT_EQ(canonical_charset("UTF8"), "utf-8");
  std::string out;
  ASSERT_TRUE(convert_to_utf8("\xCF\xF0\xE8\xE2\xE5\xF2", "windows-1251", out));
  EXPECT_EQ(out, "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82");  // "Привет"
  EXPECT_FALSE(convert_to_utf8("x", "no-such-charset", out));
}

}  // namespace
}  // namespace dunlin
