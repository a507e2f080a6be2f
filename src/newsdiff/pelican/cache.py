"""The build cache: what an earlier build learnt, so the next one reads and renders only change.

One SQLite file in a folder outside the repository (``build.sqlite3``; safe to delete: a
missing, damaged or older-format cache means one full build).  A build reads the rows its
change needs, never the whole file, and writes what it learnt in one transaction (opened when
its articles are rendered, committed at its end), so a build killed halfway leaves the cache
as it was; a lock keeps a second build off it.  Everything is keyed by git ids or paths:

- ``meta``: the commit last built (``head``; the next build reads only ``git log head..HEAD``),
  the fingerprint of newsdiff, theme and settings that build used, and when it ran;
- ``histories``: each file's versions (commit, time, message, blob, path), by path;
- ``facts``: per blob, the title, byline, URL and word count lists show;
- ``sizes``: per pair of blobs, the words added and removed between them;
- ``groups``: per group of pages (an article's pages, a list page, a feed), the digest of its
  inputs when last written, the files it wrote and their bytes, so unchanged groups are
  skipped, files no group writes any more are removed and the site's size is a sum;
- the catalogue's tables (``catalog.py``): what the lists show.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .. import __version__
from ..history import Commit, FileHistory, VersionRef
from .model import BlobFacts

#: Bump when the cache's layout or meaning changes; an older cache is then ignored.
SCHEMA = 8  # 6: JSON with a journal; 7: SQLite, read by rows, with the catalogue;
#           8: each version's language in facts and the catalogue's rows
NAME = "build.sqlite3"

_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS histories (
    path TEXT PRIMARY KEY, deleted INTEGER NOT NULL, refs TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS facts (
    blob TEXT PRIMARY KEY, title TEXT, byline TEXT, url TEXT, words INTEGER,
    language TEXT) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sizes (
    pair TEXT PRIMARY KEY, added INTEGER, removed INTEGER) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS not_articles (blob TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS groups (
    name TEXT PRIMARY KEY, key TEXT, files TEXT NOT NULL, bytes INTEGER NOT NULL,
    count INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS snapshots (sha TEXT PRIMARY KEY, address TEXT NOT NULL)
    WITHOUT ROWID;
"""


