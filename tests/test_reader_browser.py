"""What a first-time reader sees, in a real headless Chromium: right-to-left sources, when each
version of a diff was seen, a page that does not exist."""

from datetime import UTC, datetime, timedelta

import pytest
from conftest import empty_archive, git
from rangeserver import serve

from newsdiff.archive import ArchiveStore
from newsdiff.article import Article, format_body
from newsdiff.build import build_site

T0 = datetime(2017, 8, 21, 8, 0, tzinfo=UTC)
ARABIC = ["أعلنت الحكومة عن خطة جديدة للنقل العام.",
          "وقال وزير النقل إن المشروع سيكلف نحو ثلاثة مليارات دولار.",
          "وأعرب سكان الأحياء الشرقية عن ترحيبهم بالخطة."]
RTL = "arabi/news/transport-plan"
#: version 2 was read by an upgraded newsdiff (as tests/test_diff_pages.py marks one)
UPGRADED = {"Change": "paragraph-removed, reading", "Reading-Was": "1-00000000"}


@pytest.fixture(scope="module")
def rtl_site(tmp_path_factory):
    """A source whose name, headlines and text are Arabic: a paragraph removed in version 2,
    which an upgraded newsdiff read."""
    repo = tmp_path_factory.mktemp("rtl")
    empty_archive(repo)
    with ArchiveStore(repo / "archive") as store:
        for minutes, body, trailers in ((0, ARABIC, {}), (35, ARABIC[:2], UPGRADED)):
            store.save(Article(title="الحكومة تعلن خطة نقل جديدة",
                               url="https://arabi.example/news/transport-plan", source="arabi",
                               byline="محمد أحمد", body=format_body(body),
                               published="2017-08-21T07:40:00Z"),
                       T0 + timedelta(minutes=minutes), trailers=trailers)
    build_site(repo / "archive", repo / "site", cache=repo / "cache",
               source_titles={"arabi": "العربي اليوم"})
    server = serve(repo / "site")
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_a_date_after_an_arabic_source_name_stays_in_its_place(browser, rtl_site):
    """The list's "العربي اليوم · 21 August 2017" read "21 · العربي اليوم August 2017": the
    day's number was drawn into the Arabic name's right-to-left run."""
    for width in (320, 1280):
        page = browser.new_page(viewport={"width": width, "height": 900})
        page.goto(f"{rtl_site}/")
        meta = page.locator("ol.changes li .m").first
        source = meta.locator("a", has_text="العربي اليوم").bounding_box()
        stamp = meta.locator("time").first
        assert stamp.inner_text().startswith("21 August 2017")
        rects = stamp.evaluate("t => [...t.getClientRects()].map(r => [r.left, r.top])")
        assert len(rects) == 1, rects  # one piece, not "21" apart from "August 2017 …"
        left, top = rects[0]
        assert top > source["y"] + 1 or left >= source["x"] + source["width"] - 1, \
            (width, rects, source)  # after the name, as an English line reads
        page.close()


