"""The command line: ``newsdiff run | build | demo``.  Each command is a thin wrapper."""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import shutil
import sys
from datetime import UTC
from pathlib import Path

import click

from . import __version__
from .archive import ArchiveError
from .archive import replay as replay_versions
from .build import BuildError, build_site
from .changelog import article_log
from .config import ConfigError, load_config
from .demo import DemoError, run_demo
from .export import FORMATS, ExportError, iter_versions, write_csv, write_jsonl, write_parquet
from .health import source_health
from .progress import progress_bar
from .run import RunReport, add_article, run_round
from .urls import BadURLError


def _user_errors(function):
    """Turn the errors a user can act on into one line, never a traceback."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        try:
            return function(*args, **kwargs)
        except (ConfigError, ArchiveError, BuildError, DemoError, ExportError,
                BadURLError) as error:
            raise click.ClickException(str(error)) from None
        except OSError as error:  # disk full, read-only folder, …: say which file and why
            where = error.filename or "newsdiff"
            raise click.ClickException(f"{where}: {error.strerror or error}") from None

    return wrapper


def _print_report(report: RunReport) -> None:
    for notice in report.notices:
        click.echo(f"note: {notice}", err=True)
    for name, source in report.sources.items():
        failed = ", ".join(f"{count} {reason}" for reason, count in sorted(source.failed.items()))
        click.echo(f"{name}: {source.discovered} discovered, {source.new} new, "
                   f"{source.changed} changed, {source.unchanged} unchanged, "
                   f"{source.not_modified} not modified, "
                   f"{sum(source.failed.values())} failed" + (f" ({failed})" if failed else "")
                   + f", {source.skipped} skipped")


CONFIG = click.option("--config", "config_path", default="newsdiff.toml", show_default=True,
                      type=click.Path(dir_okay=False), help="The sources to watch (TOML).")
ARCHIVE = click.option("--archive", default="archive", show_default=True,
                       type=click.Path(file_okay=False),
                       help="The archive folder, inside a git repository.")
STATE = click.option("--state", "state_path", default=".newsdiff-cache/state.json",
                     show_default=True, type=click.Path(dir_okay=False),
                     help="State cache (last checks, ETags, failures); safe to delete.")


@click.group()
@click.version_option(__version__, prog_name="newsdiff")
def main() -> None:
    """newsdiff: watch news sites and keep every version of every article in git."""


@main.command()
@CONFIG
@ARCHIVE
@STATE
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
    with progress_bar("checking articles") as bar:
        task = bar.add_task("fetch", total=None) if bar else None
        report = run_round(config, archive, state_path=state_path, check_all=check_all,
                           max_fetches=max_fetches, max_minutes=max_minutes,
                           progress=(lambda done, total: bar.update(task, completed=done,
                                                                    total=total, refresh=True))
                           if bar else None)
    _print_report(report)
    if json_path:
        Path(json_path).write_text(json.dumps(report.as_dict(), indent=2) + "\n")
    if report.attempted and not report.fetched:
        raise click.ClickException("nothing could be fetched; see the failures above")
    click.echo(f"{report.versions} new versions committed in {report.seconds:.1f} s")


@main.command()
@ARCHIVE
@click.option("--output", default="site/output", show_default=True,
              type=click.Path(file_okay=False), help="Where to write the site.")
@click.option("--settings", "settings_file", default=None, type=click.Path(dir_okay=False),
              help="Pelican settings file [default: site/pelicanconf.py if present].")
@click.option("--cache", "cache_dir", default=None, type=click.Path(file_okay=False),
              help="Build cache folder, safe to delete [default: ~/.cache/newsdiff/site-…].")
@click.option("--full", is_flag=True, help="Render every page again, ignoring the cache.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes rendering pages [default: one per core].")
@_user_errors
def build(archive: str, output: str, settings_file: str | None, cache_dir: str | None,
          full: bool, workers: int | None) -> None:
    """Build the static site from the archive's git history (Pelican).

    Only pages whose inputs changed since the last build are rendered, and only files whose
    bytes changed are rewritten; ends with one line: files written, unchanged, removed.
    """
    if settings_file is None and Path("site/pelicanconf.py").is_file():
        settings_file = "site/pelicanconf.py"
    report = build_site(archive, output, settings_file, cache=cache_dir, full=full,
                        workers=workers)
    click.echo(report.summary())


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


@main.command()
@click.argument("target")
@ARCHIVE
@click.option("--pager/--no-pager", default=True, show_default=True,
              help="Page the output on a terminal.")
@_user_errors
def log(target: str, archive: str, pager: bool) -> None:
    """Show an article's versions and what changed in each (TARGET: its URL or path)."""
    tty = sys.stdout.isatty()
    text = article_log(archive, target, color=tty,
                       width=shutil.get_terminal_size((100, 24)).columns)
    if tty and pager:
        click.echo_via_pager(text)
    else:
        click.echo(text, nl=False)


