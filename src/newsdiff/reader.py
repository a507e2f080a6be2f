"""The one reader of the archive: which git repository, which files, which versions.

Every command that reads the archive (``run``, ``build``, ``log``, ``sources``, ``export``,
``replay``) goes through ``ArchiveReader``, so they agree on what a version is:

- a committed state of an article file that parses as an article (a broken hand edit anywhere
  in a file's history is skipped, and said once, never a crash);
- on every line of history, merges included: a merge whose result differs from what the
  history held (a resolved conflict) gives the merged text as a version;
- only from a complete history: a shallow clone would miscount versions for ever, so it is
  refused with a one-line error.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterable, Iterator
from pathlib import Path

from .article import Article, ArticleFormatError, from_markdown
from .history import (
    FileHistory,
    GitError,
    VersionRef,
    git,
    is_article_path,
    read_blobs,
    read_histories,
)


class ArchiveError(RuntimeError):
    """The archive cannot be used (not a git repository, locked, unwritable, shallow)."""


def locate(archive: str | Path) -> tuple[Path, str]:
    """The git working tree holding ``archive`` and the archive's prefix inside it."""
    root = Path(archive).resolve()
    if not root.is_dir():
        raise ArchiveError(f"{archive}: archive folder does not exist")
    try:
        top = git(root, "rev-parse", "--show-toplevel").decode("utf-8", "surrogateescape")
    except GitError:
        raise ArchiveError(f"{archive}: not inside a git repository (run 'git init')") \
            from None
    if not top.strip():
        raise ArchiveError(f"{archive}: is a bare git repository")
    repo_dir = Path(top.strip()).resolve()
    prefix = root.relative_to(repo_dir).as_posix()
    return repo_dir, "" if prefix == "." else prefix + "/"


def read_article(data: bytes) -> Article:
    """A committed state as an article: UTF-8, front matter, body (else an error saying why)."""
    return from_markdown(data.decode("utf-8"))


def refuse_shallow(repo_dir: Path, pathspec: str, what: str) -> None:
    """A shallow clone whose cut hides article versions would miscount them for ever.

    (A shallow clone whose oldest commits hold no article, such as a code-only checkout of
    the project itself, hides nothing and is read.)
    """
    if git(repo_dir, "rev-parse", "--is-shallow-repository").strip() != b"true":
        return
    shallow = repo_dir / git(repo_dir, "rev-parse", "--git-path", "shallow").decode().strip()
    for boundary in shallow.read_text().split() if shallow.is_file() else []:
        names = git(repo_dir, "ls-tree", "-r", "-z", "--name-only", boundary, "--", pathspec)
        if any(is_article_path(name.decode("utf-8", "surrogateescape"))
               for name in names.split(b"\0") if name):
            raise ArchiveError(
                f"{what}: the repository is a shallow clone, so earlier versions are missing; "
                "fetch the whole history (actions/checkout with 'fetch-depth: 0', or "
                "'git fetch --unshallow')")


#: Up to this many texts at once are read through the reader's long-lived git process.
FEW = 32


