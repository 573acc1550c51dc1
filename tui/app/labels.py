"""Labels of the side lists: each line cut to the width of the list, never wrapped."""

from __future__ import annotations

from itertools import accumulate

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text


def fit(text: Text, width: int) -> Text:
    """`text` on one row of `width` cells: cut between characters (never through a wide one),
    the spaces before the cut dropped (U+3000 too, which titles of chapters use), then '…'."""
    if cell_len(text.plain) <= width:
        return text
    if width < 1:
        return Text("", end="")
    widths = accumulate(cell_len(char) for char in text.plain)
    cut = next(i for i, used in enumerate(widths) if used > width - 1)
    fitted = text[:cut]
    fitted.rstrip()
    fitted.append("…", style="dim")
    return fitted


class FittedLabel:
    """A label whose lines each fit in one row of the width it is drawn in ('…' if cut)."""

    def __init__(self, text: Text) -> None:
        self.text = text

    def __str__(self) -> str:
        return self.text.plain

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for line in self.text.split("\n"):
            fitted = fit(line, options.max_width).copy()
            fitted.end = "\n"  # Textual counts a Rich renderable's rows by its newlines
            yield fitted

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        widest = max(cell_len(line) for line in self.text.plain.split("\n"))
        return Measurement(1, min(widest, options.max_width))
