"""Boxes in and beside the story's container that trafilatura misjudges: a newsroom's note
on the story (a correction or editor's note in an ``<aside>``: story, ``with_notes``) and a
widget (a poll, a quiz, a sign-up form: no story, ``without_widgets``).
"""

from __future__ import annotations

import lxml.html

from .article import PROSE_WORDS, clean_text
from .markup import Block
from .page import NOTE_LABEL, Page, visible_text
from .story import (
    LINKED,
    article_of,
    covers,
    in_page_order,
    is_prose,
    place_of,
    story_container,
    text_of,
)


def with_notes(page: Page, blocks: list[Block]) -> list[Block]:
    """The story with the newsroom's note on it (``NOTE_LABEL``) that stands in it, or just
    before or after it in the same article, where the page puts it: a correction in an
    ``<aside>`` above the story was left out.  A note past a heading after the story is
    someone else's (a comment that opens "Correction:"), and so is one in another article.
    """
    if not page.notes:
        return blocks  # the page holds no note: nothing to look for (most pages)
    container = story_container(page, blocks, classed=False)
    if container is None:
        return blocks
    scope = article_of(container)
    scope = scope if scope is not None else container.getparent()
    if scope is None:
        return blocks
    order = page.places
    edges = [place for block in blocks if is_prose(page, block)
             and (place := place_of(page, block)) is not None]
    if not edges:
        return blocks
    first, last = min(edges), max(edges)
    held = {clean_text(block.text) for block in blocks}
    story = text_of(blocks)
    added: list[tuple[lxml.html.HtmlElement, Block]] = []
    for element in page.notes:
        if not any(ancestor is scope for ancestor in element.iterancestors()):
            continue
        text = clean_text(visible_text(element))
        place = order[element]
        if text in held or not NOTE_LABEL.match(text) or len(text.split()) < PROSE_WORDS \
                or page.link_density(text) >= LINKED or covers(story, text, 0.5):
            continue  # no note, or one the story holds already (its words otherwise split)
        between = (place, first) if place < first else (last, place)
        if any(between[0] < at < between[1] for at, _ in page.heading_places):
            continue  # past a heading after the story (or before it): another part's
        added.append((element, Block(text)))
        held.add(text)
    return in_page_order(page, blocks, added) if added else blocks


#: What makes a box a form a reader fills in (with ``<form>``, ``<select>``, ``<textarea>``):
#: a poll's or quiz's choices, a sign-up's address field.  Not a lone button (a "Show more"
#: expander, an audio player), a text field (a share bar's copy-link box) nor a checkbox
#: (the toggle of a pure-CSS accordion or "read more"), which boxes of story paragraphs have.
_FILLED_IN = frozenset({"radio", "email"})
WIDGET_SHARE = 0.15  # of the container's words a widget holds, at most
WIDGET_LINE = 20  # words: a line this long is a paragraph, and its box no widget


def without_widgets(page: Page, blocks: list[Block]) -> list[Block]:
    """The story's blocks less those standing in a widget inside the story's container: a
    box there that holds a form to fill in (a poll and its running results, a quiz, a
    newsletter sign-up) and only short lines (a question, choices, a count of votes).

    Only boxes inside the container: the story itself may stand in a form (ASP.NET pages
    wrap the whole page in one).  A widget is the largest box around its form that holds
    at most ``WIDGET_SHARE`` of the container's words, and none of the story's lines of
    ``WIDGET_LINE`` words or more: a chunk of the story that also holds a sign-up form is
    more than the form, and its paragraphs are the story's.
    """
    container = story_container(page, blocks, classed=False)
    if container is None:
        return blocks
    controls = [element for element in container.iter("form", "select", "textarea", "input")
                if element.tag != "input" or (element.get("type") or "").lower() in _FILLED_IN]
    if not controls:
        return blocks
    most = WIDGET_SHARE * len(visible_text(container).split())
    boxes: dict[lxml.html.HtmlElement, lxml.html.HtmlElement | None] = {}  # box → widget
    for control in controls:  # each box weighed once, however many controls it holds
        inner: list[lxml.html.HtmlElement] = []
        widget = None
        for box in (control, *control.iterancestors()):
            if box in boxes:  # a widget's box, or one too big to be one (None)
                widget = boxes[box] if boxes[box] is not None else \
                    inner[-1] if inner else None
                break
            if box is container or len(visible_text(box).split()) > most:
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
