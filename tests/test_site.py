"""Site builds from archives written directly through the store."""

import os
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import lxml.html
from conftest import git

from newsdiff.archive import ArchiveStore
from newsdiff.article import Article, format_body
from newsdiff.build import build_site

ROOT = Path(__file__).resolve().parents[1]
T0 = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)

HOSTILE_TITLE = '</title><script>alert("title")</script> "Quoted" & <b>bold</b>'
HOSTILE_BODY = [
    "<script>alert('body')</script> A normal sentence follows the script tag here.",
    "[click me](javascript:alert('link')) and ![img](data:text/html,<script>alert(1)</script>)",
    '<img src=x onerror="alert(\'img\')"> <a href="javascript:alert(2)">x</a> broken <div',
    "<iframe src='https://evil.example/'></iframe><svg onload=alert(3)>",
]


def html_files(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_hostile_content_is_inert(repo, tmp_path):
    with ArchiveStore(repo / "archive") as store:
        for number, title in enumerate([HOSTILE_TITLE, HOSTILE_TITLE + " v2"]):
            store.save(Article(title=title, url="https://evil.example/x.html", source="evil",
                               byline='<script>alert("by")</script>',
                               body=format_body(HOSTILE_BODY[: 3 + number])),
                       T0 + timedelta(hours=number))
    site = tmp_path / "site"
    build_site(repo / "archive", site)
    pages = html_files(site)
    assert len(pages) >= 5  # front, source, history, 2 versions, 1 diff
    for page in pages:
        tree = lxml.html.fromstring(page.read_bytes())
        if page.relative_to(site).as_posix() == "search/index.html":
            # The one page with script: the vendored SQLite reader and ours, nothing inline.
            scripts = tree.xpath("//script")
            assert [s.get("src", "").rsplit("/theme/", 1)[-1] for s in scripts] == [
                "search/sql.js-httpvfs/index.js", "search/search.js"]
            assert not any((s.text or "").strip() for s in scripts)
            for script in scripts:
                script.drop_tree()
        assert not tree.xpath("//script | //iframe | //img | //object | //embed"), page
        # The only SVG is our own drawing (timeline, charts): shapes and escaped text.
        assert not tree.xpath("//svg[not(@class='timeline' or @class='chart')] | //svg//*["
                              "not(self::line or self::circle or self::rect or self::text or "
                              "self::title or self::a[starts-with(@href, 'v')])]"), page
        handlers = [a for el in tree.iter() if isinstance(el.tag, str)
                    for a in el.attrib if a.lower().startswith("on")]
        assert handlers == [], page
        links = tree.xpath("//@href | //@src")
        assert not [u for u in links if re.match(r"\s*(javascript|data|vbscript):", u, re.I)]
    history = (site / "evil/x/index.html").read_text()
    assert "&lt;/title&gt;&lt;script&gt;" in history


def test_plain_pelican_builds_the_repository_site(tmp_path):
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "pelican", "-s", str(ROOT / "site/pelicanconf.py"),
                    "-o", str(out), "-q"], check=True, cwd=ROOT)
    front = (out / "index.html").read_text()
    assert "Recent changes" in front and "No changes recorded yet." in front
    assert (out / "about/index.html").is_file()
    assert (out / "theme/css/style.css").is_file()


def test_history_says_when_checking_stopped(repo, tmp_path):
    old = datetime.now(UTC) - timedelta(days=400)
    with ArchiveStore(repo / "archive") as store:
        for n, when in enumerate([old, datetime.now(UTC) - timedelta(days=2)]):
            store.save(Article(title="Old story", url=f"https://e.org/{n}.html", source="e",
                               body=format_body(["Text of the story."])), when)
    build_site(repo / "archive", tmp_path / "site")
    stale = (tmp_path / "site/e/0/index.html").read_text()
    fresh = (tmp_path / "site/e/1/index.html").read_text()
    # Dated, not "400 days ago": a page that changes with the clock defeats incremental builds.
    assert "<dd>never; still checked for changes</dd>" in fresh
    assert "; no longer checked for changes" in stale
    assert "no longer checked" not in fresh


