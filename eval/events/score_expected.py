#!/usr/bin/env python3
"""Scores `dunlin code` output against an analyst's expectations (a JSON Lines file such as the reference
article's syria-daily-expected.jsonl).

An expected event {"kind": "event", "sentence_contains", "source_country", "target_country", "cameo_root"} is found
when some coded, non-negated event has an evidence sentence containing `sentence_contains`, its source country
equal to `source_country`, its target country among `target_country` (a value or a list; null accepts an event
without a target) and its CAMEO root among `cameo_root`. A "must_not" item is violated when a non-negated event
matches it the same way (its target_country, when absent, accepts any target).

Usage: dunlin code --include-negated ARTICLE > out.jsonl
       eval/events/score_expected.py out.jsonl EXPECTED.jsonl [--verbose]
Ends with one line of key=value pairs: events_found=11/13 must_not_violations=0
"""
import json
import sys


def as_list(value):
    return value if isinstance(value, list) else [value]


def country(actor):
    return None if actor is None else actor.get("country")


def matches(event, item, target_required):
    if item["sentence_contains"] not in event["evidence"]:
        return False
    if country(event["source"]) != item.get("source_country"):
        return False
    if target_required or "target_country" in item:
        if country(event["target"]) not in as_list(item.get("target_country")):
            return False
    return event["root"] in as_list(item["cameo_root"])


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    verbose = "--verbose" in argv
    events = [json.loads(line) for line in open(argv[1], encoding="utf-8") if line.strip()]
    events = [e for e in events if e.get("type") == "event"]
    expected = [json.loads(line) for line in open(argv[2], encoding="utf-8") if line.strip()]
    plain = [e for e in events if not e["negated"]]
    found = total = violations = 0
    for item in expected:
        if item["kind"] == "event":
            total += 1
            hit = any(matches(e, item, True) for e in plain)
            found += hit
            if verbose:
                print(f"{item['id']:4} {'found' if hit else 'MISSED':6} {item['sentence_contains']}")
        elif item["kind"] == "must_not":
            bad = [e for e in plain if matches(e, item, False)]
            violations += bool(bad)
            if verbose:
                print(f"{item['id']:4} {'VIOLATED' if bad else 'ok':6} {item['sentence_contains']}")
    print(f"events_found={found}/{total} must_not_violations={violations} events_out={len(plain)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
