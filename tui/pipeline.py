"""The pipeline in one place: path -> Document -> Annotations -> Insight, for CLI and app."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tui.cache import Cache
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


def analyse_document(
    document: Document, sentences: int = 3, cache: Cache | None = None
) -> Analysed:
    """Annotate and analyse, or take both from `cache` when this text was analysed before."""
    key = cache.key(document.text, "analysed", sentences) if cache else ""
    if cache:
        hit = cache.get(key)
        if (
            isinstance(hit, tuple)
            and len(hit) == 2
            and isinstance(hit[0], Annotations)
            and isinstance(hit[1], Insight)
        ):
            return Analysed(document, hit[0], hit[1])
    # Imported here: a cache hit must not pay for loading the tagger.
    from tui.analyse import analyse
    from tui.annotate import annotate

    annotations = annotate(document)
    result = Analysed(document, annotations, analyse(document, annotations, sentences=sentences))
    if cache:
        cache.put(key, (result.annotations, result.insight))
    return result
