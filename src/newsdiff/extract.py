"""Extraction: a fetched HTML page becomes an Article (title, byline, published, body).

trafilatura finds the story's text among navigation, ads and related links (the body chain
below); ``pagemeta`` reads the structured metadata, ``headline``, ``byline`` and ``dates``
what the page shows.  ``Rules`` holds every choice the benchmark makes between candidate
rules, and ``reading`` names the combination in force.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import hashlib
import itertools
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urljoin, urlsplit

import lxml.html
import trafilatura

from .article import PROSE_WORDS, Article, clean_text, format_body, is_rolling_line
from .byline import BylineRules, page_byline
from .config import Selectors
from .dates import (
    address_order,
    copyright_day,
    local_time,
    normalise_date,
    shown_date,
    shown_published,
    shown_update,
    url_day,
)
from .headline import names_the_paper, page_headline, says_when_alone, strip_site_name, whole_title
from .language import page_language
from .markup import Block, blocks_of, plain_blocks, prose_links, with_links
from .pagemeta import PageMetadata, is_article, json_ld_objects, one_text, page_metadata
from .safetext import safe_text

_PARSER = lxml.html.HTMLParser(encoding="utf-8")
_RUN_KEY = 40  # characters of a run of words that find where it stands (``Page.text_places``)
_UNSEEN = {"script", "style", "noscript"}  # elements whose text no reader sees
#: Elements that are no block of text of their own: unseen, or inline markup within a block.
_NOT_BLOCKS = _UNSEEN | {"template", "a", "abbr", "b", "bdi", "bdo", "cite", "code", "em",
                         "font", "i", "kbd", "mark", "q", "s", "small", "span", "strong",
                         "sub", "sup", "time", "u", "var", "br", "img", "wbr"}
EXTRACTOR_NAME = f"trafilatura {trafilatura.__version__}"


@dataclass(frozen=True)
class Extraction:
    """An article pulled out of a page, which extractor produced it, and with which reading
    of pages (``reading``)."""

    article: Article
    extracted_by: str
    canonical: str = ""
    reading: str = ""


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
# A count the page keeps for the story, which goes up between fetches: "Views: 12,345",
# "37 comments", "Post Views: 1,284", "12 new updates", "Läst 2 345 gånger", "Aufrufe: 812";
# and how old the story is ("This article is more than 2 years old"), which goes up too.
_COUNTED = (r"views?|reads?|hits|comments?|shares?|likes?|replies|reactions|updates|posts"
            r"|visningar|kommentarer|delningar|aufrufe|kommentare|vistas|visitas|lecturas"
            r"|comentarios|vues|lectures|commentaires|просмотр\w*|комментари\w*")
_COUNT = r"\d[\d,.\s\u00a0\u202f]*[km]?"
_COUNTER = re.compile(
    rf"^((post |page )?({_COUNTED})\s*:?\s*{_COUNT}|{_COUNT}\s*(new )?({_COUNTED})( so far)?"
    rf"|läst {_COUNT}\s*gånger|gelesen:? {_COUNT}\s*(mal)?|lu {_COUNT}\s*fois"
    rf"|this (article|story|page) is (more|over) than (a|an|one|\d+) (years?|months?) old)\.?$",
    re.IGNORECASE)
_TABLE_RULE = re.compile(r"^\|?(\s*:?-{3,}:?\s*\|)+\s*:?-*\s*$")
#: Every kind of chrome line a rule can name; ``Rules.chrome`` says which are in force.
CHROME_KINDS = frozenset({"headline", "byline", "rolling", "counter", "link-tag", "table-rule",
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
    #: repeated); rolling lines and counts ("Views: 12,345") always, as they change on
    #: every fetch.  (With no boilerplate
    #: kind in force the length changes nothing; the selection's tie goes to the shortest.)
    chrome: frozenset[str] = frozenset({"headline", "rolling", "counter"})
    chrome_words: int = 8
    #: a story the page splits into several containers alike (ads between them, as Condé
    #: Nast's pages do) is read in all of them, not only the one trafilatura chose
    #: (``_twin_blocks``); off: only trafilatura's blocks and the recall fallback's
    twins: bool = True
    #: a post the story embeds (Twitter's, Instagram's, Threads', Bluesky's, TikTok's embed
    #: markup) is story, read where it stands: trafilatura drops it when the newsroom wraps it
    #: in a box it takes for a share bar ("social-media-embed"), and a post a story stops
    #: quoting is an edit (``_with_embedded_posts``)
    embeds: bool = True
    #: a box in the story's container that holds a form to fill in (a poll, a quiz, a
    #: newsletter sign-up) is a widget, not story: its words ("3,112 readers have voted",
    #: each answer's share) change on every fetch (``_without_widgets``)
    widgets: bool = True
    #: a line that is a label and a link to another story ("Read more: <headline>", "ALSO
    #: READ | …", "Lire aussi : …") is a teaser, whatever its label's language, not story
    #: (``_is_teaser_line``): a site's related links change as it publishes
    teaser_lines: bool = True
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
    #: with no publication date in the metadata, the dateline the page shows under the
    #: headline (``shown_published``) before trafilatura's guess, and never a copyright
    #: year read as a day (``copyright_day``).  On though no held-out fold shows a gain: it
    #: changes no scored day of the shared pages (one unscored), and was written from pages
    #: nobody tuned for (tests/test_dates.py), putting right one written after it too.
    unstated_dateline: bool = True
    #: a dateline the page marks as the publication's ("Published …", ``class="published"``,
    #: ``itemprop="datePublished"``) wins over a metadata date of another day (a site-wide
    #: ``<meta name="date">`` stamped at each request, a ``datePublished`` that is the edit's).
    #: Off: it changes no shared page, and only the pages it was written from show it helps.
    published_dateline: bool = False
    #: the byline the page shows, when no metadata names one
    visible_byline: bool = True
    #: failing all of those, the names of a "By …" line under the headline.  Off: it was
    #: written after reading the annotated byline misses (bench/truth), and the pages it
    #: changes are the ones it was written from; capitalised phrases ("By Popular Demand")
    #: still pass it.  Unseen pages must show it helps.
    by_line: bool = False
    #: a credit that is the site's own name in other letters ("Al-Bawaba" on albawaba.com,
    #: "RT" on rt.com, from the page's metadata) is no byline, wherever it is read
    byline_not_site: bool = False
    #: trafilatura's author only when the page shows it, outside any comment area (it takes
    #: a JSON-LD person the page never shows, and a commenter in a "recent comments" box)
    shown_author: bool = True
    #: where nobody else is credited, the account or desk the page credits ("admin",
    #: "Editorial", "Staff"), which is otherwise never a byline
    desk_byline: bool = True
    #: the byline box's names, when they are the metadata's author and more ("By Tariq
    #: Malik, Mike Wall" where the metadata names Tariq Malik)
    all_shown_authors: bool = True
    #: where the byline names no person (an agency: "Reuters"), the reporters of a wire
    #: story's closing "(Reporting by …; Editing by …)" credit, before it
    reporting_by: bool = False
    #: failing a byline box, the links to author pages (``/author/…``, ``/staff/…``) or a
    #: name with a reporter's title ("이지은 기자") between the headline and the story
    #: (``byline.header_credit``): written from pages nobody here had seen
    #: (tests/test_metadata_shapes3.py)
    header_credit: bool = True


RULES = Rules()


def byline_rules(rules: Rules) -> BylineRules:
    """The byline readings of ``rules``, as ``byline.page_byline`` takes them."""
    return BylineRules(visible=rules.visible_byline, by_line=rules.by_line,
                       not_site=rules.byline_not_site, shown_author=rules.shown_author,
                       desk=rules.desk_byline, all_shown=rules.all_shown_authors,
                       header=rules.header_credit,
                       reporting=rules.reporting_by)


def chrome_kinds(line: str, title: str, byline: str, longest: int) -> set[str]:
    """The kinds of chrome ``line`` reads as (boilerplate only up to ``longest`` words)."""
    lowered, kinds = line.lower(), set()
    if lowered == title.lower() or (title and lowered.startswith(f"{title.lower()} ") and
                                    says_when_alone(line[len(title):].strip())):
        kinds.add("headline")  # also as the <h1> shows it, with its time ("… Updated 5m ago")
    if byline and lowered in (byline.lower(), f"by {byline.lower()}"):
        kinds.add("byline")
    if is_rolling_line(line):
        kinds.add("rolling")
    if _COUNTER.match(line):
        kinds.add("counter")
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
    def places(self) -> dict[lxml.html.HtmlElement, int]:
        """Each element's place in reading order (its index in a walk of the tree)."""
        return {element: i for i, element in enumerate(self.tree.iter())}

    @cached_property
    def text_places(self) -> dict[str, float]:
        """Where each run of words between tags stands in reading order (between the places
        of the elements around it), by its first ``_RUN_KEY`` characters: the way to where a
        block no element holds (words between ``<br>``s) stands.  The first run wins."""
        found: dict[str, float] = {}
        last = -1
        stack: list[tuple[lxml.html.HtmlElement, bool]] = [(self.tree, False)]
        while stack:  # each element's text on the way in, its tail on the way out
            element, out = stack.pop()
            if out:
                run = element.tail
            else:
                last = self.places[element]
                seen = isinstance(element.tag, str) and element.tag not in _UNSEEN
                run = element.text if seen else None
                stack.append((element, True))
                if seen:
                    stack.extend((child, False) for child in reversed(element))
            text = clean_text(run) if run else ""
            if text:
                found.setdefault(text[:_RUN_KEY], last + 0.5)
        return found

    @cached_property
    def heading_places(self) -> list[tuple[int, lxml.html.HtmlElement]]:
        """The page's subheadings (``<h2>``–``<h6>``) by their places in reading order."""
        return [(self.places[heading], heading) for heading in self.tree.iter(*_HEADINGS)]

    @cached_property
    def notes(self) -> list[lxml.html.HtmlElement]:
        """The page's innermost boxes (``_NOTE_BOXES``) whose words open with a newsroom's
        note label (``_NOTE_LABEL``: "Correction:", "Editor's note:"), in page order."""
        return [element for element in _innermost(self.tree, _NOTE_BOXES)
                if _NOTE_LABEL.match(element.text_content().lstrip())]

    @cached_property
    def words(self) -> int:
        """Words of visible text on the page: an upper bound for any extraction."""
        # A walk, not XPath's "not(ancestor::script)", which libxml2 evaluated in time that
        # grew with the square of the page (4.5 s for 80,000 text nodes).
        words = 0
        for body in self.tree.iter("body"):
            stack = [(body, False)]
            while stack:
                element, hidden = stack.pop()
                hidden = hidden or element.tag in _UNSEEN
                if element.text and not hidden and isinstance(element.tag, str):
                    words += len(element.text.split())
                for child in element:
                    stack.append((child, hidden))
                    if child.tail and not hidden:
                        words += len(child.tail.split())
        return words

    @cached_property
    def anchor_texts(self) -> frozenset[str]:
        """The text of every link on the page (at least two words: single words match
        story text by chance)."""
        texts = (clean_text(a.text_content()) for a in self.tree.iter("a"))
        return frozenset(text for text in texts if len(text.split()) >= 2)

    @cached_property
    def elements_by_text(self) -> dict[str, lxml.html.HtmlElement]:
        """The block element that holds exactly each text of the page: the first in reading
        order, and of a block and the one block inside it holding all its words, the inner
        one.  Inline markup is not a place of its own: ``<p><em>…</em></p>`` is the ``p``."""
        found: dict[str, lxml.html.HtmlElement] = {}
        for element in self.tree.iter():
            if not isinstance(element.tag, str) or element.tag in _NOT_BLOCKS:
                continue
            text = clean_text(element.text_content())
            held = found.get(text)
            if text and (held is None or held in element.iterancestors()):
                found[text] = element
        return found

    @cached_property
    def paragraphs_by_text(self) -> dict[str, lxml.html.HtmlElement]:
        """Each ``<p>`` of the page by its text, the first in reading order: the cheap way to
        the elements of a story's paragraphs, which ``elements_by_text`` finds at the cost of
        every element's text."""
        found: dict[str, lxml.html.HtmlElement] = {}
        for element in self.tree.iter("p"):
            found.setdefault(clean_text(element.text_content()), element)
        return found

    def element_of(self, text: str) -> lxml.html.HtmlElement | None:
        """The block of the page that holds exactly ``text``, if one does."""
        return self.elements_by_text.get(clean_text(text))

    def slot(self, text: str) -> tuple[str, str, str] | None:
        """Where the page puts the block that holds ``text``: its tag, and its parent's tag
        and class (the story's paragraphs share one); None when no block holds just it."""
        element = self.element_of(text)
        if element is None:
            return None
        parent = element.getparent()
        return (element.tag, "", "") if parent is None else (
            element.tag, parent.tag, parent.get("class") or "")

    @cached_property
    def link_texts(self) -> frozenset[str]:
        """The text of every link on the page, a word alone too ("Home", "Sports")."""
        return frozenset(clean_text(a.text_content()) for a in self.tree.iter("a"))

    @cached_property
    def own_links(self) -> frozenset[str]:
        """The texts of the page's links to its own site (the site's other stories, not a
        source elsewhere nor a map), of at least four words."""
        host = _host(self.url)
        found = set()
        for anchor in self.tree.iter("a"):
            text = clean_text(anchor.text_content())
            if len(text.split()) >= 4 and host and _host(urljoin(self.url, anchor.get(
                    "href") or "")) == host:
                found.add(text)
        return frozenset(found)

    @cached_property
    def teaser_heads(self) -> dict[str, tuple[str, ...]]:
        """The texts of links long enough to be a teaser's headline (four words at least,
        not a linked name), by their first seven characters: what a block opening with one
        opens with, so that each block is checked against a few, not all the page's links."""
        heads: dict[str, list[str]] = {}
        for anchor in self.anchor_texts:
            if len(anchor.split()) >= 4:
                heads.setdefault(anchor[:7], []).append(anchor)
        return {start: tuple(found) for start, found in heads.items()}

    @cached_property
    def anchors_by_word(self) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        """The page's link texts, each filed under what a text holding it must show: one of
        three words or more under its longest inner word (a whole word of any text holding
        it: not its first or last, which may end or begin one of the text's words), one
        of two words under the characters either side of its space ("" for any other, looked
        for in every text)."""
        inner: dict[str, list[str]] = {}
        joined: dict[str, list[str]] = {}
        for anchor in self.anchor_texts:
            words = anchor.split(" ")
            if len(words) >= 3 and all(words):
                inner.setdefault(max(words[1:-1], key=len), []).append(anchor)
            elif len(words) == 2 and all(words):
                joined.setdefault(words[0][-1] + " " + words[1][0], []).append(anchor)
            else:
                joined.setdefault("", []).append(anchor)
        return inner, joined

    def link_density(self, text: str) -> float:
        """The share of ``text``'s characters that are the text of the page's links."""
        # Each link text is looked for only in the texts that may hold it: trying every one
        # on each block took time that grew with the square of the page (on 3.5 MB of 9,000
        # linked paragraphs in chunks alike, the twin rule's tests took 2.9 s; now 1.0 s).
        inner, joined = self.anchors_by_word
        words = text.split(" ")
        candidates = set(joined.get("", ()))
        for word in set(words):
            candidates.update(inner.get(word, ()))
        for before, after in itertools.pairwise(words):
            if before and after:
                candidates.update(joined.get(before[-1] + " " + after[0], ()))
        linked = sum(len(anchor) for anchor in candidates if anchor in text)
        return min(1.0, linked / max(1, len(text)))


