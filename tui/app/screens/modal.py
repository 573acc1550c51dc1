"""The frame the explorer's modal screens share: a centred panel with a title and a key hint."""

from __future__ import annotations

from typing import TypeVar

from rich.text import Text
from textual.screen import ModalScreen
from textual.widgets import OptionList

ResultType = TypeVar("ResultType")


def plural(count: int, noun: str) -> str:
    """'1 quote', '3 quotes'."""
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def key_hint(*pairs: tuple[str, str]) -> Text:
    """`Enter jump · Esc close` — keys in bold, what they do dimmed."""
    hint = Text(no_wrap=True, overflow="ellipsis")
    for i, (keys, action) in enumerate(pairs):
        if i:
            hint.append("  ·  ", style="dim")
        hint.append(keys, style="bold")
        hint.append(f" {action}", style="dim")
    return hint


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
