"""The Pelican plugin: one writer for every page, its own defaults, nothing of the fetch side."""

import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import lxml.etree
import pytest
from click.testing import CliRunner
from conftest import git
from pelican import signals

from newsdiff.archive import ArchiveStore
from newsdiff.article import Article, format_body, to_markdown
from newsdiff.build import BuildError, build_site
from newsdiff.cli import main
from newsdiff.config import ConfigError, load_config
from newsdiff.pelican import generator as site_generator
from newsdiff.pelican import output
from newsdiff.sections import SECTIONS

T0 = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)


def story(source: str, name: str, words: str = "Fares rise", title: str = "Ferry") -> Article:
    return Article(title=title, url=f"https://{source}.example/2026/{name}.html",
                   source=source, body=format_body([f"The council voted. {words} today."]))


def save(repo, *articles, start=T0):
    with ArchiveStore(repo / "archive") as store:
        for n, article in enumerate(articles):
            store.save(article, start + timedelta(hours=n))


def test_the_sites_own_sections_are_exactly_the_reserved_names(repo, tmp_path):
    save(repo, story("paper", "a"), story("paper", "a", "Fares fall"),
         story("daily", "b"))
    site = tmp_path / "site"
    build_site(repo / "archive", site)
    tops = {p.name for p in site.iterdir()} - {"paper", "daily"}
    assert tops <= SECTIONS
    assert {"index.html", "all", "days", "feeds", "theme", "stats", "search"} <= tops
    config = tmp_path / "newsdiff.toml"
    config.write_text('[[source]]\nname = "days"\nfeeds = ["https://days.example/feed"]\n')
    with pytest.raises(ConfigError, match="reserved"):
        load_config(config)


def test_two_pages_for_one_path_stop_the_build_in_one_line(repo, tmp_path):
    """An archive folder named like a section (from before the name was reserved)."""
    save(repo, story("paper", "a"), story("days", "b"))
    with pytest.raises(BuildError, match=r"two pages for days/index\.html"):
        build_site(repo / "archive", tmp_path / "site")
    result = CliRunner().invoke(main, ["build", "--archive", str(repo / "archive"),
                                       "--output", str(tmp_path / "site2")])
    assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1


def test_every_file_written_is_announced_and_counted_by_the_writer(repo, tmp_path):
    save(repo, story("paper", "a"), story("paper", "a", "Fares fall"))
    heard = []

    def listen(path, context=None):
        heard.append(path)

    signals.content_written.connect(listen)
    try:
        report = build_site(repo / "archive", tmp_path / "site")
    finally:
        signals.content_written.disconnect(listen)
    site = tmp_path / "site"
    assert str(site / "paper/2026/a/v1-v2/index.html") in heard
    assert str(site / "feeds/all.atom.xml") in heard
    # The search database too: it is updated in place, then claimed through the writer.
    assert [p.name for p in (site / "search").glob("*.db")] and any(
        h.startswith(str(site / "search")) and h.endswith(".db") for h in heard)
    assert report.written == len(set(heard))
    assert len(set(heard)) == len(heard)  # each announced once
    assert not hasattr(output, "tally")  # no module-wide count
    again = build_site(repo / "archive", site)
    assert again.written == 0 and again.unchanged == report.files


def test_a_failed_builds_pages_do_not_linger(repo, tmp_path, monkeypatch):
    save(repo, story("paper", "a"), story("paper", "gone"))
    site, cache = tmp_path / "site", tmp_path / "cache"

    def fail(self):
        raise RuntimeError("disk full while writing the feeds")

    monkeypatch.setattr(site_generator.lists.Lists, "feeds", fail)
    with pytest.raises(BuildError, match="disk full"):
        build_site(repo / "archive", site, cache=cache)
    assert (site / "paper/2026/gone/index.html").is_file()  # written before the failure
    monkeypatch.undo()
    git(repo, "rm", "-q", "archive/paper/2026/gone.md")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "remove")
    build_site(repo / "archive", site, cache=cache)
    assert not (site / "paper/2026/gone").exists()
    assert (site / "paper/2026/a/index.html").is_file()


