"""A page dumped as Markdown (html2text, pandoc, a reader mode's copy): its inline markup —
`[某某集团](/keywords/1.html "某某集团")`, `![图](a.png)`, `**加粗**`, `_斜体_`, `\\-` — is the
converter's, not the page's words. The reader reads the words; the raw page keeps the markup.
Headings (`## 标题`) and list items (`* 条目`) are left to the parser, which reads them as it
reads any page's; the marks of a heading (Markdown's hashes, the C html2text's asterisks) are
named here for the parser's readers of titles, bylines and closing marks. html2text wraps
lines at 78 characters, and only at spaces (inside a link too): the width, the lines it broke
inside a link and those the page broke itself (`<br>`) are told here as well.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import partial
from typing import NamedTuple

# [words](address) or [words](address "title"), and an image's ![alt](address): the address
# has no space, a title is quoted (html2text escapes the brackets inside an address: \( \),
# and may break a long one after a hyphen).
_LINK = re.compile(
    r"(!?)\[((?:[^\[\]\\]|\\.)*)\]\(((?:[^()\s\\]|\\.|(?<=-)\n)*(?:\s+\"[^\"]*\")?)\)"
)
# Bold and italic around words (not a list's bullet, which a space follows, nor the marks
# inside a name or a sum: add_ts, my_var, 2*3*4).
_EMPHASIS = re.compile(r"(?<![A-Za-z0-9])(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1(?![A-Za-z0-9])")
# Bold around nothing (****), which html2text leaves where a page's bold held only a line
# break or a picture. (Not ____: a blank to fill in.)
_EMPTY_BOLD = re.compile(r"\*{4}")
# A line of italics around nothing (__, ______), which html2text leaves for an icon.
_MARKS_ONLY = re.compile(r"^\s*(?:__)+\s*$")
# A table's cell border (| a | b |), which a text browser prints as a run of spaces.
_CELL_BORDER = re.compile(r"(?:^|(?<=\s))\|(?=\s|$)")
# A character the converter escaped so that it is not read as markup.
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
# The end of a link right before another.
_SIDE_BY_SIDE = re.compile(r"\)(?=!?\[[^\]\n]*\]\()")
# A heading's marks (## 标题), which a text browser does not print.
HEADING_MARKS = re.compile(r"^#{1,6}\s+(?=\S)")
# The C html2text frames a heading in asterisks instead, as many as its rank is high
# (****** 标题 ******).
_STARRED_HEADING = re.compile(r"^(\*{1,6})\s+(?P<title>\S.*?)\s+\1$")
_LINE_BREAK = re.compile("\n")
# A line of running text with a space between words (not a list's item: html2text does not
# wrap those).
_INNER_SPACE = re.compile(r"^\s*(?![*+-]\s|\d+\\?\.\s)\S+\s+\S")
# A wrap narrower than this, or met on fewer lines, is no wrap: a list's or a poem's lines.
_LEAST_WRAP = 40
_LEAST_WRAPPED = 3
_WRAP_SLACK = 8  # characters: a word that did not fit leaves its width, most are shorter
# A dump with fewer inline links than this is no Markdown (a page may quote one).
_LEAST_LINKS = 3
# What the other marks need: a line without any is left as it is.
_MARKUP_CHARS = frozenset("*_\\|")


class Words(NamedTuple):
    """A dump's lines as the reader reads them."""

    lines: list[str]
    # The lines that go on from the line above: the converter broke the line inside a link's
    # markup, where no writer ends a paragraph (its words, its address or its title). Those
    # of them left blank are the link's address, its words moved up to where the link ends.
    carried: frozenset[int] = frozenset()
    # The width, in characters as printed, the converter wrapped lines at (None: unwrapped).
    wrap: int | None = None
    # The lines that end in a hard break (two spaces: the page's <br>), which no wrap made.
    hard_breaks: frozenset[int] = frozenset()
    # The lines that held a picture and no words (a text browser prints its alt text there).
    pictures: frozenset[int] = frozenset()


