"""Messages the explorer's panes and screens post to the app."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from tui.model import Document, EntityKind
from tui.pipeline import Analysed


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


@dataclass
class AnalysisDone(Message):
    """A document's analysis arrived (posted from the analysis worker's thread)."""

    index: int  # of the document among those open
    analysed: Analysed


@dataclass
class AnalysisFailed(Message):
    """A document could not be analysed."""

    index: int
    error: Exception


@dataclass
class DocumentsOpened(Message):
    """A batch of documents opened in the background: (index, document or None, error or
    None) each; `done` on the last batch."""

    results: tuple[tuple[int, Document | None, str | None], ...]
    done: bool = False
