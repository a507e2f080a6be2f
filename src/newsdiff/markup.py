"""Article bodies as Markdown blocks: paragraphs, headings, lists, block quotes and links.

trafilatura hands over its result as a small XML tree (``p``, ``head``, ``list/item``,
``quote``, ``table/row/cell``); each block becomes one Markdown paragraph of the stored file,
every piece of scraped text escaped so it can only ever read as text.  Links are put back
from the page's own prose links (``<p>…<a href>…</a>…</p>``): trafilatura's link mode loses
the text before a link on some pages (F1 0.970 → 0.968 on the benchmark), so it is not used.
The rules (chrome lines, validation) look at a block's words, never its markup, so a changed
link alone is not an edit.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from urllib.parse import urljoin

from lxml import etree

from .article import clean_text, escape_markdown
from .urls import BadURLError, canonical_url

#: Links kept in bodies: only to web pages (no javascript:, data:, mailto:).
_WEB_LINK = re.compile(r"^https?://[^\s<>]+$", re.IGNORECASE)
_MIN_ANCHOR = 4  # characters: shorter anchor texts ("here", "1") match too much by chance


@dataclass(frozen=True)
class Block:
    """One paragraph of a body: its text, its Markdown prefix and the links in its text."""

    text: str
    prefix: str = ""  # "## ", "- ", "> ", "> - "
    links: tuple[tuple[int, int, str], ...] = ()  # (start, end, URL) spans of ``text``
    #: loose words in a quote beside its paragraphs (a tweet's attribution, or a share
    #: button): the caller keeps them only when they are not mostly link text
    loose: bool = field(default=False, compare=False)
    #: which cell of a layout table it stands in (0: none): the caller weighs each cell
    #: whole, as a page's column (its menu, its story, its footer)
    cell: int = field(default=0, compare=False)

    @property
    def markdown(self) -> str:
        parts, position = [self.prefix], 0
        for start, end, url in self.links:
            parts.append(escape_markdown(self.text[position:start]))
            parts.append(f"[{escape_markdown(self.text[start:end])}]({url})")
            position = end
        parts.append(escape_markdown(self.text[position:]))
        return "".join(parts)


#: trafilatura's elements that are blocks of their own: their words never run into the next
#: ("…in nowAssess what…" from a list inside a list item)
_BLOCKS = frozenset({"p", "head", "list", "item", "quote", "table", "row", "cell", "div"})


def _text(element: etree._Element) -> str:
    pieces = [element.text or ""]
    for child in element:
        pieces += [_words_of(child), child.tail or ""]
    return clean_text("".join(pieces))


def _words_of(child: etree._Element) -> str:
    if not isinstance(child.tag, str):
        return ""  # a comment or processing instruction: nothing a reader sees
    return " " if child.tag == "lb" else f" {_text(child)} " if child.tag in _BLOCKS \
        else _text(child)


def _add_item(item: etree._Element, blocks: list[Block], prefix: str) -> None:
    """A list item, and each item of a list inside it after it, one line each (the
    nesting is not kept: the words and their order are)."""
    pieces = [item.text or ""]
    for child in item:
        if child.tag == "list":
            blocks.append(Block(clean_text("".join(pieces)), prefix + "- "))
            pieces = []
            _add_blocks(child, blocks, prefix)
        else:
            pieces.append(_words_of(child))
        pieces.append(child.tail or "")
    blocks.append(Block(clean_text("".join(pieces)), prefix + "- "))


def _heading_prefix(element: etree._Element) -> str:
    match = re.fullmatch(r"h([1-6])", element.get("rend") or "")
    return "#" * max(2, int(match.group(1)) if match else 2) + " "  # h1 is the page title


def blocks_of(body: etree._Element | None) -> list[Block]:
    """The blocks of trafilatura's XML body, in reading order."""
    blocks: list[Block] = []
    if body is not None:
        _add_children(body, blocks, "")
    return [block for block in blocks if block.text]


def _add_children(parent: etree._Element, blocks: list[Block], prefix: str) -> None:
    """Each block child's blocks, and the loose words between them (text, inline elements,
    tails: a tweet's "— Name (@name) November 18, 2019" after its <p>) as paragraphs of
    their own; a line break ends such a paragraph."""
    run, loose = [parent.text or ""], parent.tag == "quote"
    for child in parent:
        if isinstance(child.tag, str) and child.tag in (*_BLOCKS, "lb"):
            blocks.append(Block(clean_text("".join(run)), prefix, loose=loose))
            run = []
            _add_blocks(child, blocks, prefix)
        else:
            run.append(_words_of(child))
        run.append(child.tail or "")
    blocks.append(Block(clean_text("".join(run)), prefix, loose=loose))


