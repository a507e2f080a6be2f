"""Writing output files only when their bytes change, so unchanged pages keep their mtime.

A deploy (rsync, a Pages artifact diff, a CDN upload) then sees only what really changed.
Every write is atomic (a temporary file renamed into place): a build killed halfway leaves
each page whole, old or new.
"""

from __future__ import annotations

import contextlib
import functools
import io
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from pelican.writers import FileOverwriteFailedError, Writer


@dataclass
class Tally:
    """Files written, left as they were, and removed during one build."""

    written: int = 0
    unchanged: int = 0
    removed: int = 0
    #: bytes of the whole site after the build (set once, by the generator)
    site_bytes: int = 0

    def reset(self) -> None:
        self.written = self.unchanged = self.removed = self.site_bytes = 0

    def add(self, other: Tally) -> None:
        self.written += other.written
        self.unchanged += other.unchanged
        self.removed += other.removed


#: The current build's tally; ``build_site`` resets and reads it (Pelican owns the objects).
tally = Tally()


def write_if_changed(path: Path, data: bytes, counter: Tally | None = None) -> bool:
    """Write ``data`` to ``path`` unless it already holds exactly that; True if written."""
    counter = tally if counter is None else counter
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            counter.unchanged += 1
            return False
    except FileNotFoundError:
        _make_folder(path.parent)
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
    counter = tally if counter is None else counter
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


def sync_folder(source: Path, target: Path, counter: Tally | None = None) -> None:
    """Make ``target`` hold exactly ``source``'s files, rewriting only those that differ."""
    wanted = {p.relative_to(source).as_posix() for p in source.rglob("*") if p.is_file()}
    for name in sorted(wanted):
        copy_if_changed(source / name, target / name, counter)
    if target.is_dir():
        stale = {p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file()}
        remove_files(target, stale - wanted, counter)
        if not any(target.iterdir()):
            shutil.rmtree(target)


class _PendingFile(io.StringIO):
    """What Pelican writes into; on close, reaches the disk only if it changed."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = Path(path)

    def close(self) -> None:
        if not self.closed:
            write_if_changed(self.path, self.getvalue().encode("utf-8"))
        super().close()


class ChangeAwareWriter(Writer):
    """Pelican's writer, but a page whose bytes did not change is not rewritten."""

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
        return _PendingFile(filename)
