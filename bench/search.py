"""Benchmark: the search index at 100,000 articles: a round's update, and what a query reads.

Synthetic, and said so: search rows (what ``pelican/search.py`` computes from an article's
versions) are written directly, without a git archive or a Pelican build.  Their text is real
English: sentences drawn from the 136 article bodies of ../shared/data/articles, with a
long tail of rare names and numbers (Heaps' law: a large archive keeps meeting new words).
~1,200 words of latest text per article; 40% of articles changed (an earlier headline for a
quarter, removed and added sentences); 100 new articles a day, so 100,000 span 1,000 days;
20 sources, one of them rare (0.5% of articles).

Reported, with baselines named:

- bytes of the published database per article (and of the mirror kept in the build cache);
- the index update after a round of 100 changed articles (its own process: seconds and peak
  memory), representative (60 new articles and 40 edits of the newest 1,000) and worst case
  (100 edits of articles from anywhere in the archive: rows deleted all over the file);
- bytes one query reads in Chromium (Playwright, the real search page script and the
  vendored sql.js-httpvfs; counted at a range-capable server on 127.0.0.1), each on a fresh
  page: a representative word, the most common word (worst), the most common word filtered to
  the rare source (worst for skipping), a removed quote; after the fresh build and again after
  30 rounds of updates (more FTS5 segments to look in);
- baseline: Pagefind (the index before), one bundle per month: any edit re-indexes the whole
  month's bundle, so its cost is measured for one bundle of 3,000 articles (a month at 100 a
  day) and 10,000, with its bytes per article and the bytes of its one-word query.

    .venv/bin/python bench/search.py [--articles 100000] [--pagefind 3000,10000]
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the range-capable test server
sys.path.insert(0, str(ROOT / "bench"))  # the shared text

from prose import Prose as Text  # noqa: E402

from newsdiff.searchdb import PAGE_SIZE, SearchIndex, SearchRow, iso  # noqa: E402

DAY = 86400
START = 1_700_000_000
SOURCES = [f"source{n:02d}" for n in range(19)] + ["rarepaper"]
LABELS = ["headline", "numbers", "quote", "paragraph-added", "minor", "correction"]


def make_row(text: Text, number: int, first: int, last: int, changed: bool) -> SearchRow:
    rng = text.rng
    source = "rarepaper" if rng.random() < 0.005 else SOURCES[min(int(rng.expovariate(0.25)), 18)]
    body = text.sentences_of(1200)
    removed = [text.sentence() for _ in range(rng.randint(1, 4))] if changed else []
    added = [body[rng.randrange(len(body))] for _ in range(rng.randint(1, 4))] if changed else []
    old_title = text.sentence()[:90] if changed and rng.random() < 0.6 else ""
    labels = tuple(sorted(rng.sample(LABELS, rng.randint(1, 2)))) if changed else ()
    return SearchRow(slug=f"{source}/{number // 1000}/{number}", source=source,
                     title=text.sentence()[:90], first_seen=iso_at(first),
                     last_changed=iso_at(last),
                     versions=rng.randint(2, 4) if changed else 1, labels=labels,
                     headlines=old_title, body="\n".join(["By A. Writer", *body]),
                     removed="\n".join(removed), added="\n".join(added))


def iso_at(second: int) -> str:
    from datetime import UTC, datetime
    return iso(datetime.fromtimestamp(second, UTC))


def archive_rows(count: int, seed: int = 1) -> dict[str, SearchRow]:
    """``count`` articles, 100 first seen a day; 40% changed within the following days."""
    text = Text(seed)
    rows = {}
    for number in range(count):
        first = START + number * (DAY // 100) + text.rng.randrange(600)
        changed = text.rng.random() < 0.4
        last = first + text.rng.randrange(600, 3 * DAY) if changed else first
        row = make_row(text, number, first, last, changed)
        rows[row.slug] = row
    return rows


# -- the index update, in its own process ------------------------------------------------------

def update_child(work: Path) -> None:
    """Run one update from ``work/round.pickle``; print seconds and peak memory as JSON."""
    seconds, rows, gone = pickle.loads((work / "round.pickle").read_bytes())
    started = time.perf_counter()
    index = SearchIndex(work / "site/search", work / "cache/search-rows.sqlite3")
    index.update(seconds, rows, gone)
    index.close()
    elapsed = time.perf_counter() - started
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss across exec from the forking parent.
    status = Path("/proc/self/status").read_text()
    peak = int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) * 1024
    print(json.dumps({"seconds": elapsed, "peak": peak}))


def run_update(work: Path, seconds: dict[str, int], rows: dict[str, SearchRow],
               gone: set[str] | None = None) -> dict:
    """One update as a build makes it: ``seconds`` of the articles it looked at (every one
    when ``gone`` is None, as in a first build), ``rows`` of those it rendered."""
    (work / "round.pickle").write_bytes(pickle.dumps((seconds, rows, gone)))
    done = subprocess.run([sys.executable, __file__, "--child", str(work)], capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def a_round(text: Text, rows: dict[str, SearchRow], now: int, new: int,
            edits: list[str]) -> dict[str, SearchRow]:
    """A round's rows: ``new`` articles first seen now, and new versions of ``edits``."""
    changed = {}
    for offset in range(new):
        number = len(rows) + offset
        row = make_row(text, number, now + offset, now + offset, False)
        changed[row.slug] = row
    for offset, slug in enumerate(edits):
        old = rows[slug]
        body = old.body.split("\n")
        removed = body.pop(text.rng.randrange(1, len(body)))
        added = text.sentence()
        body.insert(text.rng.randrange(1, len(body) + 1), added)
        changed[slug] = SearchRow(**{**old.__dict__, "last_changed": iso_at(now + new + offset),
                                     "versions": old.versions + 1, "body": "\n".join(body),
                                     "removed": "\n".join(filter(None, [old.removed, removed])),
                                     "added": "\n".join(filter(None, [old.added, added]))})
    return changed


