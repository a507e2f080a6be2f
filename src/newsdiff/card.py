"""The diff card: one edit as a small PNG (before above, after below) and its words as alt text.

A card is what a post or a shared link shows: the source, the article's title, the labels,
then the changed passage as it was (removed words on red) and as it is (added words on green).
It is drawn at 640×336 (the 1.91:1 shape Mastodon, Bluesky and Open Graph previews expect, above
their 600×315 minimum for a large preview), so on a phone 360 px wide its 22 px text reads like
12 px type, and saved as a 4-bit palette PNG of six flat colours: a few kilobytes
(``bench/cards.py`` measures them against the obvious 1200×630 anti-aliased card; 800×420 with
the same proportions cost 25% more bytes and read the same on a phone).
"""

from __future__ import annotations

import functools
import io
import itertools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .article import Article, markdown_to_text
from .diff import Span, diff_paragraphs, diff_text
from .validate import READING_LABEL

if TYPE_CHECKING:  # Pillow is imported when a card is drawn: `newsdiff build` starts faster
    from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 640, 336
MARGIN = 26
TEXT_SIZE, SMALL_SIZE = 22, 17
BOX_LINES = 3
FONT_MODE = "1"  # hinted, not anti-aliased ("L" would anti-alias)
COLOURS = {"ink": (20, 20, 20), "paper": (255, 255, 255), "muted": (90, 90, 90),
           "removed": (255, 196, 196), "added": (186, 232, 186), "rule": (200, 200, 200)}
_FONTS = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
          "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")


@dataclass(frozen=True)
class Passage:
    """One side of the change: words, each marked when it is the part that changed."""

    words: tuple[tuple[str, bool], ...]

    @property
    def text(self) -> str:
        return " ".join(word for word, _ in self.words)


@dataclass(frozen=True)
class Change:
    """What a card shows and its alt text says: one edit of one article, in words."""

    source: str
    title: str
    what: str  # "Headline" or "Text"
    before: Passage
    after: Passage
    labels: tuple[str, ...] = ()
    numbers: tuple[int, int] = (1, 2)

    @property
    def alt_text(self) -> str:
        """The card for a reader who cannot see it: what was there, what is there now."""
        before = self.before.text or "(nothing)"
        after = self.after.text or "(nothing)"
        kinds = f" ({', '.join(self.labels)})" if self.labels else ""
        return (f"{self.what} of “{self.title}” at {self.source}, version {self.numbers[0]} → "
                f"{self.numbers[1]}{kinds}. Before: “{before}” After: “{after}”")


def _passage(spans: tuple[Span, ...], keep: str) -> Passage:
    """The words of one side of a diff row; ``keep`` is the op that marks a changed word."""
    words: list[tuple[str, bool]] = []
    glue = False  # the last span ended inside a word ("3," then "400")
    for span in spans:
        if span.op not in ("equal", keep):
            continue
        for piece in re.findall(r"\S+|\s+", span.text):
            if piece.isspace():
                glue = False
            elif glue and words:
                word, marked = words[-1]
                words[-1] = (word + piece, marked or span.op == keep)
            else:
                words.append((piece, span.op == keep))
                glue = True
    return Passage(tuple(words))


def _around_change(passage: Passage, limit: int = 60) -> Passage:
    """At most ``limit`` words, starting a little before the first changed one."""
    words = passage.words
    first = next((i for i, (_, marked) in enumerate(words) if marked), 0)
    start = max(0, first - 8)
    cut = words[start:start + limit]
    if start:
        cut = (("…", False), *cut)
    if start + limit < len(words):
        cut = (*cut, ("…", False))
    return Passage(tuple(cut))


def describe(old: Article, new: Article, source: str, numbers: tuple[int, int],
             labels: tuple[str, ...] = ()) -> Change | None:
    """The change a card shows: the headline when it changed, else the first changed
    paragraph; None when nothing a reader sees changed."""
    if old.title != new.title:
        row = diff_text(old.title, new.title)
        return Change(source, new.title, "Headline", _passage(row.old, "delete"),
                      _passage(row.new, "insert"), labels, numbers)
    result = diff_paragraphs([markdown_to_text(p) for p in old.paragraphs],
                             [markdown_to_text(p) for p in new.paragraphs])
    for row in result.rows:
        if row.kind in ("same", "moved-out", "moved-in"):
            continue
        return Change(source, new.title, "Text", _around_change(_passage(row.old, "delete")),
                      _around_change(_passage(row.new, "insert")), labels, numbers)
    return None


@functools.lru_cache(maxsize=1)
def _palette() -> Image.Image:
    from PIL import Image

    flat = [value for colour in COLOURS.values() for value in colour]
    palette = Image.new("P", (1, 1))
    palette.putpalette(flat + flat[:3] * (256 - len(COLOURS)))
    return palette


