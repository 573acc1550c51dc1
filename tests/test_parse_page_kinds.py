"""Kinds of page as a whole (no dateline, readers' comments, a pager, a government notice
signed and dated at its foot, a WeChat post, an interview …): the title, the date and where
the text starts and ends."""

from __future__ import annotations

import pytest

from tests.made_up_page import DATELINE, FOOTER, FOUR, MENU, ONE, PARAGRAPHS, THREE, TITLE, TWO
from tui.parse import parse

HEADER = DATELINE
COMMENTS = "网友评论\n\n" + "\n\n".join(
    f"网友{i}：这篇文章写得很好，我觉得经济形势确实在好转，希望继续保持下去，加油！"
    for i in range(4)
)


# kind: (page, title, date, first paragraph, last paragraph)
def page(*parts: str) -> str:
    return "\n\n".join(parts)


STORY = (MENU, TITLE, HEADER, ONE, TWO, THREE)  # a dated story of three paragraphs, under a menu


NOTICE = "关于做好上半年经济运行工作的通知"
GREETING = "各区人民政府，市政府各部门："
SIGNER = "某某市人民政府办公厅"
SHARE_WIDGETS = (
    "分享到：\n"
    + "\n".join(
        f"  • {name}" for name in ("微信", "微博", "QQ空间", "易信", "更多", "收藏", "点赞", "举报")
    )
    + "\n\nScan me!\n\n扫一扫，用微信分享\n\n分享给你的朋友们\n\nT + -"
)
RELATED = "相关阅读：\n  • 另一篇报道的标题放在这里\n  • 第二篇报道的标题也在这里"
WECHAT_TAIL = page("预览时标签不可点", "阅读原文", "阅读 1.2万", "分享 收藏 点赞 在看")
DAY = "2021-07-15"
EDITION = "《某某日报》（ 2021年07月15日   第 04 版）"
# An interview set as turns: the interviewer's questions are its text, the first one too.
QUESTION = "记者：上半年全市经济运行总体平稳，您怎么看当前的形势？"
ANSWER = "王五：总的来看，上半年经济运行稳中有进，工业生产稳步回升，消费市场持续恢复。"
# A thread: the first post is the article, the replies under it are not.
REPLY = "说得好，我们这边也是这样，希望下半年继续保持，大家一起加油，日子会越来越好的。"
REPLY_TOO = "同意楼上的看法，不过还是要注意风险，特别是中小企业的经营压力，还是不小的。"


def first_post(*lines: str) -> tuple[str, str, str | None, str, str]:
    """A thread between the menu and the footer whose first post (ONE, TWO), dated DAY, is
    the article and whose replies are not."""
    return page(MENU, *lines, FOOTER), TITLE, DAY, ONE, TWO


