"""The document list: every document opened together (several paths, a folder of thousands), to
switch between. Documents are parsed in the background; each row shows the file name until its
title and date are known, and a mark when it could not be opened.

It never builds a widget per document: like the article view it draws only the rows on screen
(two per document), so a folder of 5,000 page dumps shows at once. Typing on the list filters
it by title or file name, in Chinese or pinyin (the one pinyin matcher).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from rich.segment import Segment
from rich.text import Text
from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Input
from textual.worker import get_current_worker

from tui.app.labels import fit
from tui.app.text_fields import FilterInput
from tui.i18n import _
from tui.model import Document
from tui.pipeline import Analysed

ROWS = 2  # per document: its title, then its date and file name (or why it failed)
FAILED_MARK = "✗ "


@dataclass
class Entry:
    """One document of the run: its path, the parse once done (or why it failed), its analysis
    once done, and where the reader left it."""

    path: str
    document: Document | None = None
    error: str | None = None
    analysed: Analysed | None = None
    anchor: object = None  # tui.app.article.Anchor

    @property
    def name(self) -> str:
        return self.document.name if self.document is not None else self.path

    @property
    def file_name(self) -> str:
        return Path(self.name).name or self.name

    @property
    def title(self) -> str | None:
        return self.document.meta.title if self.document is not None else None


def entry_rows(entry: Entry) -> tuple[Text, Text]:
    """The two rows of a document: title (file name until parsed or when it has none), then
    date · file name; a document that failed: ✗ and its name, then why."""
    if entry.error is not None:
        first = Text(FAILED_MARK + entry.file_name, style="bold")
        why = entry.error
        for prefix in (f"{entry.path}: ", f"{entry.name}: "):
            why = why.removeprefix(prefix)  # the name is on the row above
        return first, Text(why, style="italic")
    if entry.document is None:
        return Text(entry.file_name, style="italic"), Text(_("reading…"), style="dim italic")
    meta = entry.document.meta
    first = Text(meta.title or entry.file_name)
    name = entry.file_name if meta.title else None  # the file name once, not twice
    second = Text(" · ".join(p for p in (meta.date, name) if p), style="dim")
    return first, second


def entry_matches(entry: Entry, query: str) -> bool:
    """Whether the title or the file name holds the query, as text or as pinyin."""
    from tui.text.pinyin import name_matches

    names = [entry.file_name]
    if entry.title:
        names.insert(0, entry.title)
    return name_matches(query, names)


class DocumentList(ScrollView, can_focus=True):
    """Every open document, two rows each, drawn on demand; the cursor is the one to open
    (Enter or a click), the document shown is marked in bold."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "document-list--cursor",
        "document-list--failed",
        "document-list--current",
    }
    DEFAULT_CSS = """
    DocumentList {
        height: auto;
        overflow-x: hidden;
        scrollbar-size-vertical: 1;
    }
    DocumentList > .document-list--cursor { background: $boost; }
    DocumentList:focus > .document-list--cursor {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
    }
    DocumentList > .document-list--failed { color: $text-error; }
    DocumentList > .document-list--current { text-style: bold; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "cursor(1)", "Down", show=False),
        Binding("up", "cursor(-1)", "Up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("enter", "choose", "Open", show=False),
    ]
    # The explorer's keys that stay keys on the list: no pinyin holds them. Every letter starts
    # the filter, j k g q n p included (jiangsu, guangzhou, qingdao, nanjing: a list key there
    # would take the first letter of a name the reader is spelling); the arrows move the list.
    BOUND_CHARACTERS: ClassVar[frozenset[str]] = frozenset("[]/?")

    cursor: reactive[int] = reactive(0, repaint=False)  # position among the shown documents

    @dataclass
    class DocumentChosen(Message):
        """The reader chose a document (Enter or click): its index among all entries."""

        index: int

    def __init__(self, entries: list[Entry], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entries = entries
        self.shown: list[int] = list(range(len(entries)))  # entry indices, after the filter
        self.current = 0  # the entry the article shows
        # Set once a character typed here went to the filter: the keys that follow it before
        # the focus has moved are text too (typed fast, "jiang" must not lose its "n").
        self.filtering = False

    # --- content -------------------------------------------------------------------------

    def show_only(self, indices: list[int]) -> None:
        """Show these entries (a filter's result), the cursor on the first."""
        self.shown = indices
        self.cursor = 0
        self._resize()

    def follow(self, index: int) -> None:
        """Mark entry `index` as the one shown, the cursor on it if it is listed."""
        self.current = index
        if index in self.shown:
            self.cursor = self.shown.index(index)
        self.refresh()

    def entries_changed(self) -> None:
        """Some entries were parsed (or failed): draw them anew."""
        self.refresh()

    @property
    def cursor_entry(self) -> int | None:
        return self.shown[self.cursor] if 0 <= self.cursor < len(self.shown) else None

    def _resize(self) -> None:
        rows = ROWS * len(self.shown)
        self.virtual_size = Size(self.scrollable_content_region.width, rows)
        # As tall as its rows, up to the picker's limit (a ScrollView has no height of its own).
        self.styles.height = max(1, rows)
        self.refresh(layout=True)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return max(1, ROWS * len(self.shown))

    def on_mount(self) -> None:
        self._resize()

    def on_resize(self) -> None:
        self._resize()

    # --- keys and mouse ------------------------------------------------------------------

    def watch_cursor(self, cursor: int) -> None:
        row = ROWS * cursor
        height = self.scrollable_content_region.height
        top = round(self.scroll_y)
        if row < top:
            self.scroll_to(y=row, animate=False, immediate=True)
        elif row + ROWS > top + height:
            self.scroll_to(y=row + ROWS - height, animate=False, immediate=True)
        self.refresh()

    def action_cursor(self, delta: int) -> None:
        if self.shown:
            self.cursor = max(0, min(len(self.shown) - 1, self.cursor + delta))

    def action_page(self, direction: int) -> None:
        self.action_cursor(direction * max(1, self.scrollable_content_region.height // ROWS))

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = max(0, len(self.shown) - 1)

    def action_choose(self) -> None:
        index = self.cursor_entry
        if index is not None:
            self.post_message(self.DocumentChosen(index))

    async def on_key(self, event: events.Key) -> None:
        picker = self.parent
        if not isinstance(picker, DocumentPicker):
            return
        if not event.is_printable or not event.character:
            # Sent before the focus moved, the filter's own keys (a backspace) are the filter's.
            if self.filtering and await picker.filter.act_on(event.key):
                event.stop()
                event.prevent_default()
            return
        if self.filtering or event.character not in self.BOUND_CHARACTERS:
            event.stop()
            event.prevent_default()
            picker.type_in_filter(event.character)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        position = (round(self.scroll_y) + offset.y) // ROWS
        if 0 <= position < len(self.shown):
            self.cursor = position
            self.action_choose()

    # --- drawing -------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        row = round(self.scroll_y) + y
        position, part = divmod(row, ROWS)
        if width <= 0 or not 0 <= position < len(self.shown):
            return Strip.blank(max(0, width), base)
        index = self.shown[position]
        entry = self.entries[index]
        text = entry_rows(entry)[part]
        style = base
        if entry.error is not None:
            style += self.get_component_rich_style("document-list--failed", partial=True)
        if index == self.current:
            style += self.get_component_rich_style("document-list--current", partial=True)
        if position == self.cursor:
            style += self.get_component_rich_style("document-list--cursor", partial=True)
        line = fit(text, width - 1)
        segments = [Segment(" ", style), *line.render(self.app.console)]
        segments = [Segment(s.text, style + s.style if s.style else style) for s in segments]
        return Strip(segments).extend_cell_length(width, style).crop(0, width)


def document_label(entry: Entry) -> str:
    """The title when the parser found one, else the file name (for the palette and notices)."""
    return entry.title or entry.file_name


class DocumentFilter(FilterInput):
    """The filter over the document list: it owns every printable key while it has focus."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close the filter", show=False),
        Binding("down", "move(1)", "Down", show=False),
        Binding("up", "move(-1)", "Up", show=False),
    ]

    @dataclass
    class Closed(Message):
        """Escape: the filter is emptied and the list has the keys again."""

    @dataclass
    class Move(Message):
        delta: int

    def action_close(self) -> None:
        self.post_message(self.Closed())

    def action_move(self, delta: int) -> None:
        self.post_message(self.Move(delta))


class DocumentPicker(Vertical):
    """The document list with its filter above it. Tab reaches the filter first (every
    printable key is text there; the arrows move the list, Enter opens, Escape empties it),
    then the list (the arrows, Home and End move it; a letter starts the filter)."""

    DEFAULT_CSS = """
    DocumentPicker {
        height: auto;
        max-height: 40%;
    }
    DocumentPicker > DocumentFilter {
        margin: 0;
    }
    """

    def __init__(self, entries: list[Entry], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entries = entries

    def compose(self) -> ComposeResult:
        yield DocumentFilter(_("filter: 汉字 or pinyin"), id="documents-filter")
        yield DocumentList(self.entries, id="documents")

    @property
    def list(self) -> DocumentList:
        return self.query_one(DocumentList)

    @property
    def filter(self) -> DocumentFilter:
        return self.query_one(DocumentFilter)

    def type_in_filter(self, text: str) -> None:
        """Characters typed on the list: into the filter, which takes the keys from now on."""
        self.list.filtering = True
        self.filter.insert_text_at_cursor(text)
        self.filter.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        query = event.value
        if not query.strip():
            self.workers.cancel_group(self, "documents-filter")
            self.list.show_only(list(range(len(self.entries))))
            return
        self.filter_documents(query)

    @work(thread=True, exclusive=True, group="documents-filter")
    def filter_documents(self, query: str) -> None:
        """Match every title and file name in a thread: reading thousands of titles in pinyin
        takes a while the first time, and the keys typed meanwhile must not wait for it."""
        worker = get_current_worker()
        found = []
        for index, entry in enumerate(self.entries):
            if index % 200 == 0 and worker.is_cancelled:
                return  # typed over: a newer filter is on its way
            if entry_matches(entry, query):
                found.append(index)
        if not worker.is_cancelled:
            self.app.call_from_thread(self.list.show_only, found)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        # Posted from here, not by the list: a message its parent sent stops at the parent.
        index = self.list.cursor_entry
        if index is not None:
            self.post_message(DocumentList.DocumentChosen(index))
            self.close_filter(focus=False)  # the article has the keys now

    def on_document_filter_move(self, event: DocumentFilter.Move) -> None:
        event.stop()
        self.list.action_cursor(event.delta)

    def on_document_filter_closed(self, event: DocumentFilter.Closed) -> None:
        event.stop()
        self.close_filter()

    def close_filter(self, focus: bool = True) -> None:
        with self.prevent(Input.Changed):
            self.filter.value = ""
        self.list.show_only(list(range(len(self.entries))))  # every document again
        self.list.filtering = False
        self.list.follow(self.list.current)
        if focus:
            self.list.focus()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if event.widget is self.list:
            self.list.filtering = False  # the list has the keys again
