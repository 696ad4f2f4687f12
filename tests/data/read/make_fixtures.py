#!/usr/bin/env python3
"""Writes the binary and deliberately broken reader fixtures in this folder (gzip, WARC, invalid UTF-8, binary).

Run it from anywhere: python3 tests/data/read/make_fixtures.py. The output is deterministic (gzip mtime 0), so
re-running it leaves git clean. Every article text here was written for these tests.
"""
import gzip
import io
import json
import os
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    path = os.path.join(HERE, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def gz(data):
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as g:
        g.write(data)
    return buf.getvalue()


# ---- JSON Lines -------------------------------------------------------------------------------------------
good = [
    {"id": "n1", "text": "The finance minister of Oberland announced new tariffs on Monday.",
     "title": "Oberland raises tariffs", "date": "2022-01-10", "url": "https://wire.example/n1", "outlet": "Wire One"},
    {"id": "n2", "text": "Protesters gathered outside the parliament in Lenta.\n\nPolice said the march was peaceful.",
     "date": "Jan 11, 2022"},
]
lines = [json.dumps(good[0]).encode(), json.dumps(good[1]).encode(),
         b'{"id": "bad-json", "text": "an unterminated string}',                       # line 3: invalid JSON
         b'{"id": "no-text", "title": "A record without text"}',                      # line 4: missing text
         b'{"id": "num-text", "text": 42}',                                            # line 5: text not a string
         b'',                                                                          # line 6: blank, ignored
         b'{"text": "A record without an id: the reader names it after the file and line."}',  # line 7
         b'{"id": "latin", "text": "Talks in K\xf6ln ended without a deal."}',          # line 8: invalid UTF-8
         b'[1, 2, 3]',                                                                 # line 9: not an object
         json.dumps({"id": "n10", "text": "The last record is read too."}).encode()]  # line 10
jsonl = b"\n".join(lines) + b"\n"
write("news.jsonl", jsonl)
write("news.jsonl.gz", gz(jsonl))
write("custom_fields.jsonl", b'{"doc_id": "c1", "body": "Custom field names work.", "headline": "Custom", '
                             b'"published": "2020-05-11T09:30:00Z", "link": "https://x.example/c1", "source": "X"}\n')

# ---- WARC -------------------------------------------------------------------------------------------------
def page(title, paragraphs, date=None, site=None, charset="utf-8"):
    head = f'<meta charset="{charset}"><title>{title}</title>'
    if site:
        head += f'<meta property="og:site_name" content="{site}">'
    if date:
        head += f'<meta property="article:published_time" content="{date}">'
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head>{head}</head><body><nav><a href='/'>Home</a></nav>"
            f"<article>{body}</article><footer>Footer text</footer></body></html>").encode(charset)


def http(body, content_type="text/html; charset=utf-8", status="200 OK", extra=b"", chunked=False, gzipped=False):
    if gzipped:
        body = gz(body)
        extra += b"Content-Encoding: gzip\r\n"
    if chunked:
        out = b""
        for i in range(0, len(body), 100):
            part = body[i:i + 100]
            out += b"%x\r\n" % len(part) + part + b"\r\n"
        body = out + b"0\r\n\r\n"
        extra += b"Transfer-Encoding: chunked\r\n"
    return (b"HTTP/1.1 " + status.encode() + b"\r\nContent-Type: " + content_type.encode() + b"\r\n" + extra +
            b"\r\n" + body)


