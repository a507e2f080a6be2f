"""What a page says about its story besides the text: headline, byline, dates.

The page's structured metadata (JSON-LD, Open Graph, ``<meta>``) is read first, because
newsrooms keep it accurate for search engines; then what the page shows readers: the story's
``<h1>``, a byline box, the dateline under the headline, an "Updated …" line.  Each reading
that was ever a choice is a switch of ``newsdiff.extract.Rules``, passed in as a flag here.
"""

from __future__ import annotations

import email.utils
import functools
import html as html_lib
import itertools
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import urljoin, urlsplit

import lxml.html

from .article import clean_text, is_rolling_line

#: a paragraph of prose has at least this many words
PROSE_WORDS = 8

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
    #: every author the metadata names, unfiltered: the JSON-LD article's, then the
    #: ``<meta>`` tags' (``byline`` is the first of them that names a person)
    authors: tuple[str, ...] = ()
    tag_authors: tuple[str, ...] = ()


def json_ld_objects(tree: lxml.html.HtmlElement) -> list[dict]:
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


def is_article(obj: dict) -> bool:
    kinds = obj.get("@type", [])
    kinds = [kinds] if isinstance(kinds, str) else kinds
    return any(isinstance(k, str) and (k.endswith("Article") or k == "Report") for k in kinds)


def meta_content(tree: lxml.html.HtmlElement, *names: str) -> str:
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
    if re.fullmatch(r"\d{10}|\d{13}", value):  # Unix time, in seconds or milliseconds
        parsed = datetime.fromtimestamp(int(value[:10]), UTC)
        return parsed.strftime("%Y-%m-%dT%H:%M:%SZ") if _plausible(parsed) else ""
    try:
        parsed = _mail_date(value) or datetime.fromisoformat(value.replace("Z", "+00:00"))
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


_MAIL_DATE = re.compile(r"^(?:[A-Za-z]{3}, )?\d{1,2} [A-Za-z]{3} \d{4} \d{2}:\d{2}")


def _mail_date(value: str) -> datetime | None:
    """An RFC 2822 date ("Wed, 03 Mar 2021 18:04:00 +0100", as RSS and some CMSs' JSON-LD
    write it: the format is unambiguous), or None when ``value`` is none."""
    if not _MAIL_DATE.match(value):
        return None
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None


def _first_date(*values: str) -> str:
    """The first of ``values`` that normalises to a date (a placeholder gives way)."""
    return next(filter(None, map(normalise_date, values)), "")


def one_text(value: object) -> str:
    """A metadata value as one text: JSON-LD may give a list (``"headline": ["…"]``), and
    trafilatura passes it on as its title; its first text is the value, never "['…']"."""
    if isinstance(value, list):
        return next(filter(None, map(one_text, value)), "")
    return value if isinstance(value, str) else ""


def page_metadata(tree: lxml.html.HtmlElement) -> PageMetadata:
    """Title, byline, published date and site name from the page's structured data."""
    article = next((obj for obj in json_ld_objects(tree) if is_article(obj)), {})
    title = clean_text(one_text(article.get("headline"))) or meta_content(tree, "og:title",
                                                                  "twitter:title")
    title = html_lib.unescape(title)  # some sites escape twice: "Arnault&#8217;s"
    site_name = meta_content(tree, "og:site_name", "application-name")
    authors = tuple(clean_text(n) for n in _names(article.get("author")))
    tag_authors = tuple(meta_content(tree, name) for name in _AUTHOR_TAGS)
    byline = _metadata_byline(authors, tag_authors, lambda name: is_person(name, site_name))
    # A blog's or live blog's JSON-LD is a BlogPosting (schema.org's subtype of Article):
    # its dates are the story's where no Article gives any
    dated = article if "datePublished" in article else next(
        (obj for obj in json_ld_objects(tree) if _is_posting(obj)), article)
    published = _first_date(_ld_date(dated.get("datePublished")), *(
        meta_content(tree, name) for name in ("article:published_time", "datePublished", "pubdate",
                                       "date", "vr:published-time")))
    modified = _first_date(_ld_date(dated.get("dateModified")), *(
        meta_content(tree, name) for name in ("article:modified_time", "og:updated_time",
                                       "dateModified", "last-modified")))
    canonical = (tree.xpath('string(//link[@rel="canonical"]/@href)').strip()
                 or meta_content(tree, "og:url") or _json_ld_url(article))
    titles = (one_text(article.get("headline")), meta_content(tree, "og:title"),
              meta_content(tree, "twitter:title"), tree.findtext(".//title") or "")
    titles = tuple(dict.fromkeys(t for t in (clean_text(html_lib.unescape(t)) for t in titles)
                                 if t))
    return PageMetadata(title=clean_text(title), byline=clean_text(byline),
                        published=published, modified=modified, site_name=clean_text(site_name),
                        canonical=canonical, titles=titles, authors=authors,
                        tag_authors=tag_authors)


def _is_posting(obj: dict) -> bool:
    kinds = obj.get("@type", [])
    kinds = [kinds] if isinstance(kinds, str) else kinds
    return any(k in ("BlogPosting", "LiveBlogPosting") for k in kinds if isinstance(k, str))


def _ld_date(value: object) -> str:
    """A JSON-LD date as text: the first of a list (``["2021-03-03T18:04:00+01:00"]``), a
    number as the digits ``normalise_date`` reads as Unix time."""
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, bool) or value is None or isinstance(value, dict | list):
        return ""
    if isinstance(value, float):  # JSON as Python reads it allows NaN and Infinity
        return str(int(value)) if value.is_integer() else ""
    return str(value)


_AUTHOR_TAGS = ("author", "article:author", "byl", "cXenseParse:author", "vr:author")


def _metadata_byline(authors: tuple[str, ...], tag_authors: tuple[str, ...],
                     credits: Callable[[str], bool]) -> str:
    """The JSON-LD article's authors that ``credits`` takes, else the first ``<meta>`` one's;
    each as ``_line_names`` reads it."""
    byline = ", ".join(dict.fromkeys(name for name in _line_names(authors, credits)
                                     if credits(name)))
    return byline or next((", ".join(names) for tag in tag_authors if tag and (
        names := [name for name in _line_names((tag,), credits) if credits(name)])), "")


def _line_names(authors: tuple[str, ...], credits: Callable[[str], bool]) -> list[str]:
    """The metadata's authors, each a name or a CMS's byline line ("By JO BLOGGS, AP Auto
    Writer", "Jo Bloggs | Paper", "Jo Bloggs &amp; Al Writer", escaped twice): the line less
    its label, its escapes and the titles its commas or bars set off (the site's name goes
    with ``credits``; a line it refuses whole, "Paper GmbH, Munich, Germany", is no names).
    "Jo Bloggs And Al Writer For The Mail On Sunday" stays one credit:
    trafilatura's gold credits it so (split at "and", one news-pages page was a miss)."""
    names = []
    for author in authors:
        name = _unlabelled(html_lib.unescape(author))
        if not credits(name):
            continue
        pieces = [clean_text(piece) for piece in re.split(r"[,;|]", name)]
        people = [piece for piece in pieces if piece and  # not "AP Auto Writer"
                  piece.split()[-1].lower().rstrip("s") not in _TITLE_NOUNS]
        names.extend(people or [name])
    return names


_NOBODY = re.compile(r"^(no author|unknown)$|^@|https?://|www\.|\.(com|de|fr|org|net|co\.uk)\b",
                     re.IGNORECASE)  # "@jo": a handle, not a name
#: an account or desk, not a person: a credit only where the page credits nobody else
#: (``Rules.desk_byline``)
_DESK = re.compile(r"^(admin|redaktion|redacción|redaction|staff|agencies|agencias|newsroom"
                   r"|editor(ial)?( team| staff| board)?|(the )?editors|web ?desk|news ?desk"
                   r"|web ?team|staff( reports?| writers?)|redazione|redakcja|redactie|redação"
                   r"|redacao|rédaction|redakce|toimitus|redaksjonen|redaktionen|редакция"
                   r"|редакція|編集部|编辑部|編輯部)$", re.IGNORECASE)


#: a CMS account's user name: one word with a digit, an underscore or a dot ("dp_web2",
#: "j.doe"), or in lower case alone ("webmaster"): a login, not how a page credits a person
_ACCOUNT = re.compile(r"^(?=\S*[\d_.])[\w.-]+$|^[a-z][a-z-]+$")
#: the site's name and what a company adds to it ("Daily Paper Media Group", "Paper Online")
_COMPANY_WORDS = frozenset("media group news online digital company publishing publications "
                           "ltd ltd. inc inc. llc gmbh ag plc corp network networks "
                           "staff team desk".split())


