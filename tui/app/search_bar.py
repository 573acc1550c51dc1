"""The search bar under the article: the query typed after /, or the entity stepped through,
and the count the app gives it (what it counts lives in tui.app.stepping)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Input, Label

from tui.app.text_fields import InOrderInput
from tui.i18n import _


class SearchBar(Horizontal):
    """The search line under the article: the query, and how many matches it has."""

    DEFAULT_CSS = """
    SearchBar {
        height: 1;
        display: none;
        background: $boost;
    }
    SearchBar.-entity > Input { display: none; }
    SearchBar.-entity > #search-count { width: 1fr; color: $text; }
    SearchBar > Label { width: auto; padding: 0 1; color: $text-muted; }
    SearchBar > #search-prompt { color: $accent; text-style: bold; padding: 0 0 0 1; }
    SearchBar > Input { width: 1fr; height: 1; border: none; padding: 0 1; background: $boost; }
    SearchBar > Input:focus { border: none; background: $surface; }
    """

    def compose(self) -> ComposeResult:
        yield Label("/", id="search-prompt")
        yield InOrderInput(
            placeholder=_("Chinese or pinyin: 广州, guangzhou, gz"), id="search-input"
        )
        yield Label("", id="search-count")

    def open_search(self) -> None:
        # display set directly, not by a class, so the input can take focus at once.
        self.display = True
        self.remove_class("-entity")
        self.query_one("#search-prompt", Label).update("/")
        # At once, not after the queued events: the keys typed right after / are the query.
        self.screen.set_focus(self.query_one(Input))

    def open_entity(self, kind_label: str) -> None:
        self.display = True
        self.add_class("-entity")
        self.query_one("#search-prompt", Label).update(Content(kind_label))

    def close(self) -> None:
        self.display = False
        self.remove_class("-entity")
        with self.prevent(Input.Changed):
            self.query_one(Input).value = ""
        self.count("")

    def count(self, text: str) -> None:
        self.query_one("#search-count", Label).update(Content(text))
