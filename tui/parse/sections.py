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
from tui.parse import shapes
from tui.parse.headings import heading_style, numbering_style
from tui.parse.margins import entry_time, is_caption
from tui.parse.pagelines import (
    PageLine,
    bracketed_links,
    is_list_item,
    next_nonblank,
    previous_nonblank,
)
from tui.parse.run import Wrap, continues


@dataclass
class Structure:
    """The body of the article: which lines are headings, subtitles and paragraphs."""

    headings: dict[int, str]  # line index -> title
    subtitles: dict[int, list[int]]  # heading line index -> its subtitle line(s)
    body: list[int]  # line indices of paragraph text, in order


# A heading is a label: two Han characters or more (or a bare part number), short, not a
# sentence (no 。 or ！ inside, a comma at most), not ending a clause; a colon at its end
# needs a subtitle under it.
HEADING_MAX_HAN = 35
HEADING_MAX_WIDTH = 72
_CLAUSE_END = re.compile(r"[，,、；;。…—\-/]$")  # a heading does not end a clause
_COMMA = re.compile(r"[，,]")
_SENTENCE_INSIDE = re.compile(r"[。！？!?；;]")  # a heading may end with ？ or ！, not hold one
# A list label alone on its line: (一), （二）, 1., ①.
_LIST_LABEL = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．]|[①-⑳])$")
# A headline credited to its outlet: 【某某报】某某指数收跌.
_CREDITED = re.compile(r"^【[^【】]{1,12}】\S")
_WORD = re.compile(r"[^\W\d_]")
# Speech on a line of its own (“为什么不收钱呢？”, or a quote that runs on): not a label.
# A quoted phrase as a heading (“数字”赋能) has no sentence punctuation inside.
_SPEECH = re.compile(r"^[“「\"](?:[^”」\"]*$|[^”」\"]*[，,。？！?!…][^”」\"]*[”」\"]$)")
_LATIN_LABEL = re.compile(r"[A-Za-z]{3,}.*[:：]")  # Alice：a talk in English
# A part number alone on its line: 1, 2, 3 or 01, 02 (a series of them heads the parts).
_PART_NUMBER = re.compile(r"^0?([1-9]\d?)$")
KICKER_MAX_WIDTH = 8  # a column tag over a headline: 动态, 大盘, 你知道吗
TAG_MAX_HAN = 2
KICKED_LEAST_HAN = 6  # the headline under a kicker
SUBTITLE_LINES = 2
SUBTITLE_MAX_HAN = 30
PARAGRAPH_LEAST_HAN = 10  # under a heading comes a paragraph this long, at least
LONG_PARAGRAPH_HAN = 30  # and soon one this long
LOOKAHEAD = 4
PART_TEXT_LEAST_CHARS = 8  # under a part number: its text, or a subtitle (a name and title)
CENTRED = 8  # columns right of the text's own column: a centred caption, not a heading


def structure(
    lines: list[PageLine],
    start: int,
    end: int,
    column_edge: int,
    roles: list[LineRole],
    wrap: Wrap | None,
) -> Structure:
    """Headings, subtitles and paragraph lines of the article's lines[start..end]."""
    candidates = [
        line
        for line in lines[start : end + 1]
        if line.kind in ("text", "bullet")
        and roles[line.index] == "boilerplate"
        and line.column < column_edge  # not a sidebar beside the article
    ]
    # An empty list item (a bullet and nothing), or one of figures only (• 3615: a widget's
    # count), is neither a heading nor a paragraph; nor is a widget's or a menu's line
    # (点击查看大图, 分享到), which is of the bullet kind too.
    candidates = [
        line
        for line in candidates
        if roles[line.index] == "boilerplate"
        and (line.kind == "text" or (is_list_item(line.cell) and _WORD.search(line.cell)))
    ]
    contents = _table_of_contents(candidates)
    if contents:  # the outline printed again at the top: not headings, not text
        candidates = [line for line in candidates if line.index not in contents]
    # Numbered headings (一、, 1., 第一章) or part numbers, when a page has a series of them,
    # are its outline; unnumbered labels count only on a page without one.
    styled = _styled_headings(lines, candidates, wrap)
    numbers = _part_numbers(lines, candidates)
    decorated = _decorated_headings(lines, candidates, numbers)
    numbers = numbers or clock_stamps(lines, candidates, end)
    if len(styled) >= 2 or (numbers and not decorated):
        headings, dropped = {**styled, **numbers}, set()
    else:
        headings, dropped = _plain_headings(lines, candidates, wrap)
        headings.update(styled)
        headings.update(decorated)
        dropped |= set(numbers)
    subtitles = _subtitles(lines, candidates, headings, wrap)
    # In a digest, each item's headline credited to its outlet (【某报】标题) stands over its
    # summary: it is neither a heading of the article nor one of its paragraphs.
    dropped |= {
        line.index
        for line in candidates
        if _CREDITED.match(line.cell.strip()) and not _paragraph(line) and not line.prose
    }
    taken = set(headings) | {i for under in subtitles.values() for i in under} | dropped
    return Structure(headings, subtitles, [c.index for c in candidates if c.index not in taken])


