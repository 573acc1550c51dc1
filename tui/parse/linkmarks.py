"""The link numbers of a `lynx -dump`: `[94]经济运行` in the text, `94. https://…` at its foot.

lynx, and elinks alike, prints each link's number in brackets right before the link's words
and lists the addresses under a last heading, "References". In a dump that ends so, a
bracketed number that the list holds is the browser's, not the page's: the reader reads the
article without them (a search for 经济运行 must find it, and 某某[94]集团 is one name), and
without the list. The raw page keeps both.
"""

from __future__ import annotations

import re
from bisect import bisect_left

# "References", then one numbered address per line (http://…, file:///…, javascript:…): the
# list lynx -dump ends with. "Visible links:" and "Hidden links:" part it when some links have
# no words; an image map's links follow under "[USEMAP]" and the map's address, numbered
# afresh. elinks lists a link that has a title by its title, the address on the next line.
_REFERENCES = "References"
_ADDRESS = re.compile(
    r"^\s*(?:\d{1,5}\. )?"
    r"(?:[a-z][a-z0-9+.-]*://|javascript:|mailto:|data:|about:|tel:|lynximgmap:)",
    re.IGNORECASE,
)
# A link's number in the list, before its address or its title.
_NUMBERED = re.compile(r"^\s*(\d{1,5})\. \S")
# (a script's address may run over lines of its own: most of the list, not all, is addresses)
_MOSTLY = 0.9
_HIDDEN, _IMAGE_MAP = ("Hidden links:", "Hidden links"), "[USEMAP]"
_ELINKS_VISIBLE = "Visible links"  # (elinks -dump writes its heads without a colon)
_VISIBLE = ("Visible links:", _ELINKS_VISIBLE)
_LIST_HEADS = frozenset({*_VISIBLE, *_HIDDEN, _IMAGE_MAP})
# (lynx may break a line inside a number: 稳步[ / 95]回升)
_MARK = re.compile(r"\[(\d{0,5})(\n[ \t]*|)(\d{0,5})\]")
# elinks prints the links of the page's head above its text (Link: dns-prefetch, Link:
# canonical, Link: 某某网 (alternate)): the browser's, not the page's.
_HEAD_LINK = re.compile(r"^\s*Link: \S")
# How many links on a marker may be past the one expected next.
_LOOK_AHEAD = 8


def page_above_links(lines: list[str]) -> list[str]:
    """The lines a reader reads of a lynx or elinks dump: those above its References list,
    without the link numbers; `lines` itself, the same list, when the dump ends with no such
    list (every page not dumped by those browsers)."""
    foot = _references_at(lines)
    if foot is None:
        return lines
    visible = _visible_numbers(lines[foot + 1 :])
    at = 0  # where the next link's number is in `visible`: lynx numbers links as it prints them

    def drop(mark: re.Match[str]) -> str:
        nonlocal at
        digits = mark[1] + mark[3]
        if not digits:
            return mark[0]
        number = int(digits)
        # (a few numbers ahead: a link may print no number, as in a drop-down list; a number
        # out of turn is the page's own, a footnote or a count)
        window = min(len(visible), at + _LOOK_AHEAD)
        ahead = bisect_left(visible, number, at, window)
        if ahead < window and visible[ahead] == number:
            at = ahead + 1
            return mark[2]  # (the line break and the next line's indent stay)
        if (visible[at - 1] if at else 0) < number < (visible[at] if at < len(visible) else 0):
            return mark[2]  # a number in a gap of the list: elinks leaves some links out of it
        return mark[0]

    read = _MARK.sub(drop, "\n".join(lines[:foot])).split("\n") if foot else []
    for index, line in enumerate(read):  # (blanked, not dropped: the lines stay as many)
        if _HEAD_LINK.match(line):
            read[index] = ""
        elif line.strip():
            break
    return read


def printed_span(printed: str, read: str, start: int, end: int) -> tuple[int, int]:
    """Where `read[start:end]` stood in the line as `printed`, before its link numbers were
    taken out: the numbers inside it and right before it are in the span, and so are those
    after it when it ends the line (a link's words went on to the next line)."""
    if len(printed) == len(read):
        return start, end
    printed_start, j = _walk(printed, read, 0, 0, start)
    printed_end, _ = _walk(printed, read, printed_start, j, end)
    if not read[end:].strip():
        printed_end = len(printed.rstrip())
    return printed_start, printed_end


def _walk(printed: str, read: str, i: int, j: int, stop: int) -> tuple[int, int]:
    """From printed[i] and read[j] on, step over what was taken out of `printed` up to
    read[stop]; (i, j) there. (Only characters were taken out, so each character of `read`
    is met in `printed` in turn.)"""
    while j < stop and i < len(printed):
        if printed[i] == read[j]:
            j += 1
        i += 1
    return i, j


def _visible_numbers(listed: list[str]) -> list[int]:
    """The numbers of the links printed with words, in order: those listed above the hidden
    links and the image maps' (which have no number in the text)."""
    numbers = []
    for line in listed:
        if line.strip() in _HIDDEN or line.strip() == _IMAGE_MAP:
            break
        if match := _NUMBERED.match(line):
            numbers.append(int(match[1]))
    return sorted(numbers)


def _references_at(lines: list[str]) -> int | None:
    """The index of the last "References" line, when a list of link addresses runs from it
    down to the dump's end; None otherwise."""
    for index in range(len(lines) - 1, -1, -1):
        if lines[index] == _REFERENCES:
            below = [line.strip() for line in lines[index + 1 :] if line.strip()]
            if not below or not (below[0] in _VISIBLE or _NUMBERED.match(below[0])):
                return None
            numbered = sum(1 for line in below if _NUMBERED.match(line))
            addresses = sum(1 for line in below if _ADDRESS.match(line))
            of_the_list = sum(
                1
                for line in below
                if line in _LIST_HEADS or _NUMBERED.match(line) or _ADDRESS.match(line)
            )
            # (an article's own numbered list of works gives no addresses)
            if of_the_list >= _MOSTLY * len(below) and 2 * addresses >= numbered:
                return index
            return None
    return None


def by_lynx(listed: list[str]) -> bool:
    """Whether the list of links at a dump's foot (the lines page_above_links leaves out) is
    lynx's, not elinks', which wraps lines as w3m does: elinks heads its list "Visible links",
    lynx with a colon or not at all."""
    return not any(line.strip() == _ELINKS_VISIBLE for line in listed)
