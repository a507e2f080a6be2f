"""Building the site: Pelican, configured for newsdiff, over an archive."""

from __future__ import annotations

import logging
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from pelican import Pelican
from pelican import log as pelican_log
from pelican.settings import read_settings

from .pelican import defaults


class BuildError(RuntimeError):
    """The site could not be built."""


@dataclass(frozen=True)
class BuildReport:
    output: Path
    files: int
    seconds: float


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


def build_site(archive: str | Path, output: str | Path, settings_file: str | Path | None = None,
               site_name: str | None = None) -> BuildReport:
    """Render the archive's history into ``output`` with Pelican."""
    archive, output = Path(archive).resolve(), Path(output).resolve()
    if not archive.is_dir():
        raise BuildError(f"{archive}: archive folder does not exist")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="newsdiff-content-") as empty:
        override = {"NEWSDIFF_ARCHIVE": str(archive), "OUTPUT_PATH": str(output)}
        if settings_file is None:
            content = content_dir() if content_dir().is_dir() else Path(empty)
            override = {**_default_settings(), "PATH": str(content),
                        "THEME": str(theme_dir()), **override}
        if site_name:
            override["SITENAME"] = site_name
        settings = read_settings(str(settings_file) if settings_file else None,
                                 override=override)
        logging.getLogger("pelican").setLevel(logging.WARNING)
        quiet, pelican_log.console.quiet = pelican_log.console.quiet, True
        try:
            Pelican(settings).run()
        except RuntimeError as error:
            raise BuildError(str(error)) from None
        finally:
            pelican_log.console.quiet = quiet
    files = sum(1 for path in output.rglob("*") if path.is_file())
    return BuildReport(output=output, files=files, seconds=time.perf_counter() - started)
