"""The pipeline in one place: path -> Document -> Annotations -> Insight, for CLI and app."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from tui.load import Loaded, LoadError, display_name, read_path
from tui.machinery.cache import Cache
from tui.model import Annotations, Document, Insight, source_lines

DEBUG_ENV = "TUI_DEBUG"  # set: an unexpected error shows its traceback instead of one line


@dataclass(frozen=True)
class Analysed:
    document: Document
    annotations: Annotations
    insight: Insight


def document_from(loaded: Loaded, name: str, cache: Cache | None = None) -> Document:
    """Parse loaded text, or take the parse from `cache` (a long book parses in ~0.2 s and
    unpickles in ~0.01 s). A parser failure is a LoadError naming the document, not a crash."""
    key = cache.key(loaded.text, "document") if cache else ""
    hit = cache.get(key) if cache else None
    if isinstance(hit, Document):
        # Stored without its lines, which are the text in hand: half a book's pickle.
        lines = source_lines(loaded.text)
        if len(lines) == len(hit.roles):
            return replace(hit, name=name, lines=lines)
    from tui.parse import parse  # here: a cached document needs no parser (20 ms of imports)

    try:
        document = parse(loaded.text, name=name)
    except Exception as error:
        if os.environ.get(DEBUG_ENV):
            raise
        raise LoadError(f"{name}: could not be parsed ({type(error).__name__}: {error})") from None
    if cache:
        cache.put(key, replace(document, lines=()))
    return document


def open_document(
    path: str | Path, encoding: str | None = None, max_bytes: int | None = None
) -> Document:
    """Load and parse a file; raises LoadError with a one-line message."""
    return document_from(read_path(path, encoding, max_bytes), display_name(str(path)))


def cached_analysis(document: Document, cache: Cache, sentences: int = 3) -> Analysed | None:
    """The analysis of this text from `cache`, or None when it was not analysed before."""
    return _analysed(document, cache.get(_analysis_key(cache, document, sentences)))


def _analysis_key(cache: Cache, document: Document, sentences: int) -> str:
    return cache.key(document.text, "analysed", sentences)


def _analysed(document: Document, hit: object) -> Analysed | None:
    if (
        isinstance(hit, tuple)
        and len(hit) == 2
        and isinstance(hit[0], Annotations)
        and isinstance(hit[1], Insight)
    ):
        return Analysed(document, hit[0], hit[1])
    return None


def analyse_document(
    document: Document, sentences: int = 3, cache: Cache | None = None
) -> Analysed:
    """Annotate and analyse, or take both from `cache` when this text was analysed before."""
    key = _analysis_key(cache, document, sentences) if cache else ""
    if cache and (hit := _analysed(document, cache.get(key))) is not None:
        return hit
    # Imported here: a cache hit must not pay for loading the tagger.
    from tui.analyse import analyse
    from tui.annotate import annotate
    from tui.text.segment import tags_shared

    with tags_shared():
        annotations = annotate(document)
        insight = analyse(document, annotations, sentences=sentences)
    if cache:
        cache.put(key, (annotations, insight))
    return Analysed(document, annotations, insight)
