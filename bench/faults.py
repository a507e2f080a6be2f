"""Benchmark: nothing lost under faults.

1. Kill trials: a round of `newsdiff run` (a separate process group) is SIGKILLed at a random
   moment while 12 articles change; then `git fsck --strict`, every committed file parses, and
   a second run must bring every article to its served text with each version recorded once.
   Versions expected vs recorded must be equal; false versions must be 0.
2. Server faults: one round against a misbehaving server (tests/faultserver.py); every fault
   is counted with its reason and none becomes a version.
3. Peak memory of a run fetching a 10 GB body and a 100,000-item feed (target < 200 MB).
4. Hostile servers (issue 13), each one `newsdiff run --max-minutes 0.5` of its own: a
   robots.txt with Crawl-delay 100000, one redirecting to a malformed URL, dripping its body,
   1.5 GB long, a gzip-in-gzip bomb (1 GB decoded); a page dripping its headers and a page
   bomb; a sitemap index of 60 × 3,000 URLs; a 1,000,000-item feed; 60 sources of which two
   have names that do not resolve.  Each round must end within its deadline (30 s) with a
   peak RSS < 200 MB; the healthy source next to each fault must still be fetched.  Then, in
   process, a robots.txt redirecting to an internal address and a name rebinding to one
   (TTL 0): requests reaching the internal address must be 0.  The "before" column is what
   issue 13 measured on the previous fetcher.

    .venv/bin/python bench/faults.py [--trials 50] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
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


PEAK = ("import resource, subprocess, sys, time; start = time.monotonic(); "
        "out = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
        "print(time.monotonic() - start, "
        "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)")
# (name, robots behaviour, listing kind, listing path, before on the previous fetcher)
HOSTILE = [
    ("robots.txt Crawl-delay: 100000", "crawl-delay", "feeds", "/feed-html", "hung 27 h"),
    ("robots.txt redirect to http://[::1/robots.txt", "redirect-malformed", "feeds",
     "/feed-html", "hung (ValueError in a worker)"),
    ("robots.txt body drip", "drip", "feeds", "/feed-html", "hung"),
    ("robots.txt of 1.5 GB", "huge", "feeds", "/feed-html", "4.0 GB"),
    ("robots.txt gzip, gzip bomb (1 GB decoded)", "bomb", "feeds", "/feed-html", "6.4 GB"),
    ("page headers dripped a byte at a time", None, "link_pages", "/drip-headers", "hung"),
    ("page gzip, gzip bomb (1 GB decoded)", None, "link_pages", "/bomb", "73 MB, refused"),
    ("sitemap index, 60 × 3,000 URLs", None, "sitemaps", "/sitemap-index", "97 s dedup"),
    ("feed of 1,000,000 items", None, "feeds", "/feed-million", "75 s, 844 MB"),
]


def _round(config_text: str, tmp: Path) -> tuple[float, float, dict]:
    """(wall seconds, peak RSS MB, the JSON report) of one `newsdiff run` process."""
    repo = tmp / "repo"
    (repo / "archive").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    config = tmp / "newsdiff.toml"
    config.write_text(config_text)
    measured = subprocess.run(
        [sys.executable, "-c", PEAK, *NEWSDIFF, "run", "--config", str(config), "--archive",
         str(repo / "archive"), "--state", str(tmp / "s.json"), "--max-minutes", "0.5",
         "--json", str(tmp / "report.json")],
        capture_output=True, text=True, check=True).stdout
    wall, peak = (float(x) for x in measured.split()[:2])
    return wall, peak, json.loads((tmp / "report.json").read_text())


def hostile_rounds() -> list[tuple[str, str, float, float, str]]:
    """(fault, before, round seconds, peak MB, outcome) for each hostile-server round."""
    healthy = FixtureServer()
    import threading

    threading.Thread(target=healthy.server.serve_forever, daemon=True).start()
    serve_edition(healthy, 1)
    rows = []
    settings = ('[settings]\nmin_delay = 0\nretries = 2\ntimeout = 2\n'
                'max_bytes = 5000000\n')
    good = f'[[source]]\nname = "good"\nallow_private = true\nfeeds = ["{healthy.url}/rss"]\n'
    for name, robots, kind, path, before in HOSTILE:
        with FaultServer(robots=robots, bomb_mb=1024) as bad, \
                tempfile.TemporaryDirectory() as tmp:
            extra = 'link_pattern = "x"\n' if kind == "link_pages" else ""
            text = (settings + good + f'[[source]]\nname = "bad"\nallow_private = true\n'
                    f'{kind} = ["{bad.url}{path}"]\n{extra}'
                    'exclude = ["127\\\\.0\\\\.0\\\\.1:1/"]\n')
            wall, peak, report = _round(text, Path(tmp))
        rows.append((name, before, wall, peak, _outcome(report)))
    with tempfile.TemporaryDirectory() as tmp:
        # Every healthy source reads the same feed and wants none of it: the round is the
        # listings, and the two names that do not resolve are the only thing to wait for.
        text = settings + "".join(
            f'[[source]]\nname = "s{n}"\nallow_private = true\nfeeds = ["{healthy.url}/rss"]\n'
            'exclude = ["."]\n' for n in range(58)) + "".join(
            f'[[source]]\nname = "dns{n}"\nfeeds = ["http://feeds{n}.nonexistent.invalid/rss"]\n'
            for n in range(2))
        wall, peak, report = _round(text, Path(tmp))
        errors = [e for s in report["sources"].values() for e in s["errors"]]
        dns = sum("DNS: name does not resolve" in e for e in errors)
        rows.append(("60 sources, 2 feeds on names that do not resolve", "76 s", wall, peak,
                     f"{dns} DNS failures, not retried; {len(errors) - dns} other errors"))
    healthy.server.shutdown()
    return rows


def _outcome(report: dict) -> str:
    """The healthy source's new versions; the faulty source's failures and first error."""
    good, bad = report["sources"]["good"], report["sources"]["bad"]
    failed = ", ".join(f"{v} {k}" for k, v in bad["failed"].items()) or "none"
    first = bad["errors"][0].split(": ", 1)[-1].split(": ")[-1][:100] if bad["errors"] else ""
    return (f"healthy source {good['new']}/12 new; faulty source: {bad['discovered']} "
            f"discovered, failed {failed}" + (f" ({first})" if first else ""))


def hop_checks() -> tuple[int, int]:
    """(requests made, requests that reached the internal address) for a robots.txt that
    redirects to an internal address and a name that rebinds to it between lookups."""
    from newsdiff.config import Settings
    from newsdiff.fetch import Fetcher

    settings = Settings(timeout=2, min_delay=0, retries=0)
    with FaultServer(address="127.0.0.2") as internal, \
            FaultServer(robots="redirect") as public:
        public.robots_target = internal.url + "/robots.txt"
        Fetcher(settings, public=lambda a: a == "127.0.0.1").get(public.url + "/story")
        answers: list[str] = []

        def rebinding(host: str, port: int) -> list[str]:
            answers.append("127.0.0.1" if len(answers) % 2 == 0 else "127.0.0.2")
            return [answers[-1]]

        fetcher = Fetcher(settings, resolve=rebinding, public=lambda a: a == "127.0.0.1")
        fetcher.dns_seconds = 0  # ask DNS for every request: the worst case for rebinding
        url = public.url.replace("127.0.0.1", "rebind.example")
        for _ in range(20):
            fetcher.get(url + "/story")
        return len(public.log) + len(internal.log), len(internal.log)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    started = time.perf_counter()
    kills = kill_trials(args.trials, args.seed)
    reasons, fault_versions = server_faults()
    peak = memory_run()
    hostile = hostile_rounds()
    requests, internal = hop_checks()
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
    print()
    print("Hostile servers (issue 13): one `newsdiff run --max-minutes 0.5` each, next to a "
          "healthy source (12 articles); timeout 2 s, retries 2. Worst case: the bombs and the "
          "million-item feed (memory), the crawl-delay and drips (time).")
    print()
    print("| fault | before (issue 13) | round wall time (deadline 30 s) | peak RSS "
          "(target < 200 MB) | outcome |")
    print("| --- | --- | --- | --- | --- |")
    for name, before, wall, peak_mb, outcome in hostile:
        print(f"| {name} | {before} | {wall:.1f} s | {peak_mb:.0f} MB | {outcome} |")
    print(f"| robots.txt redirect to an internal address; a name rebinding to it (TTL 0) | "
          f"followed; rebound | {requests} requests | | {internal} reached the internal "
          "address (target 0) |")


if __name__ == "__main__":
    main()
