"""search: find a query in a document's body, as Chinese text or as pinyin."""

from __future__ import annotations

from dataclasses import dataclass

from tui.model import Document


@dataclass(frozen=True)
class Match:
    paragraph: int  # Paragraph.index
    start: int
    end: int
    text: str  # the matched text as it stands in the paragraph


def search(document: Document, query: str) -> tuple[Match, ...]:
    query = query.strip()
    if not query:
        return ()
    matches: list[Match] = []
    for paragraph in document.iter_paragraphs():
        start = paragraph.text.find(query)
        while start != -1:
            matches.append(Match(paragraph.index, start, start + len(query), query))
            start = paragraph.text.find(query, start + len(query))
    return tuple(matches)