@functools.lru_cache(maxsize=8)
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    from PIL import ImageFont

    path = Path(_FONTS[1 if bold else 0])
    if path.is_file():  # DejaVu covers most scripts news is written in
        return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)


def _lines(draw: ImageDraw.ImageDraw, words: tuple[tuple[str, bool], ...], font,
           width: int, max_lines: int) -> list[list[tuple[str, bool]]]:
    """Words wrapped into at most ``max_lines`` lines of ``width`` pixels (the last one ends
    with an ellipsis when words are left over)."""
    lines: list[list[tuple[str, bool]]] = [[]]
    used = 0.0
    space = draw.textlength(" ", font=font)
    for word, marked in words:
        size = draw.textlength(word, font=font)
        if lines[-1] and used + space + size > width:
            if len(lines) == max_lines:
                lines[-1].append(("…", False))
                return lines
            lines.append([])
            used = 0.0
        used += (space if lines[-1] else 0) + size
        lines[-1].append((word, marked))
    return lines


def _box(draw: ImageDraw.ImageDraw, top: int, heading: str, passage: Passage,
         mark: tuple[int, int, int]) -> int:
    """Draw one side (its heading, then its words, changed ones on ``mark``); its bottom."""
    draw.text((MARGIN, top), heading, font=_font(SMALL_SIZE, bold=True), fill=COLOURS["muted"])
    top += SMALL_SIZE + 6
    font = _font(TEXT_SIZE)
    space = draw.textlength(" ", font=font)
    words = passage.words or (("(nothing)", False),)
    for line in _lines(draw, words, font, WIDTH - 2 * MARGIN, BOX_LINES):
        x = float(MARGIN)
        # One draw call per run of words alike (changed or not): ten times fewer than a word
        # at a time, and a run's band covers its spaces.
        for marked, run in itertools.groupby(line, key=lambda word: word[1]):
            text = " ".join(word for word, _ in run)
            size = draw.textlength(text, font=font)
            if marked:
                draw.rectangle((x - 3, top - 2, x + size + 3, top + TEXT_SIZE + 4), fill=mark)
            draw.text((x, top), text, font=font, fill=COLOURS["ink"])
            x += size + space
        top += TEXT_SIZE + 9
    return top


def render_card(change: Change) -> bytes:
    """The card as PNG bytes (deterministic: the same change gives the same bytes)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (WIDTH, HEIGHT), COLOURS["paper"])
    draw = ImageDraw.Draw(image)
    # Hinted text without anti-aliasing: as legible at this size, only the palette's own
    # colours on the card, and a third fewer bytes.
    draw.fontmode = FONT_MODE
    bold = _font(SMALL_SIZE, bold=True)
    # A reading changed by an upgrade qualifies every other label: it comes first, in words.
    labels = sorted(change.labels, key=lambda label: label != READING_LABEL)
    header = [f"{change.source} · version {change.numbers[0]} → {change.numbers[1]}",
              *("newsdiff read it differently" if label == READING_LABEL else label
                for label in labels)]
    # Labels that do not fit are left off (the alt text has them all), never cut mid-word.
    while len(header) > 1 and draw.textlength(" · ".join(header), font=bold) > WIDTH - 2 * MARGIN:
        header.pop()
    top = SMALL_SIZE
    draw.text((MARGIN, top), " · ".join(header), font=bold, fill=COLOURS["muted"])
    top += SMALL_SIZE + 8
    title = _lines(draw, tuple((w, False) for w in change.title.split()),
                   _font(SMALL_SIZE), WIDTH - 2 * MARGIN, 1)[0]
    draw.text((MARGIN, top), " ".join(w for w, _ in title), font=_font(SMALL_SIZE),
              fill=COLOURS["ink"])
    top += SMALL_SIZE + 12
    draw.line((MARGIN, top, WIDTH - MARGIN, top), fill=COLOURS["rule"], width=2)
    # Before gets at most half the room below the rule, so "after" always shows.
    half = top + 10 + (HEIGHT - top - 10) // 2
    bottom = _box(draw, top + 10, f"{change.what}, before", change.before, COLOURS["removed"])
    _box(draw, min(bottom + 6, half), "After", change.after, COLOURS["added"])
    out = io.BytesIO()
    # Six colours, mapped exactly onto a fixed palette and packed four bits a pixel. zlib's
    # level 6: level 9 (or Pillow's `optimize`) saved 7% of the bytes for six times the time.
    image.quantize(palette=_palette(), dither=Image.Dither.NONE).save(
        out, format="PNG", compress_level=6, bits=4)
    return out.getvalue()


__all__ = ["Change", "Passage", "describe", "render_card"]
