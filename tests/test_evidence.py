"""Evidence: new versions saved by Save Page Now (a local SPN2 server), noted, linked."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import git
from socialservers import SPN_KEY, SPN_SECRET, SocialServer

from newsdiff.build import build_site
from newsdiff.cli import main
from newsdiff.demo import DEMO_START
from newsdiff.demo.stories import ROUND_OFFSETS
from newsdiff.evidence import SavePageNow, archive_versions, snapshot_addresses
from newsdiff.notes import ARCHIVED_REF, add_field
from newsdiff.recent import recorded_versions

END = DEMO_START + ROUND_OFFSETS[-1] + timedelta(minutes=30)


@pytest.fixture
def demo(demo_copy: Path) -> Path:
    return demo_copy


class FakeClock:
    """Time that moves only when the client sleeps: no test waits, every pause is counted."""

    def __init__(self) -> None:
        self.now, self.sleeps = 1000.0, []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def client(server: SocialServer, clock: FakeClock, **kwargs) -> SavePageNow:
    return SavePageNow(SPN_KEY, SPN_SECRET, base_url=server.url, sleep=clock.sleep,
                       clock=clock, **kwargs)


def test_latest_versions_are_captured_noted_and_linked(demo, tmp_path):
    clock = FakeClock()
    with SocialServer() as server:
        server.spn_busy = 1  # the first capture request is answered 429, Retry-After: 1
        report = archive_versions(demo / "archive", client(server, clock, min_interval=10,
                                                                  backoff=7), now=END)
        posts = [r for r in server.requests if r.method == "POST"]
        assert all(r.path == "/save" for r in posts)
        assert all(r.headers["Authorization"] == f"LOW {SPN_KEY}:{SPN_SECRET}" for r in posts)
        assert any(r.path.startswith("/save/status/spn2-") for r in server.requests)
        again = archive_versions(demo / "archive", client(server, clock), now=END)
        assert len([r for r in server.requests if r.method == "POST"]) == len(posts)
    latest = [v for v in recorded_versions(demo / "archive") if v.latest]
    assert len(report.archived) == len(latest) == 6 and not report.failed
    assert again.archived == {} and again.already == 6
    # Polite: the 429 was retried after a backoff (longer than its Retry-After: 1), and the
    # six captures were at least 10 s apart (on the client's own clock, which only sleeps
    # move forward).
    assert clock.sleeps.count(7.0) == 1
    assert clock.now - 1000 >= 7 + 10 * (len(latest) - 1)
    ferry = next(v for v in latest if "ferry" in v.slug)
    note = git(demo, "notes", f"--ref={ARCHIVED_REF}", "show", ferry.commit)
    assert note == (f"Archived-At: {server.url}/web/20260302120000/"
                    "http://" + note.split("http://", 2)[2])
    assert "/2026/03/02/council-ferry-fares.html" in note
    # The version page links its snapshot; an earlier version (not captured) does not.
    site = tmp_path / "site"
    build_site(demo / "archive", site)
    page = (site / ferry.slug / f"v{ferry.number}" / "index.html").read_text()
    assert f'href="{note.split(": ", 1)[1].strip()}"' in page
    assert "Internet Archive" not in (site / ferry.slug / "v1" / "index.html").read_text()


def test_failures_are_reported_never_raised(demo):
    clock = FakeClock()
    with SocialServer() as server:
        server.spn_error = "error:too-many-daily-captures"
        report = archive_versions(demo / "archive", client(server, clock), now=END)
    assert set(report.failed.values()) == {"error:too-many-daily-captures"}
    assert snapshot_addresses(demo) == {}


def test_a_deadline_leaves_the_rest_for_the_next_run(demo):
    clock = FakeClock()
    with SocialServer() as server:
        server.spn_pending_polls = 100  # never finishes
        report = archive_versions(demo / "archive", client(server, clock, poll_interval=5),
                                  max_seconds=60, now=END)
    assert report.archived == {}
    assert report.failed and all("pending" in r for r in report.failed.values())
    assert report.left >= 1 and clock.now - 1000 <= 60 + 10


def test_only_web_addresses_are_linked(demo):
    commit = git(demo, "rev-parse", "HEAD").strip()
    add_field(demo, ARCHIVED_REF, commit, "Archived-At", "javascript:alert(1)")
    assert snapshot_addresses(demo) == {}


def test_command_does_nothing_without_keys(demo, monkeypatch):
    monkeypatch.delenv("WAYBACK_ACCESS_KEY", raising=False)
    monkeypatch.delenv("WAYBACK_SECRET", raising=False)
    result = CliRunner().invoke(main, ["archive-versions", "--archive", str(demo / "archive")])
    assert result.exit_code == 0
    assert "nothing archived" in result.output


def test_command_archives_with_keys(demo, monkeypatch):
    with SocialServer() as server:
        monkeypatch.setenv("WAYBACK_ACCESS_KEY", SPN_KEY)
        monkeypatch.setenv("WAYBACK_SECRET", SPN_SECRET)
        monkeypatch.setenv("WAYBACK_SPN_URL", server.url)
        result = CliRunner().invoke(main, [
            "archive-versions", "--archive", str(demo / "archive"), "--max-age", "100000d",
            "--max-versions", "2", "--min-interval", "0"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("2 versions archived, 0 failed, 0 already archived, "
                                    "4 left for the next run")