def is_desk(name: str, site_name: str = "") -> bool:
    """Whether ``name`` is an account or desk, not a person: a newsroom's desk ("Staff",
    "Redaktion"), a CMS login ("admin", "dp_web2") or the site's company ("Daily Paper
    Media Group" on the Daily Paper)."""
    name = clean_text(name)
    if _DESK.match(name) or _ACCOUNT.match(name):
        return True
    site = _no_article(site_name).split()
    words = _no_article(name).split()
    return bool(site) and len(words) > len(site) and words[:len(site)] == site and \
        _COMPANY_WORDS.issuperset(words[len(site):])


def is_person(name: str, site_name: str) -> bool:
    """Rejects bylines that name the site, a desk or nobody."""
    return credits(name, site_name) and not is_desk(name, site_name)


def credits(name: str, site_name: str, url: str = "") -> bool:
    """Whether ``name`` is a credit a byline may show: not nobody ("unknown", an address),
    not the site's name, and with ``url``, nothing that ``names_site`` (a desk passes)."""
    name = clean_text(name)
    if not name or _NOBODY.search(name):
        return False
    if site_name and _no_article(name) == _no_article(site_name):
        return False  # "The Daily Paper" on the Daily Paper
    return not (url and names_site(name, site_name, url))


def _no_article(name: str) -> str:
    return re.sub(r"^the\s+", "", name.lower().strip())


def names_site(name: str, site_name: str, url: str) -> bool:
    """Whether a credit is the site's own name in other letters: "Al-Bawaba" on albawaba.com
    (site name "Al Bawaba"), "RT" on rt.com: its letters are the site name's or a label of
    the host's ("Telegraph Sport", a desk, is not).  The risk: a personal site named for its
    owner (johndoe.com's John Doe)."""
    letters = re.sub(r"\W|_", "", name.lower())
    if not letters:
        return False
    host = (urlsplit(url).hostname or "").lower()
    labels = {re.sub(r"\W|_", "", label) for label in host.split(".")[:-1]} - {"www"}
    return letters == re.sub(r"\W|_", "", site_name.lower()) or letters in labels


_LOWER_CLASS = 'translate(@class,"ABCDEFGHIJKLMNOPQRSTUVWXYZ","abcdefghijklmnopqrstuvwxyz")'
_BYLINE_ELEMENT = (f'*[@rel="author" or @itemprop="author" or contains(@data-testid,"byline")'
                   f' or contains({_LOWER_CLASS},"byline") or contains({_LOWER_CLASS},"autor")'
                   f' or contains({_LOWER_CLASS},"auteur")'
                   f' or contains({_LOWER_CLASS},"author") or contains({_LOWER_CLASS},"credit")]')
_BYLINE_BOX = f"//body//{_BYLINE_ELEMENT}"
_BYLINE_CLASS = re.compile("byline|autor|auteur|author|credit")


# A comment's author, or the comment form's "Name (required)" field, is no byline: inside
# an element named for comments (WordPress: #comments, .comment-list, #respond, #commentform;
# never the <body>, whose classes say "comments-open" on every post).  An element that holds
# the story's headline is the story, whatever its name: an opinion piece's "tone-comment" or
# "commentary" wrapper is not a comment area (read as one, its byline was lost).
_COMMENTS = re.compile(r"comment(?!ar|at)")


def _is_comments(element: lxml.html.HtmlElement) -> bool:
    named = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return bool(_COMMENTS.search(named)) or element.get("id") == "respond"


#: an element with fewer words than this holds a headline, not a story
_STORY_WORDS = 50


@dataclass(frozen=True)
class _Story:
    """Where on a page the story stands: ``root``, the headline's ``<article>`` (else its
    ``<main>``, else the page), and the elements that hold the headline (never a comment area).
    What is outside it (a "most read" or "latest posts" box, a menu of columnists) changes
    from fetch to fetch, so no credit is read there: read there, the byline changed with it."""

    root: lxml.html.HtmlElement
    spared: frozenset
    contained: bool  #: root is the headline's container, not the whole page

    @functools.cached_property
    def posts(self) -> frozenset:
        """The credits of a stream of posts in the story (``_post_credits``), found when
        first asked for: most pages' metadata names the author, and no box is read.  A page
        with no headline has none: what story its boxes credit is unknown."""
        return _post_credits(self.root) if self.spared else frozenset()

    @classmethod
    def of(cls, tree: lxml.html.HtmlElement) -> _Story:
        headline = story_headline(tree)
        if headline is None:
            return cls(tree, frozenset(), False)
        # An <article> or <main> holding the headline alone (a hero block, the story and its
        # byline in another) is not the story's: the next one out is, else the page.
        held = (element for element in headline.xpath("ancestor::article[1] | ancestor::main[1]")
                [::-1] if len(element.text_content().split()) >= _STORY_WORDS)
        container = next(held, None)
        root = tree if container is None else container
        return cls(root, frozenset([headline, *headline.iterancestors()]), container is not None)

    def skips(self, element: lxml.html.HtmlElement) -> bool:
        """Whether ``element`` is no part of the story: a comment area; unless the story is
        an ``<article>`` (whose ``<aside>`` may hold its byline), a sidebar or menu (a
        ``<main>`` often holds the "most read" box beside the story); with no container, the
        page's footer too (a ``<main>``'s may be the byline's: ``footer.article-author``)."""
        if element in self.spared:
            return False
        if element in self.posts:
            return True
        if self.root.tag != "article" and element.tag in (
                ("aside", "nav") if self.contained else ("aside", "nav", "footer")):
            return True
        return element.tag not in ("body", "html") and _is_comments(element)

    def outside(self, element: lxml.html.HtmlElement) -> bool:
        """Whether ``element`` stands outside the story or in a part of it ``skips``."""
        chain = [element, *element.iterancestors()]
        if self.contained and self.root not in chain:
            return True
        return any(self.skips(e) for e in chain)


def _post_credits(root: lxml.html.HtmlElement) -> frozenset:
    """The credit boxes of a stream of posts in the story (a live blog's entries, newest
    first): boxes alike (tag and class) naming two people or more (neither name holding the
    other), with a paragraph of prose
    between two of them.  Each credits one post, and the newest changes as posts come in:
    read as the byline, it changed between fetches.  Co-authors' boxes stand side by side."""
    groups: dict[tuple, list] = {}
    for box in root.iterdescendants():  # _BYLINE_BOX's test in a third of its XPath's time
        if isinstance(box.tag, str) and (
                _BYLINE_CLASS.search((box.get("class") or "").lower())
                or box.get("rel") == "author" or box.get("itemprop") == "author"
                or "byline" in (box.get("data-testid") or "")):
            groups.setdefault((box.tag, box.get("class") or ""), []).append(box)
    posts: set = set()
    order: dict = {}
    for boxes in groups.values():
        names = {f" {_folded(_name_part(box.text_content()))} " for box in boxes[:20]}
        if not any(a.strip() and b.strip() and a not in b and b not in a
                   for a, b in itertools.combinations(names, 2)):
            continue  # one writer: "By Jo Bloggs", then "About the author: Jo Bloggs …"
        order = order or {element: i for i, element in enumerate(root.iter())}
        first_end = order[next(iter(reversed(list(boxes[0].iter()))))]
        if any(first_end < order[p] < order[boxes[1]] and
               len(p.text_content().split()) >= PROSE_WORDS for p in root.iter("p")):
            posts.update(boxes)
    return frozenset(posts)


def _in_comments(element: lxml.html.HtmlElement, spared: frozenset = frozenset()) -> bool:
    """Whether ``element`` is in a comment area (none of the ``spared`` elements is one)."""
    return any(e.tag not in ("body", "html") and e not in spared and _is_comments(e)
               for e in (element, *element.iterancestors()))


def visible_byline(tree: lxml.html.HtmlElement, site_name: str,
                   accept: Callable[[str], bool] | None = None,
                   story: _Story | None = None) -> str:
    """The byline the page shows: the first byline element's author links, else its text,
    in the story (``_Story``: an author box in a "most read" list is another story's).
    ``accept`` says which names count (by default ``is_person``'s)."""
    accept = accept or (lambda name: is_person(name, site_name))
    story = story or _Story.of(tree)
    boxes = (box for box in tree.xpath(_BYLINE_BOX)
             if not story.outside(box) and not _credits_picture(box))
    for box in itertools.islice(boxes, 5):
        if box.xpath("(.//h2 | .//h3 | .//h4 | .//h5 | .//h6) and .//li"):
            continue  # an author's latest stories: "More by Jo Bloggs", then their titles
        names = [clean_text(a.text_content()) for a in box.iter("a")
                 if not _no_name_link(a) and not _credited_for_other(a)]
        # "auf Twitter folgen", "@jo" (a handle): a link, not a name
        names = [n for n in names if accept(n) and len(n.split()) <= 5 and not (
            " " in n and n[0].islower()) and not n.startswith("@")]
        if not names:
            text = _name_part(box.text_content())
            plausible = 0 < len(text.split()) <= 12 and not re.search(r"\d", text) and \
                text.split()[0].lower() not in _NOT_NAME_WORDS  # "Posted on 14.11.": "on"
            whole = _unlabelled(box.text_content())  # "Miami Today", the site, is no "Miami"
            names = [text] if plausible and accept(text) and accept(whole) and \
                not text.startswith("@") else []
        if names:
            return ", ".join(dict.fromkeys(names))
    return ""


