"""The catalogue: every article and version as the site's lists show them, in SQLite.

Lists (the front page, days, labels, sources and their months, feeds, the sitemap, the
statistics) are queries here, so a build reads only the rows its change touches: an index
gives a day's or a source's items in order without loading the archive.  The catalogue lives
in the build cache's database (``cache.py``) and commits with it.  A list row is stored as
the JSON of what the list shows (``Listed``), which is also what the list page's key is made
of: the same rows give the same key, whether a build rewrote them or not.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

from .cache import chunks
from .model import ArticleHistory, Sized, Sourced

TABLES = """
CREATE TABLE IF NOT EXISTS articles (
    slug TEXT PRIMARY KEY, path TEXT NOT NULL, source TEXT NOT NULL, month TEXT NOT NULL,
    first_seen INTEGER NOT NULL, last_changed INTEGER NOT NULL, changes INTEGER NOT NULL,
    title TEXT NOT NULL, language TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS articles_by_path ON articles (path);
CREATE INDEX IF NOT EXISTS articles_by_month ON articles (source, month, first_seen, slug);
CREATE INDEX IF NOT EXISTS articles_newest ON articles (source, first_seen, slug);
CREATE INDEX IF NOT EXISTS articles_by_change ON articles (last_changed, slug);
CREATE INDEX IF NOT EXISTS articles_most_edited ON articles (changes DESC, slug);
CREATE TABLE IF NOT EXISTS versions (
    slug TEXT NOT NULL, number INTEGER NOT NULL, at INTEGER NOT NULL, sha TEXT NOT NULL,
    source TEXT NOT NULL, day TEXT NOT NULL, minor INTEGER NOT NULL, row TEXT NOT NULL,
    PRIMARY KEY (slug, number)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS versions_by_time ON versions (at, sha, slug);
CREATE INDEX IF NOT EXISTS versions_by_day ON versions (day, at, sha, slug, number);
CREATE INDEX IF NOT EXISTS versions_major ON versions (minor, at, sha, slug);
CREATE INDEX IF NOT EXISTS changes_by_source ON versions (source, at, sha, slug)
    WHERE number > 1;
CREATE INDEX IF NOT EXISTS versions_by_sha ON versions (sha);
CREATE TABLE IF NOT EXISTS labelled (
    label TEXT NOT NULL, month TEXT NOT NULL, at INTEGER NOT NULL, sha TEXT NOT NULL,
    slug TEXT NOT NULL, number INTEGER NOT NULL,
    PRIMARY KEY (label, month, at, sha, slug, number)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS labelled_by_time ON labelled (label, at, sha, slug);
CREATE INDEX IF NOT EXISTS labelled_by_slug ON labelled (slug);
CREATE TABLE IF NOT EXISTS daily (
    source TEXT NOT NULL, day TEXT NOT NULL, changes INTEGER NOT NULL, new INTEGER NOT NULL,
    PRIMARY KEY (source, day)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS monthly (
    source TEXT NOT NULL, month TEXT NOT NULL, articles INTEGER NOT NULL,
    changes INTEGER NOT NULL, PRIMARY KEY (source, month)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS label_months (
    label TEXT NOT NULL, month TEXT NOT NULL, versions INTEGER NOT NULL,
    PRIMARY KEY (label, month)) WITHOUT ROWID;
"""
#: The summaries above are kept current as rows come and go, so a list's counts never need
#: a scan of the archive: (table, key columns, counted columns, the query counting them).
SUMMARIES = (
    ("daily", ("source", "day"), ("changes", "new"),
     "SELECT source, day, sum(number > 1), sum(number = 1) FROM versions"),
    ("monthly", ("source", "month"), ("articles", "changes"),
     "SELECT source, month, count(*), sum(changes) FROM articles"),
    ("label_months", ("label", "month"), ("versions",),
     "SELECT label, month, count(*) FROM labelled"),
)

#: Newest first, as every list shows them (ties: the commit, then the article).
NEWEST_FIRST = "at DESC, sha DESC, slug DESC"
OLDEST_FIRST = "at, sha, slug"


def moment(second: int) -> datetime:
    return datetime.fromtimestamp(second, UTC)


@dataclass(frozen=True)
class Listed(Sourced, Sized):
    """A version as a list, a feed or a key sees it: no text, no other version."""

    slug: str
    number: int
    count: int  # versions of the article
    commit: str
    at: int
    title: str
    words: int
    size: tuple[int, int] | None
    labels: tuple[str, ...]
    reverts_to: int | None
    title_changed: bool
    byline_changed: bool
    pair: str | None  # old-blob:new-blob, which keys the feed passages
    language: str  # as stored (``Version.language``)
    row: str  # the JSON all of the above came from

    @classmethod
    def of(cls, row: str) -> Listed:
        (slug, number, count, commit, at, title, words, size, labels, reverts_to,
         title_changed, byline_changed, pair, language) = json.loads(row)
        return cls(slug, number, count, commit, at, title, words,
                   tuple(size) if size else None, tuple(labels), reverts_to,
                   bool(title_changed), bool(byline_changed), pair, language, row)

    @property
    def fetched_at(self) -> datetime:
        return moment(self.at)

    @property
    def previous(self) -> bool:
        """Whether there is a version before this one (lists say "new" when not)."""
        return self.number > 1

    @property
    def diff_path(self) -> str:
        return f"{self.slug}/v{self.number - 1}-v{self.number}/"


@dataclass(frozen=True)
class ListedArticle(Sourced):
    """An article as a source's lists and the statistics show it."""

    slug: str
    title: str
    changes: int
    first_at: int
    last_at: int
    language: str = ""

    @property
    def first_seen(self) -> datetime:
        return moment(self.first_at)

    @property
    def last_changed(self) -> datetime:
        return moment(self.last_at)

    @property
    def row(self) -> tuple:
        return (self.slug, self.title, self.changes + 1, self.first_at, self.last_at,
                self.language)


def version_rows(article: ArticleHistory) -> Iterator[tuple]:
    """The catalogue's rows for ``article``'s versions (facts and sizes known)."""
    count = len(article.versions)
    for version in article.versions:
        at = int(version.fetched_at.timestamp())
        row = json.dumps([
            version.slug, version.number, count, version.commit, at, version.title,
            version.words, list(version.size) if version.size else None, list(version.labels),
            version.reverts_to, version.title_changed, version.byline_changed, version.pair,
            version.language],
            ensure_ascii=False, separators=(",", ":"))
        yield (version.slug, version.number, at, version.commit, article.source,
               moment(at).date().isoformat(), int("minor" in version.labels), row)


@dataclass
class Touched:
    """The list items of some articles (read before and after an update): each list they
    are in (a day, a label's month, a source's month), with the keys that order them."""

    days: dict[str, set[tuple]] = field(default_factory=dict)
    labels: dict[tuple[str, str], set[tuple]] = field(default_factory=dict)
    months: dict[tuple[str, str], set[tuple]] = field(default_factory=dict)
    sources: set[str] = field(default_factory=set)

    def __or__(self, other: Touched) -> Touched:
        def merged(a: dict, b: dict) -> dict:
            return {k: a.get(k, set()) | b.get(k, set()) for k in a.keys() | b.keys()}

        return Touched(merged(self.days, other.days), merged(self.labels, other.labels),
                       merged(self.months, other.months), self.sources | other.sources)


@dataclass(frozen=True)
class Sequence:
    """One list of the catalogue, in the order its pages cut it: the items ``where`` selects
    from ``table``, ordered by ``key`` (oldest first)."""

    table: str
    where: str
    args: tuple
    key: tuple[str, ...]
    select: str  # what a page needs of each item
    counted: str = ""  # the table to count in, when ``table`` joins another for ``select``

    @classmethod
    def day(cls, day: str) -> Sequence:
        return cls("versions", "day = ?", (day,), ("at", "sha", "slug"), "at, row")

    @classmethod
    def label_month(cls, label: str, month: str) -> Sequence:
        return cls("labelled l JOIN versions v USING (slug, number)",
                   "l.label = ? AND l.month = ?", (label, month),
                   ("l.at", "l.sha", "l.slug"), "v.at, v.row", "labelled l")

    @classmethod
    def source_month(cls, source: str, month: str) -> Sequence:
        return cls("articles", "source = ? AND month = ?", (source, month),
                   ("first_seen", "slug"),
                   "slug, title, changes, first_seen, last_changed, language")


class Catalog:
    """Queries and updates over the catalogue's tables in ``connection``."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.db = connection
        self.db.executescript(TABLES)

    # -- updates --------------------------------------------------------------------------

    def touched(self, slugs: Iterable[str]) -> Touched:
        """The list items of ``slugs`` (call before and after an update)."""
        found = Touched()
        for part in chunks(list(slugs)):
            marks = ",".join("?" * len(part))
            for day, at, sha, slug, source in self.db.execute(
                    f"SELECT day, at, sha, slug, source FROM versions WHERE slug IN ({marks})",
                    part):
                found.days.setdefault(day, set()).add((at, sha, slug))
                found.sources.add(source)
            for label, month, at, sha, slug in self.db.execute(
                    f"SELECT label, month, at, sha, slug FROM labelled WHERE slug IN ({marks})",
                    part):
                found.labels.setdefault((label, month), set()).add((at, sha, slug))
            for source, month, first, slug in self.db.execute(
                    f"SELECT source, month, first_seen, slug FROM articles WHERE slug IN "
                    f"({marks})", part):
                found.months.setdefault((source, month), set()).add((first, slug))
                found.sources.add(source)
        return found

    # -- a list's length, its items' places, its parts ------------------------------------

    def length(self, sequence: Sequence) -> int:
        return self.db.execute(f"SELECT count(*) FROM {sequence.counted or sequence.table} "
                               f"WHERE {sequence.where}", sequence.args).fetchone()[0]

    def place(self, sequence: Sequence, key: tuple) -> int:
        """How many items of ``sequence`` come before one with ``key`` (there or not)."""
        columns = ", ".join(sequence.key)
        marks = ", ".join("?" * len(key))
        return self.db.execute(
            f"SELECT count(*) FROM {sequence.counted or sequence.table} WHERE {sequence.where} AND "
            f"({columns}) < ({marks})", (*sequence.args, *key)).fetchone()[0]

    def items(self, sequence: Sequence, start: int, count: int) -> list[tuple]:
        """``count`` items of ``sequence`` from the ``start``-th (oldest first).

        The first item's key is found in the index alone (an OFFSET over the full rows would
        read every row it skips), then the part is read from there.
        """
        order = ", ".join(sequence.key)
        first = self.db.execute(
            f"SELECT {order} FROM {sequence.counted or sequence.table} WHERE "
            f"{sequence.where} ORDER BY {order} LIMIT 1 OFFSET ?",
            (*sequence.args, start)).fetchone()
        if first is None:
            return []
        marks = ", ".join("?" * len(first))
        return self.db.execute(
            f"SELECT {sequence.select} FROM {sequence.table} WHERE {sequence.where} AND "
            f"({order}) >= ({marks}) ORDER BY {order} LIMIT ?",
            (*sequence.args, *first, count)).fetchall()

    def slugs_at(self, paths: Iterable[str]) -> list[str]:
        """The slugs of the articles stored at these repository paths."""
        return self._lookup("slug", "path", paths)

    def paths_of(self, slugs: Iterable[str]) -> list[str]:
        """The repository paths of these articles."""
        return self._lookup("path", "slug", slugs)

    def _lookup(self, column: str, by: str, values: Iterable[str]) -> list[str]:
        """``column`` of the articles whose ``by`` is one of ``values`` (both constants)."""
        found = []
        for part in chunks(list(values)):
            marks = ",".join("?" * len(part))
            found += [value for (value,) in self.db.execute(
                f"SELECT {column} FROM articles WHERE {by} IN ({marks})", part)]
        return found

    def remove(self, slugs: Iterable[str]) -> None:
        for part in chunks(list(slugs)):
            marks = ",".join("?" * len(part))
            self._count(f"WHERE slug IN ({marks})", part, -1)
            for table in ("articles", "versions", "labelled"):
                self.db.execute(f"DELETE FROM {table} WHERE slug IN ({marks})", part)

    def _count(self, where: str, args: list, sign: int) -> None:
        """Add (``sign`` 1) or take away (-1) the rows ``where`` selects from the summaries."""
        for table, keys, counted, select in SUMMARIES:
            groups = ", ".join(keys)
            found = self.db.execute(f"{select} {where} GROUP BY {groups}", args).fetchall()
            sets = ", ".join(f"{c} = {c} + excluded.{c}" for c in counted)
            marks = ",".join("?" * (len(keys) + len(counted)))
            self.db.executemany(
                f"INSERT INTO {table} VALUES ({marks}) ON CONFLICT ({groups}) DO UPDATE SET "
                f"{sets}", [(*row[:len(keys)], *(sign * (n or 0) for n in row[len(keys):]))
                            for row in found])
            self.db.execute(f"DELETE FROM {table} WHERE "
                            + " AND ".join(f"{c} = 0" for c in counted))

    def add(self, articles: Iterable[ArticleHistory]) -> None:
        """Rows for ``articles`` (whose versions know their facts and sizes)."""
        articles = list(articles)
        self.db.executemany("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [(
            a.slug, a.repo_path, a.source, a.first_seen.strftime("%Y-%m"),
            int(a.first_seen.timestamp()), int(a.last_changed.timestamp()), a.changes, a.title,
            a.language) for a in articles])
        self.db.executemany("INSERT INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            (row for a in articles for row in version_rows(a)))
        self.db.executemany("INSERT OR IGNORE INTO labelled VALUES (?, ?, ?, ?, ?, ?)", (
            (label, v.fetched_at.strftime("%Y-%m"), int(v.fetched_at.timestamp()), v.commit,
             v.slug, v.number) for a in articles for v in a.versions for label in v.labels))
        for part in chunks([a.slug for a in articles]):
            self._count(f"WHERE slug IN ({','.join('?' * len(part))})", part, 1)

    def clear(self) -> None:
        for table in ("articles", "versions", "labelled", "daily", "monthly", "label_months"):
            self.db.execute(f"DELETE FROM {table}")

    # -- what is there --------------------------------------------------------------------

    def labels(self) -> list[str]:
        return [label for (label,) in self.db.execute(
            "SELECT DISTINCT label FROM label_months ORDER BY label")]

    def count(self) -> int:
        """How many articles the catalogue holds."""
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def slugs_last_changed_in(self, after: float, upto: float) -> list[str]:
        """Articles last changed after ``after`` and by ``upto`` (seconds)."""
        return [slug for (slug,) in self.db.execute(
            "SELECT slug FROM articles WHERE last_changed > ? AND last_changed <= ?",
            (after, upto))]

    def slugs_of_commits(self, shas: Iterable[str]) -> set[str]:
        found = set()
        for part in chunks(list(shas)):
            marks = ",".join("?" * len(part))
            found.update(slug for (slug,) in self.db.execute(
                f"SELECT slug FROM versions WHERE sha IN ({marks})", part))
        return found

    def all_slugs(self) -> list[str]:
        return [slug for (slug,) in self.db.execute("SELECT slug FROM articles")]

    # -- lists ----------------------------------------------------------------------------

    def _listed(self, sql: str, args: tuple = ()) -> list[Listed]:
        return [Listed.of(row) for (row,) in self.db.execute(sql, args)]

    def latest(self, limit: int, *, minor: bool = True) -> list[Listed]:
        """The newest versions (first ones included), without minor edits unless ``minor``."""
        if minor:
            return self._listed(f"SELECT row FROM versions ORDER BY {NEWEST_FIRST} LIMIT ?",
                                (limit,))
        return self._listed(f"SELECT row FROM versions WHERE minor = 0 ORDER BY {NEWEST_FIRST} "
                            "LIMIT ?", (limit,))

    def has_minor(self) -> bool:
        return self.db.execute("SELECT 1 FROM versions WHERE minor = 1 LIMIT 1"
                               ).fetchone() is not None

    def latest_changes(self, limit: int, source: str | None = None,
                       label: str | None = None) -> list[Listed]:
        """The newest changes (versions after the first), of one source or label."""
        if label is not None:
            return self._listed(
                "SELECT v.row FROM labelled l JOIN versions v USING (slug, number) "
                "WHERE l.label = ? AND l.number > 1 ORDER BY l.at DESC, l.sha DESC, "
                "l.slug DESC LIMIT ?", (label, limit))
        if source is not None:
            return self._listed(f"SELECT row FROM versions WHERE source = ? AND number > 1 "
                                f"ORDER BY {NEWEST_FIRST} LIMIT ?", (source, limit))
        return self._listed(f"SELECT row FROM versions WHERE number > 1 ORDER BY {NEWEST_FIRST} "
                            "LIMIT ?", (limit,))

    def days(self) -> list[tuple[str, int, int]]:
        """Every day with versions, newest first: (day, changes, new articles)."""
        return list(self.db.execute(
            "SELECT day, sum(changes), sum(new) FROM daily GROUP BY day ORDER BY day DESC"))

    def label_latest(self, label: str, limit: int) -> list[Listed]:
        return self._listed(
            "SELECT v.row FROM labelled l JOIN versions v USING (slug, number) "
            "WHERE l.label = ? ORDER BY l.at DESC, l.sha DESC, l.slug DESC LIMIT ?",
            (label, limit))

    def label_months(self, label: str) -> list[tuple[str, int]]:
        """(month, versions) of a label, newest first."""
        return list(self.db.execute(
            "SELECT month, versions FROM label_months WHERE label = ? ORDER BY month DESC",
            (label,)))

    def source_counts(self) -> dict[str, tuple[int, int]]:
        """Every source's (articles, changes)."""
        return {source: (articles, changes) for source, articles, changes in
                self.db.execute("SELECT source, sum(articles), sum(changes) FROM monthly "
                                "GROUP BY source ORDER BY source")}

    def source_months(self, source: str) -> list[tuple[str, int]]:
        """(month first seen, articles) of a source, oldest first."""
        return list(self.db.execute(
            "SELECT month, articles FROM monthly WHERE source = ? ORDER BY month",
            (source,)))

    def _articles(self, sql: str, args: tuple) -> list[ListedArticle]:
        return [ListedArticle(*row) for row in self.db.execute(sql, args)]

    def newest_articles(self, source: str, limit: int) -> list[ListedArticle]:
        return self._articles(
            "SELECT slug, title, changes, first_seen, last_changed, language FROM articles "
            "WHERE source = ? ORDER BY first_seen DESC, slug DESC LIMIT ?", (source, limit))

    def most_edited(self, limit: int) -> list[ListedArticle]:
        return self._articles(
            "SELECT slug, title, changes, first_seen, last_changed, language FROM articles "
            "WHERE changes > 0 ORDER BY changes DESC, slug LIMIT ?", (limit,))

    def edits_per_day(self, since: str) -> list[tuple[str, str, int]]:
        """(source, day, changes) from ``since`` (a day) on."""
        return list(self.db.execute(
            "SELECT source, day, changes FROM daily WHERE changes > 0 AND day >= ?", (since,)))

    def change_days(self) -> tuple[str | None, str | None]:
        """The first and the last day with a change."""
        first, last = self.db.execute(
            "SELECT min(day), max(day) FROM daily WHERE changes > 0").fetchone()
        return first, last

    def months(self) -> list[tuple[str, str, int]]:
        """Every (source, month first seen, articles), by source and month."""
        return list(self.db.execute(
            "SELECT source, month, articles FROM monthly ORDER BY source, month"))


__all__ = ["Catalog", "Listed", "ListedArticle", "Sequence", "Touched", "moment",
           "version_rows"]
