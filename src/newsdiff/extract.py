"""Extraction: a fetched HTML page becomes an Article (title, byline, published, body).

trafilatura finds the story's text among navigation, ads and related links; the page's own
structured metadata (JSON-LD, Open Graph, ``<meta>``) is trusted first for title, byline and
date because newsrooms keep it accurate for search engines.
"""

from __future__ import annotations

import dataclasses
import hashlib
import html as html_lib
import itertools
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from functools import cached_property
from urllib.parse import urlsplit

import lxml.html
import trafilatura

from .article import Article, clean_text, format_body, is_rolling_line
from .config import Selectors
from .markup import Block, blocks_of, plain_blocks, prose_links, with_links
from .safetext import safe_text

_PARSER = lxml.html.HTMLParser(encoding="utf-8")
EXTRACTOR_NAME = f"trafilatura {trafilatura.__version__}"


@dataclass(frozen=True)
class Extraction:
    """An article pulled out of a page, which extractor produced it, and with which reading
    of pages (``reading``)."""

    article: Article
    extracted_by: str
    canonical: str = ""
    reading: str = ""


@dataclass(frozen=True)
class PageMetadata:
    title: str = ""
    byline: str = ""
    published: str = ""
    modified: str = ""
    site_name: str = ""
    canonical: str = ""
    #: every title the page's metadata gives: JSON-LD headline, og:title, twitter:title, <title>
    titles: tuple[str, ...] = ()


def _json_ld_objects(tree: lxml.html.HtmlElement) -> list[dict]:
    objects: list[dict] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                objects.append(item)
                stack.extend(v for k, v in item.items() if k == "@graph")
    return objects