def test_published_site_has_a_sitemap_with_absolute_urls(repo, tmp_path):
    with ArchiveStore(repo / "archive") as store:
        for n in range(2):
            store.save(Article(title=f"Story {n}", url=f"https://e.org/{n}.html", source="e",
                               body=format_body(["Text of the story."])), T0)
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "pelican", "-s", str(ROOT / "site/publishconf.py"),
                    "-o", str(out), "-q", "-e", f'NEWSDIFF_ARCHIVE="{repo / "archive"}"'],
                   check=True, cwd=ROOT,
                   env={**os.environ, "NEWSDIFF_SITEURL": "https://news.example.org"})
    index = (out / "sitemap.xml").read_text()
    assert "<sitemapindex " in index  # an index of sitemap files (50,000 URLs each at most)
    children = re.findall(r"<loc>https://news\.example\.org/([^<]*)</loc>", index)
    assert children == ["sitemap-site.xml", "sitemap-e-2026-05-1.xml"]
    sitemap = "".join((out / child).read_text() for child in children)
    assert '<link rel="canonical" href="https://news.example.org/">' in \
        (out / "index.html").read_text()
    assert '<link rel="canonical" href="https://news.example.org/about/">' in \
        (out / "about/index.html").read_text()
    assert "<loc>https://news.example.org/</loc>" in sitemap
    assert "<loc>https://news.example.org/sources/</loc>" in sitemap
    # every address is a page of the site; lists by day, label or month are not in it
    paths = re.findall(r"<loc>https://news\.example\.org/([^<]*)</loc>", sitemap)
    assert sorted(paths) == ["", "e/", "e/0/", "e/1/", "sources/"]
    assert [p for p in paths if not (out / p / "index.html").is_file()] == []
    assert not [p for p in paths if p.startswith(("days/", "label/", "sources/"))
                and p != "sources/"]
    # Pages link to each other relatively (fewer bytes; the site works wherever it is copied).
    assert 'href="./theme/css/style.css"' in (out / "index.html").read_text()
    assert 'href="../theme/css/style.css"' in (out / "about/index.html").read_text()


def test_repository_links_when_a_repository_url_is_set(repo, tmp_path):
    with ArchiveStore(repo / "archive") as store:
        store.save(Article(title="A story", url="https://e.org/a.html", source="e",
                           body=format_body(["Text of the story."])), T0)
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "pelican", "-s", str(ROOT / "site/publishconf.py"),
                    "-o", str(out), "-q", "-e", f'NEWSDIFF_ARCHIVE="{repo / "archive"}"'],
                   check=True, cwd=ROOT,
                   env={**os.environ, "NEWSDIFF_REPO_URL": "https://github.com/you/archive"})
    history = (out / "e/a/index.html").read_text()
    assert 'href="https://github.com/you/archive/commits/main/archive/e/a.md"' in history
    commit = git(repo, "rev-parse", "HEAD").strip()
    # Never changed: its one version is shown on the article's page, the only one.
    assert f'href="https://github.com/you/archive/commit/{commit}"' in history
    assert not (out / "e/a/v1").exists()


def test_rendering_bodies_does_not_leak_memory():
    # cmarkgfm's markdown_to_html never frees cmark's buffer: 8 KB per body, gigabytes in a
    # large build.  Rendering 3,000 bodies of ~1,000 words must not grow the process.
    from newsdiff.pelican.render import commonmark_html

    def resident_kb() -> int:
        status = Path("/proc/self/status").read_text()
        return int(re.search(r"VmRSS:\s+(\d+)", status).group(1))

    body = format_body([f"Paragraph {n} of a long story about the harbour and its ferries, "
                        "told at length so the page weighs what a real one does. " * 6
                        for n in range(12)])
    commonmark_html(body)
    before = resident_kb()
    for number in range(3000):
        commonmark_html(f"{body} {number}")
    grown_kb = resident_kb() - before
    assert grown_kb < 8 * 1024, f"{grown_kb} KB more after 3,000 bodies"
    assert commonmark_html("a <script>x</script> [l](javascript:alert(1))") == \
        '<p>a <!-- raw HTML omitted -->x<!-- raw HTML omitted --> <a href="">l</a></p>\n'
