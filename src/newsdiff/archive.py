"""The archive store: article files in a git repository, one commit per new version.

Versions are queued as they are saved and written in batches by one ``git fast-import``
process (about a millisecond a commit instead of tens), onto a private ref whose first parent
is the branch's tip.  The branch then moves with one compare-and-swap
(``git update-ref HEAD NEW OLD``): a commit made meanwhile by someone else is never lost (the
batch is replayed on top of it), and nothing the user staged is ever committed.

Order of writes, so that an interruption at any point leaves the repository consistent:
objects (fast-import) → journal of paths → branch (CAS) → working files → index → journal
removed.  A journal found at start-up means the branch moved but the working files may lag;
those paths are restored from HEAD.  Versions not yet on the branch were never recorded, so the
next run fetches and records them again.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import tempfile
import time
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from .article import Article, to_markdown, url_of
from .change import compare
from .history import Commit, FileHistory, GitError, VersionRef, git, parse_log
from .lock import LockError, RunLock, clear_git_locks
from .reader import ArchiveError, ArchiveReader
from .safetext import is_safe, safe_text
from .urls import article_path
from .validate import Judge, fingerprint, with_reading

COMMITTER_NAME = "newsdiff"
COMMITTER_EMAIL = "newsdiff@users.noreply.github.com"
PENDING_REF = "refs/newsdiff/pending"
BATCH_SIZE = 200
BATCH_SECONDS = 20.0
_ZERO = "0" * 40


__all__ = ["ArchiveError", "ArchiveStore", "SavedVersion", "commit_message", "replay"]


@dataclass(frozen=True)
class SavedVersion:
    """A version the store accepted (its commit id is known once the batch is written)."""

    path: str
    number: int
    summary: str


@dataclass
class _Pending:
    path: str
    text: str
    blob: str
    message: str
    when: datetime
    index: int  # position in the file's history, filled with the commit id once written


def blob_id(data: bytes) -> str:
    """The id git gives a blob with these bytes (SHA-1 repositories)."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def commit_message(article: Article, number: int, summary: str,
                   trailers: dict[str, str]) -> str:
    """``<source>: <title> (version N)``, then the URL and summary, then trailers."""
    title = " ".join(article.title.split())
    lines = [f"{article.source}: {title} (version {number})", "", article.url, summary]
    if trailers:
        lines.append("")
        lines.extend(f"{key}: {' '.join(value.split())}" for key, value in trailers.items())
    message = "\n".join(lines) + "\n"
    # Checked before git sees it: a title or trailer from outside never brings a NUL, an
    # escape sequence or a bidi override into the log.
    return message if is_safe(message) else safe_text(message)


