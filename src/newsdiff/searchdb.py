"""The search database: one SQLite file with what readers search, updated in place.

One row per article: its latest headline and text (FTS5 table ``search``, without
positions: ``detail=none``), every headline it had and every sentence a change removed or
added (``changes``, with positions, so a quote is found as a phrase), each with facet tokens
for its source and labels; both tables are contentless, and ``articles`` holds only what a
result shows (title, source, dates, number of versions, labels).  The browser queries the
file over HTTP range requests (sql.js-httpvfs, see docs/search.md); Datasette and plain
``sqlite3`` open it as it is.

An article's row id is the second of its last change (counted from 2000; when several
articles share a second, the later ones by slug take the next free seconds), so "newest first"
is FTS5's own rowid order: a query reads the first leaves of each doclist only, and the rows of
recently changed articles sit together at the end of ``articles``.  Ids one second apart keep
FTS5's rowid deltas small (ids of second × 1024 made the index 18% larger).

A contentless FTS5 row can only be deleted by giving back the values it was indexed with, so
the build cache keeps a *mirror* (``search-rows.sqlite3``: each row's id, digest and
compressed values).  Both files change in one transaction (the mirror is attached), so a
round costs the changed rows only; when the two disagree (one deleted, or a full build) the
published file is rebuilt from the mirror's rows.  The published file's name carries a token
of its contents (``search/newsdiff-<token>.db``): a browser holding pages of an older file
never mixes them with a newer one.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

#: Bump when the tables or the row's meaning change: a mirror of another schema is discarded.
SCHEMA = 5  # 2: ``search`` without positions, every headline in ``changes``; 3: the mirror
#            keeps each row's second, so ids are assigned around a change, not over the archive;
#            4: ``articles.language``, the language a result's headline is in; 5: ß indexed
#            as ss (``searchable``)
PAGE_SIZE = 4096
EPOCH = 946_684_800  # 2000-01-01: row ids count seconds from here
#: The two FTS5 tables and their columns: the latest text, and the headlines and what changes
#: removed or added: a search among removed passages then reads the small index only, not the
#: doclists of every latest text.  The latest text keeps no positions (``detail=none``: 40% of
#: the file's bytes; the page checks a phrase against the article's latest page instead), so
#: no column filter works there: the headline search asks ``changes``, which has them all.
TABLES = {"search": ("title", "body", "facets"),
          "changes": ("headlines", "removed", "added", "facets")}
_FTS = "content='', columnsize=0, tokenize='unicode61 remove_diacritics 2'"
DETAIL = {"search": ", detail=none", "changes": ""}
PREFIX = "newsdiff-"

_TABLES = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,      -- the last change's second since 2000: newest is largest
    slug TEXT NOT NULL,          -- the history page is /<slug>/
    source TEXT NOT NULL,
    title TEXT NOT NULL,         -- the latest headline
    first_seen TEXT NOT NULL,    -- UTC, ISO 8601
    last_changed TEXT NOT NULL,
    versions INTEGER NOT NULL,
    labels TEXT NOT NULL,        -- comma-separated labels of any of its changes
    language TEXT NOT NULL       -- the BCP 47 tag of its latest version's language, or ''
);
CREATE VIRTUAL TABLE search USING fts5({", ".join(TABLES["search"])}, {_FTS}{DETAIL["search"]});
CREATE VIRTUAL TABLE changes USING fts5({", ".join(TABLES["changes"])}, {_FTS}{DETAIL["changes"]});
"""


class SearchIndexError(RuntimeError):
    """The search database cannot be written."""


