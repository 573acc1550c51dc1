"""A page dumped as Markdown (html2text, pandoc, a reader mode): links, pictures, bold and
escapes are the converter's marks, not the page's words. The reader gets the words, the
headline from its `##` line and the fields from the header; the raw page keeps every mark."""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.made_up_page import FOUR, ONE, THREE, TITLE, TWO
from tui.parse import parse
from tui.parse.markdown import words_of_markdown

MENU = "\n".join(f"  * [栏目{i}](https://news.example.com/c{i}/)" for i in range(6))
# ONE with a link inside a name-like run of words, TWO in bold in part, THREE with an escape
ONE_LINKED = ONE[:3] + f'[{ONE[3:6]}](/keywords/1.html "{ONE[3:6]}")' + ONE[6:]
TWO_MARKED = "**" + TWO[:8] + "**" + TWO[8:]
PAGE = f"""[![](https://news.example.com/logo.png)](https://news.example.com/)

{MENU}

[首页](https://i.example.com/)[新闻](https://i.example.com/news)

## {TITLE}

2021-07-15 09:30 来源：[某某日报](https://paper.example.com/)

{ONE_LINKED}

![](https://news.example.com/picture.jpg)

{TWO_MARKED}

1\\. {THREE}

版权所有 某某网 京ICP备12345678号
"""


def test_a_markdown_dump_reads_as_its_words() -> None:
    doc = parse(PAGE)
    assert (doc.meta.title, doc.meta.date, doc.meta.source) == (TITLE, "2021-07-15", "某某日报")
    assert [p.text for p in doc.paragraphs] == [ONE, TWO, f"1. {THREE}"]
    # the raw page is the file; a line that held only a picture is chrome, not a blank line
    assert doc.lines == tuple(PAGE.split("\n"))
    picture = doc.lines.index("![](https://news.example.com/picture.jpg)")
    assert doc.roles[picture] == "boilerplate"


def test_links_side_by_side_are_words_apart_and_code_keeps_its_marks() -> None:
    lines = [
        "[首页](https://i.example.com/)[新闻](https://i.example.com/news)",
        "调用 add_ts 函数，把 2*3*4 的结果写进 my_var，[详见](https://a.cn/1)。",
        "[相关阅读](https://a.cn/2)",
    ]
    assert words_of_markdown(lines).lines == [
        "首页 新闻",
        "调用 add_ts 函数，把 2*3*4 的结果写进 my_var，详见。",
        "相关阅读",
    ]


def test_a_link_broken_over_two_lines_keeps_its_words_and_the_line_count() -> None:
    lines = ["某某[集", "团](/k/1.html)董事会", "[甲](/a) [乙](/b) [丙](/c)"]
    assert words_of_markdown(lines).lines == ["某某集", "团董事会", "甲 乙 丙"]


def test_a_text_that_quotes_a_link_or_two_is_no_markdown() -> None:
    lines = ["在文档中写 [链接文字](网址) 即可生成链接，**加粗** 用两个星号。"]
    assert words_of_markdown(lines).lines is lines


