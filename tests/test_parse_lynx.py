"""A page dumped by `lynx -dump` (or `elinks -dump`): its link numbers ([12]经济) are the
browser's, not the page's, and its list of addresses at the foot is no part of the page. The
reader gets the article as w3m's dump of the same page gives it; the raw page keeps every line
as it was."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.cli import run_tui
from tests.made_up_page import ONE, THREE, TITLE, TWO
from tui.parse import parse
from tui.parse.linkmarks import page_above_links

# ONE with a link inside it (lynx prints the number before the link's words), TWO with a note
# of the page's own that is out of turn ([2] after link 13), THREE as it is.
ONE_LINKED = ONE[:6] + "[13]" + ONE[6:]
TWO_NOTED = TWO[:-1] + "[2]" + TWO[-1]
ABOVE = f"""   [1]首页
     * [2]新闻
     * [3]财经
     * [4]体育
     * [5]科技
     * [6]娱乐
     * [7]汽车
     * [8]房产
     * [9]教育

{TITLE}

   2021-07-15 09:30 来源：[10]某某日报 [11]分享到微博 [12]分享到微信

   {ONE_LINKED}

   {TWO_NOTED}

   {THREE}

   [14]相关阅读 | [15]网站地图

   版权所有 某某网 京ICP备12345678号
"""
LYNX_FOOT = """
References

   Visible links:
   1. https://news.example.com/
   2. https://news.example.com/news/
   3. https://news.example.com/money/
   4. https://news.example.com/sports/
   5. https://news.example.com/tech/
   6. https://news.example.com/ent/
   7. https://news.example.com/auto/
   8. https://news.example.com/house/
   9. https://news.example.com/edu/
  10. https://paper.example.com/
  11. javascript:share('weibo');
  12. JavaScript:share('weixin');
  13. https://news.example.com/tag/市政府
  14. https://news.example.com/related/
  15. https://news.example.com/sitemap.html

   Hidden links:
  16. https://news.example.com/images/logo.png
[USEMAP]
file://localhost/tmp/page.html#map
   1. https://news.example.com/a.html
"""
# elinks: no colons, and a link with a title listed by it, its address on the next line
ELINKS_FOOT = """
References

   Visible links
   1. https://news.example.com/
   2. 新闻
