"""The kinds of page margin the parser tells from the text, each on a page made for it.

Every page here is written for one kind (a teaser box, a summary, a caption, a closing credit,
a list of other stories, readers' comments …), with paragraphs that differ from each other,
as real ones do.
"""

from __future__ import annotations

import pytest

from tests.made_up_page import DATELINE, FOOTER, FOUR, MENU, ONE, PARAGRAPHS, THREE, TITLE, TWO
from tui.model import Document
from tui.parse import parse
from tui.parse.pagelines import describe, display_width


def page(
    *parts: str, header: str = "上半年经济运行总体平稳\n\n2021-07-15 09:30  来源：某某日报"
) -> str:
    return f"{MENU}\n\n{header}\n\n" + "\n\n".join(parts) + f"\n\n{FOOTER}\n"


def texts(doc: Document) -> list[str]:
    return [p.text for p in doc.paragraphs]


def test_a_dated_teaser_box_above_the_article_does_not_take_the_headline() -> None:
    box = "最新消息\n\n另一篇报道的标题放在这里\n\n2021-07-14 18:00\n\n一句简短的导读文字。"
    doc = parse(
        page(ONE, TWO, THREE, header=box + "\n\n上半年经济运行总体平稳\n\n2021-07-15 09:30")
    )
    assert doc.meta.title == "上半年经济运行总体平稳"
    assert doc.meta.date == "2021-07-15"
    assert texts(doc) == [ONE, TWO, THREE]


def test_a_summary_the_text_repeats_is_not_its_first_paragraph() -> None:
    summary = "统计局负责人表示，工业生产稳步回升，消费市场持续恢复。"
    doc = parse(page(summary, ONE, THREE, FOUR, TWO))
    assert texts(doc) == [ONE, THREE, FOUR, TWO]


def test_a_summary_label_and_a_caption_above_the_text_are_not_the_text() -> None:
    doc = parse(
        page("摘要：上半年经济运行总体平稳，好于预期。", "[a1b2c3]", "图为发布会现场。", ONE, TWO)
    )
    assert texts(doc) == [ONE, TWO]


@pytest.mark.parametrize("label", ["核心提示", "【导读】", "编者按"])
def test_a_summary_under_its_label_alone_is_not_the_text(label: str) -> None:
    """The label set alone over its box, no colon: the box under it is the summary still."""
    doc = parse(
        page(label, "上半年经济运行总体平稳，各项指标好于预期，下半年有望继续向好。", ONE, TWO)
    )
    assert texts(doc) == [ONE, TWO]


def test_credits_after_the_text_are_metadata_and_name_the_writers() -> None:
    doc = parse(
        page(
            ONE, TWO, THREE + "（记者张晓明李红）", "图片来源：某某日报记者王刚摄", "责任编辑：赵六"
        )
    )
    assert texts(doc)[-1].startswith(THREE)
    assert doc.meta.authors == ("张晓明", "李红")  # glued by the text browser, split again
    assert doc.meta.editors == ("赵六",)  # and the photographer is no author


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        ("（记者王强洪海涛）", ("王强", "洪海涛")),
        ("（评论员陈立萧海川）", ("陈立", "萧海川")),
    ],
)
def test_five_glued_characters_split_where_the_commoner_family_name_starts(
    credit: str, authors: tuple[str, ...]
) -> None:
    # 2+3 or 3+2: 洪 and 萧 are common family names, 海 a rare one.
    doc = parse(page(ONE, TWO, THREE + credit))
    assert doc.meta.authors == authors


def test_a_list_of_other_stories_with_teasers_is_not_the_text() -> None:
    related = (
        "相关阅读\n\n另一篇报道的标题放在这里\n\n"
        "这是另一篇报道的导读，讲的是另一件事情，篇幅也足够长，像正文的一个段落一样。\n\n"
        "又一篇报道的标题放在这里\n\n"
        "这也是一篇别的报道的导读，句子完整，长度足够，读起来也很像正文的一个段落。"
    )
    doc = parse(page(ONE, TWO, related))
    assert texts(doc) == [ONE, TWO]


