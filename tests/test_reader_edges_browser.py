"""What a first-time reader sees of texts the demo lacks, in a real headless Chromium: a web
address or a long compound word in a changed paragraph, a long source name in the search form."""

import re
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime, timedelta

import pytest
from conftest import empty_archive, git
from rangeserver import serve

from newsdiff.archive import ArchiveStore
from newsdiff.article import Article, format_body
from newsdiff.build import build_site
from newsdiff.demo import serve_command

T0 = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)
REPORT = "https://www.example.gov/government/publications/ferry-fares-review-2026/annex-b-fares-table"
COMPOUND = "Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherung"
ARTICLE = "faz/politik/faehre"
BEFORE = ["Der Rat hat die Fährpreise erhöht.",
          f"Der Bericht steht unter {REPORT} und nennt die {COMPOUND} nicht.",
          "Die Inselbewohner wollen dagegen vorgehen."]
#: a source's name longer than a phone's line (a paper's regional edition)
FAZ = "Frankfurter Allgemeine Sonntagszeitung, Rhein-Main-Ausgabe"
#: what the page says, with no time zone (as dates.normalise_date keeps a page's bare local time)
PUBLISHED = "2026-03-02T09:40:00"
AFTER = [BEFORE[0], f"Der Bericht steht unter {REPORT}-v2 und nennt die {COMPOUND}n.", BEFORE[2]]


@pytest.fixture(scope="module")
def long_words_dir(tmp_path_factory):
    """One article whose second paragraph, a web address and a compound noun in it, changed;
    its source's name is a long one; its page gave its times without a zone."""
    repo = tmp_path_factory.mktemp("longwords")
    empty_archive(repo)
    with ArchiveStore(repo / "archive") as store:
        for minutes, body in ((0, BEFORE), (35, AFTER)):
            store.save(Article(title="Rat erhöht die Fährpreise", source="faz",
                               url="https://faz.example/politik/faehre", body=format_body(body),
                               published=PUBLISHED, modified=PUBLISHED),
                       T0 + timedelta(minutes=minutes))
    build_site(repo / "archive", repo / "site", cache=repo / "cache",
               source_titles={"faz": FAZ})
    return repo / "site"


