"""sections: the article's lines made into headings, subtitles, paragraphs and sections.

The body splits into a lead (paragraphs before the first heading) and one section per heading,
each with an optional subtitle line. Headings are styled (【…】, 一、, （一）, 1., 第…章, #) or
plain: a short label between paragraphs, set flush with them. Lines that the text browser
wrapped are joined back into one paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.model import LineRole, Paragraph, Section
from tui.parse.headings import heading_style
from tui.parse.pagelines import PageLine, bracketed_links
from tui.parse.run import continues

_LABEL_END = re.compile(r"[。！？；，、：,.;:!?…]$")


@dataclass
class Structure:
    """The body of the article: which lines are headings, subtitles and paragraphs."""

    headings: dict[int, str]  # line index -> title
    subtitles: dict[int, int]  # heading line index -> subtitle line index
    body: list[int]  # line indices of paragraph text, in order


def structure(
    lines: list[PageLine], start: int, end: int, column_edge: int, roles: list[LineRole]
) -> Structure:
    """Headings, subtitles and paragraph lines of the article run lines[start..end]."""
    candidates = [
        line
        for line in lines[start : end + 1]
        if line.kind in ("text", "bullet")
        and roles[line.index] == "boilerplate"
        and line.column < column_edge  # not a sidebar beside the article
    ]
    headings = _styled_headings(lines, candidates)
    if not headings:
        headings = _plain_headings(lines, candidates)
    subtitles: dict[int, int] = {}
    position = {line.index: n for n, line in enumerate(candidates)}
    for index in headings:
        n = position[index] + 1
        if n < len(candidates) - 1 and _subtitle_like(candidates[n]):
            following = candidates[n]
            if following.index not in headings and _nothing_between(lines, index, following.index):
                subtitles[index] = following.index
    taken = set(headings) | set(subtitles.values())
    return Structure(headings, subtitles, [c.index for c in candidates if c.index not in taken])


def _styled_headings(lines: list[PageLine], candidates: list[PageLine]) -> dict[int, str]:
    """Lines in a heading style, but not a list: same-style lines one after the other with no
    paragraph between them ("1. 加强监管" / "2. 完善制度", or a table of contents)."""
    styled = {line.index: found for line in candidates if (found := heading_style(line.cell))}
    listed: set[int] = set()
    for before, after in zip(candidates, candidates[1:], strict=False):
        a, b = styled.get(before.index), styled.get(after.index)
        if a and b and a[1] == b[1] and _nothing_between(lines, before.index, after.index):
            listed.update((before.index, after.index))
    return {index: found[0] for index, found in styled.items() if index not in listed}


def _nothing_between(lines: list[PageLine], a: int, b: int) -> bool:
    return all(lines[i].kind in ("blank", "image") for i in range(a + 1, b))


def _plain_headings(lines: list[PageLine], candidates: list[PageLine]) -> dict[int, str]:
    """Unstyled headings: a short label line between paragraphs, set flush with them."""
    if not candidates:
        return {}
    prose_columns = sorted(line.column for line in candidates if line.prose) or [0]
    base = prose_columns[len(prose_columns) // 2]
    found: dict[int, str] = {}
    for n, line in enumerate(candidates):
        if n == 0 or not _label_like(line) or line.column > base + 8:
            continue
        if _previous_nonblank(lines, line.index).kind == "image":
            continue  # a caption under a picture
        after = candidates[n + 1 : n + 4]
        if not after or not any(_long(other, line) for other in after):
            continue
        if not _long(after[0], line) and not _subtitle_like(after[0]):
            continue
        if candidates[n - 1].index in found:
            continue  # right under a heading: a subtitle, not a heading
        found[line.index] = line.cell
    return found


def _previous_nonblank(lines: list[PageLine], index: int) -> PageLine:
    for i in range(index - 1, -1, -1):
        if lines[i].kind != "blank":
            return lines[i]
    return PageLine(-1, "")


def _label_like(line: PageLine) -> bool:
    cell = line.cell.rstrip("”’」』\"'")
    return (
        line.kind == "text"
        and len(re.findall(r"\w", cell)) >= 2
        and line.width <= 50
        and "。" not in cell
        and not _LABEL_END.search(cell)
        and not bracketed_links(cell)
    )


def _long(line: PageLine, than: PageLine) -> bool:
    return line.prose and line.width >= max(60, 2 * than.width)


def _subtitle_like(line: PageLine) -> bool:
    """A short line under a heading that reads as its second title, not as a sentence."""
    return (
        line.kind == "text"
        and line.width <= 60
        and "。" not in line.cell
        and not re.search(r"[；，,;：:]$|[！？!?][”’」』\"]$", line.cell)  # a clause, or speech
    )


def sections(
    lines: list[PageLine], structure: Structure, roles: list[LineRole], wrap: int | None
) -> tuple[Section, ...]:
    """Group the article's lines into paragraphs (joining wrapped lines) and sections."""
    for index in structure.headings:
        roles[index] = "heading"
    for index in structure.subtitles.values():
        roles[index] = "heading"
    order = sorted(list(structure.headings) + structure.body)

    sections: list[Section] = []
    current_heading: int | None = None
    paragraphs: list[Paragraph] = []
    count = 0

    def close() -> None:
        if current_heading is None and not paragraphs:
            return
        heading = lines[current_heading] if current_heading is not None else None
        subtitle = structure.subtitles.get(current_heading) if current_heading is not None else None
        sections.append(
            Section(
                index=len(sections),
                title=structure.headings[current_heading] if heading else None,
                heading=heading.cell if heading else None,
                line=heading.index + 1 if heading else None,
                subtitle=lines[subtitle].cell if subtitle is not None else None,
                paragraphs=tuple(paragraphs),
            )
        )

    pieces: list[PageLine] = []

    def flush() -> None:
        nonlocal count
        if not pieces:
            return
        text = pieces[0].cell
        for piece in pieces[1:]:
            joint = (
                " "
                if text[-1:].isascii()
                and text[-1:].isalnum()
                and piece.cell[:1].isascii()
                and piece.cell[:1].isalnum()
                else ""
            )
            text += joint + piece.cell
        paragraphs.append(
            Paragraph(count, len(sections), text, pieces[0].index + 1, pieces[-1].index + 1)
        )
        count += 1
        pieces.clear()

    for index in order:
        line = lines[index]
        if index in structure.headings:
            flush()
            close()
            current_heading, paragraphs = index, []
            continue
        roles[index] = "body"
        if pieces and not continues(pieces[-1], line, wrap):
            flush()
        pieces.append(line)
    flush()
    close()
    return tuple(sections)
