"""The one line breaker for Chinese text: every pane, list and page that wraps text asks it.

Lines break between any two Han characters, never before a closing mark (，。、”) nor after an
opening one (“《（), with Latin words and numbers kept whole unless one is wider than a line,
and spaces left hanging at the end of the line they follow. rich and Textual wrap at spaces
only, so a Chinese sentence is one long "word" to them: it is chopped at the edge, and lines
start with "，" or "。".

It is one pass: the cell widths are summed once, and each line's end is found by bisection,
then moved back over at most one line's characters — linear in the text, however long a
paragraph or a single unbroken token is.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate

from rich.cells import get_character_cell_size
from rich.console import Console, ConsoleOptions
from rich.measure import Measurement
from rich.text import Text

# A line may not start with these (they close what came before) …
NO_LINE_START = frozenset("，。、；：！？）》」』〉】〕”’…—·～%,.;:!?)]}")
# … nor end with these (they open what comes after).
NO_LINE_END = frozenset("（《「『〈【〔“‘([{")
# Characters of a Latin word, a number or a web address, which break as one piece.
_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-'@#$&+=/\\.:%?~")
_SPACE = frozenset(" \t\u3000")


class _CellWidths(dict[str, int]):
    """Cell width of each character, computed once per character."""

    def __missing__(self, char: str) -> int:
        width = self[char] = get_character_cell_size(char)
        return width


_CELLS = _CellWidths()


def cell_width(char: str) -> int:
    """How many terminal cells one character takes (0, 1 or 2)."""
    return _CELLS[char]


def line_starts(text: str, width: int, separator: str | None = None) -> tuple[int, ...]:
    """Where each line of `text` starts when it is wrapped to `width` cells (0 first).

    `text` is one line (a newline in it is not a break). With a `separator`, the text is a
    list ("甲 3 · 乙 2"): lines break after a separator, not inside an item, unless an item
    is wider than a line."""
    if not text:
        return (0,)
    width = max(width, 2)  # a Han character takes two cells
    cumulative = list(accumulate(map(_CELLS.__getitem__, text)))
    if cumulative[-1] <= width:
        return (0,)
    length = len(text)
    starts = [0]
    start, used = 0, 0  # where the line starts, and the cells before it
    while True:
        end = bisect_right(cumulative, used + width, lo=start)  # text[start:end] fits
        if end >= length:
            return tuple(starts)
        if end == start:  # a character wider than the line: it goes alone
            end = start + 1
        after = end
        while after < length and text[after] in _SPACE:
            after += 1
        if after >= length:  # only spaces left: they hang past the edge
            return tuple(starts)
        if after > end and not separator and text[after] not in NO_LINE_START:
            end = after  # spaces hang past the edge; the next line starts after them
        else:
            end = _break_before(text, start, end, separator)
        starts.append(end)
        start, used = end, cumulative[end - 1]


def _break_before(text: str, start: int, end: int, separator: str | None) -> int:
    """A break at `end`, moved back so that the lines obey the rules, where they can."""
    if separator:
        # After the last separator on this line; its trailing spaces may hang past the edge.
        visible = len(separator.rstrip())
        found = text.rfind(separator, start + 1, end - visible + len(separator))
        if found != -1:
            return found + len(separator)
    # The last place on the line that neither opens it with a closing mark, nor ends it with
    # an opening one, nor splits a word; none: a word or a run of marks longer than the line,
    # cut at the edge.
    for candidate in range(end, start, -1):
        if _may_break(text, candidate):
            return candidate
    return end


def _may_break(text: str, at: int) -> bool:
    before, after = text[at - 1], text[at]
    return (
        after not in NO_LINE_START
        and before not in NO_LINE_END
        and not (before in _WORD and after in _WORD)
    )


def wrap_lines(text: str, width: int, separator: str | None = None) -> list[str]:
    """`text` (newlines allowed) cut into its lines at `width` cells, trailing spaces kept."""
    lines: list[str] = []
    for line in text.split("\n"):
        starts = line_starts(line, width, separator)
        ends = (*starts[1:], len(line))
        lines.extend(line[a:b] for a, b in zip(starts, ends, strict=True))
    return lines


class Wrapped:
    """A rich renderable: `text` wrapped to the width it is given, as Chinese is typeset."""

    def __init__(self, text: Text | str, separator: str | None = None) -> None:
        self.text = text if isinstance(text, Text) else Text(text)
        self.separator = separator  # a list ("甲 3 · 乙 2"): break between items only

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        plain = self.text.plain
        lines = plain.split("\n")
        longest_line = max((sum(map(cell_width, line)) for line in lines), default=0)
        return Measurement(min(longest_line, 20), longest_line).clamp(max_width=options.max_width)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Text]:
        plain = self.text.plain
        offsets: list[int] = []
        line_start = 0
        for line in plain.split("\n"):
            starts = line_starts(line, options.max_width, self.separator)
            offsets.extend(line_start + s for s in starts if s)
            line_start += len(line) + 1
            if line_start <= len(plain):
                offsets.append(line_start)
        for line in self.text.divide(offsets):
            line.rstrip()
            line.remove_suffix("\n")
            line.end = "\n"
            yield line

    def __str__(self) -> str:
        return self.text.plain
