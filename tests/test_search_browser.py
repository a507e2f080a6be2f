"""The search page in a real headless Chromium, reading the SQLite file over range requests."""

import subprocess
from datetime import UTC, datetime, timedelta

import pytest
from rangeserver import serve

from newsdiff.archive import ArchiveStore
from newsdiff.article import Article, format_body
from newsdiff.build import build_site

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
QUOTE = "a tax on people who cannot drive"
HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>'


def story(source: str, slug: str, title: str, paragraphs: list[str]) -> Article:
    return Article(title=title, url=f"https://{source}.example/{slug}.html", source=source,
                   byline="Ann Writer", body=format_body(paragraphs))


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("search-site")
    repo = root / "repo"
    (repo / "archive").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True)
    ferry = ["Ferry fares rise by 12% in April.", f"Critics called it “{QUOTE}”."]
    edits = [
        (story("gazette", "ferry", "Council backs ferry fare rise", ferry), T0, None),
        (story("gazette", "ferry", "Ferry fares to rise 12% after council vote",
               [ferry[0], "The council said the service must pay its way."]),
         T0 + timedelta(hours=2), "headline, quote"),
        (story("tribune", "ferry-tribune", "Ferry fares go up",
               ["Ferry fares rise in April, the council said."]), T0 + timedelta(hours=1), None),
    ]
    edits.append((story("gazette", "evil", f"{HOSTILE} Lighthouse keeper retires",
                        ["The lighthouse keeper retires after forty years."]),
                  T0 - timedelta(days=3), None))
    # Enough other matches for "ferry" to need a second page of results.
    edits += [(story("tribune", f"boat-{n}", f"Boat story {n}",
                     [f"The ferry timetable changes for route {n}."]),
               T0 - timedelta(days=1, minutes=n), None) for n in range(22)]
    with ArchiveStore(repo / "archive") as store:
        for article, when, labels in edits:
            store.save(article, when, {"Change": labels} if labels else None)
    build_site(repo / "archive", root / "site")
    server = serve(root / "site")
    yield f"http://127.0.0.1:{server.server_address[1]}", server
    server.shutdown()


def search(browser, base: str, words: str, where: str = "all", source: str = "",
           label: str = "") -> tuple[list[tuple[str, str, str]], str, list[str]]:
    """(title, href, facts) of each result, the status line, and any page errors."""
    page = browser.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    page.goto(f"{base}/search/")
    page.fill("#search-q", words)
    page.select_option("#search-where", where)
    page.select_option("#search-source", source)
    page.select_option("#search-label", label)
    page.click("#search-form button[type=submit]")
    page.wait_for_function("!document.getElementById('search-status').textContent"
                           ".endsWith('…')", timeout=30_000)
    results = [(item.locator("a.t").inner_text(), item.locator("a.t").get_attribute("href"),
                item.locator(".meta").inner_text())
               for item in page.locator("#search-results li").all()]
    if page.locator("#search-results img, #search-results script").count():
        problems.append("markup from a title reached the page")
    status = page.inner_text("#search-status")
    page.close()
    return results, status, problems


def test_search_finds_an_old_headline_a_removed_quote_and_the_latest_text(browser, site):
    base, _ = site
    results, status, problems = search(browser, base, "backs", where="headlines")
    assert [r[0] for r in results] == ["Ferry fares to rise 12% after council vote"]
    assert results[0][1] == f"{base}/gazette/ferry/"
    # Dates as every other page writes them; labels as chips, never "headline,quote".
    assert results[0][2] == "gazette · last changed 2 March 2026 11:00 UTC · 2 versions " \
        "headline quote"
    assert status == "1 article found, newest change first." and problems == []

    results, _, problems = search(browser, base, f'"{QUOTE}"', where="removed")
    assert [r[1] for r in results] == [f"{base}/gazette/ferry/"] and problems == []
    results, status, _ = search(browser, base, f'"{QUOTE}"', where="latest")
    assert results == [] and status == "No article matches."

    results, _, _ = search(browser, base, "pay its way", where="latest")
    assert [r[1] for r in results] == [f"{base}/gazette/ferry/"]
    # The latest text keeps no positions: a phrase there is checked on the article's page.
    results, _, problems = search(browser, base, '"must pay its way"', where="latest")
    assert [r[1] for r in results] == [f"{base}/gazette/ferry/"] and problems == []
    results, status, _ = search(browser, base, '"its way pay"', where="latest")
    assert results == [] and status == "No article matches."
    results, _, _ = search(browser, base, '"fares rise in April"', where="latest")
    assert [r[1] for r in results] == [f"{base}/tribune/ferry-tribune/"]
    # A removed quote as a phrase, among everything searched.
    results, _, problems = search(browser, base, f'"{QUOTE}"')
    assert [r[1] for r in results] == [f"{base}/gazette/ferry/"] and problems == []


