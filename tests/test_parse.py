"""The parser on the bundled seed and on small pages written to exercise one rule each."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.load import read_path
from tui.model import Document
from tui.parse import parse
from tui.parse.dates import iso_date
from tui.parse.headings import heading_style, heading_title
from tui.parse.metadata import breadcrumb_category, byline_names, is_byline
from tui.parse.pagelines import describe, display_width

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_948d13035be81ef7.txt"
CHROME = ("首页", "ICP", "分享", "联系我们", "公网安备", "地址:", "上一条", "原文链接", "转载自")


@pytest.fixture(scope="module")
def seed() -> Document:
    return parse(read_path(SEED).text, name=str(SEED))


def test_seed_metadata(seed: Document) -> None:
    meta = seed.meta
    assert meta.title == "广深双核:同城化新猜想"
    assert meta.date == "2020-01-13"
    assert meta.source == "《南方》杂志"  # the outlet, without the issue it appeared in
    assert meta.authors == ("温柔",)
    assert meta.url == (
        "http://www.nfzz.net.cn/epaper/fb/z20200110/content/2020-01/13/content_190055660.htm"
    )
    assert meta.category == "媒体报道"
    assert meta.previous == "省人大代表嵇世山:产学研深度融合已成为促进科技创新的有效模式"
    assert meta.next == "央视介绍我院与港澳合作有关情况"


def test_seed_sections_are_the_lead_and_four_headings_with_subtitles(seed: Document) -> None:
    lead, *headed = seed.sections
    assert lead.is_lead and lead.index == 0 and lead.title is None and len(lead.paragraphs) == 5
    assert [(s.index, s.title, s.subtitle) for s in headed] == [
        (1, "解放思想", "广深联动第一步:解放思想"),
        (2, "一体化", "跨区域资源共享、合理分工"),
        (3, "优势互补", "创新“前端+后端”"),
        (4, "合作平台", "破除行政边界障碍"),
    ]
    assert [s.heading for s in headed] == [
        "【解放思想】",
        "【一体化】",
        "【优势互补】",
        "【合作平台】",
    ]
    assert [s.line for s in headed] == [26, 43, 64, 89]  # where the reader's cursor jumps


def test_seed_body_has_38_paragraphs_first_and_last(seed: Document) -> None:
    paragraphs = seed.paragraphs
    assert len(paragraphs) == 38
    assert [p.index for p in paragraphs] == list(range(38))
    first, last = paragraphs[0], paragraphs[-1]
    assert first.text.startswith(
        "《2019年度广东区域综合竞争力报告》(以下简称《报告》)显示,广州、深圳"
    )
    assert first.text.endswith("区域竞争力高居前两位。")
    assert (first.line, first.end_line) == (15, 15)
    assert last.text == "经验互鉴、交通互通、联合创新……未来,广深双引擎还会有哪些新猜想,值得期待。"
    assert last.line == 109 and last.section == 4


def test_seed_body_holds_no_chrome_and_chrome_is_kept(seed: Document) -> None:
    body = "\n".join(p.text for p in seed.paragraphs)
    for word in CHROME:
        assert word not in body, word
    assert "报告" in body
    kept = "\n".join(line.text for line in seed.boilerplate)
    assert "粤ICP备16109345号" in kept and "分享按钮" in kept and "研究院概况" in kept


def test_seed_roles(seed: Document) -> None:
    roles = dict(enumerate(seed.roles, 1))
    assert len(seed.roles) == len(seed.lines)
    assert roles[1] == roles[2] == "boilerplate"  # the menus
    assert roles[4] == "meta" and roles[6] == "meta" and roles[7] == "meta"  # crumb, title, date
    assert roles[10] == "meta"  # the byline
    assert roles[26] == roles[28] == "heading"
    assert roles[15] == "body" and roles[13] == "blank"  # line 13 is only NBSPs and spaces
    assert roles[115] == roles[118] == roles[119] == "meta"
    assert roles[129] == "boilerplate"


# --- each rule on a page made for it ------------------------------------------------------

PROSE = (
    "这是一段足够长的正文，用来让解析器相信这里是文章的主体，而不是菜单或者页脚的内容。"
    "它有逗号，也有句号，读起来像新闻报道里的一个自然段落。"
)


def page(
    *body: str, header: str = "标题就是这一行的文字\n发布时间：2021年3月5日  来源：某某日报"
) -> str:
    menu = "\n".join(f"  • 栏目{i}" for i in range(8))
    footer = "版权所有 某某网 京ICP备12345678号\n联系我们 | 网站地图"
    return f"{menu}\n\n{header}\n\n" + "\n\n".join(body) + f"\n\n{footer}\n"


def test_title_date_and_source_from_the_dateline() -> None:
    doc = parse(page(PROSE, PROSE))
    assert doc.meta.title == "标题就是这一行的文字"
    assert doc.meta.date == "2021-03-05"
    assert doc.meta.source == "某某日报"
    assert len(doc.paragraphs) == 2
    assert all("栏目" not in p.text and "ICP" not in p.text for p in doc.paragraphs)


@pytest.mark.parametrize(
    "heading, title",
    [
        # Numbering stays, as the page prints it; decoration (【】, #) goes.
        ("【第一部分】", "第一部分"),
        ("一、总体情况", "一、总体情况"),
        ("（二）主要做法", "（二）主要做法"),
        ("3. 下一步打算", "3. 下一步打算"),
        ("4、存在的问题", "4、存在的问题"),
        ("第五章 附则", "第五章 附则"),
        ("## 结语", "结语"),
    ],
)
def test_heading_styles_make_sections(heading: str, title: str) -> None:
    doc = parse(page(PROSE, heading, PROSE, PROSE))
    assert [s.title for s in doc.sections] == [None, title]
    assert doc.sections[1].heading == heading
    assert [len(s.paragraphs) for s in doc.sections] == [1, 2]
    assert doc.paragraphs[1].section == 1


def test_a_row_of_tags_marked_with_hashes_has_no_markdown_heading_style() -> None:
    # (a converter prints a page's tags so; whether a short line heads a section is then
    # up to where it stands, as for any line)
    assert heading_style("# 天文  # 航天") is None
    assert heading_title("## C# 入门") == "C# 入门"


def test_no_heading_is_one_lead_section() -> None:
    doc = parse(page(PROSE, PROSE, PROSE))
    assert len(doc.sections) == 1 and doc.sections[0].is_lead
    assert len(doc.sections[0].paragraphs) == 3


def test_no_lead_when_the_body_starts_with_a_heading() -> None:
    doc = parse(page("一、开头", PROSE, "二、结尾", PROSE))
    assert [(s.index, s.title) for s in doc.sections] == [(0, "一、开头"), (1, "二、结尾")]


def test_wrapped_lines_are_joined_into_one_paragraph() -> None:
    # w3m at 200 columns: a line of 99 Han characters and two columns to spare, then the rest.
    long = "新闻报道的文字，" * 12 + "继续写"
    wrapped = f"{long}\n。这是续行，以句号开头也要接上。"
    doc = parse(page(wrapped, PROSE))
    first = doc.paragraphs[0]
    assert first.text == long + "。这是续行，以句号开头也要接上。"
    assert first.end_line == first.line + 1


def test_short_adjacent_lines_are_separate_paragraphs() -> None:
    doc = parse(page(PROSE + "\n" + PROSE))
    assert len(doc.paragraphs) == 2
    assert doc.paragraphs[1].line == doc.paragraphs[0].line + 1


def test_markup_and_escapes_in_text_stay_text() -> None:
    hostile = (
        "[bold red]不要解释[/] 和 \x1b[31m 这样的字符，都只是正文的一部分，原样保留下来。"
        "[link=http://x]链接[/link] 也一样，显示出来而不是照着执行，读者看到的就是原文。"
    )
    doc = parse(page(hostile, PROSE))
    assert doc.paragraphs[0].text == hostile.strip()


def test_byline_and_editor() -> None:
    doc = parse(page("    半月谈记者史卫燕", PROSE, PROSE, "责任编辑：孔德明"))
    assert doc.meta.authors == ("史卫燕",)
    assert doc.roles[doc.lines.index("    半月谈记者史卫燕")] == "meta"


@pytest.mark.parametrize("label", ["责任编辑：", "责编：", "编辑：", "编审："])
def test_an_editor_is_an_editor_never_an_author(label: str) -> None:
    doc = parse(page(PROSE, PROSE, f"（{label}周雁）"))
    assert doc.meta.editors == ("周雁",)
    assert doc.meta.authors == ()


def test_previous_and_next_on_split_lines() -> None:
    text = page(PROSE, PROSE) + "上一篇\n上篇文章的标题下一篇\n下篇文章的标题\n"
    doc = parse(text)
    assert doc.meta.previous == "上篇文章的标题"
    assert doc.meta.next == "下篇文章的标题"


def test_empty_and_blank_text() -> None:
    for text in ("", "\n\n", "   \u3000\n\u00a0"):
        doc = parse(text)
        assert doc.sections == () and doc.meta.title is None
        assert set(doc.roles) <= {"blank"}


# --- the helpers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, iso",
    [
        ("发表日期:2020-01-13", "2020-01-13"),
        ("2020年1月13日", "2020-01-13"),
        ("2020/1/13", "2020-01-13"),
        ("2020.01.13", "2020-01-13"),
        ("更新时间 2012年12月10日, 格林尼治标准时间10:41", "2012-12-10"),
        ("二〇二〇年一月十三日", "2020-01-13"),
        ("2020-02-30", None),
        ("电话 020-22213655", None),
        ("1.1:50.3:48.6", None),
        # an English dateline, the month named
        ("Jul 15, 2021 09:30", "2021-07-15"),
        ("Published: 15 July 2021", "2021-07-15"),
        ("Monday, March 1st, 2021", "2021-03-01"),
        ("Sept. 3, 2020", "2020-09-03"),
        ("Feb 30, 2020", None),
        ("Maybe 15, 2021 will do", None),
        ("May 2021", None),
    ],
)
def test_dates(text: str, iso: str | None) -> None:
    assert iso_date(text) == iso


@pytest.mark.parametrize(
    "line, title",
    [
        ("【解放思想】", "解放思想"),
        ("第一回　王教头私走延安府", "第一回　王教头私走延安府"),
        ("第一章", "第一章"),
        ("（一）对公职人员开展廉政教育，进行监督检查；", None),  # a list item, not a heading
        ("第一条　为了深化国家监察体制改革", None),
        ("1.1:50.3:48.6调整为0.7:50.7:48.6", None),
        ("一个是作为2000多年来中国唯一长盛不衰的对外通商口岸的“老城市”。", None),
    ],
)
def test_heading_titles(line: str, title: str | None) -> None:
    assert heading_title(line) == title


@pytest.mark.parametrize(
    "line, category",
    [
        ("当前位置:首页 > 媒体报道", "媒体报道"),
        ("首页 >> 教育资讯 >> 教育新闻 >> 正文", "教育新闻"),
        ("首页 - 新闻动态", "新闻动态"),
        ("首页 研究院概况 科技研发 企业孵化", None),
    ],
)
def test_breadcrumbs(line: str, category: str | None) -> None:
    assert breadcrumb_category(line) == category


@pytest.mark.parametrize(
    "line, names",
    [
        ("《南方》杂志记者/温柔 发自广州、深圳", ["温柔"]),
        ("半月谈记者史卫燕", ["史卫燕"]),
        ("文/张三 李四", ["张三", "李四"]),
        ("文 | 张三", ["张三"]),
        # the role apart from the names, as lynx and Markdown keep the space w3m drops
        ("采写：某某都市报见习记者 王小明", ["王小明"]),
        ("作者最新文章", []),  # a list's heading under the text, glued as w3m prints it
        ("作者 | 李四  编辑 | 王五", ["李四"]),
        ("广东省委党校原副校长、教授陈鸿宇认为", []),
    ],
)
def test_bylines(line: str, names: list[str]) -> None:
    assert byline_names(line) == names


@pytest.mark.parametrize(
    "line", ["作者简介", "## 作者简介", "## 作者其他文章", "***** 作者简介 *****"]
)
def test_headings_about_the_writer_are_no_bylines(line: str) -> None:
    assert not is_byline(line)


def test_a_role_apart_from_the_name_is_no_author() -> None:
    doc = parse(
        "某某新闻网\n\n某某市今年新建十所学校\n\n"
        "2020-01-02 10:00 来源：某某日报 作者：本报记者 张伟\n\n"
        + "今年某某市新建学校十所，新增学位一万个，家长们说孩子上学更方便了。\n\n"
        * 4
    )
    assert doc.meta.authors == ("张伟",)


@pytest.mark.parametrize(
    "credit, writers", [("（王小明）", ("王小明",)), ("(文/图 王小明 张伟)", ("王小明", "张伟"))]
)
def test_a_closing_credit_on_a_line_of_its_own_names_the_writers(
    credit: str, writers: tuple[str, ...]
) -> None:
    prose = "今年某某市新建学校十所，新增学位一万个，家长们说孩子上学更方便了。"
    doc = parse(
        "某某新闻网\n\n某某市今年新建十所学校\n\n2020-01-02 10:00 来源：某某日报\n\n"
        + f"{prose}\n\n" * 3
        + credit
    )
    assert doc.meta.authors == writers


def test_plain_notes_without_chrome() -> None:
    doc = parse(
        "# 我的笔记\n\n今天天气很好，我们去公园散步，看见很多人在跑步和打太极拳。\n\n"
        "## 下午\n\n下午回家读书，读的是一本关于城市历史的书，写得很好。\n"
    )
    assert doc.meta.title == "我的笔记"
    assert [(s.index, s.title) for s in doc.sections] == [(0, None), (1, "下午")]
    assert doc.roles[0] == "meta" and doc.roles[4] == "heading"


def test_short_lines_only_are_still_the_text() -> None:
    # No line is long enough to score as prose; the text is still what the reader wants.
    doc = parse("静夜思\n\n床前明月光，\n疑是地上霜。\n举头望明月，\n低头思故乡。\n")
    assert doc.meta.title == "静夜思"
    assert [p.text for p in doc.paragraphs] == [
        "床前明月光，",
        "疑是地上霜。",
        "举头望明月，",
        "低头思故乡。",
    ]


def test_title_repeated_on_the_page_is_metadata_not_body() -> None:
    title = "标题就是这一行的文字"
    doc = parse(page(PROSE, f"{' ' * 40}{title}", PROSE))
    assert all(title not in p.text for p in doc.paragraphs)
    assert [doc.roles[i] for i, line in enumerate(doc.lines) if title in line] == ["meta", "meta"]


def test_prose_that_mentions_footer_words_stays_body() -> None:
    mentions = (
        "企业办理生产许可证的时间缩短了一半，负责人说要把经验分享到全省，"
        "并在网站地图和联系我们栏目里公布办事流程，方便群众查询。"
    )
    doc = parse(page(PROSE, mentions, PROSE))
    assert [p.text for p in doc.paragraphs] == [PROSE, mentions, PROSE]


@pytest.mark.parametrize(
    "dateline, date, source, authors",
    [
        ("发表日期:2020-01-13  来源:南方日报", "2020-01-13", "南方日报", ()),
        ("发布时间：2020年1月13日 信息来源：新华社", "2020-01-13", "新华社", ()),
        ("时间：2020/1/13  转载自：人民网  作者：张三", "2020-01-13", "人民网", ("张三",)),
        (
            "日期: 2020.01.13 | 来源: 半月谈 | 记者: 李四、王五",
            "2020-01-13",
            "半月谈",
            ("李四", "王五"),
        ),
        ("2020-01-13 09:20  某某晚报", "2020-01-13", "某某晚报", ()),
        ("2020-01-13 来源 | 新华社  作者 | 李四  编辑 | 王五", "2020-01-13", "新华社", ("李四",)),
    ],
)
def test_dateline_variants(dateline: str, date: str, source: str, authors: tuple[str, ...]) -> None:
    doc = parse(page(PROSE, PROSE, header=f"这是文章的标题\n{dateline}"))
    assert doc.meta.title == "这是文章的标题"
    assert (doc.meta.date, doc.meta.source, doc.meta.authors) == (date, source, authors)
    assert len(doc.paragraphs) == 2


@pytest.mark.parametrize(
    "tail, url, previous, next_",
    [
        (
            "原文地址：https://example.com/a/1.html\n上一条:甲文章\n下一条:乙文章",
            "https://example.com/a/1.html",
            "甲文章",
            "乙文章",
        ),
        (
            "原文链接:http://example.com/b\n上一篇：丙文章 下一篇：丁文章",
            "http://example.com/b",
            "丙文章",
            "丁文章",
        ),
        ("上一篇：没有了\n下一篇：戊文章", None, None, "戊文章"),
    ],
)
def test_after_the_article(tail: str, url: str | None, previous: str | None, next_: str) -> None:
    doc = parse(page(PROSE, PROSE + "\n\n" + tail))
    assert (doc.meta.url, doc.meta.previous, doc.meta.next) == (url, previous, next_)
    assert len(doc.paragraphs) == 2


def test_markdown_chapters_marked_with_one_hash_stay_sections() -> None:
    doc = parse(f"# 第一章 开端\n\n{PROSE}\n\n# 第二章 发展\n\n{PROSE}\n")
    assert [s.title for s in doc.sections] == ["第一章 开端", "第二章 发展"]


@pytest.mark.parametrize(
    "raw, kind",
    [
        ("[W020210106]", "image"),
        ("[indexYdImg] [indexFoote]", "image"),
        ("2.jpg", "image"),
        ("[请输入关键字        ]  [1901171027]", "form"),
        ("  • 首页", "bullet"),
        ("      □ 使用条款", "bullet"),
        ("·维纳奖。", "text"),  # a name's middle dot that a wrap put first on the line
        ("邮箱:a@b.org   粤ICP备16109345号", "footer"),
        ("┌──────┐", "rule"),
        ("│                │", "rule"),
        ("    \t\t", "blank"),
        ("广州和深圳之间的联动将带来怎样的期待？", "text"),
    ],
)
def test_line_kinds(raw: str, kind: str) -> None:
    assert describe(0, raw).kind == kind


def test_the_column_with_the_prose_is_the_line_s_text() -> None:
    # An article column and a sidebar column side by side, as w3m prints a table layout.
    raw = (
        "    "
        + "这样的掌声、这样的感动，如今已经传遍河北大地。"
        + " " * 8
        + "• 河北：文化遗产日活动启动"
    )
    line = describe(0, raw)
    assert line.cell == "这样的掌声、这样的感动，如今已经传遍河北大地。"
    assert line.column == 4 and line.prose
    boxed = describe(0, "[index_18]        │ 第一章　总　则          │")
    assert boxed.cell == "第一章　总　则"
    assert display_width("第一章 ab") == 9


def test_wire_story_names_its_agency_and_reporters() -> None:
    opening = "新华社北京1月13日电（记者张三、李四）" + PROSE
    doc = parse(page(opening, PROSE, header="标题就是这一行的文字\n2021-03-05"))
    assert doc.meta.source == "新华社"
    assert doc.meta.authors == ("张三", "李四")
    labelled = parse(page(opening, PROSE))  # a labelled source wins over the opening
    assert labelled.meta.source == "某某日报" and labelled.meta.authors == ("张三", "李四")


def test_a_numbered_list_is_not_a_row_of_headings() -> None:
    items = "1. 加强监管\n2. 完善制度\n3. 强化考核"
    doc = parse(page(PROSE, "主要措施包括以下三个方面：\n" + items, "一、总体情况", PROSE))
    assert [s.title for s in doc.sections] == [None, "一、总体情况"]
    assert [p.text for p in doc.sections[0].paragraphs][-3:] == items.split("\n")


def test_different_heading_styles_nest_and_both_count() -> None:
    doc = parse(page(PROSE, "一、总体情况", "（一）主要做法", PROSE, "（二）存在问题", PROSE))
    assert [s.title for s in doc.sections] == [
        None,
        "一、总体情况",
        "（一）主要做法",
        "（二）存在问题",
    ]
