"""Field lines around an article, as common kinds of Chinese news page print them through a
text browser: the header under the headline (date, source, writers) and the lines under the
text (credits, editors, notes, widgets), what the parser reads from each, and that the text
still starts and ends where it does. Each case is a kind of line, not a page of the corpus."""

from __future__ import annotations

import pytest

from tests.made_up_page import FOOTER, MENU, ONE, PARAGRAPHS, THREE, TITLE, TWO
from tui.parse import parse

# (header under the title, date, source, writers)
CASES = [
    ("2021年07月15日 09:30  来源：人民网－人民日报", "2021-07-15", "人民网－人民日报", ()),
    ("2021-07-15 09:30 来源: 中国新闻网 编辑:王五", "2021-07-15", "中国新闻网", ()),
    ("来源：光明日报 | 作者：张三 | 2021-07-15 09:30", "2021-07-15", "光明日报", ("张三",)),
    ("2021-07-15 09:30:12 来源：新京报 作者：张三 李四", "2021-07-15", "新京报", ("张三", "李四")),
    ("发布时间：2021-07-15 09:30  信息来源：市统计局", "2021-07-15", "市统计局", ()),
    ("2021.07.15 09:30  澎湃新闻记者 张三", "2021-07-15", "澎湃新闻", ("张三",)),
    ("作者：张三  2021-07-15 09:30", "2021-07-15", None, ("张三",)),
    ("2021/7/15 9:30:00", "2021-07-15", None, ()),
    ("时间：2021-07-15  来源：财新网  作者：张三", "2021-07-15", "财新网", ("张三",)),
    ("张三\n2021-07-15 09:30", "2021-07-15", None, ("张三",)),
    ("新华社\n2021-07-15 09:30", "2021-07-15", "新华社", ()),
    ("2021年7月15日 星期四", "2021-07-15", None, ()),
    ("2021-07-15 09:30 | 来源：界面新闻 | 记者：张三", "2021-07-15", "界面新闻", ("张三",)),
    ("文 | 张三\n2021-07-15", "2021-07-15", None, ("张三",)),
    ("撰文：张三  摄影：李四\n2021-07-15", "2021-07-15", None, ("张三",)),
    ("2021-07-15 09:30 · 来源：36氪", "2021-07-15", "36氪", ()),
    ("出处：经济日报  2021-07-15", "2021-07-15", "经济日报", ()),
    ("2021-07-15 09:30 稿源：央视网", "2021-07-15", "央视网", ()),
    ("本报记者 张三 李四\n2021年07月15日", "2021-07-15", None, ("张三", "李四")),
    ("Jul 15, 2021 09:30", "2021-07-15", None, ()),
    ("15/07/2021", None, None, ()),
    ("2021-07-15 09:30  字号：大 中 小  打印", "2021-07-15", None, ()),
    ("[ 2021-07-15 09:30 ]  [ 来源：市政府办公室 ]", "2021-07-15", "市政府办公室", ()),
    ("发布日期：2021-07-15 浏览次数：1234 次", "2021-07-15", None, ()),
    ("来源 | 每日经济新闻\n作者 | 张三\n2021-07-15", "2021-07-15", "每日经济新闻", ("张三",)),
    ("2021-07-15 09:30 发表于北京", "2021-07-15", None, ()),
    ("张三 · 2021-07-15 09:30 · 阅读 1.2万", "2021-07-15", None, ("张三",)),
    ("张三 2021-07-15 09:30:12", "2021-07-15", None, ("张三",)),  # a forum's or a blog's
    ("新华社 2021-07-15 09:30", "2021-07-15", "新华社", ()),
    ("某某网 2021-07-15 09:30", "2021-07-15", "某某网", ()),
    ("原创 张三 某某观察 2021-07-15", "2021-07-15", "某某观察", ("张三",)),
    # the writers, then where the story was filed from (北京报道): no writer named 北京
    ("本报记者 张三 北京报道\n2021-07-15", "2021-07-15", None, ("张三",)),
    ("某某经济报道记者 张三 李四 上海报道\n2021-07-15", "2021-07-15", None, ("张三", "李四")),
    ("张三 北京报道\n2021-07-15 09:30", "2021-07-15", None, ("张三",)),
    ("英国《某某时报》 张三 伦敦报道\n2021年7月15日 06:30 AM", "2021-07-15", None, ("张三",)),
    # a blog's badge line: the 于 ("on") before the date is no account's name
    ("原创 某某笔记 已于 2021-07-15 09:30:31 修改  阅读量1,234", "2021-07-15", "某某笔记", ()),
    ("原创 张三 某某观察 于 2021-07-15 发布", "2021-07-15", "某某观察", ("张三",)),
    (
        "2021-07-15 09:30 来源：中国经济网-经济日报 责任编辑：王五",
        "2021-07-15",
        "中国经济网-经济日报",
        (),
    ),
    ("记者 张三 通讯员 李四\n2021-07-15", "2021-07-15", None, ("张三", "李四")),
    ("二〇二一年七月十五日", "2021-07-15", None, ()),
    # full-width digits, as a typesetter's page or a converted document prints them
    ("发布时间：２０２１年７月１５日", "2021-07-15", None, ()),
    ("２０２１－０７－１５　来源：某某日报", "2021-07-15", "某某日报", ()),
    ("2021-07-15 09:30 北京日报客户端", "2021-07-15", "北京日报客户端", ()),
    ("更新时间：2021-07-16 10:00  发布时间：2021-07-15 09:30", "2021-07-15", None, ()),
    ("编辑于 2021-07-16 09:30\n发布于 2021-07-15 09:30", "2021-07-15", None, ()),
    (
        "发布时间：2021年7月15日 星期四 来源：某某市统计局 浏览次数：123",
        "2021-07-15",
        "某某市统计局",
        (),
    ),
    ("【字体：大 中 小】 2021-07-15 09:30 来源：某某日报", "2021-07-15", "某某日报", ()),
    ("2021-07-15 09:30:12 某某日报", "2021-07-15", "某某日报", ()),
    (
        "作者：张三 | 来源：某某日报 | 时间：2021年07月15日 09:30 | 阅读：1234",
        "2021-07-15",
        "某某日报",
        ("张三",),
    ),
    # a page's text nodes, each on a line of its own: the label's value under it
    ("发布日期：2021-07-15\n信息来源：\n市统计局", "2021-07-15", "市统计局", ()),
    ("2021-07-15 09:30　来源:\n某某日报\n(北京)", "2021-07-15", "某某日报", ()),
    ("2021-07-15 09:30\n作者：\n张三", "2021-07-15", None, ("张三",)),
    ("2021年07月15日 09:30\n某某日报\n分享到", "2021-07-15", "某某日报", ()),
    ("某某财经·2021-07-15 09:30", "2021-07-15", "某某财经", ()),
    # an account's name over its dateline, which holds a badge of the platform's
    ("某某观察\n2021-07-15 09:30 · 某某领域创作者", "2021-07-15", None, ("某某观察",)),
    ("某某观察\n\n2021-07-15 09:30 · 某某领域创作者", "2021-07-15", None, ("某某观察",)),
    # an account's name with its follow button, above the date
    ("张三\n关注\n2021.07.15 09:30:12 字数 1,234 阅读 567", "2021-07-15", None, ("张三",)),
    ("张三 + 关注\n2021-07-15 09:30", "2021-07-15", None, ("张三",)),
    ("某某日报\n+关注\n\n2021-07-15 09:30", "2021-07-15", "某某日报", ()),
    ("界面新闻记者 | 张三\n2021/07/15 09:30", "2021-07-15", "界面新闻", ("张三",)),
    # the outlet a byline names its writers at: set apart before the names, or before the role
    ("2021-07-15 09:30\n文｜财新 张三", "2021-07-15", "财新", ("张三",)),
    ("文/澎湃 张三 实习生 李四\n2021-07-15", "2021-07-15", "澎湃", ("张三", "李四")),
    ("2021-07-15 09:30\n某某日报首席记者 张三", "2021-07-15", "某某日报", ("张三",)),
    ("2021-07-15 09:30\n《某某周刊》记者 张三", "2021-07-15", "某某周刊", ("张三",)),
    ("2021-07-15 09:30\n本报记者 张三 李四", "2021-07-15", None, ("张三", "李四")),
    ("2021-07-15 09:30 来源：某某网\n某某日报记者 张三", "2021-07-15", "某某网", ("张三",)),
    ("执笔/老刀、江湖客\n2021-07-15", "2021-07-15", None, ("老刀", "江湖客")),
    # a date relative to the day the page was saved, after the outlet's name
    ("某某日报 3小时前\n\n广告", None, "某某日报", ()),
    # the editor's credit among the fields under the dateline, above the text: no close of it
    ("2021-07-15 09:30:12\n作者：张三    责编：王五", "2021-07-15", None, ("张三",)),
    ("2021-07-15 09:30\n来源：某某日报\n责任编辑：王五", "2021-07-15", "某某日报", ()),
    # an information-disclosure page's fields: the date it was published, not signed
    (
        "发布机构：某某市统计局    成文日期：2021-07-12\n"
        "文号：某统字〔2021〕12号    发布日期：2021-07-15",
        "2021-07-15",
        "某某市统计局",
        (),
    ),
]
# Headers read wrongly still, with why (xfail, strict): none at present.
STILL_WRONG: dict[str, str] = {}