# kind: (page, title, date, first paragraph, last paragraph)
PAGES = {
    "no dateline": (page(MENU, TITLE, ONE, TWO, THREE, FOOTER), TITLE, None, ONE, THREE),
    "comments after": (
        page(MENU, TITLE, HEADER, ONE, TWO, THREE, "责任编辑：王五", COMMENTS, FOOTER),
        TITLE,
        DAY,
        ONE,
        THREE,
    ),
    "pager": (
        page(MENU, TITLE, HEADER, ONE, TWO, THREE, "上一页 1 2 3 下一页", FOOTER),
        TITLE,
        DAY,
        ONE,
        THREE,
    ),
    "gov notice": (
        page(MENU, NOTICE, "发布日期：2021-07-15  来源：市政府办公厅", GREETING, ONE, TWO, THREE)
        + "\n\n"
        + page(SIGNER, "2021年7月15日", FOOTER),
        NOTICE,
        DAY,
        GREETING,
        THREE,
    ),
    "date at end": (
        page(MENU, TITLE, ONE, TWO, THREE, "（2021年7月15日）", FOOTER),
        TITLE,
        DAY,
        ONE,
        THREE,
    ),
    "signed gov": (
        page(MENU, NOTICE, GREETING, ONE, TWO, THREE, f"{SIGNER}\n2021年7月15日", FOOTER),
        NOTICE,
        DAY,
        GREETING,
        THREE,
    ),
    "related inside": (
        page(MENU, TITLE, HEADER, ONE, RELATED, TWO, THREE, FOOTER),
        TITLE,
        DAY,
        ONE,
        THREE,
    ),
    "attachment": (
        page(MENU, TITLE, HEADER, ONE, TWO, THREE, "附件：1.上半年经济运行数据.xlsx", FOOTER),
        TITLE,
        DAY,
        ONE,
        THREE,
    ),
    "wechat": (
        page(TITLE, "原创 张三 某某观察 2021-07-15", "收录于话题", "#经济 3个", ONE, TWO, THREE)
        + "\n\n"
        + WECHAT_TAIL,
        TITLE,
        DAY,
        ONE,
        THREE,
    ),
    "qa": (
        page(MENU, TITLE, HEADER, "问：上半年经济运行情况如何？", "答：" + ONE)
        + "\n\n"
        + page("问：下一步有何打算？", "答：" + THREE, FOOTER),
        TITLE,
        DAY,
        "问：上半年经济运行情况如何？",
        "答：" + THREE,
    ),
    "forum": first_post(
        "[讨论] " + TITLE,
        "楼主 | 发表于 2021-07-15 09:30 | 只看该作者 | 倒序浏览",
        "老街坊",
        ONE,
        TWO,
        "回复 举报",
        "沙发 | 发表于 2021-07-15 10:02 | 只看该作者",
        "河边的风",
        REPLY,
        "回复 举报",
        "3楼 | 发表于 2021-07-15 10:30",
        REPLY_TOO,
    ),
    "forum, numbered": first_post(
        TITLE,
        "#1 老街坊 2021-07-15 09:30",
        ONE,
        TWO,
        "#2 河边的风 2021-07-15 10:02",
        REPLY,
        "#3 小王同学 2021-07-15 10:30",
        REPLY_TOO,
    ),
    "forum, floor under each post": first_post(
        TITLE,
        "楼主 老街坊",
        ONE,
        TWO,
        "1楼 2021-07-15 09:30 回复",
        "河边的风",
        REPLY,
        "2楼 2021-07-15 10:02 回复",
        REPLY_TOO,
        "3楼 2021-07-15 10:30 回复",
    ),
    "posted-at comments": (
        page(
            *STORY,
            "河边的风 发表于 2021-07-15 10:02",
            REPLY,
            "小王同学 发表于 2021-07-15 10:30",
            REPLY_TOO,
            FOOTER,
        ),
        TITLE,
        DAY,
        ONE,
        THREE,
    ),
    # one reader's comment under a page with no dateline: the article stays the text, and the
    # comment's date is not the article's
    "one comment after": (
        page(MENU, TITLE, ONE, TWO, THREE, "河边的风 发表于 2021-07-15 10:02", REPLY, FOOTER),
        TITLE,
        None,
        ONE,
        THREE,
    ),
    "one comment after, dated": (
        page(MENU, TITLE, HEADER, ONE, TWO, "河边的风 发表于 2021-07-16 10:02", REPLY, FOOTER),
        TITLE,
        DAY,
        ONE,
        TWO,
    ),
    # a blog post signed under its text, nothing but its category below
    "post line under": (
        page(MENU, TITLE, ONE, TWO, THREE, "张三 发表于 2021-07-15 10:20", "分类：生活", FOOTER),
        TITLE,
        DAY,
        ONE,
        THREE,
    ),
    # … and a box of them above the article, dated and summed up as the article is
    "teasers before": (
        page(
            MENU,
            "另一篇报道的标题放在这里",
            "2021-07-14 08:00",
            "这是另一篇报道的摘要，介绍了别的事情，有三十来个字，后面还有更多内容。",
            *STORY[1:],
            FOOTER,
        ),
        TITLE,
        DAY,
        ONE,
        THREE,
    ),
    # other articles under the text, each a headline, a dateline and its summary
    "teasers after": (
        page(
            *STORY,
            "另一篇报道的标题放在这里",
            "2021-07-14 08:00",
            "这是另一篇报道的摘要，介绍了别的事情，有三十来个字，后面还有更多内容。",
            "第二篇报道的标题也在这里",
            "2021-07-13 08:00",
            "这又是一篇报道的摘要，说的是另外一件事情，也有三十来个字，还有更多。",
            FOOTER,
        ),
        TITLE,
        DAY,
        ONE,
        THREE,
    ),
    "novel chapter": (
        page(
            MENU,
            "当前位置：某某书屋 > 武侠小说 > 某某传 > 第十二章 山中夜话",
            "第十二章 山中夜话",
            "作者：某某    更新时间：2021-07-15 09:30    本章字数：3125",
            "上一章    |    目录    |    下一章    |    加入书签",
            ONE,
            TWO,
            "上一章    |    目录    |    下一章    |    加入书签",
            "温馨提示：按 回车[Enter]键 返回书目，按 ←键 返回上一页， 按 →键 进入下一页。",
            "本站所有小说为转载作品，所有章节均由网友上传，转载至本站只是为了宣传。",
            FOOTER,
        ),
        "第十二章 山中夜话",
        DAY,
        ONE,
        TWO,
    ),
    # a column on a writers' platform: a menu of four under the home link, the date at the foot
    "column": (
        page("首页  发现  专栏  写文章", TITLE, "张三", ONE, TWO, THREE, "发布于 2021-07-15 10:20")
        + "\n\n"
        + page("赞同 123  20 条评论  分享  收藏", FOOTER),
        TITLE,
        DAY,
        ONE,
        THREE,
    ),
    "interview": (
        page(MENU, TITLE, HEADER, QUESTION, ANSWER, "记者：下一步有什么打算？", "王五：" + THREE),
        TITLE,
        DAY,
        QUESTION,
        "王五：" + THREE,
    ),
    "interview, questions labelled": (
        page(MENU, TITLE, HEADER, "问：" + QUESTION[3:], ANSWER, FOOTER),
        TITLE,
        DAY,
        "问：" + QUESTION[3:],
        ANSWER,
    ),
    # a paper's site: its print edition under the text, the only date the page gives
    "print edition": (
        page(MENU, TITLE, "本报记者  张三", ONE, TWO, THREE, EDITION, "（责编：王五）", FOOTER),
        TITLE,
        DAY,
        ONE,
        THREE,
    ),
    # a live report: entries under the times they were posted, newest first
    "live report": (
        page(MENU, TITLE, HEADER, "10:35", "发布会结束。", "10:20", ONE, "10:05", TWO, FOOTER),
        TITLE,
        DAY,
        "发布会结束。",
        TWO,
    ),
    # a brief (one paragraph) under a tall pile of share widgets, which cost more than the text
    # scores: the header alone is no article
    "brief under widgets": (
        page(MENU, TITLE, HEADER, SHARE_WIDGETS, ONE, FOOTER),
        TITLE,
        DAY,
        ONE,
        ONE,
    ),
    "end mark": (
        page(MENU, TITLE, HEADER, ONE, TWO, THREE + "（完）", FOOTER),
        TITLE,
        DAY,
        ONE,
        THREE + "（完）",
    ),
}
STILL_WRONG = {
    "related inside": "a 相关阅读 list inside the text closes it, as a list under the text does",
}