def _names(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


def _is_article(obj: dict) -> bool:
    kinds = obj.get("@type", [])
    kinds = [kinds] if isinstance(kinds, str) else kinds
    return any(isinstance(k, str) and (k.endswith("Article") or k == "Report") for k in kinds)


def _meta(tree: lxml.html.HtmlElement, *names: str) -> str:
    for name in names:
        values = tree.xpath(f'//meta[@property="{name}" or @name="{name}"]/@content')
        if values and values[0].strip():
            return values[0].strip()
    return ""


#: the years a page's date is taken in: ``0001-01-01T00:00:00Z`` or ``9999-12-31`` is an
#: empty date field (a platform's "no value"), not a day; it must not hide the date the page
#: shows.  So is the Unix epoch's first day (a timestamp of 0), in any offset or none.
PLAUSIBLE_YEARS = range(1000, 2200)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _plausible(parsed: datetime) -> bool:
    if parsed.year not in PLAUSIBLE_YEARS:
        return False
    if parsed.tzinfo is None:
        return parsed.date() != _EPOCH.date()
    return parsed != _EPOCH and parsed.astimezone(UTC).date() != _EPOCH.date()


def normalise_date(value: str) -> str:
    """ISO 8601 as the page states it, offset kept (``2017-07-07T09:12:00-04:00``; ``Z`` for
    UTC), so the date is the page's own day; or the date alone; or '' (also for a placeholder
    such as year 1 or the Unix epoch's first second)."""
    value = value.strip()
    if not value:
        return ""
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
        day_first = re.match(r"(\d{1,2})\.(\d{1,2})\.(\d{4})\b", value)  # 27.04.2020 18:50
        if match:
            year, month, day = map(int, match.groups())
        elif day_first:
            day, month, year = map(int, day_first.groups())
        else:
            return ""
        try:
            parsed = datetime(year, month, day)
        except ValueError:
            return ""
        return parsed.date().isoformat() if _plausible(parsed) else ""
    if not _plausible(parsed):
        return ""
    if parsed.tzinfo is None:
        return parsed.strftime("%Y-%m-%dT%H:%M:%S") if "T" in value else parsed.date().isoformat()
    if parsed.utcoffset() == timedelta(0):
        return parsed.strftime("%Y-%m-%dT%H:%M:%SZ")
    return parsed.isoformat(timespec="seconds")


def _first_date(*values: str) -> str:
    """The first of ``values`` that normalises to a date (a placeholder gives way)."""
    return next(filter(None, map(normalise_date, values)), "")


def page_metadata(tree: lxml.html.HtmlElement) -> PageMetadata:
    """Title, byline, published date and site name from the page's structured data."""
    article = next((obj for obj in _json_ld_objects(tree) if _is_article(obj)), {})
    title = clean_text(str(article.get("headline", ""))) or _meta(tree, "og:title",
                                                                  "twitter:title")
    title = html_lib.unescape(title)  # some sites escape twice: "Arnault&#8217;s"
    site_name = _meta(tree, "og:site_name", "application-name")
    byline = ", ".join(dict.fromkeys(clean_text(n) for n in _names(article.get("author"))
                                     if _is_person(clean_text(n), site_name)))
    if not byline:
        byline = next((name for name in (_meta(tree, "author"), _meta(tree, "article:author"),
                                         _meta(tree, "byl"), _meta(tree, "cXenseParse:author"),
                                         _meta(tree, "vr:author"))
                       if _is_person(name, site_name)), "")
    published = _first_date(str(article.get("datePublished", "")), *(
        _meta(tree, name) for name in ("article:published_time", "datePublished", "pubdate",
                                       "date", "vr:published-time")))
    modified = _first_date(str(article.get("dateModified", "")), *(
        _meta(tree, name) for name in ("article:modified_time", "og:updated_time",
                                       "dateModified", "last-modified")))
    canonical = (tree.xpath('string(//link[@rel="canonical"]/@href)').strip()
                 or _meta(tree, "og:url") or _json_ld_url(article))
    titles = (str(article.get("headline", "")), _meta(tree, "og:title"),
              _meta(tree, "twitter:title"), tree.findtext(".//title") or "")
    titles = tuple(dict.fromkeys(t for t in (clean_text(html_lib.unescape(t)) for t in titles)
                                 if t))
    return PageMetadata(title=clean_text(title), byline=clean_text(byline),
                        published=published, modified=modified, site_name=clean_text(site_name),
                        canonical=canonical, titles=titles)


_NOT_A_PERSON = re.compile(
    r"^(no author|unknown|admin|redaktion|redacción|redaction|staff|agencies|agencias"
    r"|newsroom|editor(ial)?( team| staff)?|web ?desk)$|https?://|www\.|\.(com|de|fr|org|net"
    r"|co\.uk)\b", re.IGNORECASE)


def _is_person(name: str, site_name: str) -> bool:
    """Rejects bylines that name the site, a desk or nobody."""
    name = clean_text(name)
    if not name or _NOT_A_PERSON.search(name):
        return False
    return not (site_name and name.lower() == site_name.lower())


_LOWER_CLASS = 'translate(@class,"ABCDEFGHIJKLMNOPQRSTUVWXYZ","abcdefghijklmnopqrstuvwxyz")'
_BYLINE_BOX = (f'//body//*[@rel="author" or @itemprop="author" or contains(@data-testid,"byline")'
               f' or contains({_LOWER_CLASS},"byline") or contains({_LOWER_CLASS},"autor")'
               f' or contains({_LOWER_CLASS},"author") or contains({_LOWER_CLASS},"credit")]')


# A comment's author, or the comment form's "Name (required)" field, is no byline: inside
# an element named for comments (WordPress: #comments, .comment-list, #respond, #commentform;
# never the <body>, whose classes say "comments-open" on every post).
_LOWER_ID = 'translate(@id,"ABCDEFGHIJKLMNOPQRSTUVWXYZ","abcdefghijklmnopqrstuvwxyz")'
_IN_COMMENTS = (f'ancestor-or-self::*[not(self::body or self::html)][contains({_LOWER_CLASS},'
                f'"comment") or contains({_LOWER_ID},"comment") or @id="respond"]')


def visible_byline(tree: lxml.html.HtmlElement, site_name: str) -> str:
    """The byline the page shows: the first byline element's author links, else its text."""
    boxes = (box for box in tree.xpath(_BYLINE_BOX) if not box.xpath(_IN_COMMENTS))
    for box in itertools.islice(boxes, 5):
        names = [clean_text(a.text_content()) for a in box.iter("a")]
        names = [n for n in names if _is_person(n, site_name) and len(n.split()) <= 5]
        if not names:
            text = re.sub(r"^(by|von|por|par)\s+", "", clean_text(box.text_content()), flags=re.I)
            plausible = 0 < len(text.split()) <= 12 and not re.search(r"\d", text)  # no dates
            names = [text] if plausible and _is_person(text, site_name) else []
        if names:
            return ", ".join(dict.fromkeys(names))
    return ""


_BY = re.compile(r"^(?:written by|words by|by|von|por|par|av)\b:?\s*(?P<rest>.*)$",
                 re.IGNORECASE)
_CONNECTOR = re.compile(r"^(?:,|;|&|and|und|y|et|och)$", re.IGNORECASE)
_NAMES_END = re.compile(r"\s(?:on|am|el|le|den|updated|published)\s|\d|[|•·@/／]",
                        re.IGNORECASE)
# Words no name is made of: "By The Numbers", "By Order Of The Court", "By Sign In".
_NOT_NAME_WORDS = frozenset("the of in on for to a an our your with from at sign log "
                            "subscribe clicking email newsletter staff reports".split())
_NAMES_SPLIT = re.compile(r",|;|\s(?:and|und|y|et|och|&)\s", re.IGNORECASE)


def _names_of(pieces: list[str], site_name: str) -> list[str]:
    """The people a "By …" line names, from its text pieces (a name is the rest of the "By"
    piece or the piece after it, and more after each "and" or comma): each two to five words,
    no digit, not lower case at either end ("MS, RD" after a name is a role, not a name)."""
    match = _BY.match(pieces[0]) if pieces else None
    if not match:
        return []
    named = [match["rest"]] if match["rest"] else pieces[1:2]
    for piece in pieces[1:] if match["rest"] else pieces[2:]:
        if not (_CONNECTOR.match(piece) or _CONNECTOR.match(named[-1])
                or named[-1].endswith((",", "&"))):
            break
        named.append(piece)
    found, line = [], _NAMES_END.split(" ".join(named), maxsplit=1)[0]  # not the date after
    for name in (clean_text(n) for n in _NAMES_SPLIT.split(line)):
        words = name.split()
        if 2 <= len(words) <= 5 and not re.search(r"[\d@|]", name) and \
                not words[0][0].islower() and not words[-1][0].islower() and \
                _NOT_NAME_WORDS.isdisjoint(w.lower() for w in words) and \
                _is_person(name, site_name):
            found.append(name)
    return found


def shown_byline(tree: lxml.html.HtmlElement, site_name: str) -> str:
    """The names of a "By …" line between the headline and the story's first paragraph (a
    byline with no class, attribute or metadata to find it by: "Written by Jo Bloggs on
    November 14, 2019")."""
    headline = story_headline(tree)
    if headline is None:
        return ""
    for element in _header_after(headline, worded=True):
        if element.tag in ("h2", "h3", "h4", "h5", "h6") or element.xpath("ancestor-or-self::a") \
                or any(_BY.match(clean_text(a.text_content())) for a in element.iter("a")):
            continue  # a heading ("By The Numbers") or a teaser's link, not a byline
        pieces = _short_pieces(element, 16)
        names = _names_of(pieces, site_name) if pieces else []
        if names:
            return ", ".join(dict.fromkeys(names))
    return ""


def _short_pieces(element: lxml.html.HtmlElement, most: int) -> list[str]:
    """The text pieces of ``element``, or [] once they pass ``most`` words (read no further:
    a container of the whole story would cost its length at every element of the header)."""
    pieces, words = [], 0
    for text in element.itertext():
        piece = clean_text(text)
        words += len(piece.split())
        if words > most:
            return []
        if piece:
            pieces.append(piece)
    return pieces


_SHOWN_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})\b")
# A dateline's class names it: "date", "article__date", "entry-date", "pubdate", "timestamp",
# "byline-time", "Stand" (German) — a word of the class, not letters inside one
# ("candidate-card", "standfirst").
_DATE_WORDS = frozenset({"date", "dates", "dateline", "datetime", "pubdate", "publishdate",
                         "time", "timestamp", "stand", "published", "publish", "posted"})


