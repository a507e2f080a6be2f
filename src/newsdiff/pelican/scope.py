"""What a build looks at: the histories its change touches, or every one.

A build reads the commits since the cache's head (``git log head..HEAD``) and folds them into
the cached histories of the paths they name; to those it adds the articles whose pages moved
without a commit (the schedule gave up on them since the last build, or their snapshot note
changed).  It looks at every article instead when the cache or the output cannot be trusted
(the generator decides), when history was rewritten, or when a side branch older than the
last build was merged: git's date order would put its commits among those already folded.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..history import Change, Commit, FileHistory, apply_changes, git, git_text, paths_in, read_log
from ..schedule import Tier
from .cache import BuildCache
from .catalog import Catalog
from .model import Archive, parse_blob


@dataclass
class Scope:
    """The histories a build looks at, and whether they are every one."""

    head: str | None
    log: list[tuple[Commit, list[Change]]]
    histories: dict[str, FileHistory]
    gone: set[str]  # paths the commits since took away (renamed or deleted)
    changed: set[str]  # paths whose articles the build looks at
    everything: bool
    reread: bool  # the whole log was read: the cache's histories are written anew

    @classmethod
    def read(cls, repo_dir: Path, pathspec: str, cache: BuildCache,
             everything: bool) -> Scope:
        """The commits since the cache's head folded into the histories they touch (or into
        every cached history, when ``everything``; or the whole log, when it must be read)."""
        head = git_text(repo_dir, "rev-parse", "--verify", "-q", "HEAD^{commit}")
        cached = cache.head
        if cached and head and cached != head and git_text(
                repo_dir, "merge-base", "--is-ancestor", cached, head) is None:
            cached = None  # history was rewritten: read it all again
        if cached and head and cached != head and merges_older_commits(repo_dir, cached,
                                                                        head):
            cached = None  # a full read orders them among the commits already folded
        everything = everything or cached is None
        # Up to the head read above, which the cache will record: a run committing while
        # the build reads would otherwise have its commits folded now and again next time.
        log = read_log(repo_dir, pathspec, cached, head) if head and head != cached else []
        touched = paths_in(log)
        if not everything:
            histories = cache.histories(touched)
        else:
            histories = {} if cached is None else cache.histories()
        for commit, changes in log:
            apply_changes(histories, commit, changes)
        histories = {p: h for p, h in histories.items() if h.versions}
        gone = {p for p in touched if p not in histories}
        return cls(head, log, histories, gone, touched - gone, everything, cached is None)

    def add(self, cache: BuildCache, paths: set[str]) -> None:
        """Look at more articles, their histories from the cache (not those the commits since
        took away: a path renamed away would come back)."""
        new = paths - self.histories.keys() - self.gone
        self.histories.update(cache.histories(new))
        self.changed |= new

    def widen(self, cache: BuildCache) -> None:
        """Look at every article (the theme, the settings or newsdiff changed)."""
        self.everything = True
        # The cached histories are as the last build left them: the log's renames and
        # deletions act on them below (a path renamed away must be there to carry its
        # history along, so nothing is dropped before).
        self.histories = cache.histories()
        for commit, changes in self.log:
            apply_changes(self.histories, commit, changes)
        self.histories = {p: h for p, h in self.histories.items() if h.versions}


def merges_older_commits(repo_dir: Path, cached: str, head: str = "HEAD") -> bool:
    """Whether the commits from ``cached`` to ``head`` merge in a side branch's commit older
    than it.

    A full read (``git log --date-order``) puts such a commit among the commits before
    ``cached``; folding it after them, as a build from ``cached`` on would, could give an
    article its versions in another order.  Merges are rare in an archive: checked with one
    cheap ``rev-list`` when there are none.
    """
    if not git_text(repo_dir, "rev-list", "--min-parents=2", "-1", f"{cached}..{head}"):
        return False
    since = int(git_text(repo_dir, "log", "-1", "--format=%ct", cached) or 0)
    descendants = set((git_text(repo_dir, "rev-list", "--ancestry-path", f"{cached}..{head}")
                       or "").split())
    for line in (git_text(repo_dir, "log", "--format=%H %ct", f"{cached}..{head}")
                 or "").splitlines():
        sha, at = line.split()
        if sha not in descendants and int(at) < since:
            return True
    return False


def moved_without_a_commit(cache: BuildCache, catalog: Catalog, now: datetime,
                           tiers: tuple[Tier, ...], snapshots: dict[str, str],
                           snapshots_digest: str) -> set[str]:
    """Paths of articles whose pages changed without a commit: the schedule gave up on them
    since the last build ("no longer checked"), or their snapshot notes changed."""
    built = float(cache.meta.get("built_at") or now.timestamp())
    longest = max((tier.age.total_seconds() for tier in tiers), default=0)
    slugs = set(catalog.slugs_last_changed_in(built - longest, now.timestamp() - longest))
    if snapshots_digest != cache.meta.get("snapshots"):
        before = cache.snapshots()
        moved = {c for c in before.keys() | snapshots.keys()
                 if before.get(c) != snapshots.get(c)}
        slugs.update(catalog.slugs_of_commits(moved))
    return set(catalog.paths_of(slugs))


def sources_after(archive: Archive, catalog: Catalog, old_slugs: set[str],
                  everything: bool, repo_dir: Path) -> set[str]:
    """The sources the site will list once the build's articles replace their rows."""
    new = {a.source for a in archive.articles}
    if everything:
        return _holding_an_article(archive, new, repo_dir)
    counts = catalog.source_counts()
    leaving = Counter(slug.split("/", 1)[0] for slug in old_slugs)
    kept = {s for s, (articles, _) in counts.items() if articles > leaving[s]}
    return kept | _holding_an_article(archive, new - kept, repo_dir)


def _holding_an_article(archive: Archive, sources: set[str], repo_dir: Path) -> set[str]:
    """Those of ``sources`` where a file of this build holds an article: a folder of files
    that are none (a note committed by hand) is no source.  The renderer learns which texts
    are not articles only after the navigation that names the sources is on every page, so
    it is settled here: a version whose facts are known is an article; else the folder's
    texts are read up to the first that is one (the first, mostly)."""
    found = set()
    for source in sources:
        versions = [v for a in archive.articles if a.source == source for v in a.versions]
        if any(v.facts for v in versions) or any(
                parse_blob(git(repo_dir, "cat-file", "blob", blob)) is not None
                for blob in dict.fromkeys(v.blob for v in versions)):
            found.add(source)
    return found


__all__ = ["Scope", "merges_older_commits", "moved_without_a_commit", "sources_after"]
