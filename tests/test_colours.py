"""Colours that read on every theme (issue 15, point 3): each entity kind and the search mark
are theme variables, and on every built-in theme they reach 4.5 : 1 against what they are drawn
on — measured here, theme by theme, and as the article actually paints them."""

from __future__ import annotations

import pytest
from textual.color import Color
from textual.theme import BUILTIN_THEMES

from tests.documents import FakePipeline, twin_cities
from tui.app.app import ExplorerApp
from tui.app.colours import MIN_CONTRAST, contrast, explorer_colours, theme_backgrounds
from tui.model import ENTITY_KINDS

COLOUR_THEMES = [name for name, theme in BUILTIN_THEMES.items() if not theme.ansi]
ANSI_THEMES = [name for name, theme in BUILTIN_THEMES.items() if theme.ansi]


def test_contrast_is_the_wcag_ratio() -> None:
    assert contrast(Color(0, 0, 0), Color(255, 255, 255)) == pytest.approx(21)
    assert contrast(Color(119, 119, 119), Color(255, 255, 255)) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("name", COLOUR_THEMES)
def test_every_kind_reads_on_every_background_of_the_theme(name: str) -> None:
    theme = BUILTIN_THEMES[name]
    _variables, backgrounds = theme_backgrounds(theme)
    colours = explorer_colours(theme)
    for kind in ENTITY_KINDS:
        colour = Color.parse(colours[f"kind-{kind}"])
        for background in backgrounds:
            assert contrast(colour, background) >= MIN_CONTRAST, (name, kind, background.hex)


@pytest.mark.parametrize("name", COLOUR_THEMES)
def test_the_text_of_a_search_match_reads_on_its_mark(name: str) -> None:
    colours = explorer_colours(BUILTIN_THEMES[name])
    mark = Color.parse(colours["match-background"])
    text = Color.parse(colours["match-foreground"])
    assert contrast(text, mark) >= MIN_CONTRAST


@pytest.mark.parametrize("name", ANSI_THEMES)
def test_ansi_themes_leave_the_colours_to_the_terminal_palette(name: str) -> None:
    colours = explorer_colours(BUILTIN_THEMES[name])
    assert all(colours[f"kind-{kind}"].startswith("ansi_") for kind in ENTITY_KINDS)


def test_light_and_dark_themes_get_different_values() -> None:
    light = explorer_colours(BUILTIN_THEMES["textual-light"])
    dark = explorer_colours(BUILTIN_THEMES["textual-dark"])
    assert all(light[f"kind-{k}"] != dark[f"kind-{k}"] for k in ENTITY_KINDS)


@pytest.mark.parametrize("name", ["textual-light", "solarized-light", "textual-dark", "nord"])
async def test_the_article_paints_the_kinds_in_the_themes_colours(name: str) -> None:
    app = ExplorerApp([twin_cities()], FakePipeline())
    async with app.run_test(size=(120, 40)) as pilot:
        app.theme = name
        await app.workers.wait_for_complete()
        await pilot.pause()
        background = Color.parse(app.theme_variables["background"])
        article = app.article
        for kind in ENTITY_KINDS:
            style = article.get_component_rich_style(f"kind--{kind}", partial=True)
            assert style.color is not None
            triplet = style.color.get_truecolor()
            painted = Color(triplet.red, triplet.green, triplet.blue)
            assert contrast(painted, background) >= MIN_CONTRAST, (name, kind)
