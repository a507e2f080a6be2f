"""In a real headless Chromium: a German article's text is in German, the site around it in
English, as a screen reader or a browser's translation offer takes them (``lang`` as
computed from the element up), and the pages stay free of serious axe violations."""

import pytest
from rangeserver import serve
from test_language import DE, language_site

#: The language an element is in, as the browser works it out: its own lang, else the
#: nearest ancestor's (what the accessibility tree and hyphenation use).
COMPUTED = "el => (el.closest('[lang]') || {}).lang || ''"


@pytest.fixture(scope="module")
def german_site(tmp_path_factory):
    server = serve(language_site(tmp_path_factory.mktemp("german")))
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def computed(page, selector: str) -> list[str]:
    return page.locator(selector).evaluate_all(f"els => els.map({COMPUTED})")


@pytest.mark.parametrize("path, text, chrome", [
    (f"{DE}/v2/", "h1, .body p, .byline span", ".crumbs, .seen, .pager a, .byline"),
    (f"{DE}/v1-v2/", "h1, .df > p.s, .df > .c:not(.hd) p:not(:empty), .hl p > span:not(.k)",
     ".lead, .views a, .df .hd p, .hl .k, .pager a"),
    (f"{DE}/", "h1, .latest .df > .c:not(.hd) p:not(:empty), .vt",
     ".facts dd, .latest h2, .vl .m"),
    ("", 'a.t[href*="radwege"]', ".filters, ol.changes .m"),
])
def test_a_german_articles_text_is_german_and_the_site_around_it_english(
        browser, german_site, path, text, chrome):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{german_site}/{path}")
    assert page.evaluate("document.documentElement.lang") == "en"
    found = computed(page, text)
    assert found and set(found) == {"de"}, (path, found)
    around = computed(page, f"{chrome}, header a, footer p")
    assert around and set(around) == {"en"}, (path, around)
    page.close()


def test_the_marked_pages_pass_axe(browser, german_site):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    for path in (f"{DE}/v2/", f"{DE}/v1-v2/", f"{DE}/", "", "nordblatt/"):
        page = browser.new_page(viewport={"width": 390, "height": 900})
        page.goto(f"{german_site}/{path}")
        violations = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
                      for v in axe.run(page).response["violations"]
                      if v["impact"] in ("serious", "critical") or "lang" in v["id"]]
        assert violations == [], (path, violations)
        page.close()


def test_a_search_result_headline_is_in_its_articles_language(browser, german_site):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{german_site}/search/")
    for words, slug, tag in (("Radwege", DE, "de"), ("gångbro", "ostkusten/nyheter/hamnen",
                                                     "sv")):
        page.fill("#search-q", words)
        page.press("#search-q", "Enter")
        title = page.locator(f'#search-results a.t[href$="{slug}/"]')
        title.wait_for(timeout=30_000)
        assert title.evaluate(COMPUTED) == tag, words
        assert set(computed(page, "#search-results .m, #search-status")) == {"en"}
    page.close()


@pytest.mark.parametrize("words", ["beschliesst", "BESCHLIEẞT", "grössten", "\"größten Teil\""])
def test_search_takes_ss_for_sz_both_ways(browser, german_site, words):
    """An old headline's "beschließt" and the latest text's "größten", found as a Swiss paper
    or a keyboard without ß writes them, and as written (the phrase checked on the page)."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{german_site}/search/")
    page.fill("#search-q", words)
    page.press("#search-q", "Enter")
    page.locator(f'#search-results a.t[href$="{DE}/"]').wait_for(timeout=30_000)
    assert page.locator("#search-results li").count() == 1, words
    page.close()
