"""The built site in a real headless Chromium (Debian's, driven by Playwright)."""

import functools
import http.server
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from newsdiff.archive import ArchiveStore
from newsdiff.article import Article, format_body
from newsdiff.build import build_site
from newsdiff.demo import run_demo

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
FERRY = "harbourgazette/2026/03/02/council-ferry-fares"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def serve(folder: Path):
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="module")
def browser():
    assert Path(CHROMIUM).exists(), "Chromium is missing: make test installs it"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    demo = run_demo(tmp_path_factory.mktemp("demo") / "out", say=lambda line: None)
    server = serve(demo.site)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def open_page(browser, url, width=1200):
    page = browser.new_page(viewport={"width": width, "height": 900})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    response = page.goto(url)
    assert response is not None and response.ok, url
    return page, problems


def test_every_page_type_renders_without_errors(browser, site):
    for path in ("", "harbourgazette/", f"{FERRY}/", f"{FERRY}/v1/", f"{FERRY}/v1-v2/",
                 "about/", "stats/", "all/"):
        page, problems = open_page(browser, f"{site}/{path}")
        assert page.locator("h1").count() == 1, path
        assert problems == [], (path, problems)
        page.close()


def test_navigation_front_page_to_history_to_diffs(browser, site):
    page, problems = open_page(browser, site + "/")
    page.get_by_role("link", name="Ferry fares to rise 12% after council vote").first.click()
    assert page.url.endswith(f"/{FERRY}/")
    assert "The article has changed 2 times." in page.locator(".summary").inner_text()
    page.get_by_role("link", name="what changed").first.click()
    assert page.url.endswith(f"/{FERRY}/v2-v3/")
    page.get_by_role("link", name="Previous change").click()
    assert page.url.endswith(f"/{FERRY}/v1-v2/")
    assert page.locator(".meta-change del").inner_text() == "Council approves ferry fare rise"
    page.get_by_role("link", name="Next change").click()
    assert page.url.endswith(f"/{FERRY}/v2-v3/")
    assert problems == []


def test_inline_and_side_by_side_toggle_without_reload(browser, site):
    page, _ = open_page(browser, f"{site}/{FERRY}/v2-v3/")
    assert page.locator("#side-by-side").is_visible()
    assert not page.locator("#inline").is_visible()
    page.evaluate("window.notReloaded = true")
    page.get_by_role("link", name="Inline").click()
    assert page.locator("#inline").is_visible()
    assert not page.locator("#side-by-side").is_visible()
    assert page.evaluate("window.notReloaded") is True
    assert "Tom Reyes" in page.locator("#inline del").inner_text()
    page.get_by_role("link", name="Side by side").click()
    assert page.locator("#side-by-side").is_visible()


def test_narrow_viewport_stacks_the_columns(browser, site):
    page, _ = open_page(browser, f"{site}/{FERRY}/v2-v3/", width=375)
    row = page.locator("table.diff tr.changed").first
    before, after = (row.locator("td").nth(i).bounding_box() for i in (0, 1))
    assert after["y"] >= before["y"] + before["height"] - 1  # one above the other
    assert before["width"] > 300
    wide, _ = open_page(browser, f"{site}/{FERRY}/v2-v3/", width=1200)
    cells = wide.locator("table.diff tr.changed").first.locator("td")
    assert cells.nth(0).bounding_box()["y"] == cells.nth(1).bounding_box()["y"]


def test_hostile_archive_executes_nothing(browser, repo, tmp_path):
    hostile = [
        "<script>window.pwned = 'script'</script> A sentence that follows the script tag.",
        "[click](javascript:window.pwned='link') <img src=x onerror=\"window.pwned='img'\">",
        "<svg onload=\"window.pwned='svg'\"></svg> <iframe src=\"javascript:alert(1)\">",
        "Plain closing words of the hostile article, with more than enough text.",
    ]
    with ArchiveStore(repo / "archive") as store:
        for n in range(2):
            store.save(Article(title=f'</title><script>window.pwned="title"</script> {n}',
                               url="https://evil.example/x.html", source="evil",
                               byline='<img src=x onerror="window.pwned=1">',
                               body=format_body(hostile[: 3 + n])),
                       datetime(2026, 5, 1, tzinfo=UTC) + timedelta(hours=n))
    build_site(repo / "archive", tmp_path / "site")
    server = serve(tmp_path / "site")
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        for path in ("", "evil/", "evil/x/", "evil/x/v1/", "evil/x/v2/", "evil/x/v1-v2/"):
            page, problems = open_page(browser, f"{base}/{path}")
            for link in page.locator("a").all():
                href = link.get_attribute("href") or ""
                assert not href.strip().lower().startswith(("javascript:", "data:"))
            assert page.evaluate("typeof window.pwned") == "undefined", path
            assert problems == [], (path, problems)
            assert page.locator("h1").count() == 1
            page.close()
    finally:
        server.shutdown()


def test_screenshot_of_a_diff_page_for_the_readme(browser, site, tmp_path):
    page, _ = open_page(browser, f"{site}/{FERRY}/v2-v3/", width=1100)
    shot = tmp_path / "diff.png"
    page.screenshot(path=str(shot), full_page=False)
    assert shot.stat().st_size > 10_000
    committed = ROOT / "docs" / "diff-page.png"
    assert committed.is_file() and committed.stat().st_size > 10_000


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_accessibility_violations(browser, site, scheme):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    for path in ("", "harbourgazette/", f"{FERRY}/", f"{FERRY}/v1/", f"{FERRY}/v1-v2/",
                 "stats/"):
        page = browser.new_page(color_scheme=scheme)
        page.goto(f"{site}/{path}")
        violations = [(v["id"], v["impact"]) for v in axe.run(page).response["violations"]
                      if v["impact"] in ("serious", "critical")]
        assert violations == [], (path, violations)
        page.close()
