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

from tui.kinds import KIND_LABEL, KIND_STYLE
from tui.model import (
    ENTITY_KINDS,
    Document,
    Entity,
    EntityCount,
    EntityKind,
    Insight,
    Paragraph,
)
from tui.text.linebreak import Wrapped
from tui.text.search import Match

SEPARATOR = " · "  # between the items of a list on the page
MAX_WIDTH = 100  # wider than this, lines get hard to read; a pipe gets 80
LEAD_TITLE = "导语"  # what the lead (the paragraphs before the first heading) is called
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


def _names(counts: Sequence[EntityCount], limit: int = NAMES_PER_KIND) -> Text:
    """ "张三 6 · 某某集团股份有限公司 3 (某某集团) · …": names with their counts."""
    line = Text()
    for i, entity in enumerate(counts[:limit]):
        if i:
            line.append(SEPARATOR, style="dim")
        line.append(entity.text)
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
            Text(s.title or LEAD_TITLE),
            Text(s.subtitle or ""),
            str(len(s.paragraphs)),
            _figure(s.chars),
            str(first_line) if first_line else "",
        )
    return table


def sections_view(document: Document) -> RenderableType:
    title = Text(document.meta.title or document.name, style="bold")
    meta = _meta_line(document)
    lines = [title, meta] if meta else [title]
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
        title = Text(s.title or LEAD_TITLE)
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
    title = Text(document.meta.title or document.name, style="bold")
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
            f"阅读{_reading_time(stats.reading_minutes)}"
        )
    )
    return Panel(
        Group(*lines), box=box.ROUNDED, title=Text(document.name, style="dim"), title_align="right"
    )


def _reading_time(minutes: float) -> str:
    if minutes < 1:
        return "不到 1 分钟"
    if minutes < 90:
        return f"约 {minutes:.0f} 分钟"
    return f"约 {minutes / 60:.1f} 小时"


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
    section_of = {p.index: p.section for p in document.iter_paragraphs()}
    table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 1, 0, 0))
    table.add_column(no_wrap=True)
    table.add_column(overflow="fold")
    for group in insight.speakers[:SPEAKERS_SHOWN]:
        table.add_row(
            Text(group.speaker, style=KIND_STYLE["person"]),
            Text(f"{len(group.quotes)} 处引语", style="dim"),
        )
        for quote in group.quotes[:QUOTES_PER_SPEAKER]:
            section = section_of.get(quote.paragraph)
            where = Text(f"§{section}" if section is not None else "", style="dim")
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


def corpus_view(analysed: Sequence[tuple[Document, Insight]]) -> RenderableType:
    """One block for a set of documents: their size, and the people, places and organisations
    named most across them (by mentions, then by how many documents name them)."""
    chars = sum(insight.stats.chars for _, insight in analysed)
    minutes = sum(insight.stats.reading_minutes for _, insight in analysed)
    lines: list[RenderableType] = [
        Text(
            f"{len(analysed)} 篇 · {_figure(chars)} 字 · "
            f"{sum(i.stats.sentences for _, i in analysed):,} 句 · 阅读{_reading_time(minutes)}",
            style="bold",
        )
    ]
    table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 1, 0, 0))
    table.add_column(no_wrap=True)
    table.add_column(overflow="fold")
    for kind in ("person", "place", "org"):
        across = _across(analysed, kind)
        if across:
            label = Text(KIND_LABEL[kind], style=KIND_STYLE[kind])
            table.add_row(label, Wrapped(across, separator=SEPARATOR))
    if table.row_count:
        lines.append(table)
    return Constrain(
        Panel(Group(*lines), box=box.ROUNDED, title=Text("合计", style="bold"), title_align="left"),
        MAX_WIDTH,
    )


def _across(analysed: Sequence[tuple[Document, Insight]], kind: str) -> Text:
    mentions: Counter[str] = Counter()
    documents: defaultdict[str, int] = defaultdict(int)
    for _, insight in analysed:
        for entity in insight.entities.get(kind, ()):  # type: ignore[call-overload]
            mentions[entity.text] += entity.count
            documents[entity.text] += 1
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


def entities_view(document: Document, entities: list[Entity]) -> RenderableType:
    """Each named thing once, with its kind, its mentions and the other names it goes by."""
    counts = Counter((e.kind, e.name) for e in entities)
    aliases: defaultdict[tuple[str, str], dict[str, None]] = defaultdict(dict)
    for e in entities:
        if e.text != e.name:
            aliases[e.kind, e.name][e.text] = None
    table = Table(box=box.SIMPLE_HEAD, header_style="bold", pad_edge=False, show_edge=False)
    table.add_column("类别", no_wrap=True)
    table.add_column("名称", overflow="fold")
    table.add_column("次数", justify="right")
    table.add_column("又称", style="dim", overflow="fold")
    order = {kind: i for i, kind in enumerate(ENTITY_KINDS)}
    for (kind, name), count in sorted(counts.items(), key=lambda kv: (order[kv[0][0]], -kv[1])):
        table.add_row(
            Text(KIND_LABEL[kind], style=KIND_STYLE[kind]),
            Text(name),
            str(count),
            Text("、".join(aliases[kind, name])),
        )
    return Constrain(table, MAX_WIDTH)


def match_line(paragraph: Paragraph, match: Match, context: int = 20) -> Text:
    """One match as "LINE: …context **match** context…": the line, the match in its words."""
    start, end = max(0, match.start - context), min(len(paragraph.text), match.end + context)
    line = Text(f"{paragraph.line}: ", style="dim")
    if start > 0:
        line.append("…", style="dim")
    line.append(paragraph.text[start : match.start])
    line.append(match.text, style="bold reverse")
    line.append(paragraph.text[match.end : end])
    if end < len(paragraph.text):
        line.append("…", style="dim")
    return line