def _is_date_class(classes: str) -> bool:
    words = re.split(r"[\s_-]+", re.sub(r"([a-z])([A-Z])", r"\1 \2", classes).lower())
    return not _DATE_WORDS.isdisjoint(words)


def _says_updated(element: lxml.html.HtmlElement) -> bool:
    """Whether a date element, or the words just before it, say it is an update."""
    before = next((e for e in element.itersiblings(preceding=True) if isinstance(e.tag, str)),
                  None)
    parent = element.getparent()
    texts = (clean_text(element.text_content())[:40],
             clean_text(before.text or "") if before is not None else "",
             clean_text(before.tail or "") if before is not None else "",
             clean_text(parent.text or "") if parent is not None else "")
    return any(_UPDATED_LINE.match(text) for text in texts if text)


_MONTHS = {name: number for number, names in enumerate((
    "jan january januar enero", "feb february februar febrero", "mar march märz marzo",
    "apr april abril", "may mai mayo", "jun june juni junio", "jul july juli julio",
    "aug august agosto", "sep sept september septiembre", "oct october oktober octubre",
    "nov november noviembre", "dec december dezember diciembre"), start=1)
    for name in names.split()}
_WORDED_DATE = re.compile(r"\b(?:(?P<m1>[^\W\d_]{3,10})\.? (?P<d1>\d{1,2}),? (?P<y1>\d{4})"
                          r"|(?P<d2>\d{1,2})\.? (?:de )?(?P<m2>[^\W\d_]{3,10})\.?,? (?:de )?"
                          r"(?P<y2>\d{4}))\b")


def worded_date(text: str) -> str:
    """The first date written out in ``text`` ('February 24, 2020', 'Feb. 24, 2020',
    '24. Oktober 2019', '3 de mayo de 2022') as an ISO day, or ''."""
    for match in _WORDED_DATE.finditer(text):
        month = _MONTHS.get((match["m1"] or match["m2"]).lower())
        day, year = int(match["d1"] or match["d2"]), int(match["y1"] or match["y2"])
        try:
            return datetime(year, month, day).date().isoformat() if month else ""
        except ValueError:
            continue
    return ""


