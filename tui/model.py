"""The document model: frozen dataclasses handed from one pipeline stage to the next.

load -> str -> parse -> Document -> annotate -> Annotations -> analyse -> Insight.
Nothing here knows about Textual, rich or jieba.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

# What each source line of a page dump turned out to be. Every line has exactly one role.
LineRole = Literal["body", "heading", "meta", "boilerplate", "blank"]

EntityKind = Literal["person", "org", "place", "time", "number", "title"]
ENTITY_KINDS: tuple[EntityKind, ...] = ("person", "org", "place", "time", "number", "title")


@dataclass(frozen=True)
class Paragraph:
    """One body paragraph. A paragraph wrapped over several source lines is joined."""

    index: int  # position among all body paragraphs of the document, from 0
    section: int  # index of the Section it belongs to
    text: str
    line: int  # 1-based source line where the paragraph starts
    end_line: int  # 1-based source line where it ends (== line unless wrapped)


@dataclass(frozen=True)
class Section:
    """The lead (index 0, no heading) or one headed section of the body."""

    index: int
    title: str | None  # heading text without its markers ("解放思想"); None for the lead
    heading: str | None  # the heading line as written ("【解放思想】")
    line: int | None  # 1-based source line of the heading
    subtitle: str | None
    paragraphs: tuple[Paragraph, ...]

    @property
    def is_lead(self) -> bool:
        return self.heading is None

    @property
    def chars(self) -> int:
        return sum(len(p.text) for p in self.paragraphs)


@dataclass(frozen=True)
class Metadata:
    """What the page says about the article: its title, date, outlet, authors and neighbours."""

    title: str | None = None
    date: str | None = None  # ISO 8601, YYYY-MM-DD
    source: str | None = None  # outlet the article comes from
    authors: tuple[str, ...] = ()  # the writers (作者, 记者, 文/图, 通讯员 …)
    editors: tuple[str, ...] = ()  # 编辑, 责任编辑, 责编, 编审: never counted as authors
    url: str | None = None
    category: str | None = None  # breadcrumb / column
    previous: str | None = None  # title of the previous article
    next: str | None = None  # title of the next article


@dataclass(frozen=True)
class SourceLine:
    """One line of the page dump, numbered as an editor numbers it."""

    number: int  # 1-based
    text: str


def source_lines(text: str) -> tuple[str, ...]:
    """A loaded text split as `Document.lines` holds it."""
    return tuple(split_lines(text))


def split_lines(text: str) -> list[str]:
    """The lines of `source_lines(text)` in a list (which the parser may thin out in place)."""
    return text.split("\n")


@dataclass(frozen=True)
class Document:
    """A parsed page dump: every source line with its role, the metadata and the sections."""

    name: str  # the path as the user gave it ("-" for stdin)
    lines: tuple[str, ...]  # source_lines(the loaded text): no newline characters
    roles: tuple[LineRole, ...]  # one per line
    meta: Metadata
    sections: tuple[Section, ...]  # sections[0] is the lead when the body has one

    @cached_property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """Every body paragraph in order: `paragraphs[i].index == i`."""
        return tuple(p for s in self.sections for p in s.paragraphs)

    @property
    def boilerplate(self) -> tuple[SourceLine, ...]:
        """The page chrome (menus, footer, share buttons …), kept so the raw page can be shown."""
        return tuple(
            SourceLine(i + 1, text)
            for i, (text, role) in enumerate(zip(self.lines, self.roles, strict=True))
            if role == "boilerplate"
        )

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def iter_paragraphs(self) -> Iterator[Paragraph]:
        for section in self.sections:
            yield from section.paragraphs

    def section_of(self, paragraph: int) -> int:
        """The index of the section holding body paragraph number `paragraph`."""
        if paragraph < 0:
            raise IndexError(paragraph)
        return self.paragraphs[paragraph].section


@dataclass(frozen=True)
class Entity:
    """One mention of a person, organisation, place, date, figure or document title."""

    kind: EntityKind
    start: int  # offset in Paragraph.text (Python str index)
    end: int  # exclusive
    text: str  # == paragraph.text[start:end]
    paragraph: int  # Paragraph.index
    canonical: str = ""  # the full name an alias is linked to; "" when it is its own name

    @property
    def name(self) -> str:
        return self.canonical or self.text


HeadingPart = Literal["title", "subtitle"]


@dataclass(frozen=True)
class HeadingMention:
    """A mention in a section's heading: its title (Section.title) or its subtitle line."""

    kind: EntityKind
    start: int  # offset in the section's title or subtitle (Python str index)
    end: int  # exclusive
    text: str
    section: int  # Section.index
    part: HeadingPart
    canonical: str = ""  # the full name an alias is linked to; "" when it is its own name

    @property
    def name(self) -> str:
        return self.canonical or self.text


@dataclass(frozen=True)
class Quote:
    """Quoted speech in a paragraph, with the speaker it is attributed to (or None)."""

    text: str  # the speech, without its quotation marks
    speaker: str | None
    paragraph: int  # Paragraph.index
    start: int  # offset of the opening quotation mark in Paragraph.text
    end: int  # offset after the closing mark


@dataclass(frozen=True)
class Annotations:
    """What the annotator found in a document: entity mentions and quotes."""

    entities: tuple[Entity, ...] = ()  # sorted by (paragraph, start)
    quotes: tuple[Quote, ...] = ()  # in document order
    headings: tuple[HeadingMention, ...] = ()  # sorted by (section, title first, start)


@dataclass(frozen=True)
class Stats:
    """Counts for the stats pane and the summary."""

    chars: int
    han_chars: int
    paragraphs: int
    sentences: int
    sections: int
    reading_minutes: float


@dataclass(frozen=True)
class SectionInsight:
    """One section's size and how densely it names entities."""

    index: int
    title: str | None
    subtitle: str | None
    paragraphs: int
    chars: int
    mentions: dict[EntityKind, int] = field(default_factory=dict)  # by kind, its heading's included

    @property
    def density(self) -> float:
        """Entity mentions per 1000 characters."""
        return 1000 * sum(self.mentions.values()) / self.chars if self.chars else 0.0


@dataclass(frozen=True)
class EntityGroup:
    """One named thing and all its mentions, those by an alias counted with its full name."""

    kind: EntityKind
    name: str  # the full (canonical) name
    mentions: tuple[int, ...]  # indices into Annotations.entities, in document order
    aliases: tuple[str, ...] = ()  # other names it goes by, most used first
    sections: tuple[int, ...] = ()  # the sections that mention it, in order
    headings: tuple[int, ...] = ()  # indices into Annotations.headings, in document order

    @property
    def count(self) -> int:
        return len(self.mentions) + len(self.headings)


@dataclass(frozen=True)
class SpeakerQuotes:
    """Everything one speaker is quoted as saying, in document order."""

    speaker: str  # the full name, when the quote named an alias (某集团 for 某某集团有限公司)
    quotes: tuple[Quote, ...]


@dataclass(frozen=True)
class Insight:
    """What the analyser makes of an annotated document: the summary's content."""

    stats: Stats
    sections: tuple[SectionInsight, ...]
    entities: dict[EntityKind, tuple[EntityGroup, ...]]  # every kind a key, most named first
    keywords: tuple[str, ...]
    summary: tuple[str, ...]  # key sentences, in document order
    speakers: tuple[SpeakerQuotes, ...]  # most quoted first, ties in order of first quote
    unattributed: tuple[Quote, ...] = ()  # quotes no speaker could be found for

    @property
    def names(self) -> int:
        """How many different things the document names."""
        return sum(len(groups) for groups in self.entities.values())
