"""A page laid out in a table, as the C html2text sets it: it wraps no table cell, so a row of
the layout — a menu cell on the left, the article's cell to its right — runs a thousand columns
wide, mostly padding, and a bordered cell's text stands against an ASCII bar (|第一条…   |). The
reader gets the article's cell, not the row; the header's fields centred right of the text
are still read."""

from __future__ import annotations

from tests.made_up_page import ONE, THREE, TITLE, TWO
from tui.parse import parse
from tui.parse.pagelines import describe, display_width

MENU = ["首页", "机构职能", "校内制度", "学思践悟", "警钟长鸣", "宣传教育", "文献资料"]
ROW_WIDTH = 1000
TEXT_AT = 300  # where the article's cell starts; its title and fields are centred further right


def _row(menu: str, cell: str, at: int = TEXT_AT) -> str:
    row = " " * 40 + (f"[../images/index_01.jpg] {menu}" if menu else "")
    row += " " * (at - display_width(row)) + cell
    return row + " " * (ROW_WIDTH - display_width(row))


def _bordered(text: str) -> str:
    return _row("", "|" + text + " " * (300 - display_width(text)) + "|")


def _page(dateline: str) -> str:
    rows = [
        _row("", "加入书签 | 设为主页 | 联系本站", at=500),
        "",
        _row(MENU[0], TITLE, at=TEXT_AT + 120),
        _row(MENU[1], dateline, at=TEXT_AT + 110),
        _row(MENU[2], "_" * 320),
        _bordered(ONE),
        _bordered(TWO),
        _bordered(THREE),
        _row(MENU[3], "|" + " " * 300 + "|"),
        "",
        _row("", "版权所有 某某大学 地址：某某路1号", at=400),
    ]
    return "\n".join(rows) + "\n"


def test_a_padded_row_wider_than_a_screen_is_cells_and_the_text_cell_is_read() -> None:
    row = _row(MENU[0], ONE)
    assert len(row) > 500  # wider than any screen a text browser lays out
    line = describe(0, row)
    assert (line.cell, line.column) == (ONE, TEXT_AT)


def test_html2text_s_ascii_border_is_not_the_cell_s_text() -> None:
    line = describe(0, _bordered(ONE))
    assert (line.cell, line.column) == (ONE, TEXT_AT + 1)


def test_the_article_of_a_page_html2text_laid_out_in_a_table() -> None:
    doc = parse(_page("来源: | 发布时间: 2021-07-15 | 浏览次数: 2168"))
    assert (doc.meta.title, doc.meta.date) == (TITLE, "2021-07-15")
    assert [p.text for p in doc.paragraphs] == [ONE, TWO, THREE]


def test_fields_set_far_apart_in_a_wide_row_are_read_as_one_line_of_fields() -> None:
    # the source a run of no-break spaces away from the date, the row padded to its width
    doc = parse(_page("某某网 ( 2021-07-15 09:20:26 )" + "\u00a0" * 7 + "稿件来源： 某某日报"))
    assert (doc.meta.date, doc.meta.source) == ("2021-07-15", "某某日报")
    assert [p.text for p in doc.paragraphs] == [ONE, TWO, THREE]


def test_a_list_box_beside_the_article_s_cell_is_a_widget_not_its_text() -> None:
    # html2text prints a <select> as [One of: …/…]: here more Han than the paragraph beside it
    box = "[One of: " + "/".join(f"某某省第{n}高级中学" for n in "一二三四五六七八") + "]"
    line = describe(0, _row(box, "|" + TWO + "  |"))
    assert (line.kind, line.cell) == ("text", TWO)
