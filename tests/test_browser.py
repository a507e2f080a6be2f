"""The built site in a real headless Chromium (Debian's, driven by Playwright)."""

import os
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import FERRY, LIBRARY, git
from rangeserver import serve  # the search page reads its database in ranges, as on Pages

from newsdiff.archive import ArchiveStore
from newsdiff.article import Article, format_body
from newsdiff.build import build_site
from newsdiff.demo import run_demo

ROOT = Path(__file__).resolve().parents[1]


site_folders: dict[str, Path] = {}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    demo = run_demo(tmp_path_factory.mktemp("demo") / "out", say=lambda line: None)
    server = serve(demo.site)
    url = f"http://127.0.0.1:{server.server_address[1]}"
    site_folders[url] = demo.site
    yield url
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
    page.wait_for_url(lambda address: address.endswith(f"/{FERRY}/"))
    assert "2 times: 3 versions" in page.locator("dl.facts").inner_text()
    page.get_by_role("link", name="what changed").first.click()
    page.wait_for_url(lambda address: address.endswith(f"/{FERRY}/v2-v3/"))
    page.get_by_role("link", name="Previous change").click()
    page.wait_for_url(lambda address: address.endswith(f"/{FERRY}/v1-v2/"))
    assert page.locator(".hl .ho del").inner_text() == "Council approves ferry fare rise"
    page.get_by_role("link", name="Next change").click()
    page.wait_for_url(lambda address: address.endswith(f"/{FERRY}/v2-v3/"))
    assert problems == []


def visible_cells(page) -> list[str]:
    """Class names of the paragraphs shown for the first changed row."""
    return page.locator(".df div.c:not(.hd)").first.locator("p").evaluate_all(
        "ps => ps.filter(p => p.offsetParent !== null).map(p => p.className)")


def test_inline_and_side_by_side_toggle_without_reload_or_scroll(browser, site):
    page, _ = open_page(browser, f"{site}/{FERRY}/v2-v3/")
    assert visible_cells(page) == ["i", "n"]  # side by side on a wide screen
    active = "el => getComputedStyle(el).fontWeight"
    assert page.locator(".views .vs").evaluate(active) == "600"
    assert page.locator(".views .vi").evaluate(active) == "400"
    page.evaluate("window.notReloaded = true")
    page.get_by_role("link", name="Inline").click()
    assert visible_cells(page) == ["i"]
    assert page.evaluate("window.scrollY") == 0  # the title and the switch stay in view
    assert page.locator(".views .vi").evaluate(active) == "600"
    assert page.locator(".views .vs").evaluate(active) == "400"
    assert page.evaluate("window.notReloaded") is True
    assert "Tom Reyes" in page.locator(".df .c .i del").first.inner_text()
    swap, _ = open_page(browser, f"{site}/{LIBRARY}/v2-v3/")  # "18" → "16" million
    left = swap.locator(".df div.c:not(.hd) p.i").filter(has_text="million").first
    assert left.locator("ins").first.is_hidden() and left.locator("del").first.is_visible()
    swap.get_by_role("link", name="Inline").click()
    assert left.locator("ins").first.is_visible()
    page.get_by_role("link", name="Side by side").click()
    assert visible_cells(page) == ["i", "n"]


CENTRE = "el => { const b = el.getBoundingClientRect(); return Math.round(b.left + b.width / 2); }"
LEFT = "el => Math.round(el.getBoundingClientRect().left)"


def test_unchanged_paragraphs_straddle_both_sides_of_a_split_diff(browser, site):
    """Written once, an unchanged paragraph sat under the old column alone, beside a blank new
    one: it read as if only the old version had it.  Side by side it straddles the two columns;
    inline (and on a phone) it starts where the text does."""
    page, _ = open_page(browser, f"{site}/{LIBRARY}/v2-v3/", width=1280)
    same, diff = page.locator(".df > p.s").first, page.locator(".df")
    assert abs(same.evaluate(CENTRE) - diff.evaluate(CENTRE)) <= 2
    page.get_by_role("link", name="Inline").click()
    assert same.evaluate(LEFT) == diff.evaluate(LEFT)
    phone, _ = open_page(browser, f"{site}/{LIBRARY}/v2-v3/", width=390)
    assert phone.locator(".df > p.s").first.evaluate(LEFT) == phone.locator(".df").evaluate(LEFT)
    phone.get_by_role("link", name="Side by side").click()
    same = phone.locator(".df > p.s").first
    assert abs(same.evaluate(CENTRE) - phone.locator(".df").evaluate(CENTRE)) <= 2


