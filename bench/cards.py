"""What diff cards cost: bytes added to the site per version, and time per card.

Representative case: the 1,495 real versions of ../shared/data/histories (315 Swedish
articles, 2017) replayed through the rules; the changes the site deems notable
(``pelican.cards.is_notable``: headline, correction, stealth or quote labels, or half the
words rewritten) get a card, as a build would make them.  Worst case: every change notable
and every card full (long passages on both sides, all lines used).  Baseline: the same cards
drawn the obvious way, 1200×630 with an adaptive 16-colour palette and Pillow's ``optimize``.
Target: cards add well under the site's budget of 20 KB per version (≤ 5 KB).

    .venv/bin/python bench/cards.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import time
from pathlib import Path

from PIL import Image

import newsdiff.card as card_module
from newsdiff.article import Article, format_body, markdown_to_text
from newsdiff.card import describe, render_card
from newsdiff.diff import diff_paragraphs
from newsdiff.pelican.cards import NOTABLE_LABELS, REWRITE_SHARE
from newsdiff.validate import Judge, fingerprint

HERE = Path(__file__).resolve().parent
BUDGET = 20_000


def as_article(version: dict, url: str) -> Article:
    paragraphs = [p for p in version["body"].split("\n\n") if p.strip()]
    return Article(title=version["title"], url=url, source="se", byline=version["byline"],
                   body=format_body(paragraphs))


def notable(old: Article, new: Article, labels: tuple[str, ...]) -> bool:
    """pelican.cards.is_notable, on articles rather than the build's versions."""
    if "minor" in labels:
        return False
    if NOTABLE_LABELS & set(labels):
        return True
    result = diff_paragraphs([markdown_to_text(p) for p in old.paragraphs],
                             [markdown_to_text(p) for p in new.paragraphs])
    return result.words_added + result.words_removed >= REWRITE_SHARE * max(1, old.word_count)


def kept_changes(rows: list[dict]) -> tuple[int, list[tuple[Article, Article, tuple]]]:
    """Versions kept by the rules, and each kept change (old, new, labels)."""
    versions, changes = 0, []
    for row in rows:
        kept: list[Article] = []
        held = ""
        for raw in row["versions"]:
            article = as_article(raw, row["url"])
            decision = Judge(kept).decide(article, held=held)
            if decision.kind == "suspicious":
                held = fingerprint(article)
                continue
            held = ""
            if decision.kind == "version":
                if kept:
                    changes.append((kept[-1], article, decision.labels))
                kept.append(article)
                versions += 1
    return versions, changes


def baseline_png(change) -> bytes:
    """The obvious card: 1200×630, anti-aliased, adaptive 16 colours, optimize=True."""
    saved = (card_module.WIDTH, card_module.HEIGHT, card_module.MARGIN,
             card_module.TEXT_SIZE, card_module.SMALL_SIZE, card_module.FONT_MODE)
    card_module.WIDTH, card_module.HEIGHT, card_module.MARGIN = 1200, 630, 48
    card_module.TEXT_SIZE, card_module.SMALL_SIZE, card_module.FONT_MODE = 40, 30, "L"
    original = Image.Image.quantize

    def adaptive(self, colors=256, method=None, kmeans=0, palette=None, dither=None):
        return original(self, colors=16, method=Image.Quantize.MEDIANCUT,
                        dither=Image.Dither.NONE)

    Image.Image.quantize = adaptive
    try:
        rendered = render_card(change)
        image = Image.open(io.BytesIO(rendered)).convert("RGB")
        out = io.BytesIO()
        original(image, colors=16, method=Image.Quantize.MEDIANCUT,
                 dither=Image.Dither.NONE).save(out, format="PNG", optimize=True)
        return out.getvalue()
    finally:
        Image.Image.quantize = original
        (card_module.WIDTH, card_module.HEIGHT, card_module.MARGIN,
         card_module.TEXT_SIZE, card_module.SMALL_SIZE, card_module.FONT_MODE) = saved


