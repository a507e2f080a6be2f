"""The run lock: one writer per archive at a time, and no lock a crash can leave stuck.

``.git/newsdiff.lock`` holds the owner's host, pid and start time.  A lock whose process is
gone (same host) is stale: it is taken over, and the crashed run's start time is kept so that
git lock files its git children left behind can be recognised and removed.
"""

from __future__ import annotations

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

    def alive(self) -> bool:
        if self.host != socket.gethostname():
            return True  # another machine's process: cannot tell, assume it runs
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True


class RunLock:
    """``with RunLock(git_dir): ...`` — exclusive for this archive, crash-safe."""

    def __init__(self, git_dir: Path, wait: float = 0.0) -> None:
        self.path = git_dir / "newsdiff.lock"
        self.wait = wait
        self.crashed: Holder | None = None  # the stale holder we took over from, if any

    def _read(self) -> Holder | None:
        try:
            data = json.loads(self.path.read_text())
            return Holder(str(data["host"]), int(data["pid"]), float(data["started"]))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            # Unreadable: written by a run killed mid-write; its age decides.
            age = time.time() - self.path.stat().st_mtime if self.path.exists() else 0
            return Holder("?", 0, time.time() - age) if age > 5 else Holder(
                socket.gethostname(), os.getpid(), time.time())

    def acquire(self) -> None:
        deadline = time.monotonic() + self.wait
        while True:
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                holder = self._read()
                if holder is not None and (holder.host == "?" or not holder.alive()):
                    self.crashed = holder
                    self.path.unlink(missing_ok=True)
                    continue
                if time.monotonic() >= deadline:
                    started = time.strftime("%H:%M:%S", time.localtime(holder.started)) \
                        if holder else "?"
                    pid = holder.pid if holder else "?"
                    raise LockError(f"another newsdiff run holds this archive (pid {pid}, "
                                    f"started {started}); try again later") from None
                time.sleep(0.2)
                continue
            with os.fdopen(fd, "w") as handle:
                json.dump({"host": socket.gethostname(), "pid": os.getpid(),
                           "started": time.time()}, handle)
            return

    def release(self) -> None:
        holder = self._read()
        if holder is not None and holder.pid == os.getpid():
            self.path.unlink(missing_ok=True)

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
