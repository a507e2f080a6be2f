"""Benchmark: the site's bytes per version, and what a build costs, cold and after a round.

Synthetic archives are written with one `git fast-import`, shaped like a real fork's: four
sources, articles first seen evenly over the same 20 days, most never changing (~1.7 versions
per article), ~1,200 words per version of real sentences in paragraphs shaped like real ones
(bench/prose.py: drawn from ../shared/data/articles; a 32-word vocabulary, said in the output,
when ../shared is absent), edits that reword sentences and add or drop paragraphs, some with
a new headline, each commit with the ``Change:`` labels the fetcher writes (so quotes, numbers
and headlines get their labels and cards as real edits do). Two archive sizes 4× apart over
those same days (default 600 and 2,400 articles; `--articles` sets the larger). Built as the
workflow publishes a fork (`site/publishconf.py`, an absolute SITEURL, links to commits).
Reported, with the baselines:

- site bytes per version of the larger archive's cold build, in total and by kind of file
  (history, version and diff pages, cards, lists, feeds and sitemap, the search database, the
  search engine — sql.js and its WebAssembly, fixed per site — and other assets), what is fixed
  per site, and the versions 1 GB holds;
- rebuild after one article changed at both sizes (representative: one of the newest
  articles; median of 5, the two sizes taking turns; wall and CPU seconds), target: the
  larger ≤ 1.5× the smaller and ≤ 0.1× its cold build; worst case: the oldest article changed;
- cold full build (pages/s), peak memory of its process tree, rebuild with no new commit, and
  after a round editing 100 of the 500 newest articles;
- `newsdiff --help` start-up beside bare `python -c pass` (target ≤ 0.3 s);
- history read against git's floor and per-file GitPython; diff time per pair; the naive way
  (every version a stock Pelican page, sampled and extrapolated).

Scale: the default run takes a few minutes. `--full-scale` is the earlier benchmark's scale
(30,000 articles, ~51,000 versions over the 20 days, 7,500 for the smaller size).

    .venv/bin/python bench/build.py [--articles 2400] [--full-scale] [--profile DIR]
"""

from __future__ import annotations

import argparse
import functools
import os
import pstats
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

import git
from prose import prose

from newsdiff.article import Article, body_paragraphs, format_body, from_markdown, to_markdown
from newsdiff.change import labels as change_labels
from newsdiff.diff import diff_paragraphs
from newsdiff.history import read_blobs, read_histories

SOURCES = ("harbour", "ledger", "courier", "tribune")
DAYS = 20
START = 1_735_689_600  # 2025-01-01
#: versions per article: most stories never change (mean 1.70)
VERSION_WEIGHTS = {1: 62, 2: 20, 3: 10, 4: 5, 6: 3}


def first_seen(number: int, articles: int) -> int:
    """Articles are first seen evenly over the DAYS, in the order of their numbers."""
    return START + number * DAYS * 86400 // articles


def article_file(number: int, articles: int) -> str:
    """A dated archive path, as the fetcher writes them."""
    day = time.gmtime(first_seen(number, articles))
    return (f"archive/{SOURCES[number % len(SOURCES)]}/{day.tm_year}/{day.tm_mon:02d}/"
            f"{day.tm_mday:02d}/story-{number}.md")


def new_repository(repo: Path, commits: list[tuple[int, str, str, bytes]]) -> None:
    """A new repository at ``repo`` holding ``commits`` on main, written by one fast-import."""
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True)
    subprocess.run(["git", "fast-import", "--quiet"], cwd=repo,
                   input=commit_stream(commits, None), check=True)
    subprocess.run(["git", "checkout", "-q", "main"], cwd=repo, check=True)


