"""Who said what (w): the article's quotes by speaker (the analysis's groups, as the stats pane
has them), most quoted first, unattributed last; Enter on a quote hands it back to the app,
which scrolls to it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, NamedTuple

from rich.padding import Padding
from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui import vocabulary
from tui.app.legend import KIND_COMPONENT_CLASSES, kind_css, kind_styles
from tui.app.screens.filtering import FilteredListScreen
from tui.app.screens.modal import GroupedOptionList
from tui.i18n import N_, _
from tui.model import Document, Insight, Quote, SpeakerQuotes
from tui.text.linebreak import Wrapped
from tui.text.pinyin import name_matches
from tui.vocabulary import count_quotes, count_speakers

UNATTRIBUTED = N_("speaker unknown")
# A novel quotes thousands of lines: past this many quotes in all, each speaker shows the
# first few and a "… N more" row that unfolds the rest (drawing every row would take seconds).
ALL_QUOTES_UP_TO = 300
QUOTES_FOLDED = 3


def section_label(document: Document, paragraph: int) -> str:
    """'§2 人才流动' for the section holding body paragraph `paragraph`."""
    try:
        section = document.sections[document.section_of(paragraph)]
    except IndexError:
        return ""
    return f"§{section.index} {vocabulary.section_label(section.title, section.heading)}"


class Unattributed(NamedTuple):
    """The quotes no speaker was found for, listed last as a group of their own."""

    quotes: tuple[Quote, ...]
    speaker: None = None


class QuoteList(GroupedOptionList):
    """The option list of the quotes screen; speakers wear the person colour."""

    COMPONENT_CLASSES: ClassVar[set[str]] = GroupedOptionList.COMPONENT_CLASSES | set(
        KIND_COMPONENT_CLASSES
    )
    DEFAULT_CSS = kind_css("QuoteList")


class QuotesScreen(FilteredListScreen[Quote | None]):
    """Enter (or a click) on a quote dismisses with it; Escape (and, on the list, w or q) with
    None. Typing filters by speaker (汉字 or pinyin) or by words of the quote. Opened before the
    analysis is done (`insight` None), it says so and fills in on `show_analysis`."""

    BINDINGS: ClassVar = [Binding("escape,w,q", "close", "Close", id="quotes.close")]
    BOUND_CHARACTERS: ClassVar[frozenset[str]] = FilteredListScreen.BOUND_CHARACTERS | {"w"}
    PANEL = "quotes"
    PANEL_TITLE = N_("Who said what")
    FILTER_PLACEHOLDER = N_("type to filter — a speaker (汉字 or pinyin) or words said")
    ENTER_DOES = N_("jump to the quote")

    def __init__(self, document: Document, insight: Insight | None) -> None:
        super().__init__()
        self.document = document
        self.insight = insight
        self.groups: tuple[SpeakerQuotes | Unattributed, ...] = ()
        self.shown: list[Quote] = []  # the quote behind option id str(i)
        self.expanded: set[int] = set()  # groups unfolded by the reader
        if insight is not None:
            self._group(insight)

    def _group(self, insight: Insight) -> None:
        # Speakers most quoted first, then the quotes nobody could be named for.
        self.groups = (*insight.speakers,)
        if insight.unattributed:
            self.groups += (Unattributed(insight.unattributed),)

    @property
    def waiting(self) -> bool:
        return self.insight is None

    def list_widgets(self) -> ComposeResult:
        yield QuoteList(id="quotes-list")

    def show_analysis(self, insight: Insight) -> None:
        """The analysis arrived while the screen was open: list its quotes."""
        self.insight = insight
        self._group(insight)
        self.analysis_arrived()

    def _filter_names(self) -> Iterator[str]:
        return (group.speaker for group in self.groups if group.speaker)

    def _matching(self, group: SpeakerQuotes | Unattributed, query: str) -> tuple[Quote, ...]:
        """All of a speaker's quotes when the speaker matches, else those containing the query."""
        if not query.strip() or (group.speaker and name_matches(query, (group.speaker,))):
            return group.quotes
        needle = query.strip().lower()
        return tuple(quote for quote in group.quotes if needle in quote.text.lower())

    def _fill(self, query: str) -> None:
        """Build the rows: each speaker's heading, then the quotes shown for them."""
        option_list = self.option_list
        person = kind_styles(option_list)["person"]
        panel = self.query_one("#panel")
        if self.insight is None:
            finding = Text(_("finding the quotes… (the list opens when the analysis is done)"))
            finding.stylize("dim italic")
            option_list.set_options([Option(finding, disabled=True)])
            return
        quotes = sum(len(g.quotes) for g in self.groups)
        speakers = sum(1 for g in self.groups if g.speaker)
        panel.border_subtitle = f"{count_quotes(quotes)} · {count_speakers(speakers)}"
        matching = [self._matching(group, query) for group in self.groups]
        fold = sum(map(len, matching)) > ALL_QUOTES_UP_TO
        options: list[Option | None] = []
        self.shown = []
        for i, (group, quotes) in enumerate(zip(self.groups, matching, strict=True)):
            if not quotes:
                continue
            if options:
                options.append(None)  # a rule between speakers
            heading = Text(no_wrap=True, overflow="ellipsis")
            if group.speaker:
                heading.append(group.speaker, style=person)
            else:
                heading.append(_(UNATTRIBUTED), style="italic")
            count = count_quotes(len(quotes))
            if len(quotes) < len(group.quotes):
                count = _("{shown} of {all}").format(
                    shown=f"{len(quotes):,}", all=count_quotes(len(group.quotes))
                )
            heading.append(f"  {count}", style="dim")
            options.append(Option(heading, id=f"speaker-{i}", disabled=True))
            shown = QUOTES_FOLDED if fold and i not in self.expanded else len(quotes)
            for quote in quotes[:shown]:
                options.append(Option(self._row(quote), id=str(len(self.shown))))
                self.shown.append(quote)
            if len(quotes) > shown:
                rest = f"{len(quotes) - shown:,}"
                more = Text("  " + _("… {count} more").format(count=rest), style="italic")
                more.append("  " + _("Enter shows them"), style="dim")
                options.append(Option(more, id=f"more-{i}"))
        if not options:
            none = _("no quotes found") if not query.strip() else _("nothing matches the filter")
            options.append(Option(Text(none, style="dim italic"), disabled=True))
        option_list.set_options(options)
        option_list.action_first()

    def _row(self, quote: Quote) -> Padding:
        row = Text.assemble(("“", "dim"), quote.text, ("”", "dim"))
        label = section_label(self.document, quote.paragraph)
        if label:
            row.append("  ")
            row.append(label, style=Style(dim=True, italic=True))
        return Padding(Wrapped(row), (0, 0, 0, 2))

    @property
    def highlighted_quote(self) -> Quote | None:
        option = self.option_list.highlighted_option
        if option is None or option.disabled or not (option.id or "").isdigit():
            return None
        return self.shown[int(option.id or "")]

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose()

    def _choose(self) -> None:
        """Enter on a quote dismisses with it; on a "… N more" row unfolds that speaker."""
        option = self.option_list.highlighted_option
        option_id = (option.id or "") if option is not None else ""
        if option_id.startswith("more-"):
            self._unfold(int(option_id.removeprefix("more-")))
            return
        quote = self.highlighted_quote
        if quote is not None:
            self.dismiss(quote)

    def _unfold(self, group: int) -> None:
        """Show all of a folded speaker's quotes, the cursor on the first that was hidden."""
        self.expanded.add(group)
        query = self.filter_input.value
        first_hidden = self._matching(self.groups[group], query)[QUOTES_FOLDED]
        self._fill(query)
        index = next(i for i, quote in enumerate(self.shown) if quote is first_hidden)
        option_list = self.option_list
        option_list.highlighted = option_list.get_option_index(str(index))
