// SentenceCoder, complement governors and modality: the complement verb over a clause (agreed to, threatened to,
// urged X to, denied that), denial, unrealized and conditional events, and the future reading of "will".
#include "dunlin/events/sentence_coder.h"

#include <algorithm>

#include "dunlin/text/ascii.h"

namespace dunlin::event_coding {

// The first verb of the coordination p belongs to ("invade" in "threatened to invade and occupy"): what governs
// or denies it governs or denies every conjunct.
uint32_t SentenceCoder::first_conjunct(uint32_t p) const {
  for (int depth = 0; depth < 16 && tree_.deprel(p) == "conj"; ++depth) {
    const uint32_t h = tree_.head(p);
    if (h == kNone) break;
    p = h;
  }
  return p;
}

std::optional<SentenceCoder::Governor> SentenceCoder::governor_of(uint32_t p) const {
  p = first_conjunct(p);
  const std::string_view rel = tree_.deprel(p);
  // "vowed to keep fighting", "threatened to continue the strikes": an aspectual verb passes its governor on to the
  // act it keeps up, starts or resumes.
  if (rel == "xcomp")
    if (const uint32_t a = tree_.head(p); a != kNone && aspectual(a))
      if (auto through = governor_of(a)) return through;
  // Demands and appeals govern that-clauses too ("demanded that Israel withdraw"); the class decides below.
  const bool infinitive = infinitive_complement(p);
  if (!infinitive && rel != "ccomp") return std::nullopt;
  const uint32_t g = tree_.head(p);
  // Adjectives govern too: "is ready to send", "was unwilling to meet".
  if (g == kNone || (tree_.upos(g) != Upos::VERB && tree_.upos(g) != Upos::ADJ)) return std::nullopt;
  std::optional<Governor> found;
  const auto rows = complements_.lookup(dictionary_lemma(g, FrameKind::verb));
  // A verb with both readings ("Russia wants to meet" / "Russia wants Syria to withdraw"): with an actor or a
  // pronoun as its addressee before the complement, the reading in which the addressee acts.
  if (infinitive) {
    const uint32_t a = addressee(g);
    if (a != kNone && a < p && (actor_of(a) >= 0 || tree_.upos(a) == Upos::PRON))
      for (const ComplementVerb& v : rows)
        if (v.object_acts && takes_infinitive(v.cls)) return Governor{g, v};
  }
  for (const ComplementVerb& v : rows) {
    if (v.object_acts && rows.size() > 1 && std::any_of(rows.begin(), rows.end(), [](const ComplementVerb& w) {
          return !w.object_acts;
        }))
      continue;  // the other reading, when there is no addressee
    const bool that_clause_ok = v.cls == ComplementClass::demand || v.cls == ComplementClass::appeal;
    if (takes_infinitive(v.cls) != infinitive && !(that_clause_ok && !infinitive)) continue;
    // "insists that the budget include ...": a verb both of saying and of demanding demands what its that-clause
    // says ought to be; the report reading only when no other fits.
    if (found && v.cls == ComplementClass::report) continue;
    found = Governor{g, v};
    if (v.cls != ComplementClass::report) break;
  }
  return found;
}

bool SentenceCoder::aspectual(uint32_t v) const {
  return tree_.upos(v) == Upos::VERB &&
         is_one_of(ascii_lower(tree_.lemma(v)), {"keep", "continue", "resume", "start", "begin"});
}

// True when p lies inside what a deny- or negate-class verb governs (its complement, or its object and what hangs
// on that: "denied reports that ..."), or under a negated reporting verb.
bool SentenceCoder::denied(uint32_t p) const {
  uint32_t child = first_conjunct(p);
  for (int depth = 0; depth < 12; ++depth) {
    const uint32_t h = tree_.head(child);
    if (h == kNone || h < first_ || h >= end_) return false;
    const std::string_view rel = tree_.base_deprel(child);
    if (tree_.upos(h) == Upos::VERB && (rel == "ccomp" || rel == "xcomp" || rel == "obj")) {
      for (const ComplementVerb& v : complements_.lookup(dictionary_lemma(h, FrameKind::verb)))
        if (v.cls == ComplementClass::deny || v.cls == ComplementClass::negate) return true;
    }
    if (rel == "nsubj" || rel == "advcl" || rel == "parataxis" || rel == "conj") return false;
    child = h;
  }
  return false;
}

// True when p is (inside) the complement of a verb of attempt, desire or plan ("wants to", "plans to"), or of
// suspicion ("a trader suspected to have sold rifles to X": not established).
bool SentenceCoder::unrealized(uint32_t p) const {
  // "warned Beijing against supplying weapons", "voted against sending troops", "cautioned against escalating": an
  // act one is against is not done.
  for (uint32_t ch : tree_.children(p))
    if (ch + 1 == p && is_one_of(tree_.base_deprel(ch), {"mark", "case"}) && ascii_lower(tree_.text(ch)) == "against")
      return true;
  auto g = governor_of(p);
  // (A suspected attribute is no suspected act: "jets believed to be Iranian struck X", whatever the parse.)
  return g && (g->entry.cls == ComplementClass::attempt || g->entry.cls == ComplementClass::desire ||
               g->entry.cls == ComplementClass::plan ||
               (g->entry.cls == ComplementClass::hedge && tree_.child(p, "cop") == kNone));
}

// True when p has a modal of possibility ("may", "might", "could", "would", "will") and an "if" or "unless"
// clause of its own, and is not itself a condition or a governed complement other than reported speech.
bool SentenceCoder::conditional_threat(uint32_t p) const {
  // Reported speech does not change it ("X may halt its mediation if ..., a diplomat said"); any other governor
  // does ("wants to know whether X may ...").
  const auto g = governor_of(p);
  if (g && g->entry.cls != ComplementClass::report) return false;
  auto is_condition = [&](uint32_t clause) {
    if (tree_.base_deprel(clause) != "advcl") return false;
    for (uint32_t m : tree_.children(clause))
      if (tree_.base_deprel(m) == "mark" && is_one_of(ascii_lower(tree_.text(m)), {"if", "unless"})) return true;
    return false;
  };
  bool modal = false, condition = false;
  for (uint32_t ch : tree_.children(p)) {
    const std::string lemma = ascii_lower(tree_.lemma(ch));
    const std::string_view rel = tree_.base_deprel(ch);
    if (rel == "aux" && is_one_of(lemma, {"may", "might", "could", "would", "will", "'ll"})) modal = true;
    if (rel == "mark") return false;
    condition = condition || is_condition(ch);
  }
  // "X may halt ... if the talks fail, a diplomat said": a condition between the content and the verb of saying
  // after it is the content's, wherever the parser hung it.
  if (g && !condition && g->verb > p)
    for (uint32_t ch : tree_.children(g->verb))
      if (ch > p && ch < g->verb && is_condition(ch)) condition = true;
  return modal && condition;
}

// The subject of an "if" or "unless" clause of verb p or of its governor g, when it is an actor.
uint32_t SentenceCoder::condition_subject(uint32_t p, uint32_t g) const {
  for (uint32_t v : {p, g}) {
    for (uint32_t ch : tree_.children(v)) {
      if (tree_.base_deprel(ch) != "advcl") continue;
      bool conditional = false;
      for (uint32_t m : tree_.children(ch))
        if (tree_.base_deprel(m) == "mark" && is_one_of(ascii_lower(tree_.text(m)), {"if", "unless"}))
          conditional = true;
      if (!conditional) continue;
      const uint32_t s = tree_.child(ch, "nsubj");
      if (s != kNone && actor_of(s) >= 0) return s;
    }
  }
  return kNone;
}

// "will meet" -> intent to meet (03x); "will strike" -> threat (13x); other roots keep their code.
std::string SentenceCoder::future_code(const std::string& cameo) const {
  const std::string root = cameo.substr(0, 2);
  // "he will resign on Friday": an announced resignation is the resignation (as an offer to resign, the gold sets'
  // convention).
  if (cameo == "0831") return cameo;
  if (root >= "04" && root <= "08") {
    const std::string code = complements_.code_for(ComplementClass::intent, root);
    if (!code.empty()) return code;
  }
  if (root >= "14" && root <= "20") {
    const std::string code = complements_.code_for(ComplementClass::threat, root);
    if (!code.empty()) return code;
  }
  return cameo;
}

// "The president ordered the army to withdraw", "instructed the ministries to review the contracts": a state actor (GOV,
// MIL, COP) commanding its own side, the addressee being an actor of the same country and a state sector ("the
// Justice Department", "the defence minister"; not a pronoun, whose antecedent may be wrong), or a noun phrase naming
// no actor at all ("the agencies", "units"). What a government orders its own agencies to do is the
// government's act (an analyst codes "ordered troops to withdraw" as the withdrawal, not as a demand on the troops).
// Verbs of command only (complement verbs of class demand whose lemma is order, instruct, direct, command or task);
// a court's order (JUD) stays a demand.
bool SentenceCoder::orders_own_side(uint32_t verb) const {
  if (!is_one_of(ascii_lower(tree_.lemma(verb)), {"order", "instruct", "direct", "command", "task"})) return false;
  const int32_t source = actor_of(clause_of(verb).agent);
  if (source < 0) return false;
  const Actor& s = doc_.actors.actors[source];
  if (!is_one_of(s.sector, {"GOV", "MIL", "COP"}) || s.country.empty()) return false;
  const uint32_t a = addressee(verb);
  if (a == kNone || tree_.deprel(a) != "obj") return false;
  const int32_t addressed = actor_of(a);
  if (addressed < 0) return tree_.upos(a) == Upos::NOUN;
  const Actor& t = doc_.actors.actors[addressed];
  return t.country == s.country && is_one_of(t.sector, {"GOV", "MIL", "COP", "SPY"}) && tree_.upos(a) != Upos::PRON;
}

}  // namespace dunlin::event_coding
