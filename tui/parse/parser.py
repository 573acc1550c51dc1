"""parse: text -> Document. Separates the article from the page chrome and splits it into sections.

A page dump is a whole web page as a text browser prints it. The article is found the way
body-text extractors do it (BTE, GeneralNewsExtractor, trafilatura), adapted to lines: every
line gets a score, positive for long punctuated Han prose and negative for chrome (menus, link
lists, image alts, form fields, footers), and the article is the run of lines with the highest
total. The title and the dateline sit just above it; labelled lines around it (来源：…,
上一篇：…) are metadata; the rest is boilerplate, kept with its role so the page can be shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.model import Document, LineRole, Metadata, Paragraph, Section, source_lines
from tui.parse import metadata
from tui.parse.dates import find_date
from tui.parse.headings import heading_style, heading_title
from tui.parse.pagelines import PageLine, bracketed_links, describe, display_width

_SENTENCE_END = re.compile(r"[。！？!?…]$|[。！？!?][”’」』）)]$")
_LABEL_END = re.compile(r"[。！？；，、：,.;:!?…]$")

# Scores: prose counts by its Han characters; chrome costs a little each line, footers a lot.
_FOOTER_COST = 100.0
_META_COST = 20.0
_BULLET_COST = 8.0
_SHORT_COST = 2.0
_PROSE_FLOOR = 10  # a punctuated line of fewer Han characters is more likely a link than prose
_LEAST_WRAP = 40  # narrower "wrapped" lines are more likely short lines of verse or lists


def _score(line: PageLine) -> float:
    if line.kind == "blank":
        return 0.0
    if line.kind == "footer":
        return -_FOOTER_COST
    if line.kind == "bullet":
        return -_BULLET_COST - line.han / 4
    if line.kind != "text":
        return -_SHORT_COST
    links = bracketed_links(line.cell)
    if links >= 2:  # a row of linked thumbnails, not a paragraph
        return -_FOOTER_COST / 5 * links
    if _is_meta_line(line):
        return -_META_COST
    if line.prose:
        return float(line.han - _PROSE_FLOOR)
    return -_SHORT_COST


def _is_meta_line(line: PageLine) -> bool:
    if line.width > 200:  # a paragraph, whatever words it holds
        return False
    text = line.whole
    return (
        (
            display_width(text) <= 160
            and (metadata.label_count(text) > 0 or metadata.has_previous_next(text))
            and (
                bool(find_date(text))
                or metadata.starts_with_label(text)
                or metadata.has_previous_next(text)
                or metadata.label_count(text) >= 2
            )
        )
        or metadata.breadcrumb_category(text) is not None
        or metadata.is_byline(line.cell)
    )


def _best_run(scores: list[float]) -> tuple[int, int] | None:
    """The run of lines with the highest total score (Kadane), or None when nothing scores."""
    best, best_span = 0.0, None
    total, start = 0.0, 0
    for i, score in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += score
        if total > best:
            best, best_span = total, (start, i)
    return best_span


@dataclass
class _Structure:
    """The body of the article: which lines are headings, subtitles and paragraphs."""

    headings: dict[int, str]  # line index -> title
    subtitles: dict[int, int]  # heading line index -> subtitle line index
    body: list[int]  # line indices of paragraph text, in order


def parse(text: str, name: str = "") -> Document:
    """Split a page dump into roles per line, metadata and the article's sections."""
    raw_lines = source_lines(text)
    lines = [describe(i, raw) for i, raw in enumerate(raw_lines)]
    for line, below in zip(lines, lines[1:], strict=False):
        line.followed = below.kind != "blank"
    for line in lines:
        line.score = _score(line)
    roles: list[LineRole] = ["blank" if line.kind == "blank" else "boilerplate" for line in lines]
    start, end, column_edge, wrap = _article_run(lines)

    found = metadata.Found()
    title_index, start = _find_title(lines, start, end, roles)
    title = _title_text(lines[title_index].cell) if title_index is not None else None
    for line in lines:
        if title and roles[line.index] == "boilerplate" and _title_text(line.cell) == title:
            roles[line.index] = "meta"  # the title again (centred above a picture, in a footer)
    _read_meta_around(lines, start, end, column_edge, title_index, found, roles)

    sections = _sections(lines, _structure(lines, start, end, column_edge, roles), roles, wrap)
    first = next((p for section in sections for p in section.paragraphs), None)
    if first is not None:  # 新华社北京1月13日电（记者张三）…: the story names its own authors
        agency, reporters = metadata.opening_credit(first.text)
        found.set("source", agency)
        if not found.authors:
            found.authors.extend(reporters)
    meta = Metadata(
        title=title,
        date=found.date,
        source=found.source,
        authors=tuple(found.authors or found.editors),  # the editor when no writer is named
        url=found.url,
        category=found.category,
        previous=found.previous,
        next=found.next,
    )
    return Document(name, raw_lines, tuple(roles), meta, sections)


