"""Long lists in parts: a source's page, its months, days and label months.

Built from a real archive spanning three months, with parts cut small (``PART``) so that every
kind of list has several; checked for reachability, dead links and incremental = full.
"""

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from test_incremental import age_all_files, full_build, snapshot, touched

from newsdiff.archive import ArchiveStore
from newsdiff.article import Article, format_body
from newsdiff.build import build_site
from newsdiff.config import ConfigError, load_config
from newsdiff.pelican import lists

T0 = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
HREF = re.compile(r'(?:href|src)="([^"]*)"')


def story(number: int, edit: int = 0) -> Article:
    source = ["paper", "daily"][number % 2]
    paragraphs = [f"Story {number} reports the council's ferry vote.",
                  f"Residents of district {number} objected."]
    if edit:
        paragraphs.append(f"Update {edit}: the minister answered.")
    return Article(title=f"Story {number}" + (f" (updated {edit})" if edit else ""),
                   url=f"https://{source}.example/{number}.html", source=source,
                   byline="Ann Writer", body=format_body(paragraphs))


def save(archive: Path, items: list[tuple[Article, datetime]]) -> None:
    """Each version with the ``Change:`` label the fetcher gives a headline change."""
    with ArchiveStore(archive) as store:
        for article, when in items:
            store.save(article, when, {"Change": "headline"} if "updated" in article.title
                       else None)


@pytest.fixture
def small_parts(monkeypatch):
    monkeypatch.setattr(lists, "PART", 3)
    monkeypatch.setattr(lists, "NEWEST", 2)


@pytest.fixture
def archive(repo, small_parts):
    """30 articles over three months (3 days apart), every third edited twice."""
    archive = repo / "archive"
    items = []
    for n in range(30):
        when = T0 + timedelta(days=3 * n, minutes=n)
        items.append((story(n), when))
        if n % 3 == 0:
            items += [(story(n, 1), when + timedelta(hours=1)),
                      (story(n, 2), when + timedelta(hours=2))]
    save(archive, sorted(items, key=lambda item: item[1]))
    # a busy day: 8 changes on one day, so its page has parts too
    save(archive, [(story(n, 3), T0 + timedelta(days=95, minutes=n)) for n in range(0, 24, 3)])
    return archive


def pages(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): p.read_text()
            for p in site.rglob("*.html")}


def internal_links(name: str, html: str) -> list[str]:
    """The site paths a page links to (folders as their index.html)."""
    found = []
    for href in HREF.findall(html):
        url = urlsplit(urljoin(f"http://site/{name}", href))
        if url.netloc != "site":
            continue
        path = unquote(url.path).lstrip("/")
        found.append(path + "index.html" if path.endswith("/") or not path else path)
    return found


def articles_of(site: Path, source: str) -> set[str]:
    """Every article's history page of ``source``, from the files written: each article,
    changed or not, has its feed (a never-changed one has no ``v1/``)."""
    return {p.parent.relative_to(site).as_posix() + "/index.html"
            for p in (site / source).rglob("feed.atom.xml")}


def test_every_article_is_reachable_from_its_source_page_by_links(archive, tmp_path):
    site = tmp_path / "site"
    build_site(archive, site, cache=tmp_path / "cache")
    html = pages(site)
    for source in ("paper", "daily"):
        start = f"{source}/index.html"
        assert len(re.findall(r'<li><a class="t"', html[start].split(
            "<h2>The 2 newest articles</h2>")[1])) == 2  # NEWEST, the rest through the months
        reached = walk(html, start, source, articles_of(site, source))
        assert reached == articles_of(site, source)
        assert len(reached) == 15 and sum(
            f"{a.removesuffix('index.html')}v1/index.html" not in html for a in reached) == 10
        months = {p for p in html if p.startswith(f"sources/{source}/")} - {
            f"sources/{source}/index.html"}
        assert {m.split("/")[2] for m in months} == {"2026-01", "2026-02", "2026-03"}
        assert any(re.fullmatch(rf"sources/{source}/\d{{4}}-\d\d/\d/index.html", m)
                   for m in months)  # a month in parts


def walk(html: dict[str, str], start: str, source: str, histories: set[str]) -> set[str]:
    """The article pages (of ``histories``) reached from ``start`` through the source's
    list pages."""
    seen, todo, reached = {start}, [start], set()
    while todo:
        page = todo.pop()
        for link in internal_links(page, html[page]):
            if link.startswith(f"sources/{source}/") and link not in seen:
                seen.add(link)
                todo.append(link)
            elif link in histories:
                reached.add(link)
    return reached


def test_no_page_links_to_a_file_the_site_lacks(archive, tmp_path):
    site = tmp_path / "site"
    build_site(archive, site, cache=tmp_path / "cache")
    files = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
    html = pages(site)
    assert len(html) > 100
    dead = {(name, link) for name, text in html.items() for link in internal_links(name, text)
            if link not in files}
    assert dead == set()
    # the site has both kinds of article: never changed (no v1/) and changed
    assert "paper/2/index.html" in html
    assert not any(p.startswith("paper/2/v") for p in html)
    assert "paper/0/v1-v2/index.html" in html
    # no history page offers a first-against-latest comparison any more
    assert not any("first and latest" in text.lower() for text in html.values())