def test_readers_comments_after_the_editor_are_not_the_text() -> None:
    comments = "\n\n".join(
        f"网友{i} 3小时前\n\n这是读者的评论，写得很长，说了很多看法，也有逗号和句号，像一段正文。"
        for i in range(6)
    )
    doc = parse(page(ONE, TWO, "责任编辑：赵六", "网友评论", comments))
    assert texts(doc) == [ONE, TWO]


def test_a_share_box_set_a_blank_line_apart_keeps_the_header_over_the_text() -> None:
    # elinks prints each icon of a share box as a bullet a blank line apart: sixty lines
    # between the header and the text, thirty of them with something on them
    icons = "\n\n".join("     • " for _ in range(14))
    box = f"分享到\n\n{icons}\n\n扫一扫分享\n转给好友看看\n\n{icons}"
    short = "　　下周一，"  # (a clause a line, as self-media set their text)
    doc = parse(page(box, short, *PARAGRAPHS))
    assert (doc.meta.title, doc.meta.date) == ("上半年经济运行总体平稳", "2021-07-15")
    assert texts(doc) == ["下周一，", *PARAGRAPHS]


def _package(gap: str) -> Document:
    # 相关新闻 over a headline and a story of its own paragraphs: a package of stories on one
    # page (not a list of links); without blank lines between them too, with some further down
    story = gap.join(["相关新闻", "另一件事的标题放在这里", THREE, FOUR, PARAGRAPHS[4]])
    return parse(gap.join([TITLE, DATELINE, ONE, TWO, story]) + "\n\n\n" + FOOTER + "\n")


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_second_story_under_a_kicker_is_part_of_the_package(gap: str) -> None:
    doc = _package(gap)
    assert [t for t in texts(doc) if t != "相关新闻"] == [ONE, TWO, THREE, FOUR, PARAGRAPHS[4]]
    assert [s.title for s in doc.sections] == [None, "另一件事的标题放在这里"]


@pytest.mark.xfail(strict=True, reason="the kicker over a package's story is read as a paragraph")
def test_the_kicker_over_a_package_s_story_is_no_paragraph() -> None:
    assert "相关新闻" not in texts(_package("\n\n"))


def test_a_live_feed_under_the_text_is_not_the_text() -> None:
    # each post headed by its writer and time in a link, which the C html2text underlines
    # (spaces as "_") and sets as a heading, blank lines nowhere
    post = (
        "今天两市指数高开低走，多数板块上涨，表现强势的是软件、通信和新能源，成交量有所放大，"
        "市场情绪回暖，资金流入明显。"
    )
    posts = "\n".join(f"****_博主{i}今天_12:{i:02d}:30_****\n{post}" for i in range(8))
    doc = parse(
        f"{TITLE}\n2021-07-15 09:30 来源：某某日报\n{ONE}\n{TWO}\n责任编辑：赵六\n{posts}\n"
    )
    assert texts(doc) == [ONE, TWO]


def test_a_quoted_statement_in_the_story_stays_in_the_text() -> None:
    statement = "声明：我公司从未授权任何机构以公司名义开展此类活动，请广大消费者提高警惕。"
    doc = parse(page(ONE, statement, TWO))
    assert texts(doc) == [ONE, statement, TWO]


def test_short_lines_of_dialogue_that_end_a_story_stay_in_the_text() -> None:
    # each shorter than a line of prose must be; a line that is one quotation is dialogue
    lines = ["“我妈去年走了。”过了很久，陈默才说。", "“对不起，我不知道……”", "“没什么，都过去了。”"]
    doc = parse(page(ONE, TWO, *lines))
    assert texts(doc) == [ONE, TWO, *lines]


