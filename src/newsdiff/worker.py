"""Worker processes that a deadline can kill: where untrusted pages are parsed.

Parsing a page runs in C (libxml2, through lxml and trafilatura) and some of it is worse than
linear in what an attacker controls: one element with 60,000 attributes takes libxml2's HTML
parser ~3 s, and extraction, which parses a page several times, ~13 s (measured here); a 5 MB
page could hold a round for many minutes.  No thread can stop C code, and it holds the GIL
long enough to stall the round's other threads.  So a round hands each
page to one of a few long-lived processes (``WorkerPool.call``) and waits at most a deadline:
past it the process is killed and replaced, and the page is one failure (``WorkerTimeout``);
a process that dies (segfault, out of memory, killed) is likewise one failure
(``WorkerDied``).  Pages are CPU-bound (~35 ms each), so the processes also let a round use
every core.

Processes come from multiprocessing's ``forkserver`` (safe with the round's threads, unlike a
plain fork), which imports ``newsdiff.run`` (and so extraction) once, so that each worker is a
fork of an already-warm interpreter, not a fresh import.  They are started on first use, so a
round in which every page answers 304 starts none.  ``close`` (also on leaving a ``with``
block and at interpreter exit) kills them all, so Ctrl-C leaves no process behind; a round
killed outright kills nothing, so each call also runs under a CPU limit the kernel enforces
(``_limit_cpu``): an orphaned worker stops a little past its call's timeout.
"""

from __future__ import annotations

import atexit
import contextlib
import math
import multiprocessing
import os
import queue
import resource
import signal
import threading
import time
import weakref
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

#: What the forkserver imports once, so that each worker is forked warm (the main module
#: too: a worker would otherwise import the ``newsdiff`` command's script again).
PRELOAD = ["__main__", "newsdiff.run"]
STARTUP_SECONDS = 120  # for a worker to start (forked warm, it takes milliseconds)
_OUT_OF_MEMORY = 70  # a worker's exit status after a MemoryError
#: CPU seconds a call may use past its timeout before the kernel stops its worker (the
#: round kills it at the timeout first, by the wall clock, which CPU time never outruns)
_CPU_GRACE = 5
_SLOT = object()  # room for one more worker, started when a call needs it
_OPEN: weakref.WeakSet[WorkerPool] = weakref.WeakSet()


class WorkerError(Exception):
    """A call that did not come back: its one-line reason is the message."""


class WorkerTimeout(WorkerError):
    """The call ran past its deadline; its worker was killed."""


class WorkerDied(WorkerError):
    """The worker died during the call (a crash, out of memory, killed from outside)."""


class PoolClosed(WorkerError):
    """The pool was closed (the round ended or was interrupted) before the call finished."""


def _late() -> TimeoutError:
    return TimeoutError("time budget spent")