def _params() -> list:
    return [
        pytest.param(
            kind,
            marks=[pytest.mark.xfail(strict=True, reason=STILL_WRONG[kind])]
            if kind in STILL_WRONG
            else [],
        )
        for kind in PAGES
    ]


@pytest.mark.parametrize("kind", _params())
def test_a_kind_of_page_gives_its_title_date_and_text(kind: str) -> None:
    page, title, date, first, last = PAGES[kind]
    doc = parse(page + "\n")
    paragraphs = [p.text for p in doc.paragraphs]
    assert (doc.meta.title, doc.meta.date) == (title, date)
    assert paragraphs[0] == first
    assert paragraphs[-1] == last


def test_a_threads_widgets_name_no_writer() -> None:
    """只看该作者 (see only this poster's posts) is a widget's words, not the label 作者."""
    thread = page(
        MENU,
        TITLE,
        "楼主 | 发表于 2021-07-15 09:30 | 只看该作者 | 倒序浏览",
        ONE,
        TWO,
        "沙发 | 发表于 2021-07-15 10:02 | 只看该作者 | 倒序浏览",
        REPLY,
    )
    assert parse(thread + "\n").meta.authors == ()


def test_a_crumb_that_is_the_headline_is_not_the_column() -> None:
    """… > 某某传 > 第十二章 …: the last crumb is the page itself; its column is the book."""
    chapter = page(
        MENU,
        "当前位置：某某书屋 > 武侠小说 > 某某传 > 第十二章 山中夜话",
        "第十二章 山中夜话",
        "作者：某某    更新时间：2021-07-15 09:30",
        ONE,
        TWO,
    )
    assert parse(chapter + "\n").meta.category == "某某传"