class ArchiveStore:
    """Article files under ``root``, which lies inside (or is) a git working tree."""

    def __init__(self, root: str | Path, *, write: bool = True, wait: float = 0.0) -> None:
        self.reader = ArchiveReader(root)
        self.root, self.repo_dir, self.prefix = self.reader.root, self.reader.repo_dir, \
            self.reader.prefix
        self.git_dir = Path(self._git("rev-parse", "--absolute-git-dir"))
        self._journal = self.git_dir / "newsdiff-journal"
        self.notices = self.reader.notices
        self._lock: RunLock | None = None
        if write:
            self._lock = RunLock(self.git_dir, wait)
            try:
                self._lock.acquire()
                self.notices += clear_git_locks(self.git_dir, self._lock.crashed)
                self._recover()
            except LockError as error:
                self._release()
                raise ArchiveError(str(error)) from None
        self.head = self._head()
        self.histories: dict[str, FileHistory] = self.reader.histories()
        self._pending: list[_Pending] = []
        self._batch_started = 0.0
        #: files with uncommitted changes whose new versions were committed underneath them
        self.kept_work: list[str] = []

    # --- reading ---------------------------------------------------------------------------

    def relative_path(self, source: str, url: str, home: str = "") -> str:
        """The repository path of an article: ``<archive prefix><source>/<path>.md``."""
        path = self.prefix + article_path(source, url, home).as_posix()
        full = (self.repo_dir / path).resolve()
        if not full.is_relative_to(self.root):
            raise ArchiveError(f"{url}: archive path escapes the archive folder")
        return path

    def latest(self, path: str) -> Article | None:
        """The newest version of the file at ``path`` (saved or committed), or None.

        A committed state that is not an article (a broken hand edit) is not a version: the
        one before it is the latest, as on the site, and the next fetch writes a whole file.
        """
        found = self.reader.latest(self.histories.get(path, FileHistory(path)))
        return found[1] if found else None

    def versions(self, path: str) -> list[Article]:
        """Every version of the file at ``path``, oldest first (broken hand edits skipped)."""
        history = self.histories.get(path, FileHistory(path))
        return [article for _, article in self.reader.versions(history)]

    def source_of(self, path: str) -> str:
        """The source folder a repository path lies in."""
        return self.reader.source_of(path)

    def current_url(self, path: str) -> str | None:
        """The URL in an article's newest version (working file first: no git call)."""
        try:
            url = url_of((self.repo_dir / path).read_text(encoding="utf-8"))
            if url:
                return url
        except (OSError, ValueError):
            pass
        article = self.latest(path)  # working copy missing or damaged: ask git
        return article.url if article else None

    # --- saving ----------------------------------------------------------------------------

    def save(self, article: Article, fetched_at: datetime,
             trailers: dict[str, str] | None = None, path: str | None = None
             ) -> SavedVersion | None:
        """Queue ``article`` as a new version if it really changed; None if it did not.

        ``path`` keeps an already tracked article in its file when its URL has changed.
        """
        path = path or self.relative_path(article.source, article.url)
        previous = self.latest(path)
        change = compare(previous, article)
        if change.same:
            return None
        history = self.histories.setdefault(path, FileHistory(path))
        # Numbered as the site numbers them: states that are not articles do not count.
        number = len(self.reader.versions(history)) + 1
        text = to_markdown(article)
        blob = blob_id(text.encode("utf-8"))
        summary = change.summary
        message = commit_message(article, number, summary, trailers or {})
        if not self._pending:
            self._batch_started = time.monotonic()
        self._pending.append(_Pending(path, text, blob, message, fetched_at,
                                      len(history.versions)))
        self.reader.remember(blob, article)
        history.versions.append(VersionRef(Commit("", fetched_at, message), blob, path))
        if len(self._pending) >= BATCH_SIZE or \
                time.monotonic() - self._batch_started > BATCH_SECONDS:
            self.flush()
        return SavedVersion(path=path, number=number, summary=summary)

    # --- writing ---------------------------------------------------------------------------

    def _git(self, *args: str, stdin: bytes | None = None, check: bool = True) -> str:
        try:
            out = git(self.repo_dir, *args, stdin=stdin, check=check)
        except GitError as error:
            raise ArchiveError(str(error)) from None
        return out.decode("utf-8", "surrogateescape").strip()

    def _head(self) -> str | None:
        head = self._git("rev-parse", "--verify", "-q", "HEAD^{commit}", check=False)
        return head or None

    def _fast_import(self, base: str | None) -> tuple[str, list[str]]:
        """Write the pending versions as commits on PENDING_REF; (tip, commit ids)."""
        stream = [f"reset {PENDING_REF}\n" + (f"from {base}\n" if base else "") + "\n"]
        for mark, item in enumerate(self._pending, 1):
            stamp = f"{int(item.when.timestamp())} +0000"
            message, text = item.message.encode("utf-8"), item.text.encode("utf-8")
            stream.append(
                f"commit {PENDING_REF}\nmark :{mark}\n"
                f"author {COMMITTER_NAME} <{COMMITTER_EMAIL}> {stamp}\n"
                f"committer {COMMITTER_NAME} <{COMMITTER_EMAIL}> {stamp}\n"
                f"data {len(message)}\n{item.message}\n"
                f"M 100644 inline {item.path}\ndata {len(text)}\n{item.text}\n")
        stream.append("done\n")
        with tempfile.NamedTemporaryFile(dir=self.git_dir, prefix="newsdiff-marks-") as marks:
            self._git("fast-import", "--quiet", "--done", "--force",
                      f"--export-marks={marks.name}", stdin="".join(stream).encode("utf-8"))
            lines = Path(marks.name).read_text().split()
        by_mark = dict(zip(lines[0::2], lines[1::2], strict=True))
        commits = [by_mark[f":{n}"] for n in range(1, len(self._pending) + 1)]
        return commits[-1], commits

    def flush(self) -> None:
        """Commit every queued version: fast-import, move the branch, update the files."""
        if not self._pending:
            return
        if self._lock is None:
            raise ArchiveError("this archive was opened read-only")
        latest = {item.path: item.text for item in self._pending}
        blobs = {item.path: item.blob for item in self._pending}
        uncommitted = self._uncommitted(latest)
        for path in uncommitted:
            # Someone's work in progress on this file (a hand correction): the version goes
            # on the branch, their file (and their index entry, if they staged it) stays.
            del latest[path]
            self.kept_work.append(path)
        self._journal.write_text("\n".join(latest))
        staged: dict[str, Path] = {}
        try:
            staged = self._stage_files(latest)  # disk full or read-only: stop before any commit
            tip, commits = self._move_branch()
        except BaseException:
            self._discard_staged(staged)
            self._journal.unlink(missing_ok=True)
            raise
        for path, temp in staged.items():
            os.replace(temp, self.repo_dir / path)
        self.head = tip
        self._record_commits(commits)
        # The user's index learns these paths only; their other staged work stays staged.
        self._git("update-index", "--add", "-z", "--stdin",
                  stdin="".join(f"{path}\0" for path in latest).encode("utf-8"))
        unstaged = [path for path, staged in uncommitted.items() if not staged]
        if unstaged:  # the index follows the branch, the edit stays in the working file
            self._git("update-index", "--add", "-z", "--index-info", stdin="".join(
                f"100644 {blobs[path]}\t{path}\0" for path in unstaged).encode("utf-8"))
        self._journal.unlink(missing_ok=True)
        self._git("update-ref", "-d", PENDING_REF, check=False)
        self._pending.clear()
        self.reader.written()

    def _uncommitted(self, paths: dict[str, str]) -> dict[str, bool]:
        """Those of ``paths`` whose working file or index entry differs from HEAD's, each
        with whether the difference is staged.  Cheap when there are none (the usual case):
        the index is compared by one ``diff-index``, the working files by their blob ids in
        Python; only files found different are asked about with ``git status`` (which knows
        line-ending filters), since its pathspec scan costs 0.2 s a batch in a large archive."""
        if not paths or self.head is None:
            return {}
        out = git(self.repo_dir, "--literal-pathspecs", "diff-index", "--cached", "-z",
                  "--name-only", "HEAD", "--", *paths, check=False)
        suspects = {name.decode("utf-8", "surrogateescape") for name in out.split(b"\0")
                    if name}
        for path in paths:
            try:
                held: str | None = blob_id((self.repo_dir / path).read_bytes())
            except FileNotFoundError:
                held = None
            except OSError:
                held = "unreadable"
            if held != self._committed_blob(path):
                suspects.add(path)
        if not suspects:
            return {}
        out = git(self.repo_dir, "--literal-pathspecs", "status", "--porcelain", "-z",
                  "--untracked-files=all", "--no-renames", "--", *sorted(suspects),
                  check=False)
        found = {entry[3:].decode("utf-8", "surrogateescape"): entry[:1] not in b" ?"
                 for entry in out.split(b"\0") if len(entry) > 3}
        return {path: found[path] for path in paths if path in found}

    def _committed_blob(self, path: str) -> str | None:
        """The blob HEAD holds at ``path`` as this store knows it (None: no file)."""
        history = self.histories.get(path)
        if history is None or history.deleted:
            return None
        committed = [ref.blob for ref in history.versions if ref.commit.sha]
        return committed[-1] if committed else None

    def _move_branch(self) -> tuple[str, list[str]]:
        """fast-import the batch on the branch tip and compare-and-swap the branch to it."""
        for _attempt in range(5):
            tip, commits = self._fast_import(self.head)
            moved = subprocess.run(["git", "update-ref", "-m", "newsdiff: new versions", "HEAD",
                                    tip, self.head or _ZERO], cwd=self.repo_dir,
                                   capture_output=True, check=False)
            if moved.returncode == 0:
                return tip, commits
            self.head = self._head()  # someone committed meanwhile: replay on their commit
        raise ArchiveError("the branch kept moving while newsdiff committed; try again")

    def _stage_files(self, latest: dict[str, str]) -> dict[str, Path]:
        """Write each new file beside its target, to be renamed into place after the commit."""
        staged: dict[str, Path] = {}
        try:
            for path, text in latest.items():
                target = self.repo_dir / path
                target.parent.mkdir(parents=True, exist_ok=True)
                fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".newsdiff-",
                                            suffix=".tmp")
                staged[path] = Path(temp)
                with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                    handle.write(text)
        except OSError as error:
            self._discard_staged(staged)
            raise ArchiveError(f"cannot write {error.filename or 'the archive'}: "
                               f"{error.strerror or error}") from None
        return staged

    @staticmethod
    def _discard_staged(staged: dict[str, Path]) -> None:
        for temp in staged.values():
            temp.unlink(missing_ok=True)

    def _record_commits(self, commits: list[str]) -> None:
        for item, sha in zip(self._pending, commits, strict=True):
            versions = self.histories[item.path].versions
            ref = versions[item.index]
            versions[item.index] = replace(ref, commit=replace(ref.commit, sha=sha))

    def _recover(self) -> None:
        """Finish an interrupted flush: bring journaled files in line with HEAD."""
        if not self._journal.exists():
            return
        paths = [p for p in self._journal.read_text().splitlines() if p]
        for path in paths:
            for temp in (self.repo_dir / path).parent.glob(".newsdiff-*.tmp"):
                temp.unlink(missing_ok=True)
        tracked = set(self._git("ls-tree", "-r", "--name-only", "HEAD", "--", *paths,
                                check=False).splitlines()) if paths else set()
        if tracked:
            self._git("checkout", "HEAD", "--", *sorted(tracked))
        self._journal.unlink()

    def close(self) -> None:
        """Write what is queued, stop git helper processes, release the run lock."""
        try:
            if self._lock is not None:
                self.flush()
        finally:
            self._release()

    def _release(self) -> None:
        self.reader.close()
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> ArchiveStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def replay(archive: str | Path, onto: str) -> int:
    """Move this branch's archive versions since ``onto`` on top of ``onto``.

    Each version is saved again, in order and with its own fetch time, on top of the other
    history: versions that history already has are dropped, numbers are counted afresh.
    Returns how many versions were committed.  The working tree must be clean.  Paths are
    read NUL-separated from git's plumbing, so no name (accents, spaces, quotes) is lost.
    """
    with ArchiveStore(archive) as store:
        if store._git("status", "--porcelain", "--untracked-files=no"):
            raise ArchiveError("replay needs a clean working tree: commit or stash first")
        base = store._git("rev-parse", "--verify", f"{onto}^{{commit}}")
        # Every article state this branch's commits wrote, in order.  A merge on this branch
        # brings nothing (-m would replay the other side's older texts as new versions).
        ours = []
        log = git(store.repo_dir, "log", "-z", "--reverse", "--topo-order", "--raw",
                  "--no-renames", "--no-abbrev", "--format=%x1e%H%x1f%at%x1f%B",
                  f"{base}..HEAD", "--", store.reader.pathspec)
        for commit, changes in parse_log(log):
            ours += [(VersionRef(commit, blob, path))
                     for status, blob, path, _ in changes
                     if status != "D" and path.startswith(store.prefix)
                     and path.endswith(".md") and not path.endswith("README.md")]
        versions = list(store.reader.articles(ours))
        store._git("reset", "--quiet", "--hard", base)
        store.head = base
        store.histories = store.reader.histories()
        saved = [store.save(article, ref.commit.fetched_at, path=ref.path,
                            trailers=_relabelled(store, ref, article))
                 for ref, article in versions]
    return sum(1 for version in saved if version is not None)