def _article_run(lines: list[PageLine]) -> tuple[int, int, int, int | None]:
    """The article's first and last line, the column its prose ends at, and the wrap width."""
    run = _best_run([line.score for line in lines]) or _plain_text_run(lines)
    start, end = run if run else (len(lines), len(lines) - 1)
    start = _include_leading_headings(lines, start)
    column_edge = _main_column_edge(lines[start : end + 1])
    in_column = [
        line for line in lines[start : end + 1] if line.kind == "text" and line.column < column_edge
    ]
    wrap = _wrap_width(in_column)
    while (
        end + 1 < len(lines)
        and lines[end + 1].kind == "text"
        and _continues(lines[end], lines[end + 1], wrap)
    ):
        end += 1  # the tail of the last paragraph, too short to score on its own
    while (
        0 < start < len(lines)
        and lines[start - 1].kind == "text"
        and _continues(lines[start - 1], lines[start], wrap)
    ):
        start -= 1  # the head of the first paragraph, wrapped before its first comma
    return start, end, column_edge, wrap


def _plain_text_run(lines: list[PageLine]) -> tuple[int, int] | None:
    """All of it, when nothing reads as prose but most lines are plain text (verse, notes)."""
    texts = [line for line in lines if line.kind == "text"]
    others = sum(1 for line in lines if line.kind not in ("text", "blank"))
    if texts and len(texts) >= 2 * others:
        return texts[0].index, texts[-1].index
    return None


_MARKDOWN_TITLE = re.compile(r"^#\s+(?=\S)")


def _title_text(cell: str) -> str:
    """The title as shown: a Markdown "# " loses its marker."""
    return _MARKDOWN_TITLE.sub("", cell).strip()


def _include_leading_headings(lines: list[PageLine], start: int) -> int:
    """Move the article's start up over a heading (and subtitle) just above its first prose."""
    i, seen = start - 1, 0
    while i >= 0 and seen < 2:
        line = lines[i]
        if line.kind == "blank":
            i -= 1
            continue
        if line.kind != "text":
            break
        seen += 1
        if heading_title(line.cell):
            start = i
        i -= 1
    return start


def _find_title(
    lines: list[PageLine], start: int, end: int, roles: list[LineRole]
) -> tuple[int | None, int]:
    """The title: the most title-like line just above the dateline (or above the article).

    Returns the title's line index and the article's start, moved past the title when the
    page has no dateline and the best run began with the title itself.
    """
    window = [line for line in lines[max(0, start - 30) : start] if line.kind != "blank"]
    anchor = start
    for line in reversed(window):
        if line.kind in ("text", "form", "bullet") and _is_dateline(line):
            anchor = line.index
            while (
                anchor > 0 and lines[anchor - 1].kind != "blank" and _is_dateline(lines[anchor - 1])
            ):
                anchor -= 1
            break
    first = next((line for line in lines[start : end + 1] if line.kind != "blank"), None)
    if (
        anchor == start
        and first is not None
        and (
            # "# Title" on top of a Markdown text (when "#" does not also mark its chapters)
            (
                _MARKDOWN_TITLE.match(first.cell)
                and not any(_MARKDOWN_TITLE.match(line.cell) for line in lines[first.index + 1 :])
            )
            or (
                _title_like(first, least_han=2)
                and not first.followed  # a title stands apart from what follows
                and first.width <= 100
                and not first.cell.endswith(("。", "！", "？"))
                and not heading_title(first.cell)
            )
        )
    ):
        roles[first.index] = "meta"
        return first.index, first.index + 1
    candidates = []
    for line in reversed([line for line in lines[max(0, anchor - 12) : anchor]]):
        if line.kind == "blank":
            continue
        if metadata.breadcrumb_category(line.whole):
            break
        if _title_like(line):
            candidates.append(line)
        if len(candidates) >= 4:
            break
    if not candidates:
        return None, start
    best = max(candidates, key=lambda line: line.han)  # max keeps the nearest of equals
    roles[best.index] = "meta"
    return best.index, start


def _is_dateline(line: PageLine) -> bool:
    text = line.whole
    if display_width(text) > 200 or (line.prose and line.han > 40):
        return False
    return bool(find_date(text)) or (
        metadata.label_count(text) > 0 and metadata.starts_with_label(text)
    )


def _title_like(line: PageLine, least_han: int = 4) -> bool:
    cell = line.cell
    return (
        line.kind == "text"
        and line.han >= least_han
        and display_width(cell) <= 160
        and "。" not in cell[:-1]
        and not cell.endswith(("：", ":", "。", "，"))
        and not _is_meta_line(line)
    )