def test_a_source_page_says_how_much_of_its_lists_it_shows(archive, tmp_path, monkeypatch):
    """"Recent changes" over the 5 latest of 14 would hide that there are more, and where."""
    monkeypatch.setattr(lists, "LATEST", 5)
    site = tmp_path / "site"
    build_site(archive, site, cache=tmp_path / "cache")
    paper = pages(site)["paper/index.html"]
    changes = paper.split("<h2>The 5 latest changes</h2>")[1].split("<h2>")[0]
    assert len(re.findall(r'<li><a class="t"', changes)) == 5
    assert "day by day" in changes and "days/index.html" in internal_links("paper/", changes)
    assert "<h2>The 2 newest articles</h2>" in paper
    monkeypatch.setattr(lists, "LATEST", 50)
    build_site(archive, site, cache=tmp_path / "cache")
    assert "<h2>Recent changes</h2>" in pages(site)["paper/index.html"]


def test_a_label_page_says_it_shows_the_latest_of_more(archive, tmp_path, monkeypatch):
    monkeypatch.setattr(lists, "LATEST", 5)
    site = tmp_path / "site"
    build_site(archive, site, cache=tmp_path / "cache")
    html = pages(site)
    label = html["label/headline/index.html"]
    # 10 first edits, 10 second and 8 busy-day ones carry the headline label
    assert '<p>The 5 latest of 28; <a href="#by-month">every one, by month</a>.</p>' in label
    assert '<h2 id="by-month">By month</h2>' in label
    assert "The 5 latest of" not in html["index.html"]  # the front page has no months


def test_sources_lists_every_source_with_its_counts_and_months(archive, tmp_path):
    """A reader trimming ``/sources/paper/2026-01/`` to ``/sources/paper/`` or
    ``/sources/`` gets a page, not a 404."""
    site = tmp_path / "site"
    build_site(archive, site, cache=tmp_path / "cache")
    html = pages(site)
    index = html["sources/index.html"]
    assert "<h1>Every source</h1>" in index
    # 15 articles each, 5 of them edited twice and 4 once more on the busy day
    assert index.count("<p>15 articles, 14 changes. ") == 2
    for source in ("paper", "daily"):
        links = set(internal_links("sources/index.html", index))
        assert {f"{source}/index.html", f"sources/{source}/index.html",
                f"sources/{source}/2026-01/index.html",
                f"sources/{source}/2026-03/index.html"} <= links
        own = html[f"sources/{source}/index.html"]
        assert re.search(r"<h1>[^<]+: every article by the month first seen</h1>", own)
        months = [m for m in internal_links(f"sources/{source}/", own)
                  if re.fullmatch(r"sources/\w+/\d{4}-\d\d/index.html", m)]
        assert months == [f"sources/{source}/2026-0{n}/index.html" for n in (4, 3, 2, 1)
                          if f"sources/{source}/2026-0{n}/index.html" in html]
        assert len(months) >= 3
        # and every month listing leads back up to it
        for month in months:
            assert re.search(rf'href="[./]*/sources/{source}/">Every month of {source}</a>',
                             html[month])


def test_days_and_label_months_come_in_parts_chained_both_ways(archive, tmp_path):
    site = tmp_path / "site"
    build_site(archive, site, cache=tmp_path / "cache")
    html = pages(site)
    busy = "days/2026-04-06/"
    newest, first = html[f"{busy}index.html"], html[f"{busy}1/index.html"]
    assert f"{busy}2/index.html" in html and f"{busy}3/index.html" not in html
    assert re.search(r'rel="next" href="[./]*/days/2026-04-06/2/">Earlier changes this day',
                     newest)
    assert re.search(r'rel="prev" href="[./]*/days/2026-04-06/2/">Later changes this day',
                     first)
    # a part says which times (of a day) or dates (of a month) it holds
    assert "<h1>Changes on 6 April 2026, part 1 (09:00–09:06 UTC)</h1>" in first
    assert "<h1>Changes on 6 April 2026</h1>" in newest
    assert "<h1>paper: articles first seen in January 2026, part 1 (1–13 January)</h1>" in html[
        "sources/paper/2026-01/1/index.html"]
    assert "<h1>Changes labelled “headline” in April 2026, part 1 (6 April)</h1>" in html[
        "label/headline/2026-04/1/index.html"]
    # the first part's earlier link leaves the day: to the day before, as a one-part day's
    assert re.search(r'rel="next" href="[./]*/days/2026-0\d-\d\d/">Earlier day', first)
    labelled = [p for p in html if re.fullmatch(r"label/[^/]+/\d{4}-\d\d/1/index.html", p)]
    assert labelled  # a label's month in parts too


def test_incremental_builds_of_parted_lists_equal_full_builds(archive, tmp_path):
    site, cache = tmp_path / "site", tmp_path / "cache"
    build_site(archive, site, cache=cache)
    # the oldest article changes: its month's oldest part and the source's page re-render,
    # its other parts do not
    save(archive, [(story(0, 4), T0 + timedelta(days=96))])
    age_all_files(site)
    build_site(archive, site, cache=cache)
    assert snapshot(site) == full_build(archive, tmp_path, "full-1")
    changed = touched(site)
    assert "sources/paper/2026-01/1/index.html" in changed and "paper/index.html" in changed
    assert not {"sources/paper/2026-01/index.html", "sources/paper/2026-02/index.html",
                "sources/paper/2026-02/1/index.html"} & changed
    assert not any(p.startswith("sources/daily/") for p in changed)
    # new articles fill the newest month until a part closes and moves to its number
    save(archive, [(story(n), T0 + timedelta(days=97, minutes=n)) for n in (40, 42, 44, 46)])
    build_site(archive, site, cache=cache)
    assert snapshot(site) == full_build(archive, tmp_path, "full-2")


def test_no_source_can_take_the_month_listings_folder(tmp_path):
    config = tmp_path / "newsdiff.toml"
    config.write_text('[[source]]\nname = "sources"\nfeeds = ["https://s.example/feed"]\n')
    with pytest.raises(ConfigError, match="reserved"):
        load_config(config)
