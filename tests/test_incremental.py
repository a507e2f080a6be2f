"""Incremental site builds: the same bytes as a full build, and only what changed rewritten."""

import os
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import git

from newsdiff.archive import ArchiveStore
from newsdiff.article import Article, format_body, to_markdown
from newsdiff.build import build_site
from newsdiff.pelican import lists, marker
from newsdiff.searchdb import database_contents

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
OLD_MTIME = 1_000_000_000


def story(number: int, edit: int = 0, source: str = "paper") -> Article:
    paragraphs = [f"Story {number} opens with the council's decision on the ferry.",
                  f"Residents of district {number} said the fares were too high.",
                  "The harbour master declined to comment on Monday."]
    if edit:
        paragraphs.append(f"Update {edit}: the minister promised a review of the fares.")
    return Article(title=f"Story {number}" + (f" (updated {edit})" if edit else ""),
                   url=f"https://{source}.example/{number}.html", source=source,
                   byline="Ann Writer", body=format_body(paragraphs))


def save(archive: Path, articles: list[tuple[Article, datetime]]) -> None:
    with ArchiveStore(archive) as store:
        for article, when in articles:
            store.save(article, when)


def snapshot(site: Path) -> dict[str, bytes]:
    """Every file's bytes; the search database's rows (it is updated in place, so its pages
    are laid out differently from a fresh one's). The output's mark is the builder's own,
    not a page: it names when the build ran."""
    return {p.relative_to(site).as_posix():
            database_contents(p) if p.suffix == ".db" else p.read_bytes()
            for p in sorted(site.rglob("*")) if p.is_file() and p.name != marker.NAME}


def pages(files: dict[str, bytes]) -> dict[str, bytes]:
    """``files`` without the search database and its page (whose name a full build renews)."""
    return {name: data for name, data in files.items() if not name.startswith("search/")}


def full_build(archive: Path, tmp: Path, name: str) -> dict[str, bytes]:
    out = tmp / name
    build_site(archive, out, cache=tmp / f"{name}-cache", full=True)
    return snapshot(out)


def age_all_files(site: Path) -> None:
    for path in site.rglob("*"):
        if path.is_file():
            os.utime(path, (OLD_MTIME, OLD_MTIME))


def touched(site: Path) -> set[str]:
    """The pages a build rewrote (the output's mark is not a page: a build renews it)."""
    return {p.relative_to(site).as_posix() for p in site.rglob("*")
            if p.is_file() and p.stat().st_mtime != OLD_MTIME and p.name != marker.NAME}


def test_incremental_builds_equal_full_builds_and_touch_only_what_changed(repo, tmp_path):
    archive, site, cache = repo / "archive", tmp_path / "site", tmp_path / "cache"
    save(archive, [(story(n, source=["paper", "daily"][n % 2]), T0 + timedelta(minutes=n))
                   for n in range(6)])
    first = build_site(archive, site, cache=cache)
    assert first.written == first.files and first.unchanged == 0

    # Round 2: one article changes, a day later.
    save(archive, [(story(2, edit=1), T0 + timedelta(days=1))])
    age_all_files(site)
    before = set(snapshot(site))
    second = build_site(archive, site, cache=cache)
    assert snapshot(site) == full_build(archive, tmp_path, "full-2")
    changed = touched(site)
    article_pages = {f for f in changed if f.startswith("paper/2/")}
    assert article_pages >= {"paper/2/index.html", "paper/2/v1/index.html",
                             "paper/2/v2/index.html", "paper/2/v1-v2/index.html",
                             "paper/2/feed.atom.xml"}
    lists = changed - article_pages
    assert {"index.html", "all/index.html", "days/index.html", "paper/index.html",
            "feeds/all.atom.xml", "feeds/paper.atom.xml"} <= lists
    assert not [f for f in lists if f.startswith(("paper/0/", "paper/4/", "daily/"))
                and not f.startswith("daily/index")], lists
    assert "daily/index.html" not in changed and "feeds/daily.atom.xml" not in changed
    assert not any(f.startswith("theme/") for f in changed)
    assert second.written == len(changed)
    gone = before - set(snapshot(site))  # the search database, whose name is a digest
    assert second.removed == len(gone) and all(f.startswith("search/") for f in gone)

    # No new commits: nothing is rewritten at all.
    age_all_files(site)
    third = build_site(archive, site, cache=cache)
    assert touched(site) == set() and third.written == 0 and third.unchanged == third.files

    # Round 3: a new article and another edit; still identical to a full build.
    save(archive, [(story(9), T0 + timedelta(days=2)),
                   (story(2, edit=2), T0 + timedelta(days=2, hours=1))])
    build_site(archive, site, cache=cache)
    assert snapshot(site) == full_build(archive, tmp_path, "full-3")