def test_a_series_of_part_numbers_heads_the_parts() -> None:
    doc = parse(page(ONE, "1", TWO, "2", THREE, "3", FOUR))
    assert [s.title for s in doc.sections] == [None, "1", "2", "3"]


def test_a_column_tag_over_a_headline_is_a_kicker_not_a_heading() -> None:
    doc = parse(page(ONE, "综合", "工业生产稳步回升", TWO, "消费市场持续恢复", THREE))
    assert [s.title for s in doc.sections] == [None, "工业生产稳步回升", "消费市场持续恢复"]
    assert all(p != "综合" for p in texts(doc))


# A post set a clause per line, each indented with two ideographic spaces.
_CLAUSES = (
    "下个月起，",
    "城东的老桥就要封闭维修了，",
    "这也是对市民出行影响最大的一段。",
    "施工期间，公交线路将临时绕行，请大家提前规划路线，错峰出行，避免拥堵。",
    "桥面的老化问题已经持续多年，此次维修将彻底更换桥面铺装层和伸缩缝，工期约两个月。",
    "道路施工会给大家的出行带来不便，",
    "但短暂的维修换来的是",
    "日后的更安全、更畅通。",
    "愿大家都能",
    "平安出行，安全到家。",
)


@pytest.mark.parametrize("margin", ["", "  "])
@pytest.mark.parametrize("padding", ["", "   "])
def test_a_post_set_a_clause_per_line_keeps_its_last_lines_in_any_margin(
    margin: str, padding: str
) -> None:
    lines = [
        "网站首页  新闻  体育  财经  汽车  房产",
        "老桥封闭维修的通知",
        "2021-05-17 08:00",
        *(f"\u3000\u3000{clause}" for clause in _CLAUSES),
        "特别声明：以上内容为自媒体平台用户上传并发布，本平台仅提供信息存储服务。",
    ]
    doc = parse("\n\n".join(margin + line + padding for line in lines))
    assert doc.meta.title == "老桥封闭维修的通知"
    assert texts(doc)[0] == _CLAUSES[0]
    assert texts(doc)[-1] == _CLAUSES[-1]


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_numbered_summary_under_its_label_ends_where_its_numbers_do(gap: str) -> None:
    # Some renderers print no blank line between blocks: the list's numbers still end it.
    summary = [
        "划重点：",
        "1. 工业生产稳步回升，消费市场持续恢复。",
        "2. 投资结构不断优化，好于预期。",
    ]
    doc = parse(gap.join(["某某市经济运行情况发布", "2021-07-15 10:00", *summary, ONE, TWO, THREE]))
    assert texts(doc) == [ONE, TWO, THREE]


def test_a_numbered_summary_wrapped_under_its_items_text_is_no_paragraph() -> None:
    # a text browser sets the lines an item wrapped over under the item's text, after its
    # number (a hanging indent)
    summary = [
        "划重点：",
        "    1. 工业生产稳步回升，消费市场持续恢复，各项指标总体平稳，好于年初的预期，",
        "       社会消费品零售总额增长较快。",
        "    2. 投资结构不断优化，好于预期。",
    ]
    doc = parse(
        "\n\n".join(["某某市经济运行情况发布", "2021-07-15 10:00", "\n".join(summary), ONE, TWO])
    )
    assert texts(doc) == [ONE, TWO]


def test_an_original_headline_wrapped_over_two_lines_is_no_paragraph() -> None:
    def wrapped(text: str) -> str:
        return "\n".join("   " + text[i : i + 30] for i in range(0, len(text), 30))

    original = "（原标题：上半年经济运行总体平稳，各项主要指标好于预期，全年目标能否完成？）"
    doc = parse(
        "\n\n".join(
            [
                "上半年经济运行总体平稳 各项主要指标好于预期",
                "2021-07-15 10:00",
                wrapped(original),
                *map(wrapped, [ONE, TWO]),
            ]
        )
    )
    assert texts(doc) == [ONE, TWO]


