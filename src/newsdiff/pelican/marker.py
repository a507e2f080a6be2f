"""The output's mark: which build left the folder, and that it left it whole.

A build that trusts the pages it did not touch (instead of checking that each of the site's
files is still there) needs to know the folder is the one its cache describes.  The last
step of a build writes ``.newsdiff-build`` into the output with a token of the commit, the
fingerprint, the clock and the snapshot notes it built (the cache keeps the same token); a
build that is about to change pages removes it first, so a build that did not finish
leaves no mark.  A folder without the cache's mark (missing, restored from elsewhere, left
by an interrupted build or by another build sharing the cache) makes the next build check
every group's files, as a first build does.  A page deleted by hand inside a marked folder
is not noticed until its group changes: ``newsdiff build --full`` writes every page again.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

NAME = ".newsdiff-build"


def token(*inputs: str | None) -> str:
    """A token of what a build's pages depend on (its commit, fingerprint, clock, notes)."""
    return hashlib.sha1("\0".join(map(str, inputs)).encode()).hexdigest()


def read(output: Path) -> str | None:
    try:
        return (output / NAME).read_text(encoding="ascii").strip() or None
    except (OSError, UnicodeDecodeError):
        return None


def clear(output: Path) -> None:
    (output / NAME).unlink(missing_ok=True)


def write(output: Path, value: str) -> None:
    if read(output) != value:
        output.mkdir(parents=True, exist_ok=True)
        (output / NAME).write_text(value + "\n", encoding="ascii")


__all__ = ["NAME", "clear", "read", "token", "write"]
