// The NER's training-time resources: exchange word clusters (words in the same contexts share a cluster, the
// result is deterministic, the table survives TSV and model round trips), the name-list matcher (longest match
// per kind, B/I/L/U positions for capitalized starts, kind-only bits for lowercase ones), an NER trained with both round-trips, and an NER
// section of another version is refused with a clear error.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "cli_test_util.h"
#include "dunlin/nlp/ner.h"
#include "dunlin/nlp/ner_gazetteer.h"
#include "dunlin/nlp/word_clusters.h"
#include "dunlin/nlp/word_features.h"

namespace dunlin::nlp {
namespace {

std::vector<std::string> words_of(const std::string& s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    const size_t j = s.find(' ', i);
    out.push_back(s.substr(i, j == std::string::npos ? std::string::npos : j - i));
    if (j == std::string::npos) break;
    i = j + 1;
  }
  return out;
}

// Cities and people in fixed frames, written for this test.
std::vector<std::vector<std::string>> toy_text() {
  std::vector<std::vector<std::string>> text;
  const char* cities[] = {"Paris", "Lagos", "Lima", "Oslo", "Hanoi"};
  const char* people[] = {"Anna", "Omar", "Kofi", "Mei", "Ivan"};
  for (int r = 0; r < 4; ++r)
    for (int i = 0; i < 5; ++i) {
      text.push_back(words_of(std::string("she flew to ") + cities[i] + " on Monday ."));
      text.push_back(words_of(std::string("the office in ") + cities[(i + r) % 5] + " is closed ."));
      text.push_back(words_of(std::string(people[i]) + " said that the plan failed ."));
      text.push_back(words_of(std::string("yesterday ") + people[(i + r) % 5] + " said nothing ."));
    }
  return text;
}

ClusterOptions small_options() {
  ClusterOptions o;
  o.sizes = {2, 4};
  o.iterations = 10;
  o.min_count = 2;
  return o;
}

TEST(WordClusters, WordsInTheSameContextsShareACluster) {
  const WordClusters wc = WordClusters::induce(toy_text(), small_options());
  ASSERT_EQ(wc.levels(), 2);
  const uint16_t* paris = wc.find("Paris");
  const uint16_t* anna = wc.find("Anna");
  ASSERT_NE(paris, nullptr);
  ASSERT_NE(anna, nullptr);
  for (const char* city : {"Lagos", "Lima", "Oslo", "Hanoi"}) EXPECT_EQ(wc.find(city)[1], paris[1]) << city;
  for (const char* name : {"Omar", "Kofi", "Mei", "Ivan"}) EXPECT_EQ(wc.find(name)[1], anna[1]) << name;
  EXPECT_NE(paris[1], anna[1]);
  EXPECT_EQ(wc.find("Atlantis"), nullptr);
  EXPECT_EQ(wc.find("PARIS"), nullptr);       // no case folding of the query beyond lowercase fallback
  EXPECT_NE(wc.find("she"), nullptr);
  EXPECT_EQ(wc.find("She"), wc.find("she"));  // lowercase fallback
}

TEST(WordClusters, DeterministicAndRoundTrips) {
  const WordClusters a = WordClusters::induce(toy_text(), small_options());
  const WordClusters b = WordClusters::induce(toy_text(), small_options());
  const dunlin::testing::TempDir tmp;
  const auto path = tmp.path() + "/clusters.tsv";
  a.write_tsv(path);
  const WordClusters from_tsv = WordClusters::read_tsv(path);
  std::remove(path.c_str());
  ByteWriter w;
  a.save(w);
  const std::string bytes = w.take();
  ByteReader r(bytes, "memory");
  const WordClusters loaded = WordClusters::load(r);
  EXPECT_EQ(loaded.size(), a.size());
  for (const auto& s : toy_text())
    for (const auto& word : s)
      for (const WordClusters* other : {&b, &from_tsv, &loaded}) {
        ASSERT_NE(other->find(word), nullptr) << word;
        for (int l = 0; l < a.levels(); ++l) EXPECT_EQ(other->find(word)[l], a.find(word)[l]) << word;
      }
}

TEST(WordClusters, BadTableNamesTheLine) {
  const dunlin::testing::TempDir tmp;
  const auto path = tmp.path() + "/clusters_bad.tsv";
  std::ofstream(path) << "Paris\t1\t2\nLagos\t1\n";
  try {
    WordClusters::read_tsv(path);
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(":2:"), std::string::npos) << e.what();
  }
  std::remove(path.c_str());
}