\thttps://news.example.com/news/
""" + "".join(f"  {n:2}. https://news.example.com/{n}.html\n" for n in range(3, 16))
LYNX_PAGE = ABOVE + LYNX_FOOT


@pytest.mark.parametrize("foot", [LYNX_FOOT, ELINKS_FOOT], ids=["lynx", "elinks"])
def test_a_lynx_dump_reads_as_the_article_without_the_link_numbers(foot: str) -> None:
    page = ABOVE + foot
    doc = parse(page)
    assert (doc.meta.title, doc.meta.date, doc.meta.source) == (TITLE, "2021-07-15", "某某日报")
    # the page's own note keeps its brackets: only the browser's numbers go
    assert [p.text for p in doc.paragraphs] == [ONE, TWO_NOTED, THREE]
    # the raw page is the file, and the list of addresses is chrome
    assert doc.lines == tuple(page.split("\n"))
    foot = doc.lines.index("References")
    assert {doc.roles[i] for i in range(foot, len(doc.lines)) if doc.lines[i].strip()} == {
        "boilerplate"
    }


def _lynx_wrapped(paragraph: str, width: int = 40) -> str:
    """A paragraph of Han text as lynx wraps it: three columns in, a character to a column."""
    room = width - 3
    return "\n".join("   " + paragraph[at : at + room] for at in range(0, len(paragraph), room))


# lynx breaks a line at a space before a word it cannot fit, and a word glued to Han text
# runs on to the next space: 2021 | ABC（…）
LATIN = "某某公司表示，将在即将举办的2021 ABC（国际消费电子展）期间发布新品，业内认为这是大事。"
LATIN_WRAPPED = "   某某公司表示，将在即将举办的2021\n   " + LATIN.split(" ")[1]


def test_a_paragraph_lynx_wrapped_by_characters_or_at_a_space_is_one() -> None:
    page = "\n\n".join(
        [
            ABOVE.split(TITLE)[0] + TITLE,
            "   2021-07-15 09:30 来源：[10]某某日报",
            _lynx_wrapped(ONE),
            LATIN_WRAPPED,
            _lynx_wrapped(TWO),
            _lynx_wrapped(THREE),
            "   版权所有 某某网 京ICP备12345678号",
            LYNX_FOOT,
        ]
    )
    doc = parse(page)
    assert doc.meta.title == TITLE
    assert [p.text for p in doc.paragraphs] == [ONE, LATIN, TWO, THREE]


def _lynx_page(first: str) -> str:
    """A lynx dump whose first paragraph is printed as `first`, the others as lynx wraps them."""
    return "\n\n".join(
        [
            ABOVE.split(TITLE)[0] + TITLE,
            "   2021-07-15 09:30 来源：[10]某某日报",
            first,
            _lynx_wrapped(TWO),
            _lynx_wrapped(THREE),
            "   版权所有 某某网 京ICP备12345678号",
            LYNX_FOOT,
        ]
    )


@pytest.mark.parametrize("indent", ["   ", ""])  # lynx's margin; the C html2text's none
def test_a_credit_broken_at_the_space_in_its_brackets_opens_the_paragraph(indent: str) -> None:
    doc = parse(_lynx_page(f"{indent}某某日报讯（记者\n{indent}王小明）{ONE}"))
    assert doc.paragraphs[0].text == f"某某日报讯（记者王小明）{ONE}"
    assert doc.meta.authors == ("王小明",)


def test_a_heading_over_a_paragraph_lynx_broke_at_a_latin_word_heads_it() -> None:
    # the paragraph's first line is short, its Latin name went on to the next line: the heading
    # still has a paragraph under it
    first = (
        _lynx_wrapped(ONE)
        + "\n\n   曾在某某医院任职\n\n"
        + "   28岁的王小明（John\n   Smith）曾在当地医院任职，负责接待病人。"
    )
    doc = parse(_lynx_page(first))
    assert [s.title for s in doc.sections] == [None, "曾在某某医院任职"]
    assert (
        doc.sections[1].paragraphs[0].text
        == "28岁的王小明（John Smith）曾在当地医院任职，负责接待病人。"
    )


def test_a_post_set_a_clause_a_line_reads_whole_under_a_headline_set_at_no_margin() -> None:
    # lynx sets the headline at column 0 and the text three columns in, each clause as a
    # paragraph with its ideographic indent: that indent is still the paragraph's
    clauses = [
        "下周三起，",
        "市图书馆将闭馆整修，",
        "这也是它开馆以来最长的一次闭馆。",
        "为什么？",
        "你可能已经注意到了：",
        "7月20日至31日，",
        "老馆的书架全部更换！",
        "届时借还图书、",
        "办理读者证都要换个地方。",
        "注意：网上续借不受影响。",
        "那么书去哪里还",
        "才不会超期？",
        "答案是",
        "各区分馆和社区阅览室都可以代还，",
        "自助还书机照常开放，",
        "逾！期！不！罚！",
        "整修期间借出的图书，",
        "一律延长到开馆以后。",
        "请大家留意馆方公告，",
        "合理安排借阅时间。",
    ]
    page = "\n\n".join(
        [
            ABOVE.split(TITLE)[0] + TITLE,
            "   2021-07-15 09:30 来源：[10]某某日报",
            "   长按识别二维码 扫一扫分享",  # (a share widget: it costs the run)
            *("   \u3000\u3000" + clause for clause in clauses),
            "   版权所有 某某网 京ICP备12345678号",
            LYNX_FOOT,
        ]
    )
    doc = parse(page)
    assert doc.meta.title == TITLE
    assert [p.text for p in doc.paragraphs] == clauses


@pytest.mark.parametrize(
    "dateline", ["某某网-某某客户端讯", "新华社北京7月15日电", "本报讯", "某某之家9月30日消息"]
)
def test_a_dateline_broken_from_its_text_opens_the_paragraph(dateline: str) -> None:
    assert parse(_lynx_page(f"   {dateline}\n   {ONE}")).paragraphs[0].text == dateline + ONE


def test_a_paragraph_with_links_wraps_where_lynx_wrapped_it_numbers_and_all() -> None:
    # lynx counts a link's number in the width: a line with links holds fewer of the words, and
    # is no shorter a line for that
    linked = ONE[:6] + "[11]" + ONE[6:12] + "[12]" + ONE[12:]
    doc = parse(_lynx_page(_lynx_wrapped(linked)))
    assert [p.text for p in doc.paragraphs] == [ONE, TWO, THREE]


def test_a_row_of_tag_links_wrapped_over_two_lines_is_no_paragraph() -> None:
    tags = "".join(
        f"[{n}]{tag}"
        for n, tag in zip(
            range(11, 16),
            ["经济", "工业生产", "ABCDEFGHIJKL", "消费市场", "MNOPQRSTUV"],
            strict=True,
        )
    )
    doc = parse(_lynx_page(_lynx_wrapped(tags) + "\n\n" + _lynx_wrapped(ONE)))
    assert len(_lynx_wrapped(tags).split("\n")) == 2
    assert [p.text for p in doc.paragraphs] == [ONE, TWO, THREE]


def test_a_pictures_name_lynx_wrapped_over_lines_is_no_paragraph() -> None:
    picture = (
        "   [img?quality=80&amp;type=jpeg&amp;token=0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b\n"
        "   2c3d4e5f607182&amp;width=1080&amp;height=720&amp;from=http%3A%2F%2Fcdn.exa\n"
        "   mple.com%2Fphotos%2F2021%2F07%2F15%2F0123456789abcdef.png]"
    )
    doc = parse(_lynx_page(picture + "\n\n" + _lynx_wrapped(ONE)))
    assert [p.text for p in doc.paragraphs] == [ONE, TWO, THREE]


def test_a_link_number_broken_over_two_lines_goes_too() -> None:
    lines = [
        "   全市工业生产稳步[",
        "   95]回升，消费市场恢复",
        "",
        "References",
        "",
        "  95. https://a.cn/",
    ]
    assert page_above_links(lines) == ["   全市工业生产稳步", "   回升，消费市场恢复", ""]


def test_the_numbers_of_links_elinks_leaves_out_of_its_list_go_too() -> None:
    # elinks numbers every link but may list fewer: a number in a gap of the list, between the
    # last one seen and the next, is the browser's
    lines = [
        "   [1]首页",
        "   全市工业[2]生产稳步回升",
        "   [3]点击查看大图",
        "   消费[4]市场恢复，见注[1]",
        "",
        "References",
        "",
        "   Visible links",
        "   1. https://a.cn/",
        "   4. https://a.cn/4.html",
    ]
    assert page_above_links(lines) == [
        "   首页",
        "   全市工业生产稳步回升",
        "   点击查看大图",
        "   消费市场恢复，见注[1]",  # (the page's own note, out of turn, stays)
        "",
    ]


def test_a_page_that_lists_its_own_references_keeps_its_brackets() -> None:
    # An article citing works [1], [2] and listing them under "References" is no lynx dump.
    lines = [
        "研究发现，该方法效果显著[1]，并在后续实验中得到验证[2]。",
        "",
        "References",
        "",
        "1. Zhang W. A study of methods. Journal of Studies, 2020.",
        "2. Li M. More experiments. Proceedings, 2021.",
    ]
    assert page_above_links(lines) is lines


def test_tui_article_prints_a_lynx_dump_without_the_link_numbers(tmp_path) -> None:
    page = tmp_path / "lynx.txt"
    page.write_text(LYNX_PAGE, encoding="utf-8")
    result = run_tui("article", str(page))
    assert result.returncode == 0, result.stderr
    assert ONE in result.stdout and "[13]" not in result.stdout
    assert "https://" not in result.stdout  # (the addresses at the foot are no part of it)


# any number in brackets, a line break inside it or not (lynx breaks lines there too)
_MARKS = re.compile(r"\[\d*(\n[ \t]*|)\d*\]")
_LINES = st.lists(
    st.one_of(
        st.text(alphabet="[]0123456789 新闻.:/ab", max_size=20),
        st.sampled_from(
            [
                "References",
                "Visible links:",
                "Visible links",
                "Hidden links:",
                "[USEMAP]",
                "\thttp://a",
            ]
        ),
        st.integers(0, 30).map(lambda n: f"  {n}. https://example.com/{n}"),
    ),
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(_LINES)
def test_only_link_numbers_go_and_only_at_the_foot_lines_end(lines: list[str]) -> None:
    read = page_above_links(lines)
    assert read is lines or len(read) < len(lines) and lines[len(read)] == "References"
    above = "\n".join(lines[: len(read)])
    assert _MARKS.sub(r"\1", "\n".join(read)) == _MARKS.sub(r"\1", above)


@pytest.mark.parametrize("foot", [LYNX_FOOT, "References\nVisible links:"])
def test_a_dump_of_nothing_but_its_list_of_links_is_an_empty_page(foot: str) -> None:
    doc = parse(foot)
    assert (doc.meta.title, doc.paragraphs) == (None, ())
    assert doc.lines == tuple(foot.split("\n"))


def test_the_links_elinks_prints_from_the_page_s_head_are_not_the_page_s() -> None:
    # (Link: dns-prefetch, canonical: the <link>s of the page's head, printed above its text,
    # made the headline no longer the page's first line, and an account's blurb over a
    # relative date outscored it)
    page = (
        "   Link: [1]dns-prefetch\n   Link: [2]canonical\n\n"
        "某公司 Nova 12 新款平板今日发布\n\n   某某科技\n\n"
        "   功能介绍 关注「数码产品」行业的新闻与评测体验\n\n   昨天\n"
        f"   {ONE}\n\n   {TWO}\n\n   {THREE}\n\n   分享到：微信 微博\n\n"
        "   某公司 Nova 12 新款平板今日发布\n\n"  # (the share box repeats the headline)
        "References\n\n   Visible links\n   1. https://a.example.com/\n   2. https://b.example.com/\n"
    )
    doc = parse(page)
    assert doc.meta.title == "某公司 Nova 12 新款平板今日发布"
    assert [p.text for p in doc.paragraphs] == [ONE, TWO, THREE]
    assert doc.lines[0] == "   Link: [1]dns-prefetch"  # the raw page as it was
