#include "dunlin/text/utf8.h"

#include <gtest/gtest.h>

namespace dunlin {
namespace {

TEST(Utf8, ValidTextIsKept) {
  const std::string s = "Syria\xE2\x80\x99s \xC3\xA9t\xC3\xA9 \xF0\x9F\x98\x80";
  EXPECT_TRUE(is_valid_utf8(s));
  std::vector<size_t> bad;
  EXPECT_EQ(repair_utf8(s, &bad), s);
  EXPECT_TRUE(bad.empty());
}

TEST(Utf8, InvalidSequencesAreReplacedAndReported) {
  // one U+FFFD per broken character: stray continuation byte, overlong '/', surrogate, Latin-1 byte, truncated 3-byte sequence at the end
  const std::string s = std::string("a\x80") + "b\xC0\xAF" + "c\xED\xA0\x80" + "d\xE9" + "e\xE2\x80";
  EXPECT_FALSE(is_valid_utf8(s));
  std::vector<size_t> bad;
  const std::string out = repair_utf8(s, &bad);
  EXPECT_TRUE(is_valid_utf8(out));
  EXPECT_EQ(out, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD" "d\xEF\xBF\xBD" "e\xEF\xBF\xBD");
  ASSERT_FALSE(bad.empty());
  EXPECT_EQ(bad.front(), 1u);
}

TEST(Utf8, DecodeAndEncodeRoundTrip) {
  for (char32_t cp : {U'A', U'\u00E9', U'\u2019', U'\U0001F600'}) {
    std::string s;
    append_utf8(s, cp);
    size_t pos = 0;
    EXPECT_EQ(decode_utf8(s, pos), cp);
    EXPECT_EQ(pos, s.size());
  }
}

TEST(Utf8, CodepointIndexCountsCodePoints) {
  std::string text;
  for (int i = 0; i < 50; ++i) text += "x\xE2\x80\x99";  // 4 bytes, 2 code points each: crosses 64-byte blocks
  CodepointIndex index(text);
  EXPECT_EQ(index(0), 0u);
  EXPECT_EQ(index(4), 2u);
  EXPECT_EQ(index(1), 1u);
  EXPECT_EQ(index(100), 50u);
  EXPECT_EQ(index(static_cast<uint32_t>(text.size())), 100u);
}

}  // namespace
}  // namespace dunlin
