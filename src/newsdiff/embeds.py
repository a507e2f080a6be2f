"""Posts a story embeds (Twitter's, Instagram's, Threads', Bluesky's, TikTok's embed
markup), read as quotes where they stand beside the story's paragraphs
(``with_embedded_posts``); never a feed of posts, nor a box with words of its own.
"""

from __future__ import annotations

import bisect

import lxml.html

from .article import clean_text
from .markup import Block
from .page import HEADINGS, UNSEEN, Page, has_words, visible_text
from .story import (
    covers_shingles,
    in_page_order,
    is_prose,
    place_of,
    shingles,
    story_container,
    text_of,
)

#: the class each network's embed code gives the quote it renders a post from
_EMBED_CLASSES = frozenset({"twitter-tweet", "instagram-media", "text-post-media",
                            "bluesky-embed", "tiktok-embed"})


def with_embedded_posts(page: Page, blocks: list[Block]) -> list[Block]:
    """The story's blocks, with the posts it embeds that they lack, each as a quote where
    the page puts it (the post's words, then its credit: "— Name (@name) date"); a post it
    shows twice (a print view's copy) read once.

    Only posts beside the story's paragraphs (``_story_posts``): a feed of posts elsewhere
    is no part of it."""
    held = shingles(text_of(blocks))
    added: list[tuple[lxml.html.HtmlElement, Block]] = []
    for quote in _story_posts(page, blocks):
        if covers_shingles(held, shingles(visible_text(quote)), 0.5):
            continue
        found = _post_blocks(page, quote)
        held |= shingles(text_of(found))
        added += [(quote, block) for block in found]
    return in_page_order(page, blocks, added) if added else blocks


def _is_post(element: lxml.html.HtmlElement) -> bool:
    return element.tag == "blockquote" and \
        bool(_EMBED_CLASSES & set((element.get("class") or "").split()))


def _story_posts(page: Page, blocks: list[Block]) -> list[lxml.html.HtmlElement]:
    """The posts a reader sees standing beside the story's paragraphs: in an element that
    holds some of them (each entry of a live blog, not only the one holding most: which one
    that is changes as entries come in, and a post the story still quotes would seem cut;
    ``_readable_homes``), alone in any box of its own there (``_home_of``), and under no
    heading there the story lacks (``_under_other_heading``).  A box holding several posts,
    a heading or words of its own is a feed ("What people are saying") or a card: its posts
    change from fetch to fetch, and each change would be a false version of the story.  A
    post quoted in another is read with it; one in unseen markup (``<noscript>``) is a copy
    for pages without script."""
    # Each box's posts and headings counted in one walk, not once a post in it: a feed of
    # thousands of posts in nested boxes took minutes so.
    posts = [quote for quote in page.tree.iter("blockquote") if _is_post(quote)
             and not any(map(_is_post, quote.iterancestors()))]
    if not posts:
        return []
    homes = {element.getparent() for block in blocks if is_prose(page, block)
             and (element := page.paragraphs_by_text.get(clean_text(block.text))) is not None}
    homes.discard(None)
    if not homes:
        return []
    held_posts: dict[lxml.html.HtmlElement, int] = {}
    for quote in posts:
        for box in quote.iterancestors():
            held_posts[box] = held_posts.get(box, 0) + 1
    headed: set[lxml.html.HtmlElement] = set()
    for heading in page.tree.iter(*HEADINGS):
        for box in heading.iterancestors():
            if box in headed:
                break
            headed.add(box)
    crowded = {box for box, count in held_posts.items() if count > 1} | headed
    readable = _readable_homes(page, blocks, homes)
    found = [(quote, home) for quote in posts
             if (home := _home_of(quote, homes, crowded)) in readable]
    if not found:
        return []
    story = sorted(place for block in blocks if (place := place_of(page, block)) is not None)
    texts = {clean_text(block.text) for block in blocks}
    return [quote for quote, home in found
            if not _under_other_heading(page, story, texts, quote, home)]


