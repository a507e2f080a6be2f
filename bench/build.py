"""Benchmark: reading history, diffing, and a cold site build on a synthetic archive.

A synthetic archive is written with one `git fast-import`: N articles of ~1,000 words with
realistic edits (sentences reworded, paragraphs added and removed), V versions each, dated over
a year.  Reported, with the baselines named:

- history read (one `git log --raw` + one `git cat-file --batch`) vs the floor
  (`git log --raw` + `git cat-file --batch-all-objects --batch`), and vs per-file GitPython
  `iter_commits(paths=…)` sampled on 20 files and extrapolated;
- diff time per version pair with heavy edits at ~1,500 and ~10,000 words, beside plain
  difflib on all words;
- cold full build (Pelican + plugin + search index): seconds, pages/second, peak memory.

Incremental builds are not implemented yet (issue 5); this measures where they start from.

    .venv/bin/python bench/build.py [--articles 2000] [--versions 5]
"""

from __future__ import annotations

import argparse
import functools
import random
import resource
import subprocess
import sys
import tempfile
import time
from difflib import SequenceMatcher
from pathlib import Path

import git

from newsdiff.article import Article, format_body, to_markdown
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
    stream = []
    for mark, (when, number, version, paras) in enumerate(events, 1):
        text = to_markdown(Article(title=f"Story {number} (v{version + 1})",
                                   url=f"https://example.org/{number}.html", source="synth",
                                   body=format_body(paras))).encode()
        message = f"synth: Story {number} (version {version + 1})\n".encode()
        stream.append(b"commit refs/heads/main\nmark :%d\n" % mark)
        stream.append(b"author newsdiff <n@example.org> %d +0000\n" % when)
        stream.append(b"committer newsdiff <n@example.org> %d +0000\n" % when)
        stream.append(b"data %d\n%s\n" % (len(message), message))
        stream.append(b"M 100644 inline archive/synth/%d.md\ndata %d\n%s\n"
                      % (number, len(text), text))
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True)
    subprocess.run(["git", "fast-import", "--quiet"], cwd=repo, input=b"".join(stream),
                   check=True)
    subprocess.run(["git", "checkout", "-q", "main"], cwd=repo, check=True)
    return len(events)


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
        for commit in handle.iter_commits(paths=f"archive/synth/{number}.md"):
            commit.tree[f"archive/synth/{number}.md"].data_stream.read()
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
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--versions", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        repo = Path(tmp) / "archive-repo"
        write_s, total = timed(lambda: synthetic_archive(repo, args.articles, args.versions))
        read_s, _ = timed(lambda: history_read(repo))
        floor_s, _ = timed(lambda: floor(repo))
        naive_s = per_file_gitpython(repo, args.articles)
        d1500 = diff_times(1500)
        d10k = diff_times(10_000)
        out = Path(tmp) / "site"
        build_s, result = timed(lambda: subprocess.run(
            [sys.executable, "-m", "newsdiff", "build", "--archive", str(repo / "archive"),
             "--output", str(out), "--cache", str(Path(tmp) / "cache")],
            capture_output=True, text=True, check=True))
        print(result.stdout)
        pages = sum(1 for _ in out.rglob("*.html"))
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"# bench/build.py — {args.articles} articles × {args.versions} versions "
          f"({total} commits, ~1,000 words each)")
    print()
    print("| measure | value | baseline / target |")
    print("| --- | --- | --- |")
    print(f"| write the synthetic archive (git fast-import) | {write_s:.1f} s | |")
    print(f"| history read: one git log + one cat-file --batch | {read_s:.2f} s | floor "
          f"{floor_s:.2f} s → {read_s / floor_s:.2f}× (target ≤ 1.5×) |")
    print(f"| per-file GitPython iter_commits, sampled and extrapolated | {naive_s:.0f} s | "
          f"ours is {naive_s / read_s:.0f}× faster (target ≥ 100×) |")
    print(f"| diff per pair, heavy edits, ~1,500 words | {d1500[0]:.1f} ms | difflib on all "
          f"words {d1500[1]:.1f} ms (target ≤ 5 ms) |")
    print(f"| diff per pair, heavy edits, ~10,000 words | {d10k[0]:.1f} ms | difflib on all "
          f"words {d10k[1]:.1f} ms (target ≤ 25 ms) |")
    print(f"| cold full build (Pelican, plugin, search index) | {build_s:.0f} s, {pages} pages,"
          f" {pages / build_s:.0f} pages/s | |")
    print(f"| peak memory of the build | {peak:.0f} MB | target ≤ 1 GB |")
    print("| incremental rebuild | not implemented yet (issue 5) | ≤ 10 s / ≤ 20 s |")
    del result


if __name__ == "__main__":
    main()
