"""search: every place a query stands in a document's body, as Chinese text or as pinyin
(guangzhou, gz), in document order (the pinyin matcher: tui.text.pinyin)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tui.model import Document, Paragraph
from tui.text.pinyin import TextMatcher
from tui.text.variants import as_read, simplified


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
    written = [p.text for p in paragraphs]
    # A page in traditional characters is searched in simplified ones, the query too: 台湾
    # finds 臺灣 (the offsets are the same; the match is shown as the page writes it).
    texts = as_read(written)
    if texts is not written:
        query = simplified(query)
    matcher = TextMatcher(query, set().union(*texts))
    return [
        Match(paragraph.index, start, end, paragraph.text[start:end])
        for paragraph, text in zip(paragraphs, texts, strict=True)
        for start, end in matcher.spans(text)
    ]