def _add_blocks(element: etree._Element, blocks: list[Block], prefix: str) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "head":
        blocks.append(Block(_text(element), prefix + _heading_prefix(element)))
    elif tag == "list":
        for item in element:
            if item.tag == "item":
                _add_item(item, blocks, prefix)
    elif tag == "quote":
        if any(isinstance(c.tag, str) and c.tag in ("p", "list", "head") for c in element):
            _add_children(element, blocks, "> ")
        else:
            blocks.append(Block(_text(element), "> "))
    elif tag == "table" and _is_layout(element):
        for cell in element.iter("cell"):
            start = len(blocks)
            _add_children(cell, blocks, prefix)
            blocks[start:] = [replace(block, cell=start + 1) for block in blocks[start:]]
    elif tag == "table":
        for row in element.iter("row"):
            cells = [_text(cell) for cell in row if cell.tag == "cell"]
            blocks.append(Block("| " + " | ".join(cells) + " |", prefix))
    elif tag == "div":
        _add_children(element, blocks, prefix)
    else:
        blocks.append(Block(_text(element), prefix))


_LAYOUT_WORDS = 8  # of each of two paragraphs in one cell: a page laid out in a table


def _is_layout(table: etree._Element) -> bool:
    """Whether a table lays out a page (an old CMS's: menu, story and footer in its cells)
    rather than holding data: a cell holds paragraphs, two of them sentences at least."""
    return any(sum(1 for p in cell if p.tag == "p" and len(_text(p).split()) >= _LAYOUT_WORDS)
               >= 2 for cell in table.iter("cell"))


def plain_blocks(text: str) -> list[Block]:
    """Blocks of a plain-text body (one paragraph a line; ``- `` marks a list item)."""
    blocks = []
    for line in text.split("\n"):
        line = clean_text(line)
        if line.startswith("- "):
            blocks.append(Block(line[2:], "- "))
        elif line:
            blocks.append(Block(line))
    return blocks


def _link_target(href: str, page_url: str) -> str | None:
    """An absolute web URL without tracking parameters, safe inside ``(…)``; else None."""
    try:
        url = canonical_url(urljoin(page_url, href.strip()))
    except (BadURLError, ValueError):
        return None
    if not _WEB_LINK.match(url):
        return None
    return url.replace("(", "%28").replace(")", "%29")


def prose_links(tree: etree._Element, page_url: str) -> list[tuple[str, str]]:
    """(anchor text, URL) of the links inside the page's paragraphs, longest text first."""
    found: dict[str, str] = {}
    # Not "//p//a": libxml2 merges each paragraph's descendants into one ordered set, which
    # grows with the square of the page (a 5 MB page of paragraphs took 8 minutes).
    for anchor in tree.xpath("//a[@href][ancestor::p]"):
        text = clean_text(anchor.text_content())
        if len(text) >= _MIN_ANCHOR and text not in found:
            target = _link_target(anchor.get("href") or "", page_url)
            if target:
                found[text] = target
    return sorted(found.items(), key=lambda pair: -len(pair[0]))


def _standalone(text: str, anchor: str) -> int:
    """Where ``anchor`` first stands in ``text`` as whole words (-1: nowhere): "art" is not
    found in "party"."""
    start = text.find(anchor)
    while start >= 0:
        end = start + len(anchor)
        if not ((start and _WORD_CHAR.match(text[start - 1])) or
                (end < len(text) and _WORD_CHAR.match(text[end]))):
            return start
        start = text.find(anchor, start + 1)
    return -1


#: Anchor texts tried against a page's blocks, at most: past it the text stays, unlinked.  A
#: story tries a few hundred; a page of thousands of links sharing their words (a hostile or
#: a link-farm page) would try every link in every block, the square of the page.
LINK_TRIES = 100_000
_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")


def with_links(blocks: list[Block], links: list[tuple[str, str]]) -> list[Block]:
    """The blocks with each prose link marked where its anchor text first appears.

    Each anchor is tried only in the blocks holding its rarest word (among the anchors'), so
    the work follows the links a block can hold, not links × blocks; ``LINK_TRIES`` bounds
    what is left (anchors of common words only).
    """
    if not links:
        return blocks
    words = [set(_WORD.findall(text)) for text, _ in links]
    counts = Counter(word for found in words for word in found)
    by_word: dict[str, list[int]] = {}
    wordless = []
    for n, found in enumerate(words):
        if found:
            by_word.setdefault(min(found, key=lambda w: (counts[w], w)), []).append(n)
        else:
            wordless.append(n)
    tries, linked = 0, []
    for block in blocks:
        # In the links' order (longest first): a longer anchor takes its words before a
        # shorter one inside it can.
        candidates = sorted({n for word in set(_WORD.findall(block.text))
                             for n in by_word.get(word, ())} | set(wordless))
        spans: list[tuple[int, int, str]] = []
        for n in candidates:
            text, url = links[n]
            tries += 1
            if tries > LINK_TRIES:
                break
            start = _standalone(block.text, text)
            end = start + len(text)
            if start >= 0 and not any(s < end and start < e for s, e, _ in spans):
                spans.append((start, end, url))
        linked.append(Block(block.text, block.prefix, tuple(sorted(spans))) if spans else block)
    return linked
