"""Quality gate: extraction against real pages, beside the best open-source peers.

On ../shared/data/articles (136 real pages with ground-truth bodies), the benchmark's own
measure: precision and recall over 4-word shingles of lower-cased ``\\w+`` tokens per page,
averaged over pages, F1 of the averages, ± a bootstrap standard deviation.  Ours is the plain
text of the body newsdiff stores (Markdown syntax removed); the peers run in the same process
on the same pages: trafilatura (favor_precision, no comments) and readability-lxml.

On ../shared/data/news-pages, title, byline and date accuracy after normalising case,
whitespace, a site-name suffix, and dates to the day.

Fails (exit 1) when our F1 drops below the floor pinned in bench/extract-floor.txt.

    .venv/bin/python bench/extract.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
import time
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
FLOOR_FILE = HERE / "extract-floor.txt"
_TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = 4) -> set[tuple[str, ...]]:
    tokens = _TOKEN.findall(text.lower())
    return {tuple(tokens[i:i + size]) for i in range(max(0, len(tokens) - size + 1))}


def precision_recall(predicted: str, truth: str) -> tuple[float, float]:
    pred, true = shingles(predicted), shingles(truth)
    if not pred and not true:
        return 1.0, 1.0
    if not pred or not true:
        return (0.0 if pred or true else 1.0), (0.0 if true else 1.0)
    hits = len(pred & true)
    return hits / len(pred), hits / len(true)


def f1_of_means(pairs: list[tuple[float, float]]) -> tuple[float, float, float]:
    p = sum(x for x, _ in pairs) / len(pairs)
    r = sum(y for _, y in pairs) / len(pairs)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def bootstrap_std(pairs: list[tuple[float, float]], rounds: int = 200) -> float:
    rng = random.Random(0)
    scores = [f1_of_means([rng.choice(pairs) for _ in pairs])[2] for _ in range(rounds)]
    mean = sum(scores) / len(scores)
    return (sum((s - mean) ** 2 for s in scores) / len(scores)) ** 0.5


def ours(html: str, url: str) -> str:
    from newsdiff.article import body_paragraphs, markdown_to_text
    from newsdiff.extract import extract

    result = extract(html, url, "bench")
    if result is None:
        return ""
    return "\n".join(markdown_to_text(p) for p in body_paragraphs(result.article.body))


def trafilatura_text(html: str, url: str) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url, favor_precision=True,
                               include_comments=False) or ""


def readability_text(html: str, url: str) -> str:
    import lxml.html
    from readability import Document

    try:
        summary = Document(html).summary(html_partial=True)
        return lxml.html.fromstring(summary).text_content()
    except Exception:
        return ""


EXTRACTORS = {"newsdiff": ours, "trafilatura": trafilatura_text,
              "readability-lxml": readability_text}


def body_benchmark(folder: Path) -> dict[str, dict]:
    truth = json.loads((folder / "ground-truth.json").read_text())
    pages = {key: gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())
             .decode("utf-8", "replace") for key in truth}
    results = {}
    for name, function in EXTRACTORS.items():
        started = time.process_time()
        pairs = [precision_recall(function(pages[k], truth[k]["url"]),
                                  truth[k]["articleBody"]) for k in truth]
        p, r, f = f1_of_means(pairs)
        results[name] = {"precision": p, "recall": r, "f1": f, "std": bootstrap_std(pairs),
                         "ms_per_page": (time.process_time() - started) / len(pages) * 1000}
    return results


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").lower()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def _title_ok(found: str, expected: str) -> bool:
    found, expected = _norm(found), _norm(expected)
    return bool(expected) and (found == expected or found.startswith(expected)
                               or (expected.startswith(found) and len(found) > 10))


def _byline_ok(found: str, expected: str | list[str] | None) -> bool:
    if isinstance(expected, list):
        expected = "; ".join(expected)
    names = [_norm(n) for n in re.split(r";|,| and | und | y ", expected or "") if _norm(n)]
    return bool(found) and all(n in _norm(found) for n in names) if names else not found


def metadata_benchmark(folder: Path) -> dict[str, float]:
    from newsdiff.extract import extract

    cases = json.loads((folder / "evaldata_news.json").read_text())
    scores = {"title": [], "byline": [], "date": []}
    for url, case in cases.items():
        path = folder / "html" / case["file"]
        if not path.exists():
            continue
        raw = path.read_bytes()
        html = (gzip.decompress(raw) if path.name.endswith(".gz") else raw).decode("utf-8",
                                                                                  "replace")
        result = extract(html, url, "bench")
        article = result.article if result else None
        if case.get("title"):
            scores["title"].append(_title_ok(article.title if article else "", case["title"]))
        if case.get("author") is not None:
            scores["byline"].append(_byline_ok(article.byline if article else "",
                                               case["author"]))
        if case.get("date"):
            scores["date"].append(bool(article) and article.published[:10] == case["date"][:10])
    return {key: sum(values) / len(values) for key, values in scores.items() if values} | {
        f"{key}_n": len(values) for key, values in scores.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    args = parser.parse_args()
    bodies = body_benchmark(args.data / "articles")
    meta = metadata_benchmark(args.data / "news-pages")
    floor = float(FLOOR_FILE.read_text().split()[0]) if FLOOR_FILE.exists() else 0.0
    print("# bench/extract.py — extraction quality on real pages")
    print()
    print(f"Bodies: {len(json.loads((args.data / 'articles/ground-truth.json').read_text()))} "
          "pages of shared/data/articles; 4-word shingles, averaged over pages.")
    print()
    print("| extractor | precision | recall | F1 (± bootstrap std) | CPU ms/page |")
    print("| --- | --- | --- | --- | --- |")
    for name, r in bodies.items():
        print(f"| {name} | {r['precision']:.4f} | {r['recall']:.4f} | {r['f1']:.4f} "
              f"(± {r['std']:.3f}) | {r['ms_per_page']:.0f} |")
    best_peer = max(r["f1"] for n, r in bodies.items() if n != "newsdiff")
    ours_f1 = bodies["newsdiff"]["f1"]
    print()
    print(f"Ours vs the best peer: {ours_f1:.4f} vs {best_peer:.4f} "
          f"({ours_f1 / best_peer:.3f}×); target ≥ 0.970 and above both peers. "
          f"Pinned floor: {floor:.3f}.")
    print()
    print(f"Metadata: shared/data/news-pages ({meta.get('title_n', 0)} titles, "
          f"{meta.get('byline_n', 0)} bylines, {meta.get('date_n', 0)} dates).")
    print()
    print("| field | accuracy | target |")
    print("| --- | --- | --- |")
    for field, target in (("title", 0.90), ("byline", 0.80), ("date", 0.95)):
        print(f"| {field} | {meta.get(field, 0):.3f} | ≥ {target:.2f} |")
    if ours_f1 < floor:
        print(f"\nFAIL: F1 {ours_f1:.3f} is below the pinned floor {floor:.3f}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