@dataclass(frozen=True)
class SearchRow:
    """One article as search sees it (texts are newline-separated passages)."""

    slug: str
    source: str
    title: str
    first_seen: str
    last_changed: str
    versions: int
    labels: tuple[str, ...]
    headlines: str  # every earlier headline that differs from the latest
    body: str  # the latest byline and text
    removed: str  # sentences some change removed (or rewrote), oldest change first
    added: str  # sentences some change added (or rewrote)
    language: str = ""  # a valid BCP 47 tag or '' (``language.language_tag``)

    def data(self) -> bytes:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True,
                          separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_data(cls, data: bytes) -> SearchRow:
        raw = json.loads(data)
        return cls(**{**raw, "labels": tuple(raw["labels"])})

    @property
    def digest(self) -> str:
        return hashlib.sha1(self.data()).hexdigest()

    @property
    def second(self) -> int:
        """The last change as whole seconds since the epoch."""
        moment = datetime.strptime(self.last_changed, "%Y-%m-%dT%H:%M:%SZ")
        return int(moment.replace(tzinfo=UTC).timestamp())

    def columns(self) -> dict[str, tuple[str, ...]]:
        """Each FTS5 table's values for this row (``changes``' headlines: the latest first)."""
        facets = " ".join([facet_token("src", self.source)] +
                          [facet_token("lbl", label) for label in self.labels])
        headlines = "\n".join(filter(None, [self.title, self.headlines]))
        return {"search": (searchable(self.title), searchable(self.body), facets),
                "changes": (searchable(headlines), searchable(self.removed),
                            searchable(self.added), facets)}


def searchable(text: str) -> str:
    """Text as the index takes it: ß as ss, which FTS5's tokenizer leaves alone (it folds
    case and accents only), so "beschliesst", as Swiss papers and keyboards without ß write
    it, finds "beschließt", and back (search.js folds a query the same way)."""
    return text.replace("ß", "ss").replace("ẞ", "SS")


@dataclass(frozen=True)
class PackedRow:
    """A row compressed, as the mirror keeps it: what a build holds until it writes it (a
    30,000-article build holds every article's row; packed, a third of the memory)."""

    slug: str
    digest: str
    second: int
    packed: bytes

    @classmethod
    def of(cls, row: SearchRow) -> PackedRow:
        data = row.data()
        return cls(row.slug, hashlib.sha1(data).hexdigest(), row.second, zlib.compress(data, 6))

    def unpack(self) -> SearchRow:
        return SearchRow.from_data(zlib.decompress(self.packed))


def facet_token(kind: str, name: str) -> str:
    """A source or label as one token the tokenizer keeps whole (the browser builds the same)."""
    return kind + name.encode("utf-8").hex()


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def assign_ids(articles: Iterable[tuple[int, str]]) -> dict[str, int]:
    """Row ids for (second of last change, slug) pairs: a function of the whole set only.

    Ids follow the last change, then the slug; articles sharing a second take the next free
    ids, so an edit inside such a run (rare: more than one change a second) also moves the
    run's later rows.
    """
    ids: dict[str, int] = {}
    previous = -1
    for second, slug in sorted(articles):
        previous = max(second - EPOCH, previous + 1)
        ids[slug] = previous
    return ids


def _row_hash(row_id: int, digest: str) -> int:
    return int.from_bytes(hashlib.sha1(f"{row_id}\0{digest}".encode()).digest()[:8], "big")


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=DELETE")  # the browser reads the main file only
    return connection


def create_database(path: Path, page_size: int = PAGE_SIZE) -> sqlite3.Connection:
    """A new, empty search database at ``path`` (replacing any file there)."""
    path.unlink(missing_ok=True)
    connection = _connect(path)
    connection.execute(f"PRAGMA page_size={int(page_size)}")
    connection.executescript(_TABLES)
    connection.execute("INSERT INTO meta VALUES ('schema', ?)", (str(SCHEMA),))
    return connection


def insert_row(connection: sqlite3.Connection, row_id: int, row: SearchRow,
               schema: str = "main") -> None:
    connection.execute(f"INSERT INTO {schema}.articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (row_id, row.slug, row.source, row.title, row.first_seen,
                        row.last_changed, row.versions, ",".join(row.labels), row.language))
    for table, values in row.columns().items():
        connection.execute(f"INSERT INTO {schema}.{table} (rowid, {', '.join(TABLES[table])}) "
                           f"VALUES (?{', ?' * len(values)})", (row_id, *values))


