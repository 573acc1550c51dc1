"""Messages the explorer's panes and screens post to the app."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from tui.model import EntityKind


@dataclass
class JumpTo(Message):
    """Scroll the article to a place in the body and mark the span [start, end)."""

    paragraph: int  # Paragraph.index
    start: int = 0
    end: int = 0


@dataclass
class StepThroughEntity(Message):
    """Make n/N step through the mentions of one entity (by its canonical name)."""

    kind: EntityKind
    name: str
