"""Source health: how many articles each source has and how well fetching it goes."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .config import Config
from .reader import ArchiveReader
from .state import StateCache


@dataclass(frozen=True)
class SourceHealth:
    """One source's counts and fetch health."""

    name: str
    title: str  # the configured display name ("The Harbour Gazette"), or ""
    articles: int
    versions: int
    last_change: datetime | None
    last_success: datetime | None
    failing: int  # articles whose last check failed
    median_words: int

    @property
    def display_name(self) -> str:
        return self.title or self.name

    @property
    def failure_rate(self) -> float:
        return self.failing / self.articles if self.articles else 0.0


def _state_file(archive: str | Path, state_path: str | Path | None) -> Path | None:
    """The state cache: a relative path not found here is looked for beside the archive
    folder, where ``newsdiff run`` in the archive's repository put it."""
    if state_path is None or Path(state_path).is_absolute() or Path(state_path).exists():
        return Path(state_path) if state_path is not None else None
    beside = Path(archive).resolve().parent / state_path
    return beside if beside.exists() else Path(state_path)


def source_health(config: Config, archive: str | Path, state_path: str | Path | None
                  ) -> list[SourceHealth]:
    """Health of every configured source, from git history and the state cache."""
    reader = ArchiveReader(archive)
    state = StateCache(_state_file(archive, state_path))
    versions = {path: [ref for ref, _ in reader.versions(history)]
                for path, history in reader.histories().items()}
    versions = {path: refs for path, refs in versions.items() if refs}
    latest = reader.articles(refs[-1] for refs in versions.values())
    words = {path: article.word_count for path, (_, article) in zip(versions, latest,
                                                                    strict=True)}
    reader.close()
    report = []
    for source in config.sources:
        paths = [p for p in versions if reader.source_of(p) == source.name]
        entries = [state.articles[p] for p in paths if p in state.articles]
        successes = [e.checked_at for e in entries if e.checked_at and not e.failures]
        changes = [versions[p][-1].commit.fetched_at for p in paths]
        report.append(SourceHealth(
            name=source.name, title=source.title, articles=len(paths),
            versions=sum(len(versions[p]) for p in paths),
            last_change=max(changes, default=None), last_success=max(successes, default=None),
            failing=sum(1 for e in entries if e.failures),
            median_words=int(statistics.median([words[p] for p in paths])) if paths else 0))
    return report