def test_renamed_article_keeps_its_history_and_deleted_one_goes(repo, tmp_path):
    archive, site, cache = repo / "archive", tmp_path / "site", tmp_path / "cache"
    save(archive, [(story(1), T0), (story(1, edit=1), T0 + timedelta(hours=2)),
                   (story(2), T0 + timedelta(hours=1))])
    build_site(archive, site, cache=cache)
    assert (site / "paper/1/v2/index.html").is_file() and (site / "paper/2/index.html").is_file()

    git(repo, "mv", "archive/paper/1.md", "archive/paper/moved.md")
    git(repo, "rm", "-q", "archive/paper/2.md")
    git(repo, "commit", "-q", "-m", "Rename one article, remove another")
    report = build_site(archive, site, cache=cache)

    moved = (site / "paper/moved/index.html").read_text()
    assert "Version 2" in moved and "1 time: 2 versions" in moved  # history followed the rename
    assert (site / "paper/moved/v1-v2/index.html").is_file()
    assert not (site / "paper/1").exists() and not (site / "paper/2").exists()
    assert "paper/1/" not in (site / "index.html").read_text()
    assert report.removed >= 8
    assert snapshot(site) == full_build(archive, tmp_path, "full")


def test_a_cache_from_another_version_is_detected_and_rebuilt(repo, tmp_path):
    archive, site, cache = repo / "archive", tmp_path / "site", tmp_path / "cache"
    save(archive, [(story(1), T0), (story(1, edit=1), T0 + timedelta(hours=2))])
    build_site(archive, site, cache=cache)
    database = cache / "build.sqlite3"
    with sqlite3.connect(database) as db:
        meta = dict(db.execute("SELECT key, value FROM meta"))
        assert meta["schema"] and meta["head"] == git(repo, "rev-parse", "HEAD").strip()
        # An older newsdiff wrote this cache: same archive, but its facts cannot be trusted.
        db.execute("UPDATE meta SET value = '0.0.1' WHERE key = 'newsdiff'")
        db.execute("UPDATE facts SET title = 'A title from an older cache'")
    db.close()
    age_all_files(site)
    report = build_site(archive, site, cache=cache)
    assert "older cache" not in (site / "index.html").read_text()
    assert report.written == 0 and report.unchanged == report.files  # re-rendered, same bytes
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT value FROM meta WHERE key = 'newsdiff'").fetchone()[0] \
            != "0.0.1"
    db.close()

    database.write_text("{not a database")
    assert build_site(archive, site, cache=cache).files == report.files


def test_an_output_not_left_whole_is_checked_file_by_file(repo, tmp_path):
    archive, cache, site = repo / "archive", tmp_path / "cache", tmp_path / "site"
    save(archive, [(story(1), T0), (story(1, edit=1), T0 + timedelta(hours=2))])
    build_site(archive, site, cache=cache)
    before = snapshot(site)
    # A folder without the cache's mark (restored from elsewhere, or left by a build that
    # did not finish) has every group's files checked: what is missing is written again.
    (site / "paper/1/v2/index.html").unlink()
    (site / "index.html").unlink()
    (site / marker.NAME).unlink()
    build_site(archive, site, cache=cache)
    assert snapshot(site) == before

    # A page deleted by hand in a marked folder: the next change to its group, or a full
    # build, writes it again (checking every file of a big site each round costs more than
    # the round's own pages).
    (site / "paper/1/v2/index.html").unlink()
    build_site(archive, site, cache=cache, full=True)
    assert pages(snapshot(site)) == pages(before)  # a full build names the search file anew

    shutil.rmtree(site)  # the whole output gone, the cache warm
    build_site(archive, site, cache=cache)
    assert pages(snapshot(site)) == pages(before)


@pytest.mark.parametrize("workers", [1, 2])
def test_worker_processes_render_the_same_bytes(repo, tmp_path, workers):
    archive = repo / "archive"
    save(archive, [(story(n, edit=n % 3), T0 + timedelta(minutes=n)) for n in range(70)])
    out = tmp_path / f"site-{workers}"
    report = build_site(archive, out, cache=tmp_path / "cache", workers=workers)
    assert report.written == report.files > 70 * 2  # an article page and a feed at least
    reference = full_build(archive, tmp_path, "reference")
    assert snapshot(out) == reference


def test_files_that_are_not_articles_are_left_out_of_the_site(repo, tmp_path):
    archive, site, cache = repo / "archive", tmp_path / "site", tmp_path / "cache"
    save(archive, [(story(1), T0)])
    (archive / "paper/notes.md").write_text("Notes to self, not an article.\n")
    (archive / "paper/1.md").write_text("a broken hand edit, front matter gone\n")
    git(repo, "add", "archive")
    git(repo, "commit", "-q", "-m", "Hand edits")
    (archive / "paper/1.md").write_text(to_markdown(story(1, edit=1)))
    git(repo, "commit", "-q", "-am", "Repair the hand edit")
    report = build_site(archive, site, cache=cache)
    history = (site / "paper/1/index.html").read_text()
    assert "Version 2" in history and "Version 3" not in history  # the broken edit skipped
    assert (site / "paper/1/v1-v2/index.html").is_file()
    assert not (site / "paper/notes").exists() and not (site / "paper/1/v3").exists()
    assert snapshot(site) == full_build(archive, tmp_path, "full")
    again = build_site(archive, site, cache=cache)  # the cache remembers what is no article
    assert again.written == 0 and again.unchanged == report.files