#: a byline box's link that is an action, not a person: "3 Comments", "Share", "Follow"
_ACTION = re.compile(r"\d|\b(comments?|share|follow|subscribe|e-?mail|print|tweet|reply|rss"
                     r"|feed|archive)\b", re.IGNORECASE)


def _no_name_link(link: lxml.html.HtmlElement) -> bool:
    """Whether a byline box's link names no one: a link within the page or to mail or a
    script ("#comments"), one named for comments or sharing, one whose words are an action
    or a count (which changes between fetches: "No comments", then "3 Comments")."""
    href = (link.get("href") or "").strip().lower()
    named = f"{link.get('class') or ''} {link.get('id') or ''}".lower()
    return href.startswith(("#", "mailto:", "javascript:")) or _is_comments(link) or \
        "share" in named or bool(_ACTION.search(clean_text(link.text_content())))


#: a picture's credit, not the story's: "Photo: Jo Bloggs/AP", "Illustration by Jo Bloggs"
_PICTURE = re.compile(r"photo|image|img|picture|caption|illustration|foto|bild|gallery")
_PICTURE_WORDS = re.compile(r"^(photo(graph)?s?|image|picture|illustration|graphic|video|"
                            r"foto|bild|imagen)\b", re.IGNORECASE)


def _credits_picture(box: lxml.html.HtmlElement) -> bool:
    """Whether a "credit" box credits a picture: in a ``<figure>`` or its caption, named for
    one, or saying so ("Photo: …")."""
    return bool(box.xpath("ancestor-or-self::figure or ancestor-or-self::figcaption")) or \
        bool(_PICTURE.search(f"{box.get('class') or ''} {box.get('id') or ''}".lower())) or \
        bool(_PICTURE_WORDS.match(clean_text(box.text_content())))


@dataclass(frozen=True)
class BylineRules:
    """The byline readings ``newsdiff.extract.Rules`` switches (README, "Extraction
    quality"); each off reads as before it was written."""

    visible: bool = True  #: the byline box the page shows, when no metadata names one
    by_line: bool = False  #: failing all, the names of a "By …" line under the headline
    not_site: bool = False  #: no credit that ``names_site`` ("Al-Bawaba" on albawaba.com)
    shown_author: bool = False  #: trafilatura's author only when the page shows it
    desk: bool = False  #: an account or desk ("admin", "Editorial") when nobody else
    all_shown: bool = False  #: the byline box's names when they hold metadata's and more
    reporting: bool = False  #: "(Reporting by …; Editing by …)" names an agency's reporter


def page_byline(tree: lxml.html.HtmlElement, meta: PageMetadata, author: str, url: str,
                rules: BylineRules = BylineRules()) -> str:
    """Who the page credits: the metadata's authors, trafilatura's (``author``), the byline
    box, a "By …" line, each only where the ones before it name nobody (``rules`` says
    which readings are in force)."""
    site = meta.site_name
    story = _Story.of(tree)
    shown_text = functools.cache(lambda: _shown_text(story))  # read once, when first needed

    def chain(desk: bool) -> tuple[str, bool]:
        def accept(name: str) -> bool:
            return credits(name, site, url if rules.not_site else "") and (
                desk or not is_desk(name, site))

        # An account or desk only the metadata names (a theme's "admin", a CMS login, the
        # site's company) is no credit the page shows: with nobody credited, nobody is.
        found = _metadata_byline(meta.authors, meta.tag_authors, (lambda name: accept(
            name) and _shows(shown_text(), name)) if desk else accept)
        if found:
            return found, True
        refused = meta.tag_authors[0] if meta.tag_authors else ""
        if author and accept(author) and not names_the_site(author, url) and not (
                author.lower() in refused.lower() and not is_person(refused, "")):
            # "Deutsche Welle (www.dw.com)" refused above: trafilatura trims it to a name
            if not rules.shown_author:
                return author, True
            shown = shown_text()
            names = [name for name in _author_names(author) if accept(name)
                     and _shows(shown, name) and not _shown_for_other_work(shown, name)]
            if names:
                return ", ".join(names), True  # as every other byline lists names
        found = visible_byline(tree, site, accept, story) if rules.visible else ""
        return found or (shown_byline(tree, site) if rules.by_line and not desk else ""), False

    byline, stated = chain(desk=False)
    if not byline and rules.desk:
        byline, stated = chain(desk=True)
    if byline and stated and rules.all_shown:
        byline = _with_shown_names(story, byline, lambda name: credits(
            name, site, url if rules.not_site else "") and not is_desk(name, site), url)
    if rules.reporting and not any(len(name.split()) > 1 for name in _NAMES_SPLIT.split(byline)):
        reporters = reporting_credit(tree, site)
        byline = ", ".join(filter(None, (reporters, byline))) if reporters else byline
    return byline


def _author_names(author: str) -> list[str]:
    """trafilatura's author field as names ("Jo Bloggs; Al Writer"), each ``_name_part``;
    never a title alone ("Jo Bloggs | Reporter", "By Jo Bloggs, Staff Writer": trafilatura
    splits the title off as a second name; a desk alone, "Staff", stays one)."""
    names = [name for name in (_name_part(n, digit_ends=True) for n in author.split(";"))
             if 0 < len(name.split()) <= 6  # "More by Jo Bloggs Buses late again": a box
             and not _is_month(name)]  # "Jo Bloggs, November 14": split at the digit
    people = [name for name in names if not _ROLE_WORDS.issuperset(name.lower().split())
              and name.split()[-1].lower().rstrip("s") not in _TITLE_NOUNS]  # "Transport
    return people or names  # Correspondent"