def story_headline(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The story's ``<h1>``: the first inside an ``<article>`` or ``<main>`` when there is one
    (a site's sticky header repeats the headline, or shows its logo, in an ``<h1>`` of its
    own, beside a banner with today's date), else the page's first."""
    headings = list(tree.iter("h1"))
    inside = (h for h in headings if h.xpath("ancestor::article or ancestor::main"))
    return next(inside, headings[0] if headings else None)


def _header_after(headline: lxml.html.HtmlElement, worded: bool) -> list:
    """The elements after the headline that can hold its dateline: the next 40; or, reading
    worded dates, all of them up to the story's first paragraph of prose (share bars and
    forms between the two can be many elements long).  Never past the end of the headline's
    ``<article>`` or ``<main>``: what follows it is another story's."""
    container = next(iter(headline.xpath("ancestor::article[1] | ancestor::main[1]")), None)
    header = []
    for element in headline.xpath(f"following::*[position() <= {400 if worded else 40}]"):
        if container is not None and container not in element.iterancestors():
            break
        if worded and element.tag in ("p", "div") and len(
                (element.text_content() if element.tag == "p" else element.text or "").split()
        ) >= _PROSE_WORDS * 2:
            break
        header.append(element)
    return header


def shown_date(tree: lxml.html.HtmlElement, stated: str, worded: bool = False) -> str:
    """The date the page's header shows readers, when it is one day off the stated date.

    Metadata often gives UTC ("2023-11-09T05:30:59Z") where the headline's dateline shows
    the newsroom's own day ("November 8, 2023 at 11:30 p.m."): a reader's day is kept.  Only
    the first date just after the ``<h1>`` counts, never a related story's.  ``worded`` also
    reads dates written out in words (``worded_date``), up to where the story begins.
    """
    headline = story_headline(tree)
    try:
        day = datetime.fromisoformat(stated[:10]).date()
    except ValueError:
        return stated
    if headline is None:
        return stated
    for element in _header_after(headline, worded):
        if element.tag == "time" and element.get("datetime"):
            if _says_updated(element):
                continue  # "Updated Nov 9": a later day, not the publication's
            value = element.get("datetime", "")
        elif _is_date_class(element.get("class") or ""):
            if _says_updated(element):
                continue
            text = clean_text(element.text_content())[:120]
            found = _SHOWN_DATE.search(text)
            value = found.group(1) if found else worded_date(text) if worded else ""
            if not value:
                continue
        else:
            continue
        shown = _with_time(normalise_date(value.strip().replace(" ", "T", 1)), element)
        try:
            other = datetime.fromisoformat(shown[:10]).date()
        except ValueError:
            continue
        return shown if abs((other - day).days) == 1 else stated
    return stated


def _with_time(shown: str, element: lxml.html.HtmlElement) -> str:
    """``shown`` (a day read from a dateline's words) with the time of day of the dateline's
    own ``<time datetime>``, when that states the same day: readers see the words, and a
    ``datetime`` a day off is UTC, not their day."""
    if "T" in shown:
        return shown
    for stamp in element.xpath(".//time[@datetime]"):
        if _says_updated(stamp):
            continue
        exact = normalise_date(stamp.get("datetime").strip().replace(" ", "T", 1))
        if exact[:10] == shown and "T" in exact:
            return exact
    return shown


_STAMP = re.compile(r"\b(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?"
                    r"(Z|[+-]\d{2}:?\d{2})(?![\w:.+-])")


def local_time(html: str, stated: str) -> str:
    """``stated`` in the page's own offset, when it is a UTC time and the page also states
    the same instant with a non-zero offset (``2020-02-25T02:25:54Z`` and
    ``2020-02-24T21:25:54-05:00``): the publication's calendar day is the one readers see.
    No offset is ever guessed: with none stated, or two that disagree, ``stated`` stays."""
    try:
        moment = datetime.fromisoformat(stated.replace("Z", "+00:00"))
    except ValueError:
        return stated
    if moment.tzinfo is None or moment.utcoffset() != timedelta(0):
        return stated
    offsets = set()
    for day, clock, zone in _STAMP.findall(html):
        zone = "+00:00" if zone == "Z" else f"{zone[:3]}:{zone[-2:]}"
        try:
            other = datetime.fromisoformat(f"{day}T{clock}{zone}")
        except ValueError:
            continue
        if other == moment and other.utcoffset() != timedelta(0):
            offsets.add(other.utcoffset())
    if len(offsets) != 1:
        return stated
    return moment.astimezone(timezone(offsets.pop())).isoformat(timespec="seconds")


def _names_the_site(name: str, url: str) -> bool:
    """'Mdr De' (trafilatura's reading of the author 'mdr.de') names the site, not a person."""
    letters = re.sub(r"\W", "", name.lower())
    return len(letters) > 3 and letters in re.sub(r"\W", "", urlsplit(url).netloc.lower())


def _json_ld_url(article: dict) -> str:
    value = article.get("url") or article.get("mainEntityOfPage") or ""
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url") or ""
    return value if isinstance(value, str) else ""


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


# Parts of a headline element that are not the headline: kickers, section links, hidden colons.
_HEADLINE_EXTRAS = re.compile(r"kicker|dachzeile|overline|topline|eyebrow|colon|section|"
                              r"visually-hidden|sr-only|label|rubric|category", re.IGNORECASE)


def _headline_text(heading: lxml.html.HtmlElement) -> str:
    pieces = []

    def walk(element: lxml.html.HtmlElement) -> None:
        if element is not heading and _HEADLINE_EXTRAS.search(element.get("class") or ""):
            if element.tail:
                pieces.append(element.tail)
            return
        if element.text:
            pieces.append(element.text)
        for child in element:
            if isinstance(child.tag, str):
                walk(child)
            elif child.tail:
                pieces.append(child.tail)
        if element is not heading and element.tail:
            pieces.append(element.tail)

    walk(heading)
    return clean_text(" ".join(pieces))


def page_headline(tree: lxml.html.HtmlElement, structured: str, others: tuple[str, ...] = (),
                  only: bool = True, site_name: str = "") -> str:
    """The headline as the page shows it: its first ``<h1>`` that tells the same story.

    Structured titles often carry a kicker ("Klimaschutz: Bohren, bis es heiß wird") or an
    SEO rewrite of the headline readers see; the on-page ``<h1>`` is what newsrooms edit in
    view of readers.  An ``<h1>`` sharing under half its words with the structured title is
    not the headline (a logo, a section name), unless it is the page's only one and ``only``
    is set.  ``others`` (og:, twitter:, ``<title>``) vouch for an ``<h1>`` only when they
    tell the same story at their own length too: a logo or section name is a short part of
    many a title ("Local News | The Daily Paper").  The site's own name is never the headline.
    """
    wanted = [words for words in map(_words, [structured]) if words]
    vouching = [words for words in map(_words, others) if words]
    headings = [(text, _words(text)) for text in map(_headline_text, tree.iter("h1"))]
    headings = [(text, words) for text, words in headings if 2 <= len(words) <= 40
                and not (site_name and text.lower() == site_name.lower())]
    for text, words in headings:
        if not (wanted or vouching) or any(
                len(words & title) / min(len(words), len(title)) >= 0.5 for title in wanted) \
                or any(len(words & title) / max(len(words), len(title)) >= 0.6
                       for title in vouching):
            return text
    if only and len(headings) == 1 and len(headings[0][1]) >= 4:
        return headings[0][0]  # the page's one headline, however the metadata words it
    return ""


def strip_site_name(title: str, site_name: str) -> str:
    """'Story headline - The Daily Paper' becomes 'Story headline'."""
    for separator in (" | ", " - ", " – ", " — ", " :: "):
        head, sep, tail = title.rpartition(separator)
        if sep and head and (not site_name or tail.strip().lower() == site_name.lower()
                             or (len(tail) < 30 and len(head) > len(tail))):
            return head.strip()
    return title


# --- the rules bench/extract.py chooses among -----------------------------------------------

# Short lines that lead away from the story: "Related: …", "Read more", "Follow us on …".
# Each kind is a rule of its own, in force only when it marks chrome on several sites (and on
# twice as many as it marks story) and wins on held-out sites (bench/extract.py): a story line
# that merely opens like boilerplate ("Sign up for the state's health plan closes…") stays.
BOILERPLATE = {
    "related": r"related( posts?| stories| articles| content)?\s*:",
    "read-more": r"read (more|next)\b",
    "see-also": r"see (more|also)\s*:|more\s*:$",
    "dont-miss": r"don'?t miss",
    "you-may-like": r"you (may|might) (also )?like",
    "recommended": r"recommended\b",
    "advertisement": r"advertisement$",
    "comments": r"comments?$",
    "share": r"share (this|on|it)\b|like this (story|article)",
    "follow": r"follow (us|[\w ]{1,30} on)\b",
    "sign-up": r"sign up\b",
    "subscribe": r"subscribe\b",
    "tell-us": r"tell us what",
    "listen": r"listen to\b",
    "click-here": r"click here",
    "copyright": r"copyright\b|©|all rights reserved",
    "media-label": r"photos?:|watch:|video:",
}
_BOILERPLATE = {kind: re.compile(rf"^({pattern})", re.IGNORECASE)
                for kind, pattern in BOILERPLATE.items()}
_LINK_TAG = re.compile(r"\[[A-Z][A-Z ]+\]\|?$")  # "Story headline [INSIGHT]"
_TABLE_RULE = re.compile(r"^\|?(\s*:?-{3,}:?\s*\|)+\s*:?-*\s*$")
#: Every kind of chrome line a rule can name; ``Rules.chrome`` says which are in force.
CHROME_KINDS = frozenset({"headline", "byline", "rolling", "link-tag", "table-rule",
                          *BOILERPLATE})


@dataclass(frozen=True)
class Rules:
    """Which candidate rules are in force.

    Each rule is a switch so that bench/extract.py can choose among them on some sites and
    score the choice on others (cross-validation grouped by site).  The defaults are what that
    selection keeps when run on every page, less any rule that does not win on held-out
    sites: a rule that helps one page is fitted to it (README, "Extraction quality").
    """

    #: precision mode's body is kept ("off"); replaced by recall mode's when that is much
    #: longer and holds it ("swap"); or given recall mode's blocks that continue its story
    #: text, never a link list or what follows a new heading ("continue").
    recall: str = "continue"
    #: JSON-LD articleBody never wins over trafilatura ("off"; it is still the fallback when
    #: trafilatura finds nothing); wins when it and the page hold each other's text ("agree");
    #: and also lacks no paragraph of prose the page shows ("complete").  Off: it changed one
    #: page of 136, so no held-out site shows it helps.
    json_ld: str = "off"
    #: kinds of chrome lines dropped, and the longest boilerplate line (words) dropped:
    #: the kinds seen as chrome on several sites and winning on held-out ones (the headline
    #: repeated); rolling lines always, as they change on every fetch.  (With no boilerplate
    #: kind in force the length changes nothing; the selection's tie goes to the shortest.)
    chrome: frozenset[str] = frozenset({"headline", "rolling"})
    chrome_words: int = 8
    #: the title: structured metadata ("structured"); the page's h1 when it tells the same
    #: story ("h1"); also the page's only h1 however the metadata words it ("h1-only": off
    #: while the news-pages were the only truth, where it helped one page; with the articles/
    #: headlines annotated (bench/truth) it wins on held-out folds, once the site's own name
    #: is never taken for the headline)
    headline: str = "h1-only"
    #: which titles an h1 must tell the same story as: the structured title ("structured"),
    #: or also another title the metadata gives, at its own length (og:, twitter:, <title>:
    #: "any"; it wins no held-out fold beside "h1-only")
    h1_agrees: str = "structured"
    #: a UTC timestamp is restated in the page's own offset when the page states the same
    #: instant with one (``local_time``).  Off: on news-pages it changes the day of two pages,
    #: one of which ``shown_date`` already gets right, so it wins no held-out fold.
    local_offset: bool = False
    #: the dateline's day wins over a stated timestamp one day off
    shown_date: bool = True
    #: the dateline may be written out ("February 24, 2020") and stand anywhere before the
    #: story's first paragraph (off while only one page of the news-pages supported it; on
    #: since the annotated articles/ pages show it winning on held-out folds)
    worded_dateline: bool = True
    #: the byline the page shows, when no metadata names one
    visible_byline: bool = True
    #: failing all of those, the names of a "By …" line under the headline.  Off: it was
    #: written after reading the annotated byline misses (bench/truth), and the pages it
    #: changes are the ones it was written from; capitalised phrases ("By Popular Demand")
    #: still pass it.  Unseen pages must show it helps.
    by_line: bool = False


RULES = Rules()


def chrome_kinds(line: str, title: str, byline: str, longest: int) -> set[str]:
    """The kinds of chrome ``line`` reads as (boilerplate only up to ``longest`` words)."""
    lowered, kinds = line.lower(), set()
    if lowered == title.lower():
        kinds.add("headline")
    if byline and lowered in (byline.lower(), f"by {byline.lower()}"):
        kinds.add("byline")
    if is_rolling_line(line):
        kinds.add("rolling")
    if _LINK_TAG.search(line):
        kinds.add("link-tag")
    if _TABLE_RULE.match(line):
        kinds.add("table-rule")
    if len(line.split()) <= longest:
        kinds.update(kind for kind, pattern in _BOILERPLATE.items() if pattern.match(line))
    return kinds


def _body_paragraphs(blocks: list[Block], title: str, byline: str, rules: Rules) -> list[str]:
    """The blocks' Markdown, less the lines that are page chrome rather than story."""
    return [block.markdown for block in blocks
            if not chrome_kinds(clean_text(block.text), title, byline,
                                rules.chrome_words) & rules.chrome]


class Page:
    """One page and what each extractor makes of it, each worked out once, when first asked.

    bench/extract.py scores many choices of ``Rules`` on the same pages; this is what lets it
    run trafilatura once per page and mode rather than once per choice.
    """

    def __init__(self, html: str, url: str) -> None:
        self.html, self.url = html, url

    @cached_property
    def tree(self) -> lxml.html.HtmlElement | None:
        try:
            # Bytes, because lxml refuses a str that carries an XML encoding declaration.
            return lxml.html.fromstring(self.html.encode("utf-8"), parser=_PARSER)
        except (lxml.etree.ParserError, ValueError):
            return None

    @cached_property
    def meta(self) -> PageMetadata:
        return page_metadata(self.tree)

    @cached_property
    def precise(self):
        return trafilatura.bare_extraction(
            self.html, url=self.url, favor_precision=True, include_comments=False,
            include_tables=True, with_metadata=True)

    @cached_property
    def recall_blocks(self) -> list[Block]:
        document = trafilatura.bare_extraction(self.html, url=self.url, favor_recall=True,
                                               include_comments=False, include_tables=True)
        return blocks_of(getattr(document, "body", None))

    @cached_property
    def json_ld_body(self) -> str:
        return _json_ld_body(self.tree)

    @cached_property
    def readability(self) -> str:
        return _readability_text(self.html)

    @cached_property
    def words(self) -> int:
        """Words of visible text on the page: an upper bound for any extraction."""
        texts = self.tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)"
                                " and not(ancestor::noscript)]")
        return sum(len(text.split()) for text in texts)

    @cached_property
    def anchor_texts(self) -> frozenset[str]:
        """The text of every link on the page (at least two words: single words match
        story text by chance)."""
        texts = (clean_text(a.text_content()) for a in self.tree.iter("a"))
        return frozenset(text for text in texts if len(text.split()) >= 2)

    def link_density(self, text: str) -> float:
        """The share of ``text``'s characters that are the text of the page's links."""
        linked = sum(len(anchor) for anchor in self.anchor_texts if anchor in text)
        return min(1.0, linked / max(1, len(text)))


