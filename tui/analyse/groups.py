"""The groupings a reader sees, made once: each named thing with its mentions and aliases, each
speaker with their quotes, the sections each name falls in. Every presenter (the summary page,
the JSON, the stats pane, the entity and quote lists, the palette) shows these, never its own.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterator, Sequence

from tui.analyse.credits import is_credit
from tui.model import (
    ENTITY_KINDS,
    Annotations,
    Document,
    Entity,
    EntityGroup,
    EntityKind,
    HeadingMention,
    Paragraph,
    Quote,
    SpeakerQuotes,
)


def entity_groups(
    document: Document, annotations: Annotations
) -> dict[EntityKind, tuple[EntityGroup, ...]]:
    """Per kind (every kind a key), each name with its mentions in the body and in the
    headings, aliases counted with their full name; most mentioned first, ties in order of
    first mention."""
    paragraphs = document.paragraphs
    entities, headings = annotations.entities, annotations.headings
    mentions: dict[tuple[EntityKind, str], tuple[list[int], list[int]]] = {}
    for index, mention in in_reading_order(document, annotations):
        in_body, in_headings = mentions.setdefault((mention.kind, mention.name), ([], []))
        (in_headings if isinstance(mention, HeadingMention) else in_body).append(index)
    groups: dict[EntityKind, list[EntityGroup]] = {kind: [] for kind in ENTITY_KINDS}
    for (kind, name), (found, titled) in mentions.items():  # dicts keep first-mention order
        if (
            kind in _CREDITED_KINDS
            and not titled
            and all(_credited(paragraphs, entities[i]) for i in found)
        ):
            continue  # （记者王小明）, 新华社…电: the page's credits, no one in the story
        texts = [entities[i].text for i in found] + [headings[i].text for i in titled]
        aliases = Counter(text for text in texts if text != name)
        sections = {
            paragraphs[entities[i].paragraph].section
            for i in found
            if 0 <= entities[i].paragraph < len(paragraphs)
        } | {headings[i].section for i in titled}
        groups[kind].append(
            EntityGroup(
                kind,
                name,
                tuple(found),
                tuple(alias for alias, _ in aliases.most_common()),
                tuple(sorted(sections)),
                tuple(titled),
            )
        )
    # sorted() is stable: among equal counts, the first mentioned stays first.
    return {kind: tuple(sorted(g, key=lambda group: -group.count)) for kind, g in groups.items()}


_CREDITED_KINDS = frozenset({"person", "org"})


def _credited(paragraphs: Sequence[Paragraph], mention: Entity) -> bool:
    return 0 <= mention.paragraph < len(paragraphs) and is_credit(
        paragraphs[mention.paragraph].text, mention.start, mention.end, mention.kind
    )


def in_reading_order(
    document: Document, annotations: Annotations
) -> Iterator[tuple[int, Entity | HeadingMention]]:
    """Every mention with its index (in Annotations.entities or .headings), in the order a
    reader meets them: a section's title, its subtitle, then its paragraphs."""
    if not annotations.headings:  # most documents: the body's, sorted as they are
        return enumerate(annotations.entities)
    paragraphs = document.paragraphs

    def section(paragraph: int) -> int:
        return paragraphs[paragraph].section if 0 <= paragraph < len(paragraphs) else -1

    body = (
        ((section(e.paragraph), 2, e.paragraph, e.start), i, e)
        for i, e in enumerate(annotations.entities)
    )
    titled = (
        ((m.section, 0 if m.part == "title" else 1, 0, m.start), i, m)
        for i, m in enumerate(annotations.headings)
    )
    merged = heapq.merge(body, titled, key=lambda item: item[0])
    return ((index, mention) for _, index, mention in merged)


def speaker_groups(
    annotations: Annotations,
) -> tuple[tuple[SpeakerQuotes, ...], tuple[Quote, ...]]:
    """Quotes under their speaker's full name, most quoted first (ties: first quoted first),
    and the quotes no speaker was found for."""
    # Organisations speak too (某集团表示): any linked alias stands for its full name.
    full_name = {e.text: e.name for e in annotations.entities if e.canonical}
    grouped: dict[str, list[Quote]] = {}
    unattributed: list[Quote] = []
    for quote in annotations.quotes:
        if quote.speaker:
            grouped.setdefault(full_name.get(quote.speaker, quote.speaker), []).append(quote)
        else:
            unattributed.append(quote)
    order = sorted(grouped, key=lambda name: -len(grouped[name]))
    return tuple(SpeakerQuotes(name, tuple(grouped[name])) for name in order), tuple(unattributed)


def quote_speakers(speakers: Sequence[SpeakerQuotes]) -> dict[Quote, str]:
    """Each attributed quote with the full name of its speaker."""
    return {quote: group.speaker for group in speakers for quote in group.quotes}