@pytest.fixture(scope="module")
def long_words_site(long_words_dir):
    server = serve(long_words_dir)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def overflow(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - innerWidth")


@pytest.mark.parametrize(("width", "view"), [(1280, ""), (1280, "#inline"), (390, "#split"),
                                             (320, "#split"), (320, "")])
def test_a_long_word_in_a_changed_paragraph_stays_in_its_column(browser, long_words_site,
                                                                  width, view):
    """Side by side, a changed paragraph holding a web address (or a long German compound)
    widened its grid column to the word's width: the desktop diff and the article page were
    3,700 px wide, scrolled sideways, and cut both versions' text at the window's edge."""
    page = browser.new_page(viewport={"width": width, "height": 900})
    for path in (f"{ARTICLE}/v1-v2/{view}", f"{ARTICLE}/"):
        page.goto(f"{long_words_site}/{path}")
        assert overflow(page) <= 0, (width, path, overflow(page))
        for side in page.locator(".df .c:not(.hd) > p:visible").all():
            box = side.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= width, (width, path, box)
    # Nothing of the address was lost to the break: it reads whole, added part marked.
    page.goto(f"{long_words_site}/{ARTICLE}/v1-v2/#inline")
    text = page.locator(".df .c .i").first.inner_text()
    assert REPORT in text and COMPOUND in text
    page.close()


def test_a_long_source_name_fits_the_search_form_on_a_phone(browser, long_words_site):
    """The source menu is as wide as its longest name: "Frankfurter Allgemeine Zeitung" made
    it 431 px wide on a 320 px phone, the page scrolled sideways and the menu's end was cut."""
    for width in (320, 390):
        page = browser.new_page(viewport={"width": width, "height": 900})
        page.goto(f"{long_words_site}/search/")
        assert overflow(page) <= 0, (width, overflow(page))
        for control in page.locator("form.search select, form.search button").all():
            box = control.bounding_box()
            assert box["x"] + box["width"] <= width, (width, box)
        assert page.locator("#search-source option").all_inner_texts() == ["any", FAZ]
        page.close()


def test_the_timelines_last_date_sits_under_its_last_version(browser, long_words_site):
    """On a phone each of the timeline's two dates wraps to two lines; the last one, left
    aligned in its half, stood in the middle of the line, under no version at all."""
    page = browser.new_page(viewport={"width": 320, "height": 900})
    page.goto(f"{long_words_site}/{ARTICLE}/")
    line = page.locator("svg.timeline").bounding_box()
    text = page.locator(".cap > :last-child").evaluate("""s => {
        const r = document.createRange(); r.selectNodeContents(s);
        const b = r.getBoundingClientRect(); return [b.left, b.right]; }""")
    assert abs(text[1] - (line["x"] + line["width"])) < 2, (text, line)
    page.close()


def test_a_pages_time_without_a_zone_is_not_shown_as_if_in_utc(browser, long_words_site):
    """A page's "09:40" with no zone read "2 March 2026 09:40" beside the site's UTC times:
    a reader took it for UTC and the article as published before it was (or after)."""
    page = browser.new_page(viewport={"width": 390, "height": 900})
    page.goto(f"{long_words_site}/{ARTICLE}/")
    facts = dict(zip(page.locator("dl.facts dt").all_inner_texts(),
                     page.locator("dl.facts dd").all_inner_texts(), strict=True))
    assert facts["Published"] == ("2 March 2026 09:40 (no time zone given), "
                                  "by the page's own account")
    page.goto(f"{long_words_site}/{ARTICLE}/v2/")
    seen = page.locator("p.seen").inner_text()
    assert "published 2 March 2026 09:40 (no time zone given)" in seen
    assert "modified 2 March 2026 09:40 (no time zone given)" in seen
    page.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_the_demos_advice_on_reading_its_site_works(browser, long_words_dir):
    """The demo said "open …/site/index.html": from disk every link of the site, which names
    a folder as its published address does, opened that folder's file listing. It now gives
    the command that serves the site; that command's site reads, link after link."""
    port = free_port()
    command = serve_command(long_words_dir, port)
    assert command[:3] == ["python3", "-m", "http.server"] and str(long_words_dir) in command
    server = subprocess.Popen([sys.executable, *command[1:]], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/"
        while True:  # until it listens
            try:
                urllib.request.urlopen(url).close()
                break
            except OSError:
                assert server.poll() is None, "the command did not serve the site"
                time.sleep(0.05)
        page = browser.new_page(viewport={"width": 390, "height": 900})
        page.goto(url)
        page.get_by_role("link", name="Rat erhöht die Fährpreise").first.click()
        page.wait_for_url(f"{url}{ARTICLE}/")
        assert page.locator("h1").inner_text() == "Rat erhöht die Fährpreise"
        page.get_by_role("link", name="what changed").first.click()
        page.wait_for_url(f"{url}{ARTICLE}/v1-v2/")
        assert page.locator("p.lead").inner_text().startswith("What changed in version 2 of 2")
        page.close()
    finally:
        server.terminate()
        server.wait()


@pytest.mark.parametrize("path", ["", "all/", "days/2026-03-02/", "search/?q=Rat"])
def test_a_source_name_longer_than_a_phones_line_wraps(browser, long_words_site, path):
    """A list's line kept each of its links on one line (so "version 2 of 2" is never split),
    the source's name too: one longer than a 320 px line ran 60 px past the screen's edge."""
    page = browser.new_page(viewport={"width": 320, "height": 900})
    page.goto(f"{long_words_site}/{path}")
    source = page.locator("ol.changes li .m a", has_text=FAZ).first
    source.wait_for()  # search results come after the page
    box = source.bounding_box()
    assert box["x"] + box["width"] <= 320 and overflow(page) <= 0, (path, box)
    assert source.inner_text().replace("\n", " ") == FAZ
    page.close()


#: a source named by its web address: one word longer than a 320 px phone's line
ADDRESS = "hufvudstadsbladet.fi/nyheter/huvudstadsregionen"


def test_a_source_named_by_its_web_address_fits_a_phone(browser, tmp_path):
    """The menu's links and the article's facts are items of a flex line and a grid, which
    took the whole address's width however the text wrapped: on a 320 px phone every page of
    the site scrolled 97 px sideways, the source's page 151, the article's 212."""
    empty_archive(tmp_path)
    with ArchiveStore(tmp_path / "archive") as store:
        for minutes, body in ((0, BEFORE), (35, AFTER)):
            store.save(Article(title="Rat erhöht die Fährpreise", source="faz",
                               url="https://faz.example/politik/faehre",
                               body=format_body(body)), T0 + timedelta(minutes=minutes))
    build_site(tmp_path / "archive", tmp_path / "site", cache=tmp_path / "cache",
               source_titles={"faz": ADDRESS})
    server = serve(tmp_path / "site")
    page = browser.new_page(viewport={"width": 320, "height": 900})
    try:
        for path in ("", "faz/", "sources/", "stats/", f"{ARTICLE}/", f"{ARTICLE}/v1-v2/",
                     f"{ARTICLE}/v1-v2/#split", f"{ARTICLE}/v2/"):
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/{path}")
            assert overflow(page) <= 0, (path, overflow(page))
            assert page.get_by_text(ADDRESS).count() >= 1, path  # broken, never cut
    finally:
        page.close()
        server.shutdown()


def test_a_diff_printed_from_a_dark_screen_prints_dark_on_paper(browser, long_words_site):
    """Printing keeps the screen's colour scheme, but not its backgrounds: a diff printed by a
    reader in dark mode came out in the dark palette's pale text on white paper."""
    page = browser.new_page(color_scheme="dark", viewport={"width": 1280, "height": 900})
    page.goto(f"{long_words_site}/{ARTICLE}/v1-v2/")
    colours = """() => [document.body, document.querySelector('.df del'),
                        document.querySelector('.df ins')].map(e => getComputedStyle(e).color)"""
    on_screen = page.evaluate(colours)
    page.emulate_media(media="print")
    printed = page.evaluate(colours)
    assert printed[0] == "rgb(29, 29, 27)", printed  # the light palette's text, as on paper
    assert printed[0] != on_screen[0]  # the screen keeps its dark scheme
    # Printed, removed and added words keep their marks (no background reaches the paper).
    marks = page.locator(".df del, .df ins").evaluate_all(
        "es => es.map(e => getComputedStyle(e).textDecorationLine)")
    assert "line-through" in marks and "underline" in marks
    page.close()


def test_an_empty_archives_statistics_say_so_under_each_heading(tmp_path):
    """Before the first round the statistics page showed "Edits per source per day" over
    nothing at all, as if the page had failed to draw its charts."""
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "archive").mkdir()
    build_site(tmp_path / "archive", tmp_path / "site", cache=tmp_path / "cache")
    stats = (tmp_path / "site/stats/index.html").read_text()
    main = stats[stats.index("<main"):stats.index("</main>")]
    assert re.findall(r"<h2>([^<]*)</h2>\s*<p>([^<]*)</p>", main) == [
        ("Edits per source per day", "Nothing archived yet."),
        ("Most-edited articles", "No article has changed yet.")]


def test_a_charts_spoken_name_is_the_sources_own(browser, long_words_site):
    """A screen reader heard "Edits per day at faz", the source's folder name, where the page
    shows "Frankfurter Allgemeine …"."""
    page = browser.new_page(viewport={"width": 390, "height": 900})
    page.goto(f"{long_words_site}/stats/")
    assert page.get_by_role("img", name=f"Edits per day at {FAZ}").count() == 1
    page.close()


@pytest.fixture(scope="module")
def many_matches_site(tmp_path_factory):
    """Twenty-two articles with "ferry" in them: two pages of search results."""
    repo = tmp_path_factory.mktemp("manymatches")
    empty_archive(repo)
    with ArchiveStore(repo / "archive") as store:
        for n in range(22):
            store.save(Article(title=f"Boat story {n}", url=f"https://tribune.example/boat-{n}",
                               source="tribune",
                               body=format_body([f"The ferry timetable changes for route {n}."])),
                       T0 + timedelta(minutes=n))
    build_site(repo / "archive", repo / "site", cache=repo / "cache")
    server = serve(repo / "site")
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_more_results_by_keyboard_leave_the_reader_at_the_first_new_one(browser,
                                                                          many_matches_site):
    """"More results" hides while it searches: pressed from the keyboard, focus fell back to
    the page's start, and the reader had to tab through the header and twenty results again."""
    page = browser.new_page(viewport={"width": 390, "height": 900})
    page.goto(f"{many_matches_site}/search/?q=ferry")
    more = page.locator("#search-more")
    more.wait_for(state="visible", timeout=30_000)
    more.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelectorAll('#search-results li').length > 20",
                           timeout=30_000)
    focused = page.evaluate("document.activeElement.outerHTML")
    new = page.locator("#search-results li").nth(20).locator("a.t")
    assert new.evaluate("a => a === document.activeElement"), focused
    page.close()


