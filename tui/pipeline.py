"""The pipeline in one place: path -> Document -> Annotations -> Insight, for the CLI and the app."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tui.analyse import analyse
from tui.annotate import annotate
from tui.load import read_path
from tui.model import Annotations, Document, Insight
from tui.parse import parse


@dataclass(frozen=True)
class Analysed:
    document: Document
    annotations: Annotations
    insight: Insight


def open_document(path: str | Path, name: str | None = None) -> Document:
    """Load and parse; raises LoadError with a one-line message."""
    loaded = read_path(path)
    return parse(loaded.text, name=str(path) if name is None else name)


def analyse_document(document: Document, sentences: int = 3) -> Analysed:
    annotations = annotate(document)
    return Analysed(document, annotations, analyse(document, annotations, sentences=sentences))
