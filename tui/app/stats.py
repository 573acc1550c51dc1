"""The stats pane: what the article is about at a glance — counts, keywords, who speaks, a chart
of where people, organisations, places and figures fall across the sections, and the top
names. A click on a name steps through its mentions, on the chart jumps to that section, on a
keyword asks for a search (messages to the app)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Static

from tui.app.legend import KIND_COMPONENT_CLASSES, kind_css, kind_styles, kind_swatch
from tui.app.messages import JumpTo, StepThroughEntity
from tui.i18n import N_, _
from tui.model import ENTITY_KINDS, Document, EntityKind, Insight, SectionInsight
from tui.text.linebreak import Wrapped
from tui.vocabulary import count_quotes, kind_label, kind_label_width, reading_time

# The kinds whose spread across sections tells a reader most: who, which bodies, where, how much.
CHART_KINDS: tuple[EntityKind, ...] = ("person", "org", "place", "number")
# How many names of each kind the pane lists; the rest are in the entity list (e).
TOP_NAMES: dict[EntityKind, int] = {
    "person": 5,
    "org": 5,
    "place": 5,
    "time": 3,
    "number": 3,
    "title": 3,
}
TOP_SPEAKERS = 5
KEYWORD_SEPARATOR = " · "
BARS = "▁▂▃▄▅▆▇█"
ANALYSING = N_("analysing…")


def _counts_table(rows: Sequence[tuple[str, str]]) -> Table:
    table = Table.grid(expand=True, padding=(0, 1, 0, 0))
    table.add_column(style="dim", no_wrap=True)
    table.add_column(justify="right", no_wrap=True)
    for label, value in rows:
        table.add_row(Text(label), Text(value))
    return table


def _heading(title: str) -> Text:
    return Text(title, style="bold underline")


def counts_renderable(document: Document, insight: Insight | None) -> RenderableType:
    """Counts of the body; before analysis, only those the Document gives exactly."""
    if insight is None:
        # The same rows as after analysis, so nothing moves when the figures arrive.
        paragraphs = document.paragraphs
        rows = [
            (_("characters"), f"{sum(len(p.text) for p in paragraphs):,}"),
            (_("Han characters"), "…"),
            (_("paragraphs"), f"{len(paragraphs):,}"),
            (_("sentences"), "…"),
            (_("sections"), f"{len(document.sections):,}"),
            (_("reading time"), "…"),
        ]
    else:
        stats = insight.stats
        rows = [
            (_("characters"), f"{stats.chars:,}"),
            (_("Han characters"), f"{stats.han_chars:,}"),
            (_("paragraphs"), f"{stats.paragraphs:,}"),
            (_("sentences"), f"{stats.sentences:,}"),
            (_("sections"), f"{stats.sections:,}"),
            (_("reading time"), reading_time(stats.reading_minutes)),
        ]
    return Group(_heading(_("Counts")), _counts_table(rows))


def names_renderable(insight: Insight, styles: dict[EntityKind, Style]) -> RenderableType:
    """The most named entities of each kind, aliases counted with their canonical name."""
    parts: list[RenderableType] = [_heading(_("Names"))]
    for kind in ENTITY_KINDS:
        counts = insight.entities.get(kind, ())
        if not counts:
            continue
        parts.append(kind_swatch(kind, styles[kind]))
        table = Table.grid(expand=True, padding=(0, 1, 0, 0))
        table.add_column(no_wrap=True, overflow="ellipsis", ratio=1)
        table.add_column(justify="right", no_wrap=True, style="dim")
        for entity in counts[: TOP_NAMES[kind]]:
            # The meta lets a click on the name step through its mentions (StatsPane.on_click).
            meta = Style(meta={"entity_kind": kind, "entity_name": entity.name})
            name = Text("  ") + Text(entity.name, style=styles[kind] + meta)
            table.add_row(name, Text(str(entity.count)))
        if len(counts) > TOP_NAMES[kind]:
            rest = _("… {count} more names").format(count=len(counts) - TOP_NAMES[kind])
            table.add_row(Text("  " + rest, style="dim"), Text())
        parts.append(table)
    if len(parts) == 1:
        parts.append(Text(_("no names found"), style="dim italic"))
    return Group(*parts)


def speakers_renderable(insight: Insight, style: Style) -> RenderableType | None:
    """Who is quoted, most first, with how many quotes (None when nobody is)."""
    if not insight.speakers:
        return None
    table = Table.grid(expand=True, padding=(0, 1, 0, 0))
    table.add_column(no_wrap=True, overflow="ellipsis", ratio=1)
    table.add_column(justify="right", no_wrap=True, style="dim")
    for speaker in insight.speakers[:TOP_SPEAKERS]:
        meta = Style(meta={"entity_kind": "person", "entity_name": speaker.speaker})
        quotes = count_quotes(len(speaker.quotes))
        table.add_row(Text(speaker.speaker, style=style + meta), Text(quotes))
    rest = len(insight.speakers) - TOP_SPEAKERS
    if rest > 0:
        table.add_row(Text(_("… {count} more (w)").format(count=rest), style="dim"), Text())
    return Group(_heading(_("Who speaks")), table)


def keywords_renderable(insight: Insight, styles: dict[EntityKind, Style]) -> RenderableType:
    """Keywords as wrapped lines; a keyword that is also a name wears its kind's colour."""
    kind_of: dict[str, EntityKind] = {}
    for kind in ENTITY_KINDS:
        for entity in insight.entities.get(kind, ()):
            kind_of.setdefault(entity.name, kind)
    if not insight.keywords:
        return Group(_heading(_("Keywords")), Text(_("none"), style="dim italic"))
    line = Text()
    for i, keyword in enumerate(insight.keywords):
        if i:
            line.append(KEYWORD_SEPARATOR, style="dim")
        kind = kind_of.get(keyword)
        where = Style(meta={"keyword": keyword})  # a click asks the app to search for it
        line.append(keyword, style=(styles[kind] if kind else Style()) + where)
    # Rows break after a separator, never inside a keyword nor before a '·'.
    return Group(_heading(_("Keywords")), Wrapped(line, separator=KEYWORD_SEPARATOR))


