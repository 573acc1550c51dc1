"""The JSON shapes of DESIGN.md: plain dicts built from the model, for `--json` output."""

from __future__ import annotations

from typing import Any

from tui.analyse.groups import quote_speakers
from tui.model import ENTITY_KINDS, Document, Entity, HeadingMention, Insight, Quote, Section


def section_json(section: Section) -> dict[str, Any]:
    return {
        "index": section.index,
        "title": section.title,
        "subtitle": section.subtitle,
        "line": section.line,
        "paragraphs": len(section.paragraphs),
        "chars": section.chars,
    }


def sections_json(document: Document) -> dict[str, Any]:
    return {
        "file": document.name,
        "title": document.meta.title,
        "authors": list(document.meta.authors),
        "editors": list(document.meta.editors),
        "sections": [section_json(s) for s in document.sections],
    }


def metadata_json(document: Document) -> dict[str, Any]:
    """What the page says about the article: the fields `summary` and `article` begin with."""
    meta = document.meta
    return {
        "file": document.name,
        "title": meta.title,
        "date": meta.date,
        "source": meta.source,
        "authors": list(meta.authors),
        "editors": list(meta.editors),
        "url": meta.url,
        "category": meta.category,
        "previous": meta.previous,
        "next": meta.next,
    }


def article_json(document: Document) -> dict[str, Any]:
    """`tui article --format json`: the metadata, then each section's paragraphs as text, the
    lead first (its title null)."""
    return {
        **metadata_json(document),
        "sections": [
            {
                "title": s.title,
                "subtitle": s.subtitle,
                "paragraphs": [p.text for p in s.paragraphs],
            }
            for s in document.sections
        ],
    }


def quote_json(document: Document, quote: Quote, speaker: str | None) -> dict[str, Any]:
    return {
        "speaker": speaker,
        "text": quote.text,
        "section": document.section_of(quote.paragraph),
    }


def summary_json(document: Document, insight: Insight) -> dict[str, Any]:
    stats = insight.stats
    # A speaker named by an alias (a short company name) is given by the full name, as on the page.
    speakers = quote_speakers(insight.speakers)
    quotes = sorted([*speakers, *insight.unattributed], key=lambda q: (q.paragraph, q.start))
    return {
        **metadata_json(document),
        "sections": [section_json(s) for s in document.sections],
        "stats": {
            "chars": stats.chars,
            "han_chars": stats.han_chars,
            "paragraphs": stats.paragraphs,
            "sentences": stats.sentences,
            "sections": stats.sections,
            "reading_minutes": stats.reading_minutes,
        },
        "entities": {
            kind: [
                {
                    "text": group.name,
                    "count": group.count,
                    **({"aliases": list(group.aliases)} if group.aliases else {}),
                }
                for group in insight.entities.get(kind, ())
            ]
            for kind in ENTITY_KINDS
        },
        "keywords": list(insight.keywords),
        "quotes": [quote_json(document, q, speakers.get(q)) for q in quotes],
        "summary": list(insight.summary),
    }


def entity_json(document: Document, entity: Entity | HeadingMention) -> dict[str, Any]:
    """One mention: in a paragraph ("heading" null), or in a section's title or subtitle
    ("paragraph" null; offsets in that text, "line" the heading's)."""
    if isinstance(entity, HeadingMention):
        section = document.sections[entity.section]
        where = {
            "paragraph": None,
            "section": entity.section,
            "heading": entity.part,
            "line": section.line if entity.part == "title" else None,
        }
    else:
        paragraph = document.paragraphs[entity.paragraph]
        where = {
            "paragraph": entity.paragraph,
            "section": paragraph.section,
            "heading": None,
            "line": paragraph.line,
        }
    return {
        "file": document.name,
        "kind": entity.kind,
        "text": entity.text,
        "name": entity.name,
        **where,
        "start": entity.start,
        "end": entity.end,
    }