def _host(url: str) -> str:
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


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
    page = page or Page(_OVERLONG_AUTHOR_META.sub("", html), url)
    tree = page.tree
    if tree is None:
        return None
    meta = page.meta
    document = page.precise
    title = _selected_text(tree, selectors.title) if selectors and selectors.title else ""
    # Each title the metadata gives, and each less the site's name: a cut JSON-LD headline
    # is made whole from them, and a label in the <h1> that none of them has is no headline.
    titles = tuple(dict.fromkeys(
        t for raw in meta.titles for t in (raw, strip_site_name(raw, meta.site_name, url))))
    found = clean_text(one_text(getattr(document, "title", "")))
    # trafilatura's site name, unless it took the site's name for the title (then its site
    # name is the headline: "Story headline - Harbour Courier" read backwards)
    site_name = meta.site_name or ("" if names_the_paper(found, "", url) else
                                   clean_text(one_text(getattr(document, "sitename", ""))))
    in_title = clean_text(tree.findtext(".//title") or "")
    if not meta.title and (names_the_paper(found, site_name, url) or strip_site_name(
            in_title, site_name, url, guess=False) != in_title):
        # the <title> where it names the site, cut here: trafilatura takes the site's name
        # from "Harbour Courier | Story headline", and leaves "Story | Politics | Site" a
        # section whose closing site name it cut
        found = in_title
    structured = whole_title(strip_site_name(meta.title or found, site_name, url),
                             tuple(strip_site_name(t, site_name, url) for t in meta.titles))
    if not title and rules.headline != "structured":
        # Only a known site name is cut from them: with none, whatever follows " | " would
        # go, and "Local News | The Daily Paper" would vouch for a section's <h1>.
        others = () if rules.h1_agrees == "structured" else tuple(
            strip_site_name(t, meta.site_name) if meta.site_name else t for t in meta.titles)
        title = page_headline(tree, structured, others, only=rules.headline == "h1-only",
                              site_name=meta.site_name, url=url, titles=titles)
    title = title or structured
    byline = _selected_text(tree, selectors.byline) if selectors and selectors.byline else ""
    byline = byline or page_byline(tree, meta, clean_text(getattr(document, "author", "") or ""),
                                   url, byline_rules(rules))
    if len(byline) > MAX_BYLINE:
        byline = ""  # a box of text or a hostile JSON-LD name, not who wrote the story
    guessed = normalise_date(getattr(document, "date", "") or "")
    if rules.unstated_dateline and not meta.published:
        guessed = address_order(shown_published(tree) or (
            "" if copyright_day(page.html, guessed) else guessed) or url_day(url), url)
    published = meta.published or guessed
    if rules.published_dateline and meta.published:
        marked = shown_published(tree, marked=True)
        published = marked if marked and marked[:10] != published[:10] else published
    if rules.local_offset:
        published = local_time(page.html, published)
    if rules.shown_date:
        published = shown_date(tree, published, worded=rules.worded_dateline,
                               modified=meta.modified)
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
                      language=page_language(tree), says_updated=says_updated)
    return Extraction(article=article, extracted_by=extracted_by, canonical=meta.canonical,
                      reading=reading(rules, selectors))


