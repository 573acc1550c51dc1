"""The explorer app (placeholder: shows the article text)."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header, Static

from tui.model import Document


class ExplorerApp(App[None]):
    BINDINGS = [("q", "quit", "Quit")]

    def __init__(self, documents: list[Document]) -> None:
        super().__init__()
        self.documents = documents

    def compose(self) -> ComposeResult:
        document = self.documents[0]
        yield Header()
        with VerticalScroll():
            for paragraph in document.paragraphs:
                yield Static(Text(paragraph.text))
        yield Footer()

    def on_mount(self) -> None:
        self.title = self.documents[0].meta.title or self.documents[0].name