def test_a_sentence_that_ends_short_of_the_wrap_ends_its_paragraph() -> None:
    # Wrapped at 30 characters, paragraphs printed with no blank line between them: the
    # first ends with 。 three characters short of the wrap, so the next line is a new one.
    first = (
        "今年以来，全市坚持稳中求进工作总基调，统筹推进疫情防控和经济社会发展，"
        "工业生产稳步回升，各项经济主要指标好于预期。"
    )
    second = (
        "下一步，全市将继续落实各项稳增长政策，加大对中小企业的支持力度，确保全年目标任务顺利完成。"
    )

    def wrapped(text: str) -> list[str]:
        return [text[i : i + 30] for i in range(0, len(text), 30)]

    assert len(wrapped(first)[-1]) == 27
    doc = parse(page("\n".join(wrapped(first) + wrapped(second)), "\n".join(wrapped(ONE))))
    assert texts(doc) == [first, second, ONE]


def _wrapped(text: str, width: int = 30) -> str:
    return "\n".join(text[i : i + width] for i in range(0, len(text), width))


def test_a_field_set_right_of_the_text_does_not_run_on_into_it() -> None:
    # A table's row printed as one line, the source set right up to the wrap, the text under
    # it starting far left: the source is a field of the header, not the paragraph's head.
    left, right = "    某某网 ( 2021-07-15 09:30:00 )", "稿件来源：某某日报"
    header = left + " " * (60 - display_width(left) - display_width(right)) + right
    body = [_wrapped(ONE), _wrapped(TWO), _wrapped(THREE)]
    doc = parse(page(f"{header}\n{body[0]}", *body[1:], header="上半年经济运行总体平稳"))
    assert (doc.meta.date, doc.meta.source) == ("2021-07-15", "某某日报")
    assert texts(doc) == [ONE, TWO, THREE]


def test_an_advert_wrapped_at_the_width_is_not_the_first_paragraph() -> None:
    advert = (
        "“最美教师”网络评选开始啦！每一位候选人都有感人的故事，快来看看吧！"
        "【点击投票】为你身边的好老师加油"
    )
    body = [_wrapped(ONE), _wrapped(TWO), _wrapped(THREE)]
    doc = parse(page(_wrapped(advert), *body))
    assert texts(doc) == [ONE, TWO, THREE]


def test_a_widgets_word_inside_a_wrapped_sentence_keeps_the_line_in_its_paragraph() -> None:
    # 字体 names a font-size widget on a line of its own; here it is a word of the text.
    notice = (
        "铁路部门提醒广大旅客，请通过官方网站和客户端（在“铁路”两字的字体上方标有路徽的图标）"
        "购票，避免非正常渠道购票带来的风险。"
    )
    doc = parse(page(_wrapped(ONE), _wrapped(TWO), _wrapped(notice)))
    assert texts(doc) == [ONE, TWO, notice]


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
@pytest.mark.parametrize(
    "above",
    [
        # another version of the headline over a picture and its caption
        ["统计局长说了啥？上半年经济稳中向好", "[a3f9c0e2b7d14e6f]", "发布会现场。资料图"],
        # another version of the headline over a caption alone
        ["上半年经济稳中向好，多项指标超预期（图）", "全市主要经济指标一览。"],
        # a picture's alt text and its caption
        ["统计局负责人介绍情况（15/7/2021）", "统计局负责人在发布会上回答记者提问。"],
        # … the alt text in brackets, as html2text prints a picture
        ["[统计局负责人介绍情况（15/7/2021）]", "统计局负责人在发布会上回答记者提问。"],
    ],
)
def test_a_headline_variant_or_a_caption_above_the_text_is_not_the_text_without_blanks(
    gap: str, above: list[str]
) -> None:
    # Some renderers print no blank line anywhere: what stands above the text is told by the
    # picture or the caption under it, not by a blank line.
    lines = [*MENU.split("\n"), "上半年经济运行总体平稳", "2021-07-15 09:30  来源：某某日报"]
    doc = parse(gap.join([*lines, *above, ONE, TWO, THREE, FOOTER]))
    assert doc.meta.title == "上半年经济运行总体平稳"
    assert texts(doc) == [ONE, TWO, THREE]


