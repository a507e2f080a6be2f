"""The schedule: which tracked articles are due for a check, from their history alone.

After NewsDiffs and News Sniffer: the longer an article has gone without changing, the less
often it is checked, until it is not checked at all.  Everything here is a pure function of
(first seen, last changed, last checked, failures, now), so the schedule survives the loss of
the state cache; a lost cache only costs extra requests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
# Longer is a typo, and the dates it is added to or taken from would overflow (OverflowError, not a
# one-line config error: "99999999999999999999d" and "999999999d" both escaped as tracebacks).
MAX_DURATION = timedelta(days=1000 * 366)


def parse_duration(text: str) -> timedelta:
    """``15m``, ``3h``, ``30d`` → timedelta."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*", text)
    if not match:
        raise ValueError(f"bad duration {text!r} (use a number and s, m, h, d or w: '15m')")
    seconds = float(match.group(1)) * _UNITS[match.group(2)]
    if seconds > MAX_DURATION.total_seconds():
        raise ValueError(f"duration {text.strip()!r} is longer than 1000 years")
    return timedelta(seconds=seconds)


@dataclass(frozen=True)
class Tier:
    """Articles unchanged for less than ``age`` are checked every ``interval``."""

    age: timedelta
    interval: timedelta


DEFAULT_TIERS = (
    Tier(timedelta(hours=3), timedelta(minutes=15)),
    Tier(timedelta(days=1), timedelta(hours=1)),
    Tier(timedelta(days=7), timedelta(hours=3)),
    Tier(timedelta(days=30), timedelta(days=3)),
    Tier(timedelta(days=360), timedelta(days=30)),
)
MAX_BACKOFF = timedelta(days=7)


def check_interval(since_change: timedelta, tiers: tuple[Tier, ...] = DEFAULT_TIERS
                   ) -> timedelta | None:
    """How often to check an article unchanged for ``since_change``; None: never again."""
    for tier in tiers:
        if since_change < tier.age:
            return tier.interval
    return None


@dataclass(frozen=True)
class Tracked:
    """What the schedule knows of one tracked article."""

    path: str
    url: str
    source: str
    last_changed: datetime
    last_checked: datetime | None = None
    failures: int = 0


def due_at(article: Tracked, now: datetime, tiers: tuple[Tier, ...] = DEFAULT_TIERS,
           max_failures: int = 8) -> datetime | None:
    """When the article is next due; None when it is no longer checked."""
    if article.failures >= max_failures:
        return None
    last_checked = article.last_checked or article.last_changed
    interval = check_interval(now - article.last_changed, tiers)
    if interval is None:
        return None
    if article.failures:
        interval = min(interval * 2 ** article.failures, max(interval, MAX_BACKOFF))
    return last_checked + interval


def plan(tracked: list[Tracked], now: datetime, tiers: tuple[Tier, ...] = DEFAULT_TIERS, *,
         check_all: bool = False, max_failures: int = 8) -> tuple[list[Tracked], int]:
    """(due articles, most overdue first; how many were not due)."""
    due: list[tuple[datetime, Tracked]] = []
    for article in tracked:
        when = due_at(article, now, tiers, max_failures)
        if check_all or (when is not None and when <= now):
            due.append((when or now, article))
    due.sort(key=lambda pair: (pair[0], pair[1].path))
    return [article for _, article in due], len(tracked) - len(due)


def still_checked(article: Tracked, now: datetime, tiers: tuple[Tier, ...] = DEFAULT_TIERS
                  ) -> bool:
    """False once an article has gone unchanged past the last tier ("won't be checked")."""
    return check_interval(now - article.last_changed, tiers) is not None
