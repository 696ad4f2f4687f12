#!/usr/bin/env python3
"""Speaker and stance precision and recall of `dunlin code` attributions on hand-annotated Wikinews articles.

Reads the gold annotations (wikinews_gold.tsv: url, cue span, speaker head span, stance, anonymous; code point
offsets into the article text), takes those articles from the Wikinews CSV files (../shared/data/news/
wikinews-2019-2021/, CC BY 2.5), runs `dunlin code --only quotes` on them (one JSON Lines input) and scores:

- a predicted attribution and a gold one are the same attribution when their cue spans overlap; several predicted
  records on one cue (a quote continued in the next sentence repeats its cue) count once;
- speaker: correct when the predicted speaker span contains the gold speaker's head word (or both have none);
- precision = correct / predicted attributions (distinct cues), recall = correct / gold attributions; the same for
  stance, and for `anonymous`.

Usage: eval/attribution/score_wikinews.py [--dunlin build/dunlin] [--news ../shared/data/news/wikinews-2019-2021]
                                          [--gold FILE [FILE...]] [--against FILE [FILE...]] [--verbose]
(several --gold files are pooled: one figure over all their attributions)

--against scores a second annotation of the same articles (files in the gold format, made by another annotator who
did not see the first) in place of dunlin's output: inter-annotator agreement, measured exactly as dunlin is (the first
annotator's speaker head word must lie inside the second's, as it must lie inside dunlin's speaker span).
Ends with: attributions gold=35 predicted=33 cue_p=.. cue_r=.. speaker_p=.. speaker_r=.. stance_p=.. stance_r=..
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.dirname(HERE))
from wikinews import read_articles  # noqa: E402 (eval/wikinews.py)


def read_gold(path):
    gold = []
    with open(path, encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    header = lines[0].rstrip("\n").split("\t")
    for line in lines[1:]:
        row = dict(zip(header, line.rstrip("\n").split("\t")))
        gold.append({
            "url": row["url"],
            "cue": (int(row["cue_start"]), int(row["cue_end"])),
            "speaker": (int(row["speaker_start"]), int(row["speaker_end"])) if row["speaker_start"] else None,
            "stance": row["stance"],
            "anonymous": row["anonymous"] == "1",
        })
    return gold


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dunlin", default=os.path.join(ROOT, "build", "dunlin"))
    ap.add_argument("--news", default=os.path.join(ROOT, "..", "shared", "data", "news", "wikinews-2019-2021"))
    ap.add_argument("--gold", nargs="+", default=[os.path.join(HERE, "wikinews_gold.tsv")],
                    help="one or more annotation files, scored as one pooled set")
    ap.add_argument("--against", nargs="+", default=[],
                    help="score these annotation files (another annotator's) instead of running dunlin")
    ap.add_argument("--models", default="")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()

    gold = [g for path in args.gold for g in read_gold(path)]
    urls = {g["url"] for g in gold}
    articles = read_articles(args.news, urls)
    missing = urls - set(articles)
    if missing:
        print(f"articles not found in {args.news}: {sorted(missing)}", file=sys.stderr)
        return 2
    if args.against:
        quotes = [as_quote(a, articles) for path in args.against for a in read_gold(path) if a["url"] in urls]
        return score(args, gold, articles, quotes)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for url in sorted(urls):
            r = articles[url]
            f.write(json.dumps({"id": url, "url": url, "date": r["date"][:10], "text": r["text"]}) + "\n")
        input_path = f.name
    command = [args.dunlin, "code", "--only", "quotes", input_path]
    if args.models:
        command += ["--models", args.models]
    result = subprocess.run(command, capture_output=True, text=True)
    os.unlink(input_path)
    if result.returncode != 0:
        print(result.stderr, file=sys.stderr)
        return 2
    quotes = [json.loads(line) for line in result.stdout.splitlines()]
    return score(args, gold, articles, [q for q in quotes if q.get("type") == "quote"])


def as_quote(a, articles):
    """An annotation row in the shape of a `dunlin code` quote record (the fields the scoring reads)."""
    text = articles[a["url"]]["text"]
    start, end = a["speaker"] if a["speaker"] else (None, None)
    return {"doc": a["url"], "cue": {"start": a["cue"][0], "end": a["cue"][1], "text": text[a["cue"][0]:a["cue"][1]]},
            "speaker": {"start": start, "end": end, "text": text[start:end] if a["speaker"] else None},
            "stance": a["stance"], "anonymous": a["anonymous"]}


def score(args, gold, articles, quotes):
    predicted = {}
    for q in quotes:
        key = (q["doc"], q["cue"]["start"], q["cue"]["end"])
        predicted.setdefault(key, q)  # a continued quote repeats its cue: count it once
    by_doc = {}
    for (doc, _, _), q in predicted.items():
        by_doc.setdefault(doc, []).append(q)

    def speaker_ok(q, g):
        sp = q["speaker"]
        if g["speaker"] is None:
            return sp["text"] is None
        return sp["start"] is not None and sp["start"] <= g["speaker"][0] and g["speaker"][1] <= sp["end"]

    cue_tp = sp_tp = st_tp = an_tp = 0
    matched = set()
    for g in gold:
        hits = [q for q in by_doc.get(g["url"], []) if overlaps((q["cue"]["start"], q["cue"]["end"]), g["cue"])]
        q = hits[0] if hits else None
        text = articles[g["url"]]["text"]
        if q is not None:
            matched.add((q["doc"], q["cue"]["start"], q["cue"]["end"]))
            cue_tp += 1
            sp_tp += speaker_ok(q, g)
            st_tp += q["stance"] == g["stance"]
            an_tp += bool(q["anonymous"]) == g["anonymous"]
        if args.verbose:
            status = "MISSED" if q is None else " ".join(
                f for f, ok in (("speaker", speaker_ok(q, g)), ("stance", q["stance"] == g["stance"]),
                                ("anonymous", bool(q["anonymous"]) == g["anonymous"])) if not ok) or "ok"
            cue = text[g["cue"][0]:g["cue"][1]]
            detail = ""
            if q is not None and status != "ok":
                want = text[g["speaker"][0]:g["speaker"][1]] if g["speaker"] else None
                detail = f" (speaker={q['speaker']['text']!r} want {want!r}; stance={q['stance']} want {g['stance']})"
            print(f"gold  {g['url'][-40:]:40} {g['cue'][0]:5} {cue:14} {status}{detail}")
    if args.verbose:
        for key, q in sorted(predicted.items()):
            if key not in matched:
                print(f"extra {key[0][-40:]:40} {key[1]:5} {q['cue']['text']:14} speaker={q['speaker']['text']!r} "
                      f"stance={q['stance']}")
    n_gold, n_pred = len(gold), len(predicted)

    def ratio(a, b):
        return f"{a / b:.3f}" if b else "n/a"

    print(f"attributions gold={n_gold} predicted={n_pred} cue_p={ratio(cue_tp, n_pred)} cue_r={ratio(cue_tp, n_gold)} "
          f"speaker_p={ratio(sp_tp, n_pred)} speaker_r={ratio(sp_tp, n_gold)} "
          f"stance_p={ratio(st_tp, n_pred)} stance_r={ratio(st_tp, n_gold)} "
          f"anonymous_acc={ratio(an_tp, cue_tp)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