uint64_t bit(GazKind k, int part) { return uint64_t{1} << gaz_bit(static_cast<int>(k), part); }

TEST(NerGazetteer, BitLayoutOfOlderModelsIsKept) {
  // Models trained before org_list existed use 4 * kind + part and 44 + kind (lowercase start).
  EXPECT_EQ(gaz_bit(static_cast<int>(GazKind::city), 3), 43);
  EXPECT_EQ(gaz_lowercase_bit(static_cast<int>(GazKind::iso_country)), 44);
  EXPECT_EQ(gaz_lowercase_bit(static_cast<int>(GazKind::city)), 54);
  EXPECT_EQ(gaz_bit(static_cast<int>(GazKind::org_list), 0), 56);
  EXPECT_EQ(gaz_lowercase_bit(static_cast<int>(GazKind::org_list)), 60);
}

TEST(NerGazetteer, OrgNameListsSkipFragments) {
  const std::string path = ::testing::TempDir() + "/dunlin-org-names.txt";
  {
    std::ofstream out(path);
    out << "# organisation names\nA\nuniversity\nZorbex Labs\nQuintal\n";
  }
  NerGazetteerSources sources;
  sources.iso_codes_dir = "";
  sources.org_name_files = {path};
  const NerGazetteer g = NerGazetteer::build(sources);
  std::remove(path.c_str());
  EXPECT_EQ(g.size(), 2u);  // "A" (too short) and "university" (lowercase) are skipped
  const std::vector<std::string> w = {"Zorbex", "Labs", "and", "Quintal", "and", "A", "University"};
  std::vector<std::string> lower;
  for (const auto& x : w) lower.push_back(normalize_word(x, false));
  const std::vector<std::string_view> views(w.begin(), w.end());
  std::vector<uint64_t> bits;
  g.match(lower, views, bits);
  EXPECT_EQ(bits[0], bit(GazKind::org_list, 0));
  EXPECT_EQ(bits[1], bit(GazKind::org_list, 2));
  EXPECT_EQ(bits[3], bit(GazKind::org_list, 3));
  EXPECT_EQ(bits[5], 0u);
  EXPECT_EQ(bits[6], 0u);
  NerGazetteerSources missing;
  missing.iso_codes_dir = "";
  missing.org_name_files = {"/nonexistent/org-names.txt"};
  EXPECT_THROW(NerGazetteer::build(missing), std::runtime_error);
}

TEST(NerGazetteer, LongestMatchPerKindWithPositions) {
  NerGazetteer g;
  g.add("New York", GazKind::city);
  g.add("New York City", GazKind::city);
  g.add("York", GazKind::city);
  g.add("Anna", GazKind::first_name);
  g.add("Abu Dhabi", GazKind::city);  // hyphens and spaces are words of their own
  g.add("al-Assad", GazKind::actor_person);
  const std::vector<std::string> w = {"Anna", "left", "New", "York", "City", "for", "new", "york", "and", "al", "-",
                                      "Assad"};
  std::vector<std::string> lower;
  for (const auto& x : w) lower.push_back(normalize_word(x, false));
  const std::vector<std::string_view> views(w.begin(), w.end());
  std::vector<uint64_t> bits;
  g.match(lower, views, bits);
  ASSERT_EQ(bits.size(), w.size());
  EXPECT_EQ(bits[0], bit(GazKind::first_name, 3));
  EXPECT_EQ(bits[1], 0u);
  EXPECT_EQ(bits[2], bit(GazKind::city, 0));
  // "York" is inside the longer match; the match starting at "York" itself is a different start.
  EXPECT_EQ(bits[3], bit(GazKind::city, 1) | bit(GazKind::city, 3));
  EXPECT_EQ(bits[4], bit(GazKind::city, 2));
  // A lowercase start gives the kind only, on every word of the match.
  const uint64_t lower_city = uint64_t{1} << gaz_lowercase_bit(static_cast<int>(GazKind::city));
  EXPECT_EQ(bits[6], lower_city);
  EXPECT_EQ(bits[7], lower_city);
  EXPECT_EQ(bits[8], 0u);
  const uint64_t lower_person = uint64_t{1} << gaz_lowercase_bit(static_cast<int>(GazKind::actor_person));
  EXPECT_EQ(bits[9], lower_person);  // "al - Assad" starts in lowercase
  EXPECT_EQ(bits[11], lower_person);
  EXPECT_EQ(bits[10], lower_person);

  ByteWriter out;
  g.save(out);
  const std::string bytes = out.take();
  ByteReader r(bytes, "memory");
  const NerGazetteer loaded = NerGazetteer::load(r);
  std::vector<uint64_t> again;
  loaded.match(lower, views, again);
  EXPECT_EQ(again, bits);
  EXPECT_EQ(loaded.size(), g.size());
}

