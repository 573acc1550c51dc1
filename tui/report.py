"""Human-readable renderings of a summary and an outline: rich renderables for a terminal."""

from __future__ import annotations

from collections import Counter

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from tui.model import Document, Entity, Insight, Paragraph, Quote
from tui.search import Match


def _meta_line(document: Document) -> Text:
    meta = document.meta
    parts = [p for p in (meta.date, meta.source, "、".join(meta.authors) or None) if p]
    return Text(" · ".join(parts), style="dim")


def outline_table(document: Document) -> Table:
    table = Table(box=None, show_header=True, header_style="bold", pad_edge=False)
    table.add_column("#", justify="right")
    table.add_column("section")
    table.add_column("subtitle", style="dim")
    table.add_column("paras", justify="right")
    table.add_column("chars", justify="right")
    for s in document.sections:
        table.add_row(
            str(s.index),
            Text(s.title or "导语"),
            Text(s.subtitle or ""),
            str(len(s.paragraphs)),
            str(s.chars),
        )
    return table


def sections_view(document: Document) -> RenderableType:
    return Group(Text(document.meta.title or document.name, style="bold"), outline_table(document))


def summary_view(document: Document, insight: Insight, quotes: tuple[Quote, ...]) -> RenderableType:
    stats = insight.stats
    parts: list[RenderableType] = [
        Text(document.meta.title or document.name, style="bold"),
        _meta_line(document),
        Text(
            f"{stats.han_chars} 字 · {stats.paragraphs} 段 · {stats.sections} 节 · "
            f"约 {stats.reading_minutes} 分钟",
        ),
        outline_table(document),
    ]
    if insight.summary:
        parts.append(Text("摘要", style="bold"))
        parts.extend(Text(f"  {s}") for s in insight.summary)
    return Group(*parts)


def entities_view(document: Document, entities: list[Entity]) -> RenderableType:
    counts = Counter((e.kind, e.name) for e in entities)
    table = Table(box=None, show_header=True, header_style="bold", pad_edge=False)
    table.add_column("kind")
    table.add_column("entity")
    table.add_column("count", justify="right")
    for (kind, name), count in sorted(counts.items(), key=lambda kv: (kv[0][0], -kv[1])):
        table.add_row(kind, Text(name), str(count))
    return table


def match_line(paragraph: Paragraph, match: Match) -> Text:
    before = paragraph.text[max(0, match.start - 20) : match.start]
    after = paragraph.text[match.end : match.end + 20]
    line = Text(f"{paragraph.line}: ", style="dim")
    line.append(before)
    line.append(match.text, style="bold reverse")
    line.append(after)
    return line
