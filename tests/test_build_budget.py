"""The site's size against its budget: reported by every build, a warning past 80%."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsdiff.archive import ArchiveStore
from newsdiff.article import Article, format_body
from newsdiff.build import BuildReport, site_size
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


def test_the_size_is_every_file_of_the_output(tmp_path):
    (tmp_path / "a/b").mkdir(parents=True)
    (tmp_path / "a/index.html").write_bytes(b"x" * 1000)
    (tmp_path / "a/b/feed.xml").write_bytes(b"y" * 234)
    (tmp_path / "top.css").write_bytes(b"z" * 10)
    assert site_size(tmp_path) == 1244
    assert site_size(tmp_path / "missing") == 0


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