def worst_changes(count: int) -> list:
    """Every change notable, every card full: long paragraphs rewritten on both sides."""
    words = ("Regeringen meddelade under tisdagen att utredningen om den framtida "
             "finansieringen av kollektivtrafiken i storstadsregionerna skjuts upp").split()
    found = []
    for n in range(count):
        old = " ".join(words[(i + n) % len(words)] for i in range(90))
        new = " ".join(words[(i * 7 + n) % len(words)] for i in range(90))
        a = Article(title=f"Utredning om kollektivtrafik skjuts upp {n}", url="u", source="se",
                    body=old)
        b = Article(title=f"Regeringen skjuter upp utredningen om kollektivtrafik {n}",
                    url="u", source="se", body=new)
        found.append(describe(a, b, "worstcase-source-name", (n + 1, n + 2),
                              ("headline", "lede", "numbers", "quote", "correction")))
        found.append(describe(Article(b.title, "u", "se", old), b, "worstcase-source-name",
                              (n + 2, n + 3), ("lede", "quote", "paragraph-added")))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    # ../shared/data beside the checkout (or beside the worktrees' folder)
    default = next((p for p in (HERE.parents[1] / "shared" / "data",
                                HERE.parents[2] / "shared" / "data") if p.is_dir()),
                   HERE.parents[1] / "shared" / "data")
    parser.add_argument("--data", type=Path, default=default)
    args = parser.parse_args()
    rows = [json.loads(line) for line in
            (args.data / "histories" / "newsdiffs_se_sample.jsonl").open(encoding="utf-8")]
    versions, changes = kept_changes(rows)
    chosen = [describe(old, new, "se", (1, 2), labels) for old, new, labels in changes
              if notable(old, new, labels)]
    chosen = [c for c in chosen if c is not None]
    started = time.perf_counter()
    sizes = [len(render_card(c)) for c in chosen]
    per_card_ms = (time.perf_counter() - started) / max(1, len(chosen)) * 1000
    base = [len(baseline_png(c)) for c in chosen[:40]]
    ours_same = sizes[:40]
    worst = worst_changes(20)
    started = time.perf_counter()
    worst_sizes = [len(render_card(c)) for c in worst]
    worst_ms = (time.perf_counter() - started) / len(worst) * 1000
    per_version = sum(sizes) / max(1, versions)
    changes_per_version = len(changes) / max(1, versions)
    largest = max(max(worst_sizes), max(sizes))  # the synthetic or the largest real card
    worst_per_version = largest * changes_per_version

    print(f"# bench/cards.py — diff cards ({card_module.WIDTH}×{card_module.HEIGHT}, "
          "4-bit palette PNG) on 1,495 real versions (2017)")
    print()
    print("| measure | value | baseline / target |")
    print("| --- | --- | --- |")
    print(f"| versions kept by the rules / changes / notable changes (cards) | {versions} / "
          f"{len(changes)} / {len(chosen)} | |")
    print(f"| card size, representative (real notable changes) | mean "
          f"{statistics.mean(sizes) / 1000:.1f} KB, max {max(sizes) / 1000:.1f} KB | |")
    print(f"| same 40 cards, obvious way (1200×630, anti-aliased, adaptive 16 colours, "
          f"optimize) | mean "
          f"{statistics.mean(base) / 1000:.1f} KB | ours {statistics.mean(ours_same) / 1000:.1f}"
          f" KB: {statistics.mean(base) / statistics.mean(ours_same):.1f}× smaller |")
    print(f"| **cards per version, representative** | {per_version / 1000:.2f} KB | "
          f"target ≤ 5 KB of the 20 KB budget ({per_version / BUDGET:.0%} of it) |")
    print(f"| card size, worst case (every line full, long labels) | max "
          f"{max(worst_sizes) / 1000:.1f} KB | |")
    met = "met" if worst_per_version <= 5000 else "NOT met"
    print(f"| **cards per version, worst case** (every change notable, each card as large as "
          f"the largest seen, {largest / 1000:.1f} KB; {changes_per_version:.2f} changes per "
          f"version) | {worst_per_version / 1000:.2f} KB | target ≤ 5 KB: {met} "
          f"({worst_per_version / BUDGET:.0%} of the budget) |")
    print(f"| time per card (render + PNG) | {per_card_ms:.0f} ms representative, "
          f"{worst_ms:.0f} ms worst | drawn only for notable diffs, only when the article "
          "changed |")


if __name__ == "__main__":
    main()