FIRST_LINES = """() => [...document.querySelectorAll('.body p')].map(p => {
    // Characters on each paragraph's first line: where the next character drops a line.
    const text = p.firstChild, range = document.createRange();
    let top = null;
    for (let i = 0; i < text.length; i++) {
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        const y = range.getBoundingClientRect().top;
        if (top === null) top = y; else if (y > top + 2) return i;
    }
    return text.length;
})"""


def test_text_runs_about_seventy_characters_a_line(browser, site):
    page, _ = open_page(browser, f"{site}/{FERRY}/v2/", width=1280)
    lines = sorted(page.evaluate(FIRST_LINES))
    assert 60 <= lines[len(lines) // 2] <= 80, lines  # it ran ~150 characters


def test_phones_default_to_inline_and_can_switch(browser, site):
    page, _ = open_page(browser, f"{site}/{FERRY}/v2-v3/", width=375)
    assert visible_cells(page) == ["i"]
    assert page.locator(".views .vi").evaluate("el => getComputedStyle(el).fontWeight") == "600"
    page.get_by_role("link", name="Side by side").click()
    assert visible_cells(page) == ["i", "n"]
    assert page.evaluate("window.scrollY") == 0
    wide, _ = open_page(browser, f"{site}/{FERRY}/", width=1200)  # the article page's change
    cells = wide.locator(".latest div.c:not(.hd)").first.locator("p")
    assert cells.nth(0).bounding_box()["y"] == cells.nth(1).bounding_box()["y"]


SKIP_LINKS = """() => [...document.querySelectorAll('a.skip')]
    .filter(a => getComputedStyle(a).display !== 'none').map(a => a.getAttribute('href'))"""
FOCUSED = "() => document.activeElement.getAttribute('href')"


@pytest.mark.parametrize(("width", "view", "shown"), [(1280, "", ["i", "n"]),
                                                      (1280, "#inline", ["i"]),
                                                      (390, "#split", ["i", "n"]),
                                                      (390, "", ["i"])])
def test_the_skip_link_keeps_the_view_the_reader_chose(browser, site, width, view, shown):
    """The view is the URL's fragment: the skip link's "#main" replaced it, and a reader who
    had chosen Inline (or, on a phone, Side by side) got the other view back when skipping
    the menu.  One skip link is in the tab order; it leads to the content in the same view."""
    page, problems = open_page(browser, f"{site}/{FERRY}/v2-v3/", width=width)
    if view:  # chosen with the keyboard, as the reader would
        page.locator(f'.views a[href="{view}"]').focus()
        page.keyboard.press("Enter")
    assert visible_cells(page) == shown
    links = page.evaluate(SKIP_LINKS)
    assert links == [view or "#main"]
    page.locator(f'a.skip[href="{links[0]}"]').focus()
    assert page.locator("a.skip:focus").is_visible()
    page.keyboard.press("Enter")
    assert visible_cells(page) == shown
    assert page.evaluate("window.scrollY") == 0
    page.keyboard.press("Tab")  # the first link of the content, past the menu
    assert page.evaluate(FOCUSED) == page.locator(".crumbs a").first.get_attribute("href")
    other, _ = open_page(browser, f"{site}/{FERRY}/", width=width)  # one link, to #main
    assert other.evaluate(SKIP_LINKS) == ["#main"]
    assert problems == []


@pytest.mark.parametrize(("width", "view", "shown"), [(1280, "", "Side by side"),
                                                      (1280, "#inline", "Inline"),
                                                      (1280, "#split", "Side by side"),
                                                      (390, "", "Inline"),
                                                      (390, "#split", "Side by side"),
                                                      (390, "#inline", "Inline")])
def test_a_screen_reader_hears_which_view_is_shown(browser, site, width, view, shown):
    """The view shown was said by the filled button alone: a screen reader heard "Side by
    side, Inline" whichever it was.  The one shown now says so, and only that one."""
    page, _ = open_page(browser, f"{site}/{FERRY}/v2-v3/{view}", width=width)
    other = {"Side by side": "Inline", "Inline": "Side by side"}[shown]
    switch = page.get_by_role("navigation", name="View of the text")
    assert switch.get_by_role("link", name=f"{shown} (shown)", exact=True).count() == 1
    assert switch.get_by_role("link", name=other, exact=True).count() == 1
    filled = switch.locator("a").evaluate_all(
        "links => links.filter(a => getComputedStyle(a).fontWeight === '600')"
        ".map(a => a.firstChild.textContent)")
    assert filled == [shown]  # the eye and the ear are told the same view
    said = switch.locator(".on").evaluate_all(  # the words are for the ear only
        "spans => spans.filter(s => getComputedStyle(s).display !== 'none')"
        ".map(s => s.getBoundingClientRect().width)")
    assert len(said) == 1 and said[0] <= 1


DOTS = """() => [...document.querySelectorAll('svg.timeline circle')].map(c => {
    const m = c.getScreenCTM(), b = c.getBBox(), size = b.width * m.a;
    const x = b.x * m.a + m.e + size / 2, y = b.y * m.d + m.f + size / 2;
    const hit = point => { const e = document.elementFromPoint(...point);
                           return e && e.closest('a') && e.closest('a').getAttribute('href'); };
    return {size, x, hits: [[x, y + 10], [x, y - 10]].map(hit)}; })"""


@pytest.mark.parametrize("width", [320, 390, 1280])
def test_the_timelines_dots_can_be_seen_and_hit_on_a_phone(browser, site, width):
    """Drawn to scale, the timeline's 12-unit dots shrank with the page: 5 px on a 320 px
    phone, 7 px at 390, a target no finger could hit.  They keep their size at any width,
    and a touch 10 px off a dot's centre still reaches its version."""
    page, _ = open_page(browser, f"{site}/{FERRY}/", width=width)
    page.locator("svg.timeline").scroll_into_view_if_needed()
    dots = page.evaluate(DOTS)
    assert len(dots) == 3
    line = page.locator("svg.timeline").bounding_box()
    for number, dot in enumerate(dots, 1):
        assert dot["size"] >= 12, (width, dot)
        assert dot["hits"] == [f"v{number}/"] * 2, (width, dot)
        assert line["x"] <= dot["x"] - 6 and dot["x"] + 6 <= line["x"] + line["width"]
    assert page.evaluate("document.documentElement.scrollWidth - innerWidth") <= 0


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


MARKUP = re.compile(r"</?(?:p|a|code|div|span|em|strong|b|h\d|ul|li)\b[^>]*>|&(?:lt|gt|amp|quot);")
PAGE_TYPES = {"front": "", "all changes": "all/", "day": "days/2026-03-02/", "days": "days/",
              "label": "label/numbers/", "source": "harbourgazette/", "article": f"{FERRY}/",
              "version": f"{FERRY}/v2/", "diff": f"{LIBRARY}/v2-v3/",
              "headline diff": f"{FERRY}/v1-v2/", "about": "about/",
              "stats": "stats/", "search": "search/", "sources": "sources/",
              "a source's months": "sources/harbourgazette/",
              "a source's month": "sources/harbourgazette/2026-03/"}


def demo_pages(site_dir: Path) -> list[str]:
    """Every HTML page of the built demo."""
    pages = [path.parent.relative_to(site_dir).as_posix().removeprefix(".") + "/"
             for path in sorted(site_dir.rglob("index.html"))]
    return [p.lstrip("/") for p in pages]


@pytest.fixture(scope="module")
def demo_dir(site):
    return site_folders[site]


def test_no_page_scrolls_sideways_or_shows_markup(browser, site, demo_dir):
    pages = demo_pages(demo_dir)
    assert len(pages) > 40
    for width in (320, 390, 1280):
        tab = browser.new_page(viewport={"width": width, "height": 800})
        for path in pages:
            tab.goto(f"{site}/{path}")
            overflow = tab.evaluate("document.documentElement.scrollWidth - innerWidth")
            assert overflow <= 0, (width, path, overflow)
            text = tab.evaluate("document.body.innerText")
            assert not MARKUP.search(text), (path, MARKUP.search(text).group())
        tab.close()


def test_a_date_or_a_version_link_is_never_split_across_lines(browser, site):
    for path in ("", "days/2026-03-02/", f"{FERRY}/", "harbourgazette/", f"{FERRY}/v2/",
                 "search/?q=ferry"):
        page, _ = open_page(browser, f"{site}/{path}", width=320)
        if "search" in path:
            page.locator("#search-results time").first.wait_for(timeout=30_000)
        lines = page.locator("main time:not(dl.facts time), main .m a").evaluate_all(
            "ts => ts.map(t => new Set([...t.getClientRects()].map(r => r.top)).size)")
        assert lines and max(lines) == 1, (path, lines)  # "2 March 2026 | 16:30 UTC",
        # "version 3 of | 3"
        page.close()


def interact(page, path: str, width: int) -> None:
    """What a reader does before judging a page: switch the diff view away from its default
    (inline on a wide screen, side by side on a phone), open folds, search."""
    switch = page.locator(".views .vi" if width > 800 else ".views .vs")
    if switch.count():
        switch.click()
    for fold in page.locator("details").all():
        fold.evaluate("el => el.open = true")
    if path == "search/":  # a query run, filters used: results and chips are on the page
        page.fill("#search-q", "ferry")
        page.select_option("#search-source", "harbourgazette")
        page.press("#search-q", "Enter")
        page.locator("#search-results li .l").first.wait_for(timeout=30_000)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_accessibility_violations_after_interaction(browser, site, scheme):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    for kind, path in PAGE_TYPES.items():
        for width in (390, 1280):
            page = browser.new_page(color_scheme=scheme, viewport={"width": width, "height": 900})
            page.goto(f"{site}/{path}")
            interact(page, path, width)
            violations = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
                          for v in axe.run(page).response["violations"]
                          if v["impact"] in ("serious", "critical")]
            assert violations == [], (kind, width, violations)
            page.close()


