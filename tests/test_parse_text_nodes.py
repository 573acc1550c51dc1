"""A dump of a page's text nodes, one per line, as a scraper's BeautifulSoup get_text("\\n",
strip=True) gives a page: a paragraph is broken wherever a link or a bold word begins or ends,
and no blank line is kept. What no paragraph opens with (a comma, a closing bracket) or ends
with (an opening bracket or quote) carries a paragraph on; the reader gets it whole."""

from __future__ import annotations

import pytest

from tests.made_up_page import DATELINE, ONE, TITLE, TWO
from tui.parse import parse

REST = "这是公司成立以来的第一次，业内认为新的产品线将改变市场格局，发布会将在下周举行。"
BROKEN = [
    # a link's words, then the clause after it
    (
        ("某公司昨天宣布，前任总裁张某某将离职", "，此后他将担任顾问，" + REST),
        "某公司昨天宣布，前任总裁张某某将离职，此后他将担任顾问，" + REST,
    ),
    # a bracket the link's words stand in
    (
        ("新品在官网上市（", "国行", "）售价为每台三千元，" + REST),
        "新品在官网上市（国行）售价为每台三千元，" + REST,
    ),
    # a book title's marks around the link's words
    (
        ("他在会上分享了《", "某某技术的十年", "》的议题，" + REST),
        "他在会上分享了《某某技术的十年》的议题，" + REST,
    ),
    (
        ("会议通过了“", "十四五", "”规划的建议稿。" + REST),
        "会议通过了“十四五”规划的建议稿。" + REST,
    ),
    # links, and a word between them, inside a sentence broken off after a clause's comma
    (
        ("某公司昨天宣布，前任总裁", "张某某", "将", "离职", "，此后他将担任顾问，" + REST),
        "某公司昨天宣布，前任总裁张某某将离职，此后他将担任顾问，" + REST,
    ),
    (
        ("据了解，双方将在", "某某科技园", "。" + REST),
        "据了解，双方将在某某科技园。" + REST,
    ),
]


def _page(*lines: str) -> str:
    return "\n".join([TITLE, DATELINE, ONE, *lines, TWO, ""])


@pytest.mark.parametrize(("lines", "whole"), BROKEN)
def test_a_paragraph_broken_at_its_links_is_read_whole(lines: tuple[str, ...], whole: str) -> None:
    doc = parse(_page(*lines))
    assert [p.text for p in doc.paragraphs] == [ONE, whole, TWO]


def test_short_lines_under_a_finished_sentence_are_not_carried_on() -> None:
    """Only a sentence broken off (a clause's mark in it, none at its end) goes on into the
    linked words under it: a heading's words and a finished sentence do not."""
    lines = ("市场反应", "分析人士", "，认为新的产品线将改变市场格局。" + REST)
    document = parse(_page(*lines))
    assert [p.text for p in document.paragraphs][:2] == [ONE, "".join(lines[1:])]
    assert [section.title for section in document.sections][1:] == ["市场反应"]


def test_a_paragraph_that_ends_stays_apart_from_the_next() -> None:
    doc = parse(_page("第一段说完了。", "（图片由某某提供）", TWO))
    assert "第一段说完了。（图片由某某提供）" not in [p.text for p in doc.paragraphs]


def test_a_label_s_value_on_the_line_under_it_is_no_paragraph() -> None:
    # (a text node keeps the page's own line breaks and indents inside it)
    header = ["某某网某某频道 ( ", " " * 25 + "2012-06-04 09:20:26", " " * 24 + ")"]
    header += ["稿件来源： ", " " * 24 + "某某日报"]
    page = "\n".join([TITLE, TITLE, *header, ONE, TWO, ""])
    doc = parse(page)
    assert doc.meta.source == "某某日报"
    assert [p.text for p in doc.paragraphs] == [ONE, TWO]


def test_a_links_words_inside_a_sentence_head_no_section() -> None:
    """…目前 / 长三角 / 地区的门店…: a link's words between the two halves of a sentence, no
    mark around them to say so, are no heading over the half under them."""
    before = "某公司昨天宣布，董事会已经批准了与合作伙伴签订的协议，目前"
    after = "地区的门店将在年底前全部完成改造。" + REST
    doc = parse(_page(before, "长三角", after))
    assert [s.title for s in doc.sections if s.title] == []
    assert doc.paragraphs[0].text == ONE


def test_the_datelines_outlet_on_a_line_of_its_own_is_no_paragraph() -> None:
    """2021-07-15 09:30 / 某某日报: what a browser sets on one line, a dump of text nodes parts."""
    first = "据某某社7月15日消息，记者昨天从某某部的通气会上了解到，目前"  # (cut at a link)
    page = "\n".join([TITLE, "2021-07-15 09:30", "某某日报", first, TWO, ""])
    doc = parse(page)
    assert (doc.meta.date, doc.meta.source) == ("2021-07-15", "某某日报")
    assert doc.roles[:3] == ("meta", "meta", "meta")
    assert [p.text for p in doc.paragraphs] == [first, TWO]


