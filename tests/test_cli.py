"""The command line: thin wrappers, one-line errors, documented commands."""

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import LOREM, Page, article_page, git, rss

from newsdiff.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_bad_config_is_one_line_without_traceback(tmp_path):
    config = tmp_path / "newsdiff.toml"
    config.write_text('[[source]]\nname = "nyt"\nfeed = ["https://a.org/"]\n')
    result = CliRunner().invoke(main, ["run", "--config", str(config),
                                       "--archive", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output == (f"Error: {config}: source 'nyt': unknown key 'feed' "
                             "(expected one of: allow_private, announce, exclude, feeds, include, "
                             "language, link_pages, link_pattern, name, selectors, sitemaps, "
                             "title)\n")


def test_archive_outside_git_is_one_line(tmp_path):
    config = tmp_path / "newsdiff.toml"
    config.write_text('[[source]]\nname = "nyt"\nfeeds = ["https://a.org/"]\n')
    (tmp_path / "archive").mkdir()
    result = CliRunner().invoke(main, ["run", "--config", str(config),
                                       "--archive", str(tmp_path / "archive")])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and "not inside a git repository" in result.output


def test_run_and_build_commands(server, repo, tmp_path):
    server.pages["/rss"] = Page(rss([server.url + "/a.html"]),
                                content_type="application/rss+xml")
    server.pages["/a.html"] = Page(article_page("Fares rise", LOREM))
    config = tmp_path / "newsdiff.toml"
    config.write_text(f'[settings]\nmin_delay = 0\n[[source]]\nname = "paper"\n'
                      f'feeds = ["{server.url}/rss"]\nallow_private = true\n')
    runner = CliRunner()
    result = runner.invoke(main, ["run", "--config", str(config), "--archive",
                                  str(repo / "archive"), "--state", str(tmp_path / "s.json"),
                                  "--json", str(tmp_path / "report.json")])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(
        "paper: 1 discovered, 1 new, 0 changed, 0 unchanged, 0 not modified, 0 failed, "
        "0 skipped\n1 new version committed in ")
    summary = json.loads((tmp_path / "report.json").read_text())
    assert summary["sources"]["paper"]["new"] == 1 and summary["versions"] == 1
    assert git(repo, "log", "--format=%s") == "paper: Fares rise (version 1)\n"
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", "--archive", str(repo / "archive"),
                                  "--output", str(out), "--settings",
                                  str(ROOT / "site/pelicanconf.py")])
    assert result.exit_code == 0, result.output
    assert re.fullmatch(r"\d+ files written, 0 unchanged, 0 removed in \d+\.\d s \(.+\)\n",
                        result.output)
    assert (out / "paper/a/index.html").is_file()


def test_nothing_fetched_is_an_error(server, repo, tmp_path):
    server.pages["/rss"] = Page(rss([server.url + "/gone.html"]),
                                content_type="application/rss+xml")
    config = tmp_path / "newsdiff.toml"
    config.write_text(f'[settings]\nmin_delay = 0\nretries = 0\n[[source]]\nname = "paper"\n'
                      f'feeds = ["{server.url}/rss"]\nallow_private = true\n')
    result = CliRunner().invoke(main, ["run", "--config", str(config), "--archive",
                                       str(repo / "archive"), "--state",
                                       str(tmp_path / "s.json")])
    assert result.exit_code == 1
    assert "1 failed (1 4xx)" in result.output
    assert result.output.endswith("Error: nothing could be fetched; see the failures above\n")


def test_every_command_is_documented_in_the_readme():
    # Each command's paragraph opens with its synopsis naming every option (`--no-pager`
    # too): an option named only in another command's synopsis is not documented.
    readme = (ROOT / "README.md").read_text()
    for name, command in main.commands.items():
        assert command.help, name
        synopsis = re.search(rf"^`newsdiff {re.escape(name)}( [^`]*)?`", readme, re.MULTILINE)
        assert synopsis, name
        for option in command.params:
            for flag in (*option.opts, *getattr(option, "secondary_opts", ())):
                if flag.startswith("--") and flag != "--help":
                    assert flag in synopsis.group(0), f"{name} {flag}"


# A settings file is Python that Pelican imports: "ok.toml" failed with "AttributeError:
# 'NoneType' object has no attribute 'loader'".
@pytest.mark.parametrize("name, text, error", [
    ("pelicanconf.py", "SITENAME = (\n", " (line 1): SyntaxError: '(' was never closed"),
    ("ok.toml", "SITENAME = 'x'\n", ": a Pelican settings file is Python, named *.py")])
def test_a_broken_settings_file_is_one_line(repo, tmp_path, name, text, error):
    settings = tmp_path / name
    settings.write_text(text)
    result = CliRunner().invoke(main, ["build", "--archive", str(repo / "archive"),
                                       "--output", str(tmp_path / "out"), "--settings",
                                       str(settings)])
    assert result.exit_code == 1
    assert result.output == f"Error: {settings}{error}\n"


def test_the_archive_guide_explains_every_label_and_trailer_a_commit_can_carry():
    # archive/README.md is what a reader of `git log` has: it lacked `stealth`, `reading`
    # and the `Reading:` trailers the commits carry.
    from newsdiff.pelican.render import LABELS

    guide = (ROOT / "archive" / "README.md").read_text()
    tables = {row.split("|")[1].strip() for row in guide.splitlines() if row.startswith("| `")}
    named = {name.strip(" `") for cell in tables for name in cell.split(",")}
    for label in LABELS:
        assert label in named, label
    for trailer in ("Change:", "Reverts-To: N", "Extracted-By:", "Reading:", "Reading-Was:"):
        assert trailer in named, trailer
    for field in ("title", "url", "source", "byline", "published", "modified"):
        assert field in named, field


def test_the_command_list_reads_whole():
    # `newsdiff --help` cut every command's summary mid-sentence ("fetch it now and...").
    listing = CliRunner().invoke(main, ["--help"]).output
    commands = listing.split("Commands:\n", 1)[1].splitlines()
    assert len(commands) == len(main.commands)
    for line in commands:
        assert not line.rstrip().endswith("..."), line
        assert line.rstrip().endswith("."), line
