// SentenceCoder, event records: the walk over a sentence's verbs and linking nouns, the combination of a clause
// with its governor, and the Event records emitted for each source and target actor.
#include "dunlin/events/sentence_coder.h"

#include <algorithm>

#include "dunlin/actors/country_dictionary.h"
#include "dunlin/text/ascii.h"
#include "dunlin/time/calendar.h"

namespace dunlin::event_coding {

namespace {
// A meeting, cooperation or agreement between sides (consultation 04, cooperation 06, intent to meet or cooperate
// 030-032, 036, 037, agreement 050, 054, 057): sides named together are each other's partners. Not mediation
// (045): those who broker a deal together do so between others ("a truce brokered by Egypt and Qatar").
bool between_partners(std::string_view cameo) {
  return (cameo.starts_with("04") && cameo != "045") || cameo.starts_with("06") ||
         is_one_of(cameo, {"030", "031", "032", "036", "037", "050", "054", "057"});
}
}  // namespace

// "a diplomat, who asked not to be named, said ...", "who declined to be identified", "requested anonymity":
// the source's terms for speaking, no appeal or refusal of theirs.
bool SentenceCoder::anonymity_formula(uint32_t p) const {
  const std::string lemma = ascii_lower(tree_.lemma(p));
  if (!is_one_of(lemma, {"ask", "decline", "request", "refuse", "want", "wish", "prefer", "insist", "demand"}))
    return false;
  for (uint32_t c : tree_.children(p)) {
    const std::string child = ascii_lower(tree_.lemma(c));
    // (The parser also hangs "not to be named" as an adverbial clause.)
    if (is_one_of(tree_.base_deprel(c), {"xcomp", "advcl", "ccomp"}) &&
        is_one_of(child, {"name", "identify", "quote", "disclose", "reveal"}))
      return true;
    if (tree_.base_deprel(c) == "obj" && is_one_of(child, {"anonymity", "confidentiality"})) return true;
  }
  return false;
}

void SentenceCoder::code(std::vector<Event>& out) {
  for (uint32_t t = first_; t < end_; ++t) {
    if (tree_.upos(t) != Upos::VERB || anonymity_formula(t)) continue;
    if (is_one_of(tree_.base_deprel(t), {"xcomp", "advcl", "ccomp"}) && tree_.head(t) != kNone &&
        anonymity_formula(tree_.head(t)))
      continue;
    code_verb(t, out);
  }
  for (uint32_t t = first_; t < end_; ++t) {
    if (tree_.upos(t) != Upos::NOUN || used_nouns_.count(t)) continue;
    const size_t before = out.size();
    code_linking_noun(t, out);
    if (out.size() == before) code_possessed_event_noun(t, out);
    if (out.size() == before) code_intent_noun(t, out);
  }
}

void SentenceCoder::emit(std::vector<Event>& out, const Clause& c, const Reading& r, uint32_t source_head,
                         uint32_t target_head, bool negated, bool hypothetical, uint32_t governor) {
  std::vector<int32_t> sources = actors_of(source_head);
  std::vector<int32_t> targets = actors_of(target_head);
  // A private person (a name with no role: the actor stage's CVL person) is no political source: "Smith accused the
  // mayor" is not coded, while "the court sentenced Smith" is.
  std::erase_if(sources, [&](int32_t a) { return private_person(a); });
  if (sources.empty()) return;
  // A bare country next to a coded actor of that country is the same actor ("Greek ... Mitsotakis").
  const auto& all = doc_.actors.actors;
  std::erase_if(sources, [&](int32_t a) {
    return all[a].sector.empty() && std::any_of(sources.begin(), sources.end(), [&](int32_t b) {
             return b != a && all[b].country == all[a].country && !all[b].sector.empty();
           });
  });
  // One event per entity on each side: "Assad and his cousin" must not give Assad twice.
  const auto one_per_entity = [&](std::vector<int32_t>& side) {
    std::vector<int32_t> kept;
    for (int32_t a : side)
      if (std::none_of(kept.begin(), kept.end(), [&](int32_t k) { return all[k].entity == all[a].entity; }))
        kept.push_back(a);
    side = std::move(kept);
  };
  one_per_entity(sources);
  one_per_entity(targets);
  // A plain (not reflexive) pronoun is never its own clause's doer ("The senate dismissed it", "it was dismissed by
  // the senate": "it" is not the senate): when the actor stage resolved it to the source, that reading is wrong and
  // the event keeps no target rather than being dropped.
  // Only for the clause's own subject and object (a possessor is no doer: "their voters re-elect them"), and a
  // subject named by a noun (with two pronouns, "he would welcome him", either may be the one resolved wrongly).
  if (target_head != kNone && tree_.upos(target_head) == Upos::PRON && source_head != kNone &&
      tree_.upos(source_head) != Upos::PRON &&
      tree_.head(target_head) == c.predicate && tree_.head(source_head) == c.predicate &&
      !ascii_lower(tree_.text(target_head)).ends_with("self") &&
      !ascii_lower(tree_.text(target_head)).ends_with("selves"))
    std::erase_if(targets, [&](int32_t t) {
      return all[t].head == target_head && std::any_of(sources.begin(), sources.end(), [&](int32_t s) {
               return all[s].head == source_head && all[s].entity == all[t].entity;
             });
    });
  // "The leaders of Turkey and Greece met": plural representatives of conjoined sides are those sides, each side's
  // own (the one the actor stage coded for the phrase keeps its sector).
  if (between_partners(r.cameo) && targets.empty() && sources.size() == 1 && tree_.upos(source_head) == Upos::NOUN &&
      doc_.syntax.xpos_names && source_head < doc_.syntax.xpos.size() && doc_.syntax.xpos_name(source_head) == "NNS")
    for (uint32_t ch : tree_.children(source_head))
      if (tree_.base_deprel(ch) == "nmod" && ascii_lower(tree_.case_marker(ch)) == "of") {
        std::vector<int32_t> sides = actors_of(ch);
        std::erase_if(sides, [&](int32_t a) { return all[a].country.empty(); });
        if (sides.size() < 2) break;
        for (int32_t& side : sides)
          if (all[side].country == all[sources.front()].country) side = sources.front();
        sources = sides;
        one_per_entity(sources);
        break;
      }
  // "Israel and Lebanon renewed negotiations", "the US, Russia and Switzerland met": a meeting, agreement or
  // cooperation of conjoined sides with no other target is between them, one event each way.
  const std::string root = r.cameo.substr(0, 2);
  const bool two_sides = std::any_of(sources.begin(), sources.end(), [&](int32_t a) {
    return all[a].entity != all[sources.front()].entity;
  });
  // "India and France held naval exercises": an exercise (150) two sides hold together is military cooperation
  // between them (062).
  if (two_sides && targets.empty() && r.cameo == "150" && r.frame && r.frame->kind == FrameKind::verb &&
      std::any_of(r.frame->object_lemmas.begin(), r.frame->object_lemmas.end(), [](const std::string& l) {
        return is_one_of(l, {"exercise", "drill", "maneuver", "manoeuvre"});
      })) {
    Reading joint = r;
    joint.cameo = "062";
    emit(out, c, joint, source_head, target_head, negated, hypothetical, governor);
    return;
  }
  // "The minister spoke to reporters": talking to the press is no consultation (04) of the press.
  if (root == "04" && r.frame && r.frame->kind == FrameKind::verb && is_one_of(r.frame->lemma, {"speak", "talk"}) &&
      !targets.empty() && std::all_of(targets.begin(), targets.end(), [&](int32_t t) { return all[t].sector == "MED"; }))
    return;
  // ("X and Y traded accusations / exchanged fire": each did it to the other.)
  const bool exchanged = r.frame && r.frame->kind == FrameKind::verb && is_one_of(r.frame->lemma, {"trade", "exchange"}) &&
                         !r.frame->object_lemmas.empty() && (root == "11" || root == "19");
  const bool between_sources = targets.empty() && two_sides && (between_partners(r.cameo) || exchanged);
  // "Seoul and Tokyo agreed to restore their pact": a target that only points back at the conjoined sides (their,
  // each other) is the same: between them.
  const bool back_to_sources = !targets.empty() && two_sides && std::all_of(targets.begin(), targets.end(), [&](int32_t t) {
    return std::any_of(sources.begin(), sources.end(), [&](int32_t s) { return all[s].entity == all[t].entity; });
  });
  const bool between_themselves = back_to_sources && !between_sources && between_partners(r.cameo);
  // "Both sides accused each other", "X and Y blamed one another": whatever the act, each did it to the other.
  // (Parsed either way round: "each" with "other" as its fixed word, or "other" with "each" as its determiner.)
  const auto each_other = [&](uint32_t t) {
    if (t == kNone) return false;
    const std::string w = ascii_lower(tree_.text(t));
    for (uint32_t ch : tree_.children(t)) {
      const std::string v = ascii_lower(tree_.text(ch));
      if ((w == "each" && v == "other") || (w == "other" && v == "each") || (w == "one" && v == "another") ||
          (w == "another" && v == "one"))
        return true;
    }
    return false;
  };
  const bool reciprocal = targets.empty() && two_sides && (each_other(c.patient) || each_other(target_head));
  if (between_sources || between_themselves || reciprocal) targets = sources;
  if (targets.empty()) targets.push_back(-1);
  // "X held talks with Y", "X clashed with Y": a negotiation or a clash takes two, so Y negotiated or fought with X
  // as well (one event each way).
  const bool mutual = (r.cameo == "046" || (r.frame && r.frame->lemma == "clash") || exchanged) && !between_sources &&
                      !between_themselves;
  for (int32_t s : sources) {
    for (int32_t t : targets) {
      if (t >= 0 && doc_.actors.actors[s].entity == doc_.actors.actors[t].entity) continue;
      for (int32_t turn = 0; turn < (mutual && t >= 0 ? 2 : 1); ++turn) {
        Event e;
        e.sentence = sentence_;
        e.predicate = r.noun != kNone && r.frame && r.frame->kind == FrameKind::noun ? r.noun : c.predicate;
        e.source = s;
        e.target = t;
        e.cameo = riot_code(turn == 0 ? s : t, turn == 0 ? t : s, r.cameo);
        // An attack by a suicide bomber is a bombing (183), not a military one (19x).
        if (e.cameo.starts_with("19") && turn == 0 && suicide_bomber(s)) e.cameo = "183";
        // A ban or other administrative sanction (172, which CAMEO defines on a state's own people: parties,
        // freedoms, curfews) put on another country's government, company or people is a sanction (163).
        if (e.cameo == "172" && t >= 0 && foreign(s, t)) e.cameo = "163";
        // Backing an armed group (rebels, insurgents, militias, an army) is material support, aid (070), not the
        // verbal endorsement (051) that backing a plan or a candidate is.
        if (e.cameo == "051" && t >= 0 && r.frame && r.frame->kind == FrameKind::verb && r.frame->lemma == "back" &&
            is_one_of(doc_.actors.actors[t].sector, {"REB", "INS", "SEP", "UAF", "MIL"}))
          e.cameo = "070";
        // People in the street who protest or rally against someone demonstrate (141); CAMEO's official complaint
        // (114, "Russia protested the decision") and rallying others against someone (113) are acts of officials.
        if ((e.cameo == "113" || e.cameo == "114") && r.frame && r.frame->kind == FrameKind::verb &&
            is_one_of(r.frame->lemma, {"protest", "rally"}) &&
            is_one_of(doc_.actors.actors[turn == 0 ? s : t].sector, {"CVL", "LAB", "AGR", "EDU", "HLH", "REF"}))
          e.cameo = "141";
        e.negated = negated;
        e.modality = hypothetical ? Modality::hypothetical : Modality::asserted;
        e.governor = governor;
        e.frame = r.frame ? r.frame->origin : std::string();
        if (turn == 1) std::swap(e.source, e.target);
        out.push_back(std::move(e));
      }
    }
  }
}

// True when actor a's phrase names a suicide bomber ("an al-Shabaab suicide bomber").
bool SentenceCoder::suicide_bomber(int32_t a) const {
  const Actor& actor = doc_.actors.actors[a];
  if (!is_one_of(ascii_lower(tree_.lemma(actor.head)), {"bomber", "bombers"})) return false;
  for (uint32_t t = actor.first_token; t < actor.head; ++t)
    if (ascii_lower(tree_.text(t)) == "suicide") return true;
  return false;
}

// True when actors a and b are of two different countries (not international bodies or groups).
bool SentenceCoder::foreign(int32_t a, int32_t b) const {
  const std::string& x = doc_.actors.actors[a].country;
  const std::string& y = doc_.actors.actors[b].country;
  return !x.empty() && !y.empty() && x != y && !is_international_code(x) && !is_international_code(y);
}

// True when actor a is, or stands for (a pronoun, a surname met again), a name the dictionaries and the text give no
// role: a CVL actor named by a proper noun with no known name (the actor stage's private persons and appositions
// such as "X, a resident").
// Also a company the dictionaries do not know (the actor stage's BUS organization, "Ford said it was cooperating").
bool SentenceCoder::private_person(int32_t a) const {
  const auto& all = doc_.actors.actors;
  const auto private_sector = [](const std::string& sector) {
    return sector == "CVL" || sector == "BUS" || sector == "CRM";
  };
  return private_sector(all[a].sector) && all[a].name.empty() &&
         std::any_of(all.begin(), all.end(), [&](const Actor& b) {
           return b.entity == all[a].entity && b.sector == all[a].sector && b.name.empty() &&
                  tree_.upos(b.head) == Upos::PROPN;
         });
}

// "the alleged attack", "over alleged plots", "the suspected militants": a participle of alleging or suspecting
// used as an adjective at the start of a noun phrase hedges that noun; it is no act of alleging. Also when the parser
// made it a verb of its own ("sanctioned Iran over [alleged]/conj plots"): right after a determiner or preposition,
// with no subject or auxiliary of its own.
bool SentenceCoder::hedging_adjective(uint32_t p) const {
  const uint32_t h = tree_.head(p);
  if (h == kNone || !is_one_of(ascii_lower(tree_.lemma(p)), {"allege", "suspect", "purport", "presume", "rumor", "rumour"}))
    return false;
  if (tree_.deprel(p) == "amod" && h > p && p == first_) return true;
  for (uint32_t ch : tree_.children(p))
    if (is_one_of(tree_.base_deprel(ch), {"nsubj", "aux"}) || tree_.deprel(ch) == "nsubj:pass") return false;
  if (p == first_ || (tree_.deprel(p) != "amod" && tree_.child(p, "obj") == kNone)) return false;
  const Upos before = tree_.upos(p - 1);
  return before == Upos::DET || before == Upos::ADP ||
         (before == Upos::PRON && tree_.deprel(p - 1) == "nmod:poss") ||
         is_one_of(ascii_lower(tree_.text(p - 1)), {"over", "about", "for", "after", "against", "of", "on", "amid",
                                                   "despite", "following", "into"});
}

// True when verb p is a word inside an organization's name after its first word ("the Committee to Protect
// Journalists"): a name, not a predicate. Inside a name the recognizer found, or capitalized in mid-sentence (not
// after a quotation mark, colon or dash, where a quoted sentence may start).
// Not in a headline (most words capitalized, "Russia Attacks Georgia").
bool SentenceCoder::inside_organization_name(uint32_t p) const {
  const std::string_view w = tree_.text(p);
  const bool capitalized = !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
  if (p > first_ && capitalized && tree_.upos(p - 1) != Upos::PUNCT && tree_.mostly_lower_case(first_, end_))
    return true;
  const EntityLayer& e = doc_.entities;
  for (size_t i = 0; i < e.size(); ++i)
    if (e.label[i] == EntityLabel::ORG && e.first_token[i] < p && p < e.end_token[i]) return true;
  return false;
}

// True when token t lies in a clause (a verb of its own) below the clause of p.
bool SentenceCoder::in_other_clause(uint32_t t, uint32_t p) const {
  if (t == kNone) return false;
  for (uint32_t up = t; up != kNone && up != p; up = tree_.head(up))
    if (tree_.upos(up) == Upos::VERB && is_one_of(tree_.base_deprel(up), {"acl", "advcl", "ccomp", "xcomp"}))
      return true;
  return false;
}

// "Protesters stormed the embassy", "a mob torched the building": violence (damage to property, assault, fighting
// by hand or with small arms) done by protesters or a crowd is a violent protest, a riot (145), whatever the
// verb's own code; assault or fighting aimed at them is violent repression (175: "police clashed with
// demonstrators"). Missiles, artillery and aircraft (194-196) are warfare, whoever uses them on whom.
std::string SentenceCoder::riot_code(int32_t source, int32_t target, const std::string& cameo) const {
  const std::string root = cameo.substr(0, 2);
  if ((root != "18" && root != "19" && !cameo.starts_with("171")) ||
      is_one_of(cameo.substr(0, 3), {"194", "195", "196"}))
    return cameo;
  const auto crowd = [&](int32_t a) {
    return a >= 0 && is_one_of(ascii_lower(tree_.text(doc_.actors.actors[a].head)),
                               {"protester", "protesters", "protestor", "protestors", "demonstrator",
                                "demonstrators", "rioter", "rioters", "mob", "mobs", "crowd", "crowds"});
  };
  if (crowd(source)) return "145";
  if (crowd(target) && root != "17") return "175";
  return cameo;
}

// "Media said Iranian jets bombed Basra": the parser made the content's subject the object of "said" and its verb
// a reduced relative of it; an active one (with an object of its own) is the content. Returns that verb, or kNone.
uint32_t SentenceCoder::said_object_clause(uint32_t object) const {
  if (tree_.deprel(object) != "obj" || object < tree_.head(object) || actor_of(object) < 0) return kNone;
  for (uint32_t cl : tree_.children(object))
    if (cl > object && tree_.deprel(cl) == "acl" && tree_.upos(cl) == Upos::VERB && active_participle(cl)) return cl;
  return kNone;
}

// True when p is a verb of saying (report class) with a clause for its content: a that-clause or quote (ccomp,
// parataxis child) or the clause it is appended to ("..., officials said": p a parataxis of the content).
bool SentenceCoder::says_a_clause(uint32_t p, const std::vector<ComplementVerb>& entries) const {
  if (std::none_of(entries.begin(), entries.end(),
                   [](const ComplementVerb& v) { return v.cls == ComplementClass::report; }))
    return false;
  if (tree_.deprel(p) == "parataxis") return true;
  // "..., Portuguese President X said on Tuesday": the parser often hangs a verb of saying that follows its content
  // on the content's verb as an adverbial clause; with no object of its own it says that clause.
  if (const uint32_t h = tree_.head(p); tree_.deprel(p) == "advcl" && h != kNone && h < p &&
                                         tree_.upos(h) == Upos::VERB && tree_.child(p, "obj") == kNone &&
                                         tree_.child(p, "mark") == kNone)
    return true;
  for (uint32_t ch : tree_.children(p)) {
    if (is_one_of(tree_.base_deprel(ch), {"ccomp", "parataxis"})) return true;
    if (said_object_clause(ch) != kNone) return true;
    // "Japan said on Tuesday it had halted aid": the content clause hung on the date word as a relative clause.
    if (const std::string w = ascii_lower(tree_.text(ch));
        ch > p && tree_.base_deprel(ch) == "obl" && (is_one_of(w, {"today", "yesterday"}) || time::is_weekday_name(w)))
      for (uint32_t cl : tree_.children(ch))
        if (tree_.base_deprel(cl) == "acl" && tree_.upos(cl) == Upos::VERB && tree_.child(cl, "nsubj") != kNone)
          return true;
  }
  return false;
}

void SentenceCoder::code_verb(uint32_t p, std::vector<Event>& out) {
  if (hedging_adjective(p) || inside_organization_name(p)) return;
  // "one of her election promises": "of" never opens a clause, so a dependent "verb" it marks, with no complement of
  // its own, is a noun the tagger misread (a root or a verb with complements may be a clause the parser misattached).
  if (tree_.deprel(p) != "root") {
    bool of_marker = false, complements = false;
    for (uint32_t ch : tree_.children(p)) {
      if (tree_.base_deprel(ch) == "mark" && tree_.upos(ch) == Upos::ADP && ascii_lower(tree_.text(ch)) == "of")
        of_marker = true;
      if (is_one_of(tree_.base_deprel(ch), {"obj", "iobj", "obl", "ccomp", "xcomp"})) complements = true;
    }
    if (of_marker && !complements) return;
  }
  // "kept fighting", "continued shelling": the act kept up is coded where it is met (governor_of looks through).
  if (aspectual(p) && tree_.child(p, "xcomp") != kNone && tree_.upos(tree_.child(p, "xcomp")) == Upos::VERB) return;
  if (code_characterization(p, out)) return;
  if (code_reported_label(p, out)) return;
  if (code_demand_on_misparsed_content(p, out)) return;
  const Clause c = clause_of(p);
  const std::optional<Reading> reading = read(c);
  if (reading && reading->noun != kNone) used_nouns_.insert(reading->noun);
  // "ambushed a patrol, killing six soldiers", "shelled the town, wounding ten": a participle of the harm an attack
  // did is that attack's outcome, not an attack of its own (its doer is the attack's; the parser often gives it
  // none, and the actor found instead is the wrong one).
  // ("..., killing three and wounding five": the second participle is the first's conjunct.)
  const auto harm_participle = [&](uint32_t v) {
    return is_one_of(ascii_lower(tree_.lemma(v)), {"kill", "wound", "injure"}) && tree_.child(v, "nsubj") == kNone &&
           doc_.syntax.xpos_names && v < doc_.syntax.xpos.size() && doc_.syntax.xpos_name(v) == "VBG";
  };
  const uint32_t outcome = tree_.deprel(p) == "conj" && tree_.head(p) != kNone && harm_participle(tree_.head(p))
                               ? tree_.head(p)
                               : p;
  if (reading && tree_.deprel(outcome) == "advcl" && harm_participle(p) && harm_participle(outcome) &&
      tree_.head(outcome) != kNone && tree_.upos(tree_.head(outcome)) == Upos::VERB) {
    const std::optional<Reading> attack = read(clause_of(tree_.head(outcome)));
    if (attack && (attack->cameo.starts_with("18") || attack->cameo.starts_with("19") ||
                   attack->cameo.starts_with("20")))
      return;
  }
  // "was hit by a rocket fired by X": the firing is the means of the hit, coded once, on the hit (whose agent is X).
  if (const uint32_t user = tree_.deprel(p) == "acl" ? fired_by(tree_.head(p)) : kNone; user != kNone) {
    const uint32_t act = tree_.head(tree_.head(p));
    if (act != kNone && tree_.upos(act) == Upos::VERB && agent_of(act) == user && read(clause_of(act))) return;
  }

  // A complement verb governing a clause of its own: the combined event is coded where the inner verb is met.
  bool governs = false;
  for (uint32_t ch : tree_.children(p)) {
    const std::string_view rel = tree_.deprel(ch);
    if ((rel == "xcomp" || rel == "ccomp" || rel == "advcl") && governor_of(ch)) governs = true;
  }
  const std::vector<ComplementVerb> entries = complements_.lookup(dictionary_lemma(p, FrameKind::verb));
  const bool deny_verb = std::any_of(entries.begin(), entries.end(),
                                     [](const ComplementVerb& v) { return v.cls == ComplementClass::deny; });
  auto gov = governor_of(p);
  // "wants to meet Peru": a desire to do a coded act states a willingness, coded as an intent (03x; 13x for harm);
  // a desire for something no frame codes ("want to be recognised") stays uncoded.
  const bool desire_as_intent = gov && gov->entry.cls == ComplementClass::desire && reading;
  if (desire_as_intent) gov->entry.cls = ComplementClass::intent;
  // "plans / intends / prepares to impose sanctions": a stated intention to do harm (14-20) is a threat (13x), as
  // "will" + harm is; a plan to cooperate is an intent (below).
  const std::string_view act_root = reading ? std::string_view(reading->cameo).substr(0, 2) : std::string_view();
  const bool plan_as_threat =
      gov && gov->entry.cls == ComplementClass::plan && reading && act_root >= "14" && act_root <= "20";
  if (plan_as_threat) gov->entry.cls = ComplementClass::threat;
  // "plans / intends / prepares to visit Hanoi", "seeks / tries to deepen ties with Chile": a stated plan or an
  // effort to cooperate (04-08) indicates the willingness or commitment that CAMEO codes as an intent (03x: "offer,
  // promise, agree to, or otherwise indicate willingness or commitment to ..."), as "agreed to" does. An attempt
  // at harm stays an act not done, and so does an effort to help ("rescuers trying to save lives" are helping, not
  // stating an intent to).
  const bool plan_as_intent =
      gov && reading && act_root >= "04" && act_root <= "08" &&
      (gov->entry.cls == ComplementClass::plan || (gov->entry.cls == ComplementClass::attempt && act_root != "07"));
  if (plan_as_intent) gov->entry.cls = ComplementClass::intent;
  // "no" on the subject or on an object that the frame does not name ("held no talks", "No country condemned"),
  // but not "offered no comment", whose frame names the object: there "no" is what the code means.
  const bool frame_names_object = reading && reading->frame && reading->frame->kind == FrameKind::verb &&
                                  !reading->frame->object_lemmas.empty();
  const bool negated = c.negated || denied(p) || has_no(c.agent) || (!frame_names_object && has_no(c.patient));
  const bool hypothetical = c.hypothetical || (unrealized(p) && !desire_as_intent && !plan_as_threat && !plan_as_intent);

  if (c.must && !c.negated && reported(p) && code_reported_obligation(p, c, reading, out)) return;
  if (reading && !negated && !hypothetical) code_allegation(p, c, *reading, out);

  if (gov && is_coded_class(gov->entry.cls)) {
    // "agreed to meet", "urged Syria to withdraw", "threatened to strike": one event, coded by the governor.
    const Clause g = clause_of(gov->verb);
    // "Chile said Peru must be ready to negotiate": being told one must be ready (willing, prepared) to act is
    // being told to act, a demand on the one who must (as "said Peru must negotiate").
    if (gov->entry.cls == ComplementClass::intent && g.must && !g.negated && reported(gov->verb) &&
        code_reported_obligation(gov->verb, g, reading, out))
      return;
    // "ordered the army to withdraw", "instructed the ministries to review the contracts": a state's order to its own side is its
    // own act, coded as the inner event with the one who orders as source.
    if (gov->entry.cls == ComplementClass::demand && gov->entry.object_acts && reading && orders_own_side(gov->verb)) {
      uint32_t target = reading->target;
      if (target != kNone && actors_of(target).empty()) target = kNone;
      if (target == kNone) target = actor_in_complements(p, g.agent);
      emit(out, g, *reading, g.agent, country_inside(target), g.negated || denied(gov->verb) || negated,
           g.hypothetical || hypothetical, gov->verb);
      return;
    }
    Reading combined;
    std::string inner_root = reading ? reading->cameo.substr(0, 2) : std::string("*");
    // "declined to say", "refused to confirm": a verb of saying with no frame of its own (plain statements are no
    // events) is still speech, so refusing it declines comment (011, modality_codes.tsv).
    // Not "respond" or "answer", whose object is often a demand ("refused to respond to a demand" rejects it).
    if (!reading && is_one_of(ascii_lower(tree_.lemma(p)), {"say", "comment", "confirm", "disclose", "reveal", "specify",
                                                           "elaborate", "speculate", "explain", "tell", "divulge"}))
      inner_root = "01";
    // An intent to do harm is a threat ("vowed to attack"), not an intent to cooperate; an intent to investigate,
    // demand, criticize or reject (09-12) threatens nobody and is no cooperation: it announces that act, coded
    // as the act ("wants to examine the sites" -> 090).
    const bool hostile = inner_root != "*" && inner_root >= "13";
    const bool verbal_conflict = inner_root != "*" && inner_root >= "09" && inner_root <= "12";
    combined.cameo = complements_.code_for(
        gov->entry.cls == ComplementClass::intent && hostile ? ComplementClass::threat : gov->entry.cls,
        inner_root);
    if (gov->entry.cls == ComplementClass::intent && verbal_conflict) combined.cameo = reading->cameo;
    // An offer or a decision to resign is coded as the resignation (0831), as the gold sets' analysts code offers
    // to resign (eval/events/wikinews_events_dev2.tsv's header); agreeing to resign stays CAMEO's commitment (03).
    if (gov->entry.cls == ComplementClass::intent && reading && reading->cameo == "0831" &&
        is_one_of(ascii_lower(tree_.lemma(gov->verb)), {"offer", "decide", "announce"}))
      combined.cameo = "0831";
    if (combined.cameo.empty()) return;
    combined.frame = reading ? reading->frame : nullptr;
    uint32_t target = reading ? reading->target : kNone;
    if (gov->entry.object_acts) {
      // The one who is to act: the addressee ("urged Syria to"), or the that-clause's subject ("demanded that
      // Israel withdraw").
      target = addressee(gov->verb);
      if (target == kNone && tree_.deprel(first_conjunct(p)) == "ccomp") target = c.agent;
    }
    // The inner frame names no target ("threatened to break relations with Russia"): an actor in the inner
    // clause's object or phrases, as for clauses on their own.
    if (target != kNone && !gov->entry.object_acts && actors_of(target).empty()) target = kNone;
    if (target == kNone && !gov->entry.object_acts) target = actor_in_complements(p, g.agent);
    if (target == kNone && !gov->entry.object_acts) target = protest_aim(p, kNone, g.agent);
    if (target == kNone) target = g.passive ? kNone : g.patient;
    // "threatened to strike unless Israel withdrew": a threat is aimed at whoever its condition is put to, when
    // it names no target with a country of its own.
    if (gov->entry.cls == ComplementClass::threat) {
      const int32_t t = actor_of(target);
      if (t < 0 || doc_.actors.actors[t].country.empty())
        if (uint32_t cond = condition_subject(p, gov->verb); cond != kNone) target = cond;
    }
    // "warned Russia not to invade" is still a threat: only the governing verb's negation or denial negates the
    // combined event; the inner clause's own "not" is part of what is demanded, urged or threatened.
    const bool inner_negation_is_content = gov->entry.cls == ComplementClass::demand ||
                                           gov->entry.cls == ComplementClass::appeal ||
                                           gov->entry.cls == ComplementClass::threat;
    target = country_inside(target);
    emit(out, g, combined, g.agent, target,
         g.negated || denied(gov->verb) || (negated && !inner_negation_is_content), g.hypothetical || hypothetical,
         gov->verb);
    return;
  }
  if (const auto turned = read_converse(c)) {
    // "received a call from X": X calls the subject.
    emit(out, c, turned->first, turned->second, c.agent, negated, hypothetical, gov ? gov->verb : kNone);
    return;
  }
  if (!reading && code_event_from(p, out)) return;
  if (!reading) return;
  // "X alleged (that) the government is hiding figures": alleging that another actor does something accuses it
  // (112) even when what it does has no frame; a harm (14-20) is accused where it is coded (code_allegation).
  if (reading->cameo == "112" && dictionary_lemma(p, FrameKind::verb) == "allege")
    for (uint32_t q : tree_.children(p)) {
      // (Or the clause after an aside, which the parser hangs on as a parataxis: "alleged, by way of example, X
      // had ...".)
      if (tree_.deprel(q) != "ccomp" && !(tree_.deprel(q) == "parataxis" && q > p && tree_.child(q, "nsubj") != kNone))
        continue;
      const std::optional<Reading> inner = read(clause_of(q));
      if (inner && inner->cameo.substr(0, 2) >= "14" && inner->cameo.substr(0, 2) <= "20") continue;
      uint32_t accused = clause_of(q).agent;
      // The parser's "alleged [the government]/obj are hiding": the object before the clause is its subject.
      if (actor_of(accused) < 0 && c.patient != kNone && c.patient < q) accused = c.patient;
      const int32_t a = actor_of(accused), speaker = actor_of(c.agent);
      if (a < 0 || (speaker >= 0 && doc_.actors.actors[a].entity == doc_.actors.actors[speaker].entity)) continue;
      emit(out, c, *reading, c.agent, accused, negated, hypothetical, kNone);
      return;
    }
  if (governs && !deny_verb) return;  // "said that ...", "agreed to ...": the governed clause carries the event
  // "..., officials said", "X said Y had ...": the plain statement (010, the codebook's residual code) of a verb of
  // saying whose content is a clause is the content's attribution (the next stage's layer), not an event of its
  // own, whether or not the content is one.
  if (reading->cameo == "010" && says_a_clause(p, entries)) return;
  uint32_t target = reading->target;
  if (deny_verb && target == kNone) target = denied_content_actor(p, c.agent);
  if (target != kNone && actors_of(target).empty()) target = kNone;
  // Proposing a reform (034) and resigning (0831) are aimed at no one the clause names unless the frame says so:
  // "sent the bill to Congress", "resigned after protests by students" are not acts on Congress or the students.
  const bool aimless = is_one_of(reading->cameo, {"034", "0831"});
  // "The EU and Turkey reached a deal on migrants": conjoined sides of an agreement, meeting or cooperation are each
  // other's partners (emit), not the topic's actors.
  const std::vector<int32_t> doers = actors_of(c.agent);
  const bool mutual_sides =
      c.agent != kNone && tree_.with_conjuncts(c.agent).size() >= 2 && std::any_of(doers.begin(), doers.end(), [&](int32_t a) {
        return doc_.actors.actors[a].entity != doc_.actors.actors[doers.front()].entity;
      }) &&
      between_partners(reading->cameo);
  if (target == kNone && !deny_verb && !aimless && !mutual_sides) target = actor_in_complements(p, c.agent);
  // "Russia deployed troops", "held military exercises", "withdrew its forces": an object the frame names (obj=) that
  // is the doer's own armed forces is what the doer acts with, not whom it acts on.
  if (target != kNone && target == c.patient && !c.passive && reading->frame &&
      !reading->frame->object_lemmas.empty() && own_forces(target, c.agent))
    target = kNone;
  // A verb read as a modifier of its object ("confiscated" an amod of "weapons"): the object's phrase is the
  // clause's complement ("confiscated weapons from armed groups" -> the groups).
  if (target == kNone && !deny_verb && !aimless && c.patient != kNone && tree_.head(p) == c.patient)
    target = actor_in_span(c.patient, c.agent);
  // A protest, and any act naming no target, is aimed at whom its purpose names ("sent troops to protect X").
  const bool protest = reading->cameo.starts_with("14");
  // (For a protest the object's purpose too: "staged a strike to demand ...".)
  if (target == kNone && !deny_verb && !aimless) target = protest_aim(p, protest ? c.patient : kNone, c.agent);
  // "met to discuss efforts to counter the militants": whom one consults is no actor of a clause below the
  // consultation's own (the militants are countered, not consulted).
  if (reading->cameo.starts_with("04") && reading->target == kNone && in_other_clause(target, p)) target = kNone;
  target = country_inside(target);
  // "met the minister to discuss the border": the talk a meeting is held for is that meeting, not a second one.
  if (target == kNone && reading->cameo.starts_with("04") && purpose_of_consultation(p, c)) return;
  Reading r = *reading;
  // Denying an act of one's own side denies responsibility (016), more than a plain statement (010).
  if (deny_verb && r.cameo == "010" && denies_own_act(p, c.agent)) r.cameo = "016";
  if (c.future && !c.negated) r.cameo = future_code(r.cameo);
  // "will not accept", "said it would not meet their demands": announcing that one will not cooperate is a
  // refusal (12x), which happens, rather than a negated cooperation.
  const std::string root = r.cameo.substr(0, 2);
  if (c.future && c.negated && !denied(p) && root >= "03" && root <= "08") {
    const std::string refusal = complements_.code_for(ComplementClass::refuse, root);
    if (!refusal.empty()) {
      r.cameo = refusal;
      emit(out, c, r, c.agent, target, false, hypothetical, gov ? gov->verb : kNone);
      return;
    }
  }
  // "X may halt its mediation if ...", "could cut supplies unless ...": a harmful act its doer says it may do on
  // a condition is a threat (13x), which happens, not a hypothetical act.
  if (hypothetical && !negated && !question_ && conditional_threat(p) && root >= "14" && root <= "20") {
    const std::string threat = complements_.code_for(ComplementClass::threat, root);
    if (!threat.empty()) {
      r.cameo = threat;
      emit(out, c, r, c.agent, target, false, false, gov ? gov->verb : kNone);
      return;
    }
  }
  emit(out, c, r, c.agent, target, negated, hypothetical, gov ? gov->verb : kNone);
}

// "Russia said that Sudan must return the helicopter": what one actor says another must do is a demand on it
// (10x by the inner event's root), coded for the speaker; false when the two are one actor ("Iraq said it must
// cooperate") or either is no actor.
bool SentenceCoder::code_reported_obligation(uint32_t p, const Clause& c, const std::optional<Reading>& reading,
                                             std::vector<Event>& out) {
  const uint32_t say = tree_.head(first_conjunct(p));
  const Clause g = clause_of(say);
  const int32_t speaker = actor_of(g.agent), obliged = actor_of(c.agent);
  if (speaker < 0 || obliged < 0 || doc_.actors.actors[speaker].entity == doc_.actors.actors[obliged].entity)
    return false;
  Reading demand;
  demand.cameo = complements_.code_for(ComplementClass::demand, reading ? reading->cameo.substr(0, 2) : "*");
  if (demand.cameo.empty()) return false;
  demand.frame = reading ? reading->frame : nullptr;
  emit(out, g, demand, g.agent, c.agent, g.negated || denied(say), g.hypothetical, say);
  return true;
}

// "The US claimed that X had attacked Iraq": to claim or allege that another actor did harm (14-20) accuses it
// (112), besides reporting the harm. Verbs of alleging ("claim", "allege", "charge") always; "say" only when a
// country's actor says that another country's actor used force (18-20: "Iraq said that Iran shelled its border
// posts"), which in a conflict is a charge; not what media report, nor what one says of one's own side, nor a
// report attributed after its content ("X shelled Y, relief officials said").
namespace {
bool said_force_of_other_country(const Actor& speaker, const Actor& accused, const std::string& root) {
  return root >= "18" && speaker.sector != "MED" && !speaker.country.empty() && !accused.country.empty() &&
         speaker.country != accused.country;
}
}  // namespace

void SentenceCoder::code_allegation(uint32_t p, const Clause& c, const Reading& inner, std::vector<Event>& out) {
  const uint32_t first = first_conjunct(p);
  if (first != p) return;  // once, for the first harm of a coordination
  // The that-clause, or a content the parser hung on the object of the verb of saying ("said Iranian jets bombed").
  const bool object_clause = tree_.deprel(p) == "acl" && said_object_clause(tree_.head(p)) == p;
  if (tree_.deprel(p) != "ccomp" && !object_clause) return;
  const std::string root = inner.cameo.substr(0, 2);
  if (root < "14" || root > "20") return;
  const uint32_t v = object_clause ? tree_.head(tree_.head(p)) : tree_.head(p);
  if (v == kNone || tree_.upos(v) != Upos::VERB) return;
  const std::string say = dictionary_lemma(v, FrameKind::verb);
  const bool alleging = is_one_of(say, {"claim", "allege", "charge"});
  if (!alleging && say != "say") return;
  const Clause g = clause_of(v);
  const int32_t speaker = actor_of(g.agent), accused = actor_of(c.agent);
  if (speaker < 0 || accused < 0 || doc_.actors.actors[speaker].entity == doc_.actors.actors[accused].entity)
    return;
  if (!alleging && (v > p || !said_force_of_other_country(doc_.actors.actors[speaker],
                                                          doc_.actors.actors[accused], root)))
    return;  // "..., officials said" after the content attributes a report; it is not a charge
  Reading accusation;
  accusation.frame = inner.frame;
  accusation.cameo = "112";
  emit(out, g, accusation, g.agent, c.agent, g.negated || denied(v), g.hypothetical, v);
}

Clause SentenceCoder::noun_clause(uint32_t n, uint32_t verb) const {
  Clause c;
  c.predicate = n;
  if (verb != kNone && tree_.upos(verb) == Upos::VERB) read_flags(verb, c);
  return c;
}

Reading SentenceCoder::noun_reading(uint32_t n, const VerbFrame* frame) {
  Reading r;
  r.frame = frame;
  r.cameo = frame->cameo;
  r.noun = n;
  return r;
}

// Event nouns that link two sides on their own: "talks between X and Y", "a split between A and B".
void SentenceCoder::code_linking_noun(uint32_t n, std::vector<Event>& out) {
  const std::string lemma = dictionary_lemma(n, FrameKind::noun);
  if (!frames_.has_lemma(FrameKind::noun, lemma)) return;
  uint32_t between = kNone;
  for (uint32_t ch : tree_.children(n))
    if (tree_.base_deprel(ch) == "nmod" && tree_.case_marker(ch) == "between") between = ch;
  if (between == kNone) {
    if (code_existential_noun(n, lemma, out)) return;
    code_setting_noun(n, lemma, out);
    return;
  }
  const ClauseShape shape{lemma, "", "", {"between"}, {}};
  const VerbFrame* frame = frames_.match(FrameKind::noun, shape);
  if (!frame) return;
  // The two sides: conjoined phrases ("between Assad and his cousin"), or two actors inside one phrase
  // ("between the Russian and Syrian leadership").
  std::vector<uint32_t> sides = tree_.with_conjuncts(between);
  uint32_t source = kNone, target = kNone;
  if (sides.size() >= 2) {
    source = sides[0];
    target = sides[1];
    // A side that names no actor of its own ("his cousin": "his" is the other side) is often renamed right after
    // it ("..., the billionaire tycoon X"): take the next actor in the sentence that is not the other side.
    const int32_t source_actor = actor_of(source);
    const auto& all = doc_.actors.actors;
    const std::vector<int32_t> named = actors_of(target);
    const bool own_actor = std::any_of(named.begin(), named.end(), [&](int32_t a) {
      return source_actor < 0 || all[a].entity != all[source_actor].entity;
    });
    if (!own_actor) target = next_actor_after(target, source_actor);
  } else {
    const auto [first, end] = tree_.subtree_span(between);
    // In the order their words come: "the Russian and Syrian leadership" is Russian first.
    std::vector<std::pair<uint32_t, uint32_t>> found;  // (first token, head)
    for (int32_t a : actors_)
      if (doc_.actors.actors[a].head >= first && doc_.actors.actors[a].head < end)
        found.emplace_back(doc_.actors.actors[a].first_token, doc_.actors.actors[a].head);
    if (found.size() < 2) return;
    std::sort(found.begin(), found.end());
    source = found[0].second;
    target = found[1].second;
  }
  const Clause c = noun_clause(n, tree_.head(n));
  emit(out, c, noun_reading(n, frame), source, target, c.negated || denied(n), c.hypothetical || question_, kNone);
}

// "Israel's bombardment of Gaza", "China's support for Russia", "the arrest of X by the police": an event noun whose
// doer is its possessor or its by-phrase (an actor named by a noun, not a pronoun) and whose target is the phrase its
// noun frame names (of:T, for:T, on:T, ...: the frame must match, so the target phrase is there) is an event of its
// own, as the verb would be. Acts only (cooperation 04-08, criticism and rejection 11-12, threats 13, coercion and
// force 14-20); not statements, appeals, intents or demands (01-03, 10), which a noun often names without their
// being made ("the government's appeal"). Not what a modifier says has not happened ("a possible attack", "the
// planned withdrawal", "the alleged killing"), nor under a negated or hypothetical verb.
void SentenceCoder::code_possessed_event_noun(uint32_t n, std::vector<Event>& out) {
  const std::string lemma = dictionary_lemma(n, FrameKind::noun);
  if (!frames_.has_lemma(FrameKind::noun, lemma)) return;
  std::vector<std::pair<std::string_view, uint32_t>> phrases;
  for (uint32_t ch : tree_.children(n))
    if (tree_.base_deprel(ch) == "nmod" && tree_.deprel(ch) != "nmod:poss")
      if (const std::string_view prep = tree_.case_marker(ch); !prep.empty() && prep != "by")
        phrases.emplace_back(prep, ch);
  const uint32_t doer = event_noun_doer(n);
  for (uint32_t ch : tree_.children(n))
    if (tree_.base_deprel(ch) == "amod" &&
        is_one_of(ascii_lower(tree_.lemma(ch)), {"possible", "potential", "planned", "proposed", "threatened", "alleged",
                                                 "suspected", "future", "expected", "rumored", "rumoured", "imminent",
                                                 "feared", "hypothetical", "new"}))
      return;
  if (doer == kNone || actors_of(doer).empty() || asked_for(n)) return;
  // "Mahan has been the subject of US sanctions", "X is under police investigation": the target is what the
  // phrase is said of, as the frame's phrase would name it ("US sanctions on Mahan").
  if (const uint32_t undergoer = said_to_undergo(n); undergoer != kNone)
    for (std::string_view prep : {"on", "against", "of", "for", "to", "at", "into"}) {
      auto with_target = phrases;
      with_target.emplace(with_target.begin(), prep, undergoer);
      const VerbFrame* f = frames_.match(FrameKind::noun, ClauseShape{lemma, "", "", preps_of(with_target), {}});
      if (f && std::find(f->target_preps.begin(), f->target_preps.end(), prep) != f->target_preps.end()) {
        phrases = std::move(with_target);
        break;
      }
    }
  const ClauseShape shape{lemma, "", "", preps_of(phrases), {}};
  const VerbFrame* frame = frames_.match(FrameKind::noun, shape);
  if (!frame || frame->target_preps.empty()) return;
  const std::string root = frame->cameo.substr(0, 2);
  if (root <= "03" || root == "10" || root == "09") return;
  uint32_t target = kNone;
  for (const auto& [prep, head] : phrases)
    if (std::find(frame->target_preps.begin(), frame->target_preps.end(), prep) != frame->target_preps.end()) {
      target = head;
      break;
    }
  if (target == kNone || actors_of(target).empty()) return;
  const Clause c = noun_clause(n, tree_.head(n));
  used_nouns_.insert(n);
  emit(out, c, noun_reading(n, frame), doer, country_inside(target), c.negated || denied(n), c.hypothetical || question_ || unrealized(n),
       kNone);
}

// The doer of the event noun n, the token whose actor it is; kNone when none is named:
// - its possessor or by-phrase, a noun and not a pronoun ("Israel's bombardment of Gaza", "the arrest of X by the
//   police", also the parser's "the arrest of [X by the police]" with the by-phrase on the of-phrase);
// - a country's adjective or name before it ("Israeli air strikes on Gaza", "US strikes"): the actor stage codes
//   such a phrase as the country's, headed by the noun (a country and no sector), or the adjective as an actor of
//   its own;
// - the phrase itself when its modifiers make it an actor ("a police investigation into X", "regime attacks on X",
//   "under Syrian army siege"), not a name nor a capitalized word inside the sentence ("Aid to the Church in
//   Need" is an organisation).
uint32_t SentenceCoder::event_noun_doer(uint32_t n) const {
  uint32_t doer = kNone;
  for (uint32_t ch : tree_.children(n)) {
    const std::string_view rel = tree_.deprel(ch);
    if (rel == "nmod:poss" && tree_.upos(ch) != Upos::PRON && doer == kNone) doer = ch;
    if (tree_.base_deprel(ch) == "nmod" && rel != "nmod:poss" && tree_.case_marker(ch) == "by" &&
        tree_.upos(ch) != Upos::PRON)
      doer = ch;
  }
  if (doer != kNone) return doer;
  for (uint32_t of : tree_.children(n))
    if (tree_.base_deprel(of) == "nmod" && tree_.case_marker(of) == "of")
      for (uint32_t ch : tree_.children(of))
        if (tree_.base_deprel(ch) == "nmod" && tree_.case_marker(ch) == "by" && tree_.upos(ch) != Upos::PRON) doer = ch;
  if (doer != kNone) return doer;
  const int32_t whole = actor_headed_by(n);
  const auto bare_country = [&](int32_t a) {
    return a >= 0 && doc_.actors.actors[a].sector.empty() && !doc_.actors.actors[a].country.empty();
  };
  for (uint32_t ch : tree_.children(n))
    if (ch < n && (tree_.base_deprel(ch) == "amod" || tree_.base_deprel(ch) == "compound") &&
        (bare_country(actor_headed_by(ch)) ||
         (bare_country(whole) && (tree_.base_deprel(ch) == "amod" || tree_.upos(ch) == Upos::PROPN))))
      doer = bare_country(actor_headed_by(ch)) ? ch : n;
  if (doer == kNone && whole >= 0 && doc_.actors.actors[whole].first_token < n &&
      !doc_.actors.actors[whole].sector.empty() && doc_.actors.actors[whole].name.empty() &&
      tree_.upos(n) == Upos::NOUN && doc_.entities.at(n) < 0 &&
      (n == first_ || tree_.text(n).empty() || tree_.text(n)[0] < 'A' || tree_.text(n)[0] > 'Z'))
    doer = n;
  return doer;
}

// A verb whose object names an act approved, asked for, opposed, feared or planned, not done ("approved the
// attacks", "sought talks", "urged sanctions"): such an object is no act of the verb's subject.
bool SentenceCoder::asks_for(std::string_view verb_lemma) {
  return is_one_of(verb_lemma,
                   {"approve",  "authorize", "authorise", "request", "demand",   "seek",    "plan",   "propose",
                    "threaten", "fear",      "urge",      "oppose",  "consider", "discuss", "debate", "want",
                    "favour",   "favor",     "support",   "back",    "warn",     "prepare"});
}

// "approval for military strikes on X", "called for sanctions on Y", "a plan for an offensive": an act asked for,
// planned, approved or opposed is not done. True when the event noun n stands so.
bool SentenceCoder::asked_for(uint32_t n) const {
  const uint32_t h = tree_.head(n);
  if (h == kNone) return false;
  const std::string governor = ascii_lower(tree_.lemma(h));
  const std::string_view rel = tree_.base_deprel(n), prep = tree_.case_marker(n);
  if (rel == "nmod" && (prep == "for" || prep == "of"))
    return is_one_of(governor,
                     {"approval", "authorization", "authorisation", "request", "call",    "plan",      "proposal",
                      "demand",   "push",          "bid",           "need",    "case",    "threat",    "possibility",
                      "risk",     "fear",          "prospect",      "vote",    "support", "opposition"});
  if (rel == "obj") return asks_for(governor);
  if (rel == "obl" && (prep == "for" || prep == "against"))
    return is_one_of(governor,
                     {"call", "push", "press", "lobby", "vote", "argue", "campaign", "appeal", "ask", "warn"});
  return false;
}

// "X has been the subject of US sanctions", "the town was the target of Russian strikes", "X is under police
// investigation", "X came under Turkish fire": the subject of the copula whose predicate noun (subject, target,
// object, victim, focus) the event noun n is the of-phrase of, or of the clause n is the under-phrase of; kNone
// when n stands elsewhere.
uint32_t SentenceCoder::said_to_undergo(uint32_t n) const {
  uint32_t subject = kNone;
  const uint32_t h = tree_.head(n);
  if (tree_.case_marker(n) == "under") {
    // "X is under police investigation", "X came under Russian fire", "X remained under Saudi blockade".
    if (tree_.child(n, "cop") != kNone)
      subject = tree_.child(n, "nsubj");
    else if (h != kNone && tree_.base_deprel(n) == "obl" &&
             is_one_of(ascii_lower(tree_.lemma(h)), {"be", "come", "fall", "remain", "stay"}))
      subject = tree_.child(h, "nsubj");
  } else if (h != kNone && tree_.base_deprel(n) == "nmod" && tree_.case_marker(n) == "of" &&
             is_one_of(ascii_lower(tree_.lemma(h)), {"subject", "target", "object", "victim", "focus"}) &&
             tree_.child(h, "cop") != kNone) {
    subject = tree_.child(h, "nsubj");
  }
  return subject != kNone && !actors_of(subject).empty() ? subject : kNone;
}

// "Russia's threat to cut gas supplies to X", "the minister's decision to expel the ambassador", "Chile's pledge to
// send aid": a noun of a complement verb (threat, decision, pledge, promise, vow, refusal, commitment) with a
// to-infinitive and a possessor that names an actor (a noun phrase, not a pronoun) says that the possessor made the
// threat, decision or promise: coded as the verb would be ("threatened to cut" 13x, "decided to expel" 03x or the
// act of verbal conflict, "refused to" 12x), the inner act not done. An offer or decision to resign stays the
// resignation (resignation_offerer); an offer of another act stays what the noun is about (session 7's reading).
// Not under a negated or hypothetical verb, nor hedged ("an alleged threat").
void SentenceCoder::code_intent_noun(uint32_t n, std::vector<Event>& out) {
  static constexpr std::pair<std::string_view, std::string_view> kVerbOf[] = {
      {"threat", "threaten"}, {"decision", "decide"}, {"pledge", "pledge"}, {"promise", "promise"},
      {"vow", "vow"},         {"refusal", "refuse"},  {"commitment", "commit"}};
  const std::string lemma = ascii_lower(tree_.lemma(n));
  std::string_view verb_lemma;
  for (const auto& [noun, verb] : kVerbOf)
    if (lemma == noun) verb_lemma = verb;
  if (verb_lemma.empty()) return;
  uint32_t possessor = kNone, inner = kNone;
  for (uint32_t ch : tree_.children(n)) {
    if (tree_.deprel(ch) == "nmod:poss" && tree_.upos(ch) != Upos::PRON) possessor = ch;
    if (tree_.deprel(ch) == "acl" && tree_.upos(ch) == Upos::VERB && to_marker(ch) != kNone && inner == kNone) inner = ch;
    if (tree_.base_deprel(ch) == "amod" && is_one_of(ascii_lower(tree_.lemma(ch)), {"alleged", "possible", "rumored",
                                                                                    "rumoured", "reported"}))
      return;
  }
  if (possessor == kNone || inner == kNone || actors_of(possessor).empty()) return;
  if (resignation_offerer(inner) != kNone) return;
  const auto rows = complements_.lookup(verb_lemma);
  if (rows.empty() || !is_coded_class(rows.front().cls)) return;
  const Clause c = clause_of(inner);
  const std::optional<Reading> reading = read(c);
  if (!reading) return;
  const std::string inner_root = reading->cameo.substr(0, 2);
  const ComplementClass cls = rows.front().cls;
  Reading combined;
  combined.frame = reading->frame;
  combined.cameo = complements_.code_for(cls == ComplementClass::intent && inner_root >= "13" ? ComplementClass::threat
                                                                                             : cls,
                                         inner_root);
  if (cls == ComplementClass::intent && inner_root >= "09" && inner_root <= "12") combined.cameo = reading->cameo;
  if (combined.cameo.empty()) return;
  uint32_t target = reading->target;
  if (target != kNone && actors_of(target).empty()) target = kNone;
  if (target == kNone) target = actor_in_complements(inner, possessor);
  const Clause flags = noun_clause(n, tree_.head(n));
  emit(out, flags, combined, possessor, country_inside(target), flags.negated || denied(n),
       flags.hypothetical || question_, kNone);
}

// "X said in a meeting with Y ...", "told reporters during talks with X": an event noun with a
// with-phrase naming an actor, as the setting (in, during, at) of a saying whose speaker is an actor, is an event of
// the speaker with the with-phrase's actor (the noun's `with:T` frame: a meeting 040, talks 046, a call 041).
void SentenceCoder::code_setting_noun(uint32_t n, const std::string& lemma, std::vector<Event>& out) {
  const uint32_t verb = tree_.head(n);
  // Only the setting of a saying: "is insisting on flexibility by Y in talks with X" are Y's talks.
  if (verb == kNone || tree_.upos(verb) != Upos::VERB || tree_.base_deprel(n) != "obl" ||
      !is_one_of(ascii_lower(tree_.case_marker(n)), {"in", "during", "at"}) ||
      !is_one_of(ascii_lower(tree_.lemma(verb)), {"say", "tell", "state", "announce", "add", "stress", "remark",
                                                  "note", "speak", "declare", "explain", "promise", "pledge"}))
    return;
  uint32_t with = kNone;
  for (uint32_t ch : tree_.children(n))
    if (tree_.base_deprel(ch) == "nmod" && ascii_lower(tree_.case_marker(ch)) == "with") with = ch;
  if (with == kNone || actors_of(with).empty()) return;
  const ClauseShape shape{lemma, "", "", {"with"}, {}};
  const VerbFrame* frame = frames_.match(FrameKind::noun, shape);
  if (!frame || std::find(frame->target_preps.begin(), frame->target_preps.end(), "with") == frame->target_preps.end())
    return;
  const Clause c = clause_of(verb);
  if (c.agent == kNone || actors_of(c.agent).empty()) return;
  emit(out, c, noun_reading(n, frame), c.agent, with, c.negated || denied(n), c.hypothetical || question_, kNone);
}

// "Statements of condemnation have come from X, Y and Z", "condolences poured in from X": an event noun as the
// subject of a verb of coming, with a from-phrase naming actors, is done by them (one event each); the noun's own
// phrases give its target. Returns true when it coded the clause.
bool SentenceCoder::code_event_from(uint32_t p, std::vector<Event>& out) {
  if (!is_one_of(ascii_lower(tree_.lemma(p)), {"come", "pour", "arrive", "flow", "flood"})) return false;
  const uint32_t subject = tree_.child(p, "nsubj");
  if (subject == kNone || tree_.upos(subject) != Upos::NOUN) return false;
  const std::string lemma = compound_noun_lemma(subject);
  if (!frames_.has_lemma(FrameKind::noun, lemma)) return false;
  // The from-phrase, and phrases with no preposition after it: the parser's split of a long list ("from the X head
  // Y, Pope Z, and a spokesperson for W": "Y" a second obl of the verb, with the rest its conjuncts).
  std::vector<uint32_t> sources;
  for (uint32_t ch : tree_.children(p)) {
    if (tree_.base_deprel(ch) != "obl") continue;
    const std::string prep = ascii_lower(tree_.case_marker(ch));
    if (prep == "from" || (!sources.empty() && prep.empty() && tree_.deprel(ch) != "obl:tmod"))
      sources.push_back(ch);
    else if (!sources.empty())
      break;
  }
  if (std::all_of(sources.begin(), sources.end(), [&](uint32_t h) { return actors_of(h).empty(); })) return false;
  // The noun's phrases, and those of the noun it stands for ("statements of condemnation of the attack").
  std::vector<std::pair<std::string_view, uint32_t>> phrases;
  for (uint32_t ch : tree_.children(subject)) {
    if (tree_.base_deprel(ch) != "nmod" || tree_.deprel(ch) == "nmod:poss") continue;
    if (const std::string_view prep = tree_.case_marker(ch); !prep.empty()) {
      phrases.emplace_back(prep, ch);
      for (uint32_t g : tree_.children(ch))
        if (tree_.base_deprel(g) == "nmod" && !tree_.case_marker(g).empty()) phrases.emplace_back(tree_.case_marker(g), g);
    }
  }
  const VerbFrame* frame = frames_.match(FrameKind::noun, ClauseShape{lemma, "", "", preps_of(phrases), {}});
  if (!frame) return false;
  Clause c;
  c.predicate = p;
  read_flags(p, c);
  const Reading r = noun_reading(subject, frame);
  uint32_t target = target_for(*frame, c, phrases);
  if (actors_of(target).empty()) target = kNone;
  used_nouns_.insert(subject);
  for (uint32_t from : sources)
    emit(out, c, r, from, target, c.negated || denied(p), c.hypothetical || question_, kNone);
  return true;
}

// "X called the bombing a cowardly act", "described the raid as a crime", "called it a non-starter", "claimed them to
// be mercenaries": calling something by a word of condemnation disapproves of it (111), by a word of dismissal
// rejects it (120), by a word of guilt accuses (112). The words are facts about English evaluative vocabulary; the
// object's actor, if any, is the target. Returns true when it coded.
bool SentenceCoder::code_characterization(uint32_t p, std::vector<Event>& out) {
  if (!is_one_of(ascii_lower(tree_.lemma(p)),
                 {"call", "describe", "term", "brand", "label", "dub", "designate", "characterize", "characterise",
                  "deem", "find", "declare", "pronounce", "claim"}))
    return false;
  // What it is called: a secondary predicate (xcomp) or an as-phrase.
  std::vector<uint32_t> names;
  for (uint32_t ch : tree_.children(p))
    if ((tree_.deprel(ch) == "xcomp" && tree_.upos(ch) != Upos::VERB) ||
        (tree_.base_deprel(ch) == "obl" && ascii_lower(tree_.case_marker(ch)) == "as"))
      names.push_back(ch);
  // The parser's "found [X]/compound [guilty]/obj": the object is the word the verb names its object by.
  const uint32_t object = tree_.child(p, "obj");
  // The parser's "called [the sanctions]/obj [\"illegal\"]/amod": an adjective after the object is what it is called
  // (English adjectives come before their noun).
  if (names.empty() && object != kNone)
    for (uint32_t ch : tree_.children(object))
      if (ch > object && tree_.base_deprel(ch) == "amod" && tree_.upos(ch) == Upos::ADJ) names.push_back(ch);
  const bool label_object = names.empty() && object != kNone && tree_.upos(object) == Upos::NOUN &&
                            is_one_of(ascii_lower(tree_.lemma(object)), {"guilty", "liable"});
  if (label_object) names.push_back(object);
  if (names.empty()) return false;
  // The words are the label frames of the frame dictionary (data/events/verb_frames.tsv, kind "label": "barbaric"
  // 111, "baseless" 120), which users may extend; the first word of the name that is one gives the code.
  const VerbFrame* frame = nullptr;
  uint32_t label = kNone;
  for (uint32_t n : names) {
    const auto [first, end] = tree_.subtree_span(n);
    for (uint32_t t = first; t < end && !frame; ++t)
      if ((frame = frames_.first(FrameKind::label, ascii_lower(tree_.lemma(t))))) label = t;
  }
  if (!frame) return false;
  const std::string& cameo = frame->cameo;
  Clause c = clause_of(p);
  // "found him not guilty", "declared it not liable": a label the text negates names the opposite (an acquittal is
  // no finding of guilt), so the calling is negated.
  const auto negated_word = [&](uint32_t w) {
    for (uint32_t ch : tree_.children(w))
      if (tree_.base_deprel(ch) == "advmod" && is_one_of(ascii_lower(tree_.lemma(ch)), {"not", "never", "n't"}))
        return true;
    return false;
  };
  if (negated_word(label) || std::any_of(names.begin(), names.end(), negated_word)) c.negated = true;
  // "X was found guilty by a jury": the parser hangs the by-phrase on "guilty".
  if (c.passive && c.agent == kNone)
    for (uint32_t n : names)
      for (uint32_t ch : tree_.children(n))
        if (tree_.base_deprel(ch) == "obl" && ascii_lower(tree_.case_marker(ch)) == "by") c.agent = ch;
  Reading r;
  r.frame = frame;
  r.cameo = cameo;
  // In the passive the one called so is the subject: "X was found guilty by the jury".
  uint32_t target = c.patient;
  if (target != kNone && actors_of(target).empty()) target = actor_in_span(target, c.agent);
  emit(out, c, r, c.agent, country_inside(target), c.negated || denied(p), c.hypothetical || unrealized(p),
       kNone);
  return true;
}

// "He said the governor is a man of integrity", "She said the group is a terrorist organization": saying that an
// actor IS something a label names codes as calling it so (code_characterization), the speaker the source and the
// actor the target. Only a named or described actor as the subject of the said copula (not a pronoun, which may be
// the speaker: "he said he is honest"), and only words of the label frames in the predicate after the copula.
bool SentenceCoder::code_reported_label(uint32_t p, std::vector<Event>& out) {
  if (!is_one_of(ascii_lower(tree_.lemma(p)), {"say", "tell", "add", "write", "tweet", "state", "insist", "argue",
                                               "stress", "note", "remark"}))
    return false;
  for (uint32_t ch : tree_.children(p)) {
    if (tree_.base_deprel(ch) != "ccomp" || tree_.upos(ch) == Upos::VERB) continue;
    const uint32_t cop = tree_.child(ch, "cop");
    const uint32_t subject = tree_.child(ch, "nsubj");
    if (cop == kNone || subject == kNone || subject > cop || tree_.upos(subject) == Upos::PRON ||
        actors_of(subject).empty())
      continue;
    const VerbFrame* frame = nullptr;
    const auto [first, end] = tree_.subtree_span(ch);
    for (uint32_t t = cop + 1; t < end && !frame; ++t) {
      if (tree_.upos(t) == Upos::PRON) continue;
      frame = frames_.first(FrameKind::label, ascii_lower(tree_.lemma(t)));
    }
    if (!frame || first > subject) continue;
    Clause c = clause_of(p);
    Clause said;
    read_flags(ch, said);
    Reading r;
    r.frame = frame;
    r.cameo = frame->cameo;
    emit(out, c, r, c.agent, subject, c.negated || said.negated || denied(p),
         c.hypothetical || said.hypothetical || unrealized(p), kNone);
    return true;
  }
  return false;
}

// "met the minister to discuss the border", "visited Paris to hold talks": a purpose clause (a to-infinitive
// adverbial) of a consultation (04) by the same doer. Its own consultation (04) names what the meeting was about,
// not a second meeting, so it gives no event unless it names a target of its own.
bool SentenceCoder::purpose_of_consultation(uint32_t p, const Clause& c) {
  if (tree_.base_deprel(p) != "advcl" || to_marker(p) == kNone) return false;
  const uint32_t h = tree_.head(p);
  if (h == kNone || tree_.upos(h) != Upos::VERB) return false;
  const Clause meeting = clause_of(h);
  const int32_t doer = actor_of(meeting.agent);
  if (doer < 0 || actor_of(c.agent) < 0 ||
      doc_.actors.actors[doer].entity != doc_.actors.actors[actor_of(c.agent)].entity)
    return false;
  const std::optional<Reading> r = read(meeting);
  return r && r->cameo.starts_with("04");
}

// "There was an attack by Iran on Iraq", "an attack by X on Y took place": an event noun whose by-phrase names an
// actor, as the subject of an existential "there is" or of "occur / happen / take place", is that actor's act; the
// noun's frame names the target among its other phrases (any frame, acts or not; the same noun elsewhere, with its
// doer and a target phrase, is code_possessed_event_noun's: acts only).
bool SentenceCoder::code_existential_noun(uint32_t n, const std::string& lemma, std::vector<Event>& out) {
  const uint32_t verb = tree_.head(n);
  if (verb == kNone || (tree_.upos(verb) != Upos::VERB && tree_.upos(verb) != Upos::AUX)) return false;
  if (tree_.base_deprel(n) != "nsubj") return false;
  const std::string verb_lemma = ascii_lower(tree_.lemma(verb));
  const bool existential = verb_lemma == "be" && tree_.child(verb, "expl") != kNone;
  const uint32_t object = tree_.child(verb, "obj");
  const bool occurs = is_one_of(verb_lemma, {"occur", "happen"}) ||
                      (verb_lemma == "take" && object != kNone && ascii_lower(tree_.lemma(object)) == "place");
  if (!existential && !occurs) return false;
  uint32_t by = kNone;
  std::vector<std::pair<std::string_view, uint32_t>> phrases;
  for (uint32_t ch : tree_.children(n)) {
    if (tree_.base_deprel(ch) != "nmod") continue;
    const std::string prep = ascii_lower(tree_.case_marker(ch));
    if (prep == "by" && by == kNone) by = ch;
    else if (!prep.empty()) phrases.emplace_back(tree_.case_marker(ch), ch);
  }
  if (by == kNone || actor_of(by) < 0) return false;
  // "attacks by Iranian troops on Iraqi positions": the parser often hangs the target's phrase on the doer's.
  for (uint32_t ch : tree_.children(by))
    if (tree_.base_deprel(ch) == "nmod" && !tree_.case_marker(ch).empty() &&
        ascii_lower(tree_.case_marker(ch)) != "of")
      phrases.emplace_back(tree_.case_marker(ch), ch);
  const VerbFrame* frame = frames_.match(FrameKind::noun, ClauseShape{lemma, "", "", preps_of(phrases), {}});
  if (!frame) return false;
  Clause c = noun_clause(n, kNone);
  read_flags(verb, c);  // (an existential's "be" may be tagged AUX)
  uint32_t target = target_for(*frame, c, phrases);
  if (target != kNone && actors_of(target).empty()) target = kNone;
  emit(out, c, noun_reading(n, frame), by, country_inside(target), c.negated || has_no(n) || denied(n), c.hypothetical || question_,
       kNone);
  return true;
}

// "demanded that the government end curbs on the press": the parser often makes "that" the head of the content
// (xcomp or obj of the verb) and the subjunctive verb a noun ("government/compound end/compound curbs/obj"), so no
// clause is left to govern. The demand is still put to the content's first actor other than the speaker: a demand
// whose inner act is unknown (10x for "*", 100).
bool SentenceCoder::code_demand_on_misparsed_content(uint32_t p, std::vector<Event>& out) {
  const std::vector<ComplementVerb> entries = complements_.lookup(dictionary_lemma(p, FrameKind::verb));
  if (std::none_of(entries.begin(), entries.end(),
                   [](const ComplementVerb& v) { return v.cls == ComplementClass::demand; }))
    return false;
  uint32_t content = kNone;
  for (uint32_t ch : tree_.children(p))
    if (ch > p && tree_.upos(ch) == Upos::SCONJ && ascii_lower(tree_.text(ch)) == "that" &&
        is_one_of(tree_.base_deprel(ch), {"xcomp", "obj", "ccomp"}) && !tree_.children(ch).empty())
      content = ch;
  if (content == kNone) return false;
  const auto [first, end] = tree_.subtree_span(content);
  for (uint32_t t = first; t < end; ++t)
    if (tree_.upos(t) == Upos::VERB) return false;  // a clause is left: the ordinary reading codes it
  const Clause c = clause_of(p);
  const int32_t speaker = actor_of(c.agent);
  if (speaker < 0) return false;
  uint32_t target = kNone;
  for (int32_t a : actors_) {
    const Actor& actor = doc_.actors.actors[a];
    if (actor.head < first || actor.head >= end || actor.entity == doc_.actors.actors[speaker].entity) continue;
    if (target == kNone || actor.head < target) target = actor.head;
  }
  if (target == kNone) return false;
  Reading r;
  r.cameo = complements_.code_for(ComplementClass::demand, "*");
  if (r.cameo.empty()) return false;
  emit(out, c, r, c.agent, target, c.negated || denied(p), c.hypothetical, kNone);
  return true;
}

}  // namespace dunlin::event_coding