def test_a_writers_credit_with_a_sentence_stays_a_credit() -> None:
    """作者：张三，某某大学教授。 is a credit, though a sentence; only a turn is text."""
    credited = page(MENU, TITLE, HEADER, "作者：张三，某某大学经济学院教授。", ONE, TWO, FOOTER)
    doc = parse(credited + "\n")
    assert doc.meta.authors == ("张三",)
    assert doc.paragraphs[0].text == ONE


def test_a_comment_feeds_first_date_is_not_the_articles() -> None:
    """An undated article over readers' posts (… 发表于 2021-07-18): the first post's date is a
    reader's, days later; only a thread's first floor (1楼 …) dates the post over it."""
    feed = page(
        MENU,
        TITLE,
        ONE,
        TWO,
        "河边的风 发表于 2021-07-18 10:02",
        REPLY,
        "小王同学 发表于 2021-07-19 10:30",
        REPLY_TOO,
        FOOTER,
    )
    doc = parse(feed + "\n")
    assert doc.meta.date is None
    assert [p.text for p in doc.paragraphs] == [ONE, TWO]


def test_a_print_edition_under_the_text_gives_its_outlet() -> None:
    """《某某日报》（2021年07月15日 第 04 版）: the paper the story ran in, below a dateline
    that already gave the date (which stays)."""
    doc = parse(page(MENU, TITLE, "2021-07-14 20:15", ONE, TWO, EDITION, FOOTER) + "\n")
    assert (doc.meta.date, doc.meta.source) == ("2021-07-14", "某某日报")
    assert [p.text for p in doc.paragraphs] == [ONE, TWO]


@pytest.mark.parametrize(
    "times", [("10:35", "10:20", "10:05"), ("7月15日 09:05", "7月15日 09:40", "7月15日 11:00")]
)
def test_a_live_reports_times_head_its_entries(times: tuple[str, ...]) -> None:
    entries = [item for pair in zip(times, (ONE, TWO, THREE), strict=True) for item in pair]
    doc = parse(page(MENU, TITLE, HEADER, *entries, FOOTER) + "\n")
    assert [(s.title, [p.text for p in s.paragraphs]) for s in doc.sections] == [
        (times[0], [ONE]),
        (times[1], [TWO]),
        (times[2], [THREE]),
    ]


@pytest.mark.parametrize(
    "lines",
    [
        ("10:20", ONE, TWO, THREE),  # one time alone: no series
        (ONE, "10:20", TWO, "09:05", THREE, "11:40", FOUR),  # not in the clock's order
    ],
)
def test_times_that_are_no_live_report_head_nothing(lines: tuple[str, ...]) -> None:
    doc = parse(page(MENU, TITLE, HEADER, *lines, FOOTER) + "\n")
    assert [s.title for s in doc.sections] == [None]


@pytest.mark.parametrize("numbered", [True, False])
def test_a_table_of_contents_inside_the_text_is_neither_headings_nor_text(numbered: bool) -> None:
    first, second = ("一、经济运行", "二、下一步") if numbered else ("经济运行情况", "下一步的打算")
    contents = (
        "文章目录",
        f"  1 {first[2:] if numbered else first}",
        f"  2 {second[2:] if numbered else second}",
    )
    doc = parse(page(MENU, TITLE, HEADER, ONE, *contents, first, TWO, second, THREE, FOOTER) + "\n")
    assert [(s.title, [p.text for p in s.paragraphs]) for s in doc.sections] == [
        (None, [ONE]),
        (first, [TWO]),
        (second, [THREE]),
    ]


