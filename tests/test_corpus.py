"""The parser on real page dumps (../shared/corpus) and on a whole novel (../shared/corpus-large).

(Every page's gold, field by field, is tested in test_corpus_gold.py; the twelve pages the
parser was first built on keep their finer checks here.)

Every expectation below was written after reading the dump: the title and date as the page
shows them, a sentence from the article (often one that w3m wrapped over two lines, so the join
is tested too), and strings from the page's menus, sidebars and footer that must stay out of
the body. The body's size is bounded around what the article holds when read by hand.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.cells import cell_len

from tests.documents import SHARED_MISSING
from tui.load import read_path
from tui.model import Document
from tui.parse import parse

ROOT = Path(__file__).resolve().parent.parent
# ../shared beside the checkout; a git worktree one level further down finds it one level up.
SHARED = next(
    (
        folder / "shared"
        for folder in (ROOT.parent, ROOT.parent.parent)
        if (folder / "shared").is_dir()
    ),
    ROOT.parent / "shared",
)
CORPUS = SHARED / "corpus"
NOVEL = SHARED / "corpus-large" / "shuihuzhuan.txt"

# file: (title, date, a sentence of the article, chrome that must not be in the body,
#        body characters (low, high))
EXPECTED: dict[str, tuple[str, str, str, tuple[str, ...], tuple[int, int]]] = {
    "c01_zjfgw.txt": (
        "1-10月德清县固定资产投资结构趋稳趋优",
        "2016-11-22",
        "三次产业投资占比由去年同期的1.1:50.3:48.6调整为0.7:50.7:48.6",
        ("浙ICP备05018911号", "打印关闭", "政务公开", "浏览次数"),
        (230, 260),
    ),
    "c02_cmse.txt": (
        "载人航天工程全线备战空间站建造任务",
        "2021-01-05",
        "全力推动各项工作的顺利开展。目前，空间站项目已经按照研制计划顺利完成",
        ("京ICP备20027467号", "北斗卫星导航系统", "责任编辑", "W020210106"),
        (1500, 1800),
    ),
    "c03_sxmu.txt": (
        "中华人民共和国监察法",
        "2018-05-17",
        "第六十九条　本法自公布之日起施行。《中华人民共和国行政监察法》同时废止。",
        ("主办单位", "中纪委监察部", "学思践悟", "│", "index_18"),
        (8500, 9200),
    ),
    "c04_gsc.gb18030.txt": (
        "2019年中国人文地理学术年会在重庆•西南大学成功举行！",
        "2019-05-18",
        "重庆交通大学建筑与城市规划学院、重庆地理学学会、重庆市国土资源和房地产学会协办。",
        ("京ICP备18020997号-6", "新闻排行榜", "学会简介", "上一篇", ".jpg"),
        (1450, 1700),
    ),
    "c05_hexinhua.txt": (
        "话剧《约定无期限》河北各市巡演结束",
        "2012-06-04",
        "他作为年轻人牢牢地记住了八个字：勇于担当，守信践诺。",
        ("河北省9个普通公路收费站正式停止收费", "关闭窗口", "新华纵", "xin_"),
        (1350, 1600),
    ),
    "c06_banyuetan.txt": (
        "益阳：“数字”是优长",
        "2020-01-02",
        "经智慧技术提升过的特色种植业，每亩年收入可达6万至8万元。",
        ("京ICP备16044242号", "习近平同英国首相约翰逊通电话", "史卫燕", "责任编辑", "首页"),
        (1400, 1700),
    ),
    "c07_youth.gb18030.txt": (
        "海外留学生看两会：出国前后关注点大不同",
        "2017-03-10",
        "卢宇还认为两会应该增设学子代表，列席旁听两会，拓展留学生参政议政渠道。",
        ("ICP备11020872号", "这个萌妹纸竟然是个男的", "责任编辑", "返回首页"),
        (2200, 2600),
    ),
    "c08_39health-labazhou.txt": (
        "煮一碗好吃的腊八粥，请记好这几个小窍门",
        "2021-01-20",
        "其实，这些飘在粥上面的浮沫，俗称“粥油”",
        ("中国领先的健康门户网站", "四川阳痿医院", "哪种血型易老年痴呆", "请勿转载"),
        (520, 640),
    ),
    "c09_qq.txt": (
        "棱镜|数据业大整顿：爬虫与现金贷共生共荣，用户信息几元不等",
        "2019-09-23",
        "转型之路，道阻且长。",
        ("腾讯公司版权所有", "正文已结束", "安倍突然恭贺中国国庆", "QQ空间", "周纯"),
        (3100, 3600),
    ),
    "c10_csdn.crlf.txt": (
        "第三届知道安全论坛鸟巢举办知道创宇发布新版ZoomEye",
        "2014-08-24",
        "“然而，ZoomEye最核心的竞争力就是一支强干的团队”，余弦骄傲地说道。",
        ("京ICP备19004658号", "本文为CSDN原创文章", "VIP会员续费8折", "1164次阅读"),
        (3300, 3800),
    ),
    "c11_bbc.txt": (
        "港特首梁振英就住宅违建事件道歉",
        "2012-12-10",
        "民主党此前计划在星期三（11日）对梁振英提出不信任动议。",
        ("罗德曼就涉及裴埈皓的采访言论道歉", "BBC ©", "Facebook", "点击页首"),
        (700, 850),
    ),
    "c12_cjddsb.txt": (
        "常德市金融系统积极开展“金融知识普及月金融知识进万家”活动",
        "2019-09-23",
        "让金融的发展更好地满足人民日益增长的美好生活需要。",
        ("苏ICP备17065836号", "热门文章", "主题购买", "赞 0 赏分享", "版权声明"),
        (600, 720),
    ),
}


def _parsed(path: Path) -> Document:
    if not path.exists():
        pytest.skip(f"{path}: {SHARED_MISSING}")
    return parse(read_path(path).text, name=path.name)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_page(name: str) -> None:
    title, date, sentence, chrome, (low, high) = EXPECTED[name]
    doc = _parsed(CORPUS / name)
    assert doc.meta.title == title
    assert doc.meta.date == date
    body = "\n".join(p.text for p in doc.paragraphs)
    assert sentence in body
    for text in chrome:
        assert text not in body, text
    assert low <= len(body) <= high
    assert len(doc.roles) == len(doc.lines)


# What each page says about itself beyond title and date, where the page says it.
@pytest.mark.parametrize(
    "name, field, value",
    [
        ("c01_zjfgw.txt", "source", "省发改委"),
        ("c01_zjfgw.txt", "category", "投资运行"),
        ("c02_cmse.txt", "category", "综合新闻"),
        ("c04_gsc.gb18030.txt", "source", "中国地理学会"),
        ("c04_gsc.gb18030.txt", "previous", "2019年中国产业政策与发展地理学术研讨会"),
        ("c05_hexinhua.txt", "source", "河北日报"),
        ("c05_hexinhua.txt", "authors", ("王敬照",)),
        ("c06_banyuetan.txt", "source", "半月谈网"),
        ("c06_banyuetan.txt", "authors", ("史卫燕",)),
        ("c07_youth.gb18030.txt", "category", "教育新闻"),
        ("c08_39health-labazhou.txt", "category", "烹饪技巧"),
        ("c09_qq.txt", "authors", ("周纯",)),
        ("c10_csdn.crlf.txt", "source", "CSDN"),
        ("c10_csdn.crlf.txt", "authors", ("魏星",)),
        ("c10_csdn.crlf.txt", "category", "业界"),
        ("c12_cjddsb.txt", "source", "当代商报"),
        ("c12_cjddsb.txt", "previous", "常德市第二中学召开“不忘初心牢记使命”主题教育工作会议"),
        ("c12_cjddsb.txt", "next", "桃源：法官驱车送赔偿款获当事人点赞"),
    ],
)
def test_corpus_metadata(name: str, field: str, value: object) -> None:
    assert getattr(_parsed(CORPUS / name).meta, field) == value


@pytest.mark.parametrize(
    "name, titles",
    [
        (
            "c03_sxmu.txt",
            [
                "第一章\u3000总\u3000则",
                "第二章\u3000监察机关及其职责",
                "第三章\u3000监察范围和管辖",
                "第四章\u3000监察权限",
                "第五章\u3000监察程序",
                "第六章\u3000反腐败国际合作",
                "第七章\u3000对监察机关和监察人员的监督",
                "第八章\u3000法律责任",
                "第九章\u3000附\u3000则",
            ],
        ),
        ("c06_banyuetan.txt", ["“数字”赋能农业", "“数字”刷新治理", "“数字”发现社会"]),
        (
            "c08_39health-labazhou.txt",
            [
                "1.豆子提前浸泡",
                "2.泡豆子的水要保留",
                "3.粥油要保留",
                "4.用高压锅更快更营养",
                "5.掌握好水量和火候",
                "6.临出锅再加糖",
            ],
        ),
        ("c09_qq.txt", ["“打蛇打七寸”", "兴于现金贷", "灰色地带中的 “爬虫”"]),
    ],
)
def test_corpus_headings(name: str, titles: list[str]) -> None:
    doc = _parsed(CORPUS / name)
    assert [s.title for s in doc.sections if not s.is_lead] == titles


def test_table_layout_keeps_the_article_column_only() -> None:
    # c05 sets the article and a sidebar side by side on each line: the body is the article's.
    doc = _parsed(CORPUS / "c05_hexinhua.txt")
    first = doc.paragraphs[0]
    assert first.text.startswith("一个约定，信守15年")
    assert "全场响起经久不息的掌声" in first.text  # joined across three wrapped lines
    assert (first.line, first.end_line) == (6, 9)


@pytest.fixture(scope="module")
def novel() -> Document:
    return _parsed(NOVEL)


def test_novel_has_121_chapters_titled_as_its_readme_says(novel: Document) -> None:
    # The README's regex for the 121 headings (楔子 + 第一回 … 第一百二十回).
    heading = re.compile(r"^(楔子|第[一二三四五六七八九十百零]+回)[ \u3000]+(.+)$")
    expected = [(n + 1, line.strip()) for n, line in enumerate(novel.lines) if heading.match(line)]
    assert len(expected) == 121
    assert [(s.line, s.title) for s in novel.sections] == expected
    assert novel.sections[0].heading.startswith("楔子")
    assert novel.sections[-1].heading.startswith("第一百二十回")
    assert all(s.subtitle is None for s in novel.sections)


def test_novel_body_is_every_indented_paragraph(novel: Document) -> None:
    assert novel.meta.title == "《水浒传》施耐庵"
    body_lines = sum(1 for role in novel.roles if role == "body")
    indented = sum(1 for line in novel.lines if line.startswith("    ") and line.strip())
    assert body_lines == indented
    assert len(novel.paragraphs) == indented  # one paragraph per line: nothing is wrapped


@pytest.mark.parametrize(
    "name, joined",
    [
        # w3m broke these lines right after a full stop or a closing quote: still one paragraph.
        ("c06_banyuetan.txt", "每天都有好多人向我订货。”安化县乐安镇大禾村村民陈福香说。"),
        ("c03_sxmu.txt", "在调查人员主持下进行勘验检查。勘验检查情况应当制作笔录"),
        ("c07_youth.gb18030.txt", "做出贡献。‘大众创业、万众创新’提出有几年了。"),
    ],
)
def test_wrap_right_after_a_full_stop_is_joined(name: str, joined: str) -> None:
    doc = _parsed(CORPUS / name)
    assert any(joined in p.text for p in doc.paragraphs)


def _what_a_reader_sees(doc: Document) -> tuple[object, ...]:
    return (
        doc.meta,
        [(s.title, s.subtitle) for s in doc.sections],
        [p.text for p in doc.paragraphs],
    )


def _padded(text: str) -> str:  # exporters that pad every line to its column
    return "\n".join(line + "   " if line.strip() else line for line in text.split("\n"))


def _set_off(text: str) -> str:  # a dump with a margin: every line two columns in
    return "\n".join("  " + line if line.strip() else line for line in text.split("\n"))


def _tab_indented(text: str) -> str:  # exports that indent a paragraph with a tab
    return re.sub(r"(?m)^\u3000\u3000", "\t", text)


def _blank_runs_squeezed(text: str) -> str:  # renderers that print one blank line at most
    return re.sub(r"\n(?:[ \t]*\n){2,}", "\n\n", text)


def _lynx_indented(text: str) -> str:  # lynx: every line three columns in
    return "\n".join("   " + line if line.strip() else line for line in text.split("\n"))


def _unexpanded(text: str) -> str:  # unexpand: leading spaces as tabs at stops of eight
    return re.sub(
        r"(?m)^ +", lambda m: "\t" * (len(m.group()) // 8) + " " * (len(m.group()) % 8), text
    )


def _dash_bullets(text: str) -> str:  # list items marked - as Markdown exporters mark them
    return re.sub(r"(?m)^(\s*)[•□](?=\s|$)", r"\1-", text)


def _star_bullets(text: str) -> str:  # list items marked * as lynx marks them
    return re.sub(r"(?m)^(\s*)[•□](?=\s|$)", r"\1*", text)


# The corpus was dumped at 200 columns: a line this much shorter was not wrapped, and would
# not be with a link's number or two in it.
_SHORT_OF_THE_WRAP = 180


def _link_numbers(text: str) -> str:
    """elinks -dump: a number in brackets before each link's words (a menu's items, a word in
    a paragraph), counted down the page, the links' addresses listed under "References" (it
    wraps Han text as w3m does; lynx, which does not, is tests/test_parse_lynx.py's). elinks
    counts the numbers in the width it wraps at, so only a line with room for them gets any:
    the page's lines break where they did."""
    count = 0

    def numbered(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return f"{match[1]}[{count}]{match[2]}"

    def with_numbers(line: str) -> str:
        # the first word of a line that opens with a Han character, and the eleventh
        # character of a longer line (a link inside running text)
        return re.sub(r"^(\S.{9})(.)", numbered, re.sub(r"^(\s*)([\u4e00-\u9fff])", numbered, line))

    page = text.split("\n")
    room = len(f"[{len(page)}]") * 2  # (two numbers at most a line)
    lines = [
        with_numbers(line) if cell_len(line) + room < _SHORT_OF_THE_WRAP else line for line in page
    ]
    listed = [f"{n:4}. https://example.com/{n}.html" for n in range(1, count + 1)]
    return "\n".join([*lines, "", "References", "", "   Visible links", *listed, ""])


@pytest.mark.parametrize(
    "layout",
    [
        _padded,
        _set_off,
        _tab_indented,
        _blank_runs_squeezed,
        _lynx_indented,
        _unexpanded,
        _dash_bullets,
        _star_bullets,
        _link_numbers,
    ],
)
@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("c*.txt")) or ["none"])
def test_the_same_page_laid_out_otherwise_reads_the_same(
    name: str, layout: Callable[[str], str]
) -> None:
    # Spaces and blank lines a renderer adds or drops move no word: the reader sees the same
    # title, date, credits, sections and paragraphs.
    doc = _parsed(CORPUS / name)
    text = "\n".join(doc.lines)
    assert _what_a_reader_sees(parse(layout(text), name=name)) == _what_a_reader_sees(doc)
