"""Splitting a stage's pure, CPU-bound work on a big document between two processes.

A forked child starts with everything the parent has loaded (the tagger, the word lists), so
the split costs milliseconds, not the second of a fresh interpreter. Forking is only safe in
a process with one thread: the explorer analyses in worker threads, so there (and on systems
without fork, or with one core) the work simply runs here. The answer is the same either way.

The forked half dies with its parent, however the parent ends (tui.machinery.signals): a
killed `tui summary` leaves nothing running behind it.
"""

from __future__ import annotations

import os
import pickle
import signal
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Below this many characters a fork and the transfer of its results cost more than they save.
MIN_CHARS = 200_000


def cores() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def can_fork() -> bool:
    return hasattr(os, "fork") and threading.active_count() == 1 and cores() >= 2


def map_in_halves(
    work: Callable[[Sequence[T]], list[R]], items: Sequence[T], sizes: Sequence[int]
) -> list[R]:
    """`work(items)`, the second half (by `sizes`) done in a forked child when the items are
    big enough and forking is safe. `work` must be pure: its result may come from the child."""
    if sum(sizes) < MIN_CHARS or not can_fork():
        return work(items)
    split = _middle(sizes)
    first, second = items[:split], items[split:]
    reader, writer = os.pipe()
    parent = os.getpid()
    try:
        child = os.fork()
    except OSError:  # no memory or process slots left: do it all here
        os.close(reader)
        os.close(writer)
        return work(items)
    if child == 0:
        _run_child(work, second, reader, writer, parent)
    os.close(writer)
    try:
        head = work(first)
        with os.fdopen(reader, "rb") as pipe:
            data = pipe.read()
    except BaseException:
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
        raise
    _, status = os.waitpid(child, 0)
    if status != 0 or not data:
        return head + work(second)  # the child failed: its half is done here
    return head + pickle.loads(data)


def _run_child(
    work: Callable[[Sequence[T]], list[R]],
    items: Sequence[T],
    reader: int,
    writer: int,
    parent: int,
) -> None:
    """Do `work(items)` in the forked child, send the result, and leave without running any of
    the parent's exit handlers or flushing its buffers (os._exit)."""
    code = 1
    try:
        from tui.machinery.signals import die_with_parent

        die_with_parent(parent)
        os.close(reader)
        data = pickle.dumps(work(items), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(writer, "wb") as pipe:
            pipe.write(data)
        code = 0
    finally:
        os._exit(code)


def _middle(sizes: Sequence[int]) -> int:
    """The index that splits `sizes` into two runs of about equal total."""
    half = sum(sizes) / 2
    total = 0
    for index, size in enumerate(sizes):
        total += size
        if total >= half:
            return index + 1
    return len(sizes)