def test_a_hostile_title_is_shown_as_text(browser, site):
    base, _ = site
    results, _, problems = search(browser, base, "lighthouse")
    assert [r[0] for r in results] == [f"{HOSTILE} Lighthouse keeper retires"]
    assert problems == []


def test_search_filters_by_source_and_label_and_pages_through_results(browser, site):
    base, _ = site
    results, _, _ = search(browser, base, "fares", source="tribune")
    assert [r[1] for r in results] == [f"{base}/tribune/ferry-tribune/"]
    results, _, _ = search(browser, base, "fares", label="quote")
    assert [r[1] for r in results] == [f"{base}/gazette/ferry/"]
    results, status, problems = search(browser, base, "ferry")
    assert len(results) == 20 and "there are more" in status and problems == []
    assert [r[1] for r in results[:2]] == [f"{base}/gazette/ferry/",
                                           f"{base}/tribune/ferry-tribune/"]


def test_more_results_continue_below_the_last_one_shown(browser, site):
    base, _ = site
    page = browser.new_page()
    page.goto(f"{base}/search/?q=ferry")  # a search link runs on arrival
    page.locator("#search-more").wait_for(state="visible", timeout=30_000)
    page.click("#search-more")
    page.wait_for_function("document.querySelectorAll('#search-results li').length > 20",
                           timeout=30_000)
    hrefs = [a.get_attribute("href") for a in page.locator("#search-results a.t").all()]
    assert len(hrefs) == 24 == len(set(hrefs))  # every match once, none lost at the seam
    assert page.locator("#search-more").is_hidden()
    page.close()


def test_the_page_reads_the_database_in_pieces_and_has_no_accessibility_violations(
        browser, site):
    from axe_playwright_python.sync_playwright import Axe

    base, server = site
    before = len(server.sent)
    results, _, _ = search(browser, base, "ferry")
    assert results
    database = [(status, size) for path, status, size in server.sent[before:]
                if path.endswith(".db")]
    assert database and all(status == 206 and size <= 64 * 1024 for status, size in database)
    page = browser.new_page()
    page.goto(f"{base}/search/?q=ferry")
    page.locator("#search-results li").first.wait_for(timeout=30_000)
    violations = [(v["id"], v["impact"]) for v in Axe().run(page).response["violations"]
                  if v["impact"] in ("serious", "critical")]
    assert violations == []
    page.close()


def found_in(browser, base: str, words: str) -> dict[str, str]:
    """Searching everything: each result's address and the line saying where it matched."""
    page = browser.new_page()
    page.goto(f"{base}/search/?q={words}")
    page.wait_for_function("document.getElementById('search-status').textContent"
                           " && !document.getElementById('search-status').textContent"
                           ".endsWith('…')", timeout=30_000)
    found = {item.locator("a.t").get_attribute("href"):
             (item.locator(".where").inner_text() if item.locator(".where").count() else "")
             for item in page.locator("#search-results li").all()}
    page.close()
    return found


def test_each_result_says_where_it_matched_when_searching_everything(browser, site):
    base, _ = site
    ferry = f"{base}/gazette/ferry/"
    # Only in the quote the second version removed.
    assert found_in(browser, base, "drive") == {ferry: "Found in removed text."}
    # Only in the sentence it added, which is the latest text too.
    assert found_in(browser, base, "pay") == {ferry: "Found in the latest text, added text."}
    # The first headline, no longer shown: a headline, not the latest text.
    assert found_in(browser, base, "backs") == {ferry: "Found in a headline."}
    # A phrase of the removed quote is never claimed for the latest text, which holds its
    # words only in part; a phrase of the latest text is, once its page was read.
    assert found_in(browser, base, '"cannot drive"') == {ferry: "Found in removed text."}
    assert found_in(browser, base, '"fares rise in April"') == {
        f"{base}/tribune/ferry-tribune/": "Found in the latest text."}
    # A choice of place says nothing more: the reader chose it.
    assert found_in(browser, base, "drive&where=removed") == {ferry: ""}
