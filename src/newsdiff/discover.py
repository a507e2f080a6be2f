"""Discovery: the article URLs a source currently lists, from its feeds, news sitemaps and
section pages, canonical and filtered by the source's include/exclude patterns."""

from __future__ import annotations

import io
import json
import re
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urljoin

import feedparser
import lxml.etree
import lxml.html

from .config import Source
from .crawl import crawl
from .fetch import HTML_TYPES, Fetcher
from .urls import BadURLError, canonical_url, site_of
from .worker import WorkerError, WorkerPool

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
              "application/rdf+xml", "text/plain", "application/x-rss+xml",
              "application/feed+json", "application/json",  # JSON Feed (jsonfeed.org)
              *HTML_TYPES)  # feeds are often served as text/html; feedparser decides
#: sitemap.xml.gz is served as gzip itself (not gzip-encoded XML): read as its XML
GZIP_TYPES = ("application/x-gzip", "application/gzip", "application/octet-stream")
SITEMAP_TYPES = ("application/xml", "text/xml", "text/plain", "application/x-xml", *GZIP_TYPES)
MAX_SITEMAP_CHILDREN = 50
MAX_LISTING_URLS = 2000  # a real feed lists tens; a sitemap at most 50,000 (we take the top)
MAX_SOURCE_URLS = 5000  # all listings of a source together, a sitemap index's children too
_ITEM_END = re.compile(rb"</(?:[\w-]+:)?(?:item|entry)\s*>", re.IGNORECASE)
_WHOLE_ITEM_END = re.compile(rb"</(?:[\w-]+:)?(?:item|entry|url|sitemap)\s*>", re.IGNORECASE)
# feedparser spends ~10 µs of pure Python on each tag (GIL held, past any deadline): 5 MB of
# "<a>" took 31 s.  A real feed of 2,000 items has tens of thousands; the rest is not read.
MAX_FEED_TAGS = 200_000
_TAG = re.compile(rb"<")
# A character reference to no character: feedparser's lenient parser raised on it
# (OverflowError, ValueError, UnicodeEncodeError) and the whole feed was lost.
_CHARREF = re.compile(rb"&#([xX][0-9a-fA-F]+|[0-9]+)")
_HTML_PARSER = lxml.html.HTMLParser(encoding="utf-8")
_XML_PARSER = lxml.etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                                   recover=True)


@dataclass
class Discovery:
    """What one source's listings gave: canonical article URLs and the listings that failed."""

    urls: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seen: set[str] = field(default_factory=set, repr=False)
    capped: bool = False

    def add(self, url: str) -> None:
        """Keep ``url`` once, up to the source's cap."""
        if url in self.seen:
            return
        if len(self.urls) >= MAX_SOURCE_URLS:
            self.capped = True
            return
        self.seen.add(url)
        self.urls.append(url)


def _canonical(links) -> list[str]:
    seen: dict[str, None] = {}
    for link in links:
        try:
            seen.setdefault(canonical_url(link.strip()), None)
        except (BadURLError, AttributeError, ValueError, UnicodeError):
            continue
    return list(seen)


