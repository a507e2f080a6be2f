"""Start-up: each command imports what it needs when it runs, so `newsdiff --help` and a build
with nothing to do do not load the fetcher's libraries (bench/build.py times them)."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from newsdiff.archive import ArchiveStore
from newsdiff.article import Article, format_body
from newsdiff.cli import EXPORT_FORMATS
from newsdiff.export import FORMATS

#: Top-level packages only the fetch side needs (and GitPython, which the build does not use).
FETCH_SIDE = {"trafilatura", "requests", "urllib3", "lxml", "git", "feedparser", "readability",
              "protego", "justext", "htmldate", "courlan"}


def imported(*args: str, cwd: Path | None = None) -> set[str]:
    """Top-level packages that ``python -m newsdiff ARGS`` imported (from ``-X importtime``)."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "newsdiff", *args],
                          capture_output=True, text=True, cwd=cwd, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    names = set()
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip().split(".")[0])
    assert "newsdiff" in names  # the log was read: the command's own modules are in it
    return names


def test_help_imports_neither_pelican_nor_the_fetcher():
    names = imported("--help")
    assert not names & (FETCH_SIDE | {"pelican", "rich", "jinja2"}), names & FETCH_SIDE


def test_a_commands_help_does_not_import_what_the_command_runs():
    for command in ("build", "run", "export", "log"):
        names = imported(command, "--help")
        assert not names & (FETCH_SIDE | {"pelican"}), (command, names & FETCH_SIDE)


def test_a_build_with_nothing_to_do_loads_pelican_but_not_the_fetcher(repo, tmp_path):
    with ArchiveStore(repo / "archive") as store:
        store.save(Article(title="Fares rise", url="https://paper.example/a.html",
                           source="paper", body=format_body(["The council voted."] * 3)),
                   datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    args = ("build", "--archive", str(repo / "archive"), "--output", str(tmp_path / "out"),
            "--cache", str(tmp_path / "cache"))
    assert "pelican" in imported(*args, cwd=tmp_path)  # the first build renders every page
    assert (tmp_path / "out/paper/a/index.html").is_file()
    again = imported(*args, cwd=tmp_path)
    assert "pelican" in again
    assert not again & FETCH_SIDE, again & FETCH_SIDE


def test_the_cli_spells_the_export_formats_as_the_exporter_does():
    assert EXPORT_FORMATS == FORMATS
