"""Extraction: a fetched HTML page becomes an Article (title, byline, published, body).

``pagemeta`` reads the structured metadata, ``headline``, ``byline`` and ``dates`` what the
page shows; ``body`` finds the story's text among navigation, ads and related links, and
``chrome`` the lines of it that are the page's furniture.  ``Rules`` holds every choice the
benchmark makes between candidate rules, and ``reading`` names the combination in force.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from dataclasses import dataclass

import lxml.html
import trafilatura

from .article import Article, clean_text, format_body
from .body import body_blocks
from .byline import BylineRules, page_byline
from .chrome import chrome_kinds
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
from .headline import names_the_paper, page_headline, strip_site_name, whole_title
from .language import page_language
from .markup import Block, prose_links, with_links
from .page import Page
from .pagemeta import one_text
from .safetext import safe_text


@dataclass(frozen=True)
class Extraction:
    """An article pulled out of a page, which extractor produced it, and with which reading
    of pages (``reading``)."""

    article: Article
    extracted_by: str
    canonical: str = ""
    reading: str = ""


# --- the rules bench/extract.py chooses among -----------------------------------------------

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
    #: (``twin_blocks``); off: only trafilatura's blocks and the recall fallback's
    twins: bool = True
    #: a post the story embeds (Twitter's, Instagram's, Threads', Bluesky's, TikTok's embed
    #: markup) is story, read where it stands: trafilatura drops it when the newsroom wraps it
    #: in a box it takes for a share bar ("social-media-embed"), and a post a story stops
    #: quoting is an edit (``with_embedded_posts``)
    embeds: bool = True
    #: a box in the story's container that holds a form to fill in (a poll, a quiz, a
    #: newsletter sign-up) is a widget, not story: its words ("3,112 readers have voted",
    #: each answer's share) change on every fetch (``without_widgets``)
    widgets: bool = True
    #: a line that is a label and a link to another story ("Read more: <headline>", "ALSO
    #: READ | …", "Lire aussi : …") is a teaser, whatever its label's language, not story
    #: (``is_teaser_line``): a site's related links change as it publishes
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


def _body_paragraphs(blocks: list[Block], title: str, byline: str, rules: Rules) -> list[str]:
    """The blocks' Markdown, less the lines that are page chrome rather than story."""
    return [block.markdown for block in blocks
            if not chrome_kinds(clean_text(block.text), title, byline,
                                rules.chrome_words) & rules.chrome]


def extract(html: str, url: str, source: str, selectors: Selectors | None = None,
            rules: Rules = RULES, page: Page | None = None) -> Extraction | None:
    """Pull the article out of a page; None when there is no story text to be found.

    The body comes from the first of these that yields text: the source's own CSS
    selectors; trafilatura's precision mode, with the blocks its recall mode shows to continue
    the story (``body.fuller_blocks``); the page's JSON-LD ``articleBody``; readability-lxml.
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
    title = _title(page, selectors, rules, url)
    byline = _byline(page, selectors, rules, url)
    published = _published(page, rules, url)
    blocks, extracted_by = body_blocks(page, selectors, rules, title, byline)
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


def _title(page: Page, selectors: Selectors | None, rules: Rules, url: str) -> str:
    """The headline: the source's selector's, else the page's (``headline.page_headline``)
    when ``rules`` read one, else the metadata's title less the site's name."""
    tree, meta, document = page.tree, page.meta, page.precise
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
    return title or structured


def _byline(page: Page, selectors: Selectors | None, rules: Rules, url: str) -> str:
    """Who the page credits: the source's selector's, else ``byline.page_byline``'s; none
    past ``MAX_BYLINE`` characters."""
    tree = page.tree
    byline = _selected_text(tree, selectors.byline) if selectors and selectors.byline else ""
    byline = byline or page_byline(tree, page.meta, clean_text(
        getattr(page.precise, "author", "") or ""), url, byline_rules(rules))
    if len(byline) > MAX_BYLINE:
        byline = ""  # a box of text or a hostile JSON-LD name, not who wrote the story
    return byline


def _published(page: Page, rules: Rules, url: str) -> str:
    """When the story was published: the metadata's date, else the dateline the page shows
    or trafilatura's guess, each as the date rules in force read it (``dates``)."""
    tree, meta = page.tree, page.meta
    guessed = normalise_date(getattr(page.precise, "date", "") or "")
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
    return published

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
#: 8: Danish and Romanian months; an editor's credit of several names dropped, a wire's
#: "(Editing by …)" kept (m28); an "Updated …" heading whose month or weekday name no date
#: follows is story (a28); the dateline search passes one standfirst in the headline's
#: header; a copyright range's last year is no day; a lone bio line past the story and a
#: key-points box above it dropped; "Foto" before a name and a hyphenated desk after a
#: comma are no co-writers (g28). An "Updated …" line with a.m., an ordinal's or an
#: abbreviation's dot is rolling; UTF-8 read as UTF-8 whatever the label, Latin-1 as
#: windows-1252 (b28). A lone line past the story is dropped only as a bio opening with
#: the byline's name; 1 January in digits or with an ordinal is read beside a copyright
#: range (k28).
READING_REVISION = 8
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
