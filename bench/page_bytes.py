"""Benchmark: the published site's bytes per version, by kind of page, on a realistic archive.

The representative case (issue 12's): 20 days of news, most stories never changing, about
1.7 versions per article, about 1,200 words per version, edits as newsrooms make them (a few
sentences reworded, sometimes a paragraph added or dropped); the same again with the real
bodies' own lengths.  The worst case for bytes: every article edited four times (five
versions), heavily.  The text is real (bench/prose.py: sentences of ../shared/data/articles;
a 32-word vocabulary, said in the output, when ../shared is absent: it understated the search
database four times over).  Target: ≤ 20 KB per version on the representative case; the
baseline is main at dac2cb8, measured by this script on the same archives and text.

    .venv/bin/python bench/page_bytes.py [--articles 2400]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build import KINDS, PUBLISHED, PUBLISHED_ENV, labelled, new_repository, site_bytes
from prose import prose

from newsdiff.article import Article, format_body, to_markdown
from newsdiff.build import build_site

TARGET = 20_000
#: The baseline: KB per version by kind on main at dac2cb8 (before this text was real),
#: measured with this script, on the same archives and text (PYTHONPATH=<dac2cb8>/src).
BASELINE = "main at dac2cb8"
BEFORE = {
    "representative": {"history": 4.8, "version": 6.7, "diff": 3.3, "card": 1.4, "lists": 1.2,
                       "feeds": 1.1, "search database": 3.9, "search engine": 0.3,
                       "assets": 0.0, "total": 22.9},
    "real lengths": {"history": 3.7, "version": 4.4, "diff": 3.2, "card": 1.5, "lists": 1.2,
                     "feeds": 1.1, "search database": 2.4, "search engine": 0.3,
                     "assets": 0.0, "total": 17.9},
    "worst": {"history": 2.3, "version": 9.6, "diff": 14.8, "card": 4.3, "lists": 3.0,
              "feeds": 1.4, "search database": 3.0, "search engine": 0.5, "assets": 0.0,
              "total": 38.9},
}
#: versions per article in the realistic case: mean 1.7
REALISTIC = [1] * 55 + [2] * 25 + [3] * 12 + [4] * 5 + [5] * 3


def archive(repo: Path, articles: int, worst: bool, real_lengths: bool = False,
            seed: int = 1) -> tuple[int, Counter]:
    """A synthetic archive over 20 days; its number of versions and the labels of its
    changes."""
    text = prose(seed)
    rng = text.rng
    start = 1_767_225_600  # 2026-01-01
    events = []
    for number in range(articles):
        paras = text.paragraphs(text.length() if real_lengths else 1200)
        title = text.headline()
        when = start + rng.randrange(20 * 86400)
        for version in range(5 if worst else rng.choice(REALISTIC)):
            events.append((when, number, version, title, list(paras)))
            paras = text.edit(paras, heavy=worst)
            if rng.random() < 0.2:
                title = text.headline()
            when += rng.randrange(600, 86400)
    events.sort()
    commits, last, labels = [], {}, Counter()
    for when, number, version, title, paras in events:
        new = Article(title=title, url=f"https://example.org/{number}.html", source="synth",
                      body=format_body(paras))
        message = labelled(f"synth: {title} (version {version + 1})", last.get(number), new)
        labels.update(label.strip() for line in message.splitlines()
                      if line.startswith("Change:") for label in line[7:].split(","))
        labels["(changes)"] += version > 0
        commits.append((when, f"archive/synth/2026/01/story-{number}.md", message,
                        to_markdown(new).encode()))
        last[number] = new
    new_repository(repo, commits)
    return len(events), labels


def measure(articles: int, worst: bool, real_lengths: bool = False
            ) -> tuple[int, Counter, Counter, Counter]:
    """Build the archive as a fork publishes it; its versions, bytes and files by kind, and
    the labels of its changes."""
    with tempfile.TemporaryDirectory(prefix="page-bytes-") as tmp:
        repo = Path(tmp) / "repo"
        versions, labels = archive(repo, articles, worst, real_lengths)
        out = Path(tmp) / "site"
        os.environ.update(PUBLISHED_ENV)
        build_site(repo / "archive", out, PUBLISHED, cache=Path(tmp) / "cache")
        _, sizes, counts = site_bytes(out)
        return versions, sizes, counts, labels


#: Share of real changes with each label: bench/histories.py's 1,314 kept versions of 315
#: articles (999 changes, Swedish news, 2017), so the synthetic edits can be judged.
REAL_LABELS = {"numbers": 547, "headline": 352, "paragraph-added": 312,
               "paragraph-removed": 304, "quote": 130, "lede": 96}


def report(title: str, case: str, versions: int, sizes: Counter, counts: Counter,
           labels: Counter) -> None:
    total = sum(sizes.values())
    before = BEFORE.get(case, {})
    print(f"\n## {title}: {versions} versions, {total / 1e6:.1f} MB, "
          f"{total / versions / 1000:.1f} KB per version\n")
    print(f"| kind | files | KB per version | before ({BASELINE}) |")
    print("| --- | ---: | ---: | ---: |")
    for name in KINDS:
        fixed = " (fixed per site)" if name in ("search engine", "assets") else ""
        print(f"| {name}{fixed} | {counts[name]} | {sizes[name] / versions / 1000:.1f} | "
              f"{before.get(name, float('nan')):.1f} |")
    print(f"| **total** | {sum(counts.values())} | **{total / versions / 1000:.1f}** | "
          f"{before.get('total', float('nan')):.1f} |")
    fixed = sizes["search engine"] + sizes["assets"]
    marginal = (total - fixed) / versions
    print(f"\nfixed per site (sql.js and its WebAssembly, CSS): {fixed / 1e6:.2f} MB; the rest "
          f"{marginal / 1000:.1f} KB per version, so 1 GB holds {(1e9 - fixed) / marginal:,.0f} "
          f"versions ({(fixed + 50_000 * marginal) / 50_000 / 1000:.1f} KB per version at 50,000)")
    if before:
        print(f"\nratio to the baseline ({BASELINE}, {before['total']} KB per version): "
              f"{total / versions / 1000 / before['total']:.2f}", end="")
    print(f"; target ≤ {TARGET // 1000} KB: "
          f"{'met' if total / versions <= TARGET else 'NOT met'}")
    changes = labels.pop("(changes)") or 1
    print("\nchanges labelled (real 2017 edits in brackets): " + ", ".join(
        f"{name} {count / changes:.0%} ({REAL_LABELS[name] / 999:.0%})"
        for name, count in labels.most_common() if name in REAL_LABELS))


CASES = {
    "representative": ("Representative, issue 12's case (≈1.7 versions per article, ~1,200 "
                       "words, light edits)", 1, False, False),
    "real lengths": ("The same with the real bodies' own lengths (mean ~690 words)", 1,
                     False, True),
    "worst": ("Worst case (5 versions per article, heavy edits)", 4, True, False),
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2400)
    args = parser.parse_args()
    print("# bench/page_bytes.py\n")
    print(f"Synthetic archives of {args.articles} articles over 20 days (the worst case: a "
          f"quarter as many), built as a fork publishes it; the whole built site (pages, feeds, "
          f"cards, assets, search index) counted. Text: {prose(0).what}.")
    for case, (title, divisor, worst, real_lengths) in CASES.items():
        versions, sizes, counts, labels = measure(args.articles // divisor, worst,
                                                  real_lengths)
        report(title, case, versions, sizes, counts, labels)


if __name__ == "__main__":
    main()
