"""The crawler: many hosts in parallel, one request at a time per host, with a delay between.

Work items are grouped by host.  A dispatcher hands the next item of whichever idle host has
waited its delay to a thread pool, so a slow or rate-limited host never holds up the others,
and the round takes about as long as its busiest host needs, not the sum of all hosts.
Results come back on the caller's thread (``crawl`` is a generator), where git writes happen;
the dispatcher runs on its own thread, so fetching never waits for a commit.
"""

from __future__ import annotations

import heapq
import queue
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Generic, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")
_DONE = object()


@dataclass
class Outcome(Generic[Item, Result]):
    """An item and what the worker made of it (or the exception it raised)."""

    item: Item
    result: Result | None = None
    error: BaseException | None = None


def crawl(items: Iterable[Item], host_of: Callable[[Item], str],
          work: Callable[[Item], Result], delay_for: Callable[[Item], float], *,
          workers: int = 8, deadline: float | None = None,
          monotonic: Callable[[], float] = time.monotonic) -> Iterator[Outcome[Item, Result]]:
    """Run ``work`` on every item, politely per host; yield outcomes as they finish.

    ``delay_for(item)`` is called on the worker thread before the first item of a host and
    gives the pause between the end of one request to that host and the start of the next.
    Items not started by ``deadline`` (a ``monotonic()`` time) are yielded with a
    ``TimeoutError`` instead of being worked on.
    """
    queues: dict[str, deque[Item]] = defaultdict(deque)
    for item in items:
        queues[host_of(item)].append(item)
    results: queue.Queue = queue.Queue()
    thread = threading.Thread(target=_dispatch, daemon=True,
                              args=(queues, work, delay_for, workers, deadline, monotonic,
                                    results))
    thread.start()
    while (outcome := results.get()) is not _DONE:
        yield outcome
    thread.join()


def _dispatch(queues, work, delay_for, workers, deadline, monotonic, results) -> None:
    ready: list[tuple[float, str]] = [(0.0, host) for host in queues]  # (next start, host)
    heapq.heapify(ready)
    delays: dict[str, float] = {}
    finished: queue.SimpleQueue = queue.SimpleQueue()  # hosts whose request just ended
    late = TimeoutError("time budget spent")

    def run(host: str, item):
        try:
            if host not in delays:  # first request to this host: learn its delay (robots.txt)
                delays[host] = 0.0  # should the lookup fail, the host's next item still runs
                delays[host] = delay_for(item)
                if deadline is not None and monotonic() + delays[host] >= deadline:
                    raise late  # the wait alone would outlive the round
                time.sleep(delays[host])
            results.put(Outcome(item, result=work(item)))
        except Exception as error:  # reported to the caller as an outcome, never lost
            results.put(Outcome(item, error=error))
        finally:
            finished.put(host)

    running = 0
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fetch") as pool:
        while ready or running:
            now = monotonic()
            while ready and running < workers and (
                    ready[0][0] <= now or (deadline is not None and ready[0][0] >= deadline)):
                start, host = heapq.heappop(ready)
                item = queues[host].popleft()
                if deadline is not None and max(now, start) >= deadline:
                    # Not started in time (or its host's delay ends after the round): skipped.
                    results.put(Outcome(item, error=late))
                    if queues[host]:
                        heapq.heappush(ready, (max(now, start), host))
                    continue
                pool.submit(run, host, item)
                running += 1
            timeout = None
            if ready and running < workers:
                timeout = max(0.0, ready[0][0] - monotonic())
                if deadline is not None:
                    timeout = min(timeout, max(0.0, deadline - monotonic()))
            if not running:
                time.sleep(timeout or 0)
                continue
            try:
                host = finished.get(timeout=timeout)
            except queue.Empty:
                continue
            running -= 1
            if queues[host]:
                heapq.heappush(ready, (monotonic() + delays.get(host, 0.0), host))
    results.put(_DONE)
