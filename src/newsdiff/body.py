"""The story's text: the chain ``extract`` reads a page's body by, in order of trust.

The source's CSS selectors; else trafilatura's precision mode, with the blocks its recall
mode shows to continue the story (``fuller_blocks``: never past a heading, a teaser or a call
box), the chunks of a story split among containers (``twins``), the posts it embeds
(``embeds``), less a widget, plus a newsroom's note (``boxes``), less teaser lines and an
editor's credit (``chrome``); else the JSON-LD ``articleBody`` (as the page shows it, when it
copies only some of its paragraphs); else readability-lxml.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

import lxml.html
import trafilatura

from .article import PROSE_WORDS, clean_text
from .boxes import with_notes, without_widgets
from .chrome import chrome_kinds, is_teaser_line, without_credit_tail
from .config import Selectors
from .embeds import with_embedded_posts
from .markup import Block, blocks_of, plain_blocks
from .page import BLOCKS, HEADINGS, PARSER, UNSEEN, Page, has_words, visible_text
from .story import (
    LINKED,
    continues,
    covers,
    covers_shingles,
    is_fragment,
    is_prose,
    shingles,
    text_of,
)
from .twins import twin_blocks

if TYPE_CHECKING:
    from .extract import Rules


EXTRACTOR_NAME = f"trafilatura {trafilatura.__version__}"


def body_blocks(page: Page, selectors: Selectors | None, rules: Rules, title: str,
                 byline: str) -> tuple[list[Block], str]:
    """(body blocks, which extractor gave them), by the order of trust in ``extract``."""
    if selectors and selectors.body:
        text = _selector_body(lxml.html.fromstring(page.html.encode("utf-8"), parser=PARSER),
                              selectors)
        if text:
            return plain_blocks(text), f"selectors ({selectors.body})"
    # A quote's loose words stay when they credit it ("— Name (@name) date": its date is a
    # link) or are not mostly links ("Tweet this", "Related: …" are share and teaser chrome).
    found = [block for block in blocks_of(getattr(page.precise, "body", None))
             if not block.loose or block.text.startswith(("—", "–", "-", "―"))
             or page.link_density(block.text) < LINKED]
    found = _without_menus(page, found)
    if found:
        found, mode = fuller_blocks(page, found, rules.recall, byline)
        if rules.twins:
            found, mode = twin_blocks(page, found, mode)
        if rules.embeds:
            found = with_embedded_posts(page, found)
        if rules.widgets:
            found = without_widgets(page, found) or found
        if rules.teaser_lines:
            found = [block for block in found if not is_teaser_line(page, block)] or found
        found = with_notes(page, found)
        found = without_credit_tail(found)
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


def _selector_body(tree: lxml.html.HtmlElement, selectors: Selectors) -> str:
    """The text of the source's body selector, block by block, after its removals."""
    for selector in selectors.remove:
        for element in tree.cssselect(selector):
            element.drop_tree()
    lines = []
    for container in tree.cssselect(selectors.body):
        blocks = [el for el in container.iter() if isinstance(el.tag, str)
                  and el.tag in BLOCKS and not any(a.tag in BLOCKS for a in el.iterancestors())]
        for block in blocks or [container]:
            text = clean_text(block.text_content())
            if text:
                lines.append(("- " if block.tag == "li" else "") + text)
    return "\n".join(lines)


_LIST_TAGS = frozenset({"ul", "ol"})


def _json_ld_as_shown(page: Page, ld_body: str) -> list[Block] | None:
    """The story as the page shows it, when the JSON-LD ``articleBody`` is a copy of only
    some of its paragraphs (a teaser of the first few, a body cut at a length): the
    paragraphs of the elements that hold the articleBody's, each where the page puts it.

    None when the articleBody's paragraphs are not the page's (at least half of them must
    stand on it as paragraphs), when the page adds no paragraph of prose to them, or when
    what the page shows lacks any of them: the articleBody is then the fallback as before.
    Beside its paragraphs, only what reads as more of the story comes in: a sentence of
    prose, a subheading, a list item that is not a link (``continues``), never a teaser.
    """
    lines = [clean_text(line) for line in ld_body.split("\n") if line.strip()]
    found = [element for line in lines
             if (element := page.paragraphs_by_text.get(line)) is not None]
    if not lines or len(found) * 2 < len(lines):
        return None
    homes = sorted({element.getparent() for element in found} - {None},
                   key=page.places.__getitem__)
    held, known = shingles(ld_body), set(lines)
    blocks: list[Block] = []
    for home in homes:
        for child in home:
            if not isinstance(child.tag, str) or child.tag in UNSEEN:
                continue
            items = [item for item in child if item.tag == "li"] \
                if child.tag in _LIST_TAGS else [child]
            for element in items:
                text = clean_text(visible_text(element))
                prefix = "## " if element.tag in HEADINGS else "- " if element.tag == "li" \
                    else "> " if element.tag == "blockquote" else ""
                block = Block(text, prefix)
                story = text in known or covers_shingles(held, shingles(text), 0.5)
                if text and (story or (element.tag in (HEADINGS | {"li"}) and
                                       page.link_density(text) < LINKED)
                             or (element.tag == "p" and continues(page, block))):
                    blocks.append(block)
    shown = text_of(blocks)
    more = [block for block in blocks if is_prose(page, block)
            and not covers_shingles(held, shingles(block.text), 0.5)]
    return blocks if more and covers(shown, ld_body, RECALL_COVER) else None


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
             >= LINKED * len(held)}
    return [block for block in blocks if not block.cell or (
        block.cell not in menus and page.link_density(block.text) < LINKED)]