#: Bumped whenever newsdiff's code changes how it reads a page in a way ``Rules`` does not
#: show (a fix such as refusing placeholder dates), so the first version each article gets
#: after the upgrade says so (README, "When newsdiff reads pages differently").  2: a
#: ``<time>``'s own words give its UTC stamp an offset; no word of a body's blocks lost.
#: 3: recall mode's blocks added only in the story's slot or container (no promo box, no row
#: of cards); a line opening "Updated"/"Published" is dropped only when it says when (how long
#: ago too, as Swedish and German say it: "för 5 minuter sedan", "vor 5 Minuten"; or a time
#: of day: "this morning", "i morse"), in Spanish and French too ("Actualizado hace 5 minutos").
#: 4: a story the page splits among containers alike is read in all of them (``twins``);
#: a post the story embeds is read where it stands (``embeds``); the byline as the page shows
#: it (``shown_author``, ``all_shown_authors``, ``desk_byline``).
#: 5: datelines in Swedish, French, Dutch, Italian and Portuguese month names, clocks written
#: "kl. 10.15", "à 18h04", "de 2021 · 00:30"; an RFC 2822 date; a ``<time class="updated">``
#: is an edit's; an "Updated" line in Dutch, Italian, Spanish and French says when.
#: And the headline's words as a browser shows them (no space at an ``<em>`` or ``<a>``, no
#: hidden or icon text), less kickers, flags and labels no metadata title has, less a
#: closing time or comment count (in the body too: the headline with its time is chrome);
#: no logo or teaser ``<h1>``; the site's name cut from a title only where it names the
#: site, at any mark.
#: And a hidden copy of the story is not read again by the recall fallback; a page laid out in
#: a table is read cell by cell, less its menu (``widgets``, ``teaser_lines`` and the
#: ``counter`` lines are rules, shown in the digest).
#: And a byline less its label ("By", "Av", "Text:"), a date, an age or a count beside it, a
#: title after it; no account or desk that only the metadata names (y25).
#: 6: recall mode stops at a call box past the story (a paywall's offer, a donation appeal);
#: a JSON-LD body lacking paragraphs the page shows is read as the page shows it (x26).
#: Datelines in twelve more languages, numeric and year-first days, labels read anywhere in a
#: dateline, a UTC stamp in the newsroom's shown offset, no day after tomorrow, the address's
#: day where nothing else states one (d26). A kicker a metadata title sets off, more kicker
#: classes and rolling parts of an h1; credit labels of more languages and by shape, titles,
#: places and agencies after a name (h26).
#: 7: a newsroom's note beside the story (a correction in an ``<aside>``) is read as story;
#: an editor's credit closing it ("责任编辑：王磊") is not (x27).
#: Also 7: author-page links and a reporter's title between headline and story credit the
#: writer (``header_credit``); a dateline in the h1's own header; an h2 headline (d27).
READING_REVISION = 7
# A <meta> naming an author (author, article:author, dc.creator…) over 512 characters names
# no one: trafilatura reads its content with a pattern that rescans from each bracket or
# parenthesis (20 KB of "[" cost 4 s, 100 KB minutes); such a tag goes before any reading.
_OVERLONG_AUTHOR_META = re.compile(r"<meta\b(?=[^>]*?(?:author|creator))[^>]{512,}+>",
                                   re.IGNORECASE)
