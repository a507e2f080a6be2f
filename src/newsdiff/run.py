"""One fetch round: discover → schedule → fetch → extract → validate → store.

Fetching runs on worker threads, hosts in parallel and politely (crawl.py); each fetched page
is read (``read_page``) in a worker process that ``extract_timeout`` can kill (worker.py);
every git write happens here, on the calling thread, one commit per changed article.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from .archive import ArchiveError, ArchiveStore, fetched_reading
from .article import Article
from .change import same_text
from .config import Config, Selectors, Settings, Source
from .crawl import crawl
from .discover import discover_all
from .extract import Extraction, extract
from .fetch import Fetcher, FetchResult, Resolver, system_resolve
from .language import header_language
from .pagemeta import paywall_mark
from .schedule import Tracked, plan
from .state import ArticleState, StateCache
from .urls import BadURLError, canonical_url, host_of, identity, site_key, site_of
from .validate import ACCESS_CALL, Decision, Judge, fingerprint, same_version, with_reading
from .worker import PoolClosed, WorkerError, WorkerPool, WorkerTimeout

Clock = Callable[[], datetime]
STATE_SAVE_SECONDS = 30.0
Progress = Callable[[int, int], None]


@dataclass
class SourceReport:
    """What a round did for one source."""

    # URLs found, those left for the next round (the deadline came), and what went wrong
    discovered: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)
    # pages fetched, by what they held (failures by reason)
    new: int = 0
    changed: int = 0
    failed: Counter[str] = field(default_factory=Counter)
    unchanged: int = 0
    not_modified: int = 0
    held: int = 0  # suspicious versions waiting for the next fetch to confirm them
    dropped: int = 0  # held versions the next fetch did not confirm

    @property
    def fetched(self) -> int:
        return self.new + self.changed + self.unchanged + self.not_modified

    def as_dict(self) -> dict:
        return {"discovered": self.discovered, "new": self.new, "changed": self.changed,
                "unchanged": self.unchanged, "not_modified": self.not_modified,
                "held": self.held, "dropped": self.dropped,
                "failed": dict(sorted(self.failed.items())), "skipped": self.skipped,
                "errors": self.errors[:100]}


@dataclass
class RunReport:
    """What a round did, per source."""

    sources: dict[str, SourceReport] = field(default_factory=dict)
    seconds: float = 0.0
    notices: list[str] = field(default_factory=list)  # e.g. stale locks cleared

    @property
    def versions(self) -> int:
        return sum(s.new + s.changed for s in self.sources.values())

    @property
    def attempted(self) -> int:
        return sum(s.fetched + sum(s.failed.values()) for s in self.sources.values())

    @property
    def fetched(self) -> int:
        return sum(s.fetched for s in self.sources.values())

    def as_dict(self) -> dict:
        return {"versions": self.versions, "fetched": self.fetched,
                "seconds": round(self.seconds, 2),
                "sources": {name: s.as_dict() for name, s in self.sources.items()}}


@dataclass(frozen=True)
class Job:
    """One article page to check: a new URL (path None) or a tracked article."""

    source: Source
    url: str
    path: str | None = None
    etag: str = ""
    last_modified: str = ""


# What a page's variant adds to its story's path: /2026/story/print has /2026/story as its own.
_VARIANT = re.compile(r"(amp|print|comments?|full|all|photos?|video|live|index\.html?)",
                      re.IGNORECASE)


def _is_home(url: str) -> bool:
    try:
        return urlsplit(url).path in ("", "/")
    except ValueError:
        return False


def _same_identity(first: str, second: str) -> bool:
    try:
        return identity(first) == identity(second)
    except BadURLError:
        return False


def failure_reason(error: str) -> str:
    """The report's bucket for a fetch error."""
    if error.startswith("HTTP 4"):
        return "4xx"
    if error.startswith("HTTP 5"):
        return "5xx"
    if "redirect" in error:
        return "redirects"
    return error.split(" (")[0].split(":")[0]


