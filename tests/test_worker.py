"""Extraction in worker processes that a deadline can kill (newsdiff.worker).

A page whose extraction takes minutes (one element with 100,000 attributes), a worker killed
from outside while it reads a page (as the kernel's OOM killer does), a worker that
segfaults, and Ctrl-C during a round: each is one failure or a clean stop, never a stuck
round or a process left behind.  Real loopback server, real git archive, real rounds.
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import LOREM, Page, article_page, git, rss

from newsdiff.config import Config, ConfigError, Settings, Source, parse_config
from newsdiff.extract import extract
from newsdiff.run import add_article, run_round
from newsdiff.worker import WorkerDied, WorkerPool, WorkerTimeout, open_pools

T0 = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)
#: One element with 100,000 attributes: extraction takes far longer than the 13 s 60,000
#: took (libxml2 is worse than quadratic in them; feedparser quadratic).  The rounds here
#: give a page 5 s, a hundred times what a real one takes, so a loaded machine fails none.
MANY = " ".join(f"a{i}='x'" for i in range(100_000))
HOSTILE = article_page("Ferry fares", LOREM).replace("<article>", f"<article {MANY}>")


def _stat(pid: int) -> tuple[int, str] | None:
    """(parent pid, state) of a process, None once it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return None
    fields = text[text.rindex(")") + 2:].split()
    return int(fields[1]), fields[0]


def alive(pid: int) -> bool:
    stat = _stat(pid)
    return stat is not None and stat[1] != "Z"  # a zombie has stopped running


def descendants(pid: int) -> set[int]:
    """Every live process below ``pid``."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (stat := _stat(int(entry.name))) and stat[1] != "Z":
            parents[int(entry.name)] = stat[0]
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier}
        found |= frontier
    return found


def workers_left() -> set[int]:
    """This process's grandchildren: the workers a forkserver forked for it."""
    own = os.getpid()
    return {pid for pid in descendants(own) if (stat := _stat(pid)) and stat[0] != own}


def publish(server, *paths: str) -> None:
    server.pages["/rss"] = Page(rss([server.url + p for p in paths]),
                                content_type="application/rss+xml")


def config_for(server, **settings) -> Config:
    return Config(sources=(Source(name="paper", feeds=(server.url + "/rss",),
                                  allow_private=True),),
                  settings=Settings(timeout=10, min_delay=0, retries=0, **settings))


def serve_story_and(server, hostile: str) -> None:
    publish(server, "/news/one.html", hostile, "/news/two.html")
    server.pages["/news/one.html"] = Page(article_page("Fares rise", LOREM))
    server.pages["/news/two.html"] = Page(article_page("Bridge closes", LOREM[::-1]))
    server.pages[hostile] = Page(HOSTILE)


def test_a_page_whose_extraction_runs_past_the_timeout_is_one_failure(server, repo):
    serve_story_and(server, "/news/hostile.html")
    report = run_round(config_for(server, extract_timeout=5), repo / "archive",
                       clock=lambda: T0)
    paper = report.sources["paper"]
    assert report.versions == 2 and paper.new == 2
    assert paper.failed == {"extraction timeout": 1}
    assert [e for e in paper.errors if "hostile" in e] == [
        f"{server.url}/news/hostile.html: extraction took over 5 s"]
    assert sorted(p.name for p in (repo / "archive" / "paper").rglob("*.md")) == [
        "one.md", "two.md"]
    assert git(repo, "status", "--porcelain") == ""
    assert not open_pools() and not workers_left()


def test_extraction_never_outlives_the_rounds_deadline(server, repo):
    """With --max-minutes the page being read when the round's time is up is left for the
    next round (skipped, not failed), however long extract_timeout is."""
    serve_story_and(server, "/news/hostile.html")
    report = run_round(config_for(server, extract_timeout=600), repo / "archive",
                       clock=lambda: T0, max_minutes=0.1)
    paper = report.sources["paper"]
    assert paper.skipped >= 1 and "extraction timeout" not in paper.failed
    assert not any("hostile" in e for e in paper.errors)
    assert not list((repo / "archive").rglob("hostile*"))
    assert not open_pools() and not workers_left()


