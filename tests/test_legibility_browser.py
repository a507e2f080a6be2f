"""The demo's site read as a reader new to it reads it, in a real headless Chromium: what the
marks of a diff mean, text no smaller than its sentence, nothing on a page that does nothing."""

import re

import pytest
from conftest import FERRY, LIBRARY, page
from rangeserver import serve  # the search page reads its database in ranges, as on Pages

from newsdiff.demo import run_demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return run_demo(tmp_path_factory.mktemp("demo") / "out", say=lambda line: None)


@pytest.fixture(scope="module")
def site(demo):
    server = serve(demo.site)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


MARKS = """el => { const s = getComputedStyle(el);
    return [s.textDecorationLine, s.backgroundColor, s.color]; }"""


@pytest.mark.parametrize("width, scheme", [(320, "dark"), (1280, "light")])
def test_a_diff_says_what_its_marks_mean(browser, site, width, scheme):
    """Struck-through red and underlined green were explained nowhere: a reader new to diffs
    (a phone's inline view has no column headings either) had to guess which was which."""
    page = browser.new_page(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page.goto(f"{site}/{LIBRARY}/v2-v3/")  # "18" → "16" million, a correction added
    key = page.locator(".views .key")
    assert key.is_visible() and key.inner_text().split() == ["removed", "added"]
    # Each word of the key is marked as the diff marks its words, in this scheme.
    diff = page.locator(".df")
    assert key.locator("del").evaluate(MARKS) == diff.locator("del").first.evaluate(MARKS)
    assert key.locator("ins").evaluate(MARKS) == diff.locator("ins").last.evaluate(MARKS)
    assert key.locator("del").evaluate(MARKS)[0] == "line-through"
    assert key.locator("ins").evaluate(MARKS)[0] == "underline"
    assert page.evaluate("document.documentElement.scrollWidth - innerWidth") <= 0
    # On paper the switch goes (nothing to click), the key stays: the marks are still there.
    page.emulate_media(media="print")
    assert key.is_visible() and page.locator(".views nav").is_hidden()
    # The article's page shows its latest change: the same key above it.
    page.emulate_media(media="screen")
    page.goto(f"{site}/{FERRY}/")
    key = page.locator(".latest .key")
    assert key.is_visible() and key.inner_text().split() == ["removed", "added"]
    assert page.evaluate("document.documentElement.scrollWidth - innerWidth") <= 0
    page.close()


def test_a_headline_change_alone_has_no_view_switch_and_its_two_headlines_align(
        browser, site):
    """With only the headline changed the text is one fold, the same in either view: the
    switch did nothing and the key had nothing to explain.  "Headline before" was wider than
    its column, so the old headline started right of the new one."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{site}/{FERRY}/v1-v2/")
    assert page.locator(".views").count() == 0
    assert page.locator(".df .fo").count() == 1  # the text: one fold, unchanged
    old, new = page.locator(".hl .ho del"), page.locator(".hl .hn ins")
    assert old.inner_text() == "Council approves ferry fare rise"
    assert old.bounding_box()["x"] == new.bounding_box()["x"]
    page.goto(f"{site}/{FERRY}/v2-v3/")  # the text changed: switch and key are there
    assert page.locator(".views nav a").count() == 2 and page.locator(".views .key").count() == 1
    page.close()


CODE_SIZE = """c => [parseFloat(getComputedStyle(c).fontSize),
                   parseFloat(getComputedStyle(c.parentElement).fontSize)]"""


@pytest.mark.parametrize("path", ["404.html", "search/", f"{FERRY}/v2/", "about/"])
def test_code_in_a_sentence_is_nearly_the_sentences_size(browser, site, path):
    """``font-family: monospace`` alone makes Chromium start from 13 px, not the reader's
    16: the 404 page's example addresses and the search page's ``sqlite3`` were 11.7 px."""
    page = browser.new_page(viewport={"width": 390, "height": 900})
    page.goto(f"{site}/{path}")
    sizes = page.locator("main code").evaluate_all(f"cs => cs.map({CODE_SIZE})")
    assert sizes
    for own, sentence in sizes:
        assert own >= 0.85 * sentence and own >= 13, (path, own, sentence)
    page.close()


def test_a_search_for_nothing_clears_the_last_searchs_results(browser, site):
    """A query that is only a quote mark said "Type a word or a quote to search for." above
    the last search's results, which then read as its answer."""
    page = browser.new_page(viewport={"width": 390, "height": 900})
    page.goto(f"{site}/search/")
    page.fill("#search-q", "the")
    page.press("#search-q", "Enter")
    page.locator("#search-results li").first.wait_for(timeout=30_000)
    assert page.locator("#search-results li").count() >= 2
    page.fill("#search-q", '"')
    page.press("#search-q", "Enter")
    assert page.inner_text("#search-status") == "Type a word or a quote to search for."
    assert page.locator("#search-results li").count() == 0
    assert page.locator("#search-more").is_hidden()
    page.close()


def test_a_sources_recent_changes_link_as_every_other_list_does(demo):
    """Its headlines led to the change, where the front page's, the day's and its own
    articles' lead to the article: the same-looking link went two places."""
    html = page(demo, "harbourgazette")
    recent = html.split("<h2>Recent changes</h2>")[1].split("<h2>")[0]
    first = re.search(r'<li><a class="t" href="([^"]+)"[^>]*>([^<]+)</a>\s*<span class="m">'
                      r'.*?<a href="([^"]+)">version (\d+)</a>', recent)
    assert first is not None, recent[:400]
    assert first.group(1).endswith(f"/{LIBRARY}/")  # the article
    assert first.group(3).endswith(f"/{LIBRARY}/v2-v3/")  # the change
    assert first.group(2) == "Customs house to become central library"
    assert first.group(4) == "3"


ZOOMED = ["", "harbourgazette/", f"{FERRY}/", f"{FERRY}/v2/", f"{LIBRARY}/v2-v3/",
          f"{FERRY}/v1-v2/", "label/numbers/", "sources/harbourgazette/2026-03/", "search/",
          "stats/", "about/"]


@pytest.mark.parametrize("width", [160, 200])
def test_a_zoomed_phone_never_scrolls_sideways(browser, site, width):
    """A 320 or 390 px phone zoomed to 200 % lays pages out 160 or 195 px wide: a date kept on
    one line ran 54 px past the diff's edge, and the article's facts kept a 6.5rem column of
    names beside a 13 px column of values."""
    page = browser.new_page(viewport={"width": width, "height": 900})
    for path in ZOOMED:
        page.goto(f"{site}/{path}")
        overflow = page.evaluate("document.documentElement.scrollWidth - innerWidth")
        assert overflow <= 0, (width, path, overflow)
    page.goto(f"{site}/{FERRY}/")  # each fact's name above its value
    name, value = page.locator("dl.facts dt").first, page.locator("dl.facts dd").first
    assert value.bounding_box()["y"] > name.bounding_box()["y"]
    assert value.bounding_box()["x"] == name.bounding_box()["x"]
    page.close()


def test_the_time_between_two_versions_is_the_sum_a_reader_does(demo):
    """Fetched at 09:10:11 and 16:30:09, the versions read "09:10" and "16:30", and the page
    said "7 hours 19 minutes after": a reader checking it found the site a minute out."""
    lead = re.sub(r"<[^>]+>", "", page(demo, f"{LIBRARY}/v2-v3").split('<p class="lead">')[1]
                  .split("</p>")[0])
    assert lead.startswith("What changed in version 3 of 3, seen 2 March 2026 16:30 UTC, "
                           "7 hours 20 minutes after version 2"), lead
    history = page(demo, f"{LIBRARY}/")
    assert "16:30 UTC</time>, 7 hours 20 minutes later" in history


def test_elapsed_counts_the_minutes_shown_and_the_seconds_under_one():
    from datetime import UTC, datetime

    from newsdiff.moments import duration, elapsed

    def at(clock: str) -> datetime:
        return datetime.fromisoformat(f"2026-03-02T{clock}").replace(tzinfo=UTC)

    assert duration(elapsed(at("09:10:11"), at("16:30:09"))) == "7 hours 20 minutes"
    assert duration(elapsed(at("07:35:59"), at("08:10:00"))) == "35 minutes"
    assert duration(elapsed(at("07:00:50"), at("07:01:10"))) == "20 seconds"
    assert duration(elapsed(at("07:00:00"), at("07:00:59"))) == "59 seconds"


def test_days_apart_say_their_hours_under_a_week():
    from newsdiff.moments import duration

    hour, day = 3600, 86400
    assert duration(2 * day + 19 * hour + 59 * 60) == "2 days 19 hours"
    assert duration(day + hour) == "1 day 1 hour"
    assert duration(3 * day + 30 * 60) == "3 days"
    assert duration(9 * day + 5 * hour) == "9 days"


def test_the_front_page_says_what_the_site_is(demo):
    """A first visitor met "Recent changes" and a list, with no word of what was changed or
    why it was kept; the other lists are reached from it and need no such line."""
    lead = "this archive keeps every version and shows what changed, word by word."
    assert lead in page(demo, "")
    for other in ("all", "days/2026-03-02", "label/numbers"):
        assert lead not in page(demo, other), other


def test_the_search_page_says_words_are_matched_whole(browser, site):
    """"fer" and "ferries" found nothing and the page said only "No article matches": the
    index has no stems or prefixes, and a reader could not know to try "ferry"."""
    page = browser.new_page(viewport={"width": 390, "height": 900})
    page.goto(f"{site}/search/")
    assert "Words are matched whole and as written" in page.inner_text(".lead")
    page.fill("#search-q", "fer")
    page.press("#search-q", "Enter")
    page.wait_for_function("document.querySelector('#search-status').textContent"
                           " === 'No article matches.'", timeout=30_000)
    page.fill("#search-q", "ferry")
    page.press("#search-q", "Enter")
    page.locator("#search-results li").first.wait_for(timeout=30_000)
    page.close()


SPLIT_SIZES = r"""() => {
    // Each "+20 −1 words" in the page's text whose words lie on more than one line.
    const sizes = /[+−][\d,]+(?:[\s\u00a0]−[\d,]+)?[\s\u00a0]words?/g, split = [];
    const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
        const node = walker.currentNode;
        for (const found of node.data.matchAll(sizes)) {
            const range = document.createRange();
            range.setStart(node, found.index);
            range.setEnd(node, found.index + found[0].length);
            const lines = new Set([...range.getClientRects()].map(box => Math.round(box.top)));
            if (lines.size > 1) split.push(found[0]);
        }
    }
    return split; }"""


def test_a_changes_size_is_never_split_across_lines(browser, site):
    """A list's line could end at "+2" and start the next with "−1 words", which reads as the
    whole change (the front page at 361 px); the figures and "words" keep to one line, at
    every phone width from 320 to 420 px."""
    page = browser.new_page(viewport={"width": 320, "height": 900})
    for path in ("", "harbourgazette/", f"{FERRY}/", f"{LIBRARY}/", f"{LIBRARY}/v2-v3/"):
        page.goto(f"{site}/{path}")
        assert re.search(r"\d\swords?\b", page.locator("main").inner_text()), path
        for width in range(320, 421):
            page.set_viewport_size({"width": width, "height": 900})
            assert page.evaluate(SPLIT_SIZES) == [], (path, width)
    page.close()
