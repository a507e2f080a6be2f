"""Pelican settings for this archive's site.

Build with ``newsdiff build`` or plainly ``pelican -s site/pelicanconf.py``.
"""

from pathlib import Path

from newsdiff.pelican.defaults import *  # noqa: F403  (settings newsdiff needs)

HERE = Path(__file__).resolve().parent

SITENAME = "newsdiff"
SITEURL = ""
PATH = str(HERE / "content")  # static pages (about); the archive is NOT Pelican content
OUTPUT_PATH = str(HERE / "output")
THEME = str(HERE.parent / "theme")
NEWSDIFF_ARCHIVE = str(HERE.parent / "archive")