def test_a_list_under_a_contents_label_that_names_nothing_further_down_stays() -> None:
    items = ("  • 第一部分：总体形势", "  • 第二部分：重点任务")
    doc = parse(page(MENU, TITLE, HEADER, ONE, "目录", *items, TWO, THREE, FOOTER) + "\n")
    assert [p.text for p in doc.paragraphs][:1] == [ONE]
    assert [p.text for p in doc.paragraphs][-2:] == [TWO, THREE]
    assert "• 第一部分：总体形势" in [p.text for p in doc.paragraphs]


def test_a_date_inside_the_text_under_the_headers_heads_nothing() -> None:
    """A date between paragraphs (an update's time) when the header gave its dateline: the
    paragraphs above it are the text, not kickers over a header still to come."""
    doc = parse(page(MENU, TITLE, HEADER, ONE, TWO, "2021-07-16 10:00", THREE, FOUR, FOOTER))
    assert doc.meta.date == DAY
    texts = [p.text for p in doc.paragraphs]
    assert texts[:2] == [ONE, TWO]
    assert texts[-2:] == [THREE, FOUR]


def test_another_version_of_the_headline_over_the_text_is_not_its_first_paragraph() -> None:
    """A page's other headline, set at the dump's full width under （原标题：…）: it shares most
    of the headline's characters in their order, and the text starts under it."""
    headline = "全市上半年经济运行总体平稳，工业生产稳步回升消费市场持续恢复投资结构不断优化"
    version = "全市上半年经济运行总体平稳，工业生产稳步回升消费市场持续恢复投资结构继续优化"

    def wrapped(text: str) -> str:  # a dump wrapped at 80 columns, no blank line between
        return "\n".join(text[i : i + 40] for i in range(0, len(text), 40))

    body = [wrapped(text * 2) for text in (ONE, TWO, THREE, FOUR)]
    dump = "\n".join([MENU, headline, HEADER, f"（原标题：{headline}）", version, *body, FOOTER])
    doc = parse(dump)
    assert doc.meta.title == headline
    assert doc.paragraphs[0].text.startswith(ONE[:20])
    assert not any(version in p.text for p in doc.paragraphs)


def test_an_invitation_to_download_the_app_is_no_headline() -> None:
    doc = parse(page(MENU, TITLE, "更多精彩内容请下载某某APP", ONE, TWO, THREE, FOOTER))
    assert doc.meta.title == TITLE
    assert [p.text for p in doc.paragraphs] == [ONE, TWO, THREE]


def _wrapped(text: str, columns: int = 80) -> str:
    """`text` as a text browser wraps a paragraph of Han characters at `columns`."""
    width = columns // 2
    return "\n".join(text[i : i + width] for i in range(0, len(text), width))


def test_a_note_right_under_a_wrapped_last_paragraph_costs_it_nothing() -> None:
    """(本文来自某某新闻，更多资讯请下载…APP) with no blank line above it read as the end of
    the last paragraph, which a follow-us note inside made a note as a whole: the paragraph
    was dropped with it."""
    last = (PARAGRAPHS[4] + PARAGRAPHS[5])[:80]  # two full lines: the note seems to go on

    note = "(本文来自某某新闻，更多资讯请下载“某某新闻”APP)"
    body = [_wrapped(p) for p in (ONE, TWO, THREE)] + [_wrapped(last) + "\n" + note]
    doc = parse(page(MENU, TITLE, HEADER, *body, FOOTER) + "\n")
    assert [p.text for p in doc.paragraphs] == [ONE, TWO, THREE, last]


def test_a_short_first_sentence_under_a_videos_caption_is_the_text() -> None:
    """A caption (视频-…) names its picture itself: the short sentence under it is no second
    caption but the story's first paragraph."""
    opening = "上半年的经济数据，终于出炉了。"
    doc = parse(page(MENU, TITLE, HEADER, "视频-市政府召开新闻发布会", opening, ONE, TWO, FOOTER))
    assert [p.text for p in doc.paragraphs] == [opening, ONE, TWO]


