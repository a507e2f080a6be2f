"""Progress bars for long jobs: on an interactive terminal only, never in CI or a pipe."""

from __future__ import annotations

import contextlib
import os
import sys
from typing import Any


def progress_bar(label: str) -> Any:
    """A context manager giving a rich ``Progress`` on a terminal, else ``None``.

    The bar redraws only when updated (no refresh thread), so it is safe around forked
    worker processes.
    """
    if os.environ.get("CI") or not sys.stderr.isatty():
        return contextlib.nullcontext(None)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    return Progress(label, BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    transient=True, auto_refresh=False, console=Console(stderr=True))
