"""Atom feeds: valid RFC 4287 (its RELAX NG schema, via lxml), one id and alternate page per
feed, absolute links when the site's URL is known, the changed passages in each entry."""

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urljoin

import pytest
from lxml import etree

from newsdiff.archive import ArchiveStore
from newsdiff.article import Article, format_body
from newsdiff.build import build_site

ROOT = Path(__file__).resolve().parents[1]
ATOM = "{http://www.w3.org/2005/Atom}"
NS = {"a": "http://www.w3.org/2005/Atom"}
SCHEMA = etree.RelaxNG(etree.parse(str(ROOT / "tests/data/atom.rng")))
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
BEFORE = ["The council approved the budget of 3,400 pounds on Monday.",
          "Residents said the island needs more sailings."]
AFTER = ["The council approved the budget of 3,100 pounds on Monday.",
         "Residents said the island needs more sailings."]


def save(archive: Path) -> None:
    with ArchiveStore(archive) as store:
        for n, (title, body) in enumerate([("Budget approved", BEFORE),
                                           ("Budget approved after a long debate", AFTER)]):
            store.save(Article(title=title, url="https://gazette.example/budget.html",
                               source="gazette", body=format_body(body)),
                       T0 + timedelta(hours=n))
        store.save(Article(title="Ferry timetable", url="https://tribune.example/ferry.html",
                           source="tribune", body=format_body(BEFORE)), T0)


@pytest.fixture(scope="module")
def feeds(tmp_path_factory):
    """The feeds of one archive built twice: without a site URL, and published with one."""
    repo = tmp_path_factory.mktemp("feeds")
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True)
    (repo / "archive").mkdir()
    save(repo / "archive")
    build_site(repo / "archive", repo / "local", source_titles={"gazette": "The Gazette"})
    subprocess.run([sys.executable, "-m", "pelican", "-s", str(ROOT / "site/publishconf.py"),
                    "-o", str(repo / "published"), "-q", "-e",
                    f'NEWSDIFF_ARCHIVE="{repo / "archive"}"'], check=True, cwd=ROOT,
                   env={**os.environ, "NEWSDIFF_SITEURL": "https://me.github.io/news"})
    return repo


def all_feeds(site: Path) -> list[Path]:
    found = sorted(site.rglob("*.atom.xml"))
    assert len(found) == 5  # all, two sources, two articles
    return found


@pytest.mark.parametrize("build", ["local", "published"])
def test_every_feed_is_valid_atom_with_an_author(feeds, build):
    for path in all_feeds(feeds / build):
        tree = etree.parse(str(path))
        assert SCHEMA.validate(tree), (path, SCHEMA.error_log)
        # RFC 4287 §4.1.1's rule the schema leaves to Schematron: a feed needs an author
        # unless every entry has one.
        assert tree.find(f"{ATOM}author/{ATOM}name") is not None, path


@pytest.mark.parametrize("build", ["local", "published"])
def test_each_feed_has_its_own_id_and_page(feeds, build):
    ids, pages = set(), set()
    for path in all_feeds(feeds / build):
        root = etree.parse(str(path)).getroot()
        ids.add(root.findtext(f"{ATOM}id"))
        where = "https://site.example/" + path.relative_to(feeds / build).as_posix()
        pages.add(urljoin(where, root.xpath("a:link[@rel='alternate']/@href", namespaces=NS)[0]))
    assert len(ids) == len(pages) == 5


def test_links_are_absolute_when_the_site_url_is_known(feeds):
    root = etree.parse(str(feeds / "published/feeds/gazette.atom.xml")).getroot()
    hrefs = root.xpath("//a:link/@href", namespaces=NS)
    assert hrefs and all(h.startswith("https://me.github.io/news/") for h in hrefs)
    assert root.findtext(f"{ATOM}id") == "https://me.github.io/news/feeds/gazette.atom.xml"
    assert "https://me.github.io/news/gazette/" in hrefs


def test_links_resolve_from_the_feed_without_a_site_url(feeds):
    """Relative to the feed itself, so a project site under /<repo>/ still works."""
    path = feeds / "local/gazette/budget/feed.atom.xml"
    root = etree.parse(str(path)).getroot()
    for href in root.xpath("//a:link/@href", namespaces=NS):
        assert not href.startswith("/")
        target = (path.parent / href).resolve()
        assert target.is_file() or (target / "index.html").is_file(), href


def test_entries_show_the_changed_passages_and_names(feeds):
    for path in ("local/feeds/all.atom.xml", "local/gazette/budget/feed.atom.xml"):
        root = etree.parse(str(feeds / path)).getroot()
        entry = root.find(f"{ATOM}entry")
        content = entry.findtext(f"{ATOM}content")
        assert "<b>Headline before:</b> Budget approved<br>" in content
        assert "<ins>after a long debate</ins>" in content
        assert "<del>3,400</del>" in content and "<ins> 3,100</ins>" in content
        assert entry.findtext(f"{ATOM}author/{ATOM}name") == "The Gazette"
        assert entry.findtext(f"{ATOM}summary") == "+1 −1 words, headline changed"
    source = etree.parse(str(feeds / "local/feeds/gazette.atom.xml")).getroot()
    assert source.findtext(f"{ATOM}title").endswith(": The Gazette")


def test_a_feed_names_no_stylesheet_and_the_site_says_what_feeds_are_for(feeds):
    # Browsers are dropping XSLT (Chromium covers a page that uses it with a banner asking
    # readers to complain to the maintainer): a feed is for feed readers, and says so nowhere
    # a browser would act on.
    path = feeds / "local/feeds/all.atom.xml"
    assert "xml-stylesheet" not in path.read_text()
    assert not list((feeds / "local").rglob("*.xsl"))
    about = (feeds / "local/about/index.html").read_text()
    assert 'id="feeds"' in about and "feeds/all.atom.xml" in about
    front = (feeds / "local/index.html").read_text()
    assert 'type="application/atom+xml">Atom feed</a> <a href="./about/#feeds">' in front
