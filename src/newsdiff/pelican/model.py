"""What the site shows, built from the archive's history: sources, articles, versions, changes.

Everything here is plain data computed from git alone; the generator turns it into pages.
A version's text (``Version.article``) is read only when its own pages are rendered; lists,
feeds and keys use its ``BlobFacts`` (title, byline, words) and the word counts of its diff,
which the build cache keeps by blob id.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

from ..article import Article, ArticleFormatError
from ..change import (
    Change,
    compare,
    differs,
    text_paragraphs,
    trailer_labels,
    trailer_reverts_to,
)
from ..diff import TextDiff, diff_text
from ..history import FileHistory
from ..moments import elapsed
from ..reader import read_article


@dataclass(frozen=True)
class BlobFacts:
    """What lists need of one stored version, without its text: a pure function of the blob."""

    title: str
    byline: str
    url: str
    words: int
    language: str = ""  # as stored: the site checks it again (``render.lang``)

    @classmethod
    def of(cls, article: Article) -> BlobFacts:
        return cls(article.title, article.byline, article.url, article.word_count,
                   article.language)


def parse_blob(data: bytes) -> Article | None:
    """A stored file as an Article, or None when it is not one (a stray note, a broken edit)."""
    try:
        return read_article(data)
    except (ArticleFormatError, UnicodeDecodeError):
        return None


class Sourced:
    """Anything named by a slug (``<source>/…``): its source is the slug's first folder."""

    slug: str

    @property
    def source(self) -> str:
        return self.slug.split("/", 1)[0]


class Sized:
    """Anything with the words a change added and removed (``size``, None when unknown)."""

    size: tuple[int, int] | None

    @property
    def words_added(self) -> int:
        return self.size[0] if self.size else 0

    @property
    def words_removed(self) -> int:
        return self.size[1] if self.size else 0


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
    def change(self) -> Change:
        """The one comparison newsdiff makes of two versions (as the store and ``log`` do)."""
        assert self.old.article is not None and self.new.article is not None, \
            "version text not loaded"
        return compare(self.old.article, self.new.article)

    @property
    def diff(self) -> TextDiff:
        return self.change.diff

    @property
    def title_changed(self) -> bool:
        return differs(self.old.title, self.new.title)

    @property
    def byline_changed(self) -> bool:
        return differs(self.old.facts.byline, self.new.facts.byline)

    @cached_property
    def title_diff(self):
        return diff_text(self.old.facts.title, self.new.facts.title)

    @cached_property
    def byline_diff(self):
        return diff_text(self.old.facts.byline, self.new.facts.byline)

    @property
    def delta_seconds(self) -> float:
        return elapsed(self.old.fetched_at, self.new.fetched_at)


@dataclass(eq=False)
class Version(Sourced, Sized):
    """One version of an article as the site presents it."""

    number: int
    fetched_at: datetime
    commit: str
    blob: str
    slug: str
    previous: Version | None = None
    labels: tuple[str, ...] = ()
    reverts_to: int | None = None
    facts: BlobFacts | None = None
    #: (words added, words removed) since the previous version, from the cache or the diff
    size: tuple[int, int] | None = None
    #: the full text, loaded only to render this article's own pages
    article: Article | None = None

    @property
    def title(self) -> str:
        return self.facts.title if self.facts else ""

    @property
    def words(self) -> int:
        return self.facts.words if self.facts else 0

    @property
    def language(self) -> str:
        """The language its page stated (or its source's, when it was fetched); '' if none."""
        return self.facts.language if self.facts else ""

    @property
    def pair(self) -> str | None:
        """The cache key of this version's diff: ``old-blob:new-blob``."""
        return f"{self.previous.blob}:{self.blob}" if self.previous else None

    @cached_property
    def text_paragraphs(self) -> list[str]:
        assert self.article is not None, "version text not loaded"
        return text_paragraphs(self.article)

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

    def row(self, count: int) -> tuple:
        """Everything a list row shows of this version: what decides whether a list changed."""
        return (self.slug, self.number, count, self.commit, self.fetched_at.timestamp(),
                self.title, self.words, self.size, self.labels, self.reverts_to, self.language)


@dataclass(eq=False)
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
        return self.latest.title

    @property
    def url(self) -> str:
        return self.latest.facts.url if self.latest.facts else ""

    @property
    def language(self) -> str:
        return self.latest.language

    @property
    def changes(self) -> int:
        return len(self.versions) - 1

    @property
    def first_seen(self) -> datetime:
        return self.first.fetched_at

    @property
    def last_changed(self) -> datetime:
        return self.latest.fetched_at

    def load(self, contents: dict[str, Article | None]) -> None:
        """Attach each version's text (and facts) from ``contents``, keyed by blob id."""
        for version in self.versions:
            article = contents.get(version.blob)
            if article is not None:
                version.article = article
                version.facts = BlobFacts.of(article)


@dataclass
class Archive:
    """Articles as the site sees them: the whole archive, or those a build looks at."""

    articles: list[ArticleHistory]

    @cached_property
    def events(self) -> list[Version]:
        """Every version, first ones included (a new article is news too), newest first."""
        versions = [v for a in self.articles for v in a.versions]
        return sorted(versions, key=lambda v: (v.fetched_at, v.commit, v.slug), reverse=True)


def build_archive(histories: dict[str, FileHistory], prefix: str,
                  not_articles: set[str] = frozenset()) -> Archive:
    """The site's view of ``histories``: live files under ``prefix``, versions numbered.

    Deleted files are left out (their pages go too); blobs in ``not_articles`` (files that
    do not parse as articles) are skipped as versions.
    """
    articles = []
    for path, history in sorted(histories.items()):
        relative = path[len(prefix):] if prefix else path
        if history.deleted or "/" not in relative:
            continue
        article = ArticleHistory(source=relative.split("/", 1)[0],
                                 slug=relative.removesuffix(".md"), repo_path=path)
        for ref in history.versions:
            if ref.blob in not_articles:
                continue
            trailers = ref.commit.trailers
            article.versions.append(Version(
                number=len(article.versions) + 1, fetched_at=ref.commit.fetched_at,
                commit=ref.commit.sha, blob=ref.blob, slug=article.slug,
                previous=article.versions[-1] if article.versions else None,
                labels=trailer_labels(trailers.get("Change", "")),
                reverts_to=trailer_reverts_to(trailers.get("Reverts-To", ""))))
        if article.versions:
            articles.append(article)
    return Archive(articles)