def _limit_cpu(seconds: float) -> None:
    """Have the kernel stop this worker (SIGXCPU) once it has used ``seconds`` more of CPU.

    The round kills a worker past its call's timeout, but a round killed outright (SIGKILL,
    or SIGTERM to its process alone) kills nothing: its worker would read a hostile page for
    as long as the page takes, minutes or forever.  The soft limit moves up for each call.
    """
    soft = math.ceil(sum(os.times()[:2]) + seconds) + _CPU_GRACE  # user + system so far
    hard = resource.getrlimit(resource.RLIMIT_CPU)[1]
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def _serve(conn: Connection) -> None:
    """A worker's loop: run each (function, args, seconds) sent within ``seconds`` of CPU,
    send back ('ok'|'error', value)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # SIGXCPU dumps no core
    conn.send("ready")
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if message is None:
            return
        function, args, seconds = message
        _limit_cpu(seconds)
        try:
            reply = ("ok", function(*args))
        except MemoryError:
            os._exit(_OUT_OF_MEMORY)  # a worker out of memory is trusted with no other page
        except Exception as error:  # the caller decides what a page's exception means
            reply = ("error", error)
        try:
            try:
                conn.send(reply)
            except (OSError, EOFError):
                raise
            except Exception as error:  # an unpicklable result: said as one line
                conn.send(("error", RuntimeError(f"{type(error).__name__}: {error}")))
        except (OSError, EOFError):
            return  # the parent is gone (killed while we read its page): no one to tell


class _Worker:
    def __init__(self, context: multiprocessing.context.BaseContext) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child,), daemon=True,
                                       name="newsdiff-worker")
        self.process.start()
        child.close()
        self.label = ""  # what it is working on ('' when idle)
        # A page's deadline is for the page: the start, slow on a loaded machine, is not in it.
        try:
            ready = self.conn.poll(STARTUP_SECONDS) and self.conn.recv() == "ready"
        except (EOFError, OSError):
            ready = False
        if not ready:
            self.kill()
            raise WorkerDied(f"a worker did not start within {STARTUP_SECONDS} s")

    def end(self) -> None:
        """Kill the process; a thread waiting on it wakes (end of file) and lets it go."""
        with contextlib.suppress(Exception):
            self.process.kill()
            self.process.join(5)

    def kill(self) -> None:
        """Kill the process and let go of it (by the thread that used it, or when idle: a
        pipe closed under another thread's read could be a reused descriptor)."""
        self.end()
        with contextlib.suppress(Exception):
            self.conn.close()
        with contextlib.suppress(Exception):
            self.process.close()

    def stop(self) -> None:
        """Ask an idle worker to leave; kill it if it does not."""
        with contextlib.suppress(Exception):
            self.conn.send(None)
            self.process.join(1)
        self.kill()


def _died(process: multiprocessing.process.BaseProcess, what: str) -> str:
    process.join(1)
    code = process.exitcode
    if code == _OUT_OF_MEMORY:
        return f"{what} ran out of memory"
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        return f"{what} crashed: its worker died ({name})"
    return f"{what} crashed: its worker died (exit {code})"


class WorkerPool:
    """At most ``size`` worker processes, each running one call at a time.

    ``call`` blocks the calling thread until a worker is free, then at most ``timeout``
    seconds for the answer; it is safe to use from many threads.
    """

    def __init__(self, size: int, *, start_method: str = "forkserver") -> None:
        if size < 1:
            raise ValueError("a pool needs at least one worker")
        self.size = size
        self._context = multiprocessing.get_context(start_method)
        if start_method == "forkserver":
            self._context.set_forkserver_preload(PRELOAD)
        # Workers are started on first use: the queue holds one free slot for each.
        self._idle: queue.SimpleQueue[_Worker | object | None] = queue.SimpleQueue()
        for _ in range(size):
            self._idle.put(_SLOT)
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        _OPEN.add(self)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def call(self, function: Callable[..., Any], *args: Any, timeout: float,
             deadline: float | None = None, label: str = "", what: str = "extraction") -> Any:
        """``function(*args)`` in a worker, its result or its exception re-raised here.

        Raises ``WorkerTimeout`` after ``timeout`` seconds (the worker is killed and
        replaced), ``WorkerDied`` if the worker dies, ``PoolClosed`` once the pool is closed;
        their messages are one line about ``what`` ("extraction took over 30 s").  With a
        ``deadline`` (a ``time.monotonic()`` time: the round's), neither the wait for a free
        worker nor the call outlives it: ``TimeoutError`` ("time budget spent").  ``label``
        names the call in ``busy()``.
        """
        worker = self._take(deadline)
        limit = timeout if deadline is None else min(timeout, deadline - time.monotonic())
        if limit <= 0:  # the worker's start took what was left
            self._give_back(worker)
            raise _late()
        with self._lock:
            worker.label = label or getattr(function, "__name__", "call")
        try:
            worker.conn.send((function, args, limit))
            if not worker.conn.poll(max(0.0, limit)):
                raise WorkerTimeout(f"{what} took over {timeout:g} s") if limit >= timeout \
                    else _late()
            kind, value = worker.conn.recv()
        except (WorkerTimeout, TimeoutError):
            self._replace(worker)
            raise
        except (EOFError, OSError) as error:
            reason = "" if self._closed else _died(worker.process, what)
            self._replace(worker)
            if not reason:
                raise PoolClosed("the round stopped before the page was read") from None
            raise WorkerDied(reason) from error
        except BaseException:  # e.g. KeyboardInterrupt while waiting: the worker is lost
            self._replace(worker)
            raise
        worker.label = ""
        self._give_back(worker)
        if kind == "error":
            raise value
        return value

    def busy(self) -> dict[int, str]:
        """The process id of each worker at work, and its call's label."""
        with self._lock:
            return {w.process.pid: w.label for w in self._all if w.label and w.process.pid}

    def pids(self) -> list[int]:
        """The process ids of the live workers."""
        with self._lock:
            return [w.process.pid for w in self._all if w.process.pid]

    def close(self) -> None:
        """Kill every worker (idle ones are asked to leave first); calls in progress raise
        ``PoolClosed``.  Safe to call twice."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        self._idle.put(None)  # wakes the threads waiting for a worker, one after another
        for worker in workers:
            if worker.label:
                worker.end()  # its caller wakes with PoolClosed and lets it go
            else:
                worker.stop()
        _OPEN.discard(self)

    def _take(self, deadline: float | None = None) -> _Worker:
        # a worker, a free slot to start one in, or None: closed
        try:
            slot = self._idle.get(timeout=None if deadline is None
                                  else max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise _late() from None  # every worker busy until the round's end
        if slot is None or self._closed:
            self._idle.put(None)  # for the next thread waiting
            if isinstance(slot, _Worker):
                self._give_back(slot)
            raise PoolClosed("the round stopped before the page was read")
        if isinstance(slot, _Worker):
            return slot
        try:
            worker = _Worker(self._context)
        except BaseException:
            self._idle.put(_SLOT)
            raise
        with self._lock:
            self._all.add(worker)
            closed = self._closed
        if closed:
            worker.stop()
            raise PoolClosed("the round stopped before the page was read")
        return worker

    def _give_back(self, worker: _Worker) -> None:
        with self._lock:
            if not self._closed:
                self._idle.put(worker)
                return
        worker.stop()

    def _replace(self, worker: _Worker) -> None:
        """Kill a worker whose call failed; the next call starts a new one in its place."""
        with self._lock:
            self._all.discard(worker)
        worker.kill()
        with self._lock:
            if not self._closed:
                self._idle.put(_SLOT)


def open_pools() -> list[WorkerPool]:
    """The pools not yet closed (what ``newsdiff`` closes at exit, and tests look at)."""
    return list(_OPEN)


@atexit.register
def _close_all() -> None:
    for pool in list(_OPEN):
        pool.close()
