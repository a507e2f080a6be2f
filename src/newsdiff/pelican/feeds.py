"""Atom feeds of changes (RFC 4287): each entry is one new version, showing what changed.

Every feed has its own id, its own ``self`` and ``alternate`` links and an author (the site).
Links are absolute when the site's URL is known, else relative to the feed's own address
(RFC 4287 §4.2.7 resolves them against it), so a feed still works on a Pages project site
served under ``/<repo>/``.  An entry's content is the changed passages, old → new.  No XSLT
stylesheet: browsers are dropping XSLT (Chromium covers a page that uses it with a banner
telling readers to complain), so a feed is for feed readers and the site's pages say so.
Feeds are dated by their entries, never by "now", so an unchanged feed keeps its bytes.
"""

from __future__ import annotations

import hashlib
import html
import posixpath
import re
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from ..article import split_sentences
from ..diff import Span
from ..validate import READING_LABEL
from .model import Version
from .render import LABELS, iso_time, size_text, spans_html

MAX_ENTRIES = 50
MAX_PASSAGES = 5
#: An empty feed's <updated>: fixed, so an unchanged feed keeps its bytes between builds.
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_KIND = {"changed": "Changed", "removed": "Removed", "added": "Added",
         "moved-out": "Moved from here", "moved-in": "Moved here"}


#: Characters XML 1.0 cannot carry (controls, lone surrogates, U+FFFE/U+FFFF).  Histories may
#: hold titles with them from before text was cleaned at extraction; a feed must still build.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids."""
    return _NOT_XML.sub("", text)


def passages_html(version: Version, site_language: str = "") -> str:
    """The changed passages of ``version`` against the one before, as HTML for a feed reader
    (headline first, then each changed paragraph with its removed and added words; five
    at most).  Needs the text.  The entry is in the article's language (``xml:lang``); the
    site's own words ("Headline before:") say they are in ``site_language``."""
    change = version.change
    if change is None:
        return ""
    site = f' lang="{escape(site_language)}"' if site_language else ""
    parts = []
    if change.title_changed:
        parts.append(f"<p><b{site}>Headline before:</b> {spans_html(change.title_diff.old)}"
                     f"<br><b{site}>after:</b> {spans_html(change.title_diff.new)}</p>")
    if change.byline_changed:
        # An added or removed byline says so ("Byline before:" and nothing looked broken).
        old, new = (spans_html(side) if side else f"<i{site}>none</i>"
                    for side in (change.byline_diff.old, change.byline_diff.new))
        parts.append(f"<p><b{site}>Byline before:</b> {old}<br><b{site}>after:</b> {new}</p>")
    rows = [row for row in change.diff.rows if row.kind != "same"]
    for row in rows[:MAX_PASSAGES]:  # each once, old and new words interleaved
        spans = row.new if row.kind in ("added", "moved-in") else row.old \
            if row.kind in ("removed", "moved-out") else _around_edits(row.inline)
        parts.append(f"<p><b{site}>{_KIND[row.kind]}:</b> {spans_html(spans)}</p>")
    if len(rows) > MAX_PASSAGES:
        parts.append(f"<p{site}>… and {len(rows) - MAX_PASSAGES} more changed paragraphs.</p>")
    return "\n".join(parts)


