"""title: which line of a page dump is the article's headline, and its text as shown.

The headline sits above the article, usually right above its dateline, and pages print it
more than once (in the breadcrumb, as an image's alt text, after 原标题：, at the top of the
window). Menus, column names, account names and sidebar box headings also sit above the
article; they are told apart by their shape (a row of short words, a field label), by not
having a dateline under them, and by not being repeated.
"""

from __future__ import annotations

import re
from collections import Counter

from tui.parse import metadata, shapes
from tui.parse.headings import heading_style
from tui.parse.markdown import FIRST_LEVEL_HEADING, HEADING_MARKS, heading_words
from tui.parse.pagelines import PageLine, printed_lines_above, without_spaces
from tui.parse.run import Wrap, continues

REACH = 40  # printed lines above the article's first paragraph where the headline may be
_HAN_CREDIT = 30  # a longer line is not more of a headline for it
_DATELINE_CREDIT = 40.0
# 昨天, 3小时前: a date the page was saved on stands under a headline, but also under an
# account's profile box or a comment; it counts for less than a date.
_RELATIVE_DATELINE_CREDIT = 20.0
_REPEAT_CREDIT = 30.0
# A Markdown dump's first-level heading (# 标题, a page's <h1>) below the page's first line
# (where a site sets its logo as one): the page says it is the headline as plainly as a
# dateline under it does.
_H1_CREDIT = _DATELINE_CREDIT
_FIRST_LINE_CREDIT = 10.0
_DISTANCE_COST = 0.5  # per line between the candidate and the article
_CREDIT_HAN = 10  # a line between a headline and its dateline this short is a credit
_REPEAT_LEAST_HAN = 6  # a shorter repeated line is a site's or a sponsor's name
# An image's alt text or an injected tag glued before the headline: [某某化妆品]标题.
_LEADING_TAG = re.compile(r"^(?:\[[^\[\]]*\]\s*)+(?=\S)")
# A headline printed as a field (标题：…, as an information-disclosure page's table sets it):
# the label is the table's, not the headline's words. 原标题 (a reprint's old title) is not this.
_LABEL_OPENINGS = "文新信标题"  # (what _TITLE_LABEL can open with)
_TITLE_LABEL = re.compile(r"^(?:文章|新闻|信息)?(?:标\s*题|题\s*目)\s*[:：]\s*(?=\S)")
# What opens Markdown's or html2text's heading marks, or a bracketed tag.
_MARK_OPENINGS = ("#", "[", "*")


def title_text(cell: str) -> str:
    """The headline as shown: without Markdown's "# " or "## ", html2text's asterisks, a tag
    in brackets glued before it or a field's label (标题：)."""
    if cell[:1] not in _MARK_OPENINGS:  # the patterns hold at the start only
        return _TITLE_LABEL.sub("", cell.strip())
    return _TITLE_LABEL.sub("", _LEADING_TAG.sub("", heading_words(cell)).strip())


# What opens anything title_text takes away.
_MARKED = frozenset((*_MARK_OPENINGS, *_LABEL_OPENINGS))


def title_key(line: PageLine) -> str:
    """A line's headline words without spaces (what copies of a headline have in common): the
    line's own key where nothing title_text takes away opens it, as on most lines."""
    if line.cell.lstrip()[:1] not in _MARKED:
        return line.key
    return without_spaces(title_text(line.cell))