def tracked_articles(store: ArchiveStore, sources: dict[str, Source], state: StateCache
                     ) -> list[Tracked]:
    """Every archived article of a configured source, with what the schedule needs."""
    tracked = []
    for path, history in store.histories.items():
        source = store.source_of(path)
        url = store.current_url(path) if source in sources else None
        if url is None:
            continue
        known = state.articles.get(path)
        tracked.append(Tracked(path=path, url=url, source=source,
                               last_changed=history.versions[-1].commit.fetched_at,
                               last_checked=known.checked_at if known else None,
                               failures=known.failures if known else 0))
    return tracked


def read_page(html: str, url: str, source: str, selectors: Selectors | None
              ) -> tuple[Extraction | None, bool | None]:
    """Everything a round parses of a fetched page: its extraction and, when its text ends
    in a call to subscribe, what its markup says of its paywall (``pagemeta.paywall_mark``,
    which parses the page again).  Run in a worker process: untrusted HTML is parsed nowhere
    else on the round's path.  The extraction's ``reading`` is the worker's own: a version
    carries the reading of the code that read it."""
    extraction = extract(html, url, source, selectors)
    paywalled = None
    if extraction is not None and ACCESS_CALL.search(extraction.article.body):
        paywalled = paywall_mark(html)
    return extraction, paywalled


def _fetch_and_extract(fetcher: Fetcher, job: Job, pool: WorkerPool, timeout: float,
                       deadline: float | None = None
                       ) -> tuple[FetchResult, Extraction | None, bool | None]:
    """Worker-thread half of checking an article: network, then parsing in ``pool`` within
    ``timeout`` seconds (``WorkerError`` past it); no git.  Parsing not finished (or, every
    worker busy, not begun) by the round's ``deadline`` is a ``TimeoutError``: the page is
    left for the next round."""
    result = fetcher.get(job.url, etag=job.etag, last_modified=job.last_modified,
                         allow_private=job.source.allow_private)
    if not result.ok or result.not_modified:
        return result, None, None
    extraction, paywalled = pool.call(read_page, result.text, job.url, job.source.name,
                                      job.source.selectors, timeout=timeout,
                                      deadline=deadline, label=job.url)
    return result, extraction, paywalled


def pool_size(settings: Settings) -> int:
    """Worker processes for a round: one a core (extraction is CPU-bound), at most one a
    fetching thread."""
    return max(1, min(settings.workers, os.cpu_count() or 1))


def _killed(error: WorkerError) -> tuple[str, str]:
    """The report's bucket and one-line reason for a page whose reading did not come back."""
    return ("extraction timeout" if isinstance(error, WorkerTimeout)
            else "extraction crashed"), str(error)