def _around_edits(spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """A changed paragraph's spans with the unchanged text between edits cut to the sentence
    next to each edit (the diff page has the rest): what changed, placed, in few bytes."""
    cut = []
    for index, span in enumerate(spans):
        sentences = split_sentences(span.text) if span.op == "equal" else []
        first, last = index == 0, index == len(spans) - 1
        if len(sentences) > (1 if first or last else 2):
            lead = " " if span.text[:1].isspace() else ""
            trail = " " if span.text[-1:].isspace() else ""
            head = "" if first else sentences[0]
            tail = "" if last else sentences[-1]
            text = " … ".join(part for part in (head, tail) if part)
            text = f"… {text}" if first else f"{text} …" if last else text
            span = Span("equal", lead + text + trail)
        cut.append(span)
    return tuple(cut)


def _passage_file(folder: Path, version: Version) -> Path:
    return folder / f"{hashlib.sha1(str(version.pair).encode()).hexdigest()}.html"


def store_passages(folder: Path, version: Version, site_language: str = "") -> None:
    """Keep a version's passages (keyed by its blob pair) for the site-wide feeds, which are
    written without reading any text."""
    if version.previous is None:
        return
    path = _passage_file(folder, version)
    data = passages_html(version, site_language).encode("utf-8")
    if not (path.is_file() and path.read_bytes() == data):
        folder.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def stored_passages(folder: Path) -> Callable[[Version], str]:
    """Passages kept by ``store_passages``; '' for one not kept (the entry keeps its summary)."""
    def read(version: Version) -> str:
        try:
            return _passage_file(folder, version).read_text("utf-8")
        except (FileNotFoundError, ValueError):
            return ""
    return read


def summary_text(version: Version) -> str:
    """``+20 −1 words, headline changed; labels: headline, numbers``."""
    parts = [size_text(version.words_added, version.words_removed, version.title_changed,
                       version.byline_changed)]
    if version.labels:
        parts.append("labels: " + ", ".join(version.labels))
    if version.reverts_to:
        parts.append(f"back to version {version.reverts_to}")
    if READING_LABEL in version.labels:  # a feed reader sees no tooltip: the caveat in words
        parts.append(LABELS[READING_LABEL])
    return "; ".join(parts)


def title_and_summary(version: Version, own_language: bool) -> tuple[str, str]:
    """An entry's title and summary.  The title says which version it is, in the site's words
    ("(version 3)"); an entry in another language than the feed's has its language on the
    title too, so there the title is the headline alone and the summary, which is in the
    site's language, says which version it is."""
    if own_language:
        return version.title, f"Version {version.number}: {summary_text(version)}"
    return f"{version.title} (version {version.number})", summary_text(version)


def _link(rel: str, href: str, kind: str) -> str:
    return f"<link rel={quoteattr(rel)} type={quoteattr(kind)} href={quoteattr(href)}/>"


def feed_xml(title: str, site_url: str, feed_path: str, versions: Iterable[Version],
             updated: datetime = EPOCH, *, alternate: str = "", author: str = "newsdiff",
             passages: Callable[[Version], str] | None = None,
             source_title: Callable[[str], str] = str,
             language: Callable[[Version], str] | None = None, site_language: str = ""
             ) -> bytes:
    """An Atom feed of ``versions`` (newest first), published at ``feed_path``.

    ``alternate`` is the site path of the page the feed follows ('' for the front page);
    ``updated`` dates the feed when it has no entries yet; ``passages`` gives an entry's
    changed passages as HTML; ``language`` the tag of an entry's article ('' unknown): the
    entry's ``xml:lang``, while the feed and each summary are in ``site_language``.
    """
    base = site_url.rstrip("/") if site_url.startswith(("http://", "https://")) else ""
    folder = posixpath.dirname(feed_path)

    def url(path: str) -> str:
        if base:
            return f"{base}/{path}"
        relative = posixpath.relpath(path or ".", folder)  # short: "v1-v2/", not "../../…"
        folder_link = not path or path.endswith("/")
        return "./" if relative == "." else relative + ("/" if folder_link else "")

    entries = list(versions)[:MAX_ENTRIES]
    newest = max((v.fetched_at for v in entries), default=updated)
    lines = ['<?xml version="1.0" encoding="utf-8"?>',
             '<feed xmlns="http://www.w3.org/2005/Atom"'
             + (f" xml:lang={quoteattr(site_language)}" if site_language else "") + ">",
             f"<title>{escape(title)}</title>",
             f"<id>{escape(url(feed_path) if base else 'newsdiff:feed:' + feed_path)}</id>",
             _link("self", url(feed_path), "application/atom+xml"),
             _link("alternate", url(alternate), "text/html"),
             f"<updated>{iso_time(newest)}</updated>",
             f"<author><name>{escape(author)}</name></author>"]
    for version in entries:
        tag = language(version) if language else ""
        own = tag and tag != site_language  # else the feed's says it
        summary_lang = f" xml:lang={quoteattr(site_language)}" if own else ""
        content = passages(version) if passages else ""
        link = url(version.diff_path)
        if content:  # else the entry's summary and alternate link say it all (RFC 4287 4.1.1)
            words = f' lang="{html.escape(site_language)}"' if own else ""
            content += (f'\n<p{words}><a href="{html.escape(link)}">See the change with its '
                        "context</a></p>")
        title, summary = title_and_summary(version, bool(own))
        categories = "".join(f"<category term={quoteattr(term)}/>"
                             for term in dict.fromkeys([version.source, *version.labels]))
        lines.append(
            (f"<entry xml:lang={quoteattr(tag)}>" if own else "<entry>")
            + f"<title>{escape(title)}</title>"
            f"<id>{escape(f'newsdiff:{version.slug}:v{version.number}:{version.commit}')}</id>"
            + _link("alternate", link, "text/html")
            + f"<published>{iso_time(version.fetched_at)}</published>"
            f"<updated>{iso_time(version.fetched_at)}</updated>"
            f"<author><name>{escape(source_title(version.source))}</name></author>"
            + categories
            + f'<summary type="text"{summary_lang}>{escape(summary)}</summary>'
            + (f'<content type="html">{escape(content)}</content>' if content else "")
            + "</entry>")
    lines.append("</feed>")
    # Whatever a title or passage holds, the document stays XML 1.0.
    return (xml_safe("\n".join(lines)) + "\n").encode("utf-8")
