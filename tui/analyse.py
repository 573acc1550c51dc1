"""analyse: Document + Annotations -> Insight (counts, reading time, keywords, summary, speakers)."""

from __future__ import annotations

import re

from tui.model import ENTITY_KINDS, Annotations, Document, Insight, SectionInsight, Stats

HAN_PER_MINUTE = 400
_HAN = re.compile(r"[\u4e00-\u9fff]")
_SENTENCE_END = re.compile(r"[。！？!?]+[”’」』]?")


def analyse(document: Document, annotations: Annotations, sentences: int = 3) -> Insight:
    paragraphs = document.paragraphs
    body = "\n".join(p.text for p in paragraphs)
    han = len(_HAN.findall(body))
    stats = Stats(
        chars=len(body.replace("\n", "")),
        han_chars=han,
        paragraphs=len(paragraphs),
        sentences=len(_SENTENCE_END.findall(body)),
        sections=len(document.sections),
        reading_minutes=round(han / HAN_PER_MINUTE, 1),
    )
    section_insights = tuple(
        SectionInsight(s.index, s.title, s.subtitle, len(s.paragraphs), s.chars)
        for s in document.sections
    )
    return Insight(
        stats=stats,
        sections=section_insights,
        entities={kind: () for kind in ENTITY_KINDS},
        keywords=(),
        summary=(),
        speakers=(),
    )