def _json_ld_wins(ld_body: str, found: list[Block], page: Page, rules: Rules, title: str,
                  byline: str) -> bool:
    """Whether the publisher's own body text is the story the page shows, and all of it.

    Both must hold each other's text (so it adds no captions or teasers); under "complete"
    it must also hold every paragraph of prose the page shows: a teaser or truncated
    articleBody never wins over the page, however much of the rest it matches.
    """
    found_text = text_of(found)
    if not (covers(ld_body, found_text, RECALL_COVER) and
            covers(found_text, ld_body, RECALL_COVER)):
        return False
    if rules.json_ld != "complete":
        return True
    held = shingles(ld_body)
    for block in found:
        text = clean_text(block.text)
        # Lines that read as chrome of any kind may well be missing: they are not story.
        if len(text.split()) < PROSE_WORDS or page.link_density(text) >= LINKED or \
                chrome_kinds(text, title, byline, PROSE_WORDS * 3):
            continue
        if not covers_shingles(held, shingles(text), 0.5):
            return False
    return True


RECALL_LENGTH = 1.5
RECALL_COVER = 0.9


def fuller_blocks(page: Page, precise: list[Block], mode: str,
                  byline: str = "") -> tuple[list[Block], str]:
    """Precision mode's blocks, or more of the story when precision visibly cut it short
    (``byline``: who the page credits, whose bio under the story is none of it).

    Recall mode is not run when the page has too little text for it to find much more.
    """
    precise_text = text_of(precise)
    if mode == "off" or page.words < RECALL_LENGTH * len(precise_text.split()):
        return precise, "precision"
    full = page.recall_blocks
    full_text = text_of(full)
    if not covers(full_text, precise_text, RECALL_COVER):
        return precise, "precision"  # recall mode read another part of the page
    if mode == "swap":
        if len(full_text.split()) >= RECALL_LENGTH * len(precise_text.split()):
            return full, "recall"
        return precise, "precision"
    continued = _continued(page, precise, full, byline)
    return (continued, "precision, continued") if len(continued) > len(precise) else \
        (precise, "precision")


def _continued(page: Page, precise: list[Block], full: list[Block],
               byline: str = "") -> list[Block]:
    """Precision's blocks and those of recall mode's that continue the same story.

    The story's anchors are recall mode's paragraphs of prose that precision also holds.  A
    block recall mode adds between two anchors is kept when it is a sentence of prose the page
    puts where it puts the anchors (``Page.slot``: a paragraph beside the story's paragraphs).
    Precision mode leaves out a story paragraph among them only for its links; what it leaves
    out in a box of its own (a newsletter promo, a teaser's blurb, an author's note in a
    bordered box, a caption) sits in another slot, and is no story however prose it reads.
    After the
    last anchor, blocks are kept while each reads as more of the story, a sentence of prose:
    the first heading, link, teaser (a linked headline and its blurb) or fragment ends it
    (``_tail``: and one alone in a box of its own under the story, opening with the name of
    one it credits, is a note on its writer).
    Nothing is added before the first anchor: what precedes a story is its header (bylines,
    captions, galleries), not more of it.
    """
    held = shingles(text_of(precise))
    texts = {block.text for block in precise}
    repeat = _read_again(precise, full)
    inside = [not again and (block.text in texts or
                             covers_shingles(held, shingles(block.text), 0.5))
              for block, again in zip(full, repeat, strict=True)]
    anchors = _above_the_story([i for i, block in enumerate(full)
                                if inside[i] and is_prose(page, block)], page, full, texts)
    if not anchors:
        return precise
    first, last = anchors[0], anchors[-1]

    @functools.cache  # the page's blocks are indexed only when a block may be added
    def slots() -> frozenset:
        return frozenset({page.slot(full[i].text) for i in anchors} - {None})

    keep = [i for i, block in enumerate(full) if not repeat[i] and (block.text in texts or (
        first <= i <= last and (inside[i] or (
            continues(page, block) and page.slot(block.text) in slots()))))]
    return [full[i] for i in sorted(keep + _tail(page, full, last, repeat, inside, slots,
                                                          byline))]