def commit_stream(commits: list[tuple[int, str, str, bytes]], parent: str | None) -> bytes:
    """fast-import commands: one commit per (time, file path, message, file bytes)."""
    stream = []
    for mark, (when, path, message, text) in enumerate(commits, 1):
        data = message.encode() + b"\n"
        stream.append(b"commit refs/heads/main\nmark :%d\n" % mark)
        stream.append(b"author newsdiff <n@example.org> %d +0000\n" % when)
        stream.append(b"committer newsdiff <n@example.org> %d +0000\n" % when)
        stream.append(b"data %d\n%s\n" % (len(data), data))
        if mark == 1 and parent:
            stream.append(b"from %s\n" % parent.encode())
        stream.append(b"M 100644 inline %s\ndata %d\n%s\n" % (path.encode(), len(text), text))
    return b"".join(stream)


def story(number: int, title: str, paras: list[str]) -> Article:
    return Article(title=title, url=f"https://example.org/{number}.html",
                   source=SOURCES[number % len(SOURCES)], byline="A. Reporter",
                   body=format_body(paras))


def labelled(message: str, old: Article | None, new: Article) -> str:
    """The commit message with the ``Change:`` trailer the fetcher writes (the labels the site
    shows, its label pages and feeds, and which changes get a card)."""
    found = change_labels(old, new) if old is not None else ()
    return f"{message}\n\nChange: {', '.join(found)}" if found else message


def synthetic_archive(repo: Path, articles: int, seed: int = 1) -> int:
    """A realistic archive of ``articles`` articles over DAYS days; returns its versions."""
    text = prose(seed)
    rng = text.rng
    counts, weights = list(VERSION_WEIGHTS), list(VERSION_WEIGHTS.values())
    events = []
    for number in range(articles):
        paras = text.paragraphs(1200)
        title = text.headline()
        when = first_seen(number, articles) + rng.randrange(3600)
        for version in range(rng.choices(counts, weights)[0]):
            events.append((when, number, version, title, list(paras)))
            paras = text.edit(paras)
            if rng.random() < 0.2:
                title = text.headline()
            when += rng.randrange(600, 18 * 3600)
    events.sort()
    commits, last = [], {}
    for when, number, version, title, paras in events:
        new = story(number, title, paras)
        message = labelled(f"{SOURCES[number % len(SOURCES)]}: {title} (version {version + 1})",
                           last.get(number), new)
        commits.append((when, article_file(number, articles), message,
                        to_markdown(new).encode()))
        last[number] = new
    new_repository(repo, commits)
    return len(events)


def edit_round(repo: Path, articles: int, chosen: list[int], seed: int = 2) -> None:
    """Commit one more version of each article in ``chosen``, a minute after the last commit
    (the same day: a round adds to today's page)."""
    text = prose(seed)
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, capture_output=True,
                          text=True, check=True).stdout.strip()
    when = int(subprocess.run(["git", "log", "-1", "--format=%at"], cwd=repo,
                              capture_output=True, text=True, check=True).stdout) + 60
    commits = []
    for offset, number in enumerate(chosen):
        path = article_file(number, articles)
        current = from_markdown((repo / path).read_text())
        paras = text.edit([p.replace("\n", " ") for p in body_paragraphs(current.body)])
        new = story(number, current.title, paras)
        commits.append((when + offset, path, labelled(
            f"{current.source}: {current.title} (edited)", current, new),
            to_markdown(new).encode()))
    subprocess.run(["git", "fast-import", "--quiet", "--force"], cwd=repo,
                   input=commit_stream(commits, head), check=True)
    subprocess.run(["git", "reset", "-q", "--hard", "main"], cwd=repo, check=True)


