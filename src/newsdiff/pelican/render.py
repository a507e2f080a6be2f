"""Turning untrusted scraped text into safe HTML, and times into words.

Every string that came from a news site reaches a page through one of these functions or
through Jinja's autoescaping; nothing scraped is ever marked safe without escaping or nh3.
"""

from __future__ import annotations

import ctypes
import functools
import html
from datetime import UTC, datetime

import nh3
from cmarkgfm.cmark import _cmark
from markupsafe import Markup

from ..diff import Span

_ALLOWED_TAGS = {"p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "a", "em",
                 "strong", "code", "br", "hr"}
_TAG_FOR_OP = {"delete": "del", "insert": "ins"}


#: What each label means: the legend on list pages and the chips' tooltips.
LABELS = {
    "headline": "the headline was changed",
    "byline": "the byline (who wrote it) was changed",
    "url": "the article moved to a new address",
    "lede": "the first paragraph was changed",
    "paragraph-added": "a paragraph was added",
    "paragraph-removed": "a paragraph was removed",
    "paragraph-moved": "a paragraph was moved elsewhere in the text",
    "quote": "words inside quotation marks were changed",
    "numbers": "a figure was changed",
    "correction": "the new text mentions a correction or update",
    "minor": "a few characters only (a typo, punctuation)",
}


def spans_html(spans: tuple[Span, ...]) -> Markup:
    """Diff spans as HTML: removed words in ``<del>``, added words in ``<ins>``.

    A removal followed at once by an addition gets a space between them, so "3,400" replaced
    by "3,100" never reads "3,4003,100" when copied or read aloud.
    """
    parts = []
    previous = ""
    for span in spans:
        text = html.escape(span.text)
        tag = _TAG_FOR_OP.get(span.op)
        if tag == "ins" and previous == "del" and not text.startswith(" "):
            parts.append(" ")
        parts.append(f"<{tag}>{text}</{tag}>" if tag else text)
        previous = tag or ""
    return Markup("".join(parts))


def fold(rows: tuple, context: int = 1, shown: int = 2) -> list[tuple[str, list]]:
    """A diff's rows as hunks: ``("rows", […])`` to show and ``("fold", […])`` to fold.

    Unchanged paragraphs next to a change are kept as context (``context`` on each side);
    a longer unchanged run is folded, as Wikipedia's diff view does, unless it is no longer
    than ``shown`` paragraphs.  Unchanged runs at the start and end keep their context only.
    """
    changed = [i for i, row in enumerate(rows) if row.kind != "same"]
    keep = {j for i in changed for j in range(i - context, i + context + 1)}
    hunks: list[tuple[str, list]] = []
    run: list = []

    def flush(at_edge: bool) -> None:
        if run and (at_edge or len(run) > shown):
            hunks.append(("fold", list(run)))
        elif run:
            hunks.append(("rows", list(run)))
        run.clear()

    for index, row in enumerate(rows):
        if index in keep or row.kind != "same":
            flush(at_edge=not hunks)
            if hunks and hunks[-1][0] == "rows":
                hunks[-1][1].append(row)
            else:
                hunks.append(("rows", [row]))
        else:
            run.append(row)
    flush(at_edge=True)
    return hunks


def size_text(added: int, removed: int, title: bool = False, byline: bool = False) -> str:
    """``+20 −1 words``, ``headline changed``, ``+3 words, byline changed``."""
    signed = [text for text, count in ((f"+{added:,}", added), (f"−{removed:,}", removed))
              if count]
    noun = "word" if added + removed == 1 else "words"
    parts = [f"{' '.join(signed)} {noun}"] if signed else []
    parts += [f"{what} changed" for what, did in (("headline", title), ("byline", byline))
              if did]
    return ", ".join(parts) or "no words changed"


def claimed_time(value: str) -> str:
    """A page's own date (``2026-03-02T05:15:00Z``) in words, or as given if unparsable."""
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return value
    if moment.tzinfo is None:
        return f"{moment.day} {moment:%B %Y}" + (f" {moment:%H:%M}" if moment.hour or
                                                 moment.minute else "")
    return format_time(moment.astimezone(UTC))


