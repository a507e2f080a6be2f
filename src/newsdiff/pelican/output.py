"""Writing output files only when their bytes change, so unchanged pages keep their mtime.

A deploy (rsync, a Pages artifact diff, a CDN upload) then sees only what really changed.
Every write is atomic (a temporary file renamed into place): a build killed halfway leaves
each page whole, old or new.

A build killed outright (SIGKILL, an out-of-memory kill, a power cut) runs no clean-up: each
file is named in the cache's ``Journal`` before it is written, so the next build knows what
the killed one may have changed, removes what it does not write again and renders the rest.

Every page of a build goes through one funnel, ``ChangeAwareWriter`` (Pelican's writer, made
change-aware): it refuses a second page for a path already taken in this build (a source
named like one of the site's own sections cannot overwrite it), fires Pelican's
``content_written`` for each file it writes, keeps the build's tally, and remembers what it
wrote so that a failed build's files can be removed by the next one.
"""

from __future__ import annotations

import contextlib
import functools
import glob
import io
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pelican import signals
from pelican.writers import FileOverwriteFailedError, Writer


@dataclass
class Tally:
    """Files written, left as they were, and removed during one build."""

    written: int = 0
    unchanged: int = 0
    removed: int = 0
    #: bytes of the whole site after the build (set once, by the generator)
    site_bytes: int = 0
    #: where each file is named before it is written (None: nowhere)
    journal: Journal | None = field(default=None, compare=False, repr=False)

    def reset(self) -> None:
        self.written = self.unchanged = self.removed = self.site_bytes = 0

    def add(self, other: Tally) -> None:
        self.written += other.written
        self.unchanged += other.unchanged
        self.removed += other.removed




