"""Turning untrusted scraped text into safe HTML, and times into words.

Every string that came from a news site reaches a page through one of these functions or
through Jinja's autoescaping; nothing scraped is ever marked safe without escaping or nh3.
"""

from __future__ import annotations

import ctypes
import functools
import html
import re
from urllib.parse import quote, urlsplit

import nh3
from cmarkgfm.cmark import _cmark
from markupsafe import Markup

from ..article import neutral_markdown, split_sentences
from ..diff import Row, Span
from ..language import language_tag
from ..moments import claimed_time, duration, format_time, iso_time, later, times

__all__ = ["body_html", "claimed_time", "commonmark_html", "duration", "format_time",
           "iso_time", "later", "spans_html", "timeline_svg", "times"]

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
    "quote": "a quote was changed, added or removed",
    "numbers": "a figure was changed",
    "correction": "the new text mentions a correction or update",
    "minor": "a few characters only (a typo, punctuation)",
    "stealth": "the text changed but the page's stated update time did not",
    "reading": "newsdiff was upgraded and reads the page differently since the version "
               "before: part of this change may be newsdiff's, not the newsroom's",
}


def lang_attribute(language: str) -> Markup:
    """`` lang="sv"`` for an element holding an article's text, '' when its language is not
    known: only a valid tag, checked again here (an archive file's ``language`` may have been
    written by hand), ever reaches the page."""
    tag = language_tag(language)
    return Markup(f' lang="{html.escape(tag)}"') if tag else Markup("")


def spans_html(spans: tuple[Span, ...]) -> Markup:
    """Diff spans as HTML: removed words in ``<del>``, added words in ``<ins>``.

    A removal followed at once by an addition gets a space between them, so "3,400" replaced
    by "3,100" never reads "3,4003,100" when copied or read aloud.  The space is the
    addition's: the side-by-side view's old column is this HTML with the additions hidden,
    and a space outside them read "number 12 ." there.
    """
    parts = []
    previous = ""
    for span in spans:
        text = html.escape(span.text)
        tag = _TAG_FOR_OP.get(span.op)
        if tag:
            # Whitespace before a change stays outside its mark: "<ins>word</ins>", not
            # "<ins> word</ins>".
            body = text.lstrip()
            space = text[:len(text) - len(body)]
            if not space and previous == "del" and tag == "ins":
                body = f" {body}"
            parts.append(f"{space}<{tag}>{body}</{tag}>")
        else:
            parts.append(text)
        previous = tag or ""
    return Markup("".join(parts))


def _trimmed(row: Row, keep: str) -> Row:
    """An unchanged paragraph cut to the sentence nearest the change (``keep``: "first" or
    "last"), marked with an ellipsis: context enough to place the change, little to weigh."""
    sentences = split_sentences(row.inline[0].text) if row.inline else []
    if len(sentences) < 2:
        return row
    text = f"{sentences[0]} …" if keep == "first" else f"… {sentences[-1]}"
    span = (Span("equal", text),)
    return Row("same", span, span, span)


#: Unchanged text (characters) a fold must hide to be worth its link.
FOLD_MIN = 200


def fold(rows: tuple[Row, ...], shown: int = 2) -> list[tuple[str, list]]:
    """A diff's rows as hunks: ``("rows", […])`` to show and ``("fold", […])`` to fold.

    As in Wikipedia's diff view, each change keeps one unchanged paragraph of context on
    either side, cut to the sentence next to the change; a run of at most ``shown``
    unchanged paragraphs between two changes (one at the start or end) is shown whole, as
    folding it would hide nothing, and so is a run whose fold would hide one paragraph of at
    most ``FOLD_MIN`` characters; longer runs are folded (a folded paragraph costs its bytes
    once, on the version page, not again on every diff page).
    """
    hunks: list[tuple[str, list]] = []

    def add(kind: str, items: list) -> None:
        if not items:
            return
        if kind == "rows" and hunks and hunks[-1][0] == "rows":
            hunks[-1][1].extend(items)
        else:
            hunks.append((kind, list(items)))

    runs: list[list[Row]] = []  # alternating: unchanged runs and changed runs
    for row in rows:
        if runs and (runs[-1][0].kind == "same") == (row.kind == "same"):
            runs[-1].append(row)
        else:
            runs.append([row])
    for index, run in enumerate(runs):
        if run[0].kind != "same":
            add("rows", run)
            continue
        leading, trailing = index == 0, index == len(runs) - 1
        if leading and trailing:
            add("fold", run)
        elif len(run) <= (shown if not (leading or trailing) else 1):
            add("rows", run)  # the context cut to a sentence each: a fold would hide nothing
        else:
            head = [] if leading else [_trimmed(run[0], "first")]
            tail = [] if trailing else [_trimmed(run[-1], "last")]
            hidden = run[len(head):len(run) - len(tail)]
            if len(hidden) < 2 and sum(len(row.inline[0].text) for row in hidden
                                       if row.inline) <= FOLD_MIN:
                add("rows", run)  # a fold's link would weigh about what it hides
                continue
            add("rows", head)
            add("fold", hidden)
            add("rows", tail)
    return hunks