class Round:
    """The state of one round on the main thread: store, cache, report."""

    def __init__(self, config: Config, store: ArchiveStore, state: StateCache) -> None:
        self.config, self.store, self.state = config, store, state
        self.report = RunReport({s.name: SourceReport() for s in config.sources})
        self.by_identity: dict[tuple[str, str], str] = {}
        self.claims: dict[tuple[str, str], str] = {}  # canonical identity → the story naming it
        self.homes: dict[str, str] = {}  # source → the site its stories need no folder on

    def know(self, tracked: list[Tracked]) -> None:
        """Learn the archived articles: their identities, and each source's home site.

        A source's home is where its stories live without a host folder: the most common
        site among its archived files that have none (an archive written before host folders
        keeps its layout), else the site of its first listing (``Source.home``).
        """
        self.by_identity = {(t.source, identity(t.url)): t.path for t in tracked}
        sites: dict[str, Counter[str]] = {}
        for t in tracked:
            if "/@" not in t.path:
                with contextlib.suppress(BadURLError):
                    sites.setdefault(t.source, Counter())[site_key(t.url)] += 1
        self.homes = {name: counts.most_common(1)[0][0] for name, counts in sites.items()}

    def home(self, source: Source) -> str:
        return self.homes.get(source.name) or source.home

    def _report_failure(self, job: Job, reason: str, detail: str) -> None:
        report = self.report.sources[job.source.name]
        report.failed[reason] += 1
        report.errors.append(f"{job.url[:200]}: {detail}")

    def fail(self, job: Job, reason: str, detail: str, now: datetime) -> None:
        self._report_failure(job, reason, detail)
        if job.path:
            entry = self.state.get(job.path)
            entry.failures += 1
            entry.last_error = detail
            entry.last_checked = now.isoformat()

    def _walled(self, job: Job, path: str, reason: str, now: datetime) -> None:
        """A page behind its wall (paywall, login, error page): reported as a failure, but
        the article is checked on as if unchanged, never backed off or given up on (after
        ``max_failures`` walls in a row an edit made once the wall lifts would be lost), and
        no validator of the wall is kept."""
        self._report_failure(job, "wall page", reason)
        entry = self.state.get(path)
        entry.held, entry.last_error, entry.last_checked = "", reason, now.isoformat()

    def record(self, job: Job, result: FetchResult, extraction: Extraction | None,
               paywalled: bool | None = None) -> None:
        """Main-thread half: validate, commit, update the cache and the report.

        ``paywalled`` is what the page's markup says of its paywall (``read_page``)."""
        report = self.report.sources[job.source.name]
        now = result.fetched_at
        if "time budget spent" in result.error:
            report.skipped += 1  # the round ended first: not the article's failure
            return
        if not result.ok:
            self.fail(job, failure_reason(result.error), result.error, now)
            return
        if result.not_modified:
            report.not_modified += 1
            self._checked(job.path, result, now)
            return
        if extraction is None or extraction.article.word_count < self.config.settings.min_words:
            self.fail(job, "extraction empty", "no article text found", now)
            return
        if result.damaged and "\ufffd" in extraction.article.title + extraction.article.body:
            # Bytes that did not decode: storing them would record damage, not an edit (a
            # U+FFFD the page itself shows is its text: refused, the story was never kept).
            self.fail(job, "bad encoding", "the text does not decode cleanly", now)
            return
        if _is_home(result.final_url) and not _is_home(job.url):
            # A story taken down often redirects to the front page: that page is not its text.
            self.fail(job, "redirects", "redirected to the home page", now)
            return
        # A story merged into, or replaced by, another archived one: that story's text is
        # not an edit of this one (and this file must go on tracking its own URL).
        other = self._other_story(job, result.final_url)
        if other:
            self.fail(job, "redirects", f"redirected to another story ({other})", now)
            return
        other = self._other_story(job, extraction.canonical, extraction.article)
        if other:
            self.fail(job, "another story", f"the page is another story ({other}), by its "
                      "canonical link", now)
            return
        article = extraction.article
        url = self._best_url(job, result.final_url, extraction.canonical)
        if url != article.url:
            article = replace(article, url=url)
        if not article.language:  # the page did not say: its server's header, else the config
            stated = header_language(result.content_language) or job.source.language
            if stated:
                article = replace(article, language=stated)
        path = job.path or self._path_for(job, result.final_url, url)
        is_new = path not in self.store.histories
        entry = self.state.get(path)
        decision = self._judge(path, article, entry, paywalled)
        if entry.held and entry.held != fingerprint(article) and not decision.confirms:
            report.dropped += 1  # what was held did not come back: it was not a real edit
        entry.held_moved = decision.moved
        if decision.kind == "refused":
            self._walled(job, path, decision.reason, now)
            return
        if decision.kind == "suspicious":
            report.held += 1
            report.errors.append(f"{job.url[:200]}: held: {decision.reason}")
            entry.held = fingerprint(article)
        elif decision.kind == "boring":
            entry.held = ""
            self._vouch(entry, path, extraction.reading)  # the newest version, read the same
            report.unchanged += 1
        else:
            entry.held = ""
            was = None if is_new else self._reading(path, entry)
            trailers = with_reading({**decision.trailers,
                                     "Extracted-By": extraction.extracted_by},
                                    extraction.reading, was)
            saved = self.store.save(article, now, trailers=trailers, path=path)
            self._vouch(entry, path, extraction.reading)
            if saved is None:
                report.unchanged += 1
            elif is_new:
                report.new += 1
            else:
                report.changed += 1
        for seen in (job.url, result.final_url, url):
            self.by_identity[(job.source.name, identity(seen))] = path
        self._checked(path, result, now)

    def _newest_blob(self, path: str) -> str:
        history = self.store.histories.get(path)
        return history.versions[-1].blob if history and history.versions else ""

    def _vouch(self, entry: ArticleState, path: str, reading: str) -> None:
        """Remember that ``reading`` reads the page as the file's newest state in git."""
        entry.reading, entry.reading_of = reading, self._newest_blob(path)

    def _reading(self, path: str, entry: ArticleState) -> str:
        """The reading the article's newest version was read with: the state cache's when it
        speaks for that very version, else the newest fetched version's trailer ('' if it
        predates the trailer).  Hand edits (no ``Extracted-By``) are passed over: they were
        read by no one."""
        if entry.reading and entry.reading_of == self._newest_blob(path):
            return entry.reading
        return fetched_reading(self.store.histories.get(path))

    def _judge(self, path: str, article: Article, entry: ArticleState,
               paywalled: bool | None) -> Decision:
        latest = self.store.latest(path)
        if latest is not None and same_version(latest, article):
            return Decision("boring")  # the common case, without reading older versions
        # What the page says of its paywall counts only for a first fetch ending in a call
        # to subscribe (``read_page`` read it only for a text ending in one).
        paywalled = paywalled if latest is None and ACCESS_CALL.search(article.body) else None
        return Judge(self.store.versions(path)).decide(article, held=entry.held,
                                                      paywalled=paywalled,
                                                      held_moved=entry.held_moved)

    def _other_story(self, job: Job, url: str, shown: Article | None = None) -> str:
        """The archived story, other than the job's own, at ``url`` ('' if none): where its
        redirects led, or, with ``shown``, what its canonical link names when the page reads
        as that story's newest version (else the link is a CMS naming one URL for many).

        Only a tracked article is asked: a new URL redirected to an archived story (an old
        slug, a short link) is that story."""
        if job.path is None or not url or url == job.url:
            return ""
        try:
            known = self.by_identity.get((job.source.name, identity(url)))
        except (BadURLError, ValueError):
            return ""
        if not known or known == job.path:
            return ""
        if shown is None:
            return known
        latest = self.store.latest(known)
        return known if latest is not None and same_text(latest, shown) else ""

    def _best_url(self, job: Job, final: str, canonical: str) -> str:
        """The page's own canonical URL, else where redirects led, if on the same site.

        A canonical link is ignored when it points at the home page or a section above the
        story (a common CMS mistake), or at a URL another story of this round already named
        as its own: two stories never share a file through it.
        """
        requested = job.url
        for candidate, is_canonical in ((canonical, True), (final, False)):
            try:
                candidate = canonical_url(candidate)
                if site_key(requested) != site_key(candidate):
                    continue
                if is_canonical and not self._canonical_is_own(job, candidate):
                    continue
            except (BadURLError, ValueError):
                continue
            return candidate
        return requested

    def _canonical_is_own(self, job: Job, canonical: str) -> bool:
        if identity(canonical) == identity(job.url):
            return True
        path, own = urlsplit(canonical).path.rstrip("/"), urlsplit(job.url).path.rstrip("/")
        if not path:
            return False  # the home page
        variant = own.startswith(path + "/") and bool(_VARIANT.fullmatch(own[len(path) + 1:]))
        if own.startswith(path + "/") and not variant:
            return False  # a section the story sits in (…/story/print is the story's own)
        claimed = self.claims.setdefault((job.source.name, identity(canonical)),
                                         identity(job.url))
        if claimed != identity(job.url):
            return False  # named by another story this round: shared, so no story's own
        known = self.by_identity.get((job.source.name, identity(canonical)))
        if known is None:
            return True
        if job.path is not None:
            return known == job.path
        # A new URL naming an archived story as its own: a variant page of it, or a story
        # whose CMS names one URL for many (seen in an earlier round): only the first merges.
        return variant

    def _path_for(self, job: Job, *urls: str) -> str:
        """A URL already known (as requested, redirected to, or canonical) keeps its file.

        A new story gets the path of its identity; should that file hold another identity
        (written by an older newsdiff that left the host out of paths), a longer name.
        """
        for candidate in (job.url, *urls):
            try:
                known = self.by_identity.get((job.source.name, identity(candidate)))
            except BadURLError:
                continue
            if known:
                return known
        path = self.store.relative_path(job.source.name, urls[-1], self.home(job.source))
        if path in self.store.histories:
            held = self.store.latest(path)
            if held is None or _same_identity(held.url, urls[-1]):
                return path
            tag = hashlib.sha1(identity(urls[-1]).encode()).hexdigest()[:12]
            return f"{path.removesuffix('.md')}-u{tag}.md"
        return path

    def _checked(self, path: str | None, result: FetchResult, now: datetime) -> None:
        if path is None:
            return
        entry = self.state.get(path)
        entry.last_checked = now.isoformat()
        entry.failures = 0
        entry.last_error = ""
        entry.etag = result.etag or entry.etag
        entry.last_modified = result.last_modified or entry.last_modified
        if entry.held:
            # A held version is confirmed by the page's text coming back: a conditional
            # request would be answered 304, without it, and the edit never recorded.
            entry.etag = entry.last_modified = ""


