// `dunlin eval tag|parse|ner`: scores the NLP models against gold files with gold tokenization (CoNLL 2018
// style: every word counts, punctuation included; LAS compares full relations with subtypes; NER is exact-span
// micro P/R/F1 as in seqeval). Each command ends with one summary line of key=value pairs.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>

#include "commands.h"
#include "dunlin/nlp/pipeline.h"
#include "dunlin/nlp/raw_parse_evaluation.h"
#include "dunlin/segment/evaluation.h"
#include "dunlin/segment/segmenter.h"

namespace dunlin::cli {
namespace {

struct EvalArgs {
  std::string gold, model, models;
  std::string output;  // eval ner: word, gold tag and predicted tag per line (for error analysis)
  bool raw = false;
  bool gold_tags = false;
  int beam = 0;  // parser beam width override (0 = the model's)
  float network_weight = -1;  // parser network weight override (< 0 = the model's)
  int network_candidates = -1;  // and candidate count (< 0 = the model's)
  float network_margin = -1;    // and margin (< 0 = the model's)
};

std::string pct(size_t ok, size_t n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", n ? 100.0 * double(ok) / double(n) : 0.0);
  return buf;
}

nlp::Pipeline load_pipeline(const EvalArgs& a, nlp::Pipeline::Components which, const char* component) {
  const std::string dir = a.models.empty() ? nlp::default_model_dir() : a.models;
  // The component given with --model is not read from the folder (whose copy may be of another version).
  if (!a.model.empty() && std::string(component) == "ner") which.ner = false;
  if (!a.model.empty() && std::string(component) == "parser") which.parser = false;
  nlp::Pipeline p = nlp::Pipeline::load(dir, which);
  if (!a.model.empty()) {
    const nlp::ModelFile f = nlp::ModelFile::read(a.model);
    if (std::string(component) == "tagger") p.set_tagger(nlp::Tagger::load(f), nlp::Lemmatizer::load(f));
    if (std::string(component) == "parser") p.set_parser(nlp::Parser::load(f));
    if (std::string(component) == "ner") p.set_ner(nlp::Ner::load(f));
  }
  if (a.beam > 0 && p.parser()) {
    nlp::Parser parser = *p.parser();
    parser.set_beam_width(a.beam);
    p.set_parser(std::move(parser));
  }
  if ((a.network_weight >= 0 || a.network_candidates >= 0 || a.network_margin >= 0) && p.parser()) {
    if (!p.parser()->has_network())
      throw std::runtime_error("--network-weight, --network-candidates, --network-margin: the parser has no network");
    nlp::Parser parser = *p.parser();
    if (a.network_weight >= 0) parser.set_network_weight(a.network_weight);
    if (a.network_candidates >= 0) parser.set_network_candidates(a.network_candidates);
    if (a.network_margin >= 0) parser.set_network_margin(a.network_margin);
    p.set_parser(std::move(parser));
  }
  return p;
}

CLI::App* add_eval(CLI::App& eval, const char* name, const char* help, EvalArgs& a) {
  CLI::App* c = eval.add_subcommand(name, help);
  c->add_option("--gold", a.gold, "gold file")->required()->check(CLI::ExistingFile);
  c->add_option("--model", a.model, "model file to evaluate (default: the one in the model folder)");
  c->add_option("--models", a.models, "model folder (default: $DUNLIN_MODEL_DIR or the repository's models/)");
  return c;
}

struct TagScores {
  size_t n = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
};

TagScores score_syntax(const std::vector<ConlluSentence>& gold, const Document& doc) {
  TagScores s;
  const SyntaxLayer& syn = doc.syntax;
  for (size_t si = 0; si < gold.size(); ++si) {
    const uint32_t first = doc.sentences.first_token[si];
    for (size_t i = 0; i < gold[si].words.size(); ++i, ++s.n) {
      const ConlluWord& g = gold[si].words[i];
      const size_t t = first + i;
      if (syn.has_tags()) {
        s.upos += g.upos == upos_name(static_cast<Upos>(syn.upos[t]));
        s.xpos += g.xpos == syn.xpos_name(t);
        s.lemma += g.lemma == syn.lemma(t);
      }
      if (syn.has_parse()) {
        const int head = syn.head[t] == SyntaxLayer::kRoot ? 0 : static_cast<int>(syn.head[t] - first + 1);
        if (head == g.head) {
          ++s.uas;
          s.las += g.deprel == syn.deprel_name(t);
        }
      }
    }
  }
  return s;
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

void add_eval_nlp_commands(CLI::App& eval, int& status) {
  auto args = std::make_shared<EvalArgs>();

  add_eval(eval, "tag", "UPOS, XPOS and lemma accuracy on a CoNLL-U file (gold tokenization)", *args)
      ->callback([args, &status] {
        const auto gold = read_conllu_file(args->gold);
        const nlp::Pipeline p = load_pipeline(*args, {true, false, false}, "tagger");
        Document doc = nlp::document_from_conllu(gold);
        const auto t0 = std::chrono::steady_clock::now();
        p.annotate(doc);
        const double secs = seconds_since(t0);
        const TagScores s = score_syntax(gold, doc);
        std::cout << "words=" << s.n << " seconds=" << secs << " words_per_second=" << int(s.n / secs) << '\n';
        std::cout << "upos=" << pct(s.upos, s.n) << " xpos=" << pct(s.xpos, s.n) << " lemma=" << pct(s.lemma, s.n)
                  << '\n';
        status = 0;
      });

  CLI::App* parse = add_eval(eval, "parse", "UPOS, XPOS, lemma, UAS, LAS on a CoNLL-U file (gold tokenization)", *args);
  parse->add_option("--beam", args->beam, "parser beam width (default: the model's)");
  parse->add_option("--network-weight", args->network_weight,
                    "weight of the parser's network scores (default: the model's; for a combined parser)");
  parse
      ->add_option("--network-candidates", args->network_candidates,
                   "how many of the perceptron's best transitions the network rescores (0 = all; default: the "
                   "model's)")
      ->check(CLI::NonNegativeNumber);
  parse
      ->add_option("--network-margin", args->network_margin,
                   "the network is not asked when the perceptron's best transition leads by this much (0 = always "
                   "asked; default: the model's)")
      ->check(CLI::NonNegativeNumber);
  parse->add_flag("--gold-tags", args->gold_tags, "parse with the gold UPOS/XPOS instead of predicted tags");
  parse->add_flag("--raw", args->raw,
                  "from raw text: dunlin segments the text rebuilt from the treebank; F1 over aligned words "
                  "(CoNLL 2018 style)");
  parse->callback([args, &status] {
    const auto gold = read_conllu_file(args->gold);
    const nlp::Pipeline p = load_pipeline(*args, {true, true, false}, "parser");
    if (args->raw) {
      if (args->gold_tags) throw CLI::ValidationError("--raw", "cannot be combined with --gold-tags");
      const Segmenter segmenter;
      SegmentationScores segmentation;
      nlp::RawParseScores total;
      for (const GoldDocument& g : gold_documents(gold)) {
        Document d;
        d.id = g.doc.id;
        d.text = g.doc.text;
        segmenter.annotate(d);
        p.annotate(d);
        segmentation += score_segmentation(g, d);
        total += nlp::score_raw_parse(g, d);
      }
      auto f1 = [](const SpanCounts& c) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%.2f", c.f1());
        return std::string(buf);
      };
      std::cout << "gold_words=" << total.words.gold << " system_words=" << total.words.system << " from raw text\n";
      std::cout << "tokens=" << f1(segmentation.tokens) << " sentences=" << f1(segmentation.sentences)
                << " words=" << f1(total.words) << " upos=" << f1(total.upos) << " uas=" << f1(total.uas)
                << " las=" << f1(total.las) << '\n';
      status = 0;
      return;
    }
    Document doc = nlp::document_from_conllu(gold);
    const auto t0 = std::chrono::steady_clock::now();
    p.annotate(doc);
    if (args->gold_tags) {  // re-parse every sentence from the gold tags
      for (size_t si = 0; si < gold.size(); ++si) {
        ConlluSentence s = gold[si];
        p.parser()->parse(s);
        const uint32_t first = doc.sentences.first_token[si];
        const auto& names = *p.parser()->label_names();
        for (size_t i = 0; i < s.words.size(); ++i) {
          doc.syntax.head[first + i] = s.words[i].head == 0 ? SyntaxLayer::kRoot : first + s.words[i].head - 1;
          doc.syntax.deprel[first + i] =
              static_cast<uint16_t>(std::find(names.begin(), names.end(), s.words[i].deprel) - names.begin());
        }
      }
    }
    const double secs = seconds_since(t0);
    const TagScores s = score_syntax(gold, doc);
    std::cout << "words=" << s.n << " seconds=" << secs << " words_per_second=" << int(s.n / secs)
              << (args->gold_tags ? " tags=gold" : " tags=predicted") << '\n';
    std::cout << "upos=" << pct(s.upos, s.n) << " xpos=" << pct(s.xpos, s.n) << " lemma=" << pct(s.lemma, s.n)
              << " uas=" << pct(s.uas, s.n) << " las=" << pct(s.las, s.n) << '\n';
    status = 0;
  });

  CLI::App* ner = add_eval(eval, "ner", "exact-span NER precision/recall/F1 on a UNER IOB2 file (gold tokenization)", *args);
  ner->add_option("--output", args->output, "also write word<TAB>gold<TAB>predicted IOB2 tags per line to this file");
  ner->callback([args, &status] {
        const auto gold = nlp::read_iob2_file(args->gold);
        const nlp::Pipeline p = load_pipeline(*args, {true, false, true}, "ner");
        // One Document per gold document ("# newdoc"), as the recognizer's document features expect; the
        // predicted spans are collected per sentence.
        std::vector<std::vector<nlp::EntitySpan>> predicted(gold.size());
        for (size_t d = 0; d < gold.size();) {
          size_t d_end = d + 1;
          while (d_end < gold.size() && !gold[d_end].doc_start) ++d_end;
          std::vector<ConlluSentence> as_conllu(d_end - d);
          for (size_t s = d; s < d_end; ++s)
            for (const auto& w : gold[s].words) {
              ConlluWord cw;
              cw.form = w;
              as_conllu[s - d].words.push_back(std::move(cw));
            }
          Document doc = nlp::document_from_conllu(as_conllu);
          p.annotate(doc);
          size_t e = 0;
          for (size_t s = d; s < d_end; ++s) {
            const uint32_t first = doc.sentences.first_token[s - d], end = doc.sentences.end_token[s - d];
            for (; e < doc.entities.size() && doc.entities.first_token[e] < end; ++e)
              predicted[s].push_back(
                  {doc.entities.first_token[e] - first, doc.entities.end_token[e] - first, doc.entities.label[e]});
          }
          d = d_end;
        }
        std::map<std::string, std::array<size_t, 3>> counts;  // label -> tp, predicted, gold
        std::ofstream out;
        if (!args->output.empty()) {
          out.open(args->output);
          if (!out) throw CLI::ValidationError("--output", args->output + ": cannot write");
        }
        for (size_t s = 0; s < gold.size(); ++s) {
          const std::vector<nlp::EntitySpan>& pred = predicted[s];
          const auto g = nlp::spans_of_iob2(gold[s].tags);
          for (const auto& x : pred) {
            counts[entity_label_name(x.label)][1]++;
            if (std::find(g.begin(), g.end(), x) != g.end()) counts[entity_label_name(x.label)][0]++;
          }
          for (const auto& x : g) counts[entity_label_name(x.label)][2]++;
          if (out.is_open()) {
            std::vector<std::string> tags(gold[s].words.size(), "O");
            for (const auto& x : pred)
              for (uint32_t i = x.first; i < x.end; ++i)
                tags[i] = std::string(i == x.first ? "B-" : "I-") + entity_label_name(x.label);
            if (!gold[s].id.empty()) out << "# sent_id = " << gold[s].id << '\n';
            for (size_t i = 0; i < tags.size(); ++i)
              out << gold[s].words[i] << '\t' << gold[s].tags[i] << '\t' << tags[i] << '\n';
            out << '\n';
          }
        }
        std::array<size_t, 3> all{};
        auto line = [](const std::array<size_t, 3>& c) {
          const double prec = c[1] ? double(c[0]) / c[1] : 0, rec = c[2] ? double(c[0]) / c[2] : 0;
          const double f = prec + rec > 0 ? 2 * prec * rec / (prec + rec) : 0;
          char buf[96];
          std::snprintf(buf, sizeof buf, "p=%.2f r=%.2f f1=%.2f", 100 * prec, 100 * rec, 100 * f);
          return std::string(buf);
        };
        for (const auto& [label, c] : counts) {
          std::cout << label << ": " << line(c) << " gold=" << c[2] << " predicted=" << c[1] << '\n';
          for (int k = 0; k < 3; ++k) all[k] += c[k];
        }
        std::string summary = line(all);
        std::cout << "ner_" << summary.replace(summary.find("r="), 2, "ner_r=").replace(summary.find("f1="), 3, "ner_f1=")
                  << '\n';
        status = 0;
  });
}

}  // namespace dunlin::cli
