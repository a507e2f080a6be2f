"""Atom feeds of changes: each entry is one new version, linking to its diff."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from feedgenerator import Atom1Feed

from .model import Version

MAX_ENTRIES = 100


def _summary(version: Version) -> str:
    diff = version.diff
    parts = []
    if diff is not None:
        parts.append(f"+{diff.words_added} −{diff.words_removed} words")
    if version.title_changed:
        parts.append(f"title was: {version.previous.article.title}")
    if version.labels:
        parts.append("changes: " + ", ".join(version.labels))
    if version.reverts_to:
        parts.append(f"reverted to version {version.reverts_to}")
    return "; ".join(parts)


def write_feed(path: Path, title: str, site_url: str, feed_path: str,
               versions: Iterable[Version]) -> None:
    """Write an Atom feed of ``versions`` (newest first) to ``path``."""
    base = site_url.rstrip("/")
    feed = Atom1Feed(title=title, link=f"{base}/", feed_url=f"{base}/{feed_path}",
                     description=title)
    for version in list(versions)[:MAX_ENTRIES]:
        feed.add_item(
            title=f"{version.article.title} (version {version.number})",
            link=f"{base}/{version.diff_path}",
            unique_id=f"newsdiff:{version.slug}:v{version.number}:{version.commit}",
            description=_summary(version),
            pubdate=version.fetched_at,
            updateddate=version.fetched_at,
            categories=[version.source, *version.labels],
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        feed.write(handle, "utf-8")
