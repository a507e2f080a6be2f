"""The archive store: article files in a git repository, one commit per new version.

Commits are made with git plumbing against a private index file, so that a commit holds exactly
the article it records, whatever else the user has staged, and the branch only moves with an
atomic compare-and-swap (``git update-ref NEW OLD``).  The order of writes makes an interrupted
run harmless: objects first, then the branch, then the working-tree file.
"""

from __future__ import annotations

import io
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import git
from git.objects import Blob, Commit
from gitdb import IStream
from gitdb.util import hex_to_bin

from .article import Article, content_key, from_markdown, to_markdown
from .diff import word_change_counts
from .history import Commit as CommitInfo
from .history import FileHistory, VersionRef, read_histories
from .urls import article_path, identity

COMMITTER_NAME = "newsdiff"
COMMITTER_EMAIL = "newsdiff@users.noreply.github.com"
IDENTITY = git.Actor(COMMITTER_NAME, COMMITTER_EMAIL)


class ArchiveError(RuntimeError):
    """The archive cannot be used (not a git repository, locked, unwritable)."""


@dataclass(frozen=True)
class SavedVersion:
    """A version the store committed."""

    path: str
    number: int
    commit: str
    summary: str


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


class ArchiveStore:
    """Article files under ``root``, which lies inside (or is) a git working tree."""

    def __init__(self, root: str | Path) -> None:
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
        self._index_file = Path(self.repo.git_dir) / f"newsdiff-index-{os.getpid()}"
        self._index_base: str | None = None
        self.histories: dict[str, FileHistory] = read_histories(self.repo_dir,
                                                                self.prefix or ".")

    # --- reading ---------------------------------------------------------------------------

    def relative_path(self, source: str, url: str) -> str:
        """The repository path of an article: ``<archive prefix><source>/<path>.md``."""
        path = self.prefix + article_path(source, url).as_posix()
        full = (self.repo_dir / path).resolve()
        if not full.is_relative_to(self.root):
            raise ArchiveError(f"{url}: archive path escapes the archive folder")
        return path

    def latest(self, path: str) -> Article | None:
        """The newest committed version of the file at ``path``, or None."""
        history = self.histories.get(path)
        if not history:
            return None
        data = self.repo.odb.stream(hex_to_bin(history.versions[-1].blob)).read()
        return from_markdown(data.decode("utf-8"))

    def source_of(self, path: str) -> str:
        """The source folder a repository path lies in."""
        return path[len(self.prefix):].split("/", 1)[0]

    def current_url(self, path: str) -> str | None:
        """The URL in an article's newest version (working file first: no git call)."""
        try:
            return from_markdown((self.repo_dir / path).read_text(encoding="utf-8")).url
        except (OSError, ValueError):
            article = self.latest(path)  # working copy missing or damaged: ask git
            return article.url if article else None

    # --- writing ---------------------------------------------------------------------------

    def _git(self, *args: str, env: dict[str, str] | None = None) -> str:
        try:
            return self.repo.git.execute(["git", *args], env=env)
        except git.GitCommandError as error:
            raise ArchiveError(f"git {args[0]} failed: {_last_line(error.stderr)}") from None

    def _head(self) -> str | None:
        try:
            return self.repo.git.rev_parse("--verify", "-q", "HEAD^{commit}") or None
        except git.GitCommandError:
            return None

    def _private_index(self, head: str | None) -> dict[str, str]:
        """An index that mirrors ``head`` exactly, ignoring whatever the user staged."""
        env = {"GIT_INDEX_FILE": str(self._index_file)}
        if self._index_base != head or not self._index_file.exists():
            if head:
                self._git("read-tree", head, env=env)
            else:
                self._git("read-tree", "--empty", env=env)
            self._index_base = head
        return env

    def save(self, article: Article, fetched_at: datetime,
             trailers: dict[str, str] | None = None, path: str | None = None
             ) -> SavedVersion | None:
        """Commit ``article`` as a new version if it really changed; None if it did not.

        ``path`` keeps an already tracked article in its file when its URL has changed.
        """
        path = path or self.relative_path(article.source, article.url)
        previous = self.latest(path)
        if previous is not None and content_key(previous) == content_key(article) \
                and identity(previous.url) == identity(article.url):
            return None
        history = self.histories.get(path)
        number = len(history.versions) + 1 if history else 1
        text = to_markdown(article)
        summary = change_summary(previous, article)
        message = _commit_message(article, number, summary, trailers or {})
        commit, blob = self._commit_file(path, text, message, fetched_at)
        self._write_working_file(path, text)
        ref = VersionRef(commit=CommitInfo(sha=commit, fetched_at=fetched_at, message=message),
                         blob=blob, path=path)
        self.histories.setdefault(path, FileHistory(path)).versions.append(ref)
        return SavedVersion(path=path, number=number, commit=commit, summary=summary)

    def _commit_file(self, path: str, text: str, message: str, when: datetime
                     ) -> tuple[str, str]:
        """Write blob, tree and commit objects, then move the branch; (commit, blob) ids."""
        head = self._head()
        env = self._private_index(head)
        data = text.encode("utf-8")
        stored = self.repo.odb.store(IStream(Blob.type, len(data), io.BytesIO(data)))
        blob = stored.hexsha.decode("ascii")
        self._git("update-index", "--add", "--cacheinfo", f"100644,{blob},{path}", env=env)
        tree = self.repo.tree(self._git("write-tree", env=env))
        stamp = f"{int(when.timestamp())} +0000"
        parents = [self.repo.commit(head)] if head else []
        commit = Commit.create_from_tree(self.repo, tree, message, parent_commits=parents,
                                         author=IDENTITY, committer=IDENTITY,
                                         author_date=stamp, commit_date=stamp).hexsha
        # Compare-and-swap: fails instead of losing a commit someone else made meanwhile.
        self._git("update-ref", "-m", "newsdiff: new version", "HEAD", commit,
                  head or "0" * 40)
        self._index_base = commit
        return commit, blob

    def _write_working_file(self, path: str, text: str) -> None:
        target = self.repo_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".newsdiff-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        # Keep the user's index in step for this one path only; their other staged work stays.
        self._git("update-index", "--add", "--", path)

    def close(self) -> None:
        """Remove the private index and stop git helper processes."""
        self._index_file.unlink(missing_ok=True)
        self.repo.close()

    def __enter__(self) -> ArchiveStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _commit_message(article: Article, number: int, summary: str,
                    trailers: dict[str, str]) -> str:
    title = " ".join(article.title.split())
    lines = [f"{article.source}: {title} (version {number})", "", article.url, summary]
    if trailers:
        lines.append("")
        lines.extend(f"{key}: {value}" for key, value in trailers.items())
    return "\n".join(lines) + "\n"


def _last_line(text: str) -> str:
    lines = [line for line in (text or "").strip().splitlines() if line.strip()]
    return lines[-1].strip() if lines else "unknown error"


