"""Reading the Wikinews articles that dunlin's hand annotations point to (by url), for the scoring scripts.

The articles are in ../shared/data/news/wikinews-2019-2021/*.csv (CC BY 2.5; columns url, date, title, text); the
project keeps only offsets and labels, never their text.
"""
import csv
import os


def read_articles(news_dir, urls):
    """The rows of the CSV files in news_dir whose url is in urls, by url."""
    csv.field_size_limit(10**8)
    articles = {}
    for name in sorted(os.listdir(news_dir)):
        if not name.endswith(".csv"):
            continue
        with open(os.path.join(news_dir, name), encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                if row["url"] in urls:
                    articles[row["url"]] = row
    return articles
