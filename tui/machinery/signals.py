"""Ending well when told to: no process left behind, the terminal given back as it was found.

- A process tui starts for its own work (the explorer's analysis child, the forked half of a
  big annotation) dies with its parent, however the parent ends, SIGKILL included:
  `die_with_parent` asks the kernel for it (prctl PR_SET_PDEATHSIG on Linux), else a thread
  watches for the parent to go.
- The command line turns SIGTERM and SIGHUP into an exception, as Python turns Ctrl+C into
  KeyboardInterrupt, so that the clean-up on the way out runs (`exit_on_termination`).
- The explorer turns them into a request to exit, the way `q` exits, so that Textual restores
  the terminal: alternate screen off, mouse tracking off (`exit_app_on_termination`).

The exit status is 128 + the signal's number, as a shell reports a process the signal killed.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
_WATCH_SECONDS = 0.5  # how soon a watcher thread sees its parent gone (where prctl is missing)

# SIGHUP: the terminal was closed. Missing on Windows, where only SIGTERM exists (and is rare).
TERMINATING = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class Terminated(BaseException):
    """SIGTERM or SIGHUP arrived. A BaseException, as KeyboardInterrupt is: no `except
    Exception` on the way up mistakes it for an error of its own."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 128 + self.signum


def die_with_parent(parent: int) -> None:
    """End this process when `parent` (the pid it was started by) ends, however it ends.

    Called first thing in a child. On Linux the kernel sends SIGKILL; it must be asked again
    after each fork, as a forked child does not inherit the request. A parent that died before
    the request was made is seen at once: the child was then handed to another process.
    """
    if not _ask_kernel():
        threading.Thread(target=_watch, args=(parent,), daemon=True, name="parent-watch").start()
    if os.getppid() != parent:
        os._exit(1)


def _ask_kernel() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(_WATCH_SECONDS)
    os._exit(1)


def _raise_terminated(signum: int, frame: object) -> None:
    raise Terminated(signum)


@contextlib.contextmanager
def exit_on_termination() -> Iterator[None]:
    """SIGTERM and SIGHUP raise Terminated in the main thread while the block runs (the
    handlers in place before are put back after); elsewhere, or in another thread, nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {}
    for signum in TERMINATING:
        with contextlib.suppress(OSError, ValueError):
            previous[signum] = signal.signal(signum, _raise_terminated)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            with contextlib.suppress(OSError, ValueError, TypeError):
                signal.signal(signum, handler)


def exit_app_on_termination(exit: Callable[..., object]) -> None:
    """From inside the explorer's running asyncio loop (its on_mount), with the app's `exit`
    (Textual's App.exit): on SIGTERM or SIGHUP call `exit(return_code=128 + signal)` in the
    loop, as a key binding would, so that the app closes the way it does on `q` and its driver
    restores the terminal (alternate screen and mouse tracking off). Once the loop has ended,
    the handlers in place before take over again.

    The handler is Python's own, not the loop's (add_signal_handler): it runs even while the
    loop waits on something, and can see that the terminal is gone (hung up, as when its
    window is closed). Then there is nothing to restore, and Textual would wait for ever to
    write to it, so the process ends at once; its children die with it (die_with_parent).
    A second signal while the first is being handled ends the process at once too. The app
    is held weakly: a handler left behind by an app that has ended keeps nothing alive.
    """
    import asyncio
    import weakref

    if threading.current_thread() is not threading.main_thread():
        return  # signals are only ever handled in the main thread
    loop = asyncio.get_running_loop()
    exit_ref = weakref.WeakMethod(exit) if hasattr(exit, "__self__") else lambda: exit
    terminal = _terminal_fd()
    asked: list[int] = []
    previous: dict[int, object] = {}

    def over() -> bool:
        """The app has ended (its loop closed, the app gone or no longer running)."""
        app_exit = exit_ref()
        if app_exit is None or loop.is_closed() or not loop.is_running():
            return True
        return not getattr(getattr(app_exit, "__self__", None), "is_running", True)

    def on_signal(signum: int, frame: object) -> None:
        app_exit = exit_ref()
        if app_exit is None or over():
            _hand_back(signum, previous.get(signum))
            return
        if asked or (terminal is not None and not os.isatty(terminal)):
            os._exit(128 + signum)
        asked.append(signum)
        loop.call_soon_threadsafe(lambda: app_exit(return_code=128 + signum))

    for signum in TERMINATING:
        with contextlib.suppress(OSError, ValueError):
            before = signal.getsignal(signum)
            # An earlier app's handler, its app over (tests run many apps): skip past it.
            while getattr(before, "_tui_over", lambda: False)():
                before = before._tui_previous.get(signum)  # type: ignore[union-attr]
            previous[signum] = before
            signal.signal(signum, on_signal)
    on_signal._tui_previous = previous  # type: ignore[attr-defined]
    on_signal._tui_over = over  # type: ignore[attr-defined]


def _terminal_fd() -> int | None:
    """The descriptor the explorer draws on, if it is a terminal."""
    try:
        fd = sys.__stdout__.fileno() if sys.__stdout__ is not None else -1
    except (OSError, ValueError, AttributeError):
        return None
    return fd if fd >= 0 and os.isatty(fd) else None


def _hand_back(signum: int, handler: object) -> None:
    """The app is over: put back the handler it replaced and let it deal with `signum`."""
    signal.signal(signum, handler if handler is not None else signal.SIG_DFL)  # type: ignore[arg-type]
    if callable(handler):
        handler(signum, None)
    elif handler != signal.SIG_IGN:
        os.kill(os.getpid(), signum)  # the default action: end as the signal ends a process