def test_a_caption_and_the_editor_under_the_text_without_blanks_are_not_the_text() -> None:
    # A picture's alt text and caption on one line that ends at the wrap width, with no blank
    # line under it: the editor's line below is no tail of a wrapped paragraph.
    caption = "市民在公园里晨练健身。（图）"
    body = "\n".join(
        [_wrapped(ONE), _wrapped(TWO), _wrapped(THREE), f"{caption} {caption} ", "责任编辑：王五"]
    )
    doc = parse(page(body))
    assert texts(doc) == [ONE, TWO, THREE]
    assert doc.meta.editors == ("王五",)


def test_a_field_line_under_a_last_line_that_ends_at_the_wrap_is_not_the_text() -> None:
    # Wrapped at 45 characters, the text's last line ends one character short of the wrap and
    # no blank line follows: the line of fields under it is no tail of the paragraph.
    last = (
        "下一步，全市将继续落实各项稳增长政策，加大对中小企业的支持力度，确保全年目标顺利完成，"
        "同时统筹发展和安全，守住风险底线。各部门要加强协调配合，形成工作合力，推动全市经济健康运行。"
    )
    fields = "share 本文来源：某某日报作者：赵六责任编辑：王五"
    body = "\n".join([_wrapped(ONE, 45), _wrapped(TWO, 45), _wrapped(last, 45), fields])
    doc = parse(page(body, header="上半年经济运行总体平稳\n\n2021-07-15 09:30"))
    assert texts(doc) == [ONE, TWO, last]
    assert doc.meta.source == "某某日报"
    assert doc.meta.authors == ("赵六",)


def test_a_caption_that_a_narrow_wrap_set_over_two_lines_is_not_the_last_paragraph() -> None:
    # A picture's alt text and its caption on one line, the credit （新华社） wrapped onto the
    # next line.
    caption = "市民在公园里的健身器材上锻炼身体。（新华社）"
    doc = parse(
        page(_wrapped(ONE), _wrapped(TWO), _wrapped(THREE), _wrapped(f"{caption} {caption}"))
    )
    assert texts(doc) == [ONE, TWO, THREE]


def test_headings_over_paragraphs_wrapped_narrow_head_their_sections() -> None:
    # Wrapped at 20 characters no line holds a long paragraph's worth of text; the paragraph
    # under a heading is long all the same.
    body = [_wrapped(ONE, 20), "工业生产", _wrapped(TWO, 20), "下步打算", _wrapped(THREE, 20)]
    doc = parse(page(*body))
    assert [s.title for s in doc.sections if not s.is_lead] == ["工业生产", "下步打算"]
    assert texts(doc) == [ONE, TWO, THREE]


def test_a_headline_over_a_relative_date_wins_over_a_longer_menu_line() -> None:
    # A copy of the article cut right after its text: no footer repeats the headline, and the
    # headline's dateline is 昨天, the day the page was saved.
    lines = [
        "logo",
        "热门话题科技动态开发者资讯经济快讯招聘行情",
        "登录",
        "上半年经济运行总体平稳",
        "昨天",
    ]
    doc = parse("\n\n".join([*lines, ONE, TWO, THREE]))
    assert doc.meta.title == "上半年经济运行总体平稳"
    assert texts(doc) == [ONE, TWO, THREE]


_TEASERS = [
    "10月4日，本市新增确诊病例为零，连续多日保持清零，防控形势总体平稳向好，市民生活秩序逐步恢复。",
    "国庆假期全市接待游客超过三百万人次，旅游收入同比增长一成以上，各大景区秩序井然，未发生安全事故。",
    "新建的城市公园本周对外开放，园内设置了健身步道和儿童游乐区，吸引了大批市民前来休闲游玩。",
]