_FEED = [
    ("另一篇报道的标题放在这里，说的是别的事情！", "某某观察", "2021-07-14 09:15:19"),
    ("第二篇报道的标题也在这里，说的还是别的事？", "某某财经", "2021-07-13 19:46:40"),
    ("第三篇报道的标题写得更长一些，好让它像正文一样", "某某说事", "2021-07-12 10:19:47"),
    ("第四篇报道的标题，一样是别人的文章，一样带着日期", "某某日报", "2021-07-11 21:25:33"),
    ("第五篇报道的标题，读者往下翻还能看到更多的推荐", "某某时评", "2021-07-10 00:52:40"),
] * 3


def test_a_feed_of_dated_teasers_under_a_short_article_is_not_its_text() -> None:
    """Other articles under the text, each a punctuated headline (printed twice, as a picture's
    alt text and its caption), its source and its date: the feed outscored a brief."""
    feed = [f"{headline}\n\n{headline}\n\n{source}\n{date}" for headline, source, date in _FEED]
    doc = parse(page(MENU, TITLE, HEADER, ONE, "相关推荐", *feed, FOOTER) + "\n")
    assert (doc.meta.title, [p.text for p in doc.paragraphs]) == (TITLE, [ONE])


def test_a_timeline_inside_the_text_stays_the_text() -> None:
    """Dates over paragraphs inside an article (a chronology): no headline is over them."""
    dates = ["2021-07-01", "2021-07-05", "2021-07-09", "2021-07-12", "2021-07-14"]
    timeline = [f"{date}\n{text}" for date, text in zip(dates, PARAGRAPHS[1:], strict=False)]
    doc = parse(page(MENU, TITLE, HEADER, ONE, *timeline, FOOTER) + "\n")
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == ONE
    assert texts[-1] == PARAGRAPHS[5]


def test_a_list_of_snippets_under_a_short_article_is_not_its_text() -> None:
    """Other articles listed under the text, each a headline over one line of its article cut
    off mid-sentence: ten snippets scored as prose and outscored a brief."""
    snippets = [
        f"  • {headline}\n\n{headline}\n\n{(ONE + TWO)[: 60 + k]}"
        for k, (headline, _, _) in enumerate(_FEED[:10])
    ]
    doc = parse(page(MENU, TITLE, HEADER, ONE, TWO, "热点推荐", *snippets, FOOTER) + "\n")
    assert (doc.meta.title, [p.text for p in doc.paragraphs]) == (TITLE, [ONE, TWO])


def test_paragraphs_that_end_at_a_comma_are_no_snippets() -> None:
    """A page that sets its clauses apart, each a paragraph ending at a comma, short ones
    among them: its text, not a list of snippets."""
    clauses = [p[:-1] + "," for p in PARAGRAPHS]
    parts = [clauses[0], "但市场也有隐忧,", clauses[1], "专家对此看法不一,", clauses[2]]
    parts += ["投资者仍在观望,", clauses[3], "下半年仍有变数,", clauses[4]]
    doc = parse(page(MENU, TITLE, HEADER, *parts, FOOTER) + "\n")
    assert [p.text for p in doc.paragraphs] == parts


@pytest.mark.parametrize("number", ["某政发〔2021〕12号", "某某市政办发[2021]3号"])
def test_an_official_documents_number_is_not_its_first_paragraph(number: str) -> None:
    doc = parse(page(MENU, NOTICE, number, ONE, TWO, THREE, FOOTER) + "\n")
    assert (doc.meta.title, doc.paragraphs[0].text) == (NOTICE, ONE)


@pytest.mark.parametrize(
    "above",
    [
        [],  # the headline right over the text: no dateline between
        [HEADER, TITLE],  # the headline's copy over the text, under the dateline
    ],
    ids=["headline", "headline's copy"],
)
def test_a_short_first_sentence_under_no_picture_is_the_text(above: list[str]) -> None:
    """A short sentence under a line and over a long paragraph is a picture's caption only when
    the line above can be the picture's alt text: not the headline. (Under a widget's few words,
    主题购买, it is still taken for one: a dump of text nodes leaves out the picture and keeps
    打印文稿 over its caption, the same shape.)"""
    opening = "上半年的经济数据，终于出炉了。"
    doc = parse(page(MENU, TITLE, *above, opening, ONE, TWO, FOOTER) + "\n")
    assert (doc.meta.title, [p.text for p in doc.paragraphs]) == (TITLE, [opening, ONE, TWO])


