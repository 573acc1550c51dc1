"""The memory limit beside the size limit: how much memory one run of tui may take.

The 64 MB size limit bounds the input, not the memory its parse and analysis take: four
million short lines are 12 MB and took 3.7 GB. So tui also caps its address space (the kernel's
RLIMIT_AS, as `ulimit -v` does), by default at half the machine's memory, the way a JVM caps
its heap at a share of it: a document that needs more fails with one line ("out of memory")
instead of driving the machine into swap or waking the OOM killer, which may kill something
else. --max-memory SIZE or TUI_MAX_MEMORY sets another cap; "none" lifts it. Only ever
lowered (a lower `ulimit -v` stands), and inherited by the processes tui starts. On systems
without RLIMIT_AS (Windows; macOS does not enforce it) there is no cap.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

MAX_MEMORY_ENV = "TUI_MAX_MEMORY"
NO_LIMIT = ("none", "unlimited", "off")
_FLOOR = 1 << 30  # below 1 GB the interpreter, Textual and the tagger would not fit, or barely


def default_limit() -> int | None:
    """Half the machine's physical memory (at least 1 GB); None when it cannot be known."""
    try:
        physical = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, OSError, ValueError):
        return None
    return max(_FLOOR, physical // 2) if physical > 0 else None


def memory_limit(option: str | None = None) -> int | None:
    """The cap from the option, else TUI_MAX_MEMORY, else the default; None for no cap.
    ValueError (one line) for a value that is not a size."""
    from tui.load import parse_size

    value, where = (option, "") if option is not None else (os.environ.get(MAX_MEMORY_ENV), "env")
    if not value:
        return default_limit()
    if value.strip().lower() in NO_LIMIT:
        return None
    try:
        return parse_size(value)
    except ValueError as error:
        raise ValueError(f"{MAX_MEMORY_ENV}: {error}" if where else str(error)) from None


def current_limit() -> int | None:
    """The soft RLIMIT_AS in force; None when there is none or it cannot be known."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    try:
        soft, _ = resource.getrlimit(resource.RLIMIT_AS)
    except (AttributeError, OSError, ValueError):
        return None
    return None if soft == resource.RLIM_INFINITY else soft


@contextlib.contextmanager
def memory_capped(limit: int | None) -> Iterator[None]:
    """Lower the soft RLIMIT_AS to `limit` while the block runs (never raise it); what was in
    force before is put back after, for a caller that goes on (a test calling main())."""
    try:
        import resource

        before = resource.getrlimit(resource.RLIMIT_AS)
    except (ImportError, AttributeError, OSError, ValueError):
        yield
        return
    soft, hard = before
    if limit is not None and (soft == resource.RLIM_INFINITY or limit < soft):
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        with contextlib.suppress(OSError, ValueError):
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    try:
        yield
    finally:
        with contextlib.suppress(OSError, ValueError):
            resource.setrlimit(resource.RLIMIT_AS, before)


def lost_memory_error(error: BaseException) -> bool:
    """Whether `error` is a MemoryError that C code lost: under the cap an allocation may fail
    where CPython's C code returns its failure without setting the exception, which surfaces
    as SystemError("error return without exception set") — the cap's doing, not a bug of the
    document's (seen once in CI, a two-million-line file under a 200 MB cap)."""
    return (
        isinstance(error, SystemError)
        and "without exception set" in str(error)
        and current_limit() is not None
    )


def out_of_memory_message() -> str:
    """What to say when a document needed more memory than the limit in force allowed."""
    from tui.load import format_size

    limit = current_limit()
    if limit is None:
        return "out of memory"
    return (
        f"out of memory (over the {format_size(limit)} memory limit; "
        f"raise it with --max-memory or {MAX_MEMORY_ENV})"
    )