def _readable_homes(page: Page, blocks: list[Block], homes: set[lxml.html.HtmlElement]
                    ) -> set[lxml.html.HtmlElement]:
    """The homes of the story's paragraphs whose posts are the story's: the one holding most,
    those inside it, and those of its tag and class (a live blog's other entries, a split
    story's other chunks).  A paragraph trafilatura keeps from elsewhere (an author's note
    between a story's parts) may stand beside a post of another kind: their latest."""
    container = story_container(page, blocks, classed=False)
    if container is None:
        return set()
    kind = (container.tag, container.get("class")) if (container.get("class") or "").strip() \
        else None
    return {home for home in homes if home is container or container in home.iterancestors()
            or (kind is not None and (home.tag, home.get("class")) == kind)}


def _under_other_heading(page: Page, story: list[int], texts: set[str],
                         quote: lxml.html.HtmlElement, home: lxml.html.HtmlElement) -> bool:
    """Whether a post stands, past the story's start (``story``: its blocks' places), under
    a heading of ``home`` the story lacks (none of ``texts``): a section of the page's own
    ("What people are saying" and the latest posts, right in the story's element)."""
    at = page.places[quote]
    before = story[bisect.bisect_left(story, at) - 1] if story and story[0] < at else None
    if before is None:
        return False
    heads = page.heading_places
    nearest = bisect.bisect_left(heads, (at,)) - 1
    if nearest < 0 or heads[nearest][0] <= before:
        return False
    heading = heads[nearest][1]
    return home in heading.iterancestors() and clean_text(visible_text(heading)) not in texts


def _home_of(quote: lxml.html.HtmlElement, homes: set[lxml.html.HtmlElement],
             crowded: set[lxml.html.HtmlElement]) -> lxml.html.HtmlElement | None:
    """The element holding the story's paragraphs a post stands in, alone in any box of its
    own there: none unseen, holding another post or a heading (``crowded``), or words of its
    own but a caption's (an author's card with their latest post, a "Latest post" box; the
    embed boxes of the shared pages hold none)."""
    inner = quote
    for box in quote.iterancestors():
        if box in homes:
            return box
        if box in crowded or box.tag in UNSEEN or box.tag == "template" or has_words(
                [box.text, *(child.tail for child in box)]) or any(
                child is not inner and child.tag != "figcaption" and isinstance(child.tag, str)
                and has_words([visible_text(child)]) for child in box):
            return None
        inner = box
    return None


_ALL_LINKS = 0.9  # of a post's loose words in its links: a link to it ("View on Threads")


def _post_blocks(page: Page, quote: lxml.html.HtmlElement) -> list[Block]:
    """An embedded post as quote blocks: each paragraph, each post it quotes, then the words
    beside them (its credit) unless they are all a link ("View on Threads")."""
    def own(element: lxml.html.HtmlElement) -> bool:
        """Not a part of a post quoted in it, nor of unseen markup (a ``<noscript>`` note)."""
        return next(a for a in element.iterancestors() if a is quote or _is_post(a)
                    or a.tag in UNSEEN or a.tag == "template") is quote

    paragraphs = [Block(clean_text(visible_text(p)), "> ") for p in quote.iter("p") if own(p)]
    quoted = [block for inner in quote.iter("blockquote") if inner is not quote
              and _is_post(inner) and own(inner) for block in _post_blocks(page, inner)]
    loose, linked = [quote.text or ""], []
    for child in quote:
        if child.tag != "p" and next(child.iter("p"), None) is None and not _is_post(child):
            loose.append(visible_text(child))
            linked += [visible_text(link) for link in child.iter("a")]
        loose.append(child.tail or "")
    credit = clean_text(" ".join(loose))
    # Its own links, not the page's link index, which leaves out one-word links ("https://…");
    # all links, not most: a TikTok caption's own words stand among its tags and sound.
    if not credit.startswith(("—", "–", "-", "―")) and \
            len(clean_text(" ".join(linked))) >= _ALL_LINKS * len(credit):
        credit = ""
    return [block for block in [*paragraphs, *quoted, Block(credit, "> ")] if block.text]