def default_cache_dir(output: Path) -> Path:
    """``$XDG_CACHE_HOME/newsdiff/site-<digest of the output path>``: outside any repository."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsdiff"
    digest = hashlib.sha1(str(output.resolve()).encode()).hexdigest()[:12]
    return base / f"site-{digest}"


@dataclass(frozen=True)
class Group:
    """A group of pages as the last build left it."""

    key: str | None
    files: list[str]
    bytes: int


def chunks(items: list, size: int = 500) -> Iterator[list]:
    """``items`` in runs of ``size``: SQLite takes at most so many parameters a query."""
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _lock(folder: Path):
    """Hold the cache folder's lock for the build (two builds would corrupt each other's
    view of the site); another build holding it is an error naming the folder."""
    handle = (folder / "build.lock").open("a")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise RuntimeError(f"{folder}: another newsdiff build is using this cache; wait for "
                           "it to finish") from None
    return handle


def _history(path: str, deleted: int, refs: str) -> FileHistory:
    history = FileHistory(path, deleted=bool(deleted))
    history.versions = [VersionRef(Commit(sha, datetime.fromtimestamp(at, UTC), message),
                                   blob, ref_path)
                        for sha, at, message, blob, ref_path in json.loads(refs)]
    return history


def _refs(history: FileHistory) -> str:
    return json.dumps([(r.commit.sha, int(r.commit.fetched_at.timestamp()), r.commit.message,
                        r.blob, r.path) for r in history.versions],
                      ensure_ascii=False, separators=(",", ":"))


class BuildCache:
    """The cache's database; reads go to it directly, writes wait for ``commit``."""

    def __init__(self, folder: Path, origin: str, fresh: bool = False) -> None:
        self.path = folder / NAME
        self.origin = origin
        #: why the previous cache was not used (None when it was)
        self.discarded: str | None = None
        self.db: sqlite3.Connection | None = None
        #: a forced full build: no group's key is trusted (but which files they wrote is)
        self.fresh = fresh
        folder.mkdir(parents=True, exist_ok=True)
        self._lock = _lock(folder)
        for old in ("build.json", "build.journal"):  # schema 6's files
            (folder / old).unlink(missing_ok=True)
        self.meta = self._open()
        if self.discarded is not None and self.meta:  # another version's or archive's
            self.close()
            self.path.unlink(missing_ok=True)
            reason, self.meta = self.discarded, self._open()
            self.discarded = reason
        elif fresh:
            self.discarded = self.discarded or "full build requested"
            self.meta = {}

    def _open(self) -> dict[str, str]:
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None)
            self.db.executescript(_TABLES)
            meta = dict(self.db.execute("SELECT key, value FROM meta"))
        except sqlite3.DatabaseError as error:
            if self.db is not None:
                self.db.close()
            self.path.unlink(missing_ok=True)
            self.discarded = f"unreadable cache ({error.__class__.__name__})"
            self.db = sqlite3.connect(self.path, isolation_level=None)
            self.db.executescript(_TABLES)
            return {}
        if not meta:
            self.discarded = "no cache yet"
        elif meta.get("schema") != str(SCHEMA) or meta.get("newsdiff") != __version__:
            self.discarded = "cache written by another version of newsdiff"
        elif meta.get("origin") != self.origin:
            self.discarded = "cache of another archive or output"
        return meta

    # -- transaction ----------------------------------------------------------------------

    def begin(self) -> None:
        """Start the build's one transaction (if not started)."""
        assert self.db is not None
        if not self.db.in_transaction:
            self.db.execute("BEGIN")

    def commit(self, head: str | None, **meta: str) -> None:
        """Write what this build learnt (nothing at all when it learnt nothing)."""
        values = {"schema": str(SCHEMA), "newsdiff": __version__, "origin": self.origin,
                  "head": head or "", **meta}
        changed = {k: v for k, v in values.items() if self.meta.get(k) != v}
        assert self.db is not None
        if changed:
            self.begin()
            self.db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", changed.items())
        if self.db.in_transaction:
            self.db.execute("COMMIT")
        self.meta.update(changed)

    def close(self) -> None:
        """Close the database (before forking workers, which must not share it). Nothing
        may be pending then: what this build learnt is written at its end."""
        if self.db is not None:
            assert not self.db.in_transaction, "the build's writes would be lost"
            self.db.close()
            self.db = None

    def abandon(self) -> None:
        """Forget what this build wrote (it failed): the cache stays as it started."""
        if self.db is not None and self.db.in_transaction:
            self.db.execute("ROLLBACK")

    def release(self) -> None:
        """Close the database and let another build use the cache."""
        self.abandon()
        self.close()
        self._lock.close()

    def reopen(self) -> sqlite3.Connection:
        """The database, opened again if ``close`` closed it."""
        if self.db is None:
            self.db = sqlite3.connect(self.path, isolation_level=None)
        return self.db

    @property
    def head(self) -> str | None:
        return self.meta.get("head") or None

    def meta_list(self, key: str) -> list:
        """A list the last build kept in ``meta`` as JSON ([] when none)."""
        try:
            found = json.loads(self.meta.get(key) or "[]")
        except ValueError:
            return []
        return found if isinstance(found, list) else []

    # -- histories ------------------------------------------------------------------------

    def histories(self, paths: Iterable[str] | None = None) -> dict[str, FileHistory]:
        """The cached histories of ``paths`` (those it has), or of every file."""
        db = self.reopen()
        if paths is None:
            return {path: _history(path, deleted, refs) for path, deleted, refs in
                    db.execute("SELECT path, deleted, refs FROM histories")}
        found = {}
        for part in chunks(sorted(set(paths))):
            marks = ",".join("?" * len(part))
            for path, deleted, refs in db.execute(
                    f"SELECT path, deleted, refs FROM histories WHERE path IN ({marks})", part):
                found[path] = _history(path, deleted, refs)
        return found

    def clear_histories(self) -> None:
        self.begin()
        self.reopen().execute("DELETE FROM histories")

    def put_histories(self, histories: dict[str, FileHistory], gone: Iterable[str]) -> None:
        """Keep ``histories`` (by path) and forget the ``gone`` paths."""
        gone = list(gone)
        if not histories and not gone:
            return
        self.begin()
        db = self.reopen()
        db.executemany("DELETE FROM histories WHERE path = ?", [(p,) for p in gone])
        db.executemany("INSERT OR REPLACE INTO histories VALUES (?, ?, ?)",
                       [(p, int(h.deleted), _refs(h)) for p, h in histories.items()])

    # -- facts and sizes ------------------------------------------------------------------

    def facts(self, blobs: Iterable[str] | None = None) -> dict[str, BlobFacts]:
        return {blob: BlobFacts(*values) for blob, *values in
                self._by_key("facts", "blob", "title, byline, url, words, language",
                                             blobs)}

    def sizes(self, pairs: Iterable[str] | None = None) -> dict[str, tuple[int, int]]:
        return {pair: (added, removed) for pair, added, removed in
                self._by_key("sizes", "pair", "added, removed", pairs)}

    def _by_key(self, table: str, key: str, columns: str, keys: Iterable[str] | None
                ) -> Iterator[tuple]:
        db = self.reopen()
        if keys is None:
            yield from db.execute(f"SELECT {key}, {columns} FROM {table}")
            return
        for part in chunks(sorted(set(keys))):
            marks = ",".join("?" * len(part))
            yield from db.execute(
                f"SELECT {key}, {columns} FROM {table} WHERE {key} IN ({marks})", part)

    def put_facts(self, facts: dict[str, BlobFacts], sizes: dict[str, tuple[int, int]]
                  ) -> None:
        """Keep what rendering learnt: blobs' facts and blob pairs' diff sizes."""
        if not facts and not sizes:
            return
        self.begin()
        db = self.reopen()
        db.executemany("INSERT OR REPLACE INTO facts VALUES (?, ?, ?, ?, ?, ?)",
                       [(b, f.title, f.byline, f.url, f.words, f.language)
                        for b, f in facts.items()])
        db.executemany("INSERT OR REPLACE INTO sizes VALUES (?, ?, ?)",
                       [(p, a, r) for p, (a, r) in sizes.items()])

    def not_articles(self) -> set[str]:
        return {blob for (blob,) in self.reopen().execute("SELECT blob FROM not_articles")}

    def add_not_articles(self, blobs: Iterable[str]) -> None:
        """Remember blobs that do not parse as articles (a blob never changes)."""
        blobs = list(blobs)
        if not blobs:
            return
        self.begin()
        self.reopen().executemany("INSERT OR IGNORE INTO not_articles VALUES (?)",
                                  [(b,) for b in blobs])

    # -- groups ---------------------------------------------------------------------------

    def groups(self, names: Iterable[str] | None = None) -> dict[str, Group]:
        """The groups ``names`` as the last build left them (those it had), or all."""
        rows = self._by_key("groups", "name", "key, files, bytes", names)
        return {name: Group(None if self.fresh else key, json.loads(files), size)
                for name, key, files, size in rows}

    def group_names(self, prefix: str) -> list[str]:
        """The groups whose names start with ``prefix`` (every name between it and the
        prefix with its last character moved up one: byte order, whatever follows)."""
        end = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        return [name for (name,) in self.reopen().execute(
            "SELECT name FROM groups WHERE name >= ? AND name < ?", (prefix, end))]

    def put_groups(self, groups: dict[str, Group], gone: Iterable[str]) -> None:
        """Keep ``groups`` as this build left them and forget the ``gone`` ones."""
        gone = list(gone)
        if not groups and not gone:
            return
        self.begin()
        db = self.reopen()
        db.executemany("DELETE FROM groups WHERE name = ?", [(g,) for g in gone])
        db.executemany("INSERT OR REPLACE INTO groups VALUES (?, ?, ?, ?, ?)",
                       [(name, g.key, json.dumps(g.files, ensure_ascii=False), g.bytes,
                         len(g.files)) for name, g in groups.items()])

    def forget_keys(self, names: Iterable[str]) -> None:
        """Distrust these groups' keys: their next build renders them again."""
        self.begin()
        db = self.reopen()
        for part in chunks(sorted(names)):
            db.execute(f"UPDATE groups SET key = NULL WHERE name IN ({','.join('?' * len(part))})",
                       part)

    def forget_all_keys(self) -> None:
        """Distrust every group's key (a build was killed halfway: any page may be its)."""
        self.begin()
        self.reopen().execute("UPDATE groups SET key = NULL")

    def totals(self) -> tuple[int, int]:
        """The bytes and the number of every group's files, summed (a build that looks at
        everything; the others keep the totals by what they changed)."""
        found = self.reopen().execute("SELECT sum(bytes), sum(count) FROM groups").fetchone()
        return int(found[0] or 0), int(found[1] or 0)

    # -- snapshot notes -------------------------------------------------------------------

    def snapshots(self) -> dict[str, str]:
        """The snapshot addresses the last build showed, by commit."""
        return dict(self.reopen().execute("SELECT sha, address FROM snapshots"))

    def put_snapshots(self, snapshots: dict[str, str]) -> None:
        self.begin()
        db = self.reopen()
        db.execute("DELETE FROM snapshots")
        db.executemany("INSERT INTO snapshots VALUES (?, ?)", snapshots.items())


__all__ = ["NAME", "SCHEMA", "BuildCache", "Group", "default_cache_dir"]