def plan_jobs(config: Config, round_: Round, found: dict, now: datetime, *,
              check_all: bool, max_fetches: int | None) -> list[Job]:
    """New URLs first (a first version missed is lost), then tracked articles most overdue."""
    sources = {s.name: s for s in config.sources}
    tracked = tracked_articles(round_.store, sources, round_.state)
    round_.know(tracked)
    jobs = []
    for name, discovery in found.items():
        round_.report.sources[name].discovered = len(discovery.urls)
        round_.report.sources[name].errors += discovery.errors
        round_.report.sources[name].failed.update("feed" for _ in discovery.errors)
        for url in discovery.urls:
            try:
                if (name, identity(url)) in round_.by_identity:
                    continue
            except BadURLError as error:
                round_.report.sources[name].failed["bad URL"] += 1
                round_.report.sources[name].errors.append(f"{url[:200]}: {error}")
                continue
            jobs.append(Job(sources[name], url))
    due, _ = plan(tracked, now, config.schedule, check_all=check_all,
                  max_failures=config.settings.max_failures)
    for article in due:
        cached = round_.state.articles.get(article.path)
        jobs.append(Job(sources[article.source], article.url, article.path,
                        etag=cached.etag if cached else "",
                        last_modified=cached.last_modified if cached else ""))
    due_paths = {article.path for article in due}
    for article in tracked:
        if article.path not in due_paths:
            round_.report.sources[article.source].skipped += 1
    if max_fetches is not None and len(jobs) > max_fetches:
        for job in jobs[max_fetches:]:
            round_.report.sources[job.source.name].skipped += 1
        jobs = jobs[:max_fetches]
    # Per host, tracked articles go first: a redirect to a new slug that the feed also lists
    # is then known by the time the new URL comes up, and keeps the article in its file.
    return sorted(jobs, key=lambda job: job.path is None)


