"""headings: recognise a section heading line in its common Chinese styles and strip its marker."""

from __future__ import annotations

import re

_NUMERAL = "一二三四五六七八九十百千零〇两"
# Each style: a regex over the stripped line. A heading keeps its numbering as the page prints
# it (一、总则, 第三章　监察权限: the number is part of what a reader sees and cites); only
# decoration goes: the brackets of 【总体要求】 and the hashes of Markdown. Where a style has a
# group "title", that group is the heading without its decoration.
_STYLES = (
    re.compile(r"^【(?P<title>[^【】]+)】$"),  # 【总体要求】
    re.compile(rf"^[{_NUMERAL}]+\s*[、．.]\s*\S.*$"),  # 一、总则
    re.compile(rf"^[（(]\s*[{_NUMERAL}]+\s*[）)]\s*[、．.]?\s*\S.*$"),  # （一）总则
    re.compile(r"^\d{1,2}\s*(?:[、．]|\.(?!\d))\s*\S.*$"),  # 1. / 1、 (not 1.5)
    re.compile(r"^[（(]\d{1,2}[）)]\s*\S.*$"),  # (1)
    # 第一章 / 第3节 / 第一百二十回, with or without a title after the number.
    re.compile(rf"^第[{_NUMERAL}\d]+[章节回篇部卷集讲](?:[\s:：、.]+\S.*)?$"),
    re.compile(r"^(?:楔子|序章|序幕|引子|尾声)(?:[\s:：、]+\S.*)?$"),
    # Markdown (not a row of tags, # 天文 # 航天, which a converter prints so)
    re.compile(r"^#{1,6}\s+(?P<title>\S(?:(?!\s#\s).)*?)\s*#*$"),
    re.compile(rf"^【[{_NUMERAL}\d]{{1,3}}】\s*\S.*$"),  # 【一】总则
)
# A heading is a label, not a sentence: it does not end like one.
_SENTENCE_END = re.compile(r"[。；;，,：:、]$")
MAX_HEADING_CHARS = 40
_NUMBER_START = frozenset(_NUMERAL + "0123456789（(")
_STOPPED_HEADING_CHARS = 20
_CLAUSE = re.compile(r"[；;]")


def heading_style(line: str) -> tuple[str, int] | None:
    """(title, style) if `line` is a styled heading ("【总体要求】" → "总体要求"), else None.

    The style is a number that tells 一、 from （一） from 1.: a run of same-style lines with
    nothing between them is a list, while different styles nest.
    """
    text = line.strip()
    if not text or len(text) > MAX_HEADING_CHARS:
        return None
    # A heading does not end like a sentence, except a short numbered one set on its own
    # line with a full stop, as documents print them: (一)总体要求。
    label = text[:-1] if text.endswith("。") and len(text) <= _STOPPED_HEADING_CHARS else text
    if _SENTENCE_END.search(label) or "。" in label or _CLAUSE.search(label):
        return None
    for number, style in enumerate(_STYLES):
        match = style.match(text)
        if match:
            title = match.groupdict().get("title")
            return (title.strip() if title else text), number
    return None


def numbering_style(line: str) -> int | None:
    """The style of the number a line starts with (一、 （一） 1. …), whatever follows it: a
    list's items share one, headings or not."""
    text = line.strip()[:MAX_HEADING_CHARS]
    if not text or text[0] not in _NUMBER_START:
        return None
    for number, style in enumerate(_STYLES[1:5], start=1):  # the numbered styles
        if style.match(text):
            return number
    return None


def heading_title(line: str) -> str | None:
    """The title of `line` if it is a styled heading, else None."""
    found = heading_style(line)
    return found[0] if found else None
