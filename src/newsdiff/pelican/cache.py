"""The build cache: what an earlier build learnt, so the next one reads and renders only change.

One JSON file in a folder outside the repository (safe to delete; a missing, damaged or
older-format cache means one full build).  Everything in it is keyed by git ids, which never
change meaning:

- ``head`` and ``histories``: the archive's history as of the commit last built, so the next
  build reads only ``git log head..HEAD``;
- ``facts``: per blob, the title, byline, URL and word count lists show;
- ``sizes``: per pair of blobs, the words added and removed between them;
- ``keys`` and ``files``: per group of pages (an article's pages, a list page), the digest of
  its inputs when last written and the files it wrote, so unchanged groups are skipped and
  files no group writes any more are removed.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from .. import __version__
from ..history import Commit, FileHistory, VersionRef
from .model import BlobFacts
from .output import Tally, write_if_changed

#: Bump when the cache's layout or meaning changes; an older cache is then ignored.
SCHEMA = 5  # 5: merges followed, sizes from change.compare, non-UTF-8 states skipped


def default_cache_dir(output: Path) -> Path:
    """``$XDG_CACHE_HOME/newsdiff/site-<digest of the output path>``: outside any repository."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsdiff"
    digest = hashlib.sha1(str(output.resolve()).encode()).hexdigest()[:12]
    return base / f"site-{digest}"


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
    #: why the previous cache was not used (None when it was)
    discarded: str | None = None

    @classmethod
    def load(cls, path: Path, origin: str) -> BuildCache:
        """The cache at ``path`` if it describes ``origin`` in this format, else an empty one."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
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
            return cls._from_json(raw)
        except (KeyError, TypeError, ValueError, IndexError):
            return cls(origin=origin, discarded="damaged cache")

    @classmethod
    def _from_json(cls, raw: dict) -> BuildCache:
        commits = {sha: Commit(sha, datetime.fromtimestamp(at, UTC), message)
                   for sha, (at, message) in raw["commits"].items()}
        histories = {}
        for path, (deleted, refs) in raw["histories"].items():
            history = FileHistory(path, deleted=deleted)
            history.versions = [VersionRef(commits[sha], blob, ref_path)
                                for sha, blob, ref_path in refs]
            histories[path] = history
        return cls(origin=raw["origin"], head=raw["head"], histories=histories,
                   facts={blob: BlobFacts(*values) for blob, values in raw["facts"].items()},
                   sizes={pair: (a, r) for pair, (a, r) in raw["sizes"].items()},
                   not_articles=set(raw["not_articles"]), keys=raw["keys"],
                   files=raw["files"])

    def save(self, path: Path) -> None:
        """Write atomically: a build killed halfway leaves the old cache or the new one."""
        commits = {}
        histories = {}
        for file_path, history in self.histories.items():
            refs = []
            for ref in history.versions:
                commits[ref.commit.sha] = (int(ref.commit.fetched_at.timestamp()),
                                           ref.commit.message)
                refs.append((ref.commit.sha, ref.blob, ref.path))
            histories[file_path] = (history.deleted, refs)
        raw = {"schema": SCHEMA, "newsdiff": __version__, "origin": self.origin,
               "head": self.head, "commits": commits, "histories": histories,
               "facts": {blob: [f.title, f.byline, f.url, f.words]
                         for blob, f in self.facts.items()},
               "sizes": self.sizes, "not_articles": sorted(self.not_articles),
               "keys": self.keys, "files": self.files}
        data = json.dumps(raw, separators=(",", ":")).encode("utf-8")
        write_if_changed(path, data, Tally())  # the site's own atomic writer; not a page
