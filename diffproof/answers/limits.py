"""Bounds on a check: time and memory, enforced by running it in a child process that can be killed.

A :class:`Worker` owns one child process (forked, so SymPy is already imported)
and runs tasks in it one at a time.  When a task overruns :attr:`Limits.seconds`
the child is killed and replaced, and :meth:`Worker.run` returns
:data:`TIMED_OUT`; a child that dies (out of memory, a crash) gives
:data:`CRASHED`.  The parent never runs untrusted work itself, so a runaway
check cannot take it down.  Batch mode reuses one worker for every row; :class:`WarmWorkers` keeps idle
workers between batches.
"""

from __future__ import annotations

import multiprocessing
import resource
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from multiprocessing.connection import Connection
from typing import Any

#: Default time allowed for one check, in seconds.
DEFAULT_SECONDS = 5.0
#: Default address-space limit of the worker, in bytes.
DEFAULT_MEMORY = 3 * 2**30


@dataclass(frozen=True)
class Limits:
    seconds: float = DEFAULT_SECONDS
    memory: int = DEFAULT_MEMORY

    def __post_init__(self) -> None:
        if not 0 < self.seconds <= 3600:
            raise ValueError(f"the time limit must be in (0, 3600] seconds, got {self.seconds}")


DEFAULT_LIMITS = Limits()


class Failure(Enum):
    """Why a task gave no result."""

    TIMED_OUT = "did not finish within the time limit"
    CRASHED = "stopped: its worker process died (out of memory or an internal error)"


TIMED_OUT, CRASHED = Failure.TIMED_OUT, Failure.CRASHED


def _serve(function: Callable[[Any], Any], connection: Connection, memory: int, parent: Connection) -> None:
    """The child's loop: receive a task, send back ``function(task)``; stop on None, or when the parent is gone.

    The child closes its inherited copy of the parent's end of the pipe first, so that the parent's death
    (even by a signal) ends the child's ``recv`` and the child with it.
    """
    parent.close()
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    while True:
        try:
            task = connection.recv()
        except (EOFError, OSError, TypeError, ValueError, AttributeError):  # a task that cannot be unpickled
            return
        if task is None:
            return
        connection.send(function(task))


class Worker:
    """A killable child process running ``function`` (which must not raise) on one task at a time."""

    def __init__(self, function: Callable[[Any], Any], limits: Limits = DEFAULT_LIMITS) -> None:
        self.function = function
        self.limits = limits
        self.context = multiprocessing.get_context("fork")
        self.process = None
        self.connection: Connection | None = None
        self.served = 0  # the tasks its current child has run

    def start(self) -> None:
        """Start the child now (it is otherwise started by the first task)."""
        if self.process is None:
            self._start()

    def _start(self) -> None:
        parent, child = self.context.Pipe()
        arguments = (self.function, child, self.limits.memory, parent)
        self.process = self.context.Process(target=_serve, args=arguments, daemon=True)
        self.process.start()
        child.close()
        self.connection = parent
        self.served = 0

    def _stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.join()
            self.connection.close()
        self.process = self.connection = None

    def run(self, task: Any) -> Any:
        """``function(task)`` computed in the child, or a :class:`Failure`."""
        if self.process is None:
            self._start()
        try:
            self.connection.send(task)
            self.served += 1
            if self.connection.poll(self.limits.seconds):
                return self.connection.recv()
            failure = TIMED_OUT
        except (EOFError, OSError):
            failure = CRASHED
        self._stop()
        return failure

    def close(self) -> None:
        if self.process is not None:
            try:
                self.connection.send(None)
            except OSError:
                pass
            self.process.join(timeout=1)
            self._stop()

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class WarmWorkers:
    """Idle workers of ``function`` kept between uses: each is lent to one thread at a time and given back with its
    child alive, so that the next batch under the same limits starts with the child's caches warm instead of a
    fresh fork.

    Only for a ``function`` whose result depends on its task alone (every cache it keeps a pure function of its
    key).  A child that overran its limit was killed and is replaced on the worker's next task, as ever; a child
    that has served ``renewed_after`` tasks is replaced too, so that what it keeps stays within its memory limit;
    and at most ``kept`` workers are kept idle, those given back last."""

    def __init__(self, function: Callable[[Any], Any], renewed_after: int, kept: int) -> None:
        if renewed_after < 1 or kept < 1:
            raise ValueError(f"a worker serves one task or more, and one is kept: got {renewed_after}, {kept}")
        self.function = function
        self.renewed_after = renewed_after
        self.kept = kept
        self._idle: list[Worker] = []  # in the order they were given back
        self._lock = threading.Lock()

    @contextmanager
    def lent(self, limits: Limits) -> Iterator[Worker]:
        """An idle worker under ``limits`` (a new one if none is idle), kept again afterwards; one left in an
        unknown state (an exception while it ran, an interrupt) is closed instead."""
        with self._lock:
            idle = [worker for worker in self._idle if worker.limits == limits]
            worker = idle[-1] if idle else Worker(self.function, limits)
            if idle:
                self._idle.remove(worker)
        try:
            yield worker
        except BaseException:
            worker.close()
            raise
        if worker.served >= self.renewed_after:
            worker.close()
        with self._lock:
            self._idle.append(worker)
            dropped, self._idle = self._idle[: -self.kept], self._idle[-self.kept :]
        for old in dropped:
            old.close()

    def close(self) -> None:
        """End every idle worker (those lent now are kept again when given back)."""
        with self._lock:
            workers, self._idle = self._idle, []
        for worker in workers:
            worker.close()
