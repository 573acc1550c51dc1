"""A line of a page's chrome set between the header and the text, whatever it is and whatever
the header, costs neither the headline nor a paragraph of the text.

The header ate the text in several such ways (an editor's credit, a disclaimer, a copyright
notice or 相关阅读 between the dateline and the text made the header a run of its own; a date
relative to the day the page was saved after the outlet's name left the header unseen): this
walks every pairing of a kind of header with a kind of line."""

from __future__ import annotations

import pytest

from tests.made_up_page import FOOTER, MENU, ONE, THREE, TITLE, TWO
from tui.parse import parse

HEADERS = {
    "dateline": "2021-07-15 09:30  来源：某某日报",
    "badge": "原创 某某笔记 已于 2021-07-15 09:30:31 修改  阅读量1,234",
    "account": "张三\n2021-07-15 09:30",
    "relative date": "某某日报 3小时前",
    "date alone": "2021-07-15 09:30",
    "none": None,
}
HEADER_SOURCES = {"dateline": "某某日报", "badge": "某某笔记", "relative date": "某某日报"}
CHROME = [
    # lines that close an article under it
    "作者简介",
    "特别声明：本文仅代表作者本人观点，不代表本站立场。",
    "相关阅读：另一篇报道的标题",
    "相关新闻",
    "（完）",
    "网友评论",
    "责任编辑：王五",
    "声明：本文由入驻某某号的作者撰写。",
    "免责声明：本文不构成投资建议。",
    "- END -",
    # notices a page's foot prints
    "版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。",
    "本文为原创，未经授权不得转载",
    "版权所有 某某网",
    # widgets, players, pictures, captions
    "展开全文",
    "广告",
    "视频加载中...",
    "听新闻",
    "00:00/05:12",
    "分享到：",
    "点赞(12)  收藏  分享",
    "阅读 1.2万",
    "[img.jpg]",
    "图片来源：视觉中国",
    "▲发布会现场",
    "（图片来自网络，侵删）",
    "点击上方蓝字关注我们",
    "更多精彩内容请下载某某APP",
    "本文约2000字，阅读需要5分钟",
    "字号：大 中 小",
    # fields and credits
    "来源：某某日报",
    "作者：张三",
    "文 | 张三",
    "摄影：李四",
    "原标题：上半年经济稳中有进",
    "编者按：今年以来，本报持续关注经济运行情况。",
    "AI摘要\n\n上半年经济运行总体平稳，工业生产回升，消费市场恢复。",  # a label over its box
    "上一篇：另一篇报道的标题",
    "标签：经济 统计",
    # crumbs and links
    "首页 > 新闻 > 正文",
    "当前位置：首页 > 新闻",
    "打开APP阅读全文",
    "阅读原文",
]


BODIES = {
    "paragraphs": [ONE, TWO, THREE],
    # a self-media post's way: a sentence a line, each short of a paragraph's length
    "a sentence a line": [
        "那天早上，我照常去上班。",
        "路过小区门口的时候，看见一位老人坐在台阶上。",
        "他手里拿着一张纸，上面写着一个地址。",
        "我走过去问他，是不是迷路了。",
        "他点点头，说找不到儿子家了。",
        "我按照地址，把他送到了隔壁小区。",
        "他的儿子开门的时候，眼睛都红了。",
        "原来老人有点糊涂，早上自己出了门。",
        "这件事让我想了很久。",
        "我们每个人，都会有老去的一天。",
    ],
}


@pytest.mark.parametrize("line", CHROME)
@pytest.mark.parametrize("header", list(HEADERS))
@pytest.mark.parametrize("body", list(BODIES))
def test_a_line_of_chrome_under_the_header_costs_no_paragraph(
    body: str, header: str, line: str
) -> None:
    text = BODIES[body]
    parts = [MENU, TITLE, HEADERS[header], line, *text, FOOTER]
    doc = parse("\n\n".join(part for part in parts if part is not None) + "\n")
    assert doc.meta.title == TITLE
    # a widget's word is no outlet: the source is the header's, or the line's field
    assert doc.meta.source in (HEADER_SOURCES.get(header), "某某日报" if "来源" in line else None)
    texts = [p.text for p in doc.paragraphs]
    assert [paragraph for paragraph in texts if paragraph in text] == text
    assert texts[-1] == text[-1]


def test_a_posts_last_short_line_is_its_text() -> None:
    """A post written a sentence a line ends on a sentence too short to score alone."""
    lines = [*BODIES["a sentence a line"], "这件事让我想了很久。"]
    doc = parse("\n\n".join([MENU, TITLE, HEADERS["dateline"], *lines, FOOTER]) + "\n")
    assert [p.text for p in doc.paragraphs] == lines


@pytest.mark.parametrize("header", ["dateline", "none"])
def test_a_short_last_sentence_about_the_text_is_its_text(header: str) -> None:
    """A report of paragraphs may end on a sentence too short to score alone; it speaks of
    what the text does (the 全市 of the paragraphs above), so it is the text's."""
    lines = [ONE, TWO, THREE, "全市目标有望完成。"]
    parts = [MENU, TITLE, HEADERS[header], *lines, FOOTER]
    doc = parse("\n\n".join(part for part in parts if part is not None) + "\n")
    assert [p.text for p in doc.paragraphs] == lines


@pytest.mark.parametrize(
    "sign_off", ["感谢您的耐心阅读。", "欢迎市民关注本号。", "以上就是今天的全部。"]
)
def test_a_short_sentence_of_the_pages_own_is_not_the_text(sign_off: str) -> None:
    """A short sentence under a text of paragraphs that says nothing the text does, or speaks
    to the reader (阅读 and 关注 stand in the text too), is the page's."""
    lines = [ONE, TWO, THREE + "欢迎市民阅读政策文件并关注发布会。"]
    doc = parse("\n\n".join([MENU, TITLE, HEADERS["dateline"], *lines, sign_off, FOOTER]) + "\n")
    assert [p.text for p in doc.paragraphs] == lines


def test_a_teasers_short_headline_under_the_text_is_not_its_text() -> None:
    """Another story's headline right under the text shares its words, and is no statement."""
    lines = [ONE, TWO, THREE]
    teaser = "全市经济好于预期！"
    doc = parse("\n\n".join([MENU, TITLE, HEADERS["dateline"], *lines, teaser, FOOTER]) + "\n")
    assert [p.text for p in doc.paragraphs] == lines
