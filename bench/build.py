"""Benchmark: reading history, diffing, cold and incremental site builds on a synthetic archive.

A synthetic archive is written with one `git fast-import`: N articles of ~1,000 words with
realistic edits (sentences reworded, paragraphs added and removed), V versions each, dated over
a year.  Reported, with the baselines named:

- history read (one `git log --raw` + one `git cat-file --batch`) vs the floor
  (`git log --raw` + `git cat-file --batch-all-objects --batch`), and vs per-file GitPython
  `iter_commits(paths=…)` sampled on 20 files and extrapolated;
- diff time per version pair with heavy edits at ~1,500 and ~10,000 words, beside plain
  difflib on all words;
- cold full build (`newsdiff build`: Pelican, plugin, search index): seconds, pages/second,
  peak memory of the whole process tree (the build and its workers, sampled);
- rebuild with no new commits, and after a round that edits 100 articles: seconds and the
  output files rewritten;
- the naive way as baseline: every version a Pelican content page, stock Pelican, sampled on
  a slice of the archive and extrapolated per version.

    .venv/bin/python bench/build.py [--articles 10000] [--versions 5]
"""

from __future__ import annotations

import argparse
import functools
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from difflib import SequenceMatcher
from pathlib import Path

import git

from newsdiff.article import Article, body_paragraphs, format_body, from_markdown, to_markdown
from newsdiff.diff import diff_paragraphs
from newsdiff.history import read_blobs, read_histories

WORDS = ("council harbour ferry budget school road bridge winter mayor residents vote plan "
         "island library storm power repair growers harvest price week month year said "
         "minister police court hospital river market station report").split()


def sentence(rng: random.Random, length: int = 14) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(length)).capitalize() + "."


def paragraphs(rng: random.Random, words: int) -> list[str]:
    count = max(1, words // 70)
    return [" ".join(sentence(rng) for _ in range(5)) for _ in range(count)]


def edit(rng: random.Random, paras: list[str], heavy: bool = False) -> list[str]:
    """Reword sentences, add and drop paragraphs: what newsrooms do."""
    paras = list(paras)
    for _ in range(12 if heavy else 2):
        index = rng.randrange(len(paras))
        sentences = paras[index].split(". ")
        sentences[rng.randrange(len(sentences))] = sentence(rng).rstrip(".")
        paras[index] = ". ".join(sentences)
    if rng.random() < 0.5 or heavy:
        paras.insert(rng.randrange(len(paras) + 1), " ".join(sentence(rng) for _ in range(4)))
    if len(paras) > 3 and (rng.random() < 0.3 or heavy):
        paras.pop(rng.randrange(len(paras)))
    return paras


def article_file(number: int) -> str:
    """Where article ``number`` lives: a hundred per folder, as dated archive paths spread them
    (one flat folder of 10,000 files makes every commit rewrite a 10,000-entry tree)."""
    return f"archive/synth/{number // 100:03d}/{number}.md"


def commit_stream(commits: list[tuple[int, int, str, bytes]], parent: str | None) -> bytes:
    """fast-import commands: one commit per (time, article number, message, file bytes)."""
    stream = []
    for mark, (when, number, message, text) in enumerate(commits, 1):
        data = message.encode() + b"\n"
        stream.append(b"commit refs/heads/main\nmark :%d\n" % mark)
        stream.append(b"author newsdiff <n@example.org> %d +0000\n" % when)
        stream.append(b"committer newsdiff <n@example.org> %d +0000\n" % when)
        stream.append(b"data %d\n%s\n" % (len(data), data))
        if mark == 1 and parent:
            stream.append(b"from %s\n" % parent.encode())
        stream.append(b"M 100644 inline %s\ndata %d\n%s\n"
                      % (article_file(number).encode(), len(text), text))
    return b"".join(stream)


def recent_articles(repo: Path, count: int) -> list[int]:
    """The ``count`` articles first seen last: the ones a real round finds edited."""
    log = subprocess.run(["git", "log", "--reverse", "--format=%s"], cwd=repo,
                         capture_output=True, text=True, check=True).stdout
    first_seen = [int(m) for m in re.findall(r"^synth: Story (\d+) \(version 1\)$", log,
                                             re.MULTILINE)]
    return first_seen[-count:]


def synthetic_archive(repo: Path, articles: int, versions: int, seed: int = 1) -> int:
    rng = random.Random(seed)
    start = 1_735_689_600  # 2025-01-01
    events = []
    for number in range(articles):
        paras = paragraphs(rng, 1000)
        when = start + rng.randrange(300 * 86400)
        for version in range(versions):
            events.append((when, number, version, list(paras)))
            paras = edit(rng, paras)
            when += rng.randrange(600, 5 * 86400)
    events.sort()
    commits = []
    for when, number, version, paras in events:
        text = to_markdown(Article(title=f"Story {number} (v{version + 1})",
                                   url=f"https://example.org/{number}.html", source="synth",
                                   body=format_body(paras))).encode()
        commits.append((when, number, f"synth: Story {number} (version {version + 1})", text))
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True)
    subprocess.run(["git", "fast-import", "--quiet"], cwd=repo,
                   input=commit_stream(commits, None), check=True)
    subprocess.run(["git", "checkout", "-q", "main"], cwd=repo, check=True)
    return len(events)


