"""Benchmark: the published site's bytes per version, by kind of page, on a realistic archive.

The realistic case (issue 12's): 20 days of news, most stories never changing, about 1.7
versions per article, about 1,200 words per version, edits as newsrooms make them (a few
sentences reworded, sometimes a paragraph added or dropped).  The worst case for bytes: every
article edited four times (five versions), heavily.  Target: ≤ 20 KB per version on the
realistic case; the baseline is main before issue 15's page design, measured by this script
on the same archives (35.8 KB per version representative, 45.7 worst; issue 12 measured 47 KB
on its own archive).

    .venv/bin/python bench/page_bytes.py [--articles 2400]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build import (
    KINDS,
    PUBLISHED,
    PUBLISHED_ENV,
    edit,
    labelled,
    new_repository,
    paragraphs,
    site_bytes,
)

from newsdiff.article import Article, format_body, to_markdown
from newsdiff.build import build_site

TARGET = 20_000
#: The baseline: KB per version by kind on main at 3772773 (before issue 15's page design),
#: measured with this script on the same archives (PYTHONPATH=<main>/src); Pagefind's index
#: then stood where the search database stands now.  Built unpublished and without labels
#: then: the figures now are of the published build (SITEURL, links to commits) with labels.
BEFORE = {
    "representative": {"diff": 16.1, "version": 10.3, "history": 6.3, "search database": 2.1,
                       "feeds": 0.4, "lists": 0.5, "total": 35.8},
    "worst": {"diff": 31.3, "version": 10.1, "history": 2.5, "search database": 0.9,
              "feeds": 0.4, "lists": 0.4, "total": 45.7},
}
#: versions per article in the realistic case: mean 1.7
REALISTIC = [1] * 55 + [2] * 25 + [3] * 12 + [4] * 5 + [5] * 3


def archive(repo: Path, articles: int, worst: bool, seed: int = 1) -> int:
    """A synthetic archive over 20 days; returns the number of versions."""
    rng = random.Random(seed)
    start = 1_767_225_600  # 2026-01-01
    events = []
    for number in range(articles):
        paras = paragraphs(rng, 1200)
        when = start + rng.randrange(20 * 86400)
        for version in range(5 if worst else rng.choice(REALISTIC)):
            events.append((when, number, version, list(paras)))
            paras = edit(rng, paras, heavy=worst)
            when += rng.randrange(600, 86400)
    events.sort()
    commits, last = [], {}
    for when, number, version, paras in events:
        new = Article(title=f"Story {number} about the harbour budget",
                      url=f"https://example.org/{number}.html", source="synth",
                      body=format_body(paras))
        commits.append((when, f"archive/synth/2026/01/story-{number}.md", labelled(
            f"synth: Story {number} (version {version + 1})",
                                               last.get(number), new),
                        to_markdown(new).encode()))
        last[number] = new
    new_repository(repo, commits)
    return len(events)


def measure(articles: int, worst: bool) -> tuple[int, Counter, Counter]:
    """Build the archive as a fork publishes it; its versions, bytes and files by kind."""
    with tempfile.TemporaryDirectory(prefix="page-bytes-") as tmp:
        repo = Path(tmp) / "repo"
        versions = archive(repo, articles, worst)
        out = Path(tmp) / "site"
        os.environ.update(PUBLISHED_ENV)
        build_site(repo / "archive", out, PUBLISHED, cache=Path(tmp) / "cache")
        _, sizes, counts = site_bytes(out)
        return versions, sizes, counts


def report(title: str, case: str, versions: int, sizes: Counter, counts: Counter) -> None:
    total = sum(sizes.values())
    before = BEFORE[case]
    print(f"\n## {title}: {versions} versions, {total / 1e6:.1f} MB, "
          f"{total / versions / 1000:.1f} KB per version\n")
    print("| kind | files | KB per version | before (main) |")
    print("| --- | ---: | ---: | ---: |")
    for name in KINDS:
        fixed = " (fixed per site)" if name in ("search engine", "assets") else ""
        print(f"| {name}{fixed} | {counts[name]} | {sizes[name] / versions / 1000:.1f} | "
              f"{before.get(name, 0):.1f} |")
    print(f"| **total** | {sum(counts.values())} | **{total / versions / 1000:.1f}** | "
          f"{before['total']:.1f} |")
    fixed = sizes["search engine"] + sizes["assets"]
    marginal = (total - fixed) / versions
    print(f"\nfixed per site (sql.js and its WebAssembly, CSS): {fixed / 1e6:.2f} MB; the rest "
          f"{marginal / 1000:.1f} KB per version, so 1 GB holds {(1e9 - fixed) / marginal:,.0f} "
          f"versions ({(fixed + 50_000 * marginal) / 50_000 / 1000:.1f} KB per version at 50,000)")
    print(f"\nratio to the baseline (main, {before['total']} KB per version): "
          f"{total / versions / 1000 / before['total']:.2f}; target ≤ {TARGET // 1000} KB: "
          f"{'met' if total / versions <= TARGET else 'NOT met'}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2400)
    args = parser.parse_args()
    print("# bench/page_bytes.py\n")
    print(f"Synthetic archives of {args.articles} articles over 20 days, ~1,200 words a "
          "version; the whole built site (pages, feeds, assets, search index) counted.")
    versions, sizes, counts = measure(args.articles, worst=False)
    report("Representative (≈1.7 versions per article, light edits)", "representative",
           versions, sizes, counts)
    versions, sizes, counts = measure(args.articles // 4, worst=True)
    report("Worst case (5 versions per article, heavy edits)", "worst", versions, sizes,
           counts)


if __name__ == "__main__":
    main()
