"""Pilot tests of the entity list (e), who said what (w) and help (?) screens: every key, the value
each dismisses with, mouse selection, and file text shown literally."""

from __future__ import annotations

import pytest

from tests.documents import (
    MARKUP_ENTITY,
    MARKUP_QUOTE,
    ScreenHost,
    analysed,
    river_towns,
    river_towns_analysed,
    river_towns_annotations,
    screen_text,
)
from tui.app.screens import EntityListScreen, HelpScreen, QuotesScreen
from tui.app.screens.entities import EntityList, matches_filter
from tui.app.screens.quotes import UNATTRIBUTED, QuoteList
from tui.model import Annotations, Entity, Quote
from tui.text.pinyin import TextMatcher

SIZE = (120, 40)


def entity_host(notes: Annotations | None = None) -> ScreenHost:
    doc = river_towns()
    notes = notes if notes is not None else river_towns_annotations(doc)
    return ScreenHost(lambda: EntityListScreen(analysed(doc, notes)))


def quotes_host(notes: Annotations | None = None) -> ScreenHost:
    doc = river_towns()
    notes = notes if notes is not None else river_towns_annotations(doc)
    return ScreenHost(lambda: QuotesScreen(doc, analysed(doc, notes).insight))


# --- entity list ---------------------------------------------------------------------------


def shown_names(screen: EntityListScreen) -> list[str]:
    return [group.name for group in screen.shown]


async def test_entity_list_opens_on_the_most_named_person_with_the_filter_focused() -> None:
    app = entity_host()
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, EntityListScreen)
        assert app.focused is screen.filter_input
        group = screen.highlighted_group
        assert group is not None
        assert (group.kind, group.name) == ("person", "李明远")
        await pilot.press("enter")
    assert app.results == [("person", "李明远")]


async def test_entity_list_groups_by_kind_with_counts_and_aliases() -> None:
    app = entity_host()
    async with app.run_test(size=SIZE):
        text = screen_text(app)
        # Kind headings in model order, each with its names and mentions.
        headings = [
            "person  2 names · 4 mentions",
            "org  3 names · 4 mentions",
            "place  2 names · 8 mentions",
            "title  1 name · 1 mention",
        ]
        positions = [text.index(h) for h in headings]
        assert positions == sorted(positions)
        # 江城 is counted with 江城市 and named beside it.
        assert "4  江城市  also 江城" in text
        assert "13 names" in text


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        (["j"], ("person", "赵小燕")),
        (["down"], ("person", "赵小燕")),
        (["j", "j"], ("org", "江城大学")),  # the kind heading between them is skipped
        (["j", "j", "k"], ("person", "赵小燕")),
        (["j", "up"], ("person", "李明远")),
        (["G"], ("title", "《协同发展协议》")),
        (["end"], ("title", "《协同发展协议》")),
        (["G", "g"], ("person", "李明远")),
        (["G", "home"], ("person", "李明远")),
        (["pagedown", "pageup"], ("person", "李明远")),
    ],
)
async def test_entity_list_navigation_then_enter(keys: list[str], expected: tuple) -> None:
    app = entity_host()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab", *keys, "enter")  # on the list, the letters are its keys
    assert app.results == [expected]


@pytest.mark.parametrize("keys", [["escape"], ["tab", "e"], ["tab", "q"], ["tab", "escape"]])
async def test_entity_list_closes_with_none(keys: list[str]) -> None:
    app = entity_host()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*keys)
        assert not isinstance(app.screen, EntityListScreen)
    assert app.results == [None]