def extract(html: str, url: str, source: str, selectors: Selectors | None = None,
            rules: Rules = RULES, page: Page | None = None) -> Extraction | None:
    """Pull the article out of a page; None when there is no story text to be found.

    The body comes from the first of these that yields text: the source's own CSS
    selectors; trafilatura's precision mode, with the blocks its recall mode shows to continue
    the story (``_continued``); the page's JSON-LD ``articleBody``; readability-lxml.
    ``rules`` can let a complete JSON-LD body win over trafilatura (``Rules.json_ld``).
    ``page`` lends extractor outputs already worked out for this html (the benchmark's).
    """
    if not html or not html.strip():
        return None
    page = page or Page(html, url)
    tree = page.tree
    if tree is None:
        return None
    meta = page.meta
    document = page.precise
    title = _selected_text(tree, selectors.title) if selectors and selectors.title else ""
    structured = strip_site_name(meta.title or clean_text(getattr(document, "title", "") or ""),
                                 meta.site_name or clean_text(getattr(document, "sitename", "")
                                                              or ""))
    if not title and rules.headline != "structured":
        # Only a known site name is cut from them: with none, whatever follows " | " would
        # go, and "Local News | The Daily Paper" would vouch for a section's <h1>.
        others = () if rules.h1_agrees == "structured" else tuple(
            strip_site_name(t, meta.site_name) if meta.site_name else t for t in meta.titles)
        title = page_headline(tree, structured, others, only=rules.headline == "h1-only",
                              site_name=meta.site_name)
    title = title or structured
    byline = _selected_text(tree, selectors.byline) if selectors and selectors.byline else ""
    author = clean_text(getattr(document, "author", "") or "")
    refused = _meta(tree, "author")  # "Deutsche Welle (www.dw.com)": trafilatura trims it
    if not _is_person(author, meta.site_name) or _names_the_site(author, url) or (
            author and author.lower() in refused.lower() and not _is_person(refused, "")):
        author = ""
    byline = byline or meta.byline or author or (
        visible_byline(tree, meta.site_name) if rules.visible_byline else "") or (
        shown_byline(tree, meta.site_name) if rules.by_line else "")
    published = meta.published or normalise_date(getattr(document, "date", "") or "")
    if rules.local_offset:
        published = local_time(page.html, published)
    if rules.shown_date:
        published = shown_date(tree, published, worded=rules.worded_dateline)
    blocks, extracted_by = _body_blocks(page, selectors, rules, title, byline)
    blocks = with_links(blocks, prose_links(tree, url))
    body = format_body(_body_paragraphs(blocks, title, byline, rules))
    # The door: nothing unrepresentable (controls, lone surrogates, bidi overrides) goes on.
    title, body = safe_text(title).strip(), safe_text(body)
    if not title or not body.strip():
        return None
    shown, says_updated = shown_update(tree)
    article = Article(title=title, url=url, source=source, byline=safe_text(byline),
                      published=safe_text(published),
                      modified=safe_text(meta.modified or shown), body=body,
                      says_updated=says_updated)
    return Extraction(article=article, extracted_by=extracted_by, canonical=meta.canonical,
                      reading=reading(rules, selectors))