def _params() -> list:
    return [
        pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=STILL_WRONG[case[0]]))
        if case[0] in STILL_WRONG
        else pytest.param(*case)
        for case in CASES
    ]


@pytest.mark.parametrize(("header", "date", "source", "authors"), _params())
def test_a_kind_of_header_gives_its_fields(
    header: str, date: str | None, source: str | None, authors: tuple[str, ...]
) -> None:
    page = f"{MENU}\n\n{TITLE}\n\n{header}\n\n{ONE}\n\n{TWO}\n\n{THREE}\n\n{FOOTER}\n"
    doc = parse(page)
    assert (doc.meta.title, doc.meta.date, doc.meta.source, doc.meta.authors) == (
        TITLE,
        date,
        source,
        authors,
    )
    assert [p.text for p in doc.paragraphs] == [ONE, TWO, THREE]


FIELD_TABLES = [
    # as w3m prints the table: borders, a label's cell and its value's
    """┌──────────┬────────────────┬──────────┬──────────┐
│索引号：  │0000-2021-00012 │分类：    │统计信息  │
├──────────┼────────────────┼──────────┼──────────┤
│发布机构：│某某市统计局    │成文日期：│2021-07-12│
├──────────┼────────────────┴──────────┴──────────┤
│标题：    │{title}│
├──────────┼────────────────┬──────────┬──────────┤
│文号：    │某统字〔2021〕12号│发布日期：│2021-07-15│
└──────────┴────────────────┴──────────┴──────────┘""",
    # without borders, the headline one of the fields
    """索引号：0000-2021-00012        分类：统计信息
发布机构：某某市统计局           成文日期：2021-07-12
标题：{title}
文号：某统字〔2021〕12号         发布日期：2021-07-15""",
]


