#!/usr/bin/env python3
"""Scores dunlin's event coder on the probe sentences (tests/data/events/probes.tsv, format in its header).

Each probe is one short news sentence (or two) written for dunlin, covering one construction; all probes go through
`dunlin code --format tsv` as one JSON Lines input (a document per probe, story date 2023-09-15), and each probe is
right when every required event is coded (source and target codes starting with the ones written, same CAMEO root),
no forbidden event is coded as asserted and no other event is coded. Two levels: `code` (actor codes as written,
country + sector) and `country` (the first three letters of each actor code).

  eval/events/score_probes.py [--verbose] [--dunlin build/dunlin] [--probes FILE] [--models DIR]

Prints the wrong probes (every probe with --verbose), the totals per construction, and a last line
`probes n=.. right=.. required=.. found=.. spurious=.. violations=.. | country: right=.. found=.. ...`.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
STORY_DATE = "2023-09-15"


def parse_item(item):
    """'!SRC>TGT:CAMEO' -> (kind, [src alternatives], [tgt alternatives], root)."""
    kind = "required"
    if item[0] in "!?":
        kind = "forbidden" if item[0] == "!" else "allowed"
        item = item[1:]
    actors, cameo = item.rsplit(":", 1)
    source, target = actors.split(">")
    return kind, source.split("|"), target.split("|"), cameo[:2]


def read_probes(path):
    probes = []
    with open(path, encoding="utf-8") as f:
        header = True
        for number, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            if header:
                header = False
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 3:
                sys.exit(f"{path}:{number}: expected 3 tab-separated fields, found {len(fields)}")
            sentence, expected, construction = fields
            items = [] if expected == "none" else [parse_item(x.strip()) for x in expected.split(";")]
            probes.append({"line": number, "sentence": sentence, "expected": expected, "items": items,
                           "construction": construction})
    return probes


def actor_matches(written, coded, level):
    for w in written:
        if w == "-" or coded == "-":
            if w == coded:
                return True
        elif level == "country":
            if coded[:3] == w[:3]:
                return True
        elif coded.startswith(w):
            return True
    return False


def event_matches(item, event, level):
    _, sources, targets, root = item
    return (event["cameo"][:2] == root and actor_matches(sources, event["source"], level)
            and actor_matches(targets, event["target"], level))


def score_probe(probe, coded, level):
    """Returns (found, required, spurious events, violated items, missed items)."""
    used = [False] * len(coded)
    found, missed, violated = 0, [], []
    required = [i for i in probe["items"] if i[0] == "required"]
    for item in required:
        hit = next((k for k, e in enumerate(coded) if not used[k] and event_matches(item, e, level)), None)
        if hit is None:
            missed.append(item)
        else:
            used[hit] = True
            found += 1
    for item in probe["items"]:
        if item[0] == "forbidden":
            hits = [k for k, e in enumerate(coded) if not used[k] and event_matches(item, e, level)]
            if hits:
                violated.append(item)
                for k in hits:
                    used[k] = True
    for item in probe["items"]:
        if item[0] == "allowed":
            for k, e in enumerate(coded):
                if not used[k] and event_matches(item, e, level):
                    used[k] = True
    spurious = [e for k, e in enumerate(coded) if not used[k]]
    return found, len(required), spurious, violated, missed


def run_coder(args, probes):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for i, p in enumerate(probes):
            f.write(json.dumps({"id": f"p{i}", "date": STORY_DATE, "text": p["sentence"]}) + "\n")
        path = f.name
    try:
        command = [args.dunlin, "code", "--format", "tsv", "--only", "events", path]
        if args.models:
            command += ["--models", args.models]
        result = subprocess.run(command, capture_output=True, text=True)
    finally:
        os.unlink(path)
    if result.returncode != 0:
        sys.exit(f"{args.dunlin} code failed ({result.returncode}):\n{result.stderr}")
    coded = defaultdict(list)
    lines = result.stdout.splitlines()
    columns = lines[0].split("\t")
    for line in lines[1:]:
        row = dict(zip(columns, line.split("\t")))
        if row.get("negated") == "yes":
            continue
        coded[int(row["doc"][1:])].append(row)
    return coded


def show(item):
    kind, sources, targets, root = item
    return {"required": "", "forbidden": "!", "allowed": "?"}[kind] + "|".join(sources) + ">" + "|".join(targets) + ":" + root


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dunlin", default=os.path.join(ROOT, "build", "dunlin"))
    ap.add_argument("--probes", default=os.path.join(ROOT, "tests", "data", "events", "probes.tsv"))
    ap.add_argument("--models", default=None)
    ap.add_argument("--verbose", "-v", action="store_true", help="print every probe, not only the wrong ones")
    args = ap.parse_args()
    probes = read_probes(args.probes)
    coded = run_coder(args, probes)

    totals = {level: defaultdict(int) for level in ("code", "country")}
    by_construction = defaultdict(lambda: [0, 0])
    for i, p in enumerate(probes):
        events = coded.get(i, [])
        right = {}
        for level in ("code", "country"):
            found, required, spurious, violated, missed = score_probe(p, events, level)
            t = totals[level]
            t["found"] += found
            t["required"] += required
            t["spurious"] += len(spurious)
            t["violations"] += len(violated)
            t["coded"] += len(events)
            right[level] = found == required and not spurious and not violated
            t["right"] += right[level]
            if level == "code":
                detail = (missed, spurious, violated)
        by_construction[p["construction"]][0] += right["code"]
        by_construction[p["construction"]][1] += 1
        if args.verbose or not right["code"]:
            missed, spurious, violated = detail
            status = "ok" if right["code"] else ("ok-country" if right["country"] else "WRONG")
            print(f"{status}\tline {p['line']}\t{p['construction']}\t{p['sentence']}")
            print(f"\texpected {p['expected']}")
            got = "; ".join(f"{e['source']}>{e['target']}:{e['cameo']} ({e['verb']})" for e in events) or "none"
            print(f"\tcoded    {got}")
            for m in missed:
                print(f"\tMISSED   {show(m)}")
            for v in violated:
                print(f"\tVIOLATED {show(v)}")
            for s in spurious:
                print(f"\tSPURIOUS {s['source']}>{s['target']}:{s['cameo']} ({s['verb']})")
    print()
    for construction in sorted(by_construction):
        r, n = by_construction[construction]
        print(f"{construction:14s} {r}/{n}")
    c, k = totals["code"], totals["country"]
    print(f"probes n={len(probes)} right={c['right']} required={c['required']} found={c['found']} "
          f"coded={c['coded']} spurious={c['spurious']} violations={c['violations']} | country: right={k['right']} "
          f"found={k['found']} spurious={k['spurious']} violations={k['violations']}")


if __name__ == "__main__":
    main()
