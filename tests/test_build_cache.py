"""The build cache: a build reads the rows its change needs and writes only what it learnt,
in one transaction; the catalogue's counts stay those of a build from scratch."""

from __future__ import annotations

import re
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
        "build.lock", "build.sqlite3"]  # no journal of SQLite's left behind


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


def test_pages_a_failed_build_overwrote_are_rendered_again(repo, tmp_path, monkeypatch):
    """A build that fails halfway may have rewritten pages; once the inputs are back to
    what the cache recorded, their keys match again — so the failed build's groups lose
    their keys, and the next build renders them instead of trusting them."""
    archive, site, folder = repo / "archive", tmp_path / "site", tmp_path / "cache"
    save(archive, *[(story(n), T0 + timedelta(minutes=n)) for n in range(3)])
    build_site(archive, site, cache=folder, site_name="Alpha")

    def interrupted(self) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(lists.Lists, "stats", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build_site(archive, site, cache=folder, site_name="Beta")
    assert "Beta" in (site / "index.html").read_text()  # the failed build got that far
    monkeypatch.undo()
    build_site(archive, site, cache=folder, site_name="Alpha")
    stale = [p for p in site.rglob("*.html") if "Beta" in p.read_text()]
    assert stale == []


def test_two_outputs_sharing_a_cache_each_get_their_own_pages(repo, tmp_path, monkeypatch):
    """A cache's keys say what one output's pages hold: built into another output (one
    ``--cache`` for two), the cache is of another output and the build is a full one."""
    from newsdiff.pelican import generator
    from newsdiff.schedule import Tier

    archive, folder = repo / "archive", tmp_path / "cache"
    save(archive, *[(story(n), T0 + timedelta(minutes=n)) for n in range(2)])
    tiers = (Tier(timedelta(days=12), timedelta(hours=1)),)

    def at(moment: datetime) -> None:
        class Clock(datetime):
            @classmethod
            def now(cls, tz=None):
                return moment
        monkeypatch.setattr(generator, "datetime", Clock)

    at(T0 + timedelta(days=1))
    build_site(archive, tmp_path / "a", cache=folder, schedule=tiers)
    at(T0 + timedelta(days=13))
    build_site(archive, tmp_path / "b", cache=folder, schedule=tiers)
    at(T0 + timedelta(days=13, hours=1))
    build_site(archive, tmp_path / "a", cache=folder, schedule=tiers)
    assert "no longer checked" in (tmp_path / "a/paper/0/index.html").read_text()


def test_a_cache_damaged_deep_inside_means_one_full_build(repo, tmp_path):
    archive, site, folder = repo / "archive", tmp_path / "site", tmp_path / "cache"
    save(archive, *[(story(n), T0 + timedelta(minutes=n)) for n in range(60)])
    first = build_site(archive, site, cache=folder)
    database = folder / cache_module.NAME
    data = bytearray(database.read_bytes())
    data[len(data) // 3:] = b"\xff" * (len(data) - len(data) // 3)  # pages no open reads
    database.write_bytes(bytes(data))
    save(archive, (story(5, edit=1), T0 + timedelta(hours=2)))
    again = build_site(archive, site, cache=folder)
    assert again.files == first.files + 3  # v1, v2 and their diff: the article changed
    assert b"\xff" * 64 not in database.read_bytes()  # a new cache
    reference = tmp_path / "reference"
    build_site(archive, reference, cache=tmp_path / "reference-cache")
    assert (site / "paper/5/index.html").read_bytes() == \
        (reference / "paper/5/index.html").read_bytes()


def test_a_second_build_on_a_cache_in_use_stops_in_one_line(repo, tmp_path):
    import fcntl

    from newsdiff.build import BuildError

    archive, folder = repo / "archive", tmp_path / "cache"
    save(archive, (story(1), T0))
    folder.mkdir()
    with (folder / "build.lock").open("a") as held:  # another build holds the cache
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(BuildError, match="another newsdiff build is using this cache"):
            build_site(archive, tmp_path / "site", cache=folder)
    assert build_site(archive, tmp_path / "site", cache=folder).written > 0


def test_a_source_named_like_another_sources_month_keeps_its_sitemap(repo, tmp_path):
    """Sitemap files are named ``sitemap-<source>-<month>-<n>.xml``, and a source may be
    called ``paper-2026-03``: what one source's month decides must not reach the other's."""
    archive, site = repo / "archive", tmp_path / "site"
    root = Path(__file__).resolve().parents[1]
    settings = tmp_path / "published.py"
    settings.write_text(f"PLUGINS = ['newsdiff.pelican']\nTHEME = {str(root / 'theme')!r}\n"
                        f"PATH = {str(tmp_path / 'content')!r}\nSITENAME = 'x'\n"
                        "SITEURL = 'https://news.example.org'\n")
    (tmp_path / "content").mkdir()
    other = Article(title="Other", url="https://other.example/1.html", source="paper-2026-03",
                    body=format_body(["The other paper's story."]))
    save(archive, (story(1), T0), (other, T0))
    build_site(archive, site, settings_file=settings, cache=tmp_path / "cache")
    save(archive, (story(2), T0 + timedelta(hours=1)))
    build_site(archive, site, settings_file=settings, cache=tmp_path / "cache")
    index = (site / "sitemap.xml").read_text()
    listed = re.findall(r"<loc>https://news\.example\.org/([^<]*)</loc>", index)
    assert "sitemap-paper-2026-03-2026-03-1.xml" in listed
    assert [name for name in listed if not (site / name).is_file()] == []


def test_groups_under_a_prefix_are_every_name_starting_with_it(tmp_path):
    cache = cache_module.BuildCache(tmp_path / "cache", "origin")
    names = ["page:days/2026-03-02/index.html", "page:days/2026-03-02/1/index.html",
             "page:days/2026-03-02/\U0001f600/index.html", "page:days/2026-03-020/index.html",
             "page:days/2026-03-03/index.html"]
    cache.put_groups({name: cache_module.Group(None, [], 0) for name in names}, ())
    cache.commit(None)
    assert sorted(cache.group_names("page:days/2026-03-02/")) == sorted(names[:3])
    cache.release()


def test_feed_passages_lost_from_the_cache_are_written_again(repo, tmp_path):
    # The site-wide feeds read older changes' passages from the cache's folder: with it
    # gone, the next build's feeds gave those entries without them (a full build has them).
    import shutil

    from test_incremental import full_build, snapshot

    archive, site, cache = repo / "archive", tmp_path / "site", tmp_path / "cache"
    save(archive, *[(story(n), T0 + timedelta(minutes=n)) for n in range(3)])
    save(archive, *[(story(n, edit=1), T0 + timedelta(hours=1, minutes=n)) for n in range(3)])
    build_site(archive, site, cache=cache)
    shutil.rmtree(cache / "feed-passages")
    save(archive, (story(0, edit=2), T0 + timedelta(hours=3)))
    build_site(archive, site, cache=cache)
    assert snapshot(site) == full_build(archive, tmp_path, "reference")
    assert "Update 1" in (site / "feeds/all.atom.xml").read_text()
