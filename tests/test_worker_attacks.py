"""Attacks on the worker processes (newsdiff.worker) after they were merged: pages slow to
read on every host, pages that kill or choke a worker, a round stopped from outside.  Each
was run against real rounds on 127.0.0.1; the ones that broke the merged code say so.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time

import pytest
from conftest import LOREM, FixtureServer, Page, article_page, git, rss, serving
from test_worker import HOSTILE, T0, alive, config_for, publish, start_round_reading, workers_left

from newsdiff import run
from newsdiff.article import Article, format_body, is_rolling_line
from newsdiff.byline import _name_part
from newsdiff.change import DATE_LINE, comparable
from newsdiff.config import Config, Settings, Source
from newsdiff.run import run_round
from newsdiff.worker import PoolClosed, WorkerPool, open_pools


@pytest.fixture
def other_server():
    yield from serving(FixtureServer())


def _busy_with(pool: WorkerPool, label: str) -> None:
    """Wait until a worker of ``pool`` reads ``label`` (the caller's own thread started it)."""
    while label not in pool.busy().values():
        time.sleep(0.01)


def test_a_call_waiting_for_a_busy_pool_gives_up_at_the_deadline():
    """Broke the merged code: the wait for a free worker was counted in no deadline, so a
    page queued behind slow ones was read after the round's end."""
    with WorkerPool(1) as pool:
        def read_slowly() -> None:
            with pytest.raises(PoolClosed):  # the pool's close at the end ends it
                pool.call(time.sleep, 600, timeout=600, label="slow")

        slow = threading.Thread(target=read_slowly, daemon=True)
        slow.start()
        _busy_with(pool, "slow")
        with pytest.raises(TimeoutError, match=r"^time budget spent$"):
            pool.call(len, "x", timeout=600, deadline=time.monotonic() + 0.5)
        assert list(pool.busy().values()) == ["slow"]  # it never waited for the slow page
    slow.join(60)
    assert not slow.is_alive() and not workers_left()


def test_a_page_queued_behind_slow_pages_is_left_for_the_next_round(server, other_server,
                                                                    repo, monkeypatch):
    """One worker (a one-core machine), one host whose page takes minutes to read, and a
    good page on another host fetched while it is read: when the round's time is up the
    good page is left for the next round, not read after it (the merged code read and
    committed it once the slow page was killed at the deadline, and a round with more
    pages waiting ran one more extract_timeout past it for each)."""
    monkeypatch.setattr(run, "pool_size", lambda settings: 1)
    publish(server, "/news/hostile.html")
    server.pages["/news/hostile.html"] = Page(HOSTILE)
    other_server.pages["/rss"] = Page(rss([other_server.url + "/news/good.html"]),
                                      content_type="application/rss+xml")
    # asked for at once, answered once the hostile page has the worker
    other_server.pages["/news/good.html"] = Page(article_page("Fares rise", LOREM), delay=3)
    sources = tuple(Source(name=name, feeds=(host.url + "/rss",), allow_private=True)
                    for name, host in (("paper", server), ("other", other_server)))
    config = Config(sources=sources, settings=Settings(timeout=10, min_delay=0, retries=0,
                                                       extract_timeout=600))
    report = run_round(config, repo / "archive", clock=lambda: T0, max_minutes=0.25)
    assert report.versions == 0
    assert report.sources["paper"].skipped == 1 and report.sources["other"].skipped == 1
    assert not report.sources["paper"].failed and not report.sources["other"].failed
    assert not list((repo / "archive").rglob("*.md"))
    assert git(repo, "status", "--porcelain") == ""
    assert not open_pools() and not workers_left()


def test_a_site_whose_every_page_is_slow_to_read_starves_no_other(server, other_server, repo,
                                                                  tmp_path, monkeypatch):
    """One worker, one site whose three pages each run past extract_timeout (one at a time,
    as its politeness allows), another site's three stories: each slow page is one failure,
    every story is read and kept once, the state cache names exactly those, no worker is
    left.  Held up on the merged code too (FIFO hand-over of the worker)."""
    monkeypatch.setattr(run, "pool_size", lambda settings: 1)
    slow = [f"/news/slow{n}.html" for n in range(3)]
    publish(server, *slow)
    for path in slow:
        server.pages[path] = Page(HOSTILE)
    good = [f"/news/good{n}.html" for n in range(3)]
    other_server.pages["/rss"] = Page(rss([other_server.url + p for p in good]),
                                      content_type="application/rss+xml")
    for n, path in enumerate(good):
        other_server.pages[path] = Page(article_page(f"Story {n}", [f"Story {n}.", *LOREM]))
    sources = tuple(Source(name=name, feeds=(host.url + "/rss",), allow_private=True)
                    for name, host in (("slow", server), ("good", other_server)))
    config = Config(sources=sources, settings=Settings(timeout=10, min_delay=0, retries=0,
                                                       extract_timeout=3))
    state = tmp_path / "state.json"
    report = run_round(config, repo / "archive", clock=lambda: T0, state_path=state)
    assert report.sources["slow"].failed == {"extraction timeout": 3}
    assert report.sources["good"].new == 3 and not report.sources["good"].failed
    assert sorted(json.loads(state.read_text())["articles"]) == [
        f"archive/good/news/good{n}.md" for n in range(3)]
    assert len(git(repo, "log", "--format=%H").split()) == 3
    assert git(repo, "status", "--porcelain") == ""
    assert not open_pools() and not workers_left()


class _Picky(Exception):
    """An exception that pickles but cannot be unpickled (its keyword goes missing)."""

    def __init__(self, message: str, *, page: str) -> None:
        super().__init__(message)
        self.page = page


def _raise_picky() -> None:
    raise _Picky("no", page="x" * 1000)


def test_a_result_or_exception_that_cannot_cross_the_pipe_is_one_error():
    """What a worker cannot send back (a lock) is one line; what the round cannot read back
    (an exception whose class needs more than its message) is raised here as the error it
    is; either way the pool goes on.  Held on the merged code."""
    with WorkerPool(1) as pool:
        with pytest.raises(RuntimeError, match=r"^TypeError: cannot pickle '_thread.lock'"):
            pool.call(threading.Lock, timeout=60)
        with pytest.raises(TypeError, match="page"):
            pool.call(_raise_picky, timeout=60)
        assert pool.call(len, "abc", timeout=60) == 3
    assert not workers_left()


def test_a_worker_whose_round_was_killed_stops_by_itself(tmp_path):
    """Broke the merged code: a round killed outright (SIGKILL or SIGTERM to its process, as
    a supervisor or `kill` sends it) left the worker reading its page for as long as the
    page took, minutes to forever, holding a core and the round's output pipes.  Now the
    kernel stops a worker once a call has used its timeout in CPU time (and a little)."""
    script = textwrap.dedent("""\
        import re, threading, time
        from newsdiff.worker import WorkerPool

        pool = WorkerPool(1)
        threading.Thread(target=pool.call, args=(re.match, r"(a+)+$", "a" * 64 + "b"),
                         kwargs={"timeout": 2}, daemon=True).start()
        while not pool.busy():
            time.sleep(0.01)
        print(*pool.busy(), flush=True)
        time.sleep(600)
        """)
    round_ = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                              text=True, start_new_session=True)
    worker = int(round_.stdout.readline())
    try:
        os.kill(round_.pid, signal.SIGKILL)  # the round's process alone, not its group
        round_.wait(60)
        waited = 0
        while alive(worker) and waited < 1200:  # seconds of CPU are slow on a busy machine
            time.sleep(0.1)
            waited += 1
        assert not alive(worker)
    finally:
        if alive(worker):
            os.kill(worker, signal.SIGKILL)
        round_.stdout.close()


