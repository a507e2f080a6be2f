"""Git notes on version commits: what was done with a version after it was recorded.

A version's commit is never rewritten to add facts learned later (its Wayback Machine snapshot,
the posts announcing it); they go in git notes, one ref per kind, which travel with the
repository when pushed and fetched (``refs/notes/newsdiff-*``) and show under the commit in
``git log --notes=newsdiff-archived``.  Each note is ``Key: value`` lines, like trailers.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

ARCHIVED_REF = "refs/notes/newsdiff-archived"
ARCHIVED_KEY = "Archived-At"
POSTED_REF = "refs/notes/newsdiff-posted"
#: Who writes a note when the repository names no one (a fresh clone in CI, a test repo).
_IDENTITY = ("-c", "user.name=newsdiff", "-c", "user.email=newsdiff@users.noreply.github.com")


class NotesError(RuntimeError):
    """git refused to read or write a note."""


def _git(repo_dir: Path, *args: str, stdin: str | None = None) -> str:
    done = subprocess.run(["git", "-C", str(repo_dir), *args], input=stdin,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise NotesError(f"git {' '.join(args[:3])}: {done.stderr.strip()}")
    return done.stdout


def _has_identity(repo_dir: Path) -> bool:
    done = subprocess.run(["git", "-C", str(repo_dir), "config", "user.email"],
                          capture_output=True, text=True, check=False)
    return bool(done.stdout.strip())


def read_notes(repo_dir: Path, ref: str) -> dict[str, str]:
    """Every note under ``ref``, by the commit it annotates ({} when there are none)."""
    done = subprocess.run(["git", "-C", str(repo_dir), "notes", f"--ref={ref}", "list"],
                          capture_output=True, text=True, check=False)
    pairs = [line.split() for line in done.stdout.splitlines() if len(line.split()) == 2]
    if done.returncode != 0 or not pairs:
        return {}
    batch = "".join(f"{blob}\n" for blob, _ in pairs)
    out = subprocess.run(["git", "-C", str(repo_dir), "cat-file", "--batch"], input=batch.encode(),
                         capture_output=True, check=True).stdout
    notes: dict[str, str] = {}
    position = 0
    for _, commit in pairs:
        end = out.index(b"\n", position)
        size = int(out[position:end].split()[2])
        notes[commit] = out[end + 1:end + 1 + size].decode("utf-8", "replace")
        position = end + 1 + size + 1
    return notes


def fields(note: str) -> list[tuple[str, str]]:
    """The ``Key: value`` lines of a note, in order."""
    pairs = (line.split(": ", 1) for line in note.splitlines() if ": " in line)
    return [(key.strip(), value.strip()) for key, value in pairs]


def add_field(repo_dir: Path, ref: str, commit: str, key: str, value: str) -> None:
    """Add a ``key: value`` line to the commit's note under ``ref`` (kept once)."""
    current = read_note(repo_dir, ref, commit)
    line = f"{key}: {value}"
    if line in current.splitlines():
        return
    text = (current.rstrip("\n") + "\n" if current.strip() else "") + line + "\n"
    identity = () if _has_identity(repo_dir) else _IDENTITY
    _git(repo_dir, *identity, "notes", f"--ref={ref}", "add", "-f", "-F", "-", commit,
         stdin=text)


def read_note(repo_dir: Path, ref: str, commit: str) -> str:
    """One commit's note under ``ref`` ('' when it has none)."""
    done = subprocess.run(["git", "-C", str(repo_dir), "notes", f"--ref={ref}", "show", commit],
                          capture_output=True, text=True, check=False)
    return done.stdout if done.returncode == 0 else ""


__all__ = ["ARCHIVED_REF", "POSTED_REF", "NotesError", "add_field", "fields", "read_note",
           "read_notes"]


def snapshot_addresses(repo_dir: Path) -> dict[str, str]:
    """Each archived version's snapshot address, by commit."""
    found = {}
    for commit, note in read_notes(repo_dir, ARCHIVED_REF).items():
        values = [value for key, value in fields(note) if key == ARCHIVED_KEY]
        # Only a web address is ever linked: a hand-edited note cannot put a script on a page.
        if values and values[-1].startswith(("https://", "http://")):
            found[commit] = values[-1]
    return found