def _styled_headings(
    lines: list[PageLine], candidates: list[PageLine], wrap: Wrap | None
) -> dict[int, str]:
    """Lines in a heading style, but not a list: same-style lines one after the other with no
    paragraph between them ("1. 加强监管" / "2. 完善制度", or a table of contents)."""
    styled = {line.index: found for line in candidates if (found := heading_style(line.cell))}
    listed: set[int] = set()
    position = {line.index: n for n, line in enumerate(candidates)}
    for before in candidates:
        # The items of a list share a numbering, whether or not each is shaped like a heading:
        # （五）…； （六）…。 are the last two items of one list, each maybe wrapped.
        a = numbering_style(before.cell)
        if a is None:
            continue
        last = before.index
        while last + 1 < len(lines) and continues(lines[last], lines[last + 1], wrap):
            last += 1
        if last not in position:
            continue  # (wrapped onto a line that is no candidate: not a list's item)
        n = position[last] + 1
        after = candidates[n] if n < len(candidates) else None
        if (
            after is not None
            and numbering_style(after.cell) == a
            and _nothing_between(lines, last, after.index)
        ):
            listed.update((before.index, after.index))
    return {index: found[0] for index, found in styled.items() if index not in listed}


def _nothing_between(lines: list[PageLine], a: int, b: int) -> bool:
    """Only blank lines, pictures and table borders between lines a and b."""
    return all(lines[i].kind in ("blank", "image", "rule") for i in range(a + 1, b))


def heading_shaped(line: PageLine) -> bool:
    """A line that could be a heading by its shape alone."""
    cell = line.cell
    return (
        line.kind == "text"
        and not line.row
        and (2 <= line.han <= HEADING_MAX_HAN or (line.han == 0 and _LATIN_LABEL.search(cell)))
        and not _SPEECH.match(cell)
        and not shapes.INTERVIEWER.match(cell)  # its turns are its text, the questions too
        and line.width <= HEADING_MAX_WIDTH
        and not _SENTENCE_INSIDE.search(cell[:-1])
        and len(_COMMA.findall(cell)) <= 1
        and not _CLAUSE_END.search(cell)
        and not bracketed_links(cell)
        and not _CREDITED.match(cell)
        and not line.closing
        and not is_caption(line)
        and not shapes.is_meta_line(line)
        and not shapes.is_dated(line)
        and not shapes.is_relative_date(line)
        and not shapes.is_menu(cell)
        and not shapes.TAGS.search(cell)
    )


def _paragraph(line: PageLine, least: int = PARAGRAPH_LEAST_HAN) -> bool:
    return line.prose and line.han >= least and not heading_shaped(line)


