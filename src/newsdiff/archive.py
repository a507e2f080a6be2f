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

import git
from gitdb.util import hex_to_bin

from .article import Article, ArticleFormatError, content_key, from_markdown, to_markdown, url_of
from .diff import word_change_counts
from .history import Commit, FileHistory, VersionRef, read_histories
from .lock import LockError, RunLock, clear_git_locks
from .safetext import is_safe, safe_text
from .urls import article_path, identity

COMMITTER_NAME = "newsdiff"
COMMITTER_EMAIL = "newsdiff@users.noreply.github.com"
PENDING_REF = "refs/newsdiff/pending"
BATCH_SIZE = 200
BATCH_SECONDS = 20.0
_ZERO = "0" * 40


class ArchiveError(RuntimeError):
    """The archive cannot be used (not a git repository, locked, unwritable)."""


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


def change_summary(old: Article | None, new: Article) -> str:
    """``+41 −12 words; title changed`` — what a commit body says about the edit."""
    if old is None:
        return f"first version, {new.word_count} words"
    added, removed = word_change_counts(old.body, new.body)
    parts = [f"+{added} −{removed} words"] if added or removed else []
    if content_key(old)[0] != content_key(new)[0]:
        parts.append("title changed")
    if content_key(old)[1] != content_key(new)[1]:
        parts.append("byline changed")
    if identity(old.url) != identity(new.url):
        parts.append("URL changed")
    return "; ".join(parts) or "text unchanged"


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
        self.root = Path(root).resolve()
        if not self.root.is_dir():
            raise ArchiveError(f"{root}: archive folder does not exist")
        try:
            self.repo = git.Repo(self.root, search_parent_directories=True)
        except (git.InvalidGitRepositoryError, git.NoSuchPathError):
            raise ArchiveError(f"{root}: not inside a git repository (run 'git init')") from None
        if self.repo.bare or self.repo.working_tree_dir is None:
            raise ArchiveError(f"{root}: is a bare git repository")
        self.repo_dir = Path(self.repo.working_tree_dir).resolve()
        prefix = self.root.relative_to(self.repo_dir).as_posix()
        self.prefix = "" if prefix == "." else prefix + "/"
        self.git_dir = Path(self.repo.git_dir)
        self._journal = self.git_dir / "newsdiff-journal"
        self.notices: list[str] = []
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
        self.histories: dict[str, FileHistory] = read_histories(self.repo_dir,
                                                                self.prefix or ".")
        self._pending: list[_Pending] = []
        self._texts: dict[str, str] = {}  # blob id → text, for versions not yet written
        self._batch_started = 0.0

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
        history = self.histories.get(path)
        for ref in reversed(history.versions if history else []):
            text = self._texts.get(ref.blob)
            if text is None:
                text = self.repo.odb.stream(hex_to_bin(ref.blob)).read().decode("utf-8",
                                                                                 "replace")
            try:
                return from_markdown(text)
            except ArticleFormatError:
                continue
        return None

    def versions(self, path: str) -> list[Article]:
        """Every version of the file at ``path``, oldest first."""
        articles = []
        for ref in self.histories.get(path, FileHistory(path)).versions:
            text = self._texts.get(ref.blob)
            if text is None:
                text = self.repo.odb.stream(hex_to_bin(ref.blob)).read().decode("utf-8")
            articles.append(from_markdown(text))
        return articles

    def source_of(self, path: str) -> str:
        """The source folder a repository path lies in."""
        return path[len(self.prefix):].split("/", 1)[0]

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
        if previous is not None and content_key(previous) == content_key(article) \
                and identity(previous.url) == identity(article.url):
            return None
        history = self.histories.setdefault(path, FileHistory(path))
        number = len(history.versions) + 1
        text = to_markdown(article)
        blob = blob_id(text.encode("utf-8"))
        summary = change_summary(previous, article)
        message = commit_message(article, number, summary, trailers or {})
        if not self._pending:
            self._batch_started = time.monotonic()
        self._pending.append(_Pending(path, text, blob, message, fetched_at,
                                      len(history.versions)))
        self._texts[blob] = text
        history.versions.append(VersionRef(Commit("", fetched_at, message), blob, path))
        if len(self._pending) >= BATCH_SIZE or \
                time.monotonic() - self._batch_started > BATCH_SECONDS:
            self.flush()
        return SavedVersion(path=path, number=number, summary=summary)

    # --- writing ---------------------------------------------------------------------------

    def _git(self, *args: str, stdin: bytes | None = None, check: bool = True) -> str:
        completed = subprocess.run(["git", *args], cwd=self.repo_dir, input=stdin,
                                   capture_output=True, check=False)
        if check and completed.returncode:
            raise ArchiveError(f"git {args[0]} failed: "
                               f"{_last_line(completed.stderr.decode('utf-8', 'replace'))}")
        return completed.stdout.decode("utf-8", "replace").strip()

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
        self._journal.unlink(missing_ok=True)
        self._git("update-ref", "-d", PENDING_REF, check=False)
        self._pending.clear()
        self._texts.clear()

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
        self.repo.close()
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> ArchiveStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _last_line(text: str) -> str:
    lines = [line for line in (text or "").strip().splitlines() if line.strip()]
    return lines[-1].strip() if lines else "unknown error"


def replay(archive: str | Path, onto: str) -> int:
    """Move this branch's archive versions since ``onto`` on top of ``onto``.

    Each version is saved again, in order and with its own fetch time, on top of the other
    history: versions that history already has are dropped, numbers are counted afresh.
    Returns how many versions were committed.  The working tree must be clean.
    """
    with ArchiveStore(archive) as store:
        if store._git("status", "--porcelain", "--untracked-files=no"):
            raise ArchiveError("replay needs a clean working tree: commit or stash first")
        base = store._git("rev-parse", "--verify", f"{onto}^{{commit}}")
        ours = store._git("rev-list", "--reverse", f"{base}..HEAD", "--",
                          store.prefix or ".").split()
        versions = []
        for sha in ours:
            commit = store.repo.commit(sha)
            for path in map(str, commit.stats.files):
                if path.endswith(".md") and path.startswith(store.prefix):
                    text = commit.tree[path].data_stream.read().decode("utf-8")
                    trailers = Commit("", commit.authored_datetime, commit.message).trailers
                    versions.append((path, from_markdown(text), commit.authored_datetime,
                                     trailers))
        store._git("reset", "--quiet", "--hard", base)
        store.head = base
        store.histories = read_histories(store.repo_dir, store.prefix or ".")
        saved = [store.save(article, when, trailers=trailers, path=path)
                 for path, article, when, trailers in versions]
    return sum(1 for version in saved if version is not None)
