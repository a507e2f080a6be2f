"""The build cache: what an earlier build learnt, so the next one reads and renders only change.

A JSON file in a folder outside the repository (safe to delete; a missing, damaged or
older-format cache means one full build), plus a journal beside it.  Everything in it is keyed
by git ids, which never change meaning:

- ``head`` and ``histories``: the archive's history as of the commit last built, so the next
  build reads only ``git log head..HEAD``;
- ``facts``: per blob, the title, byline, URL and word count lists show;
- ``sizes``: per pair of blobs, the words added and removed between them;
- ``keys`` and ``files``: per group of pages (an article's pages, a list page), the digest of
  its inputs when last written and the files it wrote, so unchanged groups are skipped and
  files no group writes any more are removed;
- ``bytes``: per group, the bytes of its files, so the site's size is known without a walk
  of the whole output (a group whose key did not change has the same bytes).

Saving costs what changed: a build appends one line to ``build.journal`` with the entries it
added or changed (an article's history, new facts, the groups whose key or files changed);
loading replays the journal over ``build.json``.  Once the journal outgrows a quarter of the
base, or the cache was discarded, the whole cache is written again and the journal emptied.
The journal names the base it extends (``generation``), so a journal left beside a newer base
is ignored, and a torn last line (a build killed while appending) is dropped.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from .. import __version__
from ..history import Commit, FileHistory, VersionRef
from .model import BlobFacts
from .output import Tally, write_if_changed

#: Bump when the cache's layout or meaning changes; an older cache is then ignored.
SCHEMA = 6  # 5: merges followed, sizes from change.compare, non-UTF-8 states skipped; 6: journal


def default_cache_dir(output: Path) -> Path:
    """``$XDG_CACHE_HOME/newsdiff/site-<digest of the output path>``: outside any repository."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsdiff"
    digest = hashlib.sha1(str(output.resolve()).encode()).hexdigest()[:12]
    return base / f"site-{digest}"


#: Rewrite the whole cache once the journal is this large a share of it.
COMPACT_AT = 0.25


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except FileNotFoundError:
        return 0


def _signature(history: FileHistory) -> tuple:
    """What tells whether a file's history changed: appended, deleted, renamed or rewritten."""
    last = history.versions[-1] if history.versions else None
    return (len(history.versions), history.deleted, history.path,
            (last.blob, last.commit.sha, last.path) if last else None)


@dataclass
class _Loaded:
    """What the cache held when loaded, to write only the difference."""

    generation: str
    head: str | None
    base_bytes: int
    journal_bytes: int
    signatures: dict[str, tuple]
    facts: set[str]
    sizes: set[str]
    not_articles: frozenset[str]
    keys: dict[str, str]
    files: dict[str, list[str]]
    bytes: dict[str, int]