#: a date's label, which trafilatura's author keeps when it cuts the date at its digit
_DATE_LABELS = frozenset({"stand", "datum", "date", "fecha", "data", "dated"})
_WEEKDAY = re.compile(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day$", re.IGNORECASE)


def _is_month(word: str) -> bool:
    """Whether ``word`` is a month's name (``_MONTHS``'s), not a name that opens like one
    ("Janet", "Mayer", "Octavia")."""
    return word.lower().rstrip(".") in _MONTHS


#: the words of a journalist's title, which trafilatura splits off a name as one of its own
_ROLE_WORDS = frozenset("reporter reporters writer writers correspondent correspondents editor "
                        "editors contributor contributing columnist staff senior chief deputy "
                        "associate assistant managing political business sports science "
                        "foreign national investigative special photographer producer "
                        "analyst intern and".split())


#: what follows a name in a byline line after a mark: "Jo Bloggs · 3 comments", "Jo Bloggs |
#: an hour ago", "Jo Bloggs — Updated"
_AFTER_NAME = re.compile(r"\s*[·•|—–]|\s-\s")


#: what follows a name in a byline line with no mark between (the page's style shows one):
#: "Jo Bloggs Updated just now", "Jo Bloggs No comments", "Jo Bloggs an hour ago"
_NAME_TAIL = re.compile(r"(?:^|\s)(?:(?:last\s)?updated|published|posted|modified|aktualisiert|"
                        r"veröffentlicht|actualizado|publicado|mis à jour|publié|"
                        r"no comments?|comments?|be the first|just now|follow(?:ers)?|"
                        r"share|listen|"
                        r"(?:today|yesterday|heute|gestern|hoy|ayer)(?=\s*(?:at|um|a las|,|\d))|"
                        r"(?:an?|one|a few|few|several|\d+)\s\w+\sago|\w*\s?min(?:ute)?s? read|"
                        r"\w+\s(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\sago|"
                        r"vor|hace|il y a|(?:stand|datum)(?=\s*:|\s*$)|"
                        r"\d[\d,.]*\s?(?:views?|reads?|shares?|likes?|followers?|comments?))\b.*$",
                        re.IGNORECASE)


#: what credits other work than the writing after a name: "Jane Doe. Photos by Al Writer",
#: "Text: Jane Doe, Photos: Al Writer", "By Jane Doe Edited by Al Writer"; and an author
#: box's sentence ("Jane Doe is a reporter at …") or a date ("Jane Doe, November 14, 2019";
#: "Monday" ends a name, but not "… for The Mail on Sunday")
_OTHER_TAIL = re.compile(
    r"(?:\s|^)(?:(?:photos?|photographs?|photography|pictures?|images?|illustrations?|video|"
    r"graphics|fotos?|bilder?|edited|editing|edit|fact[- ]?checked|reviewed|translated|"
    r"produced|additional reporting)\s*(?:by\b|:)|(?:is|was|writes|covers)\s"
    r"|(?<!on\s)(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?(?=\s(?:jan|feb|mar|apr|may|jun|jul|"
    r"aug|sep|oct|nov|dec|\d)|$)"
    r"|(?:on\s)?(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s\d{1,2}\b"
    r"|\d{1,2}\.?\s(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\d{4}-\d{2}-\d{2}\b|\d{1,2}:\d{2}\b).*$",
    re.IGNORECASE)

#: a credit's label before the names: "By", "Words by", "Text:", "Author", "Autor:", "Von",
#: "Av", "Door", "Par", "di", "Автор:", "Guest column", "Opinion by"; and a badge that comes
#: and goes between fetches ("EXCLUSIVE", "LIVE", "BREAKING")
_LABEL = re.compile(
    r"^(?:(?:(?:a\s)?guest\s(?:column|post|essay)|opinion|analysis|commentary|column|essay|"
    r"written|writing|words|text|story|reporting|interview|posted|published|submitted)"
    r"\s*(?:by\b)?\s*:?"
    r"|(?:authors?|autor(?:in|en)?|auteur|autore|автор|bron|tekst|texte?|words)\s*:?"
    r"|(?:exclusive|breaking(?:\s+news)?|live|premium|sponsored|subscribers?(?:\s+only)?)\b:?"
    r"|(?:by|von|por|par|av|door|af|di|przez|بقلم)\b:?"
    r"|(?:记者|記者|作者|文\s*[/／・])\s*[:：]?)\s*(?=\S)",
    re.IGNORECASE)
#: a label that is also a name's first word ("Von Miller", "Di Stefano"): a label only
#: before two words or more
_NAME_WORD_LABEL = re.compile(r"^(?:von|di|par|door)$", re.IGNORECASE)


def _unlabelled(text: str) -> str:
    """``text`` less the labels that open a credit ("Words by", "Text:", "Author",
    "Автор:", "Av", "Door"): a label is no part of a name, and a site that adds or drops one
    must not change the byline."""
    text = clean_text(text)
    for _ in range(3):  # "Opinion: By …": a label or two, not a page of them
        match = _LABEL.match(text)
        if not match or match.end() >= len(text):
            break
        rest = text[match.end():]
        if _NAME_WORD_LABEL.match(match.group().strip(" :")) and len(rest.split()) < 2:
            break
        text = rest
    return text


_LINE_LETTERS = 300


def _name_part(text: str, digit_ends: bool = False) -> str:
    """``text`` less its label (``_unlabelled``), up to the first mark or phrase that ends a
    name in a byline line.  What follows one changes from fetch to fetch ("No comments",
    then "3 comments", which trafilatura cuts at its digit; "just now", then "2 hours ago"):
    kept, the byline changed with it.  Nor is a title after the name ("Jane Doe Senior
    Reporter", in two spans) or other work's credit ("Photos by …") part of it."""
    # A byline line is short: its first 300 letters hold it (and the patterns below cost
    # the square of what they read, seconds on a box of the whole page).
    head = _AFTER_NAME.split(_unlabelled(clean_text(text)[:_LINE_LETTERS]), maxsplit=1)[0]
    # A name after a date ("Posted on 14.11.2019 by Jo Bloggs") is the rest after its "by".
    head = re.sub(r"^.*\d.*?\b(?:by|von|por|par|av|door)\s+(?=[^\d\s]+(?:\s+[^\d\s]+){0,4}$)",
                  "", head, flags=re.I)
    head = re.sub(r"\s\S+@\S+.*$", "", head)  # "Jo Bloggs jo@paper.example"
    name = _NAME_TAIL.sub("", _OTHER_TAIL.sub("", head))  # "Photos by" before "by"
    name = re.sub(r"^(.+?)\s+(?:by\s+)?\1$", r"\1", clean_text(name),  # doubled for two
                  flags=re.IGNORECASE)  # screen sizes: "Jo Bloggs By Jo Bloggs"
    # A name has no digit (``digit_ends``: trafilatura's author, cut at a digit by it):
    # what follows the first is a date, an age or a count, which changes between fetches
    # ("Jo Bloggs 12 views", then "1,204 views").
    if digit_ends:  # "Jo Bloggs Today" of "Jo Bloggs Today at 9:00", not "USA Today"; "Jo
        # Bloggs Sun" of "Jo Bloggs Sun 14 Nov", not "Yang Sun" (two words before it or more)
        name = re.sub(r"\s*\d.*$", "", name)
        name = re.sub(r"^(\S+\s+\S+.*?)\s+(?:today|yesterday|heute|gestern|hoy|ayer|jan|feb|mar|"
                      r"apr|jun|jul|aug|sept?|oct|nov|dec|mon|tue|tues|wed|thu|thurs|fri|sat|"
                      r"sun)\.?$", r"\1", name, flags=re.IGNORECASE)  # "… Nov" of "… Nov 14"
        name = _NAME_TAIL.sub("", name)  # "Jo Bloggs Stand" of "Jo Bloggs Stand: heute"
    name = clean_text(name)
    if name.endswith(":"):
        return ""  # "Stand: 20. April 2020": a label of the date cut off, no name
    name = re.sub(r"(?<=[a-z])\.$", "", name.rstrip(" ·•|—–-:,;"))  # "By Jane Doe."
    if _is_month(name) or _WEEKDAY.match(name) or name.lower() in _DATE_LABELS:
        return ""  # "November 14, 2019", "Stand: 20. April 2020": a date, no name
    return _without_title(name).rstrip(" ·•|—–-:,;")  # "Staff Reports -"


#: the words of a title that make the words before them a name with its title
_TITLE_NOUNS = frozenset("reporter writer correspondent editor columnist contributor "
                         "photographer producer analyst intern".split())


#: a reporter's title after the name in scripts that put it there: "홍길동 기자"
_TITLE_AFTER = frozenset({"기자", "특파원", "记者", "記者", "特派员", "特派員"})


def _without_title(name: str) -> str:
    """``name`` less a title that follows it with no mark between ("Jane Doe Senior
    Reporter"): its last words all title words, one of them a title's noun, two words or
    more before them."""
    words = name.split()
    if len(words) > 1 and words[-1] in _TITLE_AFTER:  # "홍길동 기자"
        return " ".join(words[:-1])
    cut = len(words)
    while cut > 2 and words[cut - 1].lower() in _ROLE_WORDS:
        cut -= 1
    if cut < len(words) and _TITLE_NOUNS & {w.lower() for w in words[cut:]}:
        return " ".join(words[:cut])
    return name


def _folded(text: str) -> str:
    """``text``'s words, lower case, one space apart: "O’Brien" is "o brien" as "O'Brien" is,
    "J.R.R." is "j r r" as "J. R. R." is, and a name that ends a sentence ("By Jo Bloggs.")
    is still its words; without accents or vowel marks (NFKD less its combining marks), so
    "Zoë" matches however it is encoded, "José" where the page writes "Jose", "محمد" where
    it writes "مُحَمَّد"."""
    text = text.lower()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).translate(_marks())
    return " ".join(re.findall(r"\w+", text))


@functools.cache
def _marks() -> dict[int, None]:
    """Every combining mark (Unicode category Mn), to delete at C speed (a page is
    megabytes); worked out once, at the first page that is not ASCII (50 ms)."""
    return dict.fromkeys(c for c in range(0x110000) if unicodedata.category(chr(c)) == "Mn")


#: scripts written without spaces between words: a name in them stands inside a word
#: ("记者王小明报道")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f]")


def _shows(shown: str, name: str) -> bool:
    """Whether the folded ``shown`` text shows ``name``: as whole words, or for a name in a
    script written without spaces, anywhere."""
    folded = _folded(name)
    if not folded:
        return False
    return f" {folded} " in shown or (bool(_UNSPACED.search(folded)) and folded in shown)


#: folded words before a name that credit other work than the writing: "edited by",
#: "fact checked by", "photos" ("Photos: …")
_OTHER_WORK_FOLDED = re.compile(
    r"\b(?:(?:edited|reviewed|checked|updated|translated|produced|illustrated|photographed|"
    r"additional reporting)\s+by|(?:photos?|photography|pictures|illustrations?|graphics|"
    r"video)(?:\s+by)?)\s$")


def _shown_for_other_work(shown: str, name: str) -> bool:
    """Whether the folded ``shown`` text shows ``name`` only after words crediting other
    work ("Edited by Jo Bloggs", "Photos by Jo Bloggs"): trafilatura's author then names an
    editor or photographer beside the writer."""
    folded = f" {_folded(name)} "
    starts = [m.start() for m in re.finditer(re.escape(folded), shown)]
    return bool(starts) and all(
        _OTHER_WORK_FOLDED.search(shown[max(0, at - 40):at + 1]) for at in starts)


_UNSEEN_TAGS = {"head", "script", "style", "noscript", "template", "title", "meta"}


