"""The smaller points of issue 15 (point 8 and the settings of point 3), each as a reader meets
it: chapter names in the outline, the raw page's line count, the stats pane on a narrow
terminal, the key bar, where the focus is, ctrl+c, and settings kept from one run to the next."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.documents import FakePipeline, from_page, ready, screen_text, twin_cities
from tui.app.app import ExplorerApp
from tui.app.outline import Outline, outline_label
from tui.app.screens.raw import RawPageScreen
from tui.app.settings import Settings, load_settings, save_settings, settings_path
from tui.model import Section

SIZE = (120, 40)


def explorer(*documents, settings: Settings | None = None) -> ExplorerApp:
    return ExplorerApp(list(documents) or [twin_cities()], FakePipeline(), settings=settings)


def test_a_novels_chapter_keeps_its_name_in_the_outline() -> None:
    title = "王教头私走延安府\u3000九纹龙大闹史家村"
    chapter = Section(1, title, "第一回\u3000" + title, 5, None, ())
    assert str(outline_label(chapter)).split(None, 1)[1] == "第一回\u3000" + title
    prologue = Section(0, "张天师祈禳瘟疫", "楔子\u3000张天师祈禳瘟疫", 3, None, ())
    assert "楔子" in str(outline_label(prologue))
    marked = Section(2, "解放思想", "【解放思想】", 9, None, ())
    assert str(outline_label(marked)).split() == ["2", "解放思想"]


async def test_the_raw_page_counts_the_lines_an_editor_counts() -> None:
    document = from_page([("meta", "标题"), ("body", "正文一段。"), ("blank", "")])
    assert len(document.lines) == 3  # the text ended with a newline
    app = explorer(document)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("r")
        assert isinstance(app.screen, RawPageScreen)
        assert "2 lines" in screen_text(app)


async def test_stats_asked_for_at_60_columns_leave_the_article_most_of_the_width() -> None:
    app = explorer()
    async with app.run_test(size=(60, 20)) as pilot:
        await ready(app, pilot)
        await pilot.press("s")
        await pilot.pause()
        article = app.article.region.width
        stats = app.query_one("#right").region.width
        assert app.query_one("#right").display
        assert stats <= 60 * 2 // 5 and article >= 30


@pytest.mark.parametrize("width", [120, 100, 80])
async def test_every_word_of_the_key_bar_is_whole(width: int) -> None:
    app = explorer()
    async with app.run_test(size=(width, 24)) as pilot:
        await ready(app, pilot)
        bar = screen_text(app).splitlines()[-1]
        for word in ("Next", "Search", "Entities", "Kinds", "Who said", "Stats", "Help", "Quit"):
            assert word in bar, bar


async def test_the_pane_with_the_keys_is_tinted_over_its_height() -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        side = app.query_one("#side")
        before = side.styles.background
        app.query_one(Outline).focus()
        await pilot.pause()
        assert app.focused is app.query_one(Outline)
        assert side.styles.background != before


async def test_ctrl_c_quits() -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("ctrl+c")
        await pilot.pause()
    assert app.return_code == 0 and not app.is_running


# --- settings -------------------------------------------------------------------------------


def test_settings_round_trip_and_survive_a_bad_file(settings_dir: Path) -> None:
    path = settings_path()
    assert path.parent == settings_dir
    assert load_settings() == Settings()  # none yet
    chosen = Settings(theme="textual-light", kinds=frozenset({"person"}), stats=False)
    assert save_settings(chosen)
    assert load_settings() == chosen
    path.write_text("theme = [not toml", encoding="utf-8")
    assert load_settings() == Settings()
    path.write_text('theme = 3\nkinds = ["person", "nonsense"]\nstats = "yes"\n', "utf-8")
    assert load_settings() == Settings(kinds=frozenset({"person"}))


async def test_the_theme_kinds_and_stats_pane_are_remembered(settings_dir: Path) -> None:
    app = explorer(settings=None)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        app.theme = "textual-light"
        await pilot.press("t", "s")  # people only; the stats pane hidden
        await pilot.pause()
    saved = load_settings()
    assert saved.theme == "textual-light"
    assert saved.kinds == frozenset({"person"})
    assert saved.stats is False
    again = explorer(settings=None)
    async with again.run_test(size=SIZE) as pilot:
        await ready(again, pilot)
        assert again.theme == "textual-light"
        assert again.kinds == frozenset({"person"})
        assert not again.query_one("#right").display


@pytest.mark.parametrize(("width", "language"), [(60, "en"), (70, "en"), (60, "zh"), (80, "zh")])
async def test_a_narrow_key_bar_shows_whole_keys_only(width: int, language: str) -> None:
    """Keys leave the bar whole when it is too narrow: never "w Who s" (issue 15, point 8)."""
    import re

    from tui.app import keys
    from tui.i18n import set_language

    set_language(language)
    app = explorer()
    async with app.run_test(size=(width, 20)) as pilot:
        await ready(app, pilot)
        bar = screen_text(app).splitlines()[-1].split("▏")[0].strip()
        pairs = [
            f"{re.escape(app.get_key_display(b))} {re.escape(keys.translated(b).description)}"
            for b in keys.BINDINGS
            if isinstance(b, keys.Binding) and b.show
        ]
        one = "(?:" + "|".join(pairs) + ")"
        assert re.fullmatch(f"{one}(?: {one})*", bar), bar
        assert bar.endswith(keys.translated(keys.BINDINGS[-3]).description)  # … q Quit
