"""A page as extraction reads it: parsed once, with what each extractor makes of it.

``Page`` works each thing out once, when first asked: the tree, its structured metadata,
trafilatura's precision and recall readings, the JSON-LD ``articleBody``, readability's text;
where each element and run of words stands in reading order; the page's subheadings and
newsroom notes; its links by their text (``link_density``).  ``visible_text`` is an element's
words as a reader sees them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from functools import cached_property
from urllib.parse import urljoin, urlsplit

import lxml.html
import trafilatura

from .article import clean_text
from .markup import Block, blocks_of
from .pagemeta import PageMetadata, is_article, json_ld_objects, page_metadata

PARSER = lxml.html.HTMLParser(encoding="utf-8")
RUN_KEY = 40  # characters of a run of words that find where it stands (``Page.text_places``)
UNSEEN = {"script", "style", "noscript"}  # elements whose text no reader sees
#: Elements that are no block of text of their own: unseen, or inline markup within a block.
_NOT_BLOCKS = UNSEEN | {"template", "a", "abbr", "b", "bdi", "bdo", "cite", "code", "em",
                        "font", "i", "kbd", "mark", "q", "s", "small", "span", "strong",
                        "sub", "sup", "time", "u", "var", "br", "img", "wbr"}
HEADINGS = {"h2", "h3", "h4", "h5", "h6"}  # a story's subheadings
#: Elements read as a block of text each (by a source's selectors and from readability's page)
BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td"}

# A newsroom's note on the story: a correction, a clarification, an editor's note, in the
# languages of the pages read here.  It is story (it says what the story got wrong), but
# sites set it in a box of its own (``<aside class="correction">``) that trafilatura drops.
NOTE_LABEL = re.compile(
    r"^(corrections?|clarifications?|editor['’]?s['’]? note|note from the editor"
    r"|korrektur|berichtigung|korrekturhinweis|transparenzhinweis|(anmerkung|hinweis) der "
    r"redaktion|rectificatif|correctif|note de la rédaction|fe de errores|corrección"
    r"|aclaración|nota del editor|nota de la redacción|rettifica|nota della redazione"
    r"|correctie|rectificatie|noot van de redactie|rättelse|correção|errata"
    r"|nota da redação|sprostowanie)\b[^:]{0,40}:\s*\S", re.IGNORECASE)
_NOTE_BOXES = ("p", "div", "aside", "section")


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
            return lxml.html.fromstring(self.html.encode("utf-8"), parser=PARSER)
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
        of the elements around it), by its first ``RUN_KEY`` characters: the way to where a
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
                seen = isinstance(element.tag, str) and element.tag not in UNSEEN
                run = element.text if seen else None
                stack.append((element, True))
                if seen:
                    stack.extend((child, False) for child in reversed(element))
            text = clean_text(run) if run else ""
            if text:
                found.setdefault(text[:RUN_KEY], last + 0.5)
        return found

    @cached_property
    def heading_places(self) -> list[tuple[int, lxml.html.HtmlElement]]:
        """The page's subheadings (``<h2>``–``<h6>``) by their places in reading order."""
        return [(self.places[heading], heading) for heading in self.tree.iter(*HEADINGS)]

    @cached_property
    def notes(self) -> list[lxml.html.HtmlElement]:
        """The page's innermost boxes (``_NOTE_BOXES``) whose words open with a newsroom's
        note label (``NOTE_LABEL``: "Correction:", "Editor's note:"), in page order."""
        return [element for element in _innermost(self.tree, _NOTE_BOXES)
                if NOTE_LABEL.match(element.text_content().lstrip())]

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
                hidden = hidden or element.tag in UNSEEN
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
    blocks = [el for el in summary.iter() if isinstance(el.tag, str) and el.tag in BLOCKS]
    return "\n".join(t for t in (clean_text(b.text_content()) for b in blocks) if t)


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


def has_words(texts: Iterable[str | None]) -> bool:
    return any(text and re.search(r"\w", text) for text in texts)


def visible_text(element: lxml.html.HtmlElement) -> str:
    """An element's words a reader sees (no script's or style's), a block's words apart
    from the next's ("Paris" and "Lyon" in two <div>s are not "ParisLyon")."""
    if element.tag in UNSEEN:
        return ""
    pieces = [element.text or ""]
    for child in element:
        if child.tag == "br":
            pieces.append(" ")
        elif isinstance(child.tag, str) and child.tag not in UNSEEN:
            inner = visible_text(child)
            pieces.append(inner if child.tag in _NOT_BLOCKS else f" {inner} ")
        pieces.append(child.tail or "")
    return "".join(pieces)
