// Robustness: the readers never crash, hang or lose count on damaged input. Each fixture is damaged in many
// deterministic ways (flipped bytes, cut at random places, junk inserted), and every result must be consistent:
// every problem is tied to the file, and a damaged file yields at most the documents its intact version yields
// plus the junk's.
#include <gtest/gtest.h>

#include <iterator>
#include <random>

#include "dunlin/text/utf8.h"
#include "read_test_util.h"

namespace dunlin {
namespace {
using testing::fixture;
using testing::read_all;
using testing::TempDir;

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string damage(const std::string& original, std::mt19937& rng) {
  std::string s = original;
  const int kind = static_cast<int>(rng() % 4);
  const size_t at = s.empty() ? 0 : rng() % s.size();
  switch (kind) {
    case 0:  // flip a few bytes
      for (int i = 0; i < 1 + static_cast<int>(rng() % 4) && !s.empty(); ++i)
        s[rng() % s.size()] ^= static_cast<char>(1 + rng() % 255);
      break;
    case 1:  // cut
      s.resize(at);
      break;
    case 2:  // insert junk
      s.insert(at, std::string(1 + rng() % 40, static_cast<char>(rng() % 256)));
      break;
    default:  // remove a range
      s.erase(at, rng() % 64);
      break;
  }
  return s;
}

TEST(ReadRobustness, DamagedFixturesNeverCrash) {
  const char* kFixtures[] = {"news.warc.gz", "news.warc", "news_single.warc.gz", "news.jsonl", "news.jsonl.gz",
                             "article.html", "cp1252.html", "no_article_tag.html"};
  std::mt19937 rng(20240601);
  TempDir tmp;
  size_t runs = 0;
  for (const char* name : kFixtures) {
    const std::string original = slurp(fixture(name));
    ASSERT_FALSE(original.empty()) << name;
    const size_t intact_docs = read_all({fixture(name)}).docs.size();
    for (int i = 0; i < 60; ++i, ++runs) {
      const std::string path = tmp.write(name, damage(original, rng));
      const testing::Collected c = read_all({path});
      EXPECT_EQ(c.stats.documents, c.docs.size());
      // Damage can split one JSON line in two or resync inside a record, but never multiply documents.
      EXPECT_LE(c.docs.size(), intact_docs + 2) << name << " damage #" << i;
      for (const Problem& p : c.problems) EXPECT_EQ(p.file.rfind(path, 0), 0u) << p.to_string();
      for (const Document& d : c.docs) {
        EXPECT_FALSE(d.text.empty());
        EXPECT_TRUE(is_valid_utf8(d.text) && is_valid_utf8(d.title) && is_valid_utf8(d.url));
      }
    }
  }
  EXPECT_EQ(runs, 480u);
}

}  // namespace
}  // namespace dunlin
