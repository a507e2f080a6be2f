"""Evidence: each new version saved by the Wayback Machine's Save Page Now, independently.

A publisher can say a fork of a git repository invented a version; it cannot say so of a
snapshot the Internet Archive took itself.  ``newsdiff archive-versions`` asks Save Page Now
(the SPN2 API: ``POST /save`` with ``Authorization: LOW key:secret``, then
``GET /save/status/<job_id>`` until the capture is done) to capture the page of each article
whose latest version is recent, and records the snapshot's address in a git note on the
version's commit (``refs/notes/newsdiff-archived``, a line ``Archived-At: <address>``); the
version page links to it.

Only an article's latest version, and only while it is recent (``max_age``): Save Page Now
captures the page as it is now, so a snapshot of an older version would show a later text.
Off unless keys are given; polite (its own minimum interval between captures, retries with
backoff on 429 and 5xx, ``Retry-After`` honoured); bounded by a deadline; every failure is a
value in the report, so it never fails a round.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import requests

from .notes import ARCHIVED_KEY, ARCHIVED_REF, add_field, snapshot_addresses
from .reader import locate
from .recent import read_articles, recorded_versions

SPN_BASE = "https://web.archive.org"


class CaptureError(RuntimeError):
    """No snapshot was made; the reason, e.g. ``error:too-many-daily-captures``."""


@dataclass
class SavePageNow:
    """A polite client of the SPN2 API."""

    access_key: str
    secret: str
    base_url: str = SPN_BASE
    user_agent: str = "newsdiff (+https://github.com/newsdiff/newsdiff)"
    min_interval: float = 10.0  # seconds between two capture requests
    poll_interval: float = 5.0
    retries: int = 3
    backoff: float = 5.0  # first retry wait; doubled each time
    timeout: float = 30.0
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    session: requests.Session = field(default_factory=requests.Session)
    _last_request: float | None = None

    @property
    def _headers(self) -> dict[str, str]:
        return {"Accept": "application/json", "User-Agent": self.user_agent,
                "Authorization": f"LOW {self.access_key}:{self.secret}"}

    def _request(self, method: str, path: str, deadline: float, **kwargs) -> dict:
        """One API call, retried with backoff on 429, 5xx and connection errors."""
        wait = self.backoff
        for attempt in range(self.retries + 1):
            try:
                response = self.session.request(method, self.base_url.rstrip("/") + path,
                                                headers=self._headers, timeout=self.timeout,
                                                **kwargs)
            except requests.RequestException as error:
                reason, retry_after = f"connection failed: {error.__class__.__name__}", None
            else:
                if response.status_code < 400:
                    try:
                        return response.json()
                    except ValueError:
                        raise CaptureError("Save Page Now answered without JSON") from None
                if response.status_code not in (429, 500, 502, 503, 504):
                    raise CaptureError(f"Save Page Now answered HTTP {response.status_code}")
                reason = f"HTTP {response.status_code}"
                retry_after = response.headers.get("Retry-After", "")
                retry_after = float(retry_after) if retry_after.isdigit() else None
            pause = max(wait, retry_after or 0)
            if attempt == self.retries or self.clock() + pause > deadline:
                raise CaptureError(f"Save Page Now unavailable ({reason})")
            self.sleep(pause)
            wait *= 2
        raise AssertionError("unreachable")

    def capture(self, url: str, deadline: float) -> str:
        """Capture ``url`` now; the snapshot's address (``…/web/<timestamp>/<url>``)."""
        if self._last_request is not None:
            gap = self._last_request + self.min_interval - self.clock()
            if gap > 0:
                self.sleep(gap)
        self._last_request = self.clock()
        started = self._request("POST", "/save", deadline,
                                data={"url": url, "skip_first_archive": "1"})
        job = started.get("job_id")
        if not job:
            raise CaptureError(started.get("status_ext") or started.get("message")
                               or "no job_id in Save Page Now's answer")
        while True:
            status = self._request("GET", f"/save/status/{job}", deadline)
            state = status.get("status")
            if state == "success" and status.get("timestamp"):
                original = status.get("original_url") or url
                return f"{self.base_url.rstrip('/')}/web/{status['timestamp']}/{original}"
            if state != "pending":
                raise CaptureError(status.get("status_ext") or status.get("message")
                                   or f"capture {state or 'failed'}")
            if self.clock() + self.poll_interval > deadline:
                raise CaptureError("capture still pending at the deadline")
            self.sleep(self.poll_interval)


@dataclass
class EvidenceReport:
    """What one ``archive-versions`` run did."""

    archived: dict[str, str] = field(default_factory=dict)  # commit → snapshot address
    failed: dict[str, str] = field(default_factory=dict)  # commit → reason
    already: int = 0
    left: int = 0  # versions not tried: the deadline or the cap came first

    def summary(self) -> str:
        return (f"{len(self.archived)} versions archived, {len(self.failed)} failed, "
                f"{self.already} already archived, {self.left} left for the next run")


def archive_versions(archive: Path, client: SavePageNow, max_age: timedelta = timedelta(days=1),
                     max_versions: int = 20, max_seconds: float = 300,
                     now: datetime | None = None) -> EvidenceReport:
    """Submit the recent latest versions not yet archived; note each snapshot on its commit."""
    repo_dir, _ = locate(archive)
    now = now or datetime.now(UTC)
    deadline = client.clock() + max_seconds
    done = snapshot_addresses(repo_dir)
    report = EvidenceReport()
    todo = []
    for version in recorded_versions(archive, since=now - max_age):
        if version.commit in done:
            report.already += 1
        elif version.latest:
            todo.append(version)
    articles = read_articles(archive, [v.blob for v in todo])
    for index, version in enumerate(todo):
        article = articles.get(version.blob)
        if index >= max_versions or client.clock() >= deadline:
            report.left = len(todo) - index
            break
        if article is None:
            report.failed[version.commit] = "not an article file"
            continue
        try:
            address = client.capture(article.url, deadline)
        except CaptureError as error:
            report.failed[version.commit] = str(error)
            continue
        add_field(repo_dir, ARCHIVED_REF, version.commit, ARCHIVED_KEY, address)
        report.archived[version.commit] = address
    return report


__all__ = ["ARCHIVED_KEY", "CaptureError", "EvidenceReport", "SavePageNow", "archive_versions",
           "snapshot_addresses"]
