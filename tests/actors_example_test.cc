// Runs the actor matcher over the shared reference article (../shared/examples, not part of the repository) and
// checks that the actors an analyst lists for it are found with the expected codes on the story date.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "actors_test_util.h"
#include "dunlin/actors/actor_dictionaries.h"

namespace dunlin {
namespace {

TEST(ActorExample, SyriaDailyActorsAreFound) {
  const std::string path = DUNLIN_SHARED_DIR "/examples/syria-daily-2020-05-11.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "shared example not available: " << path;
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  std::string flat = text.str();
  for (char& c : flat)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  const Document doc = testing::make_document(flat, "2020-05-11");
  const ActorDictionaries dicts = ActorDictionaries::load(testing::data_dir());
  std::map<std::string, std::set<std::string>> found;  // lower-cased mention text -> codes
  for (const ActorMention& m : dicts.find_mentions(doc)) {
    std::string key = testing::mention_text(doc, m.first_token, m.end_token);
    for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    found[key].insert(m.code);
    if (std::getenv("DUNLIN_PRINT_MENTIONS"))
      std::printf("%s\t%s\t%s\n", key.c_str(), to_string(m.kind), m.code.c_str());
  }
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"vladimir putin", "RUSGOV"}, {"bashar al-assad", "SYRGOV"}, {"dmitry peskov", "RUSGOV"},
      {"rami makhlouf", "SYRBUS"},  {"kremlin", "RUSGOV"},          {"moscow", "RUSGOV"},
      {"turkey", "TUR"},            {"israel", "ISR"},              {"russian", "RUS"},
      {"syrian", "SYR"},            {"billionaire", "BUS"},         {"tycoon", "BUS"},
      {"spokesman", "GOV"},         {"official", "GOV"},            {"former", "ELI"},
      {"diplomat", "GOV"}};
  // The test tokenizer leaves curly quotes on tokens ("“Moscow"), so a mention may carry them.
  const auto has = [&](const std::string& mention, const std::string& code) {
    for (const auto& [surface, codes] : found)
      if (surface.find(mention) != std::string::npos && codes.count(code)) return true;
    return false;
  };
  for (const auto& [mention, code] : expected) EXPECT_TRUE(has(mention, code)) << mention << " as " << code;
  EXPECT_TRUE(has("al-watan", "SYRMED"));
  EXPECT_TRUE(has("iran", "IRN"));
}

}  // namespace
}  // namespace dunlin
