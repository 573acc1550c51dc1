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


def _worker_start() -> None:
    # Ctrl+C goes to the whole process group: the parent stops the pool; a worker that took
    # the signal itself would print a traceback from the middle of a document.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _Async:
    def __init__(self, result: multiprocessing.pool.AsyncResult) -> None:  # type: ignore[name-defined]
        self._result = result

    def result(self) -> Any:
        return self._result.get()


class LocalProcesses:
    """A pool of `jobs` worker processes on this machine."""

    def __init__(self, jobs: int) -> None:
        import multiprocessing.pool  # noqa: F401  (the pool module, for the type above)

        # fork shares the parent's loaded modules; it is only safe while this process has one
        # thread, and the pool forks its workers before it starts its own threads.
        methods = multiprocessing.get_all_start_methods()
        single = threading.active_count() == 1
        context = multiprocessing.get_context("fork" if "fork" in methods and single else None)
        self._pool = context.Pool(jobs, initializer=_worker_start)
        self.window = 4 * jobs

    def submit(self, function: Callable[[B], R], batch: B) -> Pending[R]:
        return _Async(self._pool.apply_async(function, (batch,)))

    def close(self) -> None:
        self._pool.terminate()  # the work is done or abandoned: no need to wait politely
        self._pool.join()


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
