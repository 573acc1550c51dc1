"""A progress bar on stderr for long runs over many documents: done, rate, time left.

Only when stderr is a terminal, the run has more than one document, and it has already taken
a moment (a short run should not flash a bar). Nothing ever goes to a pipe or a file.
"""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import Any

from tui.i18n import _

SHOW_AFTER = 1.0  # seconds


class Progress:
    """`advance()` once per document done; the bar appears once the run is long."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0
        self._started = time.monotonic()
        self._bar: Any = None
        self._task: Any = None
        self._wanted = total > 1 and sys.stderr is not None and sys.stderr.isatty()

    def __enter__(self) -> Progress:
        return self

    def advance(self) -> None:
        self.done += 1
        if self._bar is None:
            if not self._wanted or time.monotonic() - self._started < SHOW_AFTER:
                return
            self._start()
        self._bar.update(self._task, completed=self.done)
        self._refresh_rate()

    def _start(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        console = Console(file=sys.stderr, highlight=False, markup=False, emoji=False)
        self._bar = Progress(
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn(_("documents")),
            TextColumn("{task.fields[rate]}"),
            TimeRemainingColumn(),
            console=console,
            transient=True,  # gone when done: the output stays as it would be without it
            # Output to the same terminal is printed above the bar, not through it.
            redirect_stdout=sys.stdout is not None and sys.stdout.isatty(),
            redirect_stderr=True,  # and so are the warnings about documents
        )
        self._task = self._bar.add_task("", total=self.total, completed=self.done, rate="")
        self._bar.start()

    def _refresh_rate(self) -> None:
        elapsed = time.monotonic() - self._started
        rate = f"{self.done / elapsed:.1f}/s" if elapsed > 0 else ""
        self._bar.update(self._task, rate=rate)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.stop()