class SectionChart(Widget):
    """Bars of entity density (mentions per 1000 characters) of each kind, section by section.

    One row per kind, one column per section (sections are pooled into buckets when there are
    more of them than columns); each row is scaled to its own peak, so it shows where that kind
    falls rather than how it compares to the others. The section being read is marked below.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = set(KIND_COMPONENT_CLASSES) | {"section-chart--axis"}

    DEFAULT_CSS = """
    SectionChart {
        height: auto;
    }
    SectionChart > .section-chart--axis {
        color: $text-muted;
    }
    """ + kind_css("SectionChart")

    sections: reactive[tuple[SectionInsight, ...]] = reactive((), layout=True)
    current: reactive[int | None] = reactive(None)
    """Index of the section being read, marked on the axis (None: no mark)."""

    @dataclass
    class SectionClicked(Message):
        """A bar or a section number was clicked."""

        section: int  # Section.index (the first of a pooled bucket)

    def on_click(self, event: events.Click) -> None:
        section = event.style.meta.get("section")
        if section is not None:
            event.stop()
            self.post_message(self.SectionClicked(section))

    @property
    def kinds(self) -> tuple[EntityKind, ...]:
        """The charted kinds named somewhere: a row of dots only would say nothing."""
        return tuple(k for k in CHART_KINDS if any(s.mentions.get(k) for s in self.sections))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        kinds = self.kinds
        return len(kinds) + 1 if kinds else 0

    def render(self) -> Text:
        kinds = self.kinds
        if not kinds:
            return Text()
        styles = kind_styles(self)
        axis_style = self.get_component_rich_style("section-chart--axis", partial=True)
        label_width = kind_label_width() + 1
        columns = max(1, self.size.width - label_width)
        buckets = bucket_sections(self.sections, columns)
        cell = max(1, min(6, columns // len(buckets)))
        bar_width = cell - 1 if cell >= 3 else cell  # keep a gap between wide bars
        chart = Text(no_wrap=True, overflow="crop")
        for kind in kinds:
            label = kind_label(kind)
            chart.append(label + " " * (label_width - cell_len(label)), style=styles[kind])
            densities = [bucket_density(bucket, kind) for bucket in buckets]
            peak = max(densities)
            for bucket, density in zip(buckets, densities, strict=True):
                where = Style(meta={"section": bucket[0].index})  # a click jumps there
                if density == 0:
                    chart.append("·".center(bar_width), style=Style(dim=True) + where)
                else:
                    level = max(0, round(density / peak * (len(BARS) - 1)))
                    chart.append(BARS[level] * bar_width, style=styles[kind] + where)
                chart.append(" " * (cell - bar_width), style=where)
            chart.append("\n")
        chart.append_text(self._axis(buckets, cell, axis_style))
        return chart

    def _axis(self, buckets: list[list[SectionInsight]], cell: int, style: Style) -> Text:
        """Section numbers under their bars, or the first and last when they do not fit."""
        axis = Text(" " * (kind_label_width() + 1), style=style, no_wrap=True, overflow="crop")
        mark = Style(reverse=True, bold=True)
        labels = [str(bucket[0].index) for bucket in buckets]
        if all(len(label) < cell for label in labels):  # each label keeps a gap after it
            for bucket, label in zip(buckets, labels, strict=True):
                here = self.current is not None and self.current in {s.index for s in bucket}
                where = Style(meta={"section": bucket[0].index})
                axis.append(label, style=(mark if here else style) + where)
                axis.append(" " * (cell - len(label)), style=style + where)
            return axis
        width = len(buckets) * cell
        first, last = labels[0], str(buckets[-1][-1].index)
        line = [" "] * width
        line[: len(first)] = first
        line[width - len(last) :] = last
        here = None
        if self.current is not None:
            here = next(
                (i for i, b in enumerate(buckets) if self.current in {s.index for s in b}), None
            )
        for x, char in enumerate(line):
            on_mark = here is not None and here * cell <= x < here * cell + cell
            axis.append("▲" if on_mark and char == " " else char, style=mark if on_mark else style)
        return axis


def bucket_sections(sections: Sequence[SectionInsight], columns: int) -> list[list[SectionInsight]]:
    """Consecutive sections pooled into at most `columns` buckets of near-equal size."""
    count = len(sections)
    buckets = min(count, max(1, columns))
    return [
        list(sections[count * i // buckets : count * (i + 1) // buckets]) for i in range(buckets)
    ]


def bucket_density(bucket: Sequence[SectionInsight], kind: EntityKind) -> float:
    """Mentions of `kind` per 1000 characters over the pooled sections."""
    chars = sum(s.chars for s in bucket)
    mentions = sum(s.mentions.get(kind, 0) for s in bucket)
    return 1000 * mentions / chars if chars else 0.0


class StatsPane(VerticalScroll):
    """The right-hand pane. The app calls `show` with the Document at once and with the Insight
    when analysis is done; the pane never computes anything the model does not give it."""

    COMPONENT_CLASSES: ClassVar[set[str]] = set(KIND_COMPONENT_CLASSES)

    DEFAULT_CSS = """
    StatsPane {
        width: 1fr;
        height: 1fr;
        padding: 0 1;
        scrollbar-size-vertical: 1;
    }
    StatsPane > Static {
        margin-bottom: 1;
    }
    StatsPane > #stats-analysing {
        color: $text-muted;
        text-style: italic;
    }
    StatsPane > #stats-chart-caption {
        margin-bottom: 0;
    }
    StatsPane > SectionChart {
        margin-bottom: 1;
    }
    """ + kind_css("StatsPane")

    current_section: reactive[int | None] = reactive(None)
    """The section being read; the app sets it and the chart marks it."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.document: Document | None = None
        self.insight: Insight | None = None
        self.border_title = _("Stats")

    def compose(self) -> ComposeResult:
        yield Static(id="stats-counts")
        yield Static(_(ANALYSING), id="stats-analysing")
        yield Static(id="stats-keywords")
        yield Static(id="stats-speakers")
        yield Static(id="stats-chart-caption")
        yield SectionChart(id="stats-chart")
        yield Static(id="stats-names")

    def on_mount(self) -> None:
        self._refresh_content()

    def show(self, document: Document, insight: Insight | None) -> None:
        """Present `document`, with `insight` once analysis is done (None: still analysing)."""
        if document is not self.document and self.is_mounted:
            self.scroll_home(animate=False)  # another document: start at its counts
        self.document = document
        self.insight = insight
        if self.is_mounted:
            self._refresh_content()

    @dataclass
    class KeywordClicked(Message):
        """A keyword was clicked: the app may search the article for it."""

        keyword: str

    def on_click(self, event: events.Click) -> None:
        """A click on a name steps through its mentions; one on a keyword asks for a search."""
        meta = event.style.meta
        kind, name = meta.get("entity_kind"), meta.get("entity_name")
        if kind in ENTITY_KINDS and isinstance(name, str):
            event.stop()
            self.post_message(StepThroughEntity(kind, name))
        elif isinstance(keyword := meta.get("keyword"), str):
            event.stop()
            self.post_message(self.KeywordClicked(keyword))

    @on(SectionChart.SectionClicked)
    def _section_clicked(self, event: SectionChart.SectionClicked) -> None:
        """A click on the chart jumps to the section's first paragraph."""
        event.stop()
        if self.document is None:
            return
        for section in self.document.sections[event.section :]:
            if section.paragraphs:
                self.post_message(JumpTo(section.paragraphs[0].index))
                return

    def watch_current_section(self, current: int | None) -> None:
        if self.is_mounted:
            self.query_one(SectionChart).current = current

    def _refresh_content(self) -> None:
        document, insight = self.document, self.insight
        analysing = self.query_one("#stats-analysing", Static)
        names = self.query_one("#stats-names", Static)
        keywords = self.query_one("#stats-keywords", Static)
        speakers = self.query_one("#stats-speakers", Static)
        caption = self.query_one("#stats-chart-caption", Static)
        chart = self.query_one(SectionChart)
        if document is None:
            for widget in (analysing, names, keywords, speakers, caption, chart):
                widget.display = False
            return
        self.query_one("#stats-counts", Static).update(counts_renderable(document, insight))
        analysing.display = insight is None
        for widget in (names, keywords, speakers, caption, chart):
            widget.display = insight is not None
        if insight is None:
            chart.sections = ()
            return
        styles = kind_styles(self)
        names.update(names_renderable(insight, styles))
        keywords.update(keywords_renderable(insight, styles))
        who = speakers_renderable(insight, styles["person"])
        speakers.display = who is not None
        speakers.update(who or "")
        caption.update(
            Group(
                _heading(_("Across sections")),
                Text(_("mentions per 1000 characters"), style="dim"),
            )
        )
        chart.sections = insight.sections if len(insight.sections) > 1 else ()
        caption.display = chart.display = bool(chart.kinds)
        chart.current = self.current_section
