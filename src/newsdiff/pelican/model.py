"""What the site shows, built from the archive's history: sources, articles, versions, changes.

Everything here is plain data computed from git alone; the generator turns it into pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path

from ..article import Article, ArticleFormatError, from_markdown, markdown_to_text
from ..diff import TextDiff, diff_paragraphs, diff_text
from ..history import FileHistory, read_blobs, read_histories


@dataclass
class Comparison:
    """What changed between two versions of one article (any two: 1 → 2, or 1 → latest)."""

    old: Version
    new: Version

    @property
    def path(self) -> str:
        """Site path of this diff: ``slug/vA-vB/``."""
        return f"{self.new.slug}/v{self.old.number}-v{self.new.number}/"

    @cached_property
    def diff(self) -> TextDiff:
        return diff_paragraphs(self.old.text_paragraphs, self.new.text_paragraphs)

    @property
    def title_changed(self) -> bool:
        return self.old.article.title != self.new.article.title

    @property
    def byline_changed(self) -> bool:
        return self.old.article.byline != self.new.article.byline

    @cached_property
    def title_diff(self):
        return diff_text(self.old.article.title, self.new.article.title)

    @cached_property
    def byline_diff(self):
        return diff_text(self.old.article.byline, self.new.article.byline)

    @property
    def delta_seconds(self) -> float:
        return (self.new.fetched_at - self.old.fetched_at).total_seconds()

    @property
    def consecutive(self) -> bool:
        return self.new.number == self.old.number + 1


@dataclass
class Version:
    """One version of an article as the site presents it."""

    number: int
    fetched_at: datetime
    commit: str
    article: Article
    slug: str
    previous: Version | None = None
    labels: tuple[str, ...] = ()
    reverts_to: int | None = None

    @property
    def source(self) -> str:
        return self.slug.split("/", 1)[0]

    @cached_property
    def text_paragraphs(self) -> list[str]:
        return [markdown_to_text(p) for p in self.article.paragraphs]

    @cached_property
    def change(self) -> Comparison | None:
        """The comparison with the previous version (None for the first)."""
        return Comparison(self.previous, self) if self.previous is not None else None

    @property
    def diff_path(self) -> str:
        """Site path of the diff from the previous version (``slug/v1-v2/``)."""
        return f"{self.slug}/v{self.number - 1}-v{self.number}/"

    @property
    def diff(self) -> TextDiff | None:
        return self.change.diff if self.change else None

    @property
    def title_changed(self) -> bool:
        return bool(self.change and self.change.title_changed)

    @property
    def byline_changed(self) -> bool:
        return bool(self.change and self.change.byline_changed)

    @property
    def delta_seconds(self) -> float | None:
        return self.change.delta_seconds if self.change else None


@dataclass
class ArticleHistory:
    """An article and all its versions, oldest first."""

    source: str
    slug: str  # path inside the archive without ``.md``: ``nytimes/2017/07/07/story``
    repo_path: str
    versions: list[Version] = field(default_factory=list)

    @property
    def latest(self) -> Version:
        return self.versions[-1]

    @property
    def first(self) -> Version:
        return self.versions[0]

    @property
    def title(self) -> str:
        return self.latest.article.title

    @property
    def url(self) -> str:
        return self.latest.article.url

    @property
    def changes(self) -> int:
        return len(self.versions) - 1

    @property
    def first_seen(self) -> datetime:
        return self.first.fetched_at

    @property
    def last_changed(self) -> datetime:
        return self.latest.fetched_at


@dataclass
class Archive:
    """The whole archive as the site sees it."""

    articles: list[ArticleHistory]

    @cached_property
    def sources(self) -> dict[str, list[ArticleHistory]]:
        by_source: dict[str, list[ArticleHistory]] = {}
        for article in sorted(self.articles, key=lambda a: a.last_changed, reverse=True):
            by_source.setdefault(article.source, []).append(article)
        return dict(sorted(by_source.items()))

    @cached_property
    def changes(self) -> list[Version]:
        """Every version after the first of every article, newest first."""
        versions = [v for a in self.articles for v in a.versions[1:]]
        return sorted(versions, key=lambda v: (v.fetched_at, v.commit), reverse=True)

    @cached_property
    def events(self) -> list[Version]:
        """Every version, first ones included (a new article is news too), newest first."""
        versions = [v for a in self.articles for v in a.versions]
        return sorted(versions, key=lambda v: (v.fetched_at, v.commit), reverse=True)

    @cached_property
    def labels(self) -> list[str]:
        return sorted({label for v in self.events for label in v.labels})

    @cached_property
    def version_counts(self) -> dict[str, int]:
        return {a.slug: len(a.versions) for a in self.articles}



def load_archive(repo_dir: Path, prefix: str) -> Archive:
    """Read every article's versions from git: one ``git log``, one ``git cat-file``."""
    histories: dict[str, FileHistory] = read_histories(repo_dir, prefix or ".")
    refs = [ref for h in histories.values() for ref in h.versions]
    refs.sort(key=lambda r: (r.commit.fetched_at, r.commit.sha))
    contents: dict[str, Article] = {}
    for blob, data in read_blobs(repo_dir, dict.fromkeys(r.blob for r in refs)):
        try:
            contents[blob] = from_markdown(data.decode("utf-8", "replace"))
        except ArticleFormatError:
            continue  # not an article file: a stray note, a broken hand edit
    articles = []
    for path, history in histories.items():
        relative = path[len(prefix):] if prefix else path
        article = ArticleHistory(source=relative.split("/", 1)[0],
                                 slug=relative.removesuffix(".md"), repo_path=path)
        for ref in history.versions:
            content = contents.get(ref.blob)
            if content is None:
                continue
            previous = article.versions[-1] if article.versions else None
            trailers = ref.commit.trailers
            reverts = trailers.get("Reverts-To", "")
            article.versions.append(Version(
                number=len(article.versions) + 1, fetched_at=ref.commit.fetched_at,
                commit=ref.commit.sha, article=content, slug=article.slug, previous=previous,
                labels=tuple(x.strip() for x in trailers.get("Change", "").split(",")
                             if x.strip()),
                reverts_to=int(reverts) if reverts.isdigit() else None))
        if article.versions and "/" in relative:
            articles.append(article)
    return Archive(articles)