def test_arabic_text_aligns_and_ends_right_to_left(browser, rtl_site):
    """An Arabic headline and paragraph start at the right edge (they sat at the left, their
    full stop at the far end of the line)."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    for path, selector in ((f"{RTL}/v1-v2/", ".df p.s"), (f"{RTL}/v1/", ".body p"),
                           (f"{RTL}/", "h1")):
        page.goto(f"{rtl_site}/{path}")
        text = page.locator(selector).first
        edges = text.evaluate("""p => { const r = document.createRange(); r.selectNodeContents(p);
            const box = r.getBoundingClientRect(), own = p.getBoundingClientRect(),
                  pad = parseFloat(getComputedStyle(p).paddingRight);
            return [own.right - pad - box.right, box.left - own.left]; }""")
        assert abs(edges[0]) < 2 and edges[1] > 50, (path, edges)  # flush right, room left
    page.close()


def test_a_diff_says_when_each_version_was_seen_on_a_phone(browser, rtl_site):
    """Inline (a phone's default) the diff said "35 minutes later" and no date at all: the
    dates were only in the side-by-side columns' headings."""
    page = browser.new_page(viewport={"width": 390, "height": 900})
    page.goto(f"{rtl_site}/{RTL}/v1-v2/")
    lead = page.locator("p.lead")
    assert lead.inner_text().startswith(
        "What changed in version 2 of 2, seen 21 August 2017 08:35 UTC, 35 minutes after "
        "version 1: −")
    assert lead.locator("time").get_attribute("datetime") == "2017-08-21T08:35:00Z"
    page.close()


def test_a_mistyped_address_gets_the_sites_own_404_page(browser, rtl_site):
    """GitHub Pages answers any missing address with /404.html; there was none, so a reader
    with a mistyped or cut link got GitHub's page, with no way into the archive."""
    page = browser.new_page(viewport={"width": 320, "height": 700})
    not_found = page.request.get(f"{rtl_site}/404.html")
    assert not_found.ok
    # As Pages serves it: the same page at any depth.
    page.route("**/arabi/news/transport-plam/v9/", lambda route: route.fulfill(
        status=404, body=not_found.body(), content_type="text/html; charset=utf-8"))
    assert page.goto(f"{rtl_site}/arabi/news/transport-plam/v9/").status == 404
    assert page.locator("h1").inner_text() == "No page at this address"
    assert page.evaluate("document.documentElement.scrollWidth - innerWidth") <= 0
    # Its stylesheet and every link work from there.
    assert page.locator("body").evaluate("b => getComputedStyle(b).margin") == "0px"
    hrefs = page.locator("a").evaluate_all("as => as.map(a => a.href)")
    assert f"{rtl_site}/search/" in hrefs and f"{rtl_site}/arabi/" in hrefs
    for href in hrefs:
        if href.startswith(rtl_site) and "#" not in href:  # not the skip link
            assert page.request.get(href).ok, href
    page.close()


def test_an_articles_facts_keep_its_own_claim_apart_from_what_was_seen(browser, rtl_site):
    """"First published or seen 21 August 2017 07:40 UTC" was the page's claim, and did not
    say so; newsdiff first saw the article at 08:00."""
    page = browser.new_page(viewport={"width": 320, "height": 900})
    page.goto(f"{rtl_site}/{RTL}/")
    facts = dict(zip(page.locator("dl.facts dt").all_inner_texts(),
                     page.locator("dl.facts dd").all_inner_texts(), strict=True))
    assert facts["Published"] == "21 August 2017 07:40 UTC, by the page's own account"
    assert facts["First seen"] == "21 August 2017 08:00 UTC"
    assert facts["Changed"] == "1 time: 2 versions"
    page.close()


def luminance(css: str) -> float:
    """WCAG relative luminance of an ``rgb(…)`` colour."""
    channels = [int(c) / 255 for c in css[css.index("(") + 1:css.index(")")].split(",")[:3]]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_keyboard_focus_shows_on_the_active_view_switch(browser, rtl_site, scheme):
    """Chromium's own ring hugged the active view's filled pill and vanished on it (WCAG
    2.4.7): a keyboard reader could not see where they were."""
    page = browser.new_page(viewport={"width": 390, "height": 900}, color_scheme=scheme)
    page.goto(f"{rtl_site}/{RTL}/v1-v2/")
    active = page.locator(".views .vi")  # a phone's default view: the filled pill
    for _ in range(40):
        page.keyboard.press("Tab")
        if active.evaluate("a => a === document.activeElement"):
            break
    ring = active.evaluate("""a => { const s = getComputedStyle(a);
        return [s.outlineStyle, parseFloat(s.outlineWidth), parseFloat(s.outlineOffset),
                s.outlineColor, getComputedStyle(document.body).backgroundColor]; }""")
    style, width, offset, colour, background = ring
    assert style == "solid" and width >= 2 and offset >= 2, ring  # outside the pill
    assert contrast(colour, background) >= 3, ring  # against the page around it
    page.close()


def test_the_reading_caveat_is_on_the_article_page_too(browser, rtl_site):
    """The article page shows its latest change; when newsdiff read that version differently,
    it showed a "reading" chip and said nothing a phone reader could see (the meaning was a
    hover tooltip)."""
    page = browser.new_page(viewport={"width": 320, "height": 900})
    for path in (f"{RTL}/", f"{RTL}/v1-v2/"):
        page.goto(f"{rtl_site}/{path}")
        note = page.locator("main p.note", has_text="newsdiff was upgraded")
        assert note.is_visible(), path
        assert "may be newsdiff's, not the newsroom's" in note.inner_text()
    page.close()


def test_the_about_page_says_what_a_time_on_the_site_means(browser, rtl_site):
    """A journalist quoting "changed at 08:35" would misquote: that is when the change was
    seen. The about page said nothing of what the site's times are."""
    page = browser.new_page(viewport={"width": 390, "height": 900})
    page.goto(f"{rtl_site}/about/")
    text = " ".join(page.locator("main").inner_text().split())
    assert "in UTC and is when the archive fetched the page, not when the newsroom made " \
        "the edit" in text
    page.close()


def test_a_phone_shows_one_sources_link_when_there_are_many(browser, tmp_path):
    """Eight sources in the header took 206 px of a 320 px phone's first screen on every
    page, a line per two sources, before the page's own title."""
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "archive").mkdir()
    names = [f"paper{n}" for n in range(8)]
    with ArchiveStore(tmp_path / "archive") as store:
        for name in names:
            store.save(Article(title="Ferry fares rise", url=f"https://{name}.example/a.html",
                               source=name, body=format_body(ARABIC)), T0)
    build_site(tmp_path / "archive", tmp_path / "site", cache=tmp_path / "cache")
    server = serve(tmp_path / "site")
    url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        page = browser.new_page(viewport={"width": 320, "height": 568})
        page.goto(f"{url}/paper3/a/")
        nav = page.locator("body > header nav")
        assert nav.locator("a:visible").all_inner_texts()[:2] == ["Sources", "Statistics"]
        assert page.locator("body > header").bounding_box()["height"] < 130
        nav.get_by_role("link", name="Sources").click()
        page.wait_for_url(f"{url}/sources/")  # the click returns before the page has loaded
        assert page.locator("main").get_by_role("link", name="paper7").count() >= 1
        wide = browser.new_page(viewport={"width": 1280, "height": 800})
        wide.goto(f"{url}/paper3/a/")
        assert wide.locator("body > header nav a:visible").all_inner_texts()[:8] == names
    finally:
        server.shutdown()