def _gunzipped(content: bytes, limit: int, cut: bool) -> tuple[bytes, bool]:
    """A gzipped sitemap's XML, at most ``limit`` bytes of it (a bomb stops there), and
    whether that is cut short (the cap, or a file cut in transit: its whole items count)."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        xml = inflater.decompress(content, limit)
    except zlib.error:
        return b"", False
    return xml, cut or not inflater.eof


def _whole_items(content: bytes) -> bytes:
    """A cut listing up to the end of its last whole item (never half a URL)."""
    end = 0
    for match in _WHOLE_ITEM_END.finditer(content):
        end = match.end()
    return content[:end]


def parse_feed(content: bytes, base_url: str = "") -> list[str]:
    """Article links of an RSS or Atom document, in feed order, canonical, without repeats.

    Only the first MAX_LISTING_URLS items are parsed: the document is cut after the end tag
    of the last item wanted (feedparser reads a cut document), so a feed of a million items
    costs what one of two thousand does.  Relative links are taken relative to ``base_url``
    (the feed's own address), as feed readers take them: they were dropped, stories lost.
    """
    for count, match in enumerate(_ITEM_END.finditer(content), 1):
        if count == MAX_LISTING_URLS:
            content = content[: match.end()]
            break
    if content.count(b"<") > MAX_FEED_TAGS:
        for count, match in enumerate(_TAG.finditer(content), 1):
            if count > MAX_FEED_TAGS:
                content = _whole_items(content[: match.start()])
                break
    content = _CHARREF.sub(_real_character, content)
    # A stream, never bytes: feedparser opens bytes as a file name when it can, so a feed
    # whose body is "/dev/zero" would fill memory and one naming a local file would read it.
    parsed = feedparser.parse(io.BytesIO(content), sanitize_html=False,
                              resolve_relative_uris=False)
    links = (str(entry.get("link") or "").strip() for entry in parsed.entries[:MAX_LISTING_URLS])
    return _canonical(_join(base_url, link) if link else "" for link in links)


def parse_json_feed(content: bytes, base_url: str = "") -> list[str]:
    """Article links of a JSON Feed (version 1 or 1.1: each item's ``url``, its permalink), in
    feed order, canonical, without repeats; none from a document that is no JSON Feed."""
    try:
        feed = json.loads(content.decode("utf-8-sig", errors="replace"))
    except (ValueError, RecursionError):  # not JSON, or nested past Python's recursion limit
        return []
    items = feed.get("items") if isinstance(feed, dict) else None
    if not isinstance(items, list):
        return []
    links = (item.get("url") for item in items[:MAX_LISTING_URLS] if isinstance(item, dict))
    return _canonical(_join(base_url, link.strip()) if isinstance(link, str) and link.strip()
                      else "" for link in links)


def _real_character(match: re.Match) -> bytes:
    digits = match.group(1)
    if len(digits) <= 8:
        code = int(digits[1:], 16) if digits[:1] in b"xX" else int(digits)
        if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF:
            return match.group(0)
    return b"&#xFFFD"


def parse_sitemap(content: bytes) -> tuple[list[str], list[str]]:
    """(article URLs, child sitemap URLs) of a sitemap or sitemap index."""
    try:
        root = lxml.etree.fromstring(content, parser=_XML_PARSER)
    except lxml.etree.XMLSyntaxError:
        return [], []
    if root is None:
        return [], []
    urls = root.xpath("//*[local-name()='url']/*[local-name()='loc']/text()")[:MAX_LISTING_URLS]
    children = root.xpath("//*[local-name()='sitemap']/*[local-name()='loc']/text()")
    return _canonical(urls), _canonical(children)[:MAX_SITEMAP_CHILDREN]


def parse_link_page(html: str, base_url: str, pattern: str) -> list[str]:
    """Links on a section page whose absolute URL matches ``pattern``."""
    try:
        # The page is already decoded: without the parser told so, lxml took the UTF-8
        # bytes for Latin-1 (or for the page's <meta> charset), and every non-ASCII link
        # ("/sport/fußball") became mojibake, a URL the site never had.
        tree = lxml.html.fromstring(html.encode("utf-8"), parser=_HTML_PARSER)
    except (lxml.etree.ParserError, ValueError):
        return []
    links = (_join(base_url, href) for href in tree.xpath("//a/@href"))
    return [url for url in _canonical(links) if re.search(pattern, url)][:MAX_LISTING_URLS]


def _join(base: str, href: str) -> str:
    try:
        return urljoin(base, href)
    except ValueError:  # "http://[::1" and friends
        return ""


@dataclass(frozen=True)
class _Listing:
    source: Source
    kind: str  # feed | sitemap | links
    url: str


_READING = {"feed": "reading the feed", "sitemap": "reading the sitemap",
            "links": "reading the link page"}


def parse_listing(kind: str, document: bytes | str, base_url: str, pattern: str
                  ) -> tuple[list[str], list[str]]:
    """(article URLs, child sitemaps) of a fetched feed, sitemap or link page (``document``:
    a link page's decoded text, else its bytes).  A round runs this in a worker process
    (``newsdiff.worker``): feedparser takes time quadratic in one element's attributes
    (20,000 took 2.8 s) and libxml2's HTML parser worse, beyond any thread's deadline.
    (A JSON Feed is read with ``json``, in C and linear, where it is fetched.)"""
    if kind == "feed":
        return parse_feed(document, base_url), []
    if kind == "sitemap":
        return parse_sitemap(document)
    return parse_link_page(document, base_url, pattern), []


def _read_listing(fetcher: Fetcher, listing: _Listing, pool: WorkerPool | None = None,
                  timeout: float = 30.0, deadline: float | None = None
                  ) -> tuple[list[str], list[str], str]:
    """(article URLs, child sitemaps, error) of one listing, parsed in ``pool`` within
    ``timeout`` seconds when there is one."""
    accept = {"feed": FEED_TYPES, "sitemap": SITEMAP_TYPES, "links": HTML_TYPES}[listing.kind]
    # A listing over max_bytes is read to the cap: its first items are its newest.
    result = fetcher.get(listing.url, accept=accept, allow_private=listing.source.allow_private,
                         keep_head=listing.kind != "links")
    if not result.ok:
        return [], [], f"{listing.kind} {listing.url}: {result.error}"
    content, cut = result.content, result.truncated
    if listing.kind == "sitemap" and content[:2] == b"\x1f\x8b":
        content, cut = _gunzipped(content, fetcher.settings.max_bytes, cut)
    if listing.kind == "feed" and content.lstrip()[:1] == b"{":  # JSON Feed, not XML
        if cut:  # JSON read to the cap is no document
            return [], [], f"feed {listing.url}: a JSON Feed over max_bytes cannot be read"
        urls, children = parse_json_feed(content, result.final_url), []
        return (urls, [], "") if urls else ([], [], f"feed {listing.url}: no article links")
    content = _whole_items(content) if cut else content
    document = result.text if listing.kind == "links" else content
    args = (listing.kind, document, result.final_url, listing.source.link_pattern)
    if pool is None:
        urls, children = parse_listing(*args)
    else:
        try:
            urls, children = pool.call(parse_listing, *args, timeout=timeout, deadline=deadline,
                                       label=listing.url, what=_READING[listing.kind])
        except (WorkerError, TimeoutError) as error:  # TimeoutError: the round's time is up
            return [], [], f"{listing.kind} {listing.url}: {error}"
    if not urls and not children:
        return [], [], f"{listing.kind} {listing.url}: no article links"
    return urls, children, ""


def _listings(source: Source) -> Iterator[_Listing]:
    for kind, urls in (("feed", source.feeds), ("sitemap", source.sitemaps),
                       ("links", source.link_pages)):
        for url in urls:
            yield _Listing(source, kind, url)


def discover_all(fetcher: Fetcher, sources: tuple[Source, ...] | list[Source], *,
                 workers: int = 8, deadline: float | None = None,
                 pool: WorkerPool | None = None, timeout: float = 30.0
                 ) -> dict[str, Discovery]:
    """Read every listing of every source, hosts in parallel; sitemap indexes one level deep.

    Listings not read by ``deadline`` (a ``time.monotonic()`` time) are errors, as are those
    past a source's MAX_SOURCE_URLS.  With a ``pool`` (the round's) each listing is parsed
    in a worker process, and one whose parsing takes over ``timeout`` seconds is an error;
    without, on the fetching threads.
    """
    found = {source.name: Discovery() for source in sources}
    pending = [listing for source in sources for listing in _listings(source)]
    for _depth in range(2):
        children: list[_Listing] = []
        for outcome in crawl(pending, lambda item: site_of(item.url),
                             lambda item: ([], [], "") if found[item.source.name].capped
                             else _read_listing(fetcher, item, pool, timeout, deadline),
                             lambda item: fetcher.host_delay(item.url, item.source.allow_private),
                             workers=workers, deadline=deadline):
            listing, discovery = outcome.item, found[outcome.item.source.name]
            if outcome.error is not None:
                discovery.errors.append(f"{listing.kind} {listing.url}: {outcome.error}")
                continue
            urls, child_sitemaps, error = outcome.result
            if error:
                discovery.errors.append(error)
            for url in urls:
                if listing.source.wants(url):
                    discovery.add(url)
            if not discovery.capped:
                children += [_Listing(listing.source, "sitemap", c) for c in child_sitemaps]
        pending = [child for child in children if not found[child.source.name].capped]
    # Sitemaps named by an index inside an index are not read (a sitemap index may not
    # name indexes, and each level multiplies the requests by 50); said, not silently lost.
    for name, count in Counter(child.source.name for child in pending).items():
        found[name].errors.append(f"{name}: {count} sitemaps named by a sitemap index inside "
                                  "a sitemap index were not read")
    for name, discovery in found.items():
        if discovery.capped:
            discovery.errors.append(f"{name}: listings name more than {MAX_SOURCE_URLS} "
                                    "articles; the first ones were kept")
    return found
