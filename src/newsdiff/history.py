"""History: every version of every archive file, read from git in one pass.

One ``git log --raw`` lists, for each commit touching the archive, which files it changed and
their new blob ids; one ``git cat-file --batch`` then streams the blobs in commit order.  This
costs one process each however large the archive, instead of one ``git log`` per file.
"""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

_NULL_SHA = "0" * 40


@dataclass(frozen=True)
class Commit:
    """The commit facts newsdiff needs: id, fetch time, message."""

    sha: str
    fetched_at: datetime
    message: str

    @property
    def subject(self) -> str:
        return self.message.split("\n", 1)[0]

    @property
    def trailers(self) -> dict[str, str]:
        """``Key: value`` lines of the message's last paragraph."""
        last = self.message.strip().rsplit("\n\n", 1)[-1]
        pairs = (line.split(": ", 1) for line in last.splitlines() if ": " in line)
        return {key: value for key, value in pairs if key and " " not in key}


@dataclass(frozen=True)
class VersionRef:
    """One version of one file: which commit wrote which blob."""

    commit: Commit
    blob: str
    path: str


@dataclass
class FileHistory:
    """All versions of one archive file, oldest first."""

    path: str
    versions: list[VersionRef] = field(default_factory=list)
    deleted: bool = False


def _git(repo_dir: Path, *args: str) -> bytes:
    completed = subprocess.run(["git", "-C", str(repo_dir), *args], capture_output=True,
                               check=False)
    if completed.returncode != 0:
        message = completed.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RuntimeError(f"git {args[0]} failed: {message[-1] if message else 'no output'}")
    return completed.stdout


def has_commits(repo_dir: Path) -> bool:
    """Whether HEAD points at a commit (false in a freshly initialised repository)."""
    check = subprocess.run(["git", "-C", str(repo_dir), "rev-parse", "--verify", "-q",
                            "HEAD^{commit}"], capture_output=True, check=False)
    return check.returncode == 0


def parse_log(output: bytes) -> Iterator[tuple[Commit, list[tuple[str, str, str]]]]:
    """Parse ``git log -z --raw --format=%x1e%H%x1f%at%x1f%B`` into (commit, changes).

    Each change is (status, new blob id, path).
    """
    tokens = output.split(b"\0")
    commit: Commit | None = None
    changes: list[tuple[str, str, str]] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.startswith(b"\x1e"):
            if commit is not None:
                yield commit, changes
            sha, at, message = token[1:].decode("utf-8", "replace").split("\x1f", 2)
            commit = Commit(sha=sha, fetched_at=datetime.fromtimestamp(int(at), UTC),
                            message=message)
            changes = []
        elif token.lstrip(b"\n").startswith(b":") and i + 1 < len(tokens):
            meta = token.lstrip(b"\n")[1:].decode("ascii").split()
            path = tokens[i + 1].decode("utf-8", "surrogateescape")
            changes.append((meta[4][0], meta[3], path))
            i += 1
        i += 1
    if commit is not None:
        yield commit, changes


def read_histories(repo_dir: Path, pathspec: str, since: str | None = None
                   ) -> dict[str, FileHistory]:
    """Every ``*.md`` file's versions under ``pathspec``, from one ``git log`` pass."""
    if not has_commits(repo_dir):
        return {}
    revision = f"{since}..HEAD" if since else "HEAD"
    output = _git(repo_dir, "log", "-z", "--reverse", "--raw", "--no-renames", "--no-abbrev",
                  "--format=%x1e%H%x1f%at%x1f%B", revision, "--", pathspec)
    histories: dict[str, FileHistory] = {}
    for commit, changes in parse_log(output):
        for status, blob, path in changes:
            if not path.endswith(".md") or path.endswith("README.md"):
                continue
            history = histories.setdefault(path, FileHistory(path))
            if status == "D" or blob == _NULL_SHA:
                history.deleted = True
                continue
            history.deleted = False
            history.versions.append(VersionRef(commit=commit, blob=blob, path=path))
    return {path: h for path, h in histories.items() if h.versions}


def read_blobs(repo_dir: Path, blob_ids: Iterable[str]) -> Iterator[tuple[str, bytes]]:
    """Stream blob contents through one ``git cat-file --batch`` process, in the given order."""
    ids = list(blob_ids)
    if not ids:
        return
    process = subprocess.Popen(["git", "-C", str(repo_dir), "cat-file", "--batch", "--buffer"],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert process.stdin is not None and process.stdout is not None

    def feed() -> None:
        try:
            for blob_id in ids:
                process.stdin.write(blob_id.encode("ascii") + b"\n")
            process.stdin.close()
        except BrokenPipeError:
            pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    try:
        for _ in ids:
            header = process.stdout.readline().split()
            if len(header) < 3 or header[1] == b"missing":
                raise RuntimeError(f"git cat-file: object missing: {header[:1]}")
            size = int(header[2])
            data = process.stdout.read(size)
            process.stdout.read(1)  # the newline after each object
            yield header[0].decode("ascii"), data
    finally:
        writer.join(timeout=5)
        process.stdout.close()
        process.wait()
