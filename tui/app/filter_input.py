"""The one-line filter above a list (the entity list, who said what, the document list): it
owns every printable key while it has focus."""

from __future__ import annotations

from textual.widgets import Input


class FilterInput(Input):
    """The one-line filter above a list."""

    DEFAULT_CSS = """
    FilterInput {
        margin: 1 0;
        height: 1;
        border: none;
        padding: 0 1;
        background: $boost;
    }
    FilterInput:focus {
        border: none;
        background: $primary 20%;
    }
    """

    def __init__(self, placeholder: str, *, id: str | None = None) -> None:
        # Typing on the list moves its first character here: selecting it would lose it.
        super().__init__(placeholder=placeholder, id=id, select_on_focus=False)
