"""written: a page in traditional characters, parsed in simplified ones and shown as written.

Every label, notice and list heading the parser knows is written in simplified characters
(来源, 记者, 相关新闻, 版权所有): on a page from Hong Kong or Taiwan (來源, 記者, 相關新聞) it would
find no credit and read a list of other stories as the text. So the parser reads such a page
in simplified characters — one for one, every line the same length — and what it found is then
taken from the page as written, at the same places.
"""

from __future__ import annotations

from dataclasses import replace

from tui.model import Document, Metadata, Paragraph, split_lines
from tui.text.variants import simplified, written_in_traditional

# A page is told by its start (menus, headline, the text's first part): a page of a novel's
# length need not be counted through.
_SAMPLE = 50_000


def reading(text: str) -> str:
    """`text` as the parser reads it: in simplified characters when it is written in
    traditional ones, else `text` itself."""
    return simplified(text) if written_in_traditional([text[:_SAMPLE]]) else text


def as_written(document: Document, read: str, text: str) -> Document:
    """`document`, parsed from `read` (the simplified reading of `text`), with every string it
    took from the page taken from `text` instead."""
    read_lines, lines = split_lines(read), split_lines(text)
    if len(read_lines) != len(lines) or len(document.lines) != len(lines):
        return document  # (cannot happen: the reading maps one character to one)
    page = _Page(read_lines, lines)
    sections = tuple(
        replace(
            section,
            title=page.near(section.title, section.line),
            heading=page.near(section.heading, section.line),
            subtitle=page.near(section.subtitle, section.line),
            paragraphs=tuple(page.paragraph(p) for p in section.paragraphs),
        )
        for section in document.sections
    )
    return replace(document, lines=tuple(lines), meta=page.meta(document.meta), sections=sections)


class _Page:
    def __init__(self, read_lines: list[str], lines: list[str]) -> None:
        self.read_lines, self.lines = read_lines, lines
        self.read, self.text = "\n".join(read_lines), "\n".join(lines)

    def paragraph(self, paragraph: Paragraph) -> Paragraph:
        span = slice(paragraph.line - 1, paragraph.end_line)
        read, text = "\n".join(self.read_lines[span]), "\n".join(self.lines[span])
        return replace(paragraph, text=_as_written(paragraph.text, read, text))

    def near(self, value: str | None, line: int | None) -> str | None:
        """A heading's or a subtitle's words, looked for from the heading's line on."""
        if value is None or line is None:
            return self.anywhere(value)
        span = slice(line - 1, line + 3)  # the heading and the subtitle lines under it
        return _as_written(value, "\n".join(self.read_lines[span]), "\n".join(self.lines[span]))

    def anywhere(self, value: str | None) -> str | None:
        return None if value is None else _as_written(value, self.read, self.text)

    def meta(self, meta: Metadata) -> Metadata:
        return replace(
            meta,
            title=self.anywhere(meta.title),
            source=self.anywhere(meta.source),
            authors=tuple(self.anywhere(name) or name for name in meta.authors),
            editors=tuple(self.anywhere(name) or name for name in meta.editors),
            category=self.anywhere(meta.category),
            previous=self.anywhere(meta.previous),
            next=self.anywhere(meta.next),
        )


def _as_written(value: str, read: str, text: str) -> str:
    """`value`, found in `read`, as `text` has it at the same place. A value the parser
    joined from several lines is matched character by character, in order; what it put
    between them (a space where a wrapped line was joined) is its own."""
    at = read.find(value)
    if at >= 0:
        return text[at : at + len(value)]
    out, position = [], 0
    for char in value:
        found = read.find(char, position) if char.isalpha() else -1
        if found < 0:
            out.append(char)
        else:
            out.append(text[found])
            position = found + 1
    return "".join(out)