def test_an_article_added_by_hand_is_read_in_a_worker_too(server, repo):
    server.pages["/news/hostile.html"] = Page(HOSTILE)
    report = add_article(config_for(server, extract_timeout=5), repo / "archive",
                         server.url + "/news/hostile.html", "paper")
    assert report.failed == {"extraction timeout": 1} and report.new == 0
    assert report.errors == [f"{server.url}/news/hostile.html: extraction took over 5 s"]
    assert not open_pools() and not workers_left()


def test_a_worker_killed_while_reading_a_page_is_one_failure(server, repo):
    """The kernel's OOM killer ends a worker mid-page: that page fails, the round goes on."""
    serve_story_and(server, "/news/hostile.html")
    killed: list[int] = []
    stop = threading.Event()

    def kill_the_worker_reading_it() -> None:
        while not stop.wait(0.01):
            for pool in open_pools():
                for pid, label in pool.busy().items():
                    if label.endswith("/news/hostile.html"):
                        os.kill(pid, signal.SIGKILL)
                        killed.append(pid)
                        return

    killer = threading.Thread(target=kill_the_worker_reading_it, daemon=True)
    killer.start()
    try:
        report = run_round(config_for(server, extract_timeout=300), repo / "archive",
                           clock=lambda: T0)
    finally:
        stop.set()
        killer.join()
    paper = report.sources["paper"]
    assert len(killed) == 1
    assert report.versions == 2 and paper.failed == {"extraction crashed": 1}
    assert (f"{server.url}/news/hostile.html: extraction crashed: its worker died (SIGKILL)"
            in paper.errors)
    assert not alive(killed[0]) and not open_pools() and not workers_left()


def test_a_listing_whose_parsing_runs_past_the_timeout_is_one_error(server, repo):
    """Feeds and link pages are parsed in the workers too: feedparser is quadratic in one
    element's attributes, libxml2 worse."""
    publish(server, "/news/one.html")
    server.pages["/news/one.html"] = Page(article_page("Fares rise", LOREM))
    server.pages["/feed2"] = Page(rss([server.url + "/news/two.html"]).replace(
        "<channel>", f"<channel {MANY}>"), content_type="application/rss+xml")
    server.pages["/section"] = Page(f"<html><body><div {MANY}>"
                                    '<a href="/news/two.html">Two</a></div></body></html>')
    server.pages["/news/two.html"] = Page(article_page("Bridge closes", LOREM[::-1]))
    source = Source(name="paper", feeds=(server.url + "/rss", server.url + "/feed2"),
                    link_pages=(server.url + "/section",), link_pattern="/news/",
                    allow_private=True)
    config = Config(sources=(source,), settings=Settings(timeout=10, min_delay=0, retries=0,
                                                         extract_timeout=5))
    report = run_round(config, repo / "archive", clock=lambda: T0)
    paper = report.sources["paper"]
    assert report.versions == 1 and paper.new == 1
    assert sorted(e for e in paper.errors if "took over" in e) == [
        f"feed {server.url}/feed2: reading the feed took over 5 s",
        f"links {server.url}/section: reading the link page took over 5 s"]
    assert not open_pools() and not workers_left()