async def test_typing_chinese_filters_the_list() -> None:
    app = entity_host()
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        await pilot.press("江")
        assert screen.filter_input.value == "江"
        assert shown_names(screen) == ["江城大学", "江城市"]
        await pilot.press("城", "市")
        assert shown_names(screen) == ["江城市"]
        await pilot.press("enter")
    assert app.results == [("place", "江城市")]


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("jcdx", ["江城大学"]),  # initials
        ("haigang", ["海港港务集团", "海港市"]),  # full pinyin
        ("hai gang", ["海港港务集团", "海港市"]),  # with a space
        ("zhaoxy", ["赵小燕"]),  # syllables and initials mixed, as / takes them too
        ("lmy", ["李明远"]),
    ],
)
async def test_filter_by_pinyin(query: str, names: list[str]) -> None:
    app = entity_host()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*[" " if c == " " else c for c in query])
        assert shown_names(app.screen) == names
        if not names:
            assert "nothing matches the filter" in screen_text(app)


async def test_filter_matches_an_alias() -> None:
    groups = river_towns_analysed().insight.entities
    group = next(g for g in groups["place"] if g.name == "江城市")
    assert matches_filter(group, TextMatcher("江城"))
    assert matches_filter(group, TextMatcher("jiangcheng"))
    assert not matches_filter(group, TextMatcher("海港"))


async def test_a_letter_without_a_binding_starts_the_filter_with_that_letter() -> None:
    app = entity_host()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("l", "m", "y")
        assert app.screen.filter_input.value == "lmy"
        assert app.focused is app.screen.filter_input


async def test_in_the_filter_q_and_e_are_typed_and_arrows_still_move() -> None:
    app = entity_host()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("h", "a", "i")
        assert isinstance(app.screen, EntityListScreen)
        assert shown_names(app.screen) == ["海港港务集团", "海港市"]
        await pilot.press("down", "enter")
    assert app.results == [("place", "海港市")]


async def test_escape_in_the_filter_closes() -> None:
    app = entity_host()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", "q", "escape")
    assert app.results == [None]


async def test_clicking_an_entity_selects_it() -> None:
    app = entity_host()
    async with app.run_test(size=SIZE) as pilot:
        option_list = app.screen.query_one(EntityList)
        # Row 0 is the person heading, rows 1 and 2 its names.
        await pilot.click(option_list, offset=(9, 2))
    assert app.results == [("person", "赵小燕")]


async def test_entity_detail_shows_sections_and_first_mention() -> None:
    app = entity_host()
    async with app.run_test(size=SIZE) as pilot:
        text = screen_text(app)
        assert "3 mentions  in sections 0–2" in text
        assert "江城大学教授李明远说" in text
        await pilot.press("down")
        assert "1 mention  in section 1" in screen_text(app)


async def test_entity_markup_is_shown_literally() -> None:
    app = entity_host()
    async with app.run_test(size=SIZE) as pilot:
        assert MARKUP_ENTITY in screen_text(app)
        await pilot.press(*"bold")
        assert shown_names(app.screen) == [MARKUP_ENTITY]
        await pilot.press("enter")
    assert app.results == [("org", MARKUP_ENTITY)]


async def test_no_entities_yet() -> None:
    app = entity_host(Annotations())
    async with app.run_test(size=SIZE) as pilot:
        assert "no entities found" in screen_text(app)
        await pilot.press("enter", "j", "escape")
    assert app.results == [None]


# --- who said what -------------------------------------------------------------------------


async def test_quotes_grouped_by_speaker_most_quoted_first_unattributed_last() -> None:
    app = quotes_host()
    async with app.run_test(size=SIZE):
        text = screen_text(app)
        order = [
            text.index(s)
            for s in ("李明远  2 quotes", "赵小燕  1 quote", f"{UNATTRIBUTED}  1 quote")
        ]
        assert order == sorted(order)
        assert "“两地合作的基础在于互信。”  §0 Lead" in text
        assert "“我们希望把研发放在江城,把制造放在海港。”  §1 产业协同" in text
        assert "4 quotes · 2 speakers" in text
        assert app.focused is app.screen.filter_input


