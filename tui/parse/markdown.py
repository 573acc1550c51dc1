"""A page dumped as Markdown (html2text, pandoc, a reader mode's copy): its inline markup —
`[某某集团](/keywords/1.html "某某集团")`, `![图](a.png)`, `**加粗**`, `_斜体_`, `\\-` — is the
converter's, not the page's words. The reader reads the words; the raw page keeps the markup.
Headings (`## 标题`) and list items (`* 条目`) are left to the parser, which reads them as it
reads any page's; the marks of a heading (Markdown's hashes, the C html2text's asterisks) are
named here for the parser's readers of titles, bylines and closing marks.
"""

from __future__ import annotations

import re

# [words](address) or [words](address "title"), and an image's ![alt](address): the address
# has no space, a title is quoted (html2text escapes the brackets inside an address: \( \)).
_LINK = re.compile(r"(!?)\[((?:[^\[\]\\]|\\.)*)\]\(((?:[^()\s\\]|\\.)*(?:\s+\"[^\"]*\")?)\)")
# Bold and italic around words (not a list's bullet, which a space follows, nor the marks
# inside a name or a sum: add_ts, my_var, 2*3*4).
_EMPHASIS = re.compile(r"(?<![A-Za-z0-9])(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1(?![A-Za-z0-9])")
# Bold around nothing (****), which html2text leaves where a page's bold held only a line
# break or a picture. (Not ____: a blank to fill in.)
_EMPTY_BOLD = re.compile(r"\*{4}")
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
# A dump with fewer inline links than this is no Markdown (a page may quote one).
_LEAST_LINKS = 3
# What the other marks need: a line without any is left as it is.
_MARKUP_CHARS = frozenset("*_\\|")


def words_of_markdown(lines: list[str]) -> list[str]:
    """The lines with Markdown's inline markup taken off (a link keeps its words, an image
    goes); `lines` itself, the same list, when the dump is no Markdown."""
    if sum(len(_LINK.findall(line)) for line in lines if "](" in line) < _LEAST_LINKS:
        return lines
    # Links are read over the whole text: a converter that wraps lines breaks them too (its
    # line breaks stay where they were, so line numbers hold).
    # (two links side by side are two items of a menu: 首页 新闻)
    text = _SIDE_BY_SIDE.sub(") ", "\n".join(lines))
    for _ in range(2):  # twice: a linked picture, [![alt](picture)](address), is two
        text = _LINK.sub(_link_words, text)
    return [_words(line) if _MARKUP_CHARS.intersection(line) else line for line in text.split("\n")]


def heading_words(text: str) -> str:
    """`text` without the marks of a heading, the Markdown's (## 标题) or the C html2text's
    (****** 标题 ******): the words a title, a byline or a list's heading is read from."""
    if text[:1] == "#":
        return HEADING_MARKS.sub("", text)
    if text[:1] == "*" and (starred := _STARRED_HEADING.match(text.strip())):
        return starred["title"]
    return text


def _link_words(link: re.Match[str]) -> str:
    """A link's words, an image's nothing, and any line break inside the address."""
    return ("" if link[1] else link[2]) + "\n" * link[3].count("\n")


def _words(line: str) -> str:
    line = _CELL_BORDER.sub("    ", line)
    line = _EMPHASIS.sub(r"\2", _EMPTY_BOLD.sub("", line))
    return _ESCAPED.sub(r"\1", line)