def test_sigterm_during_a_round_stops_it_as_ctrl_c_does(server, repo, tmp_path):
    """Broke the merged code: SIGTERM to the round's process (`kill`, a supervisor's stop)
    ended it without a word and left its worker reading the page (up to extract_timeout
    of CPU, with the CPU limit), holding the output pipes a caller waits on."""
    publish(server, "/news/one.html", "/news/hostile.html")
    server.pages["/news/one.html"] = Page(article_page("Fares rise", LOREM))
    server.pages["/news/hostile.html"] = Page(HOSTILE)
    round_ = start_round_reading(server, repo, tmp_path, "hostile.html")
    workers, left = [], []
    try:
        workers = [int(pid) for pid in round_.stdout.readline().split()]
        os.kill(round_.pid, signal.SIGTERM)  # the round's process alone
        _, errors = round_.communicate(timeout=120)
        left = [pid for pid in workers if alive(pid)]
    finally:
        for pid in workers:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
        if round_.poll() is None:
            os.killpg(round_.pid, signal.SIGKILL)
    assert workers and left == []  # killed before the round exited
    assert round_.returncode != 0 and "Aborted!" in errors and "Traceback" not in errors
    assert git(repo, "status", "--porcelain") == ""
    # the lock let go: the next round runs, and keeps what the stopped one had not
    server.pages["/news/hostile.html"] = Page(article_page("Bridge closes", LOREM[::-1]))
    again = run_round(config_for(server, extract_timeout=120), repo / "archive",
                      clock=lambda: T0)
    assert again.sources["paper"].new >= 1 and not again.sources["paper"].failed
    assert sorted(p.name for p in (repo / "archive").rglob("*.md")) == ["hostile.md", "one.md"]
    assert git(repo, "status", "--porcelain") == ""


def _story(title: str, last: str) -> str:
    return article_page(title, [*LOREM, last])