#: Bumped whenever newsdiff's code changes how it reads a page in a way ``Rules`` does not
#: show (a fix such as refusing placeholder dates), so the first version each article gets
#: after the upgrade says so (README, "When newsdiff reads pages differently").
READING_REVISION = 1


def reading(rules: Rules = RULES, selectors: Selectors | None = None) -> str:
    """Which reading of pages an extraction is: the revision and a digest of the rules in
    force, the source's own selectors and trafilatura's version, e.g. ``1-3f2a9c01``.  A title
    or byline that differs between two versions read differently may be newsdiff's change,
    not the newsroom's.  The same in every process (sets are hashed sorted, not as Python
    happens to order them)."""
    def plain(value: object) -> object:
        return sorted(value) if isinstance(value, frozenset | set) else value

    what = {"trafilatura": trafilatura.__version__,
            "rules": {k: plain(v) for k, v in dataclasses.asdict(rules).items()},
            "selectors": dataclasses.asdict(selectors) if selectors else None}
    digest = hashlib.sha1(json.dumps(what, sort_keys=True).encode()).hexdigest()[:8]
    return f"{READING_REVISION}-{digest}"


_UPDATED_LINE = re.compile(r"^(last\s+)?(updated|modified|uppdaterad|aktualisiert)\b",
                           re.IGNORECASE)