def _plain_headings(
    lines: list[PageLine], candidates: list[PageLine], wrap: Wrap | None
) -> tuple[dict[int, str], set[int]]:
    """Unstyled headings: a short label set flush with the text, with a paragraph under it
    (a subtitle or two between allowed). Returns the headings and the kickers over them."""
    if not candidates:
        return {}, set()
    prose_columns = sorted(line.column for line in candidates if line.prose) or [0]
    base = prose_columns[len(prose_columns) // 2]
    found: dict[int, str] = {}
    kickers: set[int] = set()
    texts = [line for line in candidates if line.kind == "text"]  # list items head nothing
    # Where each text line stands among them: what follows is a short slice, taken when asked
    # (a slice of the whole rest for every line would be quadratic in a page of many lines).
    position = {line.index: k for k, line in enumerate(texts)}
    n = 0
    while n < len(candidates):
        line = candidates[n]
        if (
            not heading_shaped(line)
            or (line.repeated and line.han >= 2)  # an alt text printed at each picture
            or heading_style(line.cell)  # a numbered item the list rule left out
            or line.column > base + CENTRED
            or _wrapped(lines, line, wrap)
            or _inside_a_sentence(lines, line)
        ):
            n += 1  # not a label, a centred caption, or part of a wrapped paragraph
            continue
        k = position.get(line.index, len(texts))
        after = texts[k + 1 : k + 1 + LOOKAHEAD + SUBTITLE_LINES]
        if _caption_over_a_heading(lines, line, after, wrap) or _between_pictures(lines, line):
            n += 1
            continue
        if _kicker_over(line, after[0] if after else None) and _heads_text(
            lines, after[0], after[1:], wrap
        ):
            kickers.add(line.index)  # 综合 / 某某会议召开: the headline is the second
            n += 1
            continue
        if _heads_text(lines, line, after, wrap):
            found[line.index] = line.cell
            n += 1 + _subtitle_count(lines, line, after, wrap)
            continue
        n += 1
    if len(found) == 1:
        ((index, title),) = found.items()
        if index == candidates[0].index:
            # A lone label above the first paragraph is a stray line of the page.
            kickers.add(index)
            found = {}
        elif title.endswith(("？", "?", "！", "!")):
            found = {}  # one question between paragraphs is the text asking it: no outline
    return found, kickers


_LINK_WORDS_MOST_HAN = 6  # a link inside a sentence: a name, a term
_CUT_SENTENCE_LEAST_HAN = 20  # the sentence's words before it: clauses, not a caption's few


def _inside_a_sentence(lines: list[PageLine], line: PageLine) -> bool:
    """…董事会批准了协议，目前 / 长三角 / 地区的门店…: a link's words that a dump of text nodes
    set apart from the sentence around them. The prose right above stops at a word, not at a
    mark, and the text goes on right under it."""
    index = line.index
    if line.han > _LINK_WORDS_MOST_HAN or not 0 < index < len(lines) - 1:
        return False
    above, below = lines[index - 1], lines[index + 1]
    return (
        above.prose
        and above.han >= _CUT_SENTENCE_LEAST_HAN
        and above.cell[-1].isalnum()
        and not is_caption(above)  # (…李四 摄: a picture's credit ends at a word too)
        and below.kind == "text"
    )


def _wrapped(lines: list[PageLine], line: PageLine, wrap: Wrap | None) -> bool:
    return (line.index > 0 and continues(lines[line.index - 1], line, wrap)) or (
        line.index + 1 < len(lines) and continues(line, lines[line.index + 1], wrap)
    )


def _kicker_over(line: PageLine, below: PageLine | None) -> bool:
    """A column tag (综合, 大盘: two characters) over a label, or a short phrase (你知道吗) over a
    longer headline, rather than a heading over its subtitle."""
    if below is None or line.width > KICKER_MAX_WIDTH or not heading_shaped(below):
        return False
    return line.han <= TAG_MAX_HAN or below.han >= KICKED_LEAST_HAN


def _between_pictures(lines: list[PageLine], line: PageLine) -> bool:
    """A label with a picture right above and right below it is a caption."""
    above = previous_nonblank(lines, line.index)
    below = next_nonblank(lines, line.index + 1)
    return above is not None and below is not None and above.kind == below.kind == "image"


def _caption_over_a_heading(
    lines: list[PageLine], line: PageLine, after: list[PageLine], wrap: Wrap | None
) -> bool:
    """A label right under a picture with another label under it that heads the text: the
    picture's caption over the next heading (not over a paragraph's first wrapped line)."""
    above = previous_nonblank(lines, line.index)
    return (
        above is not None
        and above.kind == "image"
        and bool(after)
        and heading_shaped(after[0])
        and not _wrapped(lines, after[0], wrap)
        and _heads_text(lines, after[0], after[1:], wrap)
    )


def _subtitle_count(
    lines: list[PageLine], heading: PageLine, after: list[PageLine], wrap: Wrap | None
) -> int:
    """How many of the lines after a heading are its subtitle: labels right under it, with no
    picture between (a label under a picture is its caption), none the first line of a
    paragraph the dump wrapped."""
    count, previous = 0, heading.index
    for line in after[:SUBTITLE_LINES]:
        if (
            _paragraph(line)
            or not heading_shaped(line)
            or heading_style(line.cell)
            or line.han > SUBTITLE_MAX_HAN
            or _wrapped(lines, line, wrap)
        ):
            break
        if not all(lines[i].kind == "blank" for i in range(previous + 1, line.index)):
            break
        count += 1
        previous = line.index
    return count


def _heads_text(
    lines: list[PageLine], line: PageLine, after: list[PageLine], wrap: Wrap | None = None
) -> bool:
    """Right under `line` (past up to two subtitle lines) a paragraph starts, and a long one
    follows soon; a label ending in a colon needs a subtitle under it."""
    skip = _subtitle_count(lines, line, after, wrap)
    if line.cell.endswith(("：", ":")) and skip == 0:
        return False
    rest = after[skip:]
    # A picture's caption, a list label ((一), 1.) or a credited headline (【某报】…) may come
    # between a heading and its first paragraph.
    while rest and len(rest) > 1 and _between_heading_and_text(rest[0]):
        rest = rest[1:]
    if not rest or not _opens_a_paragraph(lines, rest[0], wrap):
        return False
    return any(_long_paragraph(lines, other, wrap) for other in rest[:LOOKAHEAD])


def _opens_a_paragraph(lines: list[PageLine], line: PageLine, wrap: Wrap | None) -> bool:
    """A paragraph starts at `line`: running text, judged over the lines a wrap set it on
    (a narrow wrap may leave a first line without a comma, or break it at a Latin word)."""
    at, han = line.index, line.han
    # (breaking only at spaces, lynx and html2text may end a first line after a few words)
    at_spaces = wrap is not None and wrap.lynx
    while (
        (not lines[at].prose or (at_spaces and han < PARAGRAPH_LEAST_HAN))
        and at + 1 < len(lines)
        and continues(lines[at], lines[at + 1], wrap)
    ):
        at += 1
        han += lines[at].han
    return lines[at].prose and han >= PARAGRAPH_LEAST_HAN


def _long_paragraph(lines: list[PageLine], line: PageLine, wrap: Wrap | None) -> bool:
    """A paragraph of LONG_PARAGRAPH_HAN at least starts at `line`: counted over the lines a
    wrap set it on, which a narrower wrap makes shorter."""
    if not _paragraph(line):
        return False
    han, at = line.han, line.index
    while (
        han < LONG_PARAGRAPH_HAN
        and at + 1 < len(lines)
        and continues(lines[at], lines[at + 1], wrap)
    ):
        at += 1
        han += lines[at].han
    return han >= LONG_PARAGRAPH_HAN


def _between_heading_and_text(line: PageLine) -> bool:
    cell = line.cell.strip()
    return (
        is_caption(line)
        or (line.repeated and not line.prose)
        or bool(_LIST_LABEL.match(cell))
        or (bool(_CREDITED.match(cell)) and not _paragraph(line))
    )


# 目录 / 文章目录 over a list of the headings further down (1 历史沿革, 一、为什么…, • 小结).
_CONTENTS_LABELS = frozenset({"目录", "文章目录", "本文目录", "内容目录", "目次", "Contents"})
_CONTENTS_MOST = 60
_ENTRY_NUMBER = re.compile(
    r"^(?:[•·*+\-]\s*)?(?:\d{1,2}(?:\.\d{1,2})*|[一二三四五六七八九十]{1,3})?[\s、.．]*"
)


def _table_of_contents(candidates: list[PageLine]) -> set[int]:
    """The lines of a table of contents: its label, then two entries at least, each naming a
    line further down than the whole list (a heading, with or without its number)."""
    keys = [_ENTRY_NUMBER.sub("", line.key) for line in candidates]
    last_at = {key: n for n, key in enumerate(keys)}
    for n, line in enumerate(candidates):
        if line.key not in _CONTENTS_LABELS:
            continue
        k, stop = n + 1, min(len(candidates), n + 1 + _CONTENTS_MOST)
        while k < stop and keys[k] and not candidates[k].prose and last_at[keys[k]] > k:
            k += 1
        named = next((j for j in range(n + 1, k) if last_at[keys[j]] < k), k)  # after the list
        if named - n > 2:
            return {line.index, *(candidates[j].index for j in range(n + 1, named))}
    return set()


def _part_numbers(lines: list[PageLine], candidates: list[PageLine]) -> dict[int, str]:
    """Part numbers on lines of their own (1, 2, 3 or 01, 02), each over its text: a series
    that starts at one and does not go back."""
    numbered = []
    for n, line in enumerate(candidates):
        match = _PART_NUMBER.match(line.cell.strip())
        below = candidates[n + 1] if n + 1 < len(candidates) else None
        if match and below is not None and len(below.cell) >= PART_TEXT_LEAST_CHARS:
            numbered.append((line.index, int(match[1]), line.cell.strip()))
    values = [value for _, value, _ in numbered]
    if len(numbered) < 2 or values[0] != 1 or values != sorted(values):
        return {}
    return {index: text for index, _, text in numbered}


def clock_stamps(lines: list[PageLine], candidates: list[PageLine], end: int) -> dict[int, str]:
    """Times alone on their lines, each over its entry (a live report, a timeline): a series
    in the order of the clock, forwards or backwards — two at least."""
    stamped = []
    for line in candidates:
        match = entry_time(lines, line.index, end)
        if match:
            stamped.append((line.index, (int(match[1]), int(match[2])), line.cell.strip()))
    times = [time for _, time, _ in stamped]
    if len(stamped) < 2 or (times != sorted(times) and times != sorted(times, reverse=True)):
        return {}
    return {index: text for index, _, text in stamped}


def _decorated_headings(
    lines: list[PageLine], candidates: list[PageLine], numbers: dict[int, str]
) -> dict[int, str]:
    """Zero-padded part numbers (01, 02) set as a decoration over a heading line: the heading
    is the line under the number. Empty unless every number in the series is so."""
    position = {line.index: n for n, line in enumerate(candidates)}
    found: dict[int, str] = {}
    for index, text in numbers.items():
        n = position[index] + 1
        below = candidates[n] if n < len(candidates) else None
        if not text.startswith("0") or below is None or not heading_shaped(below):
            return {}
        found[below.index] = below.cell
    return found


def _subtitles(
    lines: list[PageLine],
    candidates: list[PageLine],
    headings: dict[int, str],
    wrap: Wrap | None,
) -> dict[int, list[int]]:
    """The subtitle lines right under each heading."""
    position = {line.index: n for n, line in enumerate(candidates)}
    subtitles: dict[int, list[int]] = {}
    for index in headings:
        first = position[index] + 1  # (not a slice of all the rest: a page of many headings)
        after = candidates[first : first + SUBTITLE_LINES]
        under: list[int] = []
        previous = index
        for line in after[: _subtitle_count(lines, lines[index], after, wrap)]:
            if line.index in headings or not _nothing_between(lines, previous, line.index):
                break
            under.append(line.index)
            previous = line.index
        if under:
            subtitles[index] = under
    return subtitles


def _joint(before: str, after: str, wrap: Wrap | None) -> str:
    """What stood where the dump wrapped a line: a space between Latin words or figures, and,
    in a dump that breaks a run of narrow characters only at a space (lynx, html2text), a
    space beside one (售价 / 2999 元, 20% / 左右)."""
    if before.isascii() and before.isalnum() and after.isascii() and after.isalnum():
        return " "
    narrow = (before.isascii() and before.strip()) or (after.isascii() and after.strip())
    return " " if wrap is not None and wrap.lynx and narrow else ""


# A line of marks alone (↓, ▼▼▼, ……, ———, an emoji): an ornament between paragraphs, which
# says nothing; a quotation mark keeps it (“……” is a silence in a dialogue).
_ORNAMENT = re.compile(r"[^\w“”「」『』\"']+")


def sections(
    lines: list[PageLine], structure: Structure, roles: list[LineRole], wrap: Wrap | None
) -> tuple[Section, ...]:
    """Group the article's lines into paragraphs (joining wrapped lines) and sections."""
    for index in structure.headings:
        roles[index] = "heading"
    for under in structure.subtitles.values():
        for index in under:
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
                # A subtitle set over two lines is one subtitle.
                subtitle=" ".join(lines[i].cell for i in subtitle) if subtitle else None,
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
            text += _joint(text[-1:], piece.cell[:1], wrap) + piece.cell
        if _ORNAMENT.fullmatch(text):
            for piece in pieces:
                roles[piece.index] = "boilerplate"
            pieces.clear()
            return
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
