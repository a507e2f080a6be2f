"""The demo newsroom: a small HTTP server on 127.0.0.1 serving feeds and article pages.

Pages look like real news pages (navigation, ads, related links, a footer, JSON-LD), and the
chrome around the story changes every round, as real sites' does, so the demo shows that only
edits to the story itself become versions.
"""

from __future__ import annotations

import html
import json
import threading
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from .stories import LANGUAGES, ROUND_OFFSETS, SOURCES, STORIES, Story, StoryVersion

DEMO_DAY = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)  # the demo's first round (demo.DEMO_START)

_PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>{title} | {site}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{site}">
<meta name="author" content="{byline}">
<script type="application/ld+json">{jsonld}</script>
<script>window.adSlots = ["top", "side"]; /* tracking {round} */</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a>
<a href="/weather">Weather</a> <a href="/subscribe">Subscribe</a></nav>
<div class="ad">Advertisement: Spring sale at Harbour Outfitters, round {round} offer!</div>
</header>
<main><article>
<h1>{title}</h1>
<p class="byline">By {byline}</p>
{updated}
{body}
</article>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/news/1">Harbour regatta draws record crowds</a></li>
<li><a href="/news/2">Five things to do this weekend</a></li>
<li><a href="/news/3">Letters: readers on parking charges</a></li></ul></aside>
<div class="newsletter">Sign up for our morning briefing. Enter your email address.</div>
</main>
<footer><p>&copy; 2026 {site}. All rights reserved. Terms. Privacy. Cookies.</p></footer>
</body></html>
"""


def _modified(story: Story, version: StoryVersion) -> dict[str, str]:
    """The JSON-LD ``dateModified`` of a version: as the story states it, else (for an edit)
    a few minutes before the round that first serves it; none for a first version."""
    if version.modified:
        return {"dateModified": version.modified}
    if version is story.versions[0]:
        return {}
    stamp = DEMO_DAY + ROUND_OFFSETS[version.since] - timedelta(minutes=5)
    return {"dateModified": stamp.strftime("%Y-%m-%dT%H:%M:%SZ")}


def _updated_line(version: StoryVersion, round_number: int) -> str:
    """The rolling "Updated N minutes ago" line, which must never become an edit; a story
    edited quietly (its ``modified`` kept) shows none."""
    if version.modified:
        return ""
    return f'<p class="updated">Updated {7 + 13 * round_number} minutes ago</p>'


def article_html(story: Story, round_number: int) -> str | None:
    """The page of a story as served in a round (None when it is not published yet)."""
    version = story.at(round_number)
    if version is None:
        return None
    site = SOURCES[story.source]
    jsonld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                         "headline": version.title, "datePublished": story.published,
                         "author": [{"@type": "Person", "name": name.strip()}
                                    for name in version.byline.split(" and ")],
                         **_modified(story, version)})
    # Markup noise that must not become a version: odd whitespace inside paragraphs on
    # alternate rounds.
    gap = "\n   " if round_number % 2 else " "
    body = "\n".join(f"<p>{html.escape(p).replace(' ', gap, 2)}</p>" for p in version.paragraphs)
    return _PAGE.format(title=html.escape(version.title), site=html.escape(site),
                        lang=LANGUAGES[story.source],
                        byline=html.escape(version.byline),
                        jsonld=jsonld.replace("</", "<\\/"), round=round_number,
                        updated=_updated_line(version, round_number), body=body)


def feed_xml(source: str, base_url: str, round_number: int, now: datetime) -> str:
    """The RSS feed of a source in a round: its published stories, tracking tags included."""
    items = []
    for story in STORIES:
        version = story.at(round_number)
        if story.source != source or version is None:
            continue
        items.append(
            f"<item><title>{html.escape(version.title)}</title>"
            f"<link>{base_url}{story.path}?utm_source=rss&amp;utm_medium=feed</link>"
            f"<guid>{base_url}{story.path}</guid></item>")
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{html.escape(SOURCES[source])}</title><link>{base_url}/</link>"
            f"<lastBuildDate>{format_datetime(now)}</lastBuildDate>"
            f"{''.join(items)}</channel></rss>")


class Newsroom:
    """Serves the demo sources; set ``round`` to move the newsroom on."""

    def __init__(self) -> None:
        self.round = 0
        self.now = datetime(2026, 3, 2, 7, 0)
        self.requests: list[str] = []
        newsroom = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                newsroom.requests.append(self.path)
                status, kind, body = newsroom.respond(self.path)
                data = body.encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def feed_url(self, source: str) -> str:
        return f"{self.base_url}/{source}/rss.xml"

    def respond(self, raw_path: str) -> tuple[int, str, str]:
        path = urlsplit(raw_path).path
        if path == "/robots.txt":
            return 200, "text/plain", "User-agent: *\nDisallow: /subscribe\n"
        for source in SOURCES:
            if path == f"/{source}/rss.xml":
                return 200, "application/rss+xml", feed_xml(source, self.base_url, self.round,
                                                            self.now)
        for story in STORIES:
            if path == story.path:
                if story.fails_in_round == self.round:
                    return 503, "text/html", "<h1>Service Unavailable</h1>"
                page = article_html(story, self.round)
                if page is not None:
                    return 200, "text/html; charset=utf-8", page
        return 404, "text/html", "<h1>Not found</h1>"

    def __enter__(self) -> Newsroom:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
