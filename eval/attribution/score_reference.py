#!/usr/bin/env python3
"""Scores `dunlin code` quote records against the reference article's expected attributions (the "kind": "quote"
items Q1-Q10 of syria-daily-expected.jsonl).

An expected item {"sentence_contains", "speaker_contains", "cue", "content_contains", "anonymous", "stance"} is
found when some quote record has an evidence sentence (the cue's sentence) containing `sentence_contains`, a
speaker text containing `speaker_contains`, a cue text or lemma equal to `cue` (or the cue text containing it),
a content containing `content_contains` (an empty string accepts any content, none included), and the same
`anonymous` and `stance`. With --verbose each item is printed with the first field that failed.

Usage: dunlin code --only quotes ARTICLE > quotes.jsonl
       eval/attribution/score_reference.py quotes.jsonl EXPECTED.jsonl [--verbose]
Ends with one line: quotes_found=9/10 quotes_out=14
"""
import json
import sys


def check(quote, item):
    """The name of the first field that does not match, or None."""
    if item["sentence_contains"] not in quote["evidence"]:
        return "sentence"
    speaker = quote["speaker"]["text"] or ""
    if item["speaker_contains"] not in speaker:
        return "speaker"
    cue = quote["cue"]
    if not (item["cue"] in cue["text"] or item["cue"] == cue["lemma"]):
        return "cue"
    content = (quote["content"] or {}).get("text") or ""
    if item["content_contains"] and item["content_contains"] not in content:
        return "content"
    if bool(quote["anonymous"]) != bool(item["anonymous"]):
        return "anonymous"
    if quote["stance"] != item["stance"]:
        return "stance"
    return None


ORDER = ["sentence", "speaker", "cue", "content", "anonymous", "stance"]


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    verbose = "--verbose" in argv
    quotes = [json.loads(line) for line in open(argv[1], encoding="utf-8") if line.strip()]
    quotes = [q for q in quotes if q.get("type") == "quote"]
    expected = [json.loads(line) for line in open(argv[2], encoding="utf-8") if line.strip()]
    expected = [e for e in expected if e.get("kind") == "quote"]
    found = 0
    for item in expected:
        failures = [check(q, item) for q in quotes]
        hit = None in failures
        found += hit
        if verbose:
            # The furthest any record got: the field it failed on.
            worst = max((f for f in failures if f), key=ORDER.index, default="no quote")
            print(f"{item['id']:4} {'found' if hit else 'MISSED (' + worst + ')'}  {item['sentence_contains']}")
    print(f"quotes_found={found}/{len(expected)} quotes_out={len(quotes)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