def test_the_configured_schedule_reaches_the_site(repo, tmp_path):
    save(repo, story("paper", "a"))
    note = "no longer checked for changes"
    build_site(repo / "archive", tmp_path / "default")
    assert note not in (tmp_path / "default/paper/2026/a/index.html").read_text()
    config = tmp_path / "newsdiff.toml"
    config.write_text('[schedule]\ntiers = [["1d", "1h"]]\n'
                      '[[source]]\nname = "paper"\nfeeds = ["https://paper.example/feed"]\n')
    result = CliRunner().invoke(main, ["build", "--archive", str(repo / "archive"), "--output",
                                       str(tmp_path / "custom"), "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert note in (tmp_path / "custom/paper/2026/a/index.html").read_text()


def test_a_bare_settings_file_gets_the_plugins_defaults(repo, tmp_path):
    save(repo, story("paper", "a"), story("paper", "a", "Fares fall"))
    settings = tmp_path / "pelicanconf.py"
    root = site_generator.Path(site_generator.__file__).resolve().parents[3]
    settings.write_text(f"PLUGINS = ['newsdiff.pelican']\nNEWSDIFF_ARCHIVE = "
                        f"{str(repo / 'archive')!r}\nTHEME = {str(root / 'theme')!r}\n"
                        f"PATH = {str(tmp_path / 'content')!r}\nSITENAME = 'x'\n")
    (tmp_path / "content").mkdir()
    build_site(repo / "archive", tmp_path / "site", settings_file=settings)
    site = tmp_path / "site"
    assert (site / "paper/2026/a/v1-v2/index.html").is_file()
    assert not (site / "archives.html").exists() and not (site / "tags.html").exists()


def test_old_titles_xml_cannot_carry_still_give_valid_feeds(repo, tmp_path):
    """Histories from before text was cleaned at the door may hold such titles."""
    path = repo / "archive/paper/2026/a.md"
    path.parent.mkdir(parents=True)
    for n, title in enumerate(["Bad \x01\x1b[31m title \ufffe", "Bad \x00 title \uffff v2"]):
        path.write_text(to_markdown(story("paper", "a", f"Take {n}", title=title)))
        git(repo, "add", str(path))
        git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", f"v{n}")
    build_site(repo / "archive", tmp_path / "site")
    for feed in [*tmp_path.glob("site/feeds/*.xml"), tmp_path / "site/paper/2026/a/feed.atom.xml"]:
        titles = lxml.etree.parse(str(feed)).findall(".//{http://www.w3.org/2005/Atom}title")
        assert any("Bad" in t.text for t in titles[1:]), feed


def test_the_site_imports_nothing_of_the_fetch_side():
    code = ("import sys, newsdiff.build, newsdiff.pelican.generator, newsdiff.changelog\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('trafilatura', "
            "'readability', 'requests', 'protego', 'feedparser') or m in ('newsdiff.extract', "
            "'newsdiff.fetch', 'newsdiff.discover', 'newsdiff.crawl', 'newsdiff.markup', "
            "'newsdiff.page', 'newsdiff.body')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"


def test_an_edited_theme_is_rendered_by_the_next_build(repo, tmp_path):
    """Templates are compiled once into the build cache (Jinja's bytecode cache, keyed by
    the template's source), and an edit to the theme re-renders every page with it."""
    save(repo, story("paper", "a"), story("paper", "a", "Fares fall"))
    root = site_generator.Path(site_generator.__file__).resolve().parents[3]
    theme = tmp_path / "theme"
    shutil.copytree(root / "theme", theme)
    settings = tmp_path / "pelicanconf.py"
    settings.write_text(f"PLUGINS = ['newsdiff.pelican']\nNEWSDIFF_ARCHIVE = "
                        f"{str(repo / 'archive')!r}\nTHEME = {str(theme)!r}\n"
                        f"PATH = {str(tmp_path / 'content')!r}\nSITENAME = 'x'\n")
    (tmp_path / "content").mkdir()
    site, cache = tmp_path / "site", tmp_path / "cache"
    build_site(repo / "archive", site, settings_file=settings, cache=cache)
    assert list((cache / "templates").iterdir())  # compiled templates kept
    history = theme / "templates/history.html"
    history.write_text(history.read_text().replace("{% block content %}",
                                                   "{% block content %}<p>Edited theme</p>", 1))
    build_site(repo / "archive", site, settings_file=settings, cache=cache)
    assert "Edited theme" in (site / "paper/2026/a/index.html").read_text()
    assert "Edited theme" not in (site / "index.html").read_text()