def delete_row(connection: sqlite3.Connection, row_id: int, row: SearchRow) -> None:
    """Remove a row; a contentless FTS5 row needs exactly the values it was indexed with."""
    connection.execute("DELETE FROM articles WHERE id = ?", (row_id,))
    for table, values in row.columns().items():
        connection.execute(f"INSERT INTO {table} ({table}, rowid, {', '.join(TABLES[table])}) "
                           f"VALUES ('delete', ?{', ?' * len(values)})", (row_id, *values))


def write_database(path: Path, rows: Iterable[SearchRow], ids: dict[str, int] | None = None,
                   page_size: int = PAGE_SIZE) -> int:
    """A fresh database of ``rows`` at ``path`` (what ``newsdiff export --format sqlite``
    writes); the number of rows.  ``ids`` (from ``assign_ids``) lets rows stream in any
    order; without it they are all held to compute the ids."""
    if ids is None:
        rows = list(rows)
        ids = assign_ids((row.second, row.slug) for row in rows)
    connection = create_database(path, page_size)
    try:
        return _fill(connection, ((ids[row.slug], row) for row in rows))
    finally:
        connection.close()


def _fill(connection: sqlite3.Connection, rows: Iterable[tuple[int, SearchRow]]) -> int:
    """Insert rows, then pack the index into one segment and the file tight (VACUUM writes
    each table's pages in key order: ids, so the newest changes sit together)."""
    count = 0
    connection.execute("BEGIN")
    for row_id, row in rows:
        insert_row(connection, row_id, row)
        count += 1
    for table in TABLES:
        connection.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
    connection.execute("COMMIT")
    connection.execute("VACUUM")
    return count


def _merged(mirrored, arriving: list[tuple[int, str]], start: tuple):
    """The mirror's entries from ``start`` (those staying) and the arriving ones, in order:
    (key, slug, old id or None)."""
    arriving = [(key, key[1], None) for key in arriving if key >= start]
    index = 0
    for entry in mirrored:
        while index < len(arriving) and arriving[index][0] < entry[0]:
            yield arriving[index]
            index += 1
        yield entry
    yield from arriving[index:]