#: Words a folded run's link quotes from its first paragraph: enough to be found once.
FRAGMENT_WORDS = 8


def fold_fragment(rows: list[Row], diff_rows: tuple[Row, ...] = ()) -> str:
    """A text fragment (``#:~:text=…``) for a folded run's link to the version page: a
    browser that knows them (Chromium, Safari, Firefox since 131) opens the page scrolled to
    the first folded paragraph, marked, instead of at its top; any other opens it at the top.
    The quoted words are those the page shows: they stop at the paragraph's first Markdown
    mark, and a paragraph that opens with one gets no fragment.  When the same words open
    an earlier paragraph of the version (``diff_rows``: the whole diff the run is part of),
    the fragment names the words just before them too (``prefix-,``), so the browser does
    not stop at the earlier one."""
    if not rows or not rows[0].inline:
        return ""
    words = _shown_words(_text(rows[0].inline))[:FRAGMENT_WORDS]
    if len(words) < 3:
        return ""  # too few words to find this paragraph rather than another
    fragment = _quoted(" ".join(words))
    earlier = _earlier(rows[0], diff_rows)
    before = _folded(" ".join(map(_text, earlier)))
    if earlier and _folded(" ".join(words)) in before:
        ending = _shown_words(_text(earlier[-1]), last=True)
        # As few words before as make the pair unique (3, 6, 12, or all the paragraph has):
        # the earlier paragraphs may end alike too.
        counts = sorted({min(count, len(ending)) for count in (3, 6, 12)} - {0})
        prefix = next((ending[-count:] for count in counts
                       if _folded(" ".join([*ending[-count:], *words])) not in before), [])
        if prefix:
            fragment = f"{_quoted(' '.join(prefix))}-,{fragment}"
    return "#:~:text=" + fragment


def _text(spans: tuple[Span, ...]) -> str:
    return "".join(span.text for span in spans)


def _shown_words(text: str, last: bool = False) -> list[str]:
    """The words a version page shows at the start (or ``last``: the end) of a paragraph's
    Markdown, up to the first (last) mark that renders as something else."""
    text = text.strip()
    if last:
        return re.split(r"[*_`<>\[\]\\!&|~()]", text)[-1].split()
    text = re.sub(r"^(?:#{1,6}|>|[-+*]|\d{1,9}[.)])\s+", "", text)  # a heading, quote or item
    return re.match(r"[^*_`<>\[\]\\!&|~]*", text).group(0).split()


def _earlier(first: Row, diff_rows: tuple[Row, ...]) -> list[tuple[Span, ...]]:
    """The new version's paragraphs before ``first`` in the diff (its last one last)."""
    index = next((n for n, row in enumerate(diff_rows) if row is first), 0)
    return [row.new for row in diff_rows[:index] if row.new]


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def _quoted(text: str) -> str:
    return quote(text, safe="").replace("-", "%2D")


def size_text(added: int, removed: int, title: bool = False, byline: bool = False,
              space: str = " ") -> str:
    """``+20 −1 words``, ``headline changed``, ``+3 words, byline changed``; ``space`` between
    the figures and "words"."""
    signed = [text for text, count in ((f"+{added:,}", added), (f"−{removed:,}", removed))
              if count]
    noun = "word" if added + removed == 1 else "words"
    parts = [space.join([*signed, noun])] if signed else []
    parts += [f"{what} changed" for what, did in (("headline", title), ("byline", byline))
              if did]
    return ", ".join(parts) or "no words changed"


