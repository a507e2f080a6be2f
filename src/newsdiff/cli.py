"""The command line: ``newsdiff run | build | demo``.  Each command is a thin wrapper."""

from __future__ import annotations

import contextlib
import functools
import math
import signal
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import click

from . import __version__

if TYPE_CHECKING:
    from .run import RunReport

# Each command imports what it needs when it runs: `newsdiff --help` must not pay for
# trafilatura, Pelican, requests, lxml or GitPython (tests/test_startup.py checks which
# modules load; bench/build.py times it).

#: The errors a user can act on, by the module that defines them.  A module that was never
#: imported cannot have raised its error, so only loaded ones are looked up.
# ArchiveError is defined in reader (archive re-exports it): `export` and `sources` load only
# reader, and a missing archive folder escaped them as a traceback.
_USER_ERRORS = {"newsdiff.config": "ConfigError", "newsdiff.reader": "ArchiveError",
                "newsdiff.build": "BuildError", "newsdiff.demo": "DemoError",
                "newsdiff.export": "ExportError", "newsdiff.urls": "BadURLError"}
#: `newsdiff.export.FORMATS`, spelt out so that --help does not import the exporter.
EXPORT_FORMATS = ("jsonl", "csv", "parquet", "sqlite")


class _Finite(click.FloatRange):
    """A FloatRange that refuses nan and inf: click lets "nan" through every bound (no
    comparison with nan is true), and a nan budget or deadline silently meant none."""

    def convert(self, value, param, ctx):
        number = super().convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value!r} is not a finite number", param, ctx)
        return number


def _user_error_types() -> tuple[type[Exception], ...]:
    return tuple(getattr(sys.modules[module], name) for module, name in _USER_ERRORS.items()
                 if module in sys.modules)