def _shown_text(story: _Story) -> str:
    """The words the story's part of the page shows readers, folded, space-bounded: no
    script, no metadata, nothing ``story.skips`` (a commenter, in a "recent comments" box, is
    no author: trafilatura takes one for the byline)."""
    pieces: list[str] = []
    stack: list[lxml.html.HtmlElement | str] = [story.root]
    while stack:
        element = stack.pop()
        if isinstance(element, str):  # a tail, after the words inside its element
            pieces.append(element)
            continue
        if element.tail and element is not story.root:
            stack.append(element.tail)
        if not isinstance(element.tag, str) or element.tag in _UNSEEN_TAGS or \
                story.skips(element):
            continue
        pieces.append(element.text or "")
        stack.extend(reversed(element))
    return f" {_folded(' '.join(pieces))} "


def _with_shown_names(story: _Story, byline: str, accept: Callable[[str], bool],
                      url: str = "") -> str:
    """``byline`` (the metadata's), or the names of the byline box that shows it when they
    are all of its names and more: metadata that names one author of two ("Tariq Malik"
    where the page shows "By Tariq Malik, Mike Wall").  The box's names are its links like
    the stated author's (to the same host and first path segment: ``/author/…``), so a
    section, a share link or a handle ("@jo", on twitter.com) is none.  Only links in the
    story count, and the box never grows past it: a menu of columnists or a "trending" list
    naming the author beside others is not the byline (and changes from fetch to fetch)."""
    stated = {_folded(name) for name in re.split(r"[;,]", byline) if name.strip()}
    for link in story.root.iter("a"):
        if _folded(link.text_content()) not in stated or story.outside(link):
            continue
        kind = _link_kind(link.get("href") or "", url)
        if not kind:
            continue
        box = link
        while box is not story.root and (parent := box.getparent()) is not None and \
                parent.tag != "body" and len(parent.text_content().split()) <= 40:
            box = parent
        names = [clean_text(a.text_content()) for a in box.iter("a")
                 if (other := _link_kind(a.get("href") or "", url)) and other[:2] == kind[:2]
                 and (a is link or (other[2] != kind[2] and not _credited_for_other(a)))]
        names = list(dict.fromkeys(name for name in names
                                   if 0 < len(name.split()) <= 5 and accept(name)))
        if stated < {_folded(name) for name in names}:
            return ", ".join(names)
        return byline
    return byline


#: words before a name that credit other work than the writing: "Medically reviewed by",
#: "Edited by", "Photos by", "Fact-checked by"
_OTHER_WORK = re.compile(r"\b(review(ed|er)|edit(ed|or)|(fact[- ]?)?check(ed|er)|photos?|"
                         r"photograph(s|y|ed)?|illustrat(ed|ions?)|video|graphics?|translat(ed|ion)|"
                         r"produced|additional reporting|contributed)\b[^.;|·•]*:?\s*$",
                         re.IGNORECASE)


def _credited_for_other(link: lxml.html.HtmlElement) -> bool:
    """Whether the words just before an author link credit other work than the story's
    writing (a reviewer, an editor, a photographer is no co-author)."""
    def words_of(element: lxml.html.HtmlElement | None) -> str:
        return element.text_content() if element is not None and isinstance(
            element.tag, str) else ""

    before, parent = link.getprevious(), link.getparent()
    if before is not None:
        words = before.tail if (before.tail or "").strip() else words_of(before)
    else:
        words = (parent.text or "") if parent is not None else ""
        if not words.strip() and parent is not None:
            words = words_of(parent.getprevious())  # <span>Edited by</span><span><a>…
    return bool(_OTHER_WORK.search(clean_text(words)[-60:]))


def _link_kind(href: str, url: str = "") -> tuple[str, str, str] | None:
    """A link's host (as the page at ``url`` resolves it, less "www.": one author's link is
    relative, a co-author's absolute), the path above its last segment ("/blog/author" of
    ``/blog/author/jo-bloggs/``) and its path; None when the path has fewer than two
    segments (a section's or the front page's link is no author's)."""
    parts = urlsplit(href.strip())
    segments = [segment for segment in parts.path.lower().split("/") if segment]
    if len(segments) < 2:
        return None
    host = (parts.netloc or urlsplit(url).netloc).lower().removeprefix("www.")
    return host, "/".join(segments[:-1]), "/".join(segments)


_REPORTING = re.compile(r"^\(?\s*reporting by\s+(?P<names>[^;)]+)", re.IGNORECASE)


def reporting_credit(tree: lxml.html.HtmlElement, site_name: str) -> str:
    """The reporters a wire story's closing credit names: "(Reporting by Will Dunham;
    Editing by Tom Brown)" is Will Dunham ("Additional reporting by" credits no author)."""
    for paragraph in tree.iter("p"):
        if _in_comments(paragraph):
            continue
        match = _REPORTING.match(clean_text(paragraph.text_content()))
        if not match:
            continue
        names = [clean_text(re.split(r"\s(?:in|at|from)\s", name)[0])  # "… in Paris"
                 for name in _NAMES_SPLIT.split(match["names"])]
        names = [name for name in names if 2 <= len(name.split()) <= 5
                 and name[0].isupper() and not re.search(r"\d", name)
                 and is_person(name, site_name)]
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
                is_person(name, site_name):
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


_UPDATE_WORDS = frozenset({"updated", "modified", "update", "modify", "lastmod"})


def _is_update_class(classes: str) -> bool:
    words = set(re.split(r"[\s_-]+", re.sub(r"([a-z])([A-Z])", r"\1 \2", classes).lower()))
    return not _UPDATE_WORDS.isdisjoint(words) and not {"published", "pubdate"} & words


def _edit_time(element: lxml.html.HtmlElement) -> bool:
    """Whether a date element's class marks it as the edit's, beside another date that is
    not (WordPress: ``<time class="entry-date published">`` then ``<time class="updated">``;
    ``entry-date published updated`` on one element when the post was never edited).  A date
    classed "updated" alone is the publication's: hAtom asks every post for an "updated"
    date, and many themes class their only date so ("date updated")."""
    if not _is_update_class(element.get("class") or ""):
        return False
    parent = element.getparent()
    return parent is not None and any(
        other is not element and (other.get("datetime") or _is_date_class(other.get("class")
                                                                          or ""))
        and not _is_update_class(other.get("class") or "") for other in parent.iter()
        if isinstance(other.tag, str) and other is not parent)


def _says_updated(element: lxml.html.HtmlElement) -> bool:
    """Whether a date element, or the words just before it, say it is an update; or its
    class does (``_edit_time``)."""
    if _edit_time(element):
        return True
    before = next((e for e in element.itersiblings(preceding=True) if isinstance(e.tag, str)),
                  None)
    parent = element.getparent()
    # An element before it that states a time of its own ("Updated 10:04 a.m. March 5" above
    # "Published … March 3") is another dateline, not this one's label ("Updated:")
    label = clean_text(before.text or "") if before is not None else ""
    texts = (clean_text(element.text_content())[:40],
             "" if re.search(r"\d", label) else label,
             clean_text(before.tail or "") if before is not None else "",
             clean_text(parent.text or "") if parent is not None else "")
    return any(_UPDATED_LINE.match(text) for text in texts if text)


#: month names and their short forms in the languages newsrooms date their pages in: English,
#: German, Spanish, French, Swedish, Dutch, Italian, Portuguese ("18 augusti 2017", "4 mars",
#: "3 maart", "3 février"); a dateline in a language missing here is read as no date.
_MONTHS = {name: number for number, names in enumerate((
    "jan january januar jän jänner enero janv janvier januari gen gennaio janeiro",
    "feb february februar febrero fév févr février fevrier februari febbraio fevereiro",
    "mar march märz mär marzo mars maart mrt março marco",
    "apr april abril avr avril aprile",
    "may mai mayo maj mei maggio mag maio",
    "jun june juni junio juin giugno giu junho",
    "jul july juli julio juil juillet luglio lug julho",
    "aug august agosto août aout augusti augustus ago",
    "sep sept september septiembre setiembre septembre settembre set setembro",
    "oct october oktober octubre okt octobre ottobre ott outubro out",
    "nov november noviembre novembre novembro",
    "dec december dezember dez diciembre dic déc décembre decembre dicembre dezembro"),
    start=1) for name in names.split()}
_ORDINAL = r"(?:st|nd|rd|th)?"  # "November 18th, 2019", "18th November 2019"
#: a day and a month in words, either way round ("Feb. 24", "24. Oktober", "3 de mayo")
_MONTH_DAY = (rf"(?:(?P<m1>[^\W\d_]{{3,10}})\.? (?P<d1>\d{{1,2}}){_ORDINAL}|(?P<d2>\d{{1,2}})"
              rf"{_ORDINAL}\.? (?:de |of )?(?P<m2>[^\W\d_]{{3,10}})\.?)")
_WORDED_DATE = re.compile(rf"\b{_MONTH_DAY},? (?:de )?(?P<y>\d{{4}})\b")


#: a date as Chinese, Japanese and Korean write it: year, month, day, each with its sign
_EAST_ASIAN_DATE = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")


