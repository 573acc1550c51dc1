"""search: every place a query stands in a document's body, as Chinese text or as pinyin
(guangzhou, gz), in document order (the pinyin matcher: tui.text.pinyin)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tui.model import Document, Paragraph
from tui.text.pinyin import TextMatcher


@dataclass(frozen=True)
class Match:
    paragraph: int  # Paragraph.index
    start: int
    end: int
    text: str  # the matched text as it stands in the paragraph


def search(document: Document, query: str) -> tuple[Match, ...]:
    """Every match of `query` in the body, in document order, none overlapping another."""
    return tuple(search_paragraphs(document.paragraphs, query))


def search_paragraphs(paragraphs: Iterable[Paragraph], query: str) -> list[Match]:
    if not query.strip():
        return []
    paragraphs = list(paragraphs)
    matcher = TextMatcher(query, set().union(*(p.text for p in paragraphs)))
    return [
        Match(paragraph.index, start, end, paragraph.text[start:end])
        for paragraph in paragraphs
        for start, end in matcher.spans(paragraph.text)
    ]