def _user_errors(function):
    """Turn the errors a user can act on into one line, never a traceback."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        try:
            return function(*args, **kwargs)
        except OSError as error:  # disk full, read-only folder, …: say which file and why
            where = error.filename or "newsdiff"
            raise click.ClickException(f"{where}: {error.strerror or error}") from None
        except Exception as error:
            if isinstance(error, _user_error_types()):
                raise click.ClickException(str(error)) from None
            raise

    return wrapper


@contextlib.contextmanager
def _terminated_as_interrupted():
    """SIGTERM (``kill``, a supervisor's stop) ends a round as Ctrl-C does: its worker
    processes killed, what is queued committed, the lock let go, "Aborted!".  By default it
    ended the process on the spot, and a worker went on reading its page, holding a core
    and the round's output pipes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum, frame) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _quiet_when_the_reader_stops(function):
    """``newsdiff export | head``: when the reading end of stdout closes, stop without a word,
    as git does, instead of an error line (and Python's own at exit)."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        try:
            return function(*args, **kwargs)
        except BrokenPipeError:
            import os

            # Python flushes stdout again at exit: point it at nothing so that flush is silent.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(141)  # what a shell reports for a writer stopped by SIGPIPE (128 + 13)

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
    """newsdiff: watch news sites and keep every version of every article in git.

    Each article is a Markdown file under archive/ and each real edit one commit, dated at
    the fetch: `git log -p -- archive` reads the history with git alone (archive/README.md
    explains the files, trailers and labels). `newsdiff demo` shows it all offline.
    """


@main.command(short_help="Fetch every source once; commit each article that changed.")
@CONFIG
@ARCHIVE
@STATE
@click.option("--all", "check_all", is_flag=True,
              help="Check every tracked article now, ignoring the schedule.")
@click.option("--max-fetches", type=click.IntRange(min=0), default=None,
              help="Check at most this many articles (new ones first, then most overdue).")
@click.option("--max-minutes", type=_Finite(min=0, min_open=True), default=None,
              help="Start no new fetch, and wait for nothing, after this many minutes.")
@click.option("--json", "json_path", type=click.Path(dir_okay=False), default=None,
              help="Also write the round's summary as JSON to this file.")
@_user_errors
def run(config_path: str, archive: str, state_path: str, check_all: bool,
        max_fetches: int | None, max_minutes: float | None, json_path: str | None) -> None:
    """Fetch every source once and commit each article that changed.

    New articles from the sources' feeds, sitemaps and link pages are fetched first, then
    tracked articles that the schedule says are due, most overdue first.
    """
    import json

    from .config import load_config
    from .progress import progress_bar
    from .run import run_round

    config = load_config(config_path)
    with progress_bar("checking articles") as bar, _terminated_as_interrupted():
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
    noun = "version" if report.versions == 1 else "versions"
    click.echo(f"{report.versions} new {noun} committed in {report.seconds:.1f} s")


@main.command(short_help="Build the static site from the archive's git history.")
@ARCHIVE
@CONFIG
@click.option("--output", default="site/output", show_default=True,
              type=click.Path(file_okay=False), help="Where to write the site.")
@click.option("--settings", "settings_file", default=None, type=click.Path(dir_okay=False),
              help="Pelican settings file [default: site/pelicanconf.py if present].")
@click.option("--cache", "cache_dir", default=None, type=click.Path(file_okay=False),
              help="Build cache folder, safe to delete [default: ~/.cache/newsdiff/site-…].")
@click.option("--full", is_flag=True, help="Render every page again, ignoring the cache.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes rendering pages [default: one per core].")
@click.option("--budget-mb", type=_Finite(min=0, min_open=True), default=None,
              help="Warn past 80% of this site size in MB [default: the config's "
                   "site_budget_mb, else 1000: GitHub Pages' 1 GB].")
@_user_errors
def build(archive: str, config_path: str, output: str, settings_file: str | None,
          cache_dir: str | None, full: bool, workers: int | None,
          budget_mb: float | None) -> None:
    """Build the static site from the archive's git history (Pelican).

    Only pages whose inputs changed since the last build are rendered, and only files whose
    bytes changed are rewritten; ends with one line: files written, unchanged, removed, and the
    site's size against its budget (with a warning line past 80% of it).
    """
    from .build import build_site
    from .config import Settings, load_config

    if settings_file is None and Path("site/pelicanconf.py").is_file():
        settings_file = "site/pelicanconf.py"
    # The sources' display names ("The Harbour Gazette"), the [schedule], which says which
    # articles are no longer checked, and the size budget, when the config file is there.
    # A config named on the command line must exist; the default one may not.
    named = click.get_current_context().get_parameter_source("config_path") \
        is not click.core.ParameterSource.DEFAULT
    config = load_config(config_path) if named or Path(config_path).is_file() else None
    titles = {s.name: s.title for s in config.sources if s.title} if config else {}
    languages = {s.name: s.language for s in config.sources if s.language} if config else {}
    if budget_mb is None:
        budget_mb = (config.settings if config else Settings()).site_budget_mb
    report = build_site(archive, output, settings_file, cache=cache_dir, full=full,
                        workers=workers, source_titles=titles, source_languages=languages,
                        schedule=config.schedule if config else None, budget_mb=budget_mb)
    for notice in report.notices:
        click.echo(f"note: {notice}", err=True)
    click.echo(report.summary())
    if report.warning:
        click.echo(f"warning: {report.warning}", err=True)


@main.command(short_help="Run the offline demo end to end (no internet needed).")
@click.option("--dir", "directory", default="demo-output", show_default=True,
              type=click.Path(file_okay=False), help="Folder for the demo's archive and site.")
@click.option("--serve", is_flag=True, help="Serve the built site on 127.0.0.1 afterwards.")
# A range, so that a bad port is refused before the demo runs (bind() raised OverflowError,
# a traceback, after it).
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port for --serve.")
@_user_errors
def demo(directory: str, serve: bool, port: int) -> None:
    """Run the offline demo: a fictional newsroom, five rounds, a built site."""
    import http.server
    import shlex

    from .demo import run_demo, serve_command

    result = run_demo(directory, say=click.echo)
    versions = sum(r.versions for r in result.rounds)
    click.echo(f"{versions} versions committed in {result.archive}")
    click.echo(f"site: {result.build.files} files in {result.site}")
    if not serve:  # opened from disk, every link shows a folder's listing
        click.echo(f"read the site served: {shlex.join(serve_command(result.site, port))}, "
                   f"then open http://127.0.0.1:{port}/ (or run the demo with --serve)")
    click.echo(f"read the history with: git -C {result.directory} log -p -- archive")
    if serve:
        handler = functools.partial(http.server.SimpleHTTPRequestHandler,
                                    directory=str(result.site))
        with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
            click.echo(f"serving on http://127.0.0.1:{server.server_address[1]}/ (Ctrl-C stops)")
            with contextlib.suppress(KeyboardInterrupt):
                server.serve_forever()


@main.command(short_help="Show an article's versions, their commits and changes.")
@click.argument("target")
@ARCHIVE
@click.option("--pager/--no-pager", default=True, show_default=True,
              help="Page the output on a terminal.")
@_user_errors
@_quiet_when_the_reader_stops
def log(target: str, archive: str, pager: bool) -> None:
    """Show an article's versions, their commits and what changed in each.

    TARGET is the article's URL, its file path, or the address of one of its pages on the
    published site.
    """
    import shutil

    from .changelog import article_log

    tty = sys.stdout.isatty()
    text = article_log(archive, target, color=tty,
                       width=shutil.get_terminal_size((100, 24)).columns)
    if tty and pager:
        click.echo_via_pager(text)
    else:
        click.echo(text, nl=False)


@main.command(short_help="Write every version as rows: JSONL, CSV, Parquet or SQLite.")
@ARCHIVE
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="jsonl",
              show_default=True, help="Output format.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S",
                                              "%Y-%m-%dT%H:%M:%SZ"]),
              default=None, help="Only versions fetched at or after this date or time, in "
                                 "UTC (as the fetched_at column gives it).")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="Write to this file [default: standard output; required for parquet "
                   "and sqlite].")
@_user_errors
@_quiet_when_the_reader_stops
def export(archive: str, fmt: str, since, output: str | None) -> None:
    """Export every version, one row each, streamed: url, source, version, fetched_at (UTC),
    published, modified (as the page states them), title, byline, language, body, labels,
    reverts_to, commit, path (inside the archive folder), words_added, words_removed. Or, as
    sqlite, the site's search database."""
    from datetime import UTC

    from .export import ExportError, iter_versions, write_csv, write_jsonl, write_parquet

    if fmt == "sqlite":
        from .export import write_sqlite

        if not output or since:
            raise ExportError("sqlite needs --output FILE and takes the whole archive "
                              "(no --since)")
        count = write_sqlite(archive, Path(output))
        noun = "article" if count == 1 else "articles"
        click.echo(f"{count} {noun} exported (the site's search database)", err=True)
        return
    notices: list[str] = []  # states skipped as not articles: said, as build and log say them
    rows = iter_versions(archive, since.replace(tzinfo=UTC) if since else None, notices)
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
    for notice in notices:
        click.echo(f"note: {notice}", err=True)
    click.echo(f"{count} {'version' if count == 1 else 'versions'} exported", err=True)


@main.command(short_help="Start tracking one article by hand.")
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
    from .config import load_config
    from .run import add_article

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


@main.command(short_help="List the sources with their counts and health.")
@CONFIG
@ARCHIVE
@STATE
@_user_errors
def sources(config_path: str, archive: str, state_path: str) -> None:
    """List the sources with their counts and health."""
    from datetime import UTC

    from .config import load_config
    from .health import source_health

    def when(moment) -> str:  # in UTC, as git dates and the site give them
        if moment and moment.tzinfo:
            moment = moment.astimezone(UTC)
        return f"{moment:%Y-%m-%d %H:%M}" if moment else "never"

    rows = source_health(load_config(config_path), archive, state_path)
    click.echo(f"{'source':<20} {'articles':>8} {'versions':>8} {'last change UTC':>16} "
               f"{'last success UTC':>16} {'failing':>7} {'median words':>12}")
    for row in rows:
        click.echo(f"{row.display_name:<20} {row.articles:>8} {row.versions:>8} "
                   f"{when(row.last_change):>16} {when(row.last_success):>16} "
                   f"{row.failure_rate:>7.0%} {row.median_words:>12}")


@main.command(short_help="Save this branch's versions again on top of another.")
@click.option("--onto", required=True, help="The revision to replay this branch's versions on.")
@ARCHIVE
@_user_errors
def replay(onto: str, archive: str) -> None:
    """Save this branch's new versions again on top of ONTO (instead of git rebase).

    Used after a rejected push: version numbers are recounted and versions the other history
    already has are dropped, so nothing is lost and nothing is recorded twice.
    """
    from .archive import replay

    count = replay(archive, onto)
    click.echo(f"{count} versions replayed onto {onto}")


@main.command("archive-versions", short_help="Save recent versions to the Wayback Machine.")
@ARCHIVE
@click.option("--max-age", default="1d", show_default=True,
              help="Only versions fetched this recently, e.g. 12h or 1d (a snapshot shows "
                   "the page as it is now).")
@click.option("--max-versions", type=click.IntRange(min=0), default=20, show_default=True,
              help="Submit at most this many versions.")
@click.option("--max-minutes", type=_Finite(min=0, min_open=True), default=5,
              show_default=True, help="Stop submitting after this many minutes.")
@click.option("--min-interval", type=_Finite(min=0), default=10, show_default=True,
              help="Seconds between two capture requests.")
@_user_errors
def archive_versions(archive: str, max_age: str, max_versions: int, max_minutes: float,
                     min_interval: float) -> None:
    """Save each recent latest version to the Wayback Machine (Save Page Now).

    Needs the archive.org S3 keys in WAYBACK_ACCESS_KEY and WAYBACK_SECRET (without them it
    does nothing); WAYBACK_SPN_URL points it elsewhere. Each snapshot's address is recorded
    as a git note (refs/notes/newsdiff-archived) and linked from the version's page. Failures
    are reported, never fatal.
    """
    import os

    from .evidence import SavePageNow
    from .evidence import archive_versions as submit
    from .notes import NotesError
    from .schedule import parse_duration

    key, secret = os.environ.get("WAYBACK_ACCESS_KEY"), os.environ.get("WAYBACK_SECRET")
    if not key or not secret:
        click.echo("WAYBACK_ACCESS_KEY and WAYBACK_SECRET are not set: nothing archived")
        return
    try:
        age = parse_duration(max_age)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--max-age") from None
    client = SavePageNow(key, secret, base_url=os.environ.get("WAYBACK_SPN_URL")
                         or "https://web.archive.org", min_interval=min_interval)
    try:
        report = submit(Path(archive), client, max_age=age, max_versions=max_versions,
                        max_seconds=max_minutes * 60)
    except NotesError as error:
        raise click.ClickException(str(error)) from None
    for commit, reason in report.failed.items():
        click.echo(f"not archived: {commit[:10]}: {reason}", err=True)
    click.echo(report.summary())


@main.command(short_help="Post the notable recent edits to Mastodon and Bluesky.")
@CONFIG
@ARCHIVE
@click.option("--site-url", default=None,
              help="The published site's address, for the links [default: $NEWSDIFF_SITEURL].")
@click.option("--dry-run", "dry_run", default=None, type=click.Path(file_okay=False),
              help="Write the would-be posts and their cards to this folder; post nothing.")
@_user_errors
def announce(config_path: str, archive: str, site_url: str | None,
             dry_run: str | None) -> None:
    """Post the notable recent edits to Mastodon and Bluesky, each with a diff card.

    What is notable comes from [announce] and each source's `announce` list in the config.
    Posts only to networks whose credentials are set: NEWSDIFF_MASTODON_URL and
    NEWSDIFF_MASTODON_TOKEN; NEWSDIFF_BLUESKY_HANDLE and NEWSDIFF_BLUESKY_PASSWORD (and
    NEWSDIFF_BLUESKY_URL for another server). What was posted is recorded as git notes
    (refs/notes/newsdiff-posted), so nothing is posted twice.
    """
    import os

    from .announce import AnnounceError, load_rules, networks_from_env
    from .announce import announce as post_versions
    from .notes import NotesError

    site_url = site_url or os.environ.get("NEWSDIFF_SITEURL", "")
    if not site_url.startswith(("https://", "http://")):
        raise click.ClickException("no site address for the links: give --site-url or set "
                                   "NEWSDIFF_SITEURL (http:// or https://)")
    try:
        rules = load_rules(Path(config_path))
        networks = [] if dry_run else networks_from_env()
    except AnnounceError as error:
        raise click.ClickException(str(error)) from None
    except Exception as error:  # a login refused: say so in one line
        raise click.ClickException(f"cannot log in: {error.__class__.__name__}: "
                                   f"{str(error)[:200]}") from None
    if not networks and not dry_run:
        click.echo("no Mastodon or Bluesky credentials set: nothing posted")
        return
    try:
        report = post_versions(Path(archive), rules, site_url, networks,
                               dry_run=Path(dry_run) if dry_run else None)
    except NotesError as error:
        raise click.ClickException(str(error)) from None
    for where, reason in report.failed.items():
        click.echo(f"not posted: {where}: {reason}", err=True)
    if dry_run:
        click.echo(f"{len(report.posts)} posts written to {dry_run} (nothing posted)")
    else:
        click.echo(report.summary())


if __name__ == "__main__":
    sys.exit(main())
