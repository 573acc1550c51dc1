"""The raw page (r): every source line with its number and a gutter mark of what the parser made of
it (article, heading, metadata, page chrome), chrome dimmed. Drawn line by line, so a novel
of a million characters opens as fast as a short page. Enter or a click on an article line
closes it and asks the explorer to show that paragraph (JumpTo)."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.screen import ModalScreen
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Static

from tui.app.messages import JumpTo
from tui.app.screens.modal import key_hint
from tui.i18n import N_, _, ngettext
from tui.model import Document, LineRole
from tui.text.linebreak import line_starts

# What the gutter shows for each role; the legend above the page explains them.
ROLE_MARK: dict[LineRole, str] = {
    "body": "┃",
    "heading": "▶",
    "meta": "◆",
    "boilerplate": "·",
    "blank": " ",
}
ROLE_NAME: dict[LineRole, str] = {
    "body": N_("article"),
    "heading": N_("heading"),
    "meta": N_("metadata"),
    "boilerplate": N_("page chrome"),
    "blank": N_("blank"),
}
TAB_WIDTH = 4


def line_count(lines: Sequence[str]) -> int:
    """Lines as an editor counts them: a text that ends with a newline has no line after it
    (`Document.lines` holds an empty one there, from splitting on newlines)."""
    return len(lines) - 1 if len(lines) > 1 and lines[-1] == "" else len(lines)


@lru_cache(maxsize=4)
def wrapped_lines(lines: tuple[str, ...], width: int) -> tuple[tuple[int, ...], ...]:
    """Where the rows of every line start at `width` (kept for the pages and widths shown last:
    reopening the raw page is free)."""
    return tuple(line_starts(text, width) for text in lines)


class RawPageView(ScrollView, can_focus=True):
    """The page's lines, wrapped to the width, each with its number and role mark."""

    # A style for the line numbers, and per role one for its lines and one for its mark.
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "raw-page--number",
        *(f"raw-page--{role}" for role in ROLE_MARK),
        *(f"raw-page--mark-{role}" for role in ROLE_MARK),
    }

    DEFAULT_CSS = """
    RawPageView {
        height: 1fr;
        overflow-x: hidden;
        scrollbar-size-vertical: 1;
    }
    RawPageView > .raw-page--number { color: $text-muted; }
    RawPageView > .raw-page--heading { text-style: bold; }
    RawPageView > .raw-page--meta { color: $text-warning; }
    RawPageView > .raw-page--boilerplate { color: $text-disabled; }
    RawPageView > .raw-page--mark-body { color: $success; }
    RawPageView > .raw-page--mark-heading { color: $primary; text-style: bold; }
    RawPageView > .raw-page--mark-meta { color: $warning; }
    RawPageView > .raw-page--mark-boilerplate { color: $text-disabled; }
    """

    BINDINGS: ClassVar = [
        Binding("j", "scroll_down", "Down", show=False, id="raw.down"),
        Binding("k", "scroll_up", "Up", show=False, id="raw.up"),
        Binding("g", "scroll_home", "Top", show=False, id="raw.top"),
        Binding("G", "scroll_end", "Bottom", show=False, id="raw.bottom"),
        Binding("space", "page_down", "Page down", show=False, id="raw.page_down"),
        Binding("b", "page_up", "Page up", show=False, id="raw.page_up"),
        Binding(
            "n,right_square_bracket",
            "heading(1)",
            "Next heading",
            show=False,
            id="raw.next_heading",
        ),
        Binding(
            "p,left_square_bracket",
            "heading(-1)",
            "Previous heading",
            show=False,
            id="raw.previous_heading",
        ),
        Binding("enter", "choose", "Go there", show=False, id="raw.go_there"),
    ]

    def __init__(self, document: Document, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.document = document
        self.lines = tuple(line.expandtabs(TAB_WIDTH) for line in document.lines)
        self.number_width = len(str(len(self.lines)))
        self._row_starts: list[int] = []  # first row of each line at _layout_width
        self._line_starts: tuple[tuple[int, ...], ...] = ()  # where each line's rows start
        self._layout_width = -1
        self._strips: LRUCache[tuple[int, int], Strip] = LRUCache(1024)
        self._pending_line: int | None = None  # where to open, once the width is known
        self.reading_line: int | None = None  # the explorer's reading position, its number marked
        self._line_paragraphs: dict[int, int] | None = None  # source line -> paragraph, lazily

    @property
    def gutter_width(self) -> int:
        return self.number_width + 3  # number, space, mark, space

    @property
    def text_width(self) -> int:
        return max(3, self.scrollable_content_region.width - self.gutter_width)

    def _layout(self) -> None:
        """Rows of every line at the current width (redone only when the width changes)."""
        width = self.text_width
        if width == self._layout_width:
            return
        self._line_starts = wrapped_lines(self.lines, width)
        self._row_starts = [0, *accumulate(map(len, self._line_starts))]
        total = self._row_starts.pop()
        self._layout_width = width
        self._strips.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, total)

    def on_resize(self) -> None:
        self._layout()
        if self._pending_line is not None:
            self.scroll_to_line(self._pending_line)
            self._pending_line = None

    def notify_style_update(self) -> None:
        self._strips.clear()
        super().notify_style_update()

    def row_of_line(self, number: int) -> int:
        """The first row of 1-based source line `number`."""
        self._layout()
        index = min(max(number, 1), len(self.lines)) - 1
        return self._row_starts[index] if self._row_starts else 0

    def line_at_row(self, row: int) -> int:
        """The 1-based source line shown on `row`."""
        self._layout()
        return bisect_right(self._row_starts, row)

    def scroll_to_line(self, number: int) -> None:
        """Bring source line `number` to the top (as soon as the view has a size)."""
        if not self.scrollable_content_region:
            self._pending_line = number
            return
        # force: on the first resize the scrollbars are not there yet to allow scrolling.
        self.scroll_to(y=self.row_of_line(number), animate=False, immediate=True, force=True)

    # A reader jumping through a long page wants to be there, not to watch the page slide.
    def action_scroll_home(self) -> None:
        self.scroll_home(animate=False, immediate=True)

    def action_scroll_end(self) -> None:
        self.scroll_end(animate=False, immediate=True)

    def action_page_down(self) -> None:
        self.scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self.scroll_page_up(animate=False)

    def action_heading(self, direction: int) -> None:
        """Bring the next (1) or previous (-1) heading line to the top, if there is one."""
        top = self.line_at_row(round(self.scroll_y))
        roles = self.document.roles
        numbers = range(top + 1, len(roles) + 1) if direction > 0 else range(top - 1, 0, -1)
        for number in numbers:
            if roles[number - 1] == "heading":
                self.scroll_to_line(number)
                return
        self.app.bell()

    def render_line(self, y: int) -> Strip:
        self._layout()
        row = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        key = (row, width)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._render_row(row, width)
            self._strips[key] = strip
        return strip

    def _render_row(self, row: int, width: int) -> Strip:
        base = self.rich_style
        if not self.lines or row >= self.virtual_size.height:
            return Strip.blank(width, base)
        index = bisect_right(self._row_starts, row) - 1
        part = row - self._row_starts[index]
        text, starts = self.lines[index], self._line_starts[index]
        end = starts[part + 1] if part + 1 < len(starts) else len(text)
        role = self.document.roles[index]
        number = str(index + 1) if part == 0 else ""
        number_style = base + self._style("number")
        if part == 0 and index + 1 == self.reading_line:
            number_style += Style(reverse=True, bold=True)
        segments = [
            Segment(number.rjust(self.number_width), number_style),
            Segment(" ", base),
            Segment(ROLE_MARK[role], base + self._style(f"mark-{role}")),
            Segment(" ", base),
            Segment(text[starts[part] : end], base + self._style(role)),
        ]
        return Strip(segments).extend_cell_length(width, base).crop(0, width)

    def paragraph_at_line(self, number: int) -> int | None:
        """The body paragraph that source line `number` belongs to (a heading: its section's
        first paragraph); None for chrome, metadata and blank lines."""
        if self._line_paragraphs is None:
            found: dict[int, int] = {}
            for section in self.document.sections:
                if section.line is not None and section.paragraphs:
                    found[section.line] = section.paragraphs[0].index
                for paragraph in section.paragraphs:
                    for line in range(paragraph.line, paragraph.end_line + 1):
                        found[line] = paragraph.index
            self._line_paragraphs = found
        return self._line_paragraphs.get(number)

    def first_article_line_in_view(self) -> int | None:
        """The first line on screen that is part of the article, from the top down."""
        top = round(self.scroll_y)
        first, last = self.line_at_row(top), self.line_at_row(top + self.size.height - 1)
        return next(
            (n for n in range(first, last + 1) if self.paragraph_at_line(n) is not None), None
        )

    @dataclass
    class LineChosen(Message):
        """A line of the article was clicked or Enter pressed: go there in the article."""

        paragraph: int

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        paragraph = self.paragraph_at_line(self.line_at_row(round(self.scroll_y) + offset.y))
        if paragraph is not None:
            self.post_message(self.LineChosen(paragraph))

    def action_choose(self) -> None:
        number = self.first_article_line_in_view()
        if number is None:
            self.app.bell()
            return
        paragraph = self.paragraph_at_line(number)
        assert paragraph is not None
        self.post_message(self.LineChosen(paragraph))

    def mark_style(self, role: LineRole) -> Style:
        return self._style(f"mark-{role}")

    def _style(self, name: str) -> Style:
        # Not partial: translucent theme colours ($text-disabled …) must be blended to show.
        return self.get_component_rich_style(f"raw-page--{name}")