class Journal:
    """The files a build is about to write, one JSON string a line, appended before each
    write: a killed build leaves it behind (a finished or failed one clears it).  Worker
    processes append to the same file (``O_APPEND``: each line lands whole)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._pid = 0

    def note(self, path: Path) -> None:
        if self._fd is None or self._pid != os.getpid():  # a forked worker opens its own
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            self._pid = os.getpid()
        os.write(self._fd, (json.dumps(str(path)) + "\n").encode("ascii"))

    def left(self, output: Path) -> list[str]:
        """The files under ``output`` a killed build named (relative to it)."""
        try:
            lines = self.path.read_text(encoding="ascii").splitlines()
        except (OSError, UnicodeDecodeError):
            return []
        root, names = Path(os.path.abspath(output)), set()
        for line in lines:
            try:
                name = Path(os.path.abspath(json.loads(line))).relative_to(root).as_posix()
            except (ValueError, TypeError):
                continue  # a line cut by the kill, or another output's file
            if name != ".":
                names.add(name)
        return sorted(names)

    def clear(self) -> None:
        if self._fd is not None and self._pid == os.getpid():
            os.close(self._fd)
        self._fd = None
        self.path.unlink(missing_ok=True)

    def __getstate__(self) -> dict:
        return {"path": self.path, "_fd": None, "_pid": 0}


def remove_temporaries(output: Path, names: Iterable[str]) -> None:
    """Remove the temporary files a killed build left beside ``names`` (never published)."""
    for name in names:
        path = output / name
        for temporary in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
            temporary.unlink(missing_ok=True)


class PageCollisionError(FileOverwriteFailedError):
    """Two pages of one build want the same path."""


def write_if_changed(path: Path, data: bytes, counter: Tally | None = None) -> bool:
    """Write ``data`` to ``path`` unless it already holds exactly that; True if written."""
    counter = Tally() if counter is None else counter  # None: nothing counts it
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            counter.unchanged += 1
            return False
    except FileNotFoundError:
        _make_folder(path.parent)
    if counter.journal is not None:
        counter.journal.note(path)
    # One writer per file (this build holds the only pen), so a fixed temporary name will do.
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        try:
            out = open(temporary, "wb")  # noqa: SIM115 (closed just below)
        except FileNotFoundError:  # its folder went since we made it (a removed page)
            path.parent.mkdir(parents=True, exist_ok=True)
            out = open(temporary, "wb")  # noqa: SIM115
        with out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    counter.written += 1
    return True


@functools.lru_cache(maxsize=4096)
def _make_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)


def copy_if_changed(source: Path, target: Path, counter: Tally | None = None) -> bool:
    """Copy a file (a theme asset) unless the target already has the same bytes."""
    return write_if_changed(target, source.read_bytes(), counter)


def remove_files(output: Path, names: set[str], counter: Tally | None = None) -> None:
    """Delete ``names`` (relative to ``output``) and any folders left empty by that."""
    counter = Tally() if counter is None else counter  # None: nothing counts it
    folders = set()
    for name in sorted(names):
        path = output / name
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        counter.removed += 1
        folders.update(path.parents)
    for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        if folder != output and output in folder.parents:
            with contextlib.suppress(OSError):  # not empty: other pages live there
                folder.rmdir()


class _PendingFile(io.StringIO):
    """What Pelican writes into; on close, reaches the disk only if it changed."""

    def __init__(self, path: str, counter: Tally) -> None:
        super().__init__()
        self.path = Path(path)
        self.counter = counter

    def close(self) -> None:
        if not self.closed:
            write_if_changed(self.path, self.getvalue().encode("utf-8"), self.counter)
        super().close()


class ChangeAwareWriter(Writer):
    """Pelican's writer, but a page whose bytes did not change is not rewritten.

    ``write_if_changed`` is the funnel newsdiff's generator writes through; Pelican's own
    pages come through ``write_file`` and the same checks.  The tally is the one handed in
    as ``NEWSDIFF_TALLY`` (``build_site`` reads it), else the writer's own.
    """

    def __init__(self, output_path, settings=None) -> None:
        super().__init__(output_path, settings=settings)
        self.output = Path(output_path)
        self.tally: Tally = self.settings.get("NEWSDIFF_TALLY") or Tally()
        self.owners: dict[str, str] = {}  # path in the output → what this build put there
        self.written: list[str] = []  # files this build wrote (removed if it fails)

    def claim(self, name: str, owner: str) -> None:
        """Take ``name`` for ``owner``; a second page for one path is refused."""
        other = self.owners.setdefault(name, owner)
        if other != owner:
            raise PageCollisionError(f"two pages for {name}: {other} and {owner} (a source "
                                     "cannot be named like one of the site's own sections)")

    def write_if_changed(self, name: str, data: bytes, owner: str) -> bool:
        """Write the page ``name`` (relative to the output) unless it holds ``data`` already."""
        self.claim(name, owner)
        return self._written(name, write_if_changed(self.output / name, data, self.tally))

    def copy_if_changed(self, name: str, source: Path, owner: str) -> bool:
        """Copy a file (a theme asset) to ``name`` unless it holds the same bytes already."""
        return self.write_if_changed(name, source.read_bytes(), owner)

    def took(self, names: Iterable[str], owner: str, written: Iterable[str] = ()) -> None:
        """Files made elsewhere (a worker process) or kept from the last build: claim them."""
        for name in names:
            self.claim(name, owner)
        for name in written:
            self._written(name, True)

    def _written(self, name: str, changed: bool) -> bool:
        if changed:
            self.written.append(name)
            signals.content_written.send(str(self.output / name), context=None)
        return changed

    def _open_w(self, filename, encoding, override=False):
        # Pelican's own rule: one write per file, unless one (and only one) overrides.
        if filename in self._overridden_files:
            if override:
                raise FileOverwriteFailedError(f'Failed to overwrite "{filename}" twice')
            return open(os.devnull, "w", encoding=encoding)
        if filename in self._written_files and not override:
            raise FileOverwriteFailedError(f'"{filename}" was already written by this build')
        if override:
            self._overridden_files.add(filename)
        self._written_files.add(filename)
        try:
            name = Path(filename).resolve().relative_to(self.output.resolve()).as_posix()
        except ValueError:  # outside the output folder: Pelican's business
            name = str(filename)
        self.claim(name, "Pelican's page")
        self.written.append(name)
        return _PendingFile(filename, self.tally)
