"""An article's versions in the terminal: what changed, version by version.

On a terminal removed words are red and struck through, added words green and underlined;
elsewhere (pipes, files, tests) they read like ``git diff --word-diff``: ``[-old-]{+new+}``.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

from rich.console import Console
from rich.text import Text

from .archive import ArchiveError, ArchiveStore
from .article import from_markdown, markdown_to_text
from .diff import Span, diff_paragraphs, diff_text
from .history import read_blobs
from .urls import BadURLError, identity

_STYLES = {"delete": "red strike", "insert": "green underline"}
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


def find_article(store: ArchiveStore, target: str) -> str:
    """The repository path of an article given by URL or by path (with or without .md)."""
    if target.startswith(("http://", "https://")):
        return _find_by_url(store, target)
    on_disk = Path(target).resolve()
    if on_disk.is_file() and on_disk.is_relative_to(store.repo_dir):
        target = on_disk.relative_to(store.repo_dir).as_posix()
    cleaned = target.removeprefix("./").removesuffix(".md") + ".md"
    for candidate in (cleaned, store.prefix + cleaned,
                      store.prefix + cleaned.removeprefix(store.prefix)):
        if candidate in store.histories:
            return candidate
    raise ArchiveError(f"{target}: no archived article at this path")


def _spans(spans: tuple[Span, ...], color: bool) -> Text:
    text = Text()
    for span in spans:
        if span.op == "equal":
            text.append(span.text)
        elif color:
            text.append(span.text, style=_STYLES[span.op])
        else:
            start, end = _MARKERS[span.op]
            text.append(f"{start}{span.text}{end}")
    return text


def render_log(store: ArchiveStore, path: str, console: Console, color: bool) -> None:
    """Print every version of the article at ``path``, each as a diff from the one before."""
    from .pelican.render import format_time, later

    refs = store.histories[path].versions
    articles = [from_markdown(data.decode("utf-8", "replace"))
                for _, data in read_blobs(store.repo_dir, [ref.blob for ref in refs])]
    latest = articles[-1]
    console.print(Text(f"{latest.title}", style="bold"))
    console.print(f"{latest.url}\nsource '{store.source_of(path)}', {len(refs)} versions, "
                  f"first seen {format_time(refs[0].commit.fetched_at)}", highlight=False)
    for number, (ref, article) in enumerate(zip(refs, articles, strict=True), 1):
        previous = articles[number - 2] if number > 1 else None
        delta = (ref.commit.fetched_at - refs[number - 2].commit.fetched_at).total_seconds() \
            if previous else None
        summary = ref.commit.message.split("\n\n", 1)[-1].splitlines()
        facts = [f"Version {number}", format_time(ref.commit.fetched_at)]
        facts += [later(delta)] if delta is not None else []
        console.print()
        console.print(Text(" · ".join(facts), style="bold cyan"))
        labels = ref.commit.trailers.get("Change")
        detail = summary[1] if len(summary) > 1 else ""
        console.print(Text(detail + (f" [{labels}]" if labels else "")), highlight=False)
        if previous is None:
            continue
        if previous.title != article.title:
            console.print(Text("title: ") + _spans(diff_text(previous.title, article.title)
                                                    .inline, color))
        if previous.byline != article.byline:
            console.print(Text("byline: ") + _spans(diff_text(previous.byline, article.byline)
                                                     .inline, color))
        body = diff_paragraphs([markdown_to_text(p) for p in previous.paragraphs],
                               [markdown_to_text(p) for p in article.paragraphs])
        for row in body.rows:
            if row.kind != "same":
                console.print(_spans(row.inline, color))


def article_log(archive: str | Path, target: str, color: bool, width: int = 100) -> str:
    """The rendered log of one article, as text (ANSI-coloured when ``color``)."""
    store = ArchiveStore(archive, write=False)
    try:
        path = find_article(store, target)
        out = io.StringIO()
        console = Console(file=out, width=width, force_terminal=color, soft_wrap=not color,
                          color_system="standard" if color else None)
        render_log(store, path, console, color)
        return out.getvalue()
    finally:
        store.repo.close()
