"""newsdiff's Pelican plugin: ``PLUGINS = ["newsdiff.pelican"]`` in pelicanconf.py.

Settings it reads: ``NEWSDIFF_ARCHIVE`` (the archive folder, inside a git working tree).
"""

from __future__ import annotations

import subprocess
import sys

from pelican import signals


def _generators(pelican_object):
    from .generator import ArchiveGenerator

    return ArchiveGenerator


def _search_index(pelican_object) -> None:
    """After every build: the static full-text index (Pagefind) over the history pages."""
    result = subprocess.run([sys.executable, "-m", "pagefind", "--site",
                             str(pelican_object.output_path)],
                            capture_output=True, text=True, check=False)
    if result.returncode:
        lines = (result.stderr or result.stdout).strip().splitlines()
        raise RuntimeError(f"pagefind failed: {lines[-1] if lines else 'no output'}")


def register() -> None:
    """Called by Pelican when the plugin is loaded."""
    signals.get_generators.connect(_generators)
    signals.finalized.connect(_search_index)
