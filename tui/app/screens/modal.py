"""The frame the explorer's modal screens share: a centred panel with a title and a key hint."""

from __future__ import annotations

from typing import TypeVar

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text
from textual.screen import ModalScreen
from textual.widgets import OptionList

from tui.app.labels import fit

ResultType = TypeVar("ResultType")


def key_hint(*pairs: tuple[str, str]) -> KeyHint:
    """`Enter jump · Esc close` — keys in bold, what they do dimmed."""
    hints = []
    for keys, action in pairs:
        hint = Text(end="")
        hint.append(keys, style="bold")
        hint.append(f" {action}", style="dim")
        hints.append(hint)
    return KeyHint(hints)


class KeyHint:
    """Key hints in one row. On a narrow one, whole hints go rather than one cut in the middle:
    first the first (moving, which every list does alike), then from the right, keeping the
    last (how to close)."""

    SEPARATOR = "  ·  "

    def __init__(self, hints: list[Text]) -> None:
        self.hints = hints

    def __str__(self) -> str:
        return self.SEPARATOR.join(hint.plain for hint in self.hints)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        hints = list(self.hints)
        separators = cell_len(self.SEPARATOR)
        while len(hints) > 1 and (
            sum(hint.cell_len for hint in hints) + separators * (len(hints) - 1) > options.max_width
        ):
            del hints[0 if len(hints) == len(self.hints) else -2]
        line = Text(no_wrap=True, overflow="ellipsis")
        for i, hint in enumerate(hints):
            if i:
                line.append(self.SEPARATOR, style="dim")
            line.append_text(hint)
        yield fit(line, options.max_width).copy()

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(1, min(cell_len(str(self)), options.max_width))


class PanelScreen(ModalScreen[ResultType]):
    """A modal panel over the dimmed explorer. Subclasses compose inside `#panel`."""

    DEFAULT_CSS = """
    PanelScreen {
        align: center middle;
        background: $background 60%;
    }
    PanelScreen > #panel {
        width: 88%;
        max-width: 110;
        height: 88%;
        border: round $primary;
        border-title-color: $text;
        border-title-style: bold;
        border-subtitle-color: $text-muted;
        background: $surface;
        padding: 0 1;
    }
    PanelScreen #panel-hint {
        dock: bottom;
        height: 1;
        margin-top: 1;
    }
    """


class GroupedOptionList(OptionList):
    """An option list whose disabled options are group headings, drawn in full colour."""

    DEFAULT_CSS = """
    GroupedOptionList {
        height: 1fr;
        border: none;
        padding: 0;
        background: $surface;
    }
    GroupedOptionList:focus {
        border: none;
    }
    GroupedOptionList > .option-list--option-disabled {
        color: $text;
    }
    """

    # Paging up onto the first heading would leave nothing highlighted: land on its first item.
    def action_page_up(self) -> None:
        super().action_page_up()
        self._off_headings()

    def action_page_down(self) -> None:
        super().action_page_down()
        self._off_headings()

    # The last item may have a note under it ("… N more"): show the list's very end.
    def action_last(self) -> None:
        super().action_last()
        self.scroll_end(animate=False, immediate=True)

    def _off_headings(self) -> None:
        highlighted = self.highlighted
        if highlighted is None or self.options[highlighted].disabled:
            self.action_first()
