"""Reading FA-KES articles (../shared/data/news/fa-kes/fakes.csv, CC BY) that dunlin's hand annotations point to.

An annotation names an article `fakes:UNIT_ID`. The file is Windows-1252; the few bytes that code page leaves
undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are read as the code points of the same value, as the WHATWG decoder does.
Offsets in the annotations are code points into the `article_content` field decoded that way. The project keeps only
offsets and labels, never the text.
"""
import csv
import io

PREFIX = "fakes:"


def decode_windows_1252(data):
    """data (bytes) as text, byte by byte: Windows-1252, undefined bytes as the code point of their value."""
    table = []
    for byte in range(256):
        try:
            table.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            table.append(chr(byte))
    return "".join(table[b] for b in data)


def iso_date(month_day_year):
    """'7/18/17' -> '2017-07-18' (FA-KES dates are M/D/YY, all in 2011-2018)."""
    month, day, year = (int(part) for part in month_day_year.split("/"))
    return f"{2000 + year if year < 100 else year:04d}-{month:02d}-{day:02d}"


def read_fakes(path, urls):
    """The FA-KES rows whose `fakes:UNIT_ID` is in urls, by that name, as {"date", "text"} like the Wikinews rows."""
    csv.field_size_limit(10**8)
    with open(path, "rb") as f:
        text = decode_windows_1252(f.read())
    articles = {}
    for row in csv.DictReader(io.StringIO(text, newline="")):
        url = PREFIX + row["unit_id"]
        if url in urls:
            articles[url] = {"url": url, "date": iso_date(row["date"]), "text": row["article_content"]}
    return articles
