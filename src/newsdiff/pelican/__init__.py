"""newsdiff's Pelican plugin: ``PLUGINS = ["newsdiff.pelican"]`` in pelicanconf.py.

Settings it reads: ``NEWSDIFF_ARCHIVE`` (the archive folder, inside a git working tree).
"""

from __future__ import annotations

from pelican import signals


def _generators(pelican_object):
    from .generator import ArchiveGenerator

    return ArchiveGenerator


def register() -> None:
    """Called by Pelican when the plugin is loaded."""
    signals.get_generators.connect(_generators)
