"""The article view: the body wrapped to the pane's width and drawn line by line on demand.

It never renders the whole text: a layout keeps, for every block (heading, paragraph …), where
its wrapped lines start (tui.text.linebreak, the one line breaker), and `render_line` styles
only the rows on screen, caching the strips.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate
from typing import TYPE_CHECKING, ClassVar, Literal, NamedTuple

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.app.legend import KIND_COMPONENT_CLASSES, kind_css, kind_styles
from tui.i18n import _
from tui.model import (
    ENTITY_KINDS,
    Annotations,
    Document,
    Entity,
    EntityKind,
    HeadingMention,
    Quote,
)
from tui.text.linebreak import cell_width, line_starts

if TYPE_CHECKING:  # only for annotations: search loads after the first frame
    from tui.text.search import Match

Anchor = tuple[tuple[str, int, int | None], int] | None
BlockKind = Literal["title", "meta", "heading", "subtitle", "paragraph", "speaker", "notice"]

LAZY_BLOCKS = 1000  # texts with more blocks are wrapped a slice of this many at a time
GUTTER = 2  # cells left of the text: a bar marks paragraphs that hold a quote
QUOTE_BAR = "▌"


class Block(NamedTuple):
    """One run of text in the article: a heading, a paragraph, a speaker line …

    A named tuple, not a dataclass: a book has thousands, all built before its first paint,
    and a tuple is built in a quarter of the time."""

    kind: BlockKind
    text: str
    section: int
    paragraph: int | None = None  # Paragraph.index, for paragraph blocks
    space_after: int = 1  # blank rows below

    @property
    def key(self) -> tuple[str, int, int | None]:
        """What the block shows, the same however the article is wrapped or annotated."""
        return (self.kind, self.section, self.paragraph)


def article_blocks(document: Document, quotes: Sequence[Quote] = ()) -> tuple[Block, ...]:
    """The article as blocks, top to bottom: title, meta line, then each section."""
    speakers: dict[int, list[str]] = defaultdict(list)
    for quote in quotes:
        if quote.speaker and quote.speaker not in speakers[quote.paragraph]:
            speakers[quote.paragraph].append(quote.speaker)
    meta = document.meta
    blocks: list[Block] = []
    first = document.sections[0].index if document.sections else 0
    if meta.title:
        blocks.append(Block("title", _displayable(meta.title), first, space_after=0))
    facts = [meta.date, meta.source, "、".join(meta.authors) or None]
    line = " · ".join(f for f in facts if f)
    if line:
        blocks.append(Block("meta", _displayable(line), first, space_after=1))
    elif blocks:
        blocks[-1] = Block("title", blocks[-1].text, first, space_after=1)
    for section in document.sections:
        if not section.is_lead:
            title = section.title or section.heading or ""
            has_subtitle = bool(section.subtitle)
            blocks.append(
                Block(
                    "heading",
                    _displayable(heading_number(section.index) + title),
                    section.index,
                    space_after=0 if has_subtitle else 1,
                )
            )
            if has_subtitle:
                subtitle = _displayable(section.subtitle or "")
                blocks.append(Block("subtitle", subtitle, section.index))
        for paragraph in section.paragraphs:
            names = speakers.get(paragraph.index)
            blocks.append(
                Block(
                    "paragraph",
                    _displayable(paragraph.text),
                    section.index,
                    paragraph.index,
                    space_after=0 if names else 1,
                )
            )
            if names:
                blocks.append(
                    Block("speaker", "—— " + "、".join(names), section.index, paragraph.index)
                )
    if not document.paragraphs:
        # A page of menus only, a line or two: an empty pane would look broken, so say that no
        # text was found and where the page's lines are. (An empty file is refused on loading.)
        notice = _("No article text found. Press r to see the whole page.")
        blocks.append(Block("notice", notice, first))
    return tuple(blocks)


def heading_number(section: int) -> str:
    """What a heading's line shows before its title: the section's number."""
    return f"{section}  "


def heading_place(section: int, part: str) -> int:
    """A section's title or subtitle as a place the article marks and scrolls to, as it does
    a body paragraph by its index: -1 and -2 are section 0's title and subtitle, -3 and -4
    section 1's … (a mention in a heading is stepped through with the body's)."""
    return -1 - 2 * section - (part == "subtitle")


def heading_at(place: int) -> tuple[int, str] | None:
    """(section, "title" or "subtitle") of a heading_place; None for a paragraph's index."""
    if place >= 0:
        return None
    section, subtitle = divmod(-1 - place, 2)
    return section, "subtitle" if subtitle else "title"


