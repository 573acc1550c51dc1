"""Who said what (w): the article's quotes grouped by speaker, most quoted first, unattributed
last; Enter on a quote hands it back to the app, which scrolls to it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.padding import Padding
from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.app.legend import KIND_COMPONENT_CLASSES, kind_css, kind_styles
from tui.app.screens.modal import GroupedOptionList, PanelScreen, key_hint, plural
from tui.model import Annotations, Document, Quote

UNATTRIBUTED = "speaker unknown"
# A novel quotes thousands of lines: past this many quotes in all, each speaker shows the
# first few and a "… N more" row that unfolds the rest (drawing every row would take seconds).
ALL_QUOTES_UP_TO = 300
QUOTES_FOLDED = 3
LEAD_LABEL = "导语"  # the lead has no heading; the outline calls it this too


@dataclass(frozen=True)
class SpeakerGroup:
    speaker: str | None  # None: quotes the annotator could not attribute
    quotes: tuple[Quote, ...]  # in document order


def group_quotes(annotations: Annotations) -> tuple[SpeakerGroup, ...]:
    """Quotes by speaker: most quoted first, ties in order of first quote, unattributed last."""
    by_speaker: dict[str, list[Quote]] = {}
    unattributed: list[Quote] = []
    for quote in annotations.quotes:
        if quote.speaker:
            by_speaker.setdefault(quote.speaker, []).append(quote)
        else:
            unattributed.append(quote)
    groups = [SpeakerGroup(s, tuple(q)) for s, q in by_speaker.items()]
    groups.sort(key=lambda group: -len(group.quotes))  # stable: first-quote order among ties
    if unattributed:
        groups.append(SpeakerGroup(None, tuple(unattributed)))
    return tuple(groups)


def section_label(document: Document, paragraph: int) -> str:
    """'§2 人才流动' for the section holding body paragraph `paragraph`."""
    try:
        section = document.sections[document.section_of(paragraph)]
    except IndexError:
        return ""
    return f"§{section.index} {section.title or LEAD_LABEL}"


class QuoteList(GroupedOptionList):
    """The option list of the quotes screen; speakers wear the person colour."""

    COMPONENT_CLASSES: ClassVar[set[str]] = GroupedOptionList.COMPONENT_CLASSES | set(
        KIND_COMPONENT_CLASSES
    )
    DEFAULT_CSS = kind_css("QuoteList")


class QuotesScreen(PanelScreen[Quote | None]):
    """Enter (or a click) on a quote dismisses with it; Escape, w or q with None."""

    BINDINGS: ClassVar = [
        Binding("escape,w,q", "close", "Close", id="quotes.close"),
        Binding("j", "cursor_down", "Down", show=False, id="quotes.down"),
        Binding("k", "cursor_up", "Up", show=False, id="quotes.up"),
        Binding("g", "first", "First", show=False, id="quotes.first"),
        Binding("G", "last", "Last", show=False, id="quotes.last"),
    ]

    def __init__(self, document: Document, annotations: Annotations) -> None:
        super().__init__()
        self.document = document
        self.groups = group_quotes(annotations)
        self.shown: list[Quote] = []  # the quote behind option id str(i)
        self.expanded: set[int] = set()  # groups unfolded by the reader

    def compose(self) -> ComposeResult:
        quotes = sum(len(g.quotes) for g in self.groups)
        speakers = sum(1 for g in self.groups if g.speaker)
        with Vertical(id="panel") as panel:
            panel.border_title = "Who said what"
            panel.border_subtitle = f"{plural(quotes, 'quote')} · {plural(speakers, 'speaker')}"
            yield QuoteList(id="quotes-list")
            yield Static(
                key_hint(("↑↓ j k", "move"), ("Enter", "jump to the quote"), ("Esc", "close")),
                id="panel-hint",
            )

    @property
    def option_list(self) -> QuoteList:
        return self.query_one(QuoteList)

    def on_mount(self) -> None:
        self._fill()
        self.option_list.action_first()
        self.option_list.focus()

    def _fill(self) -> None:
        """Build the rows: each speaker's heading, then the quotes shown for them."""
        option_list = self.option_list
        person = kind_styles(option_list)["person"]
        total = sum(len(group.quotes) for group in self.groups)
        options: list[Option | None] = []
        self.shown = []
        for i, group in enumerate(self.groups):
            if i:
                options.append(None)  # a rule between speakers
            count = len(group.quotes)
            heading = Text(no_wrap=True, overflow="ellipsis")
            if group.speaker:
                heading.append(group.speaker, style=person)
            else:
                heading.append(UNATTRIBUTED, style="italic")
            heading.append(f"  {plural(count, 'quote')}", style="dim")
            options.append(Option(heading, id=f"speaker-{i}", disabled=True))
            shown = count if total <= ALL_QUOTES_UP_TO or i in self.expanded else QUOTES_FOLDED
            for quote in group.quotes[:shown]:
                options.append(Option(self._row(quote), id=str(len(self.shown))))
                self.shown.append(quote)
            if count > shown:
                more = Text(f"  … {count - shown:,} more", style="italic")
                more.append("  Enter shows them", style="dim")
                options.append(Option(more, id=f"more-{i}"))
        if not options:
            options.append(Option(Text("no quotes found", style="dim italic"), disabled=True))
        option_list.set_options(options)

    def _row(self, quote: Quote) -> Padding:
        row = Text.assemble(("“", "dim"), quote.text, ("”", "dim"))
        label = section_label(self.document, quote.paragraph)
        if label:
            row.append("  ")
            row.append(label, style=Style(dim=True, italic=True))
        return Padding(row, (0, 0, 0, 2))

    @property
    def highlighted_quote(self) -> Quote | None:
        option = self.option_list.highlighted_option
        if option is None or option.disabled or not (option.id or "").isdigit():
            return None
        return self.shown[int(option.id or "")]

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        if option_id.startswith("more-"):
            self._unfold(int(option_id.removeprefix("more-")))
            return
        quote = self.highlighted_quote
        if quote is not None:
            self.dismiss(quote)

    def _unfold(self, group: int) -> None:
        """Show all of a folded speaker's quotes, the cursor on the first that was hidden."""
        self.expanded.add(group)
        first_hidden = self.groups[group].quotes[QUOTES_FOLDED]
        self._fill()
        index = next(i for i, quote in enumerate(self.shown) if quote is first_hidden)
        option_list = self.option_list
        option_list.highlighted = option_list.get_option_index(str(index))

    def action_close(self) -> None:
        self.dismiss(None)

    def action_cursor_down(self) -> None:
        self.option_list.action_cursor_down()

    def action_cursor_up(self) -> None:
        self.option_list.action_cursor_up()

    def action_first(self) -> None:
        self.option_list.action_first()

    def action_last(self) -> None:
        self.option_list.action_last()