@pytest.mark.parametrize("table", FIELD_TABLES, ids=["bordered", "plain"])
@pytest.mark.parametrize("headline", [True, False], ids=["headline", "fields-only"])
def test_a_table_of_fields_over_the_headline_is_read(table: str, headline: bool) -> None:
    fields = table.format(title=TITLE)
    header = f"{fields}\n\n{TITLE}" if headline else fields
    doc = parse(f"{MENU}\n\n{header}\n\n{ONE}\n\n{TWO}\n\n{THREE}\n\n{FOOTER}\n")
    assert (doc.meta.title, doc.meta.date, doc.meta.source) == (TITLE, "2021-07-15", "某某市统计局")
    assert [p.text for p in doc.paragraphs] == [ONE, TWO, THREE]


RELATED = "相关新闻\n\n  • 另一篇报道的标题放在这里\n  • 第二篇报道的标题也在这里"
# (lines under the text, source, writers, editors)
TRAILERS = [
    ("（完）", None, (), ()),
    ("【责任编辑：王五】", None, (), ("王五",)),
    ("[责任编辑:王五]", None, (), ("王五",)),
    ("(责任编辑：王五)", None, (), ("王五",)),
    ("编辑：王五  审核：赵六", None, (), ("王五",)),
    ("文章来源：某某日报", "某某日报", (), ()),
    ("来源：某某日报  作者：张三  编辑：王五", "某某日报", ("张三",), ("王五",)),
    ("本文来源：某某日报", "某某日报", (), ()),
    ("【纠错】 【责任编辑：王五】", None, (), ("王五",)),
    ("分享到：\n\n" + RELATED, None, (), ()),
    ("声明：本文仅代表作者观点，不代表本站立场。", None, (), ()),
    ("（记者 张三）", None, ("张三",), ()),
    ("（本报记者 张三 李四）", None, ("张三", "李四"), ()),
    ("作者：张三\n\n编辑：王五", None, ("张三",), ("王五",)),
    ("原标题：上半年经济稳中有进", None, (), ()),
    ("- END -\n\n" + RELATED, None, (), ()),
    ("返回搜狐，查看更多\n\n责任编辑：", None, (), ()),
    ("本文为某某号作者原创，未经授权不得转载", None, (), ()),
    ("（来源：某某日报）", "某某日报", (), ()),
    ("（文/张三）", None, ("张三",), ()),
    ("撰文 | 张三\n编辑 | 王五", None, ("张三",), ("王五",)),
    ("监制：赵六\n责编：王五", None, (), ("王五",)),
    ("觉得好看，请点这里↓", None, (), ()),
    ("扫一扫，分享到微信朋友圈", None, (), ()),
    ("上一篇：另一篇报道的标题\n下一篇：第二篇报道的标题", None, (), ()),
    ("打印本页 关闭窗口", None, (), ()),
    ("阅读 1.2万\n点赞 300", None, (), ()),
    ("特别声明：以上内容仅代表作者本人观点，不代表本站观点。", None, (), ()),
    ("※ 本文转载自某某日报，版权归原作者所有。", "某某日报", (), ()),
    ("来源 | 某某日报", "某某日报", (), ()),
    ("监制：赵六  主编：钱七  编辑：王五", None, (), ("王五",)),
    ("策划｜赵六  撰文｜张三  编辑｜王五", None, ("张三",), ("王五",)),
    ("本文系作者个人观点，不代表本站立场。", None, (), ()),
    ("（编辑 王五）", None, (), ("王五",)),  # an editor in parentheses is no writer
    ("（责编：王五、赵六）", None, (), ("王五", "赵六")),
    ("本文由「某某财经」原创出品，转载请注明出处。", "某某财经", (), ()),  # the name, not its marks
    ("《某某日报》（ 2021年07月15日   第 04 版）", "某某日报", (), ()),  # the print edition
    ("作者简介\n\n张三，某某大学教授，长期研究区域经济。", None, (), ()),  # the writer's box
    # a note on the writer: their name, if given, and what they do
    ("（本文作者张三，系某某大学经济学院教授）", None, ("张三",), ()),
    ("(本文作者张三，系某某大学经济学院教授)", None, ("张三",), ()),  # (after a blank line)
    ("本文作者：张三，某某大学教授。", None, ("张三",), ()),
    ("作者系某某研究院研究员。", None, (), ()),
    ("【免责声明】本文仅代表作者个人观点，与本网无关。", None, (), ()),
    ("本文首发于微信公众号：某某观察（ID：abcd123）。", "某某观察", (), ()),
    ("来源：某某日报（ID：abcd123）", "某某日报", (), ()),  # an account's ID is not its name
]


