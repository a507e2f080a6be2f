"""What the demo site says, page by page: issue 15's defects, each with the check that finds it."""

import re
from html import unescape
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import FERRY, LIBRARY, git, page

from newsdiff.cli import main
from newsdiff.demo import run_demo

BRIDGE = "valleytribune/news/local/millbrook-bridge-closure"


@pytest.fixture(scope="module")
def demo(demo_run):
    return demo_run


def text_of(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", "", html)).split())


def test_about_page_is_html_not_escaped_markup(demo):
    about = page(demo, "about")
    assert "<p>Newsrooms edit stories after publication" in about
    assert "<code>git log -p archive/&lt;source&gt;/&lt;article&gt;.md</code>" in about
    assert "&lt;p&gt;" not in about and "&lt;code&gt;" not in about


def test_display_names_in_navigation_headings_and_feeds(demo):
    front = page(demo, "")
    assert '<a href="./harbourgazette/">The Harbour Gazette</a>' in front
    assert "<h1>The Harbour Gazette</h1>" in page(demo, "harbourgazette")
    assert "<title>newsdiff demo: The Harbour Gazette</title>" in \
        (demo.site / "feeds/harbourgazette.atom.xml").read_text()
    assert ">harbourgazette<" not in front + page(demo, FERRY) + page(demo, "stats")


def test_sources_command_uses_display_names_and_finds_the_state_beside_the_archive(demo):
    result = CliRunner().invoke(main, ["sources", "--config", str(demo.directory /
                                                                  "newsdiff.toml"),
                                       "--archive", str(demo.archive)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[1].startswith("The Harbour Gazette ") and lines[2].startswith("Valley Tribune")
    assert "never" not in lines[1]  # the demo's state cache, beside its archive, was read


def test_title_diff_is_stacked_and_words_never_run_together(demo):
    bridge = page(demo, f"{BRIDGE}/v1-v2")
    headline = re.findall(r'<div class="hl">(.*?)</div>', bridge)[0]
    old, new = re.findall(r"<p class=\"h[on]\">(.*?)</p>", headline)
    assert text_of(old) == "Headline before Millbrook bridge to shut for three weeks"
    assert text_of(new).startswith("after Millbrook bridge repairs")
    library = page(demo, f"{LIBRARY}/v2-v3")
    assert "<del>18</del><ins> 16</ins>" in library  # "budgeted at 18 16 million", not "1816"
    assert library.count('<a class="l"') == 3
    assert not re.search(r'\S<a class="l"', library)  # each label chip after a space


def test_headline_only_changes_say_so(demo):
    for path in ("", FERRY, "harbourgazette", f"{FERRY}/v1-v2"):
        assert "+0 −0" not in page(demo, path)
    assert "version 2 of 3</a>: headline changed" in page(demo, "")
    assert ("what changed in version 2 of 3, seen 2 march 2026 07:35 utc, 35 minutes after "
            "version 1: headline changed") in \
        text_of(page(demo, f"{FERRY}/v1-v2")).lower()


def test_version_pages_say_when_a_newer_version_exists_in_words(demo):
    v1 = page(demo, f"{FERRY}/v1")
    assert 'A newer version exists: <a href="../v3/">version 3, the latest</a>' in v1
    assert "published 2 March 2026 06:40 UTC" in v1 and "2026-03-02T06:40" not in text_of(v1)
    assert '<a href="../v1-v2/">What changed in version 2</a>' in v1  # v1 leads to a diff
    assert "newer version" not in page(demo, f"{FERRY}/v3")
    pager = re.search(r'<nav class="pager".*?</nav>', page(demo, f"{FERRY}/v2"), re.S).group()
    assert not re.search(r"</a><a", pager)  # links never run into each other


def test_versions_list_shows_a_title_only_where_it_changed(demo):
    history = page(demo, LIBRARY)
    assert history.count('class="vt"') == 0  # the title never changed
    assert page(demo, FERRY).count('class="vt"') == 2  # v2's new title and v1's old one


def test_labels_are_links_with_a_legend(demo):
    front = page(demo, "")
    # A list's chips leave their meaning to the legend it ends with (not on every row).
    assert '<a class="l" href="./label/numbers/">numbers</a>' in front
    assert "<summary>What the labels mean</summary>" in front
    assert "<dd>a figure was changed</dd>" in front
    assert "a figure was changed" in page(demo, "label/numbers")


def test_days_count_changes_and_new_articles_apart(demo):
    assert "8 changes, 6 new articles" in text_of(page(demo, "days"))


def test_an_article_that_never_changed_is_one_page(tmp_path):
    from datetime import UTC, datetime

    from newsdiff.archive import ArchiveStore
    from newsdiff.article import Article, format_body
    from newsdiff.build import build_site

    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "archive").mkdir()
    with ArchiveStore(tmp_path / "archive") as store:
        store.save(Article(title="Quiet story", url="https://e.org/q.html", source="e",
                           body=format_body(["Nothing about this ever changed."])),
                   datetime(2026, 5, 1, tzinfo=UTC))
    build_site(tmp_path / "archive", tmp_path / "site")
    article = (tmp_path / "site/e/q/index.html").read_text()
    assert "Nothing about this ever changed." in article and "never;" in article
    assert not (tmp_path / "site/e/q/v1").exists()  # one page, not two
    assert "v1/" not in article


def test_open_graph_preview_for_a_diff(demo):
    diff = page(demo, f"{FERRY}/v2-v3")
    assert '<meta property="og:title" content="Ferry fares to rise 12% after council vote: ' \
        'what changed">' in diff
    # Previews read the page's description (Open Graph readers fall back to it): once, not twice
    assert '<meta name="description" content="What The Harbour Gazette changed' in diff
    assert 'og:description' not in diff


def test_demo_output_is_plural_aware(demo):
    said: list[str] = []
    run_demo(demo.directory.parent / "again", say=said.append)
    assert any("1 new version," in line for line in said)
    assert not any("1 new versions" in line for line in said)


def test_the_workflow_takes_the_site_url_from_configure_pages():
    workflow = (Path(__file__).resolve().parents[1] / ".github/workflows/scrape.yml").read_text()
    assert "uses: actions/configure-pages@v5\n        id: pages" in workflow
    assert "NEWSDIFF_SITEURL: ${{ vars.NEWSDIFF_SITEURL || steps.pages.outputs.base_url }}" \
        in workflow


def test_a_site_built_without_a_settings_file_is_not_a_pelican_blog(demo, tmp_path,
                                                                     monkeypatch):
    monkeypatch.chdir(tmp_path)  # no site/pelicanconf.py here: newsdiff's own defaults
    result = CliRunner().invoke(main, ["build", "--archive", str(demo.archive),
                                       "--output", "out", "--cache", "cache"])
    assert result.exit_code == 0, result.output
    front = (tmp_path / "out/index.html").read_text()
    assert "Pelican Blog" not in front and '<a class="brand" href="./">newsdiff</a>' in front


def test_search_filters_name_sources_as_every_other_page_does(demo):
    search = page(demo, "search")
    assert '<option value="harbourgazette">The Harbour Gazette</option>' in search
    assert ">harbourgazette<" not in search


def test_no_page_repeats_a_sharing_tag(demo):
    pages = [p for p in demo.site.rglob("index.html") if "http-equiv" not in p.read_text()]
    assert len(pages) > 40
    for path in pages:
        html = path.read_text()
        keys = re.findall(r'<meta (?:property|name)="([^"]+)"', html)
        assert len(keys) == len(set(keys)), (path, sorted(keys))
        assert html.count('rel="canonical"') <= 1, path


def test_days_are_dated_in_words_as_every_other_date(demo):
    """Every page says "2 March 2026 07:35 UTC"; the day pages and the charts said
    "2026-03-02" (and a one-edit day "1 edits")."""
    assert "2 March 2026: 8 changes, 6 new articles" in text_of(page(demo, "days"))
    assert "<h1>Changes on 2 March 2026</h1>" in page(demo, "days/2026-03-02")
    stats = page(demo, "stats")
    assert '<p class="cap"><span>2 March 2026</span>' in stats
    assert "<title>2 March 2026: 2 edits</title>" in stats and " 1 edits" not in stats
    assert not re.search(r">\s*2026-03-02\s*<", stats + page(demo, "days"))
    from newsdiff.pelican.render import day_columns

    chart = day_columns([("2026-03-01", 1), ("2026-03-02", 2)], "edits per day")
    assert "<title>1 March 2026: 1 edit</title>" in chart
    assert "<span>1 March 2026 to 2 March 2026</span>" in chart


def test_label_months_are_named_in_words(demo):
    label = page(demo, "label/numbers")
    assert ">March 2026</a> (5)" in label and ">2026-03<" not in label
    assert "<h1>Changes labelled “numbers” in March 2026</h1>" in \
        page(demo, "label/numbers/2026-03")


def test_the_navigation_marks_the_page_the_reader_is_on(demo):
    current = re.compile(r'<a href="[^"]*" aria-current="page">([^<]+)</a>')
    for path, name in (("harbourgazette", "The Harbour Gazette"), ("stats", "Statistics"),
                       ("search", "Search"), ("about", "About this archive")):
        assert current.findall(page(demo, path)) == [name], path
    assert current.findall(page(demo, "")) == [] and current.findall(page(demo, FERRY)) == []