def edit_round(repo: Path, articles: int, edits: int, seed: int = 2,
               among: list[int] | None = None) -> None:
    """Commit one more version of ``edits`` articles drawn from ``among`` (default: all)."""
    rng = random.Random(seed)
    chosen = rng.sample(among if among is not None else range(articles), edits)
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, capture_output=True,
                          text=True, check=True).stdout.strip()
    when = int(subprocess.run(["git", "log", "-1", "--format=%at"], cwd=repo,
                              capture_output=True, text=True, check=True).stdout) + 86400
    commits = []
    for offset, number in enumerate(chosen):
        current = from_markdown((repo / article_file(number)).read_text())
        paras = edit(rng, [p.replace("\n", " ") for p in body_paragraphs(current.body)])
        text = to_markdown(Article(title=current.title + " (edited)", url=current.url,
                                   source="synth", body=format_body(paras))).encode()
        commits.append((when + offset * 60, number, f"synth: Story {number} (edited)", text))
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


def newsdiff_build(repo: Path, out: Path, cache: Path) -> tuple[float, str, TreeMemory]:
    """One ``newsdiff build`` run: seconds, its summary line, its memory."""
    memory = TreeMemory()
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "newsdiff", "build", "--archive",
                                str(repo / "archive"), "--output", str(out), "--cache",
                                str(cache)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    memory.watch(process)
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    memory.stop()
    if process.returncode:
        raise SystemExit(f"newsdiff build failed: {stderr.strip().splitlines()[-1:]}")
    return seconds, stdout.strip(), memory


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
            if int(Path(path).stem) < articles]
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
        for commit in handle.iter_commits(paths=article_file(number)):
            commit.tree[article_file(number)].data_stream.read()
    handle.close()
    return (time.perf_counter() - started) / sample * files


def diff_times(words: int, pairs: int = 5) -> tuple[float, float]:
    rng = random.Random(words)
    ours = plain = 0.0
    for _ in range(pairs):
        old = paragraphs(rng, words)
        new = edit(rng, old, heavy=True)
        ours += timed(functools.partial(diff_paragraphs, old, new))[0]
        matcher = SequenceMatcher(None, " ".join(old).split(), " ".join(new).split(),
                                  autojunk=False)
        plain += timed(matcher.get_opcodes)[0]
    return ours / pairs * 1000, plain / pairs * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--versions", type=int, default=5)
    parser.add_argument("--naive-articles", type=int, default=500,
                        help="articles of the archive built the naive way (extrapolated)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        repo, out, cache = Path(tmp) / "archive-repo", Path(tmp) / "site", Path(tmp) / "cache"
        write_s, total = timed(lambda: synthetic_archive(repo, args.articles, args.versions))
        read_s, _ = timed(lambda: history_read(repo))
        floor_s, _ = timed(lambda: floor(repo))
        naive_read_s = per_file_gitpython(repo, args.articles)
        d1500 = diff_times(1500, pairs=20)
        d10k = diff_times(10_000)
        cold_s, cold, memory = newsdiff_build(repo, out, cache)
        pages = sum(1 for _ in out.rglob("*.html"))
        again_s, again, _ = newsdiff_build(repo, out, cache)
        edit_round(repo, args.articles, 100, among=recent_articles(repo, 500))
        round_s, after_round, _ = newsdiff_build(repo, out, cache)
        edit_round(repo, args.articles, 100, seed=3)
        spread_s, after_spread, _ = newsdiff_build(repo, out, cache)
        naive_s, naive_versions = naive_pelican(repo, Path(tmp) / "naive", args.naive_articles)
    naive_full = naive_s / naive_versions * total
    print(f"# bench/build.py — {args.articles} articles × {args.versions} versions "
          f"({total} commits, ~1,000 words each)")
    print()
    print("| measure | value | baseline / target |")
    print("| --- | --- | --- |")
    print(f"| write the synthetic archive (git fast-import) | {write_s:.1f} s | |")
    print(f"| history read: one git log + one cat-file --batch | {read_s:.2f} s | floor "
          f"{floor_s:.2f} s → {read_s / floor_s:.2f}× (target ≤ 1.5×) |")
    print(f"| per-file GitPython iter_commits, sampled and extrapolated | {naive_read_s:.0f} s "
          f"| ours is {naive_read_s / read_s:.0f}× faster (target ≥ 100×) |")
    print(f"| diff per pair, heavy edits, ~1,500 words | {d1500[0]:.1f} ms | difflib on all "
          f"words {d1500[1]:.1f} ms (target ≤ 5 ms) |")
    print(f"| diff per pair, heavy edits, ~10,000 words | {d10k[0]:.1f} ms | difflib on all "
          f"words {d10k[1]:.1f} ms (target ≤ 25 ms) |")
    print(f"| cold full build | {cold_s:.0f} s, {pages} pages, {pages / cold_s:.0f} pages/s "
          f"({file_counts(cold)}) | target ≤ 180 s |")
    print(f"| peak memory of the cold build (process tree) | {memory.peak_total / 2**20:.0f} MB"
          f" (largest process {memory.peak_single / 2**20:.0f} MB) | target ≤ 1 GB |")
    print(f"| rebuild, no new commits | {again_s:.1f} s ({file_counts(again)}) | "
          "target ≤ 10 s |")
    print(f"| rebuild after a round editing 100 of the 500 newest articles | {round_s:.1f} s "
          f"({file_counts(after_round)}) | target ≤ 20 s |")
    print(f"| rebuild after a round editing 100 articles from anywhere in the year (worst case:"
          f" every search shard re-indexed) | {spread_s:.1f} s ({file_counts(after_spread)}) |"
          " |")
    print(f"| naive: each version a stock Pelican page, {naive_versions} versions "
          f"sampled | {naive_s:.0f} s → {naive_full:.0f} s for {total} (no diffs at all) | "
          f"ours cold {naive_full / cold_s:.1f}× faster, after a round "
          f"{naive_full / round_s:.0f}× |")


if __name__ == "__main__":
    main()
