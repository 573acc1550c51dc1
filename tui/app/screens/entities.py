"""The entity list (e): every name in the article by kind with its mentions (the analysis's
groups), filterable by typing (Chinese, or pinyin such as `gz`); Enter hands (kind, name) back
to the app."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.app.legend import KIND_COMPONENT_CLASSES, kind_css, kind_styles
from tui.app.screens.filtering import FilteredListScreen
from tui.app.screens.modal import GroupedOptionList
from tui.i18n import N_, _, ngettext
from tui.model import ENTITY_KINDS, EntityGroup, EntityKind
from tui.pipeline import Analysed
from tui.text.linebreak import Wrapped
from tui.text.pinyin import TextMatcher, name_matches
from tui.vocabulary import count_mentions, count_names, kind_label

# Rows per kind before "… N more": a novel names thousands of people, and past a couple of
# hundred a list is for filtering, not scrolling (and the screen stays quick to open).
MAX_ROWS_PER_KIND = 200


def matches_filter(group: EntityGroup, query: TextMatcher) -> bool:
    """Whether the name or one of its aliases holds the query, as text or as pinyin."""
    return name_matches(query, (group.name, *group.aliases))


def context(text: str, start: int, end: int, width: int = 24) -> tuple[str, str, str]:
    """The mention with up to `width` characters either side, ellipsis where cut."""
    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    if start - width > 0:
        before = "…" + before
    if end + width < len(text):
        after = after + "…"
    return before, text[start:end], after


class EntityList(GroupedOptionList):
    """The option list of the entity screen, with kind colours from the stylesheet."""

    COMPONENT_CLASSES: ClassVar[set[str]] = GroupedOptionList.COMPONENT_CLASSES | set(
        KIND_COMPONENT_CLASSES
    )
    DEFAULT_CSS = kind_css("EntityList")


class EntityListScreen(FilteredListScreen[tuple[EntityKind, str] | None]):
    """Entities by kind with counts. Enter (or a click) dismisses with (kind, name); Escape
    (and, on the list, e or q) with None. Typing filters. Opened before the analysis is done
    (`analysed` None), it says it is finding them and fills in on `show_analysis`."""

    BINDINGS: ClassVar = [Binding("escape,e,q", "close", "Close", id="entities.close")]
    BOUND_CHARACTERS: ClassVar[frozenset[str]] = FilteredListScreen.BOUND_CHARACTERS | {"e"}
    PANEL = "entities"
    PANEL_TITLE = N_("Entities")
    FILTER_PLACEHOLDER = N_("type to filter — 汉字 or pinyin (gz, guangzhou)")
    ENTER_DOES = N_("step through mentions")

    DEFAULT_CSS = """
    EntityListScreen > #panel {
        width: 84;
        max-width: 94%;
    }
    EntityListScreen #entities-detail {
        height: auto;
        max-height: 4;
        border-top: hkey $surface-lighten-2;
    }
    """

    def __init__(self, analysed: Analysed | None) -> None:
        super().__init__()
        self.analysed = analysed
        self.shown: list[EntityGroup] = []  # the entity behind option id str(i)

    @property
    def groups(self) -> Mapping[EntityKind, tuple[EntityGroup, ...]]:
        return self.analysed.insight.entities if self.analysed else {}

    @property
    def waiting(self) -> bool:
        return self.analysed is None

    def list_widgets(self) -> ComposeResult:
        yield EntityList(id="entities-list")
        yield Static(id="entities-detail")

    def show_analysis(self, analysed: Analysed) -> None:
        """The analysis arrived while the screen was open: list its names."""
        self.analysed = analysed
        self.analysis_arrived()

    def _filter_names(self) -> Iterator[str]:
        for groups in self.groups.values():
            for group in groups:
                yield group.name
                yield from group.aliases

    def _fill(self, query: str) -> None:
        """Rebuild the options for `query`, keeping kind headings over their entities."""
        option_list = self.option_list
        styles = kind_styles(option_list)
        options: list[Option] = []
        self.shown = []
        panel = self.query_one("#panel")
        if self.analysed is None:
            panel.border_subtitle = ""
            finding = Text(_("finding the names… (the list opens when the analysis is done)"))
            finding.stylize("dim italic")
            option_list.set_options([Option(finding, disabled=True)])
            return
        panel.border_subtitle = count_names(self.analysed.insight.names)
        matcher = TextMatcher(query)
        for kind in ENTITY_KINDS:
            groups = [g for g in self.groups.get(kind, ()) if matches_filter(g, matcher)]
            if not groups:
                continue
            mentions = sum(g.count for g in groups)
            heading = Text.assemble(
                ("● ", styles[kind]),
                (kind_label(kind), styles[kind]),
                (f"  {count_names(len(groups))} · {count_mentions(mentions)}", "dim"),
            )
            options.append(Option(heading, id=f"kind-{kind}", disabled=True))
            for group in groups[:MAX_ROWS_PER_KIND]:
                options.append(Option(self._row(group, styles[kind]), id=str(len(self.shown))))
                self.shown.append(group)
            if len(groups) > MAX_ROWS_PER_KIND:
                rest = len(groups) - MAX_ROWS_PER_KIND
                more = Text(
                    "       " + _("… {count} more: type to filter").format(count=f"{rest:,}"),
                    style="dim italic",
                )
                options.append(Option(more, id=f"more-{kind}", disabled=True))
        if not options:
            none = _("no entities found") if query == "" else _("nothing matches the filter")
            options.append(Option(Text(none, style="dim italic"), disabled=True))
        option_list.set_options(options)
        option_list.action_first()  # the first enabled option: headings are disabled
        self._show_detail()

    @staticmethod
    def _row(group: EntityGroup, style: Style) -> Text:
        row = Text(no_wrap=True, overflow="ellipsis")
        row.append(f"{group.count:>5}  ", style="dim")
        row.append(group.name, style=style)
        if group.aliases:
            row.append("  " + _("also") + " ", style="dim")
            row.append(", ".join(group.aliases), style="dim italic")
        return row

    @property
    def highlighted_group(self) -> EntityGroup | None:
        option = self.option_list.highlighted_option
        if option is None or option.disabled or option.id is None:
            return None
        return self.shown[int(option.id)]

    def _show_detail(self) -> None:
        """Where the highlighted entity is mentioned: its sections and its first mention."""
        detail = self.query_one("#entities-detail", Static)
        group = self.highlighted_group
        if group is None:
            detail.update("")
            return
        style = kind_styles(self.option_list)[group.kind]
        analysed = self.analysed
        assert analysed is not None  # an entity is highlighted: its analysis is in
        line = Text(count_mentions(group.count), style="bold")
        if group.sections:
            where = ngettext("in section {sections}", "in sections {sections}", len(group.sections))
            line.append("  " + where.format(sections=_ranges(group.sections)), style="dim")
        first = _first_mention(analysed, group)
        if first is not None:
            text, start, end = first
            before, mention, after = context(text, start, end)
            line.append("\n")
            line.append_text(Text.assemble(before, (mention, style + Style(underline=True)), after))
        detail.update(Wrapped(line))

    @on(OptionList.OptionHighlighted)
    def _highlighted(self) -> None:
        self._show_detail()

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose()

    def _choose(self) -> None:
        group = self.highlighted_group
        if group is not None:
            self.dismiss((group.kind, group.name))


def _ranges(numbers: Iterable[int]) -> str:
    """'0–2, 5, 7–8' from ascending section numbers."""
    spans: list[list[int]] = []
    for n in numbers:
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in spans)


def _first_mention(analysed: Analysed, group: EntityGroup) -> tuple[str, int, int] | None:
    """(text, start, end) of the group's first mention in the body, or else in a heading."""
    document, annotations = analysed.document, analysed.annotations
    if group.mentions:
        entity = annotations.entities[group.mentions[0]]
        paragraphs = document.paragraphs
        if 0 <= entity.paragraph < len(paragraphs):
            return paragraphs[entity.paragraph].text, entity.start, entity.end
        return None
    if group.headings:
        mention = annotations.headings[group.headings[0]]
        sections = document.sections
        if 0 <= mention.section < len(sections):
            section = sections[mention.section]
            text = section.title if mention.part == "title" else section.subtitle
            return (text or "", mention.start, mention.end)
    return None
