"""A page dumped as Markdown (html2text, pandoc, a reader mode's copy): its inline markup —
`[某某集团](/keywords/1.html "某某集团")`, `![图](a.png)`, `**加粗**`, `_斜体_`, `\\-` — is the
converter's, not the page's words. The reader reads the words (and a picture alone on its
line, as a text browser prints it: its alt text); the raw page keeps the markup.
Headings (`## 标题`) and list items (`* 条目`) are left to the parser, which reads them as it
reads any page's; the marks of a heading (Markdown's hashes, the C html2text's asterisks) are
named here for the parser's readers of titles, bylines and closing marks. html2text wraps
lines at 78 characters, and only at spaces (inside a link too): the width, the lines it broke
inside a link and those the page broke itself (`<br>`) are told here as well.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from functools import partial
from types import MappingProxyType
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
# A first-level heading's (# 标题): a page's <h1>, a plain text's own title.
FIRST_LEVEL_HEADING = re.compile(r"^#\s+(?=\S)")
# The C html2text frames a heading in asterisks instead, as many as its rank is high
# (****** 标题 ******).
_STARRED_HEADING = re.compile(r"^(\*{1,6})\s+(?P<title>\S.*?)\s+\1$")
_LINE_BREAK = re.compile("\n")
_INNER_SPACE = re.compile(r"\S\s+\S")  # a space between words, where a line may break
# A wrap narrower than this, or met on fewer lines, is no wrap: a list's or a poem's lines.
_LEAST_WRAP = 40
_LEAST_WRAPPED = 3
_MOST_UNWRAPPED = 10  # of the lines that look wrapped, one in ten may be none (a heading)
_WIDTHS_TRIED = 20  # the widest lines may be a few that are not wrapped: look under them
# A line of a paragraph html2text wraps: not a list's item nor a line indented under one,
# nor code, a heading, a table's row or a quote.
_RUNNING = re.compile(r"^(?![*+-]\s|\d+\\?\.\s|[\s#|>])")
# A dump with fewer inline links than this is no Markdown (a page may quote one).
_LEAST_LINKS = 3
# What the other marks need: a line without any is left as it is.
_MARKUP_CHARS = frozenset("*_\\|")


class Words(NamedTuple):
    """A dump's lines as the reader reads them."""

    lines: list[str]
    # Whether a line goes on from the line above, where the markup tells: the converter broke
    # the line inside a link (its words, its address or its title: True; those lines left
    # blank held the link's address, its words moved up to where the link ends); it wrapped
    # there, the next word not fitting (True), or not (False); the page's <br> (False).
    joins: Mapping[int, bool] = MappingProxyType({})
    # The width, in characters as printed, the converter wrapped lines at (None: unwrapped).
    wrap: int | None = None
    # The lines that held a picture without alt text and no words.
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
    wrap = _wrap_width(lines)
    joins = _wrapped_at(lines, wrap) if wrap else {}
    joins.update((i + 1, False) for i, line in enumerate(lines[:-1]) if line.endswith("  "))
    for first, kept, inside in sorted(broken):
        joins.update((i, True) for i in range(first + 1, first + inside + 1))
        if inside > kept:
            # The words after the link go on the line its words end on: the lines its address
            # or title took are left blank, not blank lines inside a paragraph.
            end = first + kept
            read[end], read[first + inside] = read[end] + read[first + inside], ""
    read = [_words(line) if _MARKUP_CHARS.intersection(line) else line for line in read]
    pictures = set()
    for index, (line, words) in enumerate(zip(lines, read, strict=True)):
        if "![" in line and not words.strip():
            # a picture alone on its line: its alt text, as a text browser prints it, or, with
            # none, a picture's line
            alts = [found[2].strip() for found in _LINK.finditer(line) if found[1]]
            if any(alts):
                read[index] = " ".join(alt for alt in alts if alt)
            else:
                pictures.add(index)
    return Words(read, joins, wrap, frozenset(pictures))


def _wrapped_at(lines: list[str], width: int) -> dict[int, bool]:
    """Whether each line of running text that another follows was wrapped there: html2text
    breaks a line only where the next word would not fit (a run of Han characters, a link's
    address: a word); the page's own break is any other."""
    joins = {}
    for index, (line, below) in enumerate(zip(lines, lines[1:], strict=False)):
        if line.strip() and below.strip() and _RUNNING.match(line) and _RUNNING.match(below):
            joins[index + 1] = len(line) + 1 + len(below.split(maxsplit=1)[0]) > width
    return joins


def _wrap_width(lines: list[str]) -> int | None:
    """The width html2text wrapped `lines` at. It breaks a line only at a space, so a run of
    Han characters goes past it and the widest line tells nothing. A line with a space inside
    that its paragraph goes on under (not a table's row nor a list's item, which it does not
    wrap, nor a hard break) stops short of the width, and the next line's first word would
    not have fitted after it: the widest such line, when most of them agree with it."""
    pairs = [
        (len(line), len(below.split(maxsplit=1)[0]))
        for line, below in zip(lines, lines[1:], strict=False)
        if below.strip()
        and _RUNNING.match(line)
        and "|" not in line
        and not line.endswith("  ")
        and _INNER_SPACE.search(line)
        and not line.startswith(("![", "[!["))  # (nor a row of pictures)
    ]
    for width in sorted({width for width, _ in pairs}, reverse=True)[:_WIDTHS_TRIED]:
        if width < _LEAST_WRAP:
            break
        under = [(end, word) for end, word in pairs if end <= width]
        would_fit = sum(end + 1 + word <= width for end, word in under)
        if len(under) >= _LEAST_WRAPPED and would_fit * _MOST_UNWRAPPED <= len(under):
            return width
    return None


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