@pytest.mark.parametrize("label", ["划重点：", "【摘要】"])
def test_a_summary_label_with_no_blank_line_under_it_leaves_the_text(label: str) -> None:
    """A summary's label over its points, and the text right under them with no blank line
    anywhere: the block under the label is no box the summary fills, and the text is read."""
    points = ["发布会介绍了上半年的经济运行情况。", "各项指标总体平稳，好于预期。"]
    text = [ONE, TWO, *(f"第{n}段，" + REST for n in range(8))]
    document = parse("\n".join([TITLE, DATELINE, label, *points, *text, ""]))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[-len(text) :] == text


@pytest.mark.parametrize(
    ("opening", "reporter"),
    [("某某网7月15日讯（记者 张三 李四）", "张三"), ("本报讯(记者王五)", "王五")],
)
def test_the_stories_opening_and_its_reporters_open_the_first_paragraph(
    opening: str, reporter: str
) -> None:
    """The opening with its reporters in brackets, on a line of its own, opens the first
    paragraph: the reader sees it there, and its reporters are the authors."""
    document = parse("\n".join([TITLE, DATELINE, opening, ONE, TWO, ""]))
    assert document.paragraphs[0].text.replace(" ", "") == (opening + ONE).replace(" ", "")
    assert document.meta.authors[0] == reporter


@pytest.mark.parametrize("word", ["发表于", "发布于", "更新时间"])
def test_the_dates_own_word_on_a_line_over_it_is_no_writer(word: str) -> None:
    """发表于 / 2021-07-15 09:30: a dump of text nodes parts the date from its word; the word
    is no name over the dateline (as an account's is)."""
    document = parse("\n".join([TITLE, word, "2021-07-15 09:30", ONE, TWO, ""]))
    assert (document.meta.authors, document.meta.date) == ((), "2021-07-15")


# A made-up company the text below keeps naming inside its sentences, as articles name theirs.
NAMED = [
    "据了解，青禾科技去年的营收比前年增长了三成，利润也创下新高。",
    "业内人士指出，青禾科技的优势在于研发投入，每年都超过营收的一成。",
    "此前，青禾科技还与多家高校合作，共同建立了联合实验室。",
]
OPENS = "即将迎来成立十周年，公司上下正在筹备一系列纪念活动，庆典将在下月举行。"


@pytest.mark.parametrize("words", [("青禾科技",), ("青禾", "科技")])
def test_a_paragraph_that_opens_with_linked_words_is_read_whole(words: tuple[str, ...]) -> None:
    """青禾 / 科技 / 即将迎来…: a dump of text nodes breaks the paragraph after the linked words
    it opens with; a name the text keeps writing inside its sentences opens the paragraph."""
    doc = parse("\n".join([TITLE, DATELINE, ONE, *words, OPENS, *NAMED, ""]))
    assert [p.text for p in doc.paragraphs] == [ONE, "青禾科技" + OPENS, *NAMED]
    assert [s.title for s in doc.sections if s.title] == []


def test_a_sentence_broken_off_before_the_linked_words_goes_on_into_them() -> None:
    """2019年， / 青禾科技 / 即将迎来…: the clause's mark says the sentence began above."""
    doc = parse("\n".join([TITLE, DATELINE, ONE, "明年，", "青禾科技", OPENS, *NAMED, ""]))
    assert [p.text for p in doc.paragraphs] == [ONE, "明年，青禾科技" + OPENS, *NAMED]


def test_a_name_the_text_returns_to_between_the_halves_of_a_sentence_goes_on() -> None:
    """…供不应求的局面，其中 / 青禾科技 / 旗下的…: no mark says the sentence goes on under the
    linked word, but the word is a name the text keeps writing inside its sentences."""
    before = "据几位熟悉情况的经销商介绍，今年以来好几款新品都出现了供不应求的局面，其中"
    after = "旗下的三款手机更是一机难求，发货时间已经排到了下个月。"
    doc = parse("\n".join([TITLE, DATELINE, ONE, before, "青禾科技", after, *NAMED, ""]))
    assert [p.text for p in doc.paragraphs] == [ONE, before + "青禾科技" + after, *NAMED]


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        # a phrase the text writes once more: a heading over its paragraph, in text alone
        ("产能回升", "从数据看，下半年产能回升的势头还会延续，订单已经排到了年底。"),
        # a name its paragraph opens by repeating
        ("青禾科技", "青禾科技成立于十年前，最初只是一个五人的小团队，如今员工已有上千人。"),
    ],
)
def test_a_heading_over_its_paragraph_is_not_carried_into_it(heading: str, body: str) -> None:
    doc = parse("\n".join([TITLE, DATELINE, ONE, heading, body, *NAMED, ""]))
    paragraphs = [p.text for p in doc.paragraphs]
    assert body in paragraphs
    assert heading + body not in paragraphs


def test_a_column_word_over_the_headline_is_not_carried_into_it() -> None:
    """The rule reads the text under the dateline: a column's name over the headline (a
    word the text also uses) leaves the headline alone."""
    headline = "青禾科技：十年再出发，下一站去哪里？"
    doc = parse("\n".join(["首页", "科技", headline, DATELINE, ONE, *NAMED, ""]))
    assert doc.meta.title == headline