def test_list_parts_and_a_never_changed_article_pass_axe_and_fit_a_phone(
        browser, tmp_path, monkeypatch):
    """The page types the demo lacks: parts of long lists, an article that never changed."""
    from axe_playwright_python.sync_playwright import Axe
    from test_lists import T0, save, story

    from newsdiff.pelican import lists

    monkeypatch.setattr(lists, "PART", 3)
    (tmp_path / "archive").mkdir()
    git(tmp_path, "init", "-q", "-b", "main")
    save(tmp_path / "archive", [(story(n), T0 + timedelta(days=n)) for n in range(8)]
         + [(story(0, 1), T0 + timedelta(days=9, minutes=n)) for n in range(1)])
    build_site(tmp_path / "archive", tmp_path / "site")
    assert not (tmp_path / "site/paper/2/v1").exists()
    server = serve(tmp_path / "site")
    url = f"http://127.0.0.1:{server.server_address[1]}"
    axe = Axe()
    try:
        for path in ("paper/2/", "sources/paper/2026-01/1/", "sources/", "sources/paper/"):
            for width, scheme in ((320, "dark"), (1280, "light")):
                page = browser.new_page(color_scheme=scheme,
                                        viewport={"width": width, "height": 900})
                assert page.goto(f"{url}/{path}").status == 200
                assert page.evaluate("document.documentElement.scrollWidth - innerWidth") <= 0
                violations = [(v["id"], [n["target"] for n in v["nodes"]][:3])
                              for v in axe.run(page).response["violations"]
                              if v["impact"] in ("serious", "critical")]
                assert violations == [], (path, width, scheme, violations)
                page.close()
    finally:
        server.shutdown()