@dataclass
class BuildCache:
    """The cache's contents; ``load`` and ``save`` move it to and from disk."""

    origin: str = ""  # which repository and archive folder this cache describes
    head: str | None = None
    histories: dict[str, FileHistory] = field(default_factory=dict)
    facts: dict[str, BlobFacts] = field(default_factory=dict)
    sizes: dict[str, tuple[int, int]] = field(default_factory=dict)
    not_articles: set[str] = field(default_factory=set)
    keys: dict[str, str] = field(default_factory=dict)
    files: dict[str, list[str]] = field(default_factory=dict)
    bytes: dict[str, int] = field(default_factory=dict)
    #: why the previous cache was not used (None when it was)
    discarded: str | None = None
    #: the state as loaded (None: nothing to extend, the next save writes everything)
    loaded: _Loaded | None = field(default=None, repr=False, compare=False)

    @staticmethod
    def journal_of(path: Path) -> Path:
        return path.with_suffix(".journal")

    @classmethod
    def load(cls, path: Path, origin: str) -> BuildCache:
        """The cache at ``path`` if it describes ``origin`` in this format, else an empty one."""
        try:
            text = path.read_text(encoding="utf-8")
            raw = json.loads(text)
        except FileNotFoundError:
            return cls(origin=origin, discarded="no cache yet")
        except (OSError, ValueError) as error:
            return cls(origin=origin, discarded=f"unreadable cache ({error.__class__.__name__})")
        if not isinstance(raw, dict) or raw.get("schema") != SCHEMA \
                or raw.get("newsdiff") != __version__:
            return cls(origin=origin, discarded="cache written by another version of newsdiff")
        if raw.get("origin") != origin:
            return cls(origin=origin, discarded="cache of another archive")
        try:
            cache = cls._from_json(raw)
            journal_bytes = cache._replay(cls.journal_of(path), raw["generation"])
        except (KeyError, TypeError, ValueError, IndexError, AttributeError):
            return cls(origin=origin, discarded="damaged cache")
        if journal_bytes is not None:
            cache.loaded = _Loaded(
                generation=raw["generation"], head=cache.head, base_bytes=len(text),
                journal_bytes=journal_bytes,
                signatures={p: _signature(h) for p, h in cache.histories.items()},
                facts=set(cache.facts), sizes=set(cache.sizes),
                not_articles=frozenset(cache.not_articles), keys=dict(cache.keys),
                files=dict(cache.files), bytes=dict(cache.bytes))
        return cache

    @classmethod
    def _from_json(cls, raw: dict) -> BuildCache:
        cache = cls(origin=raw["origin"], head=raw["head"])
        cache._apply(raw)
        return cache

    def _apply(self, raw: dict) -> None:
        """Take in a base or one journal entry (whose histories replace whole ones)."""
        commits = {sha: Commit(sha, datetime.fromtimestamp(at, UTC), message)
                   for sha, (at, message) in raw["commits"].items()}
        for path, (deleted, refs) in raw["histories"].items():
            history = FileHistory(path, deleted=deleted)
            history.versions = [VersionRef(commits[sha], blob, ref_path)
                                for sha, blob, ref_path in refs]
            self.histories[path] = history
        for path in raw.get("gone", ()):
            self.histories.pop(path, None)
        self.facts.update((blob, BlobFacts(*values)) for blob, values in raw["facts"].items())
        self.sizes.update((pair, (a, r)) for pair, (a, r) in raw["sizes"].items())
        if "not_articles" in raw:
            self.not_articles = set(raw["not_articles"])
        self.keys.update(raw["keys"])
        self.files.update(raw["files"])
        self.bytes.update(raw["bytes"])
        for group in raw.get("dropped", ()):
            self.keys.pop(group, None)
            self.files.pop(group, None)
            self.bytes.pop(group, None)
        self.head = raw["head"]

    def _replay(self, journal: Path, generation: str) -> int | None:
        """Apply the journal's entries for this base; its size, or None to write anew."""
        try:
            lines = journal.read_bytes().splitlines()
        except FileNotFoundError:
            return 0
        size = 0
        for line in lines:
            try:
                entry = json.loads(line)
            except ValueError:
                return None  # torn by a killed build: the state before it stands
            if not isinstance(entry, dict) or entry.get("generation") != generation:
                return None  # a journal of an older base
            self._apply(entry)
            size += len(line) + 1
        return size

    def _json(self, paths: object = None, facts: object = None, sizes: object = None) -> dict:
        """The cache (or the entries named by ``paths``, ``facts``, ``sizes``) as JSON."""
        commits = {}
        histories = {}
        for file_path in self.histories if paths is None else paths:
            history = self.histories[file_path]
            refs = []
            for ref in history.versions:
                commits[ref.commit.sha] = (int(ref.commit.fetched_at.timestamp()),
                                           ref.commit.message)
                refs.append((ref.commit.sha, ref.blob, ref.path))
            histories[file_path] = (history.deleted, refs)
        return {"head": self.head, "commits": commits, "histories": histories,
                "facts": {blob: [f.title, f.byline, f.url, f.words]
                          for blob, f in ((b, self.facts[b]) for b in
                                          (self.facts if facts is None else facts))},
                "sizes": {pair: self.sizes[pair] for pair in
                          (self.sizes if sizes is None else sizes)}}

    def measure(self, output: Path, others: Iterable[str] = ()) -> int:
        """The bytes of every file of the site: ``files``' groups and the ``others``.

        A group whose key is the one it had when last measured keeps its size (the same key
        means the same bytes); the others, and groups without a key (feeds, assets, search),
        are measured now.  So a build costs a stat per file it wrote, not per file of the site.
        """
        before = self.loaded.keys if self.loaded else {}
        root = f"{output}{os.sep}"
        sizes = {}
        for group, names in self.files.items():
            key = self.keys.get(group)
            if key is not None and before.get(group) == key and group in self.bytes:
                sizes[group] = self.bytes[group]
            else:
                sizes[group] = sum(_size(root + name) for name in names)
        self.bytes = sizes
        return sum(sizes.values()) + sum(_size(root + name) for name in others)

    def save(self, path: Path) -> None:
        """Append what changed to the journal, or write the whole cache when that is due.

        Either way a build killed halfway leaves the old cache or the new one.
        """
        loaded = self.loaded
        if loaded is None or loaded.journal_bytes > COMPACT_AT * loaded.base_bytes:
            self._write_base(path)
            return
        entry = self._changes(loaded)
        if entry is None:
            return  # nothing learnt: nothing written
        line = json.dumps(entry, separators=(",", ":")).encode("utf-8") + b"\n"
        with self.journal_of(path).open("ab") as journal:
            journal.write(line)
        loaded.journal_bytes += len(line)

    def _changes(self, loaded: _Loaded) -> dict | None:
        """The journal entry taking the loaded cache to this one (None: they are equal)."""
        paths = [p for p, h in self.histories.items()
                 if loaded.signatures.get(p) != _signature(h)]
        gone = [p for p in loaded.signatures if p not in self.histories]
        facts = [b for b in self.facts if b not in loaded.facts]
        sizes = [pair for pair in self.sizes if pair not in loaded.sizes]
        entry = self._json(paths, facts, sizes)
        entry.update(generation=loaded.generation, gone=gone,
                     keys={g: k for g, k in self.keys.items() if loaded.keys.get(g) != k},
                     files={g: f for g, f in self.files.items() if loaded.files.get(g) != f},
                     bytes={g: b for g, b in self.bytes.items() if loaded.bytes.get(g) != b},
                     dropped=[g for g in loaded.keys.keys() | loaded.files.keys()
                              | loaded.bytes.keys()
                              if g not in self.keys and g not in self.files
                              and g not in self.bytes])
        if self.not_articles != loaded.not_articles:
            entry["not_articles"] = sorted(self.not_articles)
        changed = any(entry[k] for k in ("histories", "gone", "facts", "sizes", "keys",
                                         "files", "bytes", "dropped")) \
            or "not_articles" in entry
        if not changed and self.head == loaded.head:
            return None
        return entry

    def _write_base(self, path: Path) -> None:
        generation = os.urandom(8).hex()
        raw = {"schema": SCHEMA, "newsdiff": __version__, "origin": self.origin,
               "generation": generation, **self._json(),
               "not_articles": sorted(self.not_articles), "keys": self.keys,
               "files": self.files, "bytes": self.bytes}
        data = json.dumps(raw, separators=(",", ":")).encode("utf-8")
        write_if_changed(path, data, Tally())  # the site's own atomic writer; not a page
        # The old journal names the old generation, so it is ignored even if this is not done.
        self.journal_of(path).unlink(missing_ok=True)
