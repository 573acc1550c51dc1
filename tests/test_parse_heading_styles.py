"""Section headings in the styles Chinese articles set them: the outline a reader navigates
by, read from a page of each style (numbered, decorated, bare, as questions …)."""

from __future__ import annotations

import pytest

from tests.made_up_page import FOOTER, MENU, PARAGRAPHS
from tui.parse import parse

HEADER = "上半年经济运行总体平稳\n\n2021-07-15 09:30  来源：某某日报"
STYLES = {
    "一、": ["一、工业生产稳步回升", "二、消费市场持续恢复", "三、投资结构不断优化"],
    "（一）": ["（一）工业生产稳步回升", "（二）消费市场持续恢复", "（三）投资结构不断优化"],
    "1.": ["1.工业生产稳步回升", "2.消费市场持续恢复", "3.投资结构不断优化"],
    "1、": ["1、工业生产稳步回升", "2、消费市场持续恢复", "3、投资结构不断优化"],
    "01": ["01 工业生产稳步回升", "02 消费市场持续恢复", "03 投资结构不断优化"],
    "01 alone": ["01", "02", "03"],
    "第一部分": [
        "第一部分 工业生产稳步回升",
        "第二部分 消费市场持续恢复",
        "第三部分 投资结构不断优化",
    ],
    "plain": ["工业生产稳步回升", "消费市场持续恢复", "投资结构不断优化"],
    "【】": ["【工业生产稳步回升】", "【消费市场持续恢复】", "【投资结构不断优化】"],
    "▍": ["▍工业生产稳步回升", "▍消费市场持续恢复", "▍投资结构不断优化"],
    "■": ["■ 工业生产稳步回升", "■ 消费市场持续恢复", "■ 投资结构不断优化"],
    "◆": ["◆工业生产稳步回升", "◆消费市场持续恢复", "◆投资结构不断优化"],
    "Part": ["PART 1 工业生产稳步回升", "PART 2 消费市场持续恢复", "PART 3 投资结构不断优化"],
    "ideo": ["工业生产：稳步回升", "消费市场：持续恢复", "投资结构：不断优化"],
    "questions": ["工业生产为何稳步回升？", "消费市场怎样持续恢复？", "投资结构如何不断优化？"],
    "　indent": [
        "　　一、工业生产稳步回升",
        "　　二、消费市场持续恢复",
        "　　三、投资结构不断优化",
    ],
    "【】 with nums": [
        "【一】工业生产稳步回升",
        "【二】消费市场持续恢复",
        "【三】投资结构不断优化",
    ],
    "「」": ["「工业生产稳步回升」", "「消费市场持续恢复」", "「投资结构不断优化」"],
    "quote": ["“工业生产稳步回升”", "“消费市场持续恢复”", "“投资结构不断优化”"],
}


@pytest.mark.parametrize("style", list(STYLES))
def test_headings_of_a_style_make_the_outline(style: str) -> None:
    heads = STYLES[style]
    body = []
    for i, heading in enumerate(heads):
        body += [heading, PARAGRAPHS[2 * i], PARAGRAPHS[2 * i + 1]]
    doc = parse(f"{MENU}\n\n{HEADER}\n\n" + "\n\n".join(body) + f"\n\n{FOOTER}\n")
    titles = [section.heading for section in doc.sections if section.heading]
    assert titles == [heading.strip("\u3000 ") for heading in heads]
    assert [p.text for p in doc.paragraphs] == PARAGRAPHS
