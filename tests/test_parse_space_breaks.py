"""A dump that keeps each paragraph on one line, as the C html2text does, but breaks it at a
space, a hyphen or a slash before a word that does not fit in what is left of its width — and
to it a run of Han characters is one word. The reader gets the paragraph whole; a line that
ends a paragraph of its own (a dateline, a heading, a line of code) stays apart."""

from __future__ import annotations

import pytest

from tests.made_up_page import DATELINE, ONE, TITLE, TWO
from tui.parse import parse

TAIL = "期间带来最新的处理器，业内认为完整集成新功能或成为新品最大看点，发布会将在下周举行。"
BROKEN = [
    # (as the dump broke it, as the reader gets it: the space between two Latin words or
    # figures is kept; one between a Latin word and a Han one is not told from none)
    (
        ("某公司已经宣布，在下个月的2019", "IFA（国际消费电子展）" + TAIL),
        "某公司已经宣布，在下个月的2019 IFA（国际消费电子展）" + TAIL,
    ),
    (
        ("1-", "10月，全市完成投资123.45亿元，" + TAIL),
        "1-10月，全市完成投资123.45亿元，" + TAIL,
    ),
    (
        ("根据内部人士透露，三家公司关于 5G", "新机的营销方式主要有三种，" + TAIL),
        "根据内部人士透露，三家公司关于 5G新机的营销方式主要有三种，" + TAIL,
    ),
    (
        ("报告认为ABC-", "12型号的新机有较大改进，" + TAIL),
        "报告认为ABC-12型号的新机有较大改进，" + TAIL,
    ),
    (("某某网-", "新闻客户端讯今日，" + TAIL), "某某网-新闻客户端讯今日，" + TAIL),
    # a short word after a line long enough that it did not fit
    (
        (
            "某某是国会及行政当局某某委员会的成员，"
            + "也是该委员会近年来最为活跃的一位议员，负责" * 2,
            "(ABC)的主席。",
        ),
        "某某是国会及行政当局某某委员会的成员，"
        + "也是该委员会近年来最为活跃的一位议员，负责" * 2
        + "(ABC)的主席。",
    ),
    (
        (
            "三次产业投资占比由去年同期的一比五十调整为一比四十，其中第三产业占比为" * 2 + "1:",
            "50.3，与上年相当。",
        ),
        "三次产业投资占比由去年同期的一比五十调整为一比四十，其中第三产业占比为" * 2
        + "1:50.3，与上年相当。",
    ),
]


# A paragraph on one line, the page's longest: what ends short of it was not wrapped at a width.
LONGEST = TAIL * 3


def _page(*paragraph_lines: str) -> str:
    return "\n".join([TITLE, DATELINE, "", ONE, *paragraph_lines, TWO, LONGEST, ""])


@pytest.mark.parametrize(("lines", "whole"), BROKEN)
def test_a_paragraph_broken_where_a_word_did_not_fit_is_read_whole(
    lines: tuple[str, str], whole: str
) -> None:
    doc = parse(_page(*lines))
    assert [p.text for p in doc.paragraphs] == [ONE, whole, TWO, LONGEST]


@pytest.mark.parametrize(
    "lines",
    [
        ("发布时间：2021-07-15 09:30", "Apple公司的" + TAIL),  # a dateline ends its line
        (
            "下月将有10家企业IPO",
            "张晓明称，" + TAIL,
        ),  # a heading: no clause, a Han line under it
        ("    return", "handler.insert_one(json.loads(data))"),  # code goes on in ASCII
        ("第一部分 2019", "IFA"),  # a word too short to have been pushed down
        ("第一章 总则", "(一)为了规范管理，" + TAIL),  # an item numbered in brackets opens one
        ("某某排名出炉：四个城市位列前20", "9月25日，" + TAIL),  # a figure, then a date
        ("print(x)", "print(y)"),
    ],
)
def test_a_line_that_ends_on_its_own_stays_apart(lines: tuple[str, str]) -> None:
    doc = parse(_page(*lines))
    texts = [p.text for p in doc.paragraphs] + [s.heading for s in doc.sections if s.heading]
    assert not any(
        lines[0].strip() + lines[1] in t or lines[0].strip() + " " + lines[1] in t for t in texts
    )