def fetched_reading(history: FileHistory | None) -> str:
    """The reading the newest fetched version of a file was extracted with ('' if it predates
    the trailer).  Hand edits (no ``Extracted-By``) are passed over: they were read by no one."""
    fetched = (ref.commit.trailers for ref in reversed(history.versions if history else []))
    return next((t.get("Reading", "") for t in fetched if "Extracted-By" in t), "")


def _relabelled(store: ArchiveStore, ref: VersionRef, article: Article) -> dict[str, str]:
    """A fetched version's trailers judged again against the version it now follows.

    Its labels, revert and reading were judged against the version before it on this
    branch; on the other history another run may already have recorded part of its change
    (a headline both saw, an upgrade's new reading), which it must not claim again.
    """
    trailers = ref.commit.trailers
    if "Extracted-By" not in trailers:
        return trailers  # a hand edit: its message is its own
    history = store.versions(ref.path)
    # Confirmed already on this branch: a shrink is not held again.
    decision = Judge(history).decide(article, held=fingerprint(article))
    kept = {key: value for key, value in trailers.items()
            if key not in ("Change", "Reverts-To", "Reading", "Reading-Was")}
    relabelled = {**decision.trailers, **kept}
    if "Reading" not in trailers:
        return relabelled
    was = fetched_reading(store.histories.get(ref.path)) if history else None
    return with_reading(relabelled, trailers["Reading"], was)
