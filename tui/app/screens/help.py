"""The help screen (?): every key of the explorer and what it does, and what the colours mean."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from tui.app.legend import EntityLegend
from tui.app.screens.modal import PanelScreen, key_hint
from tui.i18n import _
from tui.text.linebreak import Wrapped


def bindings_table(bindings: Sequence[tuple[str, str]]) -> Table:
    """Keys in the first column, what they do in the second, in the order given."""
    table = Table(box=None, show_header=False, expand=True, padding=(0, 2, 0, 0))
    table.add_column("key", style="bold", no_wrap=True, min_width=8)
    table.add_column("action", ratio=1)
    for keys, action in bindings:
        table.add_row(Text(keys), Wrapped(Text(action)))  # the one line breaker
    return table


class HelpScreen(PanelScreen[None]):
    """Escape, ? or q closes it; j/k and the arrows scroll a long list."""

    BINDINGS: ClassVar = [
        Binding("escape,question_mark,q", "close", "Close", id="help.close"),
        Binding("j", "scroll_down", "Down", show=False, id="help.down"),
        Binding("k", "scroll_up", "Up", show=False, id="help.up"),
    ]

    DEFAULT_CSS = """
    HelpScreen > #panel {
        width: 72;
        max-width: 100%;
        height: auto;
        max-height: 90%;
    }
    HelpScreen #help-keys {
        height: auto;
        margin-top: 1;
    }
    HelpScreen #help-foot {
        height: auto;
    }
    HelpScreen #help-colours {
        margin-top: 1;
        color: $text-muted;
    }
    HelpScreen EntityLegend {
        margin-bottom: 1;
    }
    HelpScreen #panel-hint {
        dock: none;
    }
    """

    def __init__(self, bindings: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        self.bindings = tuple(bindings)

    def compose(self) -> ComposeResult:
        with Vertical(id="panel") as panel:
            panel.border_title = _("Keys")
            with VerticalScroll(id="help-keys"):
                yield Static(bindings_table(self.bindings))
            with Vertical(id="help-foot"):
                yield Static(
                    Text(
                        _(
                            "Entities are coloured by kind; t cycles which kinds are "
                            "highlighted, dimmed ones are off."
                        )
                    ),
                    id="help-colours",
                )
                yield EntityLegend()
                yield Static(key_hint(("Esc ? q", _("close"))), id="panel-hint")

    def on_mount(self) -> None:
        self.query_one("#help-keys").focus()
        self.call_after_refresh(self._fit_keys)

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit_keys)

    def _fit_keys(self) -> None:
        """Cap the key list so the panel fits the terminal: the list scrolls, the colour line
        and the hint below it stay in view, and a tall terminal shows the panel at its size."""
        panel = self.query_one("#panel")
        keys = self.query_one("#help-keys", VerticalScroll)
        others = sum(child.outer_size.height for child in panel.children if child is not keys)
        chrome = panel.styles.gutter.height + keys.styles.margin.height
        limit = int(self.size.height * 0.9) - chrome - others
        keys.styles.max_height = max(3, limit)

    def action_close(self) -> None:
        self.dismiss(None)

    def action_scroll_down(self) -> None:
        self.query_one("#help-keys", VerticalScroll).scroll_down(animate=False)

    def action_scroll_up(self) -> None:
        self.query_one("#help-keys", VerticalScroll).scroll_up(animate=False)