class TreeMemory:
    """Peak memory of a process and all its descendants, sampled every 50 ms.

    Proportional set size (PSS): pages a forked worker still shares with its parent are
    split between them rather than counted in full by each, as RSS would.
    """

    def __init__(self) -> None:
        self.peak_total = self.peak_single = 0
        self.cpu = 0.0
        self._stop = threading.Event()

    @staticmethod
    def _tree(root: int) -> list[int]:
        parents = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    stat = Path(f"/proc/{entry}/stat").read_text()
                except OSError:
                    continue
                parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
        tree, frontier = [root], [root]
        while frontier:
            frontier = [pid for pid, parent in parents.items() if parent in frontier]
            tree += frontier
        return tree

    @staticmethod
    def _rss(pid: int) -> int:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
        except OSError:
            pass
        return 0

    def watch(self, process: subprocess.Popen) -> None:
        def sample() -> None:
            while not self._stop.wait(0.05):
                sizes = [self._rss(pid) for pid in self._tree(process.pid)]
                self.peak_total = max(self.peak_total, sum(sizes))
                self.peak_single = max(self.peak_single, max(sizes, default=0))

        threading.Thread(target=sample, daemon=True).start()

    def stop(self) -> None:
        self._stop.set()


def newsdiff_build(repo: Path, out: Path, cache: Path, profile: Path | None = None
                   ) -> tuple[float, str, TreeMemory]:
    """One ``newsdiff build`` run: seconds, its summary line, its memory (``profile``: a
    cProfile of it written there)."""
    memory = TreeMemory()
    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    profiler = ["-m", "cProfile", "-o", str(profile)] if profile else []
    process = subprocess.Popen([sys.executable, *profiler, "-m", "newsdiff", "build", "--archive",
                                str(repo / "archive"), "--output", str(out), "--cache",
                                str(cache), "--settings", str(PUBLISHED)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, **PUBLISHED_ENV})
    memory.watch(process)
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    memory.stop()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU seconds of the build and its workers: far less disturbed by a busy machine than wall
    memory.cpu = after.ru_utime + after.ru_stime - cpu.ru_utime - cpu.ru_stime
    if process.returncode:
        raise SystemExit(f"newsdiff build failed: {stderr.strip().splitlines()[-1:]}")
    return seconds, stdout.strip(), memory


#: Built as a fork publishes it (the workflow's settings): absolute canonical links, feeds and
#: sitemap, links to each version's commit; so the bytes are those a fork pays for.
PUBLISHED = Path(__file__).resolve().parents[1] / "site" / "publishconf.py"
PUBLISHED_ENV = {"NEWSDIFF_SITEURL": "https://example-newsroom.github.io/newsdiff",
                 "NEWSDIFF_REPO_URL": "https://github.com/example-newsroom/newsdiff"}

NAIVE_CONFIG = """SITENAME = "naive"
PATH = "content"
TIMEZONE = "UTC"
DEFAULT_PAGINATION = 50
FEED_ALL_ATOM = "feeds/all.atom.xml"
"""


def naive_pelican(repo: Path, folder: Path, articles: int) -> tuple[float, int]:
    """Stock Pelican over every version of the first ``articles`` articles, one page each."""
    content = folder / "content"
    content.mkdir(parents=True)
    histories = read_histories(repo, "archive/")
    refs = [ref for path, h in histories.items() for ref in h.versions
            if int(Path(path).stem.removeprefix("story-")) < articles]
    for ref, (_, data) in zip(refs, read_blobs(repo, [r.blob for r in refs]), strict=True):
        article = from_markdown(data.decode())
        stamp = ref.commit.fetched_at.strftime("%Y-%m-%d %H:%M")
        slug = f"{Path(ref.path).stem}-{ref.commit.sha[:10]}"
        (content / f"{slug}.md").write_text(
            f"Title: {article.title}\nDate: {stamp}\nSlug: {slug}\nCategory: synth\n\n"
            f"{article.body}\n")
    (folder / "pelicanconf.py").write_text(NAIVE_CONFIG)
    seconds, _ = timed(lambda: subprocess.run(
        [sys.executable, "-m", "pelican", "-s", "pelicanconf.py", "-o", "output", "-q"],
        cwd=folder, check=True, capture_output=True))
    return seconds, len(refs)


def file_counts(summary: str) -> str:
    """The files part of a build's summary line: written, unchanged, removed."""
    return summary.split(" in ")[0]


def timed(function):
    started = time.perf_counter()
    result = function()
    return time.perf_counter() - started, result


