"""The state cache: what git does not record (last check, validators, failures).

It lives outside the archive (default ``.newsdiff-cache/state.json``) and may be deleted at
any time: the schedule then falls back to git history and only costs extra requests.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

FORMAT = 1


@dataclass
class ArticleState:
    """Per-article facts carried between runs."""

    last_checked: str = ""
    etag: str = ""
    last_modified: str = ""
    failures: int = 0
    last_error: str = ""
    held: str = ""  # fingerprint of a suspicious version waiting for confirmation
    #: the held version is a shrink, or a text that grew, with text of its own
    #: (``validate.moved_on``): a next fetch that moves on too confirms it (a live blog rolled
    #: over, or quoting an error, never comes back the same)
    held_moved: bool = False
    #: the reading (``newsdiff.extract.reading``) under which the newest version was last
    #: fetched again unchanged or recorded: an upgrade that reads it the same is no change
    reading: str = ""
    #: the blob of the newest version ``reading`` speaks for: a cache older or newer than
    #: the branch (a lost save, a version never committed, a version removed by hand) then
    #: speaks for nothing, and the commits' own ``Reading:`` trailers are read instead
    reading_of: str = ""

    @property
    def checked_at(self) -> datetime | None:
        return datetime.fromisoformat(self.last_checked) if self.last_checked else None


def _sound(entry: ArticleState) -> bool:
    """Whether every value is of its field's kind (a check time with its zone)."""
    for name, default in ArticleState().__dict__.items():
        value = getattr(entry, name)
        if type(value) is not type(default) or (isinstance(value, int) and value < 0):
            return False
    try:
        checked = entry.checked_at
    except ValueError:
        return False
    return checked is None or checked.tzinfo is not None


class StateCache:
    """A JSON file of ArticleState by archive path."""

    def __init__(self, path: str | Path | None) -> None:
        self.path = Path(path) if path else None
        self.articles: dict[str, ArticleState] = {}
        if self.path and self.path.is_file():
            self.articles = self._load(self.path)

    @staticmethod
    def _load(path: Path) -> dict[str, ArticleState]:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                return {}  # written by another version: start again, it is only a cache
            articles = {key: ArticleState(**value) for key, value in data["articles"].items()}
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return {}  # a damaged cache is a lost cache
        # An entry with a value of the wrong kind (edited by hand, written by something else)
        # would stop the round with a traceback where it is used: it is lost instead.
        return {key: entry for key, entry in articles.items()
                if isinstance(key, str) and _sound(entry)}

    def get(self, key: str) -> ArticleState:
        return self.articles.setdefault(key, ArticleState())

    def save(self) -> None:
        """Write atomically: a crash leaves the old file or the new one, never half of one."""
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        payload = {"format": FORMAT,
                   "articles": {k: v.__dict__ for k, v in sorted(self.articles.items())}}
        fd, temp = tempfile.mkstemp(dir=self.path.parent, prefix=".state-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(payload, handle, indent=0, separators=(",", ":"))
            os.replace(temp, self.path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
