"""newsdiff's Pelican plugin: ``PLUGINS = ["newsdiff.pelican"]`` in pelicanconf.py.

Settings it reads: ``NEWSDIFF_ARCHIVE`` (the archive folder, inside a git working tree),
``NEWSDIFF_CACHE`` (the build cache folder), ``NEWSDIFF_FULL_BUILD`` (ignore the cache),
``NEWSDIFF_WORKERS`` (rendering processes), ``NEWSDIFF_REPO_URL``, ``NEWSDIFF_REPO_BRANCH`` and
``NEWSDIFF_SCHEDULE`` (the check tiers, as in the ``[schedule]`` table of the configuration).

Its defaults (``defaults.py``) are set when Pelican is initialised, as plugins do: a setting
the site left at Pelican's own default takes newsdiff's; one the site chose stays.
"""

from __future__ import annotations

from pelican import signals


def _generators(pelican_object):
    from .generator import ArchiveGenerator

    return ArchiveGenerator


def _writer(pelican_object):
    from .output import ChangeAwareWriter

    return ChangeAwareWriter


def _defaults(pelican_object) -> None:
    from pelican.settings import DEFAULT_CONFIG

    from . import defaults

    settings = pelican_object.settings
    for key, value in vars(defaults).items():
        if key.isupper() and key not in defaults.SITE_CHOICES and (
                key not in settings or (key in DEFAULT_CONFIG and
                                        settings[key] == DEFAULT_CONFIG[key])):
            settings[key] = value
    pelican_object.delete_outputdir = settings["DELETE_OUTPUT_DIRECTORY"]  # read before this


def register() -> None:
    """Called by Pelican when the plugin is loaded."""
    signals.initialized.connect(_defaults)
    signals.get_generators.connect(_generators)
    signals.get_writer.connect(_writer)