def section_of_place(document: Document, place: int) -> int:
    """The section a place (a paragraph's index, or a heading_place) is in."""
    heading = heading_at(place)
    return heading[0] if heading else document.section_of(place)


def reading_order(document: Document, place: int, start: int) -> tuple[int, int, int, int]:
    """Where a span at `start` of a place stands for a reader: by section, its title, then its
    subtitle, then its paragraphs."""
    heading = heading_at(place)
    if heading:
        return (heading[0], 0 if heading[1] == "title" else 1, 0, start)
    return (document.section_of(place), 2, place, start)


def _block_place(block: Block) -> int | None:
    if block.kind == "paragraph":
        return block.paragraph
    if block.kind in ("heading", "subtitle"):
        return heading_place(block.section, "title" if block.kind == "heading" else "subtitle")
    return None


def _displayable(text: str) -> str:
    # Same length, so offsets into the paragraph stay true; a tab would move the cursor.
    return text.replace("\t", " ")


class ArticleLayout:
    """The blocks wrapped to one width: where each block starts, row by row.

    With `exact_rows`, only the blocks down to that row are wrapped at once and the others'
    heights are estimated (two cells a character), so a long book paints its first screen
    without wrapping every paragraph; `refine` then wraps the rest in slices, and `finish`
    puts the exact heights in place.
    """

    def __init__(self, blocks: Sequence[Block], width: int, exact_rows: int | None = None) -> None:
        self.blocks = blocks
        self.width = width
        self.text_width = text_width = max(1, width - GUTTER)
        self._starts: list[tuple[int, ...] | None] = []
        heights: list[int] = []
        rows = 0
        for block in blocks:
            if exact_rows is not None and rows >= exact_rows:
                break
            starts = line_starts(block.text, text_width)
            self._starts.append(starts)
            heights.append(len(starts) + block.space_after)
            rows += heights[-1]
        self._unwrapped = len(self._starts)
        rest = blocks[self._unwrapped :]
        self._starts += [None] * len(rest)
        heights += [max(1, -(-2 * len(b.text) // text_width)) + b.space_after for b in rest]
        self._place(heights)
        numbered = list(enumerate(blocks))
        # each paragraph's block, and each heading's and subtitle's (by heading_place)
        self.by_paragraph: dict[int, int] = {
            place: i for i, b in numbered if (place := _block_place(b)) is not None
        }
        # The first block of each section: built backwards, so the first wins.
        self.by_section: dict[int, int] = {b.section: i for i, b in reversed(numbered)}

    @cached_property
    def by_key(self) -> dict[tuple[str, int, int | None], int]:
        """Each block by what it shows (only a relayout asks, so not built before it does)."""
        return {b.key: i for i, b in reversed(list(enumerate(self.blocks)))}

    def _place(self, heights: list[int]) -> None:
        self.tops: list[int] = [0, *accumulate(heights)][:-1] if heights else []
        self.height = sum(heights)

    @property
    def exact(self) -> bool:
        return self._unwrapped >= len(self.blocks)

    def lines(self, index: int) -> tuple[int, ...]:
        """Where each line of block `index` starts (wrapped now if it was not yet)."""
        starts = self._starts[index]
        if starts is None:
            starts = self._starts[index] = line_starts(self.blocks[index].text, self.text_width)
        return starts

    def refine(self, count: int) -> bool:
        """Wrap up to `count` more blocks; True once every block is wrapped."""
        end = min(len(self.blocks), self._unwrapped + count)
        for index in range(self._unwrapped, end):
            self.lines(index)
        self._unwrapped = end
        return self.exact

    def finish(self) -> None:
        """Put the exact heights in place of the estimates (every block wrapped)."""
        self.refine(len(self.blocks))
        self._place([len(self.lines(i)) + b.space_after for i, b in enumerate(self.blocks)])

    def locate(self, row: int) -> tuple[int, int] | None:
        """(block, line within it) at a row; the line may be a blank row below the block."""
        if not self.blocks or row < 0 or row >= self.height:
            return None
        index = bisect_right(self.tops, row) - 1
        return index, row - self.tops[index]

    def row_of(self, paragraph: int, offset: int = 0) -> int | None:
        """The row showing character `offset` of body paragraph `paragraph`."""
        index = self.by_paragraph.get(paragraph)
        if index is None:
            return None
        line = bisect_right(self.lines(index), offset) - 1
        return self.tops[index] + max(0, line)

    def section_row(self, section: int) -> int | None:
        index = self.by_section.get(section)
        return None if index is None else self.tops[index]

    def section_at(self, row: int) -> int | None:
        found = self.locate(min(row, self.height - 1))
        return None if found is None else self.blocks[found[0]].section

    def offset_at(self, index: int, line: int, x: int) -> int | None:
        """The character offset in block `index` under cell `x` of its line `line`."""
        starts = self.lines(index)
        if line >= len(starts):
            return None
        text = self.blocks[index].text
        start = starts[line]
        end = starts[line + 1] if line + 1 < len(starts) else len(text)
        cells = 0
        for offset in range(start, end):
            cells += cell_width(text[offset])
            if cells > x:
                return offset
        return None


class ArticleView(ScrollView, can_focus=True):
    """The article, drawn line by line: entities by kind, quotes, matches, the current mark."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        *KIND_COMPONENT_CLASSES,
        "article--title",
        "article--meta",
        "article--heading",
        "article--subtitle",
        "article--speaker",
        "article--notice",
        "article--quote",
        "article--quote-bar",
        "article--match",
        "article--current",
        "article--hover",
    }

    DEFAULT_CSS = """
    ArticleView {
        scrollbar-gutter: stable;
        padding: 0 1;
        overflow-x: hidden;
    }
    ArticleView > .article--title { text-style: bold; color: $foreground; }
    ArticleView > .article--meta { color: $foreground-darken-3; }
    ArticleView > .article--heading { text-style: bold; color: $accent; }
    ArticleView > .article--subtitle { text-style: italic; color: $foreground-darken-2; }
    ArticleView > .article--speaker { text-style: italic; color: $text-secondary; }
    ArticleView > .article--notice { text-style: italic; color: $foreground-darken-3; }
    ArticleView > .article--quote { text-style: italic; }
    ArticleView > .article--quote-bar { color: $secondary; }
    ArticleView > .article--match { background: $match-background; color: $match-foreground; }
    ArticleView > .article--hover { text-style: underline; }
    ArticleView > .article--current {
        background: $foreground; color: $background; text-style: bold;
    }
    """ + kind_css("ArticleView")

    highlighted_kinds: reactive[frozenset[EntityKind]] = reactive(
        frozenset(ENTITY_KINDS), repaint=False
    )

    @dataclass
    class SectionChanged(Message):
        """The section at the top of the view changed (the outline follows it)."""

        section: int

    @dataclass
    class Clicked(Message):
        """A click on body text: paragraph index and character offset."""

        paragraph: int
        offset: int

    def __init__(
        self, *, name: str | None = None, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.document: Document | None = None
        self.annotations = Annotations()
        self._blocks: tuple[Block, ...] = ()
        self._layout: ArticleLayout | None = None
        self._entities: dict[int, list[Entity]] = {}
        self._headings: dict[tuple[int, str], list[HeadingMention]] = {}  # by (section, part)
        self._quotes: dict[int, list[Quote]] = {}
        self._matches: dict[int, list[Match]] = {}
        self._mark: tuple[int, int, int] | None = None
        self._hover: tuple[int, int, int] | None = None  # the clickable span under the pointer
        self._strips: LRUCache[tuple[int, int], Strip] = LRUCache(512)
        self._section: int | None = None

    # --- content -----------------------------------------------------------------------

    def show(self, document: Document, annotations: Annotations | None = None) -> None:
        """Show a document (annotations when they are known), from the top."""
        self.document = document
        self._matches = {}
        self._mark = None
        self._section = None
        self.scroll_to(y=0, animate=False, immediate=True, force=True)
        self.set_annotations(annotations or Annotations())

    def set_annotations(self, annotations: Annotations) -> None:
        self.annotations = annotations
        self._entities = _by_paragraph(annotations.entities)
        self._headings = defaultdict(list)
        for mention in annotations.headings:
            self._headings[(mention.section, mention.part)].append(mention)
        self._quotes = _by_paragraph(annotations.quotes)
        if self.document is not None:
            self._blocks = article_blocks(self.document, annotations.quotes)
        self._relayout()

    def set_matches(self, matches: Iterable[Match]) -> None:
        self._matches = _by_paragraph(matches)
        self._repaint()

    def set_mark(self, paragraph: int, start: int, end: int) -> None:
        """Mark a span (the current match or mention) and bring it into view; `paragraph`
        may be a heading_place, the offsets then in its title or subtitle."""
        self._mark = (paragraph, start, end)
        self._repaint()
        heading = heading_at(paragraph)
        if heading and heading[1] == "title":  # the title stands after its number
            start += len(heading_number(heading[0]))
        row = self.layout.row_of(paragraph, start) if self.layout else None
        if row is not None:
            self.reveal_row(row)

    def clear_mark(self) -> None:
        self._mark = None
        self._repaint()

    @property
    def mark(self) -> tuple[int, int, int] | None:
        """The span marked as current (paragraph, start, end), if one is."""
        return self._mark

    @property
    def hovered(self) -> tuple[int, int, int] | None:
        """The clickable span under the pointer, underlined to say a click acts on it."""
        return self._hover

    def watch_highlighted_kinds(self) -> None:
        self._repaint()

    # --- positions ---------------------------------------------------------------------

    @property
    def layout(self) -> ArticleLayout | None:
        return self._layout

    @property
    def current_section(self) -> int | None:
        """The section at the top of the view."""
        layout = self._layout
        if layout is None:
            return None
        return layout.section_at(round(self.scroll_y))

    def top_anchor(self) -> Anchor:
        """The block at the top of the view and how far into it: a position that survives
        re-wrapping and new blocks (speaker lines) arriving with the annotations."""
        layout = self._layout
        found = layout.locate(round(self.scroll_y)) if layout else None
        if layout is None or found is None:
            return None
        index, rows = found
        return layout.blocks[index].key, rows

    def scroll_to_anchor(self, anchor: Anchor) -> None:
        layout = self._layout
        if layout is None or anchor is None:
            return
        key, rows = anchor
        index = layout.by_key.get(key)
        if index is not None:
            self.scroll_to(y=layout.tops[index] + rows, animate=False, immediate=True, force=True)

    def top_paragraph(self) -> int | None:
        """The body paragraph at the top of the view, or the first one below it."""
        layout = self._layout
        found = layout.locate(round(self.scroll_y)) if layout else None
        if layout is None or found is None:
            return None
        for block in layout.blocks[found[0] :]:
            if block.paragraph is not None:
                return block.paragraph
        return None

    def scroll_to_section(self, section: int) -> bool:
        layout = self._layout
        row = layout.section_row(section) if layout else None
        if row is None:
            return False
        self.scroll_to(y=row, animate=False, immediate=True, force=True)
        return True

    def scroll_to_paragraph(self, paragraph: int, offset: int = 0) -> None:
        row = self._layout.row_of(paragraph, offset) if self._layout else None
        if row is not None:
            self.reveal_row(row)

    def reveal_row(self, row: int) -> None:
        """Scroll so the row is on screen: left alone if it is, else a third down the view."""
        height = self.scrollable_content_region.height
        top = round(self.scroll_y)
        if top <= row < top + height:
            return
        self.scroll_to(y=max(0, row - height // 3), animate=False, immediate=True, force=True)

    def section_rows(self) -> list[tuple[int, int]]:
        """(section index, first row) of every section, top to bottom."""
        layout = self._layout
        if layout is None:
            return []
        return sorted((s, layout.tops[b]) for s, b in layout.by_section.items())

    # --- layout and rendering ----------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        layout = self._layout
        if layout is not None and layout.width == self.scrollable_content_region.width:
            self._size_to(layout)  # taller or shorter only: the wrapping stands
            return
        anchor = self.top_anchor()
        self._relayout()
        self.scroll_to_anchor(anchor)

    def _relayout(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0:
            self._layout = None
            return
        top = round(self.scroll_y)
        view = self.scrollable_content_region.height
        # At the top of a long text, wrap only what the first screens show; the rest follows.
        exact_rows = 3 * view if top == 0 and len(self._blocks) > LAZY_BLOCKS else None
        self._layout = layout = ArticleLayout(self._blocks, width, exact_rows)
        self._size_to(layout)
        if not layout.exact:
            self.call_after_refresh(self._refine_layout, layout)

    def _size_to(self, layout: ArticleLayout) -> None:
        # Room below the end, so that the last section too can be read from the top of the view.
        last = layout.tops[layout.by_section[max(layout.by_section)]] if layout.by_section else 0
        height = max(layout.height, last + self.scrollable_content_region.height)
        self.virtual_size = Size(layout.width, height)
        self._repaint()

    def _refine_layout(self, layout: ArticleLayout) -> None:
        """Wrap the rest of a long text a slice at a time, between the app's other work."""
        if layout is not self._layout:
            return  # replaced meanwhile (a resize, new annotations)
        if not layout.refine(LAZY_BLOCKS):
            self.set_timer(0.001, lambda: self._refine_layout(layout))
            return
        anchor = self.top_anchor()
        layout.finish()
        self._size_to(layout)
        self.scroll_to_anchor(anchor)

    def _repaint(self) -> None:
        self._strips.clear()
        self.refresh()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        section = self.current_section
        if section is not None and section != self._section:
            self._section = section
            self.post_message(self.SectionChanged(section))

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()

    def render_line(self, y: int) -> Strip:
        layout = self._layout
        width = self.scrollable_content_region.width
        if layout is None and width > 0 and self.document is not None:
            # The first frame comes before the Resize event: wrap now, so it shows the text.
            self._relayout()
            layout = self._layout
        row = round(self.scroll_y) + y
        found = layout.locate(row) if layout else None
        if found is None:
            return Strip.blank(width, self.rich_style)
        strip = self._strips.get(found)
        if strip is None:
            strip = self._render_block_line(*found)
            self._strips[found] = strip
        return strip

    def _render_block_line(self, index: int, line: int) -> Strip:
        layout = self._layout
        assert layout is not None
        base = self.rich_style
        width = layout.width
        block = layout.blocks[index]
        starts = layout.lines(index)
        if line >= len(starts):
            return Strip.blank(width, base)
        start = starts[line]
        end = starts[line + 1] if line + 1 < len(starts) else len(block.text)
        style = base
        if block.kind != "paragraph":
            style = base + self.get_component_rich_style(f"article--{block.kind}", partial=True)
        gutter = " " * GUTTER
        if block.paragraph is not None and block.paragraph in self._quotes:
            gutter = QUOTE_BAR + " " * (GUTTER - 1)
        spans: list[tuple[int, int, Style]] = []
        if block.kind == "paragraph" and block.paragraph is not None:
            spans = self._spans(block.paragraph)
        elif block.kind in ("heading", "subtitle"):
            spans = self._heading_spans(block)
        spans = [
            (max(s, start) - start, min(e, end) - start, span_style)
            for s, e, span_style in spans
            if e > start and s < end
        ]
        bar = base + self.get_component_rich_style("article--quote-bar", partial=True)
        segments = [Segment(gutter, bar), *styled_segments(block.text[start:end], style, spans)]
        return Strip(segments).crop_extend(0, width, base)

    def _spans(self, paragraph: int) -> list[tuple[int, int, Style]]:
        """Styled spans of one paragraph, later ones drawn over earlier ones."""
        spans: list[tuple[int, int, Style]] = []
        partial = self.get_component_rich_style
        quote_style = partial("article--quote", partial=True)
        spans.extend((q.start, q.end, quote_style) for q in self._quotes.get(paragraph, ()))
        shown = self.highlighted_kinds
        if shown:
            styles = kind_styles(self)
            spans.extend(
                (e.start, e.end, styles[e.kind])
                for e in self._entities.get(paragraph, ())
                if e.kind in shown
            )
        match_style = partial("article--match", partial=True)
        spans.extend((m.start, m.end, match_style) for m in self._matches.get(paragraph, ()))
        if self._mark is not None and self._mark[0] == paragraph:
            spans.append((self._mark[1], self._mark[2], partial("article--current", partial=True)))
        if self._hover is not None and self._hover[0] == paragraph:
            spans.append((self._hover[1], self._hover[2], partial("article--hover", partial=True)))
        return spans

    def _heading_spans(self, block: Block) -> list[tuple[int, int, Style]]:
        """Styled names in a heading's line (after its number) or in its subtitle, and the
        mention marked as current there."""
        part = "title" if block.kind == "heading" else "subtitle"
        shift = len(heading_number(block.section)) if part == "title" else 0
        shown = self.highlighted_kinds
        styles = kind_styles(self) if shown else {}
        spans = [
            (m.start + shift, m.end + shift, styles[m.kind])
            for m in self._headings.get((block.section, part), ())
            if m.kind in shown
        ]
        mark = self._mark
        if mark is not None and mark[0] == heading_place(block.section, part):
            current = self.get_component_rich_style("article--current", partial=True)
            spans.append((mark[1] + shift, mark[2] + shift, current))
        return spans

    # --- mouse -------------------------------------------------------------------------

    def text_at(self, event: events.MouseEvent) -> tuple[int, int] | None:
        """(paragraph, character offset) under the pointer, if it is over body text."""
        layout = self._layout
        offset = event.get_content_offset(self)
        if layout is None or offset is None:
            return None
        found = layout.locate(round(self.scroll_y) + offset.y)
        if found is None:
            return None
        index, line = found
        block = layout.blocks[index]
        if block.kind != "paragraph" or block.paragraph is None:
            return None
        char = layout.offset_at(index, line, offset.x - GUTTER)
        return None if char is None else (block.paragraph, char)

    def on_click(self, event: events.Click) -> None:
        found = self.text_at(event)
        if found is not None:
            self.post_message(self.Clicked(*found))

    def on_mouse_move(self, event: events.MouseMove) -> None:
        """Underline the entity or match under the pointer: it says that a click acts on it."""
        found = self.text_at(event)
        hover = None
        if found is not None:
            paragraph, offset = found
            spans = [(m.start, m.end) for m in self._matches.get(paragraph, ())] + [
                (e.start, e.end)
                for e in self._entities.get(paragraph, ())
                if e.kind in self.highlighted_kinds
            ]
            hover = next(((paragraph, a, b) for a, b in spans if a <= offset < b), None)
        if hover != self._hover:
            self._hover = hover
            self._repaint()

    def on_leave(self, event: events.Leave) -> None:
        if self._hover is not None:
            self._hover = None
            self._repaint()


def styled_segments(
    text: str, base: Style, spans: Sequence[tuple[int, int, Style]]
) -> list[Segment]:
    """`text` cut where styles change; each piece in `base` plus every span over it, in order."""
    if not spans:
        return [Segment(text, base)]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    segments = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        if start >= end:
            continue
        style = base
        for span_start, span_end, span_style in spans:
            if span_start <= start and end <= span_end:
                style += span_style
        segments.append(Segment(text[start:end], style))
    return segments


def _by_paragraph(items: Iterable[Entity | Quote | Match]) -> dict[int, list]:
    grouped: dict[int, list] = defaultdict(list)
    for item in items:
        grouped[item.paragraph].append(item)
    return dict(grouped)