def test_a_feed_is_for_feed_readers_and_the_site_says_so(browser, site):
    """Chromium drops XSLT (it covered the styled feed with a banner telling readers to
    contact the maintainer): a feed opens as its XML, and the link beside every feed link
    explains what to do with one."""
    # (Chromium asks for /favicon.ico beside an XML file, now and then before the test
    # ends: a 404 the site's pages, which name their icon, never cause.)
    page, _ = open_page(browser, f"{site}/feeds/harbourgazette.atom.xml")
    shown = page.locator("body").inner_text()  # Chromium's own view of an XML file
    assert "newsdiff demo: The Harbour Gazette" in shown and "XSLT" not in shown
    page, problems = open_page(browser, f"{site}/harbourgazette/", width=390)
    feed = page.locator('a[type="application/atom+xml"]').first
    assert feed.get_attribute("href").endswith("feeds/harbourgazette.atom.xml")
    page.get_by_role("link", name="(for feed readers)").first.click()
    heading = page.locator("#feeds")
    assert heading.inner_text() == "Follow the changes in a feed reader"
    assert heading.is_visible() and "/about/" in page.url and problems == []


STYLE = "(el, key) => getComputedStyle(el)[key]"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_search_results_read_as_the_sites_other_lists(browser, site, scheme):
    """A result names its source as every page does, dates it in the same words, and shows
    its labels as chips (it read "harbourgazette · 2026-03-02 · headline,numbers,quote")."""
    page = browser.new_page(color_scheme=scheme, viewport={"width": 390, "height": 800})
    page.goto(f"{site}/search/?q=ferry")
    result = page.locator("#search-results li").first
    result.wait_for(timeout=30_000)
    facts = result.locator(".m.meta")
    assert facts.inner_text().startswith(
        "The Harbour Gazette · last changed 2 March 2026 12:00 UTC · 3 versions ")
    chips = facts.locator("a.l")
    assert chips.all_inner_texts() == ["headline", "numbers", "quote"]
    assert chips.first.get_attribute("href").endswith("/label/headline/")
    front = browser.new_page(color_scheme=scheme)
    front.goto(f"{site}/")
    for selector, key in (("a.t", "fontFamily"), ("a.t", "fontSize"), (".m", "color"),
                          ("a.l", "backgroundColor")):
        assert result.locator(selector).first.evaluate(STYLE, key) == \
            front.locator(f"ol.changes {selector}").first.evaluate(STYLE, key), selector
    body_font = page.locator("body").evaluate(STYLE, "fontFamily")
    for control in ("#search-q", "#search-where", "#search-form button"):  # not the UA's
        assert page.locator(control).evaluate(STYLE, "fontFamily") == body_font, control
    assert page.locator("#search-q").evaluate(STYLE, "backgroundColor") == \
        page.locator("body").evaluate(STYLE, "backgroundColor")
    front.close()
    page.close()