TEST(NerGazetteer, KindsOfAWholeName) {
  NerGazetteer g;
  g.add("San Rafael", GazKind::city);
  g.add("California", GazKind::iso_region);
  const auto kinds = [&](std::vector<std::string> words) { return g.kinds_of(words); };
  EXPECT_EQ(kinds({"san", "rafael"}), 1u << static_cast<int>(GazKind::city));
  EXPECT_EQ(kinds({"california"}), 1u << static_cast<int>(GazKind::iso_region));
  EXPECT_EQ(kinds({"san"}), 0u);  // a part of a name is not the name
  EXPECT_EQ(kinds({"san", "rafael", "california"}), 0u);
  EXPECT_EQ(kinds({}), 0u);
}

// The shipped recognizer: a place and its region or country run together without a comma are two places; a name a
// list knows whole, or one ending in a common word that is also some region's name, stays one. A title before a
// name is no part of the person.
TEST(Ner, ShippedModelFollowsUnerSpanConventions) {
  const std::string path = DUNLIN_SOURCE_DIR "/models/ner.bin";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no shipped NER model at " << path;
  const Ner ner = Ner::load(ModelFile::read(path));
  const auto spans = [&](const std::vector<std::string_view>& words, std::vector<uint8_t> tags, EntityLabel label) {
    std::string out;
    const std::vector<std::span<const std::string_view>> document = {words};
    const std::vector<std::span<const uint8_t>> document_tags = {tags};
    const std::vector<std::vector<EntitySpan>> found = ner.recognize_document(document, document_tags);
    for (const EntitySpan& e : found.at(0)) {
      if (e.label != label) continue;
      for (uint32_t i = e.first; i < e.end; ++i) out += std::string(words[i]) + (i + 1 < e.end ? " " : "");
      out += "|";
    }
    return out;
  };
  const auto places = [&](const std::vector<std::string_view>& words, std::vector<uint8_t> tags) {
    return spans(words, std::move(tags), EntityLabel::LOC);
  };
  const auto u = [](Upos x) { return static_cast<uint8_t>(x); };
  EXPECT_EQ(spans({"Yesterday", "we", "met", "Dr", "Ana", "Ruiz", "of", "Oxfam", "."},
                  {u(Upos::NOUN), u(Upos::PRON), u(Upos::VERB), u(Upos::PROPN), u(Upos::PROPN), u(Upos::PROPN),
                   u(Upos::ADP), u(Upos::PROPN), u(Upos::PUNCT)},
                  EntityLabel::PER),
            "Ana Ruiz|");
  // A place inside an organisation's name is part of the name.
  EXPECT_EQ(spans({"A", "lawyer", "for", "the", "Housing", "Authority", "of", "New", "Orleans", "spoke", "."},
                  {u(Upos::DET), u(Upos::NOUN), u(Upos::ADP), u(Upos::DET), u(Upos::PROPN), u(Upos::PROPN),
                   u(Upos::ADP), u(Upos::PROPN), u(Upos::PROPN), u(Upos::VERB), u(Upos::PUNCT)},
                  EntityLabel::ORG),
            "Housing Authority of New Orleans|");
  // (Not a place whose own name holds such a word.)
  EXPECT_EQ(places({"They", "toured", "the", "West", "Bank", "and", "Jordan", "."},
                   {u(Upos::PRON), u(Upos::VERB), u(Upos::DET), u(Upos::PROPN), u(Upos::PROPN), u(Upos::CCONJ),
                    u(Upos::PROPN), u(Upos::PUNCT)}),
            "West Bank|Jordan|");
  // A nationality word alone is no place (the model's spans given by hand: it tags one so in some contexts only).
  const std::vector<std::string_view> town = {"the", "northern", "Israeli", "town", "of", "Akko", "."};
  EXPECT_EQ(ner.follow_span_conventions(town, {{2, 3, EntityLabel::LOC}, {5, 6, EntityLabel::LOC}}),
            (std::vector<EntitySpan>{{5, 6, EntityLabel::LOC}}));
  // A planet is no person.
  const std::vector<std::string_view> sky = {"Venus", "rose", "over", "Lima", "."};
  EXPECT_EQ(ner.follow_span_conventions(sky, {{0, 1, EntityLabel::PER}, {3, 4, EntityLabel::LOC}}),
            (std::vector<EntitySpan>{{3, 4, EntityLabel::LOC}}));
  // A surname, a comma and a lone first name: one person.
  EXPECT_EQ(spans({"Copies", "went", "to", "Halvorsen", ",", "Matthew", "and", "the", "board", "."},
                  {u(Upos::NOUN), u(Upos::VERB), u(Upos::ADP), u(Upos::PROPN), u(Upos::PUNCT), u(Upos::PROPN),
                   u(Upos::CCONJ), u(Upos::DET), u(Upos::NOUN), u(Upos::PUNCT)},
                  EntityLabel::PER),
            "Halvorsen , Matthew|");
  EXPECT_EQ(places({"We", "flew", "from", "San", "Rafael", "California", "to", "Lyon", "."},
                   {u(Upos::PRON), u(Upos::VERB), u(Upos::ADP), u(Upos::PROPN), u(Upos::PROPN), u(Upos::PROPN),
                    u(Upos::ADP), u(Upos::PROPN), u(Upos::PUNCT)}),
            "San Rafael|California|Lyon|");
  EXPECT_EQ(places({"We", "flew", "to", "Papua", "New", "Guinea", "."},
                   {u(Upos::PRON), u(Upos::VERB), u(Upos::ADP), u(Upos::PROPN), u(Upos::PROPN), u(Upos::PROPN),
                    u(Upos::PUNCT)}),
            "Papua New Guinea|");
  // A US state's postal code run into its city is a place of its own.
  const std::vector<std::string_view> rafael = {"We", "live", "in", "San", "Rafael", "Ca", "now", "."};
  EXPECT_EQ(ner.follow_span_conventions(rafael, {{3, 6, EntityLabel::LOC}}),
            (std::vector<EntitySpan>{{3, 5, EntityLabel::LOC}, {5, 6, EntityLabel::LOC}}));
  // The portfolio after "Minister of" is no part of the minister's name.
  const std::vector<std::string_view> minister = {"Minister", "of", "Foreign", "Affairs", "Lena", "Varga", "left", "."};
  EXPECT_EQ(ner.follow_span_conventions(minister, {{2, 6, EntityLabel::PER}}),
            (std::vector<EntitySpan>{{4, 6, EntityLabel::PER}}));
  // A shop named with a possessive and no noun after it keeps its "'s"; a person's possessive stays one.
  const std::vector<std::string_view> dinner = {"Dinner", "at", "Carvalho", "'s", "and", "a",
                                                "drink",  "at", "Moll",     "'s", "."};
  EXPECT_EQ(ner.follow_span_conventions(dinner, {{2, 3, EntityLabel::LOC}, {8, 9, EntityLabel::PER}}),
            (std::vector<EntitySpan>{{2, 4, EntityLabel::LOC}, {8, 9, EntityLabel::PER}}));
  const std::vector<std::string_view> possessive = {"Carvalho", "'s", "owners", "agreed", "."};
  EXPECT_EQ(ner.follow_span_conventions(possessive, {{0, 1, EntityLabel::ORG}}),
            (std::vector<EntitySpan>{{0, 1, EntityLabel::ORG}}));
  // A storm's name is no entity, neither after "Hurricane" nor alone later in the document; the National
  // Hurricane Center is an organisation.
  const std::vector<std::string_view> storm1 = {"Hurricane", "Ottilie", "struck", "Tampico", "on", "Sunday", "."};
  const std::vector<std::string_view> storm2 = {"Ottilie",  "then",      "weakened", ",",    "the",
                                                "National", "Hurricane", "Center",   "said", "."};
  const std::vector<std::span<const std::string_view>> storm = {storm1, storm2};
  const std::vector<uint8_t> tags1 = {u(Upos::PROPN), u(Upos::PROPN), u(Upos::VERB), u(Upos::PROPN),
                                      u(Upos::ADP),   u(Upos::PROPN), u(Upos::PUNCT)};
  const std::vector<uint8_t> tags2 = {u(Upos::PROPN), u(Upos::ADV),   u(Upos::VERB),  u(Upos::PUNCT), u(Upos::DET),
                                      u(Upos::PROPN), u(Upos::PROPN), u(Upos::PROPN), u(Upos::VERB),  u(Upos::PUNCT)};
  const std::vector<std::span<const uint8_t>> storm_tags = {tags1, tags2};
  const auto storm_spans = ner.recognize_document(storm, storm_tags);
  const auto texts = [](std::span<const std::string_view> words, const std::vector<EntitySpan>& found) {
    std::string out;
    for (const EntitySpan& e : found) {
      for (uint32_t i = e.first; i < e.end; ++i) out += std::string(words[i]) + (i + 1 < e.end ? " " : "");
      out += "|";
    }
    return out;
  };
  EXPECT_EQ(texts(storm1, storm_spans.at(0)), "Tampico|");
  EXPECT_EQ(texts(storm2, storm_spans.at(1)), "National Hurricane Center|");
  EXPECT_EQ(texts(storm1, ner.recognize(storm1, tags1)), "Tampico|");
}