def history_read(repo: Path) -> int:
    histories = read_histories(repo, "archive/")
    refs = [ref for h in histories.values() for ref in h.versions]
    return sum(len(data) for _, data in read_blobs(repo, [r.blob for r in refs]))


def floor(repo: Path) -> None:
    subprocess.run(["git", "log", "--raw", "--no-abbrev", "--format=%H"], cwd=repo,
                   capture_output=True, check=True)
    subprocess.run(["git", "cat-file", "--batch-all-objects", "--batch"], cwd=repo,
                   capture_output=True, check=True)


def per_file_gitpython(repo: Path, files: int, sample: int = 20) -> float:
    handle = git.Repo(repo)
    started = time.perf_counter()
    for number in range(sample):
        path = article_file(number, files)
        for commit in handle.iter_commits(paths=path):
            commit.tree[path].data_stream.read()
    handle.close()
    return (time.perf_counter() - started) / sample * files


def diff_times(words: int, pairs: int = 5) -> tuple[float, float]:
    text = prose(words)
    ours = plain = 0.0
    for _ in range(pairs):
        old = text.paragraphs(words)
        new = text.edit(old, heavy=True)
        ours += timed(functools.partial(diff_paragraphs, old, new))[0]
        matcher = SequenceMatcher(None, " ".join(old).split(), " ".join(new).split(),
                                  autojunk=False)
        plain += timed(matcher.get_opcodes)[0]
    return ours / pairs * 1000, plain / pairs * 1000


#: The kinds of file the bytes breakdown names, in the order it prints them.
KINDS = ("history", "version", "diff", "card", "lists", "feeds", "search database",
         "search engine", "assets")


def kind_of(name: str, articles: set[str]) -> str:
    """Which kind of file a site path is, for the bytes breakdown.

    ``search/`` holds the search page and its SQLite database (grows with the archive);
    ``theme/search/`` the search page's script and sql.js with its WebAssembly (a fixed cost
    per site, like the other theme assets); ``card.png`` in a diff page's folder is its card.
    """
    parts = name.split("/")
    folder = "/".join(parts[:-1])
    if parts[0] == "search":
        return "search database"
    if parts[0] == "theme":
        return "search engine" if parts[1:2] == ["search"] else "assets"
    if parts[0] == "feeds" or parts[-1] == "sitemap.xml" or (
            parts[-1].endswith(".xml") and folder in articles):
        return "feeds"
    if folder in articles:
        return "history"
    parent = "/".join(parts[:-2])
    if parent in articles and parts[-2][1:].isdigit():
        return "version"
    if parent in articles and "-v" in parts[-2]:
        return "card" if parts[-1] == "card.png" else "diff"
    return "lists"


def site_bytes(site: Path) -> tuple[int, Counter, Counter]:
    """Total bytes, bytes by kind and files by kind of a built site."""
    files = [p for p in site.rglob("*") if p.is_file()]
    names = [p.relative_to(site).as_posix() for p in files]
    articles = {name.removesuffix("/feed.atom.xml") for name in names
                if name.endswith("/feed.atom.xml")}
    sizes, counts = Counter(), Counter()
    for path, name in zip(files, names, strict=True):
        kind = kind_of(name, articles)
        sizes[kind] += path.stat().st_size
        counts[kind] += 1
    return sum(sizes.values()), sizes, counts


def startup(args: list[str], runs: int = 7) -> float:
    """Best wall time of ``python ARGS`` over ``runs`` (the best is the least disturbed)."""
    best = float("inf")
    for _ in range(runs):
        seconds, _ = timed(lambda: subprocess.run([sys.executable, *args], check=True,
                                                  capture_output=True))
        best = min(best, seconds)
    return best