def find_title(lines: list[PageLine], body: int, wrap: Wrap | None) -> int | None:
    """The headline's line index, looking above line `body` (the first paragraph); `wrap` is
    the width at which the dump wrapped paragraphs (a line it wrapped is not a headline)."""
    # A chapter heading (第一回 …, 一、…) heads a part of the text, not the text; above the text
    # a Markdown heading (## 标题) may be the headline, unless it names a chapter (# 第一章).
    # Over a dateline a chapter heading is the headline: a novel's site prints a chapter a page
    # (第十二章 … / 作者：… 更新时间：…).
    window = [
        line
        for line in lines[printed_lines_above(lines, body, REACH) : body]
        if shapes.title_like(line)
        and (
            not heading_style(line.cell)
            or HEADING_MARKS.match(line.cell) is not None
            and not heading_style(title_text(line.cell))
            or _dateline_credit(lines, line.index, body) > 0
        )
        and not line.cell.startswith(_SUBTITLE_DASH)
        and not wrapped(lines, line.index, wrap)
    ]
    if not window:
        return None
    # Copies of a headline are short lines; a long one (a paragraph) is not looked at.
    short = [
        (line.index, title_key(line).rstrip("）)"))
        for line in lines
        if line.kind != "blank" and line.width <= 2 * shapes.TITLE_MAX_WIDTH
    ]
    counts = Counter(text for _, text in short)
    first = next((line.index for line in lines if line.kind != "blank"), -1)
    best, best_score = None, float("-inf")
    for line in window:
        text = title_key(line)
        value = min(line.han, _HAN_CREDIT) - _DISTANCE_COST * (body - line.index)
        value += _dateline_credit(lines, line.index, body)
        if FIRST_LEVEL_HEADING.match(line.cell) and line.index != first:  # (not a logo on top)
            value += _H1_CREDIT
        repeated = counts[text] > 1 or _quoted_elsewhere(short, line.index, text)
        if repeated and line.han >= _REPEAT_LEAST_HAN:
            value += _REPEAT_CREDIT
        if line.index == first:
            value += _FIRST_LINE_CREDIT
        if value > best_score:  # the first (highest) of equals: a headline comes before its copies
            best, best_score = line.index, value
    return best


# A long headline set over two or three centred lines: each indented, their centres together.
_TITLE_LINES_MOST = 3
_CENTRED_INDENT = 4
_CENTRE_SLACK = 3
_SUBTITLE_DASH = ("—", "－", "-")  # ——副题 under a headline is its subtitle, not more of it


def title_lines(lines: list[PageLine], index: int) -> list[int]:
    """The headline's line and the centred lines right under it that continue it."""
    found = [index]
    line = lines[index]
    while len(found) < _TITLE_LINES_MOST and line.followed and line.index + 1 < len(lines):
        below = lines[line.index + 1]
        if not (
            _centred(line)
            and _centred(below)
            and abs(_centre(line) - _centre(below)) <= _CENTRE_SLACK
            and shapes.title_like(below, least_han=2)
            and not below.cell.startswith(_SUBTITLE_DASH)
            and not heading_style(below.cell)
            and not shapes.is_dated(below)
        ):
            break
        found.append(below.index)
        line = below
    return found


def _centred(line: PageLine) -> bool:
    return line.column >= _CENTRED_INDENT


def _centre(line: PageLine) -> float:
    return line.column + line.width / 2


def wrapped(lines: list[PageLine], index: int, wrap: Wrap | None) -> bool:
    """Whether line `index` is part of a paragraph the dump wrapped over several lines."""
    line = lines[index]
    return (index + 1 < len(lines) and continues(line, lines[index + 1], wrap)) or (
        index > 0 and continues(lines[index - 1], line, wrap)
    )


def _dateline_credit(lines: list[PageLine], index: int, body: int) -> float:
    """A dated line follows, with at most field lines or a short credit (张三/某报, 某某社)
    between: not another headline-like line."""
    seen = 0
    for line in lines[index + 1 : body]:
        if line.kind in ("blank", "image"):
            continue
        if shapes.is_dated(line) or metadata.starts_with_date_label(line.whole):
            return _DATELINE_CREDIT  # (发布时间：21-07-1509:30, a date no pattern reads whole)
        if shapes.is_relative_date(line):
            return _RELATIVE_DATELINE_CREDIT
        seen += 1
        credit = line.kind == "text" and line.han <= _CREDIT_HAN
        fields = shapes.is_meta_line(line) and not metadata.has_previous_next(line.whole)
        if seen >= 3 or not (fields or credit):
            return 0.0
    return 0.0


def _quoted_elsewhere(short: list[tuple[int, str]], index: int, text: str) -> bool:
    """The headline at the end of another short line: a breadcrumb (首页 > … > 标题),
    （原标题：标题）, 正在阅读：标题."""
    if len(text) < 6:
        return False
    return any(other != index and line.endswith(text) for other, line in short)