TEST(NerGazetteer, ReadsTheActorDictionaries) {
  NerGazetteerSources s;
  s.iso_codes_dir = "";
  s.actors_dir = DUNLIN_SOURCE_DIR "/data/actors";
  const NerGazetteer g = NerGazetteer::build(s);
  ASSERT_GT(g.size(), 500u);
  const std::vector<std::string> w = {"Bashar", "al", "-", "Assad", "visited", "Syria"};
  std::vector<std::string> lower;
  for (const auto& x : w) lower.push_back(normalize_word(x, false));
  const std::vector<std::string_view> views(w.begin(), w.end());
  std::vector<uint64_t> bits;
  g.match(lower, views, bits);
  EXPECT_TRUE(bits[0] & bit(GazKind::actor_person, 0));
  EXPECT_TRUE(bits[3] & bit(GazKind::actor_person, 2));
  EXPECT_TRUE(bits[5] & bit(GazKind::actor_place, 3));
}

TEST(Ner, TrainsWithClustersAndNamesAndRoundTrips) {
  const auto train = read_iob2_file(DUNLIN_TEST_DATA "/nlp/tiny-ner.iob2");
  std::vector<std::vector<std::string>> text = toy_text();
  for (const auto& s : train) text.push_back(s.words);
  NerResources res;
  res.gazetteer.iso_codes_dir = "";
  res.clusters = WordClusters::induce(text, small_options());
  TrainOptions o;
  o.epochs = 10;
  const Ner ner = Ner::train(train, nullptr, o, nullptr, res);
  EXPECT_EQ(ner.clustered_words(), res.clusters.size());
  for (const auto& s : train) {
    const std::vector<std::string_view> words(s.words.begin(), s.words.end());
    EXPECT_EQ(ner.recognize(words), spans_of_iob2(s.tags)) << s.id;
  }
  ModelFileWriter w;
  ner.save(w);
  const Ner loaded = Ner::load(ModelFile::parse(w.serialize(), "memory"));
  EXPECT_EQ(loaded.clustered_words(), ner.clustered_words());
  for (const auto& s : train) {
    const std::vector<std::string_view> words(s.words.begin(), s.words.end());
    EXPECT_EQ(loaded.recognize(words), ner.recognize(words)) << s.id;
  }
}

TEST(Ner, RefusesAnOlderModelWithAClearError) {
  ModelFileWriter w;
  ByteWriter b;
  b.u8(3);  // the version-1 layout began with the gazetteer's longest name length and a tags flag
  b.u8(1);
  b.u64(0);
  w.add("ner", b.take());
  try {
    Ner::load(ModelFile::parse(w.serialize(), "old.bin"));
    FAIL() << "expected a ModelError";
  } catch (const ModelError& e) {
    EXPECT_NE(std::string(e.what()).find("another version"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("old.bin"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace dunlin::nlp