def _above_the_story(anchors: list[int], page: Page, full: list[Block],
                     texts: set[str]) -> list[int]:
    """``anchors`` less those before the first that precision holds word for word which
    stand where none of those do (another ``Page.slot``): a box of key points or a summary
    above the story restates its sentences without being its first paragraphs."""
    exact = [i for i in anchors if full[i].text in texts]
    if not exact or exact[0] == anchors[0]:
        return anchors
    where = {page.slot(full[i].text) for i in exact} - {None}
    return [i for i in anchors if i >= exact[0] or page.slot(full[i].text) in where]


def _tail(page: Page, full: list[Block], last: int, repeat: list[bool], inside: list[bool],
          slots: Callable[[], frozenset], byline: str = "") -> list[int]:
    """The indexes of recall mode's blocks past the last anchor (``last``) that continue the
    story (``_continued``).  One alone, outside the last anchor's container and the story's
    slot, after which the page's prose ends (a row of links, a heading, the page's end), is
    a note under the story when it opens with a name ``byline`` credits (a reporter's bio in
    a box of its own), not more of it.  Any other such line (the story's last paragraph set
    apart for a link in it, a wire's "Reporting by …") is kept: a lost paragraph is worse."""
    run, tail = None, []  # the parent of the first block kept: where the rest must be
    calls = functools.cache(_is_call_box)  # each box weighed once, not once a block in it
    resumes = False  # the story's prose goes on elsewhere after the first block
    for i in range(last + 1, len(full)):
        if repeat[i] and is_prose(page, full[i]):
            break  # the story's paragraphs again: its copy begins
        if repeat[i] or inside[i] or is_fragment(page, full[i]):
            continue  # "By", "Text size": noise inside a story, not its end
        if not continues(page, full[i]) or _in_a_call_box(page, full[i], slots, calls):
            break
        if not _runs_on(page, full[i], run, slots):
            resumes = True
            break
        tail.append(i)
        element = page.element_of(full[i].text)
        if run is None and element is not None:
            run = element.getparent()
    if len(tail) == 1 and not resumes and _opens_with_a_name(full[tail[0]].text, byline) \
            and not _runs_on(page, full[tail[0]], _parent(page, full[last]), slots):
        return []
    return tail


def _opens_with_a_name(text: str, byline: str) -> bool:
    """Whether ``text`` opens with two words in a row of ``byline`` ("Marc Santana is the
    Kyiv bureau chief…" under "By Marc Santana and Jo Lee"), as a writer's bio does."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", byline)
    opening = " ".join(text.split()[:2]).rstrip(",")
    return any(f"{a} {b}" == opening for a, b in itertools.pairwise(words))


def _parent(page: Page, block: Block) -> lxml.html.HtmlElement | None:
    """The container of the element that holds ``block`` exactly, or None."""
    element = page.element_of(block.text)
    return element.getparent() if element is not None else None


def _read_again(precise: list[Block], full: list[Block]) -> list[bool]:
    """For each of recall mode's blocks, whether it reads a block of precision's again.

    Such a block is a copy of the story (a print or mobile copy the page hides): no anchor,
    never kept, and past the story a paragraph read again ends it (a second "Advertisement"
    does not)."""
    texts = {block.text for block in precise}
    unmatched = Counter(block.text for block in precise)
    repeat = []
    for block in full:
        repeat.append(block.text in texts and not unmatched[block.text])
        unmatched[block.text] -= 1
    return repeat


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
    if len(visible_text(box).split()) > CALL_BOX_WORDS or sum(
            len(clean_text(visible_text(p)).split()) >= PROSE_WORDS for p in box.iter("p")) > 1:
        return False
    for call in box.iter(*_CALLS):
        inside = next((a for a in call.iterancestors() if a is box or a.tag in _TEXT_BLOCKS),
                      None)
        if inside is box and (has_words([visible_text(call)]) or call.get("value")):
            return True
    return False
