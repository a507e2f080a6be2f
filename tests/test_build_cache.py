"""The build cache's journal: a build saves what changed, and loading replays it exactly."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from conftest import git

from newsdiff.archive import ArchiveStore
from newsdiff.article import Article, format_body
from newsdiff.build import build_site
from newsdiff.pelican import cache as cache_module
from newsdiff.pelican.cache import BuildCache

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def story(number: int, edit: int = 0) -> Article:
    paragraphs = [f"Story {number} opens with the council's decision.",
                  f"Residents of district {number} said the fares were too high."]
    if edit:
        paragraphs.append(f"Update {edit}: the minister promised a review.")
    return Article(title=f"Story {number}" + (f" ({edit})" if edit else ""),
                   url=f"https://paper.example/{number}.html", source="paper",
                   body=format_body(paragraphs))


def save(archive: Path, *articles: tuple[Article, datetime]) -> None:
    with ArchiveStore(archive) as store:
        for article, when in articles:
            store.save(article, when)


def origin(repo: Path) -> str:
    return f"{repo.resolve()}\0archive/"


def state(cache: BuildCache) -> tuple:
    histories = {p: (h.deleted, [(r.commit.sha, r.commit.fetched_at, r.commit.message, r.blob,
                                  r.path) for r in h.versions])
                 for p, h in cache.histories.items()}
    return (cache.head, histories, cache.facts, cache.sizes, cache.not_articles, cache.keys,
            cache.files)


def test_a_build_appends_what_changed_and_loading_replays_it(repo, tmp_path):
    archive, site, folder = repo / "archive", tmp_path / "site", tmp_path / "cache"
    base, journal = folder / "build.json", folder / "build.journal"
    save(archive, *[(story(n), T0 + timedelta(minutes=n)) for n in range(5)])
    build_site(archive, site, cache=folder)
    assert base.is_file() and not journal.exists()
    base_text = base.read_text()

    save(archive, (story(2, edit=1), T0 + timedelta(hours=1)))
    git(repo, "mv", "archive/paper/3.md", "archive/paper/three.md")
    git(repo, "rm", "-q", "archive/paper/4.md")
    git(repo, "commit", "-q", "-m", "Rename one, remove one")
    build_site(archive, site, cache=folder)
    assert base.read_text() == base_text  # the base is not rewritten
    entries = [json.loads(line) for line in journal.read_text().splitlines()]
    assert len(entries) == 1
    assert set(entries[0]["histories"]) == {"archive/paper/2.md", "archive/paper/three.md",
                                            "archive/paper/4.md"}
    assert entries[0]["gone"] == ["archive/paper/3.md"]
    assert entries[0]["head"] == git(repo, "rev-parse", "HEAD").strip()
    # Only the groups whose key or files changed, not all of them.
    loaded = BuildCache.load(base, origin(repo))
    assert 0 < len(entries[0]["keys"]) < len(loaded.keys)

    # The journal replayed is the cache a full save writes.
    replayed = state(loaded)
    loaded.loaded = None
    loaded.save(base)
    assert not journal.exists()
    assert state(BuildCache.load(base, origin(repo))) == replayed


def files_of(folder: Path) -> dict[str, tuple[int, bytes]]:
    return {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.glob("build.*")}


def test_a_build_with_nothing_new_writes_nothing(repo, tmp_path):
    archive, folder = repo / "archive", tmp_path / "cache"
    save(archive, (story(1), T0))
    build_site(archive, tmp_path / "site", cache=folder)
    before = files_of(folder)
    assert set(before) == {"build.json"}
    build_site(archive, tmp_path / "site", cache=folder)
    assert files_of(folder) == before


def test_a_torn_or_stale_journal_is_not_trusted(repo, tmp_path):
    archive, site, folder = repo / "archive", tmp_path / "site", tmp_path / "cache"
    base, journal = folder / "build.json", folder / "build.journal"
    save(archive, (story(1), T0))
    build_site(archive, site, cache=folder)
    save(archive, (story(1, edit=1), T0 + timedelta(hours=1)))
    build_site(archive, site, cache=folder)
    good = journal.read_bytes()
    journal.write_bytes(good + b'{"generation":"')  # a build killed while appending
    cache = BuildCache.load(base, origin(repo))
    assert cache.discarded is None and cache.head == git(repo, "rev-parse", "HEAD").strip()
    assert cache.loaded is None  # so the next save writes the whole cache again
    cache.save(base)
    assert not journal.exists()

    journal.write_bytes(good)  # the journal of the base before: ignored
    cache = BuildCache.load(base, origin(repo))
    assert cache.loaded is None and cache.head == git(repo, "rev-parse", "HEAD").strip()


def test_the_whole_cache_is_written_again_once_the_journal_is_large(repo, tmp_path,
                                                                    monkeypatch):
    archive, site, folder = repo / "archive", tmp_path / "site", tmp_path / "cache"
    monkeypatch.setattr(cache_module, "COMPACT_AT", 0.0)
    save(archive, (story(1), T0))
    build_site(archive, site, cache=folder)
    for edit in (1, 2):
        save(archive, (story(1, edit=edit), T0 + timedelta(hours=edit)))
        build_site(archive, site, cache=folder)
    # The first change went to the journal; with it non-empty the second compacted it.
    assert not (folder / "build.journal").exists()
    assert json.loads((folder / "build.json").read_text())["head"] == \
        git(repo, "rev-parse", "HEAD").strip()
