"""The offline demo: a fictional newsroom on 127.0.0.1, several rounds, a built site.

Everything happens inside the demo folder, which is its own git repository; the project's
own history is never touched.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ..build import BuildReport, build_site
from ..config import Config, Settings, Source
from ..run import RunReport, run_round
from .newsroom import Newsroom
from .stories import LANGUAGES, ROUND_OFFSETS, SOURCES

DEMO_START = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)
MARKER = ".newsdiff-demo"


class DemoError(RuntimeError):
    """The demo cannot run (for example, the folder holds something else)."""


@dataclass
class DemoResult:
    directory: Path
    archive: Path
    site: Path
    rounds: list[RunReport]
    build: BuildReport
    posts: Path | None = None  # the would-be posts (a dry run of `newsdiff announce`)


def serve_command(site: Path, port: int = 8000) -> list[str]:
    """The command that serves the built ``site`` on 127.0.0.1, as a host serves it.

    Opened from disk the site does not work: its links name folders (``../v2/``, as its
    published addresses do), which a browser shows as file listings.
    """
    return ["python3", "-m", "http.server", "-d", str(site), "--bind", "127.0.0.1", str(port)]


def round_clock(start: datetime) -> Callable[[], datetime]:
    """A clock for one round: the round's start, then one second later at each reading."""
    readings = iter(range(10**9))
    return lambda: start + timedelta(seconds=next(readings))


def prepare_directory(directory: Path) -> None:
    """A fresh demo folder with its own git repository; refuse to clobber anything else."""
    if directory.exists():
        if not (directory / MARKER).exists() and any(directory.iterdir()):
            raise DemoError(f"{directory}: exists and is not a newsdiff demo folder; "
                            "choose another --dir")
        shutil.rmtree(directory)
    (directory / "archive").mkdir(parents=True)
    (directory / MARKER).write_text("made by 'newsdiff demo'; safe to delete\n")
    subprocess.run(["git", "init", "-q", "-b", "main", str(directory)], check=True)
    # Keep the demo's own files out of `git status`, so the archive alone shows there.
    with (directory / ".git" / "info" / "exclude").open("a") as exclude:
        exclude.write(f"/site/\n/{MARKER}\n/newsdiff.toml\n/.newsdiff-cache/\n/posts/\n")


def demo_config(newsroom: Newsroom) -> Config:
    sources = tuple(Source(name=name, title=title, feeds=(newsroom.feed_url(name),),
                           language=LANGUAGES[name], allow_private=True)
                    for name, title in SOURCES.items())
    # The newsroom is on this machine: a short delay keeps the demo quick and still polite.
    return Config(sources=sources, settings=Settings(timeout=10, min_delay=0.05))


def write_config_file(config: Config, path: Path) -> None:
    lines = ["# The demo's sources, served by its newsroom on 127.0.0.1.", "",
             "[settings]", f"min_delay = {config.settings.min_delay}", ""]
    for source in config.sources:
        lines += ["[[source]]", f'name = "{source.name}"', f'title = "{source.title}"',
                  f'language = "{source.language}"', f'feeds = ["{source.feeds[0]}"]',
                  "allow_private = true", ""]
    path.write_text("\n".join(lines))


def run_demo(directory: str | Path, say: Callable[[str], None] = print) -> DemoResult:
    """Run every round of the demo newsroom into a fresh archive and build the site."""
    directory = Path(directory).resolve()
    prepare_directory(directory)
    archive, site = directory / "archive", directory / "site"
    reports = []
    with Newsroom() as newsroom:
        config = demo_config(newsroom)
        write_config_file(config, directory / "newsdiff.toml")
        for number, offset in enumerate(ROUND_OFFSETS):
            newsroom.round = number
            start = DEMO_START + offset
            report = run_round(config, archive, clock=round_clock(start),
                               state_path=directory / ".newsdiff-cache" / "state.json")
            failed = sum(sum(s.failed.values()) for s in report.sources.values())
            say(f"round {number + 1} at {start:%H:%M} UTC: {report.fetched} pages checked, "
                f"{report.versions} new version{'' if report.versions == 1 else 's'}, "
                f"{failed} failed")
            reports.append(report)
    build = build_site(archive, site, site_name="newsdiff demo", source_titles=SOURCES,
                       source_languages=LANGUAGES)
    posts = show_posts(archive, directory / "posts", DEMO_START + ROUND_OFFSETS[-1])
    say(f"{posts} posts it would make to Mastodon and Bluesky (a dry run): {directory / 'posts'}")
    return DemoResult(directory, archive, site, reports, build, directory / "posts")


def show_posts(archive: Path, folder: Path, now: datetime) -> int:
    """Write the posts ``newsdiff announce`` would make of the demo's edits into ``folder``."""
    from ..announce import AnnounceRules, announce

    report = announce(archive, AnnounceRules(max_posts=20), "http://127.0.0.1:8000", [],
                      dry_run=folder, now=now + timedelta(minutes=30))
    return len(report.posts)