# Pieces of a dump, some of them markup a converter broke over lines where it had a space
# (in a link's words, its title, a picture's alt text) or after a hyphen in an address.
_PIECES = st.lists(
    st.one_of(
        st.text(alphabet="[]()!*_\\|# 新闻ab:/.-\n", max_size=20),
        st.sampled_from(["[甲](/a)", "![](p.png)", "[![](p.png)](/b)", "**粗**", "| 名 | 数 |"]),
        st.sampled_from(
            [
                "[某某\n集团](/k/1.html)",
                "[甲](/a-\nb.html)",
                '[乙](/b\n"乙 的\n标题")',
                "![某某\n大桥](p.png)",
                "[![图\n片](p.png)](/c-\nd)",
            ]
        ),
    ),
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(_PIECES)
def test_the_markup_goes_and_the_lines_stay(pieces: list[str]) -> None:
    lines = "".join(pieces).split("\n")
    words = words_of_markdown(lines)
    assert len(words.lines) == len(lines)
    assert all("\n" not in line for line in words.lines)
    assert all(0 < index < len(lines) for index in words.joins)
    assert all(0 <= index < len(lines) for index in words.pictures)


def test_share_buttons_over_an_advert_head_no_text() -> None:
    # without w3m's indent, only the advert's call to vote tells it from the story under it
    page = PAGE.replace(
        f"{ONE_LINKED}\n",
        "[微信](javascript:;) [微博](javascript:;) [QQ空间](https://share.example.com/)\n\n"
        "“最美教师”网络评选开始啦！【[点击投票](https://vote.example.com/)】为好老师加油\n\n"
        f"某某日报讯（记者 王小明）{ONE_LINKED}\n",
    )
    doc = parse(page)
    assert doc.paragraphs[0].text == f"某某日报讯（记者 王小明）{ONE}"
    assert doc.meta.authors == ("王小明",)


def test_a_rule_over_the_dateline_is_no_writer() -> None:
    doc = parse(PAGE.replace("\n2021-07-15", "\n---\n\n2021-07-15", 1))
    assert (doc.meta.date, doc.meta.authors) == ("2021-07-15", ())


def test_a_related_list_under_a_markdown_heading_closes_the_text() -> None:
    # a teaser under each headline reads as prose: only the heading above says it is no text
    related = "\n\n".join(
        f"### [某某市又有新学校开学{i}](https://a.example.com/{i})\n\n"
        "某某市又有十所新学校开学，家长们纷纷表示上学更方便了，孩子们也很高兴。"
        for i in range(2)
    )
    page = PAGE.replace("\n版权所有", f"\n## 为你推荐\n\n{related}\n\n版权所有")
    doc = parse(page)
    assert [p.text for p in doc.paragraphs] == [ONE, TWO, f"1. {THREE}"]
    assert [s.heading for s in doc.sections if s.heading] == []


def test_bold_around_nothing_is_no_mark_of_the_words() -> None:
    assert (
        words_of_markdown(
            ["******小标题**", *[f"[链接{i}](https://a.cn/{i})" for i in range(3)]]
        ).lines[0]
        == "小标题"
    )


def test_a_paragraph_the_converter_broke_inside_a_link_reads_whole() -> None:
    # html2text breaks lines at spaces only: here, between a link's address and its title
    linked = f'{ONE[:10]}[{ONE[10:14]}](/keywords/1/a.html\n"{ONE[10:14]}"){ONE[14:]}'
    doc = parse(PAGE.replace(ONE_LINKED, linked))
    assert [p.text for p in doc.paragraphs] == [ONE, TWO, f"1. {THREE}"]
    first = doc.lines.index(linked.split("\n")[1])
    assert doc.roles[first - 1 : first + 1] == ("body", "body")


def test_a_picture_whose_alt_text_was_wrapped_keeps_the_lines_in_step() -> None:
    picture = "![](https://news.example.com/picture.jpg)"
    page = PAGE.replace(picture, "![某某大桥\n夜景](https://news.example.com/picture.jpg)")
    lines = page.split("\n")
    assert len(words_of_markdown(lines).lines) == len(lines)
    doc = parse(page)
    assert [p.text for p in doc.paragraphs] == [ONE, TWO, f"1. {THREE}"]
    assert doc.roles[lines.index(TWO_MARKED)] == "body"  # the raw view marks the right line
    assert doc.roles[lines.index("夜景](https://news.example.com/picture.jpg)")] == "boilerplate"


# Sentences with Latin words and figures, which html2text keeps apart with spaces, and so the
# only places it may break a line.
_SPACED = [
    "某某科技公司 7 月 15 日发布 X100 型无人机，续航 40 分钟，最远飞行 8 公里，售价 2999 元，"
    "比上一代产品便宜 500 元，首批 1000 台将于 8 月 1 日开始发货。",
    "公司负责人表示，新产品采用 AI 避障技术，可在 5 级风中稳定悬停，适合航拍爱好者使用，"
    "机身重量只有 249 克，折叠后可以放进外套的口袋里随身携带。",
    "据介绍，该公司 2020 年推出首款产品，目前已在 30 多个国家销售，累计出货量超过 100 万台，"
    "今年计划在 10 个城市开设线下体验店，并招聘 200 名技术人员。",
    "业内人士认为，消费级无人机市场 2023 年规模约为 300 亿元，未来 5 年仍将保持 20% 左右的增速，"
    "但价格战已经开始，利润率从 35% 降到了 18% 左右。",
]


def _as_html2text_wraps(paragraph: str, width: int = 50) -> str:
    return textwrap.fill(paragraph, width, break_long_words=False, break_on_hyphens=False)


def test_a_dump_wrapped_at_spaces_reads_its_paragraphs_whole() -> None:
    body = "\n\n".join(_as_html2text_wraps(p) for p in _SPACED)
    assert all(len(p.split("\n")) > 1 for p in body.split("\n\n"))  # each one was wrapped
    doc = parse(PAGE.replace(f"{ONE_LINKED}\n", f"{body}\n"))
    assert [p.text for p in doc.paragraphs][:4] == _SPACED


def test_a_hard_break_ends_a_paragraph_that_runs_past_the_wrap() -> None:
    # ONE has no space to break at: it runs past the width; two spaces mark the page's <br>
    body = "\n\n".join(_as_html2text_wraps(p) for p in _SPACED) + f"\n\n{ONE}  \n{FOUR}"
    doc = parse(PAGE.replace(f"{ONE_LINKED}\n", f"{body}\n"))
    assert [p.text for p in doc.paragraphs][4:6] == [ONE, FOUR]


def test_a_caption_between_pictures_heads_no_section() -> None:
    captioned = "\n\n".join(
        f"![](https://news.example.com/{n}a.jpg)\n\n某某款式的名称{n}\n\n"
        f"![](https://news.example.com/{n}b.jpg)\n\n{text}"
        for n, text in enumerate((TWO_MARKED, THREE))
    )
    doc = parse(PAGE.replace(f"{TWO_MARKED}\n\n1\\. {THREE}", captioned))
    assert [s.heading for s in doc.sections if s.heading] == []
    assert {TWO, THREE} <= {p.text for p in doc.paragraphs}


def test_a_markdown_heading_of_any_rank_can_be_the_headline() -> None:
    # five hashes are a heading's marks, not a row of tags (#话题#)
    doc = parse(PAGE.replace(f"## {TITLE}", f"##### {TITLE}！"))
    assert doc.meta.title == f"{TITLE}！"


def test_a_heading_over_a_paragraph_whose_first_line_ends_after_a_few_words() -> None:
    # the run of Han characters after X100 has no space to break at: X100 ends a first line
    # that reads as a sentence, but too short a one to open a paragraph on its own
    opening = "基于新的制造工艺，X100\n" + ONE + TWO
    body = "\n\n".join(_as_html2text_wraps(p) for p in _SPACED)
    page = PAGE.replace(
        f"{ONE_LINKED}\n", f"{body}\n\n**续航更长的秘密**\n\n{opening}\n\n{THREE}\n\n{FOUR}\n"
    )
    doc = parse(page)
    assert [s.heading for s in doc.sections if s.heading] == ["续航更长的秘密"]
    assert doc.sections[-1].paragraphs[0].text == f"基于新的制造工艺，X100 {ONE}{TWO}"


def test_fields_the_converter_wrapped_are_read_as_the_line_they_were() -> None:
    body = "\n\n".join(_as_html2text_wraps(p) for p in _SPACED)
    outlet = "[某某日报](https://paper.example.com/html/2021-07/15/content_1234567.htm)"
    fields = _as_html2text_wraps(f"2021-07-15 09:30 来源：{outlet} 作者：王小明 阅读： 1024 次")
    assert len(fields.split("\n")) > 2  # the outlet's link and the count each pushed down
    page = PAGE.replace("2021-07-15 09:30 来源：[某某日报](https://paper.example.com/)", fields)
    doc = parse(page.replace(f"{ONE_LINKED}\n", f"{body}\n"))
    assert (doc.meta.date, doc.meta.source) == ("2021-07-15", "某某日报")
    assert doc.paragraphs[0].text == _SPACED[0]


def test_a_caption_under_a_picture_with_alt_text_is_not_the_first_paragraph() -> None:
    # a text browser prints the alt text where the picture stands; the caption is under it
    picture = "![某某大桥的夜景](https://news.example.com/bridge.jpg)\n\n大桥夜景一览。\n\n"
    doc = parse(PAGE.replace(f"{ONE_LINKED}\n", f"{picture}{ONE_LINKED}\n"))
    assert doc.paragraphs[0].text == ONE


def test_the_first_level_heading_is_the_headline_over_a_widgets_word() -> None:
    """`# 标题`, share buttons, then a widget's word (举报/反馈) right over the dateline: the
    widget's word had the dateline under it, but the page's <h1> is the headline."""
    buttons = "\n".join(
        f"  * [{name}](javascript:void\\(0\\);)" for name in ("微信", "微博", "收藏", "打印")
    )
    page = "\n\n".join(
        [
            MENU,
            f"# {TITLE}",
            buttons,
            "_[举报/反馈](javascript:void\\(0\\);)_",
            "_2021-07-15 09:30:00_ _[某某网]()_",
            ONE,
            TWO,
        ]
    )
    doc = parse(page + "\n")
    assert (doc.meta.title, doc.meta.date) == (TITLE, "2021-07-15")
    assert [p.text for p in doc.paragraphs] == [ONE, TWO]


def test_a_sites_logo_as_the_first_heading_is_no_headline_over_a_dated_one() -> None:
    """`# 某某新闻网站首页` on the page's first line is the site's logo: the `## 标题` over the
    dateline is the headline."""
    dateline = "2021-07-15 09:30 来源：[某某日报](https://paper.example.com/)"
    page = "\n\n".join(["# 某某新闻网站首页", MENU, f"## {TITLE}", dateline, ONE, TWO, THREE])
    assert parse(page + "\n").meta.title == TITLE
