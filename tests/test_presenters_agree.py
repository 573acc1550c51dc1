"""Where two presenters show the same fact, they show it the same way, because one module owns
it: the stats pane and `w` name the same speakers; the entity filter, the command palette and
`/` match the same pinyin; the stats chart marks the section the reader is in."""

from __future__ import annotations

import pytest
from textual.command import CommandPalette

from tests.documents import (
    FakePipeline,
    analysed,
    annotate_names,
    from_sections,
    ready,
    screen_text,
)
from tui.app.app import ExplorerApp
from tui.app.screens.entities import EntityListScreen
from tui.app.screens.quotes import QuotesScreen
from tui.app.stats import SectionChart
from tui.model import Annotations, Entity, Quote

SIZE = (120, 40)
PARAGRAPHS = (
    "中国银行与江城大学签署合作协议,双方将在人才培养方面合作。",
    "“合作是长期的事。”陈教授说。陈某某是江城大学的教授。",
    "“我们会继续投入。”陈某某表示,中国银行也将参与。",
)
NAMES = (
    ("org", "中国银行", ""),
    ("org", "江城大学", ""),
    ("person", "陈某某", ""),
    ("person", "陈教授", "陈某某"),  # an alias of the full name
)


def bank_and_university():
    document = from_sections(PARAGRAPHS[:1], PARAGRAPHS[1:], titles=(None, "合作"))
    notes = annotate_names(document, NAMES)
    # The quote in paragraph 1 names the speaker by the alias, the one in paragraph 2 in full.
    quotes = (
        Quote("合作是长期的事。", "陈教授", 1, 0, 10),
        Quote("我们会继续投入。", "陈某某", 2, 0, 10),
    )
    return analysed(document, Annotations(notes.entities, quotes))


def explorer() -> ExplorerApp:
    fixture = bank_and_university()
    return ExplorerApp([fixture.document], FakePipeline(lambda _: fixture))


async def test_w_and_the_stats_pane_name_the_same_speakers() -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        pane = screen_text(app)
        assert "陈某某" in pane and "2 quotes" in pane  # the alias counted with the full name
        await pilot.press("w")
        assert isinstance(app.screen, QuotesScreen)
        assert [g.speaker for g in app.screen.groups] == ["陈某某"]
        listed = screen_text(app)
        assert "2 quotes" in listed and "陈教授  1 quote" not in listed


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("zhongguoyh", True),  # syllables, then initials
        ("zgyh", True),
        ("zhongguoyinhang", True),
        ("zhongguoyinxing", False),  # 银行 is yínháng: 行 is not read xíng there
        ("hezuo", False),  # 合作 is in the text, but no name is spelt so
    ],
)
async def test_the_entity_filter_the_palette_and_search_match_pinyin_alike(
    query: str, found: bool
) -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        # /: the search finds 中国银行 in the body (twice) or nothing.
        await pilot.press("slash", *query, "enter")
        matches = [app.document.paragraphs[p].text[s:e] for p, s, e in app.stepping.spans]
        assert ("中国银行" in matches) == found
        await pilot.press("escape")
        # e: the entity list filtered by the same letters.
        await pilot.press("e")
        assert isinstance(app.screen, EntityListScreen)
        await pilot.press("slash", *query)
        await pilot.pause()
        assert ("中国银行" in [g.name for g in app.screen.shown]) == found
        await pilot.press("escape")
        # ctrl+p: the command palette.
        await pilot.press("ctrl+p", *query)
        await pilot.pause(0.4)
        assert isinstance(app.screen, CommandPalette)
        assert ("Find entity: 中国银行" in screen_text(app)) == found


async def test_search_reads_a_word_in_context_everywhere() -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("slash", *"hezuo", "enter")
        hezuo = len(app.stepping.spans)
        await pilot.press("escape", "slash", *"gezuo", "enter")
        assert hezuo == 3 and app.stepping.spans == []  # 合作 is hézuò, never gězuò


async def test_the_stats_chart_marks_the_section_being_read() -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        chart = app.query_one(SectionChart)
        assert chart.current == 0
        await pilot.press("1")
        await pilot.pause()
        assert app.article.current_section == 1
        assert chart.current == 1
        await pilot.press("0")
        await pilot.pause()
        assert chart.current == 0


def test_the_fixture_is_what_it_says() -> None:
    fixture = bank_and_university()
    entities = {(e.kind, e.text, e.canonical) for e in fixture.annotations.entities}
    assert ("person", "陈教授", "陈某某") in entities
    for entity in fixture.annotations.entities:
        assert isinstance(entity, Entity)
        text = fixture.document.paragraphs[entity.paragraph].text
        assert text[entity.start : entity.end] == entity.text
