"""One made-up article and its page chrome for the parser's kinds tests: each kind of line or
page is set around the same paragraphs, so a test checks only what its kind changes."""

from __future__ import annotations

PARAGRAPHS = [
    "市政府昨天召开新闻发布会，介绍了今年上半年的经济运行情况，各项指标总体平稳，好于预期。",
    "发布会上，统计局负责人表示，工业生产稳步回升，消费市场持续恢复，投资结构不断优化。",
    "下一步，全市将继续落实各项稳增长政策，加大对中小企业的支持力度，确保全年目标完成。",
    "专家认为，随着政策效果逐步显现，下半年经济有望保持回升向好的态势，但也要防范风险。",
    "从行业看，高技术制造业增加值增长较快，对全市工业增长的贡献率明显提高，动能增强。",
    "从需求看，社会消费品零售总额稳步增长，网上零售额占比继续提高，新型消费快速发展。",
]
ONE, TWO, THREE, FOUR = PARAGRAPHS[:4]
MENU = "\n".join(f"  • 栏目{i}" for i in range(8))
FOOTER = "版权所有 某某网 京ICP备12345678号\n联系我们 | 网站地图"
TITLE = "上半年经济运行总体平稳"
DATELINE = "2021-07-15 09:30  来源：某某日报"