@pytest.mark.parametrize("mark", ["•", "*", "-", "+"])
def test_a_list_of_teasers_under_the_text_is_not_the_text_whatever_its_bullet(mark: str) -> None:
    # w3m marks a list item with •, lynx and Markdown exporters with *, - or +.
    teasers = "\n".join(f"  {mark} {teaser}" for teaser in _TEASERS)
    text = "\n\n".join(["上半年经济运行总体平稳", ONE, TWO, THREE, f"热点推荐\n{teasers}", FOOTER])
    doc = parse(f"{MENU}\n\n{text}\n")
    assert texts(doc) == [ONE, TWO, THREE]


def test_without_blanks_a_heading_right_under_the_dateline_heads_the_text() -> None:
    # The crumbs, the headline and the dateline stand right above the first heading.
    lines = [
        "1. 首页",
        "2. 经济资讯",
        "3. 资讯正文",
        "上半年经济运行情况汇总",
        "2021年7月15日 15:10 来源：某某日报",
        "工业生产",
        ONE + TWO,
        "下步打算",
        THREE + FOUR,
    ]
    doc = parse("\n".join([*lines, FOOTER]))
    assert [s.title for s in doc.sections if not s.is_lead] == ["工业生产", "下步打算"]
    assert texts(doc) == [ONE + TWO, THREE + FOUR]


def test_a_widgets_label_under_a_last_line_that_ends_at_the_wrap_is_not_the_text() -> None:
    # As above, with a share widget's label (分享：) under the last line instead of fields.
    last = (
        "下一步，全市将继续落实各项稳增长政策，加大对中小企业的支持力度，确保全年目标顺利完成，"
        "同时统筹发展和安全，守住风险底线。各部门要加强协调配合，形成工作合力，推动全市经济健康运行。"
    )
    body = "\n".join([_wrapped(ONE, 45), _wrapped(TWO, 45), _wrapped(last, 45), "分享："])
    doc = parse(page(body))
    assert texts(doc) == [ONE, TWO, last]


