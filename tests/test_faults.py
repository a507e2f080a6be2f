"""Nothing lost under faults: misbehaving servers, kills, concurrent runs, locks, full disks."""

import json
import os
import random
import resource
import signal
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import LOREM, Page, article_page, git, rss
from faultserver import FaultServer

from newsdiff.article import from_markdown
from newsdiff.config import Config, Settings, Source
from newsdiff.run import run_round

NEWSDIFF = [sys.executable, "-m", "newsdiff"]
# Runs a command and prints its peak RSS (KiB) last on stderr: its only child is the command.
PEAK_RSS = [sys.executable, "-c", "import resource, subprocess, sys; "
            "code = subprocess.run(sys.argv[1:]).returncode; "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); "
            "sys.exit(code)"]
T0 = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def faults():
    with FaultServer() as fault_server:
        yield fault_server


def test_misbehaving_server_makes_no_version(server, faults, repo):
    article_faults = ["/reset", "/gzip-truncated", "/error-200", "/empty-200", "/drip",
                      "/redirect-loop", "/huge", "/bad-utf8"]
    server.pages["/rss"] = Page(rss([faults.url + p for p in [*article_faults, "/story"]]),
                                content_type="application/rss+xml")
    config = Config(sources=(
        Source(name="paper", feeds=(server.url + "/rss",), allow_private=True),
        Source(name="feeds", feeds=tuple(faults.url + p for p in
                                         ("/feed-html", "/feed-huge", "/billion-laughs")),
               exclude=(r"127\.0\.0\.1:1/",), allow_private=True)),
        settings=Settings(timeout=1, min_delay=0, retries=0, max_bytes=1_000_000))
    report = run_round(config, repo / "archive", clock=lambda: T0)
    paper = report.sources["paper"]
    assert paper.failed == {"connection error": 1, "truncated": 1, "extraction empty": 2,
                            "timeout": 1, "redirects": 1, "too large": 1, "bad encoding": 1}
    assert paper.new == 1  # the one good story
    feeds = report.sources["feeds"]
    # The HTML "feed" has no items; the huge one is read to the size cap and its first
    # items parsed (then filtered out); the billion laughs parse without expanding (its one
    # link is filtered out) instead of eating the memory.
    assert feeds.discovered == 0 and feeds.failed == {"feed": 1}
    assert [e.rsplit(": ", 1)[1] for e in feeds.errors] == ["no article links"]
    assert git(repo, "log", "--format=%s") == "paper: A story (version 1)\n"


def test_huge_feed_and_body_stay_within_memory(faults, repo, tmp_path):
    config = tmp_path / "newsdiff.toml"
    config.write_text(f'[settings]\nmin_delay = 0\nretries = 0\ntimeout = 2\n'
                      f'max_bytes = 20000000\n'
                      f'[[source]]\nname = "big"\nallow_private = true\n'
                      f'feeds = ["{faults.url}/feed-huge"]\n'
                      'exclude = ["127\\\\.0\\\\.0\\\\.1:1/"]\n'
                      f'[[source]]\nname = "huge"\nallow_private = true\n'
                      f'link_pages = ["{faults.url}/huge"]\nlink_pattern = "x"\n')
    result = subprocess.run([*PEAK_RSS, *NEWSDIFF, "run", "--config", str(config), "--archive",
                             str(repo / "archive"), "--state", str(tmp_path / "s.json")],
                            capture_output=True, text=True, timeout=120)
    peak_mb = int(result.stderr.strip().splitlines()[-1]) / 1024
    # 100,000 items parsed (then filtered); the endless body cut at the cap.
    assert "big: 0 discovered, 0 new, 0 changed, 0 unchanged, 0 not modified, 0 failed" \
        in result.stdout
    assert "huge: 0 discovered, 0 new, 0 changed, 0 unchanged, 0 not modified, 1 failed " \
        "(1 feed)" in result.stdout
    assert peak_mb < 200


def _served(server, version: int, count: int = 6) -> None:
    paths = [f"/n/{n}.html" for n in range(count)]
    server.pages["/rss"] = Page(rss([server.url + p for p in paths]),
                                content_type="application/rss+xml")
    for n, path in enumerate(paths):
        server.pages[path] = Page(article_page(f"Story {n}", [*LOREM, f"Edition {version} of "
                                               f"story {n}, with its own closing line here."]))