@main.command()
@ARCHIVE
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl",
              show_default=True, help="Output format.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"]),
              default=None, help="Only versions fetched at or after this date (UTC).")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="Write to this file [default: standard output; required for parquet "
                   "and sqlite].")
@_user_errors
def export(archive: str, fmt: str, since, output: str | None) -> None:
    """Export every version (url, source, version, fetched_at, title, byline, body, labels,
    commit, path), one row each, streamed; or, as sqlite, the site's search database."""
    if fmt == "sqlite":
        from .export import write_sqlite

        if not output or since:
            raise ExportError("sqlite needs --output FILE and takes the whole archive "
                              "(no --since)")
        count = write_sqlite(archive, Path(output))
        click.echo(f"{count} articles exported (the site's search database)", err=True)
        return
    rows = iter_versions(archive, since.replace(tzinfo=UTC) if since else None)
    if fmt == "parquet":
        if not output:
            raise ExportError("parquet needs --output FILE")
        count = write_parquet(rows, Path(output))
    else:
        writer = write_jsonl if fmt == "jsonl" else write_csv
        if output:
            with open(output, "w", encoding="utf-8", newline="") as handle:
                count = writer(rows, handle)
        else:
            count = writer(rows, sys.stdout)
    click.echo(f"{count} versions exported", err=True)


@main.command()
@click.argument("url")
@click.option("--source", "source_name", default=None,
              help="The configured source it belongs to [default: the one with this host].")
@CONFIG
@ARCHIVE
@STATE
@_user_errors
def add(url: str, source_name: str | None, config_path: str, archive: str,
        state_path: str) -> None:
    """Start tracking one article by hand: fetch it now and record its first version."""
    config = load_config(config_path)
    report = add_article(config, archive, url, source_name, state_path=state_path)
    if report.new:
        click.echo(f"tracking {url}: version 1 recorded")
    elif report.changed:
        click.echo(f"already tracked {url}: a new version recorded")
    elif report.unchanged:
        click.echo(f"already tracked {url}: unchanged")
    else:
        raise click.ClickException(f"{url}: {report.errors[-1].rsplit(': ', 1)[-1]}")


@main.command()
@CONFIG
@ARCHIVE
@STATE
@_user_errors
def sources(config_path: str, archive: str, state_path: str) -> None:
    """List the sources with their counts and health."""
    def when(moment) -> str:
        return f"{moment:%Y-%m-%d %H:%M}" if moment else "never"

    rows = source_health(load_config(config_path), archive, state_path)
    click.echo(f"{'source':<20} {'articles':>8} {'versions':>8} {'last change':>16} "
               f"{'last success':>16} {'failing':>7} {'median words':>12}")
    for row in rows:
        click.echo(f"{row.name:<20} {row.articles:>8} {row.versions:>8} "
                   f"{when(row.last_change):>16} {when(row.last_success):>16} "
                   f"{row.failure_rate:>7.0%} {row.median_words:>12}")


@main.command()
@click.option("--onto", required=True, help="The revision to replay this branch's versions on.")
@ARCHIVE
@_user_errors
def replay(onto: str, archive: str) -> None:
    """Save this branch's new versions again on top of ONTO (instead of git rebase).

    Used after a rejected push: version numbers are recounted and versions the other history
    already has are dropped, so nothing is lost and nothing is recorded twice.
    """
    count = replay_versions(archive, onto)
    click.echo(f"{count} versions replayed onto {onto}")


if __name__ == "__main__":
    sys.exit(main())
