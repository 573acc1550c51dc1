"""The progress line: one row under the panes, the whole width, over the key bar, shown while
work the reader waits for takes more than a moment — the documents of a folder being opened,
the shown document being analysed — with how far it got and for how long. It fits every
width: what does not fit is cut, the analysis (said first) kept."""

from __future__ import annotations

import time

from rich.text import Text
from textual.widgets import Static

from tui.app.labels import fit
from tui.i18n import _

SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"
# Work done sooner than this never shows the line (it would only flicker).
SHOW_AFTER = 0.8


class ProgressLine(Static):
    DEFAULT_CSS = """
    ProgressLine {
        height: 1;
        display: none;
        background: $panel;
        color: $text-muted;
        padding: 0 1;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.opened: tuple[int, int] | None = None
        self.analysing: str | None = None
        self.since: float | None = None  # since when something has been under way
        self.analysis_since: float | None = None  # since when this document is analysed
        self.frame = 0

    def on_mount(self) -> None:
        self.set_interval(0.2, self._tick)

    @property
    def busy(self) -> bool:
        return self.opened is not None or self.analysing is not None

    def show(self, opened: tuple[int, int] | None, analysing: str | None) -> None:
        """`opened`: (documents done, all) while a folder is being opened; `analysing`: the
        title of the document being analysed. Both None: nothing is under way."""
        if analysing is None:
            self.analysis_since = None
        elif analysing != self.analysing or self.analysis_since is None:
            # its own seconds: a folder read for a minute does not make an analysis slow
            self.analysis_since = time.monotonic()
        self.opened, self.analysing = opened, analysing
        if not self.busy:
            self.since = None
            self.display = False
        elif self.since is None:
            self.since = time.monotonic()
        self._draw()

    def _tick(self) -> None:
        if self.busy:
            self.frame += 1
            self._draw()

    def describe(self) -> str:
        """What the line says now (also when it is not shown yet)."""
        if self.since is None:
            return ""
        parts = []
        if self.analysing is not None and self.analysis_since is not None:
            seconds = int(time.monotonic() - self.analysis_since)
            parts.append(
                _("analysing {title}… {seconds} s").format(title=self.analysing, seconds=seconds)
            )
        if self.opened is not None:
            done, total = self.opened
            parts.append(
                _("reading documents {done}/{total}").format(done=f"{done:,}", total=f"{total:,}")
            )
        return "  ·  ".join(parts)

    def _draw(self) -> None:
        if self.since is None:
            return
        if time.monotonic() - self.since >= SHOW_AFTER:
            self.display = True
        width = max(1, self.size.width - 2 if self.size.width else 80)
        line = Text(SPINNER[self.frame % len(SPINNER)] + " ", style="bold")
        line.append(self.describe())
        self.update(fit(line, width))
