"""One fetch round: discover, fetch, extract, validate, store.

Data flows one way; the only state carried between stages is plain data (URLs, FetchResults,
Articles).  Git writes happen here, on the calling thread, one commit per changed article.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import requests

from .archive import ArchiveStore
from .article import from_markdown
from .config import Config, Source
from .discover import discover
from .extract import extract
from .fetch import fetch, make_session
from .urls import BadURLError

Clock = Callable[[], datetime]


@dataclass
class SourceReport:
    """What a round did for one source."""

    discovered: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    failed: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    @property
    def fetched(self) -> int:
        return self.new + self.changed + self.unchanged


@dataclass
class RunReport:
    """What a round did, per source."""

    sources: dict[str, SourceReport] = field(default_factory=dict)

    @property
    def versions(self) -> int:
        return sum(s.new + s.changed for s in self.sources.values())

    @property
    def attempted(self) -> int:
        return sum(s.fetched + sum(s.failed.values()) for s in self.sources.values())

    @property
    def fetched(self) -> int:
        return sum(s.fetched for s in self.sources.values())


def _tracked_urls(store: ArchiveStore, source: Source) -> list[str]:
    urls = []
    for path in store.tracked_paths(source.name):
        file = store.repo_dir / path
        try:
            urls.append(from_markdown(file.read_text(encoding="utf-8")).url)
        except (OSError, ValueError):
            article = store.latest(path)  # working copy missing or damaged: ask git
            if article is not None:
                urls.append(article.url)
    return urls


def _failure_reason(error: str) -> str:
    if error.startswith("HTTP 4"):
        return "4xx"
    if error.startswith("HTTP 5"):
        return "5xx"
    return error.split(" (")[0].split(":")[0]


def check_article(session: requests.Session, store: ArchiveStore, config: Config,
                  source: Source, url: str, clock: Clock, report: SourceReport) -> None:
    """Fetch one article page and commit it if it is a real new version."""
    result = fetch(session, url, config.settings, clock=clock)
    if not result.ok:
        report.failed[_failure_reason(result.error)] += 1
        report.errors.append(f"{url}: {result.error}")
        return
    extraction = extract(result.text, url, source.name)
    if extraction is None or extraction.article.word_count < config.settings.min_words:
        report.failed["extraction empty"] += 1
        report.errors.append(f"{url}: no article text found")
        return
    path = store.relative_path(source.name, url)
    is_new = path not in store.histories
    saved = store.save(extraction.article, result.fetched_at,
                       trailers={"Extracted-By": extraction.extracted_by})
    if saved is None:
        report.unchanged += 1
    elif is_new:
        report.new += 1
    else:
        report.changed += 1


def run_round(config: Config, archive: str | Path, clock: Clock | None = None,
              progress: Callable[[str], None] | None = None) -> RunReport:
    """Check every source once: its feeds' articles and the articles it already has."""
    clock = clock or (lambda: datetime.now(UTC))
    report = RunReport()
    session = make_session(config.settings)
    with ArchiveStore(archive) as store:
        for source in config.sources:
            source_report = report.sources.setdefault(source.name, SourceReport())
            found = discover(session, source, config.settings)
            source_report.discovered = len(found.urls)
            source_report.errors += found.errors
            source_report.failed.update("feed" for _ in found.errors)
            urls = list(dict.fromkeys([*found.urls, *_tracked_urls(store, source)]))
            for url in urls:
                if progress:
                    progress(url)
                try:
                    check_article(session, store, config, source, url, clock, source_report)
                except BadURLError as error:
                    source_report.failed["bad URL"] += 1
                    source_report.errors.append(f"{url[:100]}: {error}")
    return report