def record(kind, uri, date, rid, block, content_type):
    head = (f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{rid}>\r\nWARC-Date: {date}\r\n"
            + (f"WARC-Target-URI: {uri}\r\n" if uri else "")
            + f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n").encode()
    return head + block + b"\r\n\r\n"


H = "application/http; msgtype=response"
records = [
    record("warcinfo", None, "2023-06-01T12:00:00Z", "00000000-0000-0000-0000-000000000000",
           b"software: dunlin test fixture\r\nformat: WARC File Format 1.1\r\n", "application/warc-fields"),
    record("request", "https://news.example/a", "2023-06-01T12:00:01Z", "00000000-0000-0000-0000-00000000000a",
           b"GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n", "application/http; msgtype=request"),
    record("response", "https://news.example/a", "2023-06-01T12:00:01Z", "00000000-0000-0000-0000-0000000000a1",
           http(page("Border crossing reopens", ["Officials in Marvia reopened the northern border crossing on "
                                                 "Wednesday after a two-week closure."],
                     date="2023-05-31T07:00:00Z", site="News Example")), H),
    record("metadata", "https://news.example/a", "2023-06-01T12:00:01Z", "00000000-0000-0000-0000-0000000000a2",
           b"fetchTimeMs: 120\r\n", "application/warc-fields"),
    # No date on the page: the WARC-Date is used. Chunked and gzip-encoded body.
    record("response", "https://news.example/b", "2023-06-01T12:00:02Z", "00000000-0000-0000-0000-0000000000b1",
           http(page("Strike ends at the port", ["Dock workers in Selva ended their strike after the union accepted "
                                                 "a new wage offer."]), chunked=True, gzipped=True), H),
    # Not HTML: skipped without a problem.
    record("response", "https://news.example/logo.png", "2023-06-01T12:00:03Z",
           "00000000-0000-0000-0000-0000000000c1",
           http(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", content_type="image/png"), H),
    # A redirect: skipped without a problem.
    record("response", "https://news.example/old", "2023-06-01T12:00:04Z", "00000000-0000-0000-0000-0000000000d1",
           http(b"", status="301 Moved Permanently", extra=b"Location: https://news.example/a\r\n"), H),
    record("revisit", "https://news.example/a", "2023-06-01T12:00:05Z", "00000000-0000-0000-0000-0000000000e1",
           b"HTTP/1.1 200 OK\r\n\r\n", H),
    # A windows-1252 page, declared in the HTTP header only.
    record("response", "https://news.example/c", "2023-06-01T12:00:06Z", "00000000-0000-0000-0000-0000000000f1",
           http(("<html><body><p>The caf\u00e9 owners\u2019 union met the mayor on Friday to discuss the new "
                 "tax.</p></body></html>").encode("cp1252"), content_type="text/html; charset=windows-1252"), H),
]
plain = b"".join(records)
write("news.warc", plain)
members = [gz(r) for r in records]
write("news.warc.gz", b"".join(members))          # one gzip member per record (as Common Crawl writes)
write("news_single.warc.gz", gz(plain))           # one gzip stream for the whole file

# Truncated: the file ends in the middle of the gzip member of record 5 (the second response).
write("truncated.warc.gz", b"".join(members[:4]) + members[4][: len(members[4]) // 2])
# Truncated plain WARC: the file ends in the middle of the block of record 5.
cut = len(b"".join(records[:4])) + len(records[4]) // 2
write("truncated.warc", plain[:cut])
# A corrupt member in the middle (record 3, the first response): its deflate data is overwritten. The reader
# reports it and continues with the next member.
bad = bytearray(members[2])
for i in range(20, min(len(bad) - 8, 60)):
    bad[i] = 0xFF
write("corrupt_member.warc.gz", b"".join(members[:2]) + bytes(bad) + b"".join(members[3:]))
# A plain WARC with garbage between records: the reader reports it and resyncs at the next "WARC/" line.
write("garbage_between.warc", records[2] + b"this line is not a WARC record\r\nnor is this\r\n" + records[4])

# ---- Mixed folder -----------------------------------------------------------------------------------------
write("mixed/a_plain.txt", b"Title: Ferry service suspended\nDate: 2024-02-02\n\n"
                           b"The ferry between Orsa and Lind was suspended because of storms.\n")
write("mixed/b_page.html", page("Election date set", ["The electoral commission of Tavia set the election for "
                                                      "the ninth of June."], date="2024-02-03"))
write("mixed/c_lines.jsonl", b'{"id": "m1", "text": "First line document."}\n'
                             b'{"id": "m2", "text": "Second line document."}\n')
write("mixed/d_empty.txt", b"")
write("mixed/e_picture.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01")
write("mixed/f_archive.warc.gz", members[2])
write("mixed/sub/g_nested.txt", b"A nested folder is read too, after the files before it in name order.\n")
write("mixed/.hidden.txt", b"Hidden files are skipped.\n")
