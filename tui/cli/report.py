"""Rich renderables for people: the summary page, the outline, entity tables, search matches.

Every piece of text that comes from a file goes into a `Text` (never a markup string), so a
title such as "[bold]x[/bold]" is shown as written. The views fit 80 columns.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich import box
from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.constrain import Constrain
from rich.panel import Panel
from rich.rule import Rule
from rich.style import Style
from rich.table import Table
from rich.text import Text

from tui.i18n import _, ngettext
from tui.model import (
    ENTITY_KINDS,
    Document,
    EntityGroup,
    EntityKind,
    Insight,
    Paragraph,
)
from tui.text.linebreak import Wrapped
from tui.vocabulary import (
    KIND_STYLE,
    count_paragraphs,
    count_quotes,
    count_sections,
    count_sentences,
    document_title,
    kind_label,
    reading_time,
    section_label,
)

if TYPE_CHECKING:  # search loads the pinyin matcher: only `tui search` pays for it
    from tui.text.search import Match

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
    table.add_column(_("section"), overflow="fold")
    table.add_column(_("subtitle"), style="dim", overflow="fold")
    table.add_column(_("paras"), justify="right")
    table.add_column(_("chars"), justify="right")
    table.add_column(_("line"), justify="right", style="dim")
    for s in document.sections:
        first_line = s.line or (s.paragraphs[0].line if s.paragraphs else None)
        table.add_row(
            str(s.index),
            Text(section_label(s.title, s.heading)),
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
    # The title gives way (cut with …) so the figures always fit in 80 columns; the headers of
    # the figures keep their width (a column of small numbers would cut 机构 to 机…).
    table.add_column(_("section"), overflow="ellipsis", no_wrap=True, max_width=20, ratio=1)
    table.add_column(_("paras"), justify="right", no_wrap=True, min_width=cell_len(_("paras")))
    table.add_column(_("chars"), justify="right", no_wrap=True, min_width=cell_len(_("chars")))
    for kind in FIGURE_KINDS:
        label = kind_label(kind)
        table.add_column(
            Text(label, style=KIND_STYLE[kind]),
            justify="right",
            no_wrap=True,
            min_width=cell_len(label),
        )
    per_1000 = _("per 1000")
    table.add_column(per_1000, justify="right", no_wrap=True, min_width=cell_len(per_1000))
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
        category = _("Category: {category}").format(category=document.meta.category)
        lines.append(Wrapped(Text(category, style="dim")))
    if document.meta.url:
        lines.append(_url_line(document.meta.url))
    lines.append(
        Text(
            _(
                "{chars} characters ({han} Han) · {paragraphs} · {sentences} · {sections} · "
                "reading {time}"
            ).format(
                chars=_figure(stats.chars),
                han=_figure(stats.han_chars),
                paragraphs=count_paragraphs(stats.paragraphs),
                sentences=count_sentences(stats.sentences),
                sections=count_sections(stats.sections),
                time=reading_time(stats.reading_minutes),
            )
        )
    )
    if not document.paragraphs:  # (a page of menus only, a line or two)
        lines.append(Text(_("No article text found."), style="dim italic"))
    # A path longer than the panel is cut with …, never silently.
    name = Text(document.name, style="dim", overflow="ellipsis")
    return Panel(Group(*lines), box=box.ROUNDED, title=name, title_align="right")


def entities_block(insight: Insight) -> Table:
    table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 1, 0, 0))
    table.add_column(no_wrap=True)
    table.add_column(overflow="fold")
    for kind in ENTITY_KINDS:
        counts = insight.entities.get(kind, ())
        if counts:
            label = Text(kind_label(kind), style=KIND_STYLE[kind])
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
            Text(count_quotes(len(group.quotes)), style="dim"),
        )
        for quote in group.quotes[:QUOTES_PER_SPEAKER]:
            where = Text(f"§{paragraphs[quote.paragraph].section}", style="dim")
            table.add_row(where, Wrapped(f"“{_cut(quote.text, QUOTE_CHARS)}”"))
        if len(group.quotes) > QUOTES_PER_SPEAKER:
            more = len(group.quotes) - QUOTES_PER_SPEAKER
            table.add_row("", Text(_("… {count} more").format(count=more), style="dim"))
    others = insight.speakers[SPEAKERS_SHOWN:]
    if others:
        quotes = sum(len(group.quotes) for group in others)
        rest = ngettext(
            "… {count} more speaker, {quotes}", "… {count} more speakers, {quotes}", len(others)
        ).format(count=len(others), quotes=count_quotes(quotes))
        table.add_row("", Text(rest, style="dim"))
    return table


def summary_view(document: Document, insight: Insight) -> RenderableType:
    """One document on one page: header, outline, names, keywords, key sentences, speakers."""
    parts: list[RenderableType] = [_header(document, insight)]
    if insight.sections:
        parts += [_heading(_("Outline")), section_figures(insight)]
        if len(insight.sections) > OUTLINE_ROWS:
            more = len(insight.sections) - OUTLINE_ROWS
            note = _("… {count} more sections (tui sections lists them all)")
            parts.append(Text(note.format(count=more), style="dim"))
    if any(insight.entities.get(kind) for kind in ENTITY_KINDS):
        parts += [_heading(_("Named most")), entities_block(insight)]
    if insight.keywords:
        keywords = Wrapped(SEPARATOR.join(insight.keywords), separator=SEPARATOR)
        parts += [_heading(_("Keywords")), keywords]
    if insight.summary:
        parts += [_heading(_("Key sentences")), _numbered(insight.summary)]
    if insight.speakers:
        parts += [_heading(_("Who said what")), speakers_block(document, insight)]
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
            _(
                "{documents} documents · {chars} characters · {sentences} sentences · "
                "reading {time}"
            ).format(
                documents=totals.documents,
                chars=_figure(totals.chars),
                sentences=f"{totals.sentences:,}",
                time=reading_time(totals.minutes),
            ),
            style="bold",
        )
    ]
    table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 1, 0, 0))
    table.add_column(no_wrap=True)
    table.add_column(overflow="fold")
    for kind in CORPUS_KINDS:
        across = _across(totals.mentions[kind], totals.naming[kind])
        if across:
            label = Text(kind_label(kind), style=KIND_STYLE[kind])  # type: ignore[arg-type]
            table.add_row(label, Wrapped(across, separator=SEPARATOR))
    if table.row_count:
        lines.append(table)
    return Constrain(
        Panel(
            Group(*lines), box=box.ROUNDED, title=Text(_("All"), style="bold"), title_align="left"
        ),
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
            detail += _(" ({count} documents)").format(count=documents[name])
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
    table.add_column(_("kind"), no_wrap=True)
    table.add_column(_("name"), overflow="fold")
    table.add_column(_("count"), justify="right")
    table.add_column(_("also"), style="dim", overflow="fold")
    for kind in ENTITY_KINDS:
        if kind not in kinds:
            continue
        for group in insight.entities.get(kind, ()):
            table.add_row(
                Text(kind_label(kind), style=KIND_STYLE[kind]),
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
