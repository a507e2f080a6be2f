"""The story's blocks on a page: what reads as a paragraph of the story (prose, not a link,
heading or call to act) or as more of it; how much of one text another holds (4-word
shingles); the element most of the story stands in, and its ``<article>``; each block's
place in page order.  Shared by the rules that add to the story or take from it (``body``,
``twins``, ``embeds``, ``boxes``).
"""

from __future__ import annotations

import re

import lxml.html

from .article import PROSE_WORDS, clean_text
from .markup import Block
from .page import RUN_KEY, Page

LINKED = 0.5  # a block with at least this share of its text in links is a link, not prose


def text_of(blocks: list[Block]) -> str:
    return "\n".join(block.text for block in blocks)


def covers(text: str, other: str, share: float) -> bool:
    """Whether ``text`` holds at least ``share`` of ``other``'s 4-word shingles."""
    return covers_shingles(shingles(text), shingles(other), share)


def covers_shingles(held: set, wanted: set, share: float) -> bool:
    return bool(wanted) and len(wanted & held) >= share * len(wanted)


def shingles(text: str) -> set[tuple[str, ...]]:
    tokens = re.findall(r"\w+", text.lower())
    return {tuple(tokens[i:i + 4]) for i in range(max(0, len(tokens) - 3))}


_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$")


def is_prose(page: Page, block: Block) -> bool:
    """A paragraph of running text: sentences, not a heading or a link, a few words at least
    (a headline repeated in a page's header is none of these)."""
    return not block.prefix.startswith("#") and len(block.text.split()) >= PROSE_WORDS \
        and bool(_SENTENCE_END.search(block.text)) and page.link_density(block.text) < LINKED


def is_fragment(page: Page, block: Block) -> bool:
    return len(block.text.split()) < 4 and not block.prefix.startswith("#") and \
        page.link_density(block.text) < LINKED


def continues(page: Page, block: Block) -> bool:
    """Whether a block after the story can be more of it: a sentence of prose, not a
    heading, a link or a teaser."""
    text = block.text
    return not block.prefix.startswith("#") and bool(_SENTENCE_END.search(text)) and \
        not any(text.startswith(anchor) for anchor in page.teaser_heads.get(text[:7], ())) \
        and page.link_density(text) < LINKED and not _ends_in_a_call(page, text)


_CLOSING = "\"'”’»)] "


def _ends_in_a_call(page: Page, text: str) -> bool:
    """Whether a paragraph's last sentence is a link and nothing else: an appeal's call
    ("… help us keep reporting. Donate now."; "… Sign up here."), which leads away from
    the story."""
    sentences = re.split(r"(?<=[.!?…])\s+", text.strip())
    last = sentences[-1].rstrip(_CLOSING).rstrip(".!?…").rstrip(_CLOSING)
    return len(sentences) > 1 and last in page.link_texts


def story_container(page: Page, blocks: list[Block],
                     classed: bool = True) -> lxml.html.HtmlElement | None:
    """The element most of the story's paragraphs of prose (``<p>``s) stand in; when
    ``classed``, only one with a class (a bare ``<div>`` names no kind of container a twin
    could share)."""
    parents: dict[lxml.html.HtmlElement, int] = {}
    for block in blocks:
        element = page.paragraphs_by_text.get(clean_text(block.text)) \
            if is_prose(page, block) else None
        parent = element.getparent() if element is not None else None
        if parent is not None:
            parents[parent] = parents.get(parent, 0) + 1
    if not parents:
        return None
    container = max(parents, key=parents.get)
    return container if not classed or (container.get("class") or "").strip() else None


def article_of(element: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The ``<article>`` an element is or stands in, if any."""
    return element if element.tag == "article" else next(element.iterancestors("article"), None)


def in_page_order(page: Page, blocks: list[Block],
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
    places = [place_of(page, block) for block in blocks]
    for block, place in zip(blocks, places, strict=True):
        at = max(at, place) if place is not None else at
        keyed.append((at, block))
    placed = max((i for i, place in enumerate(places) if place is not None), default=-1)
    keyed[placed + 1:] = [(float("inf"), block) for _, block in keyed[placed + 1:]]
    keyed += [(order[element], block) for element, block in added]
    return [block for _, block in sorted(keyed, key=lambda pair: pair[0])]


def place_of(page: Page, block: Block) -> float | None:
    """Where a block stands in reading order: its element's place, or, held by none (words
    between ``<br>``s), where its first words stand."""
    element = page.element_of(block.text)
    return page.places[element] if element is not None else \
        page.text_places.get(clean_text(block.text)[:RUN_KEY])