def shorten(text: str, limit: int = 60) -> str:
    """``text`` cut at a word boundary with an ellipsis, never mid-word."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:–—-")
    return f"{cut}…"


_free = ctypes.CDLL(None).free
_free.argtypes = [ctypes.c_void_p]


def commonmark_html(text: str) -> str:
    """CommonMark → HTML with cmark (GitHub's renderer), safe mode: no raw HTML, no
    ``javascript:`` links.

    cmarkgfm's own ``markdown_to_html`` never frees cmark's result: 8 KB leaked per
    1,000-word body, 1.3 GB per worker in a 50,000-version build.  Its buffer comes from
    libc's allocator, so libc's ``free`` releases it.
    """
    data = text.encode("utf-8")
    raw = _cmark.lib.cmark_markdown_to_html(data, len(data), 0)
    try:
        return _cmark.ffi.string(raw).decode("utf-8")
    finally:
        _free(int(_cmark.ffi.cast("uintptr_t", raw)))


@functools.lru_cache(maxsize=64)  # an article's latest body shows on two of its pages
def body_html(body: str) -> Markup:
    """A stored Markdown body as sanitised HTML (no scripts, no event handlers, safe links).

    cmark renders it as GitHub shows the archive file, 70 times faster than Python-Markdown
    (0.05 ms against 3.6 ms for 1,000 words); nh3 then keeps only the tags a body may have.
    """
    rendered = commonmark_html(body)
    # Headings start at h2: the page's own title is the h1.
    rendered = rendered.replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    clean = nh3.clean(rendered, tags=_ALLOWED_TAGS, attributes={"a": {"href", "title"}},
                      url_schemes={"http", "https", "mailto"}, link_rel="nofollow noopener")
    return Markup(clean)


def format_time(moment: datetime | None) -> str:
    """``7 July 2017 09:12 UTC``."""
    if moment is None:
        return ""
    return f"{moment.day} {moment:%B %Y %H:%M} UTC"


def iso_time(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _plural(count: int, unit: str) -> str:
    return f"{count} {unit}{'' if count == 1 else 's'}"


def duration(seconds: float) -> str:
    """``35 minutes``, ``2 hours``, ``3 days``: the largest unit that fits, rounded down."""
    seconds = max(0, int(seconds))
    if seconds < 60:
        return _plural(seconds, "second")
    if seconds < 3600:
        return _plural(seconds // 60, "minute")
    if seconds < 86400:
        hours, minutes = divmod(seconds // 60, 60)
        return _plural(hours, "hour") + (f" {_plural(minutes, 'minute')}" if minutes else "")
    return _plural(seconds // 86400, "day")


def later(seconds: float | None) -> str:
    """``35 minutes later`` (empty for a first version)."""
    return "" if seconds is None else f"{duration(seconds)} later"


def times(count: int) -> str:
    """``1 time``, ``6 times``."""
    return _plural(count, "time")


def timeline_svg(versions: list, width: int = 640, height: int = 44) -> Markup:
    """An article's versions as dots on a time axis, each a link to its version, dated at both
    ends; inline SVG, no script.  Links are relative to the article's page."""
    if not versions:
        return Markup("")
    start = versions[0].fetched_at.timestamp()
    span = max(versions[-1].fetched_at.timestamp() - start, 1.0)
    pad, y = 12, 14
    dots = []
    for version in versions:
        x = pad + (version.fetched_at.timestamp() - start) / span * (width - 2 * pad)
        label = html.escape(f"Version {version.number}, {format_time(version.fetched_at)}")
        dots.append(f'<a href="v{version.number}/"><circle cx="{x:.0f}" cy="{y}" r="6">'
                    f"<title>{label}</title></circle></a>")
    first, last = (html.escape(format_time(v.fetched_at)) for v in (versions[0], versions[-1]))
    return Markup(
        f'<svg class="timeline" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{len(versions)} versions from {first} to {last}">'
        f'<line x1="{pad}" y1="{y}" x2="{width - pad}" y2="{y}"/>' + "".join(dots)
        + f'<text x="0" y="{height - 2}">{first}</text>'
        f'<text x="{width}" y="{height - 2}" text-anchor="end">{last}</text></svg>')


def day_columns(days: list[tuple[str, int]], label: str, width: int = 640,
                height: int = 90) -> Markup:
    """One column per day (oldest first), at most 24 units wide, with a scale; static SVG.

    Dates and the top count are drawn as text the size of the page's small print (the
    chart keeps its drawn size on narrow screens by scrolling never: it is at most 640 units
    and shrinks, so labels stay few and large)."""
    if not days:
        return Markup("")
    top = max(count for _, count in days) or 1
    step = min(width / len(days), 24)
    base = height - 18
    columns = []
    for index, (day, count) in enumerate(days):
        tall = (base - 14) * count / top
        columns.append(f'<rect x="{index * step + 1:.1f}" y="{base - tall:.1f}" '
                       f'width="{max(step - 3, 1):.1f}" height="{tall:.1f}">'
                       f"<title>{html.escape(day)}: {count} edits</title></rect>")
    first, last = html.escape(days[0][0]), html.escape(days[-1][0])
    end = len(days) * step
    ends = f'<text x="0" y="{height - 2}">{first}</text>' + (
        f'<text x="{end:.0f}" y="{height - 2}" text-anchor="end">{last}</text>'
        if len(days) > 4 else "")
    return Markup(f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
                  f'aria-label="{html.escape(label)}">'
                  f'<line x1="0" y1="{base + .5}" x2="{width}" y2="{base + .5}"/>'
                  + "".join(columns) + f'<text x="{width}" y="10" text-anchor="end">'
                  f"busiest day: {top}</text>" + ends + "</svg>")


def bar_chart(bars: list[tuple[str, int]], label: str) -> Markup:
    """Horizontal bars as HTML (text wraps and stays legible at any width; no SVG text that
    shrinks to 5 px on a phone): each label cut at a word, with its count."""
    if not bars:
        return Markup("")
    top = max(count for _, count in bars) or 1
    rows = "".join(f'<li><span class="bl" title="{html.escape(name)}">'
                   f"{html.escape(shorten(name))}</span> "
                   f'<b style="width:{count / top * 100:.0f}%">{count}</b></li>'
                   for name, count in bars)
    return Markup(f'<ol class="bars" aria-label="{html.escape(label)}">{rows}</ol>')


#: The template filters the plugin's pages use.
FILTERS = {"spans": spans_html, "body_html": body_html, "time": format_time,
           "timeline": timeline_svg, "iso": iso_time, "later": later, "times": times,
           "fold": fold, "claimed_time": claimed_time, "shorten": shorten}