def words_of_markdown(lines: list[str]) -> Words:
    """The lines with Markdown's inline markup taken off (a link keeps its words, an image
    goes), and what the markup tells of the lines; `lines` itself, the same list, and nothing
    more when the dump is no Markdown."""
    if sum(len(_LINK.findall(line)) for line in lines if "](" in line) < _LEAST_LINKS:
        return Words(lines)
    # Links are read over the whole text: a converter that wraps lines breaks them too (its
    # line breaks stay where they were, so line numbers hold).
    # (two links side by side are two items of a menu: 首页 新闻)
    text = _SIDE_BY_SIDE.sub(") ", "\n".join(lines))
    broken: list[tuple[int, int, int]] = []
    for _ in range(2):  # twice: a linked picture, [![alt](picture)](address), is two
        text = _LINK.sub(partial(_link_words, text, [], broken), text)
    read = text.split("\n")
    carried: set[int] = set()
    for first, kept, inside in sorted(broken):
        carried.update(range(first + 1, first + inside + 1))
        if inside > kept:
            # The words after the link go on the line its words end on: the lines its address
            # or title took are left blank (and carried), not blank lines inside a paragraph.
            end = first + kept
            read[end], read[first + inside] = read[end] + read[first + inside], ""
    read = [_words(line) if _MARKUP_CHARS.intersection(line) else line for line in read]
    hard = frozenset(i for i, line in enumerate(lines) if line.endswith("  ") and line.strip())
    pictures = frozenset(
        i
        for i, (line, words) in enumerate(zip(lines, read, strict=True))
        if "![" in line and not words.strip()
    )
    return Words(read, frozenset(carried), _wrap_width(lines), hard, pictures)


def _wrap_width(lines: list[str]) -> int | None:
    """The width html2text wrapped `lines` at. It breaks a line only at a space, so a run of
    Han characters goes past it and the widest line tells nothing; the widest line with a
    space inside that the paragraph goes on under does (not a table's row nor a list's item,
    which it does not wrap)."""
    widths = [
        len(line)
        for line, below in zip(lines, lines[1:], strict=False)
        if below.strip() and "|" not in line and _INNER_SPACE.search(line)
    ]
    if not widths:
        return None
    widest = max(widths)
    near = sum(width >= widest - _WRAP_SLACK for width in widths)
    return widest if widest >= _LEAST_WRAP and near >= _LEAST_WRAPPED else None


def heading_words(text: str) -> str:
    """`text` without the marks of a heading, the Markdown's (## 标题) or the C html2text's
    (****** 标题 ******): the words a title, a byline or a list's heading is read from."""
    if text[:1] == "#":
        return HEADING_MARKS.sub("", text)
    if text[:1] == "*" and (starred := _STARRED_HEADING.match(text.strip())):
        return starred["title"]
    return text


def _words(line: str) -> str:
    if _MARKS_ONLY.match(line):
        return ""
    line = _CELL_BORDER.sub("    ", line)
    line = _EMPHASIS.sub(r"\2", _EMPTY_BOLD.sub("", line))
    return _ESCAPED.sub(r"\1", line)


def _link_words(
    text: str, breaks: list[int], broken: list[tuple[int, int, int]], link: re.Match[str]
) -> str:
    """A link's words, an image's nothing, and every line break inside either (so the lines
    stay as many). A link broken over lines goes in `broken`: the line it opens on, the breaks
    its words keep, the breaks inside it (`breaks`: where `text`'s lines end, found when a
    link first needs them)."""
    inside = link[0].count("\n")
    words = "" if link[1] else link[2]
    if not inside:
        return words
    if not breaks:
        breaks += (found.start() for found in _LINE_BREAK.finditer(text))
    kept = words.count("\n")
    broken.append((bisect_right(breaks, link.start()), kept, inside))
    return words + "\n" * (inside - kept)
