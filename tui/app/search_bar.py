"""The search bar under the article, and the stepper behind n/N: search matches or the
mentions of one entity, with the count the bar shows."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Input, Label

Span = tuple[int, int, int]  # (paragraph, start, end)


@dataclass
class Stepper:
    """What n/N step through while it is active: search matches or one entity's mentions."""

    kind: str  # "search" or "entity"
    label: str  # the query, or the entity's name
    spans: list[Span]
    current: int = -1

    def step(self, delta: int) -> Span | None:
        if not self.spans:
            return None
        self.current = (self.current + delta) % len(self.spans)
        return self.spans[self.current]

    def describe(self) -> str:
        if not self.spans:
            return "no matches" if self.kind == "search" else "no mentions"
        total = len(self.spans)
        noun = "match" if self.kind == "search" else "mention"
        if self.current >= 0:
            return f"{noun} {self.current + 1}/{total}"
        plural = "matches" if self.kind == "search" else "mentions"
        return f"{total} {noun if total == 1 else plural}"


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
        yield Input(placeholder="Chinese or pinyin: 广州, guangzhou, gz", id="search-input")
        yield Label("", id="search-count")

    @property
    def mode(self) -> str | None:
        """ "search" while a query is typed or stepped through, "entity" while stepping mentions."""
        if not self.display:
            return None
        return "entity" if self.has_class("-entity") else "search"

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