@dataclass
class Size:
    """The figures measured at one archive size."""

    articles: int
    folder: Path
    versions: int = 0
    cold_s: float = 0.0
    cold: str = ""
    pages: int = 0
    memory: TreeMemory | None = None
    again_s: float = 0.0
    again: str = ""
    one_s: list[float] = field(default_factory=list)
    one_cpu: list[float] = field(default_factory=list)
    one: str = ""
    oldest_s: float = 0.0
    oldest_cpu: float = 0.0
    oldest: str = ""
    round_s: float = 0.0
    round: str = ""
    total: int = 0
    sizes: Counter = field(default_factory=Counter)
    counts: Counter = field(default_factory=Counter)
    outside: list[float] = field(default_factory=list)  # profiled seconds outside search

    @property
    def one_median(self) -> float:
        return statistics.median(self.one_s)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.one_cpu)

    @property
    def repo(self) -> Path:
        return self.folder / "repo"

    @property
    def out(self) -> Path:
        return self.folder / "site"

    @property
    def cache(self) -> Path:
        return self.folder / "cache"


def outside_search(profile: Path) -> float:
    """Seconds of a profiled build spent on anything but updating the search index."""
    stats = pstats.Stats(str(profile))
    search = sum(cumulative for (_, _, name), (_, _, _, cumulative, _) in stats.stats.items()
                 if name == "_update_search")
    return stats.total_tt - search


def prepare(folder: Path, articles: int) -> Size:
    """Write an archive of ``articles``, build it cold, and again with nothing new."""
    size = Size(articles, folder)
    size.versions = synthetic_archive(size.repo, articles)
    size.cold_s, size.cold, size.memory = newsdiff_build(size.repo, size.out, size.cache)
    size.pages = sum(1 for _ in size.out.rglob("*.html"))
    size.total, size.sizes, size.counts = site_bytes(size.out)
    size.again_s, size.again, _ = newsdiff_build(size.repo, size.out, size.cache)
    return size


def one_change(size: Size, number: int, seed: int, profile: Path | None = None
               ) -> tuple[float, str, TreeMemory]:
    """Rebuild after article ``number`` changed."""
    edit_round(size.repo, size.articles, [number], seed=seed)
    return newsdiff_build(size.repo, size.out, size.cache, profile=profile)


def measure(sizes: list[Size], profiles: Path, runs: int = 5) -> None:
    """One-article rebuilds, the sizes taking turns so a busy machine weighs on both alike."""
    for run in range(runs):
        for size in sizes:
            newest = (size.articles - 1 - 6 * run) % size.articles
            seconds, size.one, memory = one_change(size, newest, 10 + run)
            size.one_s.append(seconds)
            size.one_cpu.append(memory.cpu)
    for run in range(3):  # profiled: how much is not the search index (i12-search's part)
        for size in sizes:
            profile = profiles / f"one-change-{size.articles}-{run}.prof"
            newest = (size.articles - 1 - 6 * (runs + run)) % size.articles
            one_change(size, newest, 30 + run, profile)
            size.outside.append(outside_search(profile))
    oldest: dict[int, list[tuple[float, float]]] = {size.articles: [] for size in sizes}
    for run in range(3):  # worst case: the oldest article (median of 3, taking turns too)
        for size in sizes:
            seconds, size.oldest, memory = one_change(size, 0, 40 + run)
            oldest[size.articles].append((seconds, memory.cpu))
    for size in sizes:
        size.oldest_s = statistics.median(s for s, _ in oldest[size.articles])
        size.oldest_cpu = statistics.median(c for _, c in oldest[size.articles])
    large = sizes[-1]
    edit_round(large.repo, large.articles, random.Random(3).sample(
        range(max(0, large.articles - 500), large.articles), min(100, large.articles)))
    large.round_s, large.round, _ = newsdiff_build(large.repo, large.out, large.cache)


def kb(value: float) -> str:
    return f"{value / 1000:.1f} KB"


