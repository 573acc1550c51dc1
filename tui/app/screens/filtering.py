"""Type-to-filter for the list screens: a filter line over a grouped list, matching Chinese text
or its pinyin (the one pinyin matcher, tui.text.pinyin), and the keys both list screens share.

The filter has the keys when a screen opens, so a name typed right after `e` or `w` lands in
it whole (g, j, k, q, e, w are the most common pinyin starts); the list's own keys work once
Tab has moved to it. A screen may open before its analysis is done: it says so, keeps what is
typed, and fills in when `show_analysis` brings it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from tui.app.screens.modal import GroupedOptionList, PanelScreen, ResultType, key_hint
from tui.app.text_fields import FilterInput
from tui.i18n import _


class FilteredListScreen(PanelScreen[ResultType]):
    """A panel with a FilterInput over a GroupedOptionList. The filter has the focus and every
    printable key; up/down (and page keys) move the list from it, Enter chooses, Escape closes.
    On the list (Tab), j/k/g/G and the close keys act, and any other character goes back to
    the filter. Subclasses rebuild the list in `_fill` and act on Enter in `_choose`."""

    AUTO_FOCUS = "FilterInput"  # the keys typed right after the screen's key are the filter
    # What a subclass's panel says (N_-marked, translated when shown) and its widgets' ids.
    PANEL: ClassVar[str] = "list"  # "entities": #entities-filter, #entities-list …
    PANEL_TITLE: ClassVar[str] = ""
    FILTER_PLACEHOLDER: ClassVar[str] = ""
    ENTER_DOES: ClassVar[str] = ""

    BINDINGS: ClassVar = [
        Binding("j", "list('cursor_down')", "Down", show=False, id="list.down"),
        Binding("k", "list('cursor_up')", "Up", show=False, id="list.up"),
        Binding("down", "list('cursor_down')", "Down", show=False),
        Binding("up", "list('cursor_up')", "Up", show=False),
        Binding("pagedown", "list('page_down')", "Page down", show=False),
        Binding("pageup", "list('page_up')", "Page up", show=False),
        Binding("g", "list('first')", "First", show=False, id="list.first"),
        Binding("G", "list('last')", "Last", show=False, id="list.last"),
        # priority: / never goes into the filter as a character (the explorer's / steps aside)
        Binding("slash", "filter", "Filter", id="list.filter", priority=True),
    ]
    # Keys that keep their binding on the list instead of starting a filter.
    BOUND_CHARACTERS: ClassVar[frozenset[str]] = frozenset("qjkgG/")

    @property
    def option_list(self) -> GroupedOptionList:
        return self.query_one(GroupedOptionList)

    @property
    def filter_input(self) -> FilterInput:
        return self.query_one(FilterInput)

    def _fill(self, query: str) -> None:
        raise NotImplementedError

    def _filter_names(self) -> Iterable[str]:
        """The names the filter may match by pinyin (spelt ahead in a thread)."""
        return ()

    @property
    def waiting(self) -> bool:
        """Whether the screen still waits for the document's analysis."""
        return False

    def compose(self) -> ComposeResult:
        with Vertical(id="panel") as panel:
            panel.border_title = _(self.PANEL_TITLE)
            yield FilterInput(_(self.FILTER_PLACEHOLDER), id=f"{self.PANEL}-filter")
            yield from self.list_widgets()
            yield self.key_line(_(self.ENTER_DOES))

    def list_widgets(self) -> ComposeResult:
        """The list (and whatever goes under it) between the filter and the keys."""
        raise NotImplementedError

    @staticmethod
    def key_line(enter: str) -> Static:
        """The line of keys under the list: what Enter does here, then the keys all lists share."""
        # On a narrow panel the first goes first, then from the right: Enter and Esc stay.
        keys = (
            ("↑↓", _("move")),
            ("Enter", enter),
            (_("type"), _("filter")),
            ("Tab", _("list")),
            ("Esc", _("close")),
        )
        return Static(key_hint(*keys), id="panel-hint")

    def on_mount(self) -> None:
        self._fill("")
        self.filter_input.focus()
        if not self.waiting:
            # After the first paint: the thread would otherwise compete with it for the GIL.
            self.call_after_refresh(self._learn_pinyin)

    def analysis_arrived(self) -> None:
        """The analysis is in: fill the list for what was typed meanwhile."""
        self._fill(self.filter_input.value)
        self.call_after_refresh(self._learn_pinyin)

    @work(thread=True, exclusive=True, group="filter-pinyin")
    def _learn_pinyin(self) -> None:
        """Read every name in pinyin before the first keystroke (pypinyin loads in ~0.2 s)."""
        from tui.text.pinyin import context_readings

        worker = get_current_worker()
        for name in self._filter_names():
            if worker.is_cancelled:
                return
            context_readings(name)

    def _choose(self) -> None:
        raise NotImplementedError

    @on(Input.Changed, "FilterInput")
    def _filter_changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @on(Input.Submitted, "FilterInput")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._choose()

    def on_key(self, event: events.Key) -> None:
        """On the list, a character that is not a key of the screen starts the filter; before
        anything has the focus (the screen is opening), every character goes to the filter.

        A character that reaches the screen while the filter has the focus was sent before it
        had it (keys typed in a burst with the screen's own key, which wait while the screen
        mounts): the filter keeps every printable key it sees, so this one it never saw."""
        if not event.is_printable or event.character is None:
            return
        if self.focused is self.option_list and event.character in self.BOUND_CHARACTERS:
            return
        event.stop()
        event.prevent_default()
        self.filter_input.focus()
        self.filter_input.insert_text_at_cursor(event.character)

    def on_paste(self, event: events.Paste) -> None:
        if self.focused is self.option_list and event.text:
            event.stop()
            self.filter_input.focus()
            self.filter_input.insert_text_at_cursor(event.text.splitlines()[0])

    def action_close(self) -> None:
        self.dismiss(None)

    def action_list(self, action: str) -> None:
        """Move in the list (cursor_down, first, page_up …), from the filter or on the list."""
        getattr(self.option_list, f"action_{action}")()

    def action_filter(self) -> None:
        self.filter_input.focus()