def _config_file(server, tmp_path: Path) -> Path:
    config = tmp_path / "newsdiff.toml"
    config.write_text(f'[settings]\nmin_delay = 0.05\nretries = 0\n[[source]]\nname = "paper"\n'
                      f'feeds = ["{server.url}/rss"]\nallow_private = true\n')
    return config


def _run(config: Path, repo: Path, state: Path, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([*NEWSDIFF, "run", "--all", "--config", str(config), "--archive",
                             str(repo / "archive"), "--state", str(state)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, **kwargs)


def check_consistent(repo: Path) -> None:
    """fsck clean, every committed file parses, nothing stray under archive/."""
    fsck = subprocess.run(["git", "-C", str(repo), "fsck", "--strict"], capture_output=True,
                          text=True)
    assert fsck.returncode == 0, fsck.stderr
    for line in git(repo, "log", "--format=%H", "--", "archive").split():
        for path in git(repo, "show", "--name-only", "--format=", line).split():
            text = git(repo, "show", f"{line}:{path}")
            assert from_markdown(text).body.rstrip().endswith("closing line here.")


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_killed_mid_run_loses_nothing(server, repo, tmp_path, seed):
    config, state = _config_file(server, tmp_path), tmp_path / "state.json"
    _served(server, 1)
    assert _run(config, repo, state).wait(60) == 0
    _served(server, 2)
    process = _run(config, repo, state)
    time.sleep(random.Random(seed).uniform(0.2, 1.2))  # somewhere inside the round
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(30)
    check_consistent(repo)
    # The next run finishes the job: every article ends at edition 2, each version once.
    again = _run(config, repo, state)
    assert again.wait(60) == 0, again.stderr.read()
    check_consistent(repo)
    assert git(repo, "status", "--porcelain", "--", "archive") == ""
    for n in range(6):
        log = git(repo, "log", "--format=%s", "--", f"archive/paper/n/{n}.md").splitlines()
        assert log == [f"paper: Story {n} (version 2)", f"paper: Story {n} (version 1)"]
        text = (repo / f"archive/paper/n/{n}.md").read_text()
        assert "Edition 2 of story" in text


def test_second_run_at_once_is_refused_and_stale_lock_is_taken_over(server, repo, tmp_path):
    config, state = _config_file(server, tmp_path), tmp_path / "state.json"
    _served(server, 1)
    for path in list(server.pages):
        if path.startswith("/n/"):
            server.pages[path].delay = 0.5  # a slow round
    first = _run(config, repo, state)
    time.sleep(1.0)
    second = _run(config, repo, state)
    assert second.wait(30) == 1
    assert second.stderr.read().startswith("Error: another newsdiff run holds this archive (pid ")
    assert first.wait(60) == 0
    assert len(git(repo, "log", "--format=%H").split()) == 6  # nothing twice

    (repo / ".git/newsdiff.lock").write_text(json.dumps(
        {"host": socket.gethostname(), "pid": 2**22 + 12345, "started": time.time() - 60}))
    _served(server, 2)
    for path in list(server.pages):
        server.pages[path].delay = 0
    assert _run(config, repo, state).wait(60) == 0  # a dead holder's lock is stale
    assert len(git(repo, "log", "--format=%H").split()) == 12


def test_stale_index_lock_is_named_or_cleared(server, repo, tmp_path):
    config, state = _config_file(server, tmp_path), tmp_path / "state.json"
    _served(server, 1)
    lock = repo / ".git/index.lock"
    lock.write_text("")
    os.utime(lock, (time.time() - 3600, time.time() - 3600))
    refused = _run(config, repo, state)
    assert refused.wait(30) == 1
    message = refused.stderr.read()
    assert message.startswith(f"Error: {lock}: git is running here, or a crashed git left "
                              "this lock")
    assert message.count("\n") == 1
    # Left by a crashed newsdiff run (its lock names a dead process that started before it):
    (repo / ".git/newsdiff.lock").write_text(json.dumps(
        {"host": socket.gethostname(), "pid": 2**22 + 4321, "started": time.time() - 7200}))
    cleared = _run(config, repo, state)
    assert cleared.wait(60) == 0
    assert "removed .git/index.lock left by the run that crashed" in cleared.stderr.read()
    assert not lock.exists()


def test_full_disk_stops_before_any_commit(server, repo, tmp_path):
    config, state = _config_file(server, tmp_path), tmp_path / "state.json"
    _served(server, 1)

    def small_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (2048, 2048))

    full = _run(config, repo, state, preexec_fn=small_disk)
    assert full.wait(60) == 1
    error = full.stderr.read()
    assert error.startswith("Error: ") and error.count("\n") == 1
    assert git(repo, "rev-list", "--all") == ""
    assert not list((repo / "archive").rglob("*.tmp"))
    assert _run(config, repo, state).wait(60) == 0  # with room again, all is recorded
    assert len(git(repo, "log", "--format=%H").split()) == 6


def test_read_only_archive_stops_before_any_commit(server, repo, tmp_path):
    config, state = _config_file(server, tmp_path), tmp_path / "state.json"
    _served(server, 1)
    assert _run(config, repo, state).wait(60) == 0
    _served(server, 2)
    folder = repo / "archive/paper/n"
    # Root ignores permission bits; the immutable attribute stops root too.
    subprocess.run(["chattr", "+i", str(folder)], check=True)
    try:
        blocked = _run(config, repo, state)
        assert blocked.wait(60) == 1
        error = blocked.stderr.read()
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    assert error.startswith(f"Error: cannot write {folder}/") and error.count("\n") == 1
    assert len(git(repo, "log", "--format=%H").split()) == 6  # no partial commit
    assert git(repo, "status", "--porcelain") == ""
    assert _run(config, repo, state).wait(60) == 0
    assert len(git(repo, "log", "--format=%H").split()) == 12



def test_a_round_whose_commit_failed_leaves_no_etag_of_its_edits(server, repo, tmp_path):
    # The state cache was saved before the round's last batch was committed: the ETags of
    # edits never recorded made the next round's requests conditional, the newsroom answered
    # 304, and six edits were lost until their pages changed again.
    config, state = _config_file(server, tmp_path), tmp_path / "state.json"
    _served(server, 1)
    assert _run(config, repo, state).wait(60) == 0
    _served(server, 2)
    for n in range(6):
        server.pages[f"/n/{n}.html"].headers["ETag"] = '"edition-2"'
    folder = repo / "archive/paper/n"
    subprocess.run(["chattr", "+i", str(folder)], check=True)  # the commit will fail
    try:
        assert _run(config, repo, state).wait(60) == 1
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    again = _run(config, repo, state)
    assert again.wait(60) == 0
    assert "6 changed" in again.stdout.read()
    check_consistent(repo)
    for n in range(6):
        assert "Edition 2 of story" in (repo / f"archive/paper/n/{n}.md").read_text()


def test_a_state_cache_with_values_of_the_wrong_kind_is_lost_not_fatal(server, repo, tmp_path):
    # A check time that is a number, a count that is text: the round stopped with a
    # traceback where the value was used (the schedule, a failure's count).
    config, state = _config_file(server, tmp_path), tmp_path / "state.json"
    _served(server, 1)
    assert _run(config, repo, state).wait(60) == 0
    data = json.loads(state.read_text())
    damage = [{"last_checked": 5}, {"failures": "3"}, {"last_checked": "yesterday"},
              {"last_checked": "2026-05-01T08:00:00"}, {"etag": None}, {"failures": -1}]
    for entry, values in zip(data["articles"].values(), damage, strict=True):
        entry.update(values)
    state.write_text(json.dumps(data))
    _served(server, 2)
    again = _run(config, repo, state)
    assert again.wait(60) == 0, again.stderr.read()
    assert "6 changed" in again.stdout.read()
    saved = json.loads(state.read_text())["articles"].values()
    assert len(saved) == 6 and all(isinstance(e["last_checked"], str) and
                                   isinstance(e["failures"], int) for e in saved)
