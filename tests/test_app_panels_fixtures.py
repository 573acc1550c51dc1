"""Hand-built model data for the panel and screen tests (no parser, no annotator: deterministic).

`article()` is a small page dump — menu, title, lead, three headed sections, footer — with
entities of every kind, an alias, quotes by two speakers and one unattributed, and file text
that looks like rich/Textual markup, which every panel must show literally.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rich.console import Console
from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widgets import Static

from tui.model import (
    ENTITY_KINDS,
    Annotations,
    Document,
    Entity,
    EntityCount,
    EntityKind,
    Insight,
    LineRole,
    Metadata,
    Paragraph,
    Quote,
    Section,
    SectionInsight,
    SpeakerQuotes,
    Stats,
)

MARKUP_ENTITY = "[bold]x[/bold]"
MARKUP_QUOTE = "[@click=app.quit]y[/]"

PAGE: tuple[tuple[LineRole, str], ...] = (
    ("boilerplate", "首页 新闻 科技 财经 关于我们"),
    ("boilerplate", "当前位置:首页 > 科技"),
    ("meta", "江城与海港的十年合作"),
    ("meta", "发布日期:2021-05-06  来源:江城日报"),
    ("blank", ""),
    ("body", "2021年5月,江城市与海港市签署《协同发展协议》,计划五年内共同投入120亿元。"),
    ("body", "“两地合作的基础在于互信。”江城大学教授李明远说。"),
    ("heading", "【产业协同】"),
    ("body", "海港港务集团去年营收增长35%,其中来自江城的订单占四成。"),
    ("body", "“我们希望把研发放在江城,把制造放在海港。”赵小燕表示。"),
    ("body", "李明远认为,江城的高校与海港的港口互为补充。"),
    ("heading", "【人才流动】"),
    ("body", f"去年有1200名毕业生从江城大学来到海港工作,{MARKUP_ENTITY}也在其中。"),
    ("body", f"“{MARKUP_QUOTE}人才是最重要的。”李明远补充道。"),
    ("body", "“通勤时间缩短到一小时以内。”"),
    ("heading", "【展望】"),
    ("body", "到2025年,两市计划建成三条城际铁路。"),
    ("blank", ""),
    ("boilerplate", f"版权所有 江城日报社 {MARKUP_QUOTE} 备案号12345"),
)

# (kind, surface text, canonical name or "") — every occurrence in the body becomes an entity.
NAMES: tuple[tuple[EntityKind, str, str], ...] = (
    ("person", "李明远", ""),
    ("person", "赵小燕", ""),
    ("org", "江城大学", ""),
    ("org", "海港港务集团", ""),
    ("org", MARKUP_ENTITY, ""),
    ("place", "江城市", ""),
    ("place", "海港市", ""),
    ("time", "2021年5月", ""),
    ("time", "2025年", ""),
    ("number", "120亿元", ""),
    ("number", "35%", ""),
    ("number", "1200名", ""),
    ("title", "《协同发展协议》", ""),
)
# Aliases found where they do not overlap a longer name: 江城 -> 江城市, 海港 -> 海港市.
ALIASES: tuple[tuple[EntityKind, str, str], ...] = (
    ("place", "江城", "江城市"),
    ("place", "海港", "海港市"),
)

# Quotes: (paragraph index, speaker).
SPEAKERS: dict[int, str | None] = {1: "李明远", 3: "赵小燕", 6: "李明远", 7: None}


def document() -> Document:
    lines = tuple(text for _, text in PAGE)
    roles = tuple(role for role, _ in PAGE)
    sections: list[Section] = []
    pending: list[Paragraph] = []
    heading: tuple[str, int] | None = None
    index = 0

    def close() -> None:
        title = re.sub(r"[【】]", "", heading[0]) if heading else None
        sections.append(
            Section(
                index=len(sections),
                title=title,
                heading=heading[0] if heading else None,
                line=heading[1] if heading else None,
                subtitle=None,
                paragraphs=tuple(pending),
            )
        )
        pending.clear()

    for number, (role, text) in enumerate(PAGE, 1):
        if role == "heading":
            close()
            heading = (text, number)
        elif role == "body":
            pending.append(Paragraph(index, len(sections), text, number, number))
            index += 1
    close()
    meta = Metadata(title="江城与海港的十年合作", date="2021-05-06", source="江城日报")
    return Document("fixtures/article.txt", lines, roles, meta, tuple(sections))


def annotations(doc: Document | None = None) -> Annotations:
    doc = doc or document()
    entities: list[Entity] = []
    for paragraph in doc.paragraphs:
        taken: list[tuple[int, int]] = []
        for kind, text, canonical in NAMES + ALIASES:  # longer names claim their spans first
            for match in re.finditer(re.escape(text), paragraph.text):
                start, end = match.span()
                if any(s < end and start < e for s, e in taken):
                    continue
                taken.append((start, end))
                entities.append(Entity(kind, start, end, text, paragraph.index, canonical))
    entities.sort(key=lambda e: (e.paragraph, e.start))
    quotes = []
    for paragraph in doc.paragraphs:
        for match in re.finditer(r"“([^”]*)”", paragraph.text):
            if paragraph.index in SPEAKERS:
                speaker = SPEAKERS[paragraph.index]
                quotes.append(
                    Quote(match.group(1), speaker, paragraph.index, match.start(), match.end())
                )
    return Annotations(tuple(entities), tuple(quotes))


@dataclass(frozen=True)
class Fixture:
    document: Document
    annotations: Annotations
    insight: Insight


def insight(doc: Document | None = None, notes: Annotations | None = None) -> Insight:
    doc = doc or document()
    notes = notes or annotations(doc)
    body = "".join(p.text for p in doc.paragraphs)
    han = len(re.findall(r"[\u4e00-\u9fff]", body))
    section_of = {p.index: p.section for p in doc.paragraphs}
    mentions: dict[int, Counter[EntityKind]] = {s.index: Counter() for s in doc.sections}
    for entity in notes.entities:
        mentions[section_of[entity.paragraph]][entity.kind] += 1
    sections = tuple(
        SectionInsight(
            s.index, s.title, s.subtitle, len(s.paragraphs), s.chars, dict(mentions[s.index])
        )
        for s in doc.sections
    )
    entities: dict[EntityKind, tuple[EntityCount, ...]] = {}
    for kind in ENTITY_KINDS:
        counted = Counter(e.name for e in notes.entities if e.kind == kind)
        entities[kind] = tuple(
            EntityCount(
                name,
                count,
                tuple(sorted({e.text for e in notes.entities if e.name == name} - {name})),
            )
            for name, count in counted.most_common()
        )
    by_speaker: dict[str, list[Quote]] = {}
    for quote in notes.quotes:
        if quote.speaker:
            by_speaker.setdefault(quote.speaker, []).append(quote)
    speakers = tuple(
        SpeakerQuotes(name, tuple(quotes))
        for name, quotes in sorted(by_speaker.items(), key=lambda item: -len(item[1]))
    )
    return Insight(
        stats=Stats(
            chars=len(body),
            han_chars=han,
            paragraphs=len(doc.paragraphs),
            sentences=body.count("。"),
            sections=len(doc.sections),
            reading_minutes=round(han / 400, 1),
        ),
        sections=sections,
        entities=entities,
        keywords=("合作", "江城市", "海港市", "人才", "李明远", "研发", MARKUP_ENTITY),
        summary=(doc.paragraphs[0].text,),
        speakers=speakers,
    )


def fixture() -> Fixture:
    doc = document()
    notes = annotations(doc)
    return Fixture(doc, notes, insight(doc, notes))


# The fixtures are model data the panels trust; these tests keep them honest.


def test_entities_are_slices_of_their_paragraphs() -> None:
    doc = document()
    texts = {p.index: p.text for p in doc.paragraphs}
    for entity in annotations(doc).entities:
        assert texts[entity.paragraph][entity.start : entity.end] == entity.text


def test_quotes_are_slices_and_include_an_unattributed_one() -> None:
    doc = document()
    notes = annotations(doc)
    texts = {p.index: p.text for p in doc.paragraphs}
    for quote in notes.quotes:
        assert texts[quote.paragraph][quote.start + 1 : quote.end - 1] == quote.text
    assert [q.speaker for q in notes.quotes] == ["李明远", "赵小燕", "李明远", None]


def test_sections_and_aliases() -> None:
    fx = fixture()
    assert [s.title for s in fx.document.sections] == [None, "产业协同", "人才流动", "展望"]
    places = {c.text: c for c in fx.insight.entities["place"]}
    assert places["江城市"].aliases == ("江城",)
    assert places["江城市"].count == 1 + 3  # 江城市 once, 江城 alone three times


class ScreenHost(App[None]):
    """A stand-in explorer: pushes one screen at start and records what it dismisses with."""

    def __init__(self, make_screen: Callable[[], Screen[Any]]) -> None:
        super().__init__()
        self.make_screen = make_screen
        self.results: list[Any] = []

    def compose(self) -> ComposeResult:
        yield Static("the explorer would be here", id="host")

    def on_mount(self) -> None:
        self.push_screen(self.make_screen(), self.results.append)


def screen_text(app: App) -> str:
    """What the terminal shows now, as plain text (the rows of the app's current screen)."""
    width, height = app.size
    console = Console(
        width=width,
        height=height,
        file=io.StringIO(),
        force_terminal=True,
        color_system="truecolor",
        record=True,
        legacy_windows=False,
        safe_box=False,
    )
    console.print(app.screen._compositor.render_update(full=True))
    return console.export_text(styles=False)
