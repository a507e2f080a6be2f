"""Moments as readers see them: one place for formatting (and reading) times.

The site's pages, its feeds and ``newsdiff log`` all say "7 July 2017 09:12 UTC" and
"35 minutes later" the same way because they all call these.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def format_time(moment: datetime | None) -> str:
    """``7 July 2017 09:12 UTC``."""
    if moment is None:
        return ""
    return f"{moment.day} {moment:%B %Y %H:%M} UTC"


def iso_time(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _plural(count: int, unit: str) -> str:
    return f"{count} {unit}{'' if count == 1 else 's'}"


def duration(seconds: float) -> str:
    """``35 minutes``, ``7 hours 20 minutes``, ``2 days 19 hours``, ``12 days``: the largest
    unit that fits and, under a week, the next one, rounded down.  "2 days" for 2 days 19
    hours would tell a reader the edit came nearly a day sooner than it did."""
    seconds = max(0, int(seconds))
    if seconds < 60:
        return _plural(seconds, "second")
    if seconds < 3600:
        return _plural(seconds // 60, "minute")
    if seconds < 86400:
        hours, minutes = divmod(seconds // 60, 60)
        return _plural(hours, "hour") + (f" {_plural(minutes, 'minute')}" if minutes else "")
    days, hours = divmod(seconds // 3600, 24)
    if days < 7 and hours:
        return f"{_plural(days, 'day')} {_plural(hours, 'hour')}"
    return _plural(days, "day")


def elapsed(old: datetime, new: datetime) -> float:
    """Seconds from ``old`` to ``new`` as the two read when shown to the minute.

    Fetched at 09:10:11 and 16:30:09, two versions read "09:10" and "16:30": 7 hours 20
    minutes apart to a reader doing the sum, so the site says that, not the 7 hours 19
    minutes the seconds make.  Under a minute apart, the seconds themselves.
    """
    seconds = (new - old).total_seconds()
    if abs(seconds) < 60:
        return seconds
    return (new.replace(second=0, microsecond=0)
            - old.replace(second=0, microsecond=0)).total_seconds()


def later(seconds: float | None) -> str:
    """``35 minutes later`` (empty for a first version)."""
    return "" if seconds is None else f"{duration(seconds)} later"


def times(count: int) -> str:
    """``1 time``, ``6 times``."""
    return _plural(count, "time")


def parse_moment(value: str) -> datetime | None:
    """A stored date (``2017-07-07T09:12:00Z``, with an offset, or a day alone) as a UTC-aware
    datetime; None when it is not one."""
    value = (value or "").strip()
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        match = _DAY.match(value)
        if not match:
            return None
        try:
            moment = datetime.fromisoformat(match.group(0))
        except ValueError:
            return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def claimed_time(value: str) -> str:
    """A page's own date (``2026-03-02T05:15:00Z``) in words, or as given if unparsable.

    A time the page gave without a zone says so: bare, beside the site's UTC times, it read
    as UTC.
    """
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return value
    if moment.tzinfo is None:
        return f"{moment.day} {moment:%B %Y}" + (f" {moment:%H:%M} (no time zone given)"
                                                 if moment.hour or moment.minute else "")
    return format_time(moment.astimezone(UTC))
