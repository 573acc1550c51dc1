"""Headlines as pages set them: what the parser takes as the title (a headline is shown as
printed, column prefix and all; a subtitle, a kicker, a menu, a site name or a breadcrumb is
not it; a headline centred over two or three lines is joined)."""

from __future__ import annotations

import pytest

from tui.parse import parse

ONE = "市政府昨天召开新闻发布会，介绍了今年上半年的经济运行情况，各项指标总体平稳，好于预期。"
TWO = "发布会上，统计局负责人表示，工业生产稳步回升，消费市场持续恢复，投资结构不断优化。"
THREE = "下一步，全市将继续落实各项稳增长政策，加大对中小企业的支持力度，确保全年目标完成。"
MENU = "\n".join(f"  • 栏目{i}" for i in range(8))
FOOTER = "版权所有 某某网 京ICP备12345678号\n联系我们 | 网站地图"
TITLE = "上半年经济运行总体平稳"
HEADER = "2021-07-15 09:30  来源：某某日报"
CENTRED = " " * 30
CASES = [
    (f"{TITLE}\n\n{HEADER}", TITLE),
    (f"当前位置：首页 > 新闻中心 > 经济\n\n{TITLE}\n\n{HEADER}", TITLE),
    (f"                    {TITLE}\n\n{HEADER}", TITLE),
    (f"{TITLE}\n——统计局发布上半年数据\n\n{HEADER}", TITLE),
    (f"独家｜{TITLE}\n\n{HEADER}", f"独家｜{TITLE}"),  # a column prefix is printed, so kept
    (f"【独家】{TITLE}\n\n{HEADER}", f"【独家】{TITLE}"),
    (f"{TITLE}\n\n{HEADER}\n\n分享到：微信 微博 QQ空间", TITLE),
    (f"某某网\n\n{TITLE}\n\n{HEADER}", TITLE),
    (f"{TITLE}\n\n", TITLE),
    (f"经济\n\n{TITLE}\n\n{HEADER}", TITLE),
    (
        f"上半年经济运行\n总体平稳\n\n{HEADER}",
        "上半年经济运行",
    ),  # a kicker over a title, or half of one?
    (f"正文\n\n{TITLE}\n\n{HEADER}", TITLE),
    (f"{TITLE}\n\n{HEADER}\n\n原标题：上半年经济稳中有进", TITLE),
    (f"# {TITLE}\n\n{HEADER}", TITLE),
    (f"{TITLE}（图）\n\n{HEADER}", TITLE + "（图）"),
    (f"视频｜{TITLE}\n\n{HEADER}", f"视频｜{TITLE}"),
    (f"{TITLE}\n\n作者：张三\n\n{HEADER}", TITLE),
    (f"{TITLE}\n\n{TITLE}\n\n{HEADER}", TITLE),
    (f"首页 | 新闻 | 财经 | 体育 | 娱乐\n\n{TITLE}\n\n{HEADER}", TITLE),
    (f"{TITLE}\n\n2021-07-15", TITLE),
    (f"{TITLE}\n\n3小时前", TITLE),
    (f"{TITLE}_某某网\n\n{HEADER}", TITLE + "_某某网"),
    (
        f"{CENTRED}上半年经济运行\n{CENTRED[:-2]}总体平稳向好\n\n{HEADER}",
        "上半年经济运行总体平稳向好",
    ),
    (
        f"{CENTRED}苹果公司今日宣布Vision\n{CENTRED}    Pro国行版开售\n\n{HEADER}",
        "苹果公司今日宣布Vision Pro国行版开售",
    ),
    (f"{TITLE}\n——统计局发布上半年数据\n\n{HEADER}", TITLE),
    (f"{CENTRED}{TITLE}\n{CENTRED[:-4]}——统计局发布上半年数据\n\n{HEADER}", TITLE),
    (f"{TITLE}\n\n——统计局发布上半年数据\n\n{HEADER}", TITLE),
]


@pytest.mark.parametrize(("header", "title"), CASES)
def test_the_headline_is_the_title(header: str, title: str) -> None:
    doc = parse(f"{MENU}\n\n{header}\n\n{ONE}\n\n{TWO}\n\n{THREE}\n\n{FOOTER}\n")
    assert doc.meta.title == title
    assert [p.text for p in doc.paragraphs] == [ONE, TWO, THREE]