#: Characters in the longest byline kept: twenty names with their agencies fit; what is
#: longer is no credit line (a JSON-LD author of 20 KB of "[" was stored as one).
MAX_BYLINE = 500


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
    for obj in json_ld_objects(tree):
        body = obj.get("articleBody") if is_article(obj) else None
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
    # A quote's loose words stay when they credit it ("— Name (@name) date": its date is a
    # link) or are not mostly links ("Tweet this", "Related: …" are share and teaser chrome).
    found = [block for block in blocks_of(getattr(page.precise, "body", None))
             if not block.loose or block.text.startswith(("—", "–", "-", "―"))
             or page.link_density(block.text) < _LINKED]
    found = _without_menus(page, found)
    if found:
        found, mode = _fuller_blocks(page, found, rules.recall)
        if rules.twins:
            found, mode = _twin_blocks(page, found, mode)
        if rules.embeds:
            found = _with_embedded_posts(page, found)
        if rules.widgets:
            found = _without_widgets(page, found) or found
        if rules.teaser_lines:
            found = [block for block in found if not _is_teaser_line(page, block)] or found
        found = _with_notes(page, found)
        found = _without_credit_tail(found)
        ld_body = page.json_ld_body if rules.json_ld != "off" else ""
        if ld_body and _json_ld_wins(ld_body, found, page, rules, title, byline):
            return plain_blocks(ld_body), "json-ld articleBody"
        return found, f"{EXTRACTOR_NAME} ({mode})"
    ld_body = page.json_ld_body
    if ld_body:
        shown = _json_ld_as_shown(page, ld_body)
        return (shown, "json-ld articleBody, as the page shows it") if shown else \
            (plain_blocks(ld_body), "json-ld articleBody")
    text = page.readability
    return (plain_blocks(text), "readability-lxml") if text else ([], "")


# A newsroom's note on the story: a correction, a clarification, an editor's note, in the
# languages of the pages read here.  It is story (it says what the story got wrong), but
# sites set it in a box of its own (``<aside class="correction">``) that trafilatura drops.
_NOTE_LABEL = re.compile(
    r"^(corrections?|clarifications?|editor['’]?s['’]? note|note from the editor"
    r"|korrektur|berichtigung|korrekturhinweis|transparenzhinweis|(anmerkung|hinweis) der "
    r"redaktion|rectificatif|correctif|note de la rédaction|fe de errores|corrección"
    r"|aclaración|nota del editor|nota de la redacción|rettifica|nota della redazione"
    r"|correctie|rectificatie|noot van de redactie|rättelse|correção|errata"
    r"|nota da redação|sprostowanie)\b[^:]{0,40}:\s*\S", re.IGNORECASE)
_NOTE_BOXES = ("p", "div", "aside", "section")


def _with_notes(page: Page, blocks: list[Block]) -> list[Block]:
    """The story with the newsroom's note on it (``_NOTE_LABEL``) that stands in it, or just
    before or after it in the same article, where the page puts it: a correction in an
    ``<aside>`` above the story was left out.  A note past a heading after the story is
    someone else's (a comment that opens "Correction:"), and so is one in another article.
    """
    if not page.notes:
        return blocks  # the page holds no note: nothing to look for (most pages)
    container = _story_container(page, blocks, classed=False)
    if container is None:
        return blocks
    scope = _article_of(container)
    scope = scope if scope is not None else container.getparent()
    if scope is None:
        return blocks
    order = page.places
    edges = [place for block in blocks if _is_prose(page, block)
             and (place := _place_of(page, block)) is not None]
    if not edges:
        return blocks
    first, last = min(edges), max(edges)
    held = {clean_text(block.text) for block in blocks}
    story = _text_of(blocks)
    added: list[tuple[lxml.html.HtmlElement, Block]] = []
    for element in page.notes:
        if not any(ancestor is scope for ancestor in element.iterancestors()):
            continue
        text = clean_text(_visible_text(element))
        place = order[element]
        if text in held or not _NOTE_LABEL.match(text) or len(text.split()) < PROSE_WORDS \
                or page.link_density(text) >= _LINKED or _covers(story, text, 0.5):
            continue  # no note, or one the story holds already (its words otherwise split)
        between = (place, first) if place < first else (last, place)
        if any(between[0] < at < between[1] for at, _ in page.heading_places):
            continue  # past a heading after the story (or before it): another part's
        added.append((element, Block(text)))
        held.add(text)
    return _in_page_order(page, blocks, added) if added else blocks


def _innermost(scope: lxml.html.HtmlElement, tags: Iterable[str]) -> list[lxml.html.HtmlElement]:
    """The elements of ``tags`` in ``scope`` that hold none of them, in page order: one walk
    (asking each element whether one is inside it took time that grew with the square of a
    page of boxes nested deep)."""
    wanted = frozenset(tags)
    outer: set[lxml.html.HtmlElement] = set()
    found = []
    for element in reversed(list(scope.iter())):  # each element after all inside it
        parent = element.getparent()
        if element.tag in wanted:
            if element not in outer:
                found.append(element)
            if parent is not None:
                outer.add(parent)
        elif element in outer and parent is not None:
            outer.add(parent)
    return found[::-1]


# The editor's credit closing a story ("责任编辑：王磊", "Editor : Rina Wulandari"): a label
# and a name, as Chinese, Japanese and Indonesian sites close every story; no story line.
_EDITOR_CREDIT = re.compile(
    r"^[(（\[【]?\s*((editor|editing|edited by|penyunting|redaktur)\b\s*[:：]?"
    r"|(责任编辑|责编|编辑|編集|編輯|責任編集|責任編輯)\s*[:：])"
    r"\s*[^.!?。！？:：]{1,40}[)）\]】]?$", re.IGNORECASE)


def _without_credit_tail(blocks: list[Block]) -> list[Block]:
    """The blocks less the editor's credit lines at their end (``_EDITOR_CREDIT``)."""
    end = len(blocks)
    while end > 1 and len(blocks[end - 1].text.split()) <= 6 and \
            _EDITOR_CREDIT.match(clean_text(blocks[end - 1].text)):
        end -= 1
    return blocks[:end]


_LIST_TAGS = frozenset({"ul", "ol"})


def _json_ld_as_shown(page: Page, ld_body: str) -> list[Block] | None:
    """The story as the page shows it, when the JSON-LD ``articleBody`` is a copy of only
    some of its paragraphs (a teaser of the first few, a body cut at a length): the
    paragraphs of the elements that hold the articleBody's, each where the page puts it.

    None when the articleBody's paragraphs are not the page's (at least half of them must
    stand on it as paragraphs), when the page adds no paragraph of prose to them, or when
    what the page shows lacks any of them: the articleBody is then the fallback as before.
    Beside its paragraphs, only what reads as more of the story comes in: a sentence of
    prose, a subheading, a list item that is not a link (``_continues``), never a teaser.
    """
    lines = [clean_text(line) for line in ld_body.split("\n") if line.strip()]
    found = [element for line in lines
             if (element := page.paragraphs_by_text.get(line)) is not None]
    if not lines or len(found) * 2 < len(lines):
        return None
    homes = sorted({element.getparent() for element in found} - {None},
                   key=page.places.__getitem__)
    held, known = _shingles(ld_body), set(lines)
    blocks: list[Block] = []
    for home in homes:
        for child in home:
            if not isinstance(child.tag, str) or child.tag in _UNSEEN:
                continue
            items = [item for item in child if item.tag == "li"] \
                if child.tag in _LIST_TAGS else [child]
            for element in items:
                text = clean_text(_visible_text(element))
                prefix = "## " if element.tag in _HEADINGS else "- " if element.tag == "li" \
                    else "> " if element.tag == "blockquote" else ""
                block = Block(text, prefix)
                story = text in known or _covers_shingles(held, _shingles(text), 0.5)
                if text and (story or (element.tag in (_HEADINGS | {"li"}) and
                                       page.link_density(text) < _LINKED)
                             or (element.tag == "p" and _continues(page, block))):
                    blocks.append(block)
    shown = _text_of(blocks)
    more = [block for block in blocks if _is_prose(page, block)
            and not _covers_shingles(held, _shingles(block.text), 0.5)]
    return blocks if more and _covers(shown, ld_body, RECALL_COVER) else None