def apply_round(rows: dict[str, SearchRow], changed: dict[str, SearchRow]) -> dict[str, int]:
    """The round's articles and their seconds, as a build hands them to the index."""
    rows.update(changed)
    return {slug: row.second for slug, row in changed.items()}


# -- queries in Chromium -----------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Search</title></head>
<body><form id="search-form" data-root=".." data-database="search/{database}"
 data-page-size="{page_size}">
<input id="search-q" name="q"><select id="search-where" name="where">
<option value="all">all</option><option value="removed">removed</option>
<option value="latest">latest</option></select>
<select id="search-source" name="source"><option value="">any</option>
<option value="rarepaper">rarepaper</option></select>
<select id="search-label" name="label"><option value="">any</option></select>
<button type="submit">Search</button></form><p id="search-status"></p>
<ol id="search-results"></ol><button id="search-more" hidden>More</button>
<script src="../theme/search/sql.js-httpvfs/index.js"></script>
<script src="../theme/search/search.js"></script></body></html>"""


def latest_pages(site: Path, rows: dict[str, SearchRow], words: str) -> int:
    """Write the latest page (as the site lays it out: title, byline, text) of every article
    whose latest text holds all of ``words``, the candidates the search page checks a phrase
    against; the number written."""
    import html
    wanted = set(re.findall(r"\w+", words.lower()))
    written = 0
    for row in rows.values():
        text = f"{row.title} {row.body}".lower()
        if all(word in text for word in wanted) and \
                wanted <= set(re.findall(r"\w+", text)):
            folder = site / row.slug / (f"v{row.versions}" if row.versions > 1 else "")
            folder.mkdir(parents=True, exist_ok=True)
            lines = row.body.split("\n")
            body = "".join(f"<p>{html.escape(line)}</p>\n" for line in lines[1:])
            (folder / "index.html").write_text(
                f"<!DOCTYPE html><html><body><h1>{html.escape(row.title)}</h1><p class=byline>"
                f"{html.escape(lines[0])}</p><div class=body>{body}</div></body></html>")
            written += 1
    return written


def query_bytes(site: Path, queries: dict[str, dict]
                ) -> dict[str, tuple[int, int, int, str, int, int]]:
    """Per query: (database bytes, requests, library bytes, status, bytes and number of the
    article pages read to check a phrase), each on a fresh page."""
    from playwright.sync_api import sync_playwright
    from rangeserver import serve

    [database] = sorted((site / "search").glob("*.db"))
    page_size = sqlite3.connect(database).execute("PRAGMA page_size").fetchone()[0]
    (site / "search/index.html").write_text(PAGE.format(database=database.name,
                                                         page_size=page_size))
    shutil.copytree(ROOT / "theme/static/search", site / "theme/search", dirs_exist_ok=True)
    server = serve(site)
    base = f"http://127.0.0.1:{server.server_address[1]}/search/"
    found = {}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium",
                                                 args=["--no-sandbox", "--disable-gpu"])
            for name, query in queries.items():
                before = len(server.sent)
                page = browser.new_page()
                page.goto(base)
                page.fill("#search-q", query["q"])
                page.select_option("#search-where", query.get("where", "all"))
                page.select_option("#search-source", query.get("source", ""))
                page.click("button[type=submit]")
                page.wait_for_function("!document.getElementById('search-status')"
                                       ".textContent.endsWith('…')", timeout=120_000)
                status = page.inner_text("#search-status")
                assert "failed" not in status, status
                page.close()
                sent = server.sent[before:]
                db = [size for path, _, size in sent if path.endswith(".db")]
                library = sum(size for path, _, size in sent if "/sql.js-httpvfs/" in path)
                # A phrase of the latest text is checked on each candidate's latest page.
                pages = [size for path, _, size in sent
                         if path.endswith("/") and not path.startswith("/search/")]
                found[name] = (sum(db), len(db), library, status, sum(pages), len(pages))
            browser.close()
    finally:
        server.shutdown()
    return found


# -- Pagefind, the baseline --------------------------------------------------------------------

def pagefind_baseline(count: int, work: Path) -> dict | None:
    """Index ``count`` record pages (one month's bundle) with Pagefind as the site did."""
    import html
    try:
        import pagefind  # noqa: F401
    except ImportError:
        return None
    records = work / f"pagefind-{count}"
    for slug, row in archive_rows(count, seed=7).items():
        page = records / slug / "index.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        body = "".join(f"<p>{html.escape(p)}</p>" for p in row.body.split("\n"))
        page.write_text(f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>'
                        f'{html.escape(row.title)}</title></head><body data-pagefind-body>'
                        f'<h1>{html.escape(row.title)}</h1>{body}</body></html>')
    bundle = work / f"bundle-{count}"
    wrapper = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
               "subprocess.run(sys.argv[1:], check=True, capture_output=True); "
               "print(time.perf_counter() - t, "
               "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024)")
    out = subprocess.run([sys.executable, "-c", wrapper, sys.executable, "-m", "pagefind",
                          "--site", str(records), "--output-path", str(bundle)],
                         capture_output=True, text=True, check=True).stdout.split()
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file())
    shutil.rmtree(records)
    return {"seconds": float(out[0]), "peak": int(out[1]), "bytes": size, "bundle": bundle}