def _read_meta_around(
    lines: list[PageLine],
    start: int,
    end: int,
    column_edge: int,
    title_index: int | None,
    found: metadata.Found,
    roles: list[LineRole],
) -> None:
    """Metadata from the header (title to article), bylines in the article, and the lines after."""
    header_from = title_index if title_index is not None else max(0, start - 12)
    # The breadcrumb is above the title.
    for line in lines[max(0, header_from - 12) : header_from]:
        category = metadata.breadcrumb_category(line.whole) if line.kind == "text" else None
        if category:
            found.set("category", category)
            roles[line.index] = "meta"
        elif found.category and line.cell == found.category:
            roles[line.index] = "meta"  # the column's name again, under its breadcrumb
    for line in (
        lines[header_from + 1 : start] if title_index is not None else lines[header_from:start]
    ):
        if line.kind == "blank" or line.kind == "footer":
            continue
        if _read_line_meta(line, found, header=True):
            roles[line.index] = "meta"
    for line in lines[start : end + 1]:
        if line.column >= column_edge:
            continue
        if line.kind == "text" and (metadata.is_byline(line.cell) or _is_editor_line(line)):
            _read_line_meta(line, found, header=False)
            roles[line.index] = "meta"
    i = end + 1
    while i < len(lines):
        line = lines[i]
        if line.kind in ("text", "bullet") and metadata.has_previous_next(line.whole):
            following = [lines[j].whole for j in range(i, min(i + 4, len(lines)))]
            pairs, used = metadata.previous_next(following)
            if pairs:
                found.set("previous", pairs.get("previous"))
                found.set("next", pairs.get("next"))
                for j in range(i, i + used):
                    if lines[j].kind != "blank":
                        roles[j] = "meta"
                i += max(used, 1)
                continue
        trailing = line.kind in ("text", "bullet", "footer") and _is_trailing_meta(line)
        if trailing and _read_line_meta(line, found, header=False):
            roles[i] = "meta"
        i += 1


def _is_editor_line(line: PageLine) -> bool:
    if line.width > 60:
        return False
    text = line.whole
    return (
        display_width(text) <= 60
        and metadata.starts_with_label(text)
        and any(
            label in metadata.EDITOR_LABELS + metadata.SOURCE_LABELS + metadata.URL_LABELS
            for label, _ in metadata.labelled_values(text)
        )
    )


def _is_trailing_meta(line: PageLine) -> bool:
    text = line.whole
    if line.kind == "footer":  # "版权声明 来源：… 时间：… 作者：…" but not "地址：… 电话：…"
        return display_width(text) <= 200 and metadata.label_count(text) >= 2
    return display_width(text) <= 200 and (
        metadata.starts_with_label(text) or metadata.label_count(text) >= 2
    )


def _read_line_meta(line: PageLine, found: metadata.Found, header: bool) -> bool:
    """Fill `found` from one metadata line; True when the line is metadata."""
    text = line.whole
    gave = metadata.read_labelled(text, found)
    people = metadata.byline_names(text) if metadata.is_byline(line.cell) else []
    if people and not found.authors:
        found.authors.extend(people)
    gave = gave or bool(people)
    if header:
        date = find_date(text)
        if date and display_width(text) <= 200:
            found.set("date", date[0])
            source = metadata.unlabelled_source(text)
            found.set("source", source)
            gave = True
        category = metadata.breadcrumb_category(text)
        if category:
            found.set("category", category)
            gave = True
    return gave


def _structure(
    lines: list[PageLine], start: int, end: int, column_edge: int, roles: list[LineRole]
) -> _Structure:
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
    return _Structure(headings, subtitles, [c.index for c in candidates if c.index not in taken])


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


def _main_column_edge(lines: list[PageLine]) -> int:
    """Where the article's prose ends on the right: text starting beyond it is a sidebar."""
    prose = [line for line in lines if line.prose]
    if not prose:
        return 1 << 30
    columns = sorted(line.column for line in prose)
    base = columns[len(columns) // 2]
    return max(line.edge for line in prose if line.column <= base + 20) - 4


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


def _sections(
    lines: list[PageLine], structure: _Structure, roles: list[LineRole], wrap: int | None
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
        if pieces and not _continues(pieces[-1], line, wrap):
            flush()
        pieces.append(line)
    flush()
    close()
    return tuple(sections)


def _wrap_width(lines: list[PageLine]) -> int | None:
    """The column where the dump wrapped long lines, if it did.

    No line passes that column, and the lines that reach it stop mid-sentence with more text
    right under them.
    """
    if not lines:
        return None
    widest = max(line.edge for line in lines)
    wrapped = sum(
        1
        for line in lines
        if line.edge >= widest - 3 and not _SENTENCE_END.search(line.cell) and line.followed
    )
    if widest >= _LEAST_WRAP and wrapped >= 1:
        return widest
    return None


_LEADING_WORD = re.compile(r"[!-~]+")
_WRAP_SLACK = 6


def _continues(previous: PageLine, line: PageLine, wrap: int | None) -> bool:
    """Whether `line` carries on the paragraph of `previous` (the dump wrapped it mid-sentence)."""
    if wrap is None or line.index != previous.index + 1 or line.column > previous.column:
        return False
    # A wide character that did not fit leaves up to a few columns; a word that did not fit
    # leaves its own width.
    word = _LEADING_WORD.match(line.cell)
    room = wrap - previous.edge
    return room <= _WRAP_SLACK or (word is not None and room < len(word.group()) + 1)
