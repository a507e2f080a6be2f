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


class GitError(RuntimeError):
    """A git command failed; the message is git's last line of complaint."""


def git(repo_dir: Path, *args: str, stdin: bytes | None = None, check: bool = True) -> bytes:
    """Run one git command in ``repo_dir``; its output (GitError if it fails and ``check``)."""
    completed = subprocess.run(["git", "-C", str(repo_dir), *args], input=stdin,
                               capture_output=True, check=False)
    if check and completed.returncode != 0:
        message = completed.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(f"git {args[0]} failed: {message[-1] if message else 'no output'}")
    return completed.stdout


def git_text(repo_dir: Path, *args: str) -> str | None:
    """A git command's output as stripped text, or None if it failed."""
    completed = subprocess.run(["git", "-C", str(repo_dir), *args], capture_output=True,
                               check=False)
    if completed.returncode != 0:
        return None
    return completed.stdout.decode("utf-8", "surrogateescape").strip()


def has_commits(repo_dir: Path) -> bool:
    """Whether HEAD points at a commit (false in a freshly initialised repository)."""
    return git_text(repo_dir, "rev-parse", "--verify", "-q", "HEAD^{commit}") is not None


Change = tuple[str, str, str, str | None]


def parse_log(output: bytes) -> Iterator[tuple[Commit, list[Change]]]:
    """Parse ``git log -z --raw --format=%x1e%H%x1f%at%x1f%B`` into (commit, changes).

    Each change is (status letter, new blob id, path, old path of a rename or copy or None).
    """
    tokens = output.split(b"\0")
    commit: Commit | None = None
    changes: list[Change] = []
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
            status = meta[4][0]
            paths = [t.decode("utf-8", "surrogateescape") for t in tokens[i + 1:i + 3]]
            if status in "RC" and len(paths) == 2:  # renames and copies name two paths
                changes.append((status, meta[3], paths[1], paths[0]))
                i += 2
            else:
                changes.append((status, meta[3], paths[0], None))
                i += 1
        i += 1
    if commit is not None:
        yield commit, changes


def is_article_path(path: str) -> bool:
    """Archive articles are Markdown files; the archive's README is not one."""
    return path.endswith(".md") and not path.endswith("README.md")


def apply_changes(histories: dict[str, FileHistory], commit: Commit,
                  changes: list[Change]) -> None:
    """Fold one commit's changes into ``histories``: renames carry a file's history along."""
    for status, blob, path, old_path in changes:
        if status == "R" and old_path is not None and old_path in histories:
            history = histories.pop(old_path)
            history.path = path
            histories[path] = history
        if not is_article_path(path):
            continue
        history = histories.setdefault(path, FileHistory(path))
        if status == "D" or blob == _NULL_SHA:
            history.deleted = True
            continue
        history.deleted = False
        if not history.versions or history.versions[-1].blob != blob:
            history.versions.append(VersionRef(commit=commit, blob=blob, path=path))


def read_histories(repo_dir: Path, pathspec: str, since: str | None = None,
                   histories: dict[str, FileHistory] | None = None) -> dict[str, FileHistory]:
    """Every ``*.md`` file's versions under ``pathspec``, from one ``git log`` pass.

    Renamed files keep their history under the new path; deleted files stay, marked
    ``deleted``.  With ``since`` (a commit), only later commits are read and folded into
    ``histories`` (a previous result).

    Every line of history is read, oldest first (``--date-order``: never a commit before its
    parents), and a merge is compared with each of its parents (``-m``): where its result
    differs from what the history last held (a resolved conflict, or one side's text taken
    over the other's), that result is the file's newest version.
    """
    histories = {} if histories is None else histories
    for commit, changes in read_log(repo_dir, pathspec, since):
        apply_changes(histories, commit, changes)
    return {path: h for path, h in histories.items() if h.versions}


def read_log(repo_dir: Path, pathspec: str, since: str | None = None, until: str = "HEAD"
             ) -> list[tuple[Commit, list[Change]]]:
    """The commits touching ``pathspec`` (after ``since``, up to ``until``), oldest first,
    with their changes: what ``read_histories`` folds, for a caller that first needs to know
    the paths.  A caller that records how far it read names ``until`` (a commit id): a
    commit landing meanwhile is then left for the next read, not read twice."""
    if not has_commits(repo_dir):
        return []
    revision = f"{since}..{until}" if since else until
    output = git(repo_dir, "log", "-z", "--reverse", "--date-order", "-m", "--raw",
                 "--find-renames", "--no-abbrev", "--format=%x1e%H%x1f%at%x1f%B", revision,
                 "--", pathspec)
    return list(parse_log(output))


def paths_in(entries: Iterable[tuple[Commit, list[Change]]]) -> set[str]:
    """Every path the changes of ``entries`` name (a rename names two)."""
    return {path for _, changes in entries for _, _, new, old in changes
            for path in (new, old) if path is not None}


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
