"""Reading the Wikinews articles that dunlin's hand annotations point to (by url), for the scoring scripts.

The articles are in ../shared/data/news/wikinews-2019-2021/*.csv (CC BY 2.5; columns url, date, title, text); the
project keeps only offsets and labels, never their text.
"""
import csv
import os

from fakes import PREFIX, read_fakes


def read_articles(news_dir, urls):
    """The rows of the CSV files in news_dir whose url is in urls, by url. A url `fakes:UNIT_ID` names a FA-KES
    article, read from fa-kes/fakes.csv beside news_dir (eval/fakes.py)."""
    csv.field_size_limit(10**8)
    articles = {}
    fakes = {url for url in urls if url.startswith(PREFIX)}
    if fakes:
        fakes_csv = os.path.join(os.path.dirname(os.path.abspath(news_dir)), "fa-kes", "fakes.csv")
        articles.update(read_fakes(fakes_csv, fakes))
    for name in sorted(os.listdir(news_dir)):
        if not name.endswith(".csv"):
            continue
        with open(os.path.join(news_dir, name), encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                if row["url"] in urls:
                    articles[row["url"]] = row
    return articles