def test_a_build_after_an_unfinished_one_keeps_every_page_pelican_wrote(
        repo, tmp_path, monkeypatch):
    """An unfinished build records what it wrote (Pelican's own pages among them) so that
    the next build can remove what is stale; the next build must not count a page it wrote
    itself as stale (it once deleted the about page). It leaves no mark on the output, so
    the next build checks every file."""
    archive, cache, site = repo / "archive", tmp_path / "cache", tmp_path / "site"
    save(archive, [(story(1), T0), (story(2), T0 + timedelta(hours=1))])
    build_site(archive, site, cache=cache)
    save(archive, [(story(2, edit=1), T0 + timedelta(hours=3))])

    def killed(generator) -> None:
        raise KeyboardInterrupt

    assert marker.read(site)
    monkeypatch.setattr(lists, "write_all", killed)
    with pytest.raises(KeyboardInterrupt):
        build_site(archive, site, cache=cache)
    assert marker.read(site) is None
    monkeypatch.undo()
    build_site(archive, site, cache=cache)
    assert (site / "about/index.html").exists() and marker.read(site)
    assert snapshot(site) == full_build(archive, tmp_path, "reference")


_KILLED_BUILD = """
import os, signal, sys
from pathlib import Path
from newsdiff.build import build_site
from newsdiff.pelican import lists, output

def die(*args):
    os.kill(os.getpid(), signal.SIGKILL)

if sys.argv[4] == "at the first write":  # its temporary file written, not yet renamed
    output.os.replace = die
else:  # its articles' pages written, the lists not yet
    lists.write_all = die
build_site(Path(sys.argv[1]), Path(sys.argv[2]), cache=Path(sys.argv[3]), workers=1)
"""


@pytest.mark.parametrize("moment", ["at the first write", "before the lists"])
@pytest.mark.parametrize("reset", [False, True])
def test_a_build_killed_outright_is_undone_by_the_next(repo, tmp_path, moment, reset):
    # SIGKILL runs no clean-up: the killed build's pages (of a version the next build may
    # no longer see) stayed under keys the cache still trusted, and its temporary files were
    # published; even --full kept the pages of a version that was gone.
    import signal
    import subprocess
    import sys

    archive, site, cache = repo / "archive", tmp_path / "site", tmp_path / "cache"
    save(archive, [(story(n), T0 + timedelta(minutes=n)) for n in range(4)])
    build_site(archive, site, cache=cache)
    before = git(repo, "rev-parse", "HEAD").strip()
    save(archive, [(story(2, edit=1), T0 + timedelta(days=1)), (story(7), T0 + timedelta(days=1))])
    killed = subprocess.run([sys.executable, "-c", _KILLED_BUILD, str(archive), str(site),
                             str(cache), moment], capture_output=True, text=True)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    if reset:  # the round is taken back before the next build
        git(repo, "reset", "-q", "--hard", before)
    build_site(archive, site, cache=cache)
    assert not list(site.rglob("*.tmp"))
    assert snapshot(site) == full_build(archive, tmp_path, "reference")
    assert not (cache / "writing.journal").exists()
    again = build_site(archive, site, cache=cache)  # and the cache is whole again
    assert again.written == 0


def test_commits_landing_while_a_build_reads_the_log_are_read_once(repo, tmp_path,
                                                                    monkeypatch):
    # The build noted HEAD, then read the log up to whatever HEAD was by then: a run's two
    # commits landing in between were folded now and again by the next build (the cache's
    # head was the older one), and the article showed its two versions twice.
    from newsdiff.pelican import scope

    archive, site, cache = repo / "archive", tmp_path / "site", tmp_path / "cache"
    save(archive, [(story(n), T0 + timedelta(minutes=n)) for n in range(3)])
    build_site(archive, site, cache=cache)
    save(archive, [(story(1, edit=1), T0 + timedelta(hours=1))])
    noted = scope.git_text

    def run_commits_meanwhile(repo_dir, *args):
        found = noted(repo_dir, *args)
        if args[:1] == ("rev-parse",):  # the build has noted HEAD: a run commits now
            monkeypatch.setattr(scope, "git_text", noted)
            save(archive, [(story(2, edit=1), T0 + timedelta(hours=2)),
                           (story(2, edit=2), T0 + timedelta(hours=3))])
        return found

    monkeypatch.setattr(scope, "git_text", run_commits_meanwhile)
    build_site(archive, site, cache=cache)
    assert not (site / "paper/2/v2/index.html").exists()  # the build's HEAD had none of it
    build_site(archive, site, cache=cache)
    assert snapshot(site) == full_build(archive, tmp_path, "reference")
    assert not (site / "paper/2/v4/index.html").exists()
