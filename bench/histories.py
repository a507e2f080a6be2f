"""Replay real histories through the validation and labelling rules.

../shared/data/histories/newsdiffs_se_sample.jsonl holds 315 Swedish articles with 1,495
versions recorded by a NewsDiffs-style archiver in 2017, noise included.  Each article's
versions are fed to newsdiff's rules in order, as if fetched one after another; the report
counts what is kept, dropped as boring, held as suspicious, labelled, and shows 20 dropped
pairs for inspection.  The baseline is the original archiver, which kept every one.

    .venv/bin/python bench/histories.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from dataclasses import replace
from pathlib import Path

from newsdiff.article import Article, format_body
from newsdiff.change import text_paragraphs
from newsdiff.validate import DATE_LINE, Judge, fingerprint, moved_on, wall

HERE = Path(__file__).resolve().parent


def as_article(version: dict, url: str) -> Article:
    paragraphs = [p for p in version["body"].split("\n\n") if p.strip()]
    return Article(title=version["title"], url=url, source="se", byline=version["byline"],
                   body=format_body(paragraphs))


def what_differs(old: Article, new: Article) -> str:
    """A one-line description of how two versions the rules call the same differ."""
    parts = []
    if old.title != new.title:
        parts.append(f"title “{old.title[:40]}” → “{new.title[:40]}”")
    if old.byline != new.byline:
        parts.append(f"byline “{old.byline[:30]}” → “{new.byline[:30]}”")
    if old.body != new.body:
        a, b = old.body.split(), new.body.split()
        changed = [f"“{x}”→“{y}”" for x, y in zip(a, b, strict=False) if x != y][:2]
        parts.append("body " + (", ".join(changed) if changed else "whitespace/layout only"))
    return "; ".join(parts) or "identical"


def replay(rows: list[dict]) -> tuple[Counter, Counter, list[str]]:
    totals: Counter = Counter()
    label_counts: Counter = Counter()
    dropped: list[str] = []
    for row in rows:
        kept: list[Article] = []
        held, moved = "", False
        for version in row["versions"]:
            article = as_article(version, row["url"])
            totals["versions"] += 1
            decision = Judge(kept).decide(article, held=held, held_moved=moved)
            moved = decision.moved
            if held and held != fingerprint(article) and not decision.confirms:
                totals["held then dropped"] += 1
            if decision.kind == "boring":
                totals["dropped as boring"] += 1
                if kept and DATE_LINE.match(kept[-1].title.strip()) and \
                        kept[-1].title != article.title:
                    totals["boring: only the rolling date line changed"] += 1
                dropped.append(f"{row['url'].split('/')[2]} v{len(kept)} vs next: "
                               f"{what_differs(kept[-1], article)}")
                held = ""
                continue
            if decision.kind == "refused":
                totals["refused as a wall (paywall, login or error page)"] += 1
                totals["refused as a wall: a first version"] += not kept
                held = ""
                continue
            if decision.kind == "suspicious":
                totals["held as suspicious"] += 1
                totals["held shrinks that moved on"] += decision.moved
                held = fingerprint(article)
                continue
            if decision.confirms:
                totals["held then confirmed"] += 1
            held = ""
            kept.append(article)
            totals["kept"] += 1
            label_counts.update(decision.labels)
            if decision.reverts_to is not None:
                totals["reverted to an earlier version"] += 1
            if "minor" in decision.labels:
                totals["labelled minor"] += 1
    return totals, label_counts, dropped


COOKIE = "We use cookies to give you the best experience on our website."
#: What a first fetch may hold besides the story: chrome and quotes that must not refuse it
#: (a story), and walls that must (a teaser).  Each turns a first version's paragraphs into
#: the text fetched.
FIRST_FETCHES = {
    "story + a leaked cookie line first": (False, lambda ps: [COOKIE, *ps]),
    "story + a leaked cookie line last": (False, lambda ps: [*ps, COOKIE]),
    "story quoting “something went wrong” midway": (False, lambda ps: [
        *ps[:len(ps) // 2], "Users saw only a message saying something went wrong.",
        *ps[len(ps) // 2:]]),
    "story quoting “access denied” midway": (False, lambda ps: [
        *ps[:len(ps) // 2], "Reporters were told access denied was the rule.",
        *ps[len(ps) // 2:]]),
    "teaser: 3 paragraphs + “Already a subscriber? Log in…”": (True, lambda ps: [
        *ps[:3], "Already a subscriber? Log in to keep reading."]),
    "teaser: half the story + “Redan prenumerant? Logga in”": (True, lambda ps: [
        *ps[:max(1, len(ps) // 2)], "Redan prenumerant? Logga in här."]),
}


def first_fetches(rows: list[dict]) -> list[tuple[str, bool, int, int]]:
    """Each kind of first fetch built from the real first versions of at least 40 words (the
    floor of a story): what it should be, how many are refused, out of how many."""
    firsts = [article for article in (as_article(row["versions"][0], row["url"])
                                      for row in rows) if article.word_count >= 40]
    results = []
    for name, (is_wall, build) in FIRST_FETCHES.items():
        refused = sum(bool(wall(None, replace(article, body=format_body(build(
            text_paragraphs(article)))))) for article in firsts)
        results.append((name, is_wall, refused, len(firsts)))
    return results


def cut(paragraphs: list[str], at: int, mid_word: bool) -> list[str]:
    """The paragraphs up to their ``at``-th word, as a truncated page would show them."""
    kept: list[str] = []
    for paragraph in paragraphs:
        words = paragraph.split()
        if at <= len(words):
            last = " ".join(words[:at])
            return [*kept, last[:-2] + "…" if mid_word else last]
        kept.append(paragraph)
        at -= len(words)
    return kept


def truncations(rows: list[dict], per_version: int = 5) -> tuple[int, int]:
    """Cuts of every real version of 20 words or more at random words (half of them
    mid-word, with an ellipsis): how many, and how many ``moved_on`` from the version (none
    may: a held shrink is confirmed by moving on only when it and the next fetch both do)."""
    rng = random.Random(3)
    cuts = moved = 0
    for row in rows:
        for version in row["versions"]:
            article = as_article(version, row["url"])
            paragraphs = text_paragraphs(article)
            words = sum(len(paragraph.split()) for paragraph in paragraphs)
            if words < 20:
                continue
            for _ in range(per_version):
                body = cut(paragraphs, rng.randrange(5, words), rng.random() < 0.5)
                cuts += 1
                moved += moved_on(article, replace(article, body=format_body(body)))
    return cuts, moved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    args = parser.parse_args()
    path = args.data / "histories" / "newsdiffs_se_sample.jsonl"
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    totals, label_counts, dropped = replay(rows)
    date_titles = sum(v["title_looks_like_date"] for r in rows for v in r["versions"])
    byline_moves = sum(1 for r in rows for a, b in zip(r["versions"], r["versions"][1:],
                                                       strict=False)
                       if a["byline"] and a["byline"] != b["byline"] and a["byline"] in b["body"])
    print(f"# bench/histories.py — {len(rows)} real articles, {totals['versions']} recorded "
          "versions (NewsDiffs-style archive, 2017)")
    print()
    print("| measure | count |")
    print("| --- | --- |")
    for key in ("versions", "kept", "dropped as boring",
                "boring: only the rolling date line changed",
                "refused as a wall (paywall, login or error page)",
                "refused as a wall: a first version", "held as suspicious",
                "held then confirmed", "held then dropped", "labelled minor",
                "reverted to an earlier version"):
        print(f"| {key} | {totals[key]} |")
    print()
    print("Labels on kept versions: " + ", ".join(f"{k} {v}" for k, v in
                                                    label_counts.most_common()) + ".")
    print()
    print(f"Noise named: {date_titles} recorded titles are a date line that rolls daily "
          "(“fredag 18 augusti 2017”): the original scraper took the page's date for its "
          f"headline; {byline_moves} version pairs move the byline into the body. The date "
          "lines are set aside by the rules (DATE_LINE); a moved byline is a real change of "
          "both fields and is kept, labelled byline.")
    print()
    briefs = sum(40 <= len(row["versions"][0]["body"].split()) <= 150 for row in rows)
    print("First fetches (nothing recorded to compare with), built from the real first "
          f"versions of 40 words or more ({briefs} of them briefs of 40–150 words): refused as "
          "a wall, against the rules before (a first fetch reading like a wall was held, and "
          "confirmed as version 1 by the next fetch: 0 refused).")
    print()
    print("| first fetch | should be | refused |")
    print("| --- | --- | --- |")
    for name, is_wall, refused, of in first_fetches(rows):
        print(f"| {name} | {'refused' if is_wall else 'version 1'} | {refused}/{of} |")
    print()
    cuts, moved = truncations(rows)
    print(f"Truncations: {cuts} cuts of the real versions at random words (half mid-word), "
          f"{moved} of them moved on from the version they cut (target 0: a held shrink is "
          "confirmed by the same text again, or by it and the next fetch both moving on, "
          "which a truncation at whatever point never does). Shrinks the real histories "
          "held that moved on (rewritten shorter, with sentences of their own): "
          f"{totals['held shrinks that moved on']} of {totals['held as suspicious']}.")
    print()
    print("20 dropped pairs, for inspection (seeded sample):")
    print()
    for line in random.Random(1).sample(dropped, min(20, len(dropped))):
        print(f"- {line}")


if __name__ == "__main__":
    main()
