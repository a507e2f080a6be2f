"""Schedule decisions, from an injected clock: pure functions, no waiting."""

from datetime import UTC, datetime, timedelta

import pytest

from newsdiff.schedule import (
    DEFAULT_TIERS,
    Tracked,
    check_interval,
    due_at,
    parse_duration,
    plan,
    still_checked,
)

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def article(changed_ago, checked_ago=None, failures=0, path="a"):
    return Tracked(path=path, url=f"https://e.org/{path}", source="s",
                   last_changed=NOW - changed_ago,
                   last_checked=None if checked_ago is None else NOW - checked_ago,
                   failures=failures)


@pytest.mark.parametrize("unchanged_for, interval", [
    (timedelta(minutes=10), timedelta(minutes=15)),
    (timedelta(hours=2, minutes=59), timedelta(minutes=15)),
    (timedelta(hours=3), timedelta(hours=1)),
    (timedelta(hours=23), timedelta(hours=1)),
    (timedelta(days=2), timedelta(hours=3)),
    (timedelta(days=10), timedelta(days=3)),
    (timedelta(days=100), timedelta(days=30)),
    (timedelta(days=360), None),
])
def test_tiers(unchanged_for, interval):
    assert check_interval(unchanged_for) == interval


@pytest.mark.parametrize("changed_ago, checked_ago, due", [
    (timedelta(hours=1), timedelta(minutes=14), False),   # tier 1: every 15 minutes
    (timedelta(hours=1), timedelta(minutes=15), True),
    (timedelta(hours=5), timedelta(minutes=59), False),   # tier 2: hourly
    (timedelta(hours=5), timedelta(minutes=61), True),
    (timedelta(days=3), timedelta(hours=2), False),       # tier 3: every 3 hours
    (timedelta(days=3), timedelta(hours=3), True),
    (timedelta(days=20), timedelta(days=2), False),       # tier 4: every 3 days
    (timedelta(days=20), timedelta(days=3), True),
    (timedelta(days=200), timedelta(days=29), False),     # tier 5: every 30 days
    (timedelta(days=200), timedelta(days=31), True),
    (timedelta(days=400), timedelta(days=100), False),    # past the last tier: never
])
def test_due_by_tier(changed_ago, checked_ago, due):
    when = due_at(article(changed_ago, checked_ago), NOW)
    assert (when is not None and when <= NOW) is due


def test_lost_cache_falls_back_to_git_history():
    # No record of the last check: due as soon as an interval has passed since the change.
    assert due_at(article(timedelta(hours=2)), NOW) == NOW - timedelta(hours=2, minutes=-15)
    assert due_at(article(timedelta(days=500)), NOW) is None


def test_failures_back_off_and_finally_stop():
    ok = due_at(article(timedelta(hours=5), timedelta(minutes=0)), NOW)
    one = due_at(article(timedelta(hours=5), timedelta(minutes=0), failures=1), NOW)
    three = due_at(article(timedelta(hours=5), timedelta(minutes=0), failures=3), NOW)
    assert ok < one < three
    assert three - NOW == timedelta(hours=8)
    assert due_at(article(timedelta(hours=5), failures=8), NOW) is None


def test_plan_most_overdue_first_and_check_all():
    items = [article(timedelta(hours=5), timedelta(hours=2), path="b"),
             article(timedelta(hours=5), timedelta(hours=4), path="a"),
             article(timedelta(hours=1), timedelta(minutes=1), path="c"),
             article(timedelta(days=400), path="d")]
    due, not_due = plan(items, NOW)
    assert [a.path for a in due] == ["a", "b"] and not_due == 2
    everything, _ = plan(items, NOW, check_all=True)
    assert sorted(a.path for a in everything) == ["a", "b", "c", "d"]


def test_wont_be_checked_again():
    assert still_checked(article(timedelta(days=359)), NOW)
    assert not still_checked(article(timedelta(days=361)), NOW)


def test_durations():
    assert parse_duration("15m") == timedelta(minutes=15)
    assert parse_duration("1.5h") == timedelta(minutes=90)
    with pytest.raises(ValueError):
        parse_duration("soon")
    assert DEFAULT_TIERS[0].interval == timedelta(minutes=15)
