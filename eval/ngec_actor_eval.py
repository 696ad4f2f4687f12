#!/usr/bin/env python3
"""Scores dunlin's actor-phrase coding (`dunlin dict code`) on NGEC's actor-resolution test expectations.

The expectations (../shared/data/peer-suites/ngec/ngec_test_actor_resolution.jsonl, generated from ahalterman/NGEC's
pytest file; that repository has no license, so the file is used here for internal evaluation only and is never
copied into the project) give, for a short actor phrase, the expected PLOVER country and sector (code_1). NGEC
resolves names through Wikipedia, so many of its people are far outside a hand-written dictionary: the figures
below measure dunlin's dictionaries, not a like-for-like comparison.

Items are coded on their query date; those without one, or dated "today", on 2022-06-01 (when the NGEC tests
were written).

Usage: python3 eval/ngec_actor_eval.py [--dunlin build/dunlin] [--shared ../shared] [--show-errors]
"""
import argparse
import datetime
import json
import os
import subprocess
import sys

METHODS = ("agent_to_code", "short_text_to_agent", "search_nat")
DEFAULT_DATE = "2022-06-01"


def parse_date(text):
    if not text or text.strip().lower() == "today":
        return DEFAULT_DATE
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y"):
        try:
            return datetime.datetime.strptime(text.strip().title() if fmt != "%Y-%m-%d" else text.strip(), fmt).strftime("%Y-%m-%d")
        except ValueError:
            pass
    return DEFAULT_DATE


def expectations(item):
    """(country or None, set of acceptable sectors or None, expect_nothing)"""
    country, sectors, nothing = None, None, False
    for e in item["expected"]:
        if e.startswith("country="):
            country = e.split("=", 1)[1]
        elif e.startswith("code_1="):
            sectors = {e.split("=", 1)[1]}
        elif e.startswith("code_1 In "):
            sectors = set(json.loads(e[len("code_1 In "):].replace("'", '"')))
        elif e.strip() == "(result) is None":
            nothing = True
    return country, sectors, nothing


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--dunlin", default=os.path.join(here, "..", "build", "dunlin"))
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
    ap.add_argument("--show-errors", action="store_true")
    args = ap.parse_args()
    path = os.path.join(args.shared, "data", "peer-suites", "ngec", "ngec_test_actor_resolution.jsonl")
    items = [json.loads(l) for l in open(path, encoding="utf-8")]
    items = [i for i in items if i["method"] in METHODS]
    def date_of(i):
        return parse_date((i.get("kwargs") or {}).get("query_date") or i["date"])
    lines = "".join(i["sentence"].replace("\t", " ").replace("\n", " ") + "\t" + date_of(i) + "\n" for i in items)
    out = subprocess.run([args.dunlin, "dict", "code"], input=lines, capture_output=True, text=True, check=True).stdout
    results = [l.split("\t") for l in out.rstrip("\n").split("\n")]
    assert len(results) == len(items), (len(results), len(items))

    n_country = ok_country = got_country = 0
    given_country = right_given_country = 0  # precision: items where dunlin gave a country
    given_sector = right_given_sector = 0
    n_sector = ok_sector = got_sector = 0
    n_nothing = ok_nothing = 0
    errors = []
    for item, (country, sector, plover_country, plover_sec) in zip(items, results):
        want_country, want_sectors, nothing = expectations(item)
        if nothing:
            n_nothing += 1
            ok_nothing += (country == "" and sector == "")
            continue
        if want_country is not None:
            n_country += 1
            got_country += plover_country != ""
            good = plover_country == want_country
            ok_country += good
            if plover_country:
                given_country += 1
                right_given_country += good
            if not good:
                errors.append(("country", item["sentence"], want_country, plover_country))
        if want_sectors is not None:
            n_sector += 1
            got_sector += sector != ""
            good = plover_sec in want_sectors or sector in want_sectors or (want_sectors == {""} and sector == "")
            ok_sector += good
            if sector:
                given_sector += 1
                right_given_sector += good
            if not good:
                errors.append(("sector", item["sentence"], "/".join(sorted(want_sectors)), f"{sector} ({plover_sec})"))

    def pct(a, b):
        return f"{a}/{b} = {100.0 * a / b:.1f}%" if b else "n/a"

    print(f"items: {len(items)} ({', '.join(METHODS)})")
    print(f"country correct: {pct(ok_country, n_country)}; a country was given for {pct(got_country, n_country)}")
    print(f"sector correct:  {pct(ok_sector, n_sector)}; a sector was given for {pct(got_sector, n_sector)}")
    print(f"when dunlin gives a country it is right: {pct(right_given_country, given_country)}")
    print(f"when dunlin gives a sector it is right:  {pct(right_given_sector, given_sector)}")
    print(f"nothing expected and nothing coded: {pct(ok_nothing, n_nothing)}")
    if args.show_errors:
        for e in errors:
            print("\t".join(e))


if __name__ == "__main__":
    sys.exit(main())
