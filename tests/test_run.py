"""Fetch rounds against a real local server whose pages change between rounds."""

import functools
from datetime import UTC, datetime, timedelta

import pytest
from conftest import LOREM, Page, article_page, git, rss

from newsdiff.config import Config, Settings, Source
from newsdiff.run import run_round
from newsdiff.worker import WorkerPool

T0 = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)


def config_for(server) -> Config:
    return Config(sources=(Source(name="paper", feeds=(server.url + "/rss",),
                                  allow_private=True),),
                  settings=Settings(timeout=5, min_delay=0, retries=0))


@pytest.fixture
def upgrade(monkeypatch):
    """Upgrades newsdiff to a new ``READING_REVISION`` where pages are read: the round's
    workers are forked from this process as patched, not from the forkserver (which imported
    newsdiff once, before any test patched it)."""
    import newsdiff.extract
    import newsdiff.run

    monkeypatch.setattr(newsdiff.run, "WorkerPool",
                        functools.partial(WorkerPool, start_method="fork"))
    return lambda revision: monkeypatch.setattr(newsdiff.extract, "READING_REVISION",
                                                revision)


def at(moment):
    return lambda: moment


def publish(server, *paths):
    server.pages["/rss"] = Page(rss([server.url + p for p in paths]),
                                content_type="application/rss+xml")


def test_rounds_record_only_real_changes(server, repo):
    publish(server, "/news/one.html", "/news/two.html")
    server.pages["/news/one.html"] = Page(article_page("Fares rise", LOREM))
    server.pages["/news/two.html"] = Page(article_page("Bridge closes", LOREM[::-1]))
    config = config_for(server)
    first = run_round(config, repo / "archive", clock=at(T0))
    assert first.versions == 2

    # Round 2: one headline rewritten, one page now fails with an error page.
    server.pages["/news/one.html"] = Page(article_page("Fares to rise 12%", LOREM))
    server.pages["/news/two.html"] = Page("<h1>Service unavailable</h1>", status=503)
    second = run_round(config, repo / "archive", clock=at(T0 + timedelta(minutes=35)))
    assert second.versions == 1
    assert second.sources["paper"].failed == {"5xx": 1}

    # Round 3: the page comes back unchanged; the other returns an empty shell.
    server.pages["/news/two.html"] = Page(article_page("Bridge closes", LOREM[::-1]))
    server.pages["/news/one.html"] = Page("<html><body><nav>Home</nav></body></html>")
    third = run_round(config, repo / "archive", clock=at(T0 + timedelta(hours=2)))
    assert third.versions == 0
    assert third.sources["paper"].failed == {"extraction empty": 1}
    assert third.sources["paper"].unchanged == 1

    subjects = git(repo, "log", "--format=%s").splitlines()
    assert subjects == ["paper: Fares to rise 12% (version 2)",
                        "paper: Bridge closes (version 1)",
                        "paper: Fares rise (version 1)"]
    assert "Service unavailable" not in git(repo, "log", "-p")
    assert git(repo, "status", "--porcelain") == ""


def test_articles_stay_tracked_after_leaving_the_feed(server, repo):
    publish(server, "/news/one.html")
    server.pages["/news/one.html"] = Page(article_page("Fares rise", LOREM))
    config = config_for(server)
    run_round(config, repo / "archive", clock=at(T0))
    publish(server)  # the story drops out of the feed, then is edited
    server.pages["/news/one.html"] = Page(article_page("Fares rise", [*LOREM, "Update: the "
                                          "vote will be held again next month, officials said."]))
    report = run_round(config, repo / "archive", clock=at(T0 + timedelta(hours=1)))
    assert report.sources["paper"].changed == 1


def test_url_variants_are_one_article(server, repo):
    publish(server, "/news/one.html?utm_source=rss", "/news/one.html#comments")
    server.pages["/news/one.html"] = Page(article_page("Fares rise", LOREM))
    report = run_round(config_for(server), repo / "archive", clock=at(T0))
    assert report.versions == 1 and report.sources["paper"].discovered == 1


def test_a_version_read_by_an_upgraded_newsdiff_says_so(server, repo, upgrade):
    import newsdiff.extract

    publish(server, "/news/one.html")
    server.pages["/news/one.html"] = Page(article_page("Fares rise", LOREM))
    config = config_for(server)
    run_round(config, repo / "archive", clock=at(T0))
    first = git(repo, "log", "-1", "--format=%B")
    reading = newsdiff.extract.reading()
    assert f"Reading: {reading}" in first and "Reading-Was" not in first

    # An edit read the same way as the version before: an ordinary version.
    server.pages["/news/one.html"] = Page(article_page("Fares to rise", LOREM))
    run_round(config, repo / "archive", clock=at(T0 + timedelta(hours=1)))
    second = git(repo, "log", "-1", "--format=%B")
    assert "Change: headline\n" in second and "Reading-Was" not in second

    # newsdiff is upgraded (its reading changes) and the headline differs: the version is
    # kept, and says that part of its change may be newsdiff's own.
    upgrade(99)
    server.pages["/news/one.html"] = Page(article_page("Fares to rise again", LOREM))
    run_round(config, repo / "archive", clock=at(T0 + timedelta(hours=2)))
    third = git(repo, "log", "-1", "--format=%B")
    assert "Change: headline, reading\n" in third
    assert f"Reading-Was: {reading}" in third
    assert f"Reading: {newsdiff.extract.reading()}" in third

    # The next edit under the new reading is ordinary again.
    server.pages["/news/one.html"] = Page(article_page("Fares to rise once more", LOREM))
    run_round(config, repo / "archive", clock=at(T0 + timedelta(hours=3)))
    fourth = git(repo, "log", "-1", "--format=%B")
    assert "Change: headline\n" in fourth and "Reading-Was" not in fourth

    # Another upgrade reads the page exactly as before: nothing is recorded, and the
    # newsroom's edit a round later is the newsroom's, not labelled.
    state = repo.parent / "state.json"  # what a deployment keeps between rounds
    upgrade(100)
    assert run_round(config, repo / "archive", clock=at(T0 + timedelta(hours=4)),
                     state_path=state).versions == 0
    server.pages["/news/one.html"] = Page(article_page("Fares to rise after all", LOREM))
    run_round(config, repo / "archive", clock=at(T0 + timedelta(hours=5)), state_path=state)
    fifth = git(repo, "log", "-1", "--format=%B")
    assert "Change: headline\n" in fifth and "Reading-Was" not in fifth