def worded_date(text: str) -> str:
    """The first date written out in ``text`` ('February 24, 2020', 'Feb. 24, 2020',
    'November 18th, 2019', '24. Oktober 2019', '3 de mayo de 2022', '2021年3月4日',
    '2021년 3월 4일') as an ISO day, or ''."""
    east = _EAST_ASIAN_DATE.search(text)
    if east:
        try:
            return datetime(*map(int, east.groups())).date().isoformat()
        except ValueError:
            pass
    for match in _WORDED_DATE.finditer(text):
        month = _MONTHS.get((match["m1"] or match["m2"]).lower())
        day, year = int(match["d1"] or match["d2"]), int(match["y"])
        if not month:
            continue  # "Tuesday 3 Foo 2021": no month, no date; a later one may be
        try:
            return datetime(year, month, day).date().isoformat()
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
        if worded and element.tag in ("p", "div"):
            text = element.text_content() if element.tag == "p" else element.text or ""
            # prose ends the header; a long dateline ("Publicado el 3 de marzo de 2021, 18:04
            # · Actualizado el …") does not
            if len(text.split()) >= PROSE_WORDS * 2 and not _PUBLISHED_LINE.match(text.lstrip()):
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
            if _same_instant(value, stated):  # words of another moment (an edit) never count
                words = clean_text(element.text_content())[:80]
                # the words' clock gives the stamp their offset; without one, their day
                value = shown_clock(value, words) or (worded and worded_date(words)) or value
        elif _is_date_class(element.get("class") or "") or (
                worded and _PUBLISHED_LINE.match((element.text or "").lstrip())):
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


#: words that open a dateline of the publication ("Published 3 March", "Posted on …",
#: "Publicerad 18 augusti 2017", "Veröffentlicht am 12.03.2021", "Gepubliceerd: 3 maart")
_PUBLISHED_LINE = re.compile(r"^(first\s+)?(published|posted|publicerad|publicado|publicada"
                             r"|publié|publiée|gepubliceerd|veröffentlicht|erschienen"
                             r"|pubblicato|publicat)\b", re.IGNORECASE)


def shown_published(tree: lxml.html.HtmlElement, marked: bool = False) -> str:
    """The publication date the page shows under the story's headline, for a page whose
    metadata states none: the first ``<time datetime>``, date-classed element or line opening
    "Published …" (in the languages of ``_PUBLISHED_LINE``) before the story's first
    paragraph that states a day and is no update; its words' day over a UTC stamp's.  ''
    when it shows none (then trafilatura's guess stands: a URL's date, a date in the text).
    ``marked``: only a date the page marks as the publication's (``_marks_published``)."""
    headline = story_headline(tree)
    if headline is None:
        return ""
    for element in _header_after(headline, worded=True):
        if marked and not _marks_published(element):
            continue
        if element.tag == "time" and element.get("datetime"):
            stamp = normalise_date(element.get("datetime", "").strip().replace(" ", "T", 1))
            words = clean_text(element.text_content())[:80]
            shown = shown_clock(stamp, words) if stamp else ""
            day = worded_date(words)
            value = shown or (day if day and day != stamp[:10] else stamp)
        elif _is_date_class(element.get("class") or "") or \
                _PUBLISHED_LINE.match((element.text or "").lstrip()):
            text = clean_text(element.text_content())[:120]
            found = _SHOWN_DATE.search(text)
            value = _with_time(normalise_date((found.group(1) if found else worded_date(text))
                                              .replace(" ", "T", 1)), element)
        else:
            continue
        if value and not _says_updated(element):
            return value
    return ""


def _marks_published(element: lxml.html.HtmlElement) -> bool:
    """Whether a dateline marks itself as the publication's: by its class ("published",
    "pubdate", "datePublished"), ``itemprop="datePublished"``, or its words, or those just
    before a ``<time>`` in it ("Published <time>…", "Veröffentlicht am …")."""
    words = set(re.split(r"[\s_-]+", re.sub(r"([a-z])([A-Z])", r"\1 \2",
                                             element.get("class") or "").lower()))
    if {"published", "pubdate", "publishdate"} & words or \
            element.get("itemprop") == "datePublished":
        return True
    parent = element.getparent() if element.tag == "time" else None
    return bool(_PUBLISHED_LINE.match((element.text or "").lstrip()) or (
        parent is not None and _PUBLISHED_LINE.match((parent.text or "").lstrip())))


_COPYRIGHT = re.compile(r"(?:©|&copy;|\bcopyright\b|\(c\))\D{0,99}?(\d{4})", re.IGNORECASE)


def copyright_day(html: str, day: str) -> bool:
    """Whether ``day`` is only a copyright year read as a date: the 1st of January of a year
    the page's copyright line names (htmldate's last resort, so trafilatura's), where the page
    states no such day.  A copyright year says when a site was, not when a story was."""
    if day[5:10] != "01-01" or day[:4] not in _COPYRIGHT.findall(html):
        return False
    year = day[:4]
    return not re.search(rf"{year}-01-01|\b0?1\.0?1\.{year}|\b(jan\w*\.? 0?1|0?1(st)?\.? "
                         rf"(of |de )?jan\w*\.?),? (de )?{year}", html, re.IGNORECASE)


# "March 3, 2021 at 11:30 p.m.", "4 de marzo de 2021 · 00:30", "18 augusti 2017 kl. 00.30",
# "4 mars 2021 à 00h30"
_CLOCK = re.compile(rf"\b{_MONTH_DAY}(?:,? (?:de )?(?P<y>\d{{4}}))?,?(?: at| um| à| a las"
                    r"| kl\.?| klockan| om| ·| -+)? "
                    r"(?P<h>\d{1,2})[:.h](?P<min>\d{2})(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?)?",
                    re.IGNORECASE)


def _aware(value: str) -> datetime | None:
    """A stated moment with its zone ("2019-11-19T01:19:34Z", "… 19:14:00+01:00"); None when
    it is not one or names no zone."""
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace(" ", "T", 1))
    except ValueError:
        return None
    return moment if moment.tzinfo else None


def _same_instant(stamp: str, stated: str) -> bool:
    """Whether a ``<time datetime>`` is the stated publication moment itself (to the minute)."""
    one, other = _aware(stamp), _aware(stated)
    return one is not None and other is not None and abs(one - other) < timedelta(minutes=1)


def shown_clock(stamp: str, words: str) -> str:
    """A UTC ``<time datetime>`` restated in the offset its own words show readers
    ("Posted Nov 18, 8:19 PM" on ``2019-11-19T01:19:34Z`` is ``2019-11-18T20:19:34-05:00``),
    or ''.  The offset is the words' clock less the stamp's, taken only when it is a whole
    quarter hour no zone exceeds: words that state another moment give nothing."""
    moment, match = _aware(stamp), _CLOCK.search(words)
    if moment is None or moment.utcoffset() != timedelta(0) or not match or \
            re.search(r"\d", words[:match.start()]):
        return ""  # a clock after another date ("Nov 18 · Updated Nov 19, 9:00 AM") is not its
    month = _MONTHS.get((match["m1"] or match["m2"]).lower())
    hour = int(match["h"]) % 12 + (12 if (match["ampm"] or "").lower() == "p" else 0) \
        if match["ampm"] else int(match["h"])
    if not month or hour > 23:
        return ""
    utc = moment.replace(tzinfo=None, second=0, microsecond=0)
    years = (int(match["y"]),) if match["y"] else (utc.year, utc.year - 1, utc.year + 1)
    for year in years:  # the words may name no year
        try:
            shown = datetime(year, month, int(match["d1"] or match["d2"]), hour,
                             int(match["min"]))
        except ValueError:
            return ""
        offset = shown - utc
        if abs(offset) <= timedelta(hours=14) and offset % timedelta(minutes=15) == timedelta():
            return moment.astimezone(timezone(offset)).isoformat(timespec="seconds")
    return ""


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
    moment = _aware(stated)
    if moment is None or moment.utcoffset() != timedelta(0):
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


def names_the_site(name: str, url: str) -> bool:
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


# Parts of a headline element that are not the headline: kickers (in the words of many
# newsrooms' CMSs: Dachzeile, volanta, antetítulo, occhiello, vinjett, surtitre), flags and
# badges ("Exclusive", "Live"), section links, hidden colons, a standfirst or byline set
# inside it.
_HEADLINE_EXTRAS = re.compile(r"kicker|dachzeile|spitzmarke|overline|topline|eyebrow|colon|"
                              r"section|visually-hidden|sr-only|label|rubric|category|flag|"
                              r"badge|supertitle|pretitle|overtitle|roofline|volanta|"
                              r"antetitulo|occhiello|vinjett|surtitre|subtitle|standfirst|"
                              r"\bdek\b|byline|author", re.IGNORECASE)
#: markup a reader never sees as words
_UNSEEN = frozenset({"script", "style", "noscript", "template", "svg", "button"})
#: tags a browser sets inline in running text: no space where they begin or end
#: ("The <em>Titanic</em>'s", "Why <a>NASA</a>'s")
_PHRASING = frozenset({"a", "em", "i", "b", "strong", "u", "mark", "abbr", "q", "cite", "sup",
                       "sub", "s", "del", "ins", "code", "bdi", "bdo", "font", "time", "small",
                       "wbr"})


