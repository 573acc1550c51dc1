"""The document list: the documents opened together (several paths, a folder), to switch between."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import on
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.app.labels import FittedLabel
from tui.app.side_list import SideList
from tui.model import Document


def document_label(document: Document) -> FittedLabel:
    """The title when the parser found one, with the file name below it, dimmed; the file name
    alone when there is no title (not twice)."""
    name = Path(document.name).name
    label = Text(no_wrap=True, end="")
    if document.meta.title:
        label.append(document.meta.title)
        label.append("\n" + name, style="dim")
    else:
        label.append(name)
    return FittedLabel(label)


class DocumentList(SideList):
    """Every open document; the highlighted one is the one shown."""

    @dataclass
    class DocumentChosen(Message):
        """The reader chose a document (Enter or click)."""

        index: int

    def show(self, documents: list[Document], current: int = 0) -> None:
        self.clear_options()
        self.add_options(
            Option(document_label(d), id=f"document-{i}") for i, d in enumerate(documents)
        )
        self.highlighted = current

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.DocumentChosen(event.option_index))