def test_a_version_carries_the_reading_of_the_process_that_read_it(server, repo,
                                                                   monkeypatch):
    import newsdiff.extract

    # Only this process is patched: the workers, forked from the forkserver, read the page
    # with the shipped revision, and that is the reading the version must name.
    shipped = newsdiff.extract.reading()
    monkeypatch.setattr(newsdiff.extract, "READING_REVISION", 99)
    publish(server, "/news/one.html")
    server.pages["/news/one.html"] = Page(article_page("Fares rise", LOREM))
    run_round(config_for(server), repo / "archive", clock=at(T0))
    first = git(repo, "log", "-1", "--format=%B")
    assert f"Reading: {shipped}\n" in first
    assert f"Reading: {newsdiff.extract.reading()}" not in first


def test_a_hand_edit_is_read_by_no_one(server, repo):
    publish(server, "/news/one.html")
    server.pages["/news/one.html"] = Page(article_page("Fares rise", LOREM))
    config = config_for(server)
    run_round(config, repo / "archive", clock=at(T0))
    # An editor corrects the file by hand (no state cache: the round asks git).
    import os
    import subprocess

    (path,) = (repo / "archive").rglob("*.md")
    path.write_text(path.read_text().replace("Fares rise", "Fares rise (fixed)"))
    stamp = (T0 + timedelta(minutes=5)).isoformat()
    subprocess.run(["git", "-C", str(repo), "commit", "-qam", "hand fix"], check=True,
                   env={**os.environ, "GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp})
    server.pages["/news/one.html"] = Page(article_page("Fares rise sharply", LOREM))
    run_round(config, repo / "archive", clock=at(T0 + timedelta(hours=1)))
    latest = git(repo, "log", "-1", "--format=%B")
    assert "Change: headline\n" in latest and "Reading-Was" not in latest


def test_the_reading_is_the_same_in_every_process_and_names_the_selectors():
    import os
    import subprocess
    import sys

    from newsdiff.config import Selectors
    from newsdiff.extract import reading

    code = "from newsdiff.extract import reading; print(reading())"
    seen = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}, check=True
                           ).stdout.strip() for seed in (1, 2, 3, 4)}
    assert seen == {reading()}
    assert reading(selectors=Selectors(byline="p.by")) != reading()


def test_a_state_cache_older_or_newer_than_the_branch_does_not_decide_the_reading(
        server, repo, upgrade):
    import shutil

    import newsdiff.extract

    state, kept = repo.parent / "state.json", repo.parent / "kept.json"
    shipped = newsdiff.extract.READING_REVISION
    publish(server, "/news/one.html")
    server.pages["/news/one.html"] = Page(article_page("Fares rise", LOREM))
    config = config_for(server)
    run_round(config, repo / "archive", clock=at(T0), state_path=state)
    shutil.copy(state, kept)
    upgrade(99)
    server.pages["/news/one.html"] = Page(article_page("Fares to rise", LOREM))
    run_round(config, repo / "archive", clock=at(T0 + timedelta(hours=1)), state_path=state)
    assert "Change: headline, reading\n" in git(repo, "log", "-1", "--format=%B")

    # The round's state was not kept (a deployment keeps it only when the whole job passes):
    # the cache's reading is older than the branch's, and the newsroom's next edit was
    # labelled newsdiff's too, and never announced.
    shutil.copy(kept, state)
    server.pages["/news/one.html"] = Page(article_page("Fares to rise again", LOREM))
    run_round(config, repo / "archive", clock=at(T0 + timedelta(hours=2)), state_path=state)
    latest = git(repo, "log", "-1", "--format=%B")
    assert "Change: headline\n" in latest and "Reading-Was" not in latest

    # Both versions read under the new reading are removed by hand: the cache speaks for a
    # version no longer on the branch, and the next version's change is partly newsdiff's.
    git(repo, "reset", "-q", "--hard", "HEAD~2")
    run_round(config, repo / "archive", clock=at(T0 + timedelta(hours=3)), state_path=state)
    latest = git(repo, "log", "-1", "--format=%B")
    assert "Change: headline, reading\n" in latest and f"Reading-Was: {shipped}-" in latest