@pytest.mark.parametrize(
    "block",
    [
        [TITLE, HEADER],  # the headline and the dateline set right over the text
        [*MENU.splitlines(), TITLE, HEADER],  # … under a sidebar's links in the same block
    ],
    ids=["header", "sidebar and header"],
)
def test_a_short_first_sentence_right_under_the_dateline_is_the_text(block: list[str]) -> None:
    """A table's dump sets the text's first line under the dateline with no blank line between:
    a short sentence there was read as the last item of a link list, the headline and the
    dateline counted as the list's other items."""
    opening = "上半年的经济数据，终于出炉了。"
    doc = parse(page("\n".join([*block, opening]), ONE, TWO, FOOTER) + "\n")
    assert (doc.meta.title, doc.meta.date) == (TITLE, DAY)
    assert [p.text for p in doc.paragraphs] == [opening, ONE, TWO]


def test_a_caption_set_tight_between_its_picture_and_the_text_is_not_the_text() -> None:
    """html2text sets a picture's alt text, its caption and the first paragraph on lines that
    follow one another: the caption is still no paragraph."""
    picture = "[某某市政府召开上半年经济形势新闻发布会]"
    doc = parse(page(MENU, TITLE, HEADER, "\n".join([picture, "发布会现场。", ONE]), TWO, FOOTER))
    assert [p.text for p in doc.paragraphs] == [ONE, TWO]


def test_a_list_of_wrapped_snippets_under_a_short_article_is_not_its_text() -> None:
    """Each snippet wrapped over two lines and cut off with '...', its date under it: ten such
    outscored a brief as prose."""
    cut = (TWO + THREE)[:70]
    snippets = [
        f"{headline}\n\n{_wrapped(cut[: 60 + k % 5])}...\n\n{date}"
        for k, (headline, _, date) in enumerate(_FEED[:10])
    ]
    doc = parse(page(MENU, TITLE, HEADER, ONE, "热点推荐", *snippets, FOOTER) + "\n")
    assert (doc.meta.title, [p.text for p in doc.paragraphs]) == (TITLE, [ONE])


def test_a_wrapped_paragraph_that_ends_with_a_note_is_no_snippet() -> None:
    """A brief wrapped over three lines that ends with its source in brackets, under a list
    item (a counter), above a list of snippets: it was not cut off, and it is the text."""
    brief = (ONE + TWO)[:-1] + "。（某某县统计局）"
    snippets = [
        f"{headline}\n\n{(TWO + THREE)[: 60 + k]}" for k, (headline, _, _) in enumerate(_FEED[:6])
    ]
    doc = parse(page(MENU, TITLE, HEADER, "  • 18", _wrapped(brief), "热点推荐", *snippets, FOOTER))
    assert [p.text for p in doc.paragraphs] == [brief]


@pytest.mark.parametrize(
    "opening",
    [
        "上半年的经济数据，终于出炉了。",  # a short first sentence
        "AI芯片公司昨天说，" + ONE,  # a paragraph that opens with a Latin word
    ],
    ids=["short sentence", "Latin word"],
)
def test_counters_right_over_the_text_are_neither_a_link_list_nor_its_text(opening: str) -> None:
    """A page's counters of comments and views (each after an icon font's glyph) set between
    the dateline and the text, no blank line between: no link list's items around a short
    first sentence, and no first line of a paragraph that opens with a Latin word."""
    counters = ["\ue60e7", "\ue6141024"]
    doc = parse(page(MENU, "\n".join([TITLE, HEADER, *counters, opening]), TWO, THREE, FOOTER))
    assert [p.text for p in doc.paragraphs] == [opening, TWO, THREE]


_READERS = ["河边的风", "小王同学", "一只猫", "老李", "阿明", "路人甲"]


