#!/usr/bin/env python3
"""Scores `dunlin code --only quotes` on attribution probes: short sentences written for dunlin, each with the
attributions it should give (tests/data/attribution/probes*.tsv; the format is in the files' headers).

Each sentence is its own document (no sentence can lend another a speaker). A predicted record matches an expected
one when its cue overlaps the expected cue's words in the sentence, its speaker span contains the expected head word
(or both have none: head "-") and the stance is the same. Records repeating a cue (a quote continued in a second
sentence) count once. A probe is right when every expected record is matched and nothing else is predicted.

Usage: eval/attribution/score_probes.py [--dunlin build/dunlin] [--verbose] FILE [FILE...]
Ends with: probes right=N/M records_p=.. records_r=.. (records_p over distinct predicted cues)
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def read_probes(path):
    probes = []
    with open(path, encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f if line.strip() and not line.startswith("#")]
    if not lines or lines[0] != "sentence\texpected":
        sys.exit(f"{path}: the first line after the comments must be 'sentence<TAB>expected'")
    for n, line in enumerate(lines[1:], start=2):
        if line.count("\t") != 1:
            sys.exit(f"{path}: row {n}: want two tab-separated fields")
        sentence, expected = line.split("\t")
        records = []
        if expected != "none":
            for part in expected.split(" | "):
                fields = dict(kv.split("=", 1) for kv in part.split(";"))
                if set(fields) != {"cue", "head", "stance"}:
                    sys.exit(f"{path}: row {n}: want cue=..;head=..;stance=.. in '{part}'")
                start = sentence.find(fields["cue"])
                if start < 0:
                    sys.exit(f"{path}: row {n}: cue '{fields['cue']}' is not in the sentence")
                records.append({"cue": (start, start + len(fields["cue"])), "head": fields["head"],
                                "stance": fields["stance"], "text": fields["cue"]})
        probes.append({"sentence": sentence, "expected": records})
    return probes


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dunlin", default=os.path.join(ROOT, "build", "dunlin"))
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    probes = [p for path in args.files for p in read_probes(path)]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        for i, p in enumerate(probes):
            tmp.write(json.dumps({"id": str(i), "text": p["sentence"], "date": "2020-01-01"}) + "\n")
    try:
        out = subprocess.run([args.dunlin, "code", "--only", "quotes", tmp.name], capture_output=True, text=True,
                             check=True).stdout
    finally:
        os.unlink(tmp.name)
    predicted = {}
    for line in out.splitlines():
        q = json.loads(line)
        cue = (q["cue"]["start"], q["cue"]["end"])
        by_cue = predicted.setdefault(int(q["doc"]), {})
        if cue not in by_cue:
            by_cue[cue] = q
    right = matched = expected_total = predicted_total = 0
    for i, p in enumerate(probes):
        preds = list(predicted.get(i, {}).values())
        predicted_total += len(preds)
        expected_total += len(p["expected"])
        used = set()
        ok = True
        notes = []
        for e in p["expected"]:
            hit = None
            for k, q in enumerate(preds):
                if k in used or not (q["cue"]["start"] < e["cue"][1] and e["cue"][0] < q["cue"]["end"]):
                    continue
                speaker = (q.get("speaker") or {}).get("text") or "-"
                head_ok = (e["head"] == "-" and speaker == "-") or (e["head"] != "-" and e["head"] in speaker.split())
                head_ok = head_ok or (e["head"] != "-" and e["head"] in speaker.replace(",", " ").split())
                if head_ok and q["stance"] == e["stance"]:
                    hit = k
                    break
                notes.append(f"cue '{e['text']}': speaker '{speaker}' stance {q['stance']}")
            if hit is None:
                ok = False
                if not notes:
                    notes.append(f"missed '{e['text']}'")
            else:
                used.add(hit)
                matched += 1
        extra = [q for k, q in enumerate(preds) if k not in used]
        if extra:
            ok = False
            notes += [f"extra '{q['cue']['text']}' ({(q.get('speaker') or {}).get('text')})" for q in extra]
        right += ok
        if args.verbose and not ok:
            print(f"WRONG {p['sentence']}\n      " + "; ".join(notes))
    rp = matched / predicted_total if predicted_total else 1.0
    rr = matched / expected_total if expected_total else 1.0
    print(f"probes right={right}/{len(probes)} records_p={rp:.3f} records_r={rr:.3f}")


if __name__ == "__main__":
    main()
