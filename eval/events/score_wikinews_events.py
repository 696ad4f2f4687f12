#!/usr/bin/env python3
"""Event precision and recall of `dunlin code` on whole news articles, against hand-coded gold events.

Reads the gold events (wikinews_events_dev.tsv: article url, 0-based sentence index as dunlin segments the article,
the sentence's start offset in code points, a 2-4 word anchor, source and target actor codes and countries, CAMEO
code and root, status; the file header gives the conventions), takes those articles from the Wikinews CSV files
(../shared/data/news/wikinews-2019-2021/, CC BY 2.5; only the gold urls are kept), runs
`dunlin code --include-negated` on them (one JSON Lines input, story date = the article's date) and scores:

- a gold event with status `asserted` is found when a coded event of the same article and sentence has the same
  source country, the same target country (no target = no target) and the same CAMEO root; each coded event
  matches at most one gold event (matching is by equal keys, so a greedy match is a maximum one);
  a coded actor without a country ("journalists" -> MED) has country none, so such a target matches a gold event
  without a target at the country level (not at the code level), and such a source matches nothing;
- precision = matched / coded events that are not negated, recall = matched / asserted gold events, F1;
- the same with the actor codes (country + sector, "USAGOV") required to be equal instead of the countries;
- must-not violations: gold rows with status negated, denied or hypothetical that a coded, non-negated event
  matches the same way (such an event also counts against precision, since it matches no asserted row);
- for information: how many of those rows dunlin coded as negated (`negated_seen`).

An article read whole that holds no gold event is listed by one row with its url and status `none` (every other
field empty): it is scored too, so whatever is coded in it counts against precision.

Before scoring it runs `dunlin segment` on the same input and checks that each anchor occurs, at or after
sentence_start, inside one sentence; when that sentence is not the row's `sentence` (the segmenter has changed since
the annotation) the row follows its anchor and a warning says how many moved.

Usage: eval/events/score_wikinews_events.py [--dunlin build/dunlin] [--models DIR]
           [--news ../shared/data/news/wikinews-2019-2021] [--gold eval/events/wikinews_events_dev.tsv] [--verbose]
Ends with one line: events gold=.. coded=.. p=.. r=.. f1=.. code_p=.. code_r=.. code_f1=.. must_not=.. violations=..
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.dirname(HERE))
from wikinews import read_articles  # noqa: E402 (eval/wikinews.py)
STATUSES = {"asserted", "negated", "denied", "hypothetical"}
COLUMNS = ["url", "sentence", "sentence_start", "anchor", "source", "source_country", "target", "target_country",
           "cameo", "root", "status"]


def read_gold(path):
    gold = []
    with open(path, encoding="utf-8") as f:
        numbered = [(n, line) for n, line in enumerate(f, 1) if line.strip() and not line.startswith("#")]
    header = numbered[0][1].rstrip("\n").split("\t")
    if header != COLUMNS:
        raise SystemExit(f"{path}:{numbered[0][0]}: header must be {' '.join(COLUMNS)}")
    for n, line in numbered[1:]:
        fields = line.rstrip("\n").split("\t")
        if len(fields) != len(COLUMNS):
            raise SystemExit(f"{path}:{n}: {len(fields)} fields, want {len(COLUMNS)}")
        row = dict(zip(COLUMNS, fields))
        row["line"] = n
        if row["status"] == "none":  # an article read whole that holds no event: scored, with nothing to find
            if any(row[c] for c in COLUMNS if c not in ("url", "status")):
                raise SystemExit(f"{path}:{n}: a 'none' row (an article without events) has only url and status")
            gold.append(row)
            continue
        row["sentence"] = int(row["sentence"])
        row["sentence_start"] = int(row["sentence_start"])
        for side in ("source", "target"):
            if row[side] and row[side][:3] != row[side + "_country"]:
                raise SystemExit(f"{path}:{n}: {side} code {row[side]} does not start with {row[side + '_country']}")
        if not row["source"]:
            raise SystemExit(f"{path}:{n}: an event needs a source actor")
        if row["cameo"][:2] != row["root"]:
            raise SystemExit(f"{path}:{n}: root {row['root']} is not the root of CAMEO {row['cameo']}")
        if row["status"] not in STATUSES:
            raise SystemExit(f"{path}:{n}: status {row['status']!r} is not one of {sorted(STATUSES | {'none'})}")
        gold.append(row)
    return gold


def country_key(g_or_e, coded):
    """(sentence, source country, target country, root) of a gold row (coded=False) or a coded event."""
    if coded:
        target = g_or_e["target"]
        return (g_or_e["sentence"], g_or_e["source"]["country"] or "", (target["country"] if target else None) or "",
                g_or_e["root"])
    return (g_or_e["sentence"], g_or_e["source_country"], g_or_e["target_country"], g_or_e["root"])


def code_key(g_or_e, coded):
    """The same with the full actor codes (country + sector)."""
    if coded:
        target = g_or_e["target"]
        return (g_or_e["sentence"], g_or_e["source"]["code"], target["code"] if target else "", g_or_e["root"])
    return (g_or_e["sentence"], g_or_e["source"], g_or_e["target"], g_or_e["root"])


def match(gold_rows, coded, key):
    """Matches gold rows to coded events of one article with equal keys, each coded event at most once.
    Returns {gold index: coded index}."""
    free = defaultdict(list)
    for i, e in enumerate(coded):
        free[key(e, True)].append(i)
    found = {}
    for j, g in enumerate(gold_rows):
        pool = free.get(key(g, False))
        if pool:
            found[j] = pool.pop(0)
    return found


def run_dunlin(args, arguments):
    result = subprocess.run([args.dunlin] + arguments, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{args.dunlin} {arguments[0]} failed ({result.returncode}):\n{result.stderr}")
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def ratio(a, b):
    return a / b if b else 0.0


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def describe(e):
    target = e["target"]["code"] if e["target"] else "-"
    return (f"{e['source']['code']:>10} -> {target:<10} {e['cameo']:<5} {e['verb']['text']!r} "
            f"(source {e['source']['text']!r}{', target ' + repr(e['target']['text']) if e['target'] else ''}; "
            f"{e.get('frame') or ''})")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dunlin", default=os.path.join(ROOT, "build", "dunlin"))
    ap.add_argument("--news", default=os.path.join(ROOT, "..", "shared", "data", "news", "wikinews-2019-2021"))
    ap.add_argument("--gold", default=os.path.join(HERE, "wikinews_events_dev.tsv"))
    ap.add_argument("--models", default="")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()

    gold = read_gold(args.gold)
    urls = sorted({g["url"] for g in gold})
    articles = read_articles(args.news, set(urls))
    missing = set(urls) - set(articles)
    if missing:
        print(f"articles not found in {args.news}: {sorted(missing)}", file=sys.stderr)
        return 2
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for url in urls:
            r = articles[url]
            f.write(json.dumps({"id": url, "url": url, "date": r["date"][:10], "text": r["text"]}) + "\n")
        input_path = f.name
    try:
        segmented = run_dunlin(args, ["segment", "--format", "jsonl", input_path])
        coded_out = run_dunlin(args, ["code", "--only", "events", "--include-negated", input_path]
                               + (["--models", args.models] if args.models else []))
    except RuntimeError as error:
        print(error, file=sys.stderr)
        return 2
    finally:
        os.unlink(input_path)
    sentences = {d["id"]: [(s["start"], s["end"]) for s in d["sentences"]] for d in segmented}
    article_urls = urls
    gold = [g for g in gold if g["status"] != "none"]
    moved = 0
    for g in gold:
        text, spans = articles[g["url"]]["text"], sentences[g["url"]]
        at = text.find(g["anchor"], g["sentence_start"])
        where = [i for i, (start, end) in enumerate(spans) if start <= at and at + len(g["anchor"]) <= end]
        if at < 0 or not where:
            print(f"{args.gold}:{g['line']}: anchor {g['anchor']!r} not found in a sentence at or after "
                  f"{g['sentence_start']}", file=sys.stderr)
            return 2
        if where[0] != g["sentence"] or spans[where[0]][0] != g["sentence_start"]:
            moved += 1  # the segmenter has changed since annotation: follow the anchor
            g["sentence"] = where[0]
    if moved:
        print(f"warning: {moved} gold rows are in other sentences than the file says (the segmenter has changed); "
              f"they were placed by their anchors", file=sys.stderr)
    events = [e for e in coded_out if e.get("type") == "event"]
    off = [e for e in events if e["sentence"] >= len(sentences[e["doc"]])
           or sentences[e["doc"]][e["sentence"]][0] != e["start"]]
    if off:
        print(f"warning: {len(off)} coded events sit in sentences that `dunlin segment` splits otherwise",
              file=sys.stderr)

    totals = Counter()
    for url in article_urls:
        rows = [g for g in gold if g["url"] == url]
        asserted = [g for g in rows if g["status"] == "asserted"]
        must_not = [g for g in rows if g["status"] != "asserted"]
        coded = [e for e in events if e["doc"] == url and not e["negated"]]
        negated = [e for e in events if e["doc"] == url and e["negated"]]
        by_country = match(asserted, coded, country_key)
        by_code = match(asserted, coded, code_key)
        totals["gold"] += len(asserted)
        totals["coded"] += len(coded)
        totals["tp"] += len(by_country)
        totals["code_tp"] += len(by_code)
        totals["must_not"] += len(must_not)
        violated = match(must_not, coded, country_key)
        seen_negated = match(must_not, negated, country_key)
        totals["violations"] += len(violated)
        totals["negated_seen"] += len(seen_negated)
        if args.verbose:
            print(f"== {url}")
            in_sentence = defaultdict(list)
            for e in coded:
                in_sentence[e["sentence"]].append(e)
            for j, g in enumerate(asserted):
                if j in by_code:
                    status = "ok"
                elif j in by_country:
                    status = "ok (country only: " + describe(coded[by_country[j]]).split(" (")[0].strip() + ")"
                else:
                    status = "MISSED"
                print(f"  gold  s{g['sentence']:<3} {g['source']:>10} -> {g['target'] or '-':<10} {g['cameo']:<5} "
                      f"{g['anchor']!r}: {status}")
                if status == "MISSED":
                    for e in in_sentence.get(g["sentence"], []):
                        print(f"          coded in that sentence: {describe(e)}")
            for j, g in enumerate(must_not):
                state = ("VIOLATED by " + describe(coded[violated[j]])) if j in violated else \
                    ("ok, coded negated" if j in seen_negated else "ok")
                print(f"  {g['status'][:6]:6} s{g['sentence']:<3} {g['source']:>10} -> {g['target'] or '-':<10} "
                      f"{g['cameo']:<5} {g['anchor']!r}: {state}")
            used = set(by_country.values()) | set(violated.values())
            for i, e in enumerate(coded):
                if i not in used:
                    print(f"  SPURIOUS s{e['sentence']:<3} {describe(e)}")

    p, r = ratio(totals["tp"], totals["coded"]), ratio(totals["tp"], totals["gold"])
    cp, cr = ratio(totals["code_tp"], totals["coded"]), ratio(totals["code_tp"], totals["gold"])
    print(f"events articles={len(urls)} gold={totals['gold']} coded={totals['coded']} matched={totals['tp']} "
          f"p={p:.3f} r={r:.3f} f1={f1(p, r):.3f} code_matched={totals['code_tp']} code_p={cp:.3f} "
          f"code_r={cr:.3f} code_f1={f1(cp, cr):.3f} must_not={totals['must_not']} "
          f"violations={totals['violations']} negated_seen={totals['negated_seen']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
