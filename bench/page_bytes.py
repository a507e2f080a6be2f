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
import random
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build import commit_stream, edit, paragraphs

from newsdiff.article import Article, format_body, to_markdown
from newsdiff.build import build_site

TARGET = 20_000
#: The baseline: KB per version by kind on main at 3772773 (before issue 15's page design),
#: measured with this script on the same archives (PYTHONPATH=<main>/src).
BEFORE = {
    "representative": {"diff pages": 16.1, "version pages": 10.3, "article pages": 6.3,
                       "pagefind (assets, search)": 2.1, "feeds, sitemap": 0.4,
                       "lists (front, days, labels, sources, stats, search)": 0.5,
                       "theme (assets, search)": 0.0, "total": 35.8},
    "worst": {"diff pages": 31.3, "version pages": 10.1, "article pages": 2.5,
              "pagefind (assets, search)": 0.9, "feeds, sitemap": 0.4,
              "lists (front, days, labels, sources, stats, search)": 0.4,
              "theme (assets, search)": 0.0, "total": 45.7},
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
    commits = [(when, number, f"synth: Story {number} (version {version + 1})",
                to_markdown(Article(title=f"Story {number} about the harbour budget",
                                    url=f"https://example.org/{number}.html", source="synth",
                                    body=format_body(paras))).encode())
               for when, number, version, paras in events]
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True)
    subprocess.run(["git", "fast-import", "--quiet"], cwd=repo,
                   input=commit_stream(commits, None), check=True)
    subprocess.run(["git", "checkout", "-q", "main"], cwd=repo, check=True)
    return len(events)


def kind(name: str) -> str:
    """What kind of page a site file is, from its path."""
    parts = name.split("/")
    if parts[0] in ("theme", "pagefind"):
        return parts[0] + " (assets, search)"
    if name.endswith(".xml") or name.endswith(".xsl"):
        return "feeds, sitemap"
    if parts[0] == "synth" and len(parts) >= 4:
        leaf = parts[-2]
        if leaf.startswith("v") and "-v" in leaf:
            return "diff pages"
        if leaf.startswith("v") and leaf[1:].isdigit():
            return "version pages"
        return "article pages"
    return "lists (front, days, labels, sources, stats, search)"


def measure(articles: int, worst: bool) -> tuple[int, Counter, Counter]:
    with tempfile.TemporaryDirectory(prefix="page-bytes-") as tmp:
        repo = Path(tmp) / "repo"
        versions = archive(repo, articles, worst)
        out = Path(tmp) / "site"
        build_site(repo / "archive", out, cache=Path(tmp) / "cache")
        sizes: Counter = Counter()
        counts: Counter = Counter()
        for path in out.rglob("*"):
            if path.is_file():
                name = path.relative_to(out).as_posix()
                sizes[kind(name)] += path.stat().st_size
                counts[kind(name)] += 1
        return versions, sizes, counts


def report(title: str, case: str, versions: int, sizes: Counter, counts: Counter) -> None:
    total = sum(sizes.values())
    before = BEFORE[case]
    print(f"\n## {title}: {versions} versions, {total / 1e6:.1f} MB, "
          f"{total / versions / 1000:.1f} KB per version\n")
    print("| kind | files | KB per version | before (main) |")
    print("| --- | ---: | ---: | ---: |")
    for name, size in sorted(sizes.items(), key=lambda item: -item[1]):
        print(f"| {name} | {counts[name]} | {size / versions / 1000:.1f} | "
              f"{before.get(name, 0):.1f} |")
    print(f"| **total** | {sum(counts.values())} | **{total / versions / 1000:.1f}** | "
          f"{before['total']:.1f} |")
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