class ArchiveReader:
    """Reads the archive under ``archive``: its histories and its versions' texts."""

    def __init__(self, archive: str | Path) -> None:
        self.root = Path(archive).resolve()
        self.repo_dir, self.prefix = locate(archive)
        refuse_shallow(self.repo_dir, self.pathspec, str(archive))
        self.notices: list[str] = []
        self._parsed: dict[str, Article | None] = {}  # blob id → article, None if broken
        self._skipped = 0
        self._unwritten: dict[str, Article] = {}  # versions queued here, not yet in git
        self._batch: subprocess.Popen | None = None

    #: Parsed texts kept for reuse (a round reads an article's versions, then saves one).
    KEEP = 4096

    @property
    def pathspec(self) -> str:
        return self.prefix or "."

    def histories(self, since: str | None = None,
                  known: dict[str, FileHistory] | None = None) -> dict[str, FileHistory]:
        """Every article file's committed states (all of them, or those after ``since``)."""
        return read_histories(self.repo_dir, self.pathspec, since=since, histories=known)

    def source_of(self, path: str) -> str:
        """The source folder a repository path lies in."""
        return path[len(self.prefix):].split("/", 1)[0]

    def relative(self, path: str) -> str:
        """A repository path as a path inside the archive."""
        return path[len(self.prefix):]

    # --- texts --------------------------------------------------------------------------

    def parse(self, ref: VersionRef, data: bytes) -> Article | None:
        """The article a committed state holds, or None (noted once) if it is not one."""
        if ref.blob in self._parsed:
            return self._parsed[ref.blob]
        try:
            article: Article | None = read_article(data)
        except (ArticleFormatError, UnicodeDecodeError) as error:
            article = None
            self._skipped += 1
            if self._skipped == 1:
                self.notices.append(
                    f"{self.relative(ref.path)} at commit {ref.commit.sha[:10]} is not an "
                    f"article ({_reason(error)}); such states are skipped")
        if len(self._parsed) >= self.KEEP:  # memory stays flat over a whole archive
            self._parsed = {blob: None for blob, kept in self._parsed.items() if kept is None}
        self._parsed[ref.blob] = article
        return article

    def articles(self, refs: Iterable[VersionRef]) -> Iterator[tuple[VersionRef, Article]]:
        """(ref, article) for each ref in order, skipping states that are not articles.

        Texts stream through one ``git cat-file --batch``: memory stays flat however many.
        """
        refs = list(refs)
        for ref in refs:
            if ref.blob in self._unwritten:
                self._parsed[ref.blob] = self._unwritten[ref.blob]
        known = [ref.blob in self._parsed for ref in refs]
        todo = [r.blob for r, k in zip(refs, known, strict=True) if not k]
        # A few texts (a round's look at one article): the reader's own cat-file process;
        # many (an export, a site): one streaming process for the lot.
        blobs = ((blob, self._blob(blob)) for blob in todo) if len(todo) <= FEW \
            else read_blobs(self.repo_dir, todo)
        for ref, was_known in zip(refs, known, strict=True):
            if not was_known:
                article = self.parse(ref, next(blobs)[1])
            elif ref.blob in self._parsed:
                article = self._parsed[ref.blob]
            else:  # forgotten since (only KEEP texts are kept): read it again
                article = self._unwritten.get(ref.blob) or self.parse(ref, self._blob(ref.blob))
            if article is not None:
                yield ref, article

    def _blob(self, blob: str) -> bytes:
        """One blob's bytes from the long-lived ``git cat-file --batch`` of this reader."""
        if self._batch is None:
            self._batch = subprocess.Popen(["git", "-C", str(self.repo_dir), "cat-file",
                                            "--batch"], stdin=subprocess.PIPE,
                                           stdout=subprocess.PIPE)
        assert self._batch.stdin is not None and self._batch.stdout is not None
        self._batch.stdin.write(blob.encode("ascii") + b"\n")
        self._batch.stdin.flush()
        header = self._batch.stdout.readline().split()
        if len(header) < 3 or header[1] == b"missing":
            raise ArchiveError(f"git cat-file: object missing: {blob}")
        data = self._batch.stdout.read(int(header[2]))
        self._batch.stdout.read(1)
        return data

    def close(self) -> None:
        """Stop the reader's git process, if it started one."""
        if self._batch is not None:
            assert self._batch.stdin is not None
            self._batch.stdin.close()
            self._batch.wait()
            self._batch = None

    def remember(self, blob: str, article: Article) -> None:
        """A version queued in this process and not yet in git: read it from here."""
        self._unwritten[blob] = article

    def written(self) -> None:
        """The queued versions are in git now."""
        self._unwritten.clear()

    def versions(self, history: FileHistory) -> list[tuple[VersionRef, Article]]:
        """A file's versions, oldest first, without the states that are not articles."""
        return list(self.articles(history.versions))

    def latest(self, history: FileHistory) -> tuple[VersionRef, Article] | None:
        """A file's newest version that is an article (reading back only as far as needed)."""
        for ref in reversed(history.versions):
            found = list(self.articles([ref]))
            if found:
                return found[0]
        return None


def _reason(error: Exception) -> str:
    if isinstance(error, UnicodeDecodeError):
        return "not UTF-8"
    return str(error).splitlines()[0]