# The same credit in parentheses closing the last paragraph: read, and left in its text.
@pytest.mark.parametrize(
    ("credit", "authors", "editors"),
    [
        ("（记者 张三）", ("张三",), ()),
        ("(责编：王五、赵六)", (), ("王五", "赵六")),
        ("（编辑 王五）", (), ("王五",)),
        ("（责任编辑：王五）", (), ("王五",)),
    ],
)
def test_a_credit_closing_the_last_paragraph_is_read(
    credit: str, authors: tuple[str, ...], editors: tuple[str, ...]
) -> None:
    page = (
        f"{MENU}\n\n{TITLE}\n\n2021-07-15 09:30\n\n{ONE}\n\n{TWO}\n\n{THREE}{credit}\n\n{FOOTER}\n"
    )
    doc = parse(page)
    assert [p.text for p in doc.paragraphs] == [ONE, TWO, THREE + credit]
    assert (doc.meta.authors, doc.meta.editors) == (authors, editors)


@pytest.mark.parametrize(("tail", "source", "authors", "editors"), TRAILERS)
def test_a_kind_of_line_under_the_text_is_read_and_left_out_of_it(
    tail: str, source: str | None, authors: tuple[str, ...], editors: tuple[str, ...]
) -> None:
    page = (
        f"{MENU}\n\n{TITLE}\n\n2021-07-15 09:30\n\n{ONE}\n\n{TWO}\n\n{THREE}\n\n{tail}\n\n"
        f"{FOOTER}\n"
    )
    doc = parse(page)
    assert [p.text for p in doc.paragraphs] == [ONE, TWO, THREE]
    assert (doc.meta.source, doc.meta.authors, doc.meta.editors) == (source, authors, editors)


@pytest.mark.parametrize(
    ("tail", "date"),
    [
        ("posted @ 2021-07-15 10:20  张三  阅读(123)  评论(0)  编辑  收藏  举报", "2021-07-15"),
        ("张三 发表于 2021-07-15 10:20\n\n分类：生活", "2021-07-15"),
        # others' dates: teasers of other articles, a link to the previous one
        ("另一篇报道的标题放在这里 2021-07-10\n\n第二篇报道的标题也在这里 2021-07-09", None),
        ("上一篇 2021-07-10", None),
    ],
)
def test_a_posts_own_line_under_the_text_dates_a_page_that_gave_no_date_above(
    tail: str, date: str | None
) -> None:
    page = f"{MENU}\n\n{TITLE}\n\n{ONE}\n\n{TWO}\n\n{THREE}\n\n{tail}\n\n{FOOTER}\n"
    doc = parse(page)
    assert doc.meta.date == date
    assert [p.text for p in doc.paragraphs] == [ONE, TWO, THREE]


