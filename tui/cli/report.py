"""Rich renderables for people: the summary page, the outline, entity tables, search matches.

Every piece of text that comes from a file goes into a `Text` (never a markup string), so a
title such as "[bold]x[/bold]" is shown as written. The views fit 80 columns.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from rich import box
from rich.console import Group, RenderableType
from rich.constrain import Constrain
from rich.panel import Panel
from rich.rule import Rule
from rich.style import Style
from rich.table import Table
from rich.text import Text

from tui.model import (
    ENTITY_KINDS,
    Document,
    EntityGroup,
    EntityKind,
    Insight,
    Paragraph,
)
from tui.text.linebreak import Wrapped
from tui.text.search import Match
from tui.vocabulary import KIND_LABEL, KIND_STYLE, document_title, reading_time, section_label

SEPARATOR = " · "  # between the items of a list on the page
MAX_WIDTH = 100  # wider than this, lines get hard to read; a pipe gets 80
EDITOR_LABEL = "编辑"  # before the editors' names, so that they are not read as the authors
NAMES_PER_KIND = 8
QUOTES_PER_SPEAKER = 3
SPEAKERS_SHOWN = 8
OUTLINE_ROWS = 24  # a novel's 121 chapters are for `tui sections`; the page stays a page
QUOTE_CHARS = 80  # a longer quote is cut, with …, on the summary page
BAR_CELLS = 8
FIGURE_KINDS: tuple[EntityKind, ...] = ("person", "org", "place", "number")  # per section
_BLOCKS = " ▏▎▍▌▋▊▉█"


# --- small pieces ------------------------------------------------------------------------


def _meta_line(document: Document) -> Text:
    """date · source · authors · 编辑 editors, as far as the page gives them."""
    meta = document.meta
    editors = f"{EDITOR_LABEL} {'、'.join(meta.editors)}" if meta.editors else None
    parts = [p for p in (meta.date, meta.source, "、".join(meta.authors) or None, editors) if p]
    return Text(SEPARATOR.join(parts), style="dim")


def _heading(title: str) -> Rule:
    return Rule(Text(title, style="bold"), align="left", style="dim")


def _bar(value: float, top: float) -> Text:
    """A horizontal bar of up to BAR_CELLS cells, in eighths of a cell."""
    eighths = round(BAR_CELLS * 8 * value / top) if top > 0 else 0
    full, part = divmod(eighths, 8)
    return Text("█" * full + (_BLOCKS[part] if part else ""), style="cyan")


def _figure(n: int) -> str:
    return f"{n:,}"


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _names(counts: Sequence[EntityGroup], limit: int = NAMES_PER_KIND) -> Text:
    """ "张三 6 · 某某集团股份有限公司 3 (某某集团) · …": names with their counts."""
    line = Text()
    for i, entity in enumerate(counts[:limit]):
        if i:
            line.append(SEPARATOR, style="dim")
        line.append(entity.name)
        line.append(f" {entity.count}", style="dim")
        if entity.aliases:
            line.append(f" ({'、'.join(entity.aliases)})", style="dim italic")
    if len(counts) > limit:
        line.append(f"{SEPARATOR}+{len(counts) - limit}", style="dim")
    return line


# --- the outline -------------------------------------------------------------------------


def outline_table(document: Document) -> Table:
    table = Table(
        box=box.SIMPLE_HEAD, show_header=True, header_style="bold", pad_edge=False, show_edge=False
    )
    table.add_column("#", justify="right")
    table.add_column("章节", overflow="fold")
    table.add_column("副题", style="dim", overflow="fold")
    table.add_column("段", justify="right")
    table.add_column("字", justify="right")
    table.add_column("行", justify="right", style="dim")
    for s in document.sections:
        first_line = s.line or (s.paragraphs[0].line if s.paragraphs else None)
        table.add_row(
            str(s.index),
            Text(section_label(s.title)),
            Text(s.subtitle or ""),
            str(len(s.paragraphs)),
            _figure(s.chars),
            str(first_line) if first_line else "",
        )
    return table


def sections_view(document: Document) -> RenderableType:
    """The outline under the document's title, file name (which says where it is from when
    several documents are listed) and meta line."""
    heading = Text(document_title(document), style="bold")
    heading.append(f"  {document.name}", style="dim not bold")
    meta = _meta_line(document)
    lines = [heading, meta] if meta else [heading]
    return Constrain(Group(*lines, outline_table(document)), MAX_WIDTH)


def section_figures(insight: Insight) -> Table:
    """The outline with, per section, its size and where the names fall (mentions/1000 chars)."""
    table = Table(
        box=box.SIMPLE_HEAD,
        header_style="bold",
        pad_edge=False,
        show_edge=False,
        padding=(0, 1, 0, 0),
    )
    table.add_column("#", justify="right", no_wrap=True)
    # The title gives way (cut with …) so the figures always fit in 80 columns.
    table.add_column("章节", overflow="ellipsis", no_wrap=True, max_width=20, ratio=1)
    table.add_column("段", justify="right", no_wrap=True)
    table.add_column("字", justify="right", no_wrap=True)
    for kind in FIGURE_KINDS:
        table.add_column(
            Text(KIND_LABEL[kind], style=KIND_STYLE[kind]), justify="right", no_wrap=True
        )
    table.add_column("每千字提及", justify="right", no_wrap=True)
    table.add_column("", no_wrap=True, min_width=BAR_CELLS)
    top = max((s.density for s in insight.sections), default=0.0)
    for s in insight.sections[:OUTLINE_ROWS]:
        title = Text(section_label(s.title))
        if s.subtitle:
            title.append(f" {s.subtitle}", style="dim")
        table.add_row(
            str(s.index),
            title,
            str(s.paragraphs),
            _figure(s.chars),
            *(str(s.mentions.get(kind, 0) or "") for kind in FIGURE_KINDS),
            f"{s.density:.0f}",
            _bar(s.density, top),
        )
    return table


# --- the summary page --------------------------------------------------------------------


def _url_line(url: str) -> Text:
    """The page's address, folded at the panel's edge; a web address is also a hyperlink (OSC
    8), so a terminal opens it whole however it folds. No other scheme from a page is linked."""
    style = Style(underline=True, dim=True)
    if url.lower().startswith(("http://", "https://")) and not _URL_BREAK.search(url):
        style += Style(link=url)
    return Text(url, style=style, overflow="fold")


_URL_BREAK = re.compile(r"\s")


def _header(document: Document, insight: Insight) -> Panel:
    stats = insight.stats
    title = Text(document_title(document), style="bold")
    lines: list[RenderableType] = [Wrapped(title)]
    meta = _meta_line(document)
    if meta:
        lines.append(Wrapped(meta))
    if document.meta.category:
        lines.append(Wrapped(Text(f"栏目：{document.meta.category}", style="dim")))
    if document.meta.url:
        lines.append(_url_line(document.meta.url))
    lines.append(
        Text(
            f"{_figure(stats.chars)} 字（汉字 {_figure(stats.han_chars)}）· "
            f"{_figure(stats.paragraphs)} 段 · {_figure(stats.sentences)} 句 · "
            f"{stats.sections} 节 · "
            f"阅读{reading_time(stats.reading_minutes)}"
        )
    )
    return Panel(
        Group(*lines), box=box.ROUNDED, title=Text(document.name, style="dim"), title_align="right"
    )


def entities_block(insight: Insight) -> Table:
    table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 1, 0, 0))
    table.add_column(no_wrap=True)
    table.add_column(overflow="fold")
    for kind in ENTITY_KINDS:
        counts = insight.entities.get(kind, ())
        if counts:
            label = Text(KIND_LABEL[kind], style=KIND_STYLE[kind])
            table.add_row(label, Wrapped(_names(counts), separator=SEPARATOR))
    return table


def _numbered(lines: Sequence[str]) -> Table:
    table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 1, 0, 0))
    table.add_column(justify="right", style="dim", no_wrap=True)
    table.add_column(overflow="fold")
    for i, line in enumerate(lines, 1):
        table.add_row(f"{i}.", Wrapped(line))
    return table


def speakers_block(document: Document, insight: Insight) -> Table:
    """Who said what: each speaker with how often, then their words (first few, cut short)."""
    paragraphs = document.paragraphs
    table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 1, 0, 0))
    table.add_column(no_wrap=True)
    table.add_column(overflow="fold")
    for group in insight.speakers[:SPEAKERS_SHOWN]:
        table.add_row(
            Text(group.speaker, style=KIND_STYLE["person"]),
            Text(f"{len(group.quotes)} 处引语", style="dim"),
        )
        for quote in group.quotes[:QUOTES_PER_SPEAKER]:
            where = Text(f"§{paragraphs[quote.paragraph].section}", style="dim")
            table.add_row(where, Wrapped(f"“{_cut(quote.text, QUOTE_CHARS)}”"))
        if len(group.quotes) > QUOTES_PER_SPEAKER:
            more = len(group.quotes) - QUOTES_PER_SPEAKER
            table.add_row("", Text(f"… 另有 {more} 处", style="dim"))
    others = insight.speakers[SPEAKERS_SHOWN:]
    if others:
        quotes = sum(len(group.quotes) for group in others)
        table.add_row("", Text(f"… 另有 {len(others)} 位说话人，{quotes} 处引语", style="dim"))
    return table


def summary_view(document: Document, insight: Insight) -> RenderableType:
    """One document on one page: header, outline, names, keywords, key sentences, speakers."""
    parts: list[RenderableType] = [_header(document, insight)]
    if insight.sections:
        parts += [_heading("大纲"), section_figures(insight)]
        if len(insight.sections) > OUTLINE_ROWS:
            more = len(insight.sections) - OUTLINE_ROWS
            parts.append(Text(f"… 另有 {more} 节（tui sections 列出全部）", style="dim"))
    if any(insight.entities.get(kind) for kind in ENTITY_KINDS):
        parts += [_heading("提及最多"), entities_block(insight)]
    if insight.keywords:
        keywords = Wrapped(SEPARATOR.join(insight.keywords), separator=SEPARATOR)
        parts += [_heading("关键词"), keywords]
    if insight.summary:
        parts += [_heading("要点"), _numbered(insight.summary)]
    if insight.speakers:
        parts += [_heading("谁说了什么"), speakers_block(document, insight)]
    return Constrain(Group(*parts), MAX_WIDTH)


# --- several documents -------------------------------------------------------------------


class CorpusTotals:
    """What the corpus block sums up, gathered document by document (a corpus streams past:
    its documents are not kept)."""

    def __init__(self) -> None:
        self.documents = 0
        self.chars = 0
        self.sentences = 0
        self.minutes = 0.0
        self.mentions: dict[str, Counter[str]] = defaultdict(Counter)  # kind -> name -> count
        self.naming: dict[str, Counter[str]] = defaultdict(Counter)  # kind -> name -> documents

    def add(self, insight: Insight) -> None:
        self.documents += 1
        self.chars += insight.stats.chars
        self.sentences += insight.stats.sentences
        self.minutes += insight.stats.reading_minutes
        for kind in CORPUS_KINDS:
            for group in insight.entities.get(kind, ()):
                self.mentions[kind][group.name] += group.count
                self.naming[kind][group.name] += 1


CORPUS_KINDS: tuple[EntityKind, ...] = ("person", "place", "org")


def corpus_view(totals: CorpusTotals) -> RenderableType:
    """One block for a set of documents: their size, and the people, places and organisations
    named most across them (by mentions, then by how many documents name them)."""
    lines: list[RenderableType] = [
        Text(
            f"{totals.documents} 篇 · {_figure(totals.chars)} 字 · "
            f"{totals.sentences:,} 句 · 阅读{reading_time(totals.minutes)}",
            style="bold",
        )
    ]
    table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 1, 0, 0))
    table.add_column(no_wrap=True)
    table.add_column(overflow="fold")
    for kind in CORPUS_KINDS:
        across = _across(totals.mentions[kind], totals.naming[kind])
        if across:
            label = Text(KIND_LABEL[kind], style=KIND_STYLE[kind])
            table.add_row(label, Wrapped(across, separator=SEPARATOR))
    if table.row_count:
        lines.append(table)
    return Constrain(
        Panel(Group(*lines), box=box.ROUNDED, title=Text("合计", style="bold"), title_align="left"),
        MAX_WIDTH,
    )


def _across(mentions: Counter[str], documents: Counter[str]) -> Text:
    ranked = sorted(mentions, key=lambda name: (-mentions[name], -documents[name]))
    line = Text()
    for i, name in enumerate(ranked[:NAMES_PER_KIND]):
        if i:
            line.append(SEPARATOR, style="dim")
        line.append(name)
        detail = f" {mentions[name]}"
        if documents[name] > 1:
            detail += f"（{documents[name]} 篇）"
        line.append(detail, style="dim")
    return line


# --- entities and search -----------------------------------------------------------------


def entities_view(
    insight: Insight, kinds: Sequence[EntityKind] = ENTITY_KINDS, file: str | None = None
) -> RenderableType:
    """Each named thing once, with its kind, its mentions and the other names it goes by;
    under the document's file name when the results come from several."""
    table = Table(box=box.SIMPLE_HEAD, header_style="bold", pad_edge=False, show_edge=False)
    if file is not None:
        table.title = Text(file, style="bold")
        table.title_justify = "left"
    table.add_column("类别", no_wrap=True)
    table.add_column("名称", overflow="fold")
    table.add_column("次数", justify="right")
    table.add_column("又称", style="dim", overflow="fold")
    for kind in ENTITY_KINDS:
        if kind not in kinds:
            continue
        for group in insight.entities.get(kind, ()):
            table.add_row(
                Text(KIND_LABEL[kind], style=KIND_STYLE[kind]),
                Text(group.name),
                str(group.count),
                Text("、".join(group.aliases)),
            )
    return Constrain(table, MAX_WIDTH)


def match_line(
    paragraph: Paragraph, match: Match, file: str | None = None, context: int = 20
) -> Text:
    """One match as "LINE: …context **match** context…" (as grep prints it, "FILE:LINE: …"
    when the matches come from several documents): the match in its words."""
    start, end = max(0, match.start - context), min(len(paragraph.text), match.end + context)
    where = f"{file}:{paragraph.line}: " if file is not None else f"{paragraph.line}: "
    line = Text(where, style="dim")
    if start > 0:
        line.append("…", style="dim")
    line.append(paragraph.text[start : match.start])
    line.append(match.text, style="bold reverse")
    line.append(paragraph.text[match.end : end])
    if end < len(paragraph.text):
        line.append("…", style="dim")
    return line
