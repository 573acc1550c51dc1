"""The groupings a reader sees, made once: each named thing with its mentions and aliases, each
speaker with their quotes, the sections each name falls in. Every presenter (the summary page,
the JSON, the stats pane, the entity and quote lists, the palette) shows these, never its own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from tui.model import (
    ENTITY_KINDS,
    Annotations,
    Document,
    EntityGroup,
    EntityKind,
    Quote,
    SpeakerQuotes,
)


def entity_groups(
    document: Document, annotations: Annotations
) -> dict[EntityKind, tuple[EntityGroup, ...]]:
    """Per kind (every kind a key), each name with its mentions, aliases counted with their
    full name; most mentioned first, ties in order of first mention."""
    paragraphs = document.paragraphs
    mentions: dict[tuple[EntityKind, str], list[int]] = {}
    for index, entity in enumerate(annotations.entities):
        mentions.setdefault((entity.kind, entity.name), []).append(index)
    groups: dict[EntityKind, list[EntityGroup]] = {kind: [] for kind in ENTITY_KINDS}
    entities = annotations.entities
    for (kind, name), found in mentions.items():  # dicts keep first-mention order
        aliases = Counter(entities[i].text for i in found if entities[i].text != name)
        sections = dict.fromkeys(
            paragraphs[entities[i].paragraph].section
            for i in found
            if 0 <= entities[i].paragraph < len(paragraphs)
        )
        groups[kind].append(
            EntityGroup(
                kind,
                name,
                tuple(found),
                tuple(alias for alias, _ in aliases.most_common()),
                tuple(sorted(sections)),
            )
        )
    # sorted() is stable: among equal counts, the first mentioned stays first.
    return {kind: tuple(sorted(g, key=lambda group: -group.count)) for kind, g in groups.items()}


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
