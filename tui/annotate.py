"""annotate: Document -> Annotations (entity spans of six kinds, speech quotes with speakers)."""

from __future__ import annotations

from tui.model import Annotations, Document, Entity


def annotate(document: Document) -> Annotations:
    return Annotations()


def annotate_text(text: str, paragraph: int = 0) -> tuple[Entity, ...]:
    """Entities of one stand-alone piece of text (used by `tui entities --plain`)."""
    return ()