def report(small: Size, large: Size, other: dict) -> None:
    name = "build.py --full-scale" if other["scale"] == "full scale" else "build.py"
    print(f"# bench/{name} — realistic archives over {DAYS} days: {large.articles} articles "
          f"({large.versions} versions) and {small.articles} ({small.versions} versions); "
          f"{other['scale']}")
    print()
    print(f"Text: {prose(0).what}.")
    print()
    print("| measure | value | baseline / target |")
    print("| --- | --- | --- |")
    per_version = large.total / large.versions
    fixed = large.sizes["search engine"] + large.sizes["assets"]
    marginal = (large.total - fixed) / large.versions
    print(f"| site bytes per version ({large.articles} articles, cold build, built as a fork "
          f"publishes it) | {kb(per_version)} ({large.total / 1e6:.1f} MB, "
          f"{sum(large.counts.values())} files) | target ≤ 20 KB; "
          f"{kb(marginal)} per version besides {fixed / 1e6:.2f} MB fixed per site, so 1 GB holds"
          f" {(1e9 - fixed) / marginal:,.0f} versions ({kb((fixed + 50_000 * marginal) / 50_000)}"
          " per version at 50,000) |")
    for kind in KINDS:
        fixed = (f"; a fixed cost per site: {large.sizes[kind] / 50_000:.0f} bytes per version "
                 "at 50,000 versions") if kind in ("search engine", "assets") else ""
        print(f"| … {kind} | {kb(large.sizes[kind] / large.versions)} per version "
              f"({large.sizes[kind] / 1e6:.2f} MB, {large.counts[kind]} files) | "
              f"{large.sizes[kind] / large.total:.0%} of the site{fixed} |")
    ratio = large.one_median / small.one_median
    print(f"| rebuild after one article changed (representative: one of the newest; median of "
          f"{len(small.one_s)}, the sizes taking turns), {small.articles} articles | "
          f"{small.one_median:.2f} s, CPU {small.cpu_median:.2f} s ({file_counts(small.one)})"
          f" | cold {small.cold_s:.1f} s → {small.one_median / small.cold_s:.2f}× |")
    print(f"| the same, {large.articles} articles (4×) | {large.one_median:.2f} s, CPU "
          f"{large.cpu_median:.2f} s ({file_counts(large.one)}) | {ratio:.2f}× the smaller, "
          f"CPU {large.cpu_median / small.cpu_median:.2f}× (target ≤ 1.5×); "
          f"{large.one_median / large.cold_s:.3f}× its cold build (target ≤ 0.1×) |")
    outside = [statistics.median(s.outside) for s in (small, large)]
    print(f"| … the same outside the search index update (cProfile of 3 more such rebuilds "
          f"each, median; profiled seconds) | {outside[0]:.2f} s and {outside[1]:.2f} s | "
          f"{outside[1] / outside[0]:.2f}× (target ≤ 1.5×); {outside[1] / large.cold_s:.3f}× "
          "the larger's cold build |")
    print(f"| rebuild after the oldest article changed (worst case; median of 3, the sizes "
          f"taking turns), {small.articles} articles"
          f" | {small.oldest_s:.2f} s, CPU {small.oldest_cpu:.2f} s ({file_counts(small.oldest)})"
          f" | {small.oldest_s / small.cold_s:.3f}× its cold build |")
    print(f"| the same, {large.articles} articles (4×) | {large.oldest_s:.2f} s, CPU "
          f"{large.oldest_cpu:.2f} s ({file_counts(large.oldest)}) | "
          f"{large.oldest_s / small.oldest_s:.2f}× the smaller, CPU "
          f"{large.oldest_cpu / small.oldest_cpu:.2f}× (target ≤ 1.5×); "
          f"{large.oldest_s / large.cold_s:.3f}× its cold build (target ≤ 0.1×) |")
    print(f"| `newsdiff --help` | {other['help']:.2f} s | bare `python -c pass` "
          f"{other['python']:.2f} s; imports {other['help'] - other['python']:.2f} s "
          f"(target ≤ 0.3 s) |")
    print(f"| start-up of `newsdiff build`: importing the CLI, Pelican and the plugin | "
          f"{other['build_imports']:.2f} s | {other['build_imports'] - other['python']:.2f} s "
          "over bare Python (target ≤ 0.3 s); the fetcher's libraries are not loaded |")
    print(f"| cold full build, {large.articles} articles | {large.cold_s:.1f} s, "
          f"{large.pages} pages, {large.pages / large.cold_s:.0f} pages/s "
          f"({file_counts(large.cold)}) | target ≤ 180 s at full scale |")
    print(f"| peak memory of the cold build (process tree) | "
          f"{large.memory.peak_total / 2**20:.0f} MB (largest process "
          f"{large.memory.peak_single / 2**20:.0f} MB) | target ≤ 1 GB |")
    print(f"| rebuild, no new commits (`newsdiff build` with nothing to do) | "
          f"{large.again_s:.1f} s ({file_counts(large.again)}) | target ≤ 10 s |")
    print(f"| rebuild after a round editing 100 of the 500 newest articles | "
          f"{large.round_s:.1f} s ({file_counts(large.round)}) | target ≤ 20 s |")
    print(f"| history read: one git log + one cat-file --batch | {other['read']:.2f} s | floor "
          f"{other['floor']:.2f} s → {other['read'] / other['floor']:.2f}× (target ≤ 1.5×) |")
    print(f"| per-file GitPython iter_commits, sampled and extrapolated | "
          f"{other['gitpython']:.0f} s | ours is {other['gitpython'] / other['read']:.0f}× "
          "faster (target ≥ 100×) |")
    for words, (ours, plain) in other["diffs"].items():
        target = "≤ 5 ms" if words < 5000 else "≤ 25 ms"
        print(f"| diff per pair, heavy edits, ~{words:,} words | {ours:.1f} ms | difflib on "
              f"all words {plain:.1f} ms (target {target}) |")
    naive_s, naive_versions = other["naive"]
    naive_full = naive_s / naive_versions * large.versions
    print(f"| naive: each version a stock Pelican page, {naive_versions} versions sampled | "
          f"{naive_s:.0f} s → {naive_full:.0f} s for {large.versions} (no diffs at all) | "
          f"ours cold {naive_full / large.cold_s:.1f}× faster, after one change "
          f"{naive_full / large.one_median:.0f}× |")
    print(f"| benchmark wall time | {other['wall']:.0f} s | |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2400,
                        help="articles of the larger archive (the smaller has a quarter)")
    parser.add_argument("--full-scale", action="store_true",
                        help="30,000 articles (~51,000 versions), the earlier benchmark's scale")
    parser.add_argument("--naive-articles", type=int, default=300,
                        help="articles of the archive built the naive way (extrapolated)")
    parser.add_argument("--profile", type=Path, default=None,
                        help="keep the cProfiles of a one-article rebuild in this folder")
    args = parser.parse_args()
    articles = 30_000 if args.full_scale else args.articles
    started = time.perf_counter()
    other = {"scale": "full scale" if args.full_scale else
             "default scale (`--full-scale`: 30,000 articles)"}
    other["python"] = startup(["-c", "pass"])
    other["help"] = startup(["-m", "newsdiff", "--help"])
    other["build_imports"] = startup(["-c", "import newsdiff.cli, newsdiff.build, "
                                      "newsdiff.pelican.generator, newsdiff.pelican.articles"])
    with tempfile.TemporaryDirectory() as tmp:
        profiles = args.profile or Path(tmp)
        profiles.mkdir(parents=True, exist_ok=True)
        small = prepare(Path(tmp) / "small", articles // 4)
        large = prepare(Path(tmp) / "large", articles)
        measure([small, large], profiles)
        repo = Path(tmp) / "large/repo"
        other["read"], _ = timed(lambda: history_read(repo))
        other["floor"], _ = timed(lambda: floor(repo))
        other["gitpython"] = per_file_gitpython(repo, articles)
        other["naive"] = naive_pelican(repo, Path(tmp) / "naive", args.naive_articles)
    other["diffs"] = {1500: diff_times(1500, pairs=20), 10_000: diff_times(10_000)}
    other["wall"] = time.perf_counter() - started
    report(small, large, other)


if __name__ == "__main__":
    main()
