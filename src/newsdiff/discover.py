"""Discovery: the article URLs a source's feeds currently list."""

from __future__ import annotations

from dataclasses import dataclass, field

import feedparser
import requests

from .config import Settings, Source
from .fetch import fetch
from .urls import BadURLError, canonical_url

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
              "application/rdf+xml", "application/feed+json", "text/plain")


@dataclass
class Discovery:
    """What one source's feeds gave: canonical article URLs and the feeds that failed."""

    urls: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def parse_feed(content: bytes) -> list[str]:
    """Article links of an RSS or Atom document, in feed order, canonical, without repeats."""
    parsed = feedparser.parse(content)
    seen: dict[str, None] = {}
    for entry in parsed.entries:
        link = entry.get("link") or ""
        try:
            seen.setdefault(canonical_url(link), None)
        except BadURLError:
            continue
    return list(seen)


def discover(session: requests.Session, source: Source, settings: Settings) -> Discovery:
    """Fetch every feed of ``source`` and collect its article URLs."""
    found = Discovery()
    for feed_url in source.feeds:
        result = fetch(session, feed_url, settings, accept=FEED_TYPES)
        if not result.ok:
            found.errors.append(f"feed {feed_url}: {result.error}")
            continue
        urls = parse_feed(result.content)
        if not urls:
            found.errors.append(f"feed {feed_url}: no article links")
        for url in urls:
            if url not in found.urls:
                found.urls.append(url)
    return found