# (lines between the header and the text, whether they are the text's first paragraph)
OPENERS = [
    # lines that close an article when they stand under it, here in its header
    ("特别声明：本文仅代表作者本人观点，不代表本站立场。", False),
    ("相关阅读：另一篇报道的标题", False),
    ("作者简介", False),
    # a blog's notice over its text, which a page's foot prints too
    (
        "版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，"
        "转载请附上原文出处链接和本声明。",
        False,
    ),
    ("本文为原创，未经授权不得转载", False),
    ("AI摘要\n\n上半年经济运行总体平稳，工业生产回升，消费市场恢复。", False),
    ("[a1b2c3d4]", False),
    ("[a1b2c3d4]\n\n图为发布会现场。（记者 王刚 摄）", False),
    ("摘要：上半年经济运行总体平稳，好于预期。", False),
    ("核心提示：上半年经济运行总体平稳，好于预期，各项指标均有改善。", False),
    ("【导读】上半年经济运行总体平稳，好于预期。", False),
    ("编者按：今年以来，本报持续关注经济运行情况，今起推出系列报道，敬请关注。", False),
    ("点击上方蓝字关注我们", False),
    ("↑ 点击上方“某某日报”关注我们", False),
    ("文 | 张三", False),
    ("分享到：", False),
    ("视频加载中...", False),
    ("原标题：上半年经济稳中有进", False),
    ("字号：大 中 小", False),
    ("阅读提示：上半年经济运行总体平稳，好于预期。", False),
    ("■本报记者 张三", False),
    ("图片来源：视觉中国", False),
    ("（图片来源：视觉中国）", False),
    ("▲发布会现场。 新华社记者 王刚 摄", False),
    ("本报讯（记者 张三）" + ONE[:-1] + "。", True),
    ("导语：上半年经济运行总体平稳，好于预期。", False),
    ("音频：\n\n00:00 / 03:25", False),
    ("广告", False),
    ("听新闻", False),
    ("0:00", False),
]


@pytest.mark.parametrize(("lines", "is_text"), OPENERS)
def test_what_stands_between_the_header_and_the_text_is_not_the_text_unless_it_is(
    lines: str, is_text: bool
) -> None:
    page = (
        f"{MENU}\n\n{TITLE}\n\n2021-07-15 09:30  来源：某某日报\n\n{lines}\n\n{ONE}\n\n{TWO}\n\n"
        f"{THREE}\n\n{FOOTER}\n"
    )
    doc = parse(page)
    assert doc.meta.title == TITLE
    assert [p.text for p in doc.paragraphs] == ([lines] if is_text else []) + [ONE, TWO, THREE]


def test_a_dateline_with_an_icon_s_words_in_brackets_heads_the_article() -> None:
    # the header's words in brackets are a button's, not the fields'; without the header the
    # longer run of teasers under the article outscored it
    header = (
        "2021-07-15 09:30  出处：某某科技 作者：张三 编辑：王五  人气：1234次    "
        "评论(18)[点这里复制文章的标题与地址]"
    )
    teasers = "\n".join(
        f"**** 另一篇报道的标题{n} ****\n{paragraph}" for n, paragraph in enumerate(PARAGRAPHS)
    )
    page = (
        f"{MENU}\n{TITLE}\n{header}\n{ONE}\n{TWO}\n{THREE}\n责任编辑：王五\n最热文章\n{teasers}\n"
    )
    doc = parse(page)
    assert (doc.meta.title, doc.meta.date, doc.meta.source) == (TITLE, "2021-07-15", "某某科技")
    assert [p.text for p in doc.paragraphs] == [ONE, TWO, THREE]


# A column page has no dateline: under the headline, its writer's name and tagline, then a
# counter of readers' marks, which is a widget's line and not the text's first paragraph.
@pytest.mark.parametrize(
    "header",
    [
        "张三\n某某公司 工程师\n\n123 人赞同了该文章",
        "张三\n\n1.2万次阅读",
        "某某观察\n\n12 人点赞 · 3 条评论",
        "123 人赞同了该文章",
    ],
)
def test_a_counter_of_readers_marks_is_not_the_text(header: str) -> None:
    doc = parse(f"{MENU}\n\n{TITLE}\n\n{header}\n\n{ONE}\n\n{TWO}\n\n{THREE}\n\n{FOOTER}\n")
    assert [p.text for p in doc.paragraphs] == [ONE, TWO, THREE]
