"""The archive's recent versions, numbered as the site numbers them, for the jobs that run
after a round: saving them to the Wayback Machine (``evidence``) and posting them
(``announce``).  One ``git log`` pass, as the site build does, so a version's number and its
diff page's address are the site's own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .article import Article
from .history import read_blobs
from .pelican.model import build_archive, parse_blob
from .reader import ArchiveReader, locate


@dataclass(frozen=True)
class RecordedVersion:
    """One version of one article, with what the jobs after a round need to know."""

    commit: str
    slug: str  # the article's site path: ``source/2026/03/02/story``
    number: int
    fetched_at: datetime
    labels: tuple[str, ...]
    blob: str
    previous_blob: str | None
    latest: bool  # the article's newest version

    @property
    def source(self) -> str:
        return self.slug.split("/", 1)[0]

    @property
    def diff_path(self) -> str:
        """The site path of the change that made this version (``slug/v1-v2/``)."""
        return f"{self.slug}/v{self.number - 1}-v{self.number}/"

    @property
    def version_path(self) -> str:
        return f"{self.slug}/v{self.number}/"


def recorded_versions(archive: Path, since: datetime | None = None) -> list[RecordedVersion]:
    """Every version fetched at or after ``since`` (all when None), oldest first.

    Read through the archive's one reader, so versions are numbered as the site numbers them
    (a committed state that is not an article is skipped here too).
    """
    reader = ArchiveReader(archive)
    try:
        histories = {path: history for path, history in reader.histories().items()
                     if history.versions and (since is None or
                                              history.versions[-1].commit.fetched_at >= since)}
        refs = [ref for history in histories.values() for ref in history.versions]
        articles = {ref.blob for ref, _ in reader.articles(refs)}
        site = build_archive(histories, reader.prefix, {r.blob for r in refs} - articles)
    finally:
        reader.close()
    found = []
    for article in site.articles:
        for version in article.versions:
            if since is not None and version.fetched_at < since:
                continue
            found.append(RecordedVersion(
                commit=version.commit, slug=version.slug, number=version.number,
                fetched_at=version.fetched_at, labels=version.labels, blob=version.blob,
                previous_blob=version.previous.blob if version.previous else None,
                latest=version is article.latest))
    return sorted(found, key=lambda v: (v.fetched_at, v.slug))


def read_articles(archive: Path, blobs: list[str]) -> dict[str, Article | None]:
    """The stored articles of ``blobs`` (None for a file that is not an article)."""
    repo_dir, _ = locate(archive)
    return {blob: parse_blob(data) for blob, data in read_blobs(repo_dir, dict.fromkeys(blobs))}


__all__ = ["RecordedVersion", "read_articles", "recorded_versions"]