#: A long story whose second and last paragraphs changed: the run between them folds. Its
#: paragraphs open with the same words, as a story's "The council said…" paragraphs may.
LONG = [f"The council said on Tuesday that the fares on route {n} would rise, and the "
        f"islanders who take the boat every morning to work on the mainland have read its "
        f"answer with some care and little patience, {n} of them said." for n in range(1, 13)]
EDITED = [LONG[0], LONG[1] + " It was 12%.", *LONG[2:-1], LONG[-1] + " Or 14%."]


@pytest.fixture(scope="module")
def folded_site(tmp_path_factory):
    repo = tmp_path_factory.mktemp("folded")
    empty_archive(repo)
    with ArchiveStore(repo / "archive") as store:
        for minutes, body in ((0, LONG), (35, EDITED)):
            store.save(Article(title="Ferry fares rise", source="gazette",
                               url="https://gazette.example/ferry", body=format_body(body)),
                       T0 + timedelta(minutes=minutes))
    build_site(repo / "archive", repo / "site", cache=repo / "cache")
    server = serve(repo / "site")
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_a_fold_opens_the_version_page_at_the_first_paragraph_it_hid(browser, folded_site):
    page = browser.new_page(viewport={"width": 390, "height": 700})
    page.goto(f"{folded_site}/gazette/ferry/v1-v2/")
    fold = page.locator("p.fo a")
    assert fold.count() == 1
    hidden = int(re.search(r"(\d+) unchanged", fold.inner_text()).group(1))
    first = f"route {11 - hidden} would"  # the run ends at the context kept before paragraph 12
    fold.click()
    page.wait_for_url(re.compile(r".*/gazette/ferry/v2/.*"))
    page.wait_for_function("scrollY > 0", timeout=10_000)
    # The first paragraph it hid is in view, not the page's top nor the first paragraph that
    # opens with the same words.
    box = page.locator(".body p", has_text=first).bounding_box()
    assert box is not None and 0 <= box["y"] < 700
    page.close()
