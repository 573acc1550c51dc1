"""The raw page (r): every source line with its number and role mark, chrome dimmed, wrapping that
never loses or overflows a character, its keys, and a big document drawn line by line."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rich.cells import cell_len
from rich.style import Style
from textual.strip import Strip

from tests.documents import MARKUP_QUOTE, RIVER_TOWNS_PAGE, ScreenHost, river_towns, screen_text
from tui.app.messages import JumpTo
from tui.app.screens import RawPageScreen
from tui.app.screens.raw import ROLE_MARK, RawPageView
from tui.model import Document, Metadata, Paragraph, Section

SIZE = (120, 40)


def raw_host(doc: Document | None = None, line: int | None = None) -> ScreenHost:
    doc = doc or river_towns()
    return ScreenHost(lambda: RawPageScreen(doc, line=line))


def big_document(lines: int = 30_000) -> Document:
    """A long page: every line a numbered sentence, some long enough to wrap."""
    text = tuple(
        f"第{i}行。" + ("天下大势，分久必合，合久必分。“好！”" * (i % 7)) for i in range(lines)
    )
    paragraphs = tuple(Paragraph(i, 0, t, i + 1, i + 1) for i, t in enumerate(text))
    return Document(
        "big.txt",
        text,
        ("body",) * lines,
        Metadata(),
        (Section(0, None, None, None, None, paragraphs),),
    )


async def test_every_line_is_shown_with_its_number_and_role_mark() -> None:
    app = raw_host()
    async with app.run_test(size=SIZE):
        rows = screen_text(app).splitlines()
        for number, (role, text) in enumerate(RIVER_TOWNS_PAGE, 1):
            expected = f"{number:>2} {ROLE_MARK[role]} {text}".rstrip()
            assert any(row.strip().startswith(expected.strip()) for row in rows), expected


async def test_legend_counts_lines_by_role() -> None:
    app = raw_host()
    async with app.run_test(size=SIZE):
        text = screen_text(app)
        assert "┃ article 9 " in text
        assert "▶ heading 3" in text
        assert "◆ metadata 2" in text
        assert "· page chrome 3" in text
        assert "19 lines" in text
        assert "Esc r q close" in text  # its own keys, not the explorer's


async def test_boilerplate_is_dimmed_and_article_lines_are_not() -> None:
    app = raw_host()
    async with app.run_test(size=SIZE):
        view = app.screen.query_one(RawPageView)
        chrome = view.render_line(0)  # line 1: the site menu
        article = view.render_line(5)  # line 6: the lead

        def text_style(strip: Strip) -> Style:
            segment = next(
                s
                for s in strip
                if s.text.strip() and s.text.strip() not in {*ROLE_MARK.values(), "1", "6"}
            )
            return segment.style

        dim_color = text_style(chrome).color.get_truecolor()
        body_color = text_style(article).color.get_truecolor()
        assert sum(dim_color) < sum(body_color)  # darker on a dark theme


async def test_markup_in_a_raw_line_is_shown_literally() -> None:
    app = raw_host()
    async with app.run_test(size=SIZE) as pilot:
        text = screen_text(app)
        row = next(row for row in text.splitlines() if "版权所有" in row)
        assert MARKUP_QUOTE in row
        x = row.index(MARKUP_QUOTE)
        await pilot.click(RawPageView, offset=(x + 2, 18))
        assert app.is_running


@pytest.mark.parametrize("key", ["escape", "r", "q"])
async def test_raw_page_closes(key: str) -> None:
    app = raw_host()
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, RawPageScreen)
        await pilot.press(key)
        assert not isinstance(app.screen, RawPageScreen)
    assert app.results == [None]


async def test_scroll_keys_on_a_big_page() -> None:
    app = raw_host(big_document())
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.screen.query_one(RawPageView)
        assert view.scroll_y == 0
        await pilot.press("j", "j")
        assert view.scroll_y == 2
        await pilot.press("k")
        assert view.scroll_y == 1
        await pilot.press("down")
        assert view.scroll_y == 2
        await pilot.press("up")
        assert view.scroll_y == 1
        await pilot.press("end")
        assert view.scroll_y == view.max_scroll_y
        await pilot.press("home")
        assert view.scroll_y == 0
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y > 30_000
        assert "30000 ┃ 第29999行。" in screen_text(app)
        await pilot.press("g")
        assert view.scroll_y == 0
        await pilot.press("space")
        page = view.scroll_y
        assert page > 10
        await pilot.press("b")
        assert view.scroll_y == 0
        await pilot.press("pagedown")
        assert view.scroll_y == page


async def test_opens_at_a_given_line() -> None:
    app = raw_host(big_document(), line=12_345)
    async with app.run_test(size=(80, 24)):
        first_row = screen_text(app).splitlines()[2]
        assert first_row.strip().startswith("12345 ┃ 第12344行。")


async def test_wrapped_rows_carry_the_mark_but_not_the_number() -> None:
    app = raw_host(big_document(50))
    async with app.run_test(size=(60, 20)):
        rows = screen_text(app).splitlines()[2:18]
        numbered = [row for row in rows if row.split()[0].isdigit()]
        continued = [row for row in rows if row.strip().startswith("┃")]
        assert numbered and continued
        assert all(cell_len(row.rstrip()) <= 60 for row in rows)


async def test_n_and_p_go_from_heading_to_heading() -> None:
    app = raw_host()
    async with app.run_test(size=(80, 8)) as pilot:
        view = app.screen.query_one(RawPageView)
        tops = []
        for key in ("n", "n", "n", "n", "p", "left_square_bracket", "right_square_bracket"):
            await pilot.press(key)
            tops.append(view.line_at_row(round(view.scroll_y)))
        # Headings are lines 8, 12 and 16; the 5-row view cannot bring line 16 to its top
        # (the page ends first, at line 15), and n past the last heading stays put.
        assert tops == [8, 12, 15, 15, 12, 8, 12]


async def test_the_explorer_keys_do_not_reach_below_the_raw_page() -> None:
    class Explorer(ScreenHost):
        BINDINGS = [("s", "record('s')"), ("e", "record('e')")]

        def action_record(self, key: str) -> None:
            self.results.append(f"explorer got {key}")

    doc = river_towns()
    app = Explorer(lambda: RawPageScreen(doc))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", "e")
        assert isinstance(app.screen, RawPageScreen)
    assert app.results == []


async def test_the_reading_line_is_marked() -> None:
    app = raw_host(line=9)
    async with app.run_test(size=SIZE):
        view = app.screen.query_one(RawPageView)
        assert view.reading_line == 9

        def number_style(row: int) -> Style:
            return next(s.style for s in view.render_line(row) if s.text.strip().isdigit())

        assert number_style(8).reverse  # line 9, the reading position
        assert not number_style(9).reverse


class JumpRecorder(ScreenHost):
    """The host, also recording where the raw page asks the explorer to go."""

    def __init__(self, make_screen: Callable[[], RawPageScreen]) -> None:
        super().__init__(make_screen)
        self.jumps: list[int] = []

    def on_jump_to(self, message: JumpTo) -> None:
        self.jumps.append(message.paragraph)


@pytest.mark.parametrize(
    ("line", "paragraph"),
    [(9, 2), (8, 2), (14, 6), (1, None), (4, None), (5, None)],  # body, heading; chrome, meta
)
async def test_clicking_an_article_line_goes_there(line: int, paragraph: int | None) -> None:
    doc = river_towns()
    app = JumpRecorder(lambda: RawPageScreen(doc))
    async with app.run_test(size=SIZE) as pilot:
        view = app.screen.query_one(RawPageView)
        await pilot.click(view, offset=(8, view.row_of_line(line)))
        await pilot.pause()
        if paragraph is None:
            assert isinstance(app.screen, RawPageScreen)
    assert app.jumps == ([] if paragraph is None else [paragraph])
    assert app.results == ([] if paragraph is None else [None])


async def test_enter_goes_to_the_first_article_line_in_view() -> None:
    doc = big_document(3000)
    app = JumpRecorder(lambda: RawPageScreen(doc, line=1234))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
    assert app.jumps == [1233]  # line 1234 holds paragraph 1233
