"""An article's versions in the terminal: what changed, version by version.

On a terminal removed words are red and struck through, added words green and underlined;
elsewhere (pipes, files, tests) they read like ``git diff --word-diff``: ``[-old-]{+new+}``.
"""

from __future__ import annotations

import contextlib
import io
import re
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.text import Text

from .archive import ArchiveError, ArchiveStore
from .article import Article
from .change import compare, trailer_labels, trailer_reverts_to
from .diff import Span, diff_text
from .history import VersionRef
from .moments import elapsed, format_time, later
from .urls import BadURLError, identity

_STYLES = {"delete": "red strike", "insert": "green underline"}
#: What must not reach a terminal raw from a scraped text: control characters (ESC sequences
#: can retitle, recolour or rewrite the reader's terminal) and bidi overrides (they reorder
#: what is shown).  Each is shown as its code point instead.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e"
                     "\u2066-\u2069]")


def shown(text: str) -> str:
    """``text`` safe to print on a terminal: controls and bidi overrides made visible."""
    return _UNSAFE.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)


_MARKERS = {"delete": ("[-", "-]"), "insert": ("{+", "+}")}


def _find_by_url(store: ArchiveStore, target: str) -> str:
    """The file whose article now has the URL's identity (a story under an ``@host/``
    folder too), else the file named for the URL (a story that has moved on since)."""
    try:
        wanted = identity(target)
    except BadURLError as error:
        raise ArchiveError(f"{target}: {error}") from None
    for path in sorted(store.histories):
        with contextlib.suppress(BadURLError):
            if identity(store.current_url(path) or "") == wanted:
                return path
    for source in sorted({store.source_of(path) for path in store.histories}):
        with contextlib.suppress(BadURLError, ArchiveError):
            path = store.relative_path(source, target)
            if path in store.histories:
                return path
    raise ArchiveError(f"{target}: no archived article has this URL")


#: The tail of a site address below an article's page: a version, a diff, a feed, a card.
_SITE_TAIL = re.compile(r"(/(v\d+|v\d+-v\d+))?(/(index\.html|feed\.atom\.xml|card\.png))?/?$")


def _find_by_site_address(store: ArchiveStore, target: str) -> str | None:
    """The article whose site page (``/<source>/<path>/``, ``…/v2/``, ``…/v1-v2/``) ``target``
    is, wherever the site is published (its own folder, a project page's subfolder)."""
    address = re.sub(r"^https?://[^/]+", "", target.split("#")[0].split("?")[0])
    parts = [part for part in _SITE_TAIL.sub("", address).split("/") if part]
    for start in range(len(parts)):  # the site may live below a folder of its host
        path = store.prefix + "/".join(parts[start:]) + ".md"
        if path in store.histories:
            return path
    return None


def find_article(store: ArchiveStore, target: str) -> str:
    """The repository path of an article given by URL, by path (with or without .md) or by
    the address of one of its pages on the published site."""
    if target.startswith(("http://", "https://")):
        try:
            return _find_by_url(store, target)
        except ArchiveError:
            found = _find_by_site_address(store, target)
            if found is None:
                raise
            return found
    on_disk = Path(target).resolve()
    if on_disk.is_file() and on_disk.is_relative_to(store.repo_dir):
        target = on_disk.relative_to(store.repo_dir).as_posix()
    cleaned = target.removeprefix("./").removesuffix(".md") + ".md"
    for candidate in (cleaned, store.prefix + cleaned,
                      store.prefix + cleaned.removeprefix(store.prefix)):
        if candidate in store.histories:
            return candidate
    found = _find_by_site_address(store, target) if target.startswith("/") else None
    if found is None:
        raise ArchiveError(f"{target}: no archived article at this path")
    return found


def _spans(spans: tuple[Span, ...], color: bool) -> Text:
    text = Text()
    for span in spans:
        if span.op == "equal":
            text.append(shown(span.text))
        elif color:
            text.append(shown(span.text), style=_STYLES[span.op])
        else:
            start, end = _MARKERS[span.op]
            text.append(f"{start}{shown(span.text)}{end}")
    return text


def render_log(store: ArchiveStore, path: str, console: Console, color: bool) -> None:
    """Print every version of the article at ``path``, each as a diff from the one before."""
    versions = store.reader.versions(store.histories[path])
    if not versions:
        raise ArchiveError(f"{store.reader.relative(path)}: no version of it is an article")
    refs = [ref for ref, _ in versions]
    latest = versions[-1][1]
    console.print(Text(shown(latest.title), style="bold"))
    console.print(Text(f"{shown(latest.url)}\nsource '{shown(store.source_of(path))}', "
                       f"{len(refs)} versions, first seen "
                       f"{format_time(refs[0].commit.fetched_at)}"))
    previous = None
    for number, (ref, article) in enumerate(versions, 1):
        change = compare(previous.article if previous else None, article)
        facts = [f"Version {number}", format_time(ref.commit.fetched_at)]
        if previous is not None:
            facts.append(later(elapsed(previous.ref.commit.fetched_at, ref.commit.fetched_at)))
        facts.append(f"commit {ref.commit.sha[:10]}")  # what a reader cites, or `git show`s
        console.print()
        console.print(Text(" · ".join(facts), style="bold cyan"))
        labels = ", ".join(trailer_labels(ref.commit.trailers.get("Change", "")))  # as the site's
        back = trailer_reverts_to(ref.commit.trailers.get("Reverts-To", ""))
        console.print(Text(shown(change.summary + (f" [{labels}]" if labels else "")
                                 + (f"; the text of version {back} again" if back else ""))))
        if previous is not None and change.diff is not None:
            if change.title_changed:
                console.print(Text("title: ") + _spans(diff_text(previous.article.title,
                                                                 article.title).inline, color))
            if change.byline_changed:
                console.print(Text("byline: ") + _spans(diff_text(previous.article.byline,
                                                                  article.byline).inline, color))
            for row in change.diff.rows:
                if row.kind != "same":
                    console.print(_spans(row.inline, color))
        previous = _Shown(ref, article)


@dataclass
class _Shown:
    ref: VersionRef
    article: Article


def article_log(archive: str | Path, target: str, color: bool, width: int = 100) -> str:
    """The rendered log of one article, as text (ANSI-coloured when ``color``)."""
    store = ArchiveStore(archive, write=False)
    try:
        path = find_article(store, target)
        out = io.StringIO()
        console = Console(file=out, width=width, force_terminal=color, soft_wrap=not color,
                          color_system="standard" if color else None)
        render_log(store, path, console, color)
        return "".join(f"note: {shown(n)}\n" for n in store.notices) + out.getvalue()
    finally:
        store.close()