def _unseen(element: lxml.html.HtmlElement) -> bool:
    style = (element.get("style") or "").replace(" ", "").lower()
    return (element.tag in _UNSEEN or element.get("hidden") is not None
            or "display:none" in style)


def _headline_text(heading: lxml.html.HtmlElement,
                   leaves_out: Callable[[lxml.html.HtmlElement], bool] | None = None) -> str:
    """The words of a headline element as a browser shows them, less its extras (kickers,
    labels, hidden text) and the children ``leaves_out`` takes.  A ``<span>`` (a CMS's line
    of the headline, often a block in its style sheet) parts words it would join; a phrasing
    tag such as ``<em>`` or ``<a>`` never does; a block or ``<br>`` always parts them."""
    out: list[str] = []
    pending = ""  # the boundary since the last text: "" none, "soft", "block"

    def add(text: str | None) -> None:
        nonlocal pending
        if not text:
            return
        if out and (pending == "block" or (pending == "soft" and out[-1][-1:].isalnum()
                    and text[:1].isalnum())):
            out.append(" ")
        out.append(text)
        pending = ""

    def boundary(element: lxml.html.HtmlElement) -> None:
        nonlocal pending
        kind = "" if element.tag in _PHRASING else "soft" if element.tag == "span" else "block"
        if kind == "block" or not pending:
            pending = kind

    def walk(element: lxml.html.HtmlElement) -> None:
        add(element.text)
        for child in element:
            if isinstance(child.tag, str):
                boundary(child)
                if not (_unseen(child) or _HEADLINE_EXTRAS.search(child.get("class") or "")
                        or (leaves_out and leaves_out(child))):
                    walk(child)
                    boundary(child)
            add(child.tail)

    walk(heading)
    return clean_text("".join(out))


