"""Header lines under a headline, as common kinds of Chinese news page print them through a
text browser: what the parser reads from each (date, source, writers), and that the text still
starts where it does. Each case is a kind of header, not a page of the corpus."""

from __future__ import annotations

import pytest

from tui.parse import parse

ONE = "市政府昨天召开新闻发布会，介绍了今年上半年的经济运行情况，各项指标总体平稳，好于预期。"
TWO = "发布会上，统计局负责人表示，工业生产稳步回升，消费市场持续恢复，投资结构不断优化。"
THREE = "下一步，全市将继续落实各项稳增长政策，加大对中小企业的支持力度，确保全年目标完成。"
MENU = "\n".join(f"  • 栏目{i}" for i in range(8))
FOOTER = "版权所有 某某网 京ICP备12345678号\n联系我们 | 网站地图"
TITLE = "上半年经济运行总体平稳"

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
    ("原创 张三 某某观察 2021-07-15", "2021-07-15", "某某观察", ("张三",)),
    (
        "2021-07-15 09:30 来源：中国经济网-经济日报 责任编辑：王五",
        "2021-07-15",
        "中国经济网-经济日报",
        (),
    ),
    ("记者 张三 通讯员 李四\n2021-07-15", "2021-07-15", None, ("张三", "李四")),
    ("二〇二一年七月十五日", "2021-07-15", None, ()),
    ("2021-07-15 09:30 北京日报客户端", "2021-07-15", "北京日报客户端", ()),
    ("更新时间：2021-07-16 10:00  发布时间：2021-07-15 09:30", "2021-07-15", None, ()),
]
STILL_WRONG = {
    "2021.07.15 09:30  澎湃新闻记者 张三": (
        "an outlet named only in its reporter's credit is not read as the source"
    ),
    "Jul 15, 2021 09:30": "dates with English month names are not read",
    "张三 · 2021-07-15 09:30 · 阅读 1.2万": (
        "an unlabelled name before the date is neither source nor writer"
    ),
}


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
