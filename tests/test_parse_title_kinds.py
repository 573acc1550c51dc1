"""Headlines as pages set them: what the parser takes as the title (a headline is shown as
printed, column prefix and all; a subtitle, a kicker, a menu, a site name or a breadcrumb is
not it; a headline centred over two or three lines is joined)."""

from __future__ import annotations

import pytest

from tests.made_up_page import DATELINE, FOOTER, MENU, ONE, THREE, TITLE, TWO
from tui.parse import parse

HEADER = DATELINE
CENTRED = " " * 30
CASES = [
    (f"{TITLE}\n\n{HEADER}", TITLE),
    (f"当前位置：首页 > 新闻中心 > 经济\n\n{TITLE}\n\n{HEADER}", TITLE),
    (f"                    {TITLE}\n\n{HEADER}", TITLE),
    (f"{TITLE}\n——统计局发布上半年数据\n\n{HEADER}", TITLE),
    (f"独家｜{TITLE}\n\n{HEADER}", f"独家｜{TITLE}"),  # a column prefix is printed, so kept
    (f"【独家】{TITLE}\n\n{HEADER}", f"【独家】{TITLE}"),
    (f"{TITLE}\n\n{HEADER}\n\n分享到：微信 微博 QQ空间", TITLE),
    (f"某某网\n\n{TITLE}\n\n{HEADER}", TITLE),
    (f"{TITLE}\n\n", TITLE),
    (f"经济\n\n{TITLE}\n\n{HEADER}", TITLE),
    (
        f"上半年经济运行\n总体平稳\n\n{HEADER}",
        "上半年经济运行",
    ),  # a kicker over a title, or half of one?
    (f"正文\n\n{TITLE}\n\n{HEADER}", TITLE),
    (f"{TITLE}\n\n{HEADER}\n\n原标题：上半年经济稳中有进", TITLE),
    (f"标题：{TITLE}\n\n{HEADER}", TITLE),  # a headline set as a field: the label is not shown
    (f"标　题： {TITLE}\n\n{HEADER}", TITLE),
    (f"# {TITLE}\n\n{HEADER}", TITLE),
    (f"****** {TITLE} ******\n\n{HEADER}", TITLE),  # html2text frames a headline in asterisks
    # … one with words apart (no menu's), a byline under it
    (
        f"***** 每日一课：用 Python 写一个小工具 *****\n原创  张三   某某号\n\n{HEADER}",
        "每日一课：用 Python 写一个小工具",
    ),
    (f"{TITLE}（图）\n\n{HEADER}", TITLE + "（图）"),
    (f"视频｜{TITLE}\n\n{HEADER}", f"视频｜{TITLE}"),
    (f"{TITLE}\n\n作者：张三\n\n{HEADER}", TITLE),
    (f"{TITLE}\n\n{TITLE}\n\n{HEADER}", TITLE),
    (f"首页 | 新闻 | 财经 | 体育 | 娱乐\n\n{TITLE}\n\n{HEADER}", TITLE),
    (f"{TITLE}\n\n2021-07-15", TITLE),
    (f"{TITLE}\n\n3小时前", TITLE),
    (f"{TITLE}_某某网\n\n{HEADER}", TITLE + "_某某网"),
    (
        f"{CENTRED}上半年经济运行\n{CENTRED[:-2]}总体平稳向好\n\n{HEADER}",
        "上半年经济运行总体平稳向好",
    ),
    (
        f"{CENTRED}苹果公司今日宣布Vision\n{CENTRED}    Pro国行版开售\n\n{HEADER}",
        "苹果公司今日宣布Vision Pro国行版开售",
    ),
    (f"{TITLE}\n——统计局发布上半年数据\n\n{HEADER}", TITLE),
    (f"{CENTRED}{TITLE}\n{CENTRED[:-4]}——统计局发布上半年数据\n\n{HEADER}", TITLE),
    (f"{TITLE}\n\n——统计局发布上半年数据\n\n{HEADER}", TITLE),
]


@pytest.mark.parametrize(("header", "title"), CASES)
def test_the_headline_is_the_title(header: str, title: str) -> None:
    doc = parse(f"{MENU}\n\n{header}\n\n{ONE}\n\n{TWO}\n\n{THREE}\n\n{FOOTER}\n")
    assert doc.meta.title == title
    assert [p.text for p in doc.paragraphs] == [ONE, TWO, THREE]


def test_the_headline_over_a_text_of_short_lines_set_a_blank_line_apart() -> None:
    """A post written a clause a line, each a blank line apart, has its first long sentence
    forty lines down; the headline over it (with a date label no pattern reads whole) is within
    forty printed lines all the same, and a short line of the text is not it."""
    clauses = [
        "明天上午，",
        "城东的环路改造要开始第二期了，",
        "这是对上班的人最不方便的一期。",
        "怎么办？",
        "还没想好吗？",
    ]
    short_lines = [*clauses * 4, "总的来说"]
    long_lines = [ONE, TWO, THREE]
    page = [MENU, TITLE, "发布时间：05-1209:30", *short_lines, *long_lines, FOOTER]
    doc = parse("\n\n".join(page) + "\n")
    assert doc.meta.title == TITLE
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == clauses[0] and texts[-1] == THREE


def test_a_header_over_sentences_without_commas_is_the_pages() -> None:
    """A text may open with sentences that have no comma (…放风筝。): they are text all the
    same, and the header over them is the page's, not another article's further down."""
    brief = [
        "今天全市天气晴好公园里游人很多孩子们在草地上放风筝。",
        "预计明天仍以晴天为主最高气温将达到三十度。",
    ]
    menu = "\n".join(f"栏目{i}" for i in range(45))
    other = ["其他报道的大标题", "2021-07-14 10:00", ONE, TWO, THREE]
    document = parse("\n\n".join([TITLE, DATELINE, *brief, menu, *other, FOOTER]) + "\n")
    assert (document.meta.title, document.meta.date) == (TITLE, "2021-07-15")
