"""Building the site: Pelican, configured for newsdiff, over an archive."""

from __future__ import annotations

import logging
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from pelican import Pelican
from pelican import log as pelican_log
from pelican.settings import read_settings

from .pelican import defaults, output
from .pelican.cache import NAME, default_cache_dir
from .schedule import Tier

#: GitHub Pages publishes at most 1 GB; the default budget is that, in decimal megabytes.
DEFAULT_BUDGET_MB = 1000.0
#: Past this share of the budget the build warns.
WARN_AT = 0.8


class BuildError(RuntimeError):
    """The site could not be built."""


@dataclass(frozen=True)
class BuildReport:
    """What one build did to the output folder."""

    output: Path
    written: int
    unchanged: int
    removed: int
    seconds: float
    notices: tuple[str, ...] = ()  # e.g. committed states that are not articles, skipped
    #: bytes of everything in the output folder (pages, feeds, assets, search index)
    site_bytes: int = 0
    budget_bytes: int = int(DEFAULT_BUDGET_MB * 1e6)

    @property
    def files(self) -> int:
        """Files the build produced (written or left as they were)."""
        return self.written + self.unchanged

    def summary(self) -> str:
        return (f"{self.written} files written, {self.unchanged} unchanged, {self.removed} "
                f"removed in {self.seconds:.1f} s ({self.output}: {self.site_bytes / 1e6:.1f} "
                f"MB, {self.site_bytes / self.budget_bytes:.0%} of the "
                f"{self.budget_bytes / 1e6:g} MB budget)")

    @property
    def warning(self) -> str | None:
        """One line saying what to do once the site passes 80% of its size budget, else None."""
        if self.site_bytes <= WARN_AT * self.budget_bytes:
            return None
        return (f"the site is {self.site_bytes / 1e6:.0f} MB, "
                f"{self.site_bytes / self.budget_bytes:.0%} of its {self.budget_bytes / 1e6:g} "
                "MB budget (GitHub Pages publishes at most 1 GB): publish it to an "
                "S3-compatible bucket instead (README, \"Beyond 1 GB\") or raise the budget")


def theme_dir() -> Path:
    """The bundled theme: inside the installed package, or at the top of a checkout."""
    packaged = Path(__file__).parent / "theme"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / "theme"


def content_dir() -> Path:
    """The bundled static pages (about): inside the package, or in the checkout's site/."""
    packaged = Path(__file__).parent / "site_content"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / "site" / \
        "content"


def _default_settings() -> dict:
    return {key: getattr(defaults, key) for key in dir(defaults) if key.isupper()}


def _run(settings: dict, done: output.Tally) -> None:
    """Run Pelican; a build cache found damaged midway is removed and the build run again
    (it is a cache: a full build rebuilds it), once."""
    for attempt in (1, 2):
        try:
            Pelican(dict(settings)).run()
            return
        except RuntimeError as error:
            raise BuildError(str(error)) from None
        except sqlite3.DatabaseError as error:
            folder = Path(settings.get("NEWSDIFF_CACHE") or
                          default_cache_dir(Path(settings["OUTPUT_PATH"])))
            if isinstance(error, sqlite3.OperationalError) or attempt == 2:
                raise BuildError(f"{folder}: the build cache cannot be used ({error}); "
                                 "delete the folder and build again") from None
            for name in (NAME, "search-rows.sqlite3"):
                (folder / name).unlink(missing_ok=True)
            done.reset()


def build_site(archive: str | Path, output_dir: str | Path,
               settings_file: str | Path | None = None, site_name: str | None = None,
               cache: str | Path | None = None, full: bool = False,
               workers: int | None = None, schedule: tuple[Tier, ...] | None = None,
               source_titles: dict[str, str] | None = None,
               source_languages: dict[str, str] | None = None,
               budget_mb: float = DEFAULT_BUDGET_MB) -> BuildReport:
    """Render the archive's history into ``output_dir`` with Pelican.

    Only pages whose inputs changed since the last build (recorded in ``cache``, default
    ``~/.cache/newsdiff/…``) are rendered; ``full`` renders everything again.  ``schedule``
    (the configuration's tiers) decides which articles the site says are no longer checked;
    ``source_titles`` maps source names to the display names the pages and feeds use;
    ``source_languages`` to the language of their articles where a version does not say.  The
    report gives the site's size against ``budget_mb`` (decimal megabytes).
    """
    archive, output_dir = Path(archive).resolve(), Path(output_dir).resolve()
    if not archive.is_dir():
        raise BuildError(f"{archive}: archive folder does not exist")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="newsdiff-content-") as empty:
        done = output.Tally()  # the writer counts into it
        notices: list[str] = []
        override = {"NEWSDIFF_ARCHIVE": str(archive), "OUTPUT_PATH": str(output_dir),
                    "NEWSDIFF_FULL_BUILD": full, "THEME_STATIC_PATHS": [],
                    "NEWSDIFF_TALLY": done, "NEWSDIFF_NOTICES": notices}
        if cache is not None:
            override["NEWSDIFF_CACHE"] = str(Path(cache).resolve())
        if workers is not None:
            override["NEWSDIFF_WORKERS"] = workers
        if schedule is not None:
            override["NEWSDIFF_SCHEDULE"] = [(tier.age.total_seconds(),
                                              tier.interval.total_seconds()) for tier in schedule]
        if settings_file is None:
            content = content_dir() if content_dir().is_dir() else Path(empty)
            override = {**_default_settings(), "PATH": str(content),
                        "THEME": str(theme_dir()), **override}
        if site_name:
            override["SITENAME"] = site_name
        if source_titles:
            override["NEWSDIFF_SOURCE_TITLES"] = dict(source_titles)
        if source_languages:
            override["NEWSDIFF_SOURCE_LANGUAGES"] = dict(source_languages)
        if settings_file and Path(settings_file).suffix != ".py":
            # Pelican imports it as a module: any other name fails inside importlib.
            raise BuildError(f"{settings_file}: a Pelican settings file is Python, named *.py")
        try:
            settings = read_settings(str(settings_file) if settings_file else None,
                                     override=override)
        except OSError:
            raise
        except Exception as error:  # a settings file is Python: anything can go wrong in it
            where = f" (line {error.lineno})" if isinstance(error, SyntaxError) else ""
            raise BuildError(f"{settings_file}{where}: {type(error).__name__}: "
                             f"{getattr(error, 'msg', None) or error}") from None
        logging.getLogger("pelican").setLevel(logging.WARNING)
        quiet, pelican_log.console.quiet = pelican_log.console.quiet, True
        try:
            _run(settings, done)
        finally:
            pelican_log.console.quiet = quiet
    return BuildReport(output=output_dir, written=done.written, unchanged=done.unchanged,
                       removed=done.removed, seconds=time.perf_counter() - started,
                       notices=tuple(notices), site_bytes=done.site_bytes,
                       budget_bytes=int(budget_mb * 1e6))
