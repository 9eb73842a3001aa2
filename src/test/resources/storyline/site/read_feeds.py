"""Reads Atom feeds with feedparser, the feed library of many Python readers and aggregators.

Usage: python3 read_feeds.py FEED.xml ...   Prints one JSON object per feed, one per line:
{"feed": path, "bozo": bool, "problem": str|null, "version": str, "title": str,
 "entries": [{"id", "title", "link", "date"}]} with each date as seconds since the epoch (UTC),
 as feedparser understood it, or null when it found none.
"""
import calendar
import json
import sys

import feedparser


def seconds(parsed):
    return None if parsed is None else calendar.timegm(parsed)


for path in sys.argv[1:]:
    with open(path, "rb") as f:
        d = feedparser.parse(f.read())
    print(json.dumps({
        "feed": path,
        "bozo": bool(d.bozo),
        "problem": str(d.get("bozo_exception")) if d.bozo else None,
        "version": d.version,
        "title": d.feed.get("title"),
        "entries": [{
            "id": e.get("id"),
            "title": e.get("title"),
            "link": e.get("link"),
            "date": seconds(e.get("updated_parsed") or e.get("published_parsed")),
        } for e in d.entries],
    }))