def test_a_worker_that_crashes_or_runs_over_is_replaced_and_the_pool_goes_on():
    with WorkerPool(1) as pool:
        first = pool.pids()
        with pytest.raises(WorkerDied, match=r"^extraction crashed: its worker died \(SIGSEGV\)$"):
            pool.call(ctypes.string_at, 0, timeout=60)  # a real segfault: reads address 0
        crashed = pool.pids()
        with pytest.raises(WorkerDied, match=r"^extraction ran out of memory$"):
            pool.call(bytearray, 10**15, timeout=60)  # a petabyte: MemoryError at once
        with pytest.raises(WorkerTimeout, match=r"^extraction took over 0.5 s$"):
            pool.call(time.sleep, 600, timeout=0.5)
        with pytest.raises(ValueError, match="invalid literal"):
            pool.call(int, "x", timeout=60)  # the page's own exception, raised here
        extraction = pool.call(extract, article_page("Fares rise", LOREM), "https://e.org/a",
                               "paper", timeout=60)
        assert extraction == extract(article_page("Fares rise", LOREM), "https://e.org/a",
                                     "paper")
        assert first == [] and crashed == []  # started on first use, a dead one let go
        assert len(pool.pids()) == 1
        survivor = pool.pids()[0]
    assert not alive(survivor) and not workers_left()


def start_round_reading(server, repo, tmp_path, page: str) -> subprocess.Popen:
    """The real ``newsdiff run`` in a session of its own, at work on the page ``page`` ends
    with: its first line of output is the pids of the workers busy then (a thread in the
    round says so once a worker reads that page)."""
    config = tmp_path / "newsdiff.toml"
    config.write_text(textwrap.dedent(f"""\
        [settings]
        min_delay = 0
        retries = 0
        extract_timeout = 300
        [[source]]
        name = "paper"
        feeds = ["{server.url}/rss"]
        allow_private = true
        """))
    script = textwrap.dedent(f"""\
        import sys, threading, time
        from newsdiff import worker
        from newsdiff.cli import main

        def tell():
            while True:
                for pool in worker.open_pools():
                    if any(l.endswith({page!r}) for l in pool.busy().values()):
                        print(*pool.busy(), flush=True)
                        return
                time.sleep(0.01)

        threading.Thread(target=tell, daemon=True).start()
        main(sys.argv[1:])
        """)
    command = [sys.executable, "-c", script, "run", "--config", str(config),
               "--archive", str(repo / "archive"), "--state", str(tmp_path / "state.json")]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)


def test_ctrl_c_during_a_round_leaves_no_process_behind(server, repo, tmp_path):
    serve_story_and(server, "/news/hostile.html")
    round_ = start_round_reading(server, repo, tmp_path, "hostile.html")
    try:
        assert round_.stdout.readline().split()  # a worker reads the hostile page
        below = descendants(round_.pid)
        # multiprocessing's own helpers (the forkserver) are its children, workers below them
        workers = {pid for pid in below if (stat := _stat(pid)) and stat[0] != round_.pid}
        assert workers  # the one reading the page at least
        os.killpg(round_.pid, signal.SIGINT)  # Ctrl-C: the whole foreground group
        out, errors = round_.communicate(timeout=120)
    finally:
        if round_.poll() is None:
            os.killpg(round_.pid, signal.SIGKILL)
    # Once (of thousands of runs, under a loaded full suite) the round ended 0 with no
    # "Aborted!": what it printed is kept in the message, so another such run can be read.
    assert round_.returncode != 0 and "Aborted!" in errors and "Traceback" not in errors, (
        round_.returncode, out[-1000:], errors[-2000:])
    assert [pid for pid in workers if alive(pid)] == []  # killed before the round exited
    # The forkserver leaves once it sees its parent gone.
    waited = 0
    while any(alive(pid) for pid in below) and waited < 300:
        time.sleep(0.1)
        waited += 1
    assert [pid for pid in below if alive(pid)] == []
    assert git(repo, "status", "--porcelain") == ""


@pytest.mark.parametrize("value", [0, -1, 601, "30", float("inf")])
def test_extract_timeout_is_checked_like_the_other_settings(value):
    with pytest.raises(ConfigError, match="extract_timeout"):
        parse_config({"settings": {"extract_timeout": value},
                      "source": [{"name": "paper", "feeds": ["https://e.org/rss"]}]})


def test_extraction_called_directly_stays_in_this_process():
    before = workers_left()
    assert extract(article_page("Fares rise", LOREM), "https://e.org/a", "paper") is not None
    assert workers_left() == before and not open_pools()

