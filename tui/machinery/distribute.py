"""Work over many documents: here, on local processes, or on a Dask cluster — in input order.

The caller hands batches of work; results come back batch by batch in the order the batches
were given, whatever order they finish in, and at most `window` batches are in flight, so a
corpus of any size streams through a bounded amount of memory. The answer is the same
whichever way it ran: only where it runs changes.

- `Here`: in this process, one batch at a time (one document, or one core).
- `LocalProcesses`: a pool of forked processes (fork where it is safe: it starts before any
  thread of ours, so the workers share the parent's loaded modules copy-on-write).
- `DaskCluster`: a running `distributed` scheduler (`tcp://host:8786`), imported only here.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol, TypeVar

B = TypeVar("B")  # a batch of work
R = TypeVar("R")  # its result


class Pending(Protocol[R]):
    def result(self) -> R: ...


class Runner(Protocol):
    """Where batches run."""

    window: int  # how many batches may be in flight at once

    def submit(self, function: Callable[[B], R], batch: B) -> Pending[R]: ...

    def close(self) -> None: ...


def run_in_order(function: Callable[[B], R], batches: Iterable[B], runner: Runner) -> Iterator[R]:
    """`function(batch)` for every batch, in order, at most `runner.window` in flight."""
    in_flight: deque[Pending[R]] = deque()
    for batch in batches:
        in_flight.append(runner.submit(function, batch))
        if len(in_flight) >= runner.window:
            yield in_flight.popleft().result()
    while in_flight:
        yield in_flight.popleft().result()


class _Done:
    def __init__(self, value: Any) -> None:
        self.value = value

    def result(self) -> Any:
        return self.value


class Here:
    """In this process: a batch runs when its turn comes, so nothing waits in memory."""

    window = 1

    def submit(self, function: Callable[[B], R], batch: B) -> Pending[R]:
        return _Done(function(batch))

    def close(self) -> None:
        pass


class _Task:
    """A batch handed to a worker process; its result once the worker sends it back."""

    def __init__(self, pool: LocalProcesses, function: Callable[[Any], Any], batch: Any) -> None:
        self.pool, self.function, self.batch = pool, function, batch
        self.done = False
        self.value: Any = None
        self.error: BaseException | None = None

    def result(self) -> Any:
        while not self.done:
            self.pool._collect()
        if self.error is not None:
            raise self.error
        return self.value


class LocalProcesses:
    """`jobs` worker processes on this machine, each fed one batch at a time over a pipe.

    Not multiprocessing.Pool: its terminate() can deadlock when a caller stops reading
    results (`tui … | head -1`) while a worker blocks writing one. Here a worker only ever
    waits for its next batch or for its result to be read, and closing kills the workers.
    """

    def __init__(self, jobs: int) -> None:
        # fork shares the parent's loaded modules; it is only safe while this process has one
        # thread, and no thread is started here.
        methods = multiprocessing.get_all_start_methods()
        single = threading.active_count() == 1
        context = multiprocessing.get_context("fork" if "fork" in methods and single else None)
        self._idle: deque[tuple[Any, Any]] = deque()
        self._busy: dict[Any, tuple[Any, _Task]] = {}  # connection -> (process, its task)
        self._queued: deque[_Task] = deque()
        self._processes = []
        for _ in range(jobs):
            ours, theirs = context.Pipe()
            process = context.Process(target=_serve, args=(theirs, os.getpid()), daemon=True)
            process.start()
            theirs.close()
            self._processes.append(process)
            self._idle.append((process, ours))
        self.window = 2 * jobs

    def submit(self, function: Callable[[B], R], batch: B) -> Pending[R]:
        task = _Task(self, function, batch)
        self._queued.append(task)
        self._dispatch()
        return task

    def _dispatch(self) -> None:
        while self._idle and self._queued:
            process, connection = self._idle.popleft()
            task = self._queued.popleft()
            connection.send((task.function, task.batch))
            self._busy[connection] = (process, task)

    def _collect(self) -> None:
        """Wait for a worker to finish its batch, and hand it the next one."""
        from multiprocessing.connection import wait

        for connection in wait(list(self._busy)):
            process, task = self._busy.pop(connection)
            try:
                ok, value = connection.recv()
            except (EOFError, OSError):
                task.error = RuntimeError(f"a worker process died (exit code {process.exitcode})")
                task.done = True
                continue  # the worker is gone: not idle again
            task.value, task.error = (value, None) if ok else (None, value)
            task.done = True
            self._idle.append((process, connection))
        self._dispatch()

    def close(self) -> None:
        # The work is done or abandoned: kill, do not wait for batches nobody will read.
        for process in self._processes:
            process.kill()
        for process in self._processes:
            process.join()


def _serve(connection: Any, parent: int) -> None:
    """A worker's life: run each batch it is sent, send back (True, result) or (False, error)."""
    from tui.machinery.signals import die_with_parent

    die_with_parent(parent)  # a parent killed outright takes its workers with it
    # Ctrl+C goes to the whole process group: the parent stops the workers; a worker that took
    # the signal itself would print a traceback from the middle of a document.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            function, batch = connection.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        try:
            reply = (True, function(batch))
        except BaseException as error:  # noqa: BLE001 - it goes back to the parent, which raises
            reply = (False, error)
        try:
            connection.send(reply)
        except (EOFError, OSError):
            return
        except Exception as error:  # a result or an error that cannot be pickled
            connection.send((False, RuntimeError(f"{type(error).__name__}: {error}")))


class DaskCluster:
    """A running Dask distributed scheduler; its workers need tui installed, not the files."""

    def __init__(self, address: str) -> None:
        from distributed import Client

        self._client = Client(address, set_as_default=False)
        workers = len(self._client.scheduler_info().get("workers", {})) or 1
        self.window = 4 * workers

    def submit(self, function: Callable[[B], R], batch: B) -> Pending[R]:
        return self._client.submit(function, batch, pure=False)

    def close(self) -> None:
        self._client.close()