def test_pages_that_choke_a_worker_are_one_outcome_each(server, repo):
    """Each hostile page is one failure or a clean version; the round and its workers end.
    Broke the merged code: a page showing U+FFFD of its own (valid UTF-8 "�", or "&#0;",
    which browsers show so) was refused as "bad encoding" on every fetch, the story never
    kept; only bytes that did not decode are damage."""
    deep = "<div>" * 100_000
    pages = {
        "deep": article_page("Deep", LOREM).replace("<article>", "<article>" + deep),
        "pier": _story("Pier", "The pier\x00 reopens in\x00 May after the storm damage is "
                       "repaired."),
        "shown": _story("Shown", "Caf\ufffd owners on the quay said the fares would keep "
                        "tourists away this summer."),
        "entity": _story("Entity", "The bridge&#0;s repairs will take until the spring of "
                         "next year, the engineers said."),
        "utf16": _story("Wide", "A lone \ud800 half of a pair sits in this line of the story."),
        "bytes": _story("Bytes", "A stray \x92 byte from a word processor sits in this line."),
    }
    publish(server, *(f"/news/{name}.html" for name in pages))
    for name, html in pages.items():
        if name == "utf16":  # lone surrogate through a charset trick: UTF-16 with its BOM
            body = b"\xff\xfe" + html.encode("utf-16-le", "surrogatepass")
            server.pages[f"/news/{name}.html"] = Page(body, content_type="text/html; "
                                                                        "charset=utf-16")
        elif name == "bytes":  # windows-1252 in a page declared UTF-8
            server.pages[f"/news/{name}.html"] = Page(html.replace("\x92", "").encode()
                                                      .replace(b"stray  byte", b"stray \x92 byte"))
        else:
            server.pages[f"/news/{name}.html"] = Page(html)
    report = run_round(config_for(server, extract_timeout=120), repo / "archive",
                       clock=lambda: T0)
    paper = report.sources["paper"]
    assert paper.failed == {"extraction empty": 1, "bad encoding": 2}
    assert sorted(e.split(": ", 1)[0].rsplit("/", 1)[1] for e in paper.errors) == [
        "bytes.html", "deep.html", "utf16.html"]
    assert paper.new == 3
    texts = {path.stem: path.read_text() for path in (repo / "archive").rglob("*.md")}
    assert sorted(texts) == ["entity", "pier", "shown"]
    assert "The pier reopens in May" in texts["pier"] and "\x00" not in texts["pier"]
    assert "Caf\ufffd owners" in texts["shown"] and "bridge\ufffds repairs" in texts["entity"]
    assert git(repo, "status", "--porcelain") == ""
    assert not open_pools() and not workers_left()


@pytest.mark.parametrize("before, after", [
    ("Updated March figures", "Updated April figures"),  # a month naming the data, not when
    ("Updated Marco Rubio remarks", "Updated Marco Rubio remarks on tariffs"),  # pt "marco"
    ("Updated Mayo Clinic guidance", "Updated Mayo Clinic guidance on boosters"),  # es "mayo"
])
def test_a_heading_naming_a_month_of_some_language_is_the_storys(server, repo, before, after):
    """Broke the merged code: with every language's months and weekdays (calendar_names), a
    heading opening "Updated" and a word that is a month or weekday somewhere ("Marco",
    "Mayo", "Domingo") read as a rolling "Updated …" line: dropped from the body, and its
    edit was no version.  A name says when only as a date goes on (a number, a mark, the
    line's end, a clock's preposition, another name)."""
    publish(server, "/news/one.html")
    paragraphs = [LOREM[0], f"<h2>{before}</h2>", *LOREM[1:]]
    server.pages["/news/one.html"] = Page(article_page("Fares rise", paragraphs).replace(
        f"<p><h2>{before}</h2></p>", f"<h2>{before}</h2>"))
    config = config_for(server, extract_timeout=120)
    first = run_round(config, repo / "archive", clock=lambda: T0)
    assert first.versions == 1
    assert f"## {before}" in (repo / "archive/paper/news/one.md").read_text()
    server.pages["/news/one.html"].body = server.pages["/news/one.html"].body.replace(
        before, after)
    second = run_round(config, repo / "archive", clock=lambda: T0.replace(hour=9))
    assert second.versions == 1 and second.sources["paper"].changed == 1
    assert f"## {after}" in (repo / "archive/paper/news/one.md").read_text()


@pytest.mark.parametrize("unit", ["1", "12:", "January ", "Jan. ", "By ", "a b. ", "- ", "3 марта ",
                                  " \t", "Updated "])
def test_a_hostile_line_meets_the_date_rules_only_where_they_read_it_in_one_pass(unit):
    """200 KB lines of month names, digits, clocks, "By ", punctuation: the rules that go
    quadratic on such runs (``_ROLLS_TOO`` on digits: 16,000 took 5 s, so 200 KB would
    take 13 minutes; ``_SAYS_WHEN`` on spaced marks) are handed no more than a line's
    first 100 characters or a dozen words; this finishes in a second, and would hang
    without those bounds.  Validation (``comparable``) runs on the round's main thread,
    which no timeout guards."""
    line = (unit * (200_000 // len(unit))).strip() + " x"
    article = Article(title="Fares rise", url="https://e.org/a", source="s",
                      body=format_body([line]))
    assert comparable(article)[2]  # a real line of the story, not a date's
    assert not is_rolling_line(line) and not DATE_LINE.match(line)
    assert len(_name_part(line)) <= 300  # a byline is read in its first 300 letters