@pytest.mark.parametrize(
    ("keys", "paragraph"),
    [
        ([], 1),
        (["j"], 6),
        (["down"], 6),
        (["j", "j"], 3),  # over the rule and the next speaker's heading
        (["j", "j", "k"], 6),
        (["G"], 7),
        (["end"], 7),
        (["G", "g"], 1),
        (["G", "home"], 1),
        (["G", "up"], 3),
        (["pagedown"], 7),
        (["pagedown", "pageup"], 1),
    ],
)
async def test_quote_navigation_then_enter_gives_the_quote(keys: list[str], paragraph: int) -> None:
    app = quotes_host()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab", *keys, "enter")
    assert len(app.results) == 1
    quote = app.results[0]
    assert isinstance(quote, Quote)
    assert quote.paragraph == paragraph


@pytest.mark.parametrize("keys", [["escape"], ["tab", "w"], ["tab", "q"]])
async def test_quotes_close_with_none(keys: list[str]) -> None:
    app = quotes_host()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*keys)
        assert not isinstance(app.screen, QuotesScreen)
    assert app.results == [None]


async def test_clicking_a_quote_selects_it() -> None:
    app = quotes_host()
    async with app.run_test(size=SIZE) as pilot:
        option_list = app.screen.query_one(QuoteList)
        await pilot.click(option_list, offset=(6, 5))  # 赵小燕's quote, under the rule
    assert [q.speaker for q in app.results] == ["赵小燕"]


async def test_quote_markup_is_shown_literally_and_not_obeyed() -> None:
    app = quotes_host()
    async with app.run_test(size=SIZE) as pilot:
        text = screen_text(app)
        assert MARKUP_QUOTE in text
        option_list = app.screen.query_one(QuoteList)
        x = next(line for line in text.splitlines() if MARKUP_QUOTE in line).index("[@click")
        await pilot.click(option_list, offset=(x - option_list.region.x + 3, 2))
        assert app.is_running  # the click selected the quote; it did not run app.quit
    assert app.results[0].text.startswith(MARKUP_QUOTE)


async def test_no_quotes() -> None:
    app = quotes_host(Annotations())
    async with app.run_test(size=SIZE) as pilot:
        assert "no quotes found" in screen_text(app)
        await pilot.press("enter", "tab", "q")
    assert app.results == [None]


def test_the_screen_lists_the_analysis_speakers_in_order_the_unattributed_last() -> None:
    fx = river_towns_analysed()
    screen = QuotesScreen(fx.document, fx.insight)
    assert [g.speaker for g in screen.groups] == ["李明远", "赵小燕", None]


# --- help ----------------------------------------------------------------------------------

BINDINGS = [
    ("j/k ↓↑", "scroll"),
    ("n/p ] [", "next / previous section"),
    ("e", "entity list"),
    ("[b]x[/b]", "[@click=app.quit]quit[/]"),
]


async def test_help_lists_every_key_and_the_colours() -> None:
    app = ScreenHost(lambda: HelpScreen(BINDINGS))
    async with app.run_test(size=SIZE):
        text = screen_text(app)
        for key, action in BINDINGS:
            # The key, then what it does, on one row of the table.
            assert any(
                key in line and line.index(key) < line.find(action) for line in text.splitlines()
            ), (key, action)
        for label in ("person", "org", "place", "time", "number", "title"):
            assert label in text
        assert "coloured by kind" in text


@pytest.mark.parametrize("key", ["escape", "question_mark", "q"])
async def test_help_closes(key: str) -> None:
    app = ScreenHost(lambda: HelpScreen(BINDINGS))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(key)
        assert not isinstance(app.screen, HelpScreen)
    assert app.results == [None]


async def test_help_scrolls_a_long_list_with_j_and_k() -> None:
    many = [(f"key{i}", f"action number {i}") for i in range(80)]
    app = ScreenHost(lambda: HelpScreen(many))
    async with app.run_test(size=(80, 24)) as pilot:
        keys = app.screen.query_one("#help-keys")
        assert "key0 " in screen_text(app)
        await pilot.press("j", "j", "j")
        assert keys.scroll_y == 3
        await pilot.press("k")
        assert keys.scroll_y == 2
        await pilot.press("down", "down", "up")
        assert keys.scroll_y == 3
        await pilot.press("end")
        text = screen_text(app)
        assert "key79" in text
        # The list scrolls inside the panel; the colours and the hint stay on screen.
        assert "coloured by kind" in text and "Esc ? q close" in text


