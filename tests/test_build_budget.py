"""The site's size against its budget: reported by every build, a warning past 80%."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import git

from newsdiff.archive import ArchiveStore
from newsdiff.article import Article, format_body
from newsdiff.build import BuildReport, build_site
from newsdiff.cli import main
from newsdiff.config import ConfigError, parse_config

SOURCE = '[[source]]\nname = "paper"\nfeeds = ["https://paper.example/rss"]\n'


@pytest.fixture
def archive(repo: Path) -> Path:
    with ArchiveStore(repo / "archive") as store:
        store.save(Article(title="Fares rise", url="https://paper.example/a.html",
                           source="paper", body=format_body(["The council voted."] * 3)),
                   datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    return repo / "archive"


def build(archive: Path, tmp_path: Path, *options: str):
    return CliRunner().invoke(main, ["build", "--archive", str(archive), "--output",
                                     str(tmp_path / "out"), "--cache", str(tmp_path / "cache"),
                                     *options])


def walk(site: Path) -> int:
    return sum(p.stat().st_size for p in site.rglob("*") if p.is_file())


def test_the_size_reported_is_every_file_of_the_output_build_after_build(archive, tmp_path):
    # The size is kept per group of pages in the cache, so check it against a walk after
    # every kind of build: cold, new versions, a rename and a deletion, a lost file, --full.
    site, cache = tmp_path / "site", tmp_path / "cache"
    repo = archive.parent
    measured = []

    def build(full: bool = False) -> None:
        report = build_site(archive, site, cache=cache, full=full)
        measured.append((report.site_bytes, walk(site)))

    build()
    assert (site / "about/index.html").is_file()  # Pelican's own page is counted too
    with ArchiveStore(archive) as store:
        for number, when in ((2, 10), (1, 11)):
            store.save(Article(title=f"Story {number}", url=f"https://paper.example/{number}",
                               source="paper", body=format_body([f"Words {number}."] * 40)),
                       datetime(2026, 3, 2, when, 0, tzinfo=UTC))
    build()
    git(repo, "mv", "archive/paper/a.md", "archive/paper/moved.md")
    git(repo, "rm", "-q", "archive/paper/2.md")
    git(repo, "commit", "-q", "-m", "Rename one, remove one")
    build()
    (site / "paper/moved/index.html").unlink()  # lost, with the output's mark
    (site / ".newsdiff-build").unlink()
    build()
    build(full=True)
    build()
    assert measured[1][1] > measured[0][1] > 0
    assert [reported for reported, _ in measured] == [actual for _, actual in measured]


def test_the_warning_fires_on_a_tiny_budget_and_not_on_a_large_one(archive, tmp_path):
    large = build(archive, tmp_path, "--budget-mb", "1000")
    assert large.exit_code == 0, large.output
    assert "\nwarning: " not in large.output and len(large.output.splitlines()) == 1
    assert " MB, 0% of the 1000 MB budget)" in large.output
    tiny = build(archive, tmp_path, "--budget-mb", "0.01")  # 10 kB: any site passes it
    assert tiny.exit_code == 0, tiny.output
    lines = tiny.output.splitlines()
    assert len(lines) == 2 and lines[0].startswith("0 files written, ")
    assert lines[1].startswith("warning: the site is ")
    assert "of its 0.01 MB budget" in lines[1] and "S3-compatible bucket" in lines[1]
    assert "Beyond 1 GB" in lines[1]


def test_the_budget_comes_from_the_config_unless_the_option_says(archive, tmp_path):
    config = tmp_path / "newsdiff.toml"
    config.write_text("[settings]\nsite_budget_mb = 0.01\n" + SOURCE)
    result = build(archive, tmp_path, "--config", str(config))
    assert "warning: the site is " in result.output and "0.01 MB budget" in result.output
    result = build(archive, tmp_path, "--config", str(config), "--budget-mb", "5000")
    assert result.exit_code == 0 and "\nwarning: " not in result.output
    assert "of the 5000 MB budget)" in result.output


def test_a_bad_budget_is_one_line(archive, tmp_path):
    with pytest.raises(ConfigError, match=r"'site_budget_mb' is out of range"):
        parse_config({"settings": {"site_budget_mb": -1},
                      "source": [{"name": "paper", "feeds": ["https://paper.example/rss"]}]})
    missing = build(archive, tmp_path, "--config", str(tmp_path / "nope.toml"))
    assert missing.exit_code == 1
    assert missing.output == f"Error: {tmp_path / 'nope.toml'}: no such file\n"


def test_the_warning_starts_past_80_percent():
    def report(size: int) -> BuildReport:
        return BuildReport(Path("out"), 0, 0, 0, 0.0, site_bytes=size, budget_bytes=1000)

    assert report(800).warning is None
    assert report(801).warning.startswith("the site is 0 MB, 80% of its 0.001 MB budget")
