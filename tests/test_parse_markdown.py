"""A page dumped as Markdown (html2text, pandoc, a reader mode): links, pictures, bold and
escapes are the converter's marks, not the page's words. The reader gets the words, the
headline from its `##` line and the fields from the header; the raw page keeps every mark."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.made_up_page import ONE, THREE, TITLE, TWO
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
    assert words_of_markdown(lines) == [
        "首页 新闻",
        "调用 add_ts 函数，把 2*3*4 的结果写进 my_var，详见。",
        "相关阅读",
    ]


def test_a_link_broken_over_two_lines_keeps_its_words_and_the_line_count() -> None:
    lines = ["某某[集", "团](/k/1.html)董事会", "[甲](/a) [乙](/b) [丙](/c)"]
    assert words_of_markdown(lines) == ["某某集", "团董事会", "甲 乙 丙"]


def test_a_text_that_quotes_a_link_or_two_is_no_markdown() -> None:
    lines = ["在文档中写 [链接文字](网址) 即可生成链接，**加粗** 用两个星号。"]
    assert words_of_markdown(lines) is lines


_LINES = st.lists(
    st.one_of(
        st.text(alphabet="[]()!*_\\|# 新闻ab:/.\n", max_size=20).map(lambda t: t.replace("\n", "")),
        st.sampled_from(["[甲](/a)", "![](p.png)", "[![](p.png)](/b)", "**粗**", "| 名 | 数 |"]),
    ),
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(_LINES)
def test_the_markup_goes_and_the_lines_stay(lines: list[str]) -> None:
    read = words_of_markdown(lines)
    assert len(read) == len(lines)
    assert all("\n" not in line for line in read)


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
        words_of_markdown(["******小标题**", *[f"[链接{i}](https://a.cn/{i})" for i in range(3)]])[
            0
        ]
        == "小标题"
    )
