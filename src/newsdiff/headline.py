"""The story's headline as the page shows it, and the site's name around a title.

``page_headline`` reads the story's ``<h1>`` (its words as a browser shows them, less
kickers, labels, what rolls between fetches, the site's logo); ``strip_site_name`` and
``whole_title`` mend the titles the metadata gives.  Each reading that was ever a choice is
a switch of ``newsdiff.extract.Rules``, passed in as a flag here.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

import lxml.html

from .article import clean_text, is_rolling_line


def story_headline(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The story's ``<h1>``: the first inside an ``<article>`` or ``<main>`` when there is one
    (a site's sticky header repeats the headline, or shows its logo, in an ``<h1>`` of its
    own, beside a banner with today's date), else the page's first."""
    headings = list(tree.iter("h1"))
    inside = (h for h in headings if h.xpath("ancestor::article or ancestor::main"))
    return next(inside, headings[0] if headings else None)


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


# Parts of a headline element that are not the headline: kickers (in the words of many
# newsrooms' CMSs: Dachzeile, volanta, antetítulo, occhiello, vinjett, surtitre), flags and
# badges ("Exclusive", "Live"), section links, hidden colons, a standfirst or byline set
# inside it.
_HEADLINE_EXTRAS = re.compile(r"kicker|dachzeile|spitzmarke|overline|topline|eyebrow|colon|"
                              r"section|visually-hidden|sr-only|label|rubric|category|flag|"
                              r"badge|supertitle|pretitle|overtitle|roofline|volanta|"
                              r"ante-?titulo|occhiello|vinjett|sur-?tit(?:re|le)|subtitle|"
                              r"standfirst|ober-?zeile|(?:ue|ü)ber-?zeile|sobre-?titulo|"
                              r"cintillo|epigrafe|"
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
    if not text.isascii():  # "El País" is elpais.com's
        text = "".join(c for c in unicodedata.normalize("NFKD", text)
                       if not unicodedata.combining(c))
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
                   rolls: Callable | None = None, raw: tuple[str, ...] = ()) -> str:
    """``text`` less the label that opens or closes it in an element of its own, when what
    is left is word for word a title of the page's metadata and the whole is none: the
    newsroom's own headline, with the kicker ("Analysis"), flag ("Exclusive") or standfirst
    its CMS sets in the ``<h1>`` under a class name nobody listed (``rolls``: what
    ``_rolling`` leaves out too).  A short part opening it goes even where a title is the
    whole, when another title is the rest or one of ``raw`` (the titles as written) sets it
    off with a colon or bar the page does not show: "Hochwasser: Land zahlt mehr" of
    ``<span>Hochwasser</span><span>Land zahlt mehr</span>`` (h26)."""
    if not titles:
        return text
    whole = _sequence(text) in titles
    for element in _edges(heading):
        part = clean_text(element.text_content())
        if not part or part == text or not (text.startswith(part) or text.endswith(part)):
            continue
        if element.tag in _PHRASING and not element.get("class"):
            continue  # "… fares <em>again</em>", "<a>Brexit</a> deal agreed": the headline's
        if whole and not (text.startswith(part) and _length(part) <= _KICKER_WORDS):
            continue
        rest = _headline_text(heading, lambda child, element=element: child is element
                              or bool(rolls and rolls(child)))
        if _sequence(rest) in titles or (text.startswith(part) and _set_off(part, rest, raw)):
            # a title that is the rest word for word: the newsroom set the opening part
            # apart as its kicker, even where another title keeps it ("Hochwasser: …"); or a
            # title that sets it off with a colon or bar the page does not show
            return rest
    return text


def _set_off(part: str, rest: str, titles: tuple[str, ...]) -> bool:
    """Whether a title is ``part``, a colon or bar, then ``rest`` ("Hochwasser: Land zahlt
    mehr" of an ``<h1>`` showing "Hochwasser" and "Land zahlt mehr" in elements of their
    own): a CMS writes its kicker into the title so."""
    if _length(part) > _KICKER_WORDS:
        return False
    for title in titles:
        for mark in re.finditer(r"\s*[:|｜]\s*", title):
            if _sequence(title[:mark.start()]) == _sequence(part) and \
                    _sequence(title[mark.end():]) == _sequence(rest):
                return True
    return False