_RELATIVE = re.compile(r"\b(ago|sedan|vor|just now)\b", re.IGNORECASE)


def shown_update(tree: lxml.html.HtmlElement) -> tuple[str, bool]:
    """The page's visible "Updated …" line: (the time it states, normalised from its
    ``<time datetime>`` or else its words; whether it is a line that states no time of its
    own, like "Updated 5 minutes ago").  ('', False) when the page shows none."""
    for element in tree.iter("p", "div", "span", "time", "small"):
        if not _UPDATED_LINE.match((element.text or "").lstrip()):
            continue  # cheap test first: a div's whole text would cost the page's length
        text = clean_text(element.text_content())
        if len(text.split()) > 12 or not _UPDATED_LINE.match(text):
            continue
        stamp = element.xpath("string(.//time/@datetime)") or element.get("datetime", "")
        if stamp and normalise_date(stamp):
            return normalise_date(stamp), False
        if _RELATIVE.search(text) or not re.search(r"\d", text):
            return "", True
        return text, False
    return "", False


def _selected_text(tree: lxml.html.HtmlElement, selector: str) -> str:
    found = tree.cssselect(selector)
    return clean_text(found[0].text_content()) if found else ""


_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td"}


def _selector_body(tree: lxml.html.HtmlElement, selectors: Selectors) -> str:
    """The text of the source's body selector, block by block, after its removals."""
    for selector in selectors.remove:
        for element in tree.cssselect(selector):
            element.drop_tree()
    lines = []
    for container in tree.cssselect(selectors.body):
        blocks = [el for el in container.iter() if isinstance(el.tag, str)
                  and el.tag in _BLOCKS and not any(a.tag in _BLOCKS for a in el.iterancestors())]
        for block in blocks or [container]:
            text = clean_text(block.text_content())
            if text:
                lines.append(("- " if block.tag == "li" else "") + text)
    return "\n".join(lines)


def _json_ld_body(tree: lxml.html.HtmlElement) -> str:
    for obj in _json_ld_objects(tree):
        body = obj.get("articleBody") if _is_article(obj) else None
        if isinstance(body, str) and "\n" in body.strip():
            return "\n".join(clean_text(line) for line in body.splitlines() if line.strip())
    return ""


def _readability_text(html: str) -> str:
    try:
        from readability import Document
    except ImportError:
        return ""
    try:
        summary = lxml.html.fromstring(Document(html).summary(html_partial=True))
    except Exception:  # readability fails on odd pages; it is the last resort anyway
        return ""
    blocks = [el for el in summary.iter() if isinstance(el.tag, str) and el.tag in _BLOCKS]
    return "\n".join(t for t in (clean_text(b.text_content()) for b in blocks) if t)


def _body_blocks(page: Page, selectors: Selectors | None, rules: Rules, title: str,
                 byline: str) -> tuple[list[Block], str]:
    """(body blocks, which extractor gave them), by the order of trust in ``extract``."""
    if selectors and selectors.body:
        text = _selector_body(lxml.html.fromstring(page.html.encode("utf-8"), parser=_PARSER),
                              selectors)
        if text:
            return plain_blocks(text), f"selectors ({selectors.body})"
    found = blocks_of(getattr(page.precise, "body", None))
    if found:
        found, mode = _fuller_blocks(page, found, rules.recall)
        ld_body = page.json_ld_body if rules.json_ld != "off" else ""
        if ld_body and _json_ld_wins(ld_body, found, page, rules, title, byline):
            return plain_blocks(ld_body), "json-ld articleBody"
        return found, f"{EXTRACTOR_NAME} ({mode})"
    ld_body = page.json_ld_body
    if ld_body:
        return plain_blocks(ld_body), "json-ld articleBody"
    text = page.readability
    return (plain_blocks(text), "readability-lxml") if text else ([], "")


