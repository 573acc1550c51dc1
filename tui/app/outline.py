"""The outline: one line per section, numbered by its index in `Document.sections`.

It follows the reading position (the section at the top of the article is highlighted) and
jumps there on Enter or a click.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text
from textual import events, on
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from tui.app.labels import FittedLabel
from tui.app.side_list import SideList
from tui.model import Document, Section
from tui.vocabulary import section_label


def outline_label(section: Section, hits: int | None = None, digits: int = 2) -> FittedLabel:
    """'3 解放思想' — the number a reader presses to jump there, then the title; while a search
    or an entity is stepped through, how many of its hits the section holds ('3 4× 解放思想'),
    the sections without any dimmed. Numbers are right-aligned on `digits` so that titles
    line up (a novel has sections 0…120)."""
    label = Text(no_wrap=True, end="")
    label.append(f"{section.index:>{digits}} ", style="dim")
    if hits:
        label.append(f"{hits}× ", style="bold")
    label.append(section_label(section.title, section.heading), style="dim" if hits == 0 else "")
    return FittedLabel(label)


class Outline(SideList):
    """The sections of the open document; the highlight marks where the reader is."""

    @dataclass
    class SectionChosen(Message):
        """The reader chose a section (Enter or click)."""

        section: int

    def on_mouse_move(self, event: events.MouseMove) -> None:
        """The full title of a section cut short shows as the tooltip of the row pointed at."""
        index = event.style.meta.get("option")
        tooltip = None
        if isinstance(index, int) and getattr(self, "document", None) is not None:
            label = self.get_option_at_index(index).prompt
            width = self.scrollable_content_region.width
            if isinstance(label, FittedLabel) and cell_len(str(label)) > width:
                section = self.document.sections[index]
                # Text, not a string: a tooltip string would be read as markup.
                tooltip = Text(section_label(section.title, section.heading))
        if self.tooltip != tooltip:
            self.tooltip = tooltip

    @property
    def digits(self) -> int:
        """How wide the section numbers are: that of the last one, at least 2."""
        document = getattr(self, "document", None)
        return max(2, len(str(len(document.sections) - 1))) if document else 2

    def show(self, document: Document) -> None:
        self.document = document
        self.clear_options()
        self.add_options(
            Option(outline_label(s, digits=self.digits), id=f"section-{s.index}")
            for s in document.sections
        )
        self.highlighted = 0 if document.sections else None

    def show_hits(self, hits: Mapping[int, int] | None) -> None:
        """Label each section with its number of hits (section index -> count); None: none."""
        document = getattr(self, "document", None)
        if document is None:
            return
        for section in document.sections:
            count = None if hits is None else hits.get(section.index, 0)
            label = outline_label(section, count, self.digits)
            self.replace_option_prompt(f"section-{section.index}", label)

    def follow(self, section: int) -> None:
        """Highlight a section without choosing it (the article moved there)."""
        try:
            index = self.get_option_index(f"section-{section}")
        except OptionDoesNotExist:
            return
        super().follow(index)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        if option_id.startswith("section-"):
            self.post_message(self.SectionChosen(int(option_id.removeprefix("section-"))))
