"""Who the page credits for its story: the byline.

``page_byline`` takes the metadata's authors, trafilatura's, the byline box the page shows
(``visible_byline``), a "By …" line (``shown_byline``) or a wire story's closing credit
(``reporting_credit``), each only where the ones before it name nobody; ``is_person``,
``is_desk``, ``credits`` and ``names_site`` say which names are credits.  ``BylineRules``
holds the readings ``newsdiff.extract.Rules`` switches.
"""

from __future__ import annotations

import functools
import html as html_lib
import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import lxml.html

from .article import PROSE_WORDS, clean_text
from .calendar_names import (
    MONTH_NUMBERS,
    MONTHS,
    WEEKDAY_NUMBERS,
    WEEKDAYS,
    alternation,
    forms,
    short_forms,
)
from .dates import header_after
from .headline import story_headline

if TYPE_CHECKING:  # the type alone: pagemeta reads its byline with this module
    from .pagemeta import PageMetadata


def metadata_byline(authors: tuple[str, ...], tag_authors: tuple[str, ...],
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
                   f' or contains({_LOWER_CLASS},"author") or contains({_LOWER_CLASS},"credit")'
                   f' or contains({_LOWER_CLASS},"signature") or contains({_LOWER_CLASS},"firma")]')
_BYLINE_BOX = f"//body//{_BYLINE_ELEMENT}"
_BYLINE_CLASS = re.compile("byline|autor|auteur|author|credit|signature|firma")


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
    #: failing a byline box, the people an author page's link or a reporter's title names
    #: between the headline and the story (``header_credit``)
    header: bool = False


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
        found = metadata_byline(meta.authors, meta.tag_authors, (lambda name: accept(
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
                     and _shows(shown, name) and not _shown_for_other_work(shown, name)
                     and not _as_date(name, shown)  # "November" of "Jo Bloggs, November 14"
                     and not _opens_institution(shown, name)]
            if names and rules.visible:
                # trafilatura drops the colon of a label in no list ("Reportage: Lea Frei"
                # read "Reportage Lea Frei"): the byline box shows where the name starts
                boxed = visible_byline(tree, site, accept, story).split(", ")
                names = [_as_boxed(name, boxed) for name in names]
            if names:
                return ", ".join(names), True  # as every other byline lists names
        found = visible_byline(tree, site, accept, story) if rules.visible else ""
        if not found and rules.header and not desk:
            found = header_credit(tree, accept)
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


#: a word joining two names that trafilatura wrote in capitals ("Marco Rossi E Anna Bianchi"
#: of "di Marco Rossi e Anna Bianchi"), between two capitalised words
_CASED_JOIN = re.compile(r"(?<=[^\W\d_]{2})\s(?:And|Und|E|Y|Et|En|Och|Og)\s(?=[A-ZÀ-Þ])")


def _cased_names(author: str) -> list[str]:
    """``author`` split where trafilatura wrote a joining word in capitals, when each part is
    a name of two words or more (not "John E Smith", whose "E" is his initial)."""
    parts = _CASED_JOIN.split(author)
    return parts if all(len(part.split()) > 1 for part in parts) else [author]


def _only_label(name: str) -> bool:
    """Whether ``name`` is one word that is a credit's label ("By", "بقلم"), no name."""
    match = _LABEL.match(f"{name} x") if len(name.split()) == 1 else None
    return bool(match) and match.end() > len(name)


def _as_boxed(name: str, boxed: list[str]) -> str:
    """``name`` as a byline box shows it, where the box's name is its closing words (two or
    more): "Lea Frei" for "Reportage Lea Frei"; or its opening words, the rest outside the
    name's link or element in the box ("Jeanne Martin" of "Jeanne Martin (Rennes,
    correspondante)", which trafilatura reads "Jeanne Martin Rennes")."""
    folded = f" {_folded(name)} "
    return next((box for box in boxed if len(box.split()) >= 2 and box != name
                 and (folded.endswith(f" {_folded(box)} ")
                      or folded.startswith(f" {_folded(box)} "))), name)


def _author_names(author: str) -> list[str]:
    """trafilatura's author field as names ("Jo Bloggs; Al Writer"), each ``_name_part``;
    never a title alone ("Jo Bloggs | Reporter", "By Jo Bloggs, Staff Writer": trafilatura
    splits the title off as a second name; a desk alone, "Staff", stays one)."""
    pieces = (p for n in author.split(";") for p in _cased_names(n))
    names = [name for name in (_name_part(n, digit_ends=True) for n in pieces)
             if 0 < len(name.split()) <= 6  # "More by Jo Bloggs Buses late again": a box
             and not _only_label(name)]  # "بقلم" of "بقلم - محمد حسن", cut at the dash
    names = [name for name in names
             if not {name.split()[0].lower()} & (_TITLE_NOUNS | _PLACE_START)]
    people = [name for name in names if not _ROLE_WORDS.issuperset(name.lower().split())
              and name.split()[-1].lower().rstrip("s") not in _TITLE_NOUNS  # "Transport
              and not re.fullmatch(_STUDIO, name)]  # Correspondent", "ARD-Hauptstadtstudio"
    return people or names


#: the first word of a piece of trafilatura's author that is a place (or a title,
#: ``_TITLE_NOUNS``), no person:
#: "Envoyée Spéciale À Kiev", "In Westminster", "Korrespondent in Passau"
_PLACE_START = frozenset("in à en aus from at desde w в из".split())

#: a date's label, which trafilatura's author keeps when it cuts the date at its digit
_DATE_LABELS = frozenset({"stand", "datum", "date", "fecha", "data", "dated"})


#: a journalist's title in the languages of the pages read: "Korrespondent in Passau",
#: "corresponsal", "envoyé spécial"
_TITLES_ABROAD = frozenset(
    "korrespondent korrespondentin korrespondenten redakteur redakteurin reporterin autor "
    "autorin auslandskorrespondent corresponsal corresponsales redactor redactora periodista "
    "enviado enviada correspondant correspondante journaliste envoyé envoyée spécial spéciale "
    "corrispondente inviato inviata giornalista redattore redattrice verslaggever redacteur "
    "correspondente jornalista korespondent korespondentka dziennikarz dziennikarka "
    "reporterka journalist journalisten reportrar reporter корреспондент корреспондентка "
    "обозреватель редактор журналист مراسل محرر".split())
#: a title after a name that is a degree, not a second name ("Jo Bloggs, MD")
_CREDENTIALS = frozenset("md phd rn rd dr mph".split())
#: the words of a journalist's title, which trafilatura splits off a name as one of its own
_ROLE_WORDS = frozenset("reporter reporters writer writers correspondent correspondents editor "
                        "editors contributor contributing columnist staff senior chief deputy "
                        "associate assistant managing political business sports science "
                        "foreign national investigative special photographer producer "
                        "analyst intern and".split()) | _TITLES_ABROAD | _CREDENTIALS


#: what follows a name in a byline line after a mark: "Jo Bloggs · 3 comments", "Jo Bloggs |
#: an hour ago", "Jo Bloggs — Updated"
_AFTER_NAME = re.compile(r"\s*[·•|—–]|\s-\s")


#: what follows a name in a byline line with no mark between (the page's style shows one):
#: "Jo Bloggs Updated just now", "Jo Bloggs No comments", "Jo Bloggs an hour ago"
_NAME_TAIL = re.compile(r"(?:^|\s)(?:(?:last\s)?updated|published|posted|modified|aktualisiert|"
                        r"veröffentlicht|actualizado|publicado|mis à jour|publié|"
                        r"aggiornat[oa]|pubblicat[oa]|bijgewerkt|gepubliceerd|uppdaterad|"
                        r"publicerad|oppdatert|publisert|opdateret|päivitetty|aktualizacja|"
                        r"zaktualizowano|opublikowano|обновлено|опубликовано|atualizado|"
                        r"(?:\d+\s)?\w+\s(?:fa|geleden|sedan|temu|назад)(?=\s|$)|"
                        r"no comments?|comments?|be the first|just now|follow(?:ers)?|"
                        r"share|listen|"
                        r"(?:today|yesterday|heute|gestern|hoy|ayer)(?=\s*(?:at|um|a las|,|\d))|"
                        r"(?:an?|one|a few|few|several|\d+)\s\w+\sago|\w*\s?min(?:ute)?s? read|"
                        r"\w+\s(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\sago|"
                        r"vor|hace|il y a|(?:stand|datum)(?=\s*:|\s*$)|"
                        r"\d[\d,.]*\s?(?:views?|reads?|shares?|likes?|followers?|comments?))\b.*$",
                        re.IGNORECASE)


#: a month's name in any language ("Jane Doe, 3. März 2021"); a weekday's in English only,
#: as another language's can end a name ("Plácido Domingo")
_MONTH = alternation(MONTH_NUMBERS)
_EN_WEEKDAY = alternation(forms(WEEKDAYS, ("en",), short=False))
#: the short forms of English months and weekdays, which end no name as "May" or "June" can
#: ("Theresa May"), nor as other languages' can ("Gen", "Set", "Out")
_EN_SHORT = alternation(short_forms(MONTHS, ("en",)) | short_forms(WEEKDAYS, ("en",)))


#: what credits other work than the writing after a name: "Jane Doe. Photos by Al Writer",
#: "Text: Jane Doe, Photos: Al Writer", "By Jane Doe Edited by Al Writer"; and an author
#: box's sentence ("Jane Doe is a reporter at …") or a date ("Jane Doe, November 14, 2019";
#: "Monday" ends a name, but not "… for The Mail on Sunday")
_OTHER_TAIL = re.compile(
    r"(?:\s|^)(?:(?:photos?|photographs?|photography|pictures?|images?|illustrations?|video|"
    r"graphics|fotos?|bilder?|edited|editing|edit|fact[- ]?checked|(?:\w+ly\s)?reviewed|translated|"
    r"produced|additional reporting)\s*(?:by\b|:)|(?:is|was|writes|covers)\s"
    rf"|(?<!on\s)(?:{_EN_WEEKDAY})\b,?(?=\s(?:(?:{_MONTH})\b|\d)|$)"
    rf"|(?:on\s)?(?:{_MONTH})\.?\s\d{{1,2}}\b|\d{{1,2}}\.?\s(?:de\s)?(?:{_MONTH})\b"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\d{4}-\d{2}-\d{2}\b|\d{1,2}:\d{2}\b).*$",
    re.IGNORECASE)

#: a photographer's credit after a name with no "by" and no colon (trafilatura drops it):
#: "Kari Nordmann Foto Ola Hansen", "Иван Петров; Фото Анна Смирнова"
_PHOTO_TAIL = re.compile(r"\s*(?:写真|撮影|摄影|图)\s*[・:：/／].*$"
                         r"|(?:^|\s)(?:[Ff]otos?|[Pp]hotos?|[Bb]ilder?|[Фф]ото|[Zz]dj[eę]ci[ae]|"
                         r"[Kk]uvat?)(?:\s*:)?\s+(?=[^\W\d_])(?=[^a-zà-ÿа-я]).*$")
#: a broadcaster's studio or desk after the name, one word joining its letters to a noun:
#: "Kai Küstner, ARD-Hauptstadtstudio", "Anna Meier, SRF-Korrespondentin" (no person's name)
_STUDIO = r"[A-ZÄÖÜ]{2,}\d*-[A-ZÄÖÜ][^\W\d_]+"
_DESK_AFTER = re.compile(rf",\s*{_STUDIO}\s*$")
#: an agency a reporter wrote with: "Jean Dupont avec AFP", "Jo Bloggs with AP"
_WITH_AGENCY = re.compile(r"\s+(?:avec|with|mit|con|met|med)\s+(?:l['’])?[A-Z]{2,}\b.*$")
#: a credit's label before the names: "By", "Words by", "Text:", "Author", "Autor:", "Von",
#: "Av", "Door", "Par", "di", "Автор:", "Guest column", "Opinion by"; and a badge that comes
#: and goes between fetches ("EXCLUSIVE", "LIVE", "BREAKING")
_LABEL = re.compile(
    r"^(?:(?:(?:a\s)?guest\s(?:column|post|essay)|opinion|analysis|commentary|column|essay|"
    r"written|writing|words|text|story|reporting|interview|posted|published|submitted)\b"
    r"\s*(?:by\b)?\s*:?"
    r"|(?:authors?|autor(?:in|en|es|zy|ka)?|auteurs?|autor[ei]|автор(?:ы)?|bron|teksti?|texte?|"
    r"words|forfatter|författare|kirjoittaja|tekijä)\b\s*:?"
    r"|(?:exclusive|breaking(?:\s+news)?|live|premium|sponsored|subscribers?(?:\s+only)?)\b:?"
    r"|(?:by|von|vom|por|par|av|door|af|di|dal|dalla|przez|de|des|del|from|от)\s+"
    r"(?:onze|unser(?:em|er|e)?|notre|nos|nuestr[oa]s?|nostr[oa]|our|vår|vores|naszego|нашего)\s+(?:\w+\s+)?(?:redacteur|"
    r"redakteur(?:in)?|correspondent(?:e|en)?|korrespondent(?:in|en)?|correspondant(?:e)?|"
    r"corresponsal|corrispondente|inviat[oa]|envoyée?\s+spéciale?|reporter|redactor(?:a)?|"
    r"staff|korespondenta|корреспондента)\b:?"
    r"|(?:(?:ein(?:e|en)?|an?|une?|una?)\s+)?(?:gastbeitrag|gastkommentar|kommentar|kolumne|"
    r"glosse|reportage|analyse|analysis|essay|interview|column|chronique|tribune|columna|"
    r"análisis|crónica|commento|rubrica)\s+(?:von|by|de|di|par|por)\b:?"
    r"|(?:by|von|por|par|av|door|af|di|przez|بقلم|كتبت|كتب|текст)\b:?"
    r"|(?:记者|記者|作者|文\s*[/／・])\s*[:：]?)(?:\s*[-–—](?=\s))?\s*(?=\S)",  # "بقلم - …"
    re.IGNORECASE)
#: a label in no list: one word and a colon before a name of two words or more
#: ("Reportage: Lea Frei", "Haber: Ahmet Yılmaz"; a name is never followed by a colon), or
#: words in lower case that end in "by" in some language ("Propos recueillis par …",
#: "Interview conducted by …"; no name's particles: "Jan van de Berg")
_ANY_LABEL = re.compile(
    r"^[^\W\d_]{2,20}\s?[:：]\s*(?=[^\W\d_]+\s+[^\W\d_])"
    r"|^(?:[a-zà-ÿ]+|[A-ZÀ-Þ][a-zà-ÿ]+(?=\s+(?!(?:by|von|par|por|door|przez)\s)[a-zà-ÿ]))"
    r"(?:\s+(?!(?:van|von|der|den|de|la|le|"
    r"da|del|della|bin|al|ter|ten)\s)[a-zà-ÿ]+){0,3}\s+(?:by|von|par|por|door|przez)\s+"
    r"(?=[A-ZÀ-Þ])")
#: a label that is also a name's first word ("Von Miller", "Di Stefano"): a label only
#: before two words or more
_NAME_WORD_LABEL = re.compile(r"^(?:von|di|par|door)$", re.IGNORECASE)


def _unlabelled(text: str) -> str:
    """``text`` less the labels that open a credit ("Words by", "Text:", "Author",
    "Автор:", "Av", "Door"): a label is no part of a name, and a site that adds or drops one
    must not change the byline."""
    text = clean_text(text)
    for _ in range(3):  # "Opinion: By …": a label or two, not a page of them
        match = _LABEL.match(text) or _ANY_LABEL.match(text)
        if match and _OTHER_WORK.search(match.group()):
            break  # "Edited by …", "photos by …": another's credit, no label
        if not match or match.end() >= len(text):
            break
        rest = text[match.end():]
        if _NAME_WORD_LABEL.match(match.group().strip(" :")) and len(rest.split()) < 2 \
                and not re.fullmatch(r"[A-Z]{2,5}", rest.strip()):  # "Door ANP": an agency
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
    name = _NAME_TAIL.sub("", _OTHER_TAIL.sub("", _PHOTO_TAIL.sub("", head)))  # "Photos by"
    name = _DESK_AFTER.sub("", _WITH_AGENCY.sub("", name))  # before "by"
    name = re.sub(r"^(.+?)\s+(?:by\s+)?\1$", r"\1", clean_text(name),  # doubled for two
                  flags=re.IGNORECASE)  # screen sizes: "Jo Bloggs By Jo Bloggs"
    # A name has no digit (``digit_ends``: trafilatura's author, cut at a digit by it):
    # what follows the first is a date, an age or a count, which changes between fetches
    # ("Jo Bloggs 12 views", then "1,204 views").
    if digit_ends:  # "Jo Bloggs Today" of "Jo Bloggs Today at 9:00", not "USA Today"; "Jo
        # Bloggs Sun" of "Jo Bloggs Sun 14 Nov", not "Yang Sun" (two words before it or more)
        name = re.sub(r"\s*\d.*$", "", name)
        name = re.sub(rf"^(\S+\s+\S+.*?)\s+(?:today|yesterday|heute|gestern|hoy|ayer|"
                      rf"{_EN_SHORT})\.?$", r"\1", name, flags=re.IGNORECASE)  # "… Nov 14"
        name = _NAME_TAIL.sub("", name)  # "Jo Bloggs Stand" of "Jo Bloggs Stand: heute"
    name = clean_text(name)
    if name.endswith(":"):
        return ""  # "Stand: 20. April 2020": a label of the date cut off, no name
    name = re.sub(r"(?<=[a-z])\.$", "", name.rstrip(" ·•|—–-:,;"))  # "By Jane Doe."
    if name.lower() in _DATE_LABELS or _as_date(name, f" {_folded(head)} "):
        return ""  # "November 14, 2019", "Stand: 20. April 2020": a date, no name
    return _without_title(name).rstrip(" ·•|—–-:,;")  # "Staff Reports -"


#: the words of a title that make the words before them a name with its title
_TITLE_NOUNS = frozenset("reporter writer correspondent editor columnist contributor "
                         "photographer producer analyst intern".split()) | _TITLES_ABROAD


#: a reporter's title after the name in scripts that put it there: "홍길동 기자"
_TITLE_AFTER = frozenset({"기자", "특파원", "记者", "記者", "特派员", "特派員"})
#: a title before a name, joined by "・" or a space: "編集委員・山田太郎"
_TITLE_BEFORE = re.compile(r"^(?:編集委員|論説委員|解説委員|専門記者|記者|特派員|社会部|政治部|"
                           r"経済部)\s*[・·\s]\s*(?=\S)")


def _without_title(name: str) -> str:
    """``name`` less a title that follows it with no mark between ("Jane Doe Senior
    Reporter"): title words, one of them a title's noun, two words or more before them that
    open and end in a capital, at most a place's two words after them ("Jane Doe Political
    Editor Brussels"; not "Dal nostro inviato Marco Rossi"); less a title set before it in
    Japanese ("編集委員・山田太郎")."""
    name = _TITLE_BEFORE.sub("", name)
    words = name.split()
    if len(words) > 1 and words[-1] in _TITLE_AFTER:  # "홍길동 기자"
        return " ".join(words[:-1])
    for start in range(2, len(words)):
        # "Jane Doe Political Editor Brussels": a title, then at most a place's two words
        end = start
        while end < len(words) and words[end].lower().strip(",") in _ROLE_WORDS:
            end += 1
        if end > start and len(words) - end <= 2 and not (
                words[0][:1].islower() or words[start - 1][:1].islower()) and \
                _TITLE_NOUNS & {w.lower().strip(",") for w in words[start:end]}:
            return " ".join(words[:start])
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


@functools.cache
def _date_words() -> tuple[frozenset[str], frozenset[str]]:
    """Every month's and weekday's name as ``_folded`` writes it: months, then both."""
    months = frozenset(map(_folded, MONTH_NUMBERS))
    return months, months | frozenset(map(_folded, WEEKDAY_NUMBERS))


def _as_date(name: str, shown: str) -> bool:
    """Whether ``name`` is a month's or weekday's name that the folded ``shown`` text shows
    as part of a date: beside a number ("November 14", "3 de mayo"), a weekday before a
    month ("Monday, November 14"); a date cut at its digit.  Where the page shows it in no
    date, "Maja", "June" or "Domingo" in a byline box is a name."""
    word = _folded(name)
    months, date_words = _date_words()
    if word not in date_words:
        return False
    tokens = shown.split()

    def dated(i: int) -> bool:
        before = tokens[max(0, i - 2):i]
        if before and before[-1] in ("de", "of"):
            before = before[:-1]
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        return bool(before and before[-1][0].isdigit()) or after[:1].isdigit() or (
            word not in months and after in months)

    return any(dated(i) for i, token in enumerate(tokens) if token == word)


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


def _opens_institution(shown: str, name: str) -> bool:
    """Whether a one-word ``name`` is shown only opening an institution's name ("Office" of
    "By Jane Doe, Office of Communications", which trafilatura splits at the comma): no
    person, as "University of Leeds" is none."""
    folded = f" {_folded(name)} "
    return len(folded.split()) == 1 and folded in shown and all(
        shown.startswith("of ", at + len(folded))
        for at in (m.start() for m in re.finditer(re.escape(folded), shown)))


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
_OTHER_WORK = re.compile(r"\b(review(ed|er)|edit(ed|or)|(fact[- ]?)?check(ed|er)|photos?|fotos?|"
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
    if _OTHER_WORK.search(clean_text(words)[-60:]):
        return True
    # or the words just after it: "<a>John Roe</a> (photos)", "<a>Jo</a> <span>Foto</span>",
    # unless they are the label of a name linked after them ("<a>Jo</a> Foto <a>Ola</a>")
    after = link.tail if (link.tail or "").strip() else words_of(link.getnext())
    return bool(_ROLE_AFTER.match(clean_text(after))) and not _labels_next_link(link)


def _labels_next_link(link: lxml.html.HtmlElement) -> bool:
    """Whether another link follows ``link`` with only a label between them (its tail, or
    one element's words and their tail)."""
    following = link.getnext()
    if following is not None and following.tag != "a" and not (following.tail or "").strip():
        following = following.getnext()
    return following is not None and following.tag == "a"


#: a role in brackets or alone just after a name that is not the writing's ("Fotograf",
#: "Photographer": the one who took the pictures)
_ROLE_AFTER = re.compile(r"^\(?\s*(?:photos?|photograph(?:s|ers?)?|fotos?|fotograf(?:en|o|a|er)?|"
                         r"fotógraf[oa]|bilder?|pictures?|images?|"
                         r"illustrations?|graphics?|video|zdjęcia|фото)\s*\)?(?:$|[\s·,;|])",
                         re.IGNORECASE)


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
    for element in header_after(headline, worded=True):
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


#: an author page's address names its kind: ``/author/jane-doe``, ``/staff/1234/jane-doe/``,
#: ``/autor/ana-lopez-123.html``, ``/reporter/yamada/``, ``/journalistes/jeanne-martin``
_AUTHOR_PAGE = re.compile(r"^(?:authors?|autor(?:es|en|i)?|auteurs?|staff|people|reporters?|"
                          r"journalist(?:s|es|e)?|writers?|contributors?|columnists?|"
                          r"forfattere?|redacteurs?|giornalisti|firmas)$")
#: how far past the headline a credit is looked for: the header, not the story
_HEADER_ELEMENTS = 40


def header_credit(tree: lxml.html.HtmlElement, accept: Callable[[str], bool]) -> str:
    """The people the story's header credits in a box named for neither byline nor author
    (Gannett's ``gnt_ar_by``, Vocento's ``v-mdl-ath``, an unclassed ``<p>``): the links to
    author pages (``_AUTHOR_PAGE``) in the first element after the headline that holds
    one, else a short line that is a name and a reporter's title ("이지은 기자").  Only up to
    the story's first paragraph: a link to an author's page further down is a teaser's."""
    headline = story_headline(tree)
    if headline is None:
        return ""
    for element in header_after(headline, worded=True)[:_HEADER_ELEMENTS]:
        if element.tag == "a":
            kind = _link_kind(element.get("href") or "")
            if kind is None or not _AUTHOR_PAGE.match(kind[2].split("/")[0]) or \
                    _no_name_link(element) or _credited_for_other(element) or \
                    element.xpath("ancestor::figure or ancestor::figcaption or ancestor::aside"
                                  " or ancestor::nav"):
                continue  # a picture's credit, a box's or a menu's link
            box = element.getparent()
            names = [clean_text(a.text_content()) for a in box.iter("a")
                     if (other := _link_kind(a.get("href") or "")) and
                     _AUTHOR_PAGE.match(other[2].split("/")[0]) and
                     not _credited_for_other(a)]
            names = [n for n in dict.fromkeys(names) if 0 < len(n.split()) <= 5 and accept(n)]
            if names:
                return ", ".join(names)
        elif element.tag in ("span", "p", "div", "em") and len(element) == 0:
            words = clean_text(element.text_content()).split()
            if len(words) == 2 and words[1] in _TITLE_AFTER and accept(words[0]):
                return words[0]
    return ""


def names_the_site(name: str, url: str) -> bool:
    """'Mdr De' (trafilatura's reading of the author 'mdr.de') names the site, not a person."""
    letters = re.sub(r"\W", "", name.lower())
    return len(letters) > 3 and letters in re.sub(r"\W", "", urlsplit(url).netloc.lower())