#: the longest kicker opening a headline element, in words
_KICKER_WORDS = 4


#: a part of a headline element that says when, alone: a clock, how long ago
_WHEN_ALONE = re.compile(
    r"^\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?$|\b(ago|sedan|geleden|fa|temu|назад)\.?$|前$"
    r"|(?:^|\s)(?:vor|hace|il y a|för)\s+(?:\d|eine[rm]?\b|une?\b|una\b)"
    # an update's stamp with its number: "aktualisiert am 12.03.2024, 10:32 Uhr"
    r"|^(?:updated|aktualisiert|actualizado|mis à jour|aggiornato|bijgewerkt|uppdaterad|"
    r"oppdatert|opdateret|aktualizacja|zaktualizowano|обновлено|atualizado)\b.*\d"
    # a live blog's count of its entries: "12 neue Beiträge", "+++ 3 new updates +++"
    r"|^\W*\d[\d.,]*\s+(?:neue[rn]?\s+|new\s+|nuev[oa]s\s+|nouve(?:aux|lles)\s+|nuov[ie]\s+|"
    r"nieuwe\s+|nya\s+|nye\s+|nowe\s+|новых\s+)?(?:beiträge|meldungen|einträge|updates?|"
    r"posts?|entries|actualizaciones|entradas|mises à jour|messages|aggiornamenti|berichten|"
    r"inlägg|innlegg|wpis(?:y|ów)|обновлений|сообщений)\W*$",
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
    h1s = list(itertools.islice(tree.iter("h1"), _MOST_H1S))
    # A page with no <h1> sets its headline in an <h2> of the story's (Der Spiegel's, with
    # its kicker in a span): one that tells the metadata's story at its own length
    h2s = [] if h1s else tree.xpath("(//article//h2 | //main//h2)[position() <= 5]")
    headings = [(heading, _headline_text(heading)) for heading in h1s or h2s]
    headings = [(heading, _rolling(heading, text, site_name, url), text)
                for heading, text in headings if _length(text) <= _LONGEST_H1]
    headings = [(heading, _headline_text(heading, rolls) if rolls else text, rolls)
                for heading, rolls, text in headings]
    colons = tuple(t for t in (structured, *others, *titles) if t)
    headings = [(_without_label(heading, text, known, rolls, colons), heading)
                for heading, text, rolls in headings
                if not _is_elsewhere(heading, text, site_name, url, own)]
    headings = [(text, _words(text), heading) for text, heading in headings
                if 2 <= _length(text) <= 40]
    for text, words, _ in headings:
        if h2s and any(len(words & title) / max(len(words), len(title)) >= 0.6
                       for title in wanted + vouching):
            return text
        if h2s:
            continue
        if not (wanted or vouching) or any(
                len(words & title) / min(len(words), len(title)) >= 0.5 for title in wanted) \
                or any(len(words & title) / max(len(words), len(title)) >= 0.6
                       for title in vouching):
            return text
    if h2s:
        return ""
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
            return _without_section(head, separator)
    return title


def _without_section(title: str, separator: str, leading: bool = False) -> str:
    """'Story headline | Politics' (what is left of 'Story headline | Politics | Site';
    'Politics / Story headline', ``leading``, of 'Site / Politics / Story headline') less
    its section: a part of one or two capitalised words set off by the same mark as the
    site's name, as CMSs write their breadcrumbs into the ``<title>``; up to three such
    ("Story | Politics | Spain")."""
    for _ in range(3):  # "Story | Politics | Spain | Site": each section goes
        if leading:
            section, sep, head = title.partition(separator)
        else:
            head, sep, section = title.rpartition(separator)
        words = section.split()
        if not (sep and len(head) > len(section) and 1 <= len(words) <= 2 and all(
                word[:1].isupper() for word in words)):
            break
        title = head.strip()
    return title.strip()


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