@pytest.mark.parametrize("spaces", [8, 30, 64])
def test_leading_tabs_stand_where_a_terminal_shows_them(spaces: int) -> None:
    # unexpand (and some exporters) turn a run of leading spaces into tabs at stops of eight:
    # a sidebar or a centred line stays in its column.
    line = "热点推荐：多地出台政策支持中小企业发展"
    tabbed = "\t" * (spaces // 8) + " " * (spaces % 8) + line
    assert describe(0, tabbed).column == describe(0, " " * spaces + line).column == spaces


def test_a_short_last_paragraph_that_ends_the_file_is_the_text() -> None:
    # A copy of just the article: its last paragraph, one short sentence, ends the file.
    last = "目前此事仍在调查中。"
    text = "\n\n".join([MENU, "上半年经济运行总体平稳", "2021-07-15 09:30", ONE, TWO, THREE, last])
    doc = parse(text + "\n")
    assert texts(doc) == [ONE, TWO, THREE, last]


@pytest.mark.parametrize(
    ("year", "day"), [("2021", "07/15"), ("2021年", "7月15日"), ("2021", "07-15 09:30")]
)
def test_a_date_stacked_a_part_per_line_is_the_date(year: str, day: str) -> None:
    doc = parse(page(ONE, TWO, THREE, header=f"上半年经济运行总体平稳\n\n{year}\n{day}\n09:30"))
    assert doc.meta.date == "2021-07-15"
    assert texts(doc) == [ONE, TWO, THREE]


def test_an_account_under_a_platforms_label_is_the_source_not_a_writer() -> None:
    header = "上半年经济运行总体平稳\n\n2021-07-15 09:30\n 某某观察\n企鹅号\n分享"
    doc = parse(page(ONE, TWO, THREE + "（记者张晓明）", header=header))
    assert doc.meta.source == "某某观察"
    assert doc.meta.authors == ("张晓明",)
    assert texts(doc)[0] == ONE


def test_a_year_alone_over_a_figure_that_is_no_day_is_no_date() -> None:
    doc = parse(page(ONE, TWO, THREE, header="上半年经济运行总体平稳\n\n2021\n13/45"))
    assert doc.meta.date is None


def test_a_headline_set_out_to_the_wrap_width_is_no_wrapped_line() -> None:
    # elinks centres a headline: with its indent it ends a column or two short of the width
    # the paragraphs are wrapped at, but the blank line under it carries nothing on
    def wrapped(text: str) -> str:
        return "\n".join("   " + text[i : i + 30] for i in range(0, len(text), 30))

    headline = "某某市上半年经济运行总体平稳，各项主要指标明显好于预期"
    assert display_width("      " + headline) == display_width("   " + ONE[:30]) - 3
    menu = "\n".join(f"   {item}" for item in ("首页", "新闻", "财经", "体育"))
    doc = parse(
        "\n\n".join(
            [menu, "      " + headline, "   某某网 2021-07-15 09:30:00", *map(wrapped, [ONE, TWO])]
        )
    )
    assert (doc.meta.title, doc.meta.date) == (headline, "2021-07-15")
    assert texts(doc) == [ONE, TWO]


@pytest.mark.parametrize("bullet", ["  • ", "  * "])
def test_a_list_item_of_figures_only_is_a_widget_not_a_paragraph(bullet: str) -> None:
    # a like or a share count set as a list item in the text's run (lynx: * 3615)
    doc = parse(page(ONE, f"{bullet}3615\n{bullet}\n{bullet}", TWO))
    assert texts(doc) == [ONE, TWO]


def test_the_first_line_of_a_wrapped_paragraph_is_no_subtitle() -> None:
    # Under a heading and its subtitle, a paragraph whose first wrapped line has no comma: the
    # line is the paragraph's, as the line under it carries it on (elinks at 80 columns).
    def wrapped(text: str) -> str:
        return "\n".join("   " + text[i : i + 30] for i in range(0, len(text), 30))

    report = (
        "某某日报网站7月15日发表题为《全市上半年经济运行总体平稳》的报道称，"
        "上半年全市工业生产稳步回升，消费市场逐步恢复，就业形势保持稳定。"
    )
    doc = parse(
        page(
            wrapped(ONE),
            wrapped(TWO),
            "   某某日报：",
            "   全市经济运行总体平稳",
            wrapped(report),
            wrapped(THREE),
        )
    )
    assert texts(doc) == [ONE, TWO, report, THREE]
    assert [(s.title, s.subtitle) for s in doc.sections[1:]] == [
        ("某某日报：", "全市经济运行总体平稳")
    ]


def test_a_wrapped_paragraph_that_opens_with_its_credit_keeps_its_first_line() -> None:
    # the first line alone reads as a byline (短, 记者王小明); the line under it carries it on
    def wrapped(text: str) -> str:
        return "\n".join("   " + text[i : i + 30] for i in range(0, len(text), 30))

    opening = "某某网7月15日讯（记者王小明 整合） 上半年全市经济运行总体平稳，工业生产稳步回升。"
    doc = parse(page(wrapped(opening), wrapped(ONE), wrapped(TWO)))
    assert texts(doc) == [opening, ONE, TWO]
    assert doc.meta.authors == ("王小明",)


def test_the_items_of_a_numbered_list_wrapped_over_lines_are_no_headings() -> None:
    # （一）…； （二）…； each item wrapped: the first line alone is heading-styled, but the items
    # share a numbering, so they are a list in the text
    def wrapped(text: str) -> str:
        return "\n".join("   " + text[i : i + 30] for i in range(0, len(text), 30))

    items = [
        "（一）制定本市公共图书馆的建设规划，统筹各区分馆、社区阅览室和流动服务点的布局与开放时间；",
        "（二）组织开展全民阅读活动，为少年儿童、老年人和残疾人等读者提供便利，定期公布服务情况；",
        "（三）对各馆的藏书采购、数字资源建设和服务质量进行评估；对评估不合格的单位提出整改要求。",
    ]
    doc = parse(page(wrapped(ONE), *map(wrapped, items), wrapped(TWO)))
    assert texts(doc) == [ONE, *items, TWO]
    assert [s.title for s in doc.sections] == [None]


@pytest.mark.parametrize("widget", ["点击查看大图", "分享到微信朋友圈"])
def test_a_widgets_words_between_paragraphs_are_no_paragraph(widget: str) -> None:
    # a picture's "view it larger" link, share buttons: the bullet kind, but no list's item
    assert texts(parse(page(ONE, widget, TWO, THREE))) == [ONE, TWO, THREE]


def test_a_sentence_between_the_headline_and_the_dateline_leaves_the_dateline_read() -> None:
    header = "上半年经济运行总体平稳\n\n本文共2000字，阅读约需5分钟。\n\n" + DATELINE
    doc = parse(page(ONE, TWO, THREE, header=header))
    assert (doc.meta.date, doc.meta.source) == ("2021-07-15", "某某日报")
    assert texts(doc) == [ONE, TWO, THREE]


@pytest.mark.parametrize("ornament", ["↓↓↓", "▼", "……", "———", "◆ ◆ ◆", "👇"])
def test_a_line_of_marks_between_paragraphs_is_no_paragraph(ornament: str) -> None:
    doc = parse(f"{MENU}\n\n{TITLE}\n\n{DATELINE}\n\n{ONE}\n\n{ornament}\n\n{TWO}\n\n{THREE}\n")
    assert [p.text for p in doc.paragraphs] == [ONE, TWO, THREE]
    assert [p.index for p in doc.paragraphs] == [0, 1, 2]


def test_a_silence_in_quotation_marks_is_a_paragraph() -> None:
    doc = parse(f"{MENU}\n\n{TITLE}\n\n{DATELINE}\n\n{ONE}\n\n“……”\n\n{TWO}\n\n{THREE}\n")
    assert [p.text for p in doc.paragraphs] == [ONE, "“……”", TWO, THREE]


@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_a_table_of_figures_in_the_text_is_read_a_row_a_line(between: str) -> None:
    """指标 / 数值 / 同比增长 under a paragraph: each row's cells stay together (its widest
    word alone was a paragraph, or a heading over the rest of the text)."""
    table = between.join(
        [
            "指标            数值          同比增长",
            "地区生产总值    1234.5亿元    6.5%",
            "工业增加值      456.7亿元     7.2%",
        ]
    )
    text = "\n\n".join([MENU, TITLE, DATELINE, ONE, table, TWO, THREE, FOOTER]) + "\n"
    doc = parse(text)
    assert [p.text for p in doc.paragraphs] == [
        ONE,
        "指标  数值  同比增长",
        "地区生产总值  1234.5亿元  6.5%",
        "工业增加值  456.7亿元  7.2%",
        TWO,
        THREE,
    ]
    assert [s.title for s in doc.sections] == [None]


def test_a_han_character_glued_to_figures_moves_to_the_next_line_with_them() -> None:
    # elinks does not break between a Han character and the figures right after it: 调整 /
    # 为12.5:37.5:50.0 moves whole, and the line above ends short of the width, mid-sentence
    def wrapped(text: str) -> str:
        return "\n".join("   " + text[i : i + 30] for i in range(0, len(text), 30))

    lines = [
        ONE[:30],
        "全市三类产业的投资比例由上年同期的10:40:50调整",
        "为12.5:37.5:50.0，第三产业的比重与上年持平，服务业投资继续",  # (as wide as the first)
        "保持较快的增长势头。",
    ]
    doc = parse(page(wrapped(TWO), "\n".join("   " + line for line in lines), wrapped(THREE)))
    assert texts(doc) == [TWO, "".join(lines), THREE]
