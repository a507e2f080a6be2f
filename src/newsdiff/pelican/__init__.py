"""newsdiff's Pelican plugin: ``PLUGINS = ["newsdiff.pelican"]`` in pelicanconf.py.

Settings it reads: ``NEWSDIFF_ARCHIVE`` (the archive folder, inside a git working tree),
``NEWSDIFF_CACHE`` (the build cache folder), ``NEWSDIFF_FULL_BUILD`` (ignore the cache),
``NEWSDIFF_WORKERS`` (rendering processes), ``NEWSDIFF_REPO_URL`` and ``NEWSDIFF_REPO_BRANCH``.
"""

from __future__ import annotations

from pelican import signals


def _generators(pelican_object):
    from .generator import ArchiveGenerator

    return ArchiveGenerator


def _writer(pelican_object):
    from .output import ChangeAwareWriter

    return ChangeAwareWriter


def register() -> None:
    """Called by Pelican when the plugin is loaded."""
    signals.get_generators.connect(_generators)
    signals.get_writer.connect(_writer)