async def test_a_long_kind_is_cut_with_a_count_and_the_filter_reaches_the_rest() -> None:
    from tui.app.screens.entities import MAX_ROWS_PER_KIND

    names = [f"人{i:04d}" for i in range(MAX_ROWS_PER_KIND + 50)]
    notes = Annotations(tuple(Entity("person", 0, 5, name, 0) for name in names))
    app = entity_host(notes)
    async with app.run_test(size=SIZE) as pilot:
        assert len(app.screen.shown) == MAX_ROWS_PER_KIND
        await pilot.press("tab", "G")
        assert "… 50 more: type to filter" in screen_text(app)
        await pilot.press("slash", *"0249", "enter")
    assert app.results == [("person", "人0249")]


async def test_a_novel_of_quotes_is_folded_per_speaker_and_unfolds_on_enter() -> None:
    from tui.app.screens.quotes import ALL_QUOTES_UP_TO, QUOTES_FOLDED

    count = ALL_QUOTES_UP_TO + 1
    quotes = tuple(Quote(f"第{i}句话", "甲" if i % 2 else "乙", i % 9, 0, 3) for i in range(count))
    app = quotes_host(Annotations(quotes=quotes))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert len(screen.shown) == 2 * QUOTES_FOLDED
        text = screen_text(app)
        hidden = count // 2 - QUOTES_FOLDED  # 乙 (even i) has one more quote than 甲
        assert f"… {hidden + 1:,} more  Enter shows them" in text
        await pilot.press(*["down"] * QUOTES_FOLDED, "enter")  # on 乙's "more" row
        assert isinstance(app.screen, QuotesScreen)
        assert screen.highlighted_quote is quotes[2 * QUOTES_FOLDED]
        await pilot.press("enter")
    assert app.results == [quotes[2 * QUOTES_FOLDED]]


@pytest.mark.parametrize(
    ("keys", "speakers", "heading"),
    [
        (["z", "x", "y"], ["赵小燕"], "赵小燕  1 quote"),  # initials of the speaker
        (["l", "i", "m", "i", "n", "g"], ["李明远", "李明远"], "李明远  2 quotes"),
        (["互", "信"], ["李明远"], "李明远  1 of 2 quotes"),  # words of a quote
        (["通", "勤"], [None], f"{UNATTRIBUTED}  1 quote"),
    ],
)
async def test_typing_filters_quotes_by_speaker_or_words(
    keys: list[str], speakers: list[str | None], heading: str
) -> None:
    app = quotes_host()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*keys)
        screen = app.screen
        assert app.focused is screen.filter_input
        assert [q.speaker for q in screen.shown] == speakers
        assert heading in screen_text(app)
        await pilot.press("enter")
    assert [q.speaker for q in app.results] == speakers[:1]


async def test_in_the_quote_filter_w_and_q_are_typed_and_escape_closes() -> None:
    app = quotes_host()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("w", "q")
        assert isinstance(app.screen, QuotesScreen)
        assert app.screen.filter_input.value == "wq"
        assert "nothing matches the filter" in screen_text(app)
        await pilot.press("escape")
    assert app.results == [None]


async def test_a_narrow_panel_keeps_whole_key_hints_and_how_to_close() -> None:
    app = entity_host()
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        rows = [row.strip(" │") for row in screen_text(app).splitlines()]
        hint = next(row for row in rows if row.endswith("Esc close"))
        assert hint == "Enter step through mentions  ·  Esc close"
    app = entity_host()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        hint = "Enter step through mentions  ·  type filter  ·  Tab list  ·  Esc close"
        assert hint in screen_text(app)