class SearchIndex:
    """The published database in ``folder`` and its mirror in the build cache.

    ``knows`` says which articles the mirror holds; ``update`` brings both up to date with
    the archive, reading and touching only rows that changed (and those whose id a change
    moves), and returns whether the published file changed.
    """

    def __init__(self, folder: Path, mirror: Path, fresh: bool = False,
                 page_size: int = PAGE_SIZE) -> None:
        self.folder, self.mirror_path, self.page_size = folder, mirror, page_size
        generations = [self._generation(p) for p in self.published_files()]
        if fresh:
            generations.append(self._read_mirror_generation())
            mirror.unlink(missing_ok=True)
        self.mirror: sqlite3.Connection | None = self._open_mirror()
        meta = dict(self.mirror.execute("SELECT key, value FROM meta"))
        if meta.get("schema") != str(SCHEMA):
            self.mirror.close()
            mirror.unlink()
            self.mirror = self._open_mirror()
            meta = {}
        self.generation = int(meta.get("generation") or 0)
        self.content = int(meta.get("content") or "0", 16)
        if not self.generation:  # a new mirror: the published file (if any) must be rebuilt
            self.generation = max([0, *generations]) + 1
        self.count = self.mirror.execute("SELECT count(*) FROM rows").fetchone()[0]
        self.close()  # not held open while the build forks its workers

    # -- files ----------------------------------------------------------------------------

    def published_files(self) -> list[Path]:
        """The published database's files (one, unless a build was interrupted)."""
        return sorted(self.folder.glob(f"{PREFIX}*.db")) if self.folder.is_dir() else []

    @staticmethod
    def _generation(path: Path) -> int:
        try:
            connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                found = connection.execute(
                    "SELECT value FROM meta WHERE key = 'generation'").fetchone()
            finally:
                connection.close()
            return int(found[0]) if found else 0
        except (sqlite3.Error, ValueError):
            return 0

    def _read_mirror_generation(self) -> int:
        return self._generation(self.mirror_path) if self.mirror_path.is_file() else 0

    def _open_mirror(self) -> sqlite3.Connection:
        self.mirror_path.parent.mkdir(parents=True, exist_ok=True)
        try:
            connection = _connect(self.mirror_path)
            connection.executescript(
                "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                "CREATE TABLE IF NOT EXISTS rows (slug TEXT PRIMARY KEY, id INTEGER NOT NULL,"
                " digest TEXT NOT NULL, data BLOB NOT NULL, second INTEGER NOT NULL);"
                "CREATE INDEX IF NOT EXISTS rows_in_order ON rows (second, slug, id);")
        except sqlite3.DatabaseError:  # damaged: it is a cache, start again
            self.mirror_path.unlink(missing_ok=True)
            return self._open_mirror()
        return connection

    @property
    def name(self) -> str:
        """The published file's name: changes whenever its contents do."""
        token = hashlib.sha1(f"{self.generation}:{self.content:016x}".encode()).hexdigest()
        return f"{PREFIX}{token[:16]}.db"

    # -- update ---------------------------------------------------------------------------

    def knows(self, slugs: Iterable[str]) -> set[str]:
        """Which of ``slugs`` the mirror holds a row for."""
        return set(self._mirrored(list(slugs)))

    def _mirrored(self, slugs: list[str]) -> dict[str, tuple[int, str, int]]:
        """(id, digest, second) of the mirror's rows for ``slugs``."""
        connection = self.mirror or _connect(self.mirror_path)
        found = {}
        try:
            for start in range(0, len(slugs), 500):
                part = slugs[start:start + 500]
                marks = ",".join("?" * len(part))
                found.update((slug, (row_id, digest, second)) for slug, row_id, digest, second
                             in connection.execute(f"SELECT slug, id, digest, second FROM rows "
                                                   f"WHERE slug IN ({marks})", part))
        finally:
            if connection is not self.mirror:
                connection.close()
        return found

    def update(self, seconds: dict[str, int], rows: dict[str, SearchRow | PackedRow],
               gone: Iterable[str] | None = None) -> bool:
        """Bring the index up to date: ``seconds`` (slug → second of last change) gives the
        articles a build looked at, with ``rows`` for those rendered this time; ``gone`` the
        articles no longer there (None: ``seconds`` is every article, the rest are gone).
        True if a file was written. Every article in ``seconds`` must be in ``rows`` or
        already known.
        """
        rows = {slug: row if isinstance(row, PackedRow) else PackedRow.of(row)
                for slug, row in rows.items()}
        self.mirror = _connect(self.mirror_path)
        try:
            known, ids, touched, renewed = self._plan(seconds, rows, gone)
            published = self.published_files()
            current = published == [self.folder / self.name] and \
                self._generation(published[0]) == self.generation
            if not touched and current:
                return False
            old = self._mirror_rows([slug for slug in touched if slug in known])
            new = {slug: rows.get(slug) or old[slug] for slug in renewed}
            self._update_mirror(old, new, {slug: ids.get(slug, known.get(slug, (0,))[0])
                                           for slug in new}, known)
            self._publish(published if current else [])
        finally:
            self.close()
        return True

    def _plan(self, seconds: dict[str, int], rows: dict[str, PackedRow],
              gone: Iterable[str] | None) -> tuple[dict, dict[str, int], list[str], list[str]]:
        """What the update reads and writes: the mirror's rows it needs (id, digest,
        second), the new ids, the slugs whose rows go or change, and those written anew
        (changed, or moved to another id)."""
        if gone is None:
            gone = {slug for (slug,) in self.mirror.execute("SELECT slug FROM rows")}
        gone = set(gone) - seconds.keys()
        known = self._mirrored(sorted(seconds.keys() | gone))
        missing = [slug for slug in seconds if slug not in rows and slug not in known]
        if missing:
            raise SearchIndexError(f"search index: no row for {missing[0]}")
        gone &= known.keys()
        ids = self._ids(seconds, gone, known)
        known.update(self._mirrored(sorted(ids.keys() - known.keys())))
        changed = {slug for slug, row in rows.items() if slug in seconds and (
            slug not in known or known[slug][1] != row.digest)}
        moved = {slug for slug, row_id in ids.items()
                 if slug in known and known[slug][0] != row_id}
        return known, ids, sorted(changed | moved | gone), sorted(changed | moved)

    def _publish(self, published: list[Path]) -> None:
        """The change into the published file in place (one transaction with the mirror),
        or a new file from the mirror when there is no usable one."""
        try:
            if not published:
                raise sqlite3.DatabaseError("published file missing or stale")
            self._update_published(published[0], self._old, self._new, self._ids_of_new)
        except sqlite3.DatabaseError:
            self.close()
            self.mirror = _connect(self.mirror_path)
            self._rebuild_published(self.published_files())

    def _ids(self, seconds: dict[str, int], gone: set[str],
             known: dict[str, tuple[int, str, int]]) -> dict[str, int]:
        """The new ids of the articles in ``seconds`` and of every article whose id they push
        or stop pushing: ``assign_ids``' rule (in (second, slug) order an id is ``max(second,
        previous id + 1)``) applied around each change only, since past an article whose id
        did not move nothing moves until the next change."""
        leaving = gone | (seconds.keys() & known.keys())
        arriving = sorted((second, slug) for slug, second in seconds.items())
        starts = sorted({*arriving, *((known[slug][2], slug) for slug in leaving)})
        ids: dict[str, int] = {}
        done: tuple | None = None  # the last entry walked, and its id
        for start in starts:
            if done is not None and start <= done[0]:
                continue  # walked already
            previous = self._id_before(start, leaving, done)
            for key, slug, old_id in _merged(self._rows_from(start, leaving), arriving, start):
                row_id = max(key[0] - EPOCH, previous + 1)
                previous, done = row_id, (key, row_id)
                if old_id == row_id:
                    break  # settled: nothing after it moves until the next start
                ids[slug] = row_id
        return ids

    def _id_before(self, start: tuple, leaving: set[str], done: tuple | None) -> int:
        """The id of the entry just before ``start`` once the change is made."""
        for second, slug, row_id in self.mirror.execute(
                "SELECT second, slug, id FROM rows WHERE (second, slug) < (?, ?) "
                "ORDER BY second DESC, slug DESC", start):
            if slug in leaving:
                continue
            if done is not None and done[0] >= (second, slug):
                return done[1]
            return row_id
        return done[1] if done is not None else -1

    def _rows_from(self, start: tuple, leaving: set[str]):
        for second, slug, row_id in self.mirror.execute(
                "SELECT second, slug, id FROM rows WHERE (second, slug) >= (?, ?) "
                "ORDER BY second, slug", start):
            if slug not in leaving:
                yield (second, slug), slug, row_id

    def _mirror_rows(self, slugs: list[str]) -> dict[str, PackedRow]:
        found = {}
        for start in range(0, len(slugs), 500):
            part = slugs[start:start + 500]
            marks = ",".join("?" * len(part))
            for slug, digest, second, data in self.mirror.execute(
                    f"SELECT slug, digest, second, data FROM rows WHERE slug IN ({marks})",
                    part):
                found[slug] = PackedRow(slug, digest, second, data)
        return found

    def _update_mirror(self, old: dict[str, PackedRow], new: dict[str, PackedRow],
                       ids: dict[str, int], known: dict[str, tuple[int, str, int]]) -> None:
        """The in-memory view of the change (the files follow in one transaction)."""
        self._old, self._new, self._ids_of_new = old, new, ids
        self._old_ids = {slug: known[slug][0] for slug in old}
        for slug in old:
            self.content ^= _row_hash(known[slug][0], known[slug][1])
        for slug, row in new.items():
            self.content ^= _row_hash(ids[slug], row.digest)
        self.count += len(new) - len(old)

    def _write_mirror(self, connection: sqlite3.Connection, schema: str) -> None:
        for slug in self._old:
            connection.execute(f"DELETE FROM {schema}.rows WHERE slug = ?", (slug,))
        for slug, row in self._new.items():
            connection.execute(f"INSERT INTO {schema}.rows VALUES (?, ?, ?, ?, ?)",
                               (slug, self._ids_of_new[slug], row.digest, row.packed,
                                row.second))
        for key, value in (("schema", str(SCHEMA)), ("generation", str(self.generation)),
                           ("content", f"{self.content:016x}")):
            connection.execute(f"INSERT OR REPLACE INTO {schema}.meta VALUES (?, ?)",
                               (key, value))

    def _update_published(self, path: Path, old: dict[str, PackedRow],
                          new: dict[str, PackedRow], ids: dict[str, int]) -> None:
        self.close()
        connection = _connect(path)
        try:
            connection.execute("ATTACH DATABASE ? AS mirror", (str(self.mirror_path),))
            connection.execute("BEGIN")  # both files commit together, or neither does
            for slug, row in old.items():
                delete_row(connection, self._old_ids[slug], row.unpack())
            for slug, row in sorted(new.items(), key=lambda item: ids[item[0]]):
                insert_row(connection, ids[slug], row.unpack())
            self._write_mirror(connection, "mirror")
            connection.execute("COMMIT")
        finally:
            connection.close()
        path.rename(self.folder / self.name)
        self.mirror = _connect(self.mirror_path)

    def _rebuild_published(self, stale: list[Path]) -> None:
        """A new published file from the mirror's rows (after a full build, or when the
        published file and the mirror no longer agree)."""
        self.mirror.execute("BEGIN")
        self._write_mirror(self.mirror, "main")
        self.mirror.execute("COMMIT")
        self.folder.mkdir(parents=True, exist_ok=True)
        temporary = self.folder / f".{self.name}.tmp"
        connection = create_database(temporary, self.page_size)
        try:
            connection.execute("INSERT INTO meta VALUES ('generation', ?)",
                               (str(self.generation),))
            _fill(connection, ((row_id, SearchRow.from_data(zlib.decompress(data)))
                               for row_id, data in self.mirror.execute(
                                   "SELECT id, data FROM rows ORDER BY id")))
        finally:
            connection.close()
        for path in stale:
            path.unlink(missing_ok=True)
        temporary.rename(self.folder / self.name)
        # What an interrupted build may have left: never publish a journal or a half file.
        for path in self.folder.glob(f"*{PREFIX}*"):
            if path.name != self.name:
                path.unlink(missing_ok=True)

    def close(self) -> None:
        if self.mirror is not None:
            self.mirror.close()
            self.mirror = None


def database_contents(path: Path) -> bytes:
    """What a search database holds, independent of its page layout: its rows and every
    (term, row, column, position) of its index, as bytes (to compare two databases)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        articles = connection.execute("SELECT * FROM articles ORDER BY id").fetchall()
        terms = []
        for table in TABLES:
            connection.execute(f"CREATE VIRTUAL TABLE temp.{table}_terms USING "
                               f"fts5vocab(main, {table}, instance)")
            terms.append(connection.execute(f"SELECT term, doc, col, offset FROM "
                                            f"temp.{table}_terms ORDER BY term, doc, col, "
                                            f"offset").fetchall())
    finally:
        connection.close()
    return json.dumps([articles, terms], ensure_ascii=False).encode("utf-8")