def run_round(config: Config, archive: str | Path, *, clock: Clock | None = None,
              state_path: str | Path | None = None, check_all: bool = False,
              max_fetches: int | None = None, max_minutes: float | None = None,
              progress: Progress | None = None, resolve: Resolver = system_resolve
              ) -> RunReport:
    """Check every source once: new articles from its listings and tracked articles due.

    With ``max_minutes`` nothing (discovery, a robots.txt crawl-delay, a retry's wait, a
    request) outlives the round's deadline.  ``resolve`` maps host names to addresses.
    """
    started = time.monotonic()
    clock = clock or (lambda: datetime.now(UTC))
    deadline = started + max_minutes * 60 if max_minutes else None
    fetcher = Fetcher(config.settings, clock=clock, resolve=resolve, deadline=deadline)
    state = StateCache(state_path)
    with ArchiveStore(archive) as store, WorkerPool(pool_size(config.settings)) as pool:
        round_ = Round(config, store, state)
        round_.report.notices += store.notices
        found = discover_all(fetcher, config.sources, workers=config.settings.workers,
                             deadline=deadline, pool=pool,
                             timeout=config.settings.extract_timeout)
        jobs = plan_jobs(config, round_, found, clock(), check_all=check_all,
                         max_fetches=max_fetches)
        outcomes = crawl(jobs, lambda job: site_of(job.url),
                         lambda job: _fetch_and_extract(
                             fetcher, job, pool, config.settings.extract_timeout, deadline),
                         lambda job: fetcher.host_delay(job.url, job.source.allow_private),
                         workers=config.settings.workers, deadline=deadline)
        _record_all(round_, store, state, outcomes, len(jobs), clock, progress)
        _save_state(store, state)
    round_.report.notices += [f"{path}: your uncommitted changes to it were kept; the new "
                              "version is committed underneath them (git diff HEAD shows "
                              "both)" for path in dict.fromkeys(store.kept_work)]
    round_.report.seconds = time.monotonic() - started
    return round_.report


