"""parse: text -> Document. Separates the article from the page chrome and splits it into sections."""

from __future__ import annotations

from tui.model import Document, Metadata, Paragraph, Section


def parse(text: str, name: str = "") -> Document:
    # Placeholder until the real parser lands: every non-blank line is body, one section.
    lines = tuple(text.split("\n"))
    roles = tuple("body" if line.strip() else "blank" for line in lines)
    paragraphs = tuple(
        Paragraph(index=i, section=0, text=line.strip(), line=n, end_line=n)
        for i, (n, line) in enumerate((n, line) for n, line in enumerate(lines, 1) if line.strip())
    )
    title = paragraphs[0].text if paragraphs else None
    section = Section(0, None, None, None, None, paragraphs)
    return Document(name, lines, roles, Metadata(title=title), (section,))
