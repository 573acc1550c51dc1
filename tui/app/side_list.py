"""The look and keys the side lists (outline, documents) share."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import OptionList


class SideList(OptionList):
    """A borderless one-row-per-item list with vim keys, as a side pane of the explorer."""

    # vim keys here too: j/k move the cursor of the focused list.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    DEFAULT_CSS = """
    SideList {
        border: none;
        padding: 0;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    """

    def follow(self, index: int) -> None:
        """Highlight option `index` without announcing it: the app moved there, the reader
        did not choose it."""
        if self.highlighted != index:
            with self.prevent(OptionList.OptionHighlighted):
                self.highlighted = index
