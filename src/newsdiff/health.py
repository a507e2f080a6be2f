"""Source health: how many articles each source has and how well fetching it goes."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .archive import ArchiveStore
from .article import from_markdown
from .config import Config
from .history import read_blobs
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
    store = ArchiveStore(archive, write=False)
    store.repo.close()
    state = StateCache(_state_file(archive, state_path))
    latest = {path: h.versions[-1].blob for path, h in store.histories.items()}
    words = {path: from_markdown(data.decode("utf-8", "replace")).word_count
             for path, (_, data) in zip(latest, read_blobs(store.repo_dir, latest.values()),
                                        strict=True)}
    report = []
    for source in config.sources:
        paths = [p for p in store.histories if store.source_of(p) == source.name]
        entries = [state.articles[p] for p in paths if p in state.articles]
        successes = [e.checked_at for e in entries if e.checked_at and not e.failures]
        changes = [store.histories[p].versions[-1].commit.fetched_at for p in paths]
        report.append(SourceHealth(
            name=source.name, title=source.title, articles=len(paths),
            versions=sum(len(store.histories[p].versions) for p in paths),
            last_change=max(changes, default=None), last_success=max(successes, default=None),
            failing=sum(1 for e in entries if e.failures),
            median_words=int(statistics.median([words[p] for p in paths])) if paths else 0))
    return report