def _sequence(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _letters(text: str) -> str:
    """A name's letters alone, less a leading article and a closing domain: "The Daily
    Paper" is "dailypaper", "FAZ.NET" is "faz"."""
    text = re.sub(r"^\s*the\s+|\.[a-z]{2,4}\s*$", "", text.lower())
    return re.sub(r"\W|_", "", text)


def names_the_paper(text: str, site_name: str, url: str = "") -> bool:
    """Whether ``text`` is the site's own name in any of its forms: "Harbour Courier" for
    "The Harbour Courier", "FAZ" for "FAZ.NET", a label of the host ("harbourcourier" on
    www.harbourcourier.com).  A masthead, a logo's words, a ``<title>``'s suffix; never
    a part of the name ("Harbour"), which a headline may open with."""
    letters = _letters(text)
    if not letters:
        return False
    site = _letters(site_name)
    host = (urlsplit(url).hostname or "").lower()
    labels = {re.sub(r"\W|_", "", label) for label in host.split(".")[:-1]} - _NO_NAME
    return (bool(site) and letters == site) or letters in labels


#: labels of a host that name no site: "co" of .co.uk, an edition's or device's subdomain
_NO_NAME = frozenset({"www", "m", "amp", "mobile", "edition", "news", "co", "com", "org",
                      "net", "gov", "ac", "edu"})


def _is_elsewhere(heading: lxml.html.HtmlElement, text: str, site_name: str, url: str,
                  own: list) -> bool:
    """An ``<h1>`` that is not this page's headline: the site's logo (its name, or nothing
    but a link home), or a teaser whose words all link to another page (a breaking-news
    banner, a "most read" box: they come and go between fetches of an unchanged story)."""
    if text.lower() == site_name.lower() or names_the_paper(text, site_name, url):
        return True
    links = heading.xpath(".//a[@href]")
    if len(links) != 1 or clean_text(links[0].text_content()) != text:
        return False
    target = urlsplit(urljoin(url, links[0].get("href", "").strip()))
    if target.path in ("", "/"):
        return True
    # the story's own address (``own``: as fetched, as its canonical link states it: an AMP
    # page's headline links to the full page) is no other page; nor is the same story's
    # address in another form ("/story-1234.html" for "/amp/story-1234")
    return bool(own) and all(_story_key(target) != _story_key(page) for page in own)


def _story_key(address) -> tuple[str, str]:
    """A story's address as its host (less "www." and "amp.") and its last path segment less
    any extension: the same for its AMP, print or ``.html`` forms."""
    host = re.sub(r"^(www|amp|m)\.", "", (address.hostname or "").lower())
    last = address.path.rstrip("/").rsplit("/", 1)[-1]
    return host, re.sub(r"\.\w{1,5}$", "", last)


def _edges(heading: lxml.html.HtmlElement) -> list:
    """The elements that may open or close a headline element: its first and last element
    children, theirs, and so on four deep (a kicker in the link that wraps the headline)."""
    found, level = [], [heading]
    for _ in range(4):
        edges = []
        for element in level:
            children = [child for child in element if isinstance(child.tag, str)]
            edges.extend(dict.fromkeys(children[:1] + children[-1:]))
        found.extend(edges)
        level = edges
    return found


def _without_label(heading: lxml.html.HtmlElement, text: str, titles: list[list[str]],
                   rolls: Callable | None = None) -> str:
    """``text`` less the label that opens or closes it in an element of its own, when what
    is left is word for word a title of the page's metadata and the whole is none: the
    newsroom's own headline, with the kicker ("Analysis"), flag ("Exclusive") or standfirst
    its CMS sets in the ``<h1>`` under a class name nobody listed (``rolls``: what
    ``_rolling`` leaves out too)."""
    if not titles or _sequence(text) in titles:
        return text
    for element in _edges(heading):
        part = clean_text(element.text_content())
        if not part or part == text or not (text.startswith(part) or text.endswith(part)):
            continue
        if element.tag in _PHRASING and not element.get("class"):
            continue  # "… fares <em>again</em>", "<a>Brexit</a> deal agreed": the headline's
        rest = _headline_text(heading, lambda child, element=element: child is element
                              or bool(rolls and rolls(child)))
        if _sequence(rest) in titles:
            return rest
    return text


#: a part of a headline element that says when, alone: a clock, how long ago
_WHEN_ALONE = re.compile(r"^\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?$|\b(ago|sedan)$|^vor\s+\d",
                         re.IGNORECASE)


def says_when_alone(text: str) -> bool:
    """Whether ``text`` only says when: "Updated 5 minutes ago", "10:32", "3 hours ago"."""
    return is_rolling_line(text) or bool(_WHEN_ALONE.search(text))


def _rolling(heading: lxml.html.HtmlElement, text: str, site_name: str = "",
             url: str = "") -> Callable | None:
    """What in a headline element rolls on between fetches of an unchanged story, when it
    opens or closes the element: a ``<time>``, an "Updated 5 minutes ago" or a clock, a
    link to the page's own comments with their count.  Read as the headline's, each fetch
    of the page gave a new title.  The site's own name there (an aggregator's provider) is
    no part of it either.  None when there is nothing of the kind."""
    parts = set()
    for element in _edges(heading):
        part = clean_text(element.text_content())
        if not part or part == text or not (text.startswith(part) or text.endswith(part)):
            continue
        if element.tag == "time" or says_when_alone(part) \
                or names_the_paper(part, site_name, url) or (
                element.tag == "a" and (element.get("href") or "").startswith("#")
                and not re.search(r"[^\W\d_]", part)):
            parts.add(element)
    return (lambda element: element in parts) if parts else None


def page_headline(tree: lxml.html.HtmlElement, structured: str, others: tuple[str, ...] = (),
                  only: bool = True, site_name: str = "", url: str = "",
                  titles: tuple[str, ...] = ()) -> str:
    """The headline as the page shows it: its first ``<h1>`` that tells the same story.

    Structured titles often carry a kicker ("Klimaschutz: Bohren, bis es heiß wird") or an
    SEO rewrite of the headline readers see; the on-page ``<h1>`` is what newsrooms edit in
    view of readers.  An ``<h1>`` sharing under half its words with the structured title is
    not the headline (a logo, a section name), unless it is the page's only one and ``only``
    is set.  ``others`` (og:, twitter:, ``<title>``) vouch for an ``<h1>`` only when they
    tell the same story at their own length too: a logo or section name is a short part of
    many a title ("Local News | The Daily Paper").  The site's own name, or a logo linking
    home, is never the headline; a label opening or closing the ``<h1>`` that no title of
    the metadata (``titles``, site name cut) has is no part of it.
    """
    wanted = [words for words in map(_words, [structured]) if words]
    vouching = [words for words in map(_words, others) if words]
    known = [words for words in map(_sequence, (structured, *others, *titles)) if words]
    own = [urlsplit(urljoin(url, address)) for address in
           [url, *tree.xpath('//link[@rel="canonical"]/@href')] if address]
    headings = [(heading, _headline_text(heading))
                for heading in itertools.islice(tree.iter("h1"), _MOST_H1S)]
    headings = [(heading, _rolling(heading, text, site_name, url), text)
                for heading, text in headings if _length(text) <= _LONGEST_H1]
    headings = [(heading, _headline_text(heading, rolls) if rolls else text, rolls)
                for heading, rolls, text in headings]
    headings = [(_without_label(heading, text, known, rolls), heading)
                for heading, text, rolls in headings
                if not _is_elsewhere(heading, text, site_name, url, own)]
    headings = [(text, _words(text), heading) for text, heading in headings
                if 2 <= _length(text) <= 40]
    for text, words, _ in headings:
        if not (wanted or vouching) or any(
                len(words & title) / min(len(words), len(title)) >= 0.5 for title in wanted) \
                or any(len(words & title) / max(len(words), len(title)) >= 0.6
                       for title in vouching):
            return text
    # the page's one headline, however the metadata words it: where the page has an
    # <article> or <main>, its one <h1> there (a newsletter box's <h1> beside it is none)
    inside = [(text, heading) for text, _, heading in headings
              if heading.xpath("ancestor::article or ancestor::main")]
    alone = inside or [(text, heading) for text, _, heading in headings]
    if only and len(alone) > 1:  # a banner's or a newsletter box's beside the story's
        alone = [(text, heading) for text, heading in alone if not _in_chrome_box(heading)]
    if only and len(alone) == 1 and _length(alone[0][0]) >= 4:
        return alone[0][0]
    return ""


#: a box around an <h1> that is page chrome: it comes and goes between fetches
_CHROME_BOX = re.compile(r"breaking|ticker|alert|newsletter|promo|subscri|sign-?up",
                         re.IGNORECASE)


def _in_chrome_box(heading: lxml.html.HtmlElement) -> bool:
    """Whether an ``<h1>`` stands in a breaking-news banner, a ticker, an alert, a newsletter
    or subscription box (by the class or id of it or of a box up to three levels out; never
    the page's ``<body>``, ``<main>`` or ``<article>``, whose class may say "breaking" for
    the story itself)."""
    for element in itertools.islice(itertools.chain([heading], heading.iterancestors()), 4):
        if element.tag in ("body", "html", "main", "article"):
            return False
        if _CHROME_BOX.search(f"{element.get('class') or ''} {element.get('id') or ''}"):
            return True
    return False


#: an <h1> longer than this (in words) is no headline, however much of it is a label
_LONGEST_H1 = 80
#: the <h1>s read for the headline: a story's stands near the top; past these, a page of
#: teasers (each read with its labels and times) costs time and tells nothing more
_MOST_H1S = 100
#: scripts written without spaces between words (Chinese, Japanese, Thai)
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _length(text: str) -> int:
    """A headline's length in words; in a script written without spaces, a word for every
    two of its characters ("公交票价年内第二次上涨" is one run of letters, not one word)."""
    unspaced = len(_UNSPACED.findall(text))
    return len(re.findall(r"\w+", _UNSPACED.sub(" ", text))) + (unspaced + 1) // 2


_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ")
#: what sets a site's name off a title when the name is known: those, and marks standing
#: without spaces ("…｜港新聞", "…_港口日报", "…-新华网") or less common ones (" · ", " » ", " / ")
_NAME_MARKS = re.compile(r"\s*[|｜丨·•»«/_~:—–-]+\s*")


#: which page of a story split over several a title names ("… | Page 2 of 3")
_PAGE_OF = re.compile(r"\s*[|–—-]\s*(page|seite|página|pagina|sida|side)\s+\d+"
                      r"(\s+(of|von|de|di|av|af)\s+\d+)?(?=\s*([|–—-]|$))", re.IGNORECASE)


def strip_site_name(title: str, site_name: str, url: str = "", guess: bool = True) -> str:
    """'Story headline - The Daily Paper' becomes 'Story headline'; so does 'The Daily
    Paper: Story headline'.  Where the site's name is known (``site_name``, or a label of the
    host, ``names_the_paper``), only a part that names it is cut, at any mark: "Johnson
    quits - and what comes next" is a headline whole; a section beside it goes with it
    ("Story headline | Politics | Site"), and so does a page's number ("| Page 2 of 3").
    With no name known, and ``guess``, any short closing part after a longer head is taken
    for it."""
    title = _PAGE_OF.sub("", title)
    marks = list(_NAME_MARKS.finditer(title))
    # A name stands at a title's start or end: a title of 3,000 "http://" was read once per
    # mark, from its start (minutes for one page).
    marks = marks if len(marks) <= 16 else marks[:8] + marks[-8:]
    if site_name or url:
        for mark in marks:
            opening, rest = title[:mark.start()], title[mark.end():].strip()
            if opening and rest and names_the_paper(opening, site_name, url):
                return _without_section(rest, mark.group(), leading=True)
        for mark in reversed(marks):
            head = title[:mark.start()].strip()
            if head and names_the_paper(title[mark.end():], site_name, url):
                return _without_section(head, mark.group())
    if site_name or not guess:
        return title
    for separator in _SEPARATORS:
        head, sep, tail = title.rpartition(separator)
        if sep and head and len(tail) < 30 and len(head) > len(tail):
            return head.strip()
    return title


def _without_section(title: str, separator: str, leading: bool = False) -> str:
    """'Story headline | Politics' (what is left of 'Story headline | Politics | Site';
    'Politics / Story headline', ``leading``, of 'Site / Politics / Story headline') less
    its section: a part of one or two capitalised words set off by the same mark as the
    site's name, as CMSs write their breadcrumbs into the ``<title>``."""
    if leading:
        section, sep, head = title.partition(separator)
    else:
        head, sep, section = title.rpartition(separator)
    words = section.split()
    if sep and len(head) > len(section) and 1 <= len(words) <= 2 and all(
            word[:1].isupper() for word in words):
        return head.strip()
    return title


def whole_title(title: str, titles: tuple[str, ...]) -> str:
    """``title`` made whole from another title of the page when it is cut short ("… and
    the..."): SEO plugins cut a JSON-LD headline at 110 characters, og:title keeps it."""
    stem = title.rstrip()
    if not stem.endswith(("...", "…")) or len(stem) < 60:
        return title  # a short headline may end in "…" of its own ("And then…")
    stem = stem.rstrip(".… ")
    longer = (other for other in titles if other.startswith(stem) and len(other) > len(stem)
              and not other.rstrip().endswith(("...", "…")))
    return next(longer, title)


_UPDATED_LINE = re.compile(r"^(last\s+)?(updated|modified|uppdaterad|aktualisiert|actualizado"
                           r"|mis à jour|bijgewerkt|aggiornato|atualizado)\b", re.IGNORECASE)
#: how long ago, however said: "5 minutes ago", "för 5 minuter sedan", "vor 5 Minuten",
#: "5 minuten geleden", "5 minuti fa", "hace 5 minutos", "il y a 5 minutes"
_RELATIVE = re.compile(r"\b(ago|sedan|vor|just now|geleden|fa|hace|il y a)\b", re.IGNORECASE)


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


_FREE_FLAG = "isAccessibleForFree"


def _free_flags(value: object) -> list[str]:
    """Every ``isAccessibleForFree`` value in a JSON-LD object, its parts (``hasPart``) too."""
    if isinstance(value, list):
        return [flag for item in value for flag in _free_flags(item)]
    if not isinstance(value, dict):
        return []
    flags = _flag_values(value[_FREE_FLAG]) if _FREE_FLAG in value else []
    return flags + [flag for key, item in value.items() if key != _FREE_FLAG
                    for flag in _free_flags(item)]


def _flag_values(value: object) -> list[str]:
    """A flag's values, each as a bare lower-case word: schema.org writes a Boolean as its
    address ("https://schema.org/False") and JSON-LD allows a list of values; read whole,
    either was a mark other than "false", so a paywalled page read as one marked free."""
    values = value if isinstance(value, list) else [value]
    return [str(item).strip().rstrip("/").rsplit("/", 1)[-1].lower() for item in values
            if not isinstance(item, dict | list)]


def paywall_mark(html: str) -> bool | None:
    """What a page tells search engines of its paywall (schema.org ``isAccessibleForFree``,
    in JSON-LD or microdata, as Google asks of walled pages): True when it marks itself or a
    part of itself not free, False when it marks itself free, None when it says nothing."""
    if _FREE_FLAG.lower() not in html.lower():
        return None
    try:
        tree = lxml.html.fromstring(html.encode("utf-8"),
                                    parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (lxml.etree.ParserError, ValueError):
        return None
    flags = _free_flags(json_ld_objects(tree))
    flags += [flag for value in tree.xpath(f'//*[@itemprop="{_FREE_FLAG}"]/@content'
                                           f' | //*[@itemprop="{_FREE_FLAG}"]/@href')
              for flag in _flag_values(value)]
    if any(flag in ("false", "no", "0") for flag in flags):
        return True
    return False if flags else None
