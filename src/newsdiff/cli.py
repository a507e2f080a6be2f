"""The command line: ``newsdiff run | build | demo``.  Each command is a thin wrapper."""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import os
import sys
from pathlib import Path

import click

from . import __version__
from .archive import ArchiveError
from .build import BuildError, build_site
from .config import ConfigError, load_config
from .demo import DemoError, run_demo
from .run import RunReport, run_round


def _user_errors(function):
    """Turn the errors a user can act on into one line, never a traceback."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        try:
            return function(*args, **kwargs)
        except (ConfigError, ArchiveError, BuildError, DemoError) as error:
            raise click.ClickException(str(error)) from None

    return wrapper


def _print_report(report: RunReport) -> None:
    for name, source in report.sources.items():
        failed = ", ".join(f"{count} {reason}" for reason, count in sorted(source.failed.items()))
        click.echo(f"{name}: {source.discovered} discovered, {source.new} new, "
                   f"{source.changed} changed, {source.unchanged} unchanged, "
                   f"{source.not_modified} not modified, "
                   f"{sum(source.failed.values())} failed" + (f" ({failed})" if failed else "")
                   + f", {source.skipped} skipped")


def _progress_bar():
    """A rich progress bar on an interactive terminal; nothing in CI or a pipe."""
    if os.environ.get("CI") or not sys.stderr.isatty():
        return contextlib.nullcontext(None)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    return Progress("checking articles", BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), transient=True)


@click.group()
@click.version_option(__version__, prog_name="newsdiff")
def main() -> None:
    """newsdiff: watch news sites and keep every version of every article in git."""


@main.command()
@click.option("--config", "config_path", default="newsdiff.toml", show_default=True,
              type=click.Path(dir_okay=False), help="The sources to watch (TOML).")
@click.option("--archive", default="archive", show_default=True,
              type=click.Path(file_okay=False), help="The archive folder, inside a git repository.")
@click.option("--state", "state_path", default=".newsdiff-cache/state.json", show_default=True,
              type=click.Path(dir_okay=False),
              help="State cache (last checks, ETags); safe to delete.")
@click.option("--all", "check_all", is_flag=True,
              help="Check every tracked article now, ignoring the schedule.")
@click.option("--max-fetches", type=click.IntRange(min=0), default=None,
              help="Check at most this many articles (new ones first, then most overdue).")
@click.option("--max-minutes", type=click.FloatRange(min=0, min_open=True), default=None,
              help="Start no new fetch after this many minutes.")
@click.option("--json", "json_path", type=click.Path(dir_okay=False), default=None,
              help="Also write the round's summary as JSON to this file.")
@_user_errors
def run(config_path: str, archive: str, state_path: str, check_all: bool,
        max_fetches: int | None, max_minutes: float | None, json_path: str | None) -> None:
    """Fetch every source once and commit each article that changed.

    New articles from the sources' feeds, sitemaps and link pages are fetched first, then
    tracked articles that the schedule says are due, most overdue first.
    """
    config = load_config(config_path)
    with _progress_bar() as bar:
        task = bar.add_task("fetch", total=None) if bar else None
        report = run_round(config, archive, state_path=state_path, check_all=check_all,
                           max_fetches=max_fetches, max_minutes=max_minutes,
                           progress=(lambda done, total: bar.update(task, completed=done,
                                                                    total=total))
                           if bar else None)
    _print_report(report)
    if json_path:
        Path(json_path).write_text(json.dumps(report.as_dict(), indent=2) + "\n")
    if report.attempted and not report.fetched:
        raise click.ClickException("nothing could be fetched; see the failures above")
    click.echo(f"{report.versions} new versions committed in {report.seconds:.1f} s")


@main.command()
@click.option("--archive", default="archive", show_default=True,
              type=click.Path(file_okay=False), help="The archive folder.")
@click.option("--output", default="site/output", show_default=True,
              type=click.Path(file_okay=False), help="Where to write the site.")
@click.option("--settings", "settings_file", default=None, type=click.Path(dir_okay=False),
              help="Pelican settings file [default: site/pelicanconf.py if present].")
@_user_errors
def build(archive: str, output: str, settings_file: str | None) -> None:
    """Build the static site from the archive's git history (Pelican)."""
    if settings_file is None and Path("site/pelicanconf.py").is_file():
        settings_file = "site/pelicanconf.py"
    report = build_site(archive, output, settings_file)
    click.echo(f"{report.files} files in {report.output} ({report.seconds:.1f} s)")


@main.command()
@click.option("--dir", "directory", default="demo-output", show_default=True,
              type=click.Path(file_okay=False), help="Folder for the demo's archive and site.")
@click.option("--serve", is_flag=True, help="Serve the built site on 127.0.0.1 afterwards.")
@click.option("--port", default=8000, show_default=True, help="Port for --serve.")
@_user_errors
def demo(directory: str, serve: bool, port: int) -> None:
    """Run the offline demo: a fictional newsroom, five rounds, a built site."""
    result = run_demo(directory, say=click.echo)
    versions = sum(r.versions for r in result.rounds)
    click.echo(f"{versions} versions committed in {result.archive}")
    click.echo(f"site: {result.build.files} files; open {result.site / 'index.html'}")
    click.echo(f"read the history with: git -C {result.directory} log -p -- archive")
    if serve:
        handler = functools.partial(http.server.SimpleHTTPRequestHandler,
                                    directory=str(result.site))
        with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
            click.echo(f"serving on http://127.0.0.1:{server.server_address[1]}/ (Ctrl-C stops)")
            with contextlib.suppress(KeyboardInterrupt):
                server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
