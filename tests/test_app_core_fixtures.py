"""Hand-built documents and a stand-in analyser for the explorer tests (deterministic: no
parser, no annotator). The article is made up: a lead and six headed sections, long enough
to scroll, with entities of every kind, quotes by two speakers, and 广州 for pinyin search."""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence

from tui.analyse import analyse
from tui.model import (
    Annotations,
    Document,
    Entity,
    EntityKind,
    LineRole,
    Metadata,
    Paragraph,
    Quote,
    Section,
)
from tui.pipeline import Analysed

TITLE = "湾区双城的十年合作"
HEADINGS = ("产业协同", "人才流动", "交通互联", "科技创新", "生态共治", "展望未来")

NAMES: tuple[tuple[EntityKind, str], ...] = (
    ("person", "李明远"),
    ("person", "赵小燕"),
    ("org", "江城大学"),
    ("org", "海港港务集团"),
    ("place", "广州"),
    ("place", "海港市"),
    ("time", "2021年5月"),
    ("number", "120亿元"),
    ("title", "《协同发展协议》"),
)


def _section_paragraphs(n: int) -> list[str]:
    return [
        f"2021年5月,广州与海港市签署《协同发展协议》,第{n}部分计划五年内共同投入120亿元,"
        "用于产业、交通和科研的合作,两地的企业和高校都将从中受益,合作的细节还在商讨之中。",
        f"“两地合作的基础在于互信,第{n}步要走稳。”江城大学教授李明远说。",
        "海港港务集团去年营收增长,其中来自广州的订单占四成,港口的吞吐量也创下了新高,"
        "航线的数量比五年前多了一倍,货物从工厂到码头的时间缩短了一半。",
        f"“我们希望把研发放在广州,把制造放在海港市。”赵小燕表示,这是第{n}个目标。",
        "专家认为,两座城市的优势互为补充,合作的空间还很大,未来十年将是关键的时期,"
        "需要在规划、政策和人才方面同时发力,才能把蓝图变成现实。",
    ]


def page(sections: Sequence[str] = HEADINGS) -> tuple[tuple[LineRole, str], ...]:
    lines: list[tuple[LineRole, str]] = [
        ("boilerplate", "首页 新闻 科技 财经 关于我们"),
        ("meta", TITLE),
        ("meta", "发布日期:2021-05-06  来源:江城日报"),
        ("blank", ""),
        ("body", "这是导语:两座城市的合作已经走过十年,广州的角色越来越重要。"),
    ]
    for n, heading in enumerate(sections, 1):
        lines.append(("heading", f"【{heading}】"))
        lines.extend(("body", text) for text in _section_paragraphs(n))
    lines.append(("boilerplate", "版权所有 江城日报社"))
    return tuple(lines)


def build_document(
    lines: Sequence[tuple[LineRole, str]] | None = None,
    name: str = "fixture.txt",
    title: str = TITLE,
) -> Document:
    """A Document as the parser would make it from `lines` (role, text): lead + headed sections."""
    lines = page() if lines is None else lines
    sections: list[Section] = []
    heading: tuple[str, int] | None = None
    paragraphs: list[Paragraph] = []
    count = 0

    def close() -> None:
        index = len(sections)
        if heading is None and not paragraphs:
            return
        fixed = tuple(Paragraph(p.index, index, p.text, p.line, p.end_line) for p in paragraphs)
        if heading is None:
            sections.append(Section(index, None, None, None, None, fixed))
        else:
            text, line = heading
            sections.append(Section(index, text.strip("【】"), text, line, None, fixed))

    for number, (role, text) in enumerate(lines, 1):
        if role == "heading":
            close()
            heading, paragraphs = (text, number), []
        elif role == "body":
            paragraphs.append(Paragraph(count, 0, text, number, number))
            count += 1
    close()
    meta = Metadata(title=title, date="2021-05-06", source="江城日报")
    return Document(
        name, tuple(t for _, t in lines), tuple(r for r, _ in lines), meta, tuple(sections)
    )


def annotations_of(document: Document) -> Annotations:
    """Every occurrence of NAMES as an entity; every “…” with a named person as a quote."""
    entities: list[Entity] = []
    quotes: list[Quote] = []
    for paragraph in document.iter_paragraphs():
        for kind, name in NAMES:
            for found in re.finditer(re.escape(name), paragraph.text):
                entities.append(Entity(kind, found.start(), found.end(), name, paragraph.index))
        for found in re.finditer("“([^”]+)”", paragraph.text):
            speaker = next((n for k, n in NAMES if k == "person" and n in paragraph.text), None)
            quotes.append(
                Quote(found.group(1), speaker, paragraph.index, found.start(), found.end())
            )
    entities.sort(key=lambda e: (e.paragraph, e.start))
    return Annotations(tuple(entities), tuple(quotes))


def fake_analyser(document: Document) -> Analysed:
    annotations = annotations_of(document)
    return Analysed(document, annotations, analyse(document, annotations))


class GatedAnalyser:
    """An analyser that waits until released: the app must paint and obey keys meanwhile."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.started = threading.Event()

    def __call__(self, document: Document) -> Analysed:
        self.started.set()
        self.release.wait(timeout=30)
        return fake_analyser(document)
