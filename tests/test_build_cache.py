"""The build cache: a build reads the rows its change needs and writes only what it learnt,
in one transaction; the catalogue's counts stay those of a build from scratch."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import git

from newsdiff.archive import ArchiveStore
from newsdiff.article import Article, format_body
from newsdiff.build import build_site
from newsdiff.pelican import cache as cache_module
from newsdiff.pelican import lists

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def story(number: int, edit: int = 0) -> Article:
    paragraphs = [f"Story {number} opens with the council's decision.",
                  f"Residents of district {number} said the fares were too high."]
    if edit:
        paragraphs.append(f"Update {edit}: the minister promised a review.")
    return Article(title=f"Story {number}" + (f" ({edit})" if edit else ""),
                   url=f"https://paper.example/{number}.html", source="paper",
                   body=format_body(paragraphs))


def save(archive: Path, *articles: tuple[Article, datetime], labels: str = "") -> None:
    with ArchiveStore(archive) as store:
        for article, when in articles:
            store.save(article, when, {"Change": labels} if labels else None)


def rows(folder: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(folder / cache_module.NAME)
    try:
        return sorted(connection.execute(sql).fetchall())
    finally:
        connection.close()


SUMMARIES = ("SELECT * FROM daily", "SELECT * FROM monthly", "SELECT * FROM label_months",
             "SELECT path, deleted, refs FROM histories", "SELECT slug, row FROM versions",
             "SELECT * FROM articles", "SELECT * FROM labelled")


def test_the_cache_after_changes_is_the_cache_of_a_build_from_scratch(repo, tmp_path):
    archive, site, folder = repo / "archive", tmp_path / "site", tmp_path / "cache"
    save(archive, *[(story(n), T0 + timedelta(minutes=n)) for n in range(5)])
    build_site(archive, site, cache=folder)
    save(archive, (story(2, edit=1), T0 + timedelta(hours=1)), labels="headline")
    git(repo, "mv", "archive/paper/3.md", "archive/paper/three.md")
    git(repo, "rm", "-q", "archive/paper/4.md")
    git(repo, "commit", "-q", "-m", "Rename one, remove one")
    save(archive, (story(1, edit=1), T0 + timedelta(days=1)), labels="headline")
    build_site(archive, site, cache=folder)
    scratch = tmp_path / "scratch"
    build_site(archive, tmp_path / "site-2", cache=scratch)
    for sql in SUMMARIES:  # histories, catalogue and the counts kept current by deltas
        assert rows(folder, sql) == rows(scratch, sql), sql
    assert rows(folder, "SELECT * FROM daily") == [
        ("paper", "2026-03-02", 1, 4), ("paper", "2026-03-03", 1, 0)]
    assert [r[:2] for r in rows(folder, "SELECT * FROM label_months")] == [
        ("headline", "2026-03")]
    assert ("archive/paper/three.md",) in rows(folder, "SELECT path FROM histories")
    assert ("archive/paper/4.md", 1) in rows(folder, "SELECT path, deleted FROM histories")


def test_a_build_with_nothing_new_writes_nothing(repo, tmp_path):
    archive, folder = repo / "archive", tmp_path / "cache"
    save(archive, (story(1), T0))
    build_site(archive, tmp_path / "site", cache=folder)
    database = folder / cache_module.NAME
    before = (database.stat().st_mtime_ns, database.read_bytes())
    report = build_site(archive, tmp_path / "site", cache=folder)
    assert report.written == 0 and report.unchanged == report.files > 0
    assert (database.stat().st_mtime_ns, database.read_bytes()) == before
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith("build")) == [
        "build.sqlite3"]  # no journal of SQLite's left behind


def test_a_build_that_fails_keeps_the_cache_it_started_from(repo, tmp_path, monkeypatch):
    archive, site, folder = repo / "archive", tmp_path / "site", tmp_path / "cache"
    save(archive, (story(1), T0))
    build_site(archive, site, cache=folder)
    head = rows(folder, "SELECT value FROM meta WHERE key = 'head'")
    save(archive, (story(1, edit=1), T0 + timedelta(hours=1)))

    def fail(generator) -> None:
        raise RuntimeError("the disk filled up")

    monkeypatch.setattr(lists, "write_all", fail)
    with pytest.raises(Exception, match="disk filled"):
        build_site(archive, site, cache=folder)
    # Nothing this build learnt was kept: the next build starts from the last good one.
    assert rows(folder, "SELECT value FROM meta WHERE key = 'head'") == head
    assert len(rows(folder, "SELECT * FROM versions")) == 1
    monkeypatch.undo()
    build_site(archive, site, cache=folder)
    assert len(rows(folder, "SELECT * FROM versions")) == 2


def test_a_damaged_or_foreign_cache_means_one_full_build(repo, tmp_path):
    archive, site, folder = repo / "archive", tmp_path / "site", tmp_path / "cache"
    save(archive, (story(1), T0), (story(1, edit=1), T0 + timedelta(hours=1)))
    first = build_site(archive, site, cache=folder)
    database = folder / cache_module.NAME
    database.write_bytes(b"SQLite format 3\0" + b"\xff" * 4096)
    again = build_site(archive, site, cache=folder)
    assert again.files == first.files and again.written == 0  # same bytes, rebuilt
    other = repo.parent / "other"
    other.mkdir()
    git(other, "init", "-q", "-b", "main")
    (other / "archive").mkdir()
    save(other / "archive", (story(7), T0))
    build_site(other / "archive", site, cache=folder)  # another archive: cache replaced
    assert rows(folder, "SELECT slug FROM articles") == [("paper/7",)]