def pagefind_query_bytes(bundle: Path, word: str) -> int:
    """Bytes Pagefind's own API reads for a one-word query showing 20 results, fresh page."""
    from playwright.sync_api import sync_playwright
    from rangeserver import serve

    site = bundle.parent / "pagefind-site"
    shutil.copytree(bundle, site / "pagefind", dirs_exist_ok=True)
    (site / "index.html").write_text(
        "<!DOCTYPE html><html><body><p id=done></p><script type=module>"
        "const pf = await import('/pagefind/pagefind.js'); await pf.init();"
        f"const r = await pf.search({json.dumps(word)});"
        "await Promise.all(r.results.slice(0, 20).map(x => x.data()));"
        "document.getElementById('done').textContent = 'done ' + r.results.length;"
        "</script></body></html>")
    server = serve(site)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium",
                                                 args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page()
            before = len(server.sent)
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/")
            page.wait_for_function("document.getElementById('done').textContent", timeout=120_000)
            sent = server.sent[before:]
            browser.close()
    finally:
        server.shutdown()
    return sum(size for path, _, size in sent
               if "/pagefind/" in path and not path.endswith((".js", ".css", ".wasm")))


# -- the report --------------------------------------------------------------------------------

def kb(size: float) -> str:
    return f"{size / 1024:,.0f} KB"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--pagefind", default="3000,10000")
    parser.add_argument("--page-size", type=int, default=PAGE_SIZE)
    parser.add_argument("--child", default=None)
    args = parser.parse_args()
    if args.child:
        update_child(Path(args.child))
        return
    work = Path(tempfile.mkdtemp(prefix="newsdiff-bench-search-"))
    try:
        report(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def report(args: argparse.Namespace, work: Path) -> None:
    count = args.articles
    started = time.perf_counter()
    rows = archive_rows(count)
    make_s = time.perf_counter() - started
    seconds = {slug: row.second for slug, row in rows.items()}
    started = time.perf_counter()
    index = SearchIndex(work / "site/search", work / "cache/search-rows.sqlite3",
                        page_size=args.page_size)
    index.update(seconds, rows)
    index.close()
    cold_s = time.perf_counter() - started
    database = next((work / "site/search").glob("*.db"))
    db_size = database.stat().st_size
    mirror_size = (work / "cache/search-rows.sqlite3").stat().st_size
    words = sum(len(r.body.split()) for r in list(rows.values())[:1000]) / 1000

    # Words to ask for: one in ~2% of articles (representative), and the commonest (worst).
    sample = list(rows.values())[:2000]
    document_frequency: dict[str, int] = {}
    for row in sample:
        for word in set(re.findall(r"[a-z]{4,}", row.body.lower())):
            document_frequency[word] = document_frequency.get(word, 0) + 1
    typical = min(document_frequency, key=lambda w: (abs(document_frequency[w] - 40), w))
    # Six words each, without double quotes (the page reads those as the phrase's ends).
    quote = " ".join(next(r for r in reversed(sample) if r.removed).removed.split("\n")[0]
                     .replace('"', "").split()[:6])
    latest_quote = " ".join(sample[-1].body.split("\n")[5].replace('"', "").split()[:6])
    queries = {
        f"one word in ~2% of articles (“{typical}”), representative": {"q": typical},
        "the commonest word (“the”), worst case": {"q": "the"},
        "“the” in the rare source (0.5% of articles), worst case for filters":
            {"q": "the", "source": "rarepaper"},
        "a removed quote (6 words, in removed passages)": {"q": f'"{quote}"', "where": "removed"},
        "the same quote searching everything (each result says where it matched)":
            {"q": f'"{quote}"'},
        "a quote of the latest text (6 words)": {"q": f'"{latest_quote}"', "where": "latest"},
    }
    latest_pages(work / "site", rows, latest_quote)
    fresh = query_bytes(work / "site", queries)

    text = Text(seed=3)
    now = max(seconds.values()) + DAY
    newest = sorted(rows, key=lambda s: rows[s].second)[-1000:]
    representative = a_round(text, rows, now, 60, text.rng.sample(newest, 40))
    rep = run_update(work, apply_round(rows, representative), representative, set())
    spread = a_round(text, rows, now + DAY, 0, text.rng.sample(sorted(rows), 100))
    worst = run_update(work, apply_round(rows, spread), spread, set())
    later = []
    for number in range(args.rounds):
        newest = sorted(rows, key=lambda s: rows[s].second)[-1000:]
        changed = a_round(text, rows, now + (2 + number) * DAY, 60, text.rng.sample(newest, 40))
        later.append(run_update(work, apply_round(rows, changed), changed, set()))
    database = next((work / "site/search").glob("*.db"))
    after = query_bytes(work / "site", {k: v for k, v in queries.items() if "worst" in k})
    after_size = database.stat().st_size

    baselines = {}
    for size in [int(n) for n in args.pagefind.split(",") if n]:
        baselines[size] = pagefind_baseline(size, work)
        if baselines[size]:
            baselines[size]["query"] = pagefind_query_bytes(baselines[size]["bundle"], typical)

    print(f"# bench/search.py — {count:,} articles, ~{words:,.0f} words of latest text each "
          f"(synthetic rows: real sentences, rare names; generated in {make_s:.0f} s); "
          f"page size {args.page_size}")
    print()
    print("| measure | value | baseline / target |")
    print("| --- | --- | --- |")
    print(f"| build the index from scratch (a full build) | {cold_s:.0f} s | |")
    pagefind_bytes = next((b["bytes"] / n for n, b in baselines.items() if b), None)
    versus = (f"Pagefind {kb(pagefind_bytes)} per article (ours "
              f"{db_size / count / pagefind_bytes:.2f}×)") if pagefind_bytes else ""
    print(f"| published database per article | {db_size / count / 1024:.2f} KB "
          f"({db_size / 2**20:.0f} MB) | {versus} |")
    print(f"| … after {args.rounds + 2} rounds of updates in place | "
          f"{after_size / count / 1024:.2f} KB | |")
    print(f"| mirror in the build cache per article (not published) | "
          f"{mirror_size / count / 1024:.2f} KB | |")
    pagefind_month = baselines.get(3000)
    for label, result in (("update after a round: 60 new + 40 edits of the newest 1,000 "
                           "(representative)", rep),
                          ("update after a round: 100 edits spread over all 1,000 days "
                           "(worst case)", worst)):
        month = (f"; Pagefind re-indexes a month's bundle (3,000 articles) for any edit in it: "
                 f"{pagefind_month['seconds']:.1f} s, {pagefind_month['peak'] / 2**20:.0f} MB "
                 f"→ ours {pagefind_month['seconds'] / result['seconds']:.0f}× faster, "
                 f"{pagefind_month['peak'] / result['peak']:.0f}× less memory"
                 ) if pagefind_month else ""
        print(f"| {label} | {result['seconds']:.2f} s, peak {result['peak'] / 2**20:.0f} MB | "
              f"target ≤ 10 s, ≤ 500 MB{month} |")
    times = sorted(r["seconds"] for r in later)
    if times:
        print(f"| {args.rounds} more representative rounds: median, slowest | "
              f"{times[len(times) // 2]:.2f} s, {times[-1]:.2f} s; peak "
              f"{max(r['peak'] for r in later) / 2**20:.0f} MB | |")
    library = next(iter(fresh.values()))[2]
    for number, (name, (size, requests, _, status, pages, read)) in enumerate(fresh.items()):
        versus = (f"; Pagefind at 3,000 articles {kb(pagefind_month['query'])} (ours "
                  f"{size / pagefind_month['query']:.2f}×)") if pagefind_month and not number \
            else ""
        checked = (f" + {kb(pages)} in {read} latest pages read to check the phrase (the "
                   f"latest text keeps no positions)") if read else ""
        print(f"| query bytes, fresh page: {name} | {kb(size)} in {requests} range requests"
              f"{checked} (“{status}”) | target ≤ 1 MB{versus} |")
    for name, (size, requests, *_) in after.items():
        print(f"| … the same after {args.rounds + 2} rounds: {name} | {kb(size)} in {requests} "
              f"requests | target ≤ 1 MB |")
    print(f"| search library, once per visitor (cacheable) | {kb(library)} (sql.js-httpvfs "
          f"0.8.12: WebAssembly 1,211 KB, ~495 KB gzipped) | |")
    for size, result in baselines.items():
        if result is None:
            print(f"| Pagefind baseline ({size:,} articles) | not measured: "
                  f"`pip install 'pagefind[bin]'` to include it | |")
            continue
        word_bytes = result["query"]
        print(f"| Pagefind baseline: index one bundle of {size:,} articles (redone on any edit "
              f"in it) | {result['seconds']:.1f} s, peak {result['peak'] / 2**20:.0f} MB, "
              f"{kb(result['bytes'] / size)} per article; query “{typical}” reads "
              f"{kb(word_bytes)} | |")
    print()
    print("Pagefind at 100,000 articles was not run: its indexing is linear in the bundle "
          "(see the two sizes), and one bundle of 100,000 would be re-indexed on every edit. "
          "Query bytes count the database's range responses only; the library is counted "
          "once, separately.")


if __name__ == "__main__":
    main()
