"""``python -m newsdiff`` is the ``newsdiff`` command."""

from .cli import main

main()
