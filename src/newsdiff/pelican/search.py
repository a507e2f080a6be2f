"""The site's search: an article's row for the search database (see ``searchdb``).

A row is computed where the article's pages are rendered (its text is loaded there anyway)
and applied to the database after rendering, so a round re-indexes the articles it changed
and nothing else.  Passages removed or added are whole sentences (the archive stores one a
line): a quote search then matches the sentence as it stood, even when a change rewrote only
part of it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..article import markdown_to_text
from ..history import FileHistory, read_blobs
from ..language import language_tag
from ..searchdb import SearchRow, assign_ids, iso
from .model import ArticleHistory, Version, build_archive, parse_blob

#: The published database's folder in the site.
FOLDER = "search"


def _sentences(version: Version) -> list[str]:
    assert version.article is not None, "version text not loaded"
    lines = (markdown_to_text(line.strip()) for line in version.article.body.splitlines())
    return [line for line in lines if line]


def _distinct(items: list[str]) -> list[str]:
    return list(dict.fromkeys(item for item in items if item))


def search_row(article: ArticleHistory, language: str | None = None) -> SearchRow:
    """What search knows of one article whose versions' texts are loaded; ``language``: its
    text's (the site's choice, its source's for an old file), else the latest version's."""
    latest = article.latest.article
    assert latest is not None, "latest text not loaded"
    removed: list[str] = []
    added: list[str] = []
    previous: list[str] | None = None
    for version in article.versions:
        sentences = _sentences(version)
        if previous is not None:
            before, after = set(previous), set(sentences)
            removed += [s for s in previous if s not in after]
            added += [s for s in sentences if s not in before]
        previous = sentences
    headlines = _distinct([v.article.title for v in article.versions[:-1]
                           if v.article is not None and v.article.title != latest.title])
    labels = sorted({label for v in article.versions for label in v.labels})
    return SearchRow(
        slug=article.slug, source=article.source, title=latest.title,
        first_seen=iso(article.first_seen), last_changed=iso(article.last_changed),
        versions=len(article.versions), labels=tuple(labels), headlines="\n".join(headlines),
        body="\n".join(_distinct([latest.byline, *(previous or [])])),
        removed="\n".join(_distinct(removed)), added="\n".join(_distinct(added)),
        language=language_tag(latest.language) if language is None else language_tag(language))


def archive_rows(repo_dir: Path, prefix: str, histories: dict[str, FileHistory]
                 ) -> tuple[dict[str, int], Iterator[SearchRow]]:
    """Every article's row id, and its rows streamed from git (for ``newsdiff export
    --format sqlite``).

    Files that do not parse as articles are left out, and versions numbered without them, as
    the site does.
    """
    blobs = {ref.blob for history in histories.values() for ref in history.versions}
    broken = {blob for blob, data in read_blobs(repo_dir, sorted(blobs))
              if parse_blob(data) is None}
    articles = build_archive(histories, prefix, broken).articles
    ids = assign_ids((int(a.last_changed.timestamp()), a.slug) for a in articles)
    return ids, _rows(repo_dir, articles)


def _rows(repo_dir: Path, articles: list[ArticleHistory], chunk: int = 200
          ) -> Iterator[SearchRow]:
    for start in range(0, len(articles), chunk):
        part = articles[start:start + chunk]
        wanted = dict.fromkeys(v.blob for article in part for v in article.versions)
        contents = {blob: parse_blob(data) for blob, data in read_blobs(repo_dir, wanted)}
        for article in part:
            article.load(contents)
            yield search_row(article)
            for version in article.versions:
                version.article = None
