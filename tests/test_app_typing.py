"""Typing in the explorer's text fields (issue 15, point 1): a field that has focus owns every
printable key — letters that are also commands (g j k q e w n N t s r) land in it, typed fast
or one by one — and a command key acts only where no text is being typed."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from tests.documents import (
    Explorer,
    FakePipeline,
    GatedPipeline,
    ScreenHost,
    ready,
    river_towns_analysed,
    screen_text,
    send_at_once,
    twin_cities,
)
from tui.app.screens.entities import EntityListScreen
from tui.app.screens.quotes import QuotesScreen

SIZE = (120, 40)
# The most common pinyin starts, and words full of letters that are keys elsewhere.
WORDS = ("guangzhou", "wang", "gz", "jiang", "qian", "kewen", "chengzhou", "gnqjkewtsr")


def explorer(pipeline=None) -> Explorer:
    return Explorer([twin_cities()], pipeline or FakePipeline())


@pytest.mark.parametrize("word", WORDS)
async def test_the_entity_filter_takes_every_letter_typed_right_after_it_opens(word: str) -> None:
    app = ScreenHost(lambda: EntityListScreen(river_towns_analysed()))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*word)
        screen = app.screen
        assert isinstance(screen, EntityListScreen)
        assert screen.filter_input.value == word
        assert app.focused is screen.filter_input


@pytest.mark.parametrize("word", WORDS)
async def test_the_quote_filter_takes_every_letter_typed_right_after_it_opens(word: str) -> None:
    fx = river_towns_analysed()
    app = ScreenHost(lambda: QuotesScreen(fx.document, fx.insight))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*word)
        screen = app.screen
        assert isinstance(screen, QuotesScreen)
        assert screen.filter_input.value == word


async def test_from_the_filter_arrows_move_enter_chooses_and_escape_closes() -> None:
    app = ScreenHost(lambda: EntityListScreen(river_towns_analysed()))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("h", "a", "i", "down", "enter")
    assert app.results == [("place", "海港市")]


async def test_on_the_list_the_letters_are_keys_again() -> None:
    """Tab moves to the list; there j/k move, q and e close, and other letters filter."""
    app = ScreenHost(lambda: EntityListScreen(river_towns_analysed()))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        await pilot.press("tab")
        assert app.focused is screen.option_list
        await pilot.press("j")
        group = screen.highlighted_group
        assert group is not None and group.name == "赵小燕"
        await pilot.press("e")
    assert app.results == [None]


@pytest.mark.parametrize("word", WORDS)
@pytest.mark.parametrize(("key", "listing"), [("e", EntityListScreen), ("w", QuotesScreen)])
async def test_e_or_w_then_a_word_in_the_explorer_filters_its_list(
    key: str, listing: type, word: str
) -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press(key, *word)
        screen = app.screen
        assert isinstance(screen, listing)
        assert screen.filter_input.value == word


@pytest.mark.parametrize("word", WORDS)
@pytest.mark.parametrize(("key", "listing"), [("e", EntityListScreen), ("w", QuotesScreen)])
async def test_a_word_typed_in_one_burst_with_e_or_w_is_the_filter(
    key: str, listing: type, word: str
) -> None:
    """Sent before the panel is there, the word's letters had gone up to the explorer's
    bindings (s toggled the stats pane, g went to the top) or nowhere."""
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        stats_shown = app.query_one("#stats").display
        send_at_once(app, key + word)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, listing)
        assert screen.filter_input.value == word
        assert app.query_one("#stats").display == stats_shown


async def test_slash_in_a_panel_filters_there_and_opens_no_search_underneath() -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("e", "tab", "slash", *"gz")
        screen = app.screen
        assert isinstance(screen, EntityListScreen)
        assert app.focused is screen.filter_input and screen.filter_input.value == "gz"
        await pilot.press("escape")
        assert app.search_bar is None or not app.search_bar.display


async def test_e_then_guangzhou_shows_guangzhou() -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("e", *"guangzhou")
        assert [g.name for g in app.screen.shown] == ["广州"]
        assert "广州" in screen_text(app)


@pytest.mark.parametrize("key", ["e", "w"])
async def test_e_and_w_during_the_analysis_open_when_it_lands_and_keep_what_was_typed(
    key: str,
) -> None:
    pipeline = GatedPipeline()
    app = explorer(pipeline)
    async with app.run_test(size=SIZE) as pilot:
        pipeline.started.wait(5)
        await pilot.press(key, *"li")
        screen_type = EntityListScreen if key == "e" else QuotesScreen
        assert isinstance(app.screen, screen_type)  # at once, waiting for the analysis
        assert app.screen.filter_input.value == "li"
        assert not app.notes
        pipeline.release.set()
        await ready(app, pilot)
        await pilot.press("m")
        assert app.screen.filter_input.value == "lim"
        shown = screen_text(app)
        assert "李明远" in shown


@pytest.mark.parametrize("word", WORDS)
async def test_the_search_bar_takes_every_letter(word: str) -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *word)  # before the analysis and the panes are done
        field = app.query_one("#search-input", Input)
        assert field.value == word
        await ready(app, pilot)
        await pilot.press(*word)
        assert field.value == word * 2


@pytest.mark.parametrize("word", WORDS)
async def test_the_search_bar_takes_every_letter_after_a_search_and_while_stepping(
    word: str,
) -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("slash", *"gz", "enter")  # searched: n/N step now
        await pilot.press("slash", "backspace", "backspace", *word)
        field = app.query_one("#search-input", Input)
        assert field.value == word
        app.step_through_entity("person", "李明远")  # stepping through an entity
        await pilot.pause()
        await pilot.press("slash", *word)
        assert field.value == word


# A typo mended in one burst: keys that queue while the explorer is busy (a big folder being
# read, a long filter) or come over a slow link arrive together; Textual ran a field's own
# keys (backspace, Home) only after the letters that followed them ("guangzh").
MENDED = [
    ("guangzhuo", ["backspace", "backspace", "o", "u"]),
    ("angzhou", ["home", "g", "u", "end"]),
]


@pytest.mark.parametrize(("typed", "burst"), MENDED)
@pytest.mark.parametrize("listing", [EntityListScreen, QuotesScreen])
async def test_a_typo_mended_in_one_burst_is_mended_in_the_panel_filters(
    listing: type, typed: str, burst: list[str]
) -> None:
    fx = river_towns_analysed()
    app = ScreenHost(
        lambda: (
            EntityListScreen(fx)
            if listing is EntityListScreen
            else QuotesScreen(fx.document, fx.insight)
        )
    )
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*typed)
        send_at_once(app, burst)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, listing)
        assert screen.filter_input.value == "guangzhou"


@pytest.mark.parametrize(("typed", "burst"), MENDED)
async def test_a_typo_mended_in_one_burst_is_mended_in_the_search_bar(
    typed: str, burst: list[str]
) -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("slash", *typed)
        send_at_once(app, burst)
        await pilot.pause()
        assert app.query_one("#search-input", Input).value == "guangzhou"
        assert "/ guangzhou" in screen_text(app)