def _without_menus(page: Page, blocks: list[Block]) -> list[Block]:
    """The blocks less, in a layout table (``Block.cell``), the cells whose lines are mostly
    each a link of the page (a column of menu links beside the story's column) and the lines
    that are mostly links ("Email this story | Printer friendly")."""
    cells: dict[int, list[Block]] = {}
    for block in blocks:
        if block.cell:
            cells.setdefault(block.cell, []).append(block)
    if not cells:
        return blocks
    menus = {cell for cell, held in cells.items()
             if sum(clean_text(block.text) in page.link_texts for block in held)
             >= _LINKED * len(held)}
    return [block for block in blocks if not block.cell or (
        block.cell not in menus and page.link_density(block.text) < _LINKED)]


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
        if len(text.split()) < PROSE_WORDS or page.link_density(text) >= _LINKED or \
                chrome_kinds(text, title, byline, PROSE_WORDS * 3):
            continue
        if not _covers_shingles(held, _shingles(text), 0.5):
            return False
    return True


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
    block recall mode adds between two anchors is kept when it is a sentence of prose the page
    puts where it puts the anchors (``Page.slot``: a paragraph beside the story's paragraphs).
    Precision mode leaves out a story paragraph among them only for its links; what it leaves
    out in a box of its own (a newsletter promo, a teaser's blurb, an author's note in a
    bordered box, a caption) sits in another slot, and is no story however prose it reads.
    After the
    last anchor, blocks are kept while each reads as more of the story, a sentence of prose:
    the first heading, link, teaser (a linked headline and its blurb) or fragment ends it.
    Nothing is added before the first anchor: what precedes a story is its header (bylines,
    captions, galleries), not more of it.
    """
    held = _shingles(_text_of(precise))
    texts = {block.text for block in precise}
    # A block of precision's that recall mode reads again is a copy of the story (a print
    # or mobile copy the page hides): no anchor, never kept, and past the story a paragraph
    # read again ends it (a second "Advertisement" does not).
    unmatched = Counter(block.text for block in precise)
    repeat = []
    for block in full:
        repeat.append(block.text in texts and not unmatched[block.text])
        unmatched[block.text] -= 1
    inside = [not again and (block.text in texts or
                             _covers_shingles(held, _shingles(block.text), 0.5))
              for block, again in zip(full, repeat, strict=True)]
    anchors = [i for i, block in enumerate(full) if inside[i] and _is_prose(page, block)]
    if not anchors:
        return precise
    first, last = anchors[0], anchors[-1]

    @functools.cache  # the page's blocks are indexed only when a block may be added
    def slots() -> frozenset:
        return frozenset({page.slot(full[i].text) for i in anchors} - {None})

    keep = [i for i, block in enumerate(full) if not repeat[i] and (block.text in texts or (
        first <= i <= last and (inside[i] or (
            _continues(page, block) and page.slot(block.text) in slots()))))]
    run = None  # the parent of the first block kept past the anchors: where the rest must be
    calls = functools.cache(_is_call_box)  # each box weighed once, not once a block in it
    for i in range(last + 1, len(full)):
        if repeat[i] and _is_prose(page, full[i]):
            break  # the story's paragraphs again: its copy begins
        if repeat[i] or inside[i] or _is_fragment(page, full[i]):
            continue  # "By", "Text size": noise inside a story, not its end
        if not _continues(page, full[i]) or not _runs_on(page, full[i], run, slots) or \
                _in_a_call_box(page, full[i], slots, calls):
            break
        keep.append(i)
        element = page.element_of(full[i].text)
        if run is None and element is not None:
            run = element.getparent()
    return [full[i] for i in sorted(keep)]


def _runs_on(page: Page, block: Block, run: lxml.html.HtmlElement | None,
             slots: Callable[[], frozenset]) -> bool:
    """Whether ``block``, past the story's anchors, runs on from the first block kept there.

    A story's tail stands in one container (its paragraphs side by side, or some in a box
    nested in it: a paywalled part), or each paragraph in a wrapper of the story's own slot
    (a CMS's card per paragraph).  Teaser cards, comments and the like each stand in a
    wrapper of their own: past the first of them, a card list is no story, however prose its
    blurbs read.  A block no element holds exactly (words run between <br>s) shows nothing
    either way.
    """
    if run is None:
        return True
    element = page.element_of(block.text)
    if element is None or page.slot(block.text) in slots():
        return True
    return run in element.iterancestors()


CALL_BOX_WORDS = 60  # words of a box holding a call to act, at most: an appeal and its button
#: What a box holds beside its sentence when it is a call to act: a link or button of its own
_CALLS = ("a", "button", "input", "form", "select")
#: Blocks whose links are part of a sentence, not a call of the box's own
_TEXT_BLOCKS = frozenset({"p", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt",
                          "figcaption"})


def _in_a_call_box(page: Page, block: Block, slots: Callable[[], frozenset],
                   calls: Callable[[lxml.html.HtmlElement], bool]) -> bool:
    """Whether a block past the story stands in a small box of its own (not the story's
    slot; at most ``CALL_BOX_WORDS`` words, and one paragraph of prose at most) that also
    holds a link or button with words of its own outside any paragraph: an appeal and its
    button ("… keeps our reporters covering the county." and "Donate today"), a paywall's
    offer and "Subscribe", a next story's summary and "Read the story".  A story's tail that
    precision left out (a paywalled part in a box of its own) holds paragraphs, whatever
    else stands in it (a photo's link, a share button).  (A tail of one paragraph in a box
    with a button of its own is refused with the calls: nothing sure tells them apart.)"""
    element = page.element_of(block.text)
    if element is None or page.slot(block.text) in slots():
        return False
    box = element.getparent()
    return box is not None and calls(box)


def _is_call_box(box: lxml.html.HtmlElement) -> bool:
    """Whether a box is small, holds one paragraph of prose at most, and a link or button
    with words of its own outside any paragraph (``_in_a_call_box``)."""
    if len(_visible_text(box).split()) > CALL_BOX_WORDS or sum(
            len(clean_text(_visible_text(p)).split()) >= PROSE_WORDS for p in box.iter("p")) > 1:
        return False
    for call in box.iter(*_CALLS):
        inside = next((a for a in call.iterancestors() if a is box or a.tag in _TEXT_BLOCKS),
                      None)
        if inside is box and (_has_words([_visible_text(call)]) or call.get("value")):
            return True
    return False


_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$")


def _is_prose(page: Page, block: Block) -> bool:
    """A paragraph of running text: sentences, not a heading or a link, a few words at least
    (a headline repeated in a page's header is none of these)."""
    return not block.prefix.startswith("#") and len(block.text.split()) >= PROSE_WORDS \
        and bool(_SENTENCE_END.search(block.text)) and page.link_density(block.text) < _LINKED


def _is_fragment(page: Page, block: Block) -> bool:
    return len(block.text.split()) < 4 and not block.prefix.startswith("#") and \
        page.link_density(block.text) < _LINKED


def _continues(page: Page, block: Block) -> bool:
    """Whether a block after the story can be more of it: a sentence of prose, not a
    heading, a link or a teaser."""
    text = block.text
    return not block.prefix.startswith("#") and bool(_SENTENCE_END.search(text)) and \
        not any(text.startswith(anchor) for anchor in page.teaser_heads.get(text[:7], ())) \
        and page.link_density(text) < _LINKED and not _ends_in_a_call(page, text)


_CLOSING = "\"'”’»)] "


def _ends_in_a_call(page: Page, text: str) -> bool:
    """Whether a paragraph's last sentence is a link and nothing else: an appeal's call
    ("… help us keep reporting. Donate now."; "… Sign up here."), which leads away from
    the story."""
    sentences = re.split(r"(?<=[.!?…])\s+", text.strip())
    last = sentences[-1].rstrip(_CLOSING).rstrip(".!?…").rstrip(_CLOSING)
    return len(sentences) > 1 and last in page.link_texts


#: the class each network's embed code gives the quote it renders a post from
_EMBED_CLASSES = frozenset({"twitter-tweet", "instagram-media", "text-post-media",
                            "bluesky-embed", "tiktok-embed"})


def _with_embedded_posts(page: Page, blocks: list[Block]) -> list[Block]:
    """The story's blocks, with the posts it embeds that they lack, each as a quote where
    the page puts it (the post's words, then its credit: "— Name (@name) date"); a post it
    shows twice (a print view's copy) read once.

    Only posts beside the story's paragraphs (``_story_posts``): a feed of posts elsewhere
    is no part of it."""
    held = _shingles(_text_of(blocks))
    added: list[tuple[lxml.html.HtmlElement, Block]] = []
    for quote in _story_posts(page, blocks):
        if _covers_shingles(held, _shingles(_visible_text(quote)), 0.5):
            continue
        found = _post_blocks(page, quote)
        held |= _shingles(_text_of(found))
        added += [(quote, block) for block in found]
    return _in_page_order(page, blocks, added) if added else blocks


def _is_post(element: lxml.html.HtmlElement) -> bool:
    return element.tag == "blockquote" and \
        bool(_EMBED_CLASSES & set((element.get("class") or "").split()))


def _story_posts(page: Page, blocks: list[Block]) -> list[lxml.html.HtmlElement]:
    """The posts a reader sees standing beside the story's paragraphs: in an element that
    holds some of them (each entry of a live blog, not only the one holding most: which one
    that is changes as entries come in, and a post the story still quotes would seem cut;
    ``_readable_homes``), alone in any box of its own there (``_home_of``), and under no
    heading there the story lacks (``_under_other_heading``).  A box holding several posts,
    a heading or words of its own is a feed ("What people are saying") or a card: its posts
    change from fetch to fetch, and each change would be a false version of the story.  A
    post quoted in another is read with it; one in unseen markup (``<noscript>``) is a copy
    for pages without script."""
    # Each box's posts and headings counted in one walk, not once a post in it: a feed of
    # thousands of posts in nested boxes took minutes so.
    posts = [quote for quote in page.tree.iter("blockquote") if _is_post(quote)
             and not any(map(_is_post, quote.iterancestors()))]
    if not posts:
        return []
    homes = {element.getparent() for block in blocks if _is_prose(page, block)
             and (element := page.paragraphs_by_text.get(clean_text(block.text))) is not None}
    homes.discard(None)
    if not homes:
        return []
    held_posts: dict[lxml.html.HtmlElement, int] = {}
    for quote in posts:
        for box in quote.iterancestors():
            held_posts[box] = held_posts.get(box, 0) + 1
    headed: set[lxml.html.HtmlElement] = set()
    for heading in page.tree.iter(*_HEADINGS):
        for box in heading.iterancestors():
            if box in headed:
                break
            headed.add(box)
    crowded = {box for box, count in held_posts.items() if count > 1} | headed
    readable = _readable_homes(page, blocks, homes)
    found = [(quote, home) for quote in posts
             if (home := _home_of(quote, homes, crowded)) in readable]
    if not found:
        return []
    story = sorted(place for block in blocks if (place := _place_of(page, block)) is not None)
    texts = {clean_text(block.text) for block in blocks}
    return [quote for quote, home in found
            if not _under_other_heading(page, story, texts, quote, home)]


def _readable_homes(page: Page, blocks: list[Block], homes: set[lxml.html.HtmlElement]
                    ) -> set[lxml.html.HtmlElement]:
    """The homes of the story's paragraphs whose posts are the story's: the one holding most,
    those inside it, and those of its tag and class (a live blog's other entries, a split
    story's other chunks).  A paragraph trafilatura keeps from elsewhere (an author's note
    between a story's parts) may stand beside a post of another kind: their latest."""
    container = _story_container(page, blocks, classed=False)
    if container is None:
        return set()
    kind = (container.tag, container.get("class")) if (container.get("class") or "").strip() \
        else None
    return {home for home in homes if home is container or container in home.iterancestors()
            or (kind is not None and (home.tag, home.get("class")) == kind)}


def _under_other_heading(page: Page, story: list[int], texts: set[str],
                         quote: lxml.html.HtmlElement, home: lxml.html.HtmlElement) -> bool:
    """Whether a post stands, past the story's start (``story``: its blocks' places), under
    a heading of ``home`` the story lacks (none of ``texts``): a section of the page's own
    ("What people are saying" and the latest posts, right in the story's element)."""
    at = page.places[quote]
    before = story[bisect.bisect_left(story, at) - 1] if story and story[0] < at else None
    if before is None:
        return False
    heads = page.heading_places
    nearest = bisect.bisect_left(heads, (at,)) - 1
    if nearest < 0 or heads[nearest][0] <= before:
        return False
    heading = heads[nearest][1]
    return home in heading.iterancestors() and clean_text(_visible_text(heading)) not in texts


def _home_of(quote: lxml.html.HtmlElement, homes: set[lxml.html.HtmlElement],
             crowded: set[lxml.html.HtmlElement]) -> lxml.html.HtmlElement | None:
    """The element holding the story's paragraphs a post stands in, alone in any box of its
    own there: none unseen, holding another post or a heading (``crowded``), or words of its
    own but a caption's (an author's card with their latest post, a "Latest post" box; the
    embed boxes of the shared pages hold none)."""
    inner = quote
    for box in quote.iterancestors():
        if box in homes:
            return box
        if box in crowded or box.tag in _UNSEEN or box.tag == "template" or _has_words(
                [box.text, *(child.tail for child in box)]) or any(
                child is not inner and child.tag != "figcaption" and isinstance(child.tag, str)
                and _has_words([_visible_text(child)]) for child in box):
            return None
        inner = box
    return None


def _has_words(texts: Iterable[str | None]) -> bool:
    return any(text and re.search(r"\w", text) for text in texts)


_ALL_LINKS = 0.9  # of a post's loose words in its links: a link to it ("View on Threads")


def _post_blocks(page: Page, quote: lxml.html.HtmlElement) -> list[Block]:
    """An embedded post as quote blocks: each paragraph, each post it quotes, then the words
    beside them (its credit) unless they are all a link ("View on Threads")."""
    def own(element: lxml.html.HtmlElement) -> bool:
        """Not a part of a post quoted in it, nor of unseen markup (a ``<noscript>`` note)."""
        return next(a for a in element.iterancestors() if a is quote or _is_post(a)
                    or a.tag in _UNSEEN or a.tag == "template") is quote

    paragraphs = [Block(clean_text(_visible_text(p)), "> ") for p in quote.iter("p") if own(p)]
    quoted = [block for inner in quote.iter("blockquote") if inner is not quote
              and _is_post(inner) and own(inner) for block in _post_blocks(page, inner)]
    loose, linked = [quote.text or ""], []
    for child in quote:
        if child.tag != "p" and next(child.iter("p"), None) is None and not _is_post(child):
            loose.append(_visible_text(child))
            linked += [_visible_text(link) for link in child.iter("a")]
        loose.append(child.tail or "")
    credit = clean_text(" ".join(loose))
    # Its own links, not the page's link index, which leaves out one-word links ("https://…");
    # all links, not most: a TikTok caption's own words stand among its tags and sound.
    if not credit.startswith(("—", "–", "-", "―")) and \
            len(clean_text(" ".join(linked))) >= _ALL_LINKS * len(credit):
        credit = ""
    return [block for block in [*paragraphs, *quoted, Block(credit, "> ")] if block.text]


#: A few words and a mark, then the rest: "Read more:", "ALSO READ |", "Lire aussi :".
_LABELLED = re.compile(r"^(?:[^\W\d_][\w'’]*+\s*){1,4}[:|»›]\s*(?P<rest>\S.*)$")
_TEASER_LINK = 0.9  # of the words after the label in one link: nothing else there


def _is_teaser_line(page: Page, block: Block) -> bool:
    """Whether a block is a label and a link to another story, and nothing else: a
    headline's four words at least, all linked ("Read more: Measles cases rise again").  A
    sentence that merely opens with a label ("Update: the road has reopened") stays, and so
    does a list item, which a list of the story's own sources may be."""
    if block.prefix:
        return False
    found = _LABELLED.match(clean_text(block.text))
    rest = found["rest"] if found else ""
    return len(rest.split()) >= 4 and page.link_density(rest) >= _TEASER_LINK and any(
        anchor in rest for anchor in page.own_links)


#: What makes a box a form a reader fills in (with ``<form>``, ``<select>``, ``<textarea>``):
#: a poll's or quiz's choices, a sign-up's address field.  Not a lone button (a "Show more"
#: expander, an audio player), a text field (a share bar's copy-link box) nor a checkbox
#: (the toggle of a pure-CSS accordion or "read more"), which boxes of story paragraphs have.
_FILLED_IN = frozenset({"radio", "email"})
WIDGET_SHARE = 0.15  # of the container's words a widget holds, at most
WIDGET_LINE = 20  # words: a line this long is a paragraph, and its box no widget


def _without_widgets(page: Page, blocks: list[Block]) -> list[Block]:
    """The story's blocks less those standing in a widget inside the story's container: a
    box there that holds a form to fill in (a poll and its running results, a quiz, a
    newsletter sign-up) and only short lines (a question, choices, a count of votes).

    Only boxes inside the container: the story itself may stand in a form (ASP.NET pages
    wrap the whole page in one).  A widget is the largest box around its form that holds
    at most ``WIDGET_SHARE`` of the container's words, and none of the story's lines of
    ``WIDGET_LINE`` words or more: a chunk of the story that also holds a sign-up form is
    more than the form, and its paragraphs are the story's.
    """
    container = _story_container(page, blocks, classed=False)
    if container is None:
        return blocks
    controls = [element for element in container.iter("form", "select", "textarea", "input")
                if element.tag != "input" or (element.get("type") or "").lower() in _FILLED_IN]
    if not controls:
        return blocks
    most = WIDGET_SHARE * len(_visible_text(container).split())
    boxes: dict[lxml.html.HtmlElement, lxml.html.HtmlElement | None] = {}  # box → widget
    for control in controls:  # each box weighed once, however many controls it holds
        inner: list[lxml.html.HtmlElement] = []
        widget = None
        for box in (control, *control.iterancestors()):
            if box in boxes:  # a widget's box, or one too big to be one (None)
                widget = boxes[box] if boxes[box] is not None else \
                    inner[-1] if inner else None
                break
            if box is container or len(_visible_text(box).split()) > most:
                boxes[box] = None  # and so is every box around it
                widget = inner[-1] if inner else None
                break
            inner.append(box)
        boxes.update(dict.fromkeys(inner, widget))
    widget_of = {}
    for block in blocks:
        element = page.element_of(block.text)
        widget = next((boxes[box] for box in (element, *element.iterancestors())
                       if boxes.get(box) is not None), None) if element is not None else None
        widget_of[block] = widget
    paragraphs = {widget for block, widget in widget_of.items()
                  if widget is not None and len(block.text.split()) >= WIDGET_LINE}
    return [block for block in blocks
            if widget_of[block] is None or widget_of[block] in paragraphs]


_HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
TWIN_SHARE = 0.25  # of the words in the story's container its twins must add, at least
_TWIN_BLOCKS = {"p", "li", "blockquote", *_HEADINGS}
#: Elements that make a part of a page of its own: a block in one of them inside a twin is
#: that part's (a comment, a card, a form, a caption), not a paragraph of the chunk's.
_PARTS = {"div", "section", "article", "aside", "form", "header", "footer", "nav", "figure",
          "table", "details", "dialog", "fieldset"}


def _twin_blocks(page: Page, blocks: list[Block], mode: str) -> tuple[list[Block], str]:
    """The story's blocks, with those of the containers its paragraphs' container has twins
    in, each where the page puts it, when the page splits the story among them.

    Some CMSs cut a story into chunks, one container each, with an advertisement between
    them; trafilatura keeps the first chunk alone (a Wired page: 35% of the story).  A twin
    is a container of the same tag and class beside it: in the same parent, or in a parent of
    the same kind beside the container's own parent.  A teaser card or the next article
    stands elsewhere, in an ``<article>`` of its own or after a headline of its own
    (``_twins``), and only prose that continues a story, standing in the twin as a story's
    paragraphs stand in theirs, is taken from a twin (``_twin_paragraphs``), with a
    subheading just before it.
    The twins must hold a good share of what the container holds: a story's other chunks do
    (81% and 174% on two Wired pages), a disclaimer in a box alike after the story does not
    (3% on a Village Voice page), and a site's disclaimer changed once would otherwise be an
    edit of every one of its articles.  (Such a box after a story the page did split still
    comes in with the story's other chunks: one page tells them apart by nothing sure.)
    """
    container = _story_container(page, blocks)
    if container is None:
        return blocks, mode
    known, held = _shingles(_text_of(blocks)), {clean_text(block.text) for block in blocks}
    added: list[tuple[lxml.html.HtmlElement, Block]] = []
    for twin in _twins(page, container):
        found = _twin_paragraphs(page, twin, known, held)
        for _, block in found:  # a chunk the page repeats is read once
            known |= _shingles(block.text)
            held.add(block.text)
        added += found
    if not added:
        return blocks, mode
    inside = [block for block in blocks if (element := page.element_of(block.text)) is not None
              and container in element.iterancestors()]
    if _words(block for _, block in added) < TWIN_SHARE * _words(inside):
        return blocks, mode
    return _in_page_order(page, blocks, added), f"{mode}, split"


def _words(blocks: Iterable[Block]) -> int:
    return sum(len(block.text.split()) for block in blocks)


def _story_container(page: Page, blocks: list[Block],
                     classed: bool = True) -> lxml.html.HtmlElement | None:
    """The element most of the story's paragraphs of prose (``<p>``s) stand in; when
    ``classed``, only one with a class (a bare ``<div>`` names no kind of container a twin
    could share)."""
    parents: dict[lxml.html.HtmlElement, int] = {}
    for block in blocks:
        element = page.paragraphs_by_text.get(clean_text(block.text)) \
            if _is_prose(page, block) else None
        parent = element.getparent() if element is not None else None
        if parent is not None:
            parents[parent] = parents.get(parent, 0) + 1
    if not parents:
        return None
    container = max(parents, key=parents.get)
    return container if not classed or (container.get("class") or "").strip() else None


def _twins(page: Page, container: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Containers of the same tag and class as ``container``, in its parent or in a parent of
    the same tag and class in its grandparent, in page order; in the same ``<article>`` as it,
    and with no article's head between them (``_article_heads``): past one the next article
    begins, however alike its containers (a site that scrolls on to it)."""
    parent = container.getparent()
    grandparent = parent.getparent() if parent is not None else None
    if parent is None:
        return []
    places = [parent]
    if grandparent is not None:
        places += [uncle for uncle in grandparent if uncle is not parent
                   and uncle.tag == parent.tag and uncle.get("class") == parent.get("class")]
    kind = (container.tag, container.get("class"))
    alike = [twin for place in places for twin in place
             if twin is not container and (twin.tag, twin.get("class")) == kind]
    if not alike:
        return []
    order = page.places
    heads = _article_heads(page, {container, *alike})
    article = _article_of(container)

    def span(element: lxml.html.HtmlElement) -> tuple[int, int]:
        return order[element], order[element] + sum(1 for _ in element.iter()) - 1

    own = span(container)

    def apart(twin: lxml.html.HtmlElement) -> bool:
        (_, end), (start, _) = sorted([own, span(twin)])
        at = bisect.bisect_right(heads, end)
        return at < len(heads) and heads[at] < start

    return sorted((twin for twin in alike if _article_of(twin) is article and not apart(twin)),
                  key=order.__getitem__)


def _article_heads(page: Page, chunks: set[lxml.html.HtmlElement]) -> list[int]:
    """Where, in page order, an article may begin outside ``chunks``: a headline (``<h1>``),
    a header, or a heading that links elsewhere (the next story's, on a site that scrolls on
    to it).  Inside a chunk they are the story's own (an embedded card's header)."""
    heads = []
    for element in page.tree.iter("h1", "header", *_HEADINGS):
        if element.tag in _HEADINGS and (next(element.iter("a"), None) is None or
                                         page.link_density(clean_text(element.text_content()))
                                         < _LINKED):
            continue
        if not any(ancestor in chunks for ancestor in element.iterancestors()):
            heads.append(page.places[element])
    return sorted(heads)


def _article_of(element: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The ``<article>`` an element is or stands in, if any."""
    return element if element.tag == "article" else next(element.iterancestors("article"), None)


def _twin_paragraphs(page: Page, twin: lxml.html.HtmlElement, known: set,
                     held: set[str]) -> list[tuple[lxml.html.HtmlElement, Block]]:
    """A twin's paragraphs that continue a story, each with the subheading just before it
    and each with the element it stands in, when one of them is a paragraph of prose; none
    the story already holds (a page that repeats its chunks for a print view).

    Only blocks that stand in the twin as a story's stand in its container are read: in it,
    or in a list or quote in it.  A block inside a part of its own (a comment, a card, a
    caption, a form) is that part's; so is a list item holding paragraphs (a comment), and a
    list each of whose items leads somewhere is teasers ("More great stories"), whatever the
    words of one of its items ("Want the best tools? Check out our picks for the […].").
    Under a heading that links elsewhere stands a teaser's blurb, up to the next heading.
    """
    found: list[tuple[lxml.html.HtmlElement, Block]] = []
    heading, teaser = None, False
    links_list = functools.cache(_links_list)  # each list judged once, not once an item
    for element in twin.iter(*_TWIN_BLOCKS):
        if not _stands_in(element, twin) or (element.tag == "li" and (
                next(element.iter(*_PARTS, *_TWIN_BLOCKS - {"li"}), None) is not None
                or links_list(element.getparent()))):
            continue
        text = clean_text(_visible_text(element))
        if not text:
            continue
        prefix = "## " if element.tag in _HEADINGS else "- " if element.tag == "li" else \
            "> " if element.tag == "blockquote" else ""
        block = Block(text, prefix)
        if prefix == "## ":
            heading, teaser = (element, block), next(element.iter("a"), None) is not None \
                and page.link_density(text) >= _LINKED
            continue
        # What the story holds first: on a page trafilatura read whole, that is every block.
        if not teaser and text not in held and \
                not _covers_shingles(known, _shingles(text), 0.5) and _continues(page, block):
            found += [heading, (element, block)] if heading else [(element, block)]
        heading = None
    # A chunk of a story holds a paragraph of one; a lone "Thanks, Junior!" is a caption's.
    return found if any(_is_prose(page, block) for _, block in found) else []


def _links_list(items: lxml.html.HtmlElement) -> bool:
    """Whether each item of a list holds a link (a list of teasers or related stories)."""
    return all(next(item.iter("a"), None) is not None for item in items if item.tag == "li")


def _stands_in(element: lxml.html.HtmlElement, twin: lxml.html.HtmlElement) -> bool:
    """Whether a block stands in ``twin`` itself, or in a list or quote in it: not in
    another block, in a part of the page of its own (``_PARTS``), in a link (a card that
    leads elsewhere, its headline and blurb inside the ``<a>``) or in unseen markup."""
    for ancestor in element.iterancestors():
        if ancestor is twin:
            return True
        if ancestor.tag in _TWIN_BLOCKS or ancestor.tag in _PARTS or ancestor.tag in _UNSEEN \
                or ancestor.tag == "a":
            return False
    return False


def _in_page_order(page: Page, blocks: list[Block],
                   added: list[tuple[lxml.html.HtmlElement, Block]]) -> list[Block]:
    """The story's blocks and the twins' added blocks, each where the page puts it.

    A story block stands where the element holding it stands, or, held by none (words
    between ``<br>``s), where its first words stand (``Page.text_places``: else a post the
    page puts after a story's last lines would be read before them); or, placed earlier than
    the block before it (the same words earlier on the page), just after the block before
    it: trafilatura's order is kept.  Past the last block placed so, the blocks none holds
    stay last (a disclaimer, tour dates between ``<br>``s at the end of the page: four
    shared pages end so).
    """
    order = page.places
    keyed: list[tuple[float, Block]] = []
    at: float = -1
    places = [_place_of(page, block) for block in blocks]
    for block, place in zip(blocks, places, strict=True):
        at = max(at, place) if place is not None else at
        keyed.append((at, block))
    placed = max((i for i, place in enumerate(places) if place is not None), default=-1)
    keyed[placed + 1:] = [(float("inf"), block) for _, block in keyed[placed + 1:]]
    keyed += [(order[element], block) for element, block in added]
    return [block for _, block in sorted(keyed, key=lambda pair: pair[0])]


def _place_of(page: Page, block: Block) -> float | None:
    """Where a block stands in reading order: its element's place, or, held by none (words
    between ``<br>``s), where its first words stand."""
    element = page.element_of(block.text)
    return page.places[element] if element is not None else \
        page.text_places.get(clean_text(block.text)[:_RUN_KEY])


def _visible_text(element: lxml.html.HtmlElement) -> str:
    """An element's words a reader sees (no script's or style's), a block's words apart
    from the next's ("Paris" and "Lyon" in two <div>s are not "ParisLyon")."""
    if element.tag in _UNSEEN:
        return ""
    pieces = [element.text or ""]
    for child in element:
        if child.tag == "br":
            pieces.append(" ")
        elif isinstance(child.tag, str) and child.tag not in _UNSEEN:
            inner = _visible_text(child)
            pieces.append(inner if child.tag in _NOT_BLOCKS else f" {inner} ")
        pieces.append(child.tail or "")
    return "".join(pieces)
