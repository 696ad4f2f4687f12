#!/usr/bin/env python3
"""Runs `dunlin code` on peer coders' validation suites and scores it.

  plover   ../shared/data/peer-suites/plover/PLOVER_GSR_CAMEO.txt (322 hand-coded examples, PLOVER draft 0.5 names):
           the share of examples for which dunlin codes an event whose PLOVER type matches (old names mapped
           through ../shared/data/ontologies/plover_event_types.tsv) and whose source country is one of the
           expected sources (when they have a country code) and target country one of the expected targets (when
           the example has targets). Every example carries the date 2000-01-01, a placeholder (the suite's readme
           says so); it is passed on as the story date, so people's dated roles are read in 2000: a leader out of
           office then is <country>ELI and keeps the country, which is all that is scored. Also printed: the
           events dunlin output and the share of them that match their example (a rough, pessimistic precision:
           each example codes one event, so other events of the sentence count as misses).
  petr2    ../shared/data/peer-suites/universalpetrarch/PETR2_GSR_validation.xml (78 sentences): the share of
           expected (source country, target country, CAMEO root) triples dunlin finds, and the share of dunlin's
           events that are expected (precision).

  --half even|odd  scores only the examples whose 0-based index in the suite file is even (or odd): in plover the
           index in the file's JSON list, in petr2 the index of the <Sentence> element. Rules are developed by
           looking at the verbose misses of the even half only; the odd half is the check against over-fitting (a
           large gap between the halves means rules fit the examples seen rather than English).

The texts are only sent through dunlin; nothing of them is stored in the project.
Usage: eval/events/peer_suites.py plover|petr2 [--half even|odd] [--dunlin build/dunlin] [--models DIR]
                                   [--shared ../shared] [-v]
Ends with one key=value line.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

# CAMEO's own country codes where ISO 3166 differs, and the other way round; ITL is the PLOVER suite's misspelling
# of Italy (CAMEO and ISO both say ITA; the suite's actorText is "Italy").
SAME_COUNTRY = {"ROM": "ROU", "TMP": "TLS", "JAP": "JPN", "ITL": "ITA"}


def norm_country(code):
    if not code or code.startswith("---"):
        return None  # the suites' "unknown country"
    code = code[:3].upper()
    return SAME_COUNTRY.get(code, code)


def as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def actor_country(actor):
    # A bare string where an actor should be is a misplaced field (PLOVER AGREE-0007 has target "diplomatic", a
    # context), not an actor: ignored, so the example is scored on its source.
    return norm_country(actor.get("code")) if isinstance(actor, dict) else None


def in_half(args, index):
    return args.half is None or index % 2 == (0 if args.half == "even" else 1)


def run_dunlin(args, docs):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d) + "\n")
        path = f.name
    cmd = [args.dunlin, "code", "--input-format", "jsonl", path]
    if args.models:
        cmd += ["--models", args.models]
    out = subprocess.run(cmd, capture_output=True, text=True)
    os.unlink(path)
    if out.returncode not in (0, 1):
        sys.exit(f"dunlin failed ({out.returncode}): {out.stderr}")
    events = {}
    for line in out.stdout.splitlines():
        e = json.loads(line)
        if e.get("type") == "event" and not e["negated"]:
            events.setdefault(e["doc"], []).append(e)
    return events


def plover_types(shared):
    legacy = {}
    for line in open(os.path.join(shared, "data/ontologies/plover_event_types.tsv"), encoding="utf-8"):
        if line.startswith("#") or line.startswith("event\t"):
            continue
        f = line.rstrip("\n").split("\t")
        if f[1] == "legacy":
            m = re.search(r"now ([A-Z]+)", f[-1])
            legacy[f[0]] = m.group(1) if m else f[0]
    return legacy


def score_plover(args):
    legacy = plover_types(args.shared)
    legacy.setdefault("INVESTIGATE", "ACCUSE")
    records = json.load(open(os.path.join(args.shared, "data/peer-suites/plover/PLOVER_GSR_CAMEO.txt"), encoding="utf-8"))
    records = [r for i, r in enumerate(records)
               if r.get("text") and r.get("event") != "DOCUMENT" and in_half(args, i)]
    docs = [{"id": r["id"], "text": r["text"], "date": r.get("date", "")} for r in records]
    events = run_dunlin(args, docs)
    right = typed = out = out_right = 0
    for r in records:
        want = legacy.get(r["event"], r["event"])
        sources = {actor_country(a) for a in as_list(r.get("source"))} - {None}
        targets = {actor_country(a) for a in as_list(r.get("target"))} - {None}
        got = events.get(r["id"], [])
        type_ok = [e for e in got if e["plover"] and e["plover"]["type"] == want]
        typed += bool(type_ok)
        # An example whose sources have no country code (PLOVER leaves 8 actor codes empty) is scored on type and
        # target only.
        ok = any(
            (not sources or norm_country(e["source"]["country"]) in sources)
            and (not targets or (e["target"] and norm_country(e["target"]["country"]) in targets))
            for e in type_ok
        )
        right += ok
        # A rough precision: dunlin's events that match the example's type and countries. Each example codes one
        # event, so other events of the sentence count against it even when they are right.
        out += len(got)
        out_right += sum(1 for e in type_ok
                         if (not sources or norm_country(e["source"]["country"]) in sources)
                         and (not targets or (e["target"] and norm_country(e["target"]["country"]) in targets)))
        if args.verbose and not ok:
            summary = [(e["source"]["code"], e["target"]["code"] if e["target"] else None, e["cameo"],
                        e["plover"]["type"] if e["plover"] else None) for e in got]
            print(f"MISS {r['id']} want {want} {sorted(filter(None, sources))}->{sorted(filter(None, targets))} got {summary}")
    n = len(records)
    print(f"plover_right={right}/{n} plover_share={right / n:.3f} plover_type_share={typed / n:.3f} "
          f"events_out={out} matching_events_share={out_right / max(out, 1):.3f}")


def score_petr2(args):
    text = open(os.path.join(args.shared, "data/peer-suites/universalpetrarch/PETR2_GSR_validation.xml"),
                encoding="utf-8").read()
    docs, expected = [], {}
    for i, m in enumerate(re.finditer(r'<Sentence ([^>]*)/?>(.*?)<Text>(.*?)</Text>', text, re.S)):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
        if attrs.get("evaluate") != "true" or not in_half(args, i):
            continue
        if not m.group(3).split():
            continue  # an empty <Text> (abc12_3 has only a parse): nothing to code, not scored
        sid = attrs["id"]
        date = attrs.get("date", "")
        date = f"{date[:4]}-{date[4:6]}-{date[6:8]}" if len(date) == 8 else ""
        triples = []
        for c in re.finditer(r'<EventCoding ([^>]*)/>', m.group(2)):
            a = dict(re.findall(r'(\w+)="([^"]*)"', c.group(1)))
            if "eventcode" in a:
                triples.append((norm_country(a.get("sourcecode")), norm_country(a.get("targetcode")), a["eventcode"][:2]))
        expected[sid] = triples
        docs.append({"id": sid, "text": " ".join(m.group(3).split()), "date": date})
    events = run_dunlin(args, docs)
    found = total = matched_events = out = 0
    for sid, triples in expected.items():
        got = [(norm_country(e["source"]["country"]), norm_country(e["target"]["country"]) if e["target"] else None,
                e["root"]) for e in events.get(sid, [])]
        out += len(got)
        for t in triples:
            total += 1
            hit = t in got
            found += hit
            if args.verbose and not hit:
                print(f"MISS {sid} want {t} got {got}")
        matched_events += sum(1 for g in got if g in triples)
        if args.verbose:  # the events that cost precision
            for g in got:
                if g not in triples:
                    print(f"EXTRA {sid} got {g} want {triples}")
    print(f"petr2_found={found}/{total} petr2_recall={found / max(total, 1):.3f} "
          f"petr2_precision={matched_events / max(out, 1):.3f} events_out={out}")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("suite", choices=["plover", "petr2"])
    p.add_argument("--dunlin", default="build/dunlin")
    p.add_argument("--models")
    p.add_argument("--shared", default="../shared")
    p.add_argument("--half", choices=["even", "odd"], help="score only the examples with an even/odd index in the file")
    p.add_argument("-v", "--verbose", action="store_true")
    args = p.parse_args()
    score_plover(args) if args.suite == "plover" else score_petr2(args)


if __name__ == "__main__":
    main()