def test_only_the_day_by_day_list_is_called_every_change(browser, tmp_path):
    """The front page's link to /all/ read "every change" and the day list's "every change,
    minor ones included", beside "Every change, day by day": two pages claimed to be every
    change, and /all/ holds only the latest ones."""
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "archive").mkdir()
    with ArchiveStore(tmp_path / "archive") as store:
        for minutes, word, trailers in ((0, "rise", {}), (30, "rises", {"Change": "minor"})):
            store.save(Article(title="Ferry fares", url="https://paper.example/a.html",
                               source="paper", body=format_body([f"Fares {word} today."])),
                       T0 + timedelta(minutes=minutes), trailers=trailers)
    build_site(tmp_path / "archive", tmp_path / "site", cache=tmp_path / "cache")
    server = serve(tmp_path / "site")
    url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        page = browser.new_page(viewport={"width": 390, "height": 800})
        for path in ("", "days/", "all/"):
            page.goto(f"{url}/{path}")
            main = page.locator("main")
            called = [t.lower() for t in main.locator("a").all_inner_texts()
                      if "every change" in t.lower()]
            assert called in ([], ["every change, day by day"]), (path, called)
            to_all = main.locator('a[href$="all/"]').all_inner_texts()
            assert all(t.startswith(("the latest", "latest")) for t in to_all), (path, to_all)
        assert page.locator("h1").inner_text() == "Latest changes, minor ones included"
    finally:
        server.shutdown()


def test_an_arabic_headline_change_reads_right_to_left(browser, tmp_path):
    """The headline rows ("Headline before …", "after …") took their direction from their
    English label, so an Arabic headline sat left-aligned, its last word wrapped to the left."""
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "archive").mkdir()
    with ArchiveStore(tmp_path / "archive") as store:
        for minutes, title in ((0, "الحكومة تعلن خطة نقل جديدة"),
                               (35, "الحكومة تعلن خطة نقل بقيمة ثلاثة مليارات دولار")):
            store.save(Article(title=title, url="https://arabi.example/a.html", source="arabi",
                               body=format_body(ARABIC)), T0 + timedelta(minutes=minutes))
    build_site(tmp_path / "archive", tmp_path / "site", cache=tmp_path / "cache")
    server = serve(tmp_path / "site")
    try:
        for width in (390, 1280):
            page = browser.new_page(viewport={"width": width, "height": 800})
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/arabi/a/v1-v2/")
            for row in page.locator(".hl p").all():
                # Where the headline starts: at the row's right edge (the label on a line of
                # its own) or just left of its label (beside it, as a right-to-left line reads).
                edges = row.evaluate("""p => { const k = p.querySelector('.k');
                    const r = document.createRange();
                    r.setStartAfter(k); r.setEndAfter(p.lastChild);
                    const box = r.getBoundingClientRect(), own = p.getBoundingClientRect(),
                          label = k.getBoundingClientRect();
                    return [own.right - box.right, label.left - box.right]; }""")
                assert edges[0] < 2 or 0 <= edges[1] < 12, (width, row.inner_text(), edges)
            page.close()
    finally:
        server.shutdown()


def test_a_byline_added_says_there_was_none_before(browser, tmp_path):
    """"Byline before" followed by nothing, then "after Erik de la Reguera", read as a fault
    of the page; the feed's passage likewise."""
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "archive").mkdir()
    with ArchiveStore(tmp_path / "archive") as store:
        for minutes, byline in ((0, ""), (35, "Erik de la Reguera")):
            store.save(Article(title="Ferry fares", url="https://paper.example/a.html",
                               source="paper", byline=byline, body=format_body(ARABIC)),
                       T0 + timedelta(minutes=minutes))
    build_site(tmp_path / "archive", tmp_path / "site", cache=tmp_path / "cache")
    server = serve(tmp_path / "site")
    try:
        page = browser.new_page(viewport={"width": 390, "height": 800})
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/paper/a/v1-v2/")
        rows = [" ".join(t.split()) for t in page.locator(".hl p").all_inner_texts()]
        assert rows == ["BYLINE BEFORE none", "AFTER Erik de la Reguera"]
        page.close()
    finally:
        server.shutdown()
    feed = (tmp_path / "site/paper/a/feed.atom.xml").read_text()
    assert "Byline before:&lt;/b&gt; &lt;i&gt;none&lt;/i&gt;" in feed
