// Tagger, lemmatizer, parser and NER: training converges on tiny hand-written data, models survive a save/load
// round trip, the pipeline fills the Document layers; the shipped models parse news-style sentences correctly and
// keep their accuracy on UD English-EWT dev (skipped when the models or /work/shared data are absent).
#include <gtest/gtest.h>

#include <algorithm>

#include <filesystem>
#include <iostream>
#include <optional>

#include "dunlin/nlp/pipeline.h"
#include "nlp_test_util.h"

namespace dunlin::nlp {
namespace {

const std::string kTiny = DUNLIN_TEST_DATA "/nlp/tiny-treebank.conllu";

using testing::quick;
using testing::round_trip;

TEST(Tagger, ConvergesOnTinyTreebankAndRoundTrips) {
  const auto train = read_conllu_file(kTiny);
  const Tagger t = Tagger::train(train, nullptr, quick(10), "");
  size_t ok = 0, n = 0;
  for (const auto& s : train) {
    const auto tags = t.tag(s);
    for (size_t i = 0; i < tags.size(); ++i, ++n)
      ok += s.words[i].upos == upos_name(t.upos(tags[i])) && s.words[i].xpos == (*t.xpos_names())[t.xpos(tags[i])];
  }
  EXPECT_EQ(ok, n);
  ModelFileWriter w;
  t.save(w);
  const Tagger loaded = Tagger::load(round_trip(w));
  for (const auto& s : train) EXPECT_EQ(loaded.tag(s), t.tag(s));
}

TEST(Tagger, TwoPassModelConvergesRoundTripsAndKeepsItsSecondPass) {
  const auto train = read_conllu_file(kTiny);
  TrainOptions o = quick(10);
  o.tagger_passes = 2;
  const Tagger t = Tagger::train(train, nullptr, o, "");
  EXPECT_EQ(t.passes(), 2);
  size_t ok = 0, n = 0;
  for (const auto& s : train) {
    const auto tags = t.tag(s);
    for (size_t i = 0; i < tags.size(); ++i, ++n) ok += s.words[i].upos == upos_name(t.upos(tags[i]));
  }
  EXPECT_EQ(ok, n);
  ModelFileWriter w;
  t.save(w);
  const ModelFile file = round_trip(w);
  EXPECT_TRUE(file.has("tagger2"));
  const Tagger loaded = Tagger::load(file);
  EXPECT_EQ(loaded.passes(), 2);
  for (const auto& s : train) EXPECT_EQ(loaded.tag(s), t.tag(s));
  // A one-pass model writes no second section and loads as one pass.
  ModelFileWriter w1;
  Tagger::train(train, nullptr, quick(2), "").save(w1);
  EXPECT_FALSE(round_trip(w1).has("tagger2"));
  EXPECT_EQ(Tagger::load(round_trip(w1)).passes(), 1);
}

TEST(Lemmatizer, LearnsRulesExceptionsAndWordNetIrregulars) {
  const auto train = read_conllu_file(kTiny);
  const Tagger t = Tagger::train(train, nullptr, quick(5), "");
  const auto& names = *t.xpos_names();
  const auto id = [&](const std::string& x) {
    return static_cast<uint16_t>(std::find(names.begin(), names.end(), x) - names.begin());
  };
  const Lemmatizer l = Lemmatizer::train(train, names, nullptr, "");
  for (const auto& s : train)
    for (const auto& w : s.words) EXPECT_EQ(l.lemma(w.form, id(w.xpos)), w.lemma) << w.form;
  EXPECT_EQ(l.lemma("Rioters", id("NNS")), "rioter");   // suffix rule, lowercased
  EXPECT_EQ(l.lemma("attacked", id("VBD")), "attack");  // -ed rule
  EXPECT_EQ(l.lemma("Geneva", id("NNP")), "Geneva");    // case kept
  ModelFileWriter w;
  l.save(w);
  const Lemmatizer loaded = Lemmatizer::load(round_trip(w));
  EXPECT_EQ(loaded.lemma("authorities", id("NNS")), "authority");
  if (std::filesystem::exists("/usr/share/wordnet/verb.exc")) {
    const Lemmatizer wn = Lemmatizer::train(train, names, nullptr, "/usr/share/wordnet");
    EXPECT_EQ(wn.lemma("fought", id("VBD")), "fight");
    EXPECT_EQ(wn.lemma("Struck", id("VBD")), "strike");  // exceptions also match lowercased forms
  }
}

TEST(Lemmatizer, ARuleSeenOnOneWordOnlyStaysThatWordsException) {
  // One abbreviation expands ("Dec" -> "December"); names ending in the same letters must not ("Medvedec" is no
  // month), while a suffix rule two words share still generalizes ("-ies" -> "-y").
  auto word = [](std::string form, std::string lemma, std::string xpos) {
    ConlluWord w;
    w.form = std::move(form), w.lemma = std::move(lemma), w.xpos = std::move(xpos), w.upos = "X";
    return w;
  };
  ConlluSentence s;
  s.words = {word("Dec", "December", "NNP"), word("Smith", "Smith", "NNP"), word("Jones", "Jones", "NNP"),
             word("cities", "city", "NNS"), word("parties", "party", "NNS")};
  const std::vector<std::string> names = {"NNP", "NNS"};
  const Lemmatizer l = Lemmatizer::train({s}, names, nullptr, "");
  EXPECT_EQ(l.lemma("Dec", 0), "December");
  EXPECT_EQ(l.lemma("Medvedec", 0), "Medvedec");
  EXPECT_EQ(l.lemma("militaries", 1), "military");
}

TEST(Lemmatizer, ARuleNeverCutsACharacterInTwo) {
  // "am" and "'m" -> "be" teach "strip two bytes, add be" after "m"; "\u00B4m" (an acute accent typed for the
  // apostrophe, two bytes then "m") must not lose half its accent.
  auto word = [](std::string form) {
    ConlluWord w;
    w.form = std::move(form), w.lemma = "be", w.xpos = "VBP", w.upos = "AUX";
    return w;
  };
  ConlluSentence s;
  s.words = {word("am"), word("'m")};
  const Lemmatizer l = Lemmatizer::train({s}, {"VBP"}, nullptr, "");
  EXPECT_EQ(l.lemma("'m", 0), "be");
  EXPECT_EQ(l.lemma("\xC2\xB4m", 0), "\xC2\xB4m");
}

// (words with the gold head and relation, words) when `p` parses `sentences` again.
std::pair<size_t, size_t> labelled_attachments(const Parser& p, const std::vector<ConlluSentence>& sentences) {
  size_t las = 0, n = 0;
  for (const auto& gold : sentences) {
    ConlluSentence s = gold;
    p.parse(s);
    for (size_t i = 0; i < s.words.size(); ++i, ++n)
      las += s.words[i].head == gold.words[i].head && s.words[i].deprel == gold.words[i].deprel;
  }
  return {las, n};
}

TEST(Parser, ConvergesOnTinyTreebankAndRoundTrips) {
  const auto train = read_conllu_file(kTiny);
  const Parser p = Parser::train(train, nullptr, quick(15));
  const auto [las, n] = labelled_attachments(p, train);
  EXPECT_EQ(las, n) << "training LAS should reach 100% on 12 sentences";
  ModelFileWriter w;
  p.save(w);
  const Parser loaded = Parser::load(round_trip(w));
  for (const auto& gold : train) {
    ConlluSentence a = gold, b = gold;
    p.parse(a);
    loaded.parse(b);
    for (size_t i = 0; i < a.words.size(); ++i) EXPECT_EQ(a.words[i].head, b.words[i].head);
  }
}

TEST(Parser, BeamTrainingConvergesAndTheWidthIsStoredInTheModel) {
  const auto train = read_conllu_file(kTiny);
  TrainOptions o = quick(15);
  o.beam = 4;
  const Parser p = Parser::train(train, nullptr, o);
  EXPECT_EQ(p.beam_width(), 4);
  const auto [las, n] = labelled_attachments(p, train);
  EXPECT_EQ(las, n) << "beam training LAS should reach 100% on the training sentences";
  ModelFileWriter w;
  p.save(w);
  const Parser loaded = Parser::load(round_trip(w));
  EXPECT_EQ(loaded.beam_width(), 4);
  Parser greedy = loaded;
  greedy.set_beam_width(1);
  for (const auto& gold : train) {
    ConlluSentence a = gold, b = gold, g = gold;
    p.parse(a);
    loaded.parse(b);
    greedy.parse(g);  // another decoding width still yields a complete tree
    for (size_t i = 0; i < a.words.size(); ++i) {
      EXPECT_EQ(a.words[i].head, b.words[i].head);
      EXPECT_EQ(a.words[i].deprel, b.words[i].deprel);
      EXPECT_GE(g.words[i].head, 0);
      EXPECT_LE(g.words[i].head, static_cast<int>(g.words.size()));
    }
  }
  // A greedy model has no beam section and decodes greedily.
  ModelFileWriter gw;
  Parser::train(train, nullptr, quick(2)).save(gw);
  EXPECT_FALSE(round_trip(gw).has("parserbm"));
  EXPECT_EQ(Parser::load(round_trip(gw)).beam_width(), 1);
}

TEST(Parser, BeamDecodingOfALongSentenceYieldsOneRootedTreeAtEveryWidth) {
  // A long sentence unlike the training data: every width (1 = greedy, 3 = not the trained one) returns a tree.
  const auto train = read_conllu_file(kTiny);
  TrainOptions o = quick(3);
  o.beam = 2;
  Parser p = Parser::train(train, nullptr, o);
  ConlluSentence s;
  for (int i = 0; i < 120; ++i) {
    ConlluWord w;
    w.form = i % 5 == 4 ? "," : (i % 5 == 1 ? "attacked" : "rebels");
    w.upos = i % 5 == 4 ? "PUNCT" : (i % 5 == 1 ? "VERB" : "NOUN");
    w.xpos = i % 5 == 4 ? "," : (i % 5 == 1 ? "VBD" : "NNS");
    s.words.push_back(w);
  }
  for (const int width : {1, 2, 3, 8}) {
    p.set_beam_width(width);
    ConlluSentence t = s;
    p.parse(t);
    int roots = 0;
    for (const auto& w : t.words) {
      roots += w.head == 0;
      EXPECT_GE(w.head, 0);
      EXPECT_LE(w.head, static_cast<int>(t.words.size()));
    }
    EXPECT_EQ(roots, 1) << "beam " << width;
  }
}

TEST(Parser, OlderFeatureSetsStillTrainAndLoad) {
  const auto train = read_conllu_file(kTiny);
  for (const uint32_t set : {1u, 2u}) {
    const Parser p = Parser::train(train, nullptr, quick(15), set);
    ModelFileWriter w;
    p.save(w);
    const Parser loaded = Parser::load(round_trip(w));
    for (const auto& gold : train) {
      ConlluSentence a = gold, b = gold;
      p.parse(a);
      loaded.parse(b);
      for (size_t i = 0; i < a.words.size(); ++i) {
        EXPECT_EQ(a.words[i].head, b.words[i].head) << "feature set " << set;
        EXPECT_EQ(a.words[i].head, gold.words[i].head) << "feature set " << set;
      }
    }
  }
  EXPECT_THROW(Parser::train(train, nullptr, quick(1), Parser::kLatestFeatureSet + 1), std::invalid_argument);
}

TEST(Parser, UnknownFeatureSetInAModelFileIsAClearError) {
  ByteWriter b;
  b.strings({"nsubj", "root"});
  b.u32(1);   // root label
  b.u32(99);  // a feature set from a future version
  ModelFileWriter w;
  w.add("parser", b.take());
  try {
    Parser::load(round_trip(w));
    FAIL() << "loaded a model with an unknown feature set";
  } catch (const ModelError& e) {
    EXPECT_NE(std::string(e.what()).find("unknown parser feature set 99"), std::string::npos) << e.what();
  }
}

TEST(Parser, EpochSnapshotsEqualShorterRuns) {
  // --save-epochs relies on this: the model seen after epoch 3 of a 5-epoch run is the 3-epoch model.
  const auto train = read_conllu_file(kTiny);
  std::optional<Parser> snapshot;
  int calls = 0;
  const Parser five = Parser::train(train, nullptr, quick(5), Parser::kLatestFeatureSet, [&](int epoch, const Parser& p) {
    ++calls;
    if (epoch == 3) snapshot = p;
  });
  EXPECT_EQ(calls, 5);
  ASSERT_TRUE(snapshot.has_value());
  const Parser three = Parser::train(train, nullptr, quick(3));
  ModelFileWriter a, b;
  snapshot->save(a);
  three.save(b);
  EXPECT_EQ(a.serialize(), b.serialize());
  ModelFileWriter c;
  five.save(c);
  EXPECT_NE(c.serialize(), b.serialize());
}

TEST(Parser, EveryWordGetsOneHeadAndOneRoot) {
  const auto train = read_conllu_file(kTiny);
  const Parser p = Parser::train(train, nullptr, quick(2));
  // A long sentence unlike the training data still yields a single-rooted tree.
  ConlluSentence s;
  for (int i = 0; i < 150; ++i) {
    ConlluWord w;
    w.form = i % 7 == 6 ? "," : "word";
    w.upos = i % 7 == 6 ? "PUNCT" : "NOUN";
    w.xpos = i % 7 == 6 ? "," : "NN";
    s.words.push_back(w);
  }
  p.parse(s);
  int roots = 0;
  for (const auto& w : s.words) {
    ASSERT_GE(w.head, 0);
    ASSERT_LE(w.head, 150);
    roots += w.head == 0;
  }
  EXPECT_EQ(roots, 1);
}

TEST(Ner, ReadsIob2AndConvergesOnTinyData) {
  const auto train = read_iob2_file(DUNLIN_TEST_DATA "/nlp/tiny-ner.iob2");
  ASSERT_EQ(train.size(), 6u);
  EXPECT_EQ(spans_of_iob2(train[0].tags),
            (std::vector<EntitySpan>{{2, 3, EntityLabel::LOC}, {4, 6, EntityLabel::PER}}));
  // I- after O opens an entity (seqeval / conlleval convention).
  EXPECT_EQ(spans_of_iob2({"O", "I-ORG", "I-ORG", "B-ORG"}),
            (std::vector<EntitySpan>{{1, 3, EntityLabel::ORG}, {3, 4, EntityLabel::ORG}}));
  const Ner ner = Ner::train(train, nullptr, quick(10), nullptr, "");
  for (const auto& s : train) {
    const std::vector<std::string_view> words(s.words.begin(), s.words.end());
    EXPECT_EQ(ner.recognize(words), spans_of_iob2(s.tags)) << s.id;
  }
  ModelFileWriter w;
  ner.save(w);
  const Ner loaded = Ner::load(round_trip(w));
  const std::vector<std::string_view> words(train[1].words.begin(), train[1].words.end());
  EXPECT_EQ(loaded.recognize(words), ner.recognize(words));
}

TEST(Pipeline, FillsTheDocumentLayersWithGlobalHeads) {
  const auto train = read_conllu_file(kTiny);
  Pipeline p;
  const Tagger t = Tagger::train(train, nullptr, quick(10), "");
  p.set_tagger(t, Lemmatizer::train(train, *t.xpos_names(), nullptr, ""));
  p.set_parser(Parser::train(train, nullptr, quick(15)));
  Document doc = document_from_conllu(train);
  p.annotate(doc);
  ASSERT_EQ(doc.syntax.upos.size(), doc.tokens.size());
  ASSERT_EQ(doc.syntax.head.size(), doc.tokens.size());
  // Sentence 3 "The talks were hosted by Norway." starts at token 9 (4 + 5 tokens before it).
  EXPECT_EQ(doc.token_text(10), "talks");
  EXPECT_EQ(doc.syntax.head[10], 12u);  // "hosted", a document-global index
  EXPECT_EQ(doc.syntax.deprel_name(10), "nsubj:pass");
  EXPECT_EQ(doc.syntax.head[12], SyntaxLayer::kRoot);
  EXPECT_EQ(doc.syntax.lemma(11), "be");
  EXPECT_EQ(upos_name(static_cast<Upos>(doc.syntax.upos[11])), std::string("AUX"));
  const auto out = conllu_from_document(doc);
  ASSERT_EQ(out.size(), train.size());
  EXPECT_EQ(out[2].words[5].deprel, "obl:agent");
  EXPECT_EQ(out[2].words[5].head, 4);
}

// ---- The shipped models (models/ in the repository, or $DUNLIN_MODEL_DIR). ----

const Pipeline* shipped() {
  static const Pipeline* p = [] () -> const Pipeline* {
    const std::string dir = default_model_dir();
    for (const char* f : {kTaggerFile, kParserFile, kNerFile})
      if (!std::filesystem::exists(dir + "/" + f)) return nullptr;
    return new Pipeline(Pipeline::load(dir));
  }();
  return p;
}

// Parses one sentence given as space-separated tokens; returns it as CoNLL-U words.
std::vector<ConlluWord> parse_tokens(const std::string& text) {
  ConlluSentence s;
  size_t b = 0;
  while (b < text.size()) {
    size_t e = text.find(' ', b);
    if (e == std::string::npos) e = text.size();
    ConlluWord w;
    w.form = text.substr(b, e - b);
    s.words.push_back(w);
    b = e + 1;
  }
  Document doc = document_from_conllu({s});
  shipped()->annotate(doc);
  return conllu_from_document(doc)[0].words;
}

// The word at 1-based `id`'s head form and relation, e.g. "hosted nsubj:pass".
std::string arc(const std::vector<ConlluWord>& w, size_t id) {
  const int h = w[id - 1].head;
  return (h == 0 ? std::string("ROOT") : w[h - 1].form) + " " + w[id - 1].deprel;
}

#define REQUIRE_SHIPPED_MODELS() \
  if (!shipped()) GTEST_SKIP() << "no shipped models in " << default_model_dir() << " (tagger.bin, parser.bin, ner.bin)"

TEST(ShippedModels, PassiveWithAgent) {
  REQUIRE_SHIPPED_MODELS();
  const auto w = parse_tokens("The peace talks were hosted by the Norwegian government .");
  EXPECT_EQ(arc(w, 3), "hosted nsubj:pass");
  EXPECT_EQ(arc(w, 4), "hosted aux:pass");
  EXPECT_EQ(arc(w, 9), "hosted obl:agent");
  EXPECT_EQ(w[4].lemma, "host");
  EXPECT_EQ(w[3].lemma, "be");
}

TEST(ShippedModels, AVerblessSentenceGetsItsVerb) {
  REQUIRE_SHIPPED_MODELS();
  // Short wire sentences the tagger alone reads as one noun phrase: the past form after the subject is the verb.
  auto w = parse_tokens("Turkey shot down a Russian jet .");
  EXPECT_EQ(w[1].upos, "VERB");
  EXPECT_EQ(arc(w, 2), "ROOT root");
  EXPECT_EQ(arc(w, 1), "shot nsubj");
  w = parse_tokens("The US imposed sanctions on Russia .");
  EXPECT_EQ(w[2].upos, "VERB");
  EXPECT_EQ(arc(w, 4), "imposed obj");
  // A verb in a relative clause is none of the main clause's, which still needs one.
  w = parse_tokens(
      "European Union ministers on Monday imposed sanctions on five officials over protests that followed "
      "the vote .");
  EXPECT_EQ(w[5].upos, "VERB");
  // A fragment with no past form stays verbless ("shop" is no verb here), so does a caption.
  w = parse_tokens("Nice little book shop .");
  for (const auto& word : w) EXPECT_NE(word.upos, "VERB") << word.form;
  w = parse_tokens("Image : Ann Lee .");
  for (const auto& word : w) EXPECT_NE(word.upos, "VERB") << word.form;
}

TEST(ShippedModels, AVerbInsideANameBeforeTheNamesVerbIsPartOfTheName) {
  REQUIRE_SHIPPED_MODELS();
  // "Watch" was read as an auxiliary ("Rights Watch said" a passive), and the speaker was lost.
  auto w = parse_tokens("Human Rights Watch said the raid was unlawful .");
  EXPECT_EQ(w[2].upos, "PROPN");
  EXPECT_EQ(w[3].upos, "VERB");
  EXPECT_EQ(w[3].deprel, "root");
  // A title-case headline keeps its verb before a gerund, and a real auxiliary stays one.
  w = parse_tokens("Syrian Forces Deny Killing Civilians");
  EXPECT_EQ(w[2].upos, "VERB");
  w = parse_tokens("You And Your Boys Have Done Great");
  EXPECT_NE(w[4].upos, "PROPN");
}

TEST(ShippedModels, APastTenseAfterTheOpeningSubjectIsNoParticiple) {
  REQUIRE_SHIPPED_MODELS();
  // The tagger alone read "shelled" as a participle ("tanks [that were] shelled"), and the parser then made the
  // whole clause the speaker's subject. With an object after it, it is the clause's verb.
  auto w = parse_tokens("Israeli tanks shelled Rafah on Sunday , the ministry said .");
  EXPECT_EQ(w[2].xpos, "VBD");
  EXPECT_EQ(arc(w, 2), "shelled nsubj");
  EXPECT_EQ(arc(w, 4), "shelled obj");
  // A participle that names stays one.
  w = parse_tokens("A man named Ali Hassan spoke to reporters .");
  EXPECT_EQ(w[2].xpos, "VBN");
  // A bare noun object when no other finite verb is there.
  w = parse_tokens("Turkish drones struck oil depots on Thursday , killing nine people .");
  EXPECT_EQ(w[2].xpos, "VBD");
  // A past form right after a subject pronoun is its verb, and so is a third-person form after "it".
  w = parse_tokens("The ministry criticised the strike , saying it endangered civil aviation .");
  EXPECT_EQ(w[8].upos, "VERB");
  w = parse_tokens("The navy rarely comments on raids , but it has said it targets arms depots .");
  EXPECT_EQ(w[12].xpos, "VBZ");
}

TEST(ShippedModels, AfterDoAndANegationComesAVerb) {
  REQUIRE_SHIPPED_MODELS();
  // "brief" was read as an adjective of "Trump", and the denial ("claimed it did not brief him") was lost.
  auto w = parse_tokens("The council said it did not brief Trump about the plan .");
  EXPECT_EQ(w[6].upos, "VERB");
  EXPECT_EQ(w[6].xpos, "VB");
  EXPECT_EQ(arc(w, 8), "brief obj");
  // A noun after "did" with no negation stays a noun.
  w = parse_tokens("The agency did the survey in May .");
  EXPECT_EQ(w[4].upos, "NOUN");
}

TEST(ShippedModels, AfterHaveAndAnAdverbComesAParticiple) {
  REQUIRE_SHIPPED_MODELS();
  // A quoted adverb between "had" and "shot" made "shot" a noun, and the act lost its verb.
  auto w = parse_tokens("Officials said the army had \" mistakenly \" shot down a passenger jet .");
  EXPECT_EQ(w[8].upos, "VERB");
  EXPECT_EQ(w[8].xpos, "VBN");
  // A noun after "had" with no adverb between stays a noun.
  w = parse_tokens("The army had shots fired over the crowd .");
  EXPECT_EQ(w[3].upos, "NOUN");
}

TEST(ShippedModels, AfterUseABareVerbBeforeANounIsItsModifier) {
  REQUIRE_SHIPPED_MODELS();
  // "used tear gas" was read as "used to tear", and the police's use of force lost its object.
  auto w = parse_tokens("Riot police used tear gas against the marchers .");
  EXPECT_EQ(w[3].upos, "NOUN");
  EXPECT_EQ(arc(w, 5), "used obj");
  // A verb after "used to" stays a verb.
  w = parse_tokens("The army used to patrol the border .");
  EXPECT_EQ(w[4].upos, "VERB");
}

TEST(ShippedModels, APastFormBetweenAnArticleOrPrepositionAndANounIsItsModifier) {
  REQUIRE_SHIPPED_MODELS();
  // "exiled" was read as a past tense and a clause verb with the people as its object ("met with" lost them).
  auto w = parse_tokens("The minister met with exiled poets from Ruritania .");
  EXPECT_EQ(w[4].xpos, "VBN");
  EXPECT_EQ(arc(w, 5), "poets amod");
  EXPECT_EQ(arc(w, 6), "met obl");
  // A bare number is often the subject: its verb stays a verb.
  w = parse_tokens("Two poets were killed and 12 received wounds .");
  EXPECT_EQ(w[6].xpos, "VBD");
}

TEST(ShippedModels, AnAdjectiveBetweenAPossessiveAndAVerbIsTheSubjectsNoun) {
  REQUIRE_SHIPPED_MODELS();
  // "military" was read as an adjective, and the clause could lose its subject.
  auto w = parse_tokens("Freedonia 's military shelled the border town .");
  EXPECT_EQ(w[2].xpos, "NN");
  EXPECT_EQ(arc(w, 3), "shelled nsubj");
  // Before a noun an adjective stays one.
  w = parse_tokens("Ruritania 's military leaders met on Monday .");
  EXPECT_EQ(w[2].xpos, "JJ");
}

TEST(ShippedModels, AfterAModalAWordThatCanBeAVerbIsTheVerb) {
  REQUIRE_SHIPPED_MODELS();
  // "free" was read as an adverb, and the clause had no verb: the prisoners were freed by nobody.
  auto w = parse_tokens("The junta announced it would free over 200 jailed students by the end of May .");
  EXPECT_EQ(w[5].upos, "VERB");
  EXPECT_EQ(arc(w, 6), "announced ccomp");
  EXPECT_EQ(arc(w, 10), "free obj");
  // An adverb before the verb stays an adverb.
  w = parse_tokens("We would really appreciate an answer .");
  EXPECT_EQ(w[2].upos, "ADV");
  EXPECT_EQ(w[3].upos, "VERB");
}

TEST(ShippedModels, AClauseOpenedByAsHasItsVerbAndSubject) {
  REQUIRE_SHIPPED_MODELS();
  // "prepared" was read as an adjective of "envoy", and "envoy" as a phrase of "ended" ("as the envoy").
  auto w = parse_tokens("The summit ended as the Chinese envoy prepared to leave the capital .");
  EXPECT_EQ(w[7].upos, "VERB");
  EXPECT_EQ(arc(w, 7), "prepared nsubj");
  EXPECT_EQ(arc(w, 4), "prepared mark");
  EXPECT_EQ(arc(w, 8), "ended advcl");
  // The verb was right, its subject a phrase of the main verb.
  w = parse_tokens("Protests grew as the army chief planned to extend the curfew .");
  EXPECT_EQ(arc(w, 6), "planned nsubj");
}

TEST(ShippedModels, ANameAndReportsThatEndTheSentenceAreItsSpeakerAndVerb) {
  REQUIRE_SHIPPED_MODELS();
  // Copy that lost the comma before its speaker: "reports" was read as a plural noun of the name.
  auto w = parse_tokens("Gunmen attacked the convoy near the town on Monday Al-Noor News Network reports .");
  EXPECT_EQ(w[12].upos, "VERB");
  EXPECT_EQ(w[12].xpos, "VBZ");
  w = parse_tokens("Rebels shelled the depot near the border Syrian state TV reports .");
  EXPECT_EQ(w[10].xpos, "VBZ");
  // A noun after a preposition stays a noun.
  w = parse_tokens("Prices rose sharply according to Syrian state media reports .");
  EXPECT_EQ(w[8].upos, "NOUN");
}

TEST(ShippedModels, ARareContentWordGetsNoClosedClassTag) {
  REQUIRE_SHIPPED_MODELS();
  // A word the treebank hardly shows, known to WordNet as a noun: after a plural noun and before a verb, the
  // tagger alone read it as an auxiliary ("weapons were said").
  auto w = parse_tokens("The chemical weapons watchdog said it was worried .");
  EXPECT_EQ(w[3].upos, "NOUN");
  EXPECT_EQ(w[4].upos, "VERB");
  EXPECT_EQ(arc(w, 4), "said nsubj");
  // Rare prepositions that WordNet knows as adverbs keep their closed-class tag.
  w = parse_tokens("The cables run underneath the old bridge .");
  EXPECT_EQ(w[3].upos, "ADP");
}

TEST(ShippedModels, ReportedSpeechIsCcomp) {
  REQUIRE_SHIPPED_MODELS();
  const auto w = parse_tokens("The spokesman said that the troops would leave the city .");
  EXPECT_EQ(arc(w, 3), "ROOT root");
  EXPECT_EQ(arc(w, 8), "said ccomp");
  EXPECT_EQ(arc(w, 6), "leave nsubj");
  EXPECT_EQ(w[2].lemma, "say");
}

TEST(ShippedModels, CoordinationAndNegation) {
  REQUIRE_SHIPPED_MODELS();
  // (With a bare plural subject, "Rebels attacked the convoy ...", both the feature-set-2 and -3 parsers read
  // "Rebels attacked ..." as a noun with a reduced relative clause: a known weakness, see models/README.md.)
  const auto w = parse_tokens("The rebels attacked the convoy and seized two trucks .");
  EXPECT_EQ(arc(w, 2), "attacked nsubj");
  EXPECT_EQ(arc(w, 7), "attacked conj");
  EXPECT_EQ(arc(w, 6), "seized cc");
  EXPECT_EQ(w[6].lemma, "seize");
  const auto n = parse_tokens("The president did not sign the treaty .");
  EXPECT_EQ(arc(n, 4), "sign advmod");
  EXPECT_EQ(arc(n, 3), "sign aux");
  EXPECT_EQ(n[2].lemma, "do");
}

TEST(ShippedModels, IrregularVerbLemmas) {
  REQUIRE_SHIPPED_MODELS();
  const auto w = parse_tokens("Soldiers fought and fled as the government forces struck back .");
  EXPECT_EQ(w[1].lemma, "fight");
  EXPECT_EQ(w[3].lemma, "flee");
  EXPECT_EQ(w[8].lemma, "strike");
}

TEST(ShippedModels, SurnamesAreTheirOwnLemmas) {
  REQUIRE_SHIPPED_MODELS();
  // Before, the treebank's one "Nov" -> "November" made every name in -ov a month ("Lavrovember").
  const auto w = parse_tokens("Lavrov and Peskov met Moreau on Nov 3 .");
  EXPECT_EQ(w[0].lemma, "Lavrov");
  EXPECT_EQ(w[2].lemma, "Peskov");
  EXPECT_EQ(w[4].lemma, "Moreau");
  EXPECT_EQ(w[6].lemma, "November");
}

TEST(ShippedModels, RegularVerbLemmasTheRulesMissAreCheckedAgainstTheLexicon) {
  REQUIRE_SHIPPED_MODELS();
  const auto w = parse_tokens("The minister declined to comment , noting that talks continued .");
  EXPECT_EQ(w[2].lemma, "decline");
  EXPECT_EQ(w[6].lemma, "note");
  EXPECT_EQ(w[9].lemma, "continue");
}

TEST(Lemmatizer, RegularLemmaCandidatesUndoInflections) {
  const auto c = regular_lemma_candidates("Declined");
  ASSERT_FALSE(c.empty());
  EXPECT_EQ(c[0], "declined");
  EXPECT_NE(std::find(c.begin(), c.end(), "decline"), c.end());
  const auto p = regular_lemma_candidates("planning");
  EXPECT_NE(std::find(p.begin(), p.end(), "plan"), p.end());
  const auto y = regular_lemma_candidates("denied");
  EXPECT_NE(std::find(y.begin(), y.end(), "deny"), y.end());
}

TEST(ShippedModels, AccuracyOnGumDevSample) {
  // GUM (evaluation only, never trained on): the tagger is trained on EWT train and the parser on EWT train+dev,
  // so EWT dev is no longer held out for the parser.
  REQUIRE_SHIPPED_MODELS();
  const std::string path = DUNLIN_SHARED_DIR "/data/ud/en_gum-ud-dev.conllu";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " is absent";
  auto gold = read_conllu_file(path);
  gold.resize(std::min<size_t>(gold.size(), 600));  // a sample keeps this fast under sanitizers
  Document doc = document_from_conllu(gold);
  shipped()->annotate(doc);
  const auto out = conllu_from_document(doc);
  size_t n = 0, upos = 0, lemma = 0, uas = 0, las = 0;
  for (size_t s = 0; s < gold.size(); ++s)
    for (size_t i = 0; i < gold[s].words.size(); ++i, ++n) {
      const auto &g = gold[s].words[i], &p = out[s].words[i];
      upos += g.upos == p.upos;
      lemma += g.lemma == p.lemma;
      uas += g.head == p.head;
      las += g.head == p.head && g.deprel == p.deprel;
    }
  std::cout << "GUM dev first 600 sentences: upos=" << 100.0 * upos / n << " lemma=" << 100.0 * lemma / n
            << " uas=" << 100.0 * uas / n << " las=" << 100.0 * las / n << '\n';
  // Measured on these 600 sentences with the models of 2026-11-26 (session 2): upos=95.89 lemma=97.26 uas=82.28
  // las=78.83. The floors are a point
  // below: a regression guard, not the figures of record (models/README.md has those).
  EXPECT_GT(100.0 * upos / n, 94.9);
  EXPECT_GT(100.0 * lemma / n, 96.2);
  EXPECT_GT(100.0 * uas / n, 81.3);
  EXPECT_GT(100.0 * las / n, 77.8);
}

TEST(ShippedModels, NerOnUnerDevSample) {
  REQUIRE_SHIPPED_MODELS();
  const std::string path = DUNLIN_SHARED_DIR "/data/uner/en_ewt-ud-dev.iob2";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " is absent";
  const auto gold = read_iob2_file(path);
  size_t tp = 0, pred = 0, g = 0;
  // One Document per gold document, as the recognizer's document features expect.
  for (size_t d = 0; d < gold.size();) {
    size_t d_end = d + 1;
    while (d_end < gold.size() && !gold[d_end].doc_start) ++d_end;
    std::vector<ConlluSentence> sents(d_end - d);
    for (size_t s = d; s < d_end; ++s)
      for (const auto& w : gold[s].words) {
        ConlluWord cw;
        cw.form = w;
        sents[s - d].words.push_back(cw);
      }
    Document doc = document_from_conllu(sents);
    shipped()->annotate(doc);
    pred += doc.entities.size();
    size_t e = 0;
    for (size_t s = d; s < d_end; ++s) {
      const auto gs = spans_of_iob2(gold[s].tags);
      g += gs.size();
      const uint32_t first = doc.sentences.first_token[s - d], end = doc.sentences.end_token[s - d];
      for (; e < doc.entities.size() && doc.entities.first_token[e] < end; ++e) {
        const EntitySpan x{doc.entities.first_token[e] - first, doc.entities.end_token[e] - first, doc.entities.label[e]};
        tp += std::find(gs.begin(), gs.end(), x) != gs.end();
      }
    }
    d = d_end;
  }
  const double f1 = 200.0 * tp / double(pred + g);
  std::cout << "UNER EWT dev: ner_f1=" << f1 << '\n';
  EXPECT_GT(f1, 75.5) << "UNER dev span F1 (76.31 when the model was committed, session 7)";
}

}  // namespace
}  // namespace dunlin::nlp