def test_readers_comments_under_a_short_article_are_not_its_text() -> None:
    """A brief, its share bar, a count of comments, then the comments, each a reader's name
    and when (5小时前) over what they wrote: the long comments outscored the brief."""
    comments = [
        f"  • [avatar{k}]\n{name} {k + 1}小时前\n\n{p + q}\n\n回复 ⋅ {k * 7}条回复"
        for k, (name, p, q) in enumerate(zip(_READERS, PARAGRAPHS, PARAGRAPHS[::-1], strict=True))
    ]
    doc = parse(page(MENU, TITLE, HEADER, ONE, "收藏\n举报", "1,024 条评论", *comments, FOOTER))
    assert (doc.meta.title, [p.text for p in doc.paragraphs]) == (TITLE, [ONE])


def test_a_pictures_caption_over_a_text_that_opens_with_a_heading_is_not_the_text() -> None:
    """A picture's alt text and its caption over a text that opens with a heading (a question):
    the caption is still no paragraph of the text."""
    alt = "某某市统计局局长张三"
    caption = "张三在发布会上回答记者提问。"
    opening, later = "一、下半年还有哪些挑战？", "二、工业生产稳步回升"
    doc = parse(page(MENU, TITLE, HEADER, alt, caption, opening, ONE, later, TWO, FOOTER) + "\n")
    assert [p.text for p in doc.paragraphs] == [ONE, TWO]
    assert [s.title for s in doc.sections] == [opening, later]


def test_a_short_first_sentence_under_a_photo_credit_is_the_text() -> None:
    """摄影：某某 under a picture names who took it: a caption, not the picture's alt text over
    a second caption. The short sentence under it opens the story."""
    opening = "上半年的经济数据，终于出炉了。"
    doc = parse(page(MENU, TITLE, HEADER, "[640]", "摄影：张三", opening, ONE, TWO, FOOTER) + "\n")
    assert [p.text for p in doc.paragraphs] == [opening, ONE, TWO]


def test_a_labelled_date_no_pattern_reads_whole_still_marks_the_headline() -> None:
    """发布时间：21-07-1509:30 (the day and the time glued) under the headline: a dated field
    all the same, and the headline over it is the title, not a heading the text opens with."""
    headings = ["上半年的形势变化大", "工业：生产如何回升？", "消费：市场怎样恢复？"]
    parts = [MENU, TITLE, "[picture]", "某某财经", "发布时间：21-07-1509:30", "[u]", *headings]
    doc = parse(page(*parts, ONE, TWO, FOOTER) + "\n")
    assert doc.meta.title == TITLE


@pytest.mark.parametrize("heading", ["一、总体形势", "总体形势稳中有进"])
def test_a_short_lead_under_an_accounts_name_over_a_heading_is_the_text(heading: str) -> None:
    """An account's name under the dateline, a short first sentence, then a heading: the name
    is no picture's alt text and the sentence no caption (they share no words)."""
    lead = "上半年的经济数据，终于出炉了。"
    parts = [MENU, TITLE, HEADER, "某某财经说事", lead, heading, ONE, "二、下一步", TWO, FOOTER]
    doc = parse(page(*parts) + "\n")
    assert [p.text for p in doc.paragraphs] == [lead, ONE, TWO]


@pytest.mark.parametrize("stamp", ["2021-07-15 {hour}:20", "2021年7月15日 {hour}时"])
def test_a_live_reports_entries_after_a_related_link_stay_the_text(stamp: str) -> None:
    """A related story's link inside the text, then a live report's entries, each a date and
    time alone over its paragraph: no readers' comments under a short article (those are
    stamped with a name, or relative to the day: 今天 12:08, 5小时前), but the article."""
    said = [PARAGRAPHS[k] + PARAGRAPHS[k % 5 + 1] for k in range(1, 6)]
    entries = [f"{stamp.format(hour=k + 1)}\n\n{text}" for k, text in enumerate(said)]
    related = "相关阅读：另一篇报道的标题放在这里"
    doc = parse(page(MENU, TITLE, HEADER, ONE, related, *entries, FOOTER) + "\n")
    texts = [p.text for p in doc.paragraphs]
    assert (texts[0], texts[-1]) == (ONE, said[-1])
