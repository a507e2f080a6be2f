"""Benchmark: nothing lost under faults.

1. Kill trials: a round of `newsdiff run` (a separate process group) is SIGKILLed at a random
   moment while 12 articles change; then `git fsck --strict`, every committed file parses, and
   a second run must bring every article to its served text with each version recorded once.
   Versions expected vs recorded must be equal; false versions must be 0.
2. Server faults: one round against a misbehaving server (tests/faultserver.py); every fault
   is counted with its reason and none becomes a version.
3. Peak memory of a run fetching a 10 GB body and a 100,000-item feed (target < 200 MB).

    .venv/bin/python bench/faults.py [--trials 50] [--seed 7]
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from conftest import LOREM, FixtureServer, Page, article_page, rss  # noqa: E402
from faultserver import FAULTS, FaultServer  # noqa: E402

NEWSDIFF = [sys.executable, "-m", "newsdiff"]
ARTICLES = 12


def git(repo: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True)


def serve_edition(server: FixtureServer, edition: int) -> None:
    paths = [f"/n/{n}.html" for n in range(ARTICLES)]
    server.pages["/rss"] = Page(rss([server.url + p for p in paths]),
                                content_type="application/rss+xml")
    for n, path in enumerate(paths):
        server.pages[path] = Page(article_page(
            f"Story {n}", [*LOREM, f"Edition {edition} of story {n}, closing line."]),
            delay=0.02)


def run(config: Path, repo: Path, state: Path) -> subprocess.Popen:
    return subprocess.Popen([*NEWSDIFF, "run", "--all", "--config", str(config), "--archive",
                             str(repo / "archive"), "--state", str(state)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)


def audit(repo: Path, served: dict[int, int]) -> tuple[bool, int, int, int]:
    """(fsck ok, versions recorded, false versions, files off their served text)."""
    from newsdiff.article import from_markdown

    fsck_ok = git(repo, "fsck", "--strict").returncode == 0
    recorded = false = 0
    for sha in git(repo, "log", "--format=%H", "--", "archive").stdout.split():
        for path in git(repo, "show", "--name-only", "--format=", sha).stdout.split():
            recorded += 1
            try:
                body = from_markdown(git(repo, "show", f"{sha}:{path}").stdout).body
            except ValueError:
                false += 1
                continue
            false += not body.rstrip().endswith("closing line.")
    off = 0
    for n, edition in served.items():
        text = (repo / f"archive/paper/n/{n}.md").read_text()
        off += f"Edition {edition} of story {n}," not in text
    return fsck_ok, recorded, false, off


def kill_trials(trials: int, seed: int) -> dict:
    rng = random.Random(seed)
    totals: Counter = Counter()
    server = FixtureServer()
    import threading

    threading.Thread(target=server.server.serve_forever, daemon=True).start()
    for _trial in range(trials):
        with tempfile.TemporaryDirectory() as tmp:
            repo, state = Path(tmp) / "repo", Path(tmp) / "state.json"
            (repo / "archive").mkdir(parents=True)
            subprocess.run(["git", "init", "-q", str(repo)], check=True)
            config = Path(tmp) / "newsdiff.toml"
            config.write_text(f'[settings]\nmin_delay = 0.01\nretries = 0\n[[source]]\n'
                              f'name = "paper"\nfeeds = ["{server.url}/rss"]\n'
                              "allow_private = true\n")
            serve_edition(server, 1)
            first = time.perf_counter()
            run(config, repo, state).wait()
            duration = time.perf_counter() - first  # kill anywhere in a round this long
            serve_edition(server, 2)
            process = run(config, repo, state)
            time.sleep(rng.uniform(0.0, duration))
            killed = process.poll() is None
            if killed:
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            fsck_after_kill, _, false_after_kill, _ = audit(repo, {})
            status = git(repo, "status", "--porcelain", "--", "archive").stdout
            recovery = run(config, repo, state)
            ok = recovery.wait() == 0
            fsck_ok, recorded, false, off = audit(repo, dict.fromkeys(range(ARTICLES), 2))
            stray = git(repo, "status", "--porcelain", "--", "archive").stdout
            totals.update(trials=1, killed=killed, next_run_ok=ok,
                          fsck_failures=(not fsck_after_kill) + (not fsck_ok),
                          false_versions=false + false_after_kill,
                          expected=2 * ARTICLES, recorded=recorded, off_text=off,
                          stray_after_kill=bool(status), stray_after_next_run=bool(stray))
    server.server.shutdown()
    return dict(totals)


def server_faults() -> tuple[Counter, int]:
    from newsdiff.config import Config, Settings, Source
    from newsdiff.run import run_round

    with FaultServer() as faults, tempfile.TemporaryDirectory() as tmp:
        listing = FixtureServer()
        import threading

        threading.Thread(target=listing.server.serve_forever, daemon=True).start()
        article_faults = [p for p in FAULTS if not p.startswith(("/feed", "/billion"))]
        listing.pages["/rss"] = Page(rss([faults.url + p for p in article_faults]),
                                     content_type="application/rss+xml")
        repo = Path(tmp) / "repo"
        (repo / "archive").mkdir(parents=True)
        subprocess.run(["git", "init", "-q", str(repo)], check=True)
        config = Config(sources=(
            Source(name="paper", feeds=(listing.url + "/rss",), allow_private=True),
            Source(name="feeds", feeds=tuple(faults.url + p for p in
                                             ("/feed-html", "/feed-huge", "/billion-laughs")),
                   exclude=(r"127\.0\.0\.1:1/",), allow_private=True)),
            settings=Settings(timeout=1, min_delay=0, retries=0, max_bytes=1_000_000))
        report = run_round(config, repo / "archive")
        listing.server.shutdown()
        reasons = report.sources["paper"].failed + report.sources["feeds"].failed
        return reasons, report.versions


def memory_run() -> float:
    with FaultServer() as faults, tempfile.TemporaryDirectory() as tmp:
        repo = Path(tmp) / "repo"
        (repo / "archive").mkdir(parents=True)
        subprocess.run(["git", "init", "-q", str(repo)], check=True)
        config = Path(tmp) / "newsdiff.toml"
        config.write_text(f'[settings]\nmin_delay = 0\nretries = 0\ntimeout = 3\n'
                          f'max_bytes = 50000000\n[[source]]\nname = "big"\n'
                          f'allow_private = true\nfeeds = ["{faults.url}/feed-huge"]\n'
                          'exclude = ["127\\\\.0\\\\.0\\\\.1:1/"]\n[[source]]\nname = "huge"\n'
                          f'allow_private = true\nlink_pages = ["{faults.url}/huge"]\n'
                          'link_pattern = "x"\n')
        measured = subprocess.run(
            [sys.executable, "-c", "import resource, subprocess, sys; subprocess.run("
             "sys.argv[1:], capture_output=True); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)",
             *NEWSDIFF, "run", "--config", str(config), "--archive", str(repo / "archive"),
             "--state", str(Path(tmp) / "s.json")], capture_output=True, text=True, check=True)
    return int(measured.stdout.split()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    started = time.perf_counter()
    kills = kill_trials(args.trials, args.seed)
    reasons, fault_versions = server_faults()
    peak = memory_run()
    print(f"# bench/faults.py — {args.trials} kill trials (seed {args.seed}), "
          f"{len(FAULTS)} server faults")
    print()
    print("| measure | value | target |")
    print("| --- | --- | --- |")
    print(f"| kill trials run / killed mid-round | {kills['trials']} / {kills['killed']} | ≥ 50 |")
    print(f"| versions expected vs recorded | {kills['expected']} vs {kills['recorded']} | "
          "equal |")
    print(f"| false versions | {kills['false_versions']} | 0 |")
    print(f"| git fsck --strict failures | {kills['fsck_failures']} | 0 |")
    print(f"| articles not at their served text after the next run | {kills['off_text']} | 0 |")
    print(f"| next run completed | {kills['next_run_ok']} of {kills['trials']} | all |")
    print(f"| trials with stray changes under archive/ right after the kill | "
          f"{kills['stray_after_kill']} | (repaired by the next start) |")
    print(f"| … and after the next run | {kills['stray_after_next_run']} | 0 |")
    print(f"| server faults injected / versions made from them | {len(FAULTS)} / "
          f"{fault_versions} | 0 versions |")
    print(f"| failures counted by reason | "
          f"{', '.join(f'{k} {v}' for k, v in sorted(reasons.items()))} | each fault counted |")
    print(f"| peak memory, 10 GB body + 100,000-item feed (50 MB cap) | {peak:.0f} MB | "
          "< 200 MB |")
    print(f"| benchmark wall time | {time.perf_counter() - started:.0f} s | |")


if __name__ == "__main__":
    main()