def _record_all(round_: Round, store: ArchiveStore, state: StateCache, outcomes, total: int,
                clock: Clock, progress: Progress | None) -> None:
    """Record each page's outcome as it comes, saving the state cache now and then."""
    saved_at = time.monotonic()
    for done, outcome in enumerate(outcomes, 1):
        job = outcome.item
        if isinstance(outcome.error, TimeoutError | PoolClosed):
            round_.report.sources[job.source.name].skipped += 1
        elif isinstance(outcome.error, WorkerError):  # killed past extract_timeout, or died
            round_.fail(job, *_killed(outcome.error), clock())
        elif outcome.error is not None:
            round_.fail(job, "error", f"{type(outcome.error).__name__}: {outcome.error}",
                        clock())
        else:
            try:
                round_.record(job, *outcome.result)
            except (ArchiveError, OSError):
                raise  # the archive itself is in trouble: stop before anything is lost
            except Exception as error:  # one page we cannot handle is one failure
                round_.fail(job, "error", f"{type(error).__name__}: {error}"[:300], clock())
        if progress:
            progress(done, total)
        if time.monotonic() - saved_at > STATE_SAVE_SECONDS:
            _save_state(store, state)  # an interrupted round keeps most of what it learnt
            saved_at = time.monotonic()


def _save_state(store: ArchiveStore, state: StateCache) -> None:
    """Save the state cache, after the versions it knows of are on the branch.

    The cache holds the ETag of every page fetched: saved before a version of that page is
    committed, a crash or a failed commit would leave the next round a 304 for an edit never
    recorded, and the edit lost until the page changes again.
    """
    store.flush()
    state.save()


def source_for(config: Config, url: str, name: str | None) -> Source:
    """The configured source named ``name``, or the one whose listings share the URL's host."""
    if name:
        for source in config.sources:
            if source.name == name:
                return source
        raise BadURLError(f"no source named {name!r} in the config")
    host = host_of(url).removeprefix("www.")
    for source in config.sources:
        listings = (*source.feeds, *source.sitemaps, *source.link_pages)
        if any(host_of(listing).removeprefix("www.") == host for listing in listings):
            return source
    raise BadURLError(f"no configured source lists {host}; name one with --source")


def add_article(config: Config, archive: str | Path, url: str, source_name: str | None = None,
                *, clock: Clock | None = None, state_path: str | Path | None = None,
                resolve: Resolver = system_resolve) -> SourceReport:
    """Fetch one article now and start tracking it (a first version if it is new)."""
    clock = clock or (lambda: datetime.now(UTC))
    url = canonical_url(url)
    source = source_for(config, url, source_name)
    fetcher = Fetcher(config.settings, clock=clock, resolve=resolve)
    state = StateCache(state_path)
    with ArchiveStore(archive) as store:
        round_ = Round(config, store, state)
        sources = {source.name: source}
        round_.know(tracked_articles(store, sources, state))
        path = round_.by_identity.get((source.name, identity(url)))
        job = Job(source, url, path)
        try:
            with WorkerPool(1) as pool:
                fetched = _fetch_and_extract(fetcher, job, pool, config.settings.extract_timeout)
            round_.record(job, *fetched)
        except (ArchiveError, OSError):
            raise
        except WorkerError as error:  # killed past extract_timeout, or died
            round_.fail(job, *_killed(error), clock())
        except Exception as error:  # a page we cannot handle: a reason, not a traceback
            round_.fail(job, "error", f"{type(error).__name__}: {error}"[:300], clock())
    state.save()
    return round_.report.sources[source.name]
