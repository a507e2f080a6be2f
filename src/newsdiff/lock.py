"""The run lock: one writer per archive at a time, and no lock a crash can leave stuck.

The lock is the kernel's: ``fcntl.flock`` on ``.git/newsdiff.lock``, held for the run's life
on an open file.  When the process ends, however it ends, the kernel lets go, so a dead run,
a zombie, or a pid reused after a reboot never blocks the next one.  The file also says who
holds it (host, pid, start time) for the message a refused run prints; a run that finds that
record still there when it gets the lock knows its writer crashed, and keeps its start time
so that lock files its git children left behind can be recognised and removed.
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path


class LockError(RuntimeError):
    """The archive is in use, or git left a lock this run cannot judge."""


@dataclass(frozen=True)
class Holder:
    host: str
    pid: int
    started: float

    def describe(self) -> str:
        """``pid 123 on ci-7, started 2026-05-01 08:00 UTC, 3 min ago``."""
        where = "" if self.host == socket.gethostname() else f" on {self.host}"
        started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(self.started))
        return f"pid {self.pid}{where}, started {started}, {_age(time.time() - self.started)}"


def _age(seconds: float) -> str:
    for unit, size in (("day", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            count = int(seconds // size)
            return f"{count} {unit}{'s' if unit == 'day' and count > 1 else ''} ago"
    return f"{max(0, int(seconds))} s ago"


class RunLock:
    """``with RunLock(git_dir): ...`` — exclusive for this archive, crash-safe."""

    def __init__(self, git_dir: Path, wait: float = 0.0) -> None:
        self.path = git_dir / "newsdiff.lock"
        self.wait = wait
        self.crashed: Holder | None = None  # the crashed run whose record we found, if any
        self._fd: int | None = None

    def _holder(self, fd: int) -> Holder | None:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            data = json.loads(os.read(fd, 4096) or b"null")
            if data is None:
                return None
            return Holder(str(data["host"]), int(data["pid"]), float(data["started"]))
        except (OSError, ValueError, KeyError, TypeError):
            # Half-written by a run killed mid-write: its age is the file's.
            return Holder("?", 0, os.fstat(fd).st_mtime)

    def acquire(self) -> None:
        deadline = time.monotonic() + self.wait
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = self._holder(fd)
                    os.close(fd)
                    who = holder.describe() if holder else "starting up"
                    raise LockError(f"another newsdiff run holds this archive ({who}); "
                                    "try again later") from None
                time.sleep(0.2)
        self.crashed = self._holder(fd)  # a record left behind: its run did not end cleanly
        record = json.dumps({"host": socket.gethostname(), "pid": os.getpid(),
                             "started": time.time()}).encode()
        os.ftruncate(fd, 0)
        os.pwrite(fd, record, 0)
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            os.ftruncate(self._fd, 0)  # a clean end leaves no record: nothing crashed
        finally:
            os.close(self._fd)  # closing lets go of the lock
            self._fd = None

    def __enter__(self) -> RunLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


GIT_LOCKS = ("index.lock", "HEAD.lock", "packed-refs.lock")


def git_lock_files(git_dir: Path) -> list[Path]:
    """Lock files git may leave behind when killed."""
    found = [git_dir / name for name in GIT_LOCKS if (git_dir / name).exists()]
    refs = git_dir / "refs"
    if refs.is_dir():
        found += sorted(refs.rglob("*.lock"))
    return found


def clear_git_locks(git_dir: Path, crashed: Holder | None, settle: float = 2.0) -> list[str]:
    """Remove git locks left by a crashed run; refuse (LockError) to judge any other.

    Returns a message per lock removed.
    """
    deadline = time.monotonic() + settle
    locks = git_lock_files(git_dir)
    while locks and time.monotonic() < deadline:  # a git child may still be finishing
        time.sleep(0.1)
        locks = git_lock_files(git_dir)
    removed = []
    for lock in locks:
        try:
            created = lock.stat().st_mtime
        except FileNotFoundError:
            continue
        if crashed is not None and created >= crashed.started - 1:
            lock.unlink(missing_ok=True)
            removed.append(f"removed {lock.relative_to(git_dir.parent)} left by the run that "
                           f"crashed (pid {crashed.pid})")
            continue
        raise LockError(f"{lock}: git is running here, or a crashed git left this lock; if no "
                        "git command is running, delete the file and run again")
    return removed
