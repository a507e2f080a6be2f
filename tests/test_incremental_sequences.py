"""Randomised sequences of archive changes: after every round, an incremental build into one
site and cache has the same bytes as a full build from scratch.

The incremental build looks only at the lists its change touches (``lists.py``) and at the
articles the commits, the clock and the snapshot notes moved (``generator.py``); everything
else stands as the last build left it.  These sequences (fixed seeds) mix what an archive
goes through: new articles and sources, edits of recent and of the oldest articles with and
without labels, reverts, renames (within and across source folders), deletions (a source's
last article, a label's last version), files that are not articles, merges, snapshot notes,
the clock stopping checks, a build with no new commit and a rewritten history.  Lists are cut
in parts of 3 so that every kind of list has several.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import git
from test_incremental import snapshot

from newsdiff.archive import ArchiveStore
from newsdiff.article import Article, format_body, to_markdown
from newsdiff.build import build_site, content_dir, theme_dir
from newsdiff.pelican import generator, lists, marker
from newsdiff.schedule import Tier

T0 = datetime(2026, 1, 20, 8, 0, tzinfo=UTC)
SITEURL = "https://news.example.org"
#: Articles stop being checked 12 days after their last change: the clock moves ~4 days a
#: round, so some flip to "no longer checked" without a commit.
SCHEDULE = (Tier(timedelta(days=2), timedelta(hours=6)), Tier(timedelta(days=12),
                                                             timedelta(days=1)))
LABELS = ["headline", "lede", "minor", "correction", "numbers"]
ARCHIVED = "refs/notes/newsdiff-archived"
IDENTITY = ("-c", "user.name=Hand Editor", "-c", "user.email=hand@example.org")


# -- the archive's side -----------------------------------------------------------------------

def story(number: int, edit: int = 0, source: str = "paper") -> Article:
    paragraphs = [f"Story {number} opens with the council's decision on the ferry.",
                  f"Residents of district {number} said the fares were too high."]
    paragraphs += [f"Update {n}: the minister answered question {n} on the fares."
                   for n in range(1, edit + 1)]
    return Article(title=f"Story {number}" + (f" (updated {edit})" if edit else ""),
                   url=f"https://{source}.example/{number}.html", source=source,
                   byline="Ann Writer", body=format_body(paragraphs))


@dataclass
class Tracked:
    """One live article: where it is and which text it holds."""

    number: int
    source: str  # the one in its URL (its folder may differ after a move)
    path: str
    edit: int = 0


@dataclass
class World:
    """A real archive, and what this test knows of it."""

    repo: Path
    rng: random.Random
    clock: datetime = T0
    live: dict[int, Tracked] = field(default_factory=dict)
    numbers: int = 0
    renames: int = 0
    junk: int = 0
    log: list[str] = field(default_factory=list)
    gone: list[Tracked] = field(default_factory=list)
    full: bool = False  # the next build of the site is a full one
    #: the state after each round, by its head (for the history rewrite)
    states: dict[str, tuple[dict[int, Tracked], datetime]] = field(default_factory=dict)

    @property
    def archive(self) -> Path:
        return self.repo / "archive"

    def tick(self, low: int = 2, high: int = 40) -> datetime:
        self.clock += timedelta(hours=self.rng.randint(low, high), minutes=self.rng.randint(0, 59))
        return self.clock

    def save(self, items: list[tuple[Tracked, str | None]], back: timedelta | None = None,
             gap: tuple[int, int] = (2, 40)) -> None:
        """Each article's current text as a version, with a ``Change:`` label or none;
        ``back`` dates them that far before the clock (fetched by a run that pushed late)."""
        with ArchiveStore(self.archive) as store:
            for item, label in items:
                when = self.tick(*gap) if back is None else self.clock - back
                saved = store.save(story(item.number, item.edit, item.source), when,
                                   {"Change": label} if label else None, path=item.path)
                assert saved is not None
                item.path = saved.path

    def commit(self, *args: str, message: str | None = "By hand") -> None:
        """``git commit`` with ``args``, dated at the clock (a hand edit or a merge)."""
        args = args or ("commit", "-q")
        stamp = f"{int(self.tick().timestamp())} +0000"
        env = {**os.environ, "GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp}
        subprocess.run(["git", "-C", str(self.repo), *IDENTITY, *args,
                        *(("-m", message) if message else ())],
                       check=True, capture_output=True, env=env)

    def sources(self) -> set[str]:
        return {t.path.split("/")[1] for t in self.live.values()}

    def pick(self, recent: bool) -> Tracked:
        order = sorted(self.live.values(), key=lambda t: t.number)
        return self.rng.choice(order[-3:]) if recent else order[0]

    # -- operations (each leaves a clean working tree) ------------------------------------

    def new(self, source: str | None = None, gap: tuple[int, int] = (2, 40)) -> None:
        source = source or self.rng.choice(["paper", "daily"])
        item = Tracked(self.numbers, source, "")
        self.numbers += 1
        self.save([(item, None)], gap=gap)
        self.live[item.number] = item
        self.log.append(f"new {item.path}")

    def edit(self, recent: bool = True, label: str | None = "random") -> None:
        item = self.pick(recent)
        item.edit += 1
        label = self.rng.choice([None, *LABELS]) if label == "random" else label
        self.save([(item, label)])
        self.log.append(f"edit {item.path} ({label})")

    def burst(self) -> None:
        """Many versions within hours: a day's and a label's month's lists in parts."""
        label = self.rng.choice(LABELS)
        items = []
        for _ in range(self.rng.randint(4, 7)):  # each saved at once: one may come twice
            if self.rng.random() < 0.3:
                item = Tracked(self.numbers, self.rng.choice(["paper", "daily"]), "")
                self.numbers += 1
                self.live[item.number] = item
            else:
                item = self.rng.choice(sorted(self.live.values(), key=lambda t: t.number))
                item.edit += 1
            items.append((item, label))
            self.save([(item, label)], gap=(0, 1))
        self.log.append(f"burst of {len(items)} ({label}): {[i.path for i, _ in items]}")

    def late(self) -> None:
        """Versions fetched days ago, committed only now (a run that pushed late): they go
        in the middle of their day's, month's and label's lists."""
        back = timedelta(days=self.rng.randint(1, 20), minutes=self.rng.randint(0, 600))
        items = []
        for _ in range(self.rng.randint(1, 3)):
            if self.rng.random() < 0.5:
                item = Tracked(self.numbers, self.rng.choice(["paper", "daily"]), "")
                self.numbers += 1
                self.live[item.number] = item
            else:
                item = self.pick(recent=True)
                item.edit += 1
            items.append((item, self.rng.choice([None, "headline"])))
            self.save(items[-1:], back=back)
        self.log.append(f"late by {back}: {[i.path for i, _ in items]}")

    def revert(self) -> None:
        """A version that takes back the last one (a new version, the old text)."""
        item = self.pick(recent=self.rng.random() < 0.5)
        if item.edit == 0:
            return self.edit()
        item.edit -= 1
        self.save([(item, None)])
        self.log.append(f"revert {item.path}")

    def edit_and_git_revert(self) -> None:
        item = self.pick(recent=True)
        self.save([(replace(item, edit=item.edit + 1), "numbers")])
        self.commit("revert", "--no-edit", "HEAD", message=None)
        self.log.append(f"edit and git revert {item.path}")

    def rename(self, item: Tracked | None = None, folder: str | None = None) -> None:
        item = item or self.rng.choice(sorted(self.live.values(), key=lambda t: t.number))
        self.renames += 1
        folder = folder or item.path.split("/")[1]
        new = f"archive/{folder}/moved-{self.renames}.md"
        (self.archive / folder).mkdir(exist_ok=True)
        git(self.repo, "mv", item.path, new)
        self.commit(message=f"Move {item.path}")
        self.log.append(f"rename {item.path} -> {new}")
        item.path = new

    def move_source(self) -> None:
        item = self.pick(recent=self.rng.random() < 0.5)
        folders = sorted({"paper", "daily"} - {item.path.split("/")[1]})
        self.rename(item, self.rng.choice(folders))

    def delete(self, item: Tracked | None = None) -> None:
        if len(self.live) < 4:
            return self.new()
        item = item or self.rng.choice(sorted(self.live.values(), key=lambda t: t.number))
        git(self.repo, "rm", "-q", item.path)
        self.commit(message=f"Remove {item.path}")
        del self.live[item.number]
        self.gone.append(item)
        self.log.append(f"delete {item.path}")

    def reuse_path(self) -> None:
        """A deleted article's file comes back: saved again at its path (its history goes
        on), or another article renamed onto it."""
        if not self.gone:
            return self.new()
        item = self.gone.pop(self.rng.randrange(len(self.gone)))
        if self.rng.random() < 0.5:
            item.edit += 1
            self.save([(item, "headline")])
            self.live[item.number] = item
            self.log.append(f"saved again at {item.path}")
        else:
            other = self.rng.choice(sorted(self.live.values(), key=lambda t: t.number))
            self.log.append(f"renamed onto a deleted path: {other.path} -> {item.path}")
            (self.repo / item.path).parent.mkdir(parents=True, exist_ok=True)
            git(self.repo, "mv", other.path, item.path)
            self.commit(message="Move onto an old path")
            other.path = item.path

    def broken_edit(self) -> None:
        """A hand edit that breaks an article's front matter; the next version repairs it."""
        item = self.pick(recent=self.rng.random() < 0.5)
        (self.repo / item.path).write_text(f"broken hand edit {len(self.log)}: no front matter\n")
        self.commit("commit", "-q", "-a", message="Hand edit")
        self.log.append(f"broken hand edit {item.path}")
        if self.rng.random() < 0.5:
            item.edit += 1
            self.save([(item, None)])
            self.log.append(f"repaired {item.path}")

    def unnote(self) -> None:
        """A snapshot note is taken back."""
        notes = git(self.repo, "notes", f"--ref={ARCHIVED}", "list").split()
        if not notes:
            return self.note()
        commit = self.rng.choice(notes[1::2])
        git(self.repo, "notes", f"--ref={ARCHIVED}", "remove", commit)
        self.log.append(f"snapshot note removed from {commit[:8]}")

    def start_side(self) -> None:
        """A side branch edits an article; main edits it later, before a build; the side is
        merged rounds later (``merge_side``), a conflict resolved by hand."""
        item = self.pick(recent=False)
        self.side_branch = f"late-{len(self.log)}"
        git(self.repo, "checkout", "-q", "-b", self.side_branch)
        self.save([(replace(item, edit=item.edit + 1), "lede")])
        git(self.repo, "checkout", "-q", "main")
        item.edit += 2
        self.save([(item, None)])
        self.side = item
        self.log.append(f"side branch {self.side_branch} edits {item.path}, main too")

    def merge_side(self) -> None:
        item, self.side = getattr(self, "side", None), None
        if item is None or item.number not in self.live:  # gone meanwhile: another merge
            return self.merge()
        stamp = f"{int(self.tick().timestamp())} +0000"
        env = {**os.environ, "GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp}
        merged = subprocess.run(["git", "-C", str(self.repo), *IDENTITY, "merge", "-q",
                                 self.side_branch], capture_output=True, check=False, env=env)
        if merged.returncode:  # the conflict, resolved with a new text
            item.edit += 1
            (self.repo / item.path).write_text(to_markdown(story(item.number, item.edit,
                                                                 item.source)))
            git(self.repo, "add", "-A", "archive")
            self.commit("commit", "-q", "--no-edit", message=None)
        self.log.append(f"merged {self.side_branch} into main ({item.path})")

    def not_an_article(self) -> None:
        self.junk += 1
        folder = self.rng.choice(sorted(self.sources()))
        name = self.rng.choice([f"notes-{self.junk}.md", f"notes-{self.junk}.txt"])
        (self.archive / folder / name).write_text("Notes to self, not an article.\n")
        git(self.repo, "add", "archive")
        self.commit(message="A note by hand")
        self.log.append(f"not an article {folder}/{name}")

    def merge(self) -> None:
        """An edit on a side branch and another on main, then a merge of the two."""
        ours, theirs = self.rng.sample(sorted(self.live.values(), key=lambda t: t.number), 2)
        branch = f"side-{self.numbers}-{len(self.log)}"
        git(self.repo, "checkout", "-q", "-b", branch)
        theirs.edit += 1
        self.save([(theirs, "headline")])
        git(self.repo, "checkout", "-q", "main")
        ours.edit += 1
        self.save([(ours, None)])
        self.commit("merge", "--no-ff", branch, message=f"Merge {branch}")
        self.log.append(f"merge: {ours.path} on main, {theirs.path} on {branch}")

    def note(self) -> None:
        """A Wayback Machine snapshot noted on a version's commit (or noted anew)."""
        item = self.rng.choice(sorted(self.live.values(), key=lambda t: t.number))
        commit = git(self.repo, "log", "-1", "--format=%H", "--", item.path).strip()
        git(self.repo, *IDENTITY, "notes", f"--ref={ARCHIVED}", "add", "-f", "-m",
            f"Archived-At: https://web.archive.org/web/{len(self.log)}/{item.number}", commit)
        self.log.append(f"snapshot note on {item.path}")

    def new_source(self) -> None:
        self.new("weekly")

    def remove_source(self) -> None:
        """Every article of the newest source goes: the source disappears."""
        for item in sorted(self.live.values(), key=lambda t: t.number):
            if item.path.split("/")[1] == "weekly":
                self.delete(item)

    def rare_label(self) -> None:
        """A label no version had, on one article (``remove_rare`` deletes it)."""
        item = self.pick(recent=False)
        item.edit += 1
        self.save([(item, "byline")])
        self.rare = item
        self.log.append(f"first 'byline' label: {item.path}")

    def remove_rare(self) -> None:
        item = getattr(self, "rare", None)
        if item is not None and item.number in self.live:
            self.delete(item)

    def rewrite(self) -> None:
        """The branch goes back two rounds (a force-push), then new commits."""
        heads = list(self.states)
        if len(heads) < 3:
            return self.edit()
        head = heads[-3]
        live, _ = self.states[head]
        git(self.repo, "reset", "-q", "--hard", head)
        self.live = {n: replace(t) for n, t in live.items()}
        self.gone = [item for item in self.gone if item.number not in self.live]
        self.log.append(f"history rewritten to {head[:8]}")
        self.new()
        self.edit(recent=False)

    def remember(self) -> None:
        head = git(self.repo, "rev-parse", "HEAD").strip()
        self.states[head] = ({n: replace(t) for n, t in self.live.items()}, self.clock)


#: Operations a round draws from.
MIXED = ["new", "new", "edit", "edit", "edit_oldest", "edit_unlabelled", "revert",
         "edit_and_git_revert", "rename", "move_source", "delete", "delete", "not_an_article",
         "note", "unnote", "reuse_path", "broken_edit", "burst", "late", "late"]
#: Operations every sequence goes through once, by round.
ONCE = {1: ["new_source", "rare_label"], 2: ["merge", "start_side", "burst"], 3: [],
        4: ["remove_rare", "note", "merge_side"],
        5: ["remove_source", "not_an_article", "late"], 6: ["rewrite"],
        7: ["new_source", "merge", "burst"]}
ROUNDS = 9


def play(world: World, name: str) -> None:
    extra = {"edit_oldest": lambda: world.edit(recent=False),
             "edit_unlabelled": lambda: world.edit(label=None)}
    (extra.get(name) or getattr(world, name))()


# -- the site's side ---------------------------------------------------------------------------

class Clock(datetime):
    """``datetime`` whose ``now`` is the test's: what "no longer checked" is measured from."""

    at = T0

    @classmethod
    def now(cls, tz=None):
        return cls.at


@pytest.fixture
def small_lists(monkeypatch):
    monkeypatch.setattr(lists, "PART", 3)
    monkeypatch.setattr(lists, "NEWEST", 2)
    monkeypatch.setattr(lists, "LATEST", 4)
    monkeypatch.setattr(lists, "SITEMAP_PART", 3)
    monkeypatch.setattr(generator, "datetime", Clock)


def published_settings(folder: Path) -> Path:
    """Settings of a published site (``site/publishconf.py``'s, with its SITEURL), in a file
    of their own: publishconf's ``from pelicanconf import *`` would take whichever module
    named ``pelicanconf`` an earlier test of the session loaded."""
    path = folder / "sequence_publishconf.py"
    path.write_text("from newsdiff.pelican.defaults import *  # noqa: F403\n"
                    f"SITENAME = 'newsdiff'\nSITEURL = FEED_DOMAIN = {SITEURL!r}\n"
                    f"RELATIVE_URLS = True\nPATH = {str(content_dir())!r}\n"
                    f"THEME = {str(theme_dir())!r}\n")
    return path


def build(world: World, out: Path, cache: Path, published: bool, full: bool = False,
          workers: int = 1) -> None:
    settings = {"settings_file": published_settings(world.repo.parent)} if published else {}
    build_site(world.archive, out, cache=cache, full=full, workers=workers, schedule=SCHEDULE,
               **settings)


def comparable(site: Path) -> dict[str, bytes]:
    """Every file's bytes (the search database's rows), the search database under one name:
    a full build names it anew."""
    files = snapshot(site)
    names = [name for name in files if name.startswith("search/") and name.endswith(".db")]
    assert len(names) <= 1, names
    if names:
        files["search/DATABASE"] = files.pop(names[0])
        database = names[0].removeprefix("search/")
        files = {name: data.replace(database.encode(), b"DATABASE")
                 if name == "search/index.html" else data for name, data in files.items()}
    return files


def differences(ours: dict[str, bytes], reference: dict[str, bytes]) -> dict[str, str]:
    return {name: "missing" if name not in ours else "extra" if name not in reference
            else "differs" for name in sorted(ours.keys() | reference.keys())
            if ours.get(name) != reference.get(name)}


def disturb(world: World, site: Path, cache: Path) -> None:
    """Now and then, what makes a build look at everything again (with the round's changes):
    the search rows lost, the output's mark gone (a restored folder), a full build."""
    what = world.rng.choice(["search rows", "mark", "full", None, None, None, None, None])
    if what == "search rows":
        (cache / "search-rows.sqlite3").unlink()
    elif what == "mark":
        (site / marker.NAME).unlink()
    world.full = what == "full"
    if what:
        world.log.append(f"before the build: {what}")


def check_round(world: World, site: Path, cache: Path, tmp: Path, published: bool,
                round_: int, workers: int = 1) -> None:
    Clock.at = world.clock + timedelta(hours=1)
    build(world, site, cache, published, full=world.full, workers=workers)
    reference = tmp / "reference"
    build(world, reference, tmp / "reference-cache", published, full=True)
    found = differences(comparable(site), comparable(reference))
    assert not found, f"round {round_} after {world.log}: {found} ({site} vs {reference})"
    shutil.rmtree(reference)
    shutil.rmtree(tmp / "reference-cache")


@pytest.mark.parametrize(("seed", "published", "workers"),
                         [(1, True, 1), (2, False, 1), (3, True, 1), (4, False, 2)])
def test_incremental_builds_equal_full_builds_through_a_random_sequence(
        repo, tmp_path, small_lists, seed, published, workers):
    world = World(repo, random.Random(seed))
    site, cache = tmp_path / "site", tmp_path / "cache"
    for _ in range(12):
        world.new(gap=(0, 6))  # a few a day
    world.edit(recent=False, label="headline")
    world.burst()
    world.remember()
    check_round(world, site, cache, tmp_path, published, 0, workers)
    for round_ in range(1, ROUNDS):
        world.log.append(f"-- round {round_}")
        for name in ONCE.get(round_, []):
            play(world, name)
        if round_ != 3:  # round 3 builds with no new commit (the clock moves on)
            for name in world.rng.sample(MIXED, world.rng.randint(2, 4)):
                play(world, name)
        world.tick(24, 80)
        world.remember()
        disturb(world, site, cache)
        check_round(world, site, cache, tmp_path, published, round_, workers)
    assert len(world.log) > 40
    # the lists the sequence went through came in parts
    parted = [pattern for pattern in ("days/*/1/", "label/*/*/1/", "sources/*/*/1/")
              if list(site.glob(f"{pattern}index.html"))]
    assert len(parted) == 3 and (site / "sitemap.xml").exists() == published


# -- the smallest reproductions of what the sequences found --------------------------------------

def test_a_rename_in_a_build_that_looks_at_everything_keeps_the_history(repo, tmp_path):
    """A new source changes what every page shows (its navigation), so the build looks at
    every article again: a file renamed by the same commits must keep its history then too,
    not start anew at the rename (the renamed-away path was dropped before the rename was
    replayed)."""
    archive, site, cache = repo / "archive", tmp_path / "site", tmp_path / "cache"
    with ArchiveStore(archive) as store:
        for n in range(3):
            store.save(story(n, source=["paper", "daily"][n % 2]), T0 + timedelta(hours=n))
    build_site(archive, site, cache=cache)
    git(repo, "mv", "archive/paper/2.md", "archive/paper/moved.md")
    git(repo, *IDENTITY, "commit", "-q", "-m", "Move by hand")
    with ArchiveStore(archive) as store:
        store.save(story(9, source="weekly"), T0 + timedelta(days=1))
    build_site(archive, site, cache=cache)
    moved = (site / "paper/moved/index.html").read_text()
    assert "Story 2" in moved and "20 January 2026 10:00 UTC" in moved  # first seen, still
    reference = tmp_path / "reference"
    build_site(archive, reference, cache=tmp_path / "reference-cache", full=True)
    assert differences(comparable(site), comparable(reference)) == {}


def test_an_article_renamed_when_its_snapshot_note_changed_is_not_brought_back(
        repo, tmp_path):
    """An article whose snapshot notes changed (or whose checks stopped with the clock) is
    looked at again from the cache; if the same commits renamed it away, its old path must
    stay gone, not come back as a second article beside the renamed one."""
    archive, site, cache = repo / "archive", tmp_path / "site", tmp_path / "cache"
    with ArchiveStore(archive) as store:
        for n in range(3):
            store.save(story(n), T0 + timedelta(hours=n))
        store.save(story(1, 1), T0 + timedelta(hours=5))
    build_site(archive, site, cache=cache)
    commit = git(repo, "log", "-1", "--format=%H", "--", "archive/paper/1.md").strip()
    git(repo, *IDENTITY, "notes", f"--ref={ARCHIVED}", "add", "-m",
        "Archived-At: https://web.archive.org/web/1/paper/1", commit)
    git(repo, "mv", "archive/paper/1.md", "archive/paper/moved.md")
    git(repo, *IDENTITY, "commit", "-q", "-m", "Move by hand")
    build_site(archive, site, cache=cache)
    assert not (site / "paper/1").exists()
    assert "web.archive.org/web/1/paper/1" in (site / "paper/moved/v2/index.html").read_text()
    reference = tmp_path / "reference"
    build_site(archive, reference, cache=tmp_path / "reference-cache", full=True)
    assert differences(comparable(site), comparable(reference)) == {}


def test_a_merged_branch_older_than_the_last_build_gives_the_same_versions(repo, tmp_path):
    """A side branch edits an article before main's last built edit of it; once merged,
    a full read of the history puts the side's version before main's (git's date order), so
    the incremental build must not fold it after them."""
    archive, site, cache = repo / "archive", tmp_path / "site", tmp_path / "cache"
    with ArchiveStore(archive) as store:
        for n in range(3):
            store.save(story(n), T0 + timedelta(hours=n))
    git(repo, "checkout", "-q", "-b", "side")
    with ArchiveStore(archive) as store:
        store.save(story(2, 1), T0 + timedelta(days=1))
    git(repo, "checkout", "-q", "main")
    with ArchiveStore(archive) as store:
        store.save(story(2, 2), T0 + timedelta(days=2))
    build_site(archive, site, cache=cache)
    merge = subprocess.run(["git", "-C", str(repo), *IDENTITY, "merge", "-q", "side"],
                           capture_output=True, check=False)
    assert merge.returncode != 0  # a conflict, resolved by hand below
    (archive / "paper/2.md").write_text(to_markdown(story(2, 3)))
    git(repo, "add", "archive")
    git(repo, *IDENTITY, "commit", "-q", "--no-edit")
    build_site(archive, site, cache=cache)
    reference = tmp_path / "reference"
    build_site(archive, reference, cache=tmp_path / "reference-cache", full=True)
    assert differences(comparable(site), comparable(reference)) == {}
    history = (site / "paper/2/index.html").read_text()
    assert history.index("Story 2 (updated 1)") > history.index("Story 2 (updated 2)")


def test_a_folder_holding_no_article_is_no_source(repo, tmp_path):
    """A note committed by hand into a folder of its own (or left behind when a source's
    last article goes) is not an article, so that folder is no source: a full build (which
    learns it only while rendering) and the builds after it must agree on the sources every
    page's navigation names."""
    archive, site, cache = repo / "archive", tmp_path / "site", tmp_path / "cache"
    with ArchiveStore(archive) as store:
        for n in range(3):
            store.save(story(n, source=["paper", "daily"][n % 2]), T0 + timedelta(hours=n))
    build_site(archive, site, cache=cache)
    (archive / "weekly").mkdir()
    (archive / "weekly/notes.md").write_text("Notes to self, not an article.\n")
    git(repo, "add", "archive")
    git(repo, *IDENTITY, "commit", "-q", "-m", "A note by hand")
    build_site(archive, site, cache=cache)
    assert not (site / "weekly").exists() and not (site / "sources/weekly").exists()
    with ArchiveStore(archive) as store:
        store.save(story(1, 1, source="daily"), T0 + timedelta(days=1))
    build_site(archive, site, cache=cache)
    reference = tmp_path / "reference"
    build_site(archive, reference, cache=tmp_path / "reference-cache", full=True)
    assert differences(comparable(site), comparable(reference)) == {}
    assert "weekly" not in (reference / "index.html").read_text()


def test_sitemap_files_are_cut_again_when_their_size_changes(repo, tmp_path, monkeypatch):
    """``SITEMAP_PART`` decides which file of a month an article's URL is in: a build after
    it changed (a newer newsdiff) must cut every month again, not only the months it
    touches, or the index names files that were never written."""
    archive, site, cache = repo / "archive", tmp_path / "site", tmp_path / "cache"
    settings = published_settings(tmp_path)
    with ArchiveStore(archive) as store:
        for n in range(5):
            store.save(story(n), T0 + timedelta(hours=n))
    build_site(archive, site, cache=cache, settings_file=settings)
    monkeypatch.setattr(lists, "SITEMAP_PART", 2)
    with ArchiveStore(archive) as store:
        store.save(story(1, 1), T0 + timedelta(days=40))
    build_site(archive, site, cache=cache, settings_file=settings)
    assert (site / "sitemap-paper-2026-01-3.xml").is_file()
    reference = tmp_path / "reference"
    build_site(archive, reference, cache=tmp_path / "reference-cache", full=True,
               settings_file=settings)
    assert differences(comparable(site), comparable(reference)) == {}