def size_words(added: int, removed: int, title: bool = False, byline: bool = False) -> str:
    """``size_text`` as the pages show it: the figures and "words" joined by no-break spaces,
    so a line never ends at "+569" and leaves "−340 words" to read as the whole change."""
    return size_text(added, removed, title, byline, space="\u00a0")


def host(url: str) -> str:
    """``gazette.example`` of ``https://www.gazette.example/…``: a link's text, not its
    whole address again."""
    return urlsplit(url).hostname or url


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
    rendered = commonmark_html(neutral_markdown(body))
    # Headings start at h2: the page's own title is the h1.
    rendered = rendered.replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    clean = nh3.clean(rendered, tags=_ALLOWED_TAGS, attributes={"a": {"href", "title"}},
                      url_schemes={"http", "https", "mailto"}, link_rel="nofollow noopener")
    return Markup(clean)


def timeline_svg(versions: list, height: int = 28) -> Markup:
    """An article's versions as dots on a time axis, each a link to its version, dated at both
    ends (in HTML, so the dates stay legible on a phone); inline SVG, no script.  Links are
    relative to the article's page.

    Dots stand at a percentage of the line, with no viewBox: the drawing widens and narrows
    with the page while the dots keep their size (drawn to scale they shrank to 5 px on a
    320 px phone) and their 24 px target (the stylesheet's transparent stroke).
    """
    if not versions:
        return Markup("")
    start = versions[0].fetched_at.timestamp()
    span = max(versions[-1].fetched_at.timestamp() - start, 1.0)
    y = height // 2
    dots = []
    for version in versions:
        share = (version.fetched_at.timestamp() - start) / span * 100
        label = html.escape(f"Version {version.number}, {format_time(version.fetched_at)}")
        dots.append(f'<a href="v{version.number}/"><title>{label}</title>'
                    f'<circle cx="{share:.1f}%" cy="{y}" r="6"/></a>')
    first, last = (html.escape(format_time(v.fetched_at)) for v in (versions[0], versions[-1]))
    return Markup(
        f'<svg class="timeline" height="{height}" role="group" '
        f'aria-label="{len(versions)} versions from {first} to {last}">'
        f'<line x1="0" y1="{y}" x2="100%" y2="{y}"/>' + "".join(dots)
        + f'</svg><p class="cap"><span>{first}</span><span>{last}</span></p>')


def day_columns(days: list[tuple[str, int]], label: str, width: int = 640,
                height: int = 80) -> Markup:
    """One column per day (oldest first), at most 24 units wide, so a single day is a column,
    not a block; static SVG.  The dates and the busiest day's count are an HTML caption,
    legible at any width (SVG text shrinks with the drawing on a phone)."""
    if not days:
        return Markup("")
    top = max(count for _, count in days) or 1
    step = min(width / len(days), 24)
    base = height - 2
    columns = []
    for index, (day, count) in enumerate(days):
        tall = (base - 14) * count / top
        columns.append(f'<rect x="{index * step + 1:.1f}" y="{base - tall:.1f}" '
                       f'width="{max(step - 3, 1):.1f}" height="{tall:.1f}">'
                       f"<title>{html.escape(claimed_time(day))}: {count} "
                       f"{'edit' if count == 1 else 'edits'}</title></rect>")
    # "2 March 2026", as every page words a date (not the ISO day the data is keyed by).
    first, last = (html.escape(claimed_time(days[i][0])) for i in (0, -1))
    span = f"{first} to {last}" if len(days) > 1 else first
    return Markup(f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
                  f'aria-label="{html.escape(label)}">'
                  f'<line x1="0" y1="{base + .5}" x2="{width}" y2="{base + .5}"/>'
                  + "".join(columns) + f'</svg><p class="cap"><span>{span}</span>'
                  f"<span>busiest day: {top} {'edit' if top == 1 else 'edits'}</span></p>")


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
           "timeline": timeline_svg, "iso": iso_time, "later": later, "duration": duration,
           "times": times, "fold": fold, "fold_fragment": fold_fragment,
           "claimed_time": claimed_time, "shorten": shorten, "host": host}