def role_legend(roles: Sequence[LineRole], marks: dict[LineRole, Style]) -> Text:
    """`┃ article 42  ▶ heading 3  ◆ metadata 4  · page chrome 30` — marks and line counts."""
    counts = Counter(roles)
    legend = Text(no_wrap=True, overflow="ellipsis")
    shown: tuple[LineRole, ...] = ("body", "heading", "meta", "boilerplate")
    for role in shown:
        mark = marks.get(role, Style())
        # Colour and weight only: the legend sits on its own bar, not on the page's background.
        legend.append(f"{ROLE_MARK[role]} ", style=Style(color=mark.color, bold=mark.bold))
        legend.append(f"{_(ROLE_NAME[role])} {counts[role]:,}   ", style="dim")
    return legend


class RawPageScreen(ModalScreen[None]):
    """The whole page as loaded, boilerplate included. Escape, r or q close it.

    Modal, though it fills the terminal: the explorer's own keys (n, e, s …) must not act on
    the article hidden below it."""

    BINDINGS: ClassVar = [
        Binding("escape,r,q", "close", "Close", id="raw.close"),
    ]

    DEFAULT_CSS = """
    RawPageScreen {
        background: $background;
    }
    RawPageScreen #raw-title {
        height: 1;
        background: $panel;
        color: $text;
        text-style: bold;
        padding: 0 1;
    }
    RawPageScreen #raw-legend {
        height: 1;
        padding: 0 1;
        background: $panel;
    }
    RawPageScreen #raw-keys {
        height: 1;
        padding: 0 1;
        background: $panel;
    }
    """

    def __init__(self, document: Document, line: int | None = None) -> None:
        """`line`: a 1-based source line to open at and mark (the app passes the line of the
        paragraph being read)."""
        super().__init__()
        self.document = document
        self.start_line = line

    def compose(self) -> ComposeResult:
        title = Text(_("Raw page") + "  ", no_wrap=True, overflow="ellipsis")
        title.append(self.document.name, style="not bold")
        count = line_count(self.document.lines)
        lines = ngettext("{count} line", "{count} lines", count).format(count=f"{count:,}")
        title.append(f"  ·  {lines}", style="dim not bold")
        yield Static(title, id="raw-title")
        yield Static(id="raw-legend")
        yield RawPageView(self.document, id="raw-view")
        # Its keys in one line (a Footer would also list the command palette's).
        yield Static(
            key_hint(
                ("↑↓ j k", _("scroll")),
                ("space b", _("page")),
                ("n p", _("heading")),
                ("g G", _("top / bottom")),
                ("Enter click", _("go there")),
                ("Esc r q", _("close")),
            ),
            id="raw-keys",
        )

    def on_mount(self) -> None:
        view = self.query_one(RawPageView)
        marks: dict[LineRole, Style] = {
            role: view.mark_style(role) for role in ("body", "heading", "meta", "boilerplate")
        }
        self.query_one("#raw-legend", Static).update(role_legend(self.document.roles, marks))
        view.focus()
        if self.start_line is not None:
            view.reading_line = self.start_line
            view.scroll_to_line(self.start_line)

    def action_close(self) -> None:
        self.dismiss(None)

    @on(RawPageView.LineChosen)
    def _go_there(self, event: RawPageView.LineChosen) -> None:
        """Close, and ask the explorer to show that paragraph (it handles JumpTo)."""
        event.stop()
        self.app.post_message(JumpTo(event.paragraph))
        self.dismiss(None)
