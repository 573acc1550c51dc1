"""Line breaking for Chinese text in rich: between any two Han characters, never before a
closing mark (，。、”) nor after an opening one (“《（), Latin words kept whole.

rich wraps at spaces only, so a Chinese sentence is one long "word" to it: it is pushed to a
line of its own and chopped at the edge, and lines start with "，" or "。". `Wrapped` breaks
the way Chinese is typeset instead; the text and its styles are kept as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions
from rich.measure import Measurement
from rich.text import Text

# A line may not start with these (they close what came before) …
NO_LINE_START = frozenset("，。、；：！？）》」』”’】〕…—·,.;:!?)]}%")
# … nor end with these (they open what comes after).
NO_LINE_END = frozenset("（《「『“‘【〔([{")
# What breaks as one piece: a run of Latin letters and digits (a word, a number, a URL), a
# run of spaces, or any other single character.
_PIECE = re.compile(r"[A-Za-z0-9_@#$%&+=/\\.:\-]+|\n|[^\S\n]+|.", re.DOTALL)


def _items(separator: str) -> re.Pattern[str]:
    """Pieces of a list: each separator, and each item between two of them, kept whole."""
    sep = re.escape(separator)
    return re.compile(rf"{sep}|\n|(?:(?!{sep})[^\n])+")


def break_offsets(text: str, width: int, separator: str | None = None) -> list[int]:
    """Offsets in `text` where its lines start (after the first), for lines of `width` cells.
    With a `separator`, the text is a list: lines break after a separator, not inside an
    item ("2019年底 1"), unless an item is wider than a line."""
    width = max(width, 2)  # a Han character takes two cells
    pattern = _items(separator) if separator else _PIECE
    pieces = [(m.start(), m.end()) for m in pattern.finditer(text)]
    breaks: list[int] = []
    line_start, used, i = 0, 0, 0
    while i < len(pieces):
        start, end = pieces[i]
        cells = cell_len(text[start:end])
        visible = cell_len(text[start:end].rstrip())  # a trailing space may pass the edge
        if text[start] == "\n":
            breaks.append(end)
            line_start, used, i = end, 0, i + 1
            continue
        if used + visible <= width or start == line_start:
            if cells > width:  # a piece wider than a line (a long URL): cut it at the edge
                cut = _fit(text, start, end, width - used if start > line_start else width)
                breaks.append(cut)
                pieces[i] = (cut, end)
                line_start, used = cut, 0
                continue
            used += cells
            i += 1
            continue
        # The piece does not fit: the next line starts with it, or a little earlier so that
        # neither a closing mark starts the next line nor an opening one ends this one.
        k = i
        while pieces[k][0] > line_start and not _may_break_before(text, pieces, k):
            k -= 1
        if pieces[k][0] == line_start:  # no good place: break where it overflows
            k = i
        while k < len(pieces) and text[pieces[k][0]] in " \t\u3000":  # spaces end the line
            k += 1
        if k == len(pieces):
            break
        breaks.append(pieces[k][0])
        line_start, used, i = pieces[k][0], 0, k
    return breaks


def _may_break_before(text: str, pieces: list[tuple[int, int]], k: int) -> bool:
    first = text[pieces[k][0]]
    if first.isspace() or first in NO_LINE_START:
        return False
    before = k - 1
    while before >= 0 and text[pieces[before][0]].isspace():
        before -= 1
    return before < 0 or text[pieces[before][1] - 1] not in NO_LINE_END


def _fit(text: str, start: int, end: int, cells: int) -> int:
    """The offset after the most characters of text[start:end] that fit in `cells` (≥ one)."""
    used = 0
    for offset in range(start, end):
        used += cell_len(text[offset])
        if used > cells:
            return max(offset, start + 1)
    return end


class Wrapped:
    """A rich renderable: `text` wrapped to the width it is given, as Chinese is typeset."""

    def __init__(self, text: Text | str, separator: str | None = None) -> None:
        self.text = text if isinstance(text, Text) else Text(text)
        self.separator = separator  # a list ("甲 3 · 乙 2"): break between items only

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        plain = self.text.plain
        pieces = (_items(self.separator) if self.separator else _PIECE).finditer(plain)
        widest_piece = max((cell_len(m.group()) for m in pieces), default=0)
        longest_line = max((cell_len(line) for line in plain.split("\n")), default=0)
        return Measurement(min(widest_piece, 20), longest_line).clamp(max_width=options.max_width)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Text]:
        offsets = break_offsets(self.text.plain, options.max_width, self.separator)
        for line in self.text.divide(offsets):
            line.rstrip()
            line.remove_suffix("\n")
            line.end = "\n"
            yield line

    def __str__(self) -> str:
        return self.text.plain