def test_a_chip_that_is_not_a_link_does_not_look_like_one(browser, site):
    page, _ = open_page(browser, f"{site}/label/numbers/")
    plain = page.locator(".lead span.l").evaluate(STYLE, "color")
    assert plain != page.locator(".filters a.l").first.evaluate(STYLE, "color")
    assert plain == page.locator("h1").evaluate(STYLE, "color")


def test_the_snapshot_notice_reads_as_one_of_the_versions_facts(browser, demo_dir, tmp_path):
    import shutil

    from newsdiff.notes import ARCHIVED_REF, add_field
    from newsdiff.recent import recorded_versions

    repo = tmp_path / "demo"
    shutil.copytree(demo_dir.parent, repo, symlinks=True)
    ferry = next(v for v in recorded_versions(repo / "archive")
                 if v.slug == FERRY and v.number == 2)
    add_field(repo, ARCHIVED_REF, ferry.commit, "Archived-At",
              "https://web.archive.org/web/20260302073500/https://example.org/ferry.html")
    build_site(repo / "archive", tmp_path / "site")
    server = serve(tmp_path / "site")
    try:
        page, _ = open_page(browser, f"http://127.0.0.1:{server.server_address[1]}/{FERRY}/v2/")
        notice, seen = page.locator(".evidence"), page.locator(".seen")
        assert "Internet Archive" in notice.inner_text()
        for key in ("fontSize", "color", "maxWidth"):  # it was body-sized, page-wide text
            assert notice.evaluate(STYLE, key) == seen.evaluate(STYLE, key), key
    finally:
        server.shutdown()


SHOTS = ["front", "article", "diff", "headline diff", "version", "source", "label", "stats",
         "search"]


def test_screenshots_of_each_page_type(browser, site, tmp_path):
    """Wide and narrow screenshots of each page type; NEWSDIFF_SCREENSHOTS=1 writes them to
    docs/screens/ (committed, so a reviewer sees the site without building it)."""
    target = ROOT / "docs/screens" if os.environ.get("NEWSDIFF_SCREENSHOTS") else tmp_path
    target.mkdir(exist_ok=True)
    for kind in SHOTS:
        for label, width in (("wide", 1280), ("narrow", 390)):
            page = browser.new_page(viewport={"width": width, "height": 900})
            if kind == "search":  # with results: a search link runs on arrival
                page.goto(f"{site}/search/?q=ferry")
                page.locator("#search-results li").first.wait_for(timeout=30_000)
            else:
                page.goto(f"{site}/{PAGE_TYPES[kind]}")
            shot = target / f"{kind.replace(' ', '-')}-{label}.png"
            page.screenshot(path=str(shot), full_page=True)
            assert shot.stat().st_size > 10_000
            committed = ROOT / "docs/screens" / shot.name
            assert committed.is_file() and committed.stat().st_size > 10_000, committed
            page.close()
