"""A story the page splits among containers alike (a chunk each, advertisements between
them): the chunks trafilatura left out, each read where the page puts it (``twin_blocks``).
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable

import lxml.html

from .article import clean_text
from .markup import Block
from .page import HEADINGS, UNSEEN, Page, visible_text
from .story import (
    LINKED,
    article_of,
    continues,
    covers_shingles,
    in_page_order,
    is_prose,
    shingles,
    story_container,
    text_of,
)

TWIN_SHARE = 0.25  # of the words in the story's container its twins must add, at least
_TWIN_BLOCKS = {"p", "li", "blockquote", *HEADINGS}
#: Elements that make a part of a page of its own: a block in one of them inside a twin is
#: that part's (a comment, a card, a form, a caption), not a paragraph of the chunk's.
_PARTS = {"div", "section", "article", "aside", "form", "header", "footer", "nav", "figure",
          "table", "details", "dialog", "fieldset"}


def twin_blocks(page: Page, blocks: list[Block], mode: str) -> tuple[list[Block], str]:
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
    container = story_container(page, blocks)
    if container is None:
        return blocks, mode
    known, held = shingles(text_of(blocks)), {clean_text(block.text) for block in blocks}
    added: list[tuple[lxml.html.HtmlElement, Block]] = []
    for twin in _twins(page, container):
        found = _twin_paragraphs(page, twin, known, held)
        for _, block in found:  # a chunk the page repeats is read once
            known |= shingles(block.text)
            held.add(block.text)
        added += found
    if not added:
        return blocks, mode
    inside = [block for block in blocks if (element := page.element_of(block.text)) is not None
              and container in element.iterancestors()]
    if _words(block for _, block in added) < TWIN_SHARE * _words(inside):
        return blocks, mode
    return in_page_order(page, blocks, added), f"{mode}, split"


def _words(blocks: Iterable[Block]) -> int:
    return sum(len(block.text.split()) for block in blocks)


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
    article = article_of(container)

    def span(element: lxml.html.HtmlElement) -> tuple[int, int]:
        return order[element], order[element] + sum(1 for _ in element.iter()) - 1

    own = span(container)

    def apart(twin: lxml.html.HtmlElement) -> bool:
        (_, end), (start, _) = sorted([own, span(twin)])
        at = bisect.bisect_right(heads, end)
        return at < len(heads) and heads[at] < start

    return sorted((twin for twin in alike if article_of(twin) is article and not apart(twin)),
                  key=order.__getitem__)


def _article_heads(page: Page, chunks: set[lxml.html.HtmlElement]) -> list[int]:
    """Where, in page order, an article may begin outside ``chunks``: a headline (``<h1>``),
    a header, or a heading that links elsewhere (the next story's, on a site that scrolls on
    to it).  Inside a chunk they are the story's own (an embedded card's header)."""
    heads = []
    for element in page.tree.iter("h1", "header", *HEADINGS):
        if element.tag in HEADINGS and (next(element.iter("a"), None) is None or
                                         page.link_density(clean_text(element.text_content()))
                                         < LINKED):
            continue
        if not any(ancestor in chunks for ancestor in element.iterancestors()):
            heads.append(page.places[element])
    return sorted(heads)


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
        text = clean_text(visible_text(element))
        if not text:
            continue
        prefix = "## " if element.tag in HEADINGS else "- " if element.tag == "li" else \
            "> " if element.tag == "blockquote" else ""
        block = Block(text, prefix)
        if prefix == "## ":
            heading, teaser = (element, block), next(element.iter("a"), None) is not None \
                and page.link_density(text) >= LINKED
            continue
        # What the story holds first: on a page trafilatura read whole, that is every block.
        if not teaser and text not in held and \
                not covers_shingles(known, shingles(text), 0.5) and continues(page, block):
            found += [heading, (element, block)] if heading else [(element, block)]
        heading = None
    # A chunk of a story holds a paragraph of one; a lone "Thanks, Junior!" is a caption's.
    return found if any(is_prose(page, block) for _, block in found) else []


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
        if ancestor.tag in _TWIN_BLOCKS or ancestor.tag in _PARTS or ancestor.tag in UNSEEN \
                or ancestor.tag == "a":
            return False
    return False