def _json_ld_wins(ld_body: str, found: list[Block], page: Page, rules: Rules, title: str,
                  byline: str) -> bool:
    """Whether the publisher's own body text is the story the page shows, and all of it.

    Both must hold each other's text (so it adds no captions or teasers); under "complete"
    it must also hold every paragraph of prose the page shows: a teaser or truncated
    articleBody never wins over the page, however much of the rest it matches.
    """
    found_text = _text_of(found)
    if not (_covers(ld_body, found_text, RECALL_COVER) and
            _covers(found_text, ld_body, RECALL_COVER)):
        return False
    if rules.json_ld != "complete":
        return True
    held = _shingles(ld_body)
    for block in found:
        text = clean_text(block.text)
        # Lines that read as chrome of any kind may well be missing: they are not story.
        if len(text.split()) < _PROSE_WORDS or page.link_density(text) >= _LINKED or \
                chrome_kinds(text, title, byline, _PROSE_WORDS * 3):
            continue
        if not _covers_shingles(held, _shingles(text), 0.5):
            return False
    return True


_PROSE_WORDS = 8  # a paragraph of prose has at least this many words
_LINKED = 0.5  # a block with at least this share of its text in links is a link, not prose


def _text_of(blocks: list[Block]) -> str:
    return "\n".join(block.text for block in blocks)


def _covers(text: str, other: str, share: float) -> bool:
    """Whether ``text`` holds at least ``share`` of ``other``'s 4-word shingles."""
    return _covers_shingles(_shingles(text), _shingles(other), share)


def _covers_shingles(held: set, wanted: set, share: float) -> bool:
    return bool(wanted) and len(wanted & held) >= share * len(wanted)


RECALL_LENGTH = 1.5
RECALL_COVER = 0.9


def _shingles(text: str) -> set[tuple[str, ...]]:
    tokens = re.findall(r"\w+", text.lower())
    return {tuple(tokens[i:i + 4]) for i in range(max(0, len(tokens) - 3))}


def _fuller_blocks(page: Page, precise: list[Block], mode: str) -> tuple[list[Block], str]:
    """Precision mode's blocks, or more of the story when precision visibly cut it short.

    Recall mode is not run when the page has too little text for it to find much more.
    """
    precise_text = _text_of(precise)
    if mode == "off" or page.words < RECALL_LENGTH * len(precise_text.split()):
        return precise, "precision"
    full = page.recall_blocks
    full_text = _text_of(full)
    if not _covers(full_text, precise_text, RECALL_COVER):
        return precise, "precision"  # recall mode read another part of the page
    if mode == "swap":
        if len(full_text.split()) >= RECALL_LENGTH * len(precise_text.split()):
            return full, "recall"
        return precise, "precision"
    continued = _continued(page, precise, full)
    return (continued, "precision, continued") if len(continued) > len(precise) else \
        (precise, "precision")


def _continued(page: Page, precise: list[Block], full: list[Block]) -> list[Block]:
    """Precision's blocks and those of recall mode's that continue the same story.

    The story's anchors are recall mode's paragraphs of prose that precision also holds.  A
    block recall mode adds between two anchors is kept when it is not a link.  After the
    last anchor, blocks are kept while each reads as more of the story, a sentence of prose:
    the first heading, link, teaser (a linked headline and its blurb) or fragment ends it.
    Nothing is added before the first anchor: what precedes a story is its header (bylines,
    captions, galleries), not more of it.
    """
    held = _shingles(_text_of(precise))
    texts = {block.text for block in precise}
    inside = [block.text in texts or _covers_shingles(held, _shingles(block.text), 0.5)
              for block in full]
    anchors = [i for i, block in enumerate(full) if inside[i] and _is_prose(page, block)]
    if not anchors:
        return precise
    first, last = anchors[0], anchors[-1]
    keep = [i for i, block in enumerate(full) if block.text in texts or (
        first <= i <= last and (inside[i] or _continues(page, block)))]
    for i in range(last + 1, len(full)):
        if inside[i] or _is_fragment(page, full[i]):
            continue  # "By", "Text size": noise inside a story, not its end
        if not _continues(page, full[i]):
            break
        keep.append(i)
    return [full[i] for i in sorted(keep)]


_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$")


def _is_prose(page: Page, block: Block) -> bool:
    """A paragraph of running text: sentences, not a heading or a link, a few words at least
    (a headline repeated in a page's header is none of these)."""
    return not block.prefix.startswith("#") and len(block.text.split()) >= _PROSE_WORDS \
        and bool(_SENTENCE_END.search(block.text)) and page.link_density(block.text) < _LINKED


def _is_fragment(page: Page, block: Block) -> bool:
    return len(block.text.split()) < 4 and not block.prefix.startswith("#") and \
        page.link_density(block.text) < _LINKED


def _continues(page: Page, block: Block) -> bool:
    """Whether a block after the story can be more of it: a sentence of prose, not a
    heading, a link or a teaser."""
    text = block.text
    return not block.prefix.startswith("#") and page.link_density(text) < _LINKED and \
        bool(_SENTENCE_END.search(text)) and \
        not any(text.startswith(anchor) for anchor in page.anchor_texts
                if len(anchor.split()) >= 4)  # a teaser's headline, not a linked name
